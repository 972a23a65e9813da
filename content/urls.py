from django.urls import path

from content import views

app_name = "content"
urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="article-list"),
    path("articles/preview/<int:pk>/", views.article_preview, name="article-preview"),
    path("articles/<slug:slug>/", views.article_detail, name="article-detail"),
]
