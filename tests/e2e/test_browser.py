#!/usr/bin/env python3
# The HTML report (`check --format html`, cli/report/html.cpp) rendered in headless Chromium through
# WebDriver: the demo's "a rise of 6%" marked as a fail with 33.34% in its details (Kent's 573% on the
# seed articles: test_browser_seeds.py), keyboard use, a phone-width viewport,
# print styles, and article text holding <script> that must be shown, never run. Screenshots are saved
# under <build>/test-artifacts/.
import html.parser
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402
import webdriver  # noqa: E402

FAIL_BACKGROUND = "rgb(255, 210, 207)"  # --fail in cli/report/html_style.hpp
TAB, ENTER, ESCAPE = "\ue004", "\ue007", "\ue00c"

# The details popover, as the reader sees it: shown, on screen, and its text.
DETAIL = """
const panel = document.getElementById('detail');
const box = panel.getBoundingClientRect();
return {shown: !panel.hidden && getComputedStyle(panel).display !== 'none' && box.height > 0,
        left: box.left, right: box.right, text: panel.innerText};
"""


def artifacts(binary):
    path = pathlib.Path(binary).parent / "test-artifacts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_page(binary, suite, path, *args, cwd=None):
    result = e2e.run(binary, "check", *args, "--format", "html", cwd=cwd)
    suite.check(result.status in (0, 1) and result.stdout.startswith("<!DOCTYPE html>"),
                f"check --format html\n  {result.describe()}")
    path.write_bytes(result.stdout_bytes)
    return result


class TagBalance(html.parser.HTMLParser):
    """Every element opened is closed in order; attributes that could fetch anything are collected."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}

    def __init__(self):
        super().__init__()
        self.open, self.problems, self.references = [], [], []

    def handle_starttag(self, tag, attrs):
        self.references += [(tag, name, value) for name, value in attrs if name in ("href", "src", "action")]
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1] if self.open else 'nothing'}")
        else:
            self.open.pop()


def check_page_source(suite, page):
    text = page.read_text(encoding="utf-8")
    parser = TagBalance()
    parser.feed(text)
    parser.close()
    suite.check(not parser.problems and not parser.open,
                f"{page.name}: not well-formed: {parser.problems[:5]} unclosed {parser.open[-5:]}")
    outside = [r for r in parser.references if not (r[2] or "").startswith("#")]
    suite.equal(outside, [], f"{page.name}: references that leave the page")
    for banned in ("://", "@import", "url("):
        suite.check(banned not in text, f"{page.name}: contains {banned!r}")


class PageCase:
    """An example's HTML page and the failing claim the test follows through it."""

    def __init__(self, name, example, articles, claim_id, claims_file, quote, details, totals, cards):
        self.name = name              # file names of the page and its screenshots
        self.example = example
        self.articles = articles      # --articles directory, or None: beside the claims
        self.claim_id = claim_id      # the failing claim followed
        self.claims_file = claims_file  # the claims file it is in
        self.quote = quote            # its highlighted text
        self.details = details        # what its details must show
        self.totals = totals          # in the summary's totals
        self.cards = cards            # claim cards at least, printed

    def args(self):
        return [self.example] + (["--articles", str(self.articles)] if self.articles else [])


DEMO = PageCase("demo-report", "examples/demo", None, "young_rise", "article.claims", "a rise of 6%",
                ("33.34%", "6%", "[5.5%, 6.5%)", "points-vs-percent", "a rise of 33%"), "1 fail", 10)


def highlight_of(browser, case):
    """The one highlight showing the followed claim's card."""
    marks = browser.script("""
        const card = [...document.querySelectorAll('.card[data-id="' + arguments[0] + '"]')]
            .find(c => c.textContent.includes(arguments[1]));
        return card ? [...document.querySelectorAll('.hl')]
            .filter(h => h.dataset.cards.split(' ').includes(card.id)) : [];
    """, case.claim_id, case.claims_file)
    return marks[0] if len(marks) == 1 else None


