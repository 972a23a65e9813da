"""Pain calls for an everyday cushioned trainer, not a racer or a minimal shoe.

A runner in pain needs a shoe that absorbs the load: medium or max cushioning, a drop of at
least 4 mm and a trainer's weight. Carbon-plated racers (light for their stack), racing
flats and zero-drop or minimal shoes qualified for the shipped footwear, hard-surface and
high-arch rules at the same weight as everyday trainers. The catalog marks them by their
attributes: ``weight_g`` under 230, ``drop_mm`` under 4, ``cushioning`` light or none.

- Worn or ill-suited shoes: the neutral cushioned rule (1.25) now asks for an everyday
  trainer; a new rule gives everyday trainers of any support the ordinary 1.2; the ordinary
  rule, which also takes racers, flats and shoes without measurements, drops to 1.1.
- Hard surfaces: a new rule gives everyday max-cushion trainers the shipped 1.2; the shipped
  max-cushion rule drops to 1.1.
- High arches: a new everyday neutral rule at the shipped 1.0; the shipped one drops to 0.9.
- Flat feet: a new rule puts stability (posted) arch insoles a step ahead (1.1) of other
  arch insoles (1.0), still below stability shoes (1.2).

Racers, flats and shoes without measurements are still offered, a step later. A shipped
rule is narrowed or lowered only while staff have left it as shipped (conditions, weight
and evidence condition); each new rule is added once.
"""

from django.db import migrations

SHOES = ["running-shoes", "trail-shoes"]
EVERYDAY = "drop_mm >= 4\nweight_g >= 230"

HIGH_ARCH_WORDS = (
    "high arch, supinat, underpronat, under pronat, roll outward, outside of the foot, "
    "outer edge, rigid arch, cavus"
)
FLAT_OR_UNSAID = (
    "flat feet, flat foot, fallen arch, collapsed arch, arch collaps, low arch, overpronat, "
    f"over pronat, excessive pronat, roll inward or not ({HIGH_ARCH_WORDS})"
)

# (cause, reason, (shipped conditions, weight, evidence condition), (new conditions, weight))
SHIPPED_CHANGES = [
    (
        "improper_footwear",
        "A fresh running shoe with working cushioning takes over the load a worn or "
        "ill-suited pair no longer absorbs.",
        ("cushioning in (light, medium, max)", 1.2, ""),
        ("cushioning in (light, medium, max)", 1.1),
    ),
    (
        "improper_footwear",
        "A neutral shoe with medium or full cushioning is the safe everyday replacement for a "
        "worn or ill-suited pair: it absorbs the load the old one no longer does.",
        ("support = neutral\ncushioning in (medium, max)", 1.25, ""),
        (f"support = neutral\ncushioning in (medium, max)\n{EVERYDAY}", 1.25),
    ),
    (
        "hard_surfaces",
        "A max-cushion shoe softens each landing on concrete and asphalt before the shock "
        "reaches knees and back.",
        ("cushioning = max", 1.2, ""),
        ("cushioning = max", 1.1),
    ),
    (
        "foot_mechanics",
        "A high, rigid arch absorbs little shock by itself: a neutral shoe with generous "
        "cushioning takes the landing instead, without a stability post tipping the foot "
        "further outward.",
        ("support = neutral\ncushioning in (medium, max)", 1.0, HIGH_ARCH_WORDS),
        ("support = neutral\ncushioning in (medium, max)", 0.9),
    ),
]

NEW_RULES = [
    {
        "cause": "improper_footwear",
        "categories": SHOES,
        "conditions": f"cushioning in (medium, max)\n{EVERYDAY}",
        "evidence_condition": "",
        "weight": 1.2,
        "reason": (
            "An everyday trainer with medium or full cushioning, not a racer or a minimal "
            "shoe, takes over the load a worn or ill-suited pair no longer absorbs."
        ),
    },
    {
        "cause": "hard_surfaces",
        "categories": SHOES,
        "conditions": f"cushioning = max\n{EVERYDAY}",
        "evidence_condition": "",
        "weight": 1.2,
        "reason": (
            "A max-cushion everyday trainer softens each landing on concrete and asphalt "
            "before the shock reaches knees and back."
        ),
    },
    {
        "cause": "foot_mechanics",
        "categories": SHOES,
        "conditions": f"support = neutral\ncushioning in (medium, max)\n{EVERYDAY}",
        "evidence_condition": HIGH_ARCH_WORDS,
        "weight": 1.0,
        "reason": (
            "A high, rigid arch absorbs little shock by itself: a neutral everyday trainer "
            "with generous cushioning takes the landing instead, without a stability post "
            "tipping the foot further outward."
        ),
    },
    {
        "cause": "foot_mechanics",
        "categories": ["insoles"],
        "conditions": "arch_support = true\nsupport = stability",
        "evidence_condition": FLAT_OR_UNSAID,
        "weight": 1.1,
        "reason": (
            "A firm stability insole holds up a flat or collapsing arch and limits the inward "
            "roll that strains the heel, arch and shin."
        ),
    },
]

TOUCHED = {change[0] for change in SHIPPED_CHANGES} | {spec["cause"] for spec in NEW_RULES}


def _mark_stale(apps, causes):
    """Stored recommendations of articles raising these causes are recomputed by the sweep."""
    ArticleCause = apps.get_model("recommender", "ArticleCause")
    ArticleRecommendation = apps.get_model("recommender", "ArticleRecommendation")
    article_ids = ArticleCause.objects.filter(cause__in=causes).values("article_id")
    ArticleRecommendation.objects.filter(article_id__in=article_ids).update(stale=True)


def _shipped_rules_change(Rule, *, forwards: bool):
    """Move each shipped rule that staff left as it was to its new conditions and weight
    (or back), matching on the whole old state so an edited rule is never touched."""
    for slug, reason, (conditions, weight, evidence), (
        new_conditions,
        new_weight,
    ) in SHIPPED_CHANGES:
        old, new = (conditions, weight), (new_conditions, new_weight)
        if not forwards:
            old, new = new, old
        Rule.objects.filter(
            cause__slug=slug,
            reason=reason,
            conditions=old[0],
            weight=old[1],
            evidence_condition=evidence,
        ).update(conditions=new[0], weight=new[1])


def apply(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Category = apps.get_model("shop", "Category")
    Rule = apps.get_model("recommender", "CauseProductRule")
    causes = {cause.slug: cause for cause in Cause.objects.filter(slug__in=TOUCHED)}
    _shipped_rules_change(Rule, forwards=True)
    for spec in NEW_RULES:
        cause = causes.get(spec["cause"])
        if cause is None or Rule.objects.filter(cause=cause, reason=spec["reason"]).exists():
            continue
        position = max(Rule.objects.filter(cause=cause).values_list("position", flat=True) or [0])
        rule = Rule.objects.create(
            cause=cause,
            conditions=spec["conditions"],
            evidence_condition=spec["evidence_condition"],
            weight=spec["weight"],
            reason=spec["reason"],
            position=position + 1,
        )
        rule.categories.set(list(Category.objects.filter(slug__in=spec["categories"])))
    _mark_stale(apps, list(causes.values()))


def revert(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Rule = apps.get_model("recommender", "CauseProductRule")
    Rule.objects.filter(reason__in=[spec["reason"] for spec in NEW_RULES]).delete()
    _shipped_rules_change(Rule, forwards=False)
    _mark_stale(apps, list(Cause.objects.filter(slug__in=TOUCHED)))


class Migration(migrations.Migration):
    dependencies = [("recommender", "0009_strained_muscles_wicking_compression")]
    operations = [migrations.RunPython(apply, revert)]
