"""Reviews as a test set: what reviewers decided, in the gold format ``quotes eval`` reads.

A newsroom that reviewed its own articles can then measure the tool on them
(``quotes eval --gold gold.jsonl ARTICLES_DIR``). One gold item per reviewed record:

- accepted and corrected records (the correction applied) and quotes a reviewer added
  are gold attributions (``required: true``);
- rejected records are **known false records**: ``"false_record": true``. ``quotes eval``
  never counts them as gold and reports a prediction that repeats one. They also carry
  ``required: false`` so the shared ``score.py``, which does not know the marker, treats
  them as neutral instead of as attributions to find;
- a record the reviewers disagree on (one kept it, one rejected it, or they named
  different speakers or types) is ``required: false`` with ``"disagreement": true``:
  neither reward nor penalty until someone settles it.

- a record nobody decided yet (written when the export includes pending records, as
  ``--format gold`` does by default) is ``required: false`` with ``"undecided": true``,
  so a half-reviewed article neither rewards nor penalises what is still open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from quotes.export._review import ACCEPTED, effective, review_status


def gold_items(
    records: Iterable[dict[str, Any]],
    added: Mapping[str, Mapping[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """Gold items for reviewed records (one line per reviewer), in input order."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    undecided: dict[tuple[str, str], dict[str, Any]] = {}
    order: list[tuple[str, str]] = []
    for rec in records:
        key = (rec["doc_id"], rec["id"])
        if key not in groups and key not in undecided:
            order.append(key)
        if review_status(rec) in (*ACCEPTED, "rejected"):
            groups.setdefault(key, []).append(rec)
        else:
            undecided.setdefault(key, rec)
    items = []
    for key in order:
        if key not in groups:
            item = _item(undecided[key])
            item["required"] = False
            item["undecided"] = True
            items.append(item)
            continue
        items.append(_decided(key, groups[key], added))
    return items


def _decided(
    key: tuple[str, str],
    recs: list[dict[str, Any]],
    added: Mapping[str, Mapping[str, str]] | None,
) -> dict[str, Any]:
    """The gold item of a record at least one reviewer decided."""
    doc_id, rid = key
    reviewers = sorted({str((r.get("review") or {}).get("reviewer") or "") for r in recs})
    kept = [effective(r) for r in recs if review_status(r) in ACCEPTED]
    item = _item(kept[0] if kept else recs[0])
    item["reviewers"] = [r for r in reviewers if r]
    if added and rid in (added.get(doc_id) or {}):
        item["added"] = True
    if not kept:
        item["required"] = False
        item["false_record"] = True
    elif len(kept) < len(recs) or len({_verdict(k) for k in kept}) > 1:
        item["required"] = False
        item["disagreement"] = True
    return item


def _verdict(rec: dict[str, Any]) -> tuple[Any, ...]:
    """What two reviewers who kept a record must agree on: speaker, type and span."""
    spk = rec.get("speaker") or {}
    q = rec["quote"]
    return (spk.get("name"), rec.get("type"), q["start"], q["end"])


def _item(rec: dict[str, Any]) -> dict[str, Any]:
    spk = rec.get("speaker") or {}
    mention = spk.get("mention") or {}
    cue = rec.get("cue") or {}
    relay = rec.get("relayed_by") or {}
    q = rec["quote"]
    item: dict[str, Any] = {
        "doc": rec["doc_id"],
        "type": rec.get("type"),
        "text": q["text"],
        "speaker": spk.get("name"),
        "speaker_kind": spk.get("kind"),
        "mention": mention.get("text"),
        "cue": cue.get("text"),
        "hedges": sorted({h["type"] for h in rec.get("hedges") or [] if h.get("type")}),
        "relayed_by": relay.get("name"),
        "required": True,
        "start": q["start"],
        "end": q["end"],
    }
    if mention.get("start") is not None and mention.get("end") is not None:
        item["mention_start"] = mention["start"]
        item["mention_end"] = mention["end"]
    item["record_id"] = rec["id"]
    return item


def write_gold(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    include_all: bool = False,
    texts: Mapping[str, str] | None = None,
    added: Mapping[str, Mapping[str, str]] | None = None,
) -> int:
    """Write one gold item per line; return how many. (``include_all``, ``texts``: unused.)"""
    n = 0
    for item in gold_items(records, added):
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n


write_gold.takes_added = True  # type: ignore[attr-defined]
