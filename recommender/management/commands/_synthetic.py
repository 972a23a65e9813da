"""The made-up catalog, articles and events behind ``generate_data``. No database access here.

Articles are put together from sentences that each state one cause plainly, so the detector
finds the same causes the generator wrote down as ArticleCause rows.
"""

from __future__ import annotations

import random
from collections import defaultdict
from decimal import Decimal

CATEGORIES = (
    "running-socks",
    "compression-socks",
    "trail-socks",
    "running-shoes",
    "trail-shoes",
    "insoles",
)
CATEGORY_WEIGHTS = (30, 10, 12, 25, 13, 10)
BRANDS = (
    "Tidewalk",
    "Northpace",
    "Fellrunner",
    "Kestrel",
    "Ridgeline",
    "Milestone",
    "Cadenza",
    "Harbour",
    "Summitry",
    "Longstride",
    "Velo Foot",
    "Greywether",
)
MODEL_WORDS = (
    "Aero",
    "Tempo",
    "Drift",
    "Ember",
    "Glide",
    "Pulse",
    "Rally",
    "Sable",
    "Torrent",
    "Vista",
    "Zephyr",
    "Cinder",
    "Quarry",
    "Lumen",
    "Bramble",
    "Solace",
)
NOUNS = {
    "running-socks": "Running Sock",
    "compression-socks": "Compression Sock",
    "trail-socks": "Trail Sock",
    "running-shoes": "Road Shoe",
    "trail-shoes": "Trail Shoe",
    "insoles": "Insole",
}
SOCK_SIZES = ("S 35-38", "M 39-42", "L 43-46", "XL 47-49")
SHOE_SIZES = tuple(str(size) for size in range(37, 48))
SOCK_MATERIALS = ("merino wool", "nylon blend", "polyester blend", "bamboo blend", "cotton")

# Which categories answer which cause, for events that look like real shoppers' paths.
CAUSE_CATEGORIES = {
    "improper_socks": ("running-socks", "trail-socks"),
    "improper_footwear": ("running-shoes", "trail-shoes", "running-socks"),
    "foot_mechanics": ("running-shoes", "insoles", "running-socks"),
    "strained_muscles": ("compression-socks",),
    "overtraining": ("compression-socks",),
    "hard_surfaces": ("running-shoes", "running-socks"),
}

