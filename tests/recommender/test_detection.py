"""The default cause detector: what a shopper or an editor would expect it to find."""

import pytest

from recommender.detection import CauseSpec
from recommender.detection.base import CAUSE_SLUGS
from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


# Several wordings per cause: inflections, synonyms, both spellings, no keyword at all.
WORDINGS = {
    "improper_footwear": [
        "My trainers are completely worn out and my knees ache.",
        "I've been running in worn-out sneakers for two years.",
        "These kicks have no cushioning left, every step jars my back.",
        "The shoes I run in are half a size too small.",
        "My running shoes have over 1,000 km on them.",
        "The foam in my old pair feels totally dead.",
        "Wear shoes suited to your gait and replace them when the midsole is flat.",
        "The pair I train in is a full size too big and my foot slides around.",
    ],
    "improper_socks": [
        "I run in cotton socks and get blisters on my heels.",
        "My socks keep bunching up under the arch.",
        "Hot spots appear on my toes after 5 km.",
        "Choose moisture-wicking socks without a toe seam.",
        "the sock seams rub my little toe raw",
    ],
    "poor_posture": [
        "I slouch when I get tired near the end of a run.",
        "Hunching your shoulders strains the lower back.",
        "I sit at a desk for nine hours a day and my back hurts when I run.",
        "Bad posture is the most common reason for back pain in new runners.",
    ],
    "improper_running_form": [
        "I overstride and land hard on my heels.",
        "Heel striking sends a jolt up your legs.",
        "My arms swing across my body when I run.",
        "Raise your cadence and land under your hips.",
        "My form falls apart in the last few kilometres.",
        "Land with your foot under your center of mass.",
        "Keep your centre of gravity over your feet and avoid leaning back.",
    ],
    "strained_muscles": [
        "I pulled my calf on a hill sprint.",
        "My hamstring feels strained after yesterday's intervals.",
        "Repeated stress can cause small tears in the muscle fibres.",
        "My back muscles go into spasm after long runs.",
    ],
    "overtraining": [
        "I run every day without a rest day.",
        "I've had no days off for six weeks and I'm exhausted all the time.",
        "Schedule rest days so your body can recover.",
        "Chronic fatigue and an elevated resting heart rate point to overtraining.",
        "Give your body time to recover between hard sessions.",
        "My legs feel heavy and dead on every run and I can't seem to recover.",
    ],
    "too_much_too_soon": [
        "I went from 15 km to 50 km a week in a month.",
        "I did too many miles too fast after the winter break.",
        "Build up your mileage gradually.",
        "A sudden jump in distance is the classic cause of shin pain.",
        "Don't increase your weekly distance by more than 10 percent.",
        "Too many miles too fast is the classic recipe for shin splints.",
        "I ramped up to 60 km a week way too quickly.",
    ],
    "muscle_imbalance": [
        "My glutes are weak and my hips drop when I run.",
        "A weak core lets the lower back take the load.",
        "Add strength work for your glutes twice a week.",
        "Planks, bridges and clamshells build the muscles that stabilise the pelvis.",
    ],
    "lack_of_flexibility": [
        "My hamstrings are super tight.",
        "I never stretch before or after running.",
        "Stretch your hip flexors after every run.",
        "Limited hip mobility forces the back to move more.",
        "I skip the warm-up and go straight out the door.",
    ],
    "hard_surfaces": [
        "I do all my running on concrete pavements.",
        "Cambered roads tilt your pelvis on every stride.",
        "Long downhill stretches hammer the knees.",
        "Try softer surfaces such as grass or trails.",
    ],
    "foot_mechanics": [
        "My ankles roll inward when I land.",
        "I have flat feet and overpronate.",
        "Runners with high arches often supinate.",
        "My arches collapse on long runs.",
        "I supinate, my shoes wear out on the outside edge.",
    ],
}


@pytest.mark.parametrize(
    ("slug", "text"),
    [(slug, text) for slug, texts in WORDINGS.items() for text in texts],
)
def test_each_cause_is_found_in_many_wordings(detector, slug, text):
    result = detector.detect(text)
    assert slug in result.slugs, result.as_dict()
    cause = next(c for c in result.causes if c.slug == slug)
    assert 0 < cause.confidence <= 1
    assert cause.evidence and all(sentence in text for sentence in cause.evidence)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("I always wear proper running socks, never cotton.", "improper_socks"),
        ("It isn't your shoes: they are brand new and fitted at a store.", "improper_footwear"),
        ("Surfaces don't seem to matter much for me.", "hard_surfaces"),
        (
            "Contrary to popular belief, running on concrete isn't the culprit.",
            "hard_surfaces",
        ),
        ("I don't have flat feet and I don't overpronate.", "foot_mechanics"),
        ("I stretch every day after my runs.", "lack_of_flexibility"),
        ("I take two rest days every week.", "overtraining"),
        ("It's a myth that you need to stretch before every run.", "lack_of_flexibility"),
        ("My posture at work is great since I got a standing desk.", "poor_posture"),
        ("I wear merino running socks and have never had a blister.", "improper_socks"),
        ("My shoes are fine, I had them fitted last month.", "improper_footwear"),
        ("I do my strength work twice a week.", "muscle_imbalance"),
        ("No numbness, no tingling, just tired legs after the half.", "overtraining"),
    ],
)
def test_negated_or_dismissed_causes_are_not_detected(detector, text, slug):
    assert slug not in detector.detect(text).slugs


def test_a_negated_cue_does_not_hide_a_real_one_later(detector):
    text = "It isn't my shoes, they're new. The problem is my cotton socks, soaked after a mile."
    result = detector.detect(text)
    assert "improper_socks" in result.slugs
    assert "improper_footwear" not in result.slugs


