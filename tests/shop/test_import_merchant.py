"""Merchant Center product data: TSV and RSS 2.0 XML, variants grouped by item_group_id."""

import io
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from shop.imports.services import import_format_detect, products_import
from shop.models import Product, Variant
from tests.shop.factories import ProductFactory, VariantFactory

pytestmark = pytest.mark.django_db
CATALOG = Path(__file__).resolve().parent.parent / "data" / "catalog"


def import_file(name: str, **options):
    with (CATALOG / name).open("rb") as stream:
        return products_import(stream=stream, filename=name, **options)


def import_xml(xml: str):
    return products_import(stream=io.BytesIO(xml.encode()), filename="feed.xml")


def test_tsv_groups_items_into_products_with_variants():
    report = import_file("merchant_products.tsv")

    assert report.ok, report.errors
    assert report.file_format == "Merchant Center TSV"
    assert (report.products.created, report.variants.created) == (2, 5)
    shoe = Product.objects.get(sku="SB-SUMMIT")
    assert shoe.slug == "summit-grip-trail-shoe"  # taken from the link
    assert (shoe.brand, shoe.category.slug, shoe.price, shoe.currency) == (
        "Scree & Bough",
        "trail-shoes",
        Decimal("139.00"),
        "EUR",
    )
    assert (shoe.cushioning, shoe.support, shoe.surface, shoe.material) == (
        "medium",
        "neutral",
        "trail",
        "Ripstop mesh",
    )
    stock = dict(shoe.variants.values_list("size", "stock"))
    assert stock == {"39": 4, "40": 0, "41": 2}
    assert Variant.objects.get(sku="SB-SUMMIT-41").price_override == Decimal("144.00")
    socks = Product.objects.get(sku="PW-DAILY-Q")
    assert socks.category.slug == "running-socks"  # leaf of "Apparel > Socks > Running socks"
    assert set(socks.variants.values_list("size", "colour")) == {("M", "Grey"), ("L", "Grey")}


def test_availability_without_a_quantity_sets_a_sensible_stock():
    product = ProductFactory(sku="PW-DAILY-Q", slug="daily-quarter-sock")
    VariantFactory(product=product, sku="PW-DAILY-Q-L-GRY", size="L", colour="Grey", stock=12)

    assert import_file("merchant_products.tsv").ok

    # in stock with no count: a positive count already there is kept
    assert Variant.objects.get(sku="PW-DAILY-Q-L-GRY").stock == 12
    # out of stock means none, whatever the file's quantity column leaves blank
    assert Variant.objects.get(sku="SB-SUMMIT-40").stock == 0


def test_xml_feed_imports_namespaced_and_plain_rss_elements():
    report = import_file("merchant_products.xml")

    assert report.ok, report.errors
    assert report.file_format == "Merchant Center XML"
    sleeve = Product.objects.get(sku="HL-COMPRESS")
    assert (sleeve.name, sleeve.compression_mmhg, sleeve.height) == (
        "Hilltop Calf Sleeve",
        15,
        "knee",
    )
    assert dict(sleeve.variants.values_list("size", "stock")) == {"S": 5, "M": 0}
    flat = Product.objects.get(sku="NL-FEATHER")  # no item_group_id: the id names the product
    assert (flat.name, flat.slug, flat.weight_g, flat.drop_mm) == (
        "Featherlite Racing Flat",
        "featherlite-racing-flat",
        185,
        Decimal("4.0"),
    )
    assert list(flat.variants.values_list("sku", "size", "stock")) == [
        ("NL-FEATHER", "One size", 1)
    ]


def test_reimporting_the_xml_changes_nothing():
    import_file("merchant_products.xml")

    report = import_file("merchant_products.xml")

    assert (report.products.updated, report.variants.updated) == (0, 0)
    assert (report.products.unchanged, report.variants.unchanged) == (2, 3)


def test_entity_expansion_attack_is_refused():
    report = import_file("merchant_entity_expansion.xml")

    assert len(report.errors) == 1
    assert "DTD or entities" in report.errors[0].message
    assert Product.objects.count() == 0


def test_external_entity_is_refused():
    xml = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<rss xmlns:g="http://base.google.com/ns/1.0"><channel><item><g:id>&x;</g:id>'
        "</item></channel></rss>"
    )

    report = import_xml(xml)

    assert "refused for safety" in report.errors[0].message


def test_malformed_xml_names_the_line():
    xml = '<rss xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n<item><g:id>A</item>\n'

    report = import_xml(xml)

    assert str(report.errors[0]) == "line 3: malformed XML at character 16: mismatched tag"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "line 1: malformed XML at character 1: no element found"),
        (b'<?xml version="1.0" encoding="klingon"?><rss/>', "unreadable XML: unknown encoding"),
        (b"<rss><channel/></rss>", "no <item> elements"),
    ],
)
def test_unreadable_xml_is_reported_not_raised(data, message):
    report = products_import(stream=io.BytesIO(data), filename="feed.xml")

    assert message in str(report.errors[0])


