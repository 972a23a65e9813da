"""Posture, form, muscles, strength, flexibility and load in everyday wording, and the
look-alikes that name no such cause."""

import pytest

from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


def _found(detector, text, slug):
    return slug in detector.detect(text).slugs


FOUND = [
    # a working day spent seated, sitting for long stretches, long car journeys, gaming
    ("poor_posture", "I spend my whole working day seated and my lower back grumbles on runs"),
    ("poor_posture", "She spends most evenings sitting at the desk and her neck aches on runs."),
    ("poor_posture", "hips feel locked after a shift at the desk, then I run home"),
    ("poor_posture", "i'm in the van about 4 hrs a day and my back hates my evening 5k"),
    ("poor_posture", "Sitting for hours on end flattens the glutes and loads the lower back."),
    ("poor_posture", "my back is sore ever since those long car trips to see my mum"),
    ("poor_posture", "weekend gaming sessions then a long run on sunday, back is wrecked"),
    # a chin poked at the screen; leaning over people or benches all day
    ("poor_posture", "I crane my neck forward at the monitor and my shoulders ache on runs"),
    ("poor_posture", "Runners who jut their chin out as they tire often end up with sore necks."),
    ("poor_posture", "hairdresser here, leaning over clients all day, upper back aches on runs"),
    ("poor_posture", "Ho mal di schiena: sto seduto otto ore in ufficio."),
    # bending forward from the waist is a stride fault
    ("improper_running_form", "when I tire I bend forward from the waist and my lower back hurts"),
    # a muscle that pulled, cramp in the foot, soreness after intervals, DOMS abroad
    ("strained_muscles", "calf pulled on the last rep and now I'm limping"),
    ("strained_muscles", "my groin got tweaked in the sprint finish"),
    ("strained_muscles", "I get cramp in my feet on long runs, toes curl right up"),
    ("strained_muscles", "quads are tender for two days after track"),
    ("strained_muscles", "sore all over after the mountain race, legs especially"),
    ("strained_muscles", "heard a pop in my calf halfway up the hill"),
    ("strained_muscles", "Tengo agujetas en las piernas después de la carrera."),
    # a weak side; cannot balance on one leg; lazy hip muscles
    ("muscle_imbalance", "my weaker leg is the right one and that knee is the one that aches"),
    ("muscle_imbalance", "my glute switches off on long runs and the knee takes over"),
    ("muscle_imbalance", "can't hold a single leg bridge on the left, knee aches on runs"),
    ("muscle_imbalance", "I wobble all over the place on my left leg and that hip hurts"),
    ("muscle_imbalance", "the physio said my hip muscles are weak and that's why my knee aches"),
    # load told as numbers: from two to five with the runs named, days "instead of" fewer
    ("too_much_too_soon", "I jumped my weekly runs from three to six and now my shins ache"),
    ("too_much_too_soon", "pushed the long run from 10 km to 18 km in two weeks, calf is angry"),
    ("too_much_too_soon", "I'm now doing 5 days a week instead of 2 and my knees ache"),
    ("too_much_too_soon", "bumped my sessions up to six a week and my achilles hurts"),
    ("too_much_too_soon", "Changed to flat racers overnight and my calves are shot."),
    ("too_much_too_soon", "a first go at hill repeats left my achilles sore for days"),
    ("too_much_too_soon", "got bored and skipped ahead two weeks in the plan, now my shin hurts"),
    ("too_much_too_soon", "Make the change to lower-drop shoes gradually."),
    ("too_much_too_soon", "Every third or fourth week, drop your volume by a quarter."),
    # going hard every day, never a day off, races weeks apart, skimped recovery
    ("overtraining", "I've been hammering it every day for months and my knee aches"),
    ("overtraining", "my son trains with two clubs and never gets a day off"),
    ("overtraining", "We skimped on recovery during the build and paid for it with sore shins."),
    ("overtraining", "ran two marathons five weeks apart and my hip aches"),
    # a calf tight and crampy; a foot that slaps with no nerve sign is a form fault
    ("strained_muscles", "my hamstring went tight and crampy at mile 9"),
    ("improper_running_form", "you can hear me slapping down the road from miles away, shins ache"),
    # weak muscles stay a cause when the nerve warning is in another sentence
    ("muscle_imbalance", "Weak glutes let the knee cave in. If your foot goes numb, see a doctor."),
    # hours told with words, a screen one is glued to, the couch, long flights
    ("poor_posture", "sat for ten hours in the office and my back aches on runs"),
    ("poor_posture", "glued to the screen all evening, then a jog, and my neck aches"),
    ("poor_posture", "I spend ages on the couch and my back aches on runs"),
    ("poor_posture", "Long-haul flights leave my back sore on the first run."),
    ("improper_running_form", "my feet land with a thud and my knees hurt"),
    # something that went in a muscle, a calf that grabbed, legs wrecked after a race
    ("strained_muscles", "felt something go in my hamstring on the last rep"),
    ("strained_muscles", "calf grabbed on the hill and now it aches"),
    ("strained_muscles", "legs are wrecked after yesterday's trail race"),
    ("strained_muscles", "woke up with a charley horse in my calf"),
    ("muscle_imbalance", "my glutes never kick in and my knees ache"),
    ("muscle_imbalance", "the physio said my core is basically non existent"),
    ("too_much_too_soon", "ran a marathon six months after taking up running and my knees ache"),
    # rest never had; yoga advised
    ("overtraining", "she hasn't had a proper rest day since March and her shins ache"),
    ("lack_of_flexibility", "Try some yoga for those stiff hips once a week."),
    # round shoulders, years behind a counter, driving for a living
    ("poor_posture", "years at a checkout made me round-shouldered, neck aches on runs"),
    ("poor_posture", "I drive for a living and my lower back hates long runs"),
    # two sessions a day; a long run on the second ever run; straight back to the old route
    ("overtraining", "I'm doing 2 runs a day most days and my hip aches"),
    ("too_much_too_soon", "ran 12k on my third ever run and my shins are wrecked"),
    ("too_much_too_soon", "after the op I went straight back to my old 8k loop, knee swelled"),
    ("too_much_too_soon", "my calves seized on my first long run after the winter layoff"),
    # tightness as a standing state still counts
    ("lack_of_flexibility", "my hamstrings are always tight, even on rest days"),
    ("lack_of_flexibility", "Keep a foam roller by the sofa and use it on your calves."),
]


