from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "recommender.campaigns"
    label = "campaigns"
    verbose_name = "Campaigns and flows"
