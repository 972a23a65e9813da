from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "recommender.campaigns"
    label = "campaigns"
    verbose_name = "Campaigns and flows"

    def ready(self) -> None:
        from recommender.services.events import event_purchase_recorded

        from .receivers import purchase_recorded

        event_purchase_recorded.connect(purchase_recorded, dispatch_uid="campaigns.attribute")
