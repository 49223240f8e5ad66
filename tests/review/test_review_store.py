"""The review store keeps every decision, per reviewer, and exports schema-valid records."""

from __future__ import annotations

import sqlite3

import pytest
from review_sample import ARTICLE, DOC_ID

from quotes.records.schema import record_problems
from quotes.review.export import reviewed_records
from quotes.review.store import SCHEMA_VERSION, ReviewStore, ReviewStoreError


def test_new_store_is_versioned_and_in_wal_mode(store, store_path):
    assert store.schema_version == SCHEMA_VERSION == 1
    db = sqlite3.connect(store_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "documents", "records", "decisions"} <= tables


def test_records_come_back_in_text_order(store, records):
    stored = store.records(DOC_ID)
    assert [r["id"] for r in stored] == [r["id"] for r in records]
    assert stored[0]["speaker"]["name"] == "Ana Ruiz"


def test_decisions_survive_reopening(store, store_path, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.reject(DOC_ID, records[1]["id"], "alice")
    store.close()
    with ReviewStore(store_path) as again:
        states = again.states(DOC_ID, "alice")
        assert states[records[0]["id"]].status == "accepted"
        assert states[records[1]["id"]].status == "rejected"
        assert again.progress(DOC_ID, "alice") == (2, 5)


def test_correction_merges_and_accepting_keeps_it_corrected(store, records):
    rid = records[1]["id"]
    store.correct(DOC_ID, rid, "alice", speaker={"name": "Lena Ortiz"})
    store.correct(DOC_ID, rid, "alice", type="indirect")
    state = store.accept(DOC_ID, rid, "alice")
    assert state.status == "corrected"
    assert state.corrected == {"speaker": {"name": "Lena Ortiz"}, "type": "indirect"}


def test_dropping_the_last_correction_leaves_it_pending(store, records):
    rid = records[0]["id"]
    store.correct(DOC_ID, rid, "alice", type="direct")
    state = store.decide(DOC_ID, rid, "alice", drop=["type"])
    assert state.status == "pending" and state.corrected == {}


def test_note_keeps_status_and_empty_note_clears_it(store, records):
    rid = records[2]["id"]
    store.reject(DOC_ID, rid, "alice")
    note = store.annotate(DOC_ID, rid, "alice", "  herald is a tabloid ").note
    assert note == "herald is a tabloid"
    assert store.state(DOC_ID, rid, "alice").status == "rejected"
    assert store.annotate(DOC_ID, rid, "alice", "").note is None


def test_undo_walks_back_one_action_at_a_time(store, records):
    a, b = records[0]["id"], records[1]["id"]
    store.accept(DOC_ID, a, "alice")
    store.correct(DOC_ID, a, "alice", type="direct")
    store.reject(DOC_ID, b, "alice")
    assert store.undo(DOC_ID, "alice") == b
    assert store.state(DOC_ID, b, "alice").status == "pending"
    assert store.undo(DOC_ID, "alice") == a
    assert store.state(DOC_ID, a, "alice").status == "accepted"
    assert store.state(DOC_ID, a, "alice").corrected == {}
    assert store.undo(DOC_ID, "alice") == a
    assert store.state(DOC_ID, a, "alice").status == "pending"
    assert store.undo(DOC_ID, "alice") is None
    # the log is append-only: every action and every undo is a row
    assert store.decision_count() == 6


def test_undo_after_a_new_action_restores_the_state_before_it(store, records):
    a = records[0]["id"]
    store.accept(DOC_ID, a, "alice")
    store.undo(DOC_ID, "alice")
    store.reject(DOC_ID, a, "alice")
    store.undo(DOC_ID, "alice")
    assert store.state(DOC_ID, a, "alice").status == "pending"


def test_two_reviewers_keep_separate_decisions(store, records):
    rid = records[0]["id"]
    store.accept(DOC_ID, rid, "alice")
    store.reject(DOC_ID, rid, "bob")
    assert store.state(DOC_ID, rid, "alice").status == "accepted"
    assert store.state(DOC_ID, rid, "bob").status == "rejected"
    # bob's undo does not touch alice's work
    assert store.undo(DOC_ID, "bob") == rid
    assert store.state(DOC_ID, rid, "alice").status == "accepted"
    assert store.state(DOC_ID, rid, "bob").status == "pending"
    assert store.reviewers(DOC_ID) == ["alice", "bob"]


def test_same_id_with_another_text_is_refused(store, records):
    with pytest.raises(ReviewStoreError, match="different text"):
        store.add_document(DOC_ID, ARTICLE + "Extra line.\n", records)


def test_adding_records_again_keeps_decisions(store, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.add_document(DOC_ID, ARTICLE, records)
    assert len(store.records(DOC_ID)) == 5
    assert store.progress(DOC_ID, "alice") == (1, 5)


def test_other_sqlite_files_and_newer_schemas_are_refused(tmp_path, store, store_path):
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(ReviewStoreError, match="not a review store"):
        ReviewStore(other)
    store.close()
    db = sqlite3.connect(store_path)
    db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    db.commit()
    db.close()
    with pytest.raises(ReviewStoreError, match="newer"):
        ReviewStore(store_path)


def test_export_carries_a_schema_valid_review_object(store, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.correct(DOC_ID, records[1]["id"], "alice", speaker={"name": "Lena Ortiz"})
    store.annotate(DOC_ID, records[1]["id"], "alice", "named in the minutes")
    store.reject(DOC_ID, records[2]["id"], "alice")
    out = list(reviewed_records(store))
    assert [r["review"]["status"] for r in out] == ["accepted", "corrected", "rejected"]
    assert out[1]["review"]["corrected"] == {"speaker": {"name": "Lena Ortiz"}}
    assert out[1]["review"]["note"] == "named in the minutes"
    assert out[1]["review"]["reviewer"] == "alice"
    assert out[1]["review"]["time"].endswith("Z")
    # the body stays the machine's draft
    assert out[1]["speaker"]["name"] is None
    for rec in out:
        assert record_problems(rec) == []


def test_export_filters_by_status_reviewer_and_pending(store, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.reject(DOC_ID, records[0]["id"], "bob")
    store.correct(DOC_ID, records[3]["id"], "bob", type="direct")
    both = list(reviewed_records(store))
    assert [(r["id"], r["review"]["reviewer"]) for r in both] == [
        (records[0]["id"], "alice"), (records[0]["id"], "bob"), (records[3]["id"], "bob"),
    ]
    accepted = list(reviewed_records(store, statuses={"accepted", "corrected"}))
    assert [r["review"]["status"] for r in accepted] == ["accepted", "corrected"]
    alice_all = list(reviewed_records(store, reviewers={"alice"}, include_pending=True))
    assert len(alice_all) == 5
    assert [r["review"]["status"] for r in alice_all].count("pending") == 4
    assert all(r["review"]["reviewer"] == "alice" for r in alice_all)
    for rec in alice_all:
        assert record_problems(rec) == []