def test_dismissal_and_real_cause_in_one_text(detector):
    text = (
        "Surfaces matter less than most runners think. The real culprit is usually a "
        "sudden increase in weekly mileage."
    )
    result = detector.detect(text)
    assert result.slugs == {"too_much_too_soon"}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Build up mileage gradually over several weeks.", "too_much_too_soon"),
        ("Wear shoes suited to your gait.", "improper_footwear"),
        ("Add strength work for your glutes.", "muscle_imbalance"),
        ("Schedule rest days into your week.", "overtraining"),
        ("Stretch your calves and hamstrings after each run.", "lack_of_flexibility"),
        ("Avoid cotton socks.", "improper_socks"),
        ("Swap the pavement for grass or trails now and then.", "hard_surfaces"),
    ],
)
def test_recommended_fixes_imply_their_cause(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    "text",
    [
        "I get a shooting pain down my left leg when I run.",
        "The pain radiates into my buttock and down the back of my thigh.",
        "My toes go numb after a few miles.",
        "There's a tingling in my foot that won't go away.",
        "I've noticed weakness in my right leg on the stairs.",
        "The pain does not improve with rest, even after two weeks off.",
        "I've had a fever and back pain since Sunday's race.",
        "The physio thinks it might be a slipped disc.",
        "Could this be a stress fracture?",
        "Since the fall I've had trouble controlling my bladder.",
        "I can't put any weight on my foot after the race.",
        "There's a burning, electric feeling down the back of my thigh.",
        "It's been three weeks of rest and the knee still hurts just as much.",
    ],
)
def test_red_flags_are_reported_with_their_sentence(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag
    assert all(sentence in text for sentence in result.red_flags[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "No numbness or tingling, just a dull ache in my calves.",
        "My back is sore but there's no shooting pain and no weakness in my legs.",
        "The soreness is mild and eases after a day of rest.",
        "I'm shooting for a sub-four marathon this spring, any shoe tips?",
        "My toes went numb... actually not numb, just cold.",
        "Marathon fever has hit the office!",
        "The pain isn't sharp, more of a dull throb.",
        "The numbers on my watch say I ran 40 km this week.",
    ],
)
def test_negated_or_ordinary_symptoms_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


def test_red_flag_and_causes_are_reported_together(detector):
    result = detector.detect("My shoes are worn out and now I have numbness in my foot.")
    assert result.has_red_flag
    assert "improper_footwear" in result.slugs


def test_text_without_any_cause_gives_an_empty_result(detector):
    text = "Our spring race pack includes a gel, a map of the course and a free T-shirt."
    result = detector.detect(text)
    assert result.causes == ()
    assert not result.has_red_flag


def test_causes_are_ordered_by_confidence_and_more_evidence_is_more_confident(detector):
    one = detector.detect("My hamstrings feel a little tight.")
    many = detector.detect(
        "My hamstrings are always tight. I never stretch. My hip flexors are stiff too."
    )
    flexibility = {
        r: next(c for c in r.causes if c.slug == "lack_of_flexibility") for r in (one, many)
    }
    assert flexibility[many].confidence > flexibility[one].confidence
    confidences = [c.confidence for c in many.causes]
    assert confidences == sorted(confidences, reverse=True)


def test_evidence_is_best_first_and_limited(detector):
    text = " ".join(["I run in cotton socks."] * 3 + ["Blisters again.", "My socks bunch up."])
    cause = next(c for c in detector.detect(text).causes if c.slug == "improper_socks")
    assert 1 <= len(cause.evidence) <= RuleDetector.max_evidence
    assert len(set(cause.evidence)) == len(cause.evidence)


def test_staff_phrases_and_patterns_are_extra_cues():
    text = "Plantar fasciitis flared up after my long run and the metatarsal pad slipped."
    assert "foot_mechanics" not in RuleDetector().detect(text).slugs
    staff = RuleDetector(
        causes=[
            CauseSpec(slug="foot_mechanics", phrases=("plantar fasciitis",)),
            CauseSpec(slug="improper_footwear", patterns=(r"metatarsal\s+pads?\s+slip",)),
        ]
    )
    result = staff.detect(text)
    assert {"foot_mechanics", "improper_footwear"} <= result.slugs


def test_staff_red_flag_phrases_raise_a_red_flag():
    staff = RuleDetector(
        causes=[CauseSpec(slug="red_flag", phrases=("chest pain",), is_red_flag=True)]
    )
    assert staff.detect("I had chest pain on the climb.").has_red_flag
    assert not staff.detect("No chest pain, just tired legs.").has_red_flag


def test_a_broken_staff_pattern_is_ignored_not_fatal():
    staff = RuleDetector(
        causes=[CauseSpec(slug="hard_surfaces", patterns=("([unclosed", r"(a+)+b"))]
    )
    assert "hard_surfaces" in staff.detect("I only run on concrete.").slugs


def test_detection_is_deterministic(detector):
    text = " ".join(t for texts in WORDINGS.values() for t in texts)
    first = detector.detect(text).as_dict()
    assert all(RuleDetector().detect(text).as_dict() == first for _ in range(3))


def test_only_known_slugs_without_staff_causes(detector):
    text = " ".join(t for texts in WORDINGS.values() for t in texts)
    assert detector.detect(text).slugs <= set(CAUSE_SLUGS)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "My racers have done about 700 miles and the midsole foam feels like cardboard.",
            "improper_footwear",
        ),
        ("The heel counter on my trainers has totally collapsed on one side.", "improper_footwear"),
        ("A narrow toe box squashes my little toes on long runs.", "improper_footwear"),
        ("I ran my 5ks in old basketball high-tops and my ankles ache.", "improper_footwear"),
        (
            "Get your gait looked at and pick a model that suits how your foot moves.",
            "improper_footwear",
        ),
        ("Tweaked my hamstring on the last rep and it twinges now.", "strained_muscles"),
        ("Felt a pull high in my groin during the sprint finish.", "strained_muscles"),
        ("There's a tight knot in my left calf since the race.", "strained_muscles"),
        ("Got a cramp in my hamstring at mile 20 and limped home.", "strained_muscles"),
        (
            "My foot lands way ahead of my body, heel first, and my knees ache.",
            "improper_running_form",
        ),
        (
            "Let your hands brush past the hips rather than punching across the body.",
            "improper_running_form",
        ),
        ("Doing doubles most days, I feel exhausted all the time.", "overtraining"),
        (
            "Came back after months off and went straight back to my old 50k weeks.",
            "too_much_too_soon",
        ),
        ("I drive for work, about six hours a day, and my back aches on runs.", "poor_posture"),
        ("These shoes gave me blisters on my heel after 5k.", "improper_footwear"),
        ("I ran a marathon without any training and now everything hurts.", "too_much_too_soon"),
        (
            "Hamstring tightness after long drives, and my stride feels short.",
            "lack_of_flexibility",
        ),
    ],
)
def test_everyday_running_language_without_the_usual_keywords(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "Switch sides of the road when it is safe, or choose flatter stretches.",
            "lack_of_flexibility",
        ),
        ("A damp cotton sock rubs and stretches out of shape.", "lack_of_flexibility"),
        ("The river path has a long flat stretch that I love.", "lack_of_flexibility"),
        ("Good posture in a portrait comes from the photographer.", "poor_posture"),
        ("There was a sharp increase in the price of race entries this year.", "too_much_too_soon"),
        (
            "Pain that travels down the leg needs a doctor, not a new pair of shoes.",
            "improper_footwear",
        ),
        (
            "Stretching before a run does not prevent injury, so skip it if you like.",
            "lack_of_flexibility",
        ),
        ("Minimalist zero-drop shoes suit some runners and not others.", "too_much_too_soon"),
    ],
)
def test_figurative_contrasting_and_unrelated_uses_are_not_causes(detector, text, slug):
    assert slug not in detector.detect(text).slugs


