"""Staff edits to causes. Every change makes each process rebuild its detector."""

from __future__ import annotations

from django.db import transaction

from recommender.models import Cause
from recommender.services.detector import detector_reset_on_commit


@transaction.atomic
def cause_save(*, cause: Cause) -> Cause:
    cause.full_clean()
    cause.save()
    detector_reset_on_commit()
    return cause


@transaction.atomic
def cause_delete(*, cause: Cause) -> None:
    cause.delete()
    detector_reset_on_commit()
