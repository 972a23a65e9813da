from django.urls import path

from recommender.api import ArticleRecommendationsApi, DiagnoseApi, EventsApi, ProductArticlesApi

urlpatterns = [
    path("diagnose/", DiagnoseApi.as_view(), name="diagnose"),
    path(
        "articles/<slug:slug>/recommendations/",
        ArticleRecommendationsApi.as_view(),
        name="article-recommendations",
    ),
    path("products/<str:sku>/articles/", ProductArticlesApi.as_view(), name="product-articles"),
    path("events/", EventsApi.as_view(), name="events"),
]
