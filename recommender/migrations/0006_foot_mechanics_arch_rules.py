"""Foot mechanics: flat feet and high arches get different products.

Flat feet and overpronation do well in stability shoes and firm arch support; a high, rigid
arch that rolls outward (supination) needs cushioned neutral shoes and neutral insoles, and a
stability shoe is the wrong pick for it. The shipped stability-shoe and insole rules now apply
unless the evidence speaks only of high arches; two new rules answer high arches. Rules staff
have already given an evidence condition are left as they are.
"""

from django.db import migrations

SHOES = ["running-shoes", "trail-shoes"]

HIGH_ARCH_WORDS = (
    "high arch, supinat, underpronat, under pronat, roll outward, outside of the foot, "
    "outer edge, rigid arch, cavus"
)
# Flat feet (or nothing said about the arch's shape): the stability picks, as before.
FLAT_OR_UNSAID = (
    "flat feet, flat foot, fallen arch, collapsed arch, arch collaps, low arch, overpronat, "
    f"over pronat, excessive pronat, roll inward or not ({HIGH_ARCH_WORDS})"
)

STABILITY_SHOE_REASON = (
    "Stability shoes guide a foot that rolls inward, so the arch and shin are not "
    "left to control every landing."
)
ARCH_INSOLE_REASON = (
    "A supportive insole holds up a flat or high arch inside the shoe you already run in."
)

HIGH_ARCH_RULES = [
    {
        "categories": SHOES,
        "conditions": "support = neutral\ncushioning in (medium, max)",
        # Ordinary weight, below the stability rule's 1.2: where an article discusses both
        # arch shapes, the stability picks keep their place and these join them.
        "weight": 1.0,
        "reason": (
            "A high, rigid arch absorbs little shock by itself: a neutral shoe with generous "
            "cushioning takes the landing instead, without a stability post tipping the foot "
            "further outward."
        ),
    },
    {
        "categories": ["insoles"],
        "conditions": "arch_support = true\nsupport = neutral\ncushioning in (medium, max)",
        "weight": 1.0,
        "reason": (
            "A cushioned neutral insole fills the gap under a high arch and spreads each "
            "landing over the whole foot."
        ),
    },
]


def add_arch_rules(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Category = apps.get_model("shop", "Category")
    Rule = apps.get_model("recommender", "CauseProductRule")
    cause = Cause.objects.filter(slug="foot_mechanics").first()
    if cause is None:
        return
    Rule.objects.filter(
        cause=cause, reason__in=[STABILITY_SHOE_REASON, ARCH_INSOLE_REASON], evidence_condition=""
    ).update(evidence_condition=FLAT_OR_UNSAID)
    categories = {category.slug: category for category in Category.objects.all()}
    position = max(Rule.objects.filter(cause=cause).values_list("position", flat=True) or [0])
    for offset, spec in enumerate(HIGH_ARCH_RULES, start=1):
        if Rule.objects.filter(cause=cause, reason=spec["reason"]).exists():
            continue
        rule = Rule.objects.create(
            cause=cause,
            conditions=spec["conditions"],
            evidence_condition=HIGH_ARCH_WORDS,
            weight=spec["weight"],
            reason=spec["reason"],
            position=position + offset,
        )
        rule.categories.set([categories[slug] for slug in spec["categories"] if slug in categories])
    _mark_stale(apps, cause)


def _mark_stale(apps, cause):
    """Stored recommendations of articles about foot mechanics are recomputed by the sweep."""
    ArticleCause = apps.get_model("recommender", "ArticleCause")
    ArticleRecommendation = apps.get_model("recommender", "ArticleRecommendation")
    article_ids = ArticleCause.objects.filter(cause=cause).values("article_id")
    ArticleRecommendation.objects.filter(article_id__in=article_ids).update(stale=True)


def remove_arch_rules(apps, schema_editor):
    Rule = apps.get_model("recommender", "CauseProductRule")
    Rule.objects.filter(reason__in=[spec["reason"] for spec in HIGH_ARCH_RULES]).delete()
    Rule.objects.filter(
        reason__in=[STABILITY_SHOE_REASON, ARCH_INSOLE_REASON], evidence_condition=FLAT_OR_UNSAID
    ).update(evidence_condition="")
    Cause = apps.get_model("recommender", "Cause")
    cause = Cause.objects.filter(slug="foot_mechanics").first()
    if cause is not None:
        _mark_stale(apps, cause)


class Migration(migrations.Migration):
    dependencies = [("recommender", "0005_rule_evidence_condition")]
    operations = [migrations.RunPython(add_arch_rules, remove_arch_rules)]
