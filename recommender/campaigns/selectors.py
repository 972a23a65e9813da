"""Reads: who is in a segment, what each recipient cares about, and how emails performed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db import connection
from django.db.models import (
    CharField,
    Count,
    DecimalField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Concat
from django.utils import timezone

from recommender.campaigns.models import Attribution, Campaign, Flow, TrackedClick
from recommender.followups.models import OutboxMessage, Subscriber
from recommender.followups.selectors import subscriber_list_emailable
from recommender.models import ArticleCause, Cause, Event
from shop.models import Category

MAX_ENGAGED_DAYS = 3650


class SegmentError(ValueError):
    """A segment that names no known cause or category, or a bad number of days."""


@dataclass(frozen=True)
class Segment:
    kind: str
    value: str = ""

    @property
    def label(self) -> str:
        return "all" if self.kind == Campaign.Segment.ALL else f"{self.kind}:{self.value}"


def segment_parse(*, text: str) -> Segment:
    """``all``, ``cause:SLUG``, ``category:SLUG`` or ``engaged_recently:DAYS``, checked."""
    kind, _, value = (text or "").strip().partition(":")
    return segment_validate(kind=kind.strip(), value=value.strip())


def segment_validate(*, kind: str, value: str) -> Segment:
    if kind == Campaign.Segment.ALL:
        if value:
            raise SegmentError("The segment 'all' takes no value.")
        return Segment(kind=kind)
    if kind == Campaign.Segment.CAUSE:
        if not Cause.objects.filter(slug=value, active=True).exists():
            known = ", ".join(Cause.objects.filter(active=True).values_list("slug", flat=True))
            raise SegmentError(f"Unknown cause {value!r}; known causes: {known}.")
        return Segment(kind=kind, value=value)
    if kind == Campaign.Segment.CATEGORY:
        if not Category.objects.filter(slug=value).exists():
            known = ", ".join(Category.objects.values_list("slug", flat=True))
            raise SegmentError(f"Unknown category {value!r}; known categories: {known}.")
        return Segment(kind=kind, value=value)
    if kind == Campaign.Segment.ENGAGED_RECENTLY:
        if not value.isdigit() or not 1 <= int(value) <= MAX_ENGAGED_DAYS:
            raise SegmentError(
                f"Engaged recently needs a number of days from 1 to {MAX_ENGAGED_DAYS}."
            )
        return Segment(kind=kind, value=str(int(value)))
    raise SegmentError(
        f"Unknown segment {kind!r}: use all, cause:SLUG, category:SLUG or engaged_recently:DAYS."
    )


def _linked_to(events: QuerySet[Event]) -> Q:
    """Subscribers whose anonymous id or user account made any of these events."""
    anonymous_ids = events.exclude(anonymous_id="").values("anonymous_id")
    user_ids = events.filter(user__isnull=False).values("user_id")
    return (Q(anonymous_id__in=anonymous_ids) & ~Q(anonymous_id="")) | Q(user_id__in=user_ids)


def _has_interest(queryset: QuerySet[Subscriber], slug: str) -> QuerySet[Subscriber]:
    if connection.vendor == "postgresql":
        return queryset.filter(interests__contains=[slug])
    # SQLite has no JSON containment: match the quoted slug in the stored list.
    return queryset.alias(interests_text=Cast("interests", TextField())).filter(
        interests_text__contains=f'"{slug}"'
    )


def _article_views_of_cause(slug: str) -> QuerySet[Event]:
    articles = ArticleCause.objects.filter(cause__slug=slug).exclude(
        status=ArticleCause.Status.REJECTED
    )
    return Event.objects.filter(article_id__in=articles.values("article_id"))


def segment_recipients(*, segment: Segment, now=None) -> QuerySet[Subscriber]:
    """Subscribers in the segment who may get marketing email now: one query, no loops."""
    emailable = subscriber_list_emailable(marketing=True)
    if segment.kind == Campaign.Segment.ALL:
        return emailable
    if segment.kind == Campaign.Segment.CAUSE:
        by_interest = _has_interest(emailable, segment.value).values("pk")
        by_reading = emailable.filter(_linked_to(_article_views_of_cause(segment.value)))
        return emailable.filter(Q(pk__in=by_interest) | Q(pk__in=by_reading.values("pk")))
    if segment.kind == Campaign.Segment.CATEGORY:
        bought = Event.objects.filter(
            kind=Event.Kind.PURCHASE, product__category__slug=segment.value
        )
        return emailable.filter(_linked_to(bought))
    if segment.kind == Campaign.Segment.ENGAGED_RECENTLY:
        since = (now or timezone.now()) - timedelta(days=int(segment.value))
        return emailable.filter(_linked_to(Event.objects.filter(created_at__gte=since)))
    raise SegmentError(f"Unknown segment {segment.kind!r}.")


def campaign_segment(*, campaign: Campaign) -> Segment:
    return segment_validate(kind=campaign.segment_kind, value=campaign.segment_value)


def campaign_recipients(*, campaign: Campaign) -> QuerySet[Subscriber]:
    return segment_recipients(segment=campaign_segment(campaign=campaign))


def causes_from_reading(
    *, anonymous_ids: Iterable[str] | None = None, readers: QuerySet[Subscriber] | None = None
) -> dict[str, set[str]]:
    """Cause slugs of the articles each anonymous id looked at: one query.

    Give the ids, or a subscriber queryset (a whole segment) to read them in the database.
    """
    found: dict[str, set[str]] = defaultdict(set)
    if readers is not None:
        wanted = readers.exclude(anonymous_id="").values("anonymous_id")
    else:
        wanted = [value for value in set(anonymous_ids or ()) if value]
        if not wanted:
            return found
    rows = (
        ArticleCause.objects.exclude(status=ArticleCause.Status.REJECTED)
        .filter(article__events__anonymous_id__in=wanted)
        .values_list("article__events__anonymous_id", "cause__slug")
        .distinct()
    )
    for anonymous_id, slug in rows:
        found[anonymous_id].add(slug)
    return found


@dataclass
class EmailStats:
    sent: int = 0
    failed: int = 0
    queued: int = 0
    clicked: int = 0
    purchases: int = 0
    revenue: Decimal = Decimal("0")


def email_stats_by_source(*, sources: Iterable[str]) -> dict[str, EmailStats]:
    """Sent, failed, queued, clicked (messages with a click), attributed purchases and revenue.

    Three grouped queries whatever the number of sources or messages.
    """
    sources = list(dict.fromkeys(sources))
    stats = {source: EmailStats() for source in sources}
    if not sources:
        return stats
    states = OutboxMessage.State
    outbox = (
        OutboxMessage.objects.filter(source__in=sources)
        .order_by()
        .values("source")
        .annotate(
            sent=Count("id", filter=Q(state=states.SENT)),
            failed=Count("id", filter=Q(state=states.FAILED)),
            queued=Count("id", filter=Q(state__in=[states.QUEUED, states.SENDING])),
        )
    )
    for row in outbox:
        entry = stats[row["source"]]
        entry.sent, entry.failed, entry.queued = row["sent"], row["failed"], row["queued"]
    clicks = (
        TrackedClick.objects.filter(outbox_message__source__in=sources)
        .order_by()
        .values("outbox_message__source")
        .annotate(messages=Count("outbox_message_id", distinct=True))
    )
    for row in clicks:
        stats[row["outbox_message__source"]].clicked = row["messages"]
    bought = (
        Attribution.objects.filter(outbox_message__source__in=sources)
        .order_by()
        .values("outbox_message__source")
        .annotate(purchases=Count("id"), revenue=Sum("value"))
    )
    for row in bought:
        entry = stats[row["outbox_message__source"]]
        entry.purchases, entry.revenue = row["purchases"], row["revenue"] or Decimal("0")
    return stats


def _stats_annotations(source) -> dict:
    """Per-row stats as correlated subqueries on ``source`` (an expression naming the source)."""
    states = OutboxMessage.State

    def counted(queryset, column="pk", distinct=False):
        return Coalesce(
            Subquery(
                queryset.order_by()
                .values(group=Value(1))
                .annotate(n=Count(column, distinct=distinct))
                .values("n")[:1]
            ),
            0,
        )

    rows = OutboxMessage.objects.filter(source=source)
    attributions = Attribution.objects.filter(outbox_message__source=source)
    return {
        "sent_count": counted(rows.filter(state=states.SENT)),
        "failed_count": counted(rows.filter(state=states.FAILED)),
        "clicked_count": counted(
            TrackedClick.objects.filter(outbox_message__source=source), "outbox_message_id", True
        ),
        "purchase_count": counted(attributions),
        "revenue": Coalesce(
            Subquery(
                attributions.order_by()
                .values(group=Value(1))
                .annotate(total=Sum("value"))
                .values("total")[:1]
            ),
            Value(Decimal("0")),
            output_field=DecimalField(max_digits=14, decimal_places=2),
        ),
    }


def campaign_list_with_stats(*, queryset: QuerySet[Campaign] | None = None) -> QuerySet[Campaign]:
    """Campaigns with sent, failed, clicked, purchase and revenue figures (sortable columns)."""
    queryset = Campaign.objects.all() if queryset is None else queryset
    source = Concat(Value("campaign:"), Cast(OuterRef("pk"), CharField()))
    return queryset.annotate(**_stats_annotations(source))


def flow_list_with_stats(*, queryset: QuerySet[Flow] | None = None) -> QuerySet[Flow]:
    queryset = Flow.objects.all() if queryset is None else queryset
    source = Concat(Value("flow:"), OuterRef("kind"))
    return queryset.annotate(**_stats_annotations(source))
