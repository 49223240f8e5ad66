"""A rich table of records, for a person at a terminal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.table import Table
from rich.text import Text

STANCE_STYLE = {
    "neutral": "white",
    "endorsed": "green",
    "distanced": "yellow",
    "hedged": "cyan",
    "hearsay": "magenta",
    "denied": "red",
    "negated": "red",
    "unsourced": "bold magenta",
}


def safe_text(value: str | None, style: str = "") -> Text:
    """Article text for the terminal: never rich markup, never control characters."""
    from quotes.write.terminal import sanitize

    return Text(sanitize(value or ""), style=style)


def records_table(records: Iterable[dict[str, Any]], title: str | None = None) -> Table:
    """One row per record: speaker, type, cue, stance and hedges, the quote."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("type", no_wrap=True)
    table.add_column("cue", ratio=1)
    table.add_column("stance / hedges", ratio=2)
    table.add_column("quote", ratio=6)
    for n, rec in enumerate(records, 1):
        spk = rec.get("speaker") or {}
        name = spk.get("name") or "(unresolved)"
        speaker_cell = safe_text(name, "bold" if spk.get("name") else "dim italic")
        if spk.get("resolution") and spk.get("resolution") != "explicit":
            speaker_cell.append(Text(f"\n{spk['resolution']}", style="dim"))
        cue = rec.get("cue") or {}
        stance = rec.get("stance") or "neutral"
        hedge_cell = Text(stance, style=STANCE_STYLE.get(stance, "white"))
        for h in rec.get("hedges") or []:
            hedge_cell.append("\n")
            hedge_cell.append_text(safe_text(f"{h.get('type')}: {h.get('text')}", "dim"))
        quote = (rec.get("quote") or {}).get("text", "")
        table.add_row(
            str(n),
            speaker_cell,
            rec.get("type", ""),
            safe_text(cue.get("text", "")),
            hedge_cell,
            safe_text(quote if len(quote) < 400 else quote[:397] + "..."),
        )
    return table
