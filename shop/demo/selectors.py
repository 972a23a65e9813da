from content.models import Article
from shop.models import Product


def demo_data_exists() -> bool:
    """True once the shop has any product or article, demo or not."""
    return Product.objects.exists() or Article.objects.exists()