def test_report_page_in_chromium(binary, suite, browser, case=DEMO):
    out = artifacts(binary)
    page = out / f"{case.name}.html"
    write_page(binary, suite, page, *case.args())
    again = e2e.run(binary, "check", *case.args(), "--format", "html")
    suite.check(again.stdout_bytes == page.read_bytes(), "two runs gave different pages")
    check_page_source(suite, page)

    browser.resize(1280, 1000)
    browser.open(page)
    suite.equal(browser.script("return performance.getEntriesByType('resource').length"), 0, "resources fetched")
    summary = browser.script("return document.querySelector('.totals').innerText")
    suite.check(case.totals in summary, f"summary totals: {summary!r}")
    print(f"  screenshot: {browser.screenshot(out / f'{case.name}-summary.png')}")
    mark_el = highlight_of(browser, case)
    if not suite.check(mark_el, f"no single highlight for {case.claim_id} in {case.claims_file}"):
        return
    mark = browser.script("""
        const m = arguments[0];
        return {text: m.textContent, verdict: m.dataset.verdict, classes: m.className,
                background: getComputedStyle(m).backgroundColor, tag: m.nextElementSibling.textContent};
    """, mark_el)
    suite.equal(mark["text"], case.quote, "the highlighted text")
    suite.equal(mark["verdict"], "fail", "the failing claim's data-verdict")
    suite.check("v-fail" in mark["classes"].split(), f"the failing claim's classes: {mark['classes']}")
    suite.equal(mark["background"], FAIL_BACKGROUND, "the failing claim's highlight colour (the red one)")
    suite.equal(mark["tag"], "fail", "the verdict word after the quote")

    suite.check(not browser.script(DETAIL)["shown"], "details shown before anything was selected")
    browser.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -240)", mark_el)
    browser.click(mark_el)
    detail = browser.script(DETAIL)
    suite.check(detail["shown"], f"clicking {case.quote!r} shows no details")
    for wanted in case.details:
        suite.check(wanted in detail["text"], f"details of {case.quote!r} lack {wanted!r}: {detail['text'][:600]!r}")
    suite.equal(browser.script("return arguments[0].getAttribute('aria-expanded')", mark_el), "true", "aria-expanded")
    print(f"  screenshot: {browser.screenshot(out / f'{case.name}.png')}")

    # Keyboard: Escape hides; Tab from the element before reaches the highlight and shows it; Enter too.
    browser.press(ESCAPE)
    suite.check(not browser.script(DETAIL)["shown"], "Escape leaves the details shown")
    browser.script("""
        const all = [...document.querySelectorAll('a[href], button')];
        all[all.indexOf(arguments[0]) - 1].focus();
    """, mark_el)
    browser.press(TAB)
    suite.check(browser.script("return document.activeElement === arguments[0]", mark_el), "Tab does not reach the claim")
    detail = browser.script(DETAIL)
    suite.check(detail["shown"] and case.details[0] in detail["text"], "focus by Tab does not show the claim's details")
    browser.press(ESCAPE)
    browser.press(ENTER)
    suite.check(browser.script(DETAIL)["shown"], "Enter on the highlight shows no details")

    # Print: no popover, every card listed, colours kept.
    browser.emulate_media("print")
    printed = browser.script("""
        return {detail: getComputedStyle(document.getElementById('detail')).display,
                cards: [...document.querySelectorAll('#articles .card')].filter(c => c.offsetHeight > 0).length,
                background: getComputedStyle(arguments[0]).backgroundColor};
    """, mark_el)
    browser.emulate_media("")
    suite.equal(printed["detail"], "none", "print: the popover is hidden")
    suite.check(printed["cards"] >= case.cards, f"print: only {printed['cards']} claim cards shown")
    suite.equal(printed["background"], FAIL_BACKGROUND, "print: highlight colour kept")

    # A phone: nothing wider than the screen, and the details fit on it.
    browser.resize(390, 844)
    browser.open(page)
    width = browser.script("return [innerWidth, document.documentElement.scrollWidth]")
    suite.check(width[1] <= width[0], f"phone width: page is {width[1]}px wide in a {width[0]}px viewport")
    mark_el = highlight_of(browser, case)
    if mark_el:
        browser.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -80)", mark_el)
        browser.click(mark_el)
        detail = browser.script(DETAIL)
        suite.check(detail["shown"] and case.details[0] in detail["text"], "phone: the claim's details not shown")
        suite.check(detail["left"] >= 0 and detail["right"] <= width[0], f"phone: details off screen: {detail}")
        width = browser.script("return [innerWidth, document.documentElement.scrollWidth]")
        suite.check(width[1] <= width[0], f"phone width with details open: {width}")
        print(f"  screenshot: {browser.screenshot(out / f'{case.name}-phone.png')}")


ARTICLE = """Local news

<script>document.title='pwned';window.pwned=1</script>
<img src=x onerror="window.pwned=2">
Police recorded 120 offences last year & 45 the year before, "a rise of 167%".
"""

CLAIMS = """let offences.2016 = 120
let offences.2015 = 45

claim rise in "article.txt":
  quote "a rise of 167%"
  check change(offences.2015, offences.2016) is 167%
"""


def test_script_in_article_is_shown_not_run(binary, suite, browser):
    out = artifacts(binary)
    with tempfile.TemporaryDirectory(prefix="claimcheck-browser-") as tmp:
        base = pathlib.Path(tmp)
        (base / "article.txt").write_text(ARTICLE, encoding="utf-8")
        (base / "rise.claims").write_text(CLAIMS, encoding="utf-8")
        page = out / "script-article.html"
        result = write_page(binary, suite, page, "rise.claims", "--rules", str(e2e.RULES), cwd=base)
        suite.equal(result.status, 0, f"the claim holds\n  {result.describe()}")
    check_page_source(suite, page)
    browser.resize(1280, 1000)
    browser.open(page)
    state = browser.script("""
        const text = document.querySelector('.text');
        return {pwned: typeof window.pwned, title: document.title, images: document.images.length,
                scripts: document.scripts.length, text: text ? text.textContent : '',
                rise: [...document.querySelectorAll('.hl')].map(h => [h.textContent, h.dataset.verdict]),
                unchecked: [...document.querySelectorAll('.hl.unchecked')].map(h => h.textContent)};
    """)
    suite.equal(state["pwned"], "undefined", "window.pwned: the article's markup ran")
    suite.equal(state["title"], "claimcheck report", "document.title")
    suite.equal(state["images"], 0, "img elements made from the article")
    suite.equal(state["scripts"], 1, "script elements (only the page's own)")
    for literal in ("<script>document.title='pwned';window.pwned=1</script>", '<img src=x onerror="window.pwned=2">',
                    "& 45"):
        suite.check(literal in state["text"], f"article text does not show {literal!r}: {state['text']!r}")
    suite.check(["a rise of 167%", "pass"] in state["rise"], f"highlights: {state['rise']}")
    suite.check({"120", "45"} <= set(state["unchecked"]), f"unchecked numbers outlined: {state['unchecked']}")
    print(f"  screenshot: {browser.screenshot(out / 'script-article.png')}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("HTML report in headless Chromium")
    try:
        with webdriver.Browser() as browser:
            for test in (test_report_page_in_chromium, test_script_in_article_is_shown_not_run):
                suite.run_test(test, binary, suite, browser)
    except webdriver.BrowserMissing as missing:
        suite.check(False, f"{missing}; the browser test cannot run without them")
    suite.finish()


if __name__ == "__main__":
    main()
