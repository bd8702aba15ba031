"""``kosum models``: download, convert and list seq2seq models (see :mod:`kosum.models`)."""

from __future__ import annotations

from pathlib import Path

import click

from ..backends.resolve import DEFAULT_MODEL, convert_model, download_model, local_models, models_dirs

__all__ = ["models"]

QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "int16", "float16", "bfloat16", "float32")


@click.group("models")
def models() -> None:
    """요약 모델 받기·변환·목록 (download, convert and list seq2seq models)."""


@models.command("download")
@click.argument("model_id", default=DEFAULT_MODEL)
@click.option(
    "--to",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder to download into [default: models/<last part of MODEL_ID>].",
)
@click.option("--revision", default=None, help="A branch, tag or commit of the hub repository.")
def download_command(model_id: str, to: str | None, revision: str | None) -> None:
    """Download MODEL_ID from the Hugging Face hub (default gogamza/kobart-summarization)."""
    path = download_model(model_id, to, revision=revision)
    click.echo(f"내려받았습니다 (downloaded): {path}")


@models.command("convert")
@click.argument("src")
@click.option(
    "--to",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the CTranslate2 model [default: models/<name of SRC>-ct2].",
)
@click.option(
    "-q",
    "--quantization",
    type=click.Choice(QUANTIZATIONS),
    default="int8",
    show_default=True,
    help="Weight type of the converted model.",
)
@click.option("--force", is_flag=True, help="Overwrite the folder given by --to.")
def convert_command(src: str, to: str | None, quantization: str, force: bool) -> None:
    """Convert the transformers model SRC (folder, name under models/, or hub id) to CTranslate2."""
    target = Path(to) if to else Path("models") / f"{Path(src.rstrip('/')).name}-ct2"
    if not force and target.is_dir() and any(target.iterdir()):
        raise click.ClickException(f"대상 폴더가 이미 있습니다: {target} (already exists; use --force to overwrite)")
    path = convert_model(src, target, quantization=quantization, force=force)
    click.echo(f"변환했습니다 (converted): {path}")


@models.command("list")
def list_command() -> None:
    """List the models found under models/ folders."""
    found = local_models()
    for _name, folder, fmt in found:
        click.echo(f"{folder}\t{fmt}")
    if not found:
        places = ", ".join(str(d) for d in models_dirs())
        click.echo(f"모델이 없습니다 (no models in {places}); try `kosum models download`", err=True)
