"""A small detector for tests: a cause is found where a sentence holds one of its phrases.

The real detector knows the language; this one knows only what staff configured, so a
test controls exactly what is found.
"""

from __future__ import annotations

import re

from recommender.detection.base import BaseDetector, DetectedCause, DetectionResult, RedFlag

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


class PhraseDetector(BaseDetector):
    def __init__(self, *, causes=()) -> None:
        super().__init__(causes=causes)
        self._matchers = []
        for spec in self.causes:
            alternatives = [r"\b" + re.escape(phrase) + r"\b" for phrase in spec.phrases]
            alternatives += list(spec.patterns)
            if alternatives:
                matcher = re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
                self._matchers.append((spec, matcher))

    def detect(self, text: str) -> DetectionResult:
        sentences = [s.strip() for s in _SENTENCE_END.split(text or "") if s.strip()]
        causes, red_flags = [], []
        for spec, matcher in self._matchers:
            evidence = tuple(s for s in sentences if matcher.search(s))
            if not evidence:
                continue
            if spec.is_red_flag:
                red_flags.append(RedFlag(evidence=evidence))
            else:
                confidence = min(1.0, 0.5 + 0.1 * len(evidence))
                causes.append(DetectedCause(spec.slug, confidence, evidence))
        causes.sort(key=lambda cause: -cause.confidence)
        return DetectionResult(causes=tuple(causes), red_flags=tuple(red_flags))


class NotADetector:
    """Named in a setting by mistake: it has no BaseDetector in its ancestry."""
