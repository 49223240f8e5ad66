#!/usr/bin/env python3
"""How often the hedge tagger agrees with the cue word of gold attributions.

    python benchmarks/hedge_agreement.py GOLD TEXTS [--pred OUT.jsonl] [--save OUT.jsonl]

GOLD is a gold.jsonl in the format of the evaluation sets (PolNeAR: "cue" is the cue
as written); TEXTS the folder of the articles. The articles are extracted (or the
records read from ``--pred``), each gold item is matched to a record by the scorer's
rule (token F1 of the spans >= 0.5, best pairs first), and matched items are grouped
by their gold cue:
- "reportedly", "reported" should carry a ``reported`` hedge, "allegedly" ``alleged``,
  "claimed" ``distancing``, "according to" ``according_to`` (target: >= 90%);
- plain "said" / "told" should carry neither ``distancing`` nor ``alleged`` (>= 97%).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

# gold cue -> the hedge type a record should carry
EXPECTED = {
    "reportedly": "reported",
    "allegedly": "alleged",
    "claimed": "distancing",
    "according to": "according_to",
    "reported": "reported",
}
PLAIN = ("said", "told")
NOT_FOR_PLAIN = {"distancing", "alleged"}


def _tokens(text: str, start: int) -> set[int]:
    return {m.start() + start for m in re.finditer(r"\w+", text)}


def _f1(a: set[int], b: set[int]) -> float:
    inter = len(a & b)
    if not inter:
        return 0.0
    p, r = inter / len(b), inter / len(a)
    return 2 * p * r / (p + r)


def match(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Gold index -> matched record, one to one, best token F1 first (F1 >= 0.5)."""
    pairs = []
    gtoks = [_tokens(g["text"], g["start"]) for g in gold]
    ptoks = [_tokens(p["quote"]["text"], p["quote"]["start"]) for p in preds]
    for gi, gt in enumerate(gtoks):
        for pi, pt in enumerate(ptoks):
            if not gt or not pt:
                continue
            f = _f1(gt, pt)
            if f >= 0.5:
                pairs.append((f, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, dict[str, Any]] = {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = preds[pi]
    return out


def extract_folder(texts: Path, doc_ids: set[str]) -> list[dict[str, Any]]:
    """Records of every article of ``texts`` named in the gold, as dicts."""
    from quotes.api import extract_documents
    from quotes.document import Document

    docs = (
        Document(id=p.name, text=p.read_text(encoding="utf-8"))
        for p in sorted(texts.glob("*.txt"))
        if p.name in doc_ids
    )
    return [rec.to_dict() for _, recs in extract_documents(docs) for rec in recs]


def agreement(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per gold cue group: gold items, matched ones, and matched ones tagged as they should be."""
    by_doc_gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_doc_pred: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc_gold[g["doc"]].append(g)
    for p in preds:
        by_doc_pred[p["doc_id"]].append(p)
    stats: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0, "ok": 0})
    for doc, golds in by_doc_gold.items():
        matched = match(golds, by_doc_pred.get(doc, []))
        for gi, g in enumerate(golds):
            cue = " ".join((g.get("cue") or "").lower().split())
            if cue not in EXPECTED and cue not in PLAIN:
                continue
            s = stats[cue]
            s["gold"] += 1
            rec = matched.get(gi)
            if rec is None:
                continue
            s["found"] += 1
            types = {h["type"] for h in rec.get("hedges") or []}
            ok = EXPECTED[cue] in types if cue in EXPECTED else not (types & NOT_FOR_PLAIN)
            s["ok"] += int(ok)
    return dict(stats)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("texts", type=Path)
    ap.add_argument("--pred", type=Path, help="records already extracted (JSON Lines)")
    ap.add_argument("--save", type=Path, help="write the extracted records here (JSON Lines)")
    a = ap.parse_args(argv)
    if not a.gold.is_file() or not a.texts.is_dir():
        print("hedge_agreement: GOLD must be a file and TEXTS a folder", file=sys.stderr)
        return 2
    gold = [
        json.loads(line) for line in a.gold.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if a.pred:
        preds = [
            json.loads(line)
            for line in a.pred.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    else:
        preds = extract_folder(a.texts, {g["doc"] for g in gold})
        if a.save:
            with open(a.save, "w", encoding="utf-8") as f:
                for rec in preds:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    stats = agreement(gold, preds)
    print(f"{'gold cue':14s} {'expect':22s} {'gold':>5s} {'found':>6s} {'tagged':>7s} {'rate':>6s}")
    groups = [("hedged", list(EXPECTED)), ("plain", list(PLAIN))]
    for name, cues in groups:
        tot_found = tot_ok = 0
        for cue in cues:
            s = stats.get(cue, {"gold": 0, "found": 0, "ok": 0})
            want = EXPECTED[cue] if cue in EXPECTED else "no distancing/alleged"
            rate = f"{s['ok'] / s['found']:.3f}" if s["found"] else "-"
            print(f"{cue:14s} {want:22s} {s['gold']:5d} {s['found']:6d} {s['ok']:7d} {rate:>6s}")
            tot_found += s["found"]
            tot_ok += s["ok"]
        rate = f"{tot_ok / tot_found:.3f}" if tot_found else "-"
        print(f"{'= ' + name:14s} {'':22s} {'':5s} {tot_found:6d} {tot_ok:7d} {rate:>6s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
