"""Create, change, publish and unpublish articles, and tell listeners once the change is saved."""

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from content.models import Article, Tag
from content.rendering import markdown_to_safe_html
from content.signals import article_published, article_saved

# Fields article_update accepts; anything else is a programming error, not user input.
UPDATABLE_FIELDS = frozenset(
    {
        "title",
        "slug",
        "summary",
        "body_markdown",
        "author",
        "status",
        "published_at",
        "hero_image",
        "hero_image_url",
        "source_url",
        "tags",
    }
)
# A change to any of these may change which causes the article discusses.
_WATCHED_FIELDS = ("title", "body_markdown", "status")
logger = logging.getLogger(__name__)
_TAG_NAME_MAX = Tag._meta.get_field("name").max_length


def tags_get_or_create(*, names: Iterable[str]) -> list[Tag]:
    """Tags for the given names, created as needed; "Back pain" and "back-pain" are one tag."""
    tags: dict[str, Tag] = {}
    for raw in names:
        name = " ".join(str(raw).split())
        if not name:
            continue
        if len(name) > _TAG_NAME_MAX:
            raise ValidationError(
                {"tags": f"Tag {name[:20]!r}... is longer than {_TAG_NAME_MAX} characters."}
            )
        slug = slugify(name)
        if not slug:
            raise ValidationError({"tags": f"Tag {name!r} has no letters or digits."})
        if slug in tags:
            continue
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            tag = Tag(name=name, slug=slug)
            tag.full_clean()
            tag.save()
        tags[slug] = tag
    return list(tags.values())


def _unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    max_length = Article._meta.get_field("slug").max_length
    base = slugify(title)[: max_length - 5].strip("-") or "article"
    taken = set(
        Article.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def _send(signal, article: Article) -> None:
    # send_robust: one failing listener must neither stop the others nor undo a committed save.
    for receiver, result in signal.send_robust(sender=Article, article=article):
        if isinstance(result, Exception):
            logger.error(
                "listener %r failed for article %s",
                receiver,
                article.pk,
                exc_info=(type(result), result, result.__traceback__),
            )


def _announce(article: Article, *, saved: bool, published: bool) -> None:
    if saved:
        transaction.on_commit(lambda: _send(article_saved, article))
    if published:
        transaction.on_commit(lambda: _send(article_published, article))


def _validate_and_save(article: Article) -> None:
    article.body_html = markdown_to_safe_html(article.body_markdown)
    article.full_clean()
    article.save()


@transaction.atomic
def article_create(
    *,
    title: str,
    body_markdown: str = "",
    slug: str = "",
    summary: str = "",
    author: str = "",
    status: str = Article.Status.DRAFT,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    hero_image: Any = None,
    hero_image_url: str = "",
    source_url: str = "",
) -> Article:
    """Save a new article with its sanitized HTML. A published article without a date gets now."""
    if status not in Article.Status.values:
        raise ValidationError({"status": f"Unknown status {status!r}."})
    if status == Article.Status.PUBLISHED and published_at is None:
        published_at = timezone.now()
    article = Article(
        title=title.strip(),
        slug=slug.strip() or _unique_slug(title),
        summary=summary.strip(),
        body_markdown=body_markdown,
        author=author.strip(),
        status=status,
        published_at=published_at,
        hero_image_url=hero_image_url,
        source_url=source_url,
    )
    if hero_image:
        article.hero_image = hero_image
    _validate_and_save(article)
    article.tags.set(tags_get_or_create(names=tags))
    _announce(article, saved=True, published=article.is_published)
    return article


@transaction.atomic
def article_update(*, article: Article, data: dict[str, Any]) -> Article:
    """Apply the given fields; re-render the body; tags (names) replace the current ones.

    Listeners hear about it only when the title, body or status really changed.
    """
    unknown = set(data) - UPDATABLE_FIELDS
    if unknown:
        raise TypeError(f"article_update does not accept {sorted(unknown)}")
    if "status" in data and data["status"] not in Article.Status.values:
        raise ValidationError({"status": f"Unknown status {data['status']!r}."})

    before = {name: getattr(article, name) for name in _WATCHED_FIELDS}
    was_published = article.is_published
    for name, value in data.items():
        if name == "tags":
            continue
        if name == "hero_image":
            if value is None:  # not given: keep the current image
                continue
            value = value or ""  # False (the admin's "clear" box): remove it
        if isinstance(value, str) and name not in ("body_markdown",):
            value = value.strip()
        setattr(article, name, value)
    if not article.slug:
        article.slug = _unique_slug(article.title, exclude_pk=article.pk)
    if article.is_published and article.published_at is None:
        article.published_at = timezone.now()
    _validate_and_save(article)
    if "tags" in data:
        article.tags.set(tags_get_or_create(names=data["tags"]))

    changed = any(getattr(article, name) != value for name, value in before.items())
    _announce(article, saved=changed, published=article.is_published and not was_published)
    return article


@transaction.atomic
def article_publish(*, article: Article, at: datetime | None = None) -> Article:
    """Publish now, or at the given time. Publishing a published article changes nothing."""
    if article.is_published:
        return article
    article.status = Article.Status.PUBLISHED
    article.published_at = at or timezone.now()
    article.full_clean()
    article.save(update_fields=["status", "published_at", "updated_at"])
    _announce(article, saved=True, published=True)
    return article


@transaction.atomic
def article_unpublish(*, article: Article) -> Article:
    """Back to draft: the article leaves the public pages and the API. Its last date stays."""
    if not article.is_published:
        return article
    article.status = Article.Status.DRAFT
    article.save(update_fields=["status", "updated_at"])
    _announce(article, saved=True, published=False)
    return article
