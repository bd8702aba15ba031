"""A hostile or careless batch: nothing lost, nothing hangs, nothing leaks (issue 12).

Each test reproduces one case of the issue: outputs onto inputs, bad rows and names, symbolic links,
long names, oversized cells, concurrent runs, an output folder inside the input folder, FIFOs and
endless streams, permissions and name clashes.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from batch_tree import FISHING, LIBRARY, STARTUP, TITLES, body, outputs
from kosum.batch.discovery import discover
from kosum.batch.naming import LOCK_NAME, MAX_NAME_BYTES, OutputLock
from kosum.batch.readers import Article, Failure, InputFile, ReadOptions, read_articles
from kosum.batch.run import summarize_files
from kosum.errors import KosumError, UsageError
from kosum.interfaces.cli import cli

ROOT = Path(__file__).resolve().parent.parent
LOOP = "심볼릭 링크가 순환합니다 (symbolic link loop)."
OUTSIDE = "폴더 밖을 가리키는 심볼릭 링크라서 읽지 않았습니다 (symbolic link out of the folder; see follow_symlinks)."
NOT_REGULAR = "일반 파일이 아니라서 읽지 않았습니다: FIFO·장치·소켓 (not a regular file)."
SURROGATE = "짝이 없는 서로게이트 문자(\\ud800)가 있어 텍스트로 읽을 수 없습니다 (lone surrogate)."
CP949_NAME = b"\xc7\xd1\xb1\xdb.txt"  # "한글.txt" in CP949, as in old Korean archives


def kosum(*args: str, **kwargs: Any) -> Result:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args], **kwargs)


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def errors(path: Path) -> dict[tuple[str, str | None], str]:
    return {(e["path"], e["id"]): e["message"] for e in jsonl(path)}


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


# 1. An output onto an input is refused before anything is written.


def test_output_onto_an_input_is_refused(here: Path) -> None:
    Path("rows").mkdir()
    write_rows(Path("rows/r.jsonl"), [{"id": "a", "text": FISHING}])
    Path("rows/a.txt").write_text(LIBRARY, "utf-8")
    before = {p: p.read_bytes() for p in Path("rows").iterdir()}
    for args in (("rows/r.jsonl", "--output", "rows/r.jsonl"), ("rows/a.txt", "--output", "rows/a.txt")):
        result = kosum(*args)
        assert result.exit_code == 2, args
        assert "출력이 입력 파일과 같아 입력을 덮어쓰게 됩니다" in result.output
    assert kosum("rows", "--output", "./rows/../rows/r.jsonl").exit_code == 2  # the same file by another path
    assert {p: p.read_bytes() for p in Path("rows").iterdir()} == before
    with pytest.raises(UsageError):
        summarize_files("rows/a.txt", output="rows/a.txt", options=None)


def test_an_output_folder_never_overwrites_an_input(here: Path) -> None:
    Path("news").mkdir()
    Path("news/a.txt").write_text(FISHING, "utf-8")
    Path("news/a.md").write_text(STARTUP, "utf-8")  # an article whose name is a.txt's Markdown output
    result = kosum("news", "-o", "news", "-f", "md")
    assert (result.exit_code, result.output) == (0, "kosum: 2 done, 0 skipped, 0 failed\n")
    assert Path("news/a.md").read_text("utf-8") == STARTUP
    assert outputs(Path("news")) == ["a.md", "a.md.md", "a.txt", "a.txt.md"]


# 2. One bad row or file name fails alone.


def test_lone_surrogates_fail_their_row_only(here: Path) -> None:
    Path("feed.jsonl").write_text(
        "\n".join(
            [
                '{"id": "t", "title": "\\ud800 제목", "text": ' + json.dumps(FISHING) + "}",
                '{"id": "x\\ud800", "text": ' + json.dumps(FISHING) + "}",
                '{"id": "b", "text": "\\ud800 ' + body(FISHING).replace("\n", " ").replace('"', '\\"') + '"}',
                '{"id": "ok", "text": ' + json.dumps(LIBRARY) + "}",
            ]
        )
        + "\n",
        "utf-8",
    )
    for target in (["-o", "out"], ["--output", "all.jsonl"], []):
        result = kosum("feed.jsonl", *target)
        assert result.exit_code == 1, result.output
    assert errors(Path("out/errors.jsonl")) == {
        ("feed.jsonl", "t"): SURROGATE,
        ("feed.jsonl", "x\\ud800"): SURROGATE,
        ("feed.jsonl", "b"): SURROGATE,
    }
    assert [r["id"] for r in jsonl(Path("out/feed.jsonl"))] == ["ok"]
    assert [r["id"] for r in jsonl(Path("all.jsonl"))] == ["ok"]


@pytest.mark.parametrize("mode", ["-o", "--output", "stdout"])
def test_file_names_that_are_not_utf8_are_escaped(here: Path, mode: str) -> None:
    Path("archive").mkdir()
    with open(os.fsencode("archive") + b"/" + CP949_NAME, "wb") as f:
        f.write(FISHING.encode("cp949"))
    Path("archive/z.txt").write_text(LIBRARY, "utf-8")
    target = {"-o": ["-o", "out"], "--output": ["--output", "all.jsonl"], "stdout": []}[mode]
    result = kosum("archive", *target)
    assert result.exit_code == 0, result.output
    escaped = "archive/\\xc7\u0471\\xdb.txt"  # the bytes that are not UTF-8 escaped (d1 b1 is "ѱ")
    if mode == "-o":
        assert outputs(Path("out")) == ["_xc7\u0471_xdb.json", "z.json"]
        assert json.loads(Path("out/_xc7\u0471_xdb.json").read_text("utf-8"))["source"] == escaped
    elif mode == "--output":
        assert [r["source"] for r in jsonl(Path("all.jsonl"))] == ["archive/z.txt", escaped]
    else:
        assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["archive/z.txt", escaped]


# 3. Symbolic link loops; 13. one rule for links to files and folders.


def test_symlink_loops_fail_alone(here: Path) -> None:
    Path("tree/sub").mkdir(parents=True)
    Path("tree/a.txt").write_text(FISHING, "utf-8")
    Path("tree/sub/b.txt").write_text(LIBRARY, "utf-8")
    Path("tree/self.txt").symlink_to("self.txt")
    Path("tree/ping").symlink_to("pong")
    Path("tree/pong").symlink_to("ping")
    Path("tree/sub/up").symlink_to("..")  # a folder link back into the tree: walked once
    result = kosum("tree", "-o", "out")
    assert result.exit_code == 1
    assert result.output == "kosum: 2 done, 0 skipped, 3 failed; errors: out/errors.jsonl\n"
    assert errors(Path("out/errors.jsonl")) == {
        ("tree/ping", None): LOOP,
        ("tree/pong", None): LOOP,
        ("tree/self.txt", None): LOOP,
    }
    assert outputs(Path("out")) == ["a.json", "errors.jsonl", "sub/b.json"]


def test_symlinks_inside_the_tree_are_followed_outside_refused(here: Path) -> None:
    Path("tree").mkdir()
    Path("elsewhere/docs").mkdir(parents=True)
    Path("tree/a.txt").write_text(FISHING, "utf-8")
    Path("tree/same.txt").symlink_to("a.txt")  # inside: the same file, read once
    Path("elsewhere/secret.txt").write_text(LIBRARY, "utf-8")
    Path("elsewhere/docs/note.md").write_text(STARTUP, "utf-8")
    Path("tree/secret.txt").symlink_to(here / "elsewhere/secret.txt")
    Path("tree/docs").symlink_to(here / "elsewhere/docs")
    result = kosum("tree", "-o", "out")
    assert result.output == "kosum: 1 done, 0 skipped, 2 failed; errors: out/errors.jsonl\n"
    assert errors(Path("out/errors.jsonl")) == {("tree/secret.txt", None): OUTSIDE, ("tree/docs", None): OUTSIDE}
    followed = kosum("tree", "-o", "out2", "--follow-symlinks")
    assert followed.output == "kosum: 3 done, 0 skipped, 0 failed\n"
    assert outputs(Path("out2")) == ["a.json", "docs/note.json", "secret.json"]
    assert kosum("tree/secret.txt").exit_code == 0  # a link named on the command line is the user's choice


# 4. Long names; 18. name clashes.


def test_long_names_are_shortened_deterministically(here: Path) -> None:
    Path("tree").mkdir()
    name = "가" * 78 + ".txt"  # 238 bytes: legal, but too long with a temporary suffix
    Path("tree", name).write_text(FISHING, "utf-8")
    Path("tree", "나" * 83 + ".csv").write_text("id,text\nr1," + body(LIBRARY).replace("\n", " ") + "\n", "utf-8")
    Path("tree/short.txt").write_text(STARTUP, "utf-8")
    assert kosum("tree", "-o", "out").output == "kosum: 3 done, 0 skipped, 0 failed\n"
    names = outputs(Path("out"))
    assert len(names) == 3 and "short.json" in names
    assert all(len(n.encode()) <= MAX_NAME_BYTES for n in names)
    assert [n[-17:] for n in names if n != "short.json"] == [n[-17:] for n in sorted(names) if n != "short.json"]
    assert {n.rsplit("~", 1)[0][:3] for n in names if "~" in n} == {"가가가", "나나나"}
    assert kosum("tree", "-o", "out").output == "kosum: 0 done, 3 skipped, 0 failed\n"  # found again: resume


def test_name_clashes_get_distinct_outputs(here: Path) -> None:
    Path("tree").mkdir()
    write_rows(Path("tree/rows.jsonl"), [{"id": "j", "text": FISHING}])
    Path("tree/rows.csv").write_text("id,text\nc," + body(LIBRARY).replace("\n", " ") + "\n", "utf-8")
    Path("tree/note.txt").write_text(STARTUP, "utf-8")
    Path("tree/note.md").write_text(FISHING, "utf-8")
    Path("tree/report.pdf").write_bytes(b"%PDF-1.4")
    Path("tree/notes.log").write_text(STARTUP, "utf-8")
    result = kosum("tree", "-o", "out")
    assert result.exit_code == 0
    ignored = "2 not read (unknown type): tree/notes.log, tree/report.pdf"
    assert result.output == f"kosum: 4 done, 0 skipped, 0 failed; {ignored}\n"
    assert outputs(Path("out")) == ["note.md.json", "note.txt.json", "rows.csv.jsonl", "rows.jsonl.jsonl"]
    assert [r["id"] for r in jsonl(Path("out/rows.csv.jsonl"))] == ["c"]


# 5. An oversized CSV cell fails its row; the rows after it are read.


def test_oversized_csv_cell_fails_its_row_only(tmp_path: Path) -> None:
    table = tmp_path / "big.csv"
    with table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "text"])
        writer.writerow(["r1", TITLES["fishing"], body(FISHING)])
        writer.writerow(["r2", TITLES["library"], body(LIBRARY)])
        writer.writerow(["r3", "큰 행", "가나다라 " * 2_000_000])  # 10 MB in one cell
        writer.writerow(["r4", TITLES["startup"], body(STARTUP)])
        writer.writerow(["r5", "", FISHING])
    (inp,) = discover([table])
    items = list(read_articles(inp))
    assert [(type(i).__name__, i.source.id) for i in items] == [
        ("Article", "r1"),
        ("Article", "r2"),
        ("Failure", "3"),
        ("Article", "r4"),
        ("Article", "r5"),
    ]
    failure = items[2]
    assert isinstance(failure, Failure) and "3번째 행이 너무 깁니다" in str(failure.error)
    quoted = tmp_path / "quoted.csv"  # a quoted cell over csv's field limit, on several lines
    cell, text = "가나다 " * 300, body(LIBRARY).replace('"', "'")
    quoted.write_text(f'id,text\nq1,"{cell}\n{cell}"\nq2,"{text}"\n', "utf-8")
    limit = csv.field_size_limit(1000)
    try:
        (inp,) = discover([quoted])
        items = list(read_articles(inp, ReadOptions(max_chars=100)))
    finally:
        csv.field_size_limit(limit)
    # the rest of the broken cell is a failed row of its own; q2 is read again
    assert [(type(i).__name__, i.source.id) for i in items] == [("Failure", "1"), ("Failure", "2"), ("Failure", "q2")]
    assert "1번째 행을 읽을 수 없습니다: field larger than field limit (1000)" in str(items[0].error)
    assert "기사가 너무 깁니다" in str(items[2].error)  # q2 fails on its own size (max_chars=100)


# 6. Two runs on one output: the second is refused while the first holds the lock.


@pytest.mark.parametrize("target", ["-o", "--output"])
def test_a_second_run_on_the_same_output_is_refused(here: Path, target: str) -> None:
    Path("tree").mkdir()
    Path("tree/a.txt").write_text(FISHING, "utf-8")
    dest = "out" if target == "-o" else "out/all.jsonl"
    lock = OutputLock(Path("out") / LOCK_NAME if target == "-o" else Path("out/.all.jsonl.lock"))
    try:
        busy = kosum("tree", target, dest)
        assert busy.exit_code == 1
        assert "다른 kosum 실행이 이 출력에 쓰고 있습니다" in busy.output and "is locked" in busy.output
        with pytest.raises(KosumError, match="another run is writing"):
            summarize_files("tree", **{"out_dir" if target == "-o" else "output": dest})  # type: ignore[arg-type]
    finally:
        lock.release()
    assert kosum("tree", target, dest).output == "kosum: 1 done, 0 skipped, 0 failed\n"
    assert not [p for p in Path("out").rglob("*.lock")]  # a finished run removes its lock


# 7. An output folder equal to the input folder: the outputs are not read back.


def test_output_folder_equal_to_the_input_folder_resumes(here: Path) -> None:
    Path("news").mkdir()
    Path("news/a.txt").write_text(FISHING, "utf-8")
    Path("news/b.md").write_text(STARTUP, "utf-8")
    Path("news/rows.csv").write_text("id,text\nr1," + body(LIBRARY).replace("\n", " ") + "\n", "utf-8")
    Path("news/bad.txt").write_text("", "utf-8")
    first = kosum("news", "-o", "news", "-f", "md")
    assert first.output == "kosum: 3 done, 0 skipped, 1 failed; errors: news/errors.jsonl\n"
    assert outputs(Path("news")) == [
        "a.md",
        "a.txt",
        "b.md",
        "b.md.md",
        "bad.txt",
        "errors.jsonl",
        "rows.csv",
        "rows.jsonl",
    ]
    again = kosum("news", "-o", "news", "-f", "md")
    assert again.output == "kosum: 0 done, 3 skipped, 1 failed; errors: news/errors.jsonl\n"
    assert kosum("news").exit_code == 1  # without -o the outputs are not read either (only bad.txt fails)


# 8. FIFOs, devices and endless streams never hang nor fill memory.


def test_fifos_and_devices_are_skipped_unopened(here: Path) -> None:
    Path("tree").mkdir()
    Path("tree/a.txt").write_text(FISHING, "utf-8")
    os.mkfifo("tree/pipe.txt")
    os.mkfifo("named.txt")
    Path("tree/zero.txt").symlink_to("/dev/zero")
    result = kosum("tree", "named.txt", "-o", "out", "--follow-symlinks")
    assert result.output == "kosum: 1 done, 0 skipped, 3 failed; errors: out/errors.jsonl\n"
    assert errors(Path("out/errors.jsonl")) == {
        ("tree/pipe.txt", None): NOT_REGULAR,
        ("tree/zero.txt", None): NOT_REGULAR,
        ("named.txt", None): NOT_REGULAR,
    }


class Endless(io.RawIOBase):
    """A stream that never ends (like ``yes``), counting the bytes taken from it."""

    taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        chunk = ("가나다 " * (len(view) // 10 + 1)).encode()[: len(view)]
        view[: len(chunk)] = chunk
        self.taken += len(chunk)
        return len(chunk)


def test_stdin_is_read_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw)))
    (failure,) = read_articles(InputFile("-", "stdin", "text"), ReadOptions(max_chars=1000))
    assert isinstance(failure, Failure) and "기사가 너무 깁니다: 4,004바이트 넘음 (최대 1,000자," in str(failure.error)
    assert raw.taken <= 4005 + io.DEFAULT_BUFFER_SIZE


def test_endless_stdin_fails_fast(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    yes = subprocess.Popen(["yes", "시는 올해 예산을 늘렸다"], stdout=subprocess.PIPE)
    try:
        command = [sys.executable, "-m", "kosum", "summarize", "-e", "extractive", "-"]
        proc = subprocess.run(command, stdin=yes.stdout, capture_output=True, text=True, timeout=120, env=env)
    finally:
        yes.kill()
        yes.wait()
    assert proc.returncode == 2
    assert "기사가 너무 깁니다: 800,004바이트 넘음 (최대 200,000자," in proc.stderr


# 12. Outputs honour the umask.


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def test_outputs_honour_the_umask(tmp_path: Path, umask: None) -> None:
    (tmp_path / "a.txt").write_text(FISHING, "utf-8")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"text": "", "id": "empty"}) + "\n", "utf-8")
    out = tmp_path / "out"
    list(summarize_files([tmp_path / "a.txt", tmp_path / "rows.jsonl"], out_dir=out))
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes == {"a.json": 0o640, "errors.jsonl": 0o640}
    list(summarize_files(tmp_path / "a.txt", output=tmp_path / "all.jsonl"))
    assert stat.S_IMODE((tmp_path / "all.jsonl").stat().st_mode) == 0o640


def test_read_articles_of_every_kind_of_problem_never_raise(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    items = [i for f in discover([tmp_path]) for i in read_articles(f)]
    assert [(type(i).__name__, str(i.error)) for i in items if isinstance(i, Failure)] == [
        ("Failure", "심볼릭 링크가 가리키는 파일이 없습니다 (broken symbolic link).")
    ]
    assert not [i for i in items if isinstance(i, Article)]


def test_a_run_dropped_unfinished_lets_the_next_one_in(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FISHING, "utf-8")
    out = tmp_path / "out"
    run = summarize_files(tmp_path / "a.txt", out_dir=out)
    assert (out / LOCK_NAME).exists()
    del run  # never iterated: its lock goes with it (at the next garbage collection)
    gc.collect()
    assert not (out / LOCK_NAME).exists()
    assert [type(r).__name__ for _, r in summarize_files(tmp_path / "a.txt", out_dir=out)] == ["Summary"]
