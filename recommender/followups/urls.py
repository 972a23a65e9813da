from django.urls import path

from recommender.followups import views

app_name = "followups"
urlpatterns = [
    path("confirm/<str:token>/", views.confirm_view, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
    path("subscribe/", views.subscribe_view, name="subscribe"),
]
