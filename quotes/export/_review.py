"""What a reviewer decided about a record, and the record as corrected."""

from __future__ import annotations

import copy
from typing import Any

ACCEPTED = ("accepted", "corrected")


def review_status(record: dict[str, Any]) -> str:
    """``accepted``, ``corrected``, ``rejected``, ``pending``, or ``unreviewed`` when no review."""
    review = record.get("review")
    if not isinstance(review, dict) or not review.get("status"):
        return "unreviewed"
    return str(review["status"])


def is_exported(record: dict[str, Any], include_all: bool) -> bool:
    """Accepted records always; every record but rejected ones with ``include_all``."""
    status = review_status(record)
    if include_all:
        return status != "rejected"
    return status in ACCEPTED


def effective(record: dict[str, Any]) -> dict[str, Any]:
    """The record with the reviewer's corrections applied (``review.corrected`` wins).

    ``corrected`` holds the record fields the reviewer changed (``speaker``, ``type``,
    ...); nested objects are merged one level deep so a corrected speaker name keeps
    the mention offsets the extractor found. A speaker renamed to someone else loses
    the old ids and title unless the correction gives them: the Wikidata id of the
    person the machine guessed must not travel to the person the reviewer named.
    """
    review = record.get("review")
    corrected = review.get("corrected") if isinstance(review, dict) else None
    if not isinstance(corrected, dict) or not corrected:
        return record
    out = copy.deepcopy(record)
    for key, value in corrected.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            merged = {**out[key], **value}
            renamed = "name" in value and value["name"] != out[key].get("name")
            if key == "speaker" and renamed:
                merged["ids"] = value.get("ids", {})
                merged["title"] = value.get("title")
            out[key] = merged
        else:
            out[key] = value
    return out
