"""The review screen: attributions beside the article, one key per decision.

Every decision goes straight to the :class:`~quotes.review.store.ReviewStore` (committed
before the screen even updates), so quitting in any way loses nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Static

from quotes.review.render import SafeText, details, effective, row_cells, speaker_name
from quotes.review.screens import (
    ConfirmScreen,
    FilterScreen,
    HelpScreen,
    NoteScreen,
    SpeakerScreen,
    TypeScreen,
)
from quotes.review.store import ReviewState, ReviewStore
from quotes.write.terminal import sanitize

# Mentions that name nobody on their own: never offered as registry aliases.
_NOT_ALIASES = {
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their",
    "the spokesman", "the spokeswoman", "the minister", "the president", "officials",
}


class ReviewApp(App[None]):
    """Review the attribution records of one or more articles held in a review store."""

    TITLE = "quotes review"
    ENABLE_COMMAND_PALETTE = False
    CSS = """
    #left {
        width: 44%;
        min-width: 34;
    }
    #list {
        height: 1fr;
        border: round $primary;
        overflow-x: hidden;
    }
    #list:focus {
        border: round $accent;
    }
    #details {
        height: auto;
        max-height: 12;
        border: round $primary;
        padding: 0 1;
    }
    #article {
        width: 1fr;
        border: round $primary;
        padding: 0 1;
    }
    #article .para {
        margin-bottom: 1;
    }
    """
    BINDINGS = [
        Binding("question_mark", "help", "Help"),
        Binding("a", "accept", "Accept"),
        Binding("r", "reject", "Reject"),
        Binding("s", "speaker", "Speaker"),
        Binding("t", "type", "Type"),
        Binding("c", "note", "Note"),
        Binding("u,ctrl+z", "undo", "Undo"),
        Binding("n", "next_unreviewed", "To do"),
        Binding("f", "filter", "Filter"),
        Binding("F", "clear_filter", "Clear filter", show=False),
        Binding("j,down", "move(1)", "Next", show=False),
        Binding("k,up", "move(-1)", "Previous", show=False),
        Binding("right_square_bracket", "doc(1)", "Next article", show=False),
        Binding("left_square_bracket", "doc(-1)", "Previous article", show=False),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self,
        store: ReviewStore,
        doc_ids: list[str],
        reviewer: str,
        *,
        registry_path: str | Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.doc_ids = doc_ids
        self.reviewer = reviewer
        self.registry_path = Path(registry_path) if registry_path else None
        self.registry_names = _registry_names(self.registry_path)
        self.doc_index = 0
        self.records: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}
        self.states: dict[str, ReviewState] = {}
        self.listed: list[str] = []
        self.filters: dict[str, str] = {}
        self.current: str | None = None
        self.safe = SafeText("")
        self.para_spans: list[tuple[int, int]] = []
        self.para_widgets: list[Static] = []
        self._lit: set[int] = set()
        self.progress: tuple[int, int] = (0, 0)

    # -- building the screen -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="left"):
                yield DataTable(id="list", cursor_type="row", zebra_stripes=True)
                yield Static(id="details")
            yield VerticalScroll(id="article")
        yield Footer(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        table = self.query_one("#list", DataTable)
        for label, key in (("", "status"), ("type", "type"), ("speaker", "speaker"),
                           ("quote", "quote")):
            table.add_column(label, key=key)
        table.focus()
        await self.load_document(0)

    @property
    def doc_id(self) -> str:
        return self.doc_ids[self.doc_index]

    async def load_document(self, index: int) -> None:
        """Show one article: its records, its text, and the first record left to review."""
        self.doc_index = index
        doc = self.store.document(self.doc_id)
        text = doc.text if doc else ""
        self.records = self.store.records(self.doc_id)
        self.by_id = {r["id"]: r for r in self.records}
        self.states = self.store.states(self.doc_id, self.reviewer)
        self.safe = SafeText(text)
        self.para_spans = self.safe.paragraphs()
        article = self.query_one("#article", VerticalScroll)
        await article.remove_children()
        self.para_widgets = [
            Static(self.safe.paragraph(span), classes="para") for span in self.para_spans
        ]
        await article.mount_all(self.para_widgets)
        name = _short((doc.path if doc else None) or self.doc_id, 50)
        if len(self.doc_ids) > 1:
            name += f" ({index + 1}/{len(self.doc_ids)})"
        article.border_title = Text(name)
        self._lit = set()
        self.current = None
        self.rebuild_list()
        first = next((rid for rid in self.listed if not self._state(rid).decided), None)
        self.select(first or (self.listed[0] if self.listed else None))
        self.update_progress()

    def rebuild_list(self) -> None:
        """Fill the list with the records that pass the filter, keeping the cursor's record."""
        table = self.query_one("#list", DataTable)
        keep = self.current
        table.clear()
        self.listed = [r["id"] for r in self.records if self._passes(r)]
        for rid in self.listed:
            table.add_row(*row_cells(self.by_id[rid], self.states.get(rid)), key=rid)
        table.border_subtitle = Text(_describe_filter(self.filters)) if self.filters else None
        if keep in self.listed:
            self.select(keep)
        elif self.listed:
            self.select(self.listed[0])
        else:
            self.select(None)

    def _passes(self, record: dict[str, Any]) -> bool:
        state = self.states.get(record["id"])
        eff = effective(record, state)
        want = self.filters
        if "status" in want and (state.status if state else "pending") != want["status"]:
            return False
        if "speaker" in want and speaker_name(eff) != want["speaker"]:
            return False
        if "hedge" in want and not any(h["type"] == want["hedge"] for h in eff.get("hedges") or []):
            return False
        return True

    def _state(self, rid: str) -> ReviewState:
        return self.states.get(rid) or ReviewState()

    # -- showing the current record ------------------------------------------------------

    def select(self, rid: str | None) -> None:
        """Make ``rid`` current: cursor, highlighted article, details panel."""
        table = self.query_one("#list", DataTable)
        if rid is not None and rid in self.listed:
            row = self.listed.index(rid)
            if table.cursor_row != row:
                table.move_cursor(row=row, animate=False)
        self.show(rid)

    def show(self, rid: str | None) -> None:
        self.current = rid
        record = self.by_id.get(rid) if rid else None
        panel = self.query_one("#details", Static)
        if record is None:
            panel.update(Text("No attribution here." if not self.filters
                              else "No attribution matches the filter (F clears it).",
                              style="italic"))
            self._highlight(None)
            return
        panel.update(details(record, self.states.get(rid)))
        self._highlight(record)

    def _highlight(self, record: dict[str, Any] | None) -> None:
        """Re-render only the paragraphs that change, then bring the quote into view."""
        wanted: set[int] = set()
        if record is not None:
            ranges = [(record["quote"]["start"], record["quote"]["end"])]
            mention = (record.get("speaker") or {}).get("mention")
            if mention:
                ranges.append((mention["start"], mention["end"]))
            for i, (ps, pe) in enumerate(self.para_spans):
                if any(s < pe and e > ps for s, e in ranges):
                    wanted.add(i)
        for i in self._lit | wanted:
            span = self.para_spans[i]
            if i in wanted:
                self.para_widgets[i].update(self.safe.paragraph(span, record))
            else:
                self.para_widgets[i].update(self.safe.paragraph(span))
        self._lit = wanted
        if record is not None:
            quote_start = record["quote"]["start"]
            first = next(
                (i for i, (ps, pe) in enumerate(self.para_spans) if ps <= quote_start < pe),
                min(wanted) if wanted else None,
            )
            if first is not None:
                self.query_one("#article", VerticalScroll).scroll_to_center(
                    self.para_widgets[first], animate=False
                )

    def update_progress(self) -> None:
        done = sum(1 for rid in self.by_id if self._state(rid).decided)
        total = len(self.records)
        self.progress = (done, total)
        self.sub_title = sanitize(f"{self.doc_id} · {done}/{total} reviewed · {self.reviewer}")
        table = self.query_one("#list", DataTable)
        table.border_title = Text(f"{done}/{total} reviewed · {_short(self.reviewer, 16)}")

    def refresh_record(self, rid: str) -> None:
        """Read one record's state back from the store and redraw its row and panel."""
        self.states[rid] = self.store.state(self.doc_id, rid, self.reviewer)
        if rid in self.listed:
            table = self.query_one("#list", DataTable)
            cells = row_cells(self.by_id[rid], self.states[rid])
            for key, cell in zip(("status", "type", "speaker", "quote"), cells, strict=True):
                table.update_cell(rid, key, cell)
        if rid == self.current:
            self.show(rid)
        self.update_progress()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        rid = event.row_key.value if event.row_key is not None else None
        if rid != self.current:
            self.show(rid)

    # -- actions -------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if not self.listed:
            return
        if self.current not in self.listed:
            self.select(self.listed[0])
            return
        i = self.listed.index(self.current) + step
        self.select(self.listed[max(0, min(i, len(self.listed) - 1))])

    def action_accept(self) -> None:
        if self.current:
            self.store.accept(self.doc_id, self.current, self.reviewer)
            self.refresh_record(self.current)
            self.action_move(1)

    def action_reject(self) -> None:
        if self.current:
            self.store.reject(self.doc_id, self.current, self.reviewer)
            self.refresh_record(self.current)
            self.action_move(1)

    def action_undo(self) -> None:
        rid = self.store.undo(self.doc_id, self.reviewer)
        if rid is None:
            self.notify("Nothing to undo.")
            return
        self.refresh_record(rid)
        if rid in self.listed:
            self.select(rid)
        self.notify(f"Undone: back to {self._state(rid).status}.")

    def action_next_unreviewed(self) -> None:
        if not self.listed:
            return
        start = self.listed.index(self.current) + 1 if self.current in self.listed else 0
        order = self.listed[start:] + self.listed[:start]
        nxt = next((rid for rid in order if not self._state(rid).decided), None)
        if nxt is None:
            self.notify("Everything shown here is reviewed.")
        else:
            self.select(nxt)

    def action_note(self) -> None:
        rid = self.current
        if not rid:
            return

        def done(note: str | None) -> None:
            if note is not None:
                self.store.annotate(self.doc_id, rid, self.reviewer, note)
                self.refresh_record(rid)

        self.push_screen(NoteScreen(self._state(rid).note), done)

    def action_type(self) -> None:
        rid = self.current
        if not rid:
            return
        record = self.by_id[rid]
        current = effective(record, self.states.get(rid))["type"]

        def done(new: str | None) -> None:
            if new is None or new == current:
                return
            if new == record["type"]:
                self.store.decide(self.doc_id, rid, self.reviewer, drop=["type"])
            else:
                self.store.correct(self.doc_id, rid, self.reviewer, type=new)
            self.refresh_record(rid)

        self.push_screen(TypeScreen(current), done)

    def action_speaker(self) -> None:
        rid = self.current
        if not rid:
            return
        record = self.by_id[rid]
        eff = effective(record, self.states.get(rid))
        current = (eff.get("speaker") or {}).get("name") or ""
        doc_names = [
            (r.get("speaker") or {}).get("name") for r in self.records
        ] + [
            (self._state(r["id"]).corrected.get("speaker") or {}).get("name")
            for r in self.records
        ]
        names = [n for n in doc_names if n] + self.registry_names

        def done(name: str | None) -> None:
            if name is None or name == current:
                return
            fix: dict[str, Any] = {"name": name or None}
            entry = self._registry_entry(name) if name else None
            if entry is not None:
                fix["kind"] = entry.kind
                if entry.ids:
                    fix["ids"] = dict(entry.ids)
            self.store.correct(self.doc_id, rid, self.reviewer, speaker=fix)
            self.refresh_record(rid)
            if name:
                self._offer_alias(record, name)

        quote = " ".join(record["quote"]["text"].split())
        self.push_screen(SpeakerScreen(current, names, _short(quote, 40)), done)

    def action_filter(self) -> None:
        speakers = sorted({speaker_name(effective(r, self.states.get(r["id"])))
                           for r in self.records})
        hedges = sorted({h["type"] for r in self.records for h in r.get("hedges") or []})

        def done(chosen: dict[str, str] | None) -> None:
            if chosen is not None:
                self.filters = chosen
                self.rebuild_list()

        self.push_screen(FilterScreen(self.filters, speakers, hedges), done)

    def action_clear_filter(self) -> None:
        if self.filters:
            self.filters = {}
            self.rebuild_list()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    async def action_doc(self, step: int) -> None:
        target = self.doc_index + step
        if 0 <= target < len(self.doc_ids):
            await self.load_document(target)

    async def action_quit(self) -> None:
        self.exit()

    # -- the speaker registry ------------------------------------------------------------

    def _registry_entry(self, name: str) -> Any:
        if self.registry_path is None:
            return None
        from quotes.errors import QuotesError
        from quotes.speakers.registry import SpeakerRegistry

        try:
            registry = SpeakerRegistry.load(self.registry_path)
        except QuotesError:  # a broken registry must not stop the review
            return None
        return next((e for e in registry.entries if e.name == name), None)

    def _offer_alias(self, record: dict[str, Any], name: str) -> None:
        """Ask (never silently) whether the mention should become an alias of ``name``."""
        if self.registry_path is None:
            return
        mention = ((record.get("speaker") or {}).get("mention") or {}).get("text", "")
        mention = " ".join(mention.split())
        if not _alias_worthy(mention, name):
            return
        entry = self._registry_entry(name)
        if entry is not None and mention in entry.aliases:
            return
        where = self.registry_path.name
        question = (
            f"Save “{mention}” as an alias of {name} in {where}?"
            if entry is not None
            else f"Add {name} to {where}, with “{mention}” as an alias?"
        )

        def done(yes: bool | None) -> None:
            if yes:
                self._save_alias(mention, name, (record.get("speaker") or {}).get("kind"))

        self.push_screen(ConfirmScreen(question), done)

    def _save_alias(self, mention: str, name: str, kind: str | None) -> None:
        from quotes.errors import QuotesError
        from quotes.speakers.registry import RegistryEntry, SpeakerRegistry

        assert self.registry_path is not None
        try:
            registry = SpeakerRegistry.load(self.registry_path)
            entry = next((e for e in registry.entries if e.name == name), None)
            if entry is None:
                registry.add(RegistryEntry(name=name, aliases=[mention],
                                           kind=kind if kind and kind != "unknown" else "person"))
            elif mention not in entry.aliases:
                entry.aliases.append(mention)
            registry.save(self.registry_path)
        except (QuotesError, OSError) as exc:
            self.notify(f"Could not save the alias: {sanitize(str(exc))}", severity="error",
                        markup=False)
            return
        self.registry_names = _registry_names(self.registry_path)
        # Article text: a toast parses markup unless told not to.
        self.notify(f"Saved “{sanitize(mention)}” → {sanitize(name)}.", markup=False)


def _registry_names(path: Path | None) -> list[str]:
    if path is None:
        return []
    from quotes.errors import QuotesError
    from quotes.speakers.registry import SpeakerRegistry

    try:
        return [e.name for e in SpeakerRegistry.load(path).entries]
    except QuotesError:
        return []


def _alias_worthy(mention: str, name: str) -> bool:
    """A name-like mention that differs from the name (not "he", not "the minister")."""
    if not mention or mention.casefold() == name.casefold():
        return False
    if mention.casefold() in _NOT_ALIASES or not mention[0].isupper():
        return False
    return not mention.casefold().startswith(("the ", "a ", "an "))


def _describe_filter(filters: dict[str, str]) -> str:
    shown = ", ".join(f"{k}={sanitize(v)}" for k, v in filters.items())
    return f"filter: {shown} (F clears)"


def _short(text: str, width: int) -> str:
    from quotes.review.render import first_words

    return first_words(text, width)
