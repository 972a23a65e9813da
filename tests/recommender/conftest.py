"""Fixtures for the recommender's Django side: a controllable detector and known phrases.

Set STRIDEWISE_TEST_DETECTOR to a dotted path to run these tests with another detector
(for example the real one); the phrases below are then staff extras on top of its own.
"""

import os

import pytest

from recommender.services import detector_reset

TEST_DETECTOR = os.environ.get(
    "STRIDEWISE_TEST_DETECTOR", "tests.recommender.detectors.PhraseDetector"
)

# Staff phrases the tests rely on; each is also plain English a real detector should catch.
PHRASES = {
    "improper_footwear": "worn-out shoes\nold trainers",
    "improper_socks": "cotton socks",
    "hard_surfaces": "concrete",
    "overtraining": "no rest days",
    "red_flag": "numbness\nshooting pain",
}


@pytest.fixture
def detector(settings, db):
    """The test detector, built from the shipped causes with PHRASES added."""
    from recommender.models import Cause

    settings.STRIDEWISE = {"DETECTOR": TEST_DETECTOR}
    for slug, phrases in PHRASES.items():
        Cause.objects.filter(slug=slug).update(phrases=phrases)
    detector_reset()
    yield TEST_DETECTOR
    detector_reset()


@pytest.fixture
def staff(db):
    from tests.recommender.factories import StaffUserFactory

    return StaffUserFactory()


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client
