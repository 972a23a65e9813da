"""generate_data: a small run creates what it says, tops up instead of repeating, and clears."""

import pytest
from django.core.management import CommandError, call_command

from content.models import Article
from recommender.models import ArticleCause, Event
from recommender.services import text_diagnose
from recommender.services.detection import article_detection_text
from shop.models import Product, Variant

pytestmark = pytest.mark.django_db


def run(*args):
    call_command("generate_data", *args, "--seed", "3", stdout=__import__("io").StringIO())


def test_small_run_creates_products_articles_and_events():
    run("--products", "200", "--articles", "20", "--events", "500")

    products = Product.objects.filter(sku__startswith="GEN-")
    assert products.count() == 200
    assert set(products.values_list("category__slug", flat=True)) == {
        "running-socks",
        "compression-socks",
        "trail-socks",
        "running-shoes",
        "trail-shoes",
        "insoles",
    }
    # Every product has sizes; most can be bought, some sizes are sold out.
    assert not products.filter(variants__isnull=True).exists()
    variants = Variant.objects.filter(product__in=products)
    assert variants.filter(stock__gt=0).count() > variants.filter(stock=0).count() > 0
    assert (
        products.filter(category__slug="compression-socks", compression_mmhg__isnull=True).count()
        == 0
    )
    assert not products.filter(category__slug="running-shoes", cushioning="").exists()

    articles = Article.objects.filter(slug__startswith="gen-")
    assert articles.count() == 20
    assert all(article.is_published and article.body_html for article in articles)
    for article in articles:
        causes = ArticleCause.objects.filter(article=article)
        assert causes.exclude(cause__slug="red_flag").count() >= 2
        for row in causes:
            assert row.evidence and all(
                sentence in article.body_markdown for sentence in row.evidence
            )

    events = Event.objects.filter(anonymous_id__startswith="gen-")
    assert events.count() == 500
    assert set(events.values_list("kind", flat=True)) >= {"view_item", "select_item", "purchase"}
    assert not events.filter(product__isnull=True).exists()
    assert not events.filter(article__isnull=True).exists()


def test_detection_finds_the_causes_written_for_a_generated_article(settings):
    settings.STRIDEWISE = {"DETECTOR": "recommender.detection.rules.RuleDetector"}
    run("--articles", "5")
    for article in Article.objects.filter(slug__startswith="gen-"):
        written = set(
            ArticleCause.objects.filter(article=article)
            .exclude(cause__slug="red_flag")
            .values_list("cause__slug", flat=True)
        )
        found = text_diagnose(text=article_detection_text(article=article)).slugs
        assert written <= found


def test_second_run_tops_up_and_clear_removes_only_generated_rows():
    kept = Product.objects.create(
        sku="REAL-1",
        slug="real-1",
        name="Real sock",
        brand="Tidewalk",
        price=10,
        category_id=Product._meta.get_field("category")
        .related_model.objects.get(slug="running-socks")
        .pk,
    )
    run("--products", "30", "--articles", "4")
    run("--products", "50", "--articles", "4")
    assert Product.objects.filter(sku__startswith="GEN-").count() == 50
    assert Article.objects.filter(slug__startswith="gen-").count() == 4

    run("--clear")
    assert not Product.objects.filter(sku__startswith="GEN-").exists()
    assert not Article.objects.filter(slug__startswith="gen-").exists()
    assert Product.objects.filter(pk=kept.pk).exists()


def test_bad_numbers_are_refused_with_a_message():
    with pytest.raises(CommandError, match="--products must be 0 or more"):
        run("--products", "-1")
    with pytest.raises(CommandError, match="need published articles"):
        run("--events", "10")
