from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from content.models import Article, Tag
from content.rendering import markdown_to_safe_html
from shop.models import Category, Product, Variant


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class ArticleFactory(factory.django.DjangoModelFactory):
    """A draft. Saved straight to the table: tests of the services call the services."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Why runners get sore knees, part {n}")
    slug = factory.Sequence(lambda n: f"sore-knees-{n}")
    summary = "What makes knees ache after a run, and what to change."
    body_markdown = (
        "## The usual suspects\n\nWorn-out shoes and sudden jumps in weekly distance.\n\n"
        "- Replace shoes after about 700 km\n- Add distance slowly\n"
    )
    body_html = factory.LazyAttribute(lambda o: markdown_to_safe_html(o.body_markdown))
    author = "Mara Lindqvist"
    status = Article.Status.DRAFT

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)


class PublishedArticleFactory(ArticleFactory):
    status = Article.Status.PUBLISHED
    published_at = factory.Sequence(
        lambda n: timezone.now() - timedelta(days=30) + timedelta(hours=n)
    )


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    name = "Running socks"
    slug = "running-socks"


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    sku = factory.Sequence(lambda n: f"SOCK-{n:04d}")
    slug = factory.Sequence(lambda n: f"trail-sock-{n}")
    name = factory.Sequence(lambda n: f"Ridgeline Trail Sock {n}")
    brand = "Ridgeline"
    price = Decimal("14.90")
    category = factory.SubFactory(CategoryFactory)
    is_active = True


class VariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Variant

    product = factory.SubFactory(ProductFactory)
    sku = factory.Sequence(lambda n: f"SOCK-V-{n:05d}")
    size = factory.Sequence(lambda n: f"EU {36 + n % 12}")
    stock = 5
