"""``quotes extract --dask``: usage mistakes get one line and exit 2, before any cluster."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quotes.cli import main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dask", "local:2", "a.txt"], "--dask needs -o OUT_DIR"),
        (["--dask", "local:0", "a.txt", "-o", "out"], "local:N with N a positive number"),
        (["--dask", "nowhere", "a.txt", "-o", "out"], "expected local:N"),
        (["--dask", "local:2", "--format", "table", "a.txt", "-o", "out"], "JSON Lines"),
        (["--partition-size", "5", "a.txt"], "--partition-size goes with --dask"),
    ],
)
def test_dask_usage_errors(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text('"Rates will rise," the banker said.\n')
    result = CliRunner().invoke(main, ["extract", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_output_file_is_not_a_dask_folder(tmp_path):
    (tmp_path / "a.txt").write_text('"Rates will rise," the banker said.\n')
    (tmp_path / "taken").write_text("x")
    args = ["extract", "--dask", "local:1", str(tmp_path / "a.txt"), "-o", str(tmp_path / "taken")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "with --dask, -o names a folder" in result.output


def test_folder_output_without_dask_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text('"Rates will rise," the banker said.\n')
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.output
