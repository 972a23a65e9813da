"""Reading articles from Markdown files and RSS / Atom feeds into plain data, without writing."""

from content.importing.entries import ArticleEntry, EntryProblem
from content.importing.sources import read_sources

__all__ = ["ArticleEntry", "EntryProblem", "read_sources"]
