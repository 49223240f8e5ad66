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


def records_table(records: Iterable[dict[str, Any]], title: str | None = None) -> Table:
    """One row per record: speaker, cue and type, stance and hedges, the quote."""
    rows = list(records)
    seen = {r.get("stance") or "neutral" for r in rows}
    table = Table(title=title, show_lines=True, expand=True, caption=legend(seen))
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", ratio=2, min_width=10)
    table.add_column("cue / type", ratio=1, min_width=12)
    table.add_column("stance / hedges", ratio=2, min_width=13)
    table.add_column("quote", ratio=5, min_width=20)
    for n, rec in enumerate(rows, 1):
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
        table.add_row(
            str(n),
            speaker_cell,
            cue_cell,
            hedge_cell,
            safe_text(quote),
        )
    return table
