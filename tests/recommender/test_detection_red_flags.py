"""Red flags in everyday wording, and the look-alikes that must not raise one."""

import pytest

from recommender.detection.rules import RuleDetector


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


@pytest.mark.parametrize(
    "text",
    [
        "I get these electric zingers down my shin when I land.",
        "There's a zinging feeling along the outside of my calf.",
        "Every step sends a bolt of pain through my shin.",
        "Jolts of pain in my heel.",
        "It's like being stung by a wasp every time I land.",
        "It feels like ants crawling on my shin.",
        "My foot goes to sleep after a few miles.",
        "My foot feels like it's buzzing after a run.",
        "It feels like someone is sticking a knife in my heel.",
        "The pain is searing when I push off.",
        "It's an agonising pain in my heel.",
        "I suspect it's nerve related.",
        "My calf burns and it's spreading up my leg.",
        "The pain starts in my bum and goes all the way to my ankle.",
    ],
)
def test_nerve_and_sharp_pain_in_everyday_words(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag, result.as_dict()
    assert result.red_flags[0].evidence == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "My ankle keeps giving out when I run.",
        "My leg feels like jelly and gives way.",
        "It feels like my knee is going to give.",
        "I can't stand on tiptoe on that foot.",
        "My foot won't lift properly and I trip.",
        "I keep dropping things with my right hand.",
        "I can barely walk on it.",
        "I can't put my foot down without agony.",
        "I've been peeing myself a bit since my back went.",
        "I'm having trouble going to the toilet since my back went.",
    ],
)
def test_weakness_and_bladder_trouble_in_everyday_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "I can't sleep because of the ache in my shin.",
        "The ache keeps me from sleeping.",
        "It hurts more when I'm resting than when I run.",
        "Even resting on the sofa it aches.",
        "The pain never goes away, even in bed.",
        "Constant pain, even when lying still.",
        "The pain doesn't go away, even when I rest.",
        "Two weeks off and no improvement.",
        "A month off and the pain hasn't shifted at all.",
        "Even after resting it's just as bad.",
        "It's getting worse even though I'm not running.",
    ],
)
def test_pain_at_rest_or_at_night_in_everyday_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "There's yellow gunk coming out of the blister.",
        "The blister has gone green and crusty.",
        "The cut on my heel is weeping and smells bad.",
        "There are red lines going up my leg from the blister.",
        "I'm worried it's a stress reaction in my shin.",
        "One spot on my shin hurts to touch.",
        "My shin hurts to the touch at one exact spot.",
        "Pressing on the top of my foot is agony.",
    ],
)
def test_infection_and_suspected_bone_trouble_in_everyday_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My legs felt weak at the end of the marathon.",
        "I'm worried about getting a stress fracture if I add miles too fast.",
        "Stress fractures are common in runners who ramp up too fast.",
        "The foam has a lot of zing.",
        "My legs felt dead after the track session.",
        "A few days of rest and it settled.",
        "I took a week off and it's fine now.",
        "I was buzzing after my first half marathon!",
        "My legs were like jelly after the race.",
        "Two weeks off and it's much better.",
        "I'm going to give these a go.",
    ],
)
def test_look_alikes_of_the_new_wordings_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "The ache in my hip carries on down the front of my thigh to the knee.",
        "A zing, like grabbing a live wire, that runs down the side of my arm.",
        "I get a jolt from my neck into my elbow when I look over my shoulder.",
        "there is electricity go down in my right leg to the foot",
        "Stabbing pain in my lower back every time I sneeze, and it flicks into my hip.",
        "It's like someone jabs a sewing needle in my heel.",
        "Knife-in-the-heel feeling on the first step.",
        "My fingers go fizzy on long runs.",
        "A burning, fizzy feeling under my toes.",
        "It burns and prickles like a nerve thing.",
        "My shin feels kind of detached, like it belongs to somebody else.",
        "My left calf seems to lose all power after 5k.",
        "If your grip on a cup weakens on long runs, get your neck checked.",
        "I can't feel a pinprick on the side of my thigh.",
    ],
)
def test_nerve_pain_and_weakness_told_as_a_story(detector, text):
    result = detector.detect(text)
    assert result.has_red_flag, result.as_dict()
    assert result.red_flags[0].evidence == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "The ache gets me up at 4am most nights.",
        "I woke at 1 and again at 5 last night with my knee aching.",
        "Ten days completely off, zero difference, if anything it's worse.",
        "A week off and the spot is more tender now.",
        "knee pain that has not budged after two months completely off",
        "I can press one exact point on my shin that makes me jump.",
        "The top of my foot aches in one small spot.",
        "The GP said it could be a bone stress injury.",
        "I've been running a temperature of 39 and my ankle is swollen.",
        "Heard a pop in my calf and can't push off on it.",
        "I had an accident in my shorts on the long run and my back has been bad since.",
        "I needed a wee halfway and didn't make it, and my back is sore.",
    ],
)
def test_night_pain_time_off_bones_fever_and_bladder_told_as_a_story(detector, text):
    assert detector.detect(text).has_red_flag


