"""The small dialogs of the review screen: help, speaker, type, note, filter, yes/no."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from quotes.records.attribution import ATTRIBUTION_TYPES
from quotes.review.render import HEDGE_STYLES, STATUS_MARKS, hedge_style
from quotes.review.store import STATUSES
from quotes.write.terminal import sanitize

# Not scoped (SCOPED_CSS = False): scoped default CSS would prefix every selector with
# the screen's own type, and these rules must style the screen and the box inside it.
DIALOG_CSS = """
ModalScreen {
    align: center middle;
}
ModalScreen > Vertical {
    width: 64;
    max-width: 95%;
    height: auto;
    max-height: 90%;
    border: thick $accent;
    background: $surface;
    padding: 0 1;
}
ModalScreen .hint {
    color: $text-muted;
}
ModalScreen OptionList {
    height: auto;
    max-height: 8;
}
ModalScreen Horizontal {
    height: auto;
    align-horizontal: right;
}
ModalScreen Button {
    margin: 0 1;
}
#help-box {
    width: 84;
}
#span-box {
    width: 90%;
}
#span-scroll {
    height: auto;
    max-height: 12;
}
"""

KEY_HELP: list[tuple[str, str]] = [
    ("↓ j / ↑ k", "next / previous attribution (mouse: click a row)"),
    ("g Home / G End", "first / last attribution"),
    ("a", "accept (the record is right) and go to the next"),
    ("r", "reject (not an attribution, or wrong) and go to the next"),
    ("s", "correct the speaker (→ completes a name; empty = no speaker)"),
    ("t", "change the type (direct, indirect, mixed, according_to, unattributed)"),
    ("c", "add or edit a note"),
    ("e", "move the quote's start and end by word (the span the tool found)"),
    ("v", "change the cue (the words that introduce the quote)"),
    ("m", "mark a quote the tool missed, with its speaker"),
    ("w", "why this speaker: jump to the mention it was resolved through"),
    ("z", "article at full width (for narrow terminals); z again returns"),
    ("u  ctrl+z", "undo your last decision (also after reopening)"),
    ("n", "jump to the next unreviewed attribution"),
    ("f", "filter by status, speaker or hedge; F clears the filter"),
    ("A / R", "accept / reject every undecided record the filter shows (asks first)"),
    ("/", "search quotes, speakers and the article (Enter again: next match)"),
    ("] / [", "next / previous article (n also moves on when an article is done)"),
    ("?", "this help"),
    ("q  ctrl+c", "quit: every decision is already saved"),
]


class HelpScreen(ModalScreen[None]):
    """Keys, marks and colours."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold cyan", no_wrap=True)
        keys.add_column()
        for key, what in KEY_HELP:
            keys.add_row(key, what)
        marks = Text("Status: ")
        for status, (mark, style) in STATUS_MARKS.items():
            marks.append(mark, style=style)
            marks.append(f" {status}  ")
        legend = Text("Article: ")
        legend.append("quote", style="on #303a52")
        legend.append("  ")
        legend.append("speaker mention", style="bold underline")
        legend.append("  ")
        legend.append("cue", style="bold")
        legend.append("  ")
        legend.append("other quotes", style="underline dim")
        hedges = Text("Hedges: ")
        for kind in HEDGE_STYLES:
            hedges.append(kind, style=hedge_style(kind))
            hedges.append(" ")
        with Vertical(id="help-box"):
            yield Label(Text("Reviewing attributions", style="bold"))
            with VerticalScroll():
                yield Static(keys)
                yield Static(Text(""))
                yield Static(marks)
                yield Static(legend)
                yield Static(hedges)
                yield Static(
                    Text(
                        "Every decision is written to the review store the moment you make "
                        "it; reopening the article resumes at the first unreviewed one.",
                        style="italic",
                    )
                )
            yield Label("Esc or ? closes", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)


