"""Readers subscribe from an article page, linked to what their browser read and clicked."""

import pytest

from content.services import article_create
from recommender.followups.models import Subscriber

pytestmark = pytest.mark.django_db


def test_an_article_with_causes_offers_the_subscribe_form(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = article_create(
            title="Why you get blisters",
            body_markdown=(
                "Cotton socks hold sweat against the skin, and that friction gives blisters."
            ),
            status="published",
        )

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Get the fix by email" in page
    assert 'action="/email/subscribe/"' in page
    assert 'name="anonymous_id"' in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_subscribing_keeps_the_browsers_anonymous_id(client):
    response = client.post(
        "/email/subscribe/",
        {
            "email": "reader@example.com",
            "consent": "on",
            "timezone": "Europe/Berlin",
            "anonymous_id": "3f2b7c1e-5d9a-4c1b-9d1e-7a6b5c4d3e2f",
            "source": "/articles/blisters/",
        },
    )

    assert response.status_code == 200
    subscriber = Subscriber.objects.get(email="reader@example.com")
    assert subscriber.anonymous_id == "3f2b7c1e-5d9a-4c1b-9d1e-7a6b5c4d3e2f"
    assert subscriber.timezone == "Europe/Berlin"


def test_a_malformed_anonymous_id_is_ignored_not_stored(client):
    client.post(
        "/email/subscribe/",
        {"email": "reader@example.com", "consent": "on", "anonymous_id": "<script>x</script>"},
    )

    assert Subscriber.objects.get(email="reader@example.com").anonymous_id == ""
