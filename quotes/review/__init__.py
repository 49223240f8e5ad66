"""Human review of attribution records: the store, the export, and the review screen.

The screen (``quotes.review.app``) imports Textual; import it only when reviewing.
"""

from __future__ import annotations

from quotes.review.export import reviewed_records
from quotes.review.store import DEFAULT_STORE, SCHEMA_VERSION, ReviewState, ReviewStore

__all__ = ["DEFAULT_STORE", "SCHEMA_VERSION", "ReviewState", "ReviewStore", "reviewed_records"]
