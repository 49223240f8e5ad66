"""Damaged, foreign, empty and read-only stores: a clear message, never a traceback or a write."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_sample import DOC_ID

from quotes.cli import main
from quotes.review.store import ReviewStore, ReviewStoreError

FORMATS = ("jsonl", "csv", "claimreview", "annotation", "gold")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def damage_record_row(path: Path, record_id: str) -> None:
    db = sqlite3.connect(path)
    db.execute("UPDATE records SET record='{\"id\": \"x\", \"quote\": {broken' WHERE record_id=?",
               (record_id,))
    db.commit()
    db.close()


def damage_table_pages(path: Path, table: str) -> None:
    """Overwrite the b-tree header of a table's root page, as a bad disk sector would."""
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    db.close()
    raw = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    raw[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_skips_a_damaged_record_names_it_and_exits_1(store, store_path, records, fmt):
    for rec in records:
        store.accept(DOC_ID, rec["id"], "alice")
    store.close()
    damage_record_row(store_path, records[2]["id"])
    result = invoke("export", "--store", str(store_path), "--format", fmt)
    assert isinstance(result.exception, SystemExit)  # no traceback
    assert result.exit_code == 1
    assert f"{DOC_ID} record {records[2]['id']}: damaged" in result.stderr
    assert "the harbour bridge would reopen in May" in result.stdout  # the rest is there
    assert "three deadlines" not in result.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_of_a_store_with_a_damaged_page_is_a_clear_error(store, store_path, records, fmt):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.close()
    damage_table_pages(store_path, "decisions")
    result = invoke("export", "--store", str(store_path), "--format", fmt)
    assert isinstance(result.exception, SystemExit)
    assert result.exit_code == 3
    assert "damaged" in result.stderr and ".recover" in result.stderr
    assert result.stdout == ""


def test_review_of_a_store_with_a_damaged_page_is_a_clear_error(store, store_path, files):
    store.close()
    damage_table_pages(store_path, "records")
    records_file, article = files
    result = invoke("review", str(records_file), "--text", str(article), "--store",
                    str(store_path))
    assert isinstance(result.exception, SystemExit)
    assert result.exit_code == 3
    assert "damaged" in result.stderr


def test_a_damaged_record_is_skipped_by_the_store_and_named(store, store_path, records):
    store.close()
    damage_record_row(store_path, records[1]["id"])
    with ReviewStore(store_path) as again:
        assert [r["id"] for r in again.records(DOC_ID)] == [
            r["id"] for r in records if r is not records[1]
        ]
        assert again.damaged == [f"{DOC_ID} record {records[1]['id']}"]


def test_export_on_an_empty_file_creates_no_store(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    result = invoke("export", "--store", str(empty))
    assert result.exit_code == 3
    assert "not a review store" in result.stderr
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_export_on_a_foreign_sqlite_file_leaves_it_byte_for_byte(tmp_path):
    other = tmp_path / "app.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (x)")
    db.execute("INSERT INTO notes VALUES ('keep me')")
    db.commit()
    db.close()
    before = other.read_bytes()
    for command in (["export", "--store", str(other)],):
        result = invoke(*command)
        assert result.exit_code == 3
        assert "not a review store" in result.stderr
    with pytest.raises(ReviewStoreError, match="not a review store"):
        ReviewStore(other)  # the review side refuses before touching the journal mode too
    assert other.read_bytes() == before  # header bytes 18-19 would say WAL (2) if rewritten
    assert before[18:20] == b"\x01\x01"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_store_in_a_read_only_folder_exports_and_reviews_read_only(store, store_path, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.close()
    folder = store_path.parent
    mode = folder.stat().st_mode
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = invoke("export", "--store", str(store_path))
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["review"]["status"] == "accepted"
        with ReviewStore(store_path, readonly=True) as ro:
            assert ro.progress(DOC_ID, "alice") == (1, 5)
            with pytest.raises(ReviewStoreError, match="read-only"):
                ro.accept(DOC_ID, records[1]["id"], "alice")
    finally:
        folder.chmod(mode)


def test_read_only_open_works_without_the_shm_file(store, store_path, records, monkeypatch):
    """What a read-only folder does to SQLite (no -shm can be made), without needing one."""
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.close()
    real = sqlite3.connect
    calls: list[str] = []

    def connect(target, *args, **kwargs):
        calls.append(str(target))
        if "mode=ro" in str(target) and "immutable" not in str(target):
            return Refusing()
        return real(target, *args, **kwargs)

    class Refusing:
        """A connection whose first query fails as it does when no -shm can be made."""

        def execute(self, *a, **k):
            raise sqlite3.OperationalError("unable to open database file")

        def close(self):
            pass

    monkeypatch.setattr(sqlite3, "connect", connect)
    with ReviewStore(store_path, readonly=True) as ro:
        assert ro.state(DOC_ID, records[0]["id"], "alice").status == "accepted"
    assert any("immutable=1" in c for c in calls)


def test_export_notes_on_undecided_records(store, store_path, records):
    store.annotate(DOC_ID, records[3]["id"], "alice", "check the minutes")
    store.accept(DOC_ID, records[0]["id"], "alice")
    result = invoke("export", "--store", str(store_path))
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(x["id"], x["review"]["status"], x["review"]["note"]) for x in lines] == [
        (records[0]["id"], "accepted", None),
        (records[3]["id"], "pending", "check the minutes"),
    ]
    accepted = invoke("export", "--store", str(store_path), "--accepted-only")
    assert len(accepted.stdout.splitlines()) == 1


def test_failed_export_keeps_the_old_output_file(store, store_path, records, tmp_path):
    out = tmp_path / "old.jsonl"
    out.write_text("earlier export\n")
    store.close()
    damage_table_pages(store_path, "decisions")
    result = invoke("export", "--store", str(store_path), "-o", str(out))
    assert result.exit_code == 3
    assert out.read_text() == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_review_opens_an_unwritable_store_read_only_with_a_warning(store, store_path, records,
                                                                   files, monkeypatch):
    """What a read-only folder does (SQLite cannot open the store for writing), as root too."""
    import quotes.review.store as store_module

    store.accept(DOC_ID, records[0]["id"], "alice")
    store.close()
    real = store_module.ReviewStore

    class Unwritable(real):
        def __init__(self, path, *, readonly=False):
            if not readonly:
                raise ReviewStoreError(f"{path}: not a usable review store "
                                       "(unable to open database file)")
            super().__init__(path, readonly=True)

    monkeypatch.setattr(store_module, "ReviewStore", Unwritable)
    monkeypatch.setattr("quotes.cli.review._writable", lambda path: False)
    records_file, article = files
    result = invoke("review", str(records_file), "--text", str(article),
                    "--store", str(store_path))
    assert result.exit_code == 2  # opened and ready, only no terminal in the test
    assert "opened read-only" in result.stderr
