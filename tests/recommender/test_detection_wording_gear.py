"""Shoes, socks, feet and ground in everyday wording, and the look-alikes that name no cause."""

import pytest

from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


def _found(detector, text, slug):
    return slug in detector.detect(text).slugs


@pytest.mark.parametrize(
    "text",
    [
        # shoes bought for another sport, or worn for everything
        "my running shoes are actually the ones I got for squash, and my shins hate it",
        "The trainers I wear for work every day are the same ones I jog in and my arches ache.",
        "these sneakers were made for basketball really, knees sore after every 5k",
        "my shoes are those cheap canvas ones from the market and my heels throb after a run",
        "Went from cushioned trainers to minimalist ones overnight, now the top of my foot aches.",
        "I jog in the trainers I lift in at the gym and the balls of my feet burn",
        # the heel out of the back, slipping in one shoe
        "my heel comes out of the back of the shoe on every climb",
        "the heel keeps slipping in the right shoe and the back of my ankle is sore",
        # a size too small, mileage as age
        "half a size too small I think, my toenails are going purple",
        "knee aches on the outside, my shoes are about 1000km old",
        "Top of my foot hurts and the pair has 600+ miles on them.",
        # shoes that lost support, blisters from a named pair
        "Trainers that have lost their medial support let the foot sag inwards.",
        "got a blister on my little toe from the new road shoes",
        # narrow, pointy shoes; room for the toes
        "Narrow, pointed shoes squeeze the forefoot and irritate the nerves between the toes.",
        "A roomier toe box lets the toes spread and takes pressure off the forefoot.",
        # never-running shoes
        "only had my work boots with me on holiday so I ran in them, now my ankles ache",
        # the soft part of the sole gone
        "the spongy bit under my heel has gone totally flat and my knees notice",
    ],
)
def test_footwear_in_everyday_wording(detector, text):
    assert _found(detector, text, "improper_footwear")


@pytest.mark.parametrize(
    "text",
    [
        "Bought the wrong size online, can I swap it for a 10?",
        "The new version has a wider toe box and a firmer heel.",
        "We collect old running shoes for recycling at the till.",
        "Race went well. The new shoes were brilliant and the weather held.",
        "Bring the socks you run in when you try on new shoes.",
        "A sock that is a size too big bunches under the arch and rubs.",
    ],
)
def test_footwear_look_alikes_stay_clear(detector, text):
    assert not _found(detector, text, "improper_footwear")


@pytest.mark.parametrize(
    "text",
    [
        "My arches are really high and stiff and the balls of my feet ache on long runs.",
        "my arch is completely flat and my inner shin hurts",
        "weak arches, they've dropped over the years and my feet ache after 5 miles",
        "my wet footprint on the tiles shows the whole foot, no curve on the inside, knees ache",
        "Tengo pies planos y me duelen las rodillas al correr.",
        "feet are flat as pancakes and my ankles ache",
    ],
)
def test_foot_mechanics_said_plainly(detector, text):
    assert _found(detector, text, "foot_mechanics")


@pytest.mark.parametrize(
    "text",
    [
        "my old shoes, the soles are flat as a pancake and my knees ache",
        "the cushioning is flat as a pancake now and my shins hurt",
        "The arch of the bridge is high above the river path.",
    ],
)
def test_foot_mechanics_look_alikes_stay_clear(detector, text):
    assert not _found(detector, text, "foot_mechanics")


@pytest.mark.parametrize(
    "text",
    [
        "all my runs are on the paved cycle path and my shins have started to ache",
        "Shins sore from too many road miles; the physio said to mix in some grass runs.",
        "Try to fit in a few woodland loops each week instead of the same street circuit.",
        "Depuis que je cours sur le bitume, j'ai mal aux genoux.",
    ],
)
def test_hard_surfaces_in_everyday_wording(detector, text):
    assert _found(detector, text, "hard_surfaces")


@pytest.mark.parametrize(
    "text",
    [
        "Had a fall on the pavement on Sunday and grazed my hand.",
        "If one foot starts to slap the pavement, the nerve to the shin may be pinched.",
        "Grip on wet tarmac is good, less so on slick cobbles.",
        "My ankles roll on uneven ground when the trail gets rocky.",
        "The new coach paved the way for a friendlier club.",
        "These off-road running shoes come with deep lugs.",
    ],
)
def test_hard_surface_look_alikes_stay_clear(detector, text):
    assert not _found(detector, text, "hard_surfaces")


