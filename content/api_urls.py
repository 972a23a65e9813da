from django.urls import path

from content import api

urlpatterns = [
    path("articles/", api.ArticleListApi.as_view(), name="article-list"),
    path("articles/<slug:slug>/", api.ArticleDetailApi.as_view(), name="article-detail"),
    path("articles/<slug:slug>/publish/", api.ArticlePublishApi.as_view(), name="article-publish"),
    path(
        "articles/<slug:slug>/unpublish/",
        api.ArticleUnpublishApi.as_view(),
        name="article-unpublish",
    ),
]
