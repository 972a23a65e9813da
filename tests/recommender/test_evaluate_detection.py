"""Scoring detectors on labelled files: the figures, the command and its errors."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from recommender.detection.baseline import KeywordDetector
from recommender.detection.evaluation import CorpusError, evaluate, load_examples
from recommender.detection.rules import RuleDetector

TRAIN = Path(__file__).resolve().parents[1] / "data" / "detection" / "train.jsonl"


def _write(tmp_path, records, name="labelled.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


RECORDS = [
    {
        "id": "a",
        "kind": "shopper",
        "text": "I run in cotton socks and get blisters.",
        "causes": ["improper_socks"],
        "red_flag": False,
    },
    {
        "id": "b",
        "kind": "shopper",
        "text": "My calves are tight.",
        "causes": ["overtraining"],
        "red_flag": False,
    },
    {
        "id": "c",
        "kind": "article",
        "text": "Numbness in the foot needs a doctor.",
        "causes": [],
        "red_flag": True,
    },
    {
        "id": "d",
        "kind": "shopper",
        "text": "Any good gloves for winter?",
        "causes": [],
        "red_flag": False,
    },
]


def test_per_cause_and_overall_figures(tmp_path):
    report = evaluate(RuleDetector(), load_examples(_write(tmp_path, RECORDS)))
    assert report.examples == 4
    socks = report.per_cause["improper_socks"]
    assert (socks.tp, socks.fp, socks.fn) == (1, 0, 0)
    assert report.per_cause["overtraining"].fn == 1
    assert report.per_cause["lack_of_flexibility"].fp == 1
    assert report.micro.tp == 1 and report.micro.fp == 1 and report.micro.fn == 1
    assert report.micro_f1 == pytest.approx(0.5)
    assert report.red_flag_recall == 1.0
    assert report.false_red_flags == {"article": 0, "shopper": 0}
    assert {miss.id for miss in report.misses} == {"b"}


def test_false_red_flags_are_counted_by_kind(tmp_path):
    records = [{**RECORDS[2], "id": "e", "kind": "shopper", "red_flag": False}]
    report = evaluate(RuleDetector(), load_examples(_write(tmp_path, records)))
    assert report.false_red_flags["shopper"] == 1
    assert report.misses[0].extra == ("red_flag",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"text": 3, "causes": [], "red_flag": false}', "'text' must be a string"),
        ('{"text": "x", "causes": ["sore_feet"], "red_flag": false}', "unknown cause slug"),
        ('{"text": "x", "causes": [], "red_flag": "no"}', "'red_flag' must be true or false"),
        ('{"text": "x", "causes": [], "red_flag": false, "kind": "blog"}', "'kind' must be"),
    ],
)
def test_malformed_lines_name_the_file_line_and_problem(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "causes": [], "red_flag": false}\n' + line + "\n")
    with pytest.raises(CorpusError, match=rf"bad\.jsonl:2: .*{message}"):
        load_examples(path)


def test_command_prints_the_table_against_the_baseline_and_the_misses(tmp_path, settings):
    settings.STRIDEWISE = {"DETECTOR": "recommender.detection.rules.RuleDetector"}
    out = StringIO()
    call_command("evaluate_detection", str(_write(tmp_path, RECORDS)), stdout=out)
    text = out.getvalue()
    assert "RuleDetector" in text and "KeywordDetector" in text
    assert "improper_socks" in text and "micro" in text and "red-flag recall" in text
    assert "false red flags shopper" in text
    assert "b [shopper] missed overtraining" in text


def test_command_json_output_and_several_files(tmp_path):
    first = _write(tmp_path, RECORDS[:2], "one.jsonl")
    second = _write(tmp_path, RECORDS[2:], "two.jsonl")
    out = StringIO()
    call_command("evaluate_detection", str(first), str(second), "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert figures["examples"] == 4
    assert figures["micro"]["f1"] == pytest.approx(0.5)
    assert figures["red_flags"]["recall"] == 1.0
    assert "micro" in figures["baseline"]


def test_command_scores_another_detector_by_dotted_path(tmp_path):
    out = StringIO()
    path = str(_write(tmp_path, RECORDS))
    call_command(
        "evaluate_detection",
        path,
        "--detector",
        "recommender.detection.baseline.KeywordDetector",
        "--json",
        stdout=out,
    )
    assert json.loads(out.getvalue())["detector"].endswith("KeywordDetector")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file.jsonl"], "no such file"),
        (["{path}", "--detector", "no.such.Detector"], "cannot import detector"),
        (["{path}", "--detector", "json.dumps"], "not a BaseDetector subclass"),
    ],
)
def test_command_errors_are_clear(tmp_path, args, message):
    path = str(_write(tmp_path, RECORDS))
    with pytest.raises(CommandError, match=message):
        call_command("evaluate_detection", *[a.format(path=path) for a in args])


def test_command_rejects_a_malformed_file(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text("{oops\n")
    with pytest.raises(CommandError, match=r"broken\.jsonl:1"):
        call_command("evaluate_detection", str(path))


@pytest.mark.skipif(not TRAIN.exists(), reason="training split not present")
def test_detector_clearly_beats_the_keyword_baseline_on_the_training_split():
    examples = load_examples(TRAIN)
    ours = evaluate(RuleDetector(), examples)
    baseline = evaluate(KeywordDetector(), examples)
    assert ours.micro_f1 >= 0.90
    assert ours.micro_f1 > baseline.micro_f1 + 0.1
    assert ours.red_flag_recall == 1.0
    assert ours.false_red_flags["shopper"] == 0


def test_command_scores_the_configured_detector_by_default(tmp_path):
    out = StringIO()
    call_command("evaluate_detection", "--json", str(_write(tmp_path, RECORDS)), stdout=out)

    assert json.loads(out.getvalue())["detector"] == "recommender.detection.learned.HybridDetector"
