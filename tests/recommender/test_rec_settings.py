"""The product-selector setting: a bad path fails the system checks with recommender.E003."""

import pytest
from django.core import checks

from recommender.catalog import DjangoProductSelector, product_selector_get


def errors_with(settings, path: str) -> list:
    settings.STRIDEWISE = {"PRODUCT_SELECTOR": path}
    return [message for message in checks.run_checks() if message.id == "recommender.E003"]


def test_the_default_selector_passes(settings):
    settings.STRIDEWISE = {}

    assert [m for m in checks.run_checks() if m.id == "recommender.E003"] == []
    assert isinstance(product_selector_get(), DjangoProductSelector)


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("recommender.catalog.NoSuchSelector", "cannot be imported"),
        ("no_such_module.Selector", "cannot be imported"),
        ("recommender.catalog.ProductCard", "is not a BaseProductSelector subclass"),
    ],
)
def test_a_bad_selector_path_is_an_error_that_names_it(settings, path, says):
    errors = errors_with(settings, path)

    assert len(errors) == 1
    assert path in errors[0].msg and says in errors[0].msg
