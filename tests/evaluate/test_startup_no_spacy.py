"""``quotes --help`` and the eval/parallel modules start without importing spaCy."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from click.testing import CliRunner
import quotes.cli, quotes.evaluate, quotes.parallel
for args in (["--help"], ["eval", "--help"], ["extract", "--help"]):
    result = CliRunner().invoke(quotes.cli.main, args)
    assert result.exit_code == 0, (args, result.output)
heavy = sorted(m for m in ("spacy", "thinc", "textual", "torch") if m in sys.modules)
print(",".join(heavy))
"""


def test_help_does_not_import_spacy():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