def test_a_dismissal_clears_the_topic_from_the_neighbouring_sentence(detector):
    text = (
        "Runners often ask whether they should cut their distance on tarmac. Whether you log "
        "those kilometres on roads or on park paths matters far less than how fast the total "
        "climbs."
    )
    assert "hard_surfaces" not in detector.detect(text).slugs
    # A new paragraph is out of its reach.
    separate = "All my runs are on concrete pavements and my shins ache.\n\nSurfaces don't matter."
    assert "hard_surfaces" in detector.detect(separate).slugs


def test_a_pronoun_dismissal_clears_the_previous_sentence(detector):
    text = (
        "Plenty of runners worry about their posture at work. It is not what causes most "
        "running back pain, though. Weak glutes are far more common culprits."
    )
    assert detector.detect(text).slugs == {"muscle_imbalance"}


@pytest.mark.parametrize(
    "text",
    [
        "After about 5k my left leg goes dead and I can barely lift my foot.",
        "Pins and needles in both feet halfway through my long run.",
        "I can't feel my toes for the last few miles of every run.",
        "The pain in my shin wakes me at night now.",
        "When I bend forward the pain shoots into my calf.",
        "My foot slaps down on every step since last week.",
        "The pain has got worse even though I have rested for ten days.",
        "Stop and get checked if the pain is worse at rest or comes with a temperature.",
    ],
)
def test_unusual_red_flag_phrasings_are_caught(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag
    assert result.red_flags[0].evidence == (text,)


def test_a_negator_far_back_in_the_clause_does_not_clear_a_later_cause(detector):
    text = (
        "Repeated hard sessions without enough easing off leave small tears in the working "
        "muscle fibres."
    )
    assert "strained_muscles" in detector.detect(text).slugs
    # A negated symptom list still clears every symptom in it.
    assert not detector.detect(
        "I have no numbness in my feet, no pins, no weakness and nothing shooting down my leg."
    ).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My runners are dead after 800 km and my knees ache.",
        "The pair I race in has packed out.",
        "I do my long runs in racing flats and my calves are wrecked.",
        "I've been running in my converse and my arches ache.",
        "My shoes are nearly three years old and my shins hurt.",
        "I've worn through the foam on my daily trainers.",
        "These trainers have no support at all and my feet ache.",
        "My toes hit the front of the shoe on every downhill step.",
        "My heel lifts out of my trainers with every stride.",
        "The shoes are a size small and my toes hurt.",
        "My sneakers are on their last legs.",
        "My laces are tied too tight and the top of my foot hurts.",
        "I never got fitted for my shoes, I just bought them online.",
        "Have your feet measured before you buy.",
        "A shoe that fits properly leaves a thumb's width at the front.",
    ],
)
def test_footwear_problems_in_a_runners_own_words(detector, text):
    result = detector.detect(text)
    cause = next((c for c in result.causes if c.slug == "improper_footwear"), None)
    assert cause is not None, result.as_dict()
    assert cause.evidence == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "My shoes are fine, plenty of cushioning left.",
        "My new runners group meets on Tuesdays.",
        "The new version has a wider toe box and a grippier outsole.",
        "My feet slide around inside my socks because they're too big.",
        "I got fitted at the shop last month and love the pair.",
    ],
)
def test_shoe_talk_without_a_fault_is_not_footwear(detector, text):
    assert "improper_footwear" not in detector.detect(text).slugs


@pytest.mark.parametrize(
    "text",
    [
        "Pins & needles in my toes on long runs.",
        "The pain wakes me up most nights.",
        "Rest doesn't help at all, it still hurts.",
        "I've got chills and my knee is swollen.",
        "The area around the blister is red, hot and swollen.",
        "The blister looks infected.",
        "It hurts on one spot of the shin bone when I press it.",
        "There's a burning pain down the back of my leg.",
        "My grip feels weak since the fall.",
        "The physio thinks it could be a disc.",
        "There's an electric zing down my leg when I bend.",
    ],
)
def test_more_red_flag_phrasings_are_caught(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag, result.as_dict()
    assert result.red_flags[0].evidence == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "The tingle of excitement before a race is the best part.",
        "My alarm wakes me at 5 for my run.",
        "No fever, no swelling, just a dull ache.",
        "The hot spot on my toe is red and sore.",
        "That finish gave me chills down my spine!",
        "Rest helps, the ache settles after a day.",
    ],
)
def test_near_miss_symptom_words_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My resting heart rate is up 10 beats this month.", "overtraining"),
        ("I race every weekend and my legs never feel fresh.", "overtraining"),
        ("I haven't had a day off in a month.", "overtraining"),
        ("I jumped to 50 miles a week after the spring.", "too_much_too_soon"),
        ("My shoulders round forward when I get tired.", "poor_posture"),
        ("I shuffle along with my feet barely leaving the ground.", "improper_running_form"),
        ("My calf went at mile 8 and I had to walk home.", "strained_muscles"),
    ],
)
def test_other_causes_in_everyday_words(detector, text, slug):
    assert slug in detector.detect(text).slugs


def test_red_streaks_are_not_a_run_streak(detector):
    assert "overtraining" not in detector.detect("There are red streaks around the cut.").slugs
    assert "overtraining" in detector.detect("Day 50 of my run streak, never a day off.").slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The tread's gone completely and my knees are niggling.", "improper_footwear"),
        ("I do all my runs in my crossfit trainers and my achilles is sore.", "improper_footwear"),
        ("My wide feet get squished in every pair I've tried.", "improper_footwear"),
        ("Went down a size in the racers and my forefoot burns.", "improper_footwear"),
        ("The sole's peeling off the front and it flaps when I run.", "improper_footwear"),
        ("Been running on the road in my chunky trail shoes.", "improper_footwear"),
        ("Book a fitting before you buy your next pair.", "improper_footwear"),
        ("Bunched up at the toes again, my little toe is rubbed raw.", "improper_socks"),
        ("Cotton soaks up sweat and stays damp for the whole run.", "improper_socks"),
        ("Only had thick woolly walking socks for the fell race.", "improper_socks"),
        ("The road near me slopes towards the gutter and my hip aches.", "hard_surfaces"),
        ("Move one run a week onto grass or a woodland trail.", "hard_surfaces"),
    ],
)
def test_wordings_from_newer_writers(detector, text, slug):
    result = detector.detect(text)
    cause = next((c for c in result.causes if c.slug == slug), None)
    assert cause is not None, result.as_dict()
    assert cause.evidence == (text,)


