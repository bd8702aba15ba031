"""The ``kosum`` command line.

Errors for users (:class:`~kosum.KosumError`) become a one-line message on stderr and
an exit code: 2 for bad input or usage, 1 for other failures.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import IO, Any

import click

from . import __version__
from .errors import InputError, KosumError
from .options import BULLET_STYLES, ENGINES
from .summarizer import Summarizer

__all__ = ["cli", "main"]

logger = logging.getLogger("kosum")


def read_input(path: str) -> str:
    """The text of ``path`` (``-`` is stdin), decoded as UTF-8 (a BOM is fine)."""
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: UTF-8 텍스트가 아닙니다 (not UTF-8 text: {exc.reason})") from exc


class UserError(click.ClickException):
    """A :class:`~kosum.KosumError` shown as ``kosum: message`` with the error's exit code."""

    def __init__(self, error: KosumError) -> None:
        super().__init__(str(error))
        self.error = error

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"kosum: {self.format_message()}", err=True, file=file)


class UsageProblem(UserError):
    """A user error about the input or the usage: exit code 2."""

    exit_code = 2


class KosumGroup(click.Group):
    """Turns kosum's user-facing errors into messages and exit codes, never tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KosumError as exc:
            raise (UsageProblem if exc.exit_code == 2 else UserError)(exc) from exc
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc


@click.group(cls=KosumGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kosum")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """kosum: 한국어 기사 요약 (Korean article summarization)."""
    if verbose:
        logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO, format="%(message)s")


@cli.command("summarize")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False, exists=True))
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True, help="Output format."
)
@click.option("-e", "--engine", type=click.Choice(ENGINES), default="auto", show_default=True)
@click.option(
    "-s",
    "--sentences",
    type=click.IntRange(1, 50),
    default=3,
    show_default=True,
    help="Sentences in the overall summary.",
)
@click.option(
    "-b",
    "--bullets",
    type=click.IntRange(1, 10),
    default=2,
    show_default=True,
    help="The most bullets per policy area.",
)
@click.option(
    "--bullet-style",
    type=click.Choice(BULLET_STYLES),
    default="noun",
    show_default=True,
    help="noun: 개조식 bullets; sentence: full sentences.",
)
def summarize_command(path: str, fmt: str, engine: str, sentences: int, bullets: int, bullet_style: str) -> None:
    """Summarize the article in PATH (a UTF-8 text file, or - for stdin)."""
    summarizer = Summarizer(engine=engine, sentences=sentences, bullets=bullets, bullet_style=bullet_style)
    summary = summarizer.summarize(read_input(path))
    if fmt == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(summary.to_markdown(), nl=False)


def main() -> None:
    """Entry point of the ``kosum`` console script and ``python -m kosum``."""
    cli(prog_name="kosum")
