from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from shop.models import Product
from tests.shop.factories import (
    CategoryFactory,
    ProductFactory,
    ShopperFactory,
    StaffUserFactory,
    VariantFactory,
    product_with_sizes,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/products/"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def staff_api():
    client = APIClient()
    client.force_authenticate(StaffUserFactory())
    return client


def _new_product_body(**overrides):
    body = {
        "sku": "TS-200",
        "name": "Ridge Runner Trail Sock",
        "brand": "Fellmark",
        "price": "18.50",
        "category": "trail-socks",
        "attributes": {"cushioning": "medium", "height": "crew", "blister_protection": True},
        "variants": [
            {"sku": "TS-200-M", "size": "M", "colour": "Moss", "stock": 6},
            {"sku": "TS-200-L", "size": "L", "colour": "Moss", "stock": 0},
        ],
    }
    body.update(overrides)
    return body


def test_list_shows_products_with_stock_variants_and_absolute_links(api):
    product = product_with_sizes(
        stocks={"S": 0, "M": 2}, sku="RS-1", price=Decimal("14.00"), drop_mm=None
    )

    response = api.get(LIST)

    assert response.status_code == 200
    assert response.data["count"] == 1
    item = response.json()["results"][0]
    assert item["sku"] == "RS-1"
    assert item["price"] == "14.00"
    assert item["category"] == "running-socks"
    assert item["in_stock"] is True
    assert item["total_stock"] == 2
    assert [v["stock"] for v in item["variants"]] == [0, 2]
    assert item["attributes"]["cushioning"] == "light"
    assert item["attributes"]["support"] is None
    assert item["url"] == f"http://testserver/products/{product.slug}/"
    assert item["image_url"].startswith("http://testserver/static/shop/placeholder/")


def test_list_leaves_out_inactive_products(api):
    ProductFactory(sku="ON")
    ProductFactory(sku="OFF", is_active=False)

    skus = [item["sku"] for item in api.get(LIST).json()["results"]]

    assert skus == ["ON"]


def test_list_filters_by_attributes_price_and_search(api):
    ProductFactory(sku="A", name="Cloud Crew", cushioning="max", price=Decimal("20"))
    ProductFactory(sku="B", name="Thin Racer", cushioning="light", price=Decimal("12"))
    ProductFactory(sku="C", name="Cloud Ankle", cushioning="max", price=Decimal("35"))

    def skus(**params):
        return sorted(item["sku"] for item in api.get(LIST, params).json()["results"])

    assert skus(cushioning="max") == ["A", "C"]
    assert skus(cushioning="max", max_price="25") == ["A"]
    assert skus(min_price="15") == ["A", "C"]
    assert skus(search="racer") == ["B"]
    assert skus(category="running-socks", moisture_wicking="true") == ["A", "B", "C"]


def test_list_orders_by_price(api):
    ProductFactory(sku="MID", price=Decimal("20"))
    ProductFactory(sku="LOW", price=Decimal("10"))
    ProductFactory(sku="TOP", price=Decimal("30"))

    results = api.get(LIST, {"ordering": "-price"}).json()["results"]

    assert [item["sku"] for item in results] == ["TOP", "MID", "LOW"]


def test_list_is_paginated(api):
    ProductFactory.create_batch(5)

    first = api.get(LIST, {"page_size": 2}).json()
    last = api.get(LIST, {"page_size": 2, "page": 3}).json()

    assert first["count"] == 5
    assert len(first["results"]) == 2
    assert first["next"]
    assert len(last["results"]) == 1
    assert last["next"] is None


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"min_price": "abc"}, "min_price"),
        ({"cushioning": "huge"}, "cushioning"),
        ({"in_stock": "maybe"}, "in_stock"),
        ({"category": "spaceships"}, "category"),
        ({"ordering": "colour"}, "ordering"),
        ({"max_price": "-4"}, "max_price"),
    ],
)
def test_unreadable_filters_get_a_400_naming_the_parameter(api, params, parameter):
    response = api.get(LIST, params)

    assert response.status_code == 400
    assert parameter in response.json()
    assert response.json()[parameter][0]


def test_detail_by_sku(api):
    VariantFactory(product=ProductFactory(sku="DET-1"), size="M", stock=0)

    response = api.get(f"{LIST}DET-1/")

    assert response.status_code == 200
    assert response.json()["in_stock"] is False
    assert response.json()["variants"][0]["size"] == "M"