def test_a_downhill_where_the_shoe_is_to_blame_is_not_a_surface_cause(detector):
    shoe = detector.detect("My toes jam into the end of my shoes on descents.")
    assert shoe.slugs == {"improper_footwear"}
    assert "hard_surfaces" in detector.detect("My knees ache a lot on descents.").slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "Our new road shoe has a 6 mm drop and comes in three colourways.",
            "improper_footwear",
        ),
        (
            "It comes in standard and wide fits, with durable rubber for pavements.",
            "hard_surfaces",
        ),
        ("My toes go numb even in thick warm socks.", "improper_socks"),
        ("My legs feel like concrete on every run.", "hard_surfaces"),
        ("I run on grass and tarmac and it makes zero difference to my shins.", "hard_surfaces"),
        ("Stretching gets more credit than it deserves.", "lack_of_flexibility"),
        ("Heel striking has a worse reputation than it deserves.", "improper_running_form"),
    ],
)
def test_product_copy_concessions_and_more_dismissals(detector, text, slug):
    assert slug not in detector.detect(text).slugs


def test_a_sentence_that_turns_keeps_its_evidence_after_a_dismissal(detector):
    text = (
        "Flat feet are not a problem for most runners. When the arch collapses far on "
        "each landing, though, the shin pays for it."
    )
    assert "foot_mechanics" in detector.detect(text).slugs


def test_a_ruled_out_fracture_is_not_a_red_flag_and_the_real_cause_stays(detector):
    result = detector.detect(
        "Physio ruled out a stress fracture, says it's just sore muscles from the hill block."
    )
    assert not result.has_red_flag
    assert "strained_muscles" in result.slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Long haul lorry driver, 10 hrs a day in the cab, and my back aches.", "poor_posture"),
        ("I've got a real sway in my lower back and my bum sticks out.", "poor_posture"),
        ("Mate says I run like a kangaroo, loads of up and down.", "improper_running_form"),
        ("I run on my tiptoes the whole way and my achilles aches.", "improper_running_form"),
        ("Watched a video and my foot lands miles in front of me.", "improper_running_form"),
        ("Let the arms swing from the shoulder, elbows bent.", "improper_running_form"),
        ("My upper back is in knots after long runs.", "strained_muscles"),
        ("Just a dull ache in my calves the day after intervals.", "strained_muscles"),
        ("I can hold a plank for about 10 seconds and my back aches.", "muscle_imbalance"),
        ("Never lifted a weight in my life and my hips are achy.", "muscle_imbalance"),
        ("Hamstrings like piano wire and it hurts behind my knee.", "lack_of_flexibility"),
        ("Had 4 months off and picked up right where I left off.", "too_much_too_soon"),
        ("Started hill reps three times a week having never run up a hill.", "too_much_too_soon"),
        ("Look at how much your weekly distance has grown.", "too_much_too_soon"),
        ("Add a few kilometres a week at most.", "too_much_too_soon"),
        ("Ran my 3rd marathon in 6 weeks and my resting hr is through the roof.", "overtraining"),
        ("Make the day after your long run a day with no running at all.", "overtraining"),
    ],
)
def test_body_and_load_wordings_from_newer_writers(detector, text, slug):
    assert slug in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    "text",
    [
        "My shin throbs when I'm lying in bed.",
        "A couple of times I couldn't hold my wee since the back pain started.",
        "My toes go white and I can't feel them after 20 minutes.",
        "If the pain travels past the knee, a nerve may be involved.",
        "Pain that gets worse while you rest needs to be seen.",
    ],
)
def test_red_flags_newer_writers_describe(detector, text):
    assert detector.detect(text).has_red_flag


def test_each_alternative_of_a_cue_runs_only_where_its_texts_are():
    from recommender.detection.rules import _compiled_lexicon

    cues = _compiled_lexicon().cues
    # Alternatives run as their own expressions, so no compiled cue is a whole table row.
    assert len(cues) > 400
    assert RuleDetector().detect("My shoes are worn out and my socks are cotton.").slugs == {
        "improper_footwear",
        "improper_socks",
    }


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("These shoes are killing my feet.", "improper_footwear"),
        ("Since I switched brands my shins have been sore.", "improper_footwear"),
        ("Midsoles break down long before the upper looks tired.", "improper_footwear"),
        ("I did the parkrun in my Doc Martens.", "improper_footwear"),
        ("I land really heavily on every step.", "improper_running_form"),
        ("My stride is way too long.", "improper_running_form"),
        ("Land softly and drive your arms back.", "improper_running_form"),
        ("I overdid it last week and now my shin hurts.", "too_much_too_soon"),
        ("My mileage doubled in a month.", "too_much_too_soon"),
        ("My legs never feel fresh any more.", "overtraining"),
        ("Every run I do is hard, I don't do easy runs.", "overtraining"),
        ("I'm getting slower despite training more.", "overtraining"),
        ("I work from home on the sofa and my back aches on runs.", "poor_posture"),
        ("I'm as stiff as a board.", "lack_of_flexibility"),
        ("Your ankles lean in and your feet flatten a lot under load.", "foot_mechanics"),
    ],
)
def test_general_wordings_of_each_cause(detector, text, slug):
    assert slug in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Let the new skin underneath form.", "improper_running_form"),
        ("Feel it at the back of the heel first.", "improper_running_form"),
        ("A sock that is too big ends up folding over at the toes.", "improper_running_form"),
        ("Supinators tend to land hard on the outer edge.", "improper_running_form"),
        ("They do best in a soft, flexible neutral trainer.", "lack_of_flexibility"),
        ("I only run on trails, so I don't think it's the surface.", "hard_surfaces"),
        ("I don't think it's my shoes, they are two months old.", "improper_footwear"),
    ],
)
def test_words_that_only_look_like_a_cause(detector, text, slug):
    assert slug not in detector.detect(text).slugs


