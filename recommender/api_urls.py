from django.urls import path

from recommender.api import DiagnoseApi

urlpatterns = [
    path("diagnose/", DiagnoseApi.as_view(), name="diagnose"),
]
