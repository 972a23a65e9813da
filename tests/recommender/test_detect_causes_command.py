import io
import json
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.usefixtures("detector")

SOCKS = "My cotton socks were soaked by mile three."


def run(*args, stdin: bytes | None = None, monkeypatch=None) -> str:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    out = io.StringIO()
    call_command("detect_causes", *args, stdout=out)
    return out.getvalue()


def test_json_prints_one_list_with_an_object_per_input(tmp_path):
    socks = tmp_path / "socks.md"
    socks.write_text(f"# Blisters\n\n{SOCKS}\n", encoding="utf-8")
    numb = tmp_path / "numb.txt"
    numb.write_text("After the race I felt numbness in my toes.", encoding="utf-8")

    items = json.loads(run("--format", "json", str(socks), str(numb)))

    assert [item["source"] for item in items] == [str(socks), str(numb)]
    first = items[0]
    assert set(first) == {"source", "causes", "red_flags"}
    socks_cause = next(c for c in first["causes"] if c["slug"] == "improper_socks")
    assert 0 <= socks_cause["confidence"] <= 1
    assert SOCKS in socks_cause["evidence"]
    assert items[1]["red_flags"] == [{"evidence": ["After the race I felt numbness in my toes."]}]


def test_text_format_lists_causes_with_their_sentences(tmp_path):
    path = tmp_path / "socks.txt"
    path.write_text(SOCKS, encoding="utf-8")

    output = run(str(path))

    assert f"== {path}" in output
    assert "improper_socks (confidence " in output
    assert f'"{SOCKS}"' in output


def test_a_dash_reads_standard_input(monkeypatch):
    items = json.loads(run("--format", "json", "-", stdin=SOCKS.encode(), monkeypatch=monkeypatch))

    assert items[0]["source"] == "-"
    assert "improper_socks" in {cause["slug"] for cause in items[0]["causes"]}


def test_invalid_utf8_is_replaced_not_fatal(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 run. " + SOCKS.encode())

    items = json.loads(run("--format", "json", str(path)))

    assert "improper_socks" in {cause["slug"] for cause in items[0]["causes"]}


def test_empty_text_gives_an_empty_result(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")

    items = json.loads(run("--format", "json", str(path)))

    assert items == [{"source": str(path), "causes": [], "red_flags": []}]
    assert "no causes found" in run(str(path))


def test_a_missing_file_is_a_clear_error_and_nothing_is_printed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SOCKS, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = io.StringIO()

    with pytest.raises(CommandError, match=r"cannot read .*missing\.txt: No such file"):
        call_command("detect_causes", str(good), str(missing), stdout=out)

    assert out.getvalue() == ""


def test_the_command_exits_non_zero_with_the_reason_on_stderr(tmp_path, settings):
    import subprocess

    missing = tmp_path / "missing.txt"
    manage = [sys.executable, "manage.py", "detect_causes", "--skip-checks", str(missing)]

    completed = subprocess.run(
        manage, cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=60, check=False
    )

    assert completed.returncode != 0
    assert "cannot read" in completed.stderr and "missing.txt" in completed.stderr
    assert completed.stdout == ""


def test_help_describes_the_arguments(capsys):
    with pytest.raises(SystemExit):
        call_command("detect_causes", "--help")

    help_text = capsys.readouterr().out
    assert "--format {json,text}" in help_text
    assert "Use - to read standard input" in help_text


KNEE_ARTICLE = """\
# Why your knees ache after the long run

Knee pain is the most common complaint we hear at the shop counter, and it rarely has one cause.

## Your shoes have done their miles

Most of the runners we see are still wearing shoes with 900 km on them. Once the midsole is
worn out, every stride sends more shock up into the knee. If your trainers feel flat, replace
them.

## Building up too fast

Jumping from 20 to 40 km a week because a race is coming up is a classic mistake. Increase
your weekly distance gradually, by about ten percent at a time.

## Roads and pavements

Running every session on concrete pavements adds up. Try to move one or two runs a week onto
grass or a trail.

## What is probably not the problem

I always wear proper running socks, so blisters are not an issue for me.

## When to stop and see someone

If the pain is sharp and shooting, or your leg goes numb and tingles, stop running and see a
doctor.
"""


def _normalised(text: str) -> str:
    return " ".join(text.split())


def test_the_shipped_detector_reads_a_realistic_article_end_to_end(tmp_path, settings):
    pytest.importorskip("recommender.detection.rules")
    from recommender.services import detector_reset

    settings.STRIDEWISE = {"DETECTOR": "recommender.detection.rules.RuleDetector"}
    detector_reset()
    path = tmp_path / "knees.md"
    path.write_text(KNEE_ARTICLE, encoding="utf-8")

    [item] = json.loads(run("--format", "json", str(path)))

    slugs = {cause["slug"] for cause in item["causes"]}
    assert {"improper_footwear", "too_much_too_soon", "hard_surfaces"} <= slugs
    assert "improper_socks" not in slugs  # "I always wear proper running socks"
    assert len(item["red_flags"]) == 1
    flagged = " ".join(item["red_flags"][0]["evidence"])
    assert "sharp and shooting" in flagged
    text = _normalised(KNEE_ARTICLE)
    for cause in item["causes"]:
        assert all(_normalised(sentence) in text for sentence in cause["evidence"])


def test_without_a_database_the_command_still_detects_with_the_defaults(tmp_path, settings):
    import os
    import subprocess

    pytest.importorskip("recommender.detection.rules")
    path = tmp_path / "knees.md"
    path.write_text(KNEE_ARTICLE, encoding="utf-8")
    unreachable = f"sqlite:///{tmp_path / 'no-such-dir' / 'db.sqlite3'}"
    environment = {**os.environ, "DATABASE_URL": unreachable, "REDIS_URL": ""}

    completed = subprocess.run(
        [sys.executable, "manage.py", "detect_causes", "--format", "json", str(path)],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    [item] = json.loads(completed.stdout)
    assert "improper_footwear" in {cause["slug"] for cause in item["causes"]}
