import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from recommender.models import ArticleCause, Cause, split_lines_or_json
from tests.recommender.factories import ArticleCauseFactory, CauseFactory


def test_phrases_are_one_per_line_with_blank_lines_ignored():
    assert split_lines_or_json("worn-out shoes\n\n  old trainers  \n") == [
        "worn-out shoes",
        "old trainers",
    ]


def test_phrases_may_be_a_json_list():
    assert split_lines_or_json('["flat feet", " fallen arches ", ""]') == [
        "flat feet",
        "fallen arches",
    ]


def test_text_that_only_looks_like_json_is_read_line_by_line():
    assert split_lines_or_json("[a-z]+ socks\ncotton") == ["[a-z]+ socks", "cotton"]


@pytest.mark.django_db
def test_a_pattern_that_does_not_compile_is_a_validation_error_naming_it():
    cause = CauseFactory.build(patterns="ok\\s+pattern\n(broken")

    with pytest.raises(ValidationError) as raised:
        cause.full_clean()

    assert "(broken is not a valid regular expression" in str(raised.value)


@pytest.mark.django_db
def test_confidence_outside_zero_to_one_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        ArticleCauseFactory(confidence=1.5)


@pytest.mark.django_db
def test_an_article_holds_each_cause_once():
    row = ArticleCauseFactory()

    with pytest.raises(IntegrityError):
        ArticleCause.objects.create(article=row.article, cause=Cause.objects.get(pk=row.cause_id))
