#!/usr/bin/env python3
# `claimcheck lsp` (engine/lsp) end to end: a client that speaks the protocol over stdio to the
# built binary, from initialize to exit, asserting on what an editor would show. The session
# is written out as a transcript, build/test-artifacts/lsp-transcript.txt.
import os
import pathlib
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402
from lsp_client import Client  # noqa: E402

ARTICLE = ("Dunmore's swimming pools had a busy year. Swims rose by 27% last year, to 61,520.\n"
           "More than half of swimmers were children, the council said.\n"
           "Nearly 900 people swam on the busiest day.\n")

COUNTS = """# Swims at Dunmore's pools (invented for this test).
let swims.2022_23 = 48,200 during FY2022/23
let swims.2023_24 = 61,520 during FY2023/24
let children.2023_24 = 20,100 during FY2023/24
let busiest_day = missing "the council publishes no daily counts"
"""

STORY = """use "counts.claims"
use house-style

claim rise in "article.txt":
  quote "rose by 27% last year"
  check change(swims.2022_23, swims.2023_24) is 27%

claim total in "article.txt":
  quote "to 61,520"
  check swims.2023_24 is 61,520

claim children in "article.txt":
  quote "More than half of swimmers were children"
  check share(children.2023_24, swims.2023_24) is more than half

claim busiest in "article.txt":
  quote "Nearly 900 people swam on the busiest day"
  check busiest_day is nearly 900
"""

ERROR, WARNING, INFORMATION, HINT = 1, 2, 3, 4


def line_of(text, needle):
    """0-based line and UTF-16 column of the first `needle` (the texts here are ASCII)."""
    offset = text.index(needle)
    return text.count("\n", 0, offset), offset - (text.rfind("\n", 0, offset) + 1)


def at(text, needle, into=0):
    line, character = line_of(text, needle)
    return {"line": line, "character": character + into}


def on_line(diagnostics, line):
    return [d for d in diagnostics if d["range"]["start"]["line"] == line]


