"""Kill a real `quotes review` process mid-session: every decision made before is kept.

The review runs in a pseudo-terminal (as in a person's terminal), gets key presses,
and is SIGKILLed without any chance to clean up; the store and `quotes export` must
then hold each decision.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_sample import DOC_ID

from quotes.cli import main
from quotes.review.store import ReviewStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


class Terminal:
    """A child process on a pty, with its screen output collected in the background."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.proc = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env,
            start_new_session=True, close_fds=True,
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def wait_for_output(self, needle: bytes, timeout: float = 30.0, since: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.output[since:]:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(
                    f"never showed {needle!r}: {bytes(self.output[-2000:])!r}"
                )
            time.sleep(0.05)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        os.close(self.master)


def wait_for_decisions(path: Path, n: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with ReviewStore(path) as store:
            if store.decision_count() >= n:
                return
        if time.monotonic() > deadline:
            raise AssertionError(f"the store never reached {n} decisions")
        time.sleep(0.05)


def test_sigkill_mid_review_loses_no_decision(files, tmp_path):
    records_file, article = files
    store_path = tmp_path / "kill.sqlite"
    env = {**os.environ, "TERM": "xterm-256color", "QUOTES_REVIEWER": "kim", "COLUMNS": "80",
           "LINES": "24"}
    term = Terminal(
        [sys.executable, "-m", "quotes", "review", str(records_file), "--text", str(article),
         "--store", str(store_path)],
        cwd=tmp_path, env=env,
    )
    try:
        term.wait_for_output(b"reviewed")
        # (key that opens a dialog or decides, text the dialog shows, what to type in it)
        steps = [
            ("a", None, ""),  # accept record 0
            ("r", None, ""),  # reject record 1
            ("c", b"empty clears", "check the minutes\r"),  # note on record 2
            ("t", b"1-5 picks", "2"),  # record 2: according_to -> indirect
            # the dialog opens with the name selected, so typing replaces it
            ("s", b"completes", "Coastal Herald desk\r"),  # record 2: new speaker
        ]
        for done, (key, dialog, typed) in enumerate(steps, 1):
            mark = len(term.output)
            term.type(key)
            if dialog:
                # Keys sent before the dialog is drawn would reach the screen behind it.
                # (Textual also handles a burst's printable keys before its bound keys
                # such as backspace, so each burst ends with its only control key.)
                term.wait_for_output(dialog, since=mark)
                term.type(typed)
            wait_for_decisions(store_path, done)
        assert term.proc.poll() is None, "the review ended before it was killed"
    finally:
        term.kill()
    assert term.proc.returncode == -signal.SIGKILL

    with ReviewStore(store_path) as store:
        records = store.records(DOC_ID)
        states = store.states(DOC_ID, "kim")
    r = [rec["id"] for rec in records]
    assert states[r[0]].status == "accepted"
    assert states[r[1]].status == "rejected"
    assert states[r[2]].status == "corrected"
    assert states[r[2]].note == "check the minutes"
    assert states[r[2]].corrected == {
        "type": "indirect", "speaker": {"name": "Coastal Herald desk"},
    }

    result = CliRunner().invoke(main, ["export", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    exported = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["id"], x["review"]["status"], x["review"]["reviewer"]) for x in exported] == [
        (r[0], "accepted", "kim"), (r[1], "rejected", "kim"), (r[2], "corrected", "kim"),
    ]
