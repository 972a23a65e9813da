from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArticleEntry:
    """One article found in a source, ready for the services. ``origin`` names it in reports."""

    origin: str
    title: str
    body_markdown: str
    slug: str = ""
    summary: str = ""
    author: str = ""
    status: str | None = None  # None: leave it to the importer (draft unless --publish)
    published_at: datetime | None = None
    tags: list[str] = field(default_factory=list)
    hero_image_url: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class EntryProblem:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
