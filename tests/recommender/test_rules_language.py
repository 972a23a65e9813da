"""The product-selector language staff type into cause-to-product rules."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.db.models import Q
from hypothesis import given
from hypothesis import strategies as st

from recommender.ranking.conditions import (
    DEFAULT_CATALOGUE,
    MATCH_ALL,
    AllOf,
    AnyOf,
    Comparison,
    ConditionSyntaxError,
    Op,
    catalogue_build,
    parse_conditions,
    selector_build,
    to_predicate,
    to_q,
    to_text,
)

EXTRAS = [
    SimpleNamespace(slug="toe-box", value_type="choice", choices=["narrow", "regular", "wide"]),
    SimpleNamespace(slug="recycled", value_type="boolean", choices=[]),
    SimpleNamespace(slug="pairs", value_type="integer", choices=[]),
    SimpleNamespace(slug="cushioning", value_type="text", choices=[]),  # clashes with a typed one
]
CATALOGUE = catalogue_build(extras=EXTRAS)

WICKING_SOCK = {
    "category": "running-socks",
    "cushioning": "light",
    "support": None,
    "arch_support": False,
    "moisture_wicking": True,
    "seamless_toe": True,
    "blister_protection": False,
    "compression_mmhg": None,
    "material": "Merino wool",
    "height": "crew",
    "drop_mm": None,
    "extra_attributes": {"toe-box": "wide", "recycled": True, "pairs": 3},
}
STABILITY_SHOE = {
    "category": "running-shoes",
    "cushioning": "max",
    "support": "stability",
    "arch_support": True,
    "moisture_wicking": False,
    "seamless_toe": False,
    "blister_protection": False,
    "compression_mmhg": None,
    "material": "",
    "height": "",
    "drop_mm": 8.0,
    "stack_mm": 36.5,
    "extra_attributes": {},
}
COMPRESSION_SOCK = {
    "category": "compression-socks",
    "cushioning": "medium",
    "support": "",
    "moisture_wicking": True,
    "seamless_toe": False,
    "blister_protection": True,
    "compression_mmhg": 20,
    "material": "nylon",
    "height": "knee",
    "extra_attributes": {"toe-box": "regular", "pairs": 1},
}
PRODUCTS = {"sock": WICKING_SOCK, "shoe": STABILITY_SHOE, "compression": COMPRESSION_SOCK}


def matching(text: str, catalogue=CATALOGUE) -> set[str]:
    predicate = to_predicate(parse_conditions(text, catalogue=catalogue))
    return {name for name, product in PRODUCTS.items() if predicate(product)}


def errors(text: str, catalogue=CATALOGUE) -> list[str]:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_conditions(text, catalogue=catalogue)
    return caught.value.messages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("moisture_wicking = true", {"sock", "compression"}),
        ("moisture_wicking", {"sock", "compression"}),
        ("not moisture_wicking", {"shoe"}),
        ("cushioning in (medium, max)", {"shoe", "compression"}),
        ("cushioning not in (medium, max)", {"sock"}),
        ("cushioning >= medium", {"shoe", "compression"}),
        ("cushioning < medium", {"sock"}),
        ("height > crew", {"compression"}),
        ("height <= crew", {"sock"}),
        ("compression_mmhg >= 15", {"compression"}),
        ("compression_mmhg < 15", set()),
        ("support != stability", set()),
        ("support = stability", {"shoe"}),
        ("drop_mm <= 8", {"shoe"}),
        ("drop_mm < 8", set()),
        ("stack_mm > 36.4", {"shoe"}),
        ("blister_protection = true or seamless_toe = true", {"sock", "compression"}),
        ("moisture_wicking = true\nheight = knee", {"compression"}),
        ("moisture_wicking and (height = crew or cushioning = max)", {"sock"}),
        ("material contains merino", {"sock"}),
        ("material = 'MERINO WOOL'", {"sock"}),
        ("material != nylon", {"sock"}),
        ("category in (running-socks, compression-socks)", {"sock", "compression"}),
        ("toe-box = wide", {"sock"}),
        ("extra.toe-box != wide", {"compression"}),
        ("recycled = true", {"sock"}),
        ("recycled = false", set()),
        ("pairs >= 2", {"sock"}),
        ("extra.pairs in (1, 2)", {"compression"}),
        ("", {"sock", "shoe", "compression"}),
        ("# only a comment\n\n   ", {"sock", "shoe", "compression"}),
    ],
)
def test_conditions_select_the_products_staff_mean(text, expected):
    assert matching(text) == expected


def test_missing_values_match_no_comparison_not_even_not_equal():
    # A sock has no support and no drop: "support != stability" must not pick up every sock.
    assert matching("support != stability") == set()
    assert matching("drop_mm != 4") == {"shoe"}
    assert matching("toe-box not in (narrow)") == {"sock", "compression"}


def test_keywords_values_and_operators_are_case_insensitive_where_staff_expect_it():
    tree = parse_conditions("Moisture_wicking = TRUE and cushioning IN (Medium, MAX)".lower())
    assert tree == parse_conditions("moisture_wicking = true\ncushioning in (max, medium)")
    assert parse_conditions("cushioning = MAX") == parse_conditions("cushioning = max")


def test_a_plain_slug_that_clashes_with_a_typed_attribute_means_the_typed_one():
    typed = parse_conditions("cushioning = max", catalogue=CATALOGUE)
    extra = parse_conditions("extra.cushioning = plush", catalogue=CATALOGUE)
    assert not typed.attribute.extra
    assert extra.attribute.extra
    assert to_text(extra) == "extra.cushioning = plush"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("cushioning = soft", "line 1: cushioning must be one of none, light, medium, max"),
        ("cushioning in (max, plush)", "cushioning must be one of none, light, medium, max"),
        ("cushoning = max", "line 1: unknown attribute 'cushoning' (did you mean cushioning?)"),
        ("compression_mmhg >= high", "compression_mmhg must be a whole number (got 'high')"),
        ("compression_mmhg >= 15.5", "compression_mmhg must be a whole number"),
        ("drop_mm <= 8mm", "drop_mm must be a number (got '8mm')"),
        ("moisture_wicking = maybe", "moisture_wicking must be true or false (got 'maybe')"),
        ("moisture_wicking in (true)", "moisture_wicking is yes/no"),
        ("support > neutral", "support has no order"),
        ("toe-box >= regular", "toe-box has no order"),
        ("height contains cr", "'contains' works on text attributes"),
        ("cushioning in (max", "expected ')' to close the list"),
        ("cushioning in max", "expected '(' and a list of values"),
        ("drop_mm <=", "drop_mm <= needs a value, found nothing"),
        ("support", "support needs an operator and a value"),
        ("support is stability", "expected an operator after support"),
        ("not cushioning", "'not cushioning' needs a yes/no attribute"),
        ("(moisture_wicking", "expected ')' at the end of the line"),
        ("moisture_wicking = true true", "unexpected 'true'"),
        ("toe-box = huge", "toe-box must be one of narrow, regular, wide (got 'huge')"),
        ("material = ''", "material needs a non-empty value"),
        ("height = crew; drop", "cannot read ';"),
        ("(" * 400 + "arch_support" + ")" * 400, "too many nested parentheses"),
    ],
)
def test_mistakes_get_a_message_naming_the_line_and_what_is_wrong(text, message):
    (only,) = errors(text)
    assert message in only


def test_every_faulty_line_is_reported_at_once_with_its_number():
    messages = errors("moisture_wicking = true\ncushioning = soft\n\nfoo = 1\nheight = crew")
    assert [message.split(":")[0] for message in messages] == ["line 2", "line 4"]


def test_errors_carry_the_attribute_for_the_admin_form():
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_conditions("cushioning = soft")
    assert caught.value.errors[0].attribute == "cushioning"
    assert caught.value.errors[0].line == 1


def test_categories_outside_the_catalogue_are_refused():
    catalogue = catalogue_build(categories=["running-socks", "gaiters"])
    assert parse_conditions("category = gaiters", catalogue=catalogue).value == "gaiters"
    message = errors("category = insoles", catalogue=catalogue)[0]
    assert "category must be one of running-socks, gaiters" in message


def test_selector_joins_categories_and_conditions():
    tree = selector_build(categories=["trail-socks", "running-socks"], text="moisture_wicking")
    assert to_text(tree) == "category in (running-socks, trail-socks)\nmoisture_wicking = true"
    assert to_predicate(tree)(WICKING_SOCK)
    assert not to_predicate(tree)(COMPRESSION_SOCK)
    assert selector_build(categories=["insoles"]) == parse_conditions("category = insoles")
    with pytest.raises(ConditionSyntaxError, match="categories: category must be one of"):
        selector_build(categories=["hats"])


def test_canonical_text_is_tidy_and_parses_back_to_the_same_tree():
    text = (
        "  Cushioning IN (max,medium,max)  # cushioned\n"
        "blister_protection or seamless_toe\n"
        "(height = crew or height = knee) and drop_mm <= 8.50\n"
        "material = 'merino wool'"
    )
    tree = parse_conditions(text)
    assert to_text(tree) == (
        "cushioning in (medium, max)\n"
        "blister_protection = true or seamless_toe = true\n"
        "height = crew or height = knee\n"
        "drop_mm <= 8.5\n"
        'material = "merino wool"'
    )
    assert parse_conditions(to_text(tree)) == tree
    assert to_text(MATCH_ALL) == ""


def test_or_inside_and_inside_or_keeps_its_parentheses():
    tree = parse_conditions(
        "cushioning = max or (arch_support and (height = crew or height = knee))"
    )
    assert isinstance(tree, AnyOf)
    assert to_text(tree) == (
        "cushioning = max or arch_support = true and (height = crew or height = knee)"
    )
    assert parse_conditions(to_text(tree)) == tree


# Trees the parser can make, for the round-trip property.
_SPECS = {
    name: CATALOGUE.resolve(name)
    for name in (
        "cushioning",
        "moisture_wicking",
        "compression_mmhg",
        "drop_mm",
        "material",
        "toe-box",
        "pairs",
        "extra.cushioning",
    )
}
_VALUES = {
    "cushioning": st.sampled_from(["none", "light", "medium", "max"]),
    "toe-box": st.sampled_from(["narrow", "regular", "wide"]),
    "moisture_wicking": st.booleans(),
    "compression_mmhg": st.integers(min_value=-5, max_value=60),
    "pairs": st.integers(min_value=0, max_value=9),
    "drop_mm": st.decimals(min_value=-20, max_value=20, places=1),
    "material": st.text(alphabet="abc xyz-'", min_size=1, max_size=8).filter(str.strip),
    "extra.cushioning": st.text(alphabet='ab" or', min_size=1, max_size=6).filter(str.strip),
}


@st.composite
def comparisons(draw):
    name = draw(st.sampled_from(sorted(_SPECS)))
    spec = _SPECS[name]
    if spec.kind == "boolean":
        ops = [Op.EQ, Op.NE]
    elif spec.numeric:
        ops = [Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN, Op.NOT_IN]
    elif spec.kind == "text":
        ops = [Op.EQ, Op.NE, Op.IN, Op.NOT_IN, Op.CONTAINS]
    elif spec.ordered:
        ops = [Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN, Op.NOT_IN]
    else:
        ops = [Op.EQ, Op.NE, Op.IN, Op.NOT_IN]
    op = draw(st.sampled_from(ops))
    if op in (Op.IN, Op.NOT_IN):
        values = draw(st.lists(_VALUES[name], min_size=1, max_size=3))
        return parse_conditions(to_text(Comparison(spec, op, tuple(values))), catalogue=CATALOGUE)
    return Comparison(spec, op, draw(_VALUES[name]))


conditions = st.recursive(
    comparisons(),
    lambda children: st.one_of(
        st.lists(children, min_size=2, max_size=3).map(lambda items: AllOf(tuple(items))),
        st.lists(children, min_size=2, max_size=3).map(lambda items: AnyOf(tuple(items))),
    ),
    max_leaves=6,
)


def _canonical(tree):
    # The parser flattens nested and/or; compare against the same shape.
    from recommender.ranking.conditions.nodes import all_of, any_of

    if isinstance(tree, Comparison):
        return tree
    items = [_canonical(item) for item in tree.items]
    return all_of(items) if isinstance(tree, AllOf) else any_of(items)


@given(conditions)
def test_any_tree_survives_text_and_back(tree):
    tree = _canonical(tree)
    assert parse_conditions(to_text(tree), catalogue=CATALOGUE) == tree


@given(conditions)
def test_canonical_text_selects_the_same_products(tree):
    reparsed = to_predicate(parse_conditions(to_text(tree), catalogue=CATALOGUE))
    original = to_predicate(tree)
    for product in PRODUCTS.values():
        assert reparsed(product) == original(product)


def test_to_q_compiles_each_operator_to_the_lookup_the_database_needs():
    assert to_q(parse_conditions("moisture_wicking = true")) == Q(moisture_wicking=True)
    assert to_q(parse_conditions("compression_mmhg >= 15")) == Q(compression_mmhg__gte=15) & Q(
        compression_mmhg__isnull=False
    )
    assert to_q(parse_conditions("cushioning in (max, medium)")) == Q(
        cushioning__in=["medium", "max"]
    )
    assert to_q(parse_conditions("support != stability")) == ~Q(support="stability") & ~Q(
        support=""
    )
    assert to_q(parse_conditions("material = Merino")) == Q(material__iexact="Merino")
    assert to_q(parse_conditions("category = insoles")) == Q(category__slug="insoles")
    assert to_q(parse_conditions("drop_mm <= 8.5")) == Q(drop_mm__lte=Decimal("8.5")) & Q(
        drop_mm__isnull=False
    )
    assert to_q(parse_conditions("toe-box = wide", catalogue=CATALOGUE)) == Q(
        **{"extra_attributes__toe-box": "wide"}
    )
    assert to_q(parse_conditions("cushioning >= medium")) == Q(cushioning__in=["medium", "max"])
    assert to_q(MATCH_ALL) == Q()


def test_to_q_keeps_and_or_structure():
    q = to_q(parse_conditions("moisture_wicking\nblister_protection or seamless_toe"))
    assert q == Q(moisture_wicking=True) & (Q(blister_protection=True) | Q(seamless_toe=True))


def test_default_catalogue_knows_the_contract_attributes():
    assert set(DEFAULT_CATALOGUE.names) >= {
        "cushioning",
        "support",
        "arch_support",
        "moisture_wicking",
        "seamless_toe",
        "blister_protection",
        "compression_mmhg",
        "material",
        "height",
        "surface",
        "drop_mm",
        "stack_mm",
        "weight_g",
        "category",
    }


# The same rules against real rows: the database must pick exactly what the predicate picks.
DATABASE_RULES = [
    "moisture_wicking = true",
    "not moisture_wicking",
    "cushioning in (medium, max)",
    "cushioning not in (medium, max)",
    "cushioning >= medium",
    "height < knee",
    "support != stability",
    "compression_mmhg >= 15",
    "compression_mmhg != 20",
    "drop_mm <= 8",
    "drop_mm > 4.5",
    "blister_protection = true or seamless_toe = true",
    "material contains MERINO",
    "material = 'merino wool'",
    "material not in (nylon, polyester)",
    "category in (running-socks, compression-socks)\nheight != crew",
    "toe-box = wide",
    "toe-box != wide",
    "toe-box in (regular, narrow)",
    "recycled = true",
    "recycled != true",
    "pairs >= 2",
    "pairs < 3",
    "pairs not in (1)",
    "fabric contains WOOL",
    "fabric = 'merino wool'",
    "fabric != nylon",
    "fabric in (Nylon, cotton)",
    "",
]


@pytest.mark.django_db
def test_to_q_selects_the_same_products_as_the_predicate():
    from shop.models import Attribute, Product
    from shop.selectors import product_attributes
    from tests.shop.factories import AttributeFactory, CategoryFactory, ProductFactory

    extras = [
        AttributeFactory(
            slug="toe-box", value_type="choice", choices=["narrow", "regular", "wide"]
        ),
        AttributeFactory(slug="recycled", value_type="boolean"),
        AttributeFactory(slug="pairs", value_type="integer"),
        AttributeFactory(slug="fabric", value_type="text"),
    ]
    socks, compression, shoes = (
        CategoryFactory(slug=slug)
        for slug in ("running-socks", "compression-socks", "running-shoes")
    )
    ProductFactory(
        category=socks,
        material="Merino wool",
        seamless_toe=True,
        extra_attributes={"toe-box": "wide", "recycled": True, "pairs": 3, "fabric": "Merino Wool"},
    )
    ProductFactory(
        category=socks,
        material="nylon",
        height="no-show",
        moisture_wicking=False,
        extra_attributes={"toe-box": "narrow", "recycled": False, "pairs": 1, "fabric": "nylon"},
    )
    ProductFactory(
        category=compression,
        cushioning="medium",
        compression_mmhg=20,
        blister_protection=True,
        height="knee",
        extra_attributes={"toe-box": None, "pairs": 2},
    )
    ProductFactory(category=compression, cushioning="none", compression_mmhg=15, height="knee")
    ProductFactory(
        category=shoes,
        cushioning="max",
        support="stability",
        moisture_wicking=False,
        height="",
        drop_mm=Decimal("8.0"),
        extra_attributes={"recycled": True},
    )
    ProductFactory(
        category=shoes,
        cushioning="medium",
        support="neutral",
        moisture_wicking=False,
        height="",
        material="",
        drop_mm=Decimal("4.5"),
    )
    catalogue = catalogue_build(
        extras=Attribute.objects.all(),
        categories=["running-socks", "compression-socks", "running-shoes"],
    )
    assert len(catalogue.extras) == len(extras)
    products = list(Product.objects.select_related("category"))
    rows = {
        product.sku: {"category": product.category.slug, **product_attributes(product=product)}
        for product in products
    }
    for text in DATABASE_RULES:
        tree = parse_conditions(text, catalogue=catalogue)
        predicate = to_predicate(tree)
        in_python = {sku for sku, row in rows.items() if predicate(row)}
        in_database = set(Product.objects.filter(to_q(tree)).values_list("sku", flat=True))
        assert in_database == in_python, text
        assert in_python, f"{text!r} should match some product"
        if text:
            assert in_python != set(rows), f"{text!r} should not match everything"


def test_extras_are_read_from_a_flat_product_dict_too():
    # The shape of shop.selectors.product_attributes: extras merged among the typed values.
    flat = {"category": "running-socks", "cushioning": "light", "toe-box": "wide", "pairs": 3}
    assert to_predicate(parse_conditions("toe-box = wide\npairs > 2", catalogue=CATALOGUE))(flat)
    assert not to_predicate(parse_conditions("recycled", catalogue=CATALOGUE))(flat)


def test_values_of_the_wrong_type_in_a_product_never_match_nor_crash():
    odd = {"compression_mmhg": "twenty", "moisture_wicking": "yes", "drop_mm": True}
    for text in ("compression_mmhg >= 15", "moisture_wicking", "drop_mm != 4", "drop_mm < 9"):
        assert not to_predicate(parse_conditions(text))(odd), text


def test_attributes_used_names_what_a_rule_tests():
    from recommender.ranking.conditions import attributes_used

    tree = parse_conditions("cushioning = max or toe-box = wide\npairs > 1", catalogue=CATALOGUE)
    assert attributes_used(tree) == {"cushioning", "toe-box", "pairs"}
    assert attributes_used(MATCH_ALL) == set()
