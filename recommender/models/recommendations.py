"""Recommendations computed for an article, stored so pages never compute them in a request."""

from __future__ import annotations

from django.db import models

from content.models import Article
from shop.models import Product


class ArticleRecommendation(models.Model):
    """The ranked products of one article, in the API's shape.

    ``stale`` marks rows whose inputs changed (a catalog, rule or merchandising edit); a
    Celery task recomputes them in chunks and readers compute afresh meanwhile.
    ``products`` lets a catalog change find the articles that show a product.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="recommendation")
    payload = models.JSONField(default=dict)
    computed_at = models.DateTimeField()
    fingerprint = models.CharField(max_length=64, blank=True)
    stale = models.BooleanField(default=False)
    products = models.ManyToManyField(Product, blank=True, related_name="recommended_in")

    class Meta:
        indexes = [
            models.Index(fields=["stale"], condition=models.Q(stale=True), name="article_rec_stale")
        ]

    def __str__(self) -> str:
        return f"Recommendations for {self.article}"
