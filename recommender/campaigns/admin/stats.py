"""Stats columns shared by the flow and campaign lists (annotated by the selectors)."""

from django.contrib import admin


class StatsColumns:
    stats_fields = ("sent", "failed", "clicked", "purchases", "revenue_total")

    @admin.display(description="sent", ordering="sent_count")
    def sent(self, obj) -> int:
        return getattr(obj, "sent_count", 0)

    @admin.display(description="failed", ordering="failed_count")
    def failed(self, obj) -> int:
        return getattr(obj, "failed_count", 0)

    @admin.display(description="clicked", ordering="clicked_count")
    def clicked(self, obj) -> int:
        return getattr(obj, "clicked_count", 0)

    @admin.display(description="purchases", ordering="purchase_count")
    def purchases(self, obj) -> int:
        return getattr(obj, "purchase_count", 0)

    @admin.display(description="revenue", ordering="revenue")
    def revenue_total(self, obj) -> str:
        return f"{getattr(obj, 'revenue', 0) or 0:.2f}"