@pytest.mark.parametrize(
    "text",
    [
        "Socks that are a size too large fold under the arch and rub.",
        "my sock's a size too big and it balls up under my heel",
        "my socks have this thick seam right across the top of the toes",
        "by the end of a long run there's rubbing along the little toe",
        "the shoe rubs on the back of my heel every run",
    ],
)
def test_socks_and_rubbing_in_everyday_wording(detector, text):
    assert _found(detector, text, "improper_socks")


@pytest.mark.parametrize(
    "text",
    [
        "New in: the Tempo crew sock, ribbed arch band and a seamless toe, five colours.",
        "Rub some arnica on the bruise on your thigh.",
    ],
)
def test_sock_look_alikes_stay_clear(detector, text):
    assert not _found(detector, text, "improper_socks")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("my trainers have seen better days and my knee is grumbling", "improper_footwear"),
        ("shoes held together with gaffer tape now, shins sore", "improper_footwear"),
        ("I've had these trainers since 2018 and my heels ache", "improper_footwear"),
        ("my running pair is a hand-me-down from my cousin, arches sore", "improper_footwear"),
        ("my toes rub together on long runs and get sore", "improper_socks"),
        ("I only jog along the seafront promenade and my shins ache", "hard_surfaces"),
        ("my feet are really flat and my inner shins hurt", "foot_mechanics"),
        ("my heels tilt outwards when I land and my ankles ache", "foot_mechanics"),
        ("I roll onto the outside of my feet and my ankles hurt", "foot_mechanics"),
    ],
)
def test_more_gear_wordings(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Lie on your back with your feet flat on the floor and lift your hips.", "foot_mechanics"),
        ("I've had these shoes for two weeks and they feel fine.", "improper_footwear"),
        ("The 10k route runs along the promenade and finishes by the pier.", "hard_surfaces"),
    ],
)
def test_more_gear_look_alikes(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Shop tip: rotate two pairs so the foam gets a day to recover.", "improper_footwear"),
        ("cotton socks for my grandad's birthday please, nothing fancy", "improper_socks"),
        ("wool socks as a Christmas present for my sister", "improper_socks"),
        ("the heel cup of my trainers has caved in and my ankle aches", "foot_mechanics"),
    ],
)
def test_care_tips_gifts_and_worn_heel_cups(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("I run in cotton socks for every race and get blisters", "improper_socks"),
        ("my heels roll inwards when I land and my knees ache", "foot_mechanics"),
        ("rotate two pairs and replace your shoes every 800 km", "improper_footwear"),
    ],
)
def test_the_same_words_still_count_where_they_blame(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("the tread on my trainers has gone and I keep sliding, hip sore", "improper_footwear"),
        ("they were a gift and they're not really running shoes, shins ache", "improper_footwear"),
        ("I've been running in my sister's cast-offs and my arches ache", "improper_footwear"),
        ("Raced a half in new shoes without breaking them in, feet wrecked", "improper_footwear"),
        ("Break your new shoes in over a few short runs before race day.", "improper_footwear"),
        ("worn-down heels on my trainers and my knees are sore", "improper_footwear"),
        ("I can feel every pebble through the sole now and my forefoot aches", "improper_footwear"),
        ("my heel gets rubbed sore on every long run", "improper_socks"),
        ("my arches sit right on the floor when I stand and my shins ache", "foot_mechanics"),
    ],
)
def test_wear_fit_and_breaking_in(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My wrist was broken in two places after the fall.", "improper_footwear"),
        ("My grip has gone weak in my right hand.", "improper_footwear"),
        ("The winner was comfortable straight out of the box.", "improper_footwear"),
        ("my trainers are well broken in now and feel lovely", "improper_footwear"),
    ],
)
def test_wear_and_breaking_in_look_alikes(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Supination is not the issue for most. Those who supinate do fine.", "foot_mechanics"),
        ("Sidewalks aren't the problem for most runners; sudden load is.", "hard_surfaces"),
    ],
)
def test_a_topic_waved_away(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    "text",
    [
        "Mis zapatillas están muy gastadas y me duele la rodilla.",
        "Mes chaussures de course sont usées et j'ai mal aux genoux.",
        "Meus tênis estão gastos e meu joelho dói.",
    ],
)
def test_worn_shoes_in_other_languages(detector, text):
    assert _found(detector, text, "improper_footwear")


def test_a_tennis_lesson_in_spanish_is_no_shoe(detector):
    assert not _found(detector, "Juego al tenis los martes con mi hermana.", "improper_footwear")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("This year's model has a new heel counter and a roomier toe box.", "improper_footwear"),
        ("We'll meet on the pavement outside the cafe at eight.", "hard_surfaces"),
        ("The pavement outside the shop is being resurfaced this week.", "hard_surfaces"),
    ],
)
def test_product_features_and_meeting_points(detector, text, slug):
    assert not _found(detector, text, slug)


