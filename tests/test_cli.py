from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kosum.interfaces.cli import cli

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bada-county-welfare.txt"


def test_markdown_by_default() -> None:
    result = CliRunner().invoke(cli, ["summarize", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# 바다군, 어르신 돌봄·교통·관광 3대 분야에 예산 집중\n")
    assert "## 농어촌 교통" in result.output


def test_json_and_options() -> None:
    result = CliRunner().invoke(
        cli, ["summarize", str(EXAMPLE), "--format", "json", "-s", "1", "-b", "1", "--bullet-style", "sentence"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["summary_sources"]) == 1
    assert all(len(s["bullets"]) == 1 for s in data["sections"])
    assert data["sections"][1]["bullets"][0]["text"].endswith("운행한다.")


def test_stdin() -> None:
    result = CliRunner().invoke(cli, ["summarize", "-"], input=EXAMPLE.read_text("utf-8"))
    assert result.exit_code == 0
    assert "## 해양 관광" in result.output


def test_user_errors_through_the_runner() -> None:
    result = CliRunner().invoke(cli, ["summarize", "-"], input="   \n")
    assert result.exit_code == 2
    assert result.output == "kosum: 요약할 텍스트가 비어 있습니다 (empty input).\n"


def test_errors_are_messages_with_exit_codes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    for path, message in ((empty, "비어 있습니다"), (binary, "UTF-8")):
        proc = subprocess.run(
            [sys.executable, "-m", "kosum", "summarize", str(path)], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 2
        assert proc.stdout == ""
        assert proc.stderr.startswith("kosum: ") and message in proc.stderr
        assert "Traceback" not in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "kosum", "summarize", "-s", "0", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "sentences must be 'auto' or a whole number between 1 and 50, not 0" in proc.stderr
