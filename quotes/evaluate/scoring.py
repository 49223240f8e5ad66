"""Score predictions against gold: precision, recall and F1 for spans, speakers and hedges.

The figures are those of the shared ``score.py`` (same matching, same counting), so a run
scored here and there agrees:

- a repeated prediction (same document, same stripped lower-cased text, same speaker)
  counts once;
- gold and predictions are paired one to one, greedily by best overlap score
  (ties broken as the reference does: later gold item, then later prediction first);
- optional gold items (``required: false``) that are found count neither way;
- known false records (``false_record: true``, a reviewer's rejection) are not gold:
  a prediction left unmatched that overlaps one is counted in ``known_false``;
- ``span_exact`` also needs the same text once quote marks, spaces and final
  punctuation are stripped; ``attribution`` needs a matched span and the right speaker.

Two figures are ours, not the reference's: ``attribution_exact`` (exact span and right
speaker) and ``hedges`` (hedge types of matched items, micro-averaged).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from quotes.evaluate.items import GoldItem, Prediction
from quotes.evaluate.rules import MatchRule, overlap_score, strip_span
from quotes.evaluate.speakers import Aliases, mention_ok, norm_name, speaker_ok


@dataclass(frozen=True)
class PRF:
    """Counts behind one precision / recall / F1 row."""

    tp: int
    pred: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rounded(self) -> tuple[float, float, float]:
        """(P, R, F1) to three places, as the reference scorer prints them."""
        return round(self.precision, 3), round(self.recall, 3), round(self.f1, 3)


@dataclass(frozen=True)
class Miss:
    doc: str
    text: str
    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class FalsePositive:
    doc: str
    text: str
    start: int
    end: int
    speaker: str | None
    rule: str | None = None


NO_RULE = "(no rule)"  # records that do not say which rule made them


@dataclass(frozen=True)
class RuleFigures:
    """How one detector rule fares: its scored predictions and how many matched gold."""

    rule: str
    tp: int
    pred: int

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def false_positives(self) -> int:
        return self.pred - self.tp


@dataclass(frozen=True)
class WrongSpeaker:
    doc: str
    text: str
    start: int
    end: int
    gold_speaker: str | None
    pred_speaker: str | None


@dataclass
class EvalResult:
    """Every figure of one scoring run, with the items behind the errors."""

    rule: MatchRule
    gold: int
    pred: int
    span_partial: PRF
    span_exact: PRF
    attribution: PRF
    attribution_exact: PRF
    hedges: PRF
    matched: int
    speaker_hits: int
    type_hits: int
    hedge_gold: int
    hedge_hits: int
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    wrong_speakers: list[WrongSpeaker] = field(default_factory=list)
    rules: list[RuleFigures] = field(default_factory=list)  # most false positives first
    known_false: list[FalsePositive] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers among matched spans."""
        return self.speaker_hits / self.matched if self.matched else 0.0

    @property
    def type_accuracy(self) -> float:
        """Right types (direct, indirect, ...) among matched spans."""
        return self.type_hits / self.matched if self.matched else 0.0

    @property
    def hedge_recall(self) -> float | None:
        """Hedged gold items whose match carries at least one of their hedge types."""
        return self.hedge_hits / self.hedge_gold if self.hedge_gold else None

    def to_dict(self) -> dict[str, Any]:
        """JSON form; the keys shared with the reference scorer hold the same values."""
        return {
            "match": str(self.rule),
            "gold": self.gold,
            "pred": self.pred,
            "span_partial": self.span_partial.rounded(),
            "span_exact": self.span_exact.rounded(),
            "attribution": self.attribution.rounded(),
            "attribution_exact": self.attribution_exact.rounded(),
            "hedges": self.hedges.rounded(),
            "speaker_acc_on_matched": round(self.speaker_accuracy, 3),
            "type_acc_on_matched": round(self.type_accuracy, 3),
            "hedge_recall": None if self.hedge_recall is None else round(self.hedge_recall, 3),
            "counts": {
                "matched": self.matched, "span_exact": self.span_exact.tp,
                "attribution": self.attribution.tp, "hedge_gold": self.hedge_gold,
                "hedge_hits": self.hedge_hits,
            },
            "misses": [vars(m) for m in self.misses],
            "false_positives": [vars(f) for f in self.false_positives],
            "wrong_speaker": [vars(w) for w in self.wrong_speakers],
            "rules": {
                r.rule: {"tp": r.tp, "pred": r.pred, "precision": round(r.precision, 3)}
                for r in self.rules
            },
            "known_false": [vars(f) for f in self.known_false],
        }


