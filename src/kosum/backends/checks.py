"""Turning every way a model folder can be broken into one :class:`~kosum.ModelLoadError`.

A folder that looks like a model (``config.json`` and weights) can still fail to load: a
``config.json`` that is not JSON, a model type that only custom code knows (``auto_map``,
which kosum never runs), PyTorch pickle weights that hold more than plain tensors (refused
by PyTorch's weights-only loader, and never loaded any other way), truncated weights, a
converted folder without its tokenizer. Each becomes one sentence that names the model as
it was asked for (never the folder it was found in, so that messages shown over the web
carry no server paths); the underlying error is logged.
"""

from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path
from typing import Any

from ..errors import ModelLoadError

__all__ = ["CANNOT_LOAD", "convert_error", "load_error", "read_json", "seq2seq_types", "unsupported_type"]

logger = logging.getLogger("kosum")

#: How every :class:`ModelLoadError` message begins (followed by `` (NAME): why (in English).``).
CANNOT_LOAD = "요약 모델을 불러올 수 없습니다"


def _error(name: str, korean: str, english: str) -> ModelLoadError:
    return ModelLoadError(f"{CANNOT_LOAD} ({name}): {korean} ({english}).")


def read_json(folder: Path, file: str, name: str) -> dict[str, Any]:
    """The JSON object in ``folder/file``.

    Raises:
        ModelLoadError: the file is missing, unreadable, not JSON, or not a JSON object.
    """
    try:
        data = json.loads((folder / file).read_text("utf-8"))
    except FileNotFoundError:
        raise _error(name, f"{file} 파일이 없습니다", f"{file} is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        logger.warning("%s: %s", folder / file, exc)
        raise _error(name, f"{file} 파일이 올바른 JSON 형식이 아닙니다", f"{file} is not valid JSON") from None
    if not isinstance(data, dict):
        raise _error(name, f"{file} 파일이 올바른 JSON 형식이 아닙니다", f"{file} is not a JSON object")
    return data


def seq2seq_types() -> Any:
    """The model types transformers' ``AutoModelForSeq2SeqLM`` knows without custom code."""
    from transformers.models.auto.modeling_auto import MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES

    return MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES


def unsupported_type(config: dict[str, Any], known: Any, name: str) -> ModelLoadError | None:
    """The error for a ``config.json`` whose ``model_type`` is not in ``known`` (transformers'
    own model types), else ``None``. Custom code (``auto_map``) is never run."""
    model_type = config.get("model_type")
    if isinstance(model_type, str) and model_type in known:
        return None
    shown = model_type if isinstance(model_type, str) else "없음 (none)"
    if "auto_map" in config:
        return _error(
            name,
            f"모델 종류 {shown}: 모델에 딸린 사용자 코드가 있어야 하는데, kosum은 그런 코드를 실행하지 않습니다",
            "the model type needs the model's own code (auto_map), which kosum never runs",
        )
    return _error(name, f"지원하지 않는 모델 종류입니다: {shown}", "unsupported model_type")


def load_error(name: str, exc: BaseException) -> ModelLoadError:
    """The one-sentence error for ``exc``, raised while loading the model ``name``."""
    logger.warning("cannot load %s: %s: %s", name, type(exc).__name__, exc)
    if isinstance(exc, pickle.UnpicklingError):
        return _error(
            name,
            "PyTorch 가중치 파일(pickle)에 텐서가 아닌 객체가 들어 있어 불러오지 않습니다",
            "pickle weights holding anything but plain tensors are refused; use safetensors weights",
        )
    if isinstance(exc, MemoryError):
        return _error(name, "메모리가 부족합니다", "out of memory")
    if "cuda" in str(exc).lower():
        return _error(name, "CUDA 장치를 쓸 수 없습니다", f"the CUDA device is unavailable: {type(exc).__name__}")
    return _error(
        name,
        "모델 파일이 손상되었거나 읽을 수 없는 형식입니다",
        f"the model files are corrupt or unreadable: {type(exc).__name__}",
    )


def convert_error(name: str, exc: BaseException) -> ModelLoadError:
    """The one-sentence error for ``exc``, raised while converting the model ``name``."""
    if isinstance(exc, (ValueError, KeyError, AttributeError, NotImplementedError)) and not isinstance(
        exc, pickle.UnpicklingError
    ):
        logger.warning("cannot convert %s: %s: %s", name, type(exc).__name__, exc)
        return ModelLoadError(
            f"모델을 변환할 수 없습니다 ({name}): CTranslate2가 변환하지 못하는 모델입니다 "
            f"(cannot convert: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})."
        )
    return load_error(name, exc)
