"""Running the detector on shoppers' words and on articles, and storing what it finds."""

from __future__ import annotations

import math

from django.db import transaction
from django.utils import timezone

from content.models import Article
from recommender.detection.base import DetectionResult
from recommender.models import ArticleCause, Cause
from recommender.services.detector import detector_get
from recommender.services.recommendations import article_recommendations_mark_stale

# An article quoting the same cause on every line does not need every line as evidence.
MAX_EVIDENCE_SENTENCES = 20


def text_diagnose(*, text: str) -> DetectionResult:
    """Causes and red flags in a shopper's own words (or any text)."""
    return detector_get().detect(text or "")


def article_detection_text(*, article: Article) -> str:
    """The text the detector reads for an article; evidence sentences are copied from it."""
    parts = (article.title, article.summary, article.body_markdown)
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def _confidence(value: float) -> float:
    if not isinstance(value, int | float) or math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, float(value)))


def _unique_sentences(sentences) -> list[str]:
    return list(dict.fromkeys(str(sentence) for sentence in sentences))[:MAX_EVIDENCE_SENTENCES]


def _findings(result: DetectionResult) -> dict[str, tuple[float, list[str]]]:
    """slug -> (confidence, evidence); every red-flag passage goes to the one red-flag cause."""
    findings = {
        cause.slug: (_confidence(cause.confidence), _unique_sentences(cause.evidence))
        for cause in result.causes
    }
    if result.red_flags:
        sentences = [sentence for flag in result.red_flags for sentence in flag.evidence]
        red_flag = Cause.objects.filter(is_red_flag=True).order_by("position", "pk").first()
        if red_flag is not None:
            findings[red_flag.slug] = (1.0, _unique_sentences(sentences))
    return findings


def article_causes_detect(*, article: Article) -> list[ArticleCause]:
    """Detect the causes of an article and bring its ArticleCause rows up to date.

    Detected rows get fresh confidence and evidence. Staff decisions stay: confirmed and
    rejected rows keep their status, and rows staff added are never removed. Suggestions the
    detector no longer makes are removed.
    """
    result = text_diagnose(text=article_detection_text(article=article))
    findings = _findings(result)
    causes = {cause.slug: cause for cause in Cause.objects.filter(slug__in=findings)}
    now = timezone.now()

    with transaction.atomic():
        # One detection per article at a time: two workers must not both create a row.
        if not Article.objects.select_for_update().filter(pk=article.pk).exists():
            return []
        existing = {
            row.cause.slug: row
            for row in ArticleCause.objects.filter(article=article).select_related("cause")
        }
        for slug, (confidence, evidence) in findings.items():
            cause = causes.get(slug)
            if cause is None:
                continue
            row = existing.pop(slug, None)
            if row is None:
                ArticleCause.objects.create(
                    article=article,
                    cause=cause,
                    confidence=confidence,
                    evidence=evidence,
                    status=ArticleCause.Status.SUGGESTED,
                    source=ArticleCause.Source.DETECTED,
                    detected_at=now,
                )
            else:
                row.confidence = confidence
                row.evidence = evidence
                row.detected_at = now
                row.save(update_fields=["confidence", "evidence", "detected_at", "updated_at"])
        stale = [
            row.pk
            for row in existing.values()
            if row.status == ArticleCause.Status.SUGGESTED
            and row.source == ArticleCause.Source.DETECTED
        ]
        ArticleCause.objects.filter(pk__in=stale).delete()
        article_recommendations_mark_stale(article_ids=[article.pk])

    return list(ArticleCause.objects.filter(article=article).select_related("cause"))
