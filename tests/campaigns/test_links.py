from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing

from recommender.campaigns.models import TrackedClick
from recommender.campaigns.services import LinkInvalid, tracked_link_make
from recommender.campaigns.services.links import SALT
from tests.followups.factories import OutboxMessageFactory

pytestmark = pytest.mark.django_db


def _local(url: str) -> str:
    parts = urlsplit(url)
    assert parts.netloc == "shop.example"
    return parts.path


def test_a_tracked_product_link_records_the_click_and_redirects_with_utm(client, catalog):
    message = OutboxMessageFactory(source="campaign:7")
    url = tracked_link_make(message_id=message.pk, sku="SOCK-1")

    response = client.get(_local(url), REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == catalog["socks"].get_absolute_url()
    query = parse_qs(target.query)
    assert query["utm_medium"] == ["email"]
    assert query["utm_campaign"] == ["campaign:7"]
    click = TrackedClick.objects.get()
    assert click.outbox_message == message
    assert click.product == catalog["socks"]
    assert click.ip_hash and "203.0.113.9" not in click.ip_hash


def test_a_tracked_path_link_keeps_its_own_query(client):
    message = OutboxMessageFactory()
    url = tracked_link_make(message_id=message.pk, path="/articles/blisters/?from=mail")

    response = client.get(_local(url))

    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == "/articles/blisters/"
    assert parse_qs(target.query)["from"] == ["mail"]
    assert TrackedClick.objects.count() == 1


def test_a_forged_token_is_refused_and_records_nothing(client):
    message = OutboxMessageFactory()
    url = tracked_link_make(message_id=message.pk, path="/")
    forged = _local(url).replace("/r/", "/r/x")
    other_salt = signing.TimestampSigner(salt="followups.unsubscribe").sign_object(
        {"m": message.pk, "p": "/"}
    )

    assert client.get(forged).status_code == 400
    assert client.get(f"/email/c/r/{other_salt}/").status_code == 400
    assert not TrackedClick.objects.exists()


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"],
)
def test_links_never_lead_off_the_site(client, target):
    message = OutboxMessageFactory()
    with pytest.raises(LinkInvalid):
        tracked_link_make(message_id=message.pk, path=target)
    # Even a correctly signed token naming an outside address is refused.
    token = signing.TimestampSigner(salt=SALT).sign_object({"m": message.pk, "p": target})

    response = client.get(f"/email/c/r/{token}/")

    assert response.status_code == 400
    assert not TrackedClick.objects.exists()


def test_a_head_request_from_a_link_checker_is_not_counted_as_a_click(client, catalog):
    message = OutboxMessageFactory()
    url = tracked_link_make(message_id=message.pk, sku="SOCK-1")

    response = client.head(_local(url))

    assert response.status_code == 302
    assert not TrackedClick.objects.exists()
