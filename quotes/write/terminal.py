"""Make untrusted article text safe to show in a terminal."""

from __future__ import annotations

import unicodedata

# Bidirectional controls can make text display in a different order than it is stored.
_BIDI = {
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
}
# Format characters that only join or hint at breaks: harmless, and emoji need the joiner.
_HARMLESS_FORMAT = {"\u200b", "\u200c", "\u200d", "\u00ad"}


def sanitize(text: str, keep: str = "\n\t") -> str:
    """Replace control characters (ESC, CR, BEL, ...) and bidi overrides with visible escapes.

    The characters in ``keep`` (newline and tab by default) stay; everything else in
    Unicode category C (controls, surrogates, private use, unassigned, and format
    characters such as the bidi overrides) is shown as a ``\\x1b``-style escape, so an
    article can neither colour, retitle, rewrite nor reorder the terminal. A carriage
    return right before a kept newline (Windows line ends) is dropped: it moves nothing.
    """
    rest = text
    for ch in keep:
        rest = rest.replace(ch, "")
    if rest.isprintable():  # the common case: no category C character at all
        return text
    out: list[str] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch in keep:
            out.append(ch)
            continue
        if ch == "\r" and "\n" in keep and i < last and text[i + 1] == "\n":
            continue
        cat = unicodedata.category(ch)
        if ch in _BIDI or cat in ("Cc", "Cs", "Co", "Cn") or (
            cat == "Cf" and ch not in _HARMLESS_FORMAT
        ):
            out.append(_escape(ord(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _escape(code: int) -> str:
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