def test_a_remedy_that_cannot_help_does_not_deny_the_symptom(detector):
    assert detector.detect("New insoles cannot fix a shooting pain in the heel.").has_red_flag
    assert detector.detect("No insole will fix a shooting pain in the heel.").has_red_flag
    assert not detector.detect("No shooting pain, just a dull ache in the heel.").has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My toes went numb at 10k but I loosened my laces and it stopped straight away.",
        "My foot went to sleep on the train and woke up fine after a minute.",
        "If your toes go numb only when the laces are tight and come back the moment you "
        "loosen them, that is pressure.",
    ],
)
def test_a_symptom_that_passes_at_once_is_not_a_red_flag(detector, text):
    assert not detector.detect(text).has_red_flag


def test_numbness_that_comes_back_on_every_run_is_still_a_red_flag(detector):
    text = "My foot goes numb every run and the feeling comes back after a few minutes of walking."
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My calves were aching but I carried on down to the foot of the hill.",
        "The ache runs along the arch of my foot.",
        "Heel pain that goes into the arch first thing in the morning.",
        "Does the temp of 38 degrees matter for the race?",
        "I went for a wee before the start and didn't make it to the start line on time.",
        "She heard a pop song on the radio mid run.",
        "I feel fizzy with excitement before races.",
        "Fizzy drinks before a run give me a stitch.",
        "Bone stress adapts to load over months.",
        "My grip on the bottle is fine.",
        "The cramp eased off straight away.",
    ],
)
def test_look_alikes_of_story_wordings_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Pain that persists despite rest needs a scan.",
        "Pain that is still there after two weeks of rest should be looked at.",
        "If resting doesn't ease it, see a doctor.",
        "Rest doesn't seem to help.",
        "The more I rest the worse it gets.",
        "Pain that comes on at rest or at night is a warning sign.",
        "I've been up all night with my knee.",
        "I couldn't sleep a wink because of my hip.",
        "Pain you can pinpoint with a fingertip on the shin needs an X-ray.",
        "It's like hot water running down my leg.",
        "My thigh has a numb patch.",
        "It's like a current running through my foot.",
        "It zaps me whenever I land.",
        "My knee just went from under me.",
        "My leg won't hold me.",
        "It feels like my leg isn't there.",
        "I can't wiggle my toes.",
        "There was a crack and now I can't weight-bear.",
        "I can't bear to put my foot on the floor in the morning.",
        "Since the fall I've had no control over my bladder.",
        "My knee is swollen up like a balloon and hot.",
        "The skin around the blister is angry and red and spreading.",
    ],
)
def test_warning_signs_in_more_everyday_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "The rest of the week doesn't help my training plan.",
        "Rest days help me recover.",
        "I was up all night with the baby.",
        "The dead patch of grass at the park is softer.",
        "The current running through the race village was electric.",
        "I can't wiggle my toes in these shoes, the toe box is too narrow.",
        "I couldn't sleep a wink before the marathon.",
        "A dull ache that lingers after long runs.",
        "Red and white socks.",
    ],
)
def test_look_alikes_of_more_everyday_warning_signs(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "A runner whose calf feels hot, tight and swollen for no reason needs same-day care.",
        "If you can't hop on the sore leg without pain, get an X-ray.",
        "Difficulty passing urine with back pain is an emergency.",
        "Feeling unwell with a swollen, painful knee needs checking.",
        "A sharp, catching pain in my knee.",
        "A hot, needle-like pain in the ball of my foot.",
        "I get a hot poker feeling in my heel.",
        "Weakness in my ankle when I try to push off.",
        "My leg feels heavy and drags behind me.",
        "I'm dragging my foot.",
        "I'm scared I've broken something in my foot.",
        "A bump on my shin that is very tender to touch.",
        "The skin is red, warm and spreading around the blister.",
    ],
)
def test_warning_signs_in_article_and_shopper_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "No longer numb, all fine now.",
        "The heel counter is weak.",
        "A red, white and spreading logo.",
        "I keep dragging my feet about signing up.",
        "Sharp, snappy shoes for race day.",
    ],
)
def test_look_alikes_of_article_and_shopper_warning_signs(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "shooty pains in my heel",
        "zappy feeling in my toes",
        "my foot's numbish after 10k",
        "knee keeps going on me",
        "my ankle goes from under me",
        "foot feels asleep the whole run",
        "my heel kills at night",
        "can't sleep on my side cos of my hip",
        "lying in bed it throbs",
        "rested it for 3 weeks, no change",
        "3 weeks no running and it's the same",
        "it's still sore even though I stopped running",
        "my calf is swollen and really tender and warm",
        "j'ai des fourmis dans le pied",
        "sinto dormência no pé",
        "dolor punzante en el talón",
        "stechender Schmerz in der Ferse",
    ],
)
def test_red_flags_in_slang_and_other_languages(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "I had a nervy feeling before the race.",
        "My legs were asleep for the first mile, need more coffee.",
        "My knee went on me a bit on the stairs once last year but fine now.",
        "The hills are killing me at night runs.",
        "It's the same shoe as last year.",
        "A tingly feeling of excitement.",
    ],
)
def test_look_alikes_of_slang_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "a buzzing like my phone's on vibrate in my calf",
        "there's a vibrating feeling in my foot",
        "I can't feel the ground under my foot when I run.",
        "My leg doesn't do what I tell it to.",
        "My foot has gone clumsy and I keep tripping.",
        "The back of my leg burns all the way down.",
        "I have a weird sensation down the back of my leg.",
        "My glute pain now reaches my knee.",
        "From my buttock it goes right into the calf.",
        "It comes down the leg to the foot.",
        "I've got no feeling from the knee down.",
        "The pain is 9 out of 10 at night.",
        "Took a week off, no change.",
    ],
)
def test_nerve_signs_told_by_what_the_limb_does(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "The shoe has a strange feeling through the midsole into my foot.",
        "My phone is on vibrate during races.",
        "I rated the shoes 9 out of 10 at night runs.",
        "I can't feel the ground in these max cushion shoes.",
        "It comes down to the shoes in the end.",
        "The shoe feels clumsy on turns.",
        "It travels down the leg of the shorts.",
        "Took a week off, no change in fitness.",
    ],
)
def test_look_alikes_of_nerve_signs_told_by_the_limb(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Any pain below the knee with back pain should be checked.",
        "If you cannot lift the front of your foot, see a doctor.",
        "If you can't walk on your heels or toes, get checked.",
        "Difficulty walking on your heels can signal nerve weakness.",
        "Pain that is constant and unrelenting needs a doctor.",
        "Pain that is there all the time, day and night, needs checking.",
        "Pain you can put one finger on is a warning sign.",
    ],
)
def test_warning_signs_as_articles_list_them(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Unrelenting rain on race day.",
        "Put a finger on the map.",
        "Walking on your heels is a good drill.",
        "Pain just below the knee after hills, like tendon soreness.",
    ],
)
def test_look_alikes_of_article_warning_signs(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "A flash of lightning on the trail run.",
        "Ants crawling all over the picnic table at the finish.",
        "Graduated compression spreads up the leg.",
        "I'd love to know what advice you would give.",
        "My feet flop around in these shoes, they're too big.",
        "After a week off I came back and my legs were more sore than usual.",
        "My fitness gets worse when I'm not running.",
        "My blister popped and is weeping a bit.",
        "Red marks running along my foot from the straps.",
        "The sore spot in my calf hurts to touch after the race.",
        "Bone stress injuries are common in runners who ramp up too fast.",
        "My calves burn all the way up the hill.",
        "The pain was gone when I reached the foot of the hill.",
        "I can barely stand on one leg for ten seconds.",
        "I struggle to balance on my toes.",
        "I always have trouble going to the loo before a race.",
    ],
)
def test_everyday_look_alikes_of_the_newer_cues(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "got numbess in my toes",
        "shootin pain up my shin",
        "stabbin pain in my heel",
        "i think its siatica",
    ],
)
def test_misspelt_red_flags(detector, text):
    assert detector.detect(text).has_red_flag


