from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.content.factories import (
    ArticleFactory,
    ProductFactory,
    PublishedArticleFactory,
    TagFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("editor", password="pw", is_staff=True)


def test_home_shows_latest_articles_and_in_stock_products(client, django_assert_max_num_queries):
    PublishedArticleFactory(title="Blisters, explained")
    ArticleFactory(title="Secret draft")
    in_stock = VariantFactory(stock=3).product
    VariantFactory(product=ProductFactory(name="Sold Out Sock"), stock=0)
    VariantFactory(product=ProductFactory(name="Retired Sock", is_active=False), stock=9)

    with django_assert_max_num_queries(8):
        response = client.get(reverse("content:home"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Blisters, explained" in html
    assert "Secret draft" not in html
    assert in_stock.name in html and in_stock.get_absolute_url() in html
    assert "Sold Out Sock" not in html and "Retired Sock" not in html
    assert 'href="/check/"' in html


def test_home_product_list_costs_the_same_queries_for_many_products(
    client, django_assert_max_num_queries
):
    for _ in range(6):
        VariantFactory(stock=2)

    with django_assert_max_num_queries(8):
        response = client.get("/")

    assert response.content.decode().count('class="card product-card"') == 4


def test_article_list_searches_title_summary_and_body(client):
    PublishedArticleFactory(title="Blisters on long runs", summary="Socks matter.")
    PublishedArticleFactory(title="Knee pain", body_markdown="Worn shoes lose cushioning.")
    PublishedArticleFactory(title="Rest days", summary="Recover between runs.")
    ArticleFactory(title="Draft about shoes", body_markdown="cushioning")

    by_title = client.get("/articles/", {"q": "blisters"}).content.decode()
    by_body = client.get("/articles/", {"q": "cushioning"}).content.decode()

    assert "Blisters on long runs" in by_title and "Knee pain" not in by_title
    assert "Knee pain" in by_body and "Draft about shoes" not in by_body
    assert "Rest days" not in by_body


def test_article_list_filters_by_tag_and_paginates(client):
    socks = TagFactory(name="Socks", slug="socks")
    for number in range(12):
        PublishedArticleFactory(title=f"Sock tip {number}", tags=[socks])
    PublishedArticleFactory(title="Shoe tip")

    first = client.get("/articles/", {"tag": "socks"})
    second = client.get("/articles/", {"tag": "socks", "page": 2})
    nonsense = client.get("/articles/", {"page": "lots"})

    assert first.status_code == second.status_code == nonsense.status_code == 200
    assert "12 articles" in first.content.decode()
    assert "Shoe tip" not in first.content.decode()
    assert len(first.context["articles"]) == 10 and len(second.context["articles"]) == 2
    assert "tag=socks&amp;page=2" in first.content.decode()


def test_article_page_shows_the_sanitized_body_and_details(client):
    tag = TagFactory(name="Back pain", slug="back-pain")
    article = PublishedArticleFactory(
        title="Lower back pain",
        author="Hana Okafor",
        hero_image_url="https://img.example/back.jpg",
        body_markdown="## Causes\n\n" + "word " * 450 + "\n\n<script>alert(1)</script>",
        tags=[tag],
    )

    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Lower back pain" in html
    assert "By Hana Okafor" in html
    assert "https://img.example/back.jpg" in html
    assert "<h2>Causes</h2>" in html
    assert "alert(1)" not in html
    assert "2 min read" in html
    assert 'href="/articles/?tag=back-pain"' in html
    assert "Draft" not in html


def test_draft_is_404_for_shoppers_but_visible_to_staff(client, staff):
    draft = ArticleFactory(title="Unfinished piece")

    assert client.get(draft.get_absolute_url()).status_code == 404

    client.force_login(staff)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Draft" in response.content.decode()


def test_unknown_article_is_404(client):
    assert client.get("/articles/no-such-thing/").status_code == 404


def test_article_list_is_newest_first(client):
    PublishedArticleFactory(title="Older", published_at=timezone.now() - timedelta(days=5))
    PublishedArticleFactory(title="Newer", published_at=timezone.now() - timedelta(days=1))

    html = client.get("/articles/").content.decode()

    assert html.index("Newer") < html.index("Older")


def test_preview_is_for_staff_only(client, staff):
    draft = ArticleFactory(title="Preview me")
    url = reverse("content:article-preview", kwargs={"pk": draft.pk})

    anonymous = client.get(url)
    client.force_login(staff)
    as_staff = client.get(url)

    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    assert as_staff.status_code == 200 and "Preview me" in as_staff.content.decode()


def test_detail_template_leaves_room_for_extras():
    from django.template.loader import get_template

    source = get_template("content/article_detail.html").template.source

    assert "{% block article_extras %}" in source
    assert source.index("article.body_html") < source.index("block article_extras")
