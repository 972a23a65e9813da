"""The recommender's tables: causes, rules and merchandising, shopper events, stored picks."""

from recommender.models.causes import (
    ArticleCause,
    ArticleReview,
    Cause,
    split_lines_or_json,
    validate_patterns,
)
from recommender.models.events import ArticleProductSignal, Event
from recommender.models.recommendations import ArticleRecommendation
from recommender.models.rules import CauseProductRule, Merchandising

__all__ = [
    "ArticleCause",
    "ArticleProductSignal",
    "ArticleRecommendation",
    "ArticleReview",
    "Cause",
    "CauseProductRule",
    "Event",
    "Merchandising",
    "split_lines_or_json",
    "validate_patterns",
]