def session(binary, suite, base):
    story_path, article_path, counts_path = base / "story.claims", base / "article.txt", base / "counts.claims"
    story, article = story_path.as_uri(), article_path.as_uri()
    client = Client(binary, "--rules", str(e2e.RULES), "--root", str(base), cwd=base)
    try:
        client.note("initialize: the server says what it can do")
        reply = client.request("initialize", {"processId": None, "rootUri": base.as_uri(), "capabilities": {}})
        capabilities = reply["result"]["capabilities"]
        for capability in ("hoverProvider", "definitionProvider", "referencesProvider", "completionProvider",
                           "codeActionProvider", "documentFormattingProvider"):
            suite.check(capability in capabilities, f"initialize: no {capability} in {capabilities}")
        suite.equal(capabilities["textDocumentSync"]["change"], 1, "initialize: whole texts on change")
        client.notify("initialized", {})

        client.note("didOpen story.claims: each claim's verdict as a diagnostic")
        client.notify("textDocument/didOpen", {"textDocument": {"uri": story, "languageId": "claims", "version": 1,
                                                                "text": STORY}})
        published = client.diagnostics(story)
        diagnostics = published["diagnostics"]
        rise_line = line_of(STORY, "check change(swims")[0]
        rise = on_line(diagnostics, rise_line)
        suite.check(len(rise) == 1 and rise[0]["severity"] == WARNING, f"didOpen: the rise is a warning: {diagnostics}")
        if rise:
            suite.check("claimed 27% = [26.5%, 27.5%)" in rise[0]["message"] and "actual 27.63%" in rise[0]["message"],
                        f"didOpen: the warning gives the interval and the actual value: {rise[0]['message']}")
            suite.check('write instead: "a rise of 28%"' in rise[0]["message"], f"didOpen: the wording: {rise[0]}")
        children = on_line(diagnostics, line_of(STORY, "check share(")[0])
        suite.check(len(children) == 1 and children[0]["severity"] == ERROR and "more than half" in children[0]["message"]
                    and "32.67%" in children[0]["message"], f"didOpen: the children's share fails: {diagnostics}")
        busiest = on_line(diagnostics, line_of(STORY, "check busiest_day")[0])
        suite.check(len(busiest) == 1 and busiest[0]["severity"] == INFORMATION and "missing" in busiest[0]["message"],
                    f"didOpen: the busiest day is unverifiable: {diagnostics}")
        suite.check(not on_line(diagnostics, line_of(STORY, "check swims.2023_24")[0]),
                    f"didOpen: a pass is no diagnostic: {diagnostics}")

        client.note("didChange: the text in the editor is checked, not the file on disk")
        edited = STORY.replace("is 27%", "is 28%")
        client.notify("textDocument/didChange", {"textDocument": {"uri": story, "version": 2},
                                                 "contentChanges": [{"text": edited}]})
        published = client.diagnostics(story)
        suite.equal(published["version"], 2, "didChange: diagnostics of the new version")
        suite.check(not on_line(published["diagnostics"], rise_line),
                    f"didChange: 28% passes, so the warning is gone: {published['diagnostics']}")
        broken = STORY.replace("is 27%", "is")
        client.notify("textDocument/didChange", {"textDocument": {"uri": story, "version": 3},
                                                 "contentChanges": [{"text": broken}]})
        published = client.diagnostics(story)
        errors = [d for d in published["diagnostics"] if d["severity"] == ERROR]
        suite.check(len(errors) == 1 and errors[0]["range"]["start"]["line"] in (rise_line, rise_line + 1),
                    f"didChange: a parse error at its place: {published['diagnostics']}")
        client.notify("textDocument/didChange", {"textDocument": {"uri": story, "version": 4},
                                                 "contentChanges": [{"text": STORY}]})
        client.diagnostics(story)

        client.note("hover: a figure, a phrase, a check's arithmetic")
        hover = client.request("textDocument/hover", {"textDocument": {"uri": story},
                                                      "position": at(STORY, "swims.2023_24) is 27%", 3)})["result"]
        value = hover["contents"]["value"] if hover else ""
        suite.check("let swims.2023_24 = 61,520 during FY2023/24" in value and "counts.claims:3" in value,
                    f"hover on a figure: its value and where it is defined: {value!r}")
        hover = client.request("textDocument/hover", {"textDocument": {"uri": story},
                                                      "position": at(STORY, "more than half", 2)})["result"]
        value = hover["contents"]["value"] if hover else ""
        suite.check("define more than N" in value and "means (N, inf)" in value and "house-style.claims" in value
                    and "here: claimed more than half = (50%, inf)" in value,
                    f"hover on a phrase: its meaning and interval: {value!r}")
        hover = client.request("textDocument/hover", {"textDocument": {"uri": story},
                                                      "position": at(STORY, "check change(", 1)})["result"]
        value = hover["contents"]["value"] if hover else ""
        explain = e2e.run(binary, "explain", f"story.claims:{rise_line + 1}", "--rules", str(e2e.RULES), cwd=base)
        suite.check("27.63%" in value and "change(swims.2022_23, swims.2023_24)" in value,
                    f"hover on a check: its arithmetic: {value!r}")
        suite.check(explain.stdout.strip() and explain.stdout.strip() in value,
                    f"hover on a check shows what explain prints:\n{explain.stdout}\n---\n{value}")

        client.note("codeAction before the article is open: the wording in the quote, and a pin")
        rise_range = {"start": {"line": rise_line, "character": 0}, "end": {"line": rise_line, "character": 0}}
        actions = client.request("textDocument/codeAction", {"textDocument": {"uri": story}, "range": rise_range,
                                                             "context": {"diagnostics": []}})["result"]
        titles = [a["title"] for a in actions]
        wording = [a for a in actions if a["title"] == 'Write "a rise of 28%" instead of "27%"']
        suite.check(len(wording) == 1, f"codeAction: the suggested wording: {titles}")
        if wording:
            edits = wording[0]["edit"]["changes"][story]
            quote_at = at(STORY, "27% last year")
            suite.check(edits == [{"newText": "a rise of 28%", "range": {
                "start": quote_at, "end": {"line": quote_at["line"], "character": quote_at["character"] + 3}}}],
                f"codeAction: the wording replaces the claimed figure in the quote: {edits}")
        pin = [a for a in actions if a["title"] == "Pin claim rise: expect warn"]
        suite.check(len(pin) == 1, f"codeAction: pin the verdict: {titles}")
        if pin:
            edit = pin[0]["edit"]["changes"][story][0]
            suite.check("  expect warn\n" in edit["newText"] and edit["range"]["start"]["line"] == rise_line + 1,
                        f"codeAction: the pin goes under the claim: {edit}")

        client.note("didOpen article.txt: its checked quotes as diagnostics at their place")
        client.notify("textDocument/didOpen", {"textDocument": {"uri": article, "languageId": "plaintext", "version": 1,
                                                                "text": ARTICLE}})
        diagnostics = client.diagnostics(article)["diagnostics"]
        quote = at(ARTICLE, "rose by 27% last year")
        placed = [d for d in diagnostics if d["range"]["start"] == quote]
        suite.check(len(placed) == 1 and placed[0]["severity"] == WARNING and "actual 27.63%" in placed[0]["message"]
                    and placed[0]["range"]["end"]["character"] == quote["character"] + len("rose by 27% last year"),
                    f"article: the rise's quote is a warning at its place: {diagnostics}")
        suite.check(any(d["severity"] == ERROR and "more than half" in d["message"] for d in diagnostics),
                    f"article: the failing quote is an error: {diagnostics}")
        suite.check(any(d["severity"] == HINT and d["range"]["start"] == at(ARTICLE, "to 61,520") for d in diagnostics),
                    f"article: a passing quote is a hint: {diagnostics}")

        actions = client.request("textDocument/codeAction", {"textDocument": {"uri": story}, "range": rise_range,
                                                             "context": {"diagnostics": []}})["result"]
        both = [a for a in actions if a["title"] == 'Write "a rise of 28%" instead of "27%", here and in article.txt']
        suite.check(len(both) == 1, f"codeAction with the article open: {[a['title'] for a in actions]}")
        if both:
            in_article = both[0]["edit"]["changes"].get(article, [])
            figure = at(ARTICLE, "27% last year")
            suite.check(in_article == [{"newText": "a rise of 28%", "range": {
                "start": figure, "end": {"line": figure["line"], "character": figure["character"] + 3}}}],
                f"codeAction: the article is edited at the quote's place: {in_article}")

        client.note("definition and references")
        use = at(STORY, "swims.2023_24) is 27%", 2)
        reply = client.request("textDocument/definition", {"textDocument": {"uri": story}, "position": use})["result"]
        suite.check(reply and reply["uri"] == counts_path.as_uri() and reply["range"]["start"] == at(COUNTS, "swims.2023_24"),
                    f"definition of a figure: its let: {reply}")
        reply = client.request("textDocument/definition", {"textDocument": {"uri": story},
                                                           "position": at(STORY, "more than half", 6)})["result"]
        suite.check(reply and reply["uri"].endswith("/rules/house-style.claims"),
                    f"definition of a phrase: its define in the rules: {reply}")
        reply = client.request("textDocument/references", {"textDocument": {"uri": story}, "position": use,
                                                           "context": {"includeDeclaration": True}})["result"]
        places = sorted((pathlib.Path(r["uri"][len("file://"):]).name, r["range"]["start"]["line"]) for r in reply)
        expected = sorted([("counts.claims", 2)] + [("story.claims", line_of(STORY, needle)[0]) for needle in
                                                    ("check change(", "check swims.2023_24", "check share(")])
        suite.equal(places, expected, "references of a figure: its let and every use")

        client.note("completion: figures, builtins and vocabulary")
        reply = client.request("textDocument/completion", {"textDocument": {"uri": story}, "position": use})["result"]
        labels = {item["label"] for item in reply["items"]}
        for label in ("swims.2023_24", "busiest_day", "change", "share", "more than N", "nearly N"):
            suite.check(label in labels, f"completion offers {label}")

        client.note("formatting: the canonical layout of claimcheck fmt, as one edit")
        messy = STORY.replace("  check change(swims.2022_23, swims.2023_24)", "      check change(swims.2022_23,swims.2023_24)")
        client.notify("textDocument/didChange", {"textDocument": {"uri": story, "version": 5},
                                                 "contentChanges": [{"text": messy}]})
        client.diagnostics(story)
        options = {"tabSize": 2, "insertSpaces": True}
        reply = client.request("textDocument/formatting", {"textDocument": {"uri": story}, "options": options})["result"]
        suite.check(reply == [{"newText": "  check change(swims.2022_23, swims.2023_24) is 27%",
                               "range": {"start": {"line": rise_line, "character": 0},
                                         "end": {"line": rise_line, "character": len(messy.splitlines()[rise_line])}}}],
                    f"formatting: the check's line in canonical layout: {reply}")
        client.notify("textDocument/didChange", {"textDocument": {"uri": story, "version": 6},
                                                 "contentChanges": [{"text": STORY}]})
        client.diagnostics(story)
        reply = client.request("textDocument/formatting", {"textDocument": {"uri": story}, "options": options})["result"]
        suite.equal(reply, [], "formatting a formatted file: no edit")

        client.note("robustness: malformed JSON, an unknown method, a bad position")
        client.send_raw(b"Content-Length: 9\r\n\r\n{not json", "{not json")
        reply = client.receive()
        suite.check(reply and reply.get("error", {}).get("code") == -32700, f"malformed JSON: ParseError: {reply}")
        reply = client.request("textDocument/noSuchThing", {})
        suite.equal(reply.get("error", {}).get("code"), -32601, "an unknown method: MethodNotFound")
        reply = client.request("textDocument/hover", {"textDocument": {"uri": story}, "position": "here"})
        suite.equal(reply.get("error", {}).get("code"), -32602, "a position that is none: InvalidParams")

        client.note("didSave of the article: the checks that read it are made again from disk")
        rewritten = ARTICLE.replace("rose by 27%", "rose by 28%")
        article_path.write_text(rewritten)
        client.pending.clear()  # what each earlier change published, read already
        client.notify("textDocument/didChange", {"textDocument": {"uri": article, "version": 2},
                                                 "contentChanges": [{"text": rewritten}]})
        stale = client.diagnostics(article)["diagnostics"]
        suite.check(not any(d["range"]["start"] == quote for d in stale),
                    f"an article edited and not saved: the quote's old place is not marked: {stale}")
        client.notify("textDocument/didSave", {"textDocument": {"uri": article}})
        diagnostics = client.diagnostics(story)["diagnostics"]
        suite.check(any(d["severity"] == ERROR and "rose by 27% last year" not in d["message"] and
                        d["range"]["start"]["line"] == line_of(STORY, 'quote "rose by')[0] for d in diagnostics),
                    f"didSave: the quote no longer in the article is an error at the quote: {diagnostics}")

        client.note("shutdown, then exit")
        reply = client.request("shutdown")
        suite.check("result" in reply and reply["result"] is None, f"shutdown: a null result: {reply}")
        reply = client.request("textDocument/hover", {"textDocument": {"uri": story}, "position": use})
        suite.equal(reply.get("error", {}).get("code"), -32600, "a request after shutdown: InvalidRequest")
        client.notify("exit")
        suite.equal(client.wait(), 0, "exit after shutdown: status 0")
        suite.check(client.stderr.count(b"\n") <= 5, f"the server's log is short: {client.stderr!r}")
    finally:
        client.close()
    return client.transcript


