"""Catalog import and export: Shopify product CSV and Google Merchant Center product data."""
