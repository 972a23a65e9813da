"""Reads for articles and the home page."""

from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from content.models import Article, Tag
from shop.models import Product, Variant


def _published() -> QuerySet[Article]:
    return Article.objects.filter(status=Article.Status.PUBLISHED).prefetch_related(
        Prefetch("tags", queryset=Tag.objects.order_by("name"))
    )


def _search(queryset: QuerySet[Article], query: str) -> QuerySet[Article]:
    words = Q(title__icontains=query) | Q(summary__icontains=query)
    if connection.vendor != "postgresql":
        return queryset.filter(words | Q(body_markdown__icontains=query))
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    # Full-text search finds "blisters" for "blister"; icontains on title and summary keeps
    # partial words ("blist") working while someone is still typing.
    vector = (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body_markdown", weight="C", config="english")
    )
    search = SearchQuery(query, search_type="websearch", config="english")
    # Match with @@ (the "document" lookup), not rank > 0: ts_rank is positive for some rows
    # that do not match at all, e.g. under a negated word ("knee -pain").
    return (
        queryset.annotate(document=vector, rank=SearchRank(vector, search))
        .filter(Q(document=search) | words)
        .order_by("-rank", "-published_at")
    )


def article_list_published(*, query: str = "", tag: str = "") -> QuerySet[Article]:
    """Published articles, newest first, optionally matching words and carrying a tag (slug)."""
    articles = _published()
    query = " ".join(query.split())
    if tag:
        articles = articles.filter(tags__slug=tag)
    if query:
        articles = _search(articles, query)
    return articles


def article_get_published(*, slug: str) -> Article:
    """The published article with this slug; Http404 when there is none."""
    return get_object_or_404(_published(), slug=slug)


def article_get_for_reader(*, slug: str, user) -> Article:
    """Staff may read drafts (to check them before publishing); everyone else sees published."""
    if getattr(user, "is_staff", False):
        return get_object_or_404(Article.objects.prefetch_related("tags"), slug=slug)
    return article_get_published(slug=slug)


def article_list_latest(*, limit: int = 6) -> QuerySet[Article]:
    return _published().order_by("-published_at")[:limit]


def tag_list_in_use() -> QuerySet[Tag]:
    """Tags on at least one published article, for the filter on the article list."""
    return Tag.objects.filter(articles__status=Article.Status.PUBLISHED).distinct().order_by("name")


def product_list_featured(*, limit: int = 4) -> QuerySet[Product]:
    """Newest active products that can be bought now (some variant in stock)."""
    in_stock = Variant.objects.filter(product=OuterRef("pk"), stock__gt=0)
    return (
        Product.objects.filter(is_active=True)
        .filter(Exists(in_stock))
        .select_related("category")
        .order_by("-created_at", "-pk")[:limit]
    )
