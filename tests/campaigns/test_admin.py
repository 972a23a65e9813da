from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from recommender.campaigns.models import Attribution, Campaign, Flow, TrackedClick
from recommender.campaigns.services import campaign_plan
from recommender.followups.models import OutboxMessage
from tests.campaigns.factories import SubscriberFactory
from tests.followups.factories import OutboxMessageFactory

pytestmark = pytest.mark.django_db


def _nested_forms(html: str) -> list[str]:
    """Ids of forms opened inside another form."""

    class Forms(HTMLParser):
        depth, nested = 0, []

        def handle_starttag(self, tag, attrs):
            if tag == "form":
                if self.depth:
                    self.nested.append(dict(attrs).get("id", ""))
                self.depth += 1

        def handle_endtag(self, tag):
            if tag == "form":
                self.depth -= 1

    parser = Forms()
    parser.nested = []
    parser.feed(html)
    return parser.nested


def test_campaign_list_and_page_show_stats_and_recipients_now(
    staff_client, catalog, campaign_factory
):
    SubscriberFactory.create_batch(3)
    campaign = campaign_factory(name="Blister season")
    campaign_plan(campaign=campaign)
    first = OutboxMessage.objects.filter(trigger_key=campaign.trigger_key).first()
    OutboxMessage.objects.filter(pk=first.pk).update(state="failed", last_error="550 no user")

    listing = staff_client.get(reverse("admin:campaigns_campaign_changelist"))
    page = staff_client.get(reverse("admin:campaigns_campaign_change", args=[campaign.pk]))

    assert listing.status_code == 200
    assert b"Blister season" in listing.content
    assert b'class="field-failed">1<' in listing.content
    assert page.status_code == 200
    assert b"recipients now" in page.content.lower()
    assert b"Preview, test and send" in page.content
    assert _nested_forms(page.content.decode()) == []  # browsers drop nested forms


def test_preview_renders_html_and_text_for_a_chosen_subscriber(
    staff_client, catalog, campaign_factory, settings
):
    SubscriberFactory(email="first@example.com", interests=["improper_footwear"])
    SubscriberFactory(email="blisters@example.com", interests=["improper_socks"])
    campaign = campaign_factory()
    url = reverse("admin:campaigns_campaign_preview", args=[campaign.pk])

    response = staff_client.get(url, {"subscriber": "blisters@example.com"})

    assert response.status_code == 200
    preview = response.context["preview"]
    assert "Seamless Wicking Sock" in preview.html
    assert "Seamless Wicking Sock" in preview.text
    assert "Cloudline Trainer" not in preview.text
    assert "List-Unsubscribe" in preview.headers
    assert settings.SHOP_POSTAL_ADDRESS in preview.text
    assert OutboxMessage.objects.count() == 0
    missing = staff_client.get(url, {"subscriber": "nobody@example.com"})
    assert b"No subscriber with the address" in missing.content


def test_test_send_goes_to_the_staff_address_every_time(
    staff_client, catalog, campaign_factory, django_capture_on_commit_callbacks
):
    campaign = campaign_factory(subject="Sock week")
    url = reverse("admin:campaigns_campaign_test_send", args=[campaign.pk])

    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = staff_client.post(url, {"to_email": "boss@example.com"})
        assert response.status_code == 302

    assert len(mail.outbox) == 2
    assert mail.outbox[0].to == ["boss@example.com"]
    assert mail.outbox[0].subject == "[Test] Sock week"
    rows = OutboxMessage.objects.filter(to_email="boss@example.com")
    assert set(rows.values_list("category", flat=True)) == {"transactional"}
    bad = staff_client.post(url, {"to_email": "not an address"}, follow=True)
    assert b"Test not sent" in bad.content
    assert rows.count() == 2


def test_send_now_plans_the_campaign_and_cancel_stops_it(
    staff_client, catalog, campaign_factory, django_capture_on_commit_callbacks
):
    SubscriberFactory.create_batch(2)
    campaign = campaign_factory()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:campaigns_campaign_send_now", args=[campaign.pk])
        )

    assert response.status_code == 302
    campaign.refresh_from_db()
    assert campaign.planned_count == 2
    assert OutboxMessage.objects.filter(trigger_key=campaign.trigger_key).count() == 2
    staff_client.post(reverse("admin:campaigns_campaign_cancel", args=[campaign.pk]))
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.CANCELLED


def test_schedule_sets_a_time_and_bad_times_are_refused(staff_client, campaign_factory):
    campaign = campaign_factory()
    url = reverse("admin:campaigns_campaign_schedule", args=[campaign.pk])

    bad = staff_client.post(url, {"at": "whenever"}, follow=True)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DRAFT
    assert b"Give a date and time" in bad.content

    staff_client.post(url, {"at": "2999-05-01 09:00"})
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    assert campaign.scheduled_at.year == 2999
    assert not OutboxMessage.objects.exists()


def test_a_campaign_with_an_unknown_cause_cannot_be_saved(staff_client):
    response = staff_client.post(
        reverse("admin:campaigns_campaign_add"),
        {
            "name": "Oops",
            "segment_kind": "cause",
            "segment_value": "sore_ears",
            "subject": "Hi",
            "intro": "",
            "template": "campaigns/email/products",
        },
    )

    assert response.status_code == 200
    assert b"Unknown cause" in response.content
    assert not Campaign.objects.exists()


def test_flow_list_switches_flows_and_shows_stats(staff_client):
    response = staff_client.get(reverse("admin:campaigns_flow_changelist"))
    assert response.status_code == 200
    assert b"Article follow-up" in response.content
    flows = Flow.objects.all()

    staff_client.post(
        reverse("admin:campaigns_flow_changelist"),
        {"action": "disable", "_selected_action": [flow.pk for flow in flows]},
    )

    assert not Flow.objects.filter(enabled=True).exists()


def test_clicks_and_attributions_are_listed_read_only(staff_client):
    for name in ("trackedclick", "attribution"):
        assert staff_client.get(reverse(f"admin:campaigns_{name}_changelist")).status_code == 200
        assert staff_client.get(reverse(f"admin:campaigns_{name}_add")).status_code == 403


def test_flow_page_counts_its_sent_clicked_and_bought_emails(staff_client, catalog):
    flow = Flow.objects.get(kind=Flow.Kind.ARTICLE_FOLLOWUP)
    sent = OutboxMessageFactory.create_batch(
        2, source=flow.source, state="sent", sent_at=timezone.now()
    )
    OutboxMessageFactory(source=flow.source, state="failed")
    OutboxMessageFactory(source="campaign:99", state="sent", sent_at=timezone.now())
    click = TrackedClick.objects.create(outbox_message=sent[0], url="/products/sock-1/")
    TrackedClick.objects.create(outbox_message=sent[0], url="/products/sock-1/")
    Attribution.objects.create(
        outbox_message=sent[0], click=click, purchase_event_id=1, value=Decimal("30.00")
    )

    row = (
        staff_client.get(reverse("admin:campaigns_flow_changelist"))
        .context["cl"]
        .result_list.get(pk=flow.pk)
    )

    assert (row.sent_count, row.failed_count, row.clicked_count, row.purchase_count) == (2, 1, 1, 1)
    assert row.revenue == Decimal("30.00")
    page = staff_client.get(reverse("admin:campaigns_flow_change", args=[flow.pk]))
    assert b"30.00" in page.content