class SpeakerScreen(ModalScreen["str | None"]):
    """Type the right speaker; names from the article and the registry complete as you type.

    Dismisses with the name (``""`` for "no speaker"), or None when cancelled.
    """

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str, names: Sequence[str], quote: str) -> None:
        super().__init__()
        self.current = current
        self.names = list(dict.fromkeys(n for n in names if n))
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(f"Speaker of “{self.quote}”", style="bold"))
            yield Input(
                value=self.current,
                placeholder="speaker name",
                suggester=SuggestFromList(self.names, case_sensitive=False),
                id="speaker-input",
            )
            yield OptionList(*self._options(""), id="speaker-options")
            yield Label("Enter saves · → completes · ↓ list · Esc cancels",
                        classes="hint")

    def _options(self, typed: str) -> list[Option]:
        needle = typed.strip().lower()
        hits = [n for n in self.names if needle in n.lower()] if needle else self.names
        return [Option(Text(sanitize(n)), id=f"n{self.names.index(n)}") for n in hits[:30]]

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one("#speaker-options", OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def on_key(self, event: Any) -> None:
        options = self.query_one("#speaker-options", OptionList)
        if event.key == "down" and self.focused is self.query_one("#speaker-input"):
            if options.option_count:
                options.focus()
                options.highlighted = 0
                event.stop()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.names[int(event.option.id[1:])])

    def action_cancel(self) -> None:
        self.dismiss(None)


class TypeScreen(ModalScreen["str | None"]):
    """Pick the attribution type (arrows + Enter, or its number)."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [Binding("escape", "cancel", "Cancel")] + [
        Binding(str(i + 1), f"pick({i})", t, show=False) for i, t in enumerate(ATTRIBUTION_TYPES)
    ]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("Attribution type", style="bold"))
            yield OptionList(
                *[Option(f"{i + 1}  {t}", id=t) for i, t in enumerate(ATTRIBUTION_TYPES)],
                id="type-options",
            )
            yield Label("Enter or 1-5 picks · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current in ATTRIBUTION_TYPES:
            options.highlighted = ATTRIBUTION_TYPES.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_pick(self, index: int) -> None:
        self.dismiss(ATTRIBUTION_TYPES[index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteScreen(ModalScreen["str | None"]):
    """Write a note for the record (empty clears it)."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("Note", style="bold"))
            yield Input(value=self.current, placeholder="why, what to check…", id="note-input")
            yield Label("Enter saves (empty clears) · Esc cancels", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskScreen(ModalScreen["str | None"]):
    """One line of text: search words, a cue word. Dismisses with it, or None (Esc)."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    TITLE_TEXT = "Search"
    PLACEHOLDER = "words of a quote or a name"
    HINT = "Enter finds the next match · Esc cancels"

    def __init__(self, current: str, title: str | None = None) -> None:
        super().__init__()
        self.current = current
        self.title_text = title or self.TITLE_TEXT

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(sanitize(self.title_text), style="bold"))
            yield Input(value=self.current, placeholder=self.PLACEHOLDER, id="ask-input")
            yield Label(self.HINT, classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class SearchScreen(AskScreen):
    """Words to find in the quotes, speakers and mentions of the list, then in the article."""


class CueScreen(AskScreen):
    """The word(s) that really introduce the quote ("warned", "according to")."""

    TITLE_TEXT = "Cue"
    PLACEHOLDER = "the cue as written near the quote"
    HINT = "Enter takes the nearest such words in the article · Esc cancels"


class SpanScreen(ModalScreen["tuple[int, int] | None"]):
    """Move the quote's start and end word by word, seeing the words around it."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "save", "Save"),
        Binding("left,h", "start(-1)", "Start earlier", show=False),
        Binding("right,l", "start(1)", "Start later", show=False),
        Binding("shift+left,H", "end(-1)", "End earlier", show=False),
        Binding("shift+right,L", "end(1)", "End later", show=False),
    ]

    def __init__(self, text: str, start: int, end: int, context: tuple[int, int]) -> None:
        super().__init__()
        self.text = text
        self.start = start
        self.end = end
        self.context = (min(context[0], start), max(context[1], end))

    def compose(self) -> ComposeResult:
        with Vertical(id="span-box"):
            yield Label(Text("Quote span", style="bold"))
            with VerticalScroll(id="span-scroll"):
                yield Static(self._preview(), id="span-preview")
            yield Label("← → start by a word (h l) · shift+← → end (H L) · Enter saves · "
                        "Esc cancels", classes="hint")

    def _preview(self) -> Text:
        cs, ce = self.context
        out = Text()
        out.append(sanitize(self.text[cs:self.start]), style="dim")
        out.append(sanitize(self.text[self.start:self.end]), style="bold on #303a52")
        out.append(sanitize(self.text[self.end:ce]), style="dim")
        return out

    def _redraw(self) -> None:
        self.query_one("#span-preview", Static).update(self._preview())

    def action_start(self, step: int) -> None:
        from quotes.review.edit import move_start

        self.start = move_start(self.text, self.start, self.end, step)
        self.context = (min(self.context[0], self.start), self.context[1])
        self._redraw()

    def action_end(self, step: int) -> None:
        from quotes.review.edit import move_end

        self.end = move_end(self.text, self.start, self.end, step)
        self.context = (self.context[0], max(self.context[1], self.end))
        self._redraw()

    def action_save(self) -> None:
        self.dismiss((self.start, self.end))

    def action_cancel(self) -> None:
        self.dismiss(None)


