"""Korean articles and a temporary input tree for the batch tests (texts written for kosum's tests)."""

from __future__ import annotations

import codecs
import csv
import json
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from kosum.batch.writers import TMP_SUFFIX

FISHING = """푸른군, 어촌 체험 관광객 두 배로 확대

푸른군은 올해 어촌 체험 관광객을 지난해의 두 배인 4만 명으로 늘리겠다고 3일 밝혔다.
군은 갯벌 체험장 세 곳을 새로 열고 주말마다 어선 낚시 프로그램을 운영한다.
체험 예약은 군 누리집에서 받으며 요금은 1인당 1만 원이다.
마을 주민 60명은 체험 안내원으로 일하며 월 120만 원을 받는다.
군은 관광객이 늘면 마을 식당과 민박의 매출도 함께 오를 것으로 기대했다.
군 관계자는 "어촌에 다시 활기를 불어넣겠다"고 말했다.
"""

STARTUP = """한결시, 청년 창업 공간 200곳 개소

한결시는 청년 창업가를 위한 공유 사무실 200곳을 다음 달부터 운영한다고 밝혔다.
입주 기업은 최대 2년 동안 임대료 없이 사무실을 쓸 수 있다.
시는 창업 교육과 투자 상담도 매주 함께 제공한다.
지원 대상은 만 39세 이하 예비 창업자와 창업 3년 이내 기업이다.
시는 이번 사업으로 청년 일자리 500개가 생길 것으로 내다봤다.
"""

LIBRARY = """새봄구, 동네 작은도서관 열 곳 신설

새봄구는 주민 가까이에 작은도서관 열 곳을 새로 짓는다고 5일 밝혔다.
도서관마다 어린이 열람실과 공부방을 두고 밤 10시까지 문을 연다.
구는 올해 예산 45억 원을 들여 빈 공공건물을 고쳐 쓴다.
책 읽기 모임과 방학 독서 교실도 도서관마다 연다.
구청장은 "걸어서 10분 안에 책을 만날 수 있게 하겠다"고 말했다.
"""

TITLES = {
    "fishing": "푸른군, 어촌 체험 관광객 두 배로 확대",
    "startup": "한결시, 청년 창업 공간 200곳 개소",
    "library": "새봄구, 동네 작은도서관 열 곳 신설",
}


def body(article: str) -> str:
    """The article without its title line."""
    return article.split("\n", 2)[2]


def html_page(article: str) -> str:
    title, _, text = article.partition("\n\n")
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines())
    return (
        f"<!DOCTYPE html>\n<html lang='ko'><head><meta charset='utf-8'><title>{title}</title></head>\n"
        f"<body><nav><a href='/'>홈</a> <a href='/news'>뉴스</a></nav>\n"
        f"<article><h1>{title}</h1>\n{paragraphs}</article>\n"
        f"<footer>새봄구청 누리집</footer></body></html>\n"
    )


def build_tree(root: Path) -> Path:
    """The input tree of the batch CLI tests; returns its folder."""
    tree = root / "tree"
    (tree / "nested" / "deeper").mkdir(parents=True)
    (tree / "utf8.txt").write_bytes(FISHING.encode("utf-8"))
    (tree / "bom.txt").write_bytes(codecs.BOM_UTF8 + FISHING.encode("utf-8"))
    (tree / "cp949.txt").write_bytes(FISHING.encode("cp949"))
    (tree / "utf16.txt").write_bytes(FISHING.encode("utf-16"))
    (tree / "empty.txt").write_bytes(b"")
    (tree / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tree / "page.html").write_text(html_page(LIBRARY), "utf-8")
    (tree / "nested" / "deeper" / "note.md").write_text(STARTUP, "utf-8")
    (tree / "ignored.log").write_text(STARTUP, "utf-8")
    rows = [
        {"id": "j1", "title": TITLES["startup"], "text": body(STARTUP)},
        {"id": "../../etc/x", "text": LIBRARY},
        {"id": "j3", "title": "빈 기사", "text": ""},
    ]
    (tree / "feed.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    table = [["제목", "내용"], [TITLES["library"], body(LIBRARY)], ["빈 행", ""], ["", FISHING]]
    lines = ['"' + '","'.join(cell.replace('"', '""') for cell in row) + '"' for row in table]
    (tree / "table.csv").write_text("\n".join(lines) + "\n", "utf-8")
    return tree


def build_archive(tree: Path, files: int = 15, rows: int = 30) -> int:
    """``2 * files`` text files and a csv of ``rows`` rows, all distinct articles; returns how many."""
    tree.mkdir()
    for i in range(files):
        (tree / f"a{i:02d}.txt").write_text(FISHING.replace("4만 명", f"{i + 5}만 명"), "utf-8")
        (tree / f"z{i:02d}.txt").write_text(LIBRARY.replace("45억 원", f"{i + 50}억 원"), "utf-8")
    with (tree / "m.csv").open("w", encoding="utf-8", newline="") as f:
        table = [(f"r{i}", FISHING.replace("60명", f"{i + 70}명")) for i in range(rows)]
        csv.writer(f).writerows([("id", "text"), *table])
    return 2 * files + rows


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def kill_when(command: Sequence[str], count: int) -> None:
    """Run the batch ``command`` and SIGKILL it once ``count`` outputs are on disk.

    With ``KOSUM_HOLD_AFTER`` the batch itself stops there (its outputs flushed) and says so on
    stderr; this waits for that line, so the kill always lands mid-run, however fast the machine.
    """
    env = {**os.environ, "KOSUM_HOLD_AFTER": str(count)}
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    with proc.stderr:
        held = any(line.startswith(f"kosum: holding after {count} outputs") for line in proc.stderr)
        assert held, "the batch ended before it could be killed"
        proc.kill()  # SIGKILL
    assert proc.wait() == -9


def check_outputs_parse(out: Path) -> None:
    """Every output on disk parses: a record, or the lines of records (temporary files aside)."""
    for path in out.rglob("*"):
        if path.is_file() and not path.name.endswith((TMP_SUFFIX, ".lock")):  # a killed run leaves its lock
            text = path.read_text("utf-8")
            for line in text.splitlines() if path.suffix == ".jsonl" else [text]:
                assert json.loads(line)["summary"]["sentences"]


def outputs(folder: Path) -> list[str]:
    """The files under ``folder``, as sorted relative paths."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
