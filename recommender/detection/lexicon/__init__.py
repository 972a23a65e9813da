"""Weighted cues per cause: regular expressions over the lower-cased matching copy.

A cue is either a ``CAUSE`` cue (the text names the problem: "worn-out shoes") or a
``FIX`` cue (the text recommends what cures it: "replace your shoes"). They differ under
negation: "not worn out" clears the cause, while "I never stretch" *is* the cause.
Weights are the confidence one clear occurrence gives on its own; the threshold is 0.5.
A table row may name a fourth item, the causes the cue yields to (space-separated, and
"red_flag" for a red-flag symptom): "my toes hit the front on descents" blames the shoe, so
the downhill only counts in a sentence without a shoe cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import body, gear, load
from .red_flags import RED_FLAG_CUES

CAUSE = "cause"
FIX = "fix"


@dataclass(frozen=True)
class Cue:
    slug: str
    kind: str
    weight: float
    pattern: str
    yields_to: str | None = None  # causes whose evidence in the same sentence cancels this cue


def _cues() -> tuple[Cue, ...]:
    cues: list[Cue] = []
    for module in (gear, body, load):
        for slug, table in module.CUES.items():
            for kind, weight, pattern, *yields_to in table:
                cues.append(Cue(slug, kind, weight, pattern, *yields_to))
    return tuple(cues)


CUES: tuple[Cue, ...] = _cues()

__all__ = ["CAUSE", "CUES", "FIX", "RED_FLAG_CUES", "Cue"]
