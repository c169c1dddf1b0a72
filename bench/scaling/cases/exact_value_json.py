# One check whose value is an exact fraction of about n bits, far above 1 (thousands of
# digits before the point), written by the JSON report: its exact fraction, its decimal
# and its display text. One division makes it; --max-bits and --max-digits are raised to fit.
DESCRIPTION = "one check of an exact value of n bits above 1, shown in the JSON report"
BASE = 400000
QUICK_BASE = 100000


def digits(count):
    return "".join(str((i * 7919 + 3) % 10) for i in range(count))


def make(n, directory):
    d = n * 3 // 10  # about 3.3 bits a digit
    stated = "3" + digits(d) + ".7"
    text = f'claim huge in "a.txt":\n  check {stated} / 7 is 2\n'
    (directory / "main.claims").write_text(text, encoding="utf-8")
    return ["check", "main.claims", "--format", "json", "--max-bits", str(2 * n), "--max-digits", str(d + 10),
            "--max-token", str(d + 10)]
