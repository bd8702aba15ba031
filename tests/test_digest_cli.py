"""``kosum digest`` over files and rows (own-written releases): formats, failures, resume."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from kosum.interfaces.cli import cli
from test_digest import FESTIVAL_CITY, FESTIVAL_PROVINCE, HEATING, ROBOTS


def _tree(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "robots.txt").write_text(ROBOTS, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 40)
    rows = [
        {
            "id": "c1",
            "source": "순천시",
            "url": "https://example.kr/c1",
            "title": "겨울 정원 축제",
            "text": FESTIVAL_CITY,
        },
        {
            "id": "p1",
            "source": "전라남도",
            "url": "https://example.kr/p1",
            "title": "축제 지원",
            "text": FESTIVAL_PROVINCE,
        },
        {"id": "h1", "source": "순천시", "date": "2026-12-05", "title": "난방비 지원", "text": HEATING},
    ]
    (folder / "day.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return folder


def test_a_folder_with_a_broken_file_lists_the_failure_and_still_renders(tmp_path: Path) -> None:
    out = tmp_path / "day.html"
    result = CliRunner().invoke(cli, ["digest", str(_tree(tmp_path)), "-o", str(out)])
    assert result.exit_code == 1, result.output
    page = out.read_text("utf-8")
    assert "broken.txt" in page and 'id="failures"' in page
    assert page.count("<article>") == 3  # the festival twice is one event
    assert '<a href="https://example.kr/c1"' in page and "전라남도" in page and "day.jsonl#p1" in page
    assert "2026-12-05" in page
    assert (tmp_path / "day.summaries.errors.jsonl").exists()
    assert re.search(r"kosum: \d+ areas, 3 entries from 4 done, 0 skipped, 1 failed; digest: ", result.stderr)


def test_json_and_markdown_by_extension_and_resume(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    (folder / "broken.txt").unlink()
    out = tmp_path / "day.json"
    first = CliRunner().invoke(cli, ["digest", str(folder), "-o", str(out)])
    assert first.exit_code == 0, first.output
    data = json.loads(out.read_text("utf-8"))
    areas = {a["name"]: a["entries"] for a in data["areas"]}
    (festival,) = areas["문화·관광"]
    assert [s["office"] for s in festival["sources"]] == ["순천시", "전라남도"]
    assert data["failures"] == []
    again = CliRunner().invoke(cli, ["digest", str(folder), "-o", str(tmp_path / "day.md")])
    assert "0 done, 4 skipped, 0 failed" in again.stderr  # day.md shares day.json's summaries
    assert CliRunner().invoke(cli, ["digest", str(folder), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text("utf-8")) == data
    assert (tmp_path / "day.md").read_text("utf-8").startswith("# 보도자료 요약 모음")


def test_an_unknown_extension_is_bad_usage(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["digest", str(_tree(tmp_path)), "-o", str(tmp_path / "day.pdf")])
    assert result.exit_code == 2 and "-o must end in" in result.output


def test_a_digest_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    result = CliRunner().invoke(cli, ["digest", str(folder), "-o", str(folder / "day.html")])
    assert result.exit_code == 2 and "outside the input folder" in result.output
    assert not (folder / "day.html").exists() and not (folder / "day.summaries.jsonl").exists()
