"""Claims across articles: records stating the same claim grouped, and checked against
existing fact-checks.

``group_claims(records)`` groups attribution record dicts; ``match_reviews`` flags groups
that a ClaimReview already covers; ``group_claims_bag`` does the grouping over a Dask bag.
"""

from __future__ import annotations

from quotes.claims.group import ClaimGroup, ClaimResult, annotate, group_claims
from quotes.claims.match import THRESHOLD, Match, compare
from quotes.claims.text import ClaimText, claim_text

__all__ = ["THRESHOLD", "ClaimGroup", "ClaimResult", "ClaimText", "Match", "annotate",
           "claim_text", "compare", "group_claims"]
