"""The rule detector with a learned second opinion: training, loading, and what the model
may and may not change."""

import json
import random
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recommender.detection.learned import CauseModel, HybridDetector, sentence_features
from recommender.detection.rules import RuleDetector
from recommender.detection.text import clean, split_sentences
from recommender.management.commands.train_detector import ADD_GRID, VETO_GRID

# "Zorblats" is a word no rule knows: only a model trained on these passages can tie it to
# footwear.
FOOTWEAR = [
    "My zorblats are falling apart and my knees ache.",
    "Old zorblats gave me shin pain.",
    "The zorblats I run in are ten years old and my feet hurt.",
    "Replace your zorblats when they go flat.",
    "Sore heels, probably the zorblats.",
]
NO_CAUSE = [
    "Do you ship to Canada?",
    "Great race on Sunday, thanks!",
    "What size is the blue jacket?",
    "I love the new colours.",
    "Can I pay by card?",
    "The weather was lovely for the marathon.",
    "🏃‍♀️🏃🏃👍",  # no sentence the model can read
]
RED_FLAG_TEXT = (
    "Sharp shooting pain runs down my leg and my toes go numb. "
    "I run every day in cotton socks and worn-out shoes."
)


def _write_corpus(path):
    labelled = [(t, ["improper_footwear"]) for t in FOOTWEAR] + [(t, []) for t in NO_CAUSE]
    lines = [
        json.dumps({"id": f"p{i}", "kind": "shopper", "text": t, "causes": c, "red_flag": False})
        for i, (t, c) in enumerate(labelled)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_weights(tmp_path_factory):
    folder = tmp_path_factory.mktemp("weights")
    out = folder / "weights.json"
    call_command(
        "train_detector", str(_write_corpus(folder / "tiny.jsonl")), "--out", str(out),
        "--min-count", "1",
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def shipped():
    return HybridDetector()


@pytest.fixture(scope="module")
def rules():
    return RuleDetector()


def _sentences(text):
    cleaned = clean(text)
    return {cleaned[start:end] for start, end in split_sentences(cleaned)}


def test_command_writes_weights_the_hybrid_loads(tiny_weights, tmp_path):
    data = json.loads(tiny_weights.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["thresholds"] == {
        "add": 0.5, "veto": 0.0, "add_long": 0.95, "long_words": 150, "max_added": 2,
        "red_flag": 0.8,
    }  # fmt: skip
    assert data["red_flag"]["bias"] < 0  # no passage of the tiny corpus is a red flag
    assert data["training"] == {"files": ["tiny.jsonl"], "passages": 12, "sentences": 11}
    assert list(data["weights"]) == sorted(data["weights"])
    assert all(len(row) == len(data["causes"]) for row in data["weights"].values())
    assert max(data["weights"]["zorblats"]) == data["weights"]["zorblats"][0] > 0
    HybridDetector(weights=tiny_weights)  # loads

    again = tmp_path / "again.json"
    corpus = _write_corpus(tmp_path / "tiny.jsonl")
    call_command("train_detector", str(corpus), "--out", str(again), "--min-count", "1")
    assert again.read_bytes() == tiny_weights.read_bytes()  # same files, same weights


def test_tune_chooses_thresholds_by_cross_validation(tmp_path):
    out = tmp_path / "tuned.json"
    corpus = _write_corpus(tmp_path / "tiny.jsonl")
    call_command("train_detector", str(corpus), "--out", str(out), "--min-count", "1", "--tune")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["thresholds"]["add"] in ADD_GRID and data["thresholds"]["veto"] in VETO_GRID
    assert 0 <= data["training"]["cv_rules_micro_f1"] <= data["training"]["cv_hybrid_micro_f1"]


def test_command_errors(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("train_detector", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path))
    corpus = _write_corpus(tmp_path / "tiny.jsonl")
    with pytest.raises(CommandError, match="at least 10 passages"):
        tiny = tmp_path / "three.jsonl"
        tiny.write_text("\n".join(corpus.read_text().splitlines()[:3]) + "\n")
        call_command("train_detector", str(tiny), "--out", str(tmp_path / "w.json"), "--tune")


def test_model_adds_a_missed_cause_with_a_verbatim_sentence_as_evidence(tiny_weights, rules):
    text = "We ran the coastal path on Sunday.\nHonestly my zorblats are shot and both shins ache!"
    assert "improper_footwear" not in rules.detect(text).slugs
    result = HybridDetector(weights=tiny_weights).detect(text)
    (cause,) = result.causes
    assert cause.slug == "improper_footwear"
    assert 0.4 <= cause.confidence <= 1
    assert cause.evidence == ("Honestly my zorblats are shot and both shins ache!",)
    assert set(cause.evidence) <= _sentences(text)


def test_a_dismissed_topic_is_not_added(tiny_weights):
    text = "My zorblats are ancient. Honestly, the shoes are not the problem here."
    assert HybridDetector(weights=tiny_weights).detect(text).causes == ()


def test_without_thresholds_the_hybrid_answers_like_the_rules(tiny_weights, rules):
    hybrid = HybridDetector(weights=tiny_weights, add_threshold=2, veto_threshold=0)
    for text in [RED_FLAG_TEXT, "My zorblats are shot.", *FOOTWEAR]:
        assert hybrid.detect(text) == rules.detect(text)


def test_the_model_never_removes_or_doubles_a_rule_red_flag(tiny_weights, rules):
    expected = rules.detect(RED_FLAG_TEXT)
    assert expected.red_flags and expected.causes
    vetoes_all = HybridDetector(weights=tiny_weights, veto_threshold=1.0)
    result = vetoes_all.detect(RED_FLAG_TEXT)
    assert result.causes == ()  # every rule cause vetoed...
    assert result.red_flags == expected.red_flags  # ...but never a red flag
    adds_all = HybridDetector(weights=tiny_weights, add_threshold=0.0, red_flag_threshold=0.0)
    assert adds_all.detect(RED_FLAG_TEXT).red_flags == expected.red_flags
    eager = HybridDetector(weights=tiny_weights, red_flag_threshold=0.5)
    assert eager.detect("My zorblats are shot.").red_flags == ()


# "Quenzling" is a symptom no rule knows: only a model trained on these passages can tell
# that a shopper who has it needs a professional.
RED_FLAG_PASSAGES = [
    "My left foot keeps quenzling on long runs.",
    "Quenzling down the back of my thigh since Sunday.",
    "Both calves started quenzling at 5k and it has not stopped.",
    "If your shin is quenzling, stop running and see a doctor.",
    "The quenzling in my heel is back and my knee aches.",
]


@pytest.fixture(scope="module")
def red_flag_weights(tmp_path_factory):
    folder = tmp_path_factory.mktemp("red-flag-weights")
    records = [(t, ["improper_footwear"], False) for t in FOOTWEAR]
    records += [(t, [], True) for t in RED_FLAG_PASSAGES] + [(t, [], False) for t in NO_CAUSE]
    corpus = folder / "flags.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"r{i}", "kind": "shopper", "text": t, "causes": c, "red_flag": f})
            + "\n"
            for i, (t, c, f) in enumerate(records)
        ),
        encoding="utf-8",
    )
    out = folder / "weights.json"
    call_command("train_detector", str(corpus), "--out", str(out), "--min-count", "1")
    return out


def test_the_model_raises_a_red_flag_the_rules_missed_in_a_short_text(red_flag_weights, rules):
    text = "Ordered the blue pair last week. Now my right ankle is quenzling all day."
    assert rules.detect(text).red_flags == ()
    # Five passages teach the word only so much: 0.5 rather than the trained 0.8.
    (flag,) = (
        HybridDetector(weights=red_flag_weights, red_flag_threshold=0.5).detect(text).red_flags
    )
    assert flag.evidence == ("Now my right ankle is quenzling all day.",)


def test_the_model_raises_no_red_flag_without_the_symptom_or_when_switched_off(
    red_flag_weights,
):
    hybrid = HybridDetector(weights=red_flag_weights, red_flag_threshold=0.5)
    assert hybrid.detect("My zorblats are shot and my shins ache.").red_flags == ()
    assert hybrid.detect("Do you ship to Canada?").red_flags == ()
    off = HybridDetector(weights=red_flag_weights, red_flag_threshold=1.0)
    assert off.detect("Now my right ankle is quenzling all day.").red_flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "My ankle started quenzling at 5k but it stopped straight away.",
        "My ankle is quenzling all day... actually not quenzling, just stiff.",
        "Quenzling in my heel last week, all good now, no problems at all.",
    ],
)
def test_a_symptom_the_writer_takes_back_raises_no_red_flag(red_flag_weights, text):
    hybrid = HybridDetector(weights=red_flag_weights, red_flag_threshold=0.5)
    assert hybrid.detect("Now my ankle is quenzling all day.").red_flags
    assert hybrid.detect(text).red_flags == ()


