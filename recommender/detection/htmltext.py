"""Visible text of an HTML document, in one linear pass.

The standard library's parser is not used on purpose: a hand-written scanner with
``str.find`` is easy to prove linear on hostile input (unclosed tags, endless comments),
and it is all the detector needs: text, block boundaries, and no script or style content.
"""

from __future__ import annotations

import html
import re

_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype|html|head|body|p|div|br|span|h[1-6]|ul|ol|li|table|tr|td|th|script|style|"
    r"a|strong|em|b|i|article|section|blockquote|img|header|footer|main|nav)\b[^<>]{0,400}>",
    re.IGNORECASE,
)
_TAG_NAME = re.compile(r"/?\s*([a-zA-Z][a-zA-Z0-9:-]*)")
_HIDDEN_CONTENT = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "title", "option", "summary", "details", "caption",
    }
)  # fmt: skip


def looks_like_html(text: str) -> bool:
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(markup: str) -> str:
    """Text a reader sees: tags removed, hidden elements skipped, entities unescaped.

    Block elements become line breaks and table cells are separated by `` | `` so a
    table row stays one passage with clause boundaries between its cells.
    """
    lowered = markup.lower()
    out: list[str] = []
    pos = 0
    size = len(markup)
    next_gt = -1  # remembered so a text full of lone "<" stays linear
    while pos < size:
        lt = markup.find("<", pos)
        if lt < 0:
            out.append(html.unescape(markup[pos:]))
            break
        if lt > pos:
            out.append(html.unescape(markup[pos:lt]))
        if lowered.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            pos = size if end < 0 else end + 3
            continue
        if next_gt <= lt:
            next_gt = markup.find(">", lt + 1)
        gt = next_gt
        if gt < 0:  # no tag can close any more: the rest is text
            out.append(html.unescape(markup[lt:]))
            break
        name_match = _TAG_NAME.match(markup, lt + 1, min(gt, lt + 64))
        if name_match is None or markup[lt + 1] in " \t\n":
            out.append("<")  # "a < b" or "<3": a literal character, not a tag
            pos = lt + 1
            continue
        name = name_match.group(1).lower()
        closing = markup[lt + 1 : name_match.end()].lstrip().startswith("/")
        pos = gt + 1
        if name in _HIDDEN_CONTENT and not closing and not markup[lt:gt].endswith("/"):
            end = lowered.find("</" + name, pos)
            if end < 0:
                break  # an unclosed script hides everything after it, as in a browser
            close = markup.find(">", end)
            pos = size if close < 0 else close + 1
            continue
        if name in ("td", "th") and not closing:
            out.append(" | ")
        elif name in _BLOCK_TAGS:
            out.append("\n")
    return "".join(out)