def test_detail_of_an_inactive_or_missing_product_is_404(api):
    ProductFactory(sku="GONE", is_active=False)

    assert api.get(f"{LIST}GONE/").status_code == 404
    assert api.get(f"{LIST}NOPE/").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_and_shoppers_cannot_write(api, method):
    ProductFactory(sku="KEEP")
    url = LIST if method == "post" else f"{LIST}KEEP/"

    anonymous = getattr(api, method)(url, _new_product_body(), format="json")
    api.force_authenticate(ShopperFactory())
    shopper = getattr(api, method)(url, _new_product_body(), format="json")

    assert anonymous.status_code == 403
    assert shopper.status_code == 403
    assert list(Product.objects.values_list("sku", flat=True)) == ["KEEP"]


def test_staff_create_a_product_with_variants(staff_api):
    response = staff_api.post(LIST, _new_product_body(), format="json")

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["slug"] == "ridge-runner-trail-sock"
    assert body["total_stock"] == 6
    assert body["attributes"]["blister_protection"] is True
    assert Product.objects.get(sku="TS-200").variants.count() == 2


def test_staff_create_with_bad_values_gets_400_and_nothing_saved(staff_api):
    body = _new_product_body(price="-3", category="spaceships")

    response = staff_api.post(LIST, body, format="json")

    assert response.status_code == 400
    assert set(response.json()) >= {"price", "category"}
    assert not Product.objects.exists()


def test_staff_create_with_bad_attribute_gets_400(staff_api):
    body = _new_product_body(attributes={"cushioning": "huge"})

    response = staff_api.post(LIST, body, format="json")

    assert response.status_code == 400
    assert "cushioning" in response.json()
    assert not Product.objects.exists()


def test_staff_create_with_duplicate_sku_gets_400(staff_api):
    ProductFactory(sku="TS-200")

    response = staff_api.post(LIST, _new_product_body(variants=[]), format="json")

    assert response.status_code == 400
    assert "sku" in response.json()


def test_staff_patch_changes_only_what_is_sent(staff_api):
    CategoryFactory(slug="trail-socks")
    staff_api.post(LIST, _new_product_body(), format="json")

    response = staff_api.patch(
        f"{LIST}TS-200/", {"price": "15.00", "attributes": {"height": "quarter"}}, format="json"
    )

    assert response.status_code == 200, response.json()
    product = Product.objects.get(sku="TS-200")
    assert product.price == Decimal("15.00")
    assert product.height == "quarter"
    assert product.cushioning == "medium"
    assert product.name == "Ridge Runner Trail Sock"
    assert product.variants.count() == 2


def test_staff_put_replaces_fields_and_variants(staff_api):
    staff_api.post(LIST, _new_product_body(), format="json")
    body = _new_product_body(
        name="Ridge Runner II",
        variants=[{"sku": "TS-200-XL", "size": "XL", "stock": 9}],
    )

    response = staff_api.put(f"{LIST}TS-200/", body, format="json")

    assert response.status_code == 200, response.json()
    assert response.json()["name"] == "Ridge Runner II"
    assert [v["sku"] for v in response.json()["variants"]] == ["TS-200-XL"]


def test_staff_can_reactivate_an_inactive_product(staff_api):
    ProductFactory(sku="BACK", is_active=False)

    response = staff_api.patch(f"{LIST}BACK/", {"is_active": True}, format="json")

    assert response.status_code == 200
    assert Product.objects.get(sku="BACK").is_active


def test_staff_delete(staff_api):
    ProductFactory(sku="BYE")

    response = staff_api.delete(f"{LIST}BYE/")

    assert response.status_code == 204
    assert not Product.objects.filter(sku="BYE").exists()


def test_the_product_endpoints_are_in_the_schema(api):
    response = api.get("/api/schema/", {"format": "json"})

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/products/" in paths
    assert {"get", "post"} <= set(paths["/api/v1/products/"])
    assert {"get", "put", "patch", "delete"} <= set(paths["/api/v1/products/{sku}/"])
    names = {p["name"] for p in paths["/api/v1/products/"]["get"]["parameters"]}
    assert {"cushioning", "min_price", "max_price", "search", "ordering", "page"} <= names


def test_list_query_count_does_not_grow_with_products(api):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert api.get(LIST).status_code == 200
        return len(queries)

    for _ in range(3):
        product_with_sizes(stocks={"M": 1, "L": 0})
    few = count_queries()
    for _ in range(20):
        product_with_sizes(stocks={"M": 1, "L": 0})

    assert count_queries() == few
