#pragma once
// The stylesheet and script embedded in the HTML report: the page must open
// anywhere, offline, so nothing is linked. The script only adds a details
// popover; every detail is also in the cards below each article.

namespace claimcheck::report::html {

// Highlight colours pass WCAG AA with the ink colour on them; verdict words
// (tags, badges) are white on the darker ink of each verdict, also AA; the
// "drafted" word is ink on paper.
inline constexpr const char* stylesheet = R"css(
:root {
  --ink: #1c2024; --muted: #58616b; --line: #d5dae0; --paper: #fff; --page: #f4f5f7; --focus: #0b57d0;
  --pass: #d2f2db; --pass-ink: #116329; --warn: #ffe6a1; --warn-ink: #7a5000;
  --fail: #ffd2cf; --fail-ink: #b3131f; --unverifiable: #e2e5e9; --unverifiable-ink: #4a525b;
  --error: #ecdafb; --error-ink: #6b38c2;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 50rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h3 { font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin: 1.5rem 0 .5rem; }
a { color: var(--focus); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .88em;
  overflow-wrap: anywhere; }
.skip { position: absolute; left: -100vw; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 20; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem; margin: 1.25rem 0; }
.meta { color: var(--muted); font-size: .9rem; margin: 0; overflow-wrap: anywhere; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 1rem 0; }
.totals li { border-radius: 6px; padding: .3rem .75rem; border: 1px solid var(--line); }
.totals .n { font-weight: 700; font-size: 1.15rem; }
.totals .v-pass { background: var(--pass); } .totals .v-warn { background: var(--warn); }
.totals .v-fail { background: var(--fail); } .totals .v-unverifiable { background: var(--unverifiable); }
.totals .v-error { background: var(--error); }
.totals .drafted { border: 1px dashed var(--ink); }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { padding: .4rem .55rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; white-space: normal; overflow-wrap: anywhere; min-width: 9rem; }
thead th { font-size: .8rem; color: var(--muted); font-weight: 600; }
td.zero { color: #8a939d; }
td.hot { font-weight: 700; color: var(--fail-ink); }
.conflicts { padding-left: 1.2rem; margin: .5rem 0; }
.conflicts li { margin: .35rem 0; overflow-wrap: anywhere; }
.text { font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; font-size: 1.06rem; line-height: 1.8;
  white-space: pre-wrap; overflow-wrap: anywhere; max-width: 40em; margin: 1rem 0 0; }
.hl { color: inherit; text-decoration: none; border-radius: 3px; padding: .12em 0; border-bottom: 2px solid;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: pointer; }
.hl.v-pass { background: var(--pass); border-color: var(--pass-ink); }
.hl.v-warn { background: var(--warn); border-color: var(--warn-ink); }
.hl.v-fail { background: var(--fail); border-color: var(--fail-ink); }
.hl.v-unverifiable { background: var(--unverifiable); border-color: var(--unverifiable-ink); }
.hl.v-error { background: var(--error); border-color: var(--error-ink); }
.hl.unchecked { background: transparent; border: 2px dashed var(--muted); padding: 0 .1em; }
/* A drafted claim keeps its verdict's colour, outlined in dashes until someone reviews it. */
.hl.drafted { outline: 2px dashed var(--ink); outline-offset: 1px; }
.hl:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.hl[aria-expanded="true"] { box-shadow: 0 0 0 2px var(--focus); }
.tag, .badge { color: #fff; border-radius: 3px; text-transform: uppercase;
  font: 700 .66rem/1.3 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
  letter-spacing: .04em; padding: .12em .4em; white-space: nowrap; }
/* Inline, not inline-block: a tag never wraps away from the quote it ends. */
.tag { margin: 0 .15em 0 .25em; vertical-align: .15em; }
.badge { display: inline-block; font-size: .72rem; margin-right: .45rem; vertical-align: .1em; }
.tag.v-pass, .badge.v-pass { background: var(--pass-ink); }
.tag.v-warn, .badge.v-warn { background: var(--warn-ink); }
.tag.v-fail, .badge.v-fail { background: var(--fail-ink); }
.tag.v-unverifiable, .badge.v-unverifiable { background: var(--unverifiable-ink); }
.tag.v-error, .badge.v-error { background: var(--error-ink); }
.badge.unchecked { background: var(--paper); color: var(--ink); border: 1px dashed var(--muted); }
.tag.drafted, .badge.drafted { background: var(--paper); color: var(--ink); border: 1px dashed var(--ink); }
.missing { border-left: 4px solid var(--error-ink); padding: .5rem .75rem; background: var(--error); margin: 1rem 0 0; }
.card { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px;
  padding: .7rem 1rem; margin: .75rem 0; break-inside: avoid; }
.card.v-pass { border-left-color: var(--pass-ink); } .card.v-warn { border-left-color: var(--warn-ink); }
.card.v-fail { border-left-color: var(--fail-ink); } .card.v-unverifiable { border-left-color: var(--unverifiable-ink); }
.card.v-error { border-left-color: var(--error-ink); } .card.unchecked { border-left-style: dashed; }
.card.drafted { border-style: dashed; border-left-style: solid; }
.card:target { box-shadow: 0 0 0 3px var(--focus); }
.card-head { margin: 0; overflow-wrap: anywhere; }
.card-head .id { font-weight: 700; }
.card blockquote { margin: .45rem 0; padding-left: .75rem; border-left: 3px solid var(--line);
  font-family: Georgia, "DejaVu Serif", serif; overflow-wrap: anywhere; }
.card p { margin: .35rem 0; overflow-wrap: anywhere; }
.checks { list-style: none; padding: 0; margin: .5rem 0 0; }
.check { border-top: 1px solid var(--line); padding-top: .5rem; margin-top: .5rem; }
.check > p { margin: 0; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .8rem; margin: .4rem 0 0; font-size: .94rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.wording { font-weight: 600; }
.back { font-size: .85rem; }
#detail { position: absolute; z-index: 10; width: min(30rem, calc(100vw - 16px)); max-height: 70vh; overflow: auto;
  background: var(--paper); border: 1px solid #a9b2bc; border-radius: 8px; box-shadow: 0 8px 28px rgba(0, 0, 0, .2);
  padding: .3rem .8rem .5rem; }
#detail[hidden] { display: none; }
#detail .close { float: right; font: inherit; font-size: 1.3rem; line-height: 1; background: none; border: 0;
  padding: .35rem .2rem; cursor: pointer; color: var(--muted); }
#detail .card { border-width: 0 0 0 5px; border-radius: 0; margin: .5rem 0; padding: .2rem .75rem; }
#detail .back { display: none; }
@media (max-width: 600px) {
  main { padding: 1rem .6rem 3rem; }
  .panel { padding: .9rem .8rem; }
  dl { grid-template-columns: minmax(0, 1fr); }
  dt { margin-top: .3rem; }
  .text { font-size: 1rem; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .panel { border: 0; padding: 0; }
  #detail, .skip, .back { display: none !important; }
  .hl[aria-expanded="true"] { box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-before: auto; }
}
)css";

// Click, Enter, Space or focus on a highlight shows copies of its cards next
// to it; Escape or a click elsewhere hides them. Without the script the
// highlights are links to the same cards.
inline constexpr const char* script = R"js(
(function () {
  var panel = document.getElementById('detail');
  var body = document.getElementById('detail-body');
  var current = null;
  function hide() {
    if (!current) return;
    panel.hidden = true;
    current.setAttribute('aria-expanded', 'false');
    current = null;
  }
  function place(mark) {
    var width = document.documentElement.clientWidth;
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left, width - panel.offsetWidth - 8));
    // Below the highlight, unless only above has room; never over it, or a click would land on the panel.
    var need = panel.offsetHeight + 16;
    var above = window.innerHeight - box.bottom < need && box.top >= need;
    var top = above ? box.top - panel.offsetHeight - 8 : box.bottom + 8;
    panel.style.left = (left + window.scrollX) + 'px';
    panel.style.top = (top + window.scrollY) + 'px';
  }
  function show(mark) {
    if (current === mark) return;
    hide();
    body.textContent = '';
    mark.getAttribute('data-cards').split(' ').forEach(function (id) {
      var card = document.getElementById(id);
      if (!card) return;
      var copy = card.cloneNode(true);
      copy.removeAttribute('id');
      copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
      body.appendChild(copy);
    });
    panel.hidden = false;
    place(mark);
    mark.setAttribute('aria-expanded', 'true');
    current = mark;
  }
  function highlight(node) { return node && node.closest ? node.closest('.hl') : null; }
  document.addEventListener('click', function (e) {
    var mark = highlight(e.target);
    if (mark) { e.preventDefault(); show(mark); }
    else if (!panel.contains(e.target) || e.target.closest('.close')) hide();
  });
  document.addEventListener('focusin', function (e) {
    var mark = highlight(e.target);
    if (mark) show(mark);
    else if (!panel.contains(e.target)) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { hide(); return; }
    var mark = highlight(e.target);
    if (mark && (e.key === ' ' || e.key === 'Spacebar')) { e.preventDefault(); show(mark); }
  });
  window.addEventListener('resize', function () { if (current) place(current); });
})();
)js";

}  // namespace claimcheck::report::html
