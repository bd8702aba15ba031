"""Where seq2seq models come from: the one place that resolves, downloads and converts them.

A model is named by

* a local folder (``./my-model``, ``/opt/models/kobart``),
* a name under ``models/`` (``models/kobart-summarization`` or just ``kobart-summarization``),
  looked up in ``./models`` and in ``$KOSUM_MODELS_DIR`` (else the source checkout's ``models/``),
* or a Hugging Face hub id (``gogamza/kobart-summarization``, the default).

Resolution is offline first: the folders above, then the Hugging Face cache
(``local_files_only``), then a download, only where it is allowed and ``HF_HUB_OFFLINE`` is
not set. A hub id is also looked up under ``models/`` by its last part, which is where
``kosum models download`` puts it; with ``backend="auto"`` a converted ``<name>-ct2`` folder
beside it is preferred. Remote code is never trusted; safetensors weights are preferred.

A folder is a *CTranslate2* model when it holds ``model.bin`` and a ``config.json``, a
*transformers* model when it holds ``config.json`` and safetensors (or PyTorch) weights.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BackendUnavailableError, KosumError, ModelNotFoundError, UsageError
from ..options import BACKENDS
from .checks import convert_error, read_json, seq2seq_types, unsupported_type

__all__ = [
    "BACKENDS",
    "DEFAULT_MODEL",
    "ResolvedModel",
    "convert_model",
    "download_model",
    "is_hub_id",
    "local_models",
    "model_format",
    "models_dirs",
    "resolve_model",
]

logger = logging.getLogger("kosum")

#: The model kosum uses when none is named.
DEFAULT_MODEL = "gogamza/kobart-summarization"

#: Files a model folder needs besides its weights (tokenizer and generation settings).
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "generation_config.json",
)
#: Settings of a converted folder that CTranslate2's own config.json does not hold.
KOSUM_CONFIG = "kosum.json"
_HUB_PATTERNS = ["*.json", "*.safetensors", "*.txt", "*.model", "model.bin"]
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_DOWNLOAD_HINT = (
    "모델을 받으려면 (to get it): `kosum models download {hub}` (인터넷 연결 필요, needs a network), "
    "또는 모델 폴더를 models/ 아래에 복사하세요 (or copy a model folder into models/)."
)
_COPY_HINT = (
    "모델 폴더를 models/ 아래에 복사하거나 경로를 확인하세요 (copy a model folder into models/, or check the path)."
)


@dataclass(frozen=True)
class ResolvedModel:
    """A model found on disk.

    Attributes:
        name: the name it was asked by (a hub id, a name, or a folder).
        path: the folder that holds it.
        format: ``"transformers"`` or ``"ctranslate2"``.
        source: where it was found: ``"folder"``, ``"models"``, ``"cache"`` or ``"download"``.
    """

    name: str
    path: Path
    format: str
    source: str


def model_format(folder: Path) -> str | None:
    """``"ctranslate2"``, ``"transformers"``, or ``None`` when ``folder`` holds no model."""
    if not (folder / "config.json").is_file():
        return None
    if (folder / "model.bin").is_file():
        return "ctranslate2"
    weights = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json")
    if any((folder / name).is_file() for name in weights):
        return "transformers"
    return None


def models_dirs() -> list[Path]:
    """Folders searched for named models: ``./models``, then ``$KOSUM_MODELS_DIR`` (else the
    ``models/`` folder of kosum's source checkout, when there is one)."""
    dirs = [Path.cwd() / "models"]
    env = os.environ.get("KOSUM_MODELS_DIR")
    if env:
        dirs.append(Path(env).expanduser())
    else:
        checkout = Path(__file__).resolve().parents[2] / "models"
        if checkout.is_dir():
            dirs.append(checkout)
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in {u.resolve() for u in unique}:
            unique.append(d)
    return unique


def local_models() -> list[tuple[str, Path, str]]:
    """The models in the :func:`models_dirs` folders, as ``(name, folder, format)``: what
    ``kosum models list`` shows and what the web UI offers. A name found in two folders is
    the first one's (the one :func:`resolve_model` finds)."""
    found: dict[str, tuple[str, Path, str]] = {}
    for folder in models_dirs():
        try:
            children = sorted(folder.iterdir()) if folder.is_dir() else []
        except OSError:
            continue
        for child in children:
            fmt = model_format(child) if child.is_dir() else None
            if fmt and child.name not in found:
                found[child.name] = (child.name, child, fmt)
    return list(found.values())


def is_hub_id(spec: str) -> bool:
    """Whether ``spec`` looks like a Hugging Face hub id (``owner/name``), not a path."""
    spec = spec.strip()
    return (
        bool(_HUB_ID.match(spec))
        and spec.count("/") == 1
        and not spec.startswith(("models/", ".", "~"))
        and ".." not in spec
    )


def _hint(spec: str) -> str:
    """How to get the model ``spec``: a download only for something that looks like a hub id."""
    if is_hub_id(spec) and not Path(spec).expanduser().exists():
        return _DOWNLOAD_HINT.format(hub=spec)
    if spec.removeprefix("models/") == DEFAULT_MODEL.rsplit("/", 1)[1]:
        return _DOWNLOAD_HINT.format(hub=DEFAULT_MODEL)
    return _COPY_HINT


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def _usable(fmt: str | None, backend: str) -> bool:
    return fmt is not None and (backend == "auto" or fmt == backend)


def _local_candidates(spec: str, backend: str) -> list[Path]:
    name = spec.removeprefix("models/").strip("/")
    names = [name]
    if "/" in name:  # a hub id: also its last part, where `kosum models download` puts it
        names.append(name.rsplit("/", 1)[1])
    if backend in ("auto", "ctranslate2"):
        names = [n for base in names for n in (f"{base}-ct2", base)]
    return [d / n for d in models_dirs() for n in names]


def _hub(spec: str, *, local_only: bool) -> Path | None:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HfHubHTTPError, HFValidationError, LocalEntryNotFoundError

    try:
        folder = Path(snapshot_download(spec, allow_patterns=_HUB_PATTERNS, local_files_only=local_only))
    except (LocalEntryNotFoundError, HfHubHTTPError, HFValidationError, OSError) as exc:
        logger.debug("hub %s (local_only=%s): %s", spec, local_only, exc)
        return None
    if model_format(folder) is None and not local_only:  # an old repo with PyTorch weights only
        try:
            folder = Path(snapshot_download(spec, allow_patterns=["pytorch_model.bin*"]))
        except (HfHubHTTPError, OSError) as exc:
            logger.debug("hub %s: %s", spec, exc)
    return folder


def resolve_model(spec: str | None = None, *, backend: str = "auto", download: bool = False) -> ResolvedModel:
    """Find the model named ``spec`` (default :data:`DEFAULT_MODEL`) on disk.

    Args:
        spec: a folder, a name under ``models/``, or a hub id.
        backend: ``"auto"``, ``"transformers"`` or ``"ctranslate2"``: the format wanted.
        download: download a hub id that is not cached (never when ``HF_HUB_OFFLINE`` is set).

    Raises:
        ModelNotFoundError: nothing usable was found; the message lists where kosum looked.
    """
    if backend not in BACKENDS:
        raise UsageError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    spec = (spec or DEFAULT_MODEL).strip()
    looked: list[str] = []
    folder = Path(spec).expanduser()
    if folder.is_dir() and not spec.startswith("models/"):  # models/NAME is a name, found below
        fmt = model_format(folder)
        if _usable(fmt, backend):
            assert fmt is not None
            return ResolvedModel(spec, folder, fmt, "folder")
        looked.append(f"{folder} ({'a ' + fmt + ' model, not ' + backend if fmt else 'no model files in it'})")
    for candidate in _local_candidates(spec, backend):
        fmt = model_format(candidate)
        if _usable(fmt, backend):
            assert fmt is not None
            return ResolvedModel(spec, candidate, fmt, "models")
        looked.append(str(candidate))
    hub_id = spec.removeprefix("models/")
    if _HUB_ID.match(hub_id) and "/" in hub_id and not folder.is_absolute():
        try:
            import huggingface_hub  # noqa: F401
        except ImportError:
            looked.append("Hugging Face cache (huggingface_hub is not installed)")
        else:
            for local_only, place in ((True, "Hugging Face cache"), (False, "Hugging Face hub (download)")):
                if not local_only and (not download or _offline()):
                    why = "HF_HUB_OFFLINE is set" if _offline() else "download not allowed here"
                    looked.append(f"{place}: skipped, {why}")
                    break
                found = _hub(hub_id, local_only=local_only)
                fmt = model_format(found) if found else None
                if found and _usable(fmt, backend):
                    assert fmt is not None
                    return ResolvedModel(spec, found, fmt, "cache" if local_only else "download")
                looked.append(f"{place}: {hub_id}" + (f" ({found}: no usable model)" if found else ""))
    raise ModelNotFoundError(spec, tuple(looked), _hint(spec))


def download_model(model_id: str, to: str | Path | None = None, *, revision: str | None = None) -> Path:
    """Download hub model ``model_id`` (config, tokenizer, safetensors weights) into the folder
    ``to`` (default ``models/<last part of the id>``) and return that folder."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise BackendUnavailableError("huggingface_hub", "transformers", "Downloading models") from exc
    from huggingface_hub.errors import HfHubHTTPError, HFValidationError, LocalEntryNotFoundError

    if _offline():
        raise KosumError(
            f"모델을 내려받을 수 없습니다 ({model_id}): HF_HUB_OFFLINE 환경 변수가 설정되어 있습니다 "
            "(HF_HUB_OFFLINE is set)."
        )
    target = Path(to) if to else Path("models") / model_id.rsplit("/", 1)[-1]
    try:
        snapshot_download(model_id, revision=revision, local_dir=target, allow_patterns=_HUB_PATTERNS)
        if model_format(target) is None:
            snapshot_download(model_id, revision=revision, local_dir=target, allow_patterns=["pytorch_model.bin*"])
    except (LocalEntryNotFoundError, HfHubHTTPError, HFValidationError, OSError) as exc:
        raise KosumError(f"모델을 내려받지 못했습니다 ({model_id}): {exc} (download failed).") from exc
    if model_format(target) is None:
        raise KosumError(f"내려받은 폴더에 모델 파일이 없습니다 ({model_id}: no model files in {target}).")
    logger.info("downloaded %s to %s", model_id, target)
    return target


def _patched_source(src: Path, work: Path, config: dict[str, Any]) -> Path:
    """``src``, or a copy of it in ``work`` (weights linked) whose BART config has the
    ``normalize_before``/``normalize_embedding`` keys CTranslate2's converter reads."""
    config = dict(config)
    if config.get("model_type") != "bart" or {"normalize_before", "normalize_embedding"} <= config.keys():
        return src
    config.setdefault("normalize_before", False)
    config.setdefault("normalize_embedding", True)
    for item in src.iterdir():
        if item.name != "config.json":
            (work / item.name).symlink_to(item.resolve())
    (work / "config.json").write_text(json.dumps(config, indent=2), "utf-8")
    return work


def convert_model(src: str | Path, to: str | Path, *, quantization: str | None = "int8", force: bool = False) -> Path:
    """Convert a transformers model (folder, name or hub id) to a CTranslate2 folder ``to``.

    The converted folder is self-contained: tokenizer files and generation settings are
    copied in, and ``kosum.json`` keeps the input window, so its path alone loads it.
    """
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError as exc:
        raise BackendUnavailableError("ctranslate2", "ct2", "Converting models") from exc
    resolved = resolve_model(str(src), backend="transformers", download=True)
    target = Path(to)
    if target.exists() and any(target.iterdir()) and not force:
        raise KosumError(f"대상 폴더가 이미 있습니다: {target} (already exists and is not empty).")
    config = read_json(resolved.path, "config.json", resolved.name)
    unknown = unsupported_type(config, seq2seq_types(), resolved.name)
    if unknown is not None:
        raise unknown
    with tempfile.TemporaryDirectory(prefix="kosum-convert-") as work:
        source = _patched_source(resolved.path, Path(work), config)
        copy = [name for name in TOKENIZER_FILES if (source / name).is_file()]
        try:
            TransformersConverter(str(source), copy_files=copy).convert(
                str(target), quantization=quantization, force=True
            )
        except Exception as exc:  # any broken file: one sentence, never a traceback
            raise convert_error(resolved.name, exc) from exc
    settings = {
        "source": resolved.name,
        "quantization": quantization or "float32",
        "max_position_embeddings": config.get("max_position_embeddings"),
        "model_type": config.get("model_type"),
    }
    (target / KOSUM_CONFIG).write_text(json.dumps(settings, indent=2), "utf-8")
    logger.info("converted %s to %s (%s)", resolved.path, target, settings["quantization"])
    return target
