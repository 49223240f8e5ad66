"""From a parsed document to attribution records: detect, resolve speakers, tag hedges."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.attributions import Candidate, find_candidates
from quotes.detect.quote_marks import find_quotes
from quotes.doctext import doc_text, line_bounds
from quotes.hedges import tag_hedges
from quotes.lexicon import Lexicon
from quotes.records import Attribution, Cue, Relay, Speaker, TextSpan
from quotes.speakers.confidence import RESOLUTION_CONFIDENCE
from quotes.speakers.registry import SpeakerRegistry
from quotes.speakers.resolve import SpeakerResolver, _strip_det


def attribute(
    doc: Doc, lexicon: Lexicon, registry: SpeakerRegistry | None = None
) -> list[Attribution]:
    """All attribution records of one parsed document (``doc_id`` left for the caller to set)."""
    quotes = find_quotes(doc_text(doc))
    cands = find_candidates(doc, quotes, lexicon)
    resolver = SpeakerResolver(doc, lexicon, registry)
    speakers = resolver.resolve_all(cands)
    kept = _without_restatements(cands, speakers)
    records = [_record(doc, c, s, lexicon) for c, s in kept]
    return tag_hedges(doc, records, lexicon)


def _without_restatements(
    cands: list[Candidate], speakers: list[Speaker | None]
) -> list[tuple[Candidate, Speaker | None]]:
    """Candidates with their speakers, less a reported clause inside the same speaker's own
    reported words: "Sen told Reuters she expected other firms to announce cuts" is one
    statement; "other firms to announce cuts", expected by the same "she", repeats it.
    Another speaker's words inside ("Roe said Lund had called the plan dead") are kept."""
    pairs = list(zip(cands, speakers, strict=True))
    outers = [(c.start, c.end, s.name) for c, s in pairs if s is not None and s.name]
    kept = []
    for c, s in pairs:
        restated = (
            c.rule == "reported-ccomp"
            and s is not None
            and s.name
            and c.cue_start is not None
            and any(a <= c.cue_start and c.end <= b and (a, b) != (c.start, c.end)
                    and name == s.name for a, b, name in outers)
        )
        if not restated:
            kept.append((c, s))
    return kept


def _record(doc: Doc, cand: Candidate, speaker: Speaker | None, lexicon: Lexicon) -> Attribution:
    text = doc_text(doc)
    cue = None
    if cand.cue_tokens:
        cs, ce = cand.cue_start, cand.cue_end
        assert cs is not None and ce is not None
        cue = Cue(
            text=text[cs:ce],
            start=cs,
            end=ce,
            lemma=cand.cue_lemma,
            cls="according_to" if cand.according_to else lexicon.cue_class(cand.cue_lemma),
            negated=cand.negated,
        )
    relay = None
    if cand.relay is not None:
        span = cand.relay_cue or cand.relay
        relay = Relay(
            name=_strip_det(cand.relay.text),
            text=span.text,
            start=span.start_char,
            end=span.end_char,
        )
    para_start, _ = line_bounds(doc, cand.start)
    _, para_end = line_bounds(doc, cand.end)
    sent = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    sentence = None
    if sent is not None and len(sent):
        s = sent[0].sent
        # A spaCy sentence keeps the line break (and any blank line) after it, and may run
        # on past the line; the context sentence stays inside the quote's paragraph.
        s_start, s_end = max(s.start_char, para_start), min(s.end_char, para_end)
        while s_end > s_start and text[s_end - 1].isspace():
            s_end -= 1
        if s_end > s_start:
            sentence = TextSpan(text[s_start:s_end], s_start, s_end)
    confidence = cand.confidence
    if speaker is not None:
        # The resolver's own figure for a weak chain replaces the resolution's usual one.
        factor = (
            speaker.confidence
            if speaker.confidence is not None
            else RESOLUTION_CONFIDENCE.get(speaker.resolution, 0.5)
        )
        confidence = confidence * factor if speaker.name else min(confidence, 0.3)
    elif cand.type != "unattributed":
        # a statement whose speaker was lost (no subject the parse could trust): a reviewer
        # should look at it before one with a name; vague sourcing has no speaker by nature
        confidence = min(confidence, 0.4)
    return Attribution(
        doc_id="",
        type=cand.type,  # type: ignore[arg-type]
        quote=TextSpan(text[cand.start : cand.end], cand.start, cand.end),
        cue=cue,
        speaker=speaker,
        relayed_by=relay,
        confidence=confidence,
        sentence=sentence,
        paragraph=(para_start, para_end),
        rule=cand.rule or None,
        parts=[TextSpan(text[s:e], s, e) for s, e in cand.parts],
    )