def test_lifecycle_errors(binary, suite, base):
    client = Client(binary, "--rules", str(e2e.RULES), cwd=base)
    try:
        reply = client.request("textDocument/hover", {"textDocument": {"uri": "file:///x.claims"},
                                                      "position": {"line": 0, "character": 0}})
        suite.equal(reply.get("error", {}).get("code"), -32002, "a request before initialize: ServerNotInitialized")
        client.request("initialize", {"capabilities": {}})
        client.notify("exit")
        suite.equal(client.wait(), 1, "exit without shutdown: status 1")
    finally:
        client.close()


def test_configuration(binary, suite, base):
    # The rules directory from the claimcheck.toml of the directory the server starts in.
    project = base / "configured"
    project.mkdir()
    shutil.copytree(e2e.RULES, project / "newsroom-rules")
    (project / "claimcheck.toml").write_text('rules = "newsroom-rules"\n')
    for name, text in (("article.txt", ARTICLE), ("counts.claims", COUNTS), ("story.claims", STORY)):
        (project / name).write_text(text)
    story = (project / "story.claims").as_uri()
    client = Client(binary, cwd=project)
    try:
        client.request("initialize", {"capabilities": {}})
        client.notify("textDocument/didOpen", {"textDocument": {"uri": story, "languageId": "claims", "version": 1,
                                                                "text": STORY}})
        client.diagnostics(story)
        reply = client.request("textDocument/definition", {"textDocument": {"uri": story},
                                                           "position": at(STORY, "more than half", 6)})["result"]
        suite.check(reply and reply["uri"] == (project / "newsroom-rules" / "house-style.claims").as_uri(),
                    f"the rules of claimcheck.toml: {reply}")
        client.request("shutdown")
        client.notify("exit")
        suite.equal(client.wait(), 0, "exit after shutdown: status 0")
    finally:
        client.close()


