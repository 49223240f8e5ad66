"""A short article we wrote and hand-made records pointing into it, so review tests run fast.

(A module with a unique name, not conftest, so tests can import it by name.)
"""

from __future__ import annotations

from quotes.records import Attribution, Cue, DocumentMeta, Hedge, Relay, Speaker, TextSpan

ARTICLE = (
    "Mayor Ana Ruiz said the harbour bridge would reopen in May.\n"
    "\n"
    '"We are not cutting the repair budget," the council spokesman said on Monday.\n'
    "\n"
    "According to the Coastal Herald, the contractor allegedly missed three deadlines.\n"
    "\n"
    'Ruiz later added that the inspections were "almost finished".\n'
    "\n"
    "Engineer Tomas Berg claimed the cables had rusted, as reported by Radio Norte.\n"
)
DOC_ID = "harbour.txt"


def _span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(part, start, start + len(part))


def _cue(text: str, word: str, lemma: str, cls: str = "neutral", after: int = 0) -> Cue:
    s = _span(text, word, after)
    return Cue(s.text, s.start, s.end, lemma, cls)


def _speaker(text: str, name: str | None, mention: str, resolution: str, kind: str = "person",
             after: int = 0) -> Speaker:
    return Speaker(name, kind, resolution, _span(text, mention, after))  # type: ignore[arg-type]


def sample_records(text: str = ARTICLE, doc_id: str = DOC_ID) -> list[dict]:
    """Five records: explicit, description, according_to with a hedge, alias, relayed."""
    meta = DocumentMeta(id=doc_id, path=doc_id)
    p3 = text.index("Ruiz later")
    p4 = text.index("Engineer")
    recs = [
        Attribution(
            doc_id, "indirect", _span(text, "the harbour bridge would reopen in May"),
            cue=_cue(text, "said", "say"),
            speaker=_speaker(text, "Ana Ruiz", "Mayor Ana Ruiz", "explicit"),
            confidence=0.8, document=meta,
        ),
        Attribution(
            doc_id, "direct", _span(text, "We are not cutting the repair budget,"),
            cue=_cue(text, "said", "say", after=text.index("spokesman")),
            speaker=_speaker(text, None, "the council spokesman", "description", "unknown"),
            confidence=0.6, document=meta,
        ),
        Attribution(
            doc_id, "according_to",
            _span(text, "the contractor allegedly missed three deadlines"),
            cue=_cue(text, "According to", "according to"),
            speaker=_speaker(text, "Coastal Herald", "the Coastal Herald", "explicit", "media"),
            hedges=[Hedge("alleged", "allegedly", text.index("allegedly"),
                          text.index("allegedly") + len("allegedly"))],
            confidence=0.7, document=meta,
        ),
        Attribution(
            doc_id, "mixed", _span(text, 'the inspections were "almost finished"', p3),
            cue=_cue(text, "added", "add", after=p3),
            speaker=_speaker(text, "Ana Ruiz", "Ruiz", "alias", after=p3),
            confidence=0.7, document=meta,
        ),
        Attribution(
            doc_id, "indirect", _span(text, "the cables had rusted", p4),
            cue=_cue(text, "claimed", "claim", "distancing", p4),
            speaker=_speaker(text, "Tomas Berg", "Engineer Tomas Berg", "explicit", after=p4),
            hedges=[
                Hedge("distancing", "claimed", text.index("claimed"),
                      text.index("claimed") + len("claimed")),
                Hedge("relayed", "as reported by Radio Norte", text.index("as reported"),
                      text.index("as reported") + len("as reported by Radio Norte")),
            ],
            relayed_by=Relay("Radio Norte", "as reported by Radio Norte",
                             text.index("as reported"),
                             text.index("as reported") + len("as reported by Radio Norte")),
            confidence=0.7, document=meta,
        ),
    ]
    return [r.to_dict() for r in recs]
