"""What shoppers do around recommendations, and what it adds up to per article."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from content.models import Article
from shop.models import Product


class Event(models.Model):
    """One shopper action. Rows are only ever added; aggregates live in ArticleProductSignal."""

    class Kind(models.TextChoices):
        VIEW_ARTICLE = "view_article", "Read an article"  # article only, no product
        VIEW_ITEM = "view_item", "Viewed a product"
        SELECT_ITEM = "select_item", "Clicked a recommendation"
        ADD_TO_CART = "add_to_cart", "Added to cart"
        PURCHASE = "purchase", "Purchased"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    anonymous_id = models.CharField(max_length=64, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recommender_events",
    )
    product = models.ForeignKey(
        Product, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    cause_slug = models.CharField(max_length=60, blank=True)
    quantity = models.PositiveIntegerField(default=1)
    value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(anonymous_id="") | Q(user__isnull=False),
                name="event_has_a_shopper",
            ),
            models.CheckConstraint(condition=Q(quantity__gte=1), name="event_quantity_positive"),
        ]
        indexes = [
            # The signal refresh: per article and product, counts by kind since a moment.
            models.Index(fields=["article", "product", "kind"], name="event_article_product_kind"),
            models.Index(fields=["product", "kind"], name="event_product_kind"),
            models.Index(fields=["kind", "created_at"], name="event_kind_created"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.product_id or '-'} on {self.article_id or '-'}"


class ArticleProductSignal(models.Model):
    """How readers of one article responded to one product, summed from events."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="product_signals")
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="article_signals")
    clicks = models.PositiveIntegerField(default=0)
    add_to_carts = models.PositiveIntegerField(default=0)
    purchases = models.PositiveIntegerField(default=0)
    score = models.FloatField(default=0.0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "product"], name="article_product_signal_unique"
            ),
        ]
        indexes = [models.Index(fields=["article", "-score"], name="signal_article_score")]

    def __str__(self) -> str:
        return f"{self.product_id} on {self.article_id}: {self.score:g}"
