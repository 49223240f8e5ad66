"""Bytes to text: detect the encoding, refuse binary files, repair certain mojibake.

The text returned here is what every record's offsets index, so decoding must be
reproducible from the document metadata: the codec name (``encoding``) and the steps
taken (``text_from``: ``decode``, ``decode+replace``, ``decode+ftfy``).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from quotes.errors import InputError

# Magic numbers of files people drop into an article folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; extract its text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt); export the article as text or HTML first"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document; export the article as text first"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The legacy encodings browsers still support (WHATWG Encoding Standard), which is
# what scraped and saved news comes in; charset-normalizer's wider set lets exotic
# code pages (EBCDIC, Urdu cp1006) win on short samples by accident.
_LEGACY = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u",
    "iso8859_5", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "iso8859_8",
    "cp1256", "iso8859_6", "cp1257", "iso8859_4", "iso8859_13", "cp1258", "cp874",
    "shift_jis", "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr",
)

MAX_CONTROL_RATIO = 0.01  # more than 1% control characters: not an article


@dataclass
class Decoded:
    """Text decoded from bytes, with how to reproduce it."""

    text: str
    encoding: str
    text_from: str  # decode | decode+replace | decode+ftfy | decode+replace+ftfy


def decode_bytes(raw: bytes, source: str, *, repair_mojibake: bool = False) -> Decoded:
    """Decode an article's bytes, or raise ``InputError`` saying why it cannot be read.

    Order: byte-order mark; UTF-16 without BOM; strict UTF-8; UTF-8 with a few stray
    bad bytes; otherwise the 8-bit code page charset-normalizer finds most plausible.
    Mojibake is repaired only when asked: a repaired text is shorter than the file, so
    offsets into it would not index the file a pipeline reads next to the records.
    """
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(source, f"binary file: {what}")
    text, encoding, steps = _decode(raw, source)
    text, repaired = check_text(text, source, repair_mojibake=repair_mojibake)
    return Decoded(text=text, encoding=encoding, text_from=steps + ("+ftfy" if repaired else ""))


def check_text(text: str, source: str, *, repair_mojibake: bool = False) -> tuple[str, bool]:
    """Refuse binary-looking text; repair certain mojibake when asked (True when repaired).

    Also used for text that arrives as a string (a JSON Lines "text" field).
    """
    _refuse_binary_text(text, source)
    if not repair_mojibake:
        return text, False
    return fix_mojibake(text)


def _decode(raw: bytes, source: str) -> tuple[str, str, str]:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec, "decode"
            except UnicodeDecodeError:
                raise InputError(source, f"undecodable: starts with a {codec} mark but is not "
                                 f"valid {codec}") from None
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return utf16
        raise InputError(source, "binary file: contains NUL bytes")
    try:
        return raw.decode("utf-8"), "utf-8", "decode"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return mostly, "utf-8", "decode+replace"
    codec = _legacy_codec(raw)
    if codec is None:
        raise InputError(source, "undecodable: not UTF-8, UTF-16 or a recognisable 8-bit "
                         "encoding (convert it to UTF-8 first)")
    return raw.decode(codec), codec, "decode"


def _utf16_without_bom(raw: bytes) -> tuple[str, str, str] | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte; anything else with NULs is binary."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even_nul = raw[0::2].count(0) / (len(raw) // 2)
    odd_nul = raw[1::2].count(0) / (len(raw) // 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        codec = "utf-16-le"
    elif even_nul > 0.3 and odd_nul < 0.05:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return text, codec, "decode"


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a handful of corrupt bytes (a truncated download, a bad paste).

    Accepted when good multi-byte characters outnumber the bad bytes two to one and
    the bad bytes are few (at most 3, or under 1 in 200). They become U+FFFD, and
    ``text_from`` says ``decode+replace``.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte >= 2 * bad and (bad <= 3 or bad * 200 <= len(raw)):
        return text
    return None


def _legacy_codec(raw: bytes) -> str | None:
    """The most plausible legacy code page, or None when nothing fits.

    charset-normalizer ranks candidates, but on a short article Windows-1252, Latin-2
    and Baltic pages often tie; a near-tie goes to Windows-1252, by far the most common
    non-UTF-8 encoding of Western news (and a superset of Latin-1's printable range).
    """
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(raw, cp_isolation=list(_LEGACY)) if m.chaos <= 0.25]
    if matches:
        best = matches[0]
        for m in matches:
            if (
                "cp1252" in m.could_be_from_charset
                and m.chaos <= best.chaos + 0.05
                and m.coherence >= best.coherence - 0.1
            ):
                return "cp1252"
        return best.encoding
    # Too short for charset-normalizer to judge ("Café"): Windows-1252, if it decodes
    # cleanly and reads as text.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return "cp1252" if _looks_like_text(text) else None


def _looks_like_text(text: str) -> bool:
    letters = sum(ch.isalpha() or ch.isspace() for ch in text)
    return bool(text) and letters / len(text) > 0.6


def _refuse_binary_text(text: str, source: str) -> None:
    # C0 controls and DEL only: C1 controls (U+0080-U+009F) are typical of mojibake,
    # which ftfy may repair; a stray form feed or DOS end-of-file mark is no reason to fail.
    controls = sum(1 for ch in text if (ch < " " or ch == "\x7f") and ch not in "\t\n\r\f\v")
    if controls >= 3 and controls > MAX_CONTROL_RATIO * len(text):
        raise InputError(source, f"binary file: {controls} control characters "
                         f"in {len(text)} (not an article)")


def fix_mojibake(text: str) -> tuple[str, bool]:
    """Fix UTF-8 read as Windows-1252 ("itâ€™s") only when ftfy is sure.

    Sure means: ftfy's badness heuristic flags the text, ``fix_encoding`` changes it,
    and the result no longer looks bad. Nothing else (quotes, widths) is touched.
    """
    import ftfy
    from ftfy.badness import is_bad

    if text.isascii() or not is_bad(text):
        return text, False
    fixed = ftfy.fix_encoding(text)
    if fixed == text or is_bad(fixed):
        return text, False
    return fixed, True
