"""The spaCy components on their own: records valid as they come, pipelines that reload."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.records import record_problems

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]
TEXT = '"The ferry is late," said Bruno Ferraz.\nAstrid Nyberg said it was on time.\n'


def test_component_records_are_schema_valid_with_a_text_doc_id(nlp):
    records = nlp(TEXT)._.attributions
    assert len(records) == 2
    for rec in records:
        assert rec.doc_id.startswith("text-")
        assert record_problems(rec.to_dict()) == []
    assert [r.id for r in nlp(TEXT)._.attributions] == [r.id for r in records]
    assert nlp("Other text. " + TEXT)._.attributions[0].doc_id != records[0].doc_id


def test_component_uses_the_doc_id_in_user_data(nlp):
    doc = nlp.make_doc(TEXT)
    doc.user_data["doc_id"] = "ferry-7"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert {r.doc_id for r in doc._.attributions} == {"ferry-7"}
    assert {r.to_dict()["document"]["id"] for r in doc._.attributions} == {"ferry-7"}


def _entry_points_dist(where: Path) -> Path:
    """A dist-info declaring pyproject.toml's spacy_factories, as an install would."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    factories = project["project"]["entry-points"]["spacy_factories"]
    dist = where / "quotes_entry_points-0.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: quotes-entry-points\n"
                                   "Version: 0.0\n", encoding="utf-8")
    lines = ["[spacy_factories]", *(f"{k} = {v}" for k, v in factories.items())]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return where


def test_saved_pipeline_loads_in_a_fresh_process(nlp, tmp_path):
    """spacy.load(PATH) without importing quotes: spaCy finds the factories by entry point
    (without them: "Can't find factory for 'paragraph_sentences'")."""
    from spacy.tokens import Doc

    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    site = _entry_points_dist(tmp_path / "site")
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(saved)!r})\n"
        f"doc = nlp({TEXT!r})\n"
        "print(json.dumps([r.to_dict() for r in doc._.attributions]))\n"
    )
    # The worktree's quotes (for the factory code) and the dist-info (for its entry points);
    # the entry points of an installed quotes, if any, name the same factories.
    env = {"PYTHONPATH": f"{site}:{ROOT}", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    records = json.loads(out.stdout)
    assert [r["speaker"]["name"] for r in records] == ["Bruno Ferraz", "Astrid Nyberg"]
    assert all(record_problems(r) == [] for r in records)
    assert Doc.has_extension("attributions")


@pytest.mark.parametrize("name", ["quote_attributor", "paragraph_sentences"])
def test_every_registered_component_has_an_entry_point(name):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["entry-points"]["spacy_factories"][name]
    module, _, attr = target.partition(":")
    assert module == "quotes.components" and attr
