"""Worn or ill-suited shoes: a neutral shoe with real cushioning is the safe replacement.

The shipped footwear rule takes any cushioned shoe (light, medium or max) at one weight, so a
thin racing flat or a stability shoe ranked level with an everyday cushioned trainer. A shop
assistant replacing worn or unsuitable shoes, with nothing said about the foot rolling in,
offers a neutral shoe with medium or max cushioning first. Stability shoes keep the
ordinary footwear rule and still lead where foot mechanics are raised. Rules staff wrote or
edited are left as they are; only a new rule is added.
"""

from django.db import migrations

SHOES = ["running-shoes", "trail-shoes"]

RULE = {
    "cause": "improper_footwear",
    "categories": SHOES,
    "conditions": "support = neutral\ncushioning in (medium, max)",
    "weight": 1.25,  # a step above the ordinary footwear rule (1.2), not a leap
    "reason": (
        "A neutral shoe with medium or full cushioning is the safe everyday replacement for a "
        "worn or ill-suited pair: it absorbs the load the old one no longer does."
    ),
}


def _mark_stale(apps, cause):
    """Stored recommendations of articles raising the cause are recomputed by the sweep."""
    ArticleCause = apps.get_model("recommender", "ArticleCause")
    ArticleRecommendation = apps.get_model("recommender", "ArticleRecommendation")
    article_ids = ArticleCause.objects.filter(cause=cause).values("article_id")
    ArticleRecommendation.objects.filter(article_id__in=article_ids).update(stale=True)


def add_rule(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Category = apps.get_model("shop", "Category")
    Rule = apps.get_model("recommender", "CauseProductRule")
    cause = Cause.objects.filter(slug=RULE["cause"]).first()
    if cause is None or Rule.objects.filter(cause=cause, reason=RULE["reason"]).exists():
        return
    position = max(Rule.objects.filter(cause=cause).values_list("position", flat=True) or [0])
    rule = Rule.objects.create(
        cause=cause,
        conditions=RULE["conditions"],
        weight=RULE["weight"],
        reason=RULE["reason"],
        position=position + 1,
    )
    categories = Category.objects.filter(slug__in=RULE["categories"])
    rule.categories.set(list(categories))
    _mark_stale(apps, cause)


def remove_rule(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Rule = apps.get_model("recommender", "CauseProductRule")
    Rule.objects.filter(reason=RULE["reason"]).delete()
    cause = Cause.objects.filter(slug=RULE["cause"]).first()
    if cause is not None:
        _mark_stale(apps, cause)


class Migration(migrations.Migration):
    dependencies = [("recommender", "0007_event_view_article")]
    operations = [migrations.RunPython(add_rule, remove_rule)]