@pytest.mark.parametrize(
    "text",
    [
        "I get pain at rest now.",
        "My leg keeps giving out on the stairs.",
        "I can't walk on it this morning.",
        "Hopping on that leg is agony.",
    ],
)
def test_red_flags_in_plain_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Most trainers last 500 to 800 km, so rotate two pairs.", "improper_footwear"),
        ("Many runners land with a straight knee on impact.", "improper_running_form"),
        ("Your lungs improve faster than your tendons can adapt.", "too_much_too_soon"),
        ("Increase weekly mileage by no more than 10% a week.", "too_much_too_soon"),
        ("My legs feel flat and sluggish every run.", "overtraining"),
        ("Limited ankle dorsiflexion overloads the calf.", "lack_of_flexibility"),
        ("Pavements are harder on your joints than grass.", "hard_surfaces"),
    ],
)
def test_article_wordings_of_causes(detector, text, slug):
    assert slug in detector.detect(text).slugs


def test_ten_percent_means_the_mileage_rule_only_when_it_is_about_load(detector):
    assert "too_much_too_soon" not in detector.detect("We saw a 10% rise in sales.").slugs
    assert "too_much_too_soon" not in detector.detect("Raise your step rate by ten percent.").slugs
    assert detector.detect("Localised pain on the shin bone needs checking.").has_red_flag


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Stop, do not stretch it, and use ice for two days.", "lack_of_flexibility"),
        ("A supportive insole can take the strain off the shin.", "strained_muscles"),
        ("Downhills: resist the urge to lean back and brake with your heels.", "hard_surfaces"),
        ("My knee just buckled under me on a descent.", "hard_surfaces"),
        ("My old pair wore out on the outside edge first, why?", "improper_footwear"),
        ("Wet feet are soft feet.", "improper_running_form"),
        ("Entries for autumn marathons have seen a sharp increase this year.", "too_much_too_soon"),
    ],
)
def test_a_cause_mentioned_where_another_is_to_blame_is_not_reported(detector, text, slug):
    assert slug not in detector.detect(text).slugs


def test_a_prohibition_is_not_a_habit_but_a_reported_lack_is():
    detector = RuleDetector()
    assert "muscle_imbalance" in detector.detect("Never lifted a weight in my life.").slugs
    assert "lack_of_flexibility" in detector.detect("I never stretch after runs.").slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My shoes are so uncomfortable.", "improper_footwear"),
        ("My feet hurt in these shoes.", "improper_footwear"),
        ("Since I got new trainers my knee hurts.", "improper_footwear"),
        ("The pair I got in the sale don't fit right.", "improper_footwear"),
        ("They're too tight around the toes.", "improper_footwear"),
        ("The new model is way too firm for me.", "improper_footwear"),
        ("People say I run weird and my running style is the problem.", "improper_running_form"),
        ("Ran my first marathon after only 8 weeks of training.", "too_much_too_soon"),
        ("My watch says I'm overreaching.", "overtraining"),
        ("Skipped half the weeks of the plan because I felt good.", "too_much_too_soon"),
        ("The hips shorten and the back sags into an exaggerated curve.", "lack_of_flexibility"),
    ],
)
def test_shopper_and_article_phrasings(detector, text, slug):
    assert slug in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_a_concession_reaches_across_a_clause_break(detector):
    text = "It often persists even after several days without running."
    assert "overtraining" not in detector.detect(text).slugs
    assert "improper_footwear" not in detector.detect("My socks slip, they are too big.").slugs


def test_a_shoppers_dropped_i_is_a_report_not_a_prohibition(detector):
    assert "lack_of_flexibility" in detector.detect("dont stretch ever, hamstrings ache").slugs
    assert "lack_of_flexibility" not in detector.detect("Never stretch a pulled muscle.").slugs


def test_pavements_count_even_beside_a_shoe_problem(detector):
    result = detector.detect("Worn-out shoes on concrete pavements every day.")
    assert {"improper_footwear", "hard_surfaces"} <= result.slugs


@pytest.mark.parametrize(
    "text",
    [
        "It's sharp when I push off.",
        "Feels like being stabbed in the heel.",
        "My foot falls asleep after 5k.",
        "There's a buzzing down my leg.",
        "My toes catch on the kerb since the injury.",
        "I get night pain in my shin.",
        "Could it be a hairline fracture?",
        "I can't push off on that foot.",
        "The pain travels up to my groin.",
    ],
)
def test_red_flags_in_a_runners_words(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag
    assert result.red_flags[0].evidence == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "The sharp rise in entries surprised us.",
        "It's a sharp course with lots of corners.",
        "I fell asleep after the long run.",
        "Night running is fun with a head torch.",
    ],
)
def test_everyday_uses_of_symptom_words_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My knee feels like it's going to give way.",
        "I've lost strength in my left leg.",
        "Pain in my lower back and down both legs.",
        "I can't stand on it.",
        "The swelling hasn't gone down after a week of rest.",
        "It aches day and night.",
        "I was woken up by the pain.",
        "It hurts when I cough or sneeze.",
        "I heard a crack on the descent.",
    ],
)
def test_more_red_flags_in_plain_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    ["I heard a snap of thunder.", "Going down the hill was fun.", "Coughing all week."],
)
def test_sounds_and_colds_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My hips sink when I run late in a race.", "improper_running_form"),
        ("I land on my heel with a straight leg.", "improper_running_form"),
        ("My feet cross the midline.", "improper_running_form"),
        ("That was longer than I've ever run.", "too_much_too_soon"),
        ("I rushed my comeback and my tendons weren't ready.", "too_much_too_soon"),
        ("These aren't proper running shoes.", "improper_footwear"),
        ("I wear the same shoes for everything.", "improper_footwear"),
        ("My feet have got wider since pregnancy.", "improper_footwear"),
        ("Ran the 10 miler in my everyday trainers.", "improper_footwear"),
    ],
)
def test_form_load_and_shoe_wordings(detector, text, slug):
    assert slug in detector.detect(text).slugs


def test_asking_for_an_everyday_shoe_is_not_a_shoe_problem(detector):
    assert "improper_footwear" not in detector.detect("Just want a comfy everyday shoe.").slugs


@pytest.mark.parametrize(
    "text",
    [
        "Treadmill running can be mind-numbing, so try a podcast.",
        "It feels sharp and fast, a proper race shoe.",
        "Night pain relief gel is on offer this week.",
        "My legs cut like a knife through butter on the downhill.",
        "I had a temperature check at the race entrance.",
        "Coffee keeps me awake at night so I stopped drinking it.",
    ],
)
def test_symptom_words_in_shop_talk_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


