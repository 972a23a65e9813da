"""The demo articles: Markdown files with YAML front matter in content/demo/articles/."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import frontmatter
import yaml
from django.conf import settings

DEMO_ARTICLES_DIR = Path(settings.BASE_DIR) / "content" / "demo" / "articles"
REQUIRED_FIELDS = ("title", "slug", "summary", "author", "tags", "date")
# Demo articles go out at a plausible morning hour on their front-matter date.
PUBLISH_TIME = time(8, 30, tzinfo=UTC)


class DemoArticleError(ValueError):
    """A demo article file cannot be loaded; the message names the file and the problem."""


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    title: str
    summary: str
    author: str
    tags: tuple[str, ...]
    published_at: datetime
    body_markdown: str


def _article_from_file(path: Path) -> DemoArticle:
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise DemoArticleError(f"{path.name}: unreadable front matter ({error})") from error
    missing = [name for name in REQUIRED_FIELDS if not post.metadata.get(name)]
    if missing:
        raise DemoArticleError(f"{path.name}: front matter lacks {', '.join(missing)}")
    day = post.metadata["date"]
    if not isinstance(day, date):
        raise DemoArticleError(f"{path.name}: date {day!r} is not a YYYY-MM-DD date")
    tags = post.metadata["tags"]
    if not isinstance(tags, list):
        raise DemoArticleError(f"{path.name}: tags must be a list")
    return DemoArticle(
        slug=str(post.metadata["slug"]).strip(),
        title=str(post.metadata["title"]).strip(),
        summary=str(post.metadata["summary"]).strip(),
        author=str(post.metadata["author"]).strip(),
        tags=tuple(str(tag).strip() for tag in tags),
        published_at=datetime.combine(day, PUBLISH_TIME),
        body_markdown=post.content.strip() + "\n",
    )


def demo_articles_read(*, directory: Path = DEMO_ARTICLES_DIR) -> list[DemoArticle]:
    """Every ``*.md`` file in the directory, oldest first, with slugs checked for clashes."""
    articles = [_article_from_file(path) for path in sorted(directory.glob("*.md"))]
    slugs = [article.slug for article in articles]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise DemoArticleError(f"more than one demo article uses slug {', '.join(duplicates)}")
    return sorted(articles, key=lambda article: article.published_at)
