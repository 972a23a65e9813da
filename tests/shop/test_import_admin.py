"""The admin upload page and the export action, as store staff use them."""

import csv
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from shop.models import Product
from tests.shop.factories import ProductFactory, ShopperFactory, StaffUserFactory, VariantFactory

pytestmark = pytest.mark.django_db
CATALOG = Path(__file__).resolve().parent.parent / "data" / "catalog"
IMPORT_URL = "/admin/shop/product/import/"


@pytest.fixture
def staff_client(client):
    client.force_login(StaffUserFactory())
    return client


def upload(name: str, **fields):
    return {"file": SimpleUploadedFile(name, (CATALOG / name).read_bytes()), **fields}


def test_changelist_offers_the_import_button(staff_client):
    response = staff_client.get(reverse("admin:shop_product_changelist"))

    assert response.status_code == 200
    assert f'href="{IMPORT_URL}"' in response.content.decode()
    assert reverse("admin:shop_product_import") == IMPORT_URL


def test_staff_uploads_a_file_and_sees_the_counts(staff_client):
    page = staff_client.get(IMPORT_URL)
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.content.decode()

    response = staff_client.post(IMPORT_URL, upload("shopify_products.csv", file_format="auto"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Products: 5 created, 0 updated" in html
    assert Product.objects.count() == 5


def test_dry_run_upload_saves_nothing(staff_client):
    response = staff_client.post(
        IMPORT_URL, upload("merchant_products.xml", file_format="merchant", dry_run="on")
    )

    assert "Dry run: nothing was saved." in response.content.decode()
    assert "What the import would do" in response.content.decode()
    assert Product.objects.count() == 0


def test_bad_upload_shows_the_error_table(staff_client):
    response = staff_client.post(IMPORT_URL, upload("shopify_bad_prices.csv"))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="import-errors"' in html
    assert (
        "<td>3</td><td>Variant Price</td><td>&#x27;abc&#x27; is not a price like 24.00</td>" in html
    )
    assert "3 errors; nothing was written." in html
    assert Product.objects.count() == 0


def test_oversize_upload_is_refused_by_the_form(staff_client, settings):
    settings.SHOP_IMPORT_MAX_BYTES = 100

    response = staff_client.post(IMPORT_URL, upload("shopify_products.csv"))

    assert "larger than the import limit of 0.1 KB" in response.content.decode()
    assert Product.objects.count() == 0


def test_anonymous_visitors_are_sent_to_the_login(client):
    for response in (
        client.get(IMPORT_URL),
        client.post(IMPORT_URL, upload("shopify_products.csv")),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    assert Product.objects.count() == 0


def test_shoppers_cannot_reach_the_upload(client):
    client.force_login(ShopperFactory())

    response = client.post(IMPORT_URL, upload("shopify_products.csv"))

    assert response.status_code == 302
    assert Product.objects.count() == 0


def test_staff_without_add_permission_are_refused():
    user = StaffUserFactory(is_superuser=False)
    client = Client()
    client.force_login(user)

    assert client.get(IMPORT_URL).status_code == 403


def test_upload_without_csrf_token_is_rejected():
    client = Client(enforce_csrf_checks=True)
    client.force_login(StaffUserFactory())

    response = client.post(IMPORT_URL, upload("shopify_products.csv"))

    assert response.status_code == 403
    assert Product.objects.count() == 0


def test_export_action_downloads_the_selected_products_as_shopify_csv(staff_client):
    chosen = ProductFactory(sku="PICK-ME", slug="pick-me")
    VariantFactory(product=chosen, sku="PICK-ME-M")
    VariantFactory(product=ProductFactory(sku="NOT-ME"), sku="NOT-ME-M")

    response = staff_client.post(
        reverse("admin:shop_product_changelist"),
        {"action": "export_selected_as_shopify_csv", "_selected_action": [chosen.pk]},
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["Variant SKU"] for row in rows] == ["PICK-ME-M"]
    assert rows[0]["Product SKU (product.metafields.custom.product_sku)"] == "PICK-ME"
