"""Markdown and HTML to safe HTML. Everything an article shows passes through here."""

import nh3
from markdown_it import MarkdownIt

_markdown = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False}).enable(
    "table"
)

_TAGS = set(nh3.ALLOWED_TAGS) - {"map", "area", "center", "acronym", "strike", "tt"}
_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": {"href", "hreflang", "title"},
    "img": {"alt", "src", "width", "height", "title", "loading"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
_URL_SCHEMES = {"http", "https", "mailto"}


# No global attributes: an ``id`` from an article could shadow the page's own anchors
# (``#main``) or clobber DOM globals that scripts on the page rely on.


def html_sanitize(html: str) -> str:
    """Keep structure and text; drop scripts, styles, event handlers and javascript: URLs."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def markdown_to_safe_html(text: str) -> str:
    return html_sanitize(_markdown.render(text or ""))
