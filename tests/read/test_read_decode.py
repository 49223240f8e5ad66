"""Bytes to text: every encoding an article arrives in, and the bytes that are no article."""

from __future__ import annotations

import codecs

import pytest

from quotes.errors import InputError
from quotes.read.decode import decode_bytes, fix_mojibake

ENGLISH = "“We will not close the harbour,” the mayor said on Tuesday — it’s final.\n"
FRENCH = "Le maire a déclaré mardi : « Nous ne fermerons pas le port », à Saint-Étienne.\n"


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (ENGLISH.encode("utf-8"), ENGLISH, "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), ENGLISH, "utf-8-sig"),
        (ENGLISH.encode("utf-16"), ENGLISH, "utf-16"),  # with BOM
        (ENGLISH.encode("utf-16-le"), ENGLISH, "utf-16-le"),  # without BOM
        (ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16-be"),
        (ENGLISH.encode("cp1252"), ENGLISH, "cp1252"),  # curly quotes 0x93/0x94, dash 0x97
        (FRENCH.encode("latin-1"), FRENCH, "cp1252"),  # Latin-1 text reads the same in cp1252
        ("Café".encode("latin-1"), "Café", "cp1252"),  # too short for statistics
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1252", "latin1", "short"],
)
def test_encodings_decode_to_the_article_text(raw: bytes, text: str, encoding: str) -> None:
    decoded = decode_bytes(raw, "a.txt")
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.text_from == "decode"
    # The metadata reproduces the text: offsets can be checked against the file.
    assert raw.decode(decoded.encoding) == decoded.text


def test_other_legacy_code_pages_are_detected() -> None:
    russian = "Мэр заявил во вторник, что порт не будет закрыт, несмотря на шторм.\n"
    decoded = decode_bytes(russian.encode("cp1251"), "ru.txt")
    assert decoded.text == russian


def test_mojibake_is_repaired_and_recorded_when_asked() -> None:
    broken = ENGLISH.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    decoded = decode_bytes(broken.encode("utf-8"), "moji.txt", repair_mojibake=True)
    assert decoded.text == ENGLISH
    assert decoded.text_from == "decode+ftfy"


def test_mojibake_is_kept_by_default_so_offsets_index_the_file() -> None:
    broken = ENGLISH.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    decoded = decode_bytes(broken.encode("utf-8"), "moji.txt")
    assert decoded.text == broken
    assert decoded.text_from == "decode"


def test_clean_text_is_never_touched_by_ftfy() -> None:
    # Straight and curly quotes, dashes and accents that are meant: nothing to repair.
    text = "\"Fine,\" she said. “Déjà vu” — 'it’s' fine; naïve café, 5 × 3 = 15.\n"
    assert fix_mojibake(text) == (text, False)
    assert decode_bytes(text.encode(), "ok.txt").text == text


def test_a_few_bad_bytes_in_utf8_become_replacement_characters() -> None:
    raw = ENGLISH.encode("utf-8") + b"Then the feed broke \xff here.\n"
    decoded = decode_bytes(raw, "cut.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text_from == "decode+replace"
    assert decoded.text.startswith(ENGLISH)
    assert "\ufffd" in decoded.text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"ELF\x00\x01\x02 some words \x00\x00\x00 and more", "NUL"),
        (b"text with \x01\x02\x03\x04\x05\x06\x07\x08 controls", "control characters"),
    ],
)
def test_binary_files_are_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(raw, "thing.txt")
    assert "binary file" in str(err.value)
    assert reason in str(err.value)
    assert str(err.value).startswith("thing.txt: ")


def test_bytes_in_no_plausible_encoding_are_undecodable() -> None:
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(bytes(range(0x80, 0x100)) * 4, "noise.txt")
