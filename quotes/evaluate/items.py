"""Gold items and predictions as the scorer sees them, read from files or from records.

Predictions are read leniently, like the shared scorer reads them, so a file written by
another tool can be scored too: JSON Lines, a JSON array, or an object with ``records``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.errors import InputError


@dataclass(frozen=True)
class GoldItem:
    """One annotated attribution. ``required=False`` items neither reward nor penalise."""

    doc: str
    type: str | None
    text: str
    start: int
    end: int
    speaker: str | None
    required: bool = True
    speaker_match: str | None = None  # "mention": compare mention spans, not names
    mention: tuple[int, int] | None = None
    hedges: frozenset[str] = frozenset()
    # A record a reviewer rejected (``quotes export --format gold``): never gold; a
    # prediction that repeats it is a false positive the report names.
    false_record: bool = False

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> GoldItem:
        """Build from one gold line; raises ValueError naming what is missing or wrong."""
        for key in ("doc", "text", "start", "end"):
            if d.get(key) is None:
                raise ValueError(f"gold item lacks {key!r}")
        if not isinstance(d["start"], int) or not isinstance(d["end"], int):
            raise ValueError("gold start and end must be integers")
        ms, me = d.get("mention_start"), d.get("mention_end")
        return cls(
            doc=str(d["doc"]),
            type=d.get("type"),
            text=str(d["text"]),
            start=d["start"],
            end=d["end"],
            speaker=d.get("speaker"),
            required=bool(d.get("required", True)),
            speaker_match=d.get("speaker_match"),
            mention=(ms, me) if ms is not None and me is not None else None,
            hedges=frozenset(str(h).lower() for h in d.get("hedges") or []),
            false_record=bool(d.get("false_record", False)),
        )


@dataclass(frozen=True)
class Prediction:
    """What the scorer reads from one predicted record."""

    doc: str
    text: str
    start: int
    end: int
    type: str | None = None
    speaker: str | None = None
    mention: tuple[int, int] | None = None
    mention_name: str | None = None  # speaker name when the speaker is an object
    hedges: frozenset[str] = field(default_factory=frozenset)
    rule: str | None = None  # the detector rule that made the record, when it says


def doc_id_of(rec: Mapping[str, Any]) -> str | None:
    """The record's document: ``doc_id``, else the ``document``/``source`` id, path or name."""
    if rec.get("doc_id"):
        return os.path.basename(str(rec["doc_id"]))
    for key in ("document", "source"):
        d = rec.get(key)
        if isinstance(d, dict):
            for k in ("id", "path", "name"):
                if d.get(k):
                    return os.path.basename(str(d[k]))
    return None


def prediction_from_record(rec: Any) -> Prediction | None:
    """The scorer's view of a record, or None when it has no document or no quote offsets."""
    if not isinstance(rec, dict):
        return None
    doc = doc_id_of(rec)
    quote = rec.get("quote")
    if doc is None or not isinstance(quote, dict):
        return None
    start, end = quote.get("start"), quote.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    spk = rec.get("speaker")
    name = spk.get("name") if isinstance(spk, dict) else spk
    mention = spk.get("mention") if isinstance(spk, dict) else None
    span = None
    if isinstance(mention, dict):
        m_start, m_end = mention.get("start"), mention.get("end")
        if m_start is not None and m_end is not None:
            span = (m_start, m_end)
    return Prediction(
        doc=doc,
        text=str(quote.get("text") or ""),
        start=start,
        end=end,
        type=rec.get("type"),
        speaker=name if isinstance(name, str) else None,
        mention=span,
        mention_name=name if isinstance(spk, dict) and isinstance(name, str) else None,
        hedges=_hedge_types(rec.get("hedges")),
        rule=rec.get("rule") if isinstance(rec.get("rule"), str) else None,
    )


def _hedge_types(hedges: Any) -> frozenset[str]:
    out: set[str] = set()
    for h in hedges if isinstance(hedges, list) else []:
        if isinstance(h, str):
            out.add(h.lower())
        elif isinstance(h, dict):
            for k in ("type", "kind", "category", "label"):
                if h.get(k):
                    out.add(str(h[k]).lower())
    return frozenset(out)


def predictions_from_records(records: Iterable[Any]) -> list[Prediction]:
    """Every scorable prediction among ``records`` (others are skipped, as the scorer does)."""
    return [p for p in map(prediction_from_record, records) if p is not None]


def load_gold(path: str | Path) -> list[GoldItem]:
    """Gold items of a JSON Lines file; raises InputError on an unreadable or malformed line."""
    items: list[GoldItem] = []
    for lineno, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            items.append(GoldItem.from_dict(obj))
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {lineno}: not JSON ({exc.msg})") from None
        except ValueError as exc:
            raise InputError(str(path), f"line {lineno}: {exc}") from None
    if not items:
        raise InputError(str(path), "no gold items")
    return items


def load_prediction_records(path: str | Path) -> list[Any]:
    """Records of a prediction file: JSON Lines, a JSON array, or ``{"records": [...]}``."""
    raw = _read_text(path)
    stripped = raw.lstrip()
    try:
        if stripped.startswith("["):
            recs = json.loads(stripped)
            return recs if isinstance(recs, list) else [recs]
        if stripped.startswith("{") and "\n{" not in stripped.strip():
            obj = json.loads(stripped)
            return obj.get("records") or obj.get("quotes") or [obj]
        recs = []
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"line {lineno}: not JSON ({exc.msg})") from None
            if isinstance(obj, dict) and isinstance(obj.get("records"), list):
                recs.extend(obj["records"])
            else:
                recs.append(obj)
        return recs
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not JSON ({exc.msg}, line {exc.lineno})") from None


def _read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
