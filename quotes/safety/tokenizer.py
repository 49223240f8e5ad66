"""Keep spaCy's tokenizer linear on text with very long runs of non-space characters.

spaCy strips prefixes and suffixes from a whitespace-free chunk one at a time, and each
suffix search scans the whole chunk, so a chunk of n punctuation marks (a line of quote
marks, brackets or dots in a hostile page) costs O(n²): 10,000 quote marks take about
15 s to tokenize, a million would take days. ``BoundedTokenizer`` cuts every run longer
than ``max_run`` characters into pieces of ``max_run`` before handing it to spaCy's own
tokenizer, so the cost is O(n · max_run). Text without such runs (any normal article)
is tokenized by spaCy's tokenizer alone, unchanged; the Doc text is always the input,
except that a lone surrogate (only JSON's ``"\\ud800"`` escapes can produce one, and no
UTF-8 output can hold it) becomes U+FFFD: one code point for one, so offsets stay exact.
"""

from __future__ import annotations

import re
from typing import Any

MAX_RUN = 100  # longer than any word; a long URL may be split, which costs nothing here
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORDY = re.compile(r"[^\W_]")  # a letter or a digit
MARKS_PER_TOKEN = 8


class BoundedTokenizer:
    """Wraps a spaCy tokenizer: same tokens, except inside runs of more than ``max_run``
    non-space characters, which are tokenized ``max_run`` characters at a time."""

    def __init__(self, base: Any, max_run: int = MAX_RUN) -> None:
        self.base = base
        self.max_run = max_run
        self._long = re.compile(rf"\S{{{max_run + 1},}}")

    @property
    def vocab(self) -> Any:
        return self.base.vocab

    def __getattr__(self, name: str) -> Any:
        # rules, prefix_search, explain ...: whatever spaCy or a user reads on a tokenizer
        return getattr(self.base, name)

    def __call__(self, text: str):
        if _SURROGATE.search(text):  # spaCy's string store cannot encode them
            text = _SURROGATE.sub("\ufffd", text)
        runs = list(self._long.finditer(text))
        if not runs:
            return self.base(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in runs:
            self._add(text[pos : m.start()], words, spaces)
            # A long run with no letter or digit (a line of quote marks, dots, dashes) is
            # no word: tokens of MARKS_PER_TOKEN marks, not one a mark, because spaCy's
            # parser and tagger cost per token (a line of marks was 5x prose per character).
            marks = not _WORDY.search(m.group())
            step = MARKS_PER_TOKEN if marks else self.max_run
            for i in range(m.start(), m.end(), step):
                piece = text[i : min(i + step, m.end())]
                if marks:
                    words.append(piece)
                    spaces.append(False)
                else:
                    self._add(piece, words, spaces)
            pos = m.end()
        self._add(text[pos:], words, spaces)
        return Doc(self.base.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def _add(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        """Append the tokens of ``piece``; a single leading space joins the token before,
        as spaCy itself attaches it."""
        if piece.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            piece = piece[1:]
        if not piece:
            return
        for tok in self.base(piece):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))


def bound_tokenizer(nlp: Any, max_run: int = MAX_RUN) -> Any:
    """Install :class:`BoundedTokenizer` on ``nlp`` (once); returns ``nlp``."""
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer, max_run)
    return nlp