def test_a_misspelt_near_miss_is_not_a_red_flag(detector):
    assert not detector.detect("shootin for a sub 20 at parkrun").has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        # Pain that moves from the back or neck along a limb, named by the side of the limb.
        "There's a zap from my neck right down the back of my arm to my fingers.",
        "The ache goes from my lower back down the outside of my thigh.",
        "The pain seems to follow a track from my bum down the back of my leg.",
        "A jolt runs from my lower back down the back of my leg.",
        # Pain that pours or trickles along a limb.
        "A burning pain that pours down the front of my shin.",
        "The pain trickles down the inside of my arm when I run.",
        # A strip of burning or tingling along a limb; something pinching a nerve.
        "I get a tingling line down the side of my arm.",
        "There's a burning band along the outside of my thigh after 5k.",
        "The physio thinks something is pinching a nerve in my neck.",
        "Feels like my shoulder is pinching on a nerve.",
        # Buzzing in someone's fingers.
        "Does anyone else get a fizzing feeling in their last two fingers?",
    ],
)
def test_pain_that_moves_along_a_limb_in_more_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Sweat pours down my legs on hot runs.",
        "Water flows down the side of the road into the drain.",
        "The finish line down the road was a welcome sight.",
        "The shock travels up my legs into my knees on downhills.",
        "When you overstride the jolt goes straight into the knee.",
    ],
)
def test_look_alikes_of_pain_that_moves(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        # Skin with no feeling.
        "My right buttock feels dead to the touch.",
        "My thigh is numb like after the dentist.",
        "There's a patch on my shin where I feel nothing when I press it.",
        "There's a loss of feeling along my shin.",
        "If you can no longer feel the seams of your socks, see a doctor.",
        # Bladder sensation and control.
        "I don't always feel when I need to pee since my back went.",
        "She can't tell when she needs to wee any more.",
        "He can't control when he needs the toilet.",
        "I'm on the loo all the time, or I can't go when I need to.",
        "Two bladder accidents on runs this week.",
        # The saddle area.
        "My saddle area has gone to sleep and stays that way after the ride.",
        "My groin feels dead since Tuesday.",
    ],
)
def test_lost_feeling_and_bladder_control_in_plain_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather go to the dentist than run hills.",
        "I can't tell when I need new shoes.",
        "I never know when I need to go before a race, nerves I guess.",
        "These socks are seamless, you can't feel the seams at all.",
        "Once you no longer feel the seams, the socks are broken in.",
        "I've had a loss of feeling for running lately, any motivation tips?",
        "I was absolutely numb when I saw my new 10k time.",
        "Numb fingers from the cold just need gloves.",
        "Keine Taubheit, kein Kribbeln, nur müde Beine.",
        "My daughter is numb to criticism, she just runs.",
    ],
)
def test_look_alikes_of_lost_feeling(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        # A limb that will not take weight, folds, drags or will not lift; a weak grip.
        "My wrist won't take any weight.",
        "My knee won't bear my weight on the stairs.",
        "A leg that feels as if it won't hold your weight needs a doctor.",
        "My knee just folded under me on the stairs.",
        "Both legs crumpled beneath me at the top of the hill.",
        "I think my foot is sort of dragging?",
        "I can't pull my toes up towards my shin on the left.",
        "He kept dropping his pen because his hand felt weak.",
        "My hand couldn't hold a proper grip on the rail.",
        "I can barely grip my keys.",
        "My leg feels like it isn't mine.",
    ],
)
def test_weakness_told_by_what_the_limb_will_not_do(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "These shoes won't support my weight, I'm 110kg.",
        "It won't support my weight, the sole is too soft.",
        "My legs felt numb with tiredness after the ultra.",
        "My watch strap won't hold its weight.",
        "I can't pull my foot up behind me for the quad stretch.",
        "My physio says if my knee ever gave way I should get a scan, but it's just stiff.",
        "I keep dropping my gels on the run.",
    ],
)
def test_look_alikes_of_weakness(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        # Pain lying down, worse even when resting, worse on rest days, the same after time off.
        "My back aches when I lie down at night.",
        "My hip throbs as soon as I lie down.",
        "The pain in my shin gets worse even when I rest it.",
        "It's been getting worse even on my rest days.",
        "Worse every week, rest days included.",
        "Had ten days completely off and it's no better.",
        "Took a fortnight off and the ache in my heel is exactly the same.",
        "Pain that is still there, or worse, after a week of rest needs a diagnosis.",
        "The pain is keeping me awake.",
        "My hip is keeping me up at night.",
        # Swelling that looks infected; a stab.
        "There's a hot, angry swelling over my knee.",
        "It catches me like a stab when I bend down.",
    ],
)
def test_rest_and_night_pain_in_more_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My legs ache when I lie down after a long run.",
        "My legs feel worse on rest days than on run days.",
        "It hurts more on rest days, weirdly.",
        "The baby is keeping me awake so I'm running less.",
        "Took two weeks off and my pace is exactly where it was.",
        "That was a stab in the dark on the pace.",
        "Had a fever the week before the race, all gone now.",
    ],
)
def test_look_alikes_of_rest_and_night_pain(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        # A bone that may be broken or cracked, and a doctor looking for a fracture.
        "Pretty sure something's broken in my foot.",
        "I fell on my hand and I'm scared it's broken.",
        "The bone in my foot might have cracked.",
        "They sent me for an X-ray to see if the bone in my wrist is fractured.",
        "My doctor wants to rule out a stress fracture.",
        "A deep ache in the groin when hopping needs imaging.",
    ],
)
def test_a_suspected_break_in_more_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "I think they're broken in now, super comfy.",
        "Something's broken on my watch, the strap snapped.",
        "The x-ray ruled out a fracture, it's just a bruise.",
        "Stress fractures are a real risk when mileage climbs too fast.",
        "Stress fractures are one of the risks of doing too much.",
        "A stress fracture is a possibility for anyone who runs a lot.",
        "I'm a bit paranoid about stress fractures, which shoes cushion most?",
        "A friend had a stress fracture last year so I'm careful.",
        "I had sciatica about ten years ago, sorted with physio.",
        "Runners often worry that any heel pain is a stress fracture; usually it is not.",
    ],
)
def test_look_alikes_of_a_suspected_break(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        # The arm and hand as well as the leg.
        "The ache travels from my shoulder down to my elbow.",
        "There's a bolt of pain running from my shoulder blade down my arm.",
        "Can't feel my fingertips on my left hand.",
        "A nerve in my neck is trapped.",
        # Night and rest in more words.
        "My heel pain is worst in the middle of the night.",
        "I lie awake with the throbbing in my shin.",
        "I couldn't sleep last night because my knee was throbbing.",
        "The ache never lets up, day or night.",
        "The pain is there all the time, even sitting on the sofa.",
        "It's been three weeks of rest and it's no different.",
        "Rest made no difference at all.",
        # A tender bone, a slapping foot.
        "My shin hurts when I tap on the bone.",
        "My foot slaps the ground when I run now.",
    ],
)
def test_upper_limb_night_and_rest_signs(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "The race had a fever pitch atmosphere.",
        "The rain never lets up in Manchester.",
        "The rest of the week made no difference to my pace.",
        "My feet slap the pavement loudly, am I overstriding?",
        "I lay awake with excitement before the race.",
        "I couldn't sleep because my neighbour was partying.",
        "Pain free now, even in bed I feel great.",
        "It was a burning hot day, sweat streaming down my arms.",
        "Cancelling the race felt like a stab in the back.",
        "I can't get a grip on these bottles when my hands are sweaty.",
        "The screen on my watch froze, it's dead to the touch.",
        "No numbness, no loss of feeling, just tired legs.",
    ],
)
def test_look_alikes_of_upper_limb_night_and_rest_signs(detector, text):
    assert not detector.detect(text).has_red_flag