def test_xml_errors_point_at_the_element():
    xml = (
        '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
        "<item>\n<g:id>A-1</g:id>\n<g:title>Sock</g:title>\n<g:price>12,3,4 EUR</g:price>\n"
        "<g:availability>maybe</g:availability>\n<g:brand>Pacewell</g:brand>\n"
        "<g:product_type>Yoga mats</g:product_type>\n</item>\n"
        "<item>\n<g:id>A-2</g:id>\n</item>\n</channel></rss>\n"
    )

    report = import_xml(xml)

    assert [str(error) for error in report.errors][:4] == [
        "line 10, column g:title: required element is missing",
        "line 10, column g:price: required element is missing",
        "line 10, column g:availability: required element is missing",
        "line 10, column g:brand: required element is missing",
    ]
    assert Product.objects.count() == 0


def test_xml_field_errors_carry_their_own_line():
    xml = (
        '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
        "<item>\n<g:id>A-1</g:id>\n<g:title>Sock</g:title>\n<g:price>12,3,4 EUR</g:price>\n"
        "<g:availability>maybe</g:availability>\n<g:brand>Pacewell</g:brand>\n"
        "<g:product_type>Yoga mats</g:product_type>\n</item>\n</channel></rss>\n"
    )

    report = import_xml(xml)

    assert [(error.line, error.column) for error in report.errors] == [
        (8, "product_type"),
        (5, "price"),
        (6, "availability"),
    ]


def test_tsv_with_missing_columns_and_duplicate_ids():
    missing = "id\ttitle\tprice\nA\tSock\t1.00 EUR\n"
    duplicated = (
        "id\ttitle\tprice\tavailability\tbrand\tproduct_type\n"
        "A\tSock\t1.00 EUR\tin_stock\tPacewell\tinsoles\n"
        "A\tSock\t1.00 EUR\tin_stock\tPacewell\tinsoles\n"
    )

    first = products_import(stream=io.BytesIO(missing.encode()), filename="feed.tsv")
    second = products_import(stream=io.BytesIO(duplicated.encode()), filename="feed.tsv")

    assert [error.column for error in first.errors] == ["availability", "brand", "product_type"]
    assert [str(error) for error in second.errors] == [
        "line 3, column id: duplicate id 'A' (also on line 2)"
    ]


@pytest.mark.parametrize(
    ("filename", "head", "requested", "expected"),
    [
        ("feed.xml", b"<?xml", "auto", "merchant_xml"),
        ("feed.tsv", b"id\ttitle", "auto", "merchant_tsv"),
        ("feed.txt", b"id\ttitle\tprice\n", "auto", "merchant_tsv"),
        ("export.csv", b"Handle,Title", "auto", "shopify"),
        ("upload", b"  <rss version='2.0'>", "auto", "merchant_xml"),
        ("upload", b"Handle,Title\n", "auto", "shopify"),
        ("feed.txt", b"id\ttitle", "merchant", "merchant_tsv"),
        ("feed.txt", b"<rss>", "merchant", "merchant_xml"),
        ("feed.tsv", b"id\ttitle", "shopify", "shopify"),
    ],
)
def test_format_is_guessed_from_extension_and_first_bytes(filename, head, requested, expected):
    assert import_format_detect(filename=filename, head=head, requested=requested) == expected


MERCHANT_FIELDS = ("id", "item_group_id", "title", "price", "availability", "brand")
MERCHANT_FIELDS += ("product_type", "size", "color", "quantity", "link", "image_link")
MERCHANT_FIELDS += ("cushioning", "drop_mm", "product_weight", "compression_mmhg")


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.fixed_dictionaries({}, optional=dict.fromkeys(MERCHANT_FIELDS, st.text(max_size=12))),
        max_size=4,
    )
)
def test_any_item_values_give_a_report_never_a_crash(items):
    body = "".join(
        "<item>"
        + "".join(f"<g:{name}>{escape(value)}</g:{name}>" for name, value in item.items())
        + "</item>"
        for item in items
    )
    xml = f'<rss xmlns:g="http://base.google.com/ns/1.0"><channel>{body}</channel></rss>'
    data = xml.encode("utf-8", "surrogatepass")

    report = products_import(stream=io.BytesIO(data), filename="feed.xml", dry_run=True)

    assert report.ok or all(error.message for error in report.errors)
    assert not Product.objects.exists()  # a dry run never writes


def test_item_without_an_id_is_an_error_even_inside_a_group():
    text = (
        "id\titem_group_id\ttitle\tprice\tavailability\tbrand\tproduct_type\tsize\n"
        "G-S\tG\tSock\t9.00 EUR\tin_stock\tPacewell\tinsoles\tS\n"
        "\tG\tSock\t9.00 EUR\tin_stock\tPacewell\tinsoles\tM\n"
    )

    report = products_import(stream=io.BytesIO(text.encode()), filename="feed.tsv")

    assert [str(error) for error in report.errors] == ["line 3, column id: every item needs an id"]
    assert not Product.objects.exists()
