"""The article page tells the events API that it was read: a script in the page, sent by the
browser, so the render itself does no extra work (the page's query count is checked in
tests/recommender/test_pages_article.py)."""

import pytest
from django.urls import reverse
from django.utils.html import escapejs

from tests.content.factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db

BEACON = '"view_article"'


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("editor", password="pw", is_staff=True)


def test_a_published_article_page_sends_one_read_beacon_for_its_slug(client):
    article = PublishedArticleFactory(slug="why-you-get-blisters")

    html = client.get(article.get_absolute_url()).content.decode()

    assert html.count(BEACON) == 1
    assert f'var slug = "{escapejs("why-you-get-blisters")}"' in html
    assert "/api/v1/events/" in html
    assert "sessionStorage" in html  # a reload in the same session is not a second read


def test_drafts_and_staff_previews_send_no_read(client, staff):
    draft = ArticleFactory(title="Unfinished piece")
    published = PublishedArticleFactory(title="Live piece")
    client.force_login(staff)

    draft_page = client.get(draft.get_absolute_url()).content.decode()
    preview = client.get(reverse("content:article-preview", kwargs={"pk": published.pk}))

    assert BEACON not in draft_page
    assert preview.status_code == 200 and BEACON not in preview.content.decode()
