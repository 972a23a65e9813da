from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from shop.models import Category, Product
from tests.shop.factories import CategoryFactory, ProductFactory, VariantFactory

pytestmark = pytest.mark.django_db


def test_the_six_default_categories_exist():
    slugs = set(Category.objects.values_list("slug", flat=True))

    assert {
        "running-socks",
        "compression-socks",
        "trail-socks",
        "running-shoes",
        "trail-shoes",
        "insoles",
    } <= slugs


def test_database_refuses_a_negative_price():
    product = ProductFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Product.objects.filter(pk=product.pk).update(price=Decimal("-1.00"))


def test_validation_refuses_a_negative_price():
    product = ProductFactory.build(category=CategoryFactory(), price=Decimal("-0.01"))

    with pytest.raises(ValidationError) as error:
        product.full_clean()

    assert "price" in error.value.message_dict


def test_product_sku_is_unique():
    ProductFactory(sku="SOCK-1")

    with pytest.raises(IntegrityError), transaction.atomic():
        ProductFactory(sku="SOCK-1")


def test_a_product_cannot_have_the_same_size_and_colour_twice():
    variant = VariantFactory(size="M", colour="Black")

    with pytest.raises(IntegrityError), transaction.atomic():
        VariantFactory(product=variant.product, size="M", colour="Black")


def test_the_same_size_in_another_colour_is_a_separate_variant():
    variant = VariantFactory(size="M", colour="Black")

    VariantFactory(product=variant.product, size="M", colour="White")

    assert variant.product.variants.count() == 2


def test_variant_sku_is_unique_across_products():
    VariantFactory(sku="V-1")

    with pytest.raises(IntegrityError), transaction.atomic():
        VariantFactory(sku="V-1")


def test_image_falls_back_to_the_category_drawing():
    product = ProductFactory(category=CategoryFactory(slug="trail-shoes"))

    assert product.image_src.endswith("shop/placeholder/trail-shoes.svg")


def test_a_new_category_without_a_drawing_uses_the_default_one():
    product = ProductFactory(category=CategoryFactory(slug="recovery-sandals"))

    assert product.image_src.endswith("shop/placeholder/default.svg")


def test_every_default_category_has_a_drawing(settings):
    from django.contrib.staticfiles import finders

    for slug in [*Category.objects.values_list("slug", flat=True), "default"]:
        assert finders.find(f"shop/placeholder/{slug}.svg"), slug


def test_an_image_url_wins_over_the_drawing():
    product = ProductFactory(image_url="https://cdn.example.com/sock.jpg")

    assert product.image_src == "https://cdn.example.com/sock.jpg"
