"""The labelled detection corpus stays well formed and keeps the coverage its README promises.

Pure checks on tests/data/detection/*.jsonl: no database, no detector.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "detection"

CAUSE_SLUGS = frozenset(
    {
        "improper_footwear",
        "improper_socks",
        "poor_posture",
        "improper_running_form",
        "strained_muscles",
        "overtraining",
        "too_much_too_soon",
        "muscle_imbalance",
        "lack_of_flexibility",
        "hard_surfaces",
        "foot_mechanics",
    }
)
FIELDS = {"id", "kind", "text", "causes", "red_flag"}
KINDS = {"article", "shopper"}

# split: (min passages, min positives per cause, min red flags, min cause-free passages)
MINIMUMS = {
    "train": (240, 15, 20, 30),
    "test": (125, 8, 12, 15),
}
FULL_ARTICLE_WORDS = (300, 700)


def load_split(split: str) -> list[dict]:
    path = CORPUS_DIR / f"{split}.jsonl"
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number} is blank"
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            pytest.fail(f"{path.name}:{number} is not JSON: {error}")
    return rows


@pytest.mark.parametrize("split", sorted(MINIMUMS))
def test_every_row_has_the_documented_shape(split):
    for row in load_split(split):
        where = f"{split} {row.get('id')}"
        assert set(row) == FIELDS, where
        assert row["kind"] in KINDS, where
        assert isinstance(row["text"], str), where
        assert row["text"].strip(), where
        assert isinstance(row["red_flag"], bool), where
        assert isinstance(row["causes"], list), where
        assert set(row["causes"]) <= CAUSE_SLUGS, where
        assert len(row["causes"]) == len(set(row["causes"])), where


# Every labelled file in the folder: the two splits, the development files and the held-out
# file. Beyond "parses with the documented shape" only train and test have coverage minimums.
ALL_FILES = sorted(path.stem for path in CORPUS_DIR.glob("*.jsonl"))
EXPECTED_FILES = {"train", "test", "dev", "dev2", "dev3", "holdout"}


def test_the_documented_files_are_all_there():
    assert set(ALL_FILES) >= EXPECTED_FILES


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_file_parses_with_the_documented_shape(name):
    rows = load_split(name)
    assert rows, f"{name}.jsonl is empty"
    for row in rows:
        where = f"{name} {row.get('id')}"
        assert set(row) == FIELDS, where
        assert isinstance(row["id"], str) and row["id"].strip(), where
        assert row["kind"] in KINDS, where
        assert isinstance(row["text"], str) and row["text"].strip(), where
        assert isinstance(row["red_flag"], bool), where
        assert isinstance(row["causes"], list), where
        assert set(row["causes"]) <= CAUSE_SLUGS, where
        assert len(row["causes"]) == len(set(row["causes"])), where


def test_each_file_has_its_own_id_prefix():
    prefixes = {}
    for name in ALL_FILES:
        found = {row["id"].split("-")[0] for row in load_split(name)}
        assert len(found) == 1, f"{name}.jsonl mixes id prefixes {sorted(found)}"
        prefixes[name] = found.pop()
    assert len(set(prefixes.values())) == len(prefixes), prefixes


def test_ids_and_texts_are_unique_across_all_files():
    """Failures name ids only, so a check never shows a held-out passage."""
    ids = Counter()
    by_text: dict[str, list[str]] = {}
    for name in ALL_FILES:
        for row in load_split(name):
            ids[row["id"]] += 1
            by_text.setdefault(" ".join(row["text"].lower().split()), []).append(row["id"])
    assert [key for key, count in ids.items() if count > 1] == []
    assert [found for found in by_text.values() if len(found) > 1] == []


@pytest.mark.parametrize("split", sorted(MINIMUMS))
def test_split_covers_every_cause_red_flags_and_cause_free_text(split):
    min_rows, min_per_cause, min_red_flags, min_cause_free = MINIMUMS[split]
    rows = load_split(split)
    per_cause = Counter(slug for row in rows for slug in row["causes"])
    red_flags_by_kind = Counter(row["kind"] for row in rows if row["red_flag"])

    assert len(rows) >= min_rows
    assert {slug: per_cause[slug] for slug in CAUSE_SLUGS if per_cause[slug] < min_per_cause} == {}
    assert sum(red_flags_by_kind.values()) >= min_red_flags
    assert set(red_flags_by_kind) == KINDS, "red flags must appear in articles and shopper texts"
    assert sum(1 for row in rows if not row["causes"]) >= min_cause_free


@pytest.mark.parametrize("split", sorted(MINIMUMS))
def test_split_mixes_short_complaints_paragraphs_and_full_articles(split):
    rows = load_split(split)
    low, high = FULL_ARTICLE_WORDS
    full_articles = [
        row for row in rows if row["kind"] == "article" and low <= len(row["text"].split()) <= high
    ]
    kinds = Counter(row["kind"] for row in rows)
    assert len(full_articles) >= 3
    assert kinds["shopper"] >= len(rows) // 4
    assert kinds["article"] >= len(rows) // 4


def test_readme_count_table_matches_the_files():
    readme = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    documented = {}
    for line in readme.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] in CAUSE_SLUGS:
            documented[cells[0]] = (int(cells[1]), int(cells[2]))
    per_split = {
        split: Counter(slug for row in load_split(split) for slug in row["causes"])
        for split in ("train", "test")
    }
    actual = {slug: (per_split["train"][slug], per_split["test"][slug]) for slug in CAUSE_SLUGS}
    assert documented == actual
