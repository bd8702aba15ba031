"""The ``kosum`` command line.

Errors for users (:class:`~kosum.KosumError`) become a one-line message on stderr and
an exit code: 2 for bad input or usage, 1 for other failures; the arguments library messages
name (``max_chars``) are shown as this command's flags (``--max-chars``). Every message shows
control characters escaped (``\\x1b``), and SIGTERM stops a command as SIGINT (Ctrl-C) does.

The options of ``kosum summarize`` are built from the dataclasses' fields
(:class:`~kosum.SummaryOptions`, :class:`~kosum.ModelOptions`, :class:`~kosum.RayOptions`), with
their defaults; its ``--format`` choices and the input kinds its help lists come from the registries
of :mod:`kosum.batch.formats`, read when the command runs. For tests, ``KOSUM_HOLD_AFTER=N`` makes a
batch stop and wait (for a signal) once ``N`` outputs are on disk, after saying so on stderr.
"""

from __future__ import annotations

import inspect
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import IO, Any

import click

from .._version import __version__
from ..batch.fetch import FetchOptions, read_url_list
from ..batch.formats import INPUT_KINDS, LINES_FORMAT, OUTPUT_FORMATS, RECORD_FORMAT, SUMMARY_VIEWS, output_format
from ..batch.readers import Source, escape_name
from ..batch.run import BatchRun, BatchStats, summarize_files
from ..batch.writers import render
from ..errors import InputError, KosumError, UsageError
from ..options import (
    BACKENDS,
    BATCH_MAX_CHARS,
    BULLET_STYLES,
    ENGINES,
    MAX_BULLETS,
    MAX_SENTENCES,
    ModelOptions,
    RayOptions,
    SummaryOptions,
    check_sentences,
    split_overrides,
)
from ..pipeline.tuning import LENGTH
from ..summarizer import Summarizer
from ..types import Summary
from .cli_digest import digest_command
from .cli_models import models
from .cli_serve import serve

__all__ = ["cli", "main"]

logger = logging.getLogger("kosum")

#: Where a batch summarizes (``--backend``): this machine's processes, or Ray actors.
BATCH_BACKENDS = ("local", "ray")
#: The arguments library messages name, and this command's flags for them.
FLAGS = {
    "max_chars": "--max-chars",
    "text_field": "--text-field",
    "title_field": "--title-field",
    "id_field": "--id-field",
    "bullet_style": "--bullet-style",
    "gpus_per_actor": "--ray-gpus-per-actor",
}
#: The summary view several articles share on stdout, each after a comment that names its source.
STREAMED_VIEW = "md"
_ARGUMENT = re.compile(r"\b(" + "|".join(FLAGS) + r")\b")


def flagged(message: str) -> str:
    """``message`` with the arguments it names written as this command's flags, and its control
    characters escaped (a file name never sends escapes to the terminal; see ``escape_name``)."""
    return _ARGUMENT.sub(lambda m: FLAGS[m.group(1)], escape_name(message))


#: The options' defaults, written once in their dataclasses.
_SUMMARY, _MODEL, _RAY = SummaryOptions(), ModelOptions(), RayOptions()


class UserError(click.ClickException):
    """A :class:`~kosum.KosumError` shown as ``kosum: message`` with the error's exit code."""

    def __init__(self, error: KosumError) -> None:
        super().__init__(flagged(str(error)))
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
            raise click.ClickException(escape_name(f"{where}{exc.strerror or exc}")) from exc


@click.group(cls=KosumGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kosum")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-v info, -vv debug).")
@click.pass_context
def cli(ctx: click.Context, verbose: int) -> None:
    """kosum: 한국어 기사 요약 (Korean article summarization)."""
    if verbose:
        logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO, format="%(message)s")
    _terminate_as_interrupt(ctx)


def _terminate_as_interrupt(ctx: click.Context) -> None:
    """While a command runs, SIGTERM does what SIGINT (Ctrl-C) does: a batch stops and ends its
    worker processes, ``kosum serve`` stops and cleans its cache (the previous handler comes back
    after the command)."""
    if threading.current_thread() is not threading.main_thread():
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    ctx.call_on_close(lambda: signal.signal(signal.SIGTERM, previous))