def test_huge_message(binary, suite, base):
    # --max-file-size 1000 bounds a message at 2 * 1000 bytes plus 1 MiB.
    client = Client(binary, "--rules", str(e2e.RULES), "--max-file-size", "1000", cwd=base)
    try:
        client.request("initialize", {"capabilities": {}})
        client.send_raw(b"Content-Length: 3000000\r\n\r\n" + b" " * 3000000, "a message of 3,000,000 bytes")
        reply = client.receive()
        suite.check(reply and reply.get("error", {}).get("code") == -32600 and "over the limit" in reply["error"]["message"],
                    f"a message over the limit is refused: {reply}")
        big = "# " + "x" * 2000 + "\n"
        client.notify("textDocument/didOpen", {"textDocument": {"uri": (base / "big.claims").as_uri(),
                                                                "languageId": "claims", "version": 1, "text": big}})
        diagnostics = client.diagnostics((base / "big.claims").as_uri())["diagnostics"]
        suite.check(len(diagnostics) == 1 and "over the limit of 1000" in diagnostics[0]["message"],
                    f"a document over --max-file-size: one diagnostic: {diagnostics}")
        reply = client.request("shutdown")
        suite.check("result" in reply, f"the server still answers after refusing: {reply}")
        client.notify("exit")
        suite.equal(client.wait(), 0, "exit after shutdown: status 0")
    finally:
        client.close()


