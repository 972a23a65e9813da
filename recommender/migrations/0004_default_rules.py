"""The cause-to-product rules a fresh shop starts with, one or more per cause products help.

Causes where products do not help (posture, form, strength, flexibility, building up too
fast) get no rule: shoppers see advice and articles for them unless staff add rules.
"""

from django.db import migrations

SOCKS = ["running-socks", "trail-socks"]
SHOES = ["running-shoes", "trail-shoes"]

DEFAULT_RULES = [
    {
        "cause": "improper_socks",
        "categories": SOCKS,
        "conditions": "moisture_wicking = true",
        "weight": 1.0,
        "reason": (
            "Moisture-wicking yarn moves sweat away from the skin, and dry skin rubs far less "
            "than damp skin, so blisters have less chance to form."
        ),
    },
    {
        "cause": "improper_socks",
        "categories": SOCKS,
        "conditions": "moisture_wicking = true\nseamless_toe = true",
        "weight": 1.1,
        "reason": (
            "A flat or seamless toe removes the ridge that rubs the top of the toes raw, and "
            "the wicking yarn keeps the skin dry."
        ),
    },
    {
        "cause": "improper_socks",
        "categories": SOCKS,
        "conditions": "blister_protection = true",
        "weight": 1.3,
        "reason": (
            "Padded anti-blister zones and a snug, double-layer fit take the friction at "
            "heel and toes that turns into hot spots."
        ),
    },
    {
        "cause": "improper_footwear",
        "categories": SHOES,
        "conditions": "cushioning in (light, medium, max)",
        "weight": 1.2,
        "reason": (
            "A fresh running shoe with working cushioning takes over the load a worn or "
            "ill-suited pair no longer absorbs."
        ),
    },
    {
        "cause": "improper_footwear",
        "categories": SOCKS,
        "conditions": "cushioning in (medium, max)",
        "weight": 0.6,
        "reason": (
            "Cushioned socks add padding under the heel and forefoot, a cheap first step while "
            "you choose new shoes."
        ),
    },
    {
        "cause": "foot_mechanics",
        "categories": SHOES,
        "conditions": "support = stability",
        "weight": 1.2,
        "reason": (
            "Stability shoes guide a foot that rolls inward, so the arch and shin are not "
            "left to control every landing."
        ),
    },
    {
        "cause": "foot_mechanics",
        "categories": ["insoles"],
        "conditions": "arch_support = true",
        "weight": 1.0,
        "reason": (
            "A supportive insole holds up a flat or high arch inside the shoe you already run in."
        ),
    },
    {
        "cause": "foot_mechanics",
        "categories": [*SOCKS, "compression-socks"],
        "conditions": "arch_support = true",
        "weight": 0.6,
        "reason": (
            "An arch band hugs the midfoot and keeps the sock from sliding as the foot rolls."
        ),
    },
    {
        "cause": "strained_muscles",
        "categories": ["compression-socks"],
        "conditions": "compression_mmhg >= 15",
        "weight": 1.0,
        "reason": (
            "Graduated compression supports overworked calf muscles and helps them recover "
            "between runs."
        ),
    },
    {
        "cause": "overtraining",
        "categories": ["compression-socks"],
        "conditions": "compression_mmhg >= 15",
        "weight": 0.8,
        "reason": (
            "Recovery compression on rest days eases heavy, tired legs; the rest itself does "
            "the healing."
        ),
    },
    {
        "cause": "hard_surfaces",
        "categories": SHOES,
        "conditions": "cushioning = max",
        "weight": 1.2,
        "reason": (
            "A max-cushion shoe softens each landing on concrete and asphalt before the shock "
            "reaches knees and back."
        ),
    },
    {
        "cause": "hard_surfaces",
        "categories": SOCKS,
        "conditions": "cushioning in (medium, max)",
        "weight": 0.7,
        "reason": "Cushioned socks add a little extra padding for miles on hard pavements.",
    },
]


def add_default_rules(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Category = apps.get_model("shop", "Category")
    Rule = apps.get_model("recommender", "CauseProductRule")
    causes = {cause.slug: cause for cause in Cause.objects.all()}
    categories = {category.slug: category for category in Category.objects.all()}
    for position, spec in enumerate(DEFAULT_RULES):
        cause = causes.get(spec["cause"])
        if cause is None or Rule.objects.filter(cause=cause, reason=spec["reason"]).exists():
            continue
        rule = Rule.objects.create(
            cause=cause,
            conditions=spec["conditions"],
            weight=spec["weight"],
            reason=spec["reason"],
            position=position,
        )
        rule.categories.set([categories[slug] for slug in spec["categories"] if slug in categories])


def remove_default_rules(apps, schema_editor):
    Rule = apps.get_model("recommender", "CauseProductRule")
    Rule.objects.filter(reason__in=[spec["reason"] for spec in DEFAULT_RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("recommender", "0003_rules_merchandising_events")]
    operations = [migrations.RunPython(add_default_rules, remove_default_rules)]
