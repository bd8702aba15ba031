"""``kosum summarize`` on a tree of files: formats, encodings, outputs, errors, resume and exit codes."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from batch_tree import FISHING, LIBRARY, STARTUP, TITLES, body, build_tree
from kosum import Summarizer
from kosum.interfaces.cli import cli

OPTIONS = {"engine": "extractive", "sentences": "auto", "bullets": 2, "bullet_style": "noun"}
BINARY = "바이너리 파일로 보입니다: UTF-8·CP949·UTF-16 텍스트가 아닙니다 (binary file, not text)."
EMPTY = "요약할 텍스트가 비어 있습니다 (empty input)."
IGNORED = "; 1 not read (unknown type): tree/ignored.log"  # a folder's files of unknown type are named
OUTPUTS = [
    "bom.json",
    "cp949.json",
    "errors.jsonl",
    "feed.jsonl",
    "nested/deeper/note.json",
    "page.json",
    "table.jsonl",
    "utf16.json",
    "utf8.json",
]


def kosum(*args: str) -> Result:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def row_sha(ident: str, title: str | None, text: str) -> str:
    return hashlib.sha256(json.dumps([ident, title, text], ensure_ascii=False).encode()).hexdigest()


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def expected(text: str, title: str | None = None) -> dict[str, Any]:
    return Summarizer(engine="extractive").summarize(text, title=title).to_dict()


def expected_morphemes(text: str) -> dict[str, Any]:
    """The morphemes a record keeps beside its summary (kosum.Morphemes)."""
    morphemes = Summarizer(engine="extractive").summarize(text).morphemes
    assert morphemes is not None
    return morphemes.to_dict()


def error(path: str, ident: str | None, message: str) -> dict[str, Any]:
    return {"path": path, "id": ident, "error": "InputError", "message": message}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    build_tree(tmp_path)
    return Path("tree")


@pytest.fixture
def first_run(tree: Path) -> Result:
    return kosum("tree", "-o", "out")


def test_tree_outputs_errors_and_exit_code(first_run: Result) -> None:
    assert first_run.exit_code == 1
    assert first_run.output == f"kosum: 10 done, 0 skipped, 4 failed; errors: out/errors.jsonl{IGNORED}\n"
    out = Path("out")
    assert sorted(files(out)) == OUTPUTS
    assert jsonl(out / "errors.jsonl") == [
        error("tree/binary.txt", None, BINARY),
        error("tree/empty.txt", None, EMPTY),
        error("tree/feed.jsonl", "j3", EMPTY),
        error("tree/table.csv", "2", EMPTY),
    ]
    fishing = expected(FISHING)
    assert fishing["title"] == TITLES["fishing"]
    for name in ("utf8", "bom", "cp949", "utf16"):  # every encoding decodes to the same article
        record = json.loads((out / f"{name}.json").read_text("utf-8"))
        assert record == {
            "source": f"tree/{name}.txt",
            "id": None,
            "input_sha256": sha256(Path(f"tree/{name}.txt")),
            "options": OPTIONS,
            "length": fishing["length"],  # the count "auto" gave this article, also in its summary
            "kosum": "0.1.0",
            "summary": fishing,
            "morphemes": expected_morphemes(FISHING),
        }
    note = json.loads((out / "nested/deeper/note.json").read_text("utf-8"))
    assert note["source"] == "tree/nested/deeper/note.md"
    assert note["summary"] == expected(STARTUP)
    page = json.loads((out / "page.json").read_text("utf-8"))
    assert page["summary"]["title"] == TITLES["library"]
    assert page["summary"]["text"].startswith("새봄구는 주민 가까이에 작은도서관 열 곳을 새로 짓는다고 5일 밝혔다.")
    assert "누리집" not in page["summary"]["text"]  # page chrome is left out


def test_rows_become_jsonl_lines_keyed_by_id(first_run: Result) -> None:
    feed = jsonl(Path("out/feed.jsonl"))
    assert [(r["source"], r["id"]) for r in feed] == [("tree/feed.jsonl", "j1"), ("tree/feed.jsonl", "../../etc/x")]
    assert feed[0]["input_sha256"] == row_sha("j1", TITLES["startup"], body(STARTUP))
    assert feed[0]["summary"] == expected(body(STARTUP), TITLES["startup"])
    assert feed[1]["summary"] == expected(LIBRARY)
    assert all(r["options"] == OPTIONS for r in feed)
    table = jsonl(Path("out/table.jsonl"))  # no id column: ids are record numbers
    assert [r["id"] for r in table] == ["1", "3"]
    assert table[0]["summary"] == expected(body(LIBRARY), TITLES["library"])
    assert table[1]["summary"] == expected(FISHING)
    # the id ../../etc/x wrote nothing outside the output folder
    assert sorted(p.name for p in Path().iterdir()) == ["out", "tree"]
    assert not list(Path().rglob("etc")) and not list(Path().rglob("x.json*"))


def test_rerun_skips_what_is_done_and_redoes_what_changed(first_run: Result) -> None:
    before = files(Path("out"))
    rerun = kosum("tree", "-o", "out")
    assert rerun.exit_code == 1
    assert rerun.output == f"kosum: 0 done, 10 skipped, 4 failed; errors: out/errors.jsonl{IGNORED}\n"
    assert files(Path("out")) == before
    Path("tree/utf8.txt").write_text(STARTUP, "utf-8")
    changed = kosum("tree", "-o", "out", "--quiet")
    assert changed.exit_code == 1 and changed.output == ""
    assert json.loads(Path("out/utf8.json").read_text("utf-8"))["summary"]["title"] == TITLES["startup"]
    assert kosum("tree", "-o", "out").output.startswith("kosum: 0 done, 10 skipped, 4 failed")
    assert kosum("tree", "-o", "out", "--overwrite").output.startswith("kosum: 10 done, 0 skipped, 4 failed")
    other = kosum("tree", "-o", "out", "-s", "1")  # other options: everything is summarized again
    assert other.output.startswith("kosum: 10 done, 0 skipped, 4 failed")
    assert {r["options"]["sentences"] for r in jsonl(Path("out/feed.jsonl"))} == {1}


def test_all_succeeded_is_exit_0_and_removes_an_old_error_report(first_run: Result) -> None:
    for name in ("binary.txt", "empty.txt"):
        Path("tree", name).unlink()
    feed = {"id": "j1", "text": "바다마을에 새 다리가 놓였다. 주민들이 기뻐했다."}
    Path("tree/feed.jsonl").write_text(json.dumps(feed, ensure_ascii=False) + "\n", "utf-8")
    Path("tree/table.csv").write_text("내용\n버스 노선이 늘었다. 주민들이 반겼다.\n", "utf-8")
    result = kosum("tree", "-o", "out")
    assert result.exit_code == 0
    assert result.output == f"kosum: 2 done, 6 skipped, 0 failed{IGNORED}\n"
    assert not Path("out/errors.jsonl").exists()
    assert [r["id"] for r in jsonl(Path("out/feed.jsonl"))] == ["j1"]


def test_markdown_outputs_with_provenance(tree: Path) -> None:
    result = kosum("tree/utf8.txt", "tree/feed.jsonl", "-o", "md", "--format", "md")
    assert result.exit_code == 1
    assert sorted(files(Path("md"))) == ["errors.jsonl", "feed.jsonl", "utf8.md"]
    text = Path("md/utf8.md").read_text("utf-8")
    assert text.startswith(
        '---\nsource: "tree/utf8.txt"\nid: null\n'
        f'input_sha256: "{sha256(Path("tree/utf8.txt"))}"\n'
        'options: {"engine": "extractive", "sentences": "auto", "bullets": 2, "bullet_style": "noun"}\n'
        "length: 3\n"  # a short article: "auto" gives it the fewest sentences
        'kosum: "0.1.0"\n---\n\n# 푸른군, 어촌 체험 관광객 두 배로 확대\n'
    )
    assert kosum("tree/utf8.txt", "tree/feed.jsonl", "-o", "md", "-f", "md").output.startswith("kosum: 0 done, 3")


def test_single_jsonl_output_file(tree: Path) -> None:
    result = kosum("tree", "--output", "all.jsonl")
    assert result.exit_code == 1
    assert result.output == f"kosum: 10 done, 0 skipped, 4 failed; errors: all.errors.jsonl{IGNORED}\n"
    records = jsonl(Path("all.jsonl"))
    assert [(r["source"], r["id"]) for r in records] == [
        ("tree/bom.txt", None),
        ("tree/cp949.txt", None),
        ("tree/feed.jsonl", "j1"),
        ("tree/feed.jsonl", "../../etc/x"),
        ("tree/page.html", None),
        ("tree/table.csv", "1"),
        ("tree/table.csv", "3"),
        ("tree/utf16.txt", None),
        ("tree/utf8.txt", None),
        ("tree/nested/deeper/note.md", None),
    ]
    assert len(jsonl(Path("all.errors.jsonl"))) == 4
    assert not Path("all.jsonl.parts").exists()
    assert kosum("tree", "--output", "all.jsonl").output.startswith("kosum: 0 done, 10 skipped, 4 failed")


def test_two_workers_write_the_same_outputs_as_one(first_run: Result) -> None:
    result = kosum("tree", "-o", "out2", "--workers", "2")
    assert result.output == f"kosum: 10 done, 0 skipped, 4 failed; errors: out2/errors.jsonl{IGNORED}\n"
    assert files(Path("out2")) == files(Path("out"))


def test_globs_and_size_limit(tree: Path) -> None:
    result = kosum("tree", "-o", "logs", "--glob", "*.log", "--glob", "nested/*")
    assert result.output == "kosum: 2 done, 0 skipped, 0 failed\n"
    assert sorted(files(Path("logs"))) == ["ignored.json", "nested/deeper/note.json"]
    small = kosum("tree/utf8.txt", "tree/table.csv", "-o", "small", "--max-chars", "250")
    assert small.output == "kosum: 1 done, 0 skipped, 3 failed; errors: small/errors.jsonl\n"
    too_large = "기사가 너무 깁니다: {}자 (최대 250자, 한도 설정: max_chars) (article too large)."
    assert jsonl(Path("small/errors.jsonl")) == [
        error("tree/utf8.txt", None, too_large.format(len(FISHING))),
        error("tree/table.csv", "2", EMPTY),
        error("tree/table.csv", "3", too_large.format(len(FISHING))),
    ]
    tiny = kosum("tree/utf8.txt", "-o", "tiny", "--max-chars", "100")  # the file is too big to hold 100 characters
    assert tiny.exit_code == 1
    assert "622바이트 (최대 100자," in jsonl(Path("tiny/errors.jsonl"))[0]["message"]


def test_fields_of_jsonl_and_csv(tree: Path) -> None:
    Path("tree/custom.jsonl").write_text(
        json.dumps({"no": 7, "headline": "작은 제목", "article": body(FISHING)}, ensure_ascii=False) + "\n", "utf-8"
    )
    args = ("--text-field", "article", "--title-field", "HEADLINE", "--id-field", "no")
    result = kosum("tree/custom.jsonl", *args)
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert (record["id"], record["summary"]["title"]) == ("7", "작은 제목")
    missing = kosum("tree/table.csv", "-o", "t", "--text-field", "본문")
    assert missing.exit_code == 1
    assert jsonl(Path("t/errors.jsonl")) == [
        error(
            "tree/table.csv",
            None,
            "text 필드(본문)가 없습니다; 있는 필드: 제목, 내용 (no text field; see text_field).",
        )
    ]


def test_stdout_modes(tree: Path) -> None:
    one = kosum("tree/cp949.txt")
    assert one.exit_code == 0
    assert one.output.startswith("# 푸른군, 어촌 체험 관광객 두 배로 확대\n\n## 요약\n")
    assert json.loads(kosum("tree/utf16.txt", "-f", "json").output) == expected(FISHING)
    many = kosum("tree/feed.jsonl", "tree/utf8.txt")
    assert many.exit_code == 1
    lines = many.output.splitlines()
    assert lines[2] == f"kosum: tree/feed.jsonl#j3: {EMPTY}"
    assert [json.loads(line)["id"] for line in lines[:2] + lines[3:4]] == ["j1", "../../etc/x", None]
    assert lines[4:] == ["kosum: 3 done, 0 skipped, 1 failed"]
    assert not Path("out").exists()


def test_bad_usage_is_exit_2(tree: Path) -> None:
    cases = [
        (("tree", "-o", "a", "--output", "b.jsonl"), "give -o/--out-dir or --output, not both"),
        (("tree", "--output", "b.jsonl", "-f", "md"), "--output writes JSONL"),
        (("tree", "-o", "a", "-f", "jsonl"), "for one JSONL file use --output FILE.jsonl"),
        (("tree", "-f", "json"), "--format json prints one article"),
        (("tree", "-w", "0"), "0 is not in the range"),
    ]
    for args, message in cases:
        result = kosum(*args)
        assert result.exit_code == 2, args
        assert message in result.output
    assert kosum("nope").output == "kosum: nope: 파일이나 폴더가 없습니다 (no such file or directory).\n"
    Path("void").mkdir()
    assert kosum("void", "-o", "out").output == "kosum: 요약할 파일이 없습니다 (no input files found).\n"


def test_output_folder_inside_the_input_folder_is_not_read(tree: Path) -> None:
    assert kosum("tree", "-o", "tree/out").output.startswith("kosum: 10 done, 0 skipped, 4 failed")
    assert kosum("tree", "-o", "tree/out").output.startswith("kosum: 0 done, 10 skipped, 4 failed")
    assert sorted(files(Path("tree/out"))) == OUTPUTS
    assert os.path.exists("tree/out/errors.jsonl")


def test_seq2seq_model_through_the_cli(tree: Path, tiny_ct2: Path) -> None:
    result = kosum("tree/utf8.txt", "tree/feed.jsonl", "-o", "s2s", "-e", "abstractive", "-m", str(tiny_ct2), "-w", "2")
    assert result.output == "kosum: 3 done, 0 skipped, 1 failed; errors: s2s/errors.jsonl\n"
    record = json.loads(Path("s2s/utf8.json").read_text("utf-8"))
    assert record["summary"]["engine"] == "abstractive"
    assert (record["options"]["engine"], record["options"]["backend"]) == ("abstractive", "ctranslate2")
    assert record["options"]["model"] == record["summary"]["model"]
    assert kosum("tree/utf8.txt", "-o", "s2s", "-e", "abstractive", "-m", str(tiny_ct2)).output.startswith(
        "kosum: 0 done, 1 skipped"
    )
    assert kosum("tree/utf8.txt", "-o", "s2s").output.startswith("kosum: 1 done, 0 skipped")  # extractive now