def test_a_warning_sign_other_runners_wrongly_think_normal_still_counts(detector):
    text = "Beginners often assume that shooting pain is normal. It isn't."
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Our wide toe box helps prevent numb toes on long runs.",
        "Seamless socks reduce the chance of tingling hot spots.",
        "My toes used to go numb in my old shoes but these are perfect.",
        "I used to get sciatica but it hasn't bothered me in years.",
        "Last year I had a stress fracture; this year I just want faster shoes.",
        "She had a stress fracture in 2019 and now wants cushioned shoes.",
    ],
)
def test_a_symptom_prevented_or_long_past_is_not_a_red_flag(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago I started running and now my toes go numb on every run.",
        "I'm used to the tingling but now my foot drags.",
        "It used to be a dull ache, now it's a stabbing pain.",
        "My toes used to just ache but now they go numb.",
        "Avoid running if you have numbness in your feet.",
        "Since last year I've had numbness in my foot on every run.",
    ],
)
def test_a_symptom_present_now_after_a_past_one_is_a_red_flag(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Every step feels like someone is jabbing my heel with a pin.",
        "It's a hot, knifey pain in the ball of my foot.",
        "Something is pressing on a nerve in my back.",
        "My foot feels like it's wrapped in cotton wool.",
        "I can't feel the bottom of my foot properly.",
        "Halfway through, my leg stopped working properly.",
        "The pain hasn't eased at all after three weeks of no running.",
        "The pain's the same after a fortnight off.",
        "I've pissed myself a bit on my last two long runs since my back started.",
        "I've got no feeling when I wipe after the loo.",
        "I'm struggling to start peeing.",
        "It hurts to hop on that leg.",
        "The top of my foot is swollen and hurts right on the bone.",
        "The ache is there constantly, morning and night.",
    ],
)
def test_red_flags_in_yet_more_everyday_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My legs stopped working at mile 22, classic wall.",
        "I pissed myself laughing at the fancy dress runners.",
        "Put a bit of cotton wool between your toes to stop rubbing.",
        "The strap rubs on my ankle bone.",
        "My hand stopped working out when I started running more.",
        "The pain is the same in both shoes.",
    ],
)
def test_look_alikes_of_red_flags_in_yet_more_everyday_words(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "- severe pain that stops you bearing weight",
        "If you notice weakness when you try to lift your foot, see a doctor.",
        "It's more of a sharp pain than an ache.",
    ],
)
def test_article_warning_signs_in_more_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "A stress fracture takes six to eight weeks to heal.",
        "Calcium and vitamin D help protect against stress fractures.",
        "A numb bum from the bike saddle is common on long rides.",
        "I'd describe it as more of a pressure than a sharp pain.",
        "Weak glutes make it hard to lift your knee.",
    ],
)
def test_look_alikes_of_article_warning_signs_in_more_words(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "I have problems with my bowels on long runs, probably the gels.",
        "My foot went numb because I sat cross-legged for an hour.",
        "I felt a bit feverish after the vaccine so skipped my run.",
    ],
)
def test_symptoms_with_an_everyday_reason_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Feverish with a hot swollen ankle.",
        "Problems with my bladder since my back started hurting.",
        "My foot went numb at 5k and stayed numb.",
    ],
)
def test_the_same_symptoms_without_an_everyday_reason_are_red_flags(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "cant feel my toes after 5k",
        "my ankle wont take any weight",
        "the pain doesnt let up even in bed",
        "its been 2 wks off and its no better",
        "cant sleep cos of my hip",
        "sciattica down my left leg again",
        "leg feels dead and heavy, like it doesnt belong to me",
    ],
)
def test_red_flags_written_without_apostrophes(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "cant wait for my race on sunday",
        "these shoes dont belong to me, wrong order",
        "dont think its anything serious, no numbness",
    ],
)
def test_look_alikes_written_without_apostrophes(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "It feels like an ice pick in my heel.",
        "The pain wraps round into my groin and down the inside of my thigh.",
        "It aches even when I'm sat still.",
        "The area is hot and red and throbbing.",
        "My blister has gone septic.",
        "Flu-like symptoms and my calf is swollen.",
        "The pain is so bad I can't put my heel down.",
        "It's been getting steadily worse even though I've stopped running.",
        "My hip pain is actually coming from my lower back.",
        "The burning in my foot keeps me up.",
        "There's a lump on my shin that's really tender to touch.",
    ],
)
def test_infection_spine_and_rest_signs_in_more_words(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My face goes red and hot on runs.",
        "The ache is coming from my back muscles being tight.",
        "The wind was coming from my back the whole way.",
        "The strap wraps round my ankle nicely.",
        "Flu-like symptoms after the jab, skipping parkrun.",
        "The playlist keeps me up to speed.",
    ],
)
def test_look_alikes_of_infection_spine_and_rest_signs(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "It aches at night after a long run but it's gone by morning.",
        "My calves throb a bit in bed after a hard session, fine next day.",
        "feet go a bit numb when laces are tight, loosening them fixes it",
        "my toes tingle a bit in the cold for the first mile",
    ],
)
def test_soreness_after_a_session_and_numbness_with_a_fix_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My heel aches at night.",
        "My feet go numb on every run, loosening the laces doesn't help.",
        "My toes tingle on every run.",
    ],
)
def test_night_pain_and_numbness_without_an_everyday_reason_are_red_flags(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "A disc-shaped insole insert spreads the load under the heel.",
        "Stress fractures used to end seasons; now runners rebuild smarter.",
        "Bone stress injuries are more likely when you under-fuel.",
        "A stress fracture needs rest, not new shoes.",
        "Stress fractures can happen when mileage jumps.",
    ],
)
def test_fractures_and_discs_spoken_of_in_general_are_not_red_flags(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My physio says a stress fracture can't be ruled out.",
        "A stress fracture may be the cause of my shin pain, says my GP.",
        "I think I have a stress fracture in my foot.",
    ],
)
def test_a_fracture_suspected_in_the_writer_is_a_red_flag(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "The pain goes from my knee down to my ankle.",
        "It starts in my lower back and ends up in my toes.",
        "Pain in my buttock that travels to the back of my knee.",
    ],
)
def test_pain_that_travels_from_one_place_to_another_along_a_limb(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "The route goes from the park down to the river.",
        "The race starts in my home town and finishes at the stadium.",
        "The pain goes away after I warm up, down to nothing by 2k.",
    ],
)
def test_look_alikes_of_pain_that_travels(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Stechende Schmerzen in der Ferse beim Laufen.",
        "Ich spüre meine Zehen nicht mehr.",
        "Schmerzen auch nachts im Bett.",
        "Ischias seit dem Marathon.",
        "No siento los dedos del pie.",
        "Je ne sens plus mes orteils après 5 km.",
        "Non sento più le dita dei piedi.",
        "Não sinto os dedos do pé.",
    ],
)
def test_red_flags_in_the_other_languages_of_the_shop(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "Ningún hormigueo, solo cansancio.",
        "Pas de fourmillements, juste les mollets raides.",
        "Nessun formicolio, solo stanchezza.",
        "Sem dormência, só dor muscular.",
        "Ich spüre keine Schmerzen mehr, alles gut.",
    ],
)
def test_denials_in_the_other_languages_of_the_shop(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "hip pain that's there even when I'm lying on the sofa",
        "the pain in my shin is now there all the time, even at my desk",
        "a deep ache in the groin that's worse when I hop",
        "my calf feels like it's been hit by a stone, sudden and sharp, mid-sprint",
        "ever since my fall, I can't tell hot from cold on my left foot",
    ],
)
def test_rest_pain_hop_pain_and_lost_temperature_sense(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My legs feel worse when I hop on the bike after a run.",
        "A sudden and sharp increase in mileage is the usual culprit.",
        "I can't tell the difference between these two shoes.",
        "My legs ache, even sitting at my desk I feel the hill session.",
    ],
)
def test_look_alikes_of_rest_pain_hop_pain_and_temperature_sense(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "my right foot scuffs and drops once I'm tired and I nearly go over",
        "Lately the left foot scuffs and then drags on every hill.",
        "There is pain when you hop on the injured leg, so book a scan.",
        "Sharp pain when I hop on that foot since Sunday.",
        "If it's still sharp after a week off, see a physio.",
        "The heel pain is still sharp every morning.",
    ],
)
def test_foot_that_scuffs_hop_pain_on_the_leg_and_pain_still_sharp(detector, text):
    assert detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My trainers scuff and drop bits of tread on gravel.",
        "Pain in my quads when I hop on the bike after a long run.",
        "The price is still sharp compared with last season's model.",
    ],
)
def test_look_alikes_of_scuffing_hop_pain_and_still_sharp(detector, text):
    assert not detector.detect(text).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My knee throbs more the longer I sit still on the couch.",
        "The hip gets worse the more I rest it, and in bed it pounds.",
        "My shin pain is just the same after two weeks of no running.",
        "The ache in my heel that's exactly the same after ten days of not running.",
    ],
)
def test_pain_that_rest_does_not_touch_or_makes_worse(detector, text):
    assert detector.detect(text).has_red_flag, text


