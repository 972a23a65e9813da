"""Demo content for a fresh shop: the catalog in ``products``, articles from content/demo/."""