def test_a_sharp_increase_in_footfall_is_not_a_training_jump(detector):
    text = "The new store opening brought a sharp increase in footfall."
    assert "too_much_too_soon" not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("I'm a forefoot striker and my calves hate me.", "improper_running_form"),
        ("My hips rotate a lot when I run.", "improper_running_form"),
        ("My arms barely swing when I run.", "improper_running_form"),
        ("Signed up for a marathon with only six weeks to train.", "too_much_too_soon"),
        ("I crammed my training into a month.", "too_much_too_soon"),
        ("Trying to make up for lost training after the flu.", "too_much_too_soon"),
    ],
)
def test_more_form_and_load_wordings(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Which shoe is best for shin splints?", True),
        ("Do you have something with more cushioning for my knees?", True),
        ("Looking for trainers for flat feet.", True),
        ("What's the best shoe for a marathon?", False),
        ("Do you have these shoes for kids?", False),
    ],
)
def test_a_shoe_asked_for_because_of_pain_implies_the_shoe(detector, text, found):
    assert ("improper_footwear" in detector.detect(text).slugs) is found


@pytest.mark.parametrize(
    "text",
    [
        "My toes go numb in these shoes.",
        "Heel pain since I switched to zero drop shoes.",
        "Blisters from my new shoes.",
        "The tongue digs into my ankle.",
        "The heel counter rubs my achilles.",
    ],
)
def test_parts_of_the_shoe_and_what_happens_in_it(detector, text):
    assert "improper_footwear" in detector.detect(text).slugs


def test_a_size_guide_is_not_a_shoe_problem_but_a_size_change_after_pain_is(detector):
    guide = "We suggest going half a size up if you are between sizes."
    assert "improper_footwear" not in detector.detect(guide).slugs
    assert "improper_footwear" in detector.detect("Went down a size and my forefoot burns.").slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Socks from Primark and blisters every run.", "improper_socks"),
        ("My socks keep falling down into my shoes.", "improper_socks"),
        ("My lower back arches a lot when I stand.", "poor_posture"),
        ("I have weak ankles.", "muscle_imbalance"),
    ],
)
def test_socks_posture_and_strength_in_plain_words(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My long runs are getting longer every week.", "too_much_too_soon"),
        ("A spike in mileage before the race.", "too_much_too_soon"),
        ("Started with 5k and now I'm doing 15k after a month.", "too_much_too_soon"),
        ("I do two marathons a month.", "overtraining"),
        ("No down weeks in my plan.", "overtraining"),
        ("People say I run heavy.", "improper_running_form"),
        ("I run on my heels.", "improper_running_form"),
    ],
)
def test_load_and_form_in_shoppers_words(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Shoes that have lost their structure let the foot collapse inward.", "improper_footwear"),
        ("A worn-down outsole changes how your foot meets the ground.", "improper_footwear"),
        ("If your shoes are more than a year old, replace them.", "improper_footwear"),
        ("Synthetic socks keep your feet drier than cotton ones.", "improper_socks"),
        ("Running with a rigid upper body wastes energy.", "improper_running_form"),
        ("Single-leg work exposes differences between sides.", "muscle_imbalance"),
        ("Stiff ankles limit how the foot rolls through each step.", "lack_of_flexibility"),
    ],
)
def test_article_sentences_for_each_cause(detector, text, slug):
    assert slug in detector.detect(text).slugs


def test_socks_that_lose_their_shape_are_not_a_shoe_problem(detector):
    text = "On the run cotton socks soak up sweat, lose their shape and rub."
    assert detector.detect(text).slugs == {"improper_socks"}


def test_demo_style_article_lines_raise_nothing_they_should_not(detector):
    shoes = (
        "Shoes get blamed a lot for knee pain, but unless yours are badly worn, they are "
        "seldom the main driver."
    )
    assert "improper_footwear" not in detector.detect(shoes).slugs
    socks = "Stop wearing compression socks if your toes go cold: the fit is too tight."
    assert "improper_footwear" not in detector.detect(socks).slugs
    assert "too_much_too_soon" not in detector.detect("If you think you have overdone it").slugs


def test_signs_of_infection_around_a_blister_are_a_red_flag(detector):
    """Spreading redness, warmth or pus are signs of infection: the reader should get it seen."""
    blister = "Keep it clean, and watch for redness spreading around it, warmth or pus."
    result = detector.detect(blister)
    assert result.has_red_flag
    assert result.red_flags[0].evidence == (blister,)
    assert detector.detect("my blister is oozing and the skin round it is hot").has_red_flag


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Pressing on the shin bone is really sore.", True),
        ("The bone hurts when I press on it.", True),
        ("A sharper pain every run.", True),
        ("Groin pain and I can't lift my leg.", True),
        ("I can't lift my leg as high as before in the gym, ha", False),
    ],
)
def test_bone_tenderness_and_a_leg_that_cannot_lift(detector, text, flagged):
    assert detector.detect(text).has_red_flag is flagged


def test_a_problem_already_solved_is_not_reported(detector):
    assert detector.detect("Since I got my new shoes my knee pain has gone!").slugs == set()
    assert "improper_footwear" in detector.detect("Since I got new trainers my knee hurts.").slugs


@pytest.mark.parametrize(
    "text",
    [
        "The ache in my lower back now travels down the back of my right leg to the heel.",
        "After 10 minutes my calf burns like it's on fire and it spreads down to the ankle.",
        "Something zaps from my lower back all the way into my toes.",
        "There's a burning line of pain creeping along the front of my shin into my foot.",
        "If the pain travels from your buttock down past the knee, see a doctor.",
        "Felt a sudden stab in my calf at mile 3.",
        "Stabs of pain in the ball of my foot with every step.",
        "It feels like a red-hot wire down my thigh.",
        "Heel pain is like stepping on broken glass, proper sharp first thing.",
        "Woke up at 2am with my knee aching again.",
        "I wake in the middle of the night with my shin throbbing.",
        "My fingers go fuzzy on long runs.",
        "Toes on my right foot felt dead by the end of the run.",
        "My left foot sort of drops and drags on the ground late in runs.",
        "I keep stumbling over nothing on flat ground.",
        "My foot flops down and slaps the road now.",
        "Since the fall I'm having trouble holding my pee.",
        "No feeling around my bum since the long run.",
        "I've lost the feeling across the top of my foot.",
        "Took three weeks off and my hip is no better.",
        "Haven't run in ten days and the shin still hurts.",
        "It aches even lying still in bed.",
        "Scared I've cracked a bone in my foot.",
        "Worried there's a crack in my shin bone.",
        "My knee locks and gives way under me on stairs.",
        "cant grip my keys after long runs, hand feels weak",
        "Tengo un dolor que baja por la pierna hasta el pie.",
        "J'ai des fourmillements dans les orteils.",
    ],
)
def test_red_flags_in_new_writers_words(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag
    assert result.red_flags[0].evidence == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "Running down the stairs hurts my knees a bit.",
        "My legs feel dead after three marathons in a month.",
        "My legs feel wooden after the hills.",
        "Going from 20 to 40 miles in a month is how stress fractures start.",
        "Doubling your mileage raises the risk of stress fractures.",
        "Building up slowly helps prevent stress fractures.",
        "Toes numb? No, just the arch aches.",
        "Any tingling? nope, just sore calves.",
        "That was a really sharp turn at the end.",
        "I took a week off and the pain is gone, feels much better.",
        "These trail shoes can't grip the wet rock.",
        "There's no feeling in the world like finishing a marathon.",
        "I had a stab at a new PR last weekend.",
        "I woke up the day after the race with aching legs.",
        "The sole is peeling and it flaps, I tripped twice.",
        "No numbness, no loss of feeling in my toes, just an ache.",
        "The compression sleeve runs from the ankle to just under the knee.",
        "I'm feeling fine, went to the physio about my knee.",
        "Haven't run in a week and it feels better.",
    ],
)
def test_near_misses_of_new_red_flag_wordings(detector, text):
    assert not detector.detect(text).has_red_flag


