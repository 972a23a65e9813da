"""The eleven causes of DESIGN.md and the red flag, as staff first see them in the admin."""

from django.db import migrations

DEFAULT_CAUSES = [
    {
        "slug": "improper_footwear",
        "name": "Improper footwear",
        "description": (
            "Shoes that are wrong for running or for this runner: worn out, a poor fit, "
            "no cushioning or support left, or not matched to the foot and gait."
        ),
        "advice": (
            "Replace running shoes every 500 to 800 km, or sooner when the midsole feels flat. "
            "Get fitted late in the day when feet are at their largest, with a thumb's width "
            "in front of the longest toe. Choose cushioning and support that suit your gait "
            "and the distances you run."
        ),
        "products_help": True,
    },
    {
        "slug": "improper_socks",
        "name": "Improper socks",
        "description": (
            "Cotton or other socks that hold moisture, socks that bunch or slip, and thick "
            "toe seams: friction and damp skin lead to hot spots and blisters."
        ),
        "advice": (
            "Run in socks made of moisture-wicking synthetic fibres or merino rather than cotton. "
            "Pick a snug fit with a flat or seamless toe so nothing rubs or bunches. "
            "On long runs, carry a dry spare pair or choose a double-layer sock for blister-prone "
            "feet."
        ),
        "products_help": True,
    },
    {
        "slug": "poor_posture",
        "name": "Poor posture",
        "description": (
            "Hunched or slouched shoulders, an exaggerated arch in the lower back, or long "
            "hours of sitting that carry over into the way the body is held on a run."
        ),
        "advice": (
            "Run tall: head over shoulders, shoulders relaxed and down, hips under the torso. "
            "Break up long spells of sitting with a short walk every hour. "
            "Exercises for the upper back and hip flexors make good posture easier to hold "
            "when you tire."
        ),
        "products_help": False,
    },
    {
        "slug": "improper_running_form",
        "name": "Improper running form",
        "description": (
            "Stride faults: overstriding, landing hard on the heel, leaning forward from the "
            "waist, crossing the arms over the body, or a low cadence."
        ),
        "advice": (
            "Aim to land with the foot under your hips instead of far in front of you. "
            "Raising your cadence by five to ten percent shortens the stride without extra "
            "effort. Film yourself from the side once in a while to see what changes."
        ),
        "products_help": False,
    },
    {
        "slug": "strained_muscles",
        "name": "Strained muscles",
        "description": (
            "Overworked muscles with small tears, spasms or lasting soreness from the "
            "repeated stress of running."
        ),
        "advice": (
            "Ease off for a few days and swap hard sessions for walking or easy cycling. "
            "Gentle movement, heat after the first day and sleep help the muscle repair. "
            "Return with short, easy runs and build back up only when the soreness is gone."
        ),
        "products_help": True,
    },
    {
        "slug": "overtraining",
        "name": "Overtraining",
        "description": (
            "Too little rest and recovery: no easy days, long distances run back to back, "
            "fatigue that builds from week to week."
        ),
        "advice": (
            "Plan at least one full rest day a week and keep most runs at an easy, "
            "conversational pace. Every third or fourth week, cut your mileage by about a "
            "quarter. Heavy legs, poor sleep and a rising resting pulse are signs to back off."
        ),
        "products_help": True,
    },
    {
        "slug": "too_much_too_soon",
        "name": "Too much, too soon",
        "description": (
            "Sudden jumps in distance, speed or intensity, or starting out without building "
            "up gradually."
        ),
        "advice": (
            "Add no more than about ten percent to your weekly distance at a time. "
            "Change one thing at once: distance, speed or hills, never all three. "
            "If you are new to running, alternate running and walking until thirty minutes "
            "of easy running feels comfortable."
        ),
        "products_help": False,
    },
    {
        "slug": "muscle_imbalance",
        "name": "Muscle imbalance",
        "description": (
            "Weak or unbalanced muscles in the core, glutes, hips or back, often from running "
            "without any strength work."
        ),
        "advice": (
            "Add two short strength sessions a week: planks, bridges, side-lying leg raises and "
            "single-leg squats. Work each side on its own so the weaker one catches up. "
            "Fifteen minutes done regularly beats an hour done once."
        ),
        "products_help": False,
    },
    {
        "slug": "lack_of_flexibility",
        "name": "Lack of flexibility",
        "description": (
            "Tight hamstrings, hip flexors or calves, stiffness, and skipping the warm-up, "
            "stretching or mobility work."
        ),
        "advice": (
            "Warm up with five minutes of brisk walking and leg swings before you run. "
            "Afterwards, stretch your calves, hamstrings, hip flexors and glutes while the "
            "muscles are warm. A weekly yoga or mobility session helps keep stiffness away."
        ),
        "products_help": False,
    },
    {
        "slug": "hard_surfaces",
        "name": "Hard surfaces",
        "description": (
            "Concrete, asphalt, cambered roads and long downhill stretches that increase the "
            "load on joints and muscles."
        ),
        "advice": (
            "Move some of your weekly runs to grass, dirt trails or a track. "
            "On cambered roads, run out and back so each leg takes the slope in turn. "
            "Shorten your stride on descents and choose well-cushioned shoes for pavement."
        ),
        "products_help": True,
    },
    {
        "slug": "foot_mechanics",
        "name": "Foot mechanics",
        "description": (
            "The way the foot lands and rolls: overpronation, flat feet, high arches or "
            "supination."
        ),
        "advice": (
            "Have your gait looked at in a running shop or by a physiotherapist. "
            "Flat feet and overpronation often do well in stability shoes or arch-support "
            "insoles; high arches usually need more cushioning. Foot-strengthening exercises "
            "such as towel curls and calf raises help as well."
        ),
        "products_help": True,
    },
    {
        "slug": "red_flag",
        "name": "Red flag: see a medical professional",
        "description": (
            "Sharp or shooting pain, pain radiating down a leg or arm, numbness, tingling, "
            "weakness, pain that does not ease with rest, a suspected disc, nerve or fracture "
            "problem, fever, or bladder or bowel changes."
        ),
        "advice": (
            "Stop running and see a doctor or physiotherapist before you train again. "
            "Symptoms like these can point to a nerve, disc or bone problem that needs a proper "
            "diagnosis, and running through them can make it worse. If you notice bladder or "
            "bowel changes or sudden weakness in a leg, get medical help straight away."
        ),
        "products_help": False,
        "is_red_flag": True,
    },
]


def add_default_causes(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    for position, values in enumerate(DEFAULT_CAUSES, start=1):
        defaults = {**values, "position": position * 10}
        slug = defaults.pop("slug")
        Cause.objects.get_or_create(slug=slug, defaults=defaults)


def remove_default_causes(apps, schema_editor):
    Cause = apps.get_model("recommender", "Cause")
    Cause.objects.filter(slug__in=[values["slug"] for values in DEFAULT_CAUSES]).delete()


class Migration(migrations.Migration):
    dependencies = [("recommender", "0001_initial")]

    operations = [migrations.RunPython(add_default_causes, remove_default_causes)]
