"""The recommendation endpoints: shapes, errors that say why, and the diagnose extension."""

import pytest
from django.core.cache import cache

from content.models import Article
from recommender.models import Event
from recommender.services import responses
from recommender.services.recommendations import article_recommendations_store
from tests.recommender.factories import ArticleFactory
from tests.recommender.rec_helpers import BLISTER_SENTENCE, article_with_causes, shoe, sock
from tests.shop.factories import ShopperFactory

pytestmark = pytest.mark.django_db

PRODUCT_KEYS = {
    "sku",
    "name",
    "category",
    "category_name",
    "attributes",
    "price",
    "currency",
    "in_stock",
    "url",
    "image_url",
    "score",
    "reasons",
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    responses._RECENT.clear()  # the worker's one-second copies of answers
    cache.clear()  # throttle counts and cached payloads
    yield
    cache.clear()


def url(slug: str) -> str:
    return f"/api/v1/articles/{slug}/recommendations/"


def test_article_recommendations_have_the_documented_shape(client):
    sock("SOCK-A", stocks={"M": 2})
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)

    response = client.get(url(article.slug), {"limit": 5})

    assert response.status_code == 200
    body = response.json()
    assert {"article", "causes", "red_flags", "products", "advice", "groups"} <= set(body)
    assert body["article"] == article.slug
    product = body["products"][0]
    assert set(product) == PRODUCT_KEYS
    assert product["in_stock"] is True
    assert product["attributes"]["moisture_wicking"] is True
    assert product["reasons"][0] == {
        "cause": "improper_socks",
        "text": product["reasons"][0]["text"],
        "evidence": BLISTER_SENTENCE,
    }
    assert body["causes"][0]["slug"] == "improper_socks"
    assert set(body["causes"][0]) == {"slug", "name", "confidence", "evidence", "products_help"}


def test_limit_and_size_are_applied(client):
    for index in range(5):
        sock(f"SOCK-{index}", stocks={"M": 1, "L": int(index == 2)})
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)

    assert len(client.get(url(article.slug), {"limit": 2}).json()["products"]) == 2
    sized = client.get(url(article.slug), {"size": "L"}).json()["products"]
    assert [product["sku"] for product in sized] == ["SOCK-2"]


@pytest.mark.parametrize("limit", ["abc", "0", "-3", "1000", "1.5"])
def test_a_bad_limit_is_a_400_that_names_it(client, limit):
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)

    response = client.get(url(article.slug), {"limit": limit})

    assert response.status_code == 400
    assert "limit" in response.json()


def test_unknown_and_draft_articles_are_404(client):
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)

    assert client.get(url("no-such-article")).status_code == 404
    assert client.get(url(draft.slug)).status_code == 404


def test_content_article_detail_still_answers_beside_recommendations(client):
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)

    assert client.get(f"/api/v1/articles/{article.slug}/").status_code == 200
    assert client.get(url(article.slug)).status_code == 200


def test_product_articles_lists_the_articles_that_recommend_it(client):
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)

    response = client.get("/api/v1/products/SOCK-A/articles/")

    assert response.status_code == 200
    assert response.json() == [
        {
            "slug": article.slug,
            "title": article.title,
            "url": article.get_absolute_url(),
            "summary": article.summary,
            "causes": ["Improper socks"],
        }
    ]
    assert client.get("/api/v1/products/NOPE/articles/").status_code == 404
    assert client.get("/api/v1/products/SOCK-A/articles/", {"limit": "x"}).status_code == 400


def test_an_anonymous_beacon_records_an_event_without_csrf(client):
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    payload = {
        "kind": "select_item",
        "product": "SOCK-A",
        "article": article.slug,
        "anonymous_id": "a1b2c3",
        "cause": "improper_socks",
    }

    response = client.post("/api/v1/events/", payload, content_type="application/json")

    assert response.status_code == 201
    event = Event.objects.get()
    assert (event.kind, event.product.sku, event.article, event.cause_slug) == (
        "select_item",
        "SOCK-A",
        article,
        "improper_socks",
    )


def test_a_signed_in_shopper_needs_no_anonymous_id(client):
    sock("SOCK-A")
    shopper = ShopperFactory()
    client.force_login(shopper)
    client.handler.enforce_csrf_checks = True

    response = client.post(
        "/api/v1/events/",
        {"kind": "add_to_cart", "product": "SOCK-A", "quantity": 2},
        content_type="application/json",
    )

    assert response.status_code == 201
    assert Event.objects.get().user == shopper


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"kind": "teleport", "product": "SOCK-A", "anonymous_id": "x"}, "kind"),
        ({"kind": "view_item", "product": "NOPE", "anonymous_id": "x"}, "product"),
        ({"kind": "view_item", "anonymous_id": "x"}, "product"),
        ({"kind": "view_item", "product": "SOCK-A"}, "anonymous_id"),
        ({"kind": "view_item", "product": "SOCK-A", "anonymous_id": "bad id!"}, "anonymous_id"),
        (
            {"kind": "view_item", "product": "SOCK-A", "anonymous_id": "x", "article": "nope"},
            "article",
        ),
        ({"kind": "view_item", "product": "SOCK-A", "anonymous_id": "x", "cause": "x"}, "cause"),
        ({"kind": "purchase", "product": "SOCK-A", "anonymous_id": "x", "quantity": 0}, "quantity"),
        ({"kind": "purchase", "product": "SOCK-A", "anonymous_id": "x", "value": -1}, "value"),
    ],
)
def test_bad_events_are_400s_that_name_the_field(client, payload, field):
    sock("SOCK-A")

    response = client.post("/api/v1/events/", payload, content_type="application/json")

    assert response.status_code == 400
    assert field in response.json()
    assert not Event.objects.exists()


