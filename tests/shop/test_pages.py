from decimal import Decimal
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shop.filters import ProductFilterSet
from tests.shop.factories import (
    AttributeFactory,
    CategoryFactory,
    ProductFactory,
    product_with_sizes,
)

pytestmark = pytest.mark.django_db

LIST = "/products/"


def _names(response) -> list[str]:
    return [product.name for product in response.context["products"]]


def test_product_list_shows_active_products_with_their_stock_state(client):
    product_with_sizes(stocks={"M": 0}, name="Quiet Miles Sock")
    product_with_sizes(stocks={"M": 4}, name="Loud Miles Sock")
    ProductFactory(name="Retired Sock", is_active=False)

    response = client.get(reverse("shop:product-list"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Quiet Miles Sock" in html
    assert "Loud Miles Sock" in html
    assert "Retired Sock" not in html
    assert "Sold out" in html
    assert 'href="/products/' in html


def test_product_list_filters_by_category_attribute_and_stock(client):
    shoes = CategoryFactory(slug="running-shoes")
    product_with_sizes(stocks={"42": 2}, name="Plush Trainer", category=shoes, cushioning="max")
    product_with_sizes(stocks={"42": 0}, name="Plush Racer", category=shoes, cushioning="max")
    product_with_sizes(stocks={"M": 2}, name="Plush Sock", cushioning="max")

    by_category = client.get(LIST, {"category": "running-shoes", "cushioning": "max"})
    in_stock = client.get(LIST, {"category": "running-shoes", "in_stock": "on"})

    assert sorted(_names(by_category)) == ["Plush Racer", "Plush Trainer"]
    assert _names(in_stock) == ["Plush Trainer"]
    assert "<h1>Running shoes</h1>" in by_category.content.decode()


def test_product_list_filters_by_boolean_brand_and_text(client):
    ProductFactory(name="Blister Guard", brand="Fellmark", blister_protection=True)
    ProductFactory(name="Plain Crew", brand="Northloop", blister_protection=False)

    assert _names(client.get(LIST, {"blister_protection": "on"})) == ["Blister Guard"]
    assert _names(client.get(LIST, {"brand": "northloop"})) == ["Plain Crew"]
    assert _names(client.get(LIST, {"q": "guard fellmark"})) == ["Blister Guard"]


def test_product_list_sorts_by_price_and_newest(client):
    ProductFactory(name="Mid", price=Decimal("20"))
    ProductFactory(name="Cheap", price=Decimal("9"))
    ProductFactory(name="Dear", price=Decimal("40"))

    assert _names(client.get(LIST, {"sort": "price"})) == ["Cheap", "Mid", "Dear"]
    assert _names(client.get(LIST, {"sort": "-price"})) == ["Dear", "Mid", "Cheap"]
    assert _names(client.get(LIST, {"sort": "newest"})) == ["Dear", "Cheap", "Mid"]


def test_product_list_paginates_and_keeps_the_filters_in_page_links(client):
    for index in range(30):
        ProductFactory(name=f"Sock {index:02d}", cushioning="light")

    first = client.get(LIST, {"cushioning": "light"})
    second = client.get(LIST, {"cushioning": "light", "page": 2})

    assert len(first.context["products"]) == 24
    assert len(second.context["products"]) == 6
    assert "?cushioning=light&amp;page=2" in first.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "?cushioning=huge&category=nope&min_price=abc&in_stock=maybe",
        "?page=9999",
        "?page=abc",
        "?sort=%00&q=" + "x" * 500,
        "?max_price=1e400&brand[]=a",
        "?category=running-socks&category=trail-socks",
    ],
)
def test_junk_query_strings_never_break_the_page(client, query):
    ProductFactory(name="Sturdy Sock")

    response = client.get(LIST + query)

    assert response.status_code == 200


def test_unreadable_filters_are_explained_and_ignored(client):
    ProductFactory(name="Sturdy Sock")

    response = client.get(LIST, {"cushioning": "huge", "min_price": "abc"})

    html = response.content.decode()
    assert "We ignored some filters" in html
    assert "Cushioning" in html
    assert "Min price" in html
    assert _names(response) == ["Sturdy Sock"]


def test_product_page_shows_price_attributes_sizes_and_stock(client):
    product = product_with_sizes(
        stocks={"S": 0, "M": 2, "L": 10},
        name="Hill Repeat Sock",
        brand="Fellmark",
        price=Decimal("16.50"),
        seamless_toe=True,
        material="Merino blend",
    )

    response = client.get(product.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Hill Repeat Sock</h1>" in html
    assert "€16.50" in html
    assert "Fellmark" in html
    assert "Sold out" in html
    assert "Only 2 left" in html
    assert "Seamless toe" in html
    assert "Merino blend" in html
    assert "Crew" in html
    assert 'alt="Hill Repeat Sock"' in html


def test_product_page_labels_extra_attributes_by_their_name(client):
    AttributeFactory(slug="toe-box", name="Toe box")
    product = ProductFactory(extra_attributes={"toe-box": "wide"})

    html = client.get(product.get_absolute_url()).content.decode()

    assert "Toe box" in html
    assert "wide" in html


def test_a_product_sold_out_everywhere_says_so(client):
    product = product_with_sizes(stocks={"M": 0, "L": 0})

    html = client.get(product.get_absolute_url()).content.decode()

    assert "in every size" in html


def test_inactive_and_missing_products_are_404(client):
    hidden = ProductFactory(is_active=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get("/products/no-such-sock/").status_code == 404


def test_product_list_query_count_does_not_grow_with_products(client):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST).status_code == 200
        return len(queries)

    for _ in range(3):
        product_with_sizes(stocks={"M": 1, "L": 0})
    few = count_queries()
    for _ in range(20):
        product_with_sizes(stocks={"M": 1, "L": 0})

    assert count_queries() == few


filter_names = st.sampled_from(
    [*ProductFilterSet.base_filters, "page", "utm_source", "category[]", ""]
)
filter_values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["true", "max", "-price", "running-socks", "0", "-1", "1e9", "NaN"]),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(params=st.lists(st.tuples(filter_names, filter_values), max_size=6))
def test_any_query_string_gets_a_page_never_a_server_error(client, params):
    query = urlencode(params)

    page = client.get(f"{LIST}?{query}")
    api = client.get(f"/api/v1/products/?{query}")

    assert page.status_code == 200
    assert api.status_code in (200, 400, 404)
