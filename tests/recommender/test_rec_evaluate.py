"""evaluate_recommendations: figures from labelled cases, and clear errors for bad files."""

import json
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from tests.recommender.rec_helpers import sock

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("detector")]


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()  # diagnose answers are cached per set of causes
    yield
    cache.clear()


def run(path, *args) -> str:
    out = StringIO()
    call_command("evaluate_recommendations", str(path), *args, stdout=out)
    return out.getvalue()


def test_perfect_and_wrong_picks_are_scored(tmp_path):
    sock("SOCK-GOOD", blister_protection=True)
    sock("SOCK-MEH", blister_protection=False, seamless_toe=False)
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"id": "blisters", "kind": "shopper", "text": "My cotton socks rub.",
         "grades": {"SOCK-GOOD": 2}},
        {"id": "nothing-to-sell", "kind": "shopper", "text": "I run on concrete.",
         "grades": {}},
    ]  # fmt: skip
    cases.write_text("\n".join(json.dumps(line) for line in lines))

    figures = json.loads(run(cases, "--json"))

    # One relevant product in five slots; the hard-surface case gets no products in this
    # catalog (no cushioned socks or shoes), which is right.
    assert figures["overall"]["precision@5"] == pytest.approx((0.2 + 1.0) / 2)
    assert figures["shopper"]["cases"] == 2
    assert figures["overall"]["ndcg@5"] == pytest.approx(1.0)


def test_the_text_report_names_the_weakest_cases(tmp_path):
    sock("SOCK-MEH", blister_protection=False, seamless_toe=False)
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps(
            {"id": "wants-other", "kind": "shopper", "text": "My cotton socks rub.",
             "grades": {"SOCK-ELSE": 2}}
        )
    )  # fmt: skip

    report = run(cases)

    assert "precision@5 0.000" in report
    assert "wants-other: SOCK-MEH" in report


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "line 1: not JSON"),
        ('{"id": "x", "kind": "robot", "grades": {}}', "line 1: needs kind"),
        ('{"id": "x", "kind": "shopper", "text": "hi", "grades": []}', "grades must map"),
        ('{"id": "x", "kind": "article", "article": "missing", "grades": {}}', "load_demo"),
    ],
)
def test_bad_files_are_refused_with_the_reason(tmp_path, content, message):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(content)

    with pytest.raises(CommandError, match=message):
        run(cases)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run(tmp_path / "nope.jsonl")


def test_the_shipped_labelled_set_is_well_formed():
    from recommender.management.commands.evaluate_recommendations import DEFAULT_FILE, cases_load

    cases = cases_load(DEFAULT_FILE)
    assert len(cases) >= 30
    assert len({case["id"] for case in cases}) == len(cases)
    assert {case["kind"] for case in cases} == {"shopper", "article"}
