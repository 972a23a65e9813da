"""The tracked-link redirect: record the click, then on to the page the email promised."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_safe

from recommender.campaigns.services.links import LinkInvalid, tracked_click_record


@require_safe
def tracked_redirect_view(request, token: str):
    try:
        target = tracked_click_record(
            token=token, ip=request.META.get("REMOTE_ADDR"), record=request.method == "GET"
        )
    except LinkInvalid:
        return render(request, "campaigns/bad_link.html", status=400)
    return HttpResponseRedirect(target)
