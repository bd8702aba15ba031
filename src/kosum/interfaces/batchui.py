"""Uploaded files in the web UI, read and summarized through kosum's batch API: one file is
read as an article (any encoding kosum detects, HTML main text included); several are
summarized as a batch into a zip of JSON and Markdown outputs with errors.jsonl."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..batch.readers import Article, Failure, discover, read_articles
from ..batch.run import BatchStats, summarize_files
from ..errors import InputError
from ..summarizer import Summarizer

__all__ = ["read_upload", "summarize_uploads"]


def read_upload(path: str) -> Article:
    """The article in an uploaded file (the first one, for a jsonl/csv file)."""
    for item in read_articles(discover([path])[0]):
        if isinstance(item, Failure):
            raise item.error
        return item
    raise InputError(f"{Path(path).name}: 기사가 없습니다 (no article in the file).")


def summarize_uploads(
    files: Sequence[str], summarizer: Summarizer, progress: Callable[[float, str], None]
) -> tuple[str, str]:
    """Summarize every file; returns a Markdown report and the path of a zip of the outputs."""
    folder = Path(tempfile.mkdtemp(prefix="kosum-batch-"))
    out = folder / "kosum-results"

    def report_progress(stats: BatchStats) -> None:
        progress(stats.finished / max(stats.total, len(files), 1), f"일괄 요약 {stats.finished}개 완료")

    run = summarize_files(files, out_dir=out, summarizer=summarizer, on_progress=report_progress)
    rows = ["| 파일 | 결과 |", "|---|---|"]
    for source, result in run:
        name = Path(source.path).name + (f" #{source.id}" if source.id else "")
        if isinstance(result, Exception):
            rows.append(f"| {name} | ⚠ {result} |")
        else:
            rows.append(f"| {name} | {result.title or result.summary[:40]} |")
    archive = folder / "kosum-results.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(out.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(out).as_posix())
    stats = run.stats
    report = f"**일괄 요약**: {stats.done}개 완료, {stats.failed}개 실패\n\n" + "\n".join(rows)
    return report, str(archive)
