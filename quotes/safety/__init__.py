"""Guards for untrusted article text: what reaches a terminal, a file name, or the parser.

Every article is untrusted. ``terminal`` keeps its text from driving the terminal,
``paths`` keeps its ids and titles from naming files outside a chosen folder, and
``tokenizer`` keeps pathological character runs from making spaCy's cost quadratic,
``sentences`` keeps every parse tree a few hundred tokens deep at most, and ``long_docs``
parses a long document in pieces so memory and time per token stay those of an article.
"""

from __future__ import annotations

from quotes.safety.paths import UnsafePathError, child_path, safe_filename
from quotes.safety.terminal import one_line, plain, sanitize

__all__ = ["UnsafePathError", "child_path", "one_line", "plain", "safe_filename", "sanitize"]
