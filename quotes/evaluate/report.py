"""The figures of an evaluation as a table, and its errors as lines, for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich import box
from rich.table import Table

from quotes.evaluate.scoring import NO_RULE, PRF, EvalResult
from quotes.write.terminal import sanitize

SHOW_CHOICES = ("misses", "false-positives", "wrong-speakers", "rules")

_ROWS = (  # label, EvalResult attribute (see quotes.evaluate.scoring for each rule)
    ("spans, partial", "span_partial"),
    ("spans, strict", "span_exact"),
    ("speakers, partial span", "attribution"),
    ("speakers, strict span", "attribution_exact"),
    ("hedge types", "hedges"),
)


def figures_table(result: EvalResult, title: str | None = None) -> Table:
    """Precision, recall and F1 per measure, with the counts behind them."""
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("measure")
    for name in ("P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(name, justify="right")
    for label, attr in _ROWS:
        prf: PRF = getattr(result, attr)
        p, r, f = prf.rounded()
        if attr == "hedges" and not prf.gold:  # the gold set does not annotate hedges
            table.add_row(label, "n/a", "n/a", "n/a", str(prf.tp), str(prf.pred), "0")
            continue
        table.add_row(label, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}",
                      str(prf.tp), str(prf.pred), str(prf.gold))
    return table


def rules_table(result: EvalResult, title: str | None = "precision by rule") -> Table:
    """Each detector rule's scored records, how many matched gold, and its precision:
    the rules that cost the most precision come first."""
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("rule")
    for name in ("P", "tp", "fp", "pred", "share of fp"):
        table.add_column(name, justify="right")
    all_fp = sum(r.false_positives for r in result.rules) or 1
    for r in result.rules:
        table.add_row(sanitize(r.rule), f"{r.precision:.3f}", str(r.tp), str(r.false_positives),
                      str(r.pred), f"{r.false_positives / all_fp:.0%}")
    return table


def costly_rules_line(result: EvalResult, top: int = 3) -> str | None:
    """One line naming the rules with the most false positives, or None when no record
    says which rule made it."""
    named = [r for r in result.rules if r.rule != NO_RULE and r.false_positives]
    if not named:
        return None
    parts = [f"{r.rule} {r.false_positives} (P {r.precision:.3f})" for r in named[:top]]
    return "most false positives: " + ", ".join(parts) + " (--show rules for all)"


def summary_lines(result: EvalResult) -> list[str]:
    """The accuracies on matched spans and the reference scorer's hedge recall."""
    recall = result.hedge_recall
    hr = ("n/a (no hedged gold item)" if recall is None
          else f"{recall:.3f} ({result.hedge_hits}/{result.hedge_gold} hedged items)")
    lines = [
        f"gold={result.gold} pred={result.pred} match={result.rule}",
        f"speaker accuracy on matched spans: {result.speaker_accuracy:.3f}; "
        f"type accuracy: {result.type_accuracy:.3f}; hedge recall: {hr}",
    ]
    costly = costly_rules_line(result)
    if costly:
        lines.append(costly)
    if result.known_false:
        lines.append(f"{len(result.known_false)} false positives repeat records "
                     "reviewers rejected (false_record in the gold)")
    return lines


def error_lines(result: EvalResult, show: Iterable[str]) -> Iterator[str]:
    """One line per listed error, document and offsets first so they can be looked up."""
    for line in _error_lines(result, set(show)):
        yield sanitize(line)


def _error_lines(result: EvalResult, wanted: set[str]) -> Iterator[str]:
    if "misses" in wanted:
        for m in result.misses:
            yield f"missed          {m.doc} [{m.start}:{m.end}] {_clip(m.text)} — {m.speaker}"
    if "false-positives" in wanted:
        # Grouped by the rule that made them, costliest rule first, so a rule that costs
        # precision shows as one block.
        groups: dict[str, list] = {}
        for f in result.false_positives:
            groups.setdefault(f.rule or NO_RULE, []).append(f)
        figures = {r.rule: r for r in result.rules}
        for rule in sorted(groups, key=lambda g: (-len(groups[g]), g)):
            fig = figures.get(rule)
            share = f" of {fig.pred} records (P {fig.precision:.3f})" if fig else ""
            yield f"== rule {rule}: {len(groups[rule])} false positives{share}"
            for f in groups[rule]:
                yield (f"false positive  {f.doc} [{f.start}:{f.end}] {_clip(f.text)} — "
                       f"{f.speaker}")
    if "wrong-speakers" in wanted:
        for w in result.wrong_speakers:
            yield (f"wrong speaker   {w.doc} [{w.start}:{w.end}] {_clip(w.text)} — "
                   f"gold {w.gold_speaker!r}, predicted {w.pred_speaker!r}")


def _clip(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
