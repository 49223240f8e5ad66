"""The review screen: attributions beside the article, one key per decision.

Every decision goes straight to the :class:`~quotes.review.store.ReviewStore` (committed
before the screen even updates), so quitting in any way loses nothing. A store that
cannot be written (opened read-only) or fails mid-review gives a message, not a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import DataTable, Footer, Static

from quotes.review.aliases import split_title
from quotes.review.fixing import FixingActions
from quotes.review.registry_actions import RegistryActions, registry_names
from quotes.review.render import SafeText, details, effective, row_cells, speaker_name
from quotes.review.screens import (
    ConfirmScreen,
    FilterScreen,
    HelpScreen,
    NoteScreen,
    SearchScreen,
    SpeakerScreen,
    TypeScreen,
)
from quotes.review.store import ReviewState, ReviewStore, ReviewStoreError
from quotes.write.terminal import sanitize

T = TypeVar("T")

# How often an open window looks for decisions made elsewhere (another window of the same
# reviewer, a second reviewer): one indexed count query, so a second is cheap.
WATCH_SECONDS = 1.0


class ReviewTable(DataTable):
    """The attribution list. Home/End go to the first/last row instead of scrolling sideways."""

    BINDINGS = [
        Binding("home", "app.edge(0)", "First", show=False),
        Binding("end", "app.edge(-1)", "Last", show=False),
    ]


class ReviewApp(FixingActions, RegistryActions, App[None]):
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
    #details-box {
        height: auto;
        max-height: 14;
        border: round $primary;
        padding: 0 1;
    }
    #details {
        height: auto;
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
        Binding("slash", "search", "Search", show=False),  # the footer is full at 80 columns
        Binding("F", "clear_filter", "Clear filter", show=False),
        Binding("A", "bulk('accepted')", "Accept all shown", show=False),
        Binding("R", "bulk('rejected')", "Reject all shown", show=False),
        Binding("e", "span", "Span", show=False),
        Binding("v", "cue", "Cue", show=False),
        Binding("m", "add_quote", "Add quote", show=False),
        Binding("w", "why", "Why speaker", show=False),
        Binding("z", "zoom", "Full width", show=False),
        Binding("j,down", "move(1)", "Next", show=False),
        Binding("k,up", "move(-1)", "Previous", show=False),
        Binding("g", "edge(0)", "First", show=False),
        Binding("G", "edge(-1)", "Last", show=False),
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
        self.readonly = bool(getattr(store, "readonly", False))
        self.registry_path = Path(registry_path) if registry_path else None
        self.registry_names = registry_names(self.registry_path)
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
        self.overall: tuple[int, int] = (0, 0)
        self.doc_progress: dict[str, tuple[int, int]] = {}
        self.search_term = ""
        self.why_shown: tuple[int, int] | None = None
        # Undo walks back this window's own actions first; once they are used up, only
        # actions older than the window (earlier sessions), never another open window's.
        self.own_seqs: list[int] = []
        # A bulk decision is undone as one: its last row -> every row it wrote.
        self.bulk_rows: dict[int, list[int]] = {}
        self.start_seq = 0
        self._seen = 0

    # -- building the screen -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="left"):
                yield ReviewTable(id="list", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="details-box"):
                    yield Static(id="details")
            yield VerticalScroll(id="article")
        yield Footer(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        table = self.query_one("#list", DataTable)
        for label, key in (("", "status"), ("type", "type"), ("speaker", "speaker"),
                           ("quote", "quote")):
            table.add_column(label, key=key)
        table.focus()
        self.start_seq = self._read(self.store.last_seq, 0) + 1
        self._seen = self._read(self.store.decision_count, 0)
        self.doc_progress = {d: self._read(lambda d=d: self.store.progress(d, self.reviewer),
                                           (0, 0)) for d in self.doc_ids}
        # Open on the first article with something left to review, not a finished one.
        first = next((i for i, d in enumerate(self.doc_ids)
                      if self.doc_progress[d][0] < self.doc_progress[d][1]), 0)
        await self.load_document(first)
        if self.readonly:
            self.notify("The review store is read-only: you can look, but decisions "
                        "cannot be saved.", severity="warning", timeout=8)
        if self.store.damaged:
            self.notify(f"{len(self.store.damaged)} damaged records in the store are not "
                        "shown.", severity="warning", timeout=8)
        self.set_interval(WATCH_SECONDS, self.check_outside)

    @property
    def doc_id(self) -> str:
        return self.doc_ids[self.doc_index]

    async def load_document(self, index: int, select: str | None = None) -> None:
        """Show one article: its records, its text, and the first record left to review."""
        self.doc_index = index
        doc = self._read(lambda: self.store.document(self.doc_id), None)
        text = doc.text if doc else ""
        self.records = self._read(lambda: self.store.records(self.doc_id), [])
        self.by_id = {r["id"]: r for r in self.records}
        self.states = self._read(lambda: self.store.states(self.doc_id, self.reviewer), {})
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
        first = select or next((rid for rid in self.listed if not self._state(rid).decided),
                               None)
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

    # -- talking to the store ------------------------------------------------------------

    def _read(self, fn: Callable[[], T], default: T) -> T:
        """Read from the store; a failure is a message on the screen, not a crash."""
        try:
            return fn()
        except ReviewStoreError as exc:
            self.notify(sanitize(str(exc)), severity="error", markup=False, timeout=10)
            return default

    def _save(self, fn: Callable[[], T]) -> T | None:
        """Write a decision; None (with a message) when the store cannot take it."""
        if self.readonly:
            self.notify("Read-only store: this decision was not saved.", severity="warning")
            return None
        try:
            result = fn()
        except ReviewStoreError as exc:
            self.notify(sanitize(str(exc)), severity="error", markup=False, timeout=10)
            return None
        if isinstance(result, ReviewState) and result.seq is not None:
            self.own_seqs.append(result.seq)
        return result

    def check_outside(self) -> None:
        """Show decisions made elsewhere (another window, another process) as they land.

        The timer can fire while the app is closing and its widgets are gone; a late
        tick then has nothing to refresh, and must not turn a clean exit into a crash.
        """
        try:
            self._check_outside()
        except NoMatches:
            return

    def _check_outside(self) -> None:
        try:
            count = self.store.decision_count()
        except ReviewStoreError:
            return
        if count == self._seen:
            return
        self._seen = count
        fresh = self._read(lambda: self.store.states(self.doc_id, self.reviewer), None)
        if fresh is None:
            return
        changed = [rid for rid in self.by_id
                   if (fresh.get(rid) or ReviewState()) != self._state(rid)]
        for rid in changed:
            self.refresh_record(rid, fresh.get(rid) or ReviewState())
        self.doc_progress = {d: self._read(lambda d=d: self.store.progress(d, self.reviewer),
                                           (0, 0)) for d in self.doc_ids}
        self.update_progress()

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
        state = self.states.get(rid)
        panel.update(details(record, state))
        self.query_one("#details-box", VerticalScroll).scroll_home(animate=False)
        self._highlight(effective(record, state))

    def _highlight(self, record: dict[str, Any] | None) -> None:
        """Re-render only the paragraphs that change, then bring the quote into view."""
        wanted: set[int] = set()
        if record is not None:
            from quotes.review.render import resolution_span

            ranges = [(record["quote"]["start"], record["quote"]["end"])]
            mention = (record.get("speaker") or {}).get("mention")
            if mention:
                ranges.append((mention["start"], mention["end"]))
            why = resolution_span(record)
            if why:
                ranges.append((why["start"], why["end"]))
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
        self.doc_progress[self.doc_id] = (done, total)
        all_done = sum(d for d, _ in self.doc_progress.values())
        all_total = sum(t for _, t in self.doc_progress.values())
        self.overall = (all_done, all_total)
        here = f"{done}/{total} reviewed"
        if len(self.doc_ids) > 1:
            here += f" · all {all_done}/{all_total}"
        ro = " · read-only" if self.readonly else ""
        self.sub_title = sanitize(f"{self.doc_id} · {here} · {self.reviewer}{ro}")
        table = self.query_one("#list", DataTable)
        table.border_title = Text(f"{here} · {_short(self.reviewer, 16)}{ro}")

    def refresh_record(self, rid: str, state: ReviewState | None = None) -> None:
        """Read one record's state back from the store and redraw its row and panel."""
        if state is None:
            state = self._read(lambda: self.store.state(self.doc_id, rid, self.reviewer),
                               self._state(rid))
        self.states[rid] = state
        if rid in self.listed:
            table = self.query_one("#list", DataTable)
            cells = row_cells(self.by_id[rid], self.states[rid])
            for key, cell in zip(("status", "type", "speaker", "quote"), cells, strict=True):
                table.update_cell(rid, key, cell, update_width=True)
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

    def action_edge(self, which: int) -> None:
        """First (0) or last (-1) row of the list; the columns stay where they are."""
        if self.listed:
            self.select(self.listed[which])
            self.query_one("#list", DataTable).scroll_x = 0

    def action_accept(self) -> None:
        rid = self.current
        if rid and self._save(lambda: self.store.accept(self.doc_id, rid, self.reviewer)):
            self.refresh_record(rid)
            self.action_move(1)

    def action_reject(self) -> None:
        rid = self.current
        if rid and self._save(lambda: self.store.reject(self.doc_id, rid, self.reviewer)):
            self.refresh_record(rid)
            self.action_move(1)

    def action_undo(self) -> None:
        def undo() -> tuple[str, int] | None:
            mine = self.store.undo_action(self.doc_id, self.reviewer, only=self.own_seqs)
            return mine or self.store.undo_action(self.doc_id, self.reviewer,
                                                  before=self.start_seq)

        if self.readonly:
            self._save(lambda: None)
            return
        done = self._save(undo)
        if done is None:
            self.notify("Nothing to undo.")
            return
        rid, seq = done
        self._take_out_aliases(seq)
        group = self.bulk_rows.pop(seq, [])
        for _ in group[:-1]:  # the rest of a bulk decision, newest first
            more = self._save(lambda: self.store.undo_action(self.doc_id, self.reviewer,
                                                             only=group))
            if more is None:
                break
            self.refresh_record(more[0])
        self.refresh_record(rid)
        if rid in self.listed:
            self.select(rid)
        if group:
            self.notify(f"Undone: {len(group)} records back to what they were.")
        else:
            self.notify(f"Undone: back to {self._state(rid).status}.")

    async def action_next_unreviewed(self) -> None:
        """The next undecided record here; when this article is done, in the next one."""
        start = self.listed.index(self.current) + 1 if self.current in self.listed else 0
        order = self.listed[start:] + self.listed[:start]
        nxt = next((rid for rid in order if not self._state(rid).decided), None)
        if nxt is not None:
            self.select(nxt)
            return
        n = len(self.doc_ids)
        for step in range(1, n):
            index = (self.doc_index + step) % n
            done, total = self.doc_progress.get(self.doc_ids[index], (0, 0))
            if done < total:
                await self.load_document(index)
                self.notify(f"On to {sanitize(self.doc_id)}: {total - done} left here.",
                            markup=False)
                return
        self.notify("Everything is reviewed." if n > 1 and not self.filters
                    else "Everything shown here is reviewed.")

    def action_note(self) -> None:
        rid = self.current
        if not rid:
            return

        def done(note: str | None) -> None:
            if note is not None and self._save(
                lambda: self.store.annotate(self.doc_id, rid, self.reviewer, note)
            ):
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
                saved = self._save(lambda: self.store.decide(self.doc_id, rid, self.reviewer,
                                                             drop=["type"]))
            else:
                saved = self._save(lambda: self.store.correct(self.doc_id, rid, self.reviewer,
                                                              type=new))
            if saved:
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

        def done(typed: str | None) -> None:
            if typed is None or typed == current:
                return
            title, name = split_title(typed) if typed else (None, "")
            if name == current and not title:
                return
            fix: dict[str, Any] = {"name": name or None}
            if title:
                fix["title"] = title  # "Mayor Ana Ruiz": the title is no part of the name
            entry = self._registry_entry(name) if name else None
            if entry is not None:
                fix["kind"] = entry.kind
                if entry.ids:
                    fix["ids"] = dict(entry.ids)
            state = self._save(lambda: self.store.correct(self.doc_id, rid, self.reviewer,
                                                          speaker=fix))
            if state is None:
                return
            self.refresh_record(rid)
            if name:
                self._offer_alias(record, name, rid, state.seq)

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

    def action_search(self) -> None:
        """``/``: the next listed record whose quote or speaker holds the words, else the text."""

        def done(term: str | None) -> None:
            if term:
                self.search_term = term
                self.find(term)

        self.push_screen(SearchScreen(self.search_term), done)

    def find(self, term: str) -> str | None:
        """Go to the next match of ``term`` after the current record (wrapping)."""
        needle = term.casefold()
        start = self.listed.index(self.current) + 1 if self.current in self.listed else 0
        order = self.listed[start:] + self.listed[:start]
        for rid in order:
            eff = effective(self.by_id[rid], self.states.get(rid))
            hay = " ".join([eff["quote"]["text"], speaker_name(eff),
                            ((eff.get("speaker") or {}).get("mention") or {}).get("text", "")])
            if needle in " ".join(hay.split()).casefold():
                self.select(rid)
                return rid
        at = " ".join(self.safe.text.split()).casefold().find(needle)
        if at >= 0:
            para = self._paragraph_holding(needle)
            if para is not None:
                self.query_one("#article", VerticalScroll).scroll_to_center(
                    self.para_widgets[para], animate=False)
                self.notify(f"“{sanitize(term)}” is in the article but in no attribution "
                            "(a missed quote?)", markup=False)
                return None
        self.notify(f"“{sanitize(term)}” not found.", markup=False)
        return None

    def _paragraph_holding(self, needle: str) -> int | None:
        for i, (ps, pe) in enumerate(self.para_spans):
            if needle in " ".join(self.safe.text[ps:pe].split()).casefold():
                return i
        return None

    def action_bulk(self, status: str) -> None:
        """``A``/``R``: accept or reject every undecided record the filter shows, once asked."""
        todo = [rid for rid in self.listed if not self._state(rid).decided]
        if not todo:
            self.notify("No undecided record is shown.")
            return
        verb = "Accept" if status == "accepted" else "Reject"
        shown = _describe_filter(self.filters).removesuffix(" (F clears)") if self.filters \
            else "no filter: every record of this article"
        question = f"{verb} the {len(todo)} undecided records shown ({shown})?"

        def done(yes: bool | None) -> None:
            if yes:
                self.bulk(todo, status)

        self.push_screen(ConfirmScreen(question), done)

    def bulk(self, rids: list[str], status: str) -> int:
        """Decide ``rids`` one row each (so nothing half-done is lost); undo takes them back."""
        rows: list[int] = []
        for rid in rids:
            state = self._save(lambda rid=rid: self.store.decide(self.doc_id, rid, self.reviewer,
                                                                 status=status))
            if state is None:
                break
            if state.seq is not None:
                rows.append(state.seq)
            self.refresh_record(rid)
        if rows:
            self.bulk_rows[rows[-1]] = rows
        self.notify(f"{len(rows)} records {status}.")
        return len(rows)

    def action_zoom(self) -> None:
        """``z``: the article alone at full width (narrow terminals); ``z`` again returns."""
        left = self.query_one("#left")
        left.display = not left.display
        if self.current:
            self.show(self.current)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    async def action_doc(self, step: int) -> None:
        target = self.doc_index + step
        if 0 <= target < len(self.doc_ids):
            await self.load_document(target)

    async def action_quit(self) -> None:
        self.exit()

def _describe_filter(filters: dict[str, str]) -> str:
    shown = ", ".join(f"{k}={sanitize(v)}" for k, v in filters.items())
    return f"filter: {shown} (F clears)"


def _short(text: str, width: int) -> str:
    from quotes.review.render import first_words

    return first_words(text, width)
