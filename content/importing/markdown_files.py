"""A Markdown file with YAML front matter becomes one ArticleEntry."""

import re
from datetime import date, datetime, time

import frontmatter
import yaml
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from content.importing.entries import ArticleEntry

KNOWN_STATUSES = ("draft", "published")
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


class EntryError(ValueError):
    """The source cannot become an article; the message says why, for the person importing."""


def to_aware_datetime(value, *, label: str) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(9, 0))
    elif isinstance(value, str):
        moment = parse_datetime(value.strip())
        if moment is None:
            day = parse_date(value.strip())
            moment = datetime.combine(day, time(9, 0)) if day else None
        if moment is None:
            raise EntryError(f"{label} {value!r} is not a date (use YYYY-MM-DD)")
    else:
        raise EntryError(f"{label} {value!r} is not a date (use YYYY-MM-DD)")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


def _text(meta: dict, key: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise EntryError(f"front matter {key!r} must be text")
    return str(value).strip()


def _tags(value) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(item, (str, int)) for item in value):
        return [str(item).strip() for item in value if str(item).strip()]
    raise EntryError("front matter 'tags' must be a list of names or a comma-separated text")


def entry_from_markdown(text: str, *, origin: str) -> ArticleEntry:
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise EntryError(f"front matter is not valid YAML{line}") from exc
    except ValueError as exc:  # front matter that is YAML but not a mapping
        raise EntryError(f"front matter must be a mapping of fields: {exc}") from exc
    meta, body = post.metadata, post.content
    if not isinstance(meta, dict):
        raise EntryError("front matter must be a mapping of fields")

    title = _text(meta, "title")
    if not title:
        # No title field: the first level-one heading is the title and leaves the body.
        heading = _HEADING.search(body)
        if heading is None:
            raise EntryError("no title: add 'title:' to the front matter or a '# Heading'")
        title = heading.group(1).strip()
        body = body[: heading.start()] + body[heading.end() :]

    status = _text(meta, "status").lower() or None
    if status is not None and status not in KNOWN_STATUSES:
        raise EntryError(f"status {status!r} is not one of {', '.join(KNOWN_STATUSES)}")
    published_raw = meta.get("published", meta.get("date"))
    if isinstance(published_raw, bool):  # "published: true" means status, not a date
        status = status or ("published" if published_raw else "draft")
        published_raw = meta.get("date")

    return ArticleEntry(
        origin=origin,
        title=title,
        body_markdown=body.strip() + "\n",
        slug=_text(meta, "slug"),
        summary=_text(meta, "summary"),
        author=_text(meta, "author"),
        status=status,
        published_at=to_aware_datetime(published_raw, label="date"),
        tags=_tags(meta.get("tags")),
        hero_image_url=_text(meta, "hero_image"),
    )
