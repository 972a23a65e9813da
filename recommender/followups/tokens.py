"""Signed, expiring tokens for links in emails (confirm, unsubscribe, and later tracked links).

A token names one object under one purpose (the salt): a confirmation token cannot unsubscribe
anybody, and nobody can make a valid token without SECRET_KEY.
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

CONFIRM = "followups.confirm"
UNSUBSCRIBE = "followups.unsubscribe"


class TokenInvalid(Exception):
    """The token was forged, damaged, made for another purpose, or has expired."""


def token_make(*, purpose: str, value: int | str) -> str:
    return signing.TimestampSigner(salt=purpose).sign_object(value)


def token_read(*, purpose: str, token: str, max_age: timedelta) -> int | str:
    try:
        return signing.TimestampSigner(salt=purpose).unsign_object(token, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise TokenInvalid(str(exc)) from exc