def test_the_model_raises_no_red_flag_in_a_long_text(red_flag_weights):
    article = "We ran the coastal path on Sunday. " * 40 + "My right ankle is quenzling."
    hybrid = HybridDetector(weights=red_flag_weights, red_flag_threshold=0.5)
    assert hybrid.detect("My right ankle is quenzling.").red_flags
    assert hybrid.detect(article).red_flags == ()


def test_shipped_weights_carry_a_red_flag_model_used_from_08():
    from recommender.detection.learned import DEFAULT_WEIGHTS

    data = json.loads(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    assert data["thresholds"]["red_flag"] == 0.8
    assert data["red_flag"]["weights"]
    assert HybridDetector().red_flag_threshold == 0.8


@pytest.mark.parametrize(
    "text",
    [
        "No cotton socks for me, and I never run on concrete.",
        "My socks are not cotton and I never run on concrete.",
        "There is no concrete on my route and my socks aren't cotton.",
    ],
)
def test_a_negated_cause_the_rules_drop_stays_dropped(shipped, rules, text):
    assert rules.detect(text).slugs & {"improper_socks", "hard_surfaces"} == set()
    assert shipped.detect(text).slugs & {"improper_socks", "hard_surfaces"} == set()
    assert "!cotton" in sentence_features(text.lower())  # the model reads the negation


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x01", "!!! ... ???", "👟💀🔥"])
def test_empty_or_blank_text_gives_an_empty_result(shipped, text):
    result = shipped.detect(text)
    assert result.causes == () and result.red_flags == ()


def test_garbage_input_does_not_crash(shipped):
    rng = random.Random(5)
    pieces = ["👟", "💀", "\x00", "\x07", "\u200b", "\ufeff", "\x9f", "shoes", "socks", ".", "\n"]
    pieces += ["worn", "not", "concrete", "é", "ß", "İ", "\U0001f9e6", "<p>", "&amp;", "  "]
    megabyte = "".join(rng.choice(pieces) for _ in range(300_000))[:1_000_000]
    result = HybridDetector(add_threshold=0.05, veto_threshold=0.01).detect(megabyte)
    visible = clean(megabyte)
    for cause in result.causes:
        assert all(sentence in visible for sentence in cause.evidence)
    assert shipped.detect("\x00" * 1000 + "💀" * 1000).causes == ()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [*FOOTWEAR, *NO_CAUSE, "My hamstrings feel tight.", "I ran 20 miles, no rest days!"]
        )
        | st.text(max_size=40),
        max_size=6,
    ),
    st.sampled_from(["\n", " ", "\n\n", "<br>"]),
)
def test_evidence_is_always_a_sentence_of_the_input(parts, joiner):
    text = joiner.join(parts)
    eager = HybridDetector(add_threshold=0.05)  # adds whatever the model leans towards
    sentences = _sentences(text)
    for cause in eager.detect(text).causes:
        assert set(cause.evidence) <= sentences


