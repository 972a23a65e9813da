import pytest
from django.core import mail

from recommender.followups.models import OutboxMessage, Subscriber, Suppression
from tests.followups.factories import OutboxMessageFactory, SubscriberFactory

pytestmark = pytest.mark.django_db
State = OutboxMessage.State
CHANGELIST = "/admin/followups/outboxmessage/"


def test_outbox_list_filters_searches_and_counts_states(staff_client):
    OutboxMessageFactory(trigger_key="campaign:spring", source="campaign:3")
    OutboxMessageFactory(state=State.FAILED, last_error="550", to_email="x@example.com")

    page = staff_client.get(CHANGELIST)
    assert page.status_code == 200
    assert page.context["state_counts"]["queued"] == 1
    assert page.context["state_counts"]["failed"] == 1
    assert b"failed: <strong>1</strong>" in page.content

    filtered = staff_client.get(CHANGELIST, {"state": "failed"})
    assert list(filtered.context["cl"].queryset.values_list("state", flat=True)) == ["failed"]
    found = staff_client.get(CHANGELIST, {"q": "campaign:spring"})
    assert found.context["cl"].result_count == 1
    assert staff_client.get(CHANGELIST, {"source": "campaign:3"}).status_code == 200


def test_requeue_failed_action_sends_them_again(staff_client, django_capture_on_commit_callbacks):
    failed = OutboxMessageFactory(state=State.FAILED, attempts=8, last_error="timeout")
    sent = OutboxMessageFactory(state=State.SENT, sent_at="2026-01-01T00:00Z")

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            CHANGELIST,
            {"action": "requeue_failed", "_selected_action": [failed.pk, sent.pk]},
            follow=True,
        )

    assert b"1 failed message(s) queued again" in response.content
    failed.refresh_from_db()
    assert failed.state == State.SENT
    assert len(mail.outbox) == 1  # the sent one was not sent again


def test_cancel_action_cancels_queued_only(staff_client):
    queued = OutboxMessageFactory()
    sending = OutboxMessageFactory(state=State.SENDING)
    staff_client.post(CHANGELIST, {"action": "cancel", "_selected_action": [queued.pk, sending.pk]})
    queued.refresh_from_db()
    sending.refresh_from_db()
    assert (queued.state, sending.state) == (State.CANCELLED, State.SENDING)


def test_subscriber_page_shows_consent_records(staff_client, django_capture_on_commit_callbacks):
    from recommender.followups.services import subscriber_subscribe

    subscriber = subscriber_subscribe(
        email="sam@example.com", source="/check/", text_shown="Email me my plan."
    )
    page = staff_client.get(f"/admin/followups/subscriber/{subscriber.pk}/change/")
    assert page.status_code == 200
    assert b"Email me my plan." in page.content
    assert b"/check/" in page.content


def test_unsubscribe_action(staff_client):
    subscriber = SubscriberFactory()
    staff_client.post(
        "/admin/followups/subscriber/",
        {"action": "unsubscribe", "_selected_action": [subscriber.pk]},
    )
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_adding_a_suppression_in_the_admin_cancels_queued_mail(staff_client):
    queued = OutboxMessageFactory(to_email="stop@example.com")
    response = staff_client.post(
        "/admin/followups/suppression/add/",
        {"email": "Stop@Example.com", "reason": "manual", "detail": "Asked by phone"},
    )
    assert response.status_code == 302
    assert Suppression.objects.get().email == "stop@example.com"
    queued.refresh_from_db()
    assert queued.state == State.CANCELLED


def test_every_followups_admin_page_loads(staff_client):
    for model in ("outboxmessage", "subscriber", "suppression", "providerevent"):
        assert staff_client.get(f"/admin/followups/{model}/").status_code == 200
