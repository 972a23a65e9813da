"""Fetch a feed over http(s): a timeout, a size cap, and no other schemes, even via redirects."""

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from content.importing.markdown_files import EntryError

MAX_FEED_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 15
ALLOWED_SCHEMES = ("http", "https")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ALLOWED_SCHEMES:
            raise EntryError(f"refused redirect to {newurl!r}: only http and https are fetched")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, *, max_bytes: int | None = None, timeout: float | None = None) -> bytes:
    max_bytes = max_bytes or MAX_FEED_BYTES
    timeout = timeout or TIMEOUT_SECONDS
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise EntryError(f"only http and https URLs are fetched, not {scheme}:")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(  # noqa: S310 - scheme checked above and on redirects
        url,
        headers={
            "User-Agent": "Stridewise article importer",
            "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise EntryError(f"the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EntryError(f"could not fetch it: {reason}") from exc
    if len(data) > max_bytes:
        raise EntryError(f"larger than {max_bytes // (1024 * 1024)} MB; refused")
    return data
