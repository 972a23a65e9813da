"""Import articles from Markdown files and feeds: all of them or, on any problem, none."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from content.importing import ArticleEntry, EntryProblem, read_sources
from content.models import Article
from content.services.articles import article_create, article_update


class ArticleImportError(Exception):
    """Nothing was written. ``problems`` names every bad file or item and says why."""

    def __init__(self, problems: list[EntryProblem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); nothing was imported")


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    dry_run: bool = False


class _DryRunRollback(Exception):
    pass


def validation_reason(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def _duplicates(entries: list[ArticleEntry]) -> list[EntryProblem]:
    problems, seen_slugs, seen_links = [], {}, {}
    for entry in entries:
        for key, seen, what in (
            (entry.slug, seen_slugs, "slug"),
            (entry.source_url, seen_links, "link"),
        ):
            if not key:
                continue
            if key in seen:
                problems.append(
                    EntryProblem(entry.origin, f"{what} {key!r} is also used by {seen[key]}")
                )
            else:
                seen[key] = entry.origin
    return problems


def _existing(entry: ArticleEntry) -> Article | None:
    if entry.source_url:
        found = Article.objects.filter(source_url=entry.source_url).first()
        if found is not None:
            return found
    return Article.objects.filter(slug=entry.slug).first()


def _fields(entry: ArticleEntry, *, status: str, current: Article | None) -> dict:
    published_at = entry.published_at
    if status == Article.Status.PUBLISHED and published_at is None and current is not None:
        published_at = current.published_at
    data = {
        "title": entry.title,
        "summary": entry.summary,
        "body_markdown": entry.body_markdown,
        "author": entry.author,
        "status": status,
        "published_at": published_at,
        "hero_image_url": entry.hero_image_url,
        "source_url": entry.source_url,
        "tags": entry.tags,
    }
    if current is None:
        data["slug"] = entry.slug
    return data


def _is_unchanged(article: Article, data: dict) -> bool:
    for name, value in data.items():
        if name == "tags":
            current = sorted(article.tags.values_list("slug", flat=True))
            if current != sorted({slugify(tag) for tag in value}):
                return False
        elif name == "published_at":
            if value is not None and value != article.published_at:
                return False
        elif getattr(article, name) != value:
            return False
    return True


def _apply(entry: ArticleEntry, *, publish: bool, report: ImportReport) -> None:
    current = _existing(entry)
    if publish:
        status = Article.Status.PUBLISHED
    elif entry.status:
        status = entry.status
    else:  # the source does not say: a new article waits as a draft, an old one keeps its state
        status = current.status if current is not None else Article.Status.DRAFT
    data = _fields(entry, status=status, current=current)
    if current is None:
        article = article_create(**data)
        report.created.append(article.slug)
    elif _is_unchanged(current, data):
        report.unchanged.append(current.slug)
    else:
        article = article_update(article=current, data=data)
        report.updated.append(article.slug)


def articles_import(
    *, locations: list[str], publish: bool = False, dry_run: bool = False
) -> ImportReport:
    """Read every source, then write every article in one transaction.

    Re-importing updates articles matched by source URL (feeds) or slug instead of adding
    copies. Any unreadable source or invalid article raises ArticleImportError and nothing
    is written. A dry run does all the checks and writes nothing.
    """
    entries, problems = read_sources(locations)
    for entry in entries:
        entry.slug = entry.slug or slugify(entry.title)[:200].strip("-")
    problems += _duplicates(entries)
    if problems:
        raise ArticleImportError(problems)

    report = ImportReport(dry_run=dry_run)
    try:
        with transaction.atomic():
            for entry in entries:
                try:
                    with transaction.atomic():
                        _apply(entry, publish=publish, report=report)
                except ValidationError as exc:
                    problems.append(EntryProblem(entry.origin, validation_reason(exc)))
            if problems:
                raise ArticleImportError(problems)
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    return report
