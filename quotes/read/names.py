"""Strings that came from outside (file names, JSON ids) made valid Unicode.

Python hands a file name that is not valid UTF-8 (``b\\xffad.txt``) to us with each bad
byte as a lone surrogate (``surrogateescape``), and ``json.loads`` keeps a lone
``\\udfff`` escape as one. Such a string cannot be written as UTF-8, so one of them in a
document id used to abort the whole run when its first record was written. Ids, paths
and titles are escaped here, visibly and reversibly enough to find the file again;
article text gets U+FFFD instead, one character for one so offsets still hold.
"""

from __future__ import annotations

_SURROGATES = range(0xD800, 0xE000)
_ESCAPED_BYTES = range(0xDC80, 0xDD00)  # what surrogateescape makes of bytes 0x80-0xFF


def is_valid_unicode(text: str) -> bool:
    """True when ``text`` can be written as UTF-8 (no lone surrogate in it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written out: a raw file-name byte as ``\\xff``,
    any other as ``\\udfff``; valid text comes back unchanged (the common case)."""
    if is_valid_unicode(text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if code in _ESCAPED_BYTES:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code in _SURROGATES:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def replace_surrogates(text: str) -> tuple[str, bool]:
    """Article text with each lone surrogate as U+FFFD (same length); True if any was."""
    if is_valid_unicode(text):
        return text, False
    return "".join("\ufffd" if ord(ch) in _SURROGATES else ch for ch in text), True
