"""Prices read the way shoppers expect: the currency symbol in front, two decimals."""

from decimal import Decimal

import pytest
from django.template import Context, Template

from shop.templatetags.money import format_money


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (Decimal("24"), "EUR", "€24.00"),
        (Decimal("15.9"), "usd", "$15.90"),
        ("7.5", "GBP", "£7.50"),
        (Decimal("1249.5"), "EUR", "€1,249.50"),
        (Decimal("19.99"), "CHF", "19.99 CHF"),
        (Decimal("-3.10"), "EUR", "-€3.10"),
    ],
)
def test_amounts_show_symbol_or_code_and_two_decimals(amount, currency, expected):
    assert format_money(amount, currency) == expected


def test_missing_currency_uses_the_shop_currency(settings):
    settings.SHOP_CURRENCY = "GBP"
    assert format_money(Decimal("12"), "") == "£12.00"


@pytest.mark.parametrize("amount", [None, "", "free", "NaN", "Infinity"])
def test_an_amount_that_is_not_a_number_renders_nothing(amount):
    assert format_money(amount, "EUR") == ""


def test_the_template_filter_formats_a_product_price():
    rendered = Template("{% load money %}{{ price|money:currency }}").render(
        Context({"price": Decimal("16.5"), "currency": "EUR"})
    )
    assert rendered == "€16.50"
