"""Partitioning, atomic output, resume bookkeeping and bad-document isolation (no cluster)."""

from __future__ import annotations

import json

import pytest

from quotes.document import Document
from quotes.errors import InputError
from quotes.scale import ClusterError, parse_address, plan_partitions
from quotes.scale.output import (
    read_manifest,
    remove_stale_parts,
    remove_temporaries,
    write_atomic,
    write_manifest,
)
from quotes.scale.run import _finished_partitions
from quotes.scale.work import process_documents


def docs(n: int, prefix: str = "d") -> list[Document]:
    return [
        Document(id=f"{prefix}{i}", text=f"The minister said {i} bridges were safe.")
        for i in range(n)
    ]


def test_partitions_are_fixed_size_in_input_order():
    parts = list(plan_partitions(docs(7), size=3))
    assert [len(p.documents) for p in parts] == [3, 3, 1]
    assert [d.id for p in parts for d in p.documents] == [f"d{i}" for i in range(7)]
    assert [p.index for p in parts] == [0, 1, 2]
    assert parts[0].name.startswith("part-00000-") and parts[2].filename.endswith(".jsonl")


def test_same_inputs_give_same_partition_names():
    assert [p.name for p in plan_partitions(docs(7), 3)] == [
        p.name for p in plan_partitions(docs(7), 3)
    ]


def test_changed_text_renames_only_its_partition():
    changed = docs(7)
    changed[4] = Document(id="d4", text="A different article entirely.")
    before = [p.name for p in plan_partitions(docs(7), 3)]
    after = [p.name for p in plan_partitions(changed, 3)]
    assert before[0] == after[0] and before[2] == after[2]
    assert before[1] != after[1]


def test_input_errors_pass_through_without_shifting_partitions():
    items: list = [*docs(2), InputError("gone.txt", "no such file"), *docs(2, "e")]
    out = list(plan_partitions(items, 2))
    assert isinstance(out[1], InputError)
    assert [[d.id for d in p.documents] for p in out if not isinstance(p, InputError)] == [
        ["d0", "d1"],
        ["e0", "e1"],
    ]


def test_partition_size_must_be_positive():
    with pytest.raises(ValueError):
        list(plan_partitions(docs(1), 0))


@pytest.mark.parametrize(
    ("text", "workers", "scheduler"),
    [
        ("local:3", 3, None),
        ("tcp://10.1.2.3:8786", None, "tcp://10.1.2.3:8786"),
        ("sched.example:8786", None, "sched.example:8786"),
    ],
)
def test_parse_address(text, workers, scheduler):
    addr = parse_address(text)
    assert addr.local_workers == workers and addr.scheduler == scheduler


@pytest.mark.parametrize("text", ["local:0", "local:two", "nonsense", "missing-file.json"])
def test_bad_addresses_are_refused_with_a_message(text):
    with pytest.raises(ClusterError, match="--dask"):
        parse_address(text)


def test_atomic_write_leaves_no_temporary(tmp_path):
    target = tmp_path / "part-00000-0123456789ab.jsonl"
    write_atomic(target, '{"a":1}\n')
    write_atomic(target, '{"a":2}\n')
    assert target.read_text() == '{"a":2}\n'
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_leftovers_of_a_killed_run_are_cleaned(tmp_path):
    (tmp_path / ".tmp-part-00001-0123456789ab.jsonl.999").write_text("half")
    (tmp_path / "part-00001-0123456789ab.jsonl").write_text("{}\n")
    (tmp_path / "part-00002-ba9876543210.jsonl").write_text("{}\n")
    (tmp_path / "notes.jsonl").write_text("mine\n")
    assert remove_temporaries(tmp_path) == [".tmp-part-00001-0123456789ab.jsonl.999"]
    assert remove_stale_parts(tmp_path, {"part-00001-0123456789ab.jsonl"}) == [
        "part-00002-ba9876543210.jsonl"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "notes.jsonl",
        "part-00001-0123456789ab.jsonl",
    ]


def test_resume_trusts_only_done_partitions_with_files_and_same_settings(tmp_path):
    config = {"model": "m", "partition_size": 3}
    (tmp_path / "part-00000-aaaaaaaaaaaa.jsonl").write_text("")
    manifest = {
        "config": config,
        "partitions": [
            {
                "name": "part-00000-aaaaaaaaaaaa",
                "file": "part-00000-aaaaaaaaaaaa.jsonl",
                "status": "done",
            },
            {
                "name": "part-00001-bbbbbbbbbbbb",
                "file": "part-00001-bbbbbbbbbbbb.jsonl",
                "status": "done",
            },  # its file is gone
            {
                "name": "part-00002-cccccccccccc",
                "file": "part-00002-cccccccccccc.jsonl",
                "status": "failed",
            },
        ],
    }
    write_manifest(tmp_path, manifest)
    assert read_manifest(tmp_path) == manifest
    assert list(_finished_partitions(tmp_path, config)) == ["part-00000-aaaaaaaaaaaa"]
    assert _finished_partitions(tmp_path, {**config, "model": "other"}) == {}


def test_unreadable_manifest_means_start_over(tmp_path):
    (tmp_path / "manifest.json").write_text("{not json")
    assert read_manifest(tmp_path) is None


def test_one_failing_document_does_not_fail_the_partition(nlp, monkeypatch):
    """An exception inside the engine for one article costs that article only."""
    import quotes.api

    good = Document(id="ok", text='"We will rebuild the pier," the harbour master said.')
    cursed = Document(id="cursed", text="The council said the budget was fine.")
    real = quotes.api.finish_records

    def finish(records, document):
        if document.id == "cursed":
            raise RuntimeError("engine bug\nwith a traceback-like second line")
        return real(records, document)

    monkeypatch.setattr(quotes.api, "finish_records", finish)
    out = process_documents([good, cursed, good], nlp)
    assert out.documents == 3
    assert [f.to_dict() for f in out.failures] == [
        {"doc_id": "cursed", "reason": "RuntimeError: engine bug"}
    ]
    assert [r["doc_id"] for r in out.records] == ["ok", "ok"]
    assert json.loads(out.jsonl().splitlines()[0])["doc_id"] == "ok"


def test_documents_the_model_cannot_take_are_reported(nlp):
    empty = Document(id="blank", text="  \n")
    huge = Document(id="huge", text="word " * (nlp.max_length // 5 + 10))
    out = process_documents([empty, huge], nlp)
    reasons = {f.doc_id: f.reason for f in out.failures}
    assert reasons["blank"] == "empty text"
    assert reasons["huge"].startswith("text too long")
    assert out.records == []


def test_a_second_run_cannot_write_to_a_busy_folder(tmp_path):
    from quotes.scale.output import FolderBusy, lock_folder

    with lock_folder(tmp_path):
        with pytest.raises(FolderBusy, match="another quotes run"):
            with lock_folder(tmp_path):
                pass
    with lock_folder(tmp_path):  # released when the first run ends
        pass
