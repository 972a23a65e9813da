"""Reading and writing single cells: prices, numbers, yes/no and the typed attributes."""

import re
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from typing import Any

from shop.imports.report import CellError
from shop.models import Attribute, Product

# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")

_PRICE = re.compile(r"^\d{1,8}(\.\d{1,2})?$")
_MERCHANT_PRICE = re.compile(r"^(?P<amount>\S+?)\s*(?P<currency>[A-Za-z]{3})$")
_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f", ""}

CHOICE_ATTRIBUTES: dict[str, type] = {
    "cushioning": Product.Cushioning,
    "support": Product.Support,
    "height": Product.Height,
    "surface": Product.Surface,
}
BOOLEAN_ATTRIBUTES = ("arch_support", "moisture_wicking", "seamless_toe", "blister_protection")
DECIMAL_ATTRIBUTES = ("drop_mm", "stack_mm")
# weight_g travels in each format's own weight column, not as a custom attribute.
FILE_ATTRIBUTES = tuple(name for name in Product.TYPED_ATTRIBUTES if name != "weight_g")


def spreadsheet_safe(value: str) -> str:
    """Prefix a quote so spreadsheets show the text instead of evaluating it.

    Text that already starts with quotes before a trigger gets one more, so that
    ``spreadsheet_unquote`` gives back exactly what was exported.
    """
    if value.startswith(FORMULA_TRIGGERS) or _QUOTED_FORMULA.match(value):
        return "'" + value
    return value


def spreadsheet_unquote(value: str) -> str:
    if value[:1] == "'" and _QUOTED_FORMULA.match(value):
        return value[1:]
    return value


def price_parse(raw: str) -> Decimal:
    text = raw.strip()
    if not text:
        raise CellError("a price is required")
    if text.startswith("-"):
        raise CellError(f"price cannot be negative (got '{raw}')")
    if "," in text:
        raise CellError(f"'{raw}' is not a price: use digits with a dot for decimals, like 24.00")
    if not _PRICE.match(text):
        raise CellError(f"'{raw}' is not a price like 24.00")
    return Decimal(text).quantize(Decimal("0.01"))


def merchant_price_parse(raw: str) -> tuple[Decimal, str]:
    """Merchant Center writes a price with its currency: ``24.00 EUR``."""
    match = _MERCHANT_PRICE.match(raw.strip())
    if not match:
        raise CellError(
            f"'{raw}' is not a price with a currency, like '24.00 EUR'"
            if raw.strip()
            else "a price like '24.00 EUR' is required"
        )
    return price_parse(match["amount"]), match["currency"].upper()


def boolean_parse(raw: str) -> bool:
    text = raw.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"'{raw}' is not true or false")


def count_parse(raw: str, *, what: str = "stock") -> int:
    text = raw.strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(f"{what} must be a whole number (got '{raw}')") from None
    if number != number.to_integral_value():
        raise CellError(f"{what} must be a whole number (got '{raw}')")
    if number < 0:
        raise CellError(f"{what} cannot be negative (got '{raw}')")
    if number > 2_000_000_000:
        raise CellError(f"{what} is too large (got '{raw}')")
    return int(number)


def grams_parse(raw: str) -> int | None:
    """Shopify writes grams as ``280`` or ``280.0``; zero means "not given"."""
    text = raw.strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(f"weight must be a number of grams (got '{raw}')") from None
    if number < 0 or number > 100_000:
        raise CellError(f"weight must be between 0 and 100000 grams (got '{raw}')")
    grams = int(number.to_integral_value())
    return grams or None


def attribute_parse(name: str, raw: str) -> Any:
    """Read a typed catalog attribute from its text form; blank means "does not apply"."""
    text = raw.strip()
    if name in CHOICE_ATTRIBUTES:
        return _choice_parse(name, text, CHOICE_ATTRIBUTES[name])
    if name in BOOLEAN_ATTRIBUTES:
        return boolean_parse(text)
    if name == "compression_mmhg":
        mmhg = count_parse(text, what="compression_mmhg") if text else None
        if mmhg is not None and mmhg > 100:  # medical stockings stop near 50 mmHg
            raise CellError(f"compression_mmhg must be between 0 and 100 (got '{text}')")
        return mmhg
    if name in DECIMAL_ATTRIBUTES:
        return _millimetres_parse(name, text)
    if name == "material":
        if len(text) > 120:
            raise CellError("material is longer than 120 characters")
        return text
    raise KeyError(name)


def attribute_format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def extra_attribute_parse(attribute: Attribute, raw: str) -> Any:
    """Read a staff-defined attribute; ``None`` means the product has no value for it."""
    text = raw.strip()
    if not text:
        return None
    kind = attribute.value_type
    if kind == Attribute.ValueType.BOOLEAN:
        return boolean_parse(text)
    if kind == Attribute.ValueType.INTEGER:
        try:
            return int(text)
        except ValueError:
            raise CellError(f"'{raw}' is not a whole number") from None
    if kind == Attribute.ValueType.CHOICE:
        allowed = [str(choice) for choice in attribute.choices]
        for choice in allowed:
            if choice.lower() == text.lower():
                return choice
        raise CellError(f"{attribute.slug} must be one of {', '.join(allowed)} (got '{raw}')")
    return text


def _choice_parse(name: str, text: str, choices: Any) -> str:
    if not text:
        return ""
    for value, label in choices.choices:
        if text.lower() in (value, label.lower()):
            return value
    allowed = ", ".join(choices.values)
    raise CellError(f"{name} must be one of {allowed} (got '{text}')")


def _millimetres_parse(name: str, text: str) -> Decimal | None:
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(f"{name} must be a number of millimetres (got '{text}')") from None
    if not number.is_finite() or abs(number) >= 1000 or number != round(number, 1):
        raise CellError(f"{name} must be below 1000 with at most one decimal (got '{text}')")
    return number.quantize(Decimal("0.1"))


def html_to_text(html: str) -> str:
    """Shopify keeps descriptions as HTML; ours are plain text, paragraphs split by blank lines."""
    if not _TAG.search(html):
        return html.strip()
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(part for part in paragraphs if part)


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_BLOCKS = {"p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "br"}
_SKIPPED = {"script", "style"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)
