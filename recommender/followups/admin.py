"""Staff views of the outbox, subscribers with their consent history, and suppressions."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet

from recommender.followups.models import (
    ConsentRecord,
    OutboxMessage,
    ProviderEvent,
    Subscriber,
    Suppression,
)
from recommender.followups.selectors import outbox_counts_by_state
from recommender.followups.services import (
    outbox_cancel,
    outbox_requeue_failed,
    subscriber_unsubscribe,
    suppression_add,
)


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "to_email",
        "subject",
        "category",
        "state",
        "trigger_key",
        "source",
        "send_after",
        "attempts",
        "sent_at",
    )
    list_filter = ("state", "category", "source")
    search_fields = ("to_email", "trigger_key", "message_id")
    date_hierarchy = "created_at"
    list_select_related = ("subscriber",)
    actions = ("requeue_failed", "cancel")
    readonly_fields = [f.name for f in OutboxMessage._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # email is queued by services (flows, campaigns), never typed in

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if hasattr(response, "context_data") and "cl" in (response.context_data or {}):
            queryset = response.context_data["cl"].queryset
            response.context_data["state_counts"] = outbox_counts_by_state(queryset=queryset)
        return response

    @admin.action(description="Re-queue the selected failed messages")
    def requeue_failed(self, request, queryset: QuerySet) -> None:
        count = outbox_requeue_failed(ids=queryset.values_list("id", flat=True))
        self.message_user(request, f"{count} failed message(s) queued again.", messages.SUCCESS)

    @admin.action(description="Cancel the selected queued messages")
    def cancel(self, request, queryset: QuerySet) -> None:
        count = outbox_cancel(
            ids=queryset.values_list("id", flat=True), reason=f"Cancelled by {request.user}."
        )
        self.message_user(request, f"{count} queued message(s) cancelled.", messages.SUCCESS)


class ConsentRecordInline(admin.TabularInline):
    model = ConsentRecord
    extra = 0
    can_delete = False
    fields = ("created_at", "action", "source", "text_shown", "ip", "user_agent")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ("email", "first_name", "status", "timezone", "confirmed_at", "created_at")
    list_filter = ("status", "timezone")
    search_fields = ("email", "first_name", "anonymous_id")
    readonly_fields = ("status", "confirmed_at", "unsubscribed_at", "created_at", "updated_at")
    raw_id_fields = ("user",)
    inlines = [ConsentRecordInline]
    actions = ("unsubscribe",)

    @admin.action(description="Unsubscribe the selected subscribers")
    def unsubscribe(self, request, queryset: QuerySet) -> None:
        for subscriber in queryset:
            subscriber_unsubscribe(subscriber=subscriber, source=f"admin:{request.user}")
        self.message_user(request, f"{queryset.count()} subscriber(s) unsubscribed.")


@admin.register(Suppression)
class SuppressionAdmin(admin.ModelAdmin):
    list_display = ("email", "reason", "provider_event_id", "created_at")
    list_filter = ("reason",)
    search_fields = ("email", "provider_event_id")
    fields = ("email", "reason", "detail", "provider_event_id")

    def get_readonly_fields(self, request, obj=None):
        return ("email", "provider_event_id") if obj else ("provider_event_id",)

    def save_model(self, request, obj, form, change) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        saved = suppression_add(email=obj.email, reason=obj.reason, detail=obj.detail)
        obj.pk = saved.pk


@admin.register(ProviderEvent)
class ProviderEventAdmin(admin.ModelAdmin):
    list_display = ("event_id", "esp", "event_type", "recipient", "created_at")
    list_filter = ("esp", "event_type")
    search_fields = ("event_id", "recipient")
    readonly_fields = ("event_id", "esp", "event_type", "recipient", "payload", "created_at")

    def has_add_permission(self, request) -> bool:
        return False