CAUSE_SENTENCES = {
    "improper_footwear": (
        "Running in worn-out shoes is one of the most common reasons for aching knees.",
        "Shoes that have lost their cushioning pass every impact straight up into your joints.",
        "Ill-fitting running shoes squeeze the toes and leave the heel slipping with each step.",
        "If your trainers are more than 800 km old, the midsole has probably gone flat.",
    ),
    "improper_socks": (
        "Cotton socks soak up sweat and keep it against the skin, which causes blisters.",
        "Socks with a thick toe seam rub on long runs and leave hot spots.",
        "Wearing the wrong socks lets damp fabric bunch and slide, and the friction blisters skin.",
        "Non-wicking socks trap moisture, and wet skin blisters far sooner than dry skin.",
    ),
    "poor_posture": (
        "Slouching at a desk all day tightens the hips and pulls on the lower back.",
        "Hunching the shoulders while you run tires the upper back.",
        "Long hours of sitting leave many runners with poor posture and a rounded back.",
    ),
    "improper_running_form": (
        "Overstriding, landing with the foot far ahead of the body, sends a jolt through the knee.",
        "Heavy heel striking with a straight leg is a common form fault behind shin pain.",
        "Leaning forward from the waist instead of the ankles loads the lower back.",
    ),
    "strained_muscles": (
        "A strained calf muscle often starts as a sore spot after speed work.",
        "Overworked hamstrings can develop small tears that ache for days.",
        "Repeated stress on the same muscles leaves them sore and prone to strain.",
    ),
    "overtraining": (
        "Running every day with no rest days gives the body no time to recover.",
        "Too little recovery between hard sessions lets fatigue build up week after week.",
        "Long distances without rest days are a classic path to overtraining.",
    ),
    "too_much_too_soon": (
        "Doubling your weekly distance in one go is a sudden increase your legs are not ready for.",
        "Adding speed and distance at the same time is doing too much too soon.",
        "Ramping up your mileage too quickly after a break is behind many early-season injuries.",
    ),
    "muscle_imbalance": (
        "Weak glutes let the hips drop with each stride and overload the knees.",
        "A weak core makes the lower back work harder to keep you upright.",
        "Skipping strength work leaves muscle imbalances between the left and right leg.",
    ),
    "lack_of_flexibility": (
        "Tight hip flexors from never stretching tilt the pelvis and pull on the back.",
        "Skipping the warm-up leaves stiff muscles that tear more easily.",
        "Stiff calves and tight hamstrings with no stretching routine limit your stride.",
    ),
    "hard_surfaces": (
        "Running on concrete pavements jars the shins and knees.",
        "Hard asphalt roads and steep downhill running pound the joints.",
        "A cambered road tilts one foot lower than the other with every step.",
    ),
    "foot_mechanics": (
        "Overpronation, the foot rolling too far inward, overloads the arch and the shin.",
        "Flat feet collapse under load and twist the knee inward.",
        "High arches absorb shock poorly and leave the heel and forefoot sore.",
    ),
}
RED_FLAG_SENTENCES = (
    "Shooting pain that runs down the back of one leg can mean an irritated nerve.",
    "Numbness or tingling in the foot is a sign to stop running and get it checked.",
    "Pain that does not improve with rest may be a stress fracture.",
)
FILLER = (
    "Most running pain has more than one cause, and small changes add up.",
    "Keep a short training log so patterns are easier to spot.",
    "A good run should leave you pleasantly tired, not limping.",
    "Listen to what your body tells you in the first minutes of a run.",
    "Many runners find that a few weeks of attention settle things down.",
    "Write down where it hurts and when, and the picture becomes clearer.",
)
HEADINGS = ("A likely suspect", "Another piece of the puzzle", "Worth checking", "One more thing")
TOPICS = (
    ("knee pain", "knees"),
    ("sore shins", "shins"),
    ("foot pain", "feet"),
    ("heel pain", "heels"),
    ("lower back pain", "back"),
    ("aching hips", "hips"),
    ("calf pain", "calves"),
    ("arch pain", "arches"),
)
TITLES = (
    "Why your {topic} flares up after long runs",
    "{Topic} from running: the usual suspects",
    "What is behind your {topic}, and what helps",
    "A runner's guide to {topic}",
    "Five questions to ask about {topic}",
)
AUTHORS = ("Mara Lindqvist", "Tom Okafor", "Ines Duarte", "Priya Raman", "Jonas Weber")
EVENT_KINDS = (("view_item", 60), ("select_item", 25), ("add_to_cart", 10), ("purchase", 5))


def _slugify(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())[:60]


def product_spec(rng: random.Random, number: int) -> dict:
    category = rng.choices(CATEGORIES, weights=CATEGORY_WEIGHTS)[0]
    brand = rng.choice(BRANDS)
    name = f"{brand} {rng.choice(MODEL_WORDS)} {rng.randint(1, 9)} {NOUNS[category]}"
    is_shoe = category.endswith("shoes")
    fields: dict = {
        "name": name,
        "brand": brand,
        "description": f"{NOUNS[category]} by {brand}, generated for load tests.",
        "is_active": rng.random() > 0.02,
    }
    if is_shoe:
        fields |= {
            "cushioning": rng.choice(("light", "medium", "medium", "max")),
            "support": rng.choice(("neutral", "neutral", "stability")),
            "surface": "trail" if category == "trail-shoes" else rng.choice(("road", "track")),
            "drop_mm": Decimal(rng.choice((0, 4, 6, 8, 10, 12))),
            "stack_mm": Decimal(rng.randrange(18, 42)),
            "weight_g": rng.randrange(180, 340, 5),
            "material": "engineered mesh",
            "price": Decimal(rng.randrange(7900, 19900, 100)) / 100,
        }
        sizes = SHOE_SIZES[rng.randrange(0, 3) :][: rng.randrange(5, 9)]
    elif category == "insoles":
        fields |= {
            "cushioning": rng.choice(("light", "medium", "max")),
            "support": rng.choice(("neutral", "stability")),
            "arch_support": rng.random() < 0.8,
            "material": rng.choice(("EVA foam", "cork", "gel")),
            "weight_g": rng.randrange(40, 120, 5),
            "price": Decimal(rng.randrange(1990, 5990, 100)) / 100,
        }
        sizes = SOCK_SIZES[:3]
    else:
        compression = category == "compression-socks"
        fields |= {
            "cushioning": rng.choice(("none", "light", "medium", "max")),
            "moisture_wicking": rng.random() < 0.75,
            "seamless_toe": rng.random() < 0.5,
            "blister_protection": rng.random() < 0.35,
            "arch_support": rng.random() < 0.25,
            "compression_mmhg": rng.choice((15, 20, 25)) if compression else None,
            "height": "knee"
            if compression
            else rng.choice(("no-show", "ankle", "quarter", "crew")),
            "surface": "trail" if category == "trail-socks" else rng.choice(("road", "mixed")),
            "material": rng.choice(SOCK_MATERIALS),
            "weight_g": rng.randrange(25, 90, 5),
            "price": Decimal(rng.randrange(990, 3490, 10)) / 100,
        }
        sizes = SOCK_SIZES
    # Most sizes in stock, a few sold out, and now and then a product sold out in every size.
    sold_out = rng.random() < 0.05
    variants = [
        (size, 0 if sold_out or rng.random() < 0.12 else rng.randint(1, 40)) for size in sizes
    ]
    return {
        "number": number,
        "category": category,
        "slug": _slugify(name),
        "fields": fields,
        "variants": variants,
    }