@pytest.mark.parametrize(("slug", "text"), FOUND)
def test_cause_found(detector, slug, text):
    assert _found(detector, text, slug)


NOT_FOUND = [
    # a back that "went" is an episode, not a named muscle; a calf that went red is infection
    ("strained_muscles", "my back went on saturday and now I can't feel my left foot"),
    ("strained_muscles", "calf went hot and swollen after a graze"),
    # friction pulling skin; strain on structures that are not muscles
    ("strained_muscles", "the sock slips and the skin gets pulled back and forth"),
    ("strained_muscles", "Rolling in strains the tissues along the inside of the ankle."),
    # soreness that is welcome
    ("strained_muscles", "glutes sore in a good way from yesterday's bridges"),
    # a pop in a joint
    ("strained_muscles", "heard a pop in my knee when I landed"),
    # leaning over an object, bending to pick something up: not a stride fault
    ("improper_running_form", "stuck bent over the sink after lifting the shopping"),
    ("improper_running_form", "back twinges when I lean forward to pick up my bag"),
    ("improper_running_form", "my neck aches when I bend forward to tie my shoes"),
    # running styled like sitting is a form simile, not sitting
    ("poor_posture", "my coach says I run like I'm sitting in a chair"),
    # stretch of socks or of a nerve, a chest stretch, a cramp stretched out
    ("lack_of_flexibility", "cheap socks stretch and bunch under my toes"),
    ("lack_of_flexibility", "Rolling in puts a stretch on the nerve behind the ankle."),
    ("lack_of_flexibility", "Got cramp in the calf, so I stretched it out and walked on."),
    ("lack_of_flexibility", "For a strain, avoid stretching for the first few days."),
    # warm-up as a time, or as when a pain eases
    ("lack_of_flexibility", "Bring a jacket for the warm-up area at the start."),
    ("lack_of_flexibility", "The ache eases as you warm up and is gone by the end."),
    # tightness as the after-effect of a session, or a stiff back with soreness
    ("lack_of_flexibility", "calves tight and sore the day after my first trail race"),
    ("lack_of_flexibility", "hamstrings stiff the day after the race, normal I guess"),
    ("lack_of_flexibility", "my lower back is stiff and achy after long drives"),
    ("lack_of_flexibility", "the calf felt a sudden tightness mid-sprint"),
    # a jump in heart rate or fees; a plan named; no warm-up; a first session, sore after
    ("too_much_too_soon", "a sudden jump in my heart rate on the climb, nothing hurts"),
    ("too_much_too_soon", "what a big increase in your delivery fees this year"),
    ("too_much_too_soon", "started couch to 5k last month and loving it"),
    ("too_much_too_soon", "did no warm up, just went straight into it, hamstring felt tight"),
    ("too_much_too_soon", "sore quads the day after my first track session, gone by lunch"),
    # rest already taken, pain worse on rest days, a break from the concrete, nerve signs
    ("overtraining", "took a week off and the ache is much better now"),
    ("overtraining", "the heel pain gets worse even on my rest days"),
    ("overtraining", "Mix in some trails to give your shins a break from the concrete."),
    ("overtraining", "both legs feel heavy and weak and I keep tripping"),
    ("overtraining", "there is a red streak going up from the blister"),
    ("overtraining", "A hot, swollen knee needs a doctor, not a rest day."),
    # a deep groin ache is a joint sign; a foot that slaps with a numb toe is a nerve sign
    ("strained_muscles", "a deep ache in my groin that is there even in bed"),
    ("improper_running_form", "my foot keeps slapping down and my big toe feels numb"),
    # filming a strength test; a pain timed "with every footstrike"; posture for the camera
    ("improper_running_form", "Film yourself doing ten single-leg squats to check your knees."),
    ("improper_running_form", "a dull ache in the heel with every footstrike"),
    ("poor_posture", "Good posture makes for better photos at the finish line."),
    # cannot squat low is mobility; foot strengthening; mobility work for stiff hips
    ("muscle_imbalance", "I can't squat low and my hips feel locked"),
    ("muscle_imbalance", "Others do well with foot-strengthening work and a neutral shoe."),
    ("muscle_imbalance", "Mobility work for stiff hips helps many runners."),
    # stiffness first thing, a stiff neck, a tendon that loosens up as it warms
    ("lack_of_flexibility", "my achilles is stiff first thing and loosens up by the bus stop"),
    ("lack_of_flexibility", "woke up with a stiff neck, no idea why"),
    # weakness named beside a nerve sign is the warning, not a strength deficit
    ("muscle_imbalance", "my leg feels weak and keeps giving way on the stairs"),
    ("muscle_imbalance", "Weak ankles that buckle and a foot that drags point to a trapped nerve."),
    ("muscle_imbalance", "both legs feel heavy and weak at the same time"),
    # straight into the run with no warm-up is the warm-up missing; legs "dead sore" after a race
    ("too_much_too_soon", "never warm up, just go straight into the run, and my calves are tight"),
    ("overtraining", "legs are dead sore after the race on sunday"),
    # rest that did not help, a yoga class named, a cadence sensor
    ("overtraining", "my back doesn't get better with rest at all"),
    ("lack_of_flexibility", "Our Sunday yoga class is free for members."),
    ("improper_running_form", "my cadence sensor won't pair with my watch"),
    # back to an old pair or back to the route gradually; bent over clients is posture
    ("too_much_too_soon", "went back to my old shoes and the blisters stopped"),
    ("too_much_too_soon", "I got back to my usual loop gradually over two months"),
    ("improper_running_form", "bent over customers all day at the salon, back aches on runs"),
    ("too_much_too_soon", "my first run after the break was a gentle 2k walk-jog, all good"),
    # a remedy waved away
    ("lack_of_flexibility", "A burning nerve pain is not a foam-roller job, see a doctor."),
    ("lack_of_flexibility", "No amount of stretching will fix a nerve that is pinched."),
    # a foam roller as a gift
    ("lack_of_flexibility", "Gift ideas: a head torch, a foam roller, and a bottle belt."),
]


