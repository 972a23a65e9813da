"""Prices as shoppers read them: ``{{ product.price|money:product.currency }}`` -> "€24.00".

Currencies with a well-known symbol put it in front of the amount; any other ISO code follows
the amount ("24.00 CHF"), which every reader understands. Amounts always show two decimals.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template
from django.conf import settings

register = template.Library()

SYMBOLS = {
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
}


def format_money(amount, currency: str | None = None) -> str:
    """The price with its currency, or "" when the amount is missing or not a number."""
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return ""
    if not value.is_finite():
        return ""
    value = value.quantize(Decimal("0.01"))
    code = (currency or settings.SHOP_CURRENCY).upper()
    sign = "-" if value < 0 else ""
    digits = f"{abs(value):,.2f}"
    symbol = SYMBOLS.get(code)
    if symbol:
        return f"{sign}{symbol}{digits}"
    return f"{sign}{digits} {code}"


@register.filter(name="money")
def money(amount, currency=None):
    return format_money(amount, currency)
