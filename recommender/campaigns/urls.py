from django.urls import path

from recommender.campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("r/<str:token>/", views.tracked_redirect_view, name="redirect"),
]
