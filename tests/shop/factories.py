"""Catalog factories. Categories reuse the six default rows created by migration 0002."""

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from shop.models import Attribute, Category, Product, Variant


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    slug = "running-socks"
    name = factory.LazyAttribute(lambda category: category.slug.replace("-", " ").capitalize())


class AttributeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attribute
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"attribute-{n}")
    name = factory.LazyAttribute(lambda attribute: attribute.slug.replace("-", " ").capitalize())


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    sku = factory.Sequence(lambda n: f"SW-{n:05d}")
    name = factory.Sequence(lambda n: f"Tempo Crew Sock {n}")
    slug = factory.LazyAttribute(lambda product: product.sku.lower())
    brand = "Northloop"
    description = "A light, wicking sock for tempo runs on the road."
    price = Decimal("14.00")
    category = factory.SubFactory(CategoryFactory)
    cushioning = Product.Cushioning.LIGHT
    moisture_wicking = True
    height = Product.Height.CREW


class VariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Variant

    product = factory.SubFactory(ProductFactory)
    sku = factory.Sequence(lambda n: f"SW-V-{n:05d}")
    size = factory.Iterator(["S", "M", "L", "XL"])
    colour = "Black"
    stock = 10


class StaffUserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@stridewise.example")
    is_staff = True
    is_superuser = True
    password = factory.django.Password("a-long-staff-password")


class ShopperFactory(StaffUserFactory):
    username = factory.Sequence(lambda n: f"shopper{n}")
    is_staff = False
    is_superuser = False


def product_with_sizes(*, stocks: dict[str, int], **product_fields) -> Product:
    """A product with one variant per size, stock as given."""
    product = ProductFactory(**product_fields)
    for size, stock in stocks.items():
        VariantFactory(product=product, size=size, stock=stock)
    return product
