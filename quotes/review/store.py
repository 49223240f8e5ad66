"""The review store: one SQLite file that keeps every reviewer decision the moment it is made.

Layout (schema version 1, documented in ``docs/review-store.md``):

- ``meta(key, value)``: ``schema_version`` and when the store was created.
- ``documents(doc_id, path, text_sha256, text, added_at)``: the article as reviewed, so
  offsets can be checked and exports can quote context without the original file.
- ``records(doc_id, record_id, position, record, added_at)``: the machine's draft records
  (JSON), so export needs no re-extraction and a reopened review shows the same list.
- ``decisions(seq, doc_id, record_id, reviewer, status, corrected, note, time, undoes)``:
  append-only. Each row is the full review state of one record for one reviewer after an
  action; the current state is the latest row per (doc_id, record_id, reviewer). Undo
  appends a row restoring the state before the undone row, and names that row in ``undoes``.

- ``registry_changes(seq, doc_id, record_id, reviewer, registry, name, alias, created)``:
  an alias a reviewer saved into a speaker registry file after decision ``seq``, so undoing
  that decision takes the alias out again.
- ``added(doc_id, record_id, reviewer, time)``: records a reviewer added (quotes the
  machine missed); their draft is in ``records`` like any other.

Every decision is committed on its own (WAL journal, ``synchronous=FULL``), so closing the
terminal, Ctrl-C or a killed process loses nothing that was decided. A store that cannot
be written (a read-only folder) is opened read-only (``readonly=True``); a damaged one
gives a :class:`ReviewStoreError`, never a traceback, and a damaged record is skipped and
named in :attr:`ReviewStore.damaged`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote as url_quote

from quotes.errors import ExitStatus, QuotesError

SCHEMA_VERSION = 1
DEFAULT_STORE = "quotes-review.sqlite"
STATUSES = ("pending", "accepted", "rejected", "corrected")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    path TEXT,
    text_sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    record_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    record TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, record_id)
);
CREATE TABLE IF NOT EXISTS decisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'corrected')),
    corrected TEXT,
    note TEXT,
    time TEXT NOT NULL,
    undoes INTEGER REFERENCES decisions(seq),
    FOREIGN KEY (doc_id, record_id) REFERENCES records(doc_id, record_id)
);
CREATE INDEX IF NOT EXISTS decisions_by_record ON decisions(doc_id, reviewer, record_id, seq);
"""

# Tables added to schema 1 without a version bump: older quotes ignore them, newer ones
# create them when missing (additive, like an optional record property).
_ADDITIONS = """
CREATE TABLE IF NOT EXISTS registry_changes (
    seq INTEGER NOT NULL REFERENCES decisions(seq),
    doc_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    registry TEXT NOT NULL,
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    created INTEGER NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS added (
    doc_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    time TEXT NOT NULL,
    PRIMARY KEY (doc_id, record_id)
);
"""

F = TypeVar("F", bound=Callable[..., Any])


