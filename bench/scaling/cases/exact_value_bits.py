# One check whose value is an exact fraction of about n bits, far below 1: its decimal
# expansion starts with thousands of zeros. The value takes one division to make, so
# the time is that of showing it in the text report. --max-bits and --max-digits are
# raised to fit.
DESCRIPTION = "one check of an exact value of n bits below 1, shown in the text report"
BASE = 400000
QUICK_BASE = 100000


def digits(count):
    return "".join(str((i * 7919 + 3) % 10) for i in range(count))


def make(n, directory):
    d = n // 5  # 0.<d/2 zeros><d/2 digits> / 7: about 5 bits a digit, numerator and denominator together
    stated = "0." + "0" * (d // 2) + digits(d // 2) + "1"
    text = f'claim tiny in "a.txt":\n  check {stated} / 7 is 1\n'
    (directory / "main.claims").write_text(text, encoding="utf-8")
    return ["check", "main.claims", "--max-bits", str(2 * n), "--max-digits", str(d + 10), "--max-token", str(d + 10)]
