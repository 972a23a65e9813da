"""Writes for articles. Views, the admin, the API and commands all come through here."""

from content.services.articles import (
    article_create,
    article_publish,
    article_unpublish,
    article_update,
    tags_get_or_create,
)
from content.services.imports import ArticleImportError, ImportReport, articles_import

__all__ = [
    "ArticleImportError",
    "ImportReport",
    "article_create",
    "article_publish",
    "article_unpublish",
    "article_update",
    "articles_import",
    "tags_get_or_create",
]
