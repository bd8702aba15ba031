"""Files and folders summarized with the batch machinery, then made into one digest.

The summaries go to a JSONL file beside the digest (``digest.summaries.jsonl``, its failures to
``digest.summaries.errors.jsonl``), so that a second run skips what is already summarized (resume)
and the digest is made from every summary of the inputs, old and new. Office, date and link of a
jsonl/csv row come from its own fields (:data:`OFFICE_FIELDS`, :data:`DATE_FIELDS`,
:data:`LINK_FIELDS`); a one-article file's from what preprocessing found.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from .digest import Digest, Release, digest
from .discovery import InputFile, escape_name
from .encodings import line_encoding
from .formats import input_kind
from .run import BatchStats, PathArg, summarize_files

__all__ = ["DATE_FIELDS", "LINK_FIELDS", "OFFICE_FIELDS", "DigestRun", "digest_files", "summaries_path"]

logger = logging.getLogger("kosum")

#: The jsonl/csv fields read as a release's office, date and link (the first one present).
OFFICE_FIELDS = ("source", "office", "agency", "기관", "기관명", "부서")
DATE_FIELDS = ("date", "published", "날짜", "등록일")
LINK_FIELDS = ("url", "link", "링크", "주소")
#: How many bytes of a row file decide its encoding (as the batch reader).
_SAMPLE_BYTES = 64 * 1024


@dataclass(frozen=True)
class DigestRun:
    """A digest made from files, and the counts of the batch that summarized them."""

    digest: Digest
    stats: BatchStats
    summaries: Path


def summaries_path(output: PathArg) -> Path:
    """Where the summaries of a digest written to ``output`` are kept: ``day.html`` →
    ``day.summaries.jsonl``."""
    path = Path(output)
    return path.with_name(f"{path.stem}.summaries.jsonl")


def _first(row: Mapping[str, Any], names: Iterable[str]) -> str | None:
    for name in names:
        value = row.get(name)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def _row_details(inp: InputFile, id_field: str | None) -> Iterator[tuple[str, dict[str, str | None]]]:
    """``(row id, {office, date, link})`` of each row of a jsonl/csv input, ids as the reader makes them."""
    kind = input_kind(inp.kind)
    if inp.path is None or kind.rows is None:
        return
    with open(inp.path, "rb") as raw:
        head = raw.read(_SAMPLE_BYTES)
    encoding = line_encoding(head, complete=len(head) < _SAMPLE_BYTES)
    with open(inp.path, encoding=encoding, errors="replace", newline="") as f:
        _, rows = kind.rows(f)
        for number, row in rows:
            if isinstance(row, Mapping):
                raw_id = _first(row, (id_field or "id",))
                details = {"office": _first(row, OFFICE_FIELDS), "date": _first(row, DATE_FIELDS)}
                details["link"] = _first(row, LINK_FIELDS)
                yield (escape_name(raw_id) if raw_id else str(number)), details


def _details(inputs: Iterable[InputFile], id_field: str | None) -> dict[tuple[str, str], dict[str, str | None]]:
    found: dict[tuple[str, str], dict[str, str | None]] = {}
    for inp in inputs:
        if not inp.rows or inp.problem:
            continue
        try:
            found.update(((inp.source, ident), d) for ident, d in _row_details(inp, id_field))
        except (OSError, InputError, ValueError) as exc:  # the rows' own failures are the batch's to report
            logger.info("%s: row details not read: %s", escape_name(inp.source), exc)
    return found


def _releases(path: Path, details: Mapping[tuple[str, str], dict[str, str | None]]) -> Iterator[Release]:
    """The releases of the summaries kept in ``path``, with their rows' office, date and link."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            source, ident = str(record.get("source")), record.get("id")
            where = source if ident is None else f"{source}#{ident}"
            extra = {k: v for k, v in details.get((source, ident), {}).items() if v} if ident is not None else {}
            yield Release.from_dict(record["summary"], record.get("morphemes"), where=where, **extra)


def digest_files(
    paths: PathArg | Iterable[PathArg],
    output: PathArg,
    *,
    title: str | None = None,
    **batch: Any,
) -> DigestRun:
    """Summarize ``paths`` as :func:`~kosum.summarize_files` does (resume, errors report, progress;
    ``batch`` are its arguments) and make their digest; failures are listed in it.

    >>> run = digest_files(["releases/"], "day.html", workers=2)
    >>> Path("day.html").write_text(run.digest.to_html())

    Raises:
        UsageError: as :func:`~kosum.summarize_files`, and a digest to be written inside an input
            folder (the next run would read it as a release).
        InputError: as :func:`~kosum.summarize_files`.
    """
    target = Path(output).resolve()
    named = [Path(p) for p in ([paths] if isinstance(paths, str | os.PathLike) else paths)]
    for folder in (p for p in named if p.is_dir()):
        if target.is_relative_to(folder.resolve()):
            raise UsageError(f"write the digest outside the input folder {escape_name(str(folder))} (it would be read)")
    summaries = summaries_path(output)
    run = summarize_files(paths, output=summaries, **batch)
    failures: list[tuple[str, str]] = []
    try:
        for source, result in run:
            if isinstance(result, Exception):
                failures.append((escape_name(str(source)), escape_name(str(result))))
    finally:
        run.close()
    details = _details((inp for inp, _ in run.plan.items), batch.get("id_field"))
    releases = list(_releases(summaries, details)) if summaries.exists() else []
    made = digest(releases, failures=failures, title=title)
    logger.info("digest of %d releases (%s)", len(releases), os.fspath(summaries))
    return DigestRun(made, run.stats, summaries)
