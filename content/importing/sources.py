"""Turn what the person importing named (files, folders, feed URLs) into entries and problems."""

import re
from pathlib import Path

from content.importing.entries import ArticleEntry, EntryProblem
from content.importing.feeds import entries_from_feed
from content.importing.fetch import MAX_FEED_BYTES, fetch_url
from content.importing.markdown_files import EntryError, entry_from_markdown

MARKDOWN_SUFFIXES = (".md", ".markdown")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _read_file(path: Path) -> bytes:
    if path.stat().st_size > MAX_FEED_BYTES:
        raise EntryError(f"larger than {MAX_FEED_BYTES // (1024 * 1024)} MB; refused")
    return path.read_bytes()


def _markdown_entry(path: Path, *, origin: str) -> ArticleEntry:
    try:
        text = _read_file(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EntryError(f"not UTF-8 text (byte {exc.start})") from exc
    return entry_from_markdown(text, origin=origin)


def _read_one(location: str) -> tuple[list[ArticleEntry], list[EntryProblem]]:
    if _URL.match(location):
        return entries_from_feed(fetch_url(location), origin=location)
    path = Path(location)
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES
        )
        if not files:
            raise EntryError("the folder holds no Markdown (.md) files")
        entries, problems = [], []
        for file in files:
            try:
                entries.append(_markdown_entry(file, origin=str(file)))
            except (EntryError, OSError) as exc:
                problems.append(EntryProblem(str(file), str(exc)))
        return entries, problems
    if not path.is_file():
        raise EntryError("no such file or folder")
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return [_markdown_entry(path, origin=location)], []
    return entries_from_feed(_read_file(path), origin=location)


def read_sources(locations: list[str]) -> tuple[list[ArticleEntry], list[EntryProblem]]:
    """Every entry that could be read, and every problem, each named by file, URL or feed item."""
    entries: list[ArticleEntry] = []
    problems: list[EntryProblem] = []
    for location in locations:
        try:
            found, trouble = _read_one(location)
        except (EntryError, OSError) as exc:
            problems.append(EntryProblem(location, str(exc)))
            continue
        entries.extend(found)
        problems.extend(trouble)
    return entries, problems
