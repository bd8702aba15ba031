"""Uploaded files in the web UI, read and summarized through kosum's batch API: one file is
read as an article (any encoding kosum detects, HTML main text included); several are
summarized as a batch into a zip of JSON and Markdown outputs with errors.jsonl.

Nothing is left in the system's temporary folder: a batch's outputs are written to a
temporary folder removed when the zip is made, and files offered for download are written
into the web server's own cache (:func:`cache_file`), which the server cleans."""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..batch.readers import Article, Failure, discover, read_articles
from ..batch.run import BatchStats, summarize_files
from ..errors import InputError
from ..summarizer import Summarizer
from ..types import md_escape
from .webui_render import public_message

__all__ = ["cache_file", "read_upload", "summarize_uploads"]


def cache_file(cache: str | Path, name: str, data: bytes) -> str:
    """Write ``data`` as ``cache/<sha256 of data>/name`` (the web server's cache, laid out as
    the server lays out its own files, so that it serves and cleans it) and return its path."""
    folder = Path(cache) / hashlib.sha256(data).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)
    return str(path)


def read_upload(path: str) -> Article:
    """The article in an uploaded file (the first one, for a jsonl/csv file)."""
    for item in read_articles(discover([path])[0]):
        if isinstance(item, Failure):
            raise item.error
        return item
    raise InputError(f"{Path(path).name}: 기사가 없습니다 (no article in the file).")


def summarize_uploads(
    files: Sequence[str], summarizer: Summarizer, progress: Callable[[float, str], None], cache: str | Path
) -> tuple[str, str]:
    """Summarize every file; returns a Markdown report (every name, title and message
    escaped) and the path of a zip of the outputs, written into ``cache``."""

    def report_progress(stats: BatchStats) -> None:
        progress(stats.finished / max(stats.total, len(files), 1), f"일괄 요약 {stats.finished}개 완료")

    with tempfile.TemporaryDirectory(prefix="kosum-batch-") as work:
        out = Path(work) / "kosum-results"
        run = summarize_files(files, out_dir=out, summarizer=summarizer, on_progress=report_progress)
        rows = ["| 파일 | 결과 |", "|---|---|"]
        for source, result in run:
            name = md_escape(Path(source.path).name + (f" #{source.id}" if source.id else ""))
            if isinstance(result, Exception):
                rows.append(f"| {name} | ⚠ {md_escape(public_message(result))} |")
            else:
                rows.append(f"| {name} | {md_escape(result.title or result.summary[:40])} |")
        archive = Path(work) / "kosum-results.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(out.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(out).as_posix())
        cached = cache_file(cache, "kosum-results.zip", archive.read_bytes())
    stats = run.stats
    report = f"**일괄 요약**: {stats.done}개 완료, {stats.failed}개 실패\n\n" + "\n".join(rows)
    return report, cached
