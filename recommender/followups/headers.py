"""Header values built from shoppers' input: one line each, so no input can add a header."""

from __future__ import annotations

import re
from email.utils import formataddr

# Every character that Python's str.splitlines() or a mail parser could treat as a line break,
# plus NUL and other control characters.
_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_SPACES = re.compile(r"\s{2,}")


def header_safe(value: object, *, max_length: int = 250) -> str:
    text = _BREAKS.sub(" ", str(value or ""))
    return _SPACES.sub(" ", text).strip()[:max_length]


def address_with_name(*, email: str, name: str = "") -> str:
    """``"Name" <email>`` with the name quoted (or encoded) as RFC 5322 requires."""
    email = header_safe(email, max_length=254)
    name = header_safe(name, max_length=100)
    return formataddr((name, email)) if name else email
