"""The review screen's keys that fix the extraction itself: span, cue, missed quotes, why.

A mixin of :class:`quotes.review.app.ReviewApp` (it uses the app's store helpers and
current record); the rules behind each key are in :mod:`quotes.review.edit`.
"""

from __future__ import annotations

from typing import Any

from textual.containers import VerticalScroll

from quotes.review.render import effective, speaker_name
from quotes.review.screens import AddQuoteScreen, CueScreen, SpanScreen
from quotes.write.terminal import sanitize


class FixingActions:
    """``e`` span by word, ``v`` cue, ``m`` add a missed quote, ``w`` why this speaker."""

    # Provided by ReviewApp.
    current: str | None
    by_id: dict[str, dict[str, Any]]
    records: list[dict[str, Any]]
    states: dict[str, Any]
    para_spans: list[tuple[int, int]]
    para_widgets: list[Any]
    safe: Any
    store: Any
    reviewer: str
    search_term: str
    registry_names: list[str]
    why_shown: tuple[int, int] | None

    def _paragraph_span(self, offset: int) -> tuple[int, int]:
        return next(((ps, pe) for ps, pe in self.para_spans if ps <= offset < pe),
                    (offset, offset))

    def action_span(self) -> None:
        """``e``: move the quote's start and end by word; back to the machine's span drops it."""
        rid = self.current
        if not rid:
            return
        record = self.by_id[rid]
        q = effective(record, self.states.get(rid))["quote"]
        machine = (record["quote"]["start"], record["quote"]["end"])

        def done(span: tuple[int, int] | None) -> None:
            if span is None or span == (q["start"], q["end"]):
                return
            from quotes.review.edit import quote_fix

            if span == machine:
                saved = self._save(lambda: self.store.decide(self.doc_id, rid, self.reviewer,
                                                             drop=["quote"]))
            else:
                fix = quote_fix(self.safe.text, *span)
                saved = self._save(lambda: self.store.correct(self.doc_id, rid, self.reviewer,
                                                              quote=fix))
            if saved:
                self.refresh_record(rid)

        self.push_screen(SpanScreen(self.safe.text, q["start"], q["end"],
                                    self._paragraph_span(q["start"])), done)

    def action_cue(self) -> None:
        """``v``: the words that really introduce the quote, found nearest to it."""
        rid = self.current
        if not rid:
            return
        eff = effective(self.by_id[rid], self.states.get(rid))
        current = (eff.get("cue") or {}).get("text") or ""

        def done(word: str | None) -> None:
            if not word or word == current:
                return
            from quotes.lexicon import load_lexicon
            from quotes.review.edit import cue_fix

            fix = cue_fix(self.safe.text, word, eff["quote"]["start"], load_lexicon())
            if fix is None:
                self.notify(f"“{sanitize(word)}” is not in the article.", markup=False)
                return
            if self._save(lambda: self.store.correct(self.doc_id, rid, self.reviewer, cue=fix)):
                self.refresh_record(rid)

        self.push_screen(CueScreen(current, "Cue of this quote"), done)

    def action_add_quote(self) -> None:
        """``m``: a quote the tool missed, found in the article by its words."""
        near = self.by_id[self.current]["quote"]["start"] if self.current else 0
        names = [speaker_name(effective(r, self.states.get(r["id"]))) for r in self.records]
        names = [n for n in names if not n.startswith(("(", "—"))] + self.registry_names

        def done(answer: dict[str, str] | None) -> None:
            if answer is not None:
                self.add_quote(answer["words"], answer["speaker"] or None, answer["type"], near)

        self.push_screen(AddQuoteScreen(names, self.search_term), done)

    def add_quote(self, words: str, speaker: str | None, kind: str, near: int = 0) -> str | None:
        """Store the marked quote as an accepted record of this reviewer; returns its id."""
        from quotes.review.edit import added_record, find_passage

        span = find_passage(self.safe.text, words, near)
        if span is None:
            self.notify(f"“{sanitize(_short(words, 40))}” is not in the article as typed.",
                        markup=False, severity="warning")
            return None
        same = next((r["id"] for r in self.records
                     if (r["quote"]["start"], r["quote"]["end"]) == span), None)
        if same is not None:
            self.select(same)
            self.notify("That quote is already in the list.")
            return None
        document = next((r.get("document") for r in self.records if r.get("document")), None)
        record = added_record(self.doc_id, self.safe.text, span, speaker, kind, document)
        if self._save(lambda: self.store.add_record(self.doc_id, record, self.reviewer)) is None:
            return None
        self.records = self._read(lambda: self.store.records(self.doc_id), self.records)
        self.by_id = {r["id"]: r for r in self.records}
        self.refresh_record(record["id"])
        self.rebuild_list()
        self.select(record["id"])
        self.notify("Quote added (accepted).")
        return str(record["id"])

    def action_why(self) -> None:
        """``w``: bring the words the speaker was resolved through into view."""
        rid = self.current
        if not rid:
            return
        from quotes.review.render import resolution_span

        eff = effective(self.by_id[rid], self.states.get(rid))
        span = resolution_span(eff)
        if span is None:
            self.notify("No mention: the speaker was not found in the text.")
            return
        para = next((i for i, (ps, pe) in enumerate(self.para_spans) if ps <= span["start"] < pe),
                    None)
        if para is not None:
            self.query_one("#article", VerticalScroll).scroll_to_center(
                self.para_widgets[para], animate=False)
        self.why_shown = (span["start"], span["end"])
        self.notify(f"Resolved through “{sanitize(span['text'])}”.", markup=False)


def _short(text: str, width: int) -> str:
    from quotes.review.render import first_words

    return first_words(text, width)
