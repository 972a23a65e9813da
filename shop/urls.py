from django.urls import path

from shop import views
from shop.imports.feed import merchant_feed

app_name = "shop"
urlpatterns = [
    path("products/", views.product_list_view, name="product-list"),
    path("products/<slug:slug>/", views.product_detail_view, name="product-detail"),
    path("feeds/merchant.xml", merchant_feed, name="merchant-feed"),
]