def test_weights_of_another_format_are_refused(tiny_weights):
    data = json.loads(tiny_weights.read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="format"):
        CauseModel({**data, "format": 99})
    with pytest.raises(ValueError, match="unknown cause"):
        CauseModel({**data, "causes": ["sore_feet", *data["causes"][1:]]})


def test_shipped_weights_are_small_and_sorted():
    from recommender.detection.learned import DEFAULT_WEIGHTS

    assert (
        DEFAULT_WEIGHTS.stat().st_size < 3_000_000
    )  # grows with the corpus; ~2.2 MB at 3,615 passages
    data = json.loads(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    assert list(data["weights"]) == sorted(data["weights"])


def test_a_text_without_complaint_or_advice_gets_no_addition(tiny_weights):
    hybrid = HybridDetector(weights=tiny_weights)
    assert hybrid.detect("I only ever run in my zorblats.").causes == ()
    (cause,) = hybrid.detect("I only ever run in my zorblats and my shins ache.").causes
    assert cause.slug == "improper_footwear"


def test_a_sentence_the_rules_already_read_is_no_evidence_for_an_addition(tiny_weights, rules):
    text = "My zorblats are worn out and my cotton socks rub."
    assert rules.detect(text).slugs == {"improper_socks"}
    hybrid = HybridDetector(weights=tiny_weights)
    assert hybrid.detect(text).slugs == {"improper_socks"}
    hybrid.fresh_sentences_only = False
    assert hybrid.detect(text).slugs == {"improper_socks", "improper_footwear"}
    # Another sentence can still carry it.
    more = text + " My shins ache in my zorblats."
    added = HybridDetector(weights=tiny_weights).detect(more).causes
    assert [(c.slug, c.evidence) for c in added if c.slug == "improper_footwear"] == [
        ("improper_footwear", ("My shins ache in my zorblats.",))
    ]


def test_long_texts_add_from_the_stricter_threshold(tiny_weights):
    complaint = "My zorblats are shot and my shins ache."
    article = "We ran the coastal path on Sunday. " * 40 + complaint
    assert HybridDetector(weights=tiny_weights).detect(complaint).slugs == {"improper_footwear"}
    strict = HybridDetector(weights=tiny_weights, add_long_threshold=1.5)
    assert strict.long_words == 150 and strict.detect(article).causes == ()
    assert strict.detect(complaint).slugs == {"improper_footwear"}  # short: the usual threshold
    lenient = HybridDetector(weights=tiny_weights, add_long_threshold=0.5)
    assert lenient.detect(article).slugs == {"improper_footwear"}


def test_max_added_caps_the_additions(tiny_weights, rules):
    text = "My zorblats are shot and my shins ache."
    assert HybridDetector(weights=tiny_weights, max_added=0).detect(text) == rules.detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "I only ever run in the same pair of plimsolls.",
        "love these sneakers, super comfy, wore them for a 10k yesterday and no complaints at all",
    ],
)
def test_shipped_model_adds_nothing_to_a_mention_without_a_complaint(shipped, text):
    assert shipped.detect(text).causes == ()


