"""Uploaded files in the web UI: one file is read as an article; several are summarized
as a batch into a zip of JSON and Markdown outputs."""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import KosumError, Summarizer
from .errors import InputError

__all__ = ["read_upload", "summarize_uploads"]


def read_upload(path: str) -> str:
    """The text of an uploaded file."""
    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{Path(path).name}: UTF-8 텍스트가 아닙니다") from exc


def summarize_uploads(
    files: Sequence[str],
    options: tuple[int, int, str, str, str],
    reader: Callable[[str], str],
    progress: Any,
) -> tuple[str, str]:
    """Summarize every file; returns a Markdown report and the path of a zip of outputs."""
    sentences, bullets, style, engine, model = options
    kwargs: dict[str, Any] = {"engine": engine, "sentences": sentences, "bullets": bullets, "bullet_style": style}
    if model:
        kwargs["model"] = model
    summarizer = Summarizer(**kwargs)
    folder = Path(tempfile.mkdtemp(prefix="kosum-batch-"))
    archive = folder / "kosum-results.zip"
    rows = ["| 파일 | 결과 |", "|---|---|"]
    errors = []
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, path in enumerate(progress.tqdm(files, desc="일괄 요약")):
            name = Path(path).name
            stem = Path(name).stem or f"file{k}"
            try:
                summary = summarizer.summarize(reader(path))
            except KosumError as exc:
                rows.append(f"| {name} | ⚠ {exc} |")
                errors.append({"path": name, "error": type(exc).__name__, "message": str(exc)})
                continue
            zf.writestr(f"{stem}.json", json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
            zf.writestr(f"{stem}.md", summary.to_markdown())
            rows.append(f"| {name} | {summary.title or summary.summary[:40]} |")
        if errors:
            zf.writestr("errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    done = len(files) - len(errors)
    report = f"**일괄 요약**: {done}개 완료, {len(errors)}개 실패\n\n" + "\n".join(rows)
    return report, str(archive)
