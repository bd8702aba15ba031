"""Uploaded files in the web UI, read and summarized through kosum's batch API: one file is
read as an article (any encoding kosum detects, HTML main text included); several are
summarized as a batch into a zip of JSON and Markdown outputs with errors.jsonl, and into one
digest page by policy area (:func:`kosum.digest`), in which each upload is named as it was
uploaded, never by its path on the server.

Nothing is left in the system's temporary folder: a batch's outputs are written to a
temporary folder removed when the zip is made, and files offered for download are written
into the web server's own cache (:func:`cache_file`), which the server cleans."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ..batch.digest import Release, digest
from ..batch.discovery import escape_name
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


def _uploaded_names(files: Sequence[str]) -> dict[str, str]:
    """Each upload's path as a batch records it → the name it was uploaded as (the server keeps
    an upload as ``CACHE/<hash>/<name>``), longest path first."""
    paths = {escape_name(os.path.normpath(f)): Path(f).name for f in files}
    return dict(sorted(paths.items(), key=lambda item: -len(item[0])))


def _without_server_paths(data: bytes, names: Mapping[str, str]) -> bytes:
    """An output of the batch with every upload's server path (a record's ``source``, a failure's
    ``path``, a path in a message) replaced by its name, as the JSON strings hold them."""
    text = data.decode("utf-8", "surrogateescape")
    for path, name in names.items():
        text = text.replace(json.dumps(path, ensure_ascii=False)[1:-1], json.dumps(name, ensure_ascii=False)[1:-1])
    return text.encode("utf-8", "surrogateescape")


def summarize_uploads(
    files: Sequence[str], summarizer: Summarizer, progress: Callable[[float, str], None], cache: str | Path
) -> tuple[str, list[str]]:
    """Summarize every file; returns a Markdown report (every name, title and message
    escaped) and the paths of a zip of the outputs and of their digest page, written into ``cache``."""

    def report_progress(stats: BatchStats) -> None:
        progress(stats.finished / max(stats.total, len(files), 1), f"일괄 요약 {stats.finished}개 완료")

    with tempfile.TemporaryDirectory(prefix="kosum-batch-") as work:
        out = Path(work) / "kosum-results"
        run = summarize_files(files, out_dir=out, summarizer=summarizer, on_progress=report_progress)
        rows = ["| 파일 | 결과 |", "|---|---|"]
        releases, failures = [], []
        for source, result in run:
            shown = Path(source.path).name + (f" #{source.id}" if source.id else "")
            name = md_escape(shown)
            if isinstance(result, Exception):
                rows.append(f"| {name} | ⚠ {md_escape(public_message(result))} |")
                failures.append((shown, public_message(result)))
            else:
                rows.append(f"| {name} | {md_escape(result.title or result.summary[:40])} |")
                releases.append(Release.of(result, where=shown))
        archive = Path(work) / "kosum-results.zip"
        names = _uploaded_names(files)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(out.rglob("*")):
                if path.is_file():
                    zf.writestr(path.relative_to(out).as_posix(), _without_server_paths(path.read_bytes(), names))
        cached = cache_file(cache, "kosum-results.zip", archive.read_bytes())
    page = digest(releases, failures=failures).to_html().encode("utf-8")
    stats = run.stats
    report = f"**일괄 요약**: {stats.done}개 완료, {stats.failed}개 실패\n\n" + "\n".join(rows)
    return report, [cached, cache_file(cache, "kosum-digest.html", page)]
