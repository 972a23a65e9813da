"""Whatever arrives (HTML, Markdown, emoji, other languages, junk), detection answers quickly
and its evidence can always be found in the text it came from."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recommender.detection.htmltext import html_to_text
from recommender.detection.rules import RuleDetector
from recommender.detection.text import clean, split_sentences


@pytest.fixture(scope="module")
def detector():
    return RuleDetector()


def _all_evidence(result):
    for cause in result.causes:
        yield from cause.evidence
    for flag in result.red_flags:
        yield from flag.evidence


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\x00\x01\x02", "!!! ... ???"])
def test_empty_or_blank_text_gives_an_empty_result(detector, text):
    result = detector.detect(text)
    assert result.causes == ()
    assert result.red_flags == ()
    assert result.as_dict() == {"causes": [], "red_flags": []}


def test_script_and_style_text_never_becomes_evidence(detector):
    html = (
        "<html><head><style>.x{content:'cotton socks blisters'}</style>"
        "<script>var t = 'worn out shoes and numbness';</script></head>"
        "<body><h2>Why your back hurts</h2><p>Long runs on hard concrete "
        "jar the spine &amp; hips.</p><!-- overpronation --></body></html>"
    )
    result = detector.detect(html)
    assert result.slugs == {"hard_surfaces"}
    assert not result.has_red_flag
    visible = html_to_text(html)
    evidence = list(_all_evidence(result))
    assert evidence == ["Long runs on hard concrete jar the spine & hips."]
    assert all(sentence in visible for sentence in evidence)
    assert "<" not in evidence[0]


def test_html_tables_and_entities_become_readable_passages():
    visible = html_to_text(
        "<table><tr><th>Cause</th><th>Fix</th></tr>"
        "<tr><td>Worn&nbsp;shoes</td><td>Replace them</td></tr></table>"
    )
    assert "Worn\xa0shoes" in visible
    assert "Replace them" in visible


def test_markdown_headings_lists_and_table_rows_are_passages(detector):
    text = (
        "## Common causes\n\n"
        "- **Cotton socks** hold sweat and cause blisters.\n"
        "- Overstriding makes you land on your heels.\n\n"
        "| Cause | What to do |\n|---|---|\n| Tight hamstrings | Stretch after each run |\n"
    )
    result = detector.detect(text)
    assert {"improper_socks", "improper_running_form", "lack_of_flexibility"} <= result.slugs
    evidence = list(_all_evidence(result))
    assert all(sentence in text for sentence in evidence)
    assert "Tight hamstrings | Stretch after each run" in evidence
    assert not any(sentence.startswith(("-", "#", "|")) for sentence in evidence)


def test_soft_wrapped_markdown_keeps_a_sentence_whole():
    text = "Runners who sit all day often\nslouch when they run.\n\nNext paragraph."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == ["Runners who sit all day often\nslouch when they run.", "Next paragraph."]


def test_control_characters_are_removed_and_evidence_is_in_the_cleaned_text(detector):
    text = "My trainers\x00 are worn\x07 out\x1b and my knees hurt."
    result = detector.detect(text)
    assert "improper_footwear" in result.slugs
    assert all(sentence in clean(text) for sentence in _all_evidence(result))


def test_emoji_and_other_languages_do_not_break_detection(detector):
    assert detector.detect("👟💀🔥😩🏃‍♀️" * 50).causes == ()
    assert (
        detector.detect(
            "Je cours tous les jours, 跑步很开心, ランニングは楽しい, \u0431\u0435\u0433."
        ).causes
        == ()
    )
    mixed = detector.detect("Mis zapatillas 🙃 my shoes are worn out 👟 and my feet hurt")
    assert "improper_footwear" in mixed.slugs


def test_text_whose_lower_case_changes_length_keeps_evidence_exact(detector):
    text = "İstanbul marathon: I ran it in cotton socks and got blisters."
    result = detector.detect(text)
    assert "improper_socks" in result.slugs
    assert all(sentence in text for sentence in _all_evidence(result))


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        lambda: "My old shoes are worn out. I never stretch. " * 23000,
        lambda: "shoes " * 170000,
        lambda: "<" * 1_000_000,
        lambda: "<a " * 333_333,
        lambda: "<!--" * 250_000,
        lambda: "<p>" + "no numbness, tingling or weakness. " * 28000 + "<script>",
        lambda: "a" * 1_000_000,
    ],
)
def test_one_megabyte_of_text_finishes_in_bounded_time(detector, make):
    text = make()
    started = time.process_time()
    detector.detect(text)
    assert time.process_time() - started < 30


words = st.sampled_from(
    [
        "shoes", "worn", "out", "cotton", "socks", "not", "no", "never", "I", "always",
        "stretch", "tight", "hamstrings", "numbness", "shooting", "pain", "rest", "days",
        "concrete", "<p>", "</p>", "<script>", "</script>", "&amp;", "**", "-", "|", "#",
        ".", ",", "!", "?", "\n", "\n\n", "😩", "é", "\x00", "isn't", "the", "culprit",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, max_size=80).map(" ".join))
def test_evidence_is_always_copied_from_the_cleaned_input(detector, text):
    result = detector.detect(text)
    cleaned = clean(text)
    for sentence in _all_evidence(result):
        assert sentence and sentence in cleaned
    for cause in result.causes:
        assert 0 < cause.confidence <= 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_is_answered_without_error(detector, text):
    result = detector.detect(text)
    assert all(sentence in clean(text) for sentence in _all_evidence(result))
