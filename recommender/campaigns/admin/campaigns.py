from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from recommender.campaigns.admin.stats import StatsColumns
from recommender.campaigns.models import Campaign
from recommender.campaigns.selectors import (
    SegmentError,
    campaign_list_with_stats,
    campaign_recipients,
    segment_validate,
)
from recommender.campaigns.services import (
    CampaignError,
    campaign_cancel,
    campaign_preview,
    campaign_save,
    campaign_schedule,
    campaign_test_send,
)
from recommender.followups.models import Subscriber


class CampaignForm(forms.ModelForm):
    class Meta:
        model = Campaign
        fields = ("name", "segment_kind", "segment_value", "subject", "intro", "template")

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("segment_kind")
        if kind:
            try:
                segment_validate(kind=kind, value=(cleaned.get("segment_value") or "").strip())
            except SegmentError as exc:
                raise ValidationError({"segment_value": str(exc)}) from exc
        return cleaned


class TestSendForm(forms.Form):
    to_email = forms.EmailField(label="Send a test to")
    as_subscriber = forms.EmailField(
        label="As this subscriber would get it",
        required=False,
        help_text="Optional: products chosen for this subscriber's causes.",
    )


class ScheduleForm(forms.Form):
    at = forms.DateTimeField(label="Send at (UTC)", help_text="Format: 2026-05-01 09:00")


@admin.register(Campaign)
class CampaignAdmin(StatsColumns, admin.ModelAdmin):
    form = CampaignForm
    list_display = (
        "name",
        "status",
        "segment",
        "scheduled_at",
        "planned_count",
        *StatsColumns.stats_fields,
    )
    list_filter = ("status", "segment_kind")
    search_fields = ("name", "subject")
    readonly_fields = (
        "status",
        "scheduled_at",
        "planned_count",
        "planned_at",
        "created_by",
        "recipients_now",
        *StatsColumns.stats_fields,
    )
    fieldsets = (
        (None, {"fields": ("name", "subject", "intro", "template")}),
        ("Segment", {"fields": ("segment_kind", "segment_value", "recipients_now")}),
        (
            "Sending",
            {"fields": ("status", "scheduled_at", "planned_count", "planned_at", "created_by")},
        ),
        ("Results", {"fields": StatsColumns.stats_fields}),
    )
    change_form_template = "admin/campaigns/campaign/change_form.html"

    def get_queryset(self, request):
        return campaign_list_with_stats(queryset=super().get_queryset(request))

    @admin.display(description="segment", ordering="segment_kind")
    def segment(self, obj: Campaign) -> str:
        return obj.segment_label

    @admin.display(description="recipients now")
    def recipients_now(self, obj: Campaign) -> str:
        if obj.pk is None:
            return "-"
        try:
            return str(campaign_recipients(campaign=obj).count())
        except SegmentError as exc:
            return str(exc)

    def get_readonly_fields(self, request, obj=None):
        # Words and segment are fixed once the emails start going out.
        if obj is not None and obj.status not in (Campaign.Status.DRAFT, Campaign.Status.SCHEDULED):
            return (*CampaignForm.Meta.fields, *self.readonly_fields)
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        campaign_save(campaign=obj, user=request.user)

    def get_urls(self):
        def view(name, func):
            return path(
                f"<int:campaign_id>/{name}/",
                self.admin_site.admin_view(func),
                name=f"campaigns_campaign_{name.replace('-', '_')}",
            )

        return [
            view("preview", self.preview_view),
            view("test-send", self.test_send_view),
            view("send-now", self.send_now_view),
            view("schedule", self.schedule_view),
            view("cancel", self.cancel_view),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "test_send_form": TestSendForm(),
            "schedule_form": ScheduleForm(),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    # Tools on the change page ---------------------------------------------------------------
    def _campaign(self, request, campaign_id: int) -> Campaign:
        campaign = get_object_or_404(Campaign, pk=campaign_id)
        if not self.has_view_permission(request, campaign):
            raise PermissionDenied
        return campaign

    def _back(self, campaign: Campaign):
        return HttpResponseRedirect(reverse("admin:campaigns_campaign_change", args=[campaign.pk]))

    def _post_only(self, request, campaign):
        if request.method != "POST" or not self.has_change_permission(request, campaign):
            self.message_user(request, "Use the buttons on the campaign page.", messages.ERROR)
            return self._back(campaign)
        return None

    def preview_view(self, request, campaign_id: int):
        campaign = self._campaign(request, campaign_id)
        email = (request.GET.get("subscriber") or "").strip().lower()
        recipients = campaign_recipients(campaign=campaign)
        subscriber = Subscriber.objects.filter(email=email).first() if email else recipients.first()
        preview = campaign_preview(campaign=campaign, subscriber=subscriber) if subscriber else None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Preview: {campaign.name}",
            "campaign": campaign,
            "subscriber": subscriber,
            "asked_for": email,
            "shown_email": email or (subscriber.email if subscriber else ""),
            "preview": preview,
        }
        return TemplateResponse(request, "admin/campaigns/campaign/preview.html", context)

    def test_send_view(self, request, campaign_id: int):
        campaign = self._campaign(request, campaign_id)
        refused = self._post_only(request, campaign)
        if refused:
            return refused
        form = TestSendForm(request.POST)
        if not form.is_valid():
            errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())
            self.message_user(request, f"Test not sent: {errors}", messages.ERROR)
            return self._back(campaign)
        subscriber = None
        if form.cleaned_data["as_subscriber"]:
            subscriber = Subscriber.objects.filter(
                email=form.cleaned_data["as_subscriber"].lower()
            ).first()
            if subscriber is None:
                self.message_user(request, "Test not sent: no such subscriber.", messages.ERROR)
                return self._back(campaign)
        campaign_test_send(
            campaign=campaign, to_email=form.cleaned_data["to_email"], subscriber=subscriber
        )
        self.message_user(
            request, f"Test queued to {form.cleaned_data['to_email']}.", messages.SUCCESS
        )
        return self._back(campaign)

    def _schedule(self, request, campaign_id: int, at):
        campaign = self._campaign(request, campaign_id)
        refused = self._post_only(request, campaign)
        if refused:
            return refused
        try:
            campaign = campaign_schedule(campaign=campaign, at=at)
        except (CampaignError, SegmentError) as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return self._back(campaign)
        when = "now" if campaign.scheduled_at <= timezone.now() else campaign.scheduled_at
        self.message_user(request, f"{campaign.name} will be sent {when}.", messages.SUCCESS)
        return self._back(campaign)

    def send_now_view(self, request, campaign_id: int):
        return self._schedule(request, campaign_id, None)

    def schedule_view(self, request, campaign_id: int):
        form = ScheduleForm(request.POST or None)
        if request.method == "POST" and not form.is_valid():
            campaign = self._campaign(request, campaign_id)
            self.message_user(
                request, "Give a date and time like 2026-05-01 09:00.", messages.ERROR
            )
            return self._back(campaign)
        return self._schedule(
            request, campaign_id, form.cleaned_data["at"] if form.is_bound else None
        )

    def cancel_view(self, request, campaign_id: int):
        campaign = self._campaign(request, campaign_id)
        refused = self._post_only(request, campaign)
        if refused:
            return refused
        cancelled = campaign_cancel(campaign=campaign)
        self.message_user(
            request,
            f"Campaign cancelled; {cancelled} queued emails will not go out.",
            messages.SUCCESS,
        )
        return self._back(campaign)
