"""Words that look like a dismissal or an ending but are not one keep the cause."""

import pytest

from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # Fine again after a while: recovery, not "it was never the problem".
        ("Got cramp in my hamstring at 30k, was fine again after a walk.", "strained_muscles"),
        # The other side is fine: a contrast with the side that hurts.
        ("My left glute is so weak I wobble on one leg, the other is fine.", "muscle_imbalance"),
        # A limit on how bad it gets, not a denial of the soreness.
        ("My quads are sore for two days after every race, never worse than that.",
         "strained_muscles"),
        # "+" and "=" end one item of a list: "zero" reaches only its own item.
        ("no strength work + ten hours at a desk = sore back", "poor_posture"),
        # A condition ("even when the pain has gone"), not a report that it is over.
        ("Keep up the calf stretches even when the pain has gone, tight calves come back.",
         "lack_of_flexibility"),
    ],
)  # fmt: skip
def test_the_cause_stays(detector, text, cause):
    assert cause in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Honestly the surface was fine, I just ran too far too soon.", "hard_surfaces"),
        ("Since I changed my cotton socks the blister pain has gone.", "improper_socks"),
        ("My shoes are fine, they were fitted last month.", "improper_footwear"),
    ],
)
def test_a_real_dismissal_or_ending_still_clears_it(detector, text, cause):
    assert cause not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # The writer reports no trouble at all.
        ("Nothing hurts at all, I just want your most cushioned shoe.", "improper_footwear"),
        ("Loving the new socks, no pain whatsoever.", "improper_socks"),
        # A remedy said not to help names no cause.
        ("A foot that slaps down is not something a new pair of shoes will fix.",
         "improper_footwear"),
        ("Pain down the leg is not a camber problem to fix with new trainers.",
         "improper_footwear"),
    ],
)  # fmt: skip
def test_no_trouble_or_a_remedy_denied_names_no_cause(detector, text, cause):
    assert cause not in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # Trouble after the "no pain at all" part.
        ("No pain at all until mile 10, then my cotton socks rubbed my heels raw.",
         "improper_socks"),
        # A runner's own weight is not a product's specification.
        ("I weigh 95 kg and my arches collapse flat when I land.", "foot_mechanics"),
        # A remedy recommended, not denied.
        ("Your shoes are worn out; a new pair will fix the shin pain.", "improper_footwear"),
    ],
)  # fmt: skip
def test_trouble_after_no_pain_or_a_remedy_recommended_keeps_the_cause(detector, text, cause):
    assert cause in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # "..., which doesn't help" says the thing makes it worse.
        ("I sit at a desk nine hours a day, which really doesn't help my back.", "poor_posture"),
        ("Most of my runs are on tarmac, and that doesn't help my shins.", "hard_surfaces"),
        # The surface changed for the worse; legs sore and knotted after a block.
        ("My knees ache since I switched from the park paths to the pavement.", "hard_surfaces"),
        ("After the marathon block my calves were sore and knotted for days.", "strained_muscles"),
        # Plans skipped ahead, far more than before, hours seated on trains.
        ("I jumped straight past weeks two to five of the beginner plan.", "too_much_too_soon"),
        ("Doing far more hill reps than I used to and my Achilles is cross.", "too_much_too_soon"),
        ("Hours sitting on trains for work, and my hip flexors ache on runs.", "poor_posture"),
    ],
)
def test_aggravation_and_a_change_for_the_worse_keep_the_cause(detector, text, cause):
    assert cause in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # A fix asked about, not recommended.
        ("Should you foam roll before a race?", "lack_of_flexibility"),
        ("Do stability shoes prevent knee pain?", "improper_footwear"),
        # A fix that is "not a cure-all"; a problem that is over-diagnosed or rare.
        ("Fresh trainers are not a magic bullet for sore knees.", "improper_footwear"),
        ("Flat feet are over-diagnosed in running shops.", "foot_mechanics"),
        (
            "True overtraining syndrome is rare in people who run three times a week.",
            "overtraining",
        ),
        # Whole paragraph: the dismissal two sentences on clears the first.
        (
            "People blame tarmac for shin pain. We hear it every week. Honestly, the surface "
            "matters far less than how fast you built up.",
            "hard_surfaces",
        ),
        # Remedies that are "not the kind of thing X will sort out".
        (
            "This isn't the sort of pain that new insoles or some stretching will fix.",
            "lack_of_flexibility",
        ),
        # The fit is fine; the stretch of a course; a stiff sole; a normal amount of pronation.
        ("My shoes fit well, I think it's the socks that rub.", "improper_footwear"),
        (
            "The cobbled stretch was short, then a long flat road to the finish.",
            "lack_of_flexibility",
        ),
        ("A stiff carbon plate makes the shoe feel springy.", "lack_of_flexibility"),
        ("Most runners show a healthy amount of pronation.", "foot_mechanics"),
        ("The knee rolls inward on landing when the hip muscles tire.", "foot_mechanics"),
    ],
)
def test_questions_dismissals_and_look_alikes_name_no_cause(detector, text, cause):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Since the fell race my hip hurts every time I run downhill.", "hard_surfaces"),
        (
            "Stiffness in the calves the morning after a long run is to be expected.",
            "strained_muscles",
        ),
        ("im adding 2 miles to my long run every other day, shins not happy", "too_much_too_soon"),
        (
            "High arches are not a problem in themselves, but a rigid arch that never gives "
            "sends the shock up the shin.",
            "foot_mechanics",
        ),
    ],
)
def test_descents_next_morning_soreness_fast_long_runs_and_conditional_arches(
    detector, text, cause
):
    assert cause in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        (
            "Tightness the morning after a long run is soreness, not stiff muscles.",
            "lack_of_flexibility",
        ),
        ("The heel counter has slumped inwards after 800 km.", "poor_posture"),
        ("A stiff insole can take some of that strain off the arch.", "strained_muscles"),
        ("Fallen arches can stretch and pinch the nerve along the ankle.", "lack_of_flexibility"),
    ],
)
def test_next_morning_tightness_shoe_parts_and_load_are_not_those_causes(detector, text, cause):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_a_table_row_of_specifications_names_no_cause(detector):
    text = (
        "| Model | Cushioning | Best for |\n|---|---|---|\n"
        "| Cloud 5 | Plush | Long flights, standing all day at work |\n"
    )
    assert "poor_posture" not in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Tree pose in yoga is a lesson in good posture and balance.", "poor_posture"),
        ("Stand up tall for the team photo, good posture looks great on camera.", "poor_posture"),
        ("My physio's gait analysis showed I overpronate a little.", "improper_footwear"),
        ("Careful on icy pavements this week, the club run is cancelled.", "hard_surfaces"),
        ("Add a hip mobility routine to your warm-up.", "muscle_imbalance"),
        ("It's the kind of knee ache that no amount of rest shifts for good.", "overtraining"),
        ("The laces feel short, but I haven't run in them yet.", "improper_footwear"),
        (
            "Heel counter is a bit soft on my old pair, no problems so far though.",
            "improper_footwear",
        ),
    ],
)
def test_poses_photos_reported_analyses_icy_paths_and_untried_shoes_name_no_cause(
    detector, text, cause
):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_muscles_that_feel_permanently_short(detector):
    text = "I drive for work all day and my hip flexors feel permanently short."
    assert "lack_of_flexibility" in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The research tying concrete pavements to shin splints is pretty thin.", "hard_surfaces"),
        (
            "During the taper your volume comes down and legs can feel heavy and flat.",
            "overtraining",
        ),
        (
            "Cushioned trainers only caught on during the jogging boom of the 1970s.",
            "improper_footwear",
        ),
    ],
)
def test_weak_evidence_a_taper_and_history_name_no_cause(detector, text, cause):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_strong_evidence_still_names_the_cause(detector):
    text = "The evidence that sudden jumps in mileage cause stress fractures is strong."
    assert "too_much_too_soon" in detector.detect(text).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Tengo calambres en los gemelos en cada tirada larga.", "strained_muscles"),
        (
            "Depuis que je suis passé de 2 à 5 sorties par semaine d'un coup, j'ai mal.",
            "too_much_too_soon",
        ),
        (
            "Sono passato da 20 a 50 km a settimana di colpo e ora ho male agli stinchi.",
            "too_much_too_soon",
        ),
    ],
)
def test_cramps_and_sudden_jumps_in_the_shops_other_languages(detector, text, cause):
    assert cause in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Corro todos los días desde enero y ahora me duele la rodilla.", "overtraining"),
        ("Je cours sans jour de repos depuis un mois, mes mollets sont en feu.", "overtraining"),
        ("Seit März laufe ich jeden Tag und jetzt schmerzt das Knie.", "overtraining"),
        ("He aumentado los kilómetros demasiado rápido y me duelen las espinillas.",
         "too_much_too_soon"),
        ("J'ai augmenté mon volume trop vite, maintenant j'ai mal au genou.", "too_much_too_soon"),
        ("Le mie scarpe sono vecchie e usurate, mi fa male il ginocchio.", "improper_footwear"),
        ("Meine Laufschuhe sind viel zu alt, die Fersen tun weh.", "improper_footwear"),
    ],
)  # fmt: skip
def test_rest_load_and_worn_shoes_in_the_shops_other_languages(detector, text, cause):
    assert cause in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Uso estos calcetines todos los días para ir a trabajar.", "overtraining"),
        ("Je porte mes baskets tous les jours au bureau.", "overtraining"),
        ("Vorrei un paio di scarpe nuove per la mia maratona.", "improper_footwear"),
    ],
)
def test_everyday_words_in_other_languages_name_no_cause(detector, text, cause):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_shoe_history_names_no_cause(detector):
    text = (
        "In the 1970s most joggers wore flat canvas sneakers. Makers added padded heels, and "
        "by the end of the decade cushioned running shoes were everywhere."
    )
    assert "improper_footwear" not in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_a_garment_that_fits_too_tight_is_not_tight_muscles(detector):
    text = "Take the compression sleeves off if your toes tingle: the fit is too tight."
    assert "lack_of_flexibility" not in detector.detect(text).slugs, detector.detect(text).as_dict()
    assert "lack_of_flexibility" in detector.detect("My calves are too tight to run.").slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Give your knees a break by switching two runs a week to the canal towpath.",
         "overtraining"),
        ("Do a few drills in the hallway, then start at an easy jog.", "too_much_too_soon"),
        ("It's fine to use the treadmill when the pavements are covered in ice.", "hard_surfaces"),
        ("The traction sleeve stretches over any trail shoe in seconds.", "lack_of_flexibility"),
        ("Don't stretch through it; book in with a physio first.", "lack_of_flexibility"),
        ("Forget the idea that overstriding always leads to injury.", "improper_running_form"),
        ("In 1972 she won the race in a pair of thin canvas plimsolls.", "improper_footwear"),
        ("Is a cambered road really that bad for your hips?", "hard_surfaces"),
        ("Wash running socks inside out on a gentle cycle so they keep wicking.", "improper_socks"),
    ],
)  # fmt: skip
def test_care_history_doubting_questions_and_other_background(detector, text, cause):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Give your legs a break: take two rest days a week.", "overtraining"),
        ("Cambered roads tilt your pelvis on every stride and my hip aches.", "hard_surfaces"),
        ("I run in cotton socks and get blisters every long run.", "improper_socks"),
    ],
)
def test_the_same_topics_said_as_causes_still_count(detector, text, cause):
    assert cause in detector.detect(text).slugs, detector.detect(text).as_dict()


