"""A rich table of records, for a person at a terminal.

Stance shows as a coloured label, and each hedge as a coloured tag in the colour of the
stance it leads to, so a reader sees at a glance which claims are second-hand, unsourced,
distanced or denied.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.table import Table
from rich.text import Text

from quotes.records.attribution import words_said

# Stance -> (label colour, short description for the legend).
STANCE_STYLE: dict[str, tuple[str, str]] = {
    "negated": ("bold white on red", "cue negated: not a claim"),
    "denied": ("bold red", "speaker denies it"),
    "unsourced": ("bold white on magenta", "nobody named"),
    "distanced": ("bold yellow", "writer keeps distance"),
    "hearsay": ("bold magenta", "second-hand or unnamed source"),
    "hedged": ("bold cyan", "only possible or believed"),
    "endorsed": ("bold green", "presented as fact"),
    "neutral": ("dim", "said, told, according to"),
}
# Hedge type -> colour: the colour of the stance that type leads to.
HEDGE_STYLE: dict[str, str] = {
    "negated": "red",
    "denial": "red",
    "unattributed": "magenta",
    "distancing": "yellow",
    "alleged": "yellow",
    "reported": "magenta",
    "rumored": "magenta",
    "relayed": "magenta",
    "anonymous": "magenta",
    "speculative": "cyan",
    "modal": "cyan",
    "factive": "green",
    "booster": "blue",
    "emphatic": "blue",
}
MAX_QUOTE = 400
SIDE_WIDTH = 26  # the widest the side columns get; names wrap past it
SIDE_WIDTH_COMPACT = 18
COMPACT_BELOW = 110  # terminal columns under which cue, type and stance share a column
TYPE_WIDTH = len("unattributed")  # the longest record type, so none is cut


def safe_text(value: str | None, style: str = "") -> Text:
    """Article text for the terminal: never rich markup, never control characters."""
    from quotes.write.terminal import sanitize

    return Text(sanitize(value or ""), style=style)


def stance_label(stance: str | None) -> Text:
    """The stance as a coloured label, upper-cased so it reads as a badge."""
    name = stance or "neutral"
    style = STANCE_STYLE.get(name, ("white", ""))[0]
    out = Text()
    out.append(f" {name.upper()} ", style=style)
    return out


def hedge_tags(hedges: list[dict[str, Any]]) -> Text:
    """One line per hedge: its type in colour, then the words that carry it."""
    out = Text()
    for h in hedges:
        htype = str(h.get("type") or "")
        out.append("\n")
        out.append(htype, style=HEDGE_STYLE.get(htype, "white"))
        out.append(" ")
        out.append_text(safe_text(f"“{h.get('text', '')}”", "dim"))
    return out


def legend(stances: Iterable[str]) -> Text:
    """A caption naming the stances the table shows."""
    out = Text()
    for name in STANCE_STYLE:
        if name not in stances:
            continue
        if out:
            out.append("  ")
        out.append_text(stance_label(name))
        out.append(f" {STANCE_STYLE[name][1]}", style="dim")
    return out


def records_table(records: Iterable[dict[str, Any]], title: str | None = None,
                  width: int | None = None, start: int = 1) -> Table:
    """One row per record: speaker, cue and type, stance and hedges, the quote.

    Only the quote column has a ratio, so on a wide terminal it takes the room; the
    others are as wide as their content, within bounds. Below ``COMPACT_BELOW`` columns
    (``width``, when known) cue, type, stance and hedges share one column, so the quote
    keeps a readable width at 80; a type is never cut ("indi…").
    """
    rows = list(records)
    seen = {r.get("stance") or "neutral" for r in rows}
    compact = width is not None and width < COMPACT_BELOW
    side = SIDE_WIDTH_COMPACT if compact else SIDE_WIDTH
    table = Table(title=title, show_lines=True, expand=True, caption=legend(seen))
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", min_width=10, max_width=side)
    if compact:
        table.add_column("cue / type / stance", min_width=TYPE_WIDTH, max_width=side)
    else:
        table.add_column("cue / type", min_width=TYPE_WIDTH, max_width=side)
        table.add_column("stance / hedges", min_width=13, max_width=side)
    table.add_column("quote", ratio=1, min_width=20)
    for n, rec in enumerate(rows, start):
        spk = rec.get("speaker") or {}
        name = spk.get("name") or (
            "(nobody named)" if rec.get("type") == "unattributed" else "(unresolved)"
        )
        speaker_cell = safe_text(name, "bold" if spk.get("name") else "dim italic")
        if spk.get("resolution") and spk.get("resolution") != "explicit":
            speaker_cell.append(Text(f"\n{spk['resolution']}", style="dim"))
        relay = rec.get("relayed_by") or {}
        if relay.get("name"):
            speaker_cell.append_text(safe_text(f"\nvia {relay['name']}", "magenta"))
        cue = rec.get("cue") or {}
        cue_cell = safe_text(cue.get("text", ""))
        if cue.get("negated"):
            cue_cell.append(" (negated)", style="red")
        cue_cell.append(f"\n{rec.get('type', '')}", style="dim")
        stance = rec.get("stance") or "neutral"
        hedge_cell = stance_label(stance)
        hedge_cell.append_text(hedge_tags(rec.get("hedges") or []))
        # The words said: an interrupted quote shows its parts, not the cue between them.
        quote = words_said(rec.get("quote") or {})
        if len(quote) >= MAX_QUOTE:
            quote = quote[: MAX_QUOTE - 3] + "..."
        middle = ([cue_cell + Text("\n") + hedge_cell] if compact else [cue_cell, hedge_cell])
        table.add_row(str(n), speaker_cell, *middle, safe_text(quote))
    return table


class RecordsView:
    """The records as a person reads them: one table per document, sized to the terminal.

    A rich renderable, so the layout is chosen when the console's width is known; with
    records from several documents each document gets its own titled table (its id and
    record count), numbered on from the previous one.
    """

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.records = list(records)

    def __rich_console__(self, console, options):
        groups: dict[str, list[dict[str, Any]]] = {}
        for rec in self.records:
            groups.setdefault(str(rec.get("doc_id", "")), []).append(rec)
        width = options.max_width
        if len(groups) <= 1:
            yield records_table(self.records, width=width)
            return
        n = 1
        for doc_id, rows in groups.items():
            title = safe_text(doc_id, "bold")
            title.append(f"  {len(rows)} record{'s' if len(rows) != 1 else ''}", style="dim")
            yield records_table(rows, title=title, width=width, start=n)  # type: ignore[arg-type]
            n += len(rows)
