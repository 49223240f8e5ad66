"""Rich renderables for the review screen: the article with highlights, list rows, details.

Article text is untrusted: it is never parsed as markup (only ``rich.text.Text`` built from
plain strings) and every character goes through ``quotes.write.terminal.sanitize``. Since
sanitising can lengthen the text (``\\x1b``), highlights are placed through an offset map.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quotes.review.store import ReviewState
from quotes.write.terminal import sanitize

# One colour per hedge class, so a reader can tell distancing ("claimed") from
# hearsay ("reportedly") at a glance. Unknown classes get the default.
HEDGE_STYLES: dict[str, str] = {
    "distancing": "bold magenta",
    "alleged": "magenta",
    "rumored": "magenta",
    "speculative": "yellow",
    "modal": "yellow",
    "factive": "green",
    "booster": "green",
    "denial": "bold red",
    "negated": "red",
    "unattributed": "red",
    "anonymous": "bright_red",
    "reported": "cyan",
    "according_to": "cyan",
    "relayed": "blue",
}
DEFAULT_HEDGE_STYLE = "cyan"

QUOTE_STYLE = "on #303a52"
MENTION_STYLE = "bold underline"
ANTECEDENT_STYLE = "italic underline"  # the name a pronoun or description stands for
CUE_STYLE = "bold"
OTHER_QUOTE_STYLE = "underline dim"

STATUS_MARKS: dict[str, tuple[str, str]] = {
    "pending": ("·", "dim"),
    "accepted": ("✓", "bold green"),
    "rejected": ("✗", "bold red"),
    "corrected": ("✎", "bold yellow"),
}

TYPE_SHORT = {
    "direct": "dir",
    "indirect": "ind",
    "mixed": "mix",
    "according_to": "acc",
    "unattributed": "una",
}


class SafeText:
    """A document's text made safe to show, with a map from original to shown offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = []
        self._map: list[int] = []
        pos = 0
        for ch in text:
            self._map.append(pos)
            shown = sanitize(ch)
            pieces.append(shown)
            pos += len(shown)
        self._map.append(pos)
        self.shown = "".join(pieces)

    def at(self, offset: int) -> int:
        """Shown offset of an original offset (clamped to the text)."""
        return self._map[max(0, min(offset, len(self.text)))]

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each non-blank line, in original offsets."""
        return [
            (m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()
        ]

    def paragraph(
        self,
        span: tuple[int, int],
        record: dict[str, Any] | None = None,
        others: Iterable[dict[str, Any]] = (),
    ) -> Text:
        """One paragraph as Text, with ``record`` highlighted when it falls inside."""
        start, end = span
        base = self.at(start)
        out = Text(self.shown[base : self.at(end)])

        def mark(s: int, e: int, style: str) -> None:
            s, e = max(s, start), min(e, end)
            if s < e:
                out.stylize(style, self.at(s) - base, self.at(e) - base)

        for other in others:
            q = other["quote"]
            mark(q["start"], q["end"], OTHER_QUOTE_STYLE)
        if record is not None:
            for s, e in record_ranges(record):
                mark(s, e, QUOTE_STYLE)
            speaker = record.get("speaker") or {}
            antecedent = _span_of(speaker.get("antecedent"))
            if antecedent:
                mark(antecedent["start"], antecedent["end"], ANTECEDENT_STYLE)
            mention = speaker.get("mention")
            if mention:
                mark(mention["start"], mention["end"], MENTION_STYLE)
            cue = record.get("cue")
            if cue:
                mark(cue["start"], cue["end"], CUE_STYLE)
            for hedge in record.get("hedges") or []:
                mark(hedge["start"], hedge["end"], hedge_style(hedge["type"]))
        return out


def _span_of(value: Any) -> dict[str, Any] | None:
    """A {text, start, end} object, or None for anything else (older records have none)."""
    if isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(
        value.get("end"), int
    ):
        return value
    return None


def resolution_span(record: dict[str, Any]) -> dict[str, Any] | None:
    """What the speaker was resolved through: the antecedent a pronoun stands for, else
    the mention itself ("why this speaker")."""
    speaker = record.get("speaker") or {}
    return _span_of(speaker.get("antecedent")) or _span_of(speaker.get("mention"))


def record_ranges(record: dict[str, Any]) -> list[tuple[int, int]]:
    """Every place the quote stands (repeats included), first one first."""
    q = record["quote"]
    ranges = [(p["start"], p["end"]) for p in record.get("positions") or []]
    return ranges or [(q["start"], q["end"])]


def hedge_style(kind: str) -> str:
    return HEDGE_STYLES.get(kind, DEFAULT_HEDGE_STYLE)


def effective(record: dict[str, Any], state: ReviewState | None) -> dict[str, Any]:
    """The record as the reviewer left it, merged as ``quotes export`` readers merge it.

    A speaker renamed to someone else loses the machine's title and ids (they belong to
    the person the machine guessed), the same rule as :func:`quotes.export._review.effective`.
    """
    if state is None or not state.corrected:
        return record
    from quotes.export._review import effective as exported

    out = exported({**record, "review": {"status": state.status, "corrected": state.corrected}})
    out.pop("review", None)
    return out


def speaker_name(record: dict[str, Any]) -> str:
    speaker = record.get("speaker") or {}
    if speaker.get("name"):
        return str(speaker["name"])
    mention = speaker.get("mention")
    return f"({mention['text']})" if mention else "—"


def short_speaker(record: dict[str, Any]) -> str:
    """The list's speaker cell: a person's surname, anything else as written."""
    speaker = record.get("speaker") or {}
    name = speaker.get("name")
    if name and speaker.get("kind") == "person" and len(name.split()) > 1:
        return name.split()[-1]
    return speaker_name(record)


NOTE_MARK = "¶"  # in the list: this record has a note


def status_mark(status: str, note: bool = False) -> Text:
    mark, style = STATUS_MARKS.get(status, STATUS_MARKS["pending"])
    out = Text(mark, style=style)
    if note:
        out.append(NOTE_MARK, style="bold cyan")
    return out


def first_words(text: str, width: int = 40) -> str:
    flat = " ".join(sanitize(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def row_cells(record: dict[str, Any], state: ReviewState | None) -> tuple[Text, Text, Text, Text]:
    """Cells of the attribution list: status, type, speaker, first words."""
    eff = effective(record, state)
    status = state.status if state else "pending"
    return (
        status_mark(status, bool(state and state.note)),
        Text(TYPE_SHORT.get(eff["type"], eff["type"])),
        Text(first_words(short_speaker(eff), 14)),
        Text(first_words(eff["quote"]["text"])),
    )


def details(record: dict[str, Any], state: ReviewState | None) -> RenderableType:
    """The fields of the current record, corrections shown next to the machine's values."""
    eff = effective(record, state)
    fixes = state.corrected if state else {}
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True, min_width=10)
    grid.add_column()

    def row(label: str, value: Text | str) -> None:
        grid.add_row(label, value if isinstance(value, Text) else Text(sanitize(value)))

    type_text = Text(eff["type"])
    if "type" in fixes:
        type_text.append(f"  (was {record['type']})", style="dim")
    row("Type", type_text)
    spk = eff.get("speaker") or {}
    who = Text(sanitize(speaker_name(eff)))
    if spk.get("kind") and spk.get("kind") != "unknown":
        who.append(f"  {spk['kind']}", style="dim")
    if "speaker" in fixes:
        was = speaker_name(record)
        who.append(f"  (was {sanitize(was)})", style="dim")
    row("Speaker", who)
    if spk.get("title"):
        row("Title", spk["title"])
    mention = _span_of(spk.get("mention"))
    antecedent = _span_of(spk.get("antecedent"))
    res = Text(sanitize(spk.get("resolution", "unresolved")))
    if mention:
        res.append(f"  from “{sanitize(first_words(mention.get('text', ''), 30))}”",
                   style="dim")
    if antecedent:
        res.append(f" → “{sanitize(first_words(antecedent.get('text', ''), 30))}”",
                   style="dim")
    if mention or antecedent:
        res.append("  (w)", style="dim")
    row("Resolved", res)
    cue = eff.get("cue")
    if cue:
        cue_text = Text(sanitize(cue["text"]), style=CUE_STYLE)
        if cue.get("class"):
            cue_text.append(f"  {cue['class']}", style="dim")
        if cue.get("negated"):
            cue_text.append("  negated", style="red")
        if "cue" in fixes:
            was = (record.get("cue") or {}).get("text")
            cue_text.append(f"  (was {sanitize(was) if was else 'none'})", style="dim")
        row("Cue", cue_text)
    row("Confidence", f"{float(record.get('confidence', 0)):.2f}")
    hedges = record.get("hedges") or []
    if hedges:
        htext = Text()
        for i, h in enumerate(hedges):
            if i:
                htext.append(", ")
            htext.append(sanitize(h["text"]), style=hedge_style(h["type"]))
            htext.append(f" {h['type']}", style="dim")
        row("Hedges", htext)
    if record.get("stance"):
        row("Stance", record["stance"])
    relay = record.get("relayed_by")
    if relay:
        row("Relay", f"{relay['name']} (“{relay['text']}”)")
    quote = Text(sanitize(eff["quote"]["text"]))
    if "quote" in fixes:
        quote.append(f"  (was {record['quote']['start']}-{record['quote']['end']})",
                     style="dim")
    row("Quote", quote)
    parts: list[RenderableType] = []
    if state is not None and (state.decided or state.note):
        # First, so a long record never pushes the reviewer's own words out of sight.
        review = Text()
        review.append_text(status_mark(state.status))
        review.append(f" {state.status}")
        if state.reviewer:
            review.append(f" by {sanitize(state.reviewer)}", style="dim")
        if state.note:
            review.append("\nNote: ", style="bold")
            review.append(sanitize(state.note))
        parts.append(review)
    parts.append(grid)
    return Group(*parts)
