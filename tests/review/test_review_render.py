"""Article text is untrusted: shown escaped, never as markup, highlights still in place."""

from __future__ import annotations

import io

from rich.console import Console

from quotes.review.render import SafeText, details, row_cells


def test_control_characters_are_escaped_and_highlight_stays_on_the_quote():
    text = 'Evil\x1b[31m corp said "[bold]we won[/bold]" today.\n'
    start = text.index("[bold]")
    end = text.index('" today')
    record = {"quote": {"text": text[start:end], "start": start, "end": end},
              "speaker": None, "cue": None, "hedges": []}
    safe = SafeText(text)
    para = safe.paragraph(safe.paragraphs()[0], record)
    assert "\x1b" not in para.plain
    assert "\\x1b[31m" in para.plain
    assert "[bold]we won[/bold]" in para.plain  # markup shown as typed, not applied
    (span,) = para.spans
    assert para.plain[span.start:span.end] == "[bold]we won[/bold]"


def test_bidi_override_in_a_speaker_name_is_escaped():
    record = {"id": "x", "type": "direct",
              "quote": {"text": "hi", "start": 0, "end": 2}, "cue": None, "hedges": [],
              "speaker": {"name": "Ann\u202eevil", "kind": "person", "resolution": "explicit",
                          "mention": None}, "confidence": 0.5}
    cells = row_cells(record, None)
    assert "\u202e" not in "".join(c.plain for c in cells)
    console = Console(width=60, record=True, file=io.StringIO())
    console.print(details(record, None))
    shown = console.export_text()
    assert "\u202e" not in shown
    assert "Ann\\u202eevil" in shown
