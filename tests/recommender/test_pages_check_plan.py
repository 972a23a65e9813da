"""A shopper on /check/ asks for their plan by email."""

import pytest

from recommender.followups.models import OutboxMessage, Subscriber

pytestmark = pytest.mark.django_db

BLISTERS = "I get blisters on my toes after 10 km in my cotton socks."


def _results(client, text):
    response = client.post("/check/", {"text": text})
    assert response.status_code == 302
    return client.get("/check/results/")


def test_results_offer_the_plan_by_email(client):
    page = _results(client, BLISTERS).content.decode()

    assert "Email me my plan" in page
    assert 'action="/check/plan/"' in page


def test_asking_for_the_plan_queues_it_now_and_a_check_in_later(client):
    _results(client, BLISTERS)

    response = client.post(
        "/check/plan/", {"email": "Runner@Example.com", "first_name": "Sam", "consent": "on"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/check/results/"
    subscriber = Subscriber.objects.get(email="runner@example.com")
    rows = OutboxMessage.objects.filter(to_email=subscriber.email).order_by("send_after")
    kinds = [row.trigger_key.split(":")[1] for row in rows if row.trigger_key.startswith("flow:")]
    assert kinds == ["symptom_check_plan", "symptom_check_checkin"]
    plan, checkin = (row for row in rows if row.trigger_key.startswith("flow:"))
    assert (checkin.send_after - plan.send_after).days >= 6
    assert "on its way" in client.get("/check/results/").content.decode()


def test_the_plan_needs_consent_and_a_valid_address(client):
    _results(client, BLISTERS)

    response = client.post("/check/plan/", {"email": "not-an-address"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a valid email address." in page
    assert "Tick the box so we may email you." in page
    assert not OutboxMessage.objects.exclude(trigger_key__startswith="confirm").exists()


def test_red_flag_results_offer_no_plan_and_refuse_one(client):
    page = _results(client, "A shooting pain runs down my leg and my foot is numb.")

    assert "Email me my plan" not in page.content.decode()
    response = client.post(
        "/check/plan/", {"email": "runner@example.com", "consent": "on"}, follow=True
    )
    assert "needs a medical professional" in response.content.decode()
    assert not OutboxMessage.objects.exists()


def test_the_plan_without_a_check_first_goes_back_to_the_form(client):
    response = client.post("/check/plan/", {"email": "runner@example.com", "consent": "on"})

    assert response.status_code == 302
    assert response["Location"] == "/check/"