@pytest.mark.parametrize(
    "text",
    [
        "Still numb about missing the cut-off by a minute. Do you sell gels?",
        "I'm numb over how that race went, to be honest.",
        "Numb to the misery of winter hill reps by now, but my calves are tight.",
        "My brother had a stress fracture last spring; I'm fine, just want cushioned shoes.",
        "A clubmate got sciatica from deadlifts, so I'm asking what to avoid.",
        "The leaflet says see a GP for pain that wakes you at night. Mine doesn't, it's a dull "
        "ache after intervals.",
        "I broke my foot in 2015, fully healed and it's been fine ever since. Now I want trail "
        "shoes.",
        "Had tingling down one arm back in college from a trapped nerve, sorted by physio and "
        "never bothered me since.",
    ],
)
def test_feelings_other_people_quoted_warnings_and_episodes_long_over(detector, text):
    assert not detector.detect(text).has_red_flag, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    "text",
    [
        "I had a stress fracture years ago and it healed fine, but now my shin hurts at night.",
        "My friend had sciatica, and now I get shooting pain down my own leg.",
        "My toes go numb to the touch after a few miles.",
    ],
)
def test_a_symptom_of_ones_own_beside_the_past_or_someone_else(detector, text):
    assert detector.detect(text).has_red_flag, text


