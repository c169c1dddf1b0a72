# End-to-end test: every claimcheck output the documentation shows is what the binary prints.
"""Docs that are tested.

The convention, in README.md and docs/*.md (HTML comments: invisible once rendered):

    <!-- output: claimcheck check examples/demo -->
    ```text
    ...exactly what that command prints...
    ```

  The comment is the line just before the fence. Its command is run by `sh` from the
  project root, with the built binary as `claimcheck` (first on PATH); stdout and stderr
  are taken together, and the block must equal them byte for byte (a pipe such as
  `| grep kent_rise` shows a part of an output, and the command says which). The only
  thing normalised is the version string, which reads VERSION on both sides. A block
  may begin with the command itself as `$ COMMAND`: that line must be `$ ` and the
  marker's command.

    <!-- file: escape.claims -->
    ```claims
    ...
    ```

  writes the block into the document's scratch directory (a new temporary directory
  for each document, every file of the document written before any command runs), and

    <!-- output in scratch: claimcheck check escape.claims -->

  runs the command there instead of in the project root, with a copy of the project's
  rules/ as the rules directory (so reports name rules/house-style.claims as they do in
  the project). $PROJECT is the project root, for a command that copies from it.
  Commands run in the order of the document, so a scratch command sees the files
  an earlier one left.

A command that names ../shared (the third-party seed articles beside the project) is
skipped, saying so, when ../shared/seeds is absent; so is a `--time-limit` command under the
sanitizers (ASAN_OPTIONS set), where the run is slower and stops elsewhere; every other block runs on files of
the project or of the document.

What counts as shown output, and so must carry a marker (the test fails on any fence
that looks like output and has none): a fenced block with no language or `text`,
`json` or `xml` whose previous non-blank line closes a ```sh block that runs claimcheck
(not into a file with `>`), or whose first line is `$ ... claimcheck ...`, or with a
line claimcheck writes: `FILE:LINE:COL: error|warn|fail|pass|note|unverifiable|conflict|
unchecked:`, a verdict heading (`  FAIL         id  "quote"`), a check line
(`    fail         7:3  ...`), a test line (`ok      file:5  id  pass`), `claim ID at
FILE:LINE:`, a summary (`8 claims: 2 pass, ...`), `claimcheck: ...`, or a JSON report
(`"tool": "claimcheck"`). Templates of output (FILE:LINE:COLUMN with no digits), claims
files and shell commands are not output.

`python3 tests/e2e/test_docs.py build/claimcheck --update` rewrites every marked block
with what the binary prints now (review the diff before committing it).

Every JSON report a marked block shows is also validated against docs/report.schema.json,
and the schema is shown to reject a report with a field of the wrong type.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import claimcheck_e2e as e2e  # noqa: E402

FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)\s*$")
MARKER = re.compile(r"^<!-- (output|output in scratch|file): (.+?) -->$")
OUTPUT_LANGUAGES = {"", "text", "json", "xml"}
OUTPUT_LINE = re.compile(
    r"^\s*(\S+:\d+:\d+: (error|warn|fail|pass|note|unverifiable|conflict|unchecked):"
    r"|(PASS|WARN|FAIL|UNVERIFIABLE|ERROR) {2,}\S"
    r"|(pass|warn|fail|unverifiable|error) +\d+:\d+ "
    r"|(ok|FAIL|FAILED) +\S+:\d+ "
    r"|claim \S+ at \S+:\d+"
    r"|\d+ claims?: \d+ pass"
    r"|claimcheck: "
    r"|\"tool\": \"claimcheck\")")
DOCUMENTS = [e2e.ROOT / "README.md", *sorted((e2e.ROOT / "docs").glob("*.md"))]
VERSION_PLACEHOLDER = "VERSION"


class Block:
    def __init__(self, document, start, end, language, lines, marker, previous):
        self.document, self.start, self.end = document, start, end  # line indexes of the fences
        self.language, self.lines, self.marker, self.previous = language, lines, marker, previous

    @property
    def where(self):
        return f"{self.document.relative_to(e2e.ROOT)}:{self.start + 1}"

    @property
    def text(self):
        return "".join(line + "\n" for line in self.lines)


def blocks_of(document):
    """Every fenced block of a document, with the marker on the line before its fence, if any."""
    lines = document.read_text(encoding="utf-8").split("\n")
    blocks, i = [], 0
    while i < len(lines):
        fence = FENCE.match(lines[i].strip())
        if not fence:
            i += 1
            continue
        indent = len(lines[i]) - len(lines[i].lstrip())
        end = i + 1
        while end < len(lines) and lines[end].strip() != fence.group(1):
            end += 1
        body = [line[indent:] if line[:indent].strip() == "" else line for line in lines[i + 1:end]]
        marker = MARKER.match(lines[i - 1].strip()) if i > 0 else None
        previous = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        blocks.append(Block(document, i, end, fence.group(2), body, marker, previous))
        i = end + 1
    return blocks


def looks_like_output(block, before):
    """Whether an unmarked block shows what claimcheck prints (the module's docstring says when)."""
    if block.language not in OUTPUT_LANGUAGES or not block.lines:
        return False
    if (before is not None and before.end < block.start and before.language == "sh"
            and block.previous.strip() == "```"
            and any(("claimcheck" in line or "$cc " in line) and ">" not in line for line in before.lines)
            and all(not line.strip() for line in
                    block.document.read_text(encoding="utf-8").split("\n")[before.end + 1:block.start])):
        return True
    if block.lines[0].startswith("$ ") and "claimcheck" in block.lines[0]:
        return True
    return any(OUTPUT_LINE.match(line) for line in block.lines)


def normalised(text, version):
    text = text.replace(version, VERSION_PLACEHOLDER) if version else text
    return re.sub(r'("version": )"[^"]*"', r'\1"' + VERSION_PLACEHOLDER + '"', text)


class Runner:
    def __init__(self, binary):
        self.bin_dir = pathlib.Path(tempfile.mkdtemp(prefix="claimcheck-docs-bin-"))
        (self.bin_dir / "claimcheck").symlink_to(binary)
        self.version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
        self.version = self.version.split()[-1] if self.version else ""

    def run(self, command, cwd, scratch=False):
        env = dict(os.environ)
        for name in ("NO_COLOR", "CLAIMCHECK_RULES", "CLAIMCHECK_CONFIG"):
            env.pop(name, None)
        env["PROJECT"] = str(e2e.ROOT)
        if scratch:  # the scratch directory holds a copy of rules/, so that reports name rules/... as in the project
            env["CLAIMCHECK_RULES"] = "rules"
        env["PATH"] = f"{self.bin_dir}:{env.get('PATH', '/usr/bin:/bin')}"
        env["LC_ALL"] = "C.UTF-8"
        completed = subprocess.run(["sh", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, timeout=300)
        return completed.stdout.decode("utf-8", errors="replace")


def expected_and_shown(block, command, output):
    """The block's text and what it should be, the `$ COMMAND` line included when the block has one."""
    shown = block.text
    if block.lines and block.lines[0].startswith("$ "):
        output = f"$ {command}\n" + output
    return shown, output


def test_documents(binary, suite, update):
    runner = Runner(binary)
    total = tested = skipped = 0
    for document in DOCUMENTS:
        blocks = blocks_of(document)
        scratch = pathlib.Path(tempfile.mkdtemp(prefix="claimcheck-docs-"))
        shutil.copytree(e2e.RULES, scratch / "rules")
        for block in blocks:
            if block.marker and block.marker.group(1) == "file":
                path = scratch / block.marker.group(2)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(block.text, encoding="utf-8")
        replacements = []
        before = None
        for block in blocks:
            kind = block.marker.group(1) if block.marker else None
            if kind in ("output", "output in scratch"):
                total += 1
                command = block.marker.group(2)
                if "../shared" in command and not e2e.SEEDS.is_dir():
                    skipped += 1
                    print(f"  skipped {block.where}: `{command}` needs ../shared/seeds beside the project")
                    continue
                if "--time-limit" in command and "ASAN_OPTIONS" in os.environ:
                    # Which phase a time limit stops depends on speed; a sanitizer build is several times slower.
                    skipped += 1
                    print(f"  skipped {block.where}: `{command}` shows where a release build stops in time")
                    continue
                output = (runner.run(command, scratch, scratch=True) if kind == "output in scratch"
                          else runner.run(command, e2e.ROOT))
                shown, wanted = expected_and_shown(block, command, output)
                tested += 1
                if normalised(shown, runner.version) != normalised(wanted, runner.version):
                    if update:
                        replacements.append((block, wanted))
                    else:
                        suite.check(False, f"{block.where}: the block is not what `{command}` prints now:\n"
                                    + diff(shown, wanted))
                else:
                    suite.check(True, "")
                if '"tool": "claimcheck"' in wanted and wanted.lstrip().startswith("{"):
                    try:
                        e2e.validate_report(json.loads(wanted[wanted.index("{"):]), f"{block.where}'s report")
                        suite.check(True, "")
                    except (e2e.SchemaError, ValueError) as error:
                        suite.check(False, str(error))
            elif kind is None:
                suite.check(not looks_like_output(block, before),
                            f"{block.where}: this block looks like claimcheck output but has no "
                            f"<!-- output: COMMAND --> marker on the line before its fence")
            before = block
        if replacements:
            lines = document.read_text(encoding="utf-8").split("\n")
            for block, wanted in reversed(replacements):
                indent = lines[block.start][:len(lines[block.start]) - len(lines[block.start].lstrip())]
                new = [indent + line if line else line for line in wanted.rstrip("\n").split("\n")]
                lines[block.start + 1:block.end] = new
            document.write_text("\n".join(lines), encoding="utf-8")
            print(f"  updated {len(replacements)} block(s) in {document.relative_to(e2e.ROOT)}")
    print(f"  {tested} of {total} marked blocks compared, {skipped} skipped")
    suite.check(total >= 1, "no <!-- output: --> marker found in the documentation")


def diff(shown, wanted):
    import difflib
    lines = difflib.unified_diff(shown.splitlines(), wanted.splitlines(), "shown in the docs", "printed now",
                                 lineterm="", n=1)
    return "\n".join(list(lines)[:40])


def test_schema_rejects(binary, suite):
    """The validation can fail: the demo's report passes, the same with a field of the wrong type does not."""
    report = e2e.run(binary, "check", "examples/demo", "--format", "json").json()  # validated by .json()
    suite.equal(report.get("schema_version"), 1, "schema_version of the demo's report")
    suite.equal(e2e.schema_errors(report), [], "the demo's report against the schema")
    for path, value in ((("summary", "pass"), "3"), (("claims", 0, "line"), "7"), (("schema_version",), 2),
                        (("claims", 0, "verdict"), "passed"), (("tables",), {})):
        broken = json.loads(json.dumps(report))
        target = broken
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        suite.check(e2e.schema_errors(broken), f"the schema accepts a report with {'/'.join(map(str, path))} = {value!r}")
    missing = json.loads(json.dumps(report))
    del missing["claims"][0]["checks"]
    suite.check(e2e.schema_errors(missing), "the schema accepts a claim without checks")
    try:
        e2e.validate_report(dict(report, tool=7))
        suite.check(False, "validate_report accepted a report whose tool is 7")
    except e2e.SchemaError:
        suite.check(True, "")


def main():
    update = "--update" in sys.argv
    if update:
        sys.argv.remove("--update")
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("docs")
    suite.run_test(test_documents, binary, suite, update)
    suite.run_test(test_schema_rejects, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
