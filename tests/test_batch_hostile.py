"""Thousands of files, one bad byte, hostile names and planted links (issue 21, the batch's items).

Each test reproduces one case of the issue with real files: planning outputs is linear in the inputs
(1), a bad byte fails its row alone (4), names that escape alike get outputs of their own (5), a
folder where an output goes fails one article or is avoided (6), ``--output`` onto what is not a
regular file is refused (7), links planted where kosum keeps its own files are never followed (8),
terminal escapes in names are never printed raw (15), and ``summarize_files`` names the argument it
refuses (16). Signals (9, 10): ``test_batch_signals.py``.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from batch_tree import FISHING, LIBRARY, STARTUP, body, outputs
from kosum.batch.discovery import discover
from kosum.batch.formats import RECORD_FORMAT
from kosum.batch.readers import Article, Failure, read_articles
from kosum.batch.run import summarize_files
from kosum.batch.writers import plan_outputs
from kosum.errors import UsageError
from kosum.interfaces.cli import cli

LINK = "kosum이 쓰는 자리에 심볼릭 링크가 있어 따라가지 않습니다"
NOT_REGULAR_OUTPUT = "일반 파일이 아니라서 출력 파일로 쓸 수 없습니다"


def kosum(*args: str, **kwargs: Any) -> Result:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args], **kwargs)


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


# 1. Planning the outputs of n inputs resolves each path a bounded number of times.


def _realpath_calls(folder: Path, count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:05}.txt").write_bytes(b"x")
    inputs = discover([folder])
    calls = 0
    realpath = os.path.realpath

    def counted(path: Any, *args: Any, **kwargs: Any) -> str:
        nonlocal calls
        calls += 1
        return realpath(path, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os.path, "realpath", counted)
        plan = plan_outputs(
            inputs, out_dir=folder.parent / f"out-{count}", output=None, fmt=RECORD_FORMAT, options={}, overwrite=False
        )
    plan.release()
    return calls


def test_planning_an_output_folder_is_linear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = (_realpath_calls(tmp_path / f"in-{n}", n, monkeypatch) for n in (300, 1200))
    assert large <= 8 * 1200  # a few per input; it was n² (1.4 million for 1,200 inputs)
    assert large <= 4.5 * small  # 4 times the inputs, about 4 times the work


# 4. One invalid byte fails its row alone, wherever it is.


def _rows_with_a_bad_byte(path: Path, encoding: str, bad: int, count: int = 100) -> None:
    lines = [
        json.dumps({"id": f"r{n}", "text": body(FISHING)}, ensure_ascii=False).encode(encoding)
        for n in range(1, count + 1)
    ]
    lines[bad - 1] = lines[bad - 1][:-2] + b"\xff" + lines[bad - 1][-2:]
    path.write_bytes(b"\n".join(lines) + b"\n")


@pytest.mark.parametrize("encoding", ["utf-8", "cp949"])
def test_a_bad_byte_fails_its_row_alone(tmp_path: Path, encoding: str) -> None:
    _rows_with_a_bad_byte(tmp_path / "feed.jsonl", encoding, bad=61)  # in the first 64 KiB
    items = list(read_articles(discover([tmp_path / "feed.jsonl"])[0]))
    failures = [item for item in items if isinstance(item, Failure)]
    assert [(f.source.id, str(f.error)) for f in failures] == [
        ("61", "61번째 행에 읽을 수 없는 바이트가 있습니다 (decoding error in row 61).")
    ]
    articles = [item for item in items if isinstance(item, Article)]
    assert [a.source.id for a in articles] == [f"r{n}" for n in range(1, 101) if n != 61]
    assert all(a.text == body(FISHING) for a in articles)  # decoded with the file's own encoding


def test_a_bad_byte_deep_in_a_file_fails_one_row_of_the_batch(here: Path) -> None:
    long_text = body(FISHING) * 40  # rows of about 10 KB: row 30 is past the first 64 KiB
    lines = [json.dumps({"id": f"r{n}", "text": long_text}, ensure_ascii=False).encode() for n in range(1, 41)]
    lines[29] = lines[29][:-2] + b"\xc3\x28" + lines[29][-2:]
    Path("feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    assert len(b"\n".join(lines[:29])) > 1 << 16
    result = kosum("feed.jsonl", "--output", "all.jsonl")
    assert (result.exit_code, result.output.splitlines()[-1]) == (
        1,
        "kosum: 39 done, 0 skipped, 1 failed; errors: all.errors.jsonl",
    )
    assert [r["id"] for r in jsonl(Path("all.jsonl"))] == [f"r{n}" for n in range(1, 41) if n != 30]


# 5 and 6. Outputs are distinct by construction; a folder in the way fails one article or is avoided.


def test_names_that_escape_alike_get_outputs_of_their_own(here: Path) -> None:
    Path("in").mkdir()
    Path(os.fsdecode(b"in/\xc7\xd1.txt")).write_text(FISHING, "utf-8")  # a CP949 name, shown as \xc7\xd1
    Path("in/\\xc7\\xd1.txt").write_text(STARTUP, "utf-8")  # a name written as that escape
    Path("in/a.txt").write_text(LIBRARY, "utf-8")
    first = kosum("in", "-o", "out")
    assert (first.exit_code, first.output) == (0, "kosum: 3 done, 0 skipped, 0 failed\n")
    assert len(outputs(Path("out"))) == 3
    titles = sorted(json.loads(p.read_text("utf-8"))["summary"]["title"] for p in Path("out").glob("*.json"))
    assert titles == sorted(text.split("\n", 1)[0] for text in (FISHING, STARTUP, LIBRARY))
    again = kosum("in", "-o", "out")
    assert (again.exit_code, again.output) == (0, "kosum: 0 done, 3 skipped, 0 failed\n")


def test_a_folder_named_like_an_output_is_avoided(here: Path) -> None:
    Path("in/a.json").mkdir(parents=True)
    Path("in/a.txt").write_text(FISHING, "utf-8")
    Path("in/a.json/b.txt").write_text(STARTUP, "utf-8")  # its output needs the folder out/a.json
    result = kosum("in", "-o", "out")
    assert (result.exit_code, result.output) == (0, "kosum: 2 done, 0 skipped, 0 failed\n")
    assert outputs(Path("out")) == ["a.json/b.json", "a.txt.json"]
    assert kosum("in", "-o", "out").output == "kosum: 0 done, 2 skipped, 0 failed\n"


def test_a_file_where_a_folder_goes_fails_one_article_and_the_run_goes_on(here: Path) -> None:
    Path("in/sub").mkdir(parents=True)
    Path("in/a.txt").write_text(FISHING, "utf-8")
    Path("in/sub/b.txt").write_text(STARTUP, "utf-8")
    Path("in/z.txt").write_text(LIBRARY, "utf-8")
    Path("out").mkdir()
    Path("out/sub").write_text("a file of the user's", "utf-8")
    result = kosum("in", "-o", "out")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "kosum: 2 done, 0 skipped, 1 failed; errors: out/errors.jsonl"
    (error,) = jsonl(Path("out/errors.jsonl"))
    assert error["path"] == "in/sub/b.txt" and "폴더 자리에 파일이 있습니다" in error["message"]
    assert outputs(Path("out")) == ["a.json", "errors.jsonl", "sub", "z.json"]
    assert Path("out/sub").read_text("utf-8") == "a file of the user's"


# 7. --output is a regular file or a new path, nothing else.


def test_output_onto_what_is_not_a_regular_file_is_refused(here: Path) -> None:
    Path("a.txt").write_text(FISHING, "utf-8")
    os.mkfifo("fifo")
    os.symlink("/proc/self/fd/1", "stdout-link")
    Path("real.jsonl").write_text("", "utf-8")
    os.symlink("real.jsonl", "file-link")
    targets = ["fifo", "stdout-link", "file-link"]
    try:  # a device node of the test's own (never the system's /dev/null: a regression would replace it)
        os.mknod("null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append("null")
    except PermissionError:  # not root: no device node can be made, nor replaced
        pass
    for target in targets:
        result = kosum("a.txt", "--output", target)
        assert result.exit_code == 2, target
        assert NOT_REGULAR_OUTPUT in result.output, target
    assert stat.S_ISFIFO(os.lstat("fifo").st_mode) and os.readlink("stdout-link") == "/proc/self/fd/1"
    assert "null" not in targets or stat.S_ISCHR(os.lstat("null").st_mode)
    assert os.readlink("file-link") == "real.jsonl" and Path("real.jsonl").read_text("utf-8") == ""
    assert kosum("a.txt", "--output", "real.jsonl").exit_code == 0  # a regular file is replaced
    assert len(jsonl(Path("real.jsonl"))) == 1


# 8. Links planted where kosum keeps its own files are never followed.


def test_a_planted_parts_link_is_never_followed(here: Path) -> None:
    Path("elsewhere").mkdir()
    Path("feed.jsonl").write_text(
        "".join(json.dumps({"id": f"r{n}", "text": body(STARTUP)}, ensure_ascii=False) + "\n" for n in range(3)),
        "utf-8",
    )
    Path("out").mkdir()
    os.symlink("../elsewhere", "out/feed.jsonl.parts")
    result = kosum("feed.jsonl", "-o", "out")
    assert result.exit_code == 1
    assert {e["id"] for e in jsonl(Path("out/errors.jsonl"))} == {"r0", "r1", "r2"}
    assert all(LINK in e["message"] for e in jsonl(Path("out/errors.jsonl")))
    os.symlink("elsewhere", "all.jsonl.parts")
    single = kosum("feed.jsonl", "--output", "all.jsonl")
    assert single.exit_code == 2 and LINK in single.output
    assert list(Path("elsewhere").iterdir()) == []
    assert os.path.islink("out/feed.jsonl.parts") and os.path.islink("all.jsonl.parts")


def test_a_planted_lock_link_is_never_followed(here: Path) -> None:
    Path("a.txt").write_text(FISHING, "utf-8")
    Path("out").mkdir()
    os.symlink(str(here / "made-outside"), "out/.kosum.lock")  # dangling: following it would create the file
    result = kosum("a.txt", "-o", "out")
    assert result.exit_code == 2 and LINK in result.output
    assert not os.path.lexists("made-outside")
    os.symlink(str(here / "made-outside-too"), ".all.jsonl.lock")
    assert kosum("a.txt", "--output", "all.jsonl").exit_code == 2
    assert not os.path.lexists("made-outside-too")


def test_a_planted_output_link_is_replaced_not_followed(here: Path) -> None:
    Path("in").mkdir()
    Path("in/a.txt").write_text(FISHING, "utf-8")
    Path("secret.json").write_text("not kosum's", "utf-8")
    Path("out").mkdir()
    os.symlink("../secret.json", "out/a.json")
    assert kosum("in", "-o", "out").output == "kosum: 1 done, 0 skipped, 0 failed\n"
    assert Path("secret.json").read_text("utf-8") == "not kosum's"
    assert not os.path.islink("out/a.json") and json.loads(Path("out/a.json").read_text("utf-8"))["source"]


# 15. Terminal escapes in names are shown escaped, in every message.


def test_terminal_escapes_in_names_are_never_printed_raw(here: Path, caplog: pytest.LogCaptureFixture) -> None:
    Path("in").mkdir()
    Path("in/\x1b]0;pwned\x07.txt").write_bytes(b"")  # an empty article: a failure named in messages
    Path("in/\x1b[31mred\u202e.log").write_text(FISHING, "utf-8")  # of no type read: named in the closing line
    Path("in/ok.txt").write_text(LIBRARY, "utf-8")
    raw = ("\x1b", "\x07", "\u202e")
    to_folder = kosum("in", "-o", "out")
    assert to_folder.exit_code == 1 and not any(c in to_folder.output for c in raw)
    assert to_folder.output.splitlines()[-1] == (
        "kosum: 1 done, 0 skipped, 1 failed; errors: out/errors.jsonl; "
        "1 not read (unknown type): in/\\x1b[31mred\\u202e.log"
    )
    (error,) = jsonl(Path("out/errors.jsonl"))
    assert error["path"] == "in/\\x1b]0;pwned\\x07.txt"
    to_stdout = kosum("in")  # the failure is named on stderr
    assert to_stdout.exit_code == 1 and not any(c in to_stdout.stderr for c in raw)
    assert "kosum: in/\\x1b]0;pwned\\x07.txt: " in to_stdout.stderr
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings and not any(c in w for w in warnings for c in raw)  # the log names it escaped too


# 16. summarize_files names the argument it refuses.


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"paths": 123}, "paths must be a path or a list of paths"),
        ({"paths": [None]}, "paths[0] must be a path"),
        ({"paths": b"in"}, "paths must be paths as str or Path"),
        ({"out_dir": 5}, "out_dir must be a path or None"),
        ({"output": 5.0}, "output must be a path or None"),
        ({"summarizer": "x"}, "summarizer must be a Summarizer or None"),
        ({"options": {"sentences": 3}}, "options must be SummaryOptions or None"),
        ({"fmt": "xml"}, "fmt must be one of record, jsonl, md, not 'xml'"),
        ({"fmt": "jsonl", "out_dir": "out"}, "fmt must be one of record, md with an output folder"),
        ({"globs": "*.txt"}, "globs must be a list of patterns"),
        ({"globs": [1]}, "globs must be a list of patterns"),
        ({"overwrite": "yes"}, "overwrite must be True or False"),
        ({"on_progress": 3}, "on_progress must be a function or None"),
        ({"workers": "2"}, "workers must be a whole number"),
        ({"max_chars": -1}, "max_chars must be a whole number"),
        ({"outdir": "out"}, "unknown argument(s) of summarize_files: outdir"),
    ],
)
def test_summarize_files_names_the_argument_it_refuses(here: Path, arguments: dict[str, Any], named: str) -> None:
    Path("in").mkdir()
    Path("in/a.txt").write_text(FISHING, "utf-8")
    arguments = {"paths": "in", **arguments}
    with pytest.raises(UsageError) as refused:
        summarize_files(**arguments)
    assert str(refused.value).startswith(named)
    assert not Path("out").exists()
