"""The terminal table at 80 and 200 columns, and over several documents."""

from __future__ import annotations

import pytest
from rich.console import Console

from quotes.records import Attribution, Cue, DocumentMeta, Speaker, TextSpan
from quotes.write.table import RecordsView

LONG = ("the harbour bridge will reopen in May after the inspectors have signed off every "
        "weld, every cable and every one of the new lamp posts along the promenade")


def rec(doc_id: str, type_: str, quote: str = LONG, name: str | None = "Ana Ruiz") -> dict:
    return Attribution(
        doc_id=doc_id, type=type_, quote=TextSpan(quote, 10, 10 + len(quote)),  # type: ignore[arg-type]
        cue=Cue("said", 0, 4, "say") if type_ != "unattributed" else None,
        speaker=Speaker(name, "person", "explicit") if name else Speaker(None, "unknown",
                                                                          "unresolved"),
        document=DocumentMeta(id=doc_id),
    ).to_dict()


RECORDS = [rec("harbour.txt", "indirect"), rec("harbour.txt", "according_to"),
           rec("ferry.txt", "unattributed", name=None), rec("ferry.txt", "mixed")]


def render(records: list[dict], width: int) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(RecordsView(records))
    return console.export_text()


def header_widths(text: str) -> list[int]:
    """Widths of the columns of the first table, from its top border."""
    top = next(line for line in text.splitlines() if line.startswith("┏"))
    return [len(cell) for cell in top.strip("┏┓").split("┳")]


@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_every_type_is_shown_whole(width):
    text = render(RECORDS, width)
    for type_ in ("indirect", "according_to", "unattributed", "mixed"):
        assert type_ in text, f"{type_} cut at {width} columns"
    assert "…" not in text


def test_at_80_columns_the_quote_keeps_a_readable_width():
    widths = header_widths(render(RECORDS, 80))
    assert widths[-1] >= 30, widths


def test_at_200_columns_the_quote_takes_the_room():
    widths = header_widths(render(RECORDS, 200))
    assert widths[-1] >= 120, widths
    assert widths[-1] > 3 * max(widths[1:-1]), widths
    assert max(widths[1:-1]) <= 28  # the side columns stay as wide as their content


def test_several_documents_are_grouped_under_their_names_and_numbered_on():
    text = render(RECORDS, 120)
    assert text.index("harbour.txt") < text.index("ferry.txt")
    assert "2 records" in text
    numbers = [line.split("│")[1].strip() for line in text.splitlines()
               if line.startswith("│") and line.split("│")[1].strip()]
    assert numbers == ["1", "2", "3", "4"]


def test_one_document_has_no_title_row():
    text = render(RECORDS[:2], 120)
    assert "harbour.txt" not in text