def test_shipped_model_adds_no_wrong_cause_to_the_demo_articles(shipped, rules):
    root = Path(__file__).resolve().parents[2]
    labels = json.loads((root / "tests/data/demo_article_labels.json").read_text("utf-8"))
    wrong = {}
    for slug, expected in labels.items():
        text = (root / "content/demo/articles" / f"{slug}.md").read_text(encoding="utf-8")
        added = shipped.detect(text).slugs - rules.detect(text).slugs
        if added - set(expected["causes"]):
            wrong[slug] = sorted(added - set(expected["causes"]))
    assert len(wrong) <= 1, wrong


class _EverySentenceScored(HybridDetector):
    """Sums every sentence's log-odds, however far below the add threshold, and those of the
    sentences the rules already gave as evidence."""

    def sentence_logits(self, prepared, columns=None, features=None, floor=None, skip=None):
        return super().sentence_logits(prepared, columns, features)


def _corpus_texts() -> list[str]:
    data = Path(__file__).resolve().parents[1] / "data" / "detection"
    texts = []
    for name in ("train.jsonl", "dev15.jsonl", "dev23.jsonl"):
        path = data / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    demo = Path(__file__).resolve().parents[2] / "content" / "demo" / "articles"
    texts += [path.read_text(encoding="utf-8") for path in sorted(demo.glob("*.md"))]
    return texts


def test_skipping_sentences_below_the_ceiling_changes_no_answer():
    quick, full = HybridDetector(), _EverySentenceScored()
    for text in _corpus_texts():
        assert quick.detect(text).as_dict() == full.detect(text).as_dict(), text[:80]


def test_no_sentence_scores_above_its_ceiling():
    detector = HybridDetector()
    model = detector.model
    for text in _corpus_texts()[:300]:
        for sentence in split_sentences(clean(text)):
            features = sentence_features(clean(text)[slice(*sentence)].lower())
            ceiling = model.sentence_ceiling(features) + 1e-9  # summed in another order
            assert max(model.sentence_logits(features)) <= ceiling
