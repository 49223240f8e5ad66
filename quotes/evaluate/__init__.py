"""Measure extraction against gold annotations, with the shared scorer's matching rules.

The flow: :func:`load_gold` reads the gold file, :func:`match_texts` pairs its documents
with text files, :func:`predict` extracts records, and :func:`score` compares them.
"""

from quotes.evaluate.items import (
    GoldItem,
    Prediction,
    load_gold,
    load_prediction_records,
    prediction_from_record,
    predictions_from_records,
)
from quotes.evaluate.rules import MatchRule
from quotes.evaluate.run import TextSet, match_texts, predict, read_documents
from quotes.evaluate.scoring import PRF, EvalResult, score
from quotes.evaluate.speakers import find_aliases, load_aliases

__all__ = [
    "PRF",
    "EvalResult",
    "GoldItem",
    "MatchRule",
    "Prediction",
    "TextSet",
    "find_aliases",
    "load_aliases",
    "load_gold",
    "load_prediction_records",
    "match_texts",
    "predict",
    "prediction_from_record",
    "predictions_from_records",
    "read_documents",
    "score",
]
