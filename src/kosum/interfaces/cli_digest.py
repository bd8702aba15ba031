"""``kosum digest``: summarize a day's releases and write them as one digest by policy area."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..batch.discovery import escape_name
from ..batch.run import BatchStats

__all__ = ["DIGEST_FORMATS", "digest_command"]

#: The digest's formats, by the extension of ``-o``.
DIGEST_FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".json": "json"}


@click.command("digest")
@click.argument("paths", metavar="IN...", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The digest: .html (one page that works offline), .md or .json.",
)
@click.option("-w", "--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Processes.")
@click.option("--overwrite", is_flag=True, help="Summarize again releases already summarized for this digest.")
@click.option("--title", default=None, help="The digest's title [default: 보도자료 요약 모음].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no closing count line.")
@click.option("--text-field", default=None, help="jsonl/csv field of the text.")
@click.option("--title-field", default=None, help="jsonl/csv field of the title.")
@click.option("--id-field", default=None, help="jsonl/csv field of the id.")
def digest_command(paths: tuple[str, ...], output: str, quiet: bool, title: str | None, **batch: object) -> None:
    """Summarize every release in IN... (files, folders, jsonl/csv rows, links) and write one digest by
    policy area, releases about one event merged into one entry that lists every source.

    \b
    The summaries are kept beside it (NAME.summaries.jsonl, failures in NAME.summaries.errors.jsonl):
    a second run summarizes only what is new. A file that cannot be read is listed in the digest.
    Exit codes: 0 all succeeded, 1 some failed (the digest is written), 2 bad usage.
    """
    from ..batch.digest_run import digest_files
    from ..batch.fetch import FetchOptions
    from .cli import _progress_bar

    fmt = DIGEST_FORMATS.get(Path(output).suffix.lower())
    if fmt is None:
        raise click.UsageError(f"-o must end in {', '.join(DIGEST_FORMATS)}, not {output!r}")
    with _progress_bar(quiet) as progress:
        # links among IN... are fetched as `kosum summarize` fetches them: what its user asks for
        run = digest_files(
            paths, output, title=title, on_progress=progress, fetch=FetchOptions(allow_private=True), **batch
        )
    made = run.digest
    text = made.to_html() if fmt == "html" else made.to_markdown() if fmt == "md" else None
    if text is None:
        text = json.dumps(made.to_dict(), ensure_ascii=False, indent=2) + "\n"
    target = Path(output)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)
    stats: BatchStats = run.stats
    if not quiet:
        closing = (
            f"kosum: {len(made.areas)} areas, {made.entries} entries from {stats.done} done, "
            f"{stats.skipped} skipped, {stats.failed} failed; digest: {target}"
        )
        click.echo(escape_name(closing), err=True)
    if stats.failed:
        raise click.exceptions.Exit(1)
