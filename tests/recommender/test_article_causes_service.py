import pytest
from django.db import DatabaseError

from recommender.models import ArticleCause, Cause
from recommender.services import (
    article_cause_add,
    article_cause_confirm,
    article_cause_reject,
    article_causes_detect,
    cause_save,
    text_diagnose,
)
from tests.recommender.factories import ArticleFactory

pytestmark = pytest.mark.usefixtures("detector")

SOCKS = "I ran a half marathon in cotton socks and finished with two blisters."
SHOES = "My old trainers have worn-out shoes soles with nothing left."
CONCRETE = "Most of my miles are on concrete pavements."


def rows(article) -> dict[str, ArticleCause]:
    return {row.cause.slug: row for row in ArticleCause.objects.filter(article=article)}


def test_detected_causes_are_stored_as_suggestions_with_evidence_from_the_article():
    article = ArticleFactory(title="Blisters", body_markdown=f"{SOCKS} {CONCRETE}")

    article_causes_detect(article=article)

    found = rows(article)
    assert {"improper_socks", "hard_surfaces"} <= set(found)
    socks = found["improper_socks"]
    assert socks.status == ArticleCause.Status.SUGGESTED
    assert socks.source == ArticleCause.Source.DETECTED
    assert 0 < socks.confidence <= 1
    assert socks.detected_at is not None
    assert any("cotton socks" in sentence for sentence in socks.evidence)
    text = f"{article.title}\n\n{article.body_markdown}"
    assert all(sentence in text for sentence in socks.evidence)


def test_summary_and_title_are_read_too():
    article = ArticleFactory(
        title="Ten years in cotton socks", summary=CONCRETE, body_markdown="Nothing here."
    )

    article_causes_detect(article=article)

    assert {"improper_socks", "hard_surfaces"} <= set(rows(article))


def test_red_flag_passages_are_stored_with_the_red_flag_cause():
    article = ArticleFactory(body_markdown="See a doctor if you feel numbness in your foot.")

    article_causes_detect(article=article)

    red_flag = rows(article)["red_flag"]
    assert red_flag.evidence == ["See a doctor if you feel numbness in your foot."]
    assert red_flag.cause.is_red_flag


def test_staff_decisions_survive_re_detection_and_evidence_is_refreshed(staff):
    article = ArticleFactory(body_markdown=f"{SOCKS} {CONCRETE}")
    article_causes_detect(article=article)
    found = rows(article)
    article_cause_confirm(article_cause=found["improper_socks"], reviewer=staff)
    article_cause_reject(article_cause=found["hard_surfaces"], reviewer=staff)

    article.body_markdown = f"{SOCKS} Then I wore cotton socks again. {CONCRETE}"
    article.save()
    article_causes_detect(article=article)

    found = rows(article)
    assert found["improper_socks"].status == ArticleCause.Status.CONFIRMED
    assert found["improper_socks"].reviewed_by == staff
    assert "Then I wore cotton socks again." in found["improper_socks"].evidence
    assert found["hard_surfaces"].status == ArticleCause.Status.REJECTED


def test_suggestions_no_longer_detected_are_removed_but_decisions_stay(staff):
    article = ArticleFactory(body_markdown=f"{SOCKS} {CONCRETE} {SHOES}")
    article_causes_detect(article=article)
    article_cause_reject(article_cause=rows(article)["hard_surfaces"], reviewer=staff)

    article.body_markdown = "I run on grass in merino socks now and it is lovely."
    article.save()
    article_causes_detect(article=article)

    found = rows(article)
    assert "improper_socks" not in found
    assert "improper_footwear" not in found
    assert found["hard_surfaces"].status == ArticleCause.Status.REJECTED


def test_a_cause_staff_added_is_never_removed_by_detection(staff):
    article = ArticleFactory(body_markdown="Strength work twice a week kept me running.")
    posture = Cause.objects.get(slug="poor_posture")
    article_cause_add(article=article, cause=posture, reviewer=staff)

    article_causes_detect(article=article)

    row = rows(article)["poor_posture"]
    assert row.source == ArticleCause.Source.STAFF
    assert row.status == ArticleCause.Status.CONFIRMED
    assert row.reviewed_by == staff and row.reviewed_at is not None


def test_adding_a_cause_that_was_suggested_confirms_it(staff):
    article = ArticleFactory(body_markdown=SOCKS)
    article_causes_detect(article=article)
    socks = Cause.objects.get(slug="improper_socks")

    article_cause_add(article=article, cause=socks, reviewer=staff)

    assert rows(article)["improper_socks"].status == ArticleCause.Status.CONFIRMED
    assert ArticleCause.objects.filter(article=article, cause=socks).count() == 1


def test_a_phrase_staff_add_to_a_cause_is_used_by_the_next_detection(
    django_capture_on_commit_callbacks,
):
    article = ArticleFactory(body_markdown="I only ever run in the same pair of plimsolls.")
    article_causes_detect(article=article)
    assert "improper_footwear" not in rows(article)

    footwear = Cause.objects.get(slug="improper_footwear")
    footwear.phrases += "\nplimsolls"
    with django_capture_on_commit_callbacks(execute=True):
        cause_save(cause=footwear)
    article_causes_detect(article=article)

    assert "improper_footwear" in rows(article)


def test_an_inactive_cause_is_not_reported(django_capture_on_commit_callbacks):
    socks = Cause.objects.get(slug="improper_socks")
    socks.active = False
    with django_capture_on_commit_callbacks(execute=True):
        cause_save(cause=socks)

    result = text_diagnose(text=SOCKS)

    assert "improper_socks" not in result.slugs


def test_a_new_cause_staff_create_is_detected(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        cause_save(cause=Cause(slug="heel_spurs", name="Heel spurs", phrases="heel spur"))

    result = text_diagnose(text="The doctor thinks it is a heel spur.")

    assert "heel_spurs" in result.slugs


def test_without_the_database_detection_falls_back_to_the_detector_defaults(monkeypatch):
    from recommender.services import detector

    def unavailable():
        raise DatabaseError("database is down")

    monkeypatch.setattr(detector, "cause_specs_active", unavailable)
    detector.detector_reset()

    loaded = detector.detector_get()

    assert loaded.active_slugs is None
    assert loaded.detector.causes == ()


def test_the_loaded_detector_is_reused_until_a_cause_changes(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    from recommender.services.detector import detector_get

    first = detector_get()
    with django_assert_num_queries(0):
        text_diagnose(text=SOCKS)
        assert detector_get() is first

    with django_capture_on_commit_callbacks(execute=True):
        cause_save(cause=Cause.objects.get(slug="hard_surfaces"))

    assert detector_get() is not first


def test_a_cause_changed_in_another_process_reaches_this_one(monkeypatch):
    from django.core.cache import cache

    from recommender.services import detector

    monkeypatch.setattr(detector, "VERSION_CHECK_INTERVAL", 0)
    assert "heel_spurs" not in text_diagnose(text="It is a heel spur.").slugs

    # Another process saves a new cause and publishes a new version through the cache.
    Cause.objects.create(slug="heel_spurs", name="Heel spurs", phrases="heel spur")
    cache.set(detector.VERSION_CACHE_KEY, "published-by-another-process", timeout=None)

    assert "heel_spurs" in text_diagnose(text="It is a heel spur.").slugs