@pytest.mark.parametrize(("slug", "text"), NOT_FOUND)
def test_cause_not_found(detector, slug, text):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # a hip strength move on its own, a hamstring move named by its eccentric lowering
        ("muscle_imbalance", "Three sets of 12 glute bridges after every easy run."),
        ("muscle_imbalance", "Clamshells with a band, twice a week, for the knee that caves in."),
        ("muscle_imbalance", "Rebuild with bridges and Nordic lowers once the pull settles."),
        # load that has gone up too fast, told with the training as the subject
        ("too_much_too_soon", "My shins hurt because my training has gone up too quickly."),
        ("too_much_too_soon", "Her mileage went up too fast this spring and her knee complained."),
        ("too_much_too_soon", "The volume had gone up too much for a first marathon block."),
    ],
)
def test_strength_moves_and_load_gone_up_too_fast(detector, slug, text):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # calf raises as rehab for a strain; a training partner who went up a hill fast
        ("muscle_imbalance", "After a calf strain, start calf raises once walking is easy."),
        ("too_much_too_soon", "My training partner went up too fast on the first hill."),
        ("too_much_too_soon", "Race entry prices have gone up too quickly this year."),
    ],
)
def test_look_alikes_of_strength_moves_and_load_gone_up(detector, slug, text):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    "text",
    [
        # flexible feet are a foot type; a tight muscle named only to rule it out
        "Runners with flexible feet often roll in, so look at the arch first.",
        "Stiff arches and flexible arches each need a different shoe.",
        "Pain down the leg with tingling is more likely a nerve than a tight muscle.",
        "It behaves like a trapped nerve rather than tight hamstrings.",
    ],
)
def test_flexible_feet_and_a_tight_muscle_ruled_out_are_not_flexibility(detector, text):
    assert not _found(detector, text, "lack_of_flexibility")