def test_a_fracture_as_a_risk_of_load_is_not_a_red_flag_but_a_suspected_one_is(detector):
    assert not detector.detect(
        "Too much too soon is a classic route to a stress fracture."
    ).has_red_flag
    assert detector.detect("It could be a stress fracture, get it scanned.").has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Been jogging in my old work shoes and my arches ache.",
        "I do my runs in scuffed old office pumps.",
        "Started parkrun in my hiking boots, shins are sore.",
        "Borrowed these from my sister and my toes hurt.",
        "Wearing my brother's old pair, feet ache after 3k.",
        "They're a size too small and my toenails are black.",
        "The tread's gone totally bald and my knees ache.",
        "The heel cup on my left shoe has collapsed and my ankle hurts.",
        "These have done about 800 miles and my shins complain.",
        "Physio says I need something more supportive for my flat feet.",
        "Keep a dedicated pair just for running.",
        "My foot swims in them and my heel blisters.",
        "Running in them feels like running on planks, zero bounce.",
        "Check the fit if your feet have changed.",
    ],
)
def test_shoe_wordings_of_new_writers(detector, text):
    result = detector.detect(text)
    assert "improper_footwear" in result.slugs, result.as_dict()


@pytest.mark.parametrize(
    "text",
    [
        "My racing flats are for race day only and they feel great.",
        "No spring in my legs lately after three races in a row.",
        "Check the fit of your socks too.",
        "If your shoes are new and were fitted, a new pair won't change it.",
    ],
)
def test_near_misses_of_new_shoe_wordings(detector, text):
    assert "improper_footwear" not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My feet land miles ahead of my hips when I'm tired.", "improper_running_form"),
        ("Apparently I bob up and down like a pogo stick.", "improper_running_form"),
        ("My arms swing side to side like windscreen wipers.", "improper_running_form"),
        ("My heel slams down with every step.", "improper_running_form"),
        ("I stay up on the balls of my feet the whole run.", "improper_running_form"),
        ("Did 10k on day two of my new plan, knees hurt.", "too_much_too_soon"),
        ("Went from two runs a week to six within a fortnight.", "too_much_too_soon"),
        ("Added hills, intervals and a tempo run all in the same week.", "too_much_too_soon"),
        (
            "Came back after the op and went straight back to my old 10 mile route.",
            "too_much_too_soon",
        ),
        ("Switched straight over to zero-drop shoes.", "too_much_too_soon"),
        ("Coming back from illness? Begin with about half your old distance.", "too_much_too_soon"),
        ("Introduce one new kind of session at a time.", "too_much_too_soon"),
    ],
)
def test_form_and_load_wordings_of_new_writers(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Need new socks before my marathon in three weeks.", "too_much_too_soon"),
        ("Mobility drills can add a little range in a month.", "too_much_too_soon"),
        ("The finish is a long way ahead after the bridge.", "improper_running_form"),
    ],
)
def test_near_misses_of_new_form_and_load_wordings(detector, text, slug):
    assert slug not in detector.detect(text).slugs


def test_standing_at_work_is_not_running_without_rest(detector):
    shift = "Nurses who stand for hours at work give their feet little rest between runs."
    assert "overtraining" not in detector.detect(shift).slugs
    assert "overtraining" in detector.detect("I give my legs little rest between runs.").slugs