@pytest.mark.parametrize(
    "text",
    [
        "A sore kneecap is one thing; a knee that swells, or one that buckles on the stairs, "
        "is another.",
        "My ankle is weird, it's the one that keeps giving way on kerbs.",
    ],
)
def test_a_joint_named_once_then_one_that_gives_way(detector, text):
    assert detector.detect(text).has_red_flag, text


@pytest.mark.parametrize(
    "text",
    [
        "Ordering trail shoes for my dad, he's got sciatica but still walks every day.",
        "Gift for my wife - she had a stress fracture in the spring, any cushioned socks?",
        "A bit scared I'll end up with a stress fracture, my shins ache after long runs.",
        "I don't want to get a stress fracture before my first marathon, how fast can I build?",
    ],
)
def test_a_relatives_symptom_told_with_a_pronoun_or_a_fear_of_one_to_come(detector, text):
    assert not detector.detect(text).has_red_flag, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    "text",
    [
        "My husband says I'm fussing, but I've got shooting pain down my leg.",
        "Worried it might be a stress fracture: it hurts at one spot on the shin.",
        "She said I might have sciatica, and my leg tingles after every run.",
    ],
)
def test_ones_own_symptom_beside_a_pronoun_or_a_worry_is_still_a_red_flag(detector, text):
    assert detector.detect(text).has_red_flag, text


