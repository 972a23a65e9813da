import pytest

from content.selectors import article_list_published, product_list_featured
from tests.content.factories import (
    ArticleFactory,
    ProductFactory,
    PublishedArticleFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.postgres
def test_full_text_search_matches_word_forms_and_ranks_titles_first():
    in_body = PublishedArticleFactory(
        title="Long run checklist", body_markdown="Tape hot spots before they become blisters."
    )
    in_title = PublishedArticleFactory(title="Blistered toes", body_markdown="Friction.")
    PublishedArticleFactory(title="Hill repeats", body_markdown="Strength work.")

    found = list(article_list_published(query="blister"))

    assert found == [in_title, in_body]


@pytest.mark.postgres
def test_full_text_search_survives_operator_characters():
    PublishedArticleFactory(title="Knee pain")

    assert list(article_list_published(query="& | ! ( ) :* <->")) == []
    assert [a.title for a in article_list_published(query='"knee pain')] == ["Knee pain"]
    assert list(article_list_published(query="knee -pain")) == []


def test_search_keeps_partial_words_working():
    article = PublishedArticleFactory(title="Overpronation and stability shoes")

    assert list(article_list_published(query="overpron")) == [article]


def test_search_never_returns_drafts():
    ArticleFactory(title="Draft about blisters")

    assert list(article_list_published(query="blisters")) == []


def test_featured_products_are_active_in_stock_and_newest_first():
    older = VariantFactory(stock=1).product
    newer = VariantFactory(stock=4).product
    VariantFactory(product=newer, stock=0)  # a sold-out size does not make it appear twice
    VariantFactory(product=ProductFactory(), stock=0)
    VariantFactory(product=ProductFactory(is_active=False), stock=3)
    ProductFactory()  # no variants at all

    assert list(product_list_featured(limit=10)) == [newer, older]
