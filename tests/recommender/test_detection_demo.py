"""The shop's own demo articles: the detector finds the causes an editor labelled in them.

Runs the default detector on the real Markdown files in content/demo/articles against the
labels in tests/data/demo_article_labels.json, the way a staff member would review them.
"""

import json
from pathlib import Path

import pytest

from recommender.detection.base import CAUSE_SLUGS
from recommender.detection.rules import RuleDetector

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "content" / "demo" / "articles"
LABELS = json.loads((ROOT / "tests" / "data" / "demo_article_labels.json").read_text("utf-8"))
MIN_MICRO_F1 = 0.85


@pytest.fixture(scope="module")
def results():
    detector = RuleDetector()
    return {slug: detector.detect((ARTICLES / f"{slug}.md").read_text("utf-8")) for slug in LABELS}


def test_every_labelled_article_exists_and_uses_known_causes():
    assert len(LABELS) == 13
    for slug, label in LABELS.items():
        assert (ARTICLES / f"{slug}.md").is_file(), slug
        assert set(label["causes"]) <= set(CAUSE_SLUGS), slug


def test_demo_articles_agree_with_their_labels(results):
    tp = fp = fn = 0
    disagreements = {}
    for slug, label in LABELS.items():
        found, wanted = results[slug].slugs, set(label["causes"])
        tp += len(found & wanted)
        fp += len(found - wanted)
        fn += len(wanted - found)
        if found != wanted:
            disagreements[slug] = {
                "extra": sorted(found - wanted),
                "missed": sorted(wanted - found),
            }
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    micro_f1 = 2 * precision * recall / (precision + recall)
    assert micro_f1 >= MIN_MICRO_F1, disagreements


@pytest.mark.parametrize("slug", [slug for slug, label in LABELS.items() if label["red_flag"]])
def test_every_labelled_red_flag_is_found(results, slug):
    assert results[slug].has_red_flag


def test_causes_the_articles_wave_away_are_not_detected(results):
    # The back-pain article says tarmac is rarely the villain; the mileage article says the
    # ground matters far less than how fast the total climbs.
    assert "hard_surfaces" not in results["lower-back-pain-from-running"].slugs
    assert "hard_surfaces" not in results["building-mileage-safely"].slugs
    # "choose flatter stretches" of road and a sock that "stretches out of shape" are not
    # about flexibility.
    assert "lack_of_flexibility" not in results["road-vs-trail-surfaces"].slugs
    assert "lack_of_flexibility" not in results["choosing-running-socks"].slugs


def test_evidence_is_copied_from_the_article(results):
    for slug, result in results.items():
        text = (ARTICLES / f"{slug}.md").read_text("utf-8")
        for cause in result.causes:
            for sentence in cause.evidence:
                assert sentence in text, (slug, cause.slug, sentence)
