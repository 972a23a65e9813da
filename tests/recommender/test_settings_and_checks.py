import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from recommender.checks import check_detector, check_stridewise_setting
from recommender.conf import recommender_settings


def test_defaults_apply_when_stridewise_is_empty(settings):
    settings.STRIDEWISE = {}

    assert recommender_settings.DETECTOR == "recommender.detection.learned.HybridDetector"
    assert recommender_settings.DIAGNOSE_MAX_CHARS == 5000


def test_a_key_in_stridewise_overrides_its_default(settings):
    settings.STRIDEWISE = {"DIAGNOSE_MAX_CHARS": 300}

    assert recommender_settings.DIAGNOSE_MAX_CHARS == 300


def test_reading_an_unknown_setting_is_an_attribute_error():
    with pytest.raises(AttributeError):
        _ = recommender_settings.NO_SUCH_SETTING


def test_e001_when_the_detector_path_cannot_be_imported(settings):
    settings.STRIDEWISE = {"DETECTOR": "recommender.detection.nowhere.Missing"}

    errors = check_detector()

    assert [error.id for error in errors] == ["recommender.E001"]
    assert "recommender.detection.nowhere.Missing" in errors[0].msg


def test_e001_when_the_detector_is_not_a_base_detector(settings):
    settings.STRIDEWISE = {"DETECTOR": "tests.recommender.detectors.NotADetector"}

    assert [error.id for error in check_detector()] == ["recommender.E001"]


def test_a_working_detector_passes_the_check(settings):
    settings.STRIDEWISE = {"DETECTOR": "tests.recommender.detectors.PhraseDetector"}

    assert check_detector() == []


def test_manage_py_check_fails_on_a_bad_detector_path(settings):
    settings.STRIDEWISE = {"DETECTOR": "no.such.Detector"}

    with pytest.raises(SystemCheckError, match=r"recommender\.E001"):
        call_command("check")


def test_e002_when_stridewise_is_not_a_dict(settings):
    settings.STRIDEWISE = ["DETECTOR"]

    assert [error.id for error in check_stridewise_setting()] == ["recommender.E002"]
    # The plugin still runs on its defaults.
    assert recommender_settings.DIAGNOSE_MAX_CHARS == 5000


def test_w001_for_an_unknown_key(settings):
    settings.STRIDEWISE = {"DETECTR": "x.Y"}

    warnings = check_stridewise_setting()

    assert [warning.id for warning in warnings] == ["recommender.W001"]
    assert "DETECTR" in warnings[0].msg
