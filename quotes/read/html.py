"""HTML pages saved from a browser or a scraper: the main text, title, date and URL.

trafilatura extracts the article body; that extracted text IS the document text the
records' offsets index (``text_from`` says ``...+trafilatura``), so a reader can
reproduce it with the same trafilatura version. Nothing is fetched: trafilatura works
on the string it is given.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass

from quotes.errors import InputError
from quotes.read.decode import Decoded, decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# A comment may not run past its first "-->": with ".*?" a row of comments could be
# split in 2**n ways, and a page opening with a few dozen of them took minutes.
_LOOKS_HTML = re.compile(
    r"\A\s*(<!--(?:(?!-->).)*-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)


@dataclass
class Page:
    """The main text of an HTML page and what trafilatura found about it."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """A document that opens like a web page (doctype, <html>, <head> or <body>)."""
    return bool(_LOOKS_HTML.match(text[:4096]))


def decode_html(raw: bytes, source: str, *, repair_mojibake: bool = False) -> Decoded:
    """Decode page bytes, trusting a ``<meta charset>`` when the bytes are not UTF-8."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = _META_CHARSET.search(raw[:4096])
        if declared:
            try:
                codec = codecs.lookup(declared.group(1).decode("ascii")).name
                return Decoded(raw.decode(codec), codec, "decode")
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(raw, source, repair_mojibake=repair_mojibake)


def extract_page(html: str, source: str) -> Page:
    """The article text of a page, or ``InputError`` when there is none."""
    import trafilatura

    with warnings.catch_warnings():
        # trafilatura/lxml emit FutureWarnings on some pages; the CLI keeps stderr clean.
        warnings.simplefilter("ignore")
        try:
            result = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=False
            )
        except Exception as exc:  # lxml raises many kinds on broken markup
            raise InputError(source, f"cannot parse HTML ({exc.__class__.__name__})") from None
    if result is None:
        raise InputError(source, "no article text found in the HTML")
    data = result if isinstance(result, dict) else result.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(source, "no article text found in the HTML")
    return Page(
        text=text,
        title=_clean(data.get("title")),
        published=_clean(data.get("date")),
        url=_clean(data.get("url")),
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