def _count(*names: str, high: int, default: int, help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """An option taking a whole number from 1 to ``high``."""
    return click.option(*names, type=click.IntRange(1, high), default=default, show_default=True, help=help)


class SentenceCount(click.ParamType[int | str]):
    """``--sentences``: ``auto`` or a whole number from 1 to :data:`~kosum.options.MAX_SENTENCES`."""

    name = "auto|N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int | str:
        text = str(value).strip().lower()
        parsed: int | str = int(text) if text.isascii() and text.isdigit() else text
        try:
            check_sentences(parsed)  # the options' own check: one rule, one message
        except UsageError as exc:
            self.fail(str(exc), param, ctx)
        return parsed


class Registered(click.Choice[str]):
    """A choice among names read from a registry whenever they are needed (entries added later count)."""

    def __init__(self, names: Callable[[], Iterable[str]]) -> None:
        self._names = names
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self._names())

    @choices.setter
    def choices(self, value: tuple[str, ...]) -> None:
        pass  # the registry holds them


def _format_names() -> list[str]:
    """``--format``'s choices: the summary views, then each output format and its other names."""
    names = (n for fmt in OUTPUT_FORMATS.values() for n in (fmt.name, *fmt.aliases))
    return list(dict.fromkeys([*SUMMARY_VIEWS, *names]))


def _registry_help() -> str:
    """The input kinds and output formats, one per line, for ``kosum summarize --help``."""
    kinds = [f"  {k.name:<7}{' '.join(k.extensions)}: {k.description}" for k in INPUT_KINDS.values()]
    formats = [
        f"  {f.name:<7}{f.extension}: {f.description}" + (f" (also called {', '.join(f.aliases)})" if f.aliases else "")
        for f in OUTPUT_FORMATS.values()
    ]
    views = " or ".join(SUMMARY_VIEWS)
    return "\n".join(
        [
            "Input kinds, by extension:",
            *kinds,
            "Output formats (-f), each the record of an article (provenance and summary):",
            *formats,
            f"On stdout, -f {views} shows one article's summary alone, without the record.",
        ]
    )


