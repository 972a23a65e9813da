import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from shop.admin import ProductAdmin
from shop.imports.admin import ProductImportExportMixin
from shop.models import Category, Product
from tests.shop.factories import (
    ProductFactory,
    StaffUserFactory,
    VariantFactory,
    product_with_sizes,
)

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/shop/product/"
ADD = "/admin/shop/product/add/"


@pytest.fixture
def staff_client(client):
    client.force_login(StaffUserFactory())
    return client


def _product_form(category: Category, **overrides) -> dict:
    data = {
        "name": "Switchback Trail Shoe",
        "slug": "switchback-trail-shoe",
        "sku": "TR-900",
        "brand": "Fellmark",
        "category": str(category.pk),
        "is_active": "on",
        "price": "139.00",
        "currency": "EUR",
        "description": "Grippy lugs and a rock plate for technical descents.",
        "image_url": "",
        "cushioning": "medium",
        "support": "neutral",
        "height": "",
        "surface": "trail",
        "compression_mmhg": "",
        "material": "",
        "drop_mm": "6",
        "stack_mm": "28",
        "weight_g": "310",
        "extra_attributes": "{}",
        "variants-TOTAL_FORMS": "2",
        "variants-INITIAL_FORMS": "0",
        "variants-MIN_NUM_FORMS": "0",
        "variants-MAX_NUM_FORMS": "1000",
        "variants-0-size": "42",
        "variants-0-colour": "Slate",
        "variants-0-sku": "TR-900-42",
        "variants-0-stock": "4",
        "variants-1-size": "43",
        "variants-1-colour": "Slate",
        "variants-1-sku": "TR-900-43",
        "variants-1-stock": "0",
    }
    data.update(overrides)
    return data


def test_product_admin_lists_the_import_export_mixin_first():
    assert ProductAdmin.__mro__[1] is ProductImportExportMixin


def test_staff_add_a_product_with_two_variants_through_the_admin(staff_client):
    trail_shoes = Category.objects.get(slug="trail-shoes")
    assert staff_client.get(ADD).status_code == 200

    response = staff_client.post(ADD, _product_form(trail_shoes))

    assert response.status_code == 302, response.context["adminform"].form.errors
    product = Product.objects.get(sku="TR-900")
    assert product.surface == "trail"
    assert product.drop_mm == Decimal("6.0")
    assert sorted(product.variants.values_list("size", "stock")) == [("42", 4), ("43", 0)]
    listing = staff_client.get(CHANGELIST).content.decode()
    assert "Switchback Trail Shoe" in listing


