#!/usr/bin/env python3
# Articles as published (examples/published): a Markdown and an HTML article checked with
# their verdicts, quotes located through the markup and placed at line:col of the file,
# --format line --at article, the HTML report on them, extract and draft reading standard
# input, hostile pages, and the progress line (on a terminal only).
import os
import pathlib
import pty
import re
import select
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

EXAMPLE = "examples/published"


def position(path, snippet):
    """line:col (1-based, in characters) where `snippet` begins in the file, found once."""
    text = (e2e.ROOT / path).read_text(encoding="utf-8")
    assert text.count(snippet) == 1, f"{snippet!r} is not in {path} exactly once"
    before = text[:text.index(snippet)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


# Each claim's quote, and where it begins in its file as written there, markup and all.
QUOTES = {
    ("parks.claims", "parks"): ("parks.md", "the town's **four parks**"),
    ("parks.claims", "rise"): ("parks.md", "a rise of [33%]"),
    ("parks.claims", "mill_share"): ("parks.md", "about two in five"),
    ("parks.claims", "events"): ("parks.md", "Volunteers &amp; rangers ran 120 events, \\*twice\\*"),
    ("parks.claims", "castle"): ("parks.md", "Castle Green: 14,800"),
    ("pools.claims", "rise"): ("pools.html", "Swims at the town&rsquo;s <em>three</em>"),
    ("pools.claims", "lido_share"): ("pools.html", "more than a third"),
    ("pools.claims", "baths_road"): ("pools.html", "Baths Road: 30,100"),
}


def test_verdicts_and_quote_places(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE, "--format", "json")
    suite.equal(result.status, 1, f"exit status (two claims fail)\n  {result.describe()}")
    claims = e2e.claims_by_key(result.json())
    verdicts = {key: c["verdict"] for key, c in claims.items()}
    suite.equal(sorted(k for k, v in verdicts.items() if v == "fail"),
                [("parks.claims", "castle"), ("pools.claims", "baths_road")], "the claims that fail")
    suite.equal(sorted(k for k, v in verdicts.items() if v == "pass"),
                sorted(k for k in QUOTES if k[1] not in ("castle", "baths_road")), "the claims that pass")
    for key, (article, snippet) in QUOTES.items():
        claim = claims.get(key, {})
        at = claim.get("quote_at") or {}
        suite.equal((at.get("line"), at.get("column")), position(f"{EXAMPLE}/{article}", snippet),
                    f"{key}: the quote's place in {article}")


def test_lines_at_the_article(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE, "--format", "line", "--at", "article")
    suite.equal(result.status, 1, f"exit status\n  {result.describe()}")
    for (claims_file, claim_id), (article, snippet) in QUOTES.items():
        line, col = position(f"{EXAMPLE}/{article}", snippet)
        prefix = f"{EXAMPLE}/{article}:{line}:{col}: "
        lines = [l for l in result.stdout.splitlines() if l.startswith(prefix) and f": {claim_id}: " in l]
        suite.check(lines, f"no line at {prefix} for {claim_id} in\n{result.stdout}")
    suite.check(f"{EXAMPLE}/parks.md:12:3: fail: castle: castle.2024 is 14,800: actual 14,300" in result.stdout,
                f"the failing Markdown claim at its quote\n{result.stdout}")
    suite.check(not any(l.startswith(f"{EXAMPLE}/parks.claims") for l in result.stdout.splitlines()),
                f"every located claim is at its article\n{result.stdout}")
    default = e2e.run(binary, "check", EXAMPLE, "--format", "line")
    suite.check(f"{EXAMPLE}/parks.claims:24:3: fail: castle:" in default.stdout,
                f"--at claims stays the default\n{default.stdout}")
    refused = e2e.run(binary, "check", EXAMPLE, "--at", "article")
    suite.equal(refused.status, 2, f"--at article without --format line\n  {refused.describe()}")


def test_quote_not_located_stays_at_the_claims_file(binary, suite):
    with tempfile.TemporaryDirectory() as tmp:
        d = pathlib.Path(tmp)
        (d / "story.html").write_text("<p>Fares rose by <b>5%</b> this year.</p>\n", encoding="utf-8")
        (d / "story.claims").write_text(
            'use house-style\nlet before = 100\nlet after = 105\n\n'
            'claim rise in "story.html":\n  quote "rose by 5%"\n  check change(before, after) is 5%\n\n'
            'claim gone in "missing.md":\n  quote "rose by 5%"\n  check change(before, after) is 5%\n\n'
            'claim typo in "story.html":\n  quote "rose by 6%"\n  check change(before, after) is 5%\n',
            encoding="utf-8")
        result = e2e.run(binary, "check", str(d / "story.claims"), "--rules", str(e2e.RULES), "--root", tmp,
                         "--format", "line", "--at", "article")
        out = result.stdout.replace(tmp + "/", "")
        suite.check("story.html:1:10: pass: rise: change(before, after) is 5%" in out, f"the located claim\n{out}")
        suite.check(re.search(r"^story\.claims:10:3: note: gone: quote not located: article \"missing\.md\"", out, re.M),
                    f"the missing article's note at the claims file\n{out}")
        suite.check("story.claims:11:3: pass: gone:" in out, f"its verdict at the claims file\n{out}")
        suite.check(re.search(r"^story\.claims:14:3: error: typo: the quote is not in ", out, re.M),
                    f"a quote not in the article: an error at the claims file\n{out}")


def test_html_report_shows_the_text(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE, "--format", "html")
    page = result.stdout
    suite.check("Swims at the town\u2019s three pools rose by 12%" in page, "the HTML quote as text, tags gone")
    suite.check("window.figures" not in page and "font-weight: bold }" not in page, "no script or style of the page")
    suite.check("&lt;strong&gt;" not in page and "&lt;em&gt;" not in page, "no tag of the article shown as text")
    suite.check("**four parks**" not in page and "](https://example.org" not in page, "no Markdown markup shown")
    suite.check("a rise of 33%" in page, "the Markdown quote as text")


def test_extract_and_draft_read_standard_input(binary, suite):
    html = (e2e.ROOT / EXAMPLE / "pools.html").read_bytes()
    result = e2e.run(binary, "extract", "-", stdin=html)
    suite.equal(result.status, 0, f"extract - exit status\n  {result.describe()}")
    suite.check('claim n86240 in "-":' in result.stdout, f"the article is named - by default\n{result.stdout}")
    line, col = position(f"{EXAMPLE}/pools.html", "86,240")
    suite.check(f'"86,240" ({line}:{col})' in result.stdout, f"positions are the file's\n{result.stdout}")
    suite.check("99999" not in result.stdout, "the page's script is not read")
    markdown = (e2e.ROOT / EXAMPLE / "parks.md").read_bytes()
    named = e2e.run(binary, "extract", "-", "--stdin-name", "parks.md", stdin=markdown)
    suite.check('claim n120 in "parks.md":' in named.stdout and "**" not in named.stdout,
                f"--stdin-name names it and says it is Markdown\n{named.stdout}")
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "drafted.claims"
        (pathlib.Path(tmp) / "counts.claims").write_bytes((e2e.ROOT / EXAMPLE / "counts.claims").read_bytes())
        drafted = e2e.run(binary, "draft", "-", "--stdin-name", "pools.html", "--data", "counts.claims",
                          "--output", "drafted.claims", "--rules", str(e2e.RULES), stdin=html, cwd=tmp)
        suite.equal(drafted.status, 0, f"draft - exit status\n  {drafted.describe()}")
        text = out.read_text(encoding="utf-8") if out.exists() else ""
        suite.check('in "pools.html":' in text and "baths_road.2024" in text, f"the draft\n{text}")


def test_hostile_pages_end_in_time(binary, suite):
    with tempfile.TemporaryDirectory() as tmp:
        d = pathlib.Path(tmp)
        pages = {
            "deep.html": b"<div><span>" * 200000 + b"rose by 5% in all",
            "deep-block.md": b"Before.\n\n" + b"<div>" * 5000 + b"\n\nrose by 5% in all\n",
            "lists.md": b"".join(b"  " * i + b"- x\n" for i in range(3000)) + b"\nrose by 5% in all\n",
            "emphasis.md": b"*a **b " * 20000 + b"\n\nrose by 5% in all\n",
            "attribute.html": b'<p title="' + b"x" * (4 << 20) + b'">rose by 5% in all</p>',
            "nul.html": b"<p>rose\0 by 5%\xff\xfe</p>" * 1000 + b"<p>rose by 5% in all</p>",
            "deep.md": b">" * 100000 + b" rose by 5% in all\n\n" + b"[" * 100000 + b"*" * 100000,
            "formatting.html": b"".join(b'<b id="%d">' % i for i in range(3000)) + b"<p>x</p>" * 3000 + b"rose by 5% in all",
        }
        refused = {"deep.html": r"deep\.html:1:5501: error: stopped reading the article \S*deep\.html as HTML: its elements "
                                r"nest more than 1000 deep",
                   "deep-block.md": r"deep-block\.md:3:5001: error: .* nest more than 1000 deep",
                   "formatting.html": r"formatting\.html:1:11891: error: .* nest more than 1000 deep"}
        for name, page in pages.items():
            (d / name).write_bytes(page)
            (d / (name + ".claims")).write_text(
                f'use house-style\nlet a = 100\nlet b = 105\nclaim c in "{name}":\n  quote "rose by 5% in all"\n'
                "  check change(a, b) is 5%\n", encoding="utf-8")
            result = e2e.run(binary, "check", str(d / (name + ".claims")), "--rules", str(e2e.RULES), "--root", tmp,
                             "--time-limit", "20", timeout=60)
            if name in refused:  # a clear error at the place in the page, exit 2
                suite.check(result.status == 2 and re.search(refused[name], result.stderr),
                            f"{name}: refused at its place\n  {result.describe()}")
            else:
                suite.check(result.status == 0 and not result.stderr, f"{name}: its verdict\n  {result.describe()}")


def read_pty(master, process):
    """Everything written to the terminal until the process ends."""
    data = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            data += chunk
        elif process.poll() is not None:
            break
    return data


def test_progress_line_on_a_terminal_only(binary, suite):
    with tempfile.TemporaryDirectory() as tmp:
        d = pathlib.Path(tmp)
        with open(d / "big.csv", "w", encoding="utf-8") as f:
            f.write("force,count\n")
            chunk = "Kent,361\nEssex,275\n" * 50000
            for _ in range(40):  # about 37 MB: several of a scan's reads
                f.write(chunk)
        (d / "big.claims").write_text('table t from "big.csv":\n  column count integer\nlet total = sum(t.count)\n'
                                      'claim c in "none.txt":\n  quote "x"\n  check total is 1,272,000,000\n', encoding="utf-8")
        args = [binary, "check", str(d / "big.claims"), "--root", tmp, "--rules", str(e2e.RULES)]
        piped = e2e.run(binary, *args[1:], env={"CLAIMCHECK_PROGRESS_AFTER": "0"})
        suite.equal(piped.status, 0, f"the scan's verdict\n  {piped.describe()}")
        suite.check("scanning" not in piped.stderr and "\r" not in piped.stderr,
                    f"no progress line when stderr is a pipe: {piped.stderr!r}")
        for after, shown in (("0", True), (None, False)):  # a scan under a second gets none
            master, slave = pty.openpty()
            env = dict(os.environ)
            env.pop("CLAIMCHECK_PROGRESS_AFTER", None)
            if after is not None:
                env["CLAIMCHECK_PROGRESS_AFTER"] = after
            if after is None:
                (d / "big.csv").write_text("force,count\nKent,361\n", encoding="utf-8")
                (d / "big.claims").write_text((d / "big.claims").read_text().replace("1,272,000,000", "361"))
            process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=slave, env=env)
            os.close(slave)
            stdout = process.stdout.read()
            terminal = read_pty(master, process).decode("utf-8", "replace")
            process.wait(timeout=60)
            os.close(master)
            suite.equal(process.returncode, 0, f"exit status on a terminal: {terminal!r}")
            suite.check(b"scanning" not in stdout, "never on stdout")
            if shown:
                suite.check(re.search(r"\rclaimcheck: scanning \S*big\.csv \d+ (bytes|KiB|MiB) / 3[\d.]+ MiB\x1b\[K", terminal),
                            f"the line, rewritten in place: {terminal[:300]!r}")
                suite.check("\rclaimcheck: checking claims 1 / 1\x1b[K" in terminal,
                            f"then the claims checked, out of all: {terminal[-300:]!r}")
                suite.check(terminal.endswith("\r\x1b[K"), f"erased at the end: {terminal[-40:]!r}")
            else:
                suite.check("scanning" not in terminal and "checking" not in terminal,
                            f"no line for a short run: {terminal!r}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("published")
    for test in (test_verdicts_and_quote_places,
                 test_lines_at_the_article,
                 test_quote_not_located_stays_at_the_claims_file,
                 test_html_report_shows_the_text,
                 test_extract_and_draft_read_standard_input,
                 test_hostile_pages_end_in_time,
                 test_progress_line_on_a_terminal_only):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