@pytest.mark.parametrize(
    "text",
    [
        "Twisted your ankle stepping off a kerb? Take a few days off and let the swelling settle.",
        "After a fall on an icy path, give the bruised knee a week off before you test it.",
        "Ten days before your marathon, cut your runs back and take an extra day off.",
    ],
)
def test_time_off_for_an_accident_or_a_taper_is_not_missing_rest(detector, text):
    assert "overtraining" not in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_a_turn_keeps_its_own_missing_rest_beside_a_taper(detector):
    text = (
        "The taper always feels odd. If your legs were heavy for a month before it started, "
        "though, you skipped rest days during the build."
    )
    assert "overtraining" in detector.detect(text).slugs
    plain = "Take a week off and let your legs recover; you have run every day since June."
    assert "overtraining" in detector.detect(plain).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My shin hurts more on rest days than on running days.", "overtraining"),
        ("Foam roll your calves on rest days.", "overtraining"),
        ("The knee doesn't get better with rest.", "overtraining"),
        ("Long downhill stretches pound the quads.", "lack_of_flexibility"),
        ("Does static stretching before a run prevent injury?", "lack_of_flexibility"),
        ("I need something cushioned and flexible.", "lack_of_flexibility"),
        ("Low arches can strain the plantar fascia.", "strained_muscles"),
    ],
)
def test_time_words_road_stretches_and_strain_as_a_verb_name_no_cause(detector, text, slug):
    assert slug not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Skipping that recovery leads to months of niggles.", "overtraining"),
        ("I never take rest days.", "overtraining"),
        ("Stretch your calves after every run.", "lack_of_flexibility"),
        ("I strained my hamstring on the track.", "strained_muscles"),
    ],
)
def test_the_causes_next_to_those_near_misses_still_count(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My lower back is stiff after a long day driving and then a run.", "poor_posture"),
        ("Hours on the couch tighten the hip flexors.", "poor_posture"),
        ("I spend all day bent over a laptop.", "poor_posture"),
        ("My chin is poking forward and my shoulders have rolled forward.", "poor_posture"),
        ("Thighs a bit sore the day after the half, gone by Tuesday.", "strained_muscles"),
        ("Some achiness in my calves after the hill session.", "strained_muscles"),
        ("Felt like something popped in my hamstring.", "strained_muscles"),
        ("My glutes are asleep, the physio says.", "muscle_imbalance"),
        ("My core feels like jelly since the baby.", "muscle_imbalance"),
        ("I've never done a squat in my life.", "muscle_imbalance"),
        ("The physio said I need something more supportive.", "improper_footwear"),
        ("The physio gave me clamshells and side planks.", "muscle_imbalance"),
    ],
)
def test_posture_soreness_and_strength_in_newer_writers_words(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My calves ache after every run in these shoes.", "strained_muscles"),
        ("My shoulders ache after a run.", "strained_muscles"),
        ("My running coach says I hunch.", "improper_running_form"),
        ("I always do clamshells and side planks.", "muscle_imbalance"),
    ],
)
def test_near_misses_of_posture_soreness_and_strength_wordings(detector, text, slug):
    assert slug not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My socks roll down and end up in a lump under my heel.", "improper_socks"),
        ("There's a ridge across the top of my toes from the socks.", "improper_socks"),
        ("Socks went soggy by 10k and my heel is raw.", "improper_socks"),
        ("The road slopes towards the gutter and my left hip hurts.", "hard_surfaces"),
        ("Five races in six weekends and my knees are grumpy.", "overtraining"),
        ("Not one day off since January.", "overtraining"),
        ("I can't touch my toes and my hamstrings pull.", "lack_of_flexibility"),
        ("My calf is like a guitar string.", "lack_of_flexibility"),
    ],
)
def test_socks_slopes_racing_and_tightness_in_newer_writers_words(detector, text, slug):
    assert slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The rugby season starts in the autumn.", "improper_socks"),
        ("The road to the start was closed.", "hard_surfaces"),
        ("Three races this year, all well spaced.", "overtraining"),
        ("I can touch my toes easily.", "lack_of_flexibility"),
    ],
)
def test_near_misses_of_socks_slopes_racing_and_tightness(detector, text, slug):
    assert slug not in detector.detect(text).slugs


def test_a_problem_named_as_what_the_trouble_is_not_is_no_cause(detector):
    nerve = "A burning pain that feels different from muscle ache can come from a nerve."
    assert "strained_muscles" not in detector.detect(nerve).slugs
    assert "strained_muscles" in detector.detect("A dull muscle ache after the race.").slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Heel striking is not automatically one of the faults worth fixing; plenty of quick "
         "runners land on their heels.", "improper_running_form"),
        ("My shins ache on the pavement and on grass alike, so I doubt it's the surface.",
         "hard_surfaces"),
        ("Foam rolling has little evidence behind it as injury prevention.",
         "lack_of_flexibility"),
        ("We don't believe a missed cool-down stretch is the reason your calf hurts.",
         "lack_of_flexibility"),
    ],
)  # fmt: skip
def test_doubts_and_little_evidence_wave_a_cause_away(detector, text, slug):
    assert slug not in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("I don't think I stretch enough, my hamstrings are like steel cables.",
         "lack_of_flexibility"),
        ("I doubt my old shoes have any cushioning left, my knees ache after every run.",
         "improper_footwear"),
    ],
)  # fmt: skip
def test_a_doubt_that_is_not_about_the_cause_keeps_it(detector, text, slug):
    assert slug in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_a_body_part_said_to_be_fine_makes_a_remark_background(detector):
    remark = "My physio says I overstride, but my knees are fine, honestly."
    assert not detector.detect(remark).slugs
    assert (
        "improper_running_form"
        not in detector.detect(
            "A friend thinks I overstride but my legs feel great, just after new shorts."
        ).slugs
    )
    assert (
        "improper_running_form"
        in detector.detect(
            "My knees are fine but my shins ache since my coach said I overstride."
        ).slugs
    )


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Keep your weekly increases to about 10% and the shins will thank you.",
         "too_much_too_soon"),
        ("my shoes are kinda narrow and my little toe goes numb", "improper_footwear"),
    ],
)  # fmt: skip
def test_a_ten_percent_cap_and_a_hedged_tight_fit(detector, text, slug):
    assert slug in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_shortening_the_stride_is_not_a_shortened_muscle(detector):
    text = "Strengthen your glutes and shorten your stride on the downhills."
    assert "lack_of_flexibility" not in detector.detect(text).slugs


def test_a_negation_inside_the_subject_does_not_reach_past_its_verb(detector):
    text = "Weeks without a single rest day leave your hamstrings strained and knotted."
    assert "strained_muscles" in detector.detect(text).slugs, detector.detect(text).as_dict()
    assert "strained_muscles" not in detector.detect("My hamstrings are not strained.").slugs


def test_a_stretch_forbidden_on_a_fresh_strain_names_no_tightness(detector):
    text = "Ice the calf for two days, and don't try to force a long stretch into the pain."
    assert "lack_of_flexibility" not in detector.detect(text).slugs, detector.detect(text).as_dict()
    assert "lack_of_flexibility" in detector.detect("I don't stretch, ever.").slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My calves cramp up near km 35 of every marathon.", "too_much_too_soon"),
        ("Looking for cheap trainers for my 7 year old's school sports day.", "improper_footwear"),
        ("I thought it was my trainers but they're brand new and fitted; my desk job is the "
         "real problem.", "improper_footwear"),
        ("Can I run in tennis shoes or do I need running ones? No pain yet, just asking.",
         "improper_footwear"),
        ("Everyone says tarmac is bad but I've run on it for 15 years with zero issues.",
         "hard_surfaces"),
    ],
)  # fmt: skip
def test_purchases_wrong_guesses_and_questions_without_pain_name_no_cause(detector, text, slug):
    assert slug not in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Stretching? Never heard of it. I go straight out the door and my hamstrings are "
         "always tight.", "lack_of_flexibility"),
        ("Sore shins since I switched to flat zero-cushion barefoot shoes.", "improper_footwear"),
        ("My physio says my lower back has an exaggerated curve, like a duck bum, and it aches "
         "when I run.", "poor_posture"),
        ("Ho raddoppiato i chilometri in due settimane e ora mi fa male il tallone.",
         "too_much_too_soon"),
    ],
)  # fmt: skip
def test_idioms_compounds_curves_and_doubling_in_italian(detector, text, slug):
    assert slug in detector.detect(text).slugs, detector.detect(text).as_dict()
