from django.contrib import admin

from recommender.campaigns.models import Attribution, TrackedClick


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by the tracked-link view and the attribution pass; staff only read them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(TrackedClick)
class TrackedClickAdmin(ReadOnlyAdmin):
    list_display = ("clicked_at", "source", "to_email", "product", "url")
    list_select_related = ("outbox_message", "product")
    list_filter = ("clicked_at",)
    search_fields = ("outbox_message__to_email", "outbox_message__source", "url")
    date_hierarchy = "clicked_at"

    @admin.display(description="email", ordering="outbox_message__source")
    def source(self, obj: TrackedClick) -> str:
        return obj.outbox_message.source

    @admin.display(description="recipient")
    def to_email(self, obj: TrackedClick) -> str:
        return obj.outbox_message.to_email


@admin.register(Attribution)
class AttributionAdmin(ReadOnlyAdmin):
    list_display = ("attributed_at", "source", "product", "value", "purchase_event_id", "order_ref")
    list_select_related = ("outbox_message", "product")
    search_fields = ("outbox_message__to_email", "outbox_message__source", "order_ref")
    date_hierarchy = "attributed_at"

    @admin.display(description="email", ordering="outbox_message__source")
    def source(self, obj: Attribution) -> str:
        return obj.outbox_message.source
