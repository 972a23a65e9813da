"""Catalog import and export: Shopify product CSV and Google Merchant Center product data.

How our catalog maps onto the two formats:

=================  ===========================================  ==============================
ours               Shopify product CSV                          Merchant Center (TSV / XML)
=================  ===========================================  ==============================
product SKU        ``Product SKU (product.metafields.custom.    ``item_group_id`` (else ``id``)
                   product_sku)``; without it, the handle
slug               ``Handle``                                   last part of ``link``
name, brand        ``Title``, ``Vendor``                        ``title``, ``brand``
description        ``Body (HTML)`` (HTML becomes plain text)    ``description``
category           ``Type``: slug or name                       ``product_type``: slug or name,
                                                                or the leaf of ``A > B > C``
price              ``Variant Price`` of the first row           ``price`` like ``24.00 EUR``
active             ``Status`` (or ``Published``)                untouched
image_url          ``Image Src``                                ``image_link``
weight_g           ``Variant Grams`` of the first row           ``product_weight`` like ``280 g``
typed attributes   ``Cushioning (product.metafields.custom.     custom columns / ``g:`` elements
                   cushioning)`` and so on                      named like the attribute
variant SKU        ``Variant SKU``                              ``id``
size, colour       the options named Size and Color             ``size``, ``color``
stock              ``Variant Inventory Qty``                    ``quantity``, else availability
=================  ===========================================  ==============================

A variant whose price differs from the product's keeps it as ``price_override``.
"""