def dedupe(predictions: Iterable[Prediction]) -> list[Prediction]:
    """Drop repeats: a quote given twice in one document, with the same speaker, counts once."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Prediction] = []
    for p in predictions:
        key = (p.doc, strip_span(p.text).lower(), norm_name(p.speaker))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def pair_greedily(
    golds: list[GoldItem], preds: list[Prediction], rule: MatchRule
) -> dict[int, int]:
    """One-to-one gold index -> prediction index, best overlap first."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            f = overlap_score(g.text, g.start, g.end, p.text, p.start, p.end, rule)
            if f:
                pairs.append((f, gi, pi))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi in match or pi in used_p:
            continue
        match[gi] = pi
        used_p.add(pi)
    return match


def score(
    gold: Iterable[GoldItem],
    predictions: Iterable[Prediction],
    rule: MatchRule | None = None,
    aliases: Aliases | None = None,
) -> EvalResult:
    """Score ``predictions`` against ``gold`` under ``rule`` (token F1 >= 0.5 by default)."""
    rule = rule or MatchRule()
    by_doc: dict[str, tuple[list[GoldItem], list[Prediction]]] = {}
    false_records: dict[str, list[GoldItem]] = {}
    for g in gold:
        if g.false_record:
            false_records.setdefault(g.doc, []).append(g)
            by_doc.setdefault(g.doc, ([], []))
        else:
            by_doc.setdefault(g.doc, ([], []))[0].append(g)
    for p in dedupe(predictions):
        by_doc.setdefault(p.doc, ([], []))[1].append(p)

    n_gold = n_pred = 0
    tp_span = tp_exact = tp_attr = tp_attr_exact = 0
    type_hits = hedge_gold = hedge_hits = 0
    h_tp = h_pred = h_gold = 0
    misses: list[Miss] = []
    false_pos: list[FalsePositive] = []
    wrong: list[WrongSpeaker] = []
    rule_pred: dict[str, int] = {}
    rule_tp: dict[str, int] = {}
    known_false: list[FalsePositive] = []
    for doc, (golds, preds) in by_doc.items():
        match = pair_greedily(golds, preds, rule)
        gold_of = {pi: gi for gi, pi in match.items()}
        n_gold += sum(1 for g in golds if g.required)
        for pi, p in enumerate(preds):
            gi = gold_of.get(pi)
            if gi is not None and not golds[gi].required:
                continue  # an optional item found: neither credit nor penalty
            n_pred += 1
            rule_name = p.rule or NO_RULE
            rule_pred[rule_name] = rule_pred.get(rule_name, 0) + 1
            if gi is None:
                false_pos.append(FalsePositive(doc, p.text, p.start, p.end, p.speaker, p.rule))
                if any(overlap_score(f.text, f.start, f.end, p.text, p.start, p.end, rule)
                       for f in false_records.get(doc, ())):
                    known_false.append(false_pos[-1])
            else:
                rule_tp[rule_name] = rule_tp.get(rule_name, 0) + 1
        for gi, g in enumerate(golds):
            if not g.required:
                continue
            if gi not in match:
                misses.append(Miss(doc, g.text, g.start, g.end, g.speaker))
                continue
            p = preds[match[gi]]
            tp_span += 1
            exact = strip_span(p.text) == strip_span(g.text)
            tp_exact += exact
            if g.speaker_match == "mention":
                ok = mention_ok(p.mention_name, p.mention, g.mention)
            else:
                ok = speaker_ok(p.speaker, g.speaker, aliases)
            if ok:
                tp_attr += 1
                tp_attr_exact += exact
            else:
                wrong.append(WrongSpeaker(doc, g.text, g.start, g.end, g.speaker, p.speaker))
            type_hits += p.type == g.type
            if g.hedges:
                hedge_gold += 1
                hedge_hits += bool(p.hedges & g.hedges)
            h_tp += len(p.hedges & g.hedges)
            h_pred += len(p.hedges)
            h_gold += len(g.hedges)

    return EvalResult(
        rule=rule,
        gold=n_gold,
        pred=n_pred,
        span_partial=PRF(tp_span, n_pred, n_gold),
        span_exact=PRF(tp_exact, n_pred, n_gold),
        attribution=PRF(tp_attr, n_pred, n_gold),
        attribution_exact=PRF(tp_attr_exact, n_pred, n_gold),
        hedges=PRF(h_tp, h_pred, h_gold),
        matched=tp_span,
        speaker_hits=tp_attr,
        type_hits=type_hits,
        hedge_gold=hedge_gold,
        hedge_hits=hedge_hits,
        misses=misses,
        false_positives=false_pos,
        wrong_speakers=wrong,
        rules=by_false_positives(
            RuleFigures(r, rule_tp.get(r, 0), n) for r, n in rule_pred.items()
        ),
        known_false=known_false,
    )


def by_false_positives(rules: Iterable[RuleFigures]) -> list[RuleFigures]:
    """Rules ordered by what they cost in precision: most false positives first."""
    return sorted(rules, key=lambda r: (-r.false_positives, r.precision, r.rule))
