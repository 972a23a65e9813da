"""Writes for the recommender: detection results, staff reviews, cause edits."""

from recommender.services.causes import cause_delete, cause_save
from recommender.services.detection import (
    article_causes_detect,
    article_detection_text,
    text_diagnose,
)
from recommender.services.detector import detector_get, detector_reset
from recommender.services.review import (
    article_cause_add,
    article_cause_confirm,
    article_cause_reject,
)

__all__ = [
    "article_cause_add",
    "article_cause_confirm",
    "article_cause_reject",
    "article_causes_detect",
    "article_detection_text",
    "cause_delete",
    "cause_save",
    "detector_get",
    "detector_reset",
    "text_diagnose",
]
