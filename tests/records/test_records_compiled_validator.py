"""The compiled validator used before writing agrees with the 2020-12 contract."""

from __future__ import annotations

import builtins
import copy

import pytest

from quotes.records import Attribution, Cue, DocumentMeta, Speaker, TextSpan
from quotes.records import schema as schema_mod

TEXT = '"The pier reopens in May," Dahl said.'


def record() -> dict:
    return Attribution(
        doc_id="pier", type="direct", quote=TextSpan("The pier reopens in May,", 1, 25),
        cue=Cue("said", 32, 36, "say", "neutral"),
        speaker=Speaker("Ines Dahl", "person", "explicit"), hedges=[], stance="neutral",
        confidence=0.9, document=DocumentMeta(id="pier"),
    ).to_dict()


BREAKAGES = {
    "type outside the enum": lambda r: r.update(type="rumour"),
    "confidence above 1": lambda r: r.update(confidence=7),
    "start not an integer": lambda r: r["quote"].update(start="1"),
    "missing doc_id": lambda r: r.pop("doc_id"),
    "speaker kind unknown to the schema": lambda r: r["speaker"].update(kind="robot"),
}


@pytest.fixture(params=["fastjsonschema", "jsonschema"])
def engine(request, monkeypatch):
    """Each engine in turn: without fastjsonschema the fallback must do the same job."""
    schema_mod.compiled_validator.cache_clear()
    if request.param == "jsonschema":
        real_import = builtins.__import__

        def no_fast(name, *args, **kwargs):
            if name == "fastjsonschema":
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_fast)
    else:
        pytest.importorskip("fastjsonschema")
    yield request.param
    schema_mod.compiled_validator.cache_clear()


def test_valid_record_passes(engine):
    assert schema_mod.compiled_validator()(record())
    assert schema_mod.record_problems(record()) == []


@pytest.mark.parametrize("breakage", BREAKAGES, ids=list(BREAKAGES))
def test_broken_record_fails_with_a_named_field(engine, breakage):
    rec = copy.deepcopy(record())
    BREAKAGES[breakage](rec)
    assert not schema_mod.compiled_validator()(rec)
    problems = schema_mod.record_problems(rec)
    assert problems and all(str(p).startswith("record 1:") for p in problems)


@pytest.mark.parametrize("name", ["claimreview.schema.json", "annotation.schema.json"])
def test_export_schemas_compile_and_refuse_an_empty_item(engine, name):
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema_mod.load_schema(name))
    assert not schema_mod.compiled_validator(name)({"type": "nothing"})