HTML_ARTICLE = ("<!DOCTYPE html><html><head><title>Pools</title></head><body>\n"
                "<p>Swims <em>rose by 27%</em> last year, <b>to 61,520</b>.</p>\n</body></html>\n")


def test_html_article(binary, suite, base):
    """An article open as its HTML: the quotes are marked at the file's bytes, tags and all."""
    project = base / "html"
    project.mkdir()
    (project / "pools.html").write_text(HTML_ARTICLE)
    (project / "counts.claims").write_text(COUNTS)
    story_text = STORY.split("\nclaim children")[0].replace('"article.txt"', '"pools.html"') + "\n"
    (project / "story.claims").write_text(story_text)
    story, article = (project / "story.claims").as_uri(), (project / "pools.html").as_uri()
    client = Client(binary, "--rules", str(e2e.RULES), cwd=project)
    try:
        client.request("initialize", {"capabilities": {}})
        client.notify("textDocument/didOpen", {"textDocument": {"uri": story, "languageId": "claims", "version": 1,
                                                                "text": story_text}})
        client.diagnostics(story)
        client.notify("textDocument/didOpen", {"textDocument": {"uri": article, "languageId": "html", "version": 1,
                                                                "text": HTML_ARTICLE}})
        diagnostics = client.diagnostics(article)["diagnostics"]
        rise = at(HTML_ARTICLE, "rose by 27%</em> last year")
        end = at(HTML_ARTICLE, "last year", len("last year"))
        suite.check(any(d["severity"] == WARNING and d["range"] == {"start": rise, "end": end} for d in diagnostics),
                    f"the quote across </em> is marked from its first character to its last: {diagnostics}")
        suite.check(any(d["severity"] == HINT and d["range"]["start"] == at(HTML_ARTICLE, "to 61,520")
                        for d in diagnostics), f"a passing quote inside <b> is a hint at its place: {diagnostics}")
        client.request("shutdown")
        client.notify("exit")
        suite.equal(client.wait(), 0, "exit after shutdown: status 0")
    finally:
        client.close()


def main():
    binary = os.path.abspath(e2e.binary_from_argv())
    suite = e2e.Suite("lsp")
    base = pathlib.Path(tempfile.mkdtemp(prefix="claimcheck-lsp-"))
    try:
        (base / "article.txt").write_text(ARTICLE)
        (base / "counts.claims").write_text(COUNTS)
        (base / "story.claims").write_text(STORY)
        transcript = []

        def test_session(binary, suite):
            transcript.extend(session(binary, suite, base))

        suite.run_test(test_session, binary, suite)
        suite.run_test(test_lifecycle_errors, binary, suite, base)
        suite.run_test(test_configuration, binary, suite, base)
        suite.run_test(test_huge_message, binary, suite, base)
        suite.run_test(test_html_article, binary, suite, base)
        artifacts = pathlib.Path(binary).parent / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        text = "\n".join(transcript).replace(str(base), "$PROJECT").replace(str(e2e.ROOT), "$CLAIMCHECK")
        (artifacts / "lsp-transcript.txt").write_text(
            "claimcheck lsp: a session of tests/e2e/test_lsp.py (--> client to server, <-- server to client)\n\n" + text + "\n")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    suite.finish()


if __name__ == "__main__":
    main()
