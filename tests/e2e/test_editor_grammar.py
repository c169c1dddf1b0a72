#!/usr/bin/env python3
# editors/vscode: the extension's manifest, language configuration and TextMate grammar are
# valid, and the grammar's keywords are the claims grammar's own (one source of truth: every
# word grammar/ parses as a keyword is highlighted, or listed below as prose on purpose, and
# the TextMate grammar names no word grammar/ does not parse).
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

VSCODE = e2e.ROOT / "editors" / "vscode"

# Words the grammar parses that are left unhighlighted: they are also the words of vocabulary
# phrases ("a third", "up to N", "one in N", "the busiest"), where a keyword colour would mislead.
PROSE = {"a", "the", "to", "in"}

# The grammar's words are read from where grammar/ spells them: kw("..."), the reserved words
# (grammar/literal.cpp), the magnitude words (engine/core/magnitudes.hpp) and the functions
# each of its x3::symbols tables is filled from.
ENUM_TEXT = [
    (e2e.ROOT / "engine" / "core" / "verdict.hpp", "verdict_name"),
    (e2e.ROOT / "engine" / "core" / "column_type.hpp", "type_name"),
    (e2e.ROOT / "grammar" / "ast.hpp", "junction_text"),
    (e2e.ROOT / "grammar" / "ast.hpp", "meaning_kind_text"),
    (e2e.ROOT / "grammar" / "ast.hpp", "database_text"),
    (e2e.ROOT / "grammar" / "ast.hpp", "database_read_text"),
]


def grammar_words():
    words = set()
    for path in sorted((e2e.ROOT / "grammar").iterdir()):
        words |= set(re.findall(r'\bkw\("([a-z_]+)"\)', path.read_text()))
    reserved = re.search(r"reserved = \{(.*?)\};", (e2e.ROOT / "grammar" / "literal.cpp").read_text(), re.S)
    words |= set(re.findall(r'"([a-z_]+)"', reserved.group(1)))
    magnitudes = (e2e.ROOT / "engine" / "core" / "magnitudes.hpp").read_text()
    words |= set(re.findall(r'\{"([a-z]+)", \d+, (?:true|false)\}', magnitudes))
    for path, function in ENUM_TEXT:
        text = path.read_text()
        start = text.index(function + "(")
        body = text[start:text.index("\n}\n", start)] if "switch" in text[start:start + 200] else \
            text[start:text.index("\n", start)]
        words |= {w for w in re.findall(r'"([a-z_]+)"', body)}
    return words


def textmate_words(grammar):
    """Every word of a `\\b(a|b|c)\\b`-style group in the grammar's patterns."""
    words = set()
    for rule in grammar["repository"].values():
        match = rule.get("match", "")
        for group in re.findall(r"\((?:\?:)?([a-z_]+(?:\|[a-z_]+)*)\)", match):
            words |= set(group.split("|"))
    return words


def test_manifest(suite):
    package = json.loads((VSCODE / "package.json").read_text())
    languages = package["contributes"]["languages"]
    suite.check(any(l["id"] == "claims" and ".claims" in l["extensions"] for l in languages),
                f"package.json: a claims language for .claims files: {languages}")
    for grammar in package["contributes"]["grammars"]:
        suite.check((VSCODE / grammar["path"]).is_file(), f"package.json: {grammar['path']} exists")
    suite.check((VSCODE / package["main"]).is_file(), f"package.json: the client {package['main']} exists")
    suite.check("vscode-languageclient" in package["dependencies"], "the client uses vscode-languageclient")
    suite.check("claimcheck.path" in package["contributes"]["configuration"]["properties"],
                "the path to claimcheck is a setting")
    client = (VSCODE / package["main"]).read_text()
    suite.check('"lsp"' in client and 'getConfiguration("claimcheck")' in client and 'get("path"' in client,
                "the client starts `claimcheck lsp` from the setting")
    configuration = json.loads((VSCODE / "language-configuration.json").read_text())
    suite.equal(configuration["comments"], {"lineComment": "#"}, "language configuration: # comments")
    suite.check(re.search(configuration["indentationRules"]["increaseIndentPattern"], 'claim a in "b.txt":'),
                "language configuration: a line ending in ':' indents the next")


def test_keywords(suite):
    grammar = json.loads((VSCODE / "syntaxes" / "claims.tmLanguage.json").read_text())
    for name, rule in grammar["repository"].items():
        for key in ("match", "begin", "end"):
            if key in rule:
                try:
                    re.compile(rule[key].replace("\\G", ""))
                except re.error as error:
                    suite.check(False, f"{name}.{key}: not a regular expression: {error}")
    parsed, highlighted = grammar_words(), textmate_words(grammar)
    suite.check({"claim", "check", "quote", "let", "expect", "pass", "fail", "warn", "where"} <= parsed,
                f"the grammar's words are found in grammar/: {sorted(parsed)}")
    suite.equal(sorted(parsed - highlighted - PROSE), [], "words grammar/ parses that the TextMate grammar misses")
    suite.equal(sorted(highlighted - parsed), [], "words the TextMate grammar highlights that grammar/ does not parse")
    suite.equal(sorted(PROSE - parsed), [], "prose words that grammar/ no longer parses")


def main():
    e2e.binary_from_argv()
    suite = e2e.Suite("editor grammar")
    suite.run_test(test_manifest, suite)
    suite.run_test(test_keywords, suite)
    suite.finish()


if __name__ == "__main__":
    main()
