from django import template

from recommender.campaigns.services.links import tracked_link_make

register = template.Library()


@register.simple_tag(takes_context=True)
def tracked_product_url(context, sku: str) -> str:
    """A tracked link to a product page, for the email being rendered."""
    return tracked_link_make(message_id=context.get("outbox_message_id"), sku=sku)


@register.simple_tag(takes_context=True)
def tracked_path_url(context, path: str) -> str:
    """A tracked link to a page of this site, for the email being rendered."""
    return tracked_link_make(message_id=context.get("outbox_message_id"), path=path)
