"""In a real browser, opening an article records one read for the browser's anonymous id; a
reload in the same session records no second one."""

import time

import pytest

from recommender.models import Event
from tests.content.factories import PublishedArticleFactory
from tests.e2e.conftest import browser, page  # noqa: F401  (the browser fixtures)

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def reads_of(article, expected: int, seconds: float = 10.0) -> list[Event]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        rows = list(Event.objects.filter(kind="view_article", article=article))
        if len(rows) >= expected:
            return rows
        time.sleep(0.2)
    return list(Event.objects.filter(kind="view_article", article=article))


def test_opening_an_article_records_one_read_per_session(page):  # noqa: F811
    article = PublishedArticleFactory(title="Why you get blisters")

    page.goto(article.get_absolute_url())
    reads = reads_of(article, 1)
    page.reload()
    page.wait_for_load_state("networkidle")
    time.sleep(0.5)

    assert len(reads) == 1
    assert reads[0].product is None
    stored_id = page.evaluate("window.localStorage.getItem('stridewise.anonymous_id')")
    assert reads[0].anonymous_id == stored_id
    assert Event.objects.filter(kind="view_article").count() == 1
