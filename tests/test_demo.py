"""The demo shop that `make run` loads: catalog, articles, staff login, and loading it again."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Count, F, Q

from content.models import Article
from recommender.detection.base import CAUSE_SLUGS
from shop.demo.articles import demo_articles_read
from shop.models import Category, Product, Variant

LABELS_PATH = Path(__file__).parent / "data" / "demo_article_labels.json"
CATEGORY_SLUGS = {
    "running-socks",
    "compression-socks",
    "trail-socks",
    "running-shoes",
    "trail-shoes",
    "insoles",
}


def load_demo(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {
        "products": Product.objects.count(),
        "variants": Variant.objects.count(),
        "articles": Article.objects.count(),
        "categories": Category.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture
def demo(db):
    return load_demo()


def test_catalog_has_sixty_active_products_in_every_category(demo):
    active = Product.objects.filter(is_active=True)
    assert active.count() >= 60
    per_category = dict(active.values_list("category__slug").annotate(n=Count("id")))
    assert set(per_category) == CATEGORY_SLUGS
    assert all(count >= 5 for count in per_category.values())
    assert not active.filter(variants__isnull=True).exists()
    assert active.values("brand").distinct().count() >= 5
    assert not active.exclude(currency="EUR").exists()
    assert not active.filter(price__lte=0).exists()


def test_catalog_has_sold_out_products_and_sold_out_sizes(demo):
    in_stock = Count("variants", filter=Q(variants__stock__gt=0))
    products = Product.objects.annotate(in_stock=in_stock, sizes=Count("variants"))
    sold_out = products.filter(in_stock=0)
    partly_sold_out = products.filter(in_stock__gt=0).exclude(in_stock=F("sizes"))
    assert 2 <= sold_out.count() <= 10
    assert partly_sold_out.count() >= 10
    assert products.filter(in_stock__gt=0).count() >= 55


def test_products_carry_the_attributes_their_category_needs(demo):
    shoes = Product.objects.filter(category__slug__in=["running-shoes", "trail-shoes"])
    assert not shoes.filter(
        Q(drop_mm__isnull=True) | Q(stack_mm__isnull=True) | Q(weight_g__isnull=True)
    ).exists()
    assert not shoes.filter(Q(surface="") | Q(support="") | Q(cushioning="")).exists()
    assert shoes.filter(support="stability").exists()

    compression = Product.objects.filter(category__slug="compression-socks")
    assert not compression.filter(
        Q(compression_mmhg__lt=15) | Q(compression_mmhg__gt=30) | Q(compression_mmhg__isnull=True)
    ).exists()
    socks = Product.objects.filter(category__slug__in=["running-socks", "trail-socks"])
    assert not socks.filter(height="").exists()
    assert socks.filter(seamless_toe=True, moisture_wicking=True, blister_protection=True).exists()
    assert socks.filter(moisture_wicking=False).exists()

    insoles = Product.objects.filter(category__slug="insoles")
    assert insoles.filter(arch_support=True, support="stability").exists()
    assert not insoles.filter(cushioning="").exists()
    shoe_sizes = set(Variant.objects.filter(product__in=shoes).values_list("size", flat=True))
    assert {"38", "42", "42.5", "47"} <= shoe_sizes


def test_articles_are_published_with_rendered_html(demo):
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    assert published.count() >= 10
    for article in published:
        assert "<h2" in article.body_html, article.slug
        assert "<script" not in article.body_html
        assert article.summary and article.author and article.tags.exists()
    dates = set(published.values_list("published_at__date", flat=True))
    assert len(dates) == published.count()
    months = {(day.year, day.month) for day in dates}
    assert len(months) >= 4


def test_back_pain_article_compares_muscle_and_disc_in_a_table(demo):
    article = Article.objects.get(slug="lower-back-pain-from-running")
    assert "<table>" in article.body_html
    assert "Disc-related pain" in article.body_html
    assert "see a doctor or physiotherapist" in article.body_html


def test_loading_twice_changes_and_duplicates_nothing(demo):
    before = row_counts()
    stamps = dict(Product.objects.values_list("sku", "updated_at"))
    article_stamps = dict(Article.objects.values_list("slug", "updated_at"))

    output = load_demo()

    assert row_counts() == before
    assert dict(Product.objects.values_list("sku", "updated_at")) == stamps
    assert dict(Article.objects.values_list("slug", "updated_at")) == article_stamps
    assert "(0 created, 0 updated," in output


def test_loading_again_restores_changed_demo_rows(demo):
    product = Product.objects.get(sku="KS-GLIDE-5")
    product.price = 1
    product.save()
    Variant.objects.filter(product=product).update(stock=0)
    article = Article.objects.get(slug="shin-splints")
    article.title = "Edited"
    article.save()

    output = load_demo()

    product.refresh_from_db()
    assert str(product.price) == "139.95"
    assert product.variants.filter(stock__gt=0).exists()
    assert Article.objects.get(slug="shin-splints").title.startswith("Shin splints")
    assert "(0 created, 1 updated" in output.splitlines()[0]


def test_if_empty_skips_when_the_shop_has_content(db):
    Product.objects.create(
        sku="OWN-1",
        slug="own-sock",
        name="Our own sock",
        brand="House",
        price="9.00",
        category=Category.objects.get(slug="running-socks"),
    )

    output = load_demo("--if-empty")

    assert "not loaded" in output
    assert Product.objects.count() == 1
    assert not Article.objects.exists()
    assert not get_user_model().objects.filter(username="staff").exists()


def test_if_empty_loads_an_empty_shop(db):
    load_demo("--if-empty")
    assert Product.objects.count() >= 60
    assert Article.objects.count() >= 10


def test_staff_user_logs_in_to_the_admin(demo, client):
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "staff", "password": "stridewise"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    page = client.get("/admin/")
    assert page.status_code == 200
    assert "Stridewise staff" in page.content.decode()


def test_existing_staff_password_is_kept_unless_reset(demo, client):
    user = get_user_model().objects.get(username="staff")
    user.set_password("changed-by-the-team")
    user.save()

    load_demo()
    assert not client.login(username="staff", password="stridewise")
    assert client.login(username="staff", password="changed-by-the-team")

    load_demo("--reset-staff-password")
    assert client.login(username="staff", password="stridewise")


def test_a_failing_load_leaves_nothing_behind(db):
    # A product of the shop's own already uses the slug a demo product needs.
    Product.objects.create(
        sku="OWN-GLIDE",
        slug="kestrel-glide-5",
        name="Someone else's Glide",
        brand="House",
        price="50.00",
        category=Category.objects.get(slug="running-shoes"),
    )

    with pytest.raises(CommandError, match="nothing was changed"):
        load_demo()

    assert Product.objects.count() == 1
    assert not Variant.objects.exists()
    assert not Article.objects.exists()
    assert not get_user_model().objects.exists()


def test_demo_article_files_are_complete_and_labelled():
    articles = demo_articles_read()
    labels = json.loads(LABELS_PATH.read_text())
    assert len(articles) >= 10
    assert {article.slug for article in articles} == set(labels)
    for article in articles:
        words = len(article.body_markdown.split())
        assert 500 <= words <= 1100, (article.slug, words)
    labelled = {cause for label in labels.values() for cause in label["causes"]}
    assert labelled == set(CAUSE_SLUGS)
    assert any(label["red_flag"] for label in labels.values())
    assert not all(label["red_flag"] for label in labels.values())


def test_a_shopper_can_browse_the_demo_shop(demo, client):
    article = Article.objects.get(slug="lower-back-pain-from-running")
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert "Disc-related pain" in page.content.decode()

    product = Product.objects.get(sku="KS-STEADFAST-3")
    page = client.get(product.get_absolute_url())
    assert page.status_code == 200
    assert "Steadfast 3" in page.content.decode()

    listing = client.get("/products/", {"category": "insoles"})
    assert listing.status_code == 200
    assert "Heel Relief Insole" in listing.content.decode()