def test_a_famous_athletes_story_is_not_a_warning_sign(detector):
    text = "A legendary miler raced the 1954 final on a stress fracture and still won."
    assert not detector.detect(text).has_red_flag
    own = "My shin hurts at night and I think it's a stress fracture."
    assert detector.detect(own).has_red_flag


@pytest.mark.parametrize(
    "text",
    [
        "My uncle says he gets a stabbing pain in his hip on walks. Anyway, I need gym socks.",
        "I read that tingling can mean a nerve problem, but mine is just tired legs.",
    ],
)
def test_a_relatives_pain_told_in_passing_or_a_claim_read_somewhere(detector, text):
    assert not detector.detect(text).has_red_flag, detector.detect(text).as_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Ever since my knee surgery last year I get numbness down my shin on long runs.",
        "Sharp-ish pain under the kneecap every time I go down stairs.",
        "Can't feel my right little toe for ten minutes after every long run.",
    ],
)
def test_symptoms_since_an_operation_sharpish_pain_and_a_toe_without_feeling(detector, text):
    assert detector.detect(text).has_red_flag, text


def test_a_stress_fracture_in_a_year_long_past_is_no_warning_sign(detector):
    text = "She lost most of 2018 to a stress fracture and came back to win the county title."
    assert not detector.detect(text).has_red_flag
