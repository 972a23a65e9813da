"""Follow-up flows, campaigns to a segment, tracked clicks and the purchases they led to."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from config.db import TimeStampedModel

DEFAULT_TEMPLATE = "campaigns/email/products"


class Flow(TimeStampedModel):
    """An automatic email: what starts it is in code, its switch, delay and words are here."""

    class Kind(models.TextChoices):
        ARTICLE_FOLLOWUP = "article_followup", "Article follow-up"
        SYMPTOM_CHECK_PLAN = "symptom_check_plan", "Symptom-check plan"
        SYMPTOM_CHECK_CHECKIN = "symptom_check_checkin", "Symptom-check check-in"
        POST_PURCHASE_COMPLEMENTARY = "post_purchase_complementary", "Post-purchase: goes well with"
        POST_PURCHASE_REPLACEMENT = "post_purchase_replacement", "Post-purchase: time to replace"

    kind = models.CharField(max_length=40, choices=Kind.choices, unique=True)
    enabled = models.BooleanField(default=True)
    delay = models.DurationField(
        default=timedelta(0), help_text="How long after the trigger the email goes out."
    )
    subject = models.CharField(
        max_length=200, help_text="May use {first_name} and {title} (article or product name)."
    )
    intro = models.TextField(blank=True, help_text="The opening paragraph; same placeholders.")
    template = models.CharField(max_length=200, default=DEFAULT_TEMPLATE)

    class Meta:
        ordering = ["kind"]

    def __str__(self) -> str:
        return self.get_kind_display()

    @property
    def source(self) -> str:
        return f"flow:{self.kind}"


class Campaign(TimeStampedModel):
    """One email to everybody in a segment who may be emailed when it is planned."""

    class Segment(models.TextChoices):
        ALL = "all", "Everyone"
        CAUSE = "cause", "Interest in a cause"
        CATEGORY = "category", "Bought from a category"
        ENGAGED_RECENTLY = "engaged_recently", "Engaged recently (days)"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        CANCELLED = "cancelled", "Cancelled"

    name = models.CharField(max_length=200, unique=True)
    segment_kind = models.CharField(max_length=20, choices=Segment.choices, default=Segment.ALL)
    segment_value = models.CharField(
        max_length=80, blank=True, help_text="Cause slug, category slug, or a number of days."
    )
    subject = models.CharField(max_length=200)
    intro = models.TextField(blank=True)
    template = models.CharField(max_length=200, default=DEFAULT_TEMPLATE)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    planned_count = models.PositiveIntegerField(default=0)
    planned_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "scheduled_at"], name="campaigns_due")]
        constraints = [
            models.CheckConstraint(
                condition=Q(segment_kind="all") | ~Q(segment_value=""),
                name="campaigns_segment_has_value",
            ),
            models.CheckConstraint(
                condition=~Q(status="scheduled") | Q(scheduled_at__isnull=False),
                name="campaigns_scheduled_has_time",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def trigger_key(self) -> str:
        return f"campaign:{self.pk}"

    @property
    def source(self) -> str:
        return f"campaign:{self.pk}"

    @property
    def segment_label(self) -> str:
        if self.segment_kind == self.Segment.ALL:
            return "everyone"
        return f"{self.segment_kind}:{self.segment_value}"


class TrackedClick(models.Model):
    """A recipient followed a tracked link in an email."""

    outbox_message = models.ForeignKey(
        "followups.OutboxMessage", on_delete=models.CASCADE, related_name="clicks"
    )
    product = models.ForeignKey(
        "shop.Product", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.CharField(max_length=500, help_text="Where the click was sent, on this site.")
    clicked_at = models.DateTimeField(default=timezone.now)
    ip_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-clicked_at"]
        indexes = [
            models.Index(fields=["outbox_message", "clicked_at"], name="campaigns_click_message"),
            models.Index(fields=["clicked_at"], name="campaigns_click_time"),
        ]

    def __str__(self) -> str:
        return f"click on {self.url}"


class Attribution(models.Model):
    """A purchase credited to the email whose link the buyer clicked shortly before."""

    outbox_message = models.ForeignKey(
        "followups.OutboxMessage", on_delete=models.CASCADE, related_name="attributions"
    )
    click = models.ForeignKey(
        TrackedClick, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    purchase_event_id = models.BigIntegerField(null=True, blank=True)
    order_ref = models.CharField(max_length=100, blank=True)
    product = models.ForeignKey(
        "shop.Product", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    value = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    attributed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-attributed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["purchase_event_id"],
                condition=Q(purchase_event_id__isnull=False),
                name="campaigns_attribution_once_per_event",
            ),
            models.UniqueConstraint(
                fields=["order_ref"],
                condition=~Q(order_ref=""),
                name="campaigns_attribution_once_per_order",
            ),
            models.CheckConstraint(
                condition=Q(purchase_event_id__isnull=False) | ~Q(order_ref=""),
                name="campaigns_attribution_names_purchase",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value} from {self.outbox_message_id}"
