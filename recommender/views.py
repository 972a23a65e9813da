"""Public pages of the recommender: /check/, where a shopper says what hurts and gets an answer.

The form posts, and a valid answer is kept in the session and shown by a GET of the results
page (post-redirect-get), so a reload or the back button never asks to resend the form and
the shopper's words never appear in a URL or a server log.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from recommender.conf import recommender_settings

SESSION_KEY = "recommender_check"

WHERE_CHOICES = [
    ("foot", "Foot"),
    ("heel", "Heel"),
    ("arch", "Arch"),
    ("toes", "Toes"),
    ("ankle", "Ankle"),
    ("shin", "Shin"),
    ("knee", "Knee"),
    ("hip", "Hip"),
    ("lower_back", "Lower back"),
    ("other", "Somewhere else"),
]
FEEL_CHOICES = [("sharp", "Sharp"), ("dull", "Dull or aching")]
SINCE_CHOICES = [("days", "A few days"), ("weeks", "A few weeks"), ("months", "Months")]


class CheckForm(forms.Form):
    text = forms.CharField(
        label="What hurts, and when?",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=(
            "In your own words: where it hurts, when it started, what you run in and on. "
            "For example: “I get blisters on my toes after 10 km in my cotton socks.”"
        ),
        error_messages={"required": "Tell us what hurts, in a few words."},
    )
    where = forms.MultipleChoiceField(
        label="Where does it hurt?",
        choices=WHERE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    feel = forms.ChoiceField(
        label="What does it feel like?",
        choices=FEEL_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    since = forms.ChoiceField(
        label="Since when?", choices=SINCE_CHOICES, required=False, widget=forms.RadioSelect
    )
    size = forms.CharField(
        label="Shoe or sock size (optional)",
        max_length=20,
        required=False,
        help_text="We then suggest only products we have in your size.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit = recommender_settings.DIAGNOSE_MAX_CHARS
        text = self.fields["text"]
        text.max_length = limit  # read by the template's counter; clean_text enforces it
        text.widget.attrs["maxlength"] = str(limit)

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        limit = recommender_settings.DIAGNOSE_MAX_CHARS
        if len(text) > limit:
            raise forms.ValidationError(
                f"Please keep it to {limit:,} characters or fewer (you wrote {len(text):,}). "
                "Shorten it and try again.",
                code="max_length",
            )
        return text

    def answers(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            key: data[key]
            for key in ("where", "feel", "since")
            if data.get(key)  # unanswered questions are left out, not sent as blanks
        }


class PlanForm(forms.Form):
    """ "Email me my plan" on the results page: the plan now, a check-in a week later."""

    email = forms.EmailField(label="Email", max_length=254)
    first_name = forms.CharField(label="First name (optional)", max_length=100, required=False)
    consent = forms.BooleanField(error_messages={"required": "Tick the box so we may email you."})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The consent record stores this very wording as what the shopper was shown.
        from recommender.campaigns.services.flows.common import PLAN_CONSENT_TEXT

        self.fields["consent"].label = PLAN_CONSENT_TEXT


def _plans_available() -> bool:
    """Plans go out through the campaigns app, when it is installed."""
    return apps.is_installed("recommender.campaigns")


@require_http_methods(["GET", "POST"])
def check_view(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = CheckForm(data=request.POST)
        if form.is_valid():
            request.session[SESSION_KEY] = {
                "text": form.cleaned_data["text"],
                "size": form.cleaned_data["size"],
                "answers": form.answers(),
            }
            return redirect("recommender:check-results")
        return render(request, "recommender/check/form.html", {"form": form}, status=400)
    previous = request.session.get(SESSION_KEY)
    initial = {}
    if isinstance(previous, dict):
        # "Change my answers" brings the shopper back to what they wrote.
        initial = {"text": previous.get("text", ""), "size": previous.get("size", "")}
        initial.update(previous.get("answers") or {})
    return render(request, "recommender/check/form.html", {"form": CheckForm(initial=initial)})


@require_http_methods(["GET"])
def check_results_view(request: HttpRequest) -> HttpResponse:
    from recommender.selectors import diagnose_result

    submission = request.session.get(SESSION_KEY)
    if not isinstance(submission, dict) or not submission.get("text"):
        return redirect("recommender:check")
    result = diagnose_result(
        text=submission["text"],
        size=submission.get("size") or None,
        answers=submission.get("answers") or None,
    )
    context = {
        "text": submission["text"],
        "result": result,
        **check_results_context(result),
    }
    if not context["red_flag_sentences"] and _plans_available():
        context["plan_form"] = PlanForm()
    return render(request, "recommender/check/results.html", context)


@require_http_methods(["POST"])
def check_plan_view(request: HttpRequest) -> HttpResponse:
    """Email the shopper the plan for what they described; never for red-flag words."""
    from recommender.campaigns.services import PlanRefused, plan_request

    submission = request.session.get(SESSION_KEY)
    if not isinstance(submission, dict) or not submission.get("text") or not _plans_available():
        return redirect("recommender:check")
    form = PlanForm(data=request.POST)
    if form.is_valid():
        try:
            plan_request(
                email=form.cleaned_data["email"],
                first_name=form.cleaned_data["first_name"],
                text=submission["text"],
                answers=submission.get("answers") or None,
                ip=request.META.get("REMOTE_ADDR"),
                user_agent=request.META.get("HTTP_USER_AGENT", "")[:400],
            )
        except PlanRefused:
            messages.warning(
                request,
                "What you describe needs a medical professional, so we do not email a plan.",
            )
            return redirect("recommender:check-results")
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(
                request,
                "Your plan is on its way. Please confirm your address from the email we sent, "
                "so we may send the check-in a week from now.",
            )
            return redirect("recommender:check-results")
    from recommender.selectors import diagnose_result

    result = diagnose_result(
        text=submission["text"],
        size=submission.get("size") or None,
        answers=submission.get("answers") or None,
    )
    context = {
        "text": submission["text"],
        "result": result,
        **check_results_context(result),
        "plan_form": form,
    }
    return render(request, "recommender/check/results.html", context, status=400)


def check_results_context(result: dict[str, Any]) -> dict[str, Any]:
    """The results page's parts: a red flag replaces everything else with the referral."""
    red_flag_sentences = list(
        dict.fromkeys(
            sentence
            for flag in result.get("red_flags") or []
            for sentence in flag.get("evidence") or []
        )
    )
    red_flag = bool(result.get("red_flags"))
    causes = result.get("causes") or []
    names = {cause["slug"]: cause.get("name") or cause["slug"] for cause in causes}
    products = []
    for product in result.get("products") or []:
        reasons = product.get("reasons") or []
        first = reasons[0] if reasons else {}
        products.append(
            {"product": product, "reason": first.get("text", ""), "cause": first.get("cause", "")}
        )
    advice = [
        {"cause": item.get("cause", ""), "name": names.get(item.get("cause", ""), ""), **item}
        for item in result.get("advice") or []
        if item.get("text")
    ]
    return {
        "red_flag": red_flag,
        "red_flag_sentences": red_flag_sentences,
        "causes": [] if red_flag else causes,
        "products": [] if red_flag else products,
        "articles": [] if red_flag else list(result.get("articles") or []),
        "advice": advice,
    }