def test_a_roomier_toe_box_as_advice_still_counts(detector):
    text = "Squashed toes and numb tips? Go for a roomier toe box."
    assert _found(detector, text, "improper_footwear")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("went straight into barefoot sandals and my calves are wrecked", "improper_footwear"),
        ("moved to zero-drop ones last month, achilles sore", "improper_footwear"),
        ("my feet go totally flat when I land and my inner shins ache", "foot_mechanics"),
        ("when I stand on one leg the arch just gives way and my ankle aches", "foot_mechanics"),
        ("Cotton is fine for the pub and a real liability on a long run.", "improper_socks"),
        ("the socks I wore that day sat soggy for hours and my heels blistered", "improper_socks"),
    ],
)
def test_transitions_flattening_and_wet_cotton(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The barefoot runners in the park looked so relaxed.", "improper_footwear"),
        ("The pain in my arch has disappeared since I rested.", "foot_mechanics"),
    ],
)
def test_transition_and_arch_look_alikes(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("my trainers r well old n my knees r killin me", "improper_footwear"),
        ("shoes are like 4 yrs old lol, shins sore", "improper_footwear"),
        ("my asics are totally knackered and my knee hurts", "improper_footwear"),
        ("the heel bit of my shoes is all squashed down, achilles aches", "improper_footwear"),
        ("bought the cheapest trainers in the sale and my arches ache", "improper_footwear"),
        ("my trainers have holes in the sides and my feet hurt", "improper_footwear"),
        ("my ankles wobble inwards every step and my shins ache", "foot_mechanics"),
    ],
)
def test_shopper_slang_for_old_cheap_and_broken_shoes(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("the heel counter's gone floppy and my foot wobbles around in there", "foot_mechanics"),
        ("My son is so old now he runs faster than me.", "improper_footwear"),
        ("These trainers have holes in the upper for airflow.", "improper_footwear"),
        ("The racing shoes have holes in the sole to drain water.", "improper_footwear"),
    ],
)
def test_shopper_slang_look_alikes(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Find a park or a canal towpath for your easy runs.", "hard_surfaces"),
        ("Wool or synthetic socks keep the skin drier than cotton.", "improper_socks"),
        ("If your socks crease under the foot, they are the wrong size.", "improper_socks"),
        ("If your knees point in when you land, your arches may be collapsing.", "foot_mechanics"),
    ],
)
def test_article_advice_on_ground_socks_and_arches(detector, text, slug):
    assert _found(detector, text, slug)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Try our new trail shoes for your next run in the hills.", "hard_surfaces"),
        ("Find a trail race near you on our events page.", "hard_surfaces"),
    ],
)
def test_trail_shoe_and_race_adverts_name_no_ground(detector, text, slug):
    assert not _found(detector, text, slug)


@pytest.mark.parametrize(
    "text",
    [
        "The toe box on mine is tiny and my little toe goes numb.",
        "toe box on these is really narrow, my bunion is screaming",
        "The toe box on them is so tight that my nails have gone black.",
    ],
)
def test_a_toe_box_a_few_words_from_its_fit(detector, text):
    assert _found(detector, text, "improper_footwear")


def test_a_roomy_toe_box_is_not_a_fit_problem(detector):
    assert not _found(detector, "The toe box on these is roomy.", "improper_footwear")


def test_a_loose_heel_is_a_fit_problem(detector):
    loose = "A loose heel rubs on every stride and I get blisters."
    assert _found(detector, loose, "improper_footwear")
    firm = "The heel counter is firm and the fit is great."
    assert not _found(detector, firm, "improper_footwear")


def test_socks_sliding_about_inside_the_shoe_are_a_sock_problem(detector):
    text = "My old socks keep sliding down in my shoes and I get hot spots."
    assert not _found(detector, text, "improper_footwear")
    assert _found(detector, text, "improper_socks")


def test_old_shoes_turned_over_to_read_their_wear_are_no_shoe_problem(detector):
    assert not _found(
        detector, "Turn your old trainers over and look at the wear.", "improper_footwear"
    )
    assert _found(
        detector, "My old trainers are worn through and my knees ache.", "improper_footwear"
    )


def test_shoes_built_for_the_pavement_are_product_copy_not_a_hard_surface(detector):
    assert not _found(
        detector, "Road shoes are built for pavement and smooth paths.", "hard_surfaces"
    )
    assert _found(
        detector, "Miles on the pavement every day left my shins aching.", "hard_surfaces"
    )