@pytest.mark.parametrize(
    "text",
    [
        "Tight hamstrings from desk days pull on the back of my knee.",
        "Work on flexibility: your hips are stiffer than they should be.",
    ],
)
def test_tight_muscles_and_flexibility_work_still_found(detector, text):
    assert _found(detector, text, "lack_of_flexibility")


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # glutes that switch off; running up on the toes
        ("muscle_imbalance", "Halfway round the loop my glutes switch off and my knee aches."),
        ("muscle_imbalance", "Long days at work and the hips switch off by the evening run."),
        ("improper_running_form", "I run right up on my toes and my calves hate me for it."),
        ("improper_running_form", "Running on your toes all the time loads the Achilles."),
    ],
)
def test_glutes_switching_off_and_running_on_the_toes(detector, slug, text):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("improper_running_form", "Trail races keep you on your toes, every root is a surprise."),
        ("muscle_imbalance", "I switch off my phone on long runs."),
    ],
)
def test_look_alikes_of_switching_off_and_on_the_toes(detector, slug, text):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    "text",
    [
        # a plan squeezed into less time; one hard session a week as the limit
        "She crammed a ten-week plan into three weeks and her shin gave out.",
        "Six weeks of hill work squeezed into a fortnight is asking for trouble.",
        "A 5K plan packed into half the time left my knees sore.",
        "Stick to one speed session a week for the first few months.",
        "Limit yourself to two hard sessions per week while you build.",
    ],
)
def test_training_squeezed_into_less_time_and_one_hard_session_a_week(detector, text):
    assert _found(detector, text, "too_much_too_soon")


@pytest.mark.parametrize(
    "text",
    [
        "My toes are squeezed into a narrow toe box.",
        "We packed into a tiny car for the drive to the race.",
        "Stick to one long run a week and enjoy the scenery.",
    ],
)
def test_look_alikes_of_squeezed_training_and_session_limits(detector, text):
    assert not _found(detector, text, "too_much_too_soon")


@pytest.mark.parametrize(
    "text",
    [
        # tiredness from training that stacks up week on week
        "Race every weekend and the fatigue stacks up until something breaks.",
        "The tiredness builds up over a block with no easy weeks.",
        "By March the fatigue was stacking up and my legs never felt fresh.",
    ],
)
def test_fatigue_that_stacks_up(detector, text):
    assert _found(detector, text, "overtraining")


def test_stacking_shoe_boxes_is_not_fatigue(detector):
    assert not _found(detector, "The shoe boxes stack up in the hall.", "overtraining")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Lots of new runners end up bobbing along on their toes, and the calves pay.",
         "improper_running_form"),
        ("My coach says I bounce too much when I run and my shins are paying for it.",
         "improper_running_form"),
        ("Hours gaming on the couch every weekend and now my lower back aches on runs.",
         "poor_posture"),
    ],
)  # fmt: skip
def test_bouncing_on_the_toes_and_gaming_on_the_couch(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    "text",
    [
        "The upper is stretched over a last, then glued down to the midsole.",
        "A stiff plastic counter wraps the back of the heel.",
    ],
)
def test_how_a_shoe_is_made_is_not_about_flexibility(detector, text):
    assert not _found(detector, text, "lack_of_flexibility")
