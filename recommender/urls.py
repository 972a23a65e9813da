from django.urls import path

from recommender import views

app_name = "recommender"
urlpatterns = [
    path("check/", views.check_view, name="check"),
    path("check/results/", views.check_results_view, name="check-results"),
    path("check/plan/", views.check_plan_view, name="check-plan"),
]
