"""Make untrusted article text safe to show in a terminal."""

from __future__ import annotations

import unicodedata

# Bidirectional controls can make text display in a different order than it is stored.
_BIDI = {
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
}


def sanitize(text: str) -> str:
    """Replace control characters (ESC, CR, BEL, ...) and bidi overrides with visible escapes.

    Newlines and tabs are kept; everything else in Unicode category C (controls, format
    characters used for overrides) is shown as ``\\x1b``-style escapes, so an article can
    neither colour, retitle nor rewrite the terminal.
    """
    out: list[str] = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if ch in _BIDI or cat in ("Cc", "Cs", "Co", "Cn") or (cat == "Cf" and ch not in "\u200b\u200c\u200d\u00ad"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
