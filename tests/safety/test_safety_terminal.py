"""Article text shown on a terminal can neither drive it nor be read as markup."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from quotes.safety import one_line, plain
from quotes.write.table import records_table
from quotes.write.terminal import sanitize

# Every way we know for text to act on a terminal or on rich.
ESC_SEQUENCES = [
    "\x1b[31mred\x1b[0m",  # SGR colour
    "\x1b]0;pwned\x07",  # OSC: window title
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x9b2J",  # 8-bit CSI: clear screen
    "\x1bP+q\x1b\\",  # DCS
    "safe\rFORGED",  # carriage return overwriting the line
    "bell\x07\x08\x7f",
]
BIDI = ["\u202eevil\u202c", "\u2066x\u2069", "\u200f", "\u061c"]
MARKUP = ["[bold red]alarm[/]", "[link=https://evil.example]click[/link]", "[/]", "[blink]x"]
RAW_FORBIDDEN = ["\x1b", "\x07", "\x08", "\x9b", "\x7f", "\r"]
RAW_FORBIDDEN += list("\u202e\u202c\u2066\u2069\u200f\u061c")


def hostile_record(text: str) -> dict:
    return {
        "type": "direct",
        "quote": {"text": text, "start": 0, "end": len(text)},
        "cue": {"text": f"said{text}", "start": 0, "end": 4, "negated": False},
        "speaker": {"name": f"Ann {text}", "resolution": "explicit"},
        "relayed_by": {"name": f"Radio {text}"},
        "hedges": [{"type": "reported", "text": f"reportedly {text}"}],
        "stance": "hearsay",
    }


def render(renderable) -> str:
    out = io.StringIO()
    Console(file=out, force_terminal=True, color_system="truecolor", width=200).print(renderable)
    return out.getvalue()


@pytest.mark.parametrize("payload", ESC_SEQUENCES + BIDI)
def test_sanitize_leaves_no_control_or_bidi_character(payload):
    shown = sanitize(f"He said {payload} today.\nNext line\tok")
    assert not any(ch in shown for ch in RAW_FORBIDDEN)
    assert "\n" in shown and "\t" in shown  # layout characters stay
    assert "\\x1b" in sanitize("\x1b") and "\\u202e" in sanitize("\u202e")


def test_windows_line_ends_show_as_line_breaks():
    assert sanitize("one\r\ntwo\rthree") == "one\ntwo\\x0dthree"


def test_plain_text_is_returned_unchanged():
    text = "Zelenskyy’s “peace plan” — 70% (2024) 🇺🇦 café\nnext"
    assert sanitize(text) is text


@pytest.mark.parametrize("payload", ESC_SEQUENCES + BIDI + MARKUP)
def test_table_shows_hostile_text_inert(payload):
    raw = render(records_table([hostile_record(payload)]))
    # The only escape sequences left are rich's own styling (SGR: ESC [ ... m).
    leftover = re.sub(r"\x1b\[[0-9;]*m", "", raw)
    assert not any(ch in leftover for ch in RAW_FORBIDDEN), repr(leftover)
    if payload in MARKUP:
        assert payload in leftover  # the quote cell shows the tags as typed
    assert "\x1b]8" not in raw  # never an active hyperlink


def test_markup_in_quotes_is_printed_literally():
    out = io.StringIO()
    Console(file=out, width=200).print(records_table([hostile_record("[bold red]alarm[/]")]))
    assert "[bold red]alarm[/]" in out.getvalue()


def test_one_line_messages_cannot_forge_lines():
    assert one_line("doc\nquotes extract: all good\r\x1b[2K") == (
        "doc\\nquotes extract: all good\\x0d\\x1b[2K"
    )
    assert "\n" not in one_line(ValueError("a\nb"))


def test_plain_is_never_markup():
    assert plain("[bold]x[/]").plain == "[bold]x[/]"
    assert plain("\x1b[1m").plain == "\\x1b[1m"
