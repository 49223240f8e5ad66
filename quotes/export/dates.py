"""Article dates as ISO 8601, the form ClaimReview readers take, or nothing.

Pages print dates as "March 3, 2025" or "3 Mar 2025 14:05"; dropping them loses the
claim's date, guessing loses trust. So a date is normalised only when it names a year of
four digits, a month and a day without ambiguity: relative dates ("yesterday") and
all-numeric day/month orders that read both ways ("03/04/2025") give ``None``.
"""

from __future__ import annotations

import re

# ISO 8601 date, optionally with a time: the forms Google reads for datePublished.
ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}\b")
_TIME = re.compile(r"\d{1,2}:\d{2}")


def iso_date(value: str | None) -> str | None:
    """``value`` as an ISO 8601 date (or date-time when it gives a time), else ``None``."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if ISO_DATE.match(value):
        return value
    if not _YEAR.search(value) or _ambiguous(value):
        return None
    import dateparser  # declared in pyproject.toml; imported only when a date is normalised

    parsed = dateparser.parse(value, languages=["en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    })
    if parsed is None:
        return None
    if _TIME.search(value):
        return parsed.isoformat(timespec="minutes")
    return parsed.date().isoformat()


def _ambiguous(value: str) -> bool:
    """03/04/2025: March or April? Both numbers could be the month."""
    m = _NUMERIC_DMY.match(value)
    return bool(m) and m[1] != m[2] and int(m[1]) <= 12 and int(m[2]) <= 12
