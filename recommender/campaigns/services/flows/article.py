"""Article follow-up: readers who did not buy get the article's products a few days later."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Exists, OuterRef
from django.utils import timezone

from content.models import Article
from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.services.flows.common import (
    Kind,
    email_cards,
    flow_draft,
    flow_enabled_get,
)
from recommender.followups.selectors import subscriber_list_emailable
from recommender.followups.services import outbox_enqueue_many
from recommender.models import Event


def _article_context(article: Article) -> dict:
    from recommender.selectors import article_recommendations_get

    recommendation = article_recommendations_get(
        article=article, limit=int(campaign_settings.PRODUCTS_PER_EMAIL)
    )
    return {
        "headline": article.title,
        "products": email_cards(recommendation.get("products") or []),
        "causes": [cause["name"] for cause in recommendation.get("causes") or []],
        "article_path": article.get_absolute_url(),
        "article_title": f"Read \u201c{article.title}\u201d again",
    }


def article_followups_plan(*, now: datetime | None = None) -> int:
    """Readers who read an article or looked at its products (any event naming the article,
    ``view_article`` included) and bought nothing since: one email each.

    A reader qualifies once the flow's delay has passed since the view; views older than
    LOOKBACK_DAYS are not followed up. Returns how many drafts were handed to the outbox.
    """
    flow = flow_enabled_get(Kind.ARTICLE_FOLLOWUP)
    if flow is None:
        return 0
    now = now or timezone.now()
    lookback = timedelta(days=float(campaign_settings.LOOKBACK_DAYS))
    emailable = subscriber_list_emailable(marketing=True).exclude(anonymous_id="")
    bought_since = Event.objects.filter(
        kind=Event.Kind.PURCHASE,
        anonymous_id=OuterRef("anonymous_id"),
        created_at__gte=OuterRef("created_at"),
    )
    views = (
        Event.objects.filter(
            article__status=Article.Status.PUBLISHED,
            created_at__gte=now - lookback,
            created_at__lte=now - flow.delay,
            anonymous_id__in=emailable.values("anonymous_id"),
        )
        .exclude(anonymous_id="")
        .alias(bought=Exists(bought_since))
        .filter(bought=False)
        .order_by()
        .values_list("anonymous_id", "article_id")
        .distinct()
    )
    pairs = list(views)
    if not pairs:
        return 0
    readers = {
        row["anonymous_id"]: row
        for row in emailable.filter(anonymous_id__in={anon for anon, _ in pairs}).values(
            "pk", "email", "first_name", "anonymous_id"
        )
    }
    articles = Article.objects.in_bulk({article_id for _, article_id in pairs})
    contexts: dict[int, dict] = {}
    drafts = []
    for anonymous_id, article_id in pairs:
        reader, article = readers.get(anonymous_id), articles.get(article_id)
        if reader is None or article is None:
            continue
        if article_id not in contexts:
            contexts[article_id] = _article_context(article)
        if not contexts[article_id]["products"]:
            continue
        drafts.append(
            flow_draft(
                flow,
                subscriber_id=reader["pk"],
                email=reader["email"],
                key=str(article_id),
                context=contexts[article_id],
                title=article.title,
                first_name=reader["first_name"],
            )
        )
    return outbox_enqueue_many(drafts=drafts) if drafts else 0
