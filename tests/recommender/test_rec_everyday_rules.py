"""The everyday-trainer migration changes shipped rules only where staff left them as shipped."""

import importlib

import pytest
from django.apps import apps

from recommender.models import CauseProductRule

pytestmark = pytest.mark.django_db

migration = importlib.import_module("recommender.migrations.0010_everyday_shoes_for_pain")
ORDINARY, NEUTRAL, MAX_CUSHION, HIGH_ARCH = (change[1] for change in migration.SHIPPED_CHANGES)


def test_shipped_rules_are_lowered_and_staff_edited_ones_kept():
    # One rule back as it was shipped, one edited by staff, then the migration runs again.
    CauseProductRule.objects.filter(reason=ORDINARY).update(weight=1.2)
    CauseProductRule.objects.filter(reason=MAX_CUSHION).update(weight=1.5)
    new_rules = CauseProductRule.objects.filter(
        reason__in=[spec["reason"] for spec in migration.NEW_RULES]
    )
    assert new_rules.count() == len(migration.NEW_RULES)

    migration.apply(apps, None)

    assert CauseProductRule.objects.get(reason=ORDINARY).weight == pytest.approx(1.1)
    assert CauseProductRule.objects.get(reason=MAX_CUSHION).weight == pytest.approx(1.5)
    assert "weight_g >= 230" in CauseProductRule.objects.get(reason=NEUTRAL).conditions
    assert new_rules.count() == len(migration.NEW_RULES)  # added once


def test_reverting_restores_the_shipped_rules():
    migration.revert(apps, None)

    assert CauseProductRule.objects.get(reason=ORDINARY).weight == pytest.approx(1.2)
    assert CauseProductRule.objects.get(reason=NEUTRAL).conditions == (
        "support = neutral\ncushioning in (medium, max)"
    )
    assert CauseProductRule.objects.get(reason=HIGH_ARCH).weight == pytest.approx(1.0)
    assert not CauseProductRule.objects.filter(
        reason__in=[spec["reason"] for spec in migration.NEW_RULES]
    ).exists()
