"""Reads for causes and the causes found in articles."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from content.models import Article
from recommender.detection.base import CauseSpec
from recommender.models import ArticleCause, Cause


def cause_specs_active() -> list[CauseSpec]:
    """What the detector needs from the active Cause rows: staff phrases and patterns."""
    return [
        CauseSpec(
            slug=cause.slug,
            phrases=tuple(cause.phrase_list),
            patterns=tuple(cause.pattern_list),
            is_red_flag=cause.is_red_flag,
        )
        for cause in Cause.objects.filter(active=True).only(
            "slug", "phrases", "patterns", "is_red_flag"
        )
    ]


def cause_list_with_confirmed_counts(*, queryset: QuerySet[Cause] | None = None) -> QuerySet[Cause]:
    """Causes with the number of articles in which staff confirmed them."""
    queryset = Cause.objects.all() if queryset is None else queryset
    confirmed = Q(article_causes__status=ArticleCause.Status.CONFIRMED)
    return queryset.annotate(confirmed_articles=Count("article_causes", filter=confirmed))


def article_list_with_review_counts(*, queryset: QuerySet[Article]) -> QuerySet[Article]:
    """Articles with how many causes await review, how many are confirmed, and any red flag."""
    status = ArticleCause.Status
    red_flag = ArticleCause.objects.filter(article=OuterRef("pk"), cause__is_red_flag=True).exclude(
        status=status.REJECTED
    )
    return queryset.annotate(
        suggested_causes=Count("article_causes", filter=Q(article_causes__status=status.SUGGESTED)),
        confirmed_causes=Count("article_causes", filter=Q(article_causes__status=status.CONFIRMED)),
        has_red_flag=Exists(red_flag),
    )


def article_cause_list(*, article: Article) -> QuerySet[ArticleCause]:
    return ArticleCause.objects.filter(article=article).select_related("cause")
