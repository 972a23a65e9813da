"""An RSS 2.0 or Atom feed becomes one ArticleEntry per item; its HTML is sanitized here."""

import calendar
import html
import re
from datetime import UTC, datetime

import feedparser
import nh3
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from django.utils.text import slugify

from content.importing.entries import ArticleEntry, EntryProblem
from content.importing.markdown_files import EntryError
from content.rendering import html_sanitize

_BLANK_LINES = re.compile(r"\n\s*\n")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, for summaries: tags go, entities become characters."""
    text = nh3.clean(fragment or "", tags=set(), strip_comments=True)
    return " ".join(html.unescape(text).split())


def html_as_markdown_body(fragment: str) -> str:
    """Store feed HTML in the Markdown field so the one rendering path still applies.

    Wrapped in a <div> with no blank lines inside, CommonMark treats the whole fragment as one
    raw HTML block: indented lines do not turn into code and stray asterisks stay asterisks.
    """
    clean = html_sanitize(fragment or "").strip()
    if not clean:
        return ""
    return "<div>\n" + _BLANK_LINES.sub("\n", clean) + "\n</div>\n"


def _reject_xml_tricks(data: bytes) -> None:
    # Entity expansion ("billion laughs") and external entities are refused before
    # feedparser sees the bytes; mere malformed XML is left to feedparser's lenient parser.
    try:
        defused_fromstring(data)
    except DefusedXmlException as exc:
        raise EntryError(f"refused: the feed declares XML entities ({type(exc).__name__})") from exc
    except Exception:  # noqa: S110 - malformed XML is handled by feedparser below
        pass


def _entry_datetime(item) -> datetime | None:
    parsed = item.get("published_parsed") or item.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _entry_body(item) -> str:
    contents = item.get("content") or []
    for content in contents:
        if content.get("value"):
            return content["value"]
    return item.get("summary") or item.get("description") or ""


def entries_from_feed(data: bytes, *, origin: str) -> tuple[list[ArticleEntry], list[EntryProblem]]:
    _reject_xml_tricks(data)
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "unreadable"
        raise EntryError(f"not an RSS or Atom feed ({reason})")
    if not parsed.get("version") and not parsed.entries:
        raise EntryError("not an RSS or Atom feed")

    entries: list[ArticleEntry] = []
    problems: list[EntryProblem] = []
    for number, item in enumerate(parsed.entries, start=1):
        title = html_to_text(item.get("title", ""))
        link = (item.get("link") or "").strip()
        label = f"{origin} item {number}" + (f" ({title[:60]})" if title else "")
        if not title:
            problems.append(EntryProblem(label, "item has no title"))
            continue
        if link and not link.lower().startswith(("http://", "https://")):
            problems.append(EntryProblem(label, f"link {link[:80]!r} is not an http(s) URL"))
            continue
        body = html_as_markdown_body(_entry_body(item))
        summary_html = item.get("summary", "") if item.get("content") else ""
        summary = html_to_text(summary_html) or html_to_text(_entry_body(item))[:300]
        tags = [tag.get("term", "") for tag in item.get("tags", []) if tag.get("term")]
        entries.append(
            ArticleEntry(
                origin=label,
                title=title,
                body_markdown=body,
                slug=slugify(title)[:200].strip("-"),
                summary=summary,
                author=html_to_text(item.get("author", ""))[:120],
                published_at=_entry_datetime(item),
                tags=tags,
                source_url=link,
            )
        )
    return entries, problems
