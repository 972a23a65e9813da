"""Strained muscles: compression socks worn on the run should wick.

Graduated compression for overworked calves is worn while running, where a sock that holds
sweat rubs and chills like any cotton sock. The shipped rule takes every sock of 15 mmHg or
more at one weight; a wicking one now ranks a step ahead, while recovery-only socks (worn on
rest days, where wicking matters little) stay on offer. The shipped rule is lowered only
when staff have left it as it was shipped.
"""

from django.db import migrations

CAUSE = "strained_muscles"
SHIPPED = {
    "conditions": "compression_mmhg >= 15",
    "weight": 1.0,
    "reason": (
        "Graduated compression supports overworked calf muscles and helps them recover "
        "between runs."
    ),
}
SHIPPED_LOWERED_WEIGHT = 0.9
RULE = {
    "categories": ["compression-socks"],
    "conditions": "compression_mmhg >= 15\nmoisture_wicking = true",
    "weight": 1.0,
    "reason": (
        "A wicking graduated-compression sock supports overworked calf muscles on the run "
        "itself and keeps the foot dry while it does."
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
    cause = Cause.objects.filter(slug=CAUSE).first()
    if cause is None:
        return
    Rule.objects.filter(cause=cause, evidence_condition="", **SHIPPED).update(
        weight=SHIPPED_LOWERED_WEIGHT
    )
    if not Rule.objects.filter(cause=cause, reason=RULE["reason"]).exists():
        position = max(Rule.objects.filter(cause=cause).values_list("position", flat=True) or [0])
        rule = Rule.objects.create(
            cause=cause,
            conditions=RULE["conditions"],
            weight=RULE["weight"],
            reason=RULE["reason"],
            position=position + 1,
        )
        rule.categories.set(list(Category.objects.filter(slug__in=RULE["categories"])))
    _mark_stale(apps, cause)


def remove_rule(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Rule = apps.get_model("recommender", "CauseProductRule")
    Rule.objects.filter(reason=RULE["reason"]).delete()
    lowered = {**SHIPPED, "weight": SHIPPED_LOWERED_WEIGHT}
    Rule.objects.filter(evidence_condition="", **lowered).update(weight=SHIPPED["weight"])
    cause = Cause.objects.filter(slug=CAUSE).first()
    if cause is not None:
        _mark_stale(apps, cause)


class Migration(migrations.Migration):
    dependencies = [("recommender", "0008_footwear_cushioned_neutral_rule")]
    operations = [migrations.RunPython(add_rule, remove_rule)]
