"""Property tests: random text, random quote marks and random bytes never break extraction.

Whatever arrives, ``extract`` must not raise, and every span a record gives (quote, cue,
speaker mention, hedges, relay) must slice out of the text exactly; every record must
validate against the schema. The reader must turn any bytes into a document or an
``InputError``, never an exception.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.api import extract_documents
from quotes.document import Document
from quotes.errors import InputError
from quotes.read import read_inputs
from quotes.records.schema import record_problems

QUOTE_MARKS = list("\"'“”‘’«»„‚‹›「」") + ["''", "``", "\u2018\u2018"]
WORDS = [
    "the", "minister", "said", "told", "reporters", "He", "She", "they", "according", "to",
    "Maria", "Lindqvist", "claimed", "that", "harbour", "will", "close", "not", "reportedly",
    "allegedly", "may", "sources", "say", "officials", "warned", "on", "Monday", "Reuters",
    "as", "reported", "by", "it", "is", "a", "lie", "We", "are", "ready", "U.S.", "Dr.",
]
PUNCT = [".", ",", ":", ";", "?", "!", "—", "-", "(", ")", "…", "\n", "\n\n", "\r\n", "\t"]

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

word_soup = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS), st.sampled_from(PUNCT)),
    min_size=1,
    max_size=80,
).flatmap(
    lambda tokens: st.lists(st.sampled_from([" ", "", "  "]), min_size=len(tokens),
                            max_size=len(tokens)).map(
        lambda seps: "".join(t + s for t, s in zip(tokens, seps, strict=True)))
)

any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300
)


def _check(text: str, records) -> None:
    for rec in records:
        spans = [rec.quote]
        if rec.cue is not None:
            spans.append(rec.cue)
        if rec.speaker is not None and rec.speaker.mention is not None:
            spans.append(rec.speaker.mention)
        spans.extend(rec.hedges)
        if rec.relayed_by is not None:
            spans.append(rec.relayed_by)
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text), span
            assert text[span.start:span.end] == span.text, span
        for start, end in rec.positions:
            assert 0 <= start < end <= len(text)
        assert record_problems(rec.to_dict()) == []


def _extract(nlp, doc: Document):
    [(_, records)] = list(extract_documents([doc], nlp=nlp))
    return records


@SETTINGS
@given(text=any_text)
def test_random_text_never_raises_and_offsets_hold(nlp, text: str) -> None:
    _check(text, _extract(nlp, Document(id="t", text=text)))


@SETTINGS
@given(text=word_soup)
def test_random_quote_marks_never_raise_and_offsets_hold(nlp, text: str) -> None:
    _check(text, _extract(nlp, Document(id="t", text=text)))


@SETTINGS
@given(raw=st.one_of(
    st.binary(max_size=400),
    word_soup.map(lambda t: t.encode("utf-8")),
    word_soup.map(lambda t: t.encode("utf-16")),
    word_soup.map(lambda t: t.encode("cp1252", errors="replace")),
))
def test_random_bytes_read_then_extracted(nlp, raw: bytes) -> None:
    [item] = list(read_inputs(["-"], stdin=io.BytesIO(raw)))
    if isinstance(item, InputError):
        assert str(item).startswith("stdin") and "\n" not in str(item)
        return
    records = _extract(nlp, item)
    _check(item.text, records)
    for rec in records:  # no record from an ignored region
        assert not any(s <= rec.quote.start < e for s, e in item.ignore)


@pytest.mark.slow
@settings(SETTINGS, max_examples=1500)
@given(text=st.one_of(word_soup, any_text))
def test_many_random_texts_never_raise_and_offsets_hold(nlp, text: str) -> None:
    _check(text, _extract(nlp, Document(id="t", text=text)))