class SummarizeCommand(click.Command):
    """``kosum summarize``, whose help lists the registries as they are when it is shown."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        written = self.help
        self.help = inspect.cleandoc(written or "").replace("{registry}", _registry_help())
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = written


@cli.command("summarize", cls=SummarizeCommand)
@click.argument("paths", metavar="PATH...", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--urls",
    "url_list",
    type=click.Path(dir_okay=False),
    help="A .txt list of links to fetch and summarize, one per line (blank lines and # comments skipped).",
)
@click.option(
    "-o",
    "--out-dir",
    type=click.Path(file_okay=False),
    help="Write one output per article here, mirroring the input tree; failures go to OUT_DIR/errors.jsonl.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False),
    help="Write every article as one line of this JSONL file (failures: NAME.errors.jsonl).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=Registered(_format_names),
    default=None,
    help="stdout: md (default) or json show one article's summary alone, jsonl (default for several) or "
    "record print records; -o: record (default; json is its old name) or md; --output: jsonl.",
)
@click.option("-e", "--engine", type=click.Choice(ENGINES), default=_SUMMARY.engine, show_default=True)
@click.option("-m", "--model", default=None, help="Seq2seq model: a folder, a name under models/, or a hub id.")
@click.option(
    "--model-backend",
    type=click.Choice(BACKENDS),
    default=_MODEL.backend,
    show_default=True,
    help="Seq2seq model backend.",
)
@click.option(
    "-s",
    "--sentences",
    type=SentenceCount(),
    default=_SUMMARY.sentences,
    show_default=True,
    help=f"Sentences in the overall summary: auto (its length follows the article's: one per "
    f"{LENGTH.chars_per_sentence} characters, {LENGTH.min_sentences} to {LENGTH.max_sentences}) or a fixed "
    f"number, 1 to {MAX_SENTENCES}.",
)
@_count(
    "-b",
    "--bullets",
    high=MAX_BULLETS,
    default=_SUMMARY.bullets,
    help="The most bullets per policy area (twice as many on the one card of a single-topic article).",
)
@click.option(
    "--bullet-style",
    type=click.Choice(BULLET_STYLES),
    default=_SUMMARY.bullet_style,
    show_default=True,
    help="noun: 개조식 bullets; sentence: full sentences.",
)
@_count("-w", "--workers", high=256, default=1, help="Processes for the extractive engine (each loads its own Kiwi).")
@click.option(
    "--backend",
    "execution",
    type=click.Choice(BATCH_BACKENDS),
    default="local",
    show_default=True,
    help="Where to summarize: this machine's processes, or Ray actors (pip install 'kosum[ray]').",
)
@click.option(
    "--ray-address",
    default=None,
    help="Ray cluster to join: HOST:6379, or auto ($RAY_ADDRESS, else the cluster `ray start` started here); "
    "token authentication needs RAY_AUTH_MODE=token [default: a local instance].",
)
@click.option(
    "--ray-actors",
    type=click.IntRange(1),
    default=None,
    help="Summarizing Ray actors [default: --workers locally, the cluster's CPUs on a cluster].",
)
@click.option(
    "--ray-gpus-per-actor",
    type=click.FloatRange(0),
    default=_RAY.gpus_per_actor,
    help="GPUs per Ray actor (0.5: two share one).",
)
@click.option("--overwrite", is_flag=True, help="Summarize again articles whose output is already there.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no closing count line.")
@click.option(
    "-g",
    "--glob",
    "globs",
    multiple=True,
    help="Only files in folders whose relative path or name matches (repeatable), e.g. '*.txt'.",
)
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Also follow symbolic links in folders that point outside the folder (default: each is a failure).",
)
@click.option("--text-field", default=None, help="jsonl/csv field of the text [default: text|content|body|내용|본문].")
@click.option("--title-field", default=None, help="jsonl/csv field of the title [default: title|제목].")
@click.option("--id-field", default=None, help="jsonl/csv field of the id [default: id, else the row number].")
@click.option(
    "--max-chars",
    type=click.IntRange(1),
    default=BATCH_MAX_CHARS,
    show_default=True,
    help="The largest article accepted, in characters.",
)
def summarize_command(
    paths: tuple[str, ...],
    out_dir: str | None,
    output: str | None,
    fmt: str | None,
    quiet: bool,
    url_list: str | None,
    **settings: Any,
) -> None:
    """Summarize the articles in PATH...: files, folders (recursive), - for stdin, or links
    (http:// or https://, fetched and read like a saved .html page).

    \b
    {registry}
    Encodings: UTF-8 (BOM or not), CP949/EUC-KR, UTF-16.
    One article and no -o/--output: printed to stdout (Markdown by default).
    Rerunning with the same -o/--output skips articles already summarized with the same options.
    Exit codes: 0 all succeeded, 1 some failed, 2 bad usage.
    """
    if not paths and not url_list:
        raise click.UsageError("give PATH... or --urls FILE")
    paths += tuple(read_url_list(url_list)) if url_list else ()
    if out_dir and output:
        raise click.UsageError("give -o/--out-dir or --output, not both")
    if output and fmt not in (None, LINES_FORMAT):
        raise click.UsageError(f"--output writes JSONL; for {fmt} files use -o OUT_DIR")
    if out_dir and fmt is not None and output_format(fmt).lines:
        raise click.UsageError(
            f"-o writes one {RECORD_FORMAT} or md file per article; for one JSONL file use --output FILE.jsonl"
        )
    reading = {
        k: settings.pop(k)
        for k in ("workers", "overwrite", "globs", "text_field", "title_field", "id_field", "follow_symlinks")
    }
    ray = _ray_options(settings, quiet)
    settings["backend"] = settings.pop("model_backend")
    summary_options, model_options = split_overrides(SummaryOptions(), ModelOptions(), settings)
    summarizer = Summarizer(summary_options, model_options)
    with _progress_bar(quiet or ray is not None) as progress:  # Ray Data shows its own bars
        run = summarize_files(
            paths,
            out_dir=out_dir,
            output=output,
            fmt=fmt or RECORD_FORMAT,
            summarizer=summarizer,
            max_chars=summary_options.max_chars,
            on_progress=_held(progress, lambda: run),
            ray=ray,
            fetch=FetchOptions(allow_private=True),  # the command line fetches what its user asks for
            **reading,
        )
        try:  # an interrupt (SIGINT, SIGTERM) stops the workers and leaves what is written
            if out_dir or output:
                for _ in run:
                    pass
            elif len(run.plan.items) == 1 and not run.plan.items[0][0].rows:
                return _print_one(run, fmt or STREAMED_VIEW)
            else:
                _print_many(run, fmt or LINES_FORMAT)
        finally:
            run.close()
    stats = run.stats
    if not quiet:
        where = f"; errors: {stats.errors}" if stats.failed and stats.errors else ""
        if stats.ignored:
            names = ", ".join(stats.ignored[:3]) + (", …" if len(stats.ignored) > 3 else "")
            where += f"; {len(stats.ignored)} not read (unknown type): {names}"
        closing = f"kosum: {stats.done} done, {stats.skipped} skipped, {stats.failed} failed{where}"
        click.echo(escape_name(closing), err=True)
    if stats.failed:
        raise click.exceptions.Exit(1)


def _ray_options(settings: dict[str, Any], quiet: bool) -> RayOptions | None:
    """The Ray options of ``--backend ray`` (taken out of ``settings``); ``None`` for local."""
    execution = settings.pop("execution")
    ray = {f.name: settings.pop(f"ray_{f.name}") for f in fields(RayOptions) if f"ray_{f.name}" in settings}
    if execution == "local":
        if ray["address"] is not None or ray["actors"] is not None or ray["gpus_per_actor"]:
            raise click.UsageError("--ray-address, --ray-actors and --ray-gpus-per-actor need --backend ray")
        return None
    return RayOptions(**ray, progress=not quiet)


def _held(progress: Callable[[BatchStats], None], run: Callable[[], BatchRun]) -> Callable[[BatchStats], None]:
    """``progress``, which with ``$KOSUM_HOLD_AFTER`` (``N``) stops the batch once ``N`` outputs are
    on disk: it says so on stderr and waits for a signal (the resume tests kill it there)."""
    hold = int(os.environ.get("KOSUM_HOLD_AFTER") or 0)
    if hold < 1:
        return progress

    def update(stats: BatchStats) -> None:
        progress(stats)
        if stats.done >= hold:
            run().plan.storage.flush()
            click.echo(f"kosum: holding after {stats.done} outputs", err=True)
            sys.stderr.flush()
            threading.Event().wait()

    return update


@contextmanager
def _progress_bar(quiet: bool) -> Iterator[Callable[[BatchStats], None]]:
    """A tqdm bar on stderr (articles done, rate, ETA), off when quiet or when stderr is no terminal."""
    from tqdm import tqdm

    bar = tqdm(total=0, unit="art", desc="kosum", file=sys.stderr, disable=quiet or not sys.stderr.isatty())

    def update(stats: BatchStats) -> None:
        bar.total = stats.total
        bar.set_postfix(failed=stats.failed, refresh=False)
        bar.update(stats.finished - bar.n)

    try:
        yield update
    finally:
        bar.close()


def _print_one(run: BatchRun, fmt: str) -> None:
    """One article to stdout; a failure is the command's error (exit 2 for bad input)."""
    ((source, result),) = list(run)
    if isinstance(result, InputError) and source.path != "-":
        raise InputError(f"{source.path}: {result}") from result
    if isinstance(result, Exception):
        raise result
    text = SUMMARY_VIEWS[fmt].render(result) if fmt in SUMMARY_VIEWS else _record(source, result, run, fmt)
    click.echo(text, nl=not text.endswith("\n"))


def _record(source: Source, summary: Summary, run: BatchRun, fmt: str) -> str:
    return render(source, summary, run.options, fmt).decode("utf-8")


def _print_many(run: BatchRun, fmt: str) -> None:
    """Several articles to stdout: records one per line, or Markdown; failures as messages on stderr."""
    if fmt != STREAMED_VIEW and not output_format(fmt).lines:
        raise click.UsageError(f"--format {fmt} prints one article; use jsonl or md for several, or -o OUT_DIR")
    for source, result in run:
        if isinstance(result, Exception):
            click.echo(f"kosum: {source}: {flagged(str(result))}", err=True)
        elif fmt == STREAMED_VIEW:
            click.echo(f"<!-- kosum: {escape_name(str(source))} -->\n{result.to_markdown()}")
        else:
            click.echo(_record(source, result, run, fmt), nl=False)


# Commands of other modules are registered here, one line each.
cli.add_command(digest_command)
cli.add_command(models)
cli.add_command(serve)


def main() -> None:
    """Entry point of the ``kosum`` console script and ``python -m kosum``."""
    cli(prog_name="kosum")