def test_events_are_throttled(client, settings):
    sock("SOCK-A")
    settings.STRIDEWISE = {**settings.STRIDEWISE, "EVENTS_THROTTLE_RATE": "2/min"}
    body = {"kind": "view_item", "product": "SOCK-A", "anonymous_id": "x"}

    codes = [
        client.post("/api/v1/events/", body, content_type="application/json").status_code
        for _ in range(3)
    ]

    assert codes == [201, 201, 429]


@pytest.mark.usefixtures("detector")
def test_diagnose_adds_products_articles_and_advice(client):
    sock("SOCK-A")
    shoe("SHOE-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)

    response = client.post(
        "/api/v1/diagnose/",
        {"text": "My cotton socks rub and I get blisters."},
        content_type="application/json",
    )

    assert response.status_code == 200
    body = response.json()
    assert [product["sku"] for product in body["products"]] == ["SOCK-A"]
    assert (
        body["products"][0]["reasons"][0]["evidence"] == "My cotton socks rub and I get blisters."
    )
    assert [item["slug"] for item in body["articles"]] == [article.slug]
    assert [item["cause"] for item in body["advice"]] == ["improper_socks"]


@pytest.mark.usefixtures("detector")
def test_diagnose_with_a_red_flag_sends_the_shopper_to_a_professional(client):
    sock("SOCK-A")
    article_with_causes(improper_socks=BLISTER_SENTENCE)

    response = client.post(
        "/api/v1/diagnose/",
        {"text": "My cotton socks rub, and I have numbness in my toes."},
        content_type="application/json",
    )

    body = response.json()
    assert body["red_flags"]
    assert body["products"] == []
    assert body["articles"] == []
    assert len(body["advice"]) == 1
    assert "doctor" in body["advice"][0]["text"]


@pytest.mark.usefixtures("detector")
def test_diagnose_answers_sharp_pain_is_a_red_flag_and_bad_answers_are_400(client):
    sock("SOCK-A")
    text = {"text": "My cotton socks rub."}

    sharp = client.post(
        "/api/v1/diagnose/", {**text, "answers": {"feel": "sharp"}}, content_type="application/json"
    ).json()
    bad = client.post(
        "/api/v1/diagnose/", {**text, "answers": {"feel": "awful"}}, content_type="application/json"
    )

    assert sharp["products"] == [] and sharp["red_flags"]
    assert bad.status_code == 400
    assert "answers" in bad.json()


@pytest.mark.usefixtures("detector")
def test_diagnose_respects_the_shoppers_size(client):
    sock("SOCK-M", stocks={"M": 3})
    sock("SOCK-L", stocks={"L": 3})

    body = client.post(
        "/api/v1/diagnose/",
        {"text": "My cotton socks rub.", "size": "L"},
        content_type="application/json",
    ).json()

    assert [product["sku"] for product in body["products"]] == ["SOCK-L"]


def test_every_endpoint_is_in_the_schema(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    paths = schema["paths"]
    assert "/api/v1/articles/{slug}/recommendations/" in paths
    assert "/api/v1/products/{sku}/articles/" in paths
    assert "/api/v1/events/" in paths
    assert "products" in str(paths["/api/v1/diagnose/"])


@pytest.mark.usefixtures("detector")
def test_diagnose_answers_stay_fresh_after_a_sale_and_a_rule_change(client):
    from recommender.models import CauseProductRule
    from recommender.services.rules import cause_rule_save
    from shop.services import variant_stock_adjust

    last_pair = sock("SOCK-LAST", stocks={"M": 1})
    sock("SOCK-B")

    def diagnose() -> list[str]:
        body = client.post(
            "/api/v1/diagnose/", {"text": "My cotton socks rub."}, content_type="application/json"
        ).json()
        return sorted(product["sku"] for product in body["products"])

    assert diagnose() == ["SOCK-B", "SOCK-LAST"]
    variant_stock_adjust(variant=last_pair.variants.get(), delta=-1)
    assert diagnose() == ["SOCK-B"]

    for rule in CauseProductRule.objects.filter(cause__slug="improper_socks"):
        rule.active = False
        cause_rule_save(rule=rule)
    assert diagnose() == []