def _guarded(fn: F) -> F:
    """Turn SQLite errors (a damaged page, a read-only file) into a clear ReviewStoreError."""

    @functools.wraps(fn)
    def wrapper(self: ReviewStore, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    return wrapper  # type: ignore[return-value]


class ReviewStoreError(QuotesError):
    """The store cannot be used: not a review store, a newer schema, or a changed article."""

    exit_status = ExitStatus.NO_INPUT


@dataclass(frozen=True)
class StoredDocument:
    """An article registered for review."""

    doc_id: str
    path: str | None
    text_sha256: str
    text: str


@dataclass(frozen=True)
class ReviewState:
    """What one reviewer decided about one record, as of their latest action."""

    status: str = "pending"
    corrected: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    reviewer: str | None = None
    time: str | None = None
    seq: int | None = None

    @property
    def decided(self) -> bool:
        return self.status != "pending"

    def to_review(self) -> dict[str, Any]:
        """The ``review`` object of an exported record (see the attribution schema)."""
        review: dict[str, Any] = {"status": self.status}
        if self.corrected:
            review["corrected"] = self.corrected
        review["reviewer"] = self.reviewer
        review["time"] = self.time
        review["note"] = self.note
        return review


def text_sha256(text: str) -> str:
    """The hash that tells whether an article changed since it was reviewed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """UTC time with milliseconds, ISO 8601, as written in decisions."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ReviewStore:
    """Read and append review decisions; safe to open from several processes (WAL)."""

    def __init__(self, path: str | Path = DEFAULT_STORE, *, readonly: bool = False) -> None:
        """Open (or, unless ``readonly``, create) the store at ``path``.

        Raises:
            ReviewStoreError: not a review store (also a foreign SQLite file, which is
                left byte for byte as it was), a newer schema, a damaged file, or
                ``readonly`` and no store at ``path``.
        """
        self.path = Path(path)
        self.readonly = readonly
        self.damaged: list[str] = []  # records skipped because their row is damaged
        try:
            self._db = self._connect()
            self._db.row_factory = sqlite3.Row
            self._check_kind()
            if not readonly:
                self._db.execute("PRAGMA journal_mode=WAL")
                # FULL: each commit fsyncs the WAL, so a decision survives even a power
                # cut, not only a killed process; one fsync per key press is far below
                # human speed.
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.execute("PRAGMA foreign_keys=ON")
            self._init_schema()
            self._check_pages()
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    def _connect(self) -> sqlite3.Connection:
        if not self.readonly:
            return sqlite3.connect(str(self.path), timeout=10.0, isolation_level=None)
        if not self.path.is_file():
            raise ReviewStoreError(f"{self.path}: no review store here (see --store)")
        if self.path.stat().st_size == 0:
            raise ReviewStoreError(f"{self.path}: an empty file, not a review store")
        uri = "file:" + url_quote(str(self.path.resolve()))
        db = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=10.0, isolation_level=None)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as exc:
            # A WAL store in a folder we cannot write: SQLite cannot make the -shm file.
            # With no pending WAL content the file itself is complete: read it as is.
            db.close()
            wal = self.path.with_name(self.path.name + "-wal")
            if "unable to open" not in str(exc) or (wal.exists() and wal.stat().st_size):
                raise
        return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None)

    def _check_kind(self) -> None:
        """Refuse a foreign SQLite file before anything (journal mode included) is written."""
        names = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if not names:
            if self.readonly:
                raise ReviewStoreError(f"{self.path}: an empty SQLite file, not a review store")
            return
        if "meta" not in names or "decisions" not in names:
            raise ReviewStoreError(f"{self.path}: an SQLite file that is not a review store")

    def _check_pages(self) -> None:
        """A damaged b-tree page shows here at open, not as a traceback mid-review."""
        rows = [r[0] for r in self._db.execute("PRAGMA quick_check(3)")]
        if rows != ["ok"]:
            found = "; ".join(
                line for r in rows for line in r.splitlines() if not line.startswith("***")
            )
            raise ReviewStoreError(
                f"{self.path}: the review store is damaged ({found[:200]}); "
                f"copy what is readable with `sqlite3 {self.path} .recover`"
            )

    def _error(self, exc: sqlite3.DatabaseError) -> ReviewStoreError:
        msg = str(exc)
        if "readonly" in msg or "read-only" in msg:
            return ReviewStoreError(f"{self.path}: the review store is read-only; "
                                    "decisions cannot be saved")
        if "malformed" in msg or "corrupt" in msg:
            return ReviewStoreError(
                f"{self.path}: the review store is damaged ({msg}); "
                f"copy what is readable with `sqlite3 {self.path} .recover`"
            )
        return ReviewStoreError(f"{self.path}: not a usable review store ({msg})")

    # -- lifecycle -----------------------------------------------------------------------

    def _init_schema(self) -> None:
        has_meta = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if not has_meta:
            with self._tx():
                for stmt in (_SCHEMA + _ADDITIONS).split(";"):
                    if stmt.strip():
                        self._db.execute(stmt)
                self._db.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("schema_version", str(SCHEMA_VERSION)), ("created_at", now())],
                )
            return
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        try:
            version = int(row[0]) if row else 0
        except ValueError:
            version = 0
        if version > SCHEMA_VERSION:
            raise ReviewStoreError(
                f"{self.path}: review store schema {version} is newer than this quotes "
                f"(knows {SCHEMA_VERSION}); upgrade quotes"
            )
        if version < 1:
            raise ReviewStoreError(f"{self.path}: review store has no schema version")
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if not self.readonly and not {"registry_changes", "added"} <= tables:
            with self._tx():
                for stmt in _ADDITIONS.split(";"):
                    if stmt.strip():
                        self._db.execute(stmt)

    def _has_table(self, name: str) -> bool:
        return self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        ).fetchone() is not None

    @property
    def schema_version(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self) -> _Transaction:
        if self.readonly:
            raise ReviewStoreError(f"{self.path}: the review store is opened read-only; "
                                   "decisions cannot be saved")
        return _Transaction(self._db)

    # -- documents and records -----------------------------------------------------------

    @_guarded
    def document(self, doc_id: str) -> StoredDocument | None:
        row = self._db.execute(
            "SELECT doc_id, path, text_sha256, text FROM documents WHERE doc_id=?", (doc_id,)
        ).fetchone()
        return StoredDocument(*row) if row else None

    @_guarded
    def documents(self) -> list[StoredDocument]:
        rows = self._db.execute(
            "SELECT doc_id, path, text_sha256, text FROM documents ORDER BY added_at, doc_id"
        )
        return [StoredDocument(*r) for r in rows]

    @_guarded
    def add_document(
        self, doc_id: str, text: str, records: Iterable[dict[str, Any]], path: str | None = None
    ) -> StoredDocument:
        """Register an article and its draft records; records already stored are kept as they are.

        Raises:
            ReviewStoreError: the store holds a different text under the same ``doc_id``
                (the article changed, or two files share a name), since old offsets would
                then point at the wrong words.
        """
        digest = text_sha256(text)
        existing = self.document(doc_id)
        if existing is not None and existing.text_sha256 != digest:
            raise ReviewStoreError(
                f"{doc_id}: the store {self.path} holds a different text under this id "
                "(the article changed or another file has the same name); use another --store"
            )
        records = list(records)
        if existing is not None:
            known = {r[0] for r in self._db.execute(
                "SELECT record_id FROM records WHERE doc_id=?", (doc_id,))}
            if all(rec["id"] in known for rec in records):
                return existing  # nothing new: no write (a read-only store can resume)
        stamp = now()
        with self._tx():
            if existing is None:
                self._db.execute(
                    "INSERT INTO documents(doc_id, path, text_sha256, text, added_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (doc_id, path, digest, text, stamp),
                )
            base = self._db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM records WHERE doc_id=?", (doc_id,)
            ).fetchone()[0]
            for i, rec in enumerate(records):
                self._db.execute(
                    "INSERT OR IGNORE INTO records(doc_id, record_id, position, record, added_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (doc_id, rec["id"], base + i, json.dumps(rec, ensure_ascii=False), stamp),
                )
        return self.document(doc_id)  # type: ignore[return-value]

    @_guarded
    def records(self, doc_id: str) -> list[dict[str, Any]]:
        """The draft records of a document, in text order (as first stored)."""
        rows = self._db.execute(
            "SELECT record_id, record FROM records WHERE doc_id=? ORDER BY position", (doc_id,)
        ).fetchall()
        good = []
        for record_id, raw in rows:
            rec = _load_record(raw)
            if rec is None:
                where = f"{doc_id} record {record_id}"
                if where not in self.damaged:
                    self.damaged.append(where)
                continue
            good.append(rec)
        return sorted(good, key=lambda rec: (rec["quote"]["start"], rec["quote"]["end"]))

    # -- decisions -----------------------------------------------------------------------

    @_guarded
    def state(self, doc_id: str, record_id: str, reviewer: str) -> ReviewState:
        row = self._db.execute(
            "SELECT * FROM decisions WHERE doc_id=? AND record_id=? AND reviewer=? "
            "ORDER BY seq DESC LIMIT 1",
            (doc_id, record_id, reviewer),
        ).fetchone()
        return _state(row) if row else ReviewState()

    @_guarded
    def states(self, doc_id: str, reviewer: str) -> dict[str, ReviewState]:
        """Current state of every decided record of a document for one reviewer."""
        rows = self._db.execute(
            "SELECT d.* FROM decisions d JOIN (SELECT record_id, max(seq) AS seq FROM decisions "
            "WHERE doc_id=? AND reviewer=? GROUP BY record_id) m ON d.seq = m.seq",
            (doc_id, reviewer),
        )
        return {r["record_id"]: _state(r) for r in rows}

    @_guarded
    def decide(
        self,
        doc_id: str,
        record_id: str,
        reviewer: str,
        *,
        status: str | None = None,
        corrected: dict[str, Any] | None = None,
        note: str | None = None,
        clear_note: bool = False,
        drop: Iterable[str] = (),
    ) -> ReviewState:
        """Append one action and commit it at once.

        The new state builds on the current one: ``corrected`` fields are merged into the
        earlier corrections, ``drop`` removes corrections (a field set back to the
        machine's value), ``note`` replaces the note, and a record with corrections that is
        accepted stays ``corrected``; one whose last correction is dropped is pending again.
        """
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown review status {status!r}")
        cur = self.state(doc_id, record_id, reviewer)
        fixes = dict(cur.corrected)
        if corrected:
            fixes.update(corrected)
        for key in drop:
            fixes.pop(key, None)
        new_status = status or cur.status
        if new_status == "corrected" and not fixes:
            new_status = "pending"  # nothing is signed off silently: accept it again
        if corrected and status is None:
            new_status = "corrected"  # correcting a record means keeping it, fixed
        if new_status == "accepted" and fixes:
            new_status = "corrected"
        new_note = None if clear_note else (note if note is not None else cur.note)
        return self._append(doc_id, record_id, reviewer, new_status, fixes, new_note, None)

    def accept(self, doc_id: str, record_id: str, reviewer: str) -> ReviewState:
        return self.decide(doc_id, record_id, reviewer, status="accepted")

    def reject(self, doc_id: str, record_id: str, reviewer: str) -> ReviewState:
        return self.decide(doc_id, record_id, reviewer, status="rejected")

    def correct(
        self, doc_id: str, record_id: str, reviewer: str, **fields: Any
    ) -> ReviewState:
        """Record corrected fields (``speaker={"name": ...}``, ``type="indirect"``)."""
        return self.decide(doc_id, record_id, reviewer, corrected=fields)

    def annotate(self, doc_id: str, record_id: str, reviewer: str, note: str) -> ReviewState:
        """Set the note; an empty note clears it. The status does not change."""
        note = note.strip()
        return self.decide(doc_id, record_id, reviewer, note=note or None, clear_note=not note)

    def undo(
        self,
        doc_id: str,
        reviewer: str,
        *,
        only: Collection[int] | None = None,
        before: int | None = None,
    ) -> str | None:
        """Undo this reviewer's latest action on the document not yet undone.

        Returns the record id whose state was restored, or None when there is nothing left.
        See :meth:`undo_action` for ``only`` and ``before``.
        """
        done = self.undo_action(doc_id, reviewer, only=only, before=before)
        return done[0] if done else None

    @_guarded
    def undo_action(
        self,
        doc_id: str,
        reviewer: str,
        *,
        only: Collection[int] | None = None,
        before: int | None = None,
    ) -> tuple[str, int] | None:
        """Undo one action; returns (record id, seq of the undone row), or None.

        Args:
            only: undo only among these rows (the actions of one open window), so a
                second window of the same reviewer is never undone behind its back.
            before: undo only rows older than this seq (made before a window opened).
        """
        sql = (
            "SELECT * FROM decisions WHERE doc_id=? AND reviewer=? AND undoes IS NULL "
            "AND seq NOT IN (SELECT undoes FROM decisions WHERE doc_id=? AND reviewer=? "
            "AND undoes IS NOT NULL)"
        )
        args: list[Any] = [doc_id, reviewer, doc_id, reviewer]
        if only is not None:
            seqs = sorted(int(x) for x in only)
            if not seqs:
                return None
            sql += f" AND seq IN ({','.join('?' * len(seqs))})"
            args += seqs
        if before is not None:
            sql += " AND seq < ?"
            args.append(before)
        target = self._db.execute(sql + " ORDER BY seq DESC LIMIT 1", args).fetchone()
        if target is None:
            return None
        before_row = self._db.execute(
            "SELECT * FROM decisions WHERE doc_id=? AND record_id=? AND reviewer=? AND seq<? "
            "ORDER BY seq DESC LIMIT 1",
            (doc_id, target["record_id"], reviewer, target["seq"]),
        ).fetchone()
        prev = _state(before_row) if before_row else ReviewState()
        self._append(
            doc_id, target["record_id"], reviewer, prev.status, dict(prev.corrected), prev.note,
            target["seq"],
        )
        return str(target["record_id"]), int(target["seq"])

    @_guarded
    def last_seq(self) -> int:
        """The newest decision row (0 in a new store): where an open window's history starts."""
        return self._db.execute("SELECT coalesce(max(seq), 0) FROM decisions").fetchone()[0]

    # -- what a decision did outside the store ----------------------------------------

    @_guarded
    def note_alias(
        self, seq: int, doc_id: str, record_id: str, reviewer: str, registry: str,
        name: str, alias: str, created: bool,
    ) -> None:
        """Remember that decision ``seq`` saved ``alias`` of ``name`` into ``registry``."""
        with self._tx():
            self._db.execute(
                "INSERT INTO registry_changes(seq, doc_id, record_id, reviewer, registry, name, "
                "alias, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, doc_id, record_id, reviewer, registry, name, alias, int(created)),
            )

    @_guarded
    def aliases_of(self, seq: int) -> list[tuple[str, str, str, bool]]:
        """(registry, name, alias, created) saved after decision ``seq`` and not yet taken out."""
        if not self._has_table("registry_changes"):
            return []
        rows = self._db.execute(
            "SELECT registry, name, alias, created FROM registry_changes "
            "WHERE seq=? AND undone=0", (seq,)
        )
        return [(r[0], r[1], r[2], bool(r[3])) for r in rows]

    @_guarded
    def aliases_taken_out(self, seq: int) -> None:
        with self._tx():
            self._db.execute("UPDATE registry_changes SET undone=1 WHERE seq=?", (seq,))

    # -- quotes the machine missed ------------------------------------------------------

    @_guarded
    def add_record(self, doc_id: str, record: dict[str, Any], reviewer: str) -> ReviewState:
        """Store a record a reviewer added (a missed quote) and accept it in one transaction."""
        stamp = now()
        with self._tx():
            pos = self._db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM records WHERE doc_id=?", (doc_id,)
            ).fetchone()[0]
            self._db.execute(
                "INSERT INTO records(doc_id, record_id, position, record, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (doc_id, record["id"], pos, json.dumps(record, ensure_ascii=False), stamp),
            )
            self._db.execute(
                "INSERT INTO added(doc_id, record_id, reviewer, time) VALUES (?, ?, ?, ?)",
                (doc_id, record["id"], reviewer, stamp),
            )
        return self.accept(doc_id, record["id"], reviewer)

    @_guarded
    def added_ids(self, doc_id: str) -> dict[str, str]:
        """Record id -> reviewer, for the records reviewers added to a document."""
        if not self._has_table("added"):
            return {}
        rows = self._db.execute("SELECT record_id, reviewer FROM added WHERE doc_id=?", (doc_id,))
        return {r[0]: r[1] for r in rows}

    @_guarded
    def _append(
        self,
        doc_id: str,
        record_id: str,
        reviewer: str,
        status: str,
        corrected: dict[str, Any],
        note: str | None,
        undoes: int | None,
    ) -> ReviewState:
        stamp = now()
        with self._tx():
            cur = self._db.execute(
                "INSERT INTO decisions(doc_id, record_id, reviewer, status, corrected, note, time, "
                "undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    record_id,
                    reviewer,
                    status,
                    json.dumps(corrected, ensure_ascii=False) if corrected else None,
                    note,
                    stamp,
                    undoes,
                ),
            )
        return ReviewState(status, corrected, note, reviewer, stamp, cur.lastrowid)

    # -- reading back --------------------------------------------------------------------

    @_guarded
    def progress(self, doc_id: str, reviewer: str) -> tuple[int, int]:
        """(decided, total) records of a document for one reviewer: the "12/40 reviewed"."""
        total = self._db.execute(
            "SELECT count(*) FROM records WHERE doc_id=?", (doc_id,)
        ).fetchone()[0]
        done = sum(1 for s in self.states(doc_id, reviewer).values() if s.decided)
        return done, total

    @_guarded
    def reviewers(self, doc_id: str | None = None) -> list[str]:
        if doc_id is None:
            rows = self._db.execute("SELECT DISTINCT reviewer FROM decisions ORDER BY reviewer")
        else:
            rows = self._db.execute(
                "SELECT DISTINCT reviewer FROM decisions WHERE doc_id=? ORDER BY reviewer",
                (doc_id,),
            )
        return [r[0] for r in rows]

    @_guarded
    def decision_count(self, reviewer: str | None = None) -> int:
        """How many actions were written (undo rows included); used to watch a live session."""
        if reviewer is None:
            return self._db.execute("SELECT count(*) FROM decisions").fetchone()[0]
        return self._db.execute(
            "SELECT count(*) FROM decisions WHERE reviewer=?", (reviewer,)
        ).fetchone()[0]

    @_guarded
    def history(self, doc_id: str, record_id: str) -> list[sqlite3.Row]:
        """Every action on a record, oldest first, all reviewers."""
        return self._db.execute(
            "SELECT * FROM decisions WHERE doc_id=? AND record_id=? ORDER BY seq",
            (doc_id, record_id),
        ).fetchall()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error (the connection is in autocommit)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


def _load_record(raw: Any) -> dict[str, Any] | None:
    """A stored draft record, or None when its row no longer holds one (damaged JSON)."""
    try:
        rec = json.loads(raw)
        quote = rec["quote"]
        if isinstance(rec["id"], str) and isinstance(quote["start"], int) and isinstance(
            quote["end"], int
        ):
            return rec
    except (TypeError, ValueError, KeyError):
        pass
    return None


def _corrections(raw: Any) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        fixes = json.loads(raw)
    except (TypeError, ValueError):
        raise sqlite3.DatabaseError("a decision row holds damaged JSON (malformed)") from None
    if not isinstance(fixes, dict):
        raise sqlite3.DatabaseError("a decision row holds damaged JSON (malformed)")
    return fixes


def _state(row: sqlite3.Row) -> ReviewState:
    return ReviewState(
        status=row["status"],
        corrected=_corrections(row["corrected"]),
        note=row["note"],
        reviewer=row["reviewer"],
        time=row["time"],
        seq=row["seq"],
    )