def article_spec(rng: random.Random, number: int) -> dict:
    topic, body_part = rng.choice(TOPICS)
    title = rng.choice(TITLES).format(topic=topic, Topic=topic[:1].upper() + topic[1:])
    slugs = rng.sample(sorted(CAUSE_SENTENCES), k=rng.randint(2, 4))
    paragraphs = [
        f"Runners ask us about {topic} more than almost anything else. {rng.choice(FILLER)}"
    ]
    causes = []
    for slug in slugs:
        sentences = rng.sample(CAUSE_SENTENCES[slug], k=rng.randint(1, 2))
        # Neutral headings: a heading naming the cause would be evidence on its own.
        heading = HEADINGS[len(causes) % len(HEADINGS)]
        paragraphs.append(f"## {heading}\n\n{' '.join(sentences)} {rng.choice(FILLER)}")
        causes.append((slug, round(rng.uniform(0.6, 0.95), 2), sentences))
    if rng.random() < 0.1:
        sentence = rng.choice(RED_FLAG_SENTENCES)
        paragraphs.append(f"## When to see a professional\n\n{sentence}")
        causes.append(("red_flag", 1.0, [sentence]))
    paragraphs.append(f"Look after your {body_part} and most problems settle in a few weeks.")
    return {
        "number": number,
        "title": title,
        "slug": _slugify(title),
        "summary": f"Common causes of {topic} in runners, and what to change first.",
        "body": "\n\n".join(paragraphs),
        "author": rng.choice(AUTHORS),
        "age_days": rng.randint(1, 730),
        "causes": causes,
    }


def product_ids_by_category(rows) -> dict[str, list[tuple[int, Decimal]]]:
    """(pk, category slug, price) rows -> {category: [(pk, price), ...]}."""
    grouped: dict[str, list[tuple[int, Decimal]]] = defaultdict(list)
    for pk, category, price in rows:
        grouped[category].append((pk, price))
    return dict(grouped)


def article_cause_slugs(rows) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = defaultdict(list)
    for article_id, slug in rows:
        grouped[article_id].append(slug)
    return dict(grouped)


def event_spec(rng: random.Random, number: int, articles, causes_of, by_category) -> dict:
    """One event: popular articles get more traffic, products fit one of the article's causes."""
    # A skewed pick: a few articles draw most readers, as on a real shop.
    article_id = articles[min(len(articles) - 1, int(rng.paretovariate(1.2)) - 1)]
    if rng.random() < 0.7:
        article_id = rng.choice(articles)
    helped = [slug for slug in causes_of.get(article_id, ()) if slug in CAUSE_CATEGORIES]
    cause = rng.choice(helped) if helped else ""
    options = [c for c in CAUSE_CATEGORIES.get(cause, CATEGORIES) if c in by_category]
    category = rng.choice(options or sorted(by_category))
    product_id, price = rng.choice(by_category[category])
    kind = rng.choices([k for k, _ in EVENT_KINDS], weights=[w for _, w in EVENT_KINDS])[0]
    return {
        "kind": kind,
        "shopper": rng.randrange(0, max(1, number // 3 + 1)),
        "article_id": article_id,
        "product_id": product_id,
        "cause": cause,
        "value": price,
        "age_minutes": rng.randint(0, 60 * 24 * 90),
    }
