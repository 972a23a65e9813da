"""Staff screens: causes, the review of causes found in articles."""

from recommender.admin.causes import CauseAdmin
from recommender.admin.review import ArticleCauseAdmin, ArticleReviewAdmin

__all__ = ["ArticleCauseAdmin", "ArticleReviewAdmin", "CauseAdmin"]
