"""Cause detection: plain Python, no database. Text in, causes with evidence out."""

from .base import BaseDetector, CauseSpec, DetectedCause, DetectionResult, RedFlag

__all__ = ["BaseDetector", "CauseSpec", "DetectedCause", "DetectionResult", "RedFlag"]