def test_the_admin_add_form_explains_bad_input_and_saves_nothing(staff_client):
    trail_shoes = Category.objects.get(slug="trail-shoes")
    data = _product_form(
        trail_shoes, price="-1", cushioning="huge", extra_attributes='{"sparkle": true}'
    )

    response = staff_client.post(ADD, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert {"price", "cushioning", "extra_attributes"} <= set(errors)
    assert not Product.objects.exists()


def test_staff_edit_a_product_and_its_stock(staff_client):
    product = product_with_sizes(stocks={"M": 1}, sku="EDIT-1")
    variant = product.variants.get()
    url = f"{CHANGELIST}{product.pk}/change/"
    data = _product_form(
        product.category,
        sku="EDIT-1",
        slug=product.slug,
        name="Renamed Sock",
        **{
            "variants-TOTAL_FORMS": "1",
            "variants-INITIAL_FORMS": "1",
            "variants-0-id": str(variant.pk),
            "variants-0-product": str(product.pk),
            "variants-0-size": "M",
            "variants-0-sku": variant.sku,
            "variants-0-stock": "25",
        },
    )

    response = staff_client.post(url, data)

    assert response.status_code == 302
    product.refresh_from_db()
    variant.refresh_from_db()
    assert product.name == "Renamed Sock"
    assert variant.stock == 25


def test_bulk_deactivate_and_activate(staff_client):
    chosen = ProductFactory.create_batch(2)
    untouched = ProductFactory()

    response = staff_client.post(
        CHANGELIST,
        {"action": "deactivate_selected", "_selected_action": [p.pk for p in chosen]},
        follow=True,
    )

    assert "Deactivated 2 product(s)." in response.content.decode()
    assert list(Product.objects.filter(is_active=False).order_by("pk")) == chosen
    staff_client.post(
        CHANGELIST, {"action": "activate_selected", "_selected_action": [chosen[0].pk]}
    )
    assert Product.objects.filter(is_active=True).count() == 2
    untouched.refresh_from_db()
    assert untouched.is_active


def test_changelist_shows_stock_at_a_glance_and_thumbnails(staff_client):
    product_with_sizes(stocks={"M": 0, "L": 0}, name="Empty Sock")
    product_with_sizes(stocks={"M": 2, "L": 30}, name="Busy Sock")

    html = staff_client.get(CHANGELIST).content.decode()

    assert "Sold out" in html
    assert "32" in html
    assert "1 size low" in html
    assert "/static/shop/placeholder/running-socks.svg" in html


def test_changelist_query_count_does_not_grow_with_rows(staff_client):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(CHANGELIST).status_code == 200
        return len(queries)

    for _ in range(3):
        product_with_sizes(stocks={"M": 1, "L": 5})
    few = count_queries()
    for _ in range(15):
        product_with_sizes(stocks={"M": 1, "L": 5})

    assert count_queries() == few


def test_search_finds_products_by_variant_sku_and_brand(staff_client):
    VariantFactory(product=ProductFactory(name="Hidden Gem"), sku="ZZ-TOP-9")
    ProductFactory(name="Other Sock", brand="Quietstep")

    by_variant = staff_client.get(CHANGELIST, {"q": "ZZ-TOP-9"}).content.decode()
    by_brand = staff_client.get(CHANGELIST, {"q": "quietstep"}).content.decode()

    assert "Hidden Gem" in by_variant
    assert "Other Sock" not in by_variant
    assert "Other Sock" in by_brand


def test_stock_filter_finds_sold_out_products(staff_client):
    product_with_sizes(stocks={"M": 0}, name="Gone Sock")
    product_with_sizes(stocks={"M": 9}, name="Plenty Sock")

    html = staff_client.get(CHANGELIST, {"stock": "out"}).content.decode()

    assert "Gone Sock" in html
    assert "Plenty Sock" not in html


def test_change_page_previews_the_image(staff_client):
    product = ProductFactory(image_url="https://cdn.example.com/socks/tempo.jpg")

    html = staff_client.get(f"{CHANGELIST}{product.pk}/change/").content.decode()

    assert 'src="https://cdn.example.com/socks/tempo.jpg"' in html


def test_category_and_attribute_admin_pages_render(staff_client):
    assert staff_client.get("/admin/shop/category/").status_code == 200
    assert staff_client.get("/admin/shop/attribute/").status_code == 200
    assert staff_client.get("/admin/shop/variant/").status_code == 200
    autocomplete = staff_client.get(
        "/admin/autocomplete/",
        {"app_label": "shop", "model_name": "product", "field_name": "category", "term": "trail"},
    )
    assert autocomplete.status_code == 200
    assert "Trail shoes" in autocomplete.content.decode()


def test_staff_upload_an_image_and_see_it_in_the_list(staff_client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), "#0b6e4f").save(buffer, format="PNG")
    upload = SimpleUploadedFile("tempo.png", buffer.getvalue(), content_type="image/png")
    data = _product_form(Category.objects.get(slug="trail-shoes"), image=upload)

    response = staff_client.post(ADD, data)

    assert response.status_code == 302
    product = Product.objects.get(sku="TR-900")
    assert product.image.name.startswith("products/tempo")
    assert (tmp_path / product.image.name).exists()
    assert product.image.url in staff_client.get(CHANGELIST).content.decode()


def test_bulk_deactivate_works_on_a_searched_and_filtered_list(staff_client):
    low = product_with_sizes(stocks={"M": 1, "L": 2}, name="Nearly Gone Sock")
    VariantFactory(product=low, size="XL", sku="LOW-XL", stock=0)
    product_with_sizes(stocks={"M": 40}, name="Plenty Sock")

    staff_client.post(
        f"{CHANGELIST}?q=sock&stock=low",
        {"action": "deactivate_selected", "_selected_action": [low.pk], "index": 0},
    )

    assert list(Product.objects.filter(is_active=False)) == [low]
