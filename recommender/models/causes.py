"""Causes of running pain, and the causes found in each article."""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from config.db import TimeStampedModel
from content.models import Article


def split_lines_or_json(value: str) -> list[str]:
    """Phrases and patterns are stored as text: one per line, or a JSON list of strings."""
    value = (value or "").strip()
    if value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list) and all(isinstance(item, str) for item in items):
            return [item.strip() for item in items if item.strip()]
    return [line.strip() for line in value.splitlines() if line.strip()]


def validate_patterns(value: str) -> None:
    errors = []
    for pattern in split_lines_or_json(value):
        try:
            re.compile(pattern)
        except re.error as exc:
            errors.append(
                ValidationError(
                    "%(pattern)s is not a valid regular expression: %(reason)s",
                    code="invalid_pattern",
                    params={"pattern": pattern, "reason": exc},
                )
            )
    if errors:
        raise ValidationError(errors)


class Cause(TimeStampedModel):
    """A cause of running pain that articles discuss and products may help with."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, help_text="What this cause covers, for staff.")
    phrases = models.TextField(
        blank=True,
        help_text="Extra phrases that signal this cause, one per line (or a JSON list).",
    )
    patterns = models.TextField(
        blank=True,
        validators=[validate_patterns],
        help_text="Extra regular expressions (Python syntax, case-insensitive), one per line.",
    )
    advice = models.TextField(blank=True, help_text="What a shopper can do about it.")
    products_help = models.BooleanField(
        default=False, help_text="Products (socks, shoes, insoles) can help with this cause."
    )
    is_red_flag = models.BooleanField(
        default=False, help_text="Signals a problem for a medical professional, not a shop."
    )
    position = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def phrase_list(self) -> list[str]:
        return split_lines_or_json(self.phrases)

    @property
    def pattern_list(self) -> list[str]:
        return split_lines_or_json(self.patterns)


class ArticleCause(TimeStampedModel):
    """One cause found in (or added by staff to) one article, with the sentences that show it."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    class Source(models.TextChoices):
        DETECTED = "detected", "Detected"
        STAFF = "staff", "Added by staff"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_causes")
    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="article_causes")
    confidence = models.FloatField(default=1.0)
    evidence = models.JSONField(default=list, blank=True, help_text="Sentences from the article.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.DETECTED)
    detected_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["article", "-confidence"]
        constraints = [
            models.UniqueConstraint(fields=["article", "cause"], name="article_cause_unique"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="article_cause_confidence_0_1",
            ),
        ]
        indexes = [
            models.Index(fields=["article", "status"], name="article_cause_article_status"),
            models.Index(fields=["cause", "status"], name="article_cause_cause_status"),
        ]

    def __str__(self) -> str:
        return f"{self.cause} in {self.article}"


class ArticleReview(Article):
    """Articles as staff see them when reviewing detected causes (an admin view only)."""

    class Meta:
        proxy = True
        verbose_name = "article review"
        verbose_name_plural = "article reviews"