def test_a_myth_lead_clears_its_topic_from_the_paragraph(detector):
    text = (
        "Forget the idea that a low cadence is always a fault. Many relaxed runners take long "
        "strides for years, and how often your feet touch down matters far less than you think."
    )
    assert "improper_running_form" not in detector.detect(text).slugs, detector.detect(
        text
    ).as_dict()
    kept = "Overstriding is a classic fault: your foot lands far ahead of your hips and brakes you."
    assert "improper_running_form" in detector.detect(kept).slugs


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The Harbour 5K is a flat loop on smooth tarmac with mile markers and a cafe at the end.",
         "hard_surfaces"),
        ("Turn over an old pair of trainers and read the wear.", "improper_footwear"),
        ("Big studies find that foot posture is a poor predictor of injury.", "foot_mechanics"),
        ("Myth: concrete wrecks your knees. Fact: the surface makes far less difference than "
         "most people think.", "hard_surfaces"),
        ("Slouching at the desk puts your upper back under strain all day.", "strained_muscles"),
    ],
)  # fmt: skip
def test_route_notes_wear_reading_myths_and_load_name_no_cause(detector, text, cause):
    assert cause not in detector.detect(text).slugs, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The loop is all concrete pavement and my shins ache after every lap.", "hard_surfaces"),
        ("Run the other way on the out-and-back so the camber tilts your hips both ways.",
         "hard_surfaces"),
        ("My knee only hurts when I run downhill.", "hard_surfaces"),
        ("Long descents are brutal on the quads, so shorten your stride.", "hard_surfaces"),
        ("Myth: high arches mean a strong foot. In reality a rigid high arch soaks up little "
         "shock and the ball of the foot takes the load.", "foot_mechanics"),
        ("Flat feet aren't a problem for everyone, but if your arches ache after long runs, "
         "try an arch-support insole.", "foot_mechanics"),
    ],
)  # fmt: skip
def test_surfaces_and_arches_said_to_hurt_still_count(detector, text, cause):
    assert cause in detector.detect(text).slugs, detector.detect(text).as_dict()