class AddQuoteScreen(ModalScreen["dict[str, str] | None"]):
    """A quote the tool missed: its words as they stand in the article, its speaker, its type."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "apply", "Add")]

    def __init__(self, names: Sequence[str], words: str = "") -> None:
        super().__init__()
        self.names = list(dict.fromkeys(n for n in names if n))
        self.words = words

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("Add a missed quote", style="bold"))
            yield Input(value=self.words, placeholder="the quote's words, as in the article",
                        id="add-words")
            yield Input(placeholder="speaker name (empty: unknown)", id="add-speaker",
                        suggester=SuggestFromList(self.names, case_sensitive=False))
            yield Select([(t, t) for t in ATTRIBUTION_TYPES], value="direct",
                         allow_blank=False, id="add-type")
            yield Label("Tab moves · Enter in the speaker field or ctrl+s adds · Esc cancels",
                        classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "add-words":
            self.query_one("#add-speaker", Input).focus()
        else:
            self.action_apply()

    def action_apply(self) -> None:
        words = self.query_one("#add-words", Input).value.strip()
        if not words:
            self.query_one("#add-words", Input).focus()
            return
        self.dismiss({
            "words": words,
            "speaker": self.query_one("#add-speaker", Input).value.strip(),
            "type": str(self.query_one("#add-type", Select).value),
        })

    def action_cancel(self) -> None:
        self.dismiss(None)


class FilterScreen(ModalScreen["dict[str, str] | None"]):
    """Show only records with a status, a speaker, a hedge class (any combination)."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "apply", "Apply")]

    def __init__(self, current: dict[str, str], speakers: Sequence[str], hedges: Sequence[str]):
        super().__init__()
        self.current = current
        self.speakers = list(speakers)
        self.hedges = list(hedges)

    def compose(self) -> ComposeResult:
        def select(key: str, values: Sequence[str], prompt: str) -> Select[str]:
            cur = self.current.get(key)
            return Select(
                [(Text(sanitize(v)), v) for v in values],
                prompt=prompt,
                value=cur if cur in values else Select.NULL,
                id=f"filter-{key}",
            )

        with Vertical():
            yield Label(Text("Filter attributions", style="bold"))
            yield select("status", STATUSES, "any status")
            yield select("speaker", self.speakers, "any speaker")
            yield select("hedge", self.hedges, "any hedge")
            with Horizontal():
                yield Button("Clear", id="clear")
                yield Button("Apply", id="apply", variant="primary")
            yield Label("Tab moves · Enter opens a list · ctrl+s applies · Esc cancels",
                        classes="hint")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "clear":
            self.dismiss({})
        else:
            self.action_apply()

    def action_apply(self) -> None:
        chosen: dict[str, str] = {}
        for key in ("status", "speaker", "hedge"):
            value = self.query_one(f"#filter-{key}", Select).value
            if value is not Select.NULL and value is not None:
                chosen[key] = str(value)
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question (y, n, Esc = no)."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False
    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(sanitize(self.question)))
            with Horizontal():
                yield Button("No (n)", id="no")
                yield Button("Yes (y)", id="yes", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
