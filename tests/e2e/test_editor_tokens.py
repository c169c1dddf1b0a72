#!/usr/bin/env python3
# editors/vscode: the TextMate grammar tokenizes a claims file as VS Code would (vscode-textmate
# and vscode-oniguruma, from editors/vscode/node_modules), and the client parses. Skipped, with a line saying so, on a
# clone where `npm install` has not been run in editors/vscode.
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

VSCODE = e2e.ROOT / "editors" / "vscode"

EXAMPLE = """# Counts behind the story (invented).
use house-style
let swims.2023_24 = 61,520 during FY2023/24 label "swims"
table pools from "pools.csv":
  column pool text

claim rise in "article.txt":
  quote "rose by 27% last year"
  check change(swims.2022_23, swims.2023_24) is 27% to 1 dp
  check sum(pools.swims where pools.pool == "North") > 1.5 million
  expect warn
"""

EXPECTED = [  # (line, text, scope)
    (1, "# Counts behind the story (invented).", "comment.line.number-sign.claims"),
    (2, "use", "keyword.control.claims"),
    (2, "house-style", "entity.name.module.claims"),
    (3, "let", "keyword.control.claims"),
    (3, "swims.2023_24", "entity.name.declaration.claims"),
    (3, "61,520", "constant.numeric.claims"),
    (3, "during", "keyword.control.claims"),
    (3, "FY2023/24", "constant.numeric.period.claims"),
    (3, "label", "keyword.other.claims"),
    (3, "swims", "string.quoted.double.claims"),
    (4, "table", "keyword.control.claims"),
    (4, "pools", "entity.name.declaration.claims"),
    (5, "column", "keyword.control.claims"),
    (5, "text", "keyword.other.claims"),
    (7, "claim", "keyword.control.claims"),
    (7, "rise", "entity.name.claim.claims"),
    (8, "quote", "keyword.control.claims"),
    (8, "rose by 27% last year", "string.quoted.double.claims"),
    (9, "check", "keyword.control.claims"),
    (9, "change", "entity.name.function.claims"),
    (9, "swims.2022_23", "variable.other.claims"),
    (9, "is", "keyword.control.claims"),
    (9, "27%", "constant.numeric.percentage.claims"),
    (9, "dp", "keyword.other.claims"),
    (10, "where", "keyword.other.claims"),
    (10, "==", "keyword.operator.claims"),
    (10, "1.5 million", "constant.numeric.claims"),
    (11, "expect", "keyword.control.claims"),
    (11, "warn", "constant.language.verdict.claims"),
]

TOKEN = re.compile(r'^(\d+):(\d+) (".*")  (\S+)$')


def main():
    e2e.binary_from_argv()
    node = shutil.which("node")
    if not node:
        e2e.skip("node is not installed; the TextMate grammar is tokenized with node")
    if not (VSCODE / "node_modules" / "vscode-textmate").is_dir():
        e2e.skip("editors/vscode/node_modules is absent: run `npm install` in editors/vscode to tokenize with vscode-textmate")
    suite = e2e.Suite("editor tokens")
    with tempfile.TemporaryDirectory() as directory:
        example = os.path.join(directory, "story.claims")
        with open(example, "w") as out:
            out.write(EXAMPLE)
        run = subprocess.run([node, str(VSCODE / "test" / "tokenize.js"), example], capture_output=True, text=True,
                             timeout=60)
    suite.equal(run.returncode, 0, f"tokenize.js exit status\n{run.stderr}")
    # The client parses, and what it requires besides VS Code's own module is installed.
    check = subprocess.run([node, "--check", str(VSCODE / "extension.js")], capture_output=True, text=True, timeout=60)
    suite.equal(check.returncode, 0, f"extension.js does not parse:\n{check.stderr}")
    resolve = subprocess.run([node, "-e", "require.resolve('vscode-languageclient/node')"], cwd=VSCODE,
                             capture_output=True, text=True, timeout=60)
    suite.equal(resolve.returncode, 0, f"vscode-languageclient/node is not installed:\n{resolve.stderr}")
    tokens = set()
    for line in run.stdout.splitlines():
        if match := TOKEN.match(line):
            tokens.add((int(match.group(1)), json.loads(match.group(3)).strip(), match.group(4)))
    for expected in EXPECTED:
        suite.check(expected in tokens, f"token {expected} not found; line {expected[0]} has "
                    f"{sorted(t for t in tokens if t[0] == expected[0])}")
    suite.check(not any(t[0] == 8 and t[2] != "string.quoted.double.claims" and t[1] not in ("quote",) for t in tokens),
                "nothing inside the quote is highlighted as code")
    suite.finish()


if __name__ == "__main__":
    main()
