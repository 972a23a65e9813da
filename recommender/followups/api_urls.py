from django.urls import path

from recommender.followups.api import SubscriberCreateApi

urlpatterns = [
    path("subscribers/", SubscriberCreateApi.as_view(), name="subscriber-create"),
]
