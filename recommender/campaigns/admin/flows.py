from django.contrib import admin, messages

from recommender.campaigns.admin.stats import StatsColumns
from recommender.campaigns.models import Flow
from recommender.campaigns.selectors import flow_list_with_stats
from recommender.campaigns.services import flow_set_enabled


@admin.register(Flow)
class FlowAdmin(StatsColumns, admin.ModelAdmin):
    list_display = ("kind", "enabled", "delay", "subject", *StatsColumns.stats_fields)
    list_editable = ("enabled",)
    list_filter = ("enabled",)
    readonly_fields = StatsColumns.stats_fields
    fields = (
        "kind",
        "enabled",
        "delay",
        "subject",
        "intro",
        "template",
        *StatsColumns.stats_fields,
    )
    actions = ["enable", "disable"]

    def get_queryset(self, request):
        return flow_list_with_stats(queryset=super().get_queryset(request))

    def get_readonly_fields(self, request, obj=None):
        # The kind is what code triggers on: fixed once the row exists.
        return (*self.readonly_fields, "kind") if obj else self.readonly_fields

    @admin.action(description="Switch the selected flows on")
    def enable(self, request, queryset):
        count = flow_set_enabled(flows=queryset, enabled=True)
        self.message_user(request, f"{count} flows switched on.", messages.SUCCESS)

    @admin.action(description="Switch the selected flows off")
    def disable(self, request, queryset):
        count = flow_set_enabled(flows=queryset, enabled=False)
        self.message_user(request, f"{count} flows switched off.", messages.SUCCESS)
