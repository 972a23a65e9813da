"""Reads for the feed and the exports."""

from django.db.models import QuerySet

from shop.models import Product


def product_feed_list() -> QuerySet[Product]:
    """Active products with their category and variants, three queries per chunk of products."""
    return (
        Product.objects.filter(is_active=True)
        .select_related("category")
        .prefetch_related("variants")
        .order_by("pk")
    )
