"""Staff screens: causes, the review of causes found in articles, rules, merchandising, events."""

from recommender.admin.causes import CauseAdmin
from recommender.admin.review import ArticleCauseAdmin, ArticleReviewAdmin
from recommender.admin.rules import CauseProductRuleAdmin, EventAdmin, MerchandisingAdmin

__all__ = [
    "ArticleCauseAdmin",
    "ArticleReviewAdmin",
    "CauseAdmin",
    "CauseProductRuleAdmin",
    "EventAdmin",
    "MerchandisingAdmin",
]
