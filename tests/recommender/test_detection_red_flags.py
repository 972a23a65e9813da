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
