"""Seq2seq backends behind one interface, :class:`Seq2SeqModel`, and :func:`load_model`.

>>> from kosum.backends import load_model
>>> model = load_model("models/kobart-summarization-ct2")   # a converted folder: CTranslate2
>>> model.generate(["기사 본문 …"])
"""

from __future__ import annotations

import os

from ..options import DEVICES, GenerationOptions, check_device
from .base import DEFAULT_WINDOW, Seq2SeqModel, input_window
from .resolve import ResolvedModel, resolve_model

__all__ = [
    "DEFAULT_WINDOW",
    "DEVICES",
    "GenerationOptions",
    "Seq2SeqModel",
    "default_threads",
    "input_window",
    "load_model",
]


def default_threads() -> int:
    """CPU threads per loaded model: ``$KOSUM_THREADS``, else 1 (one per worker process)."""
    try:
        return max(1, int(os.environ.get("KOSUM_THREADS", "1")))
    except ValueError:
        return 1


def load_model(
    model: str | ResolvedModel | None = None,
    *,
    backend: str = "auto",
    device: str = "auto",
    threads: int | None = None,
    compute_type: str | None = None,
    max_input_tokens: int | None = None,
    download: bool = False,
) -> Seq2SeqModel:
    """Resolve ``model`` (see :func:`kosum.models.resolve_model`, default
    :data:`~kosum.models.DEFAULT_MODEL`) and load it with the backend its folder needs.

    Args:
        backend: ``"auto"`` (CTranslate2 for a converted folder, else transformers),
            ``"transformers"`` or ``"ctranslate2"``.
        device: ``"auto"`` (CUDA where present), ``"cpu"`` or ``"cuda"``.
        threads: CPU threads (default :func:`default_threads`).
        compute_type: CTranslate2 compute type (default int8 on CPU, int8_float16 on CUDA).
        max_input_tokens: the input window (default from the model's configuration, at most 1,024).
        download: download a hub id that is not on disk (never when ``HF_HUB_OFFLINE`` is set).

    Raises:
        UsageError: an unknown backend or device.
        ModelNotFoundError: the model is nowhere to be found.
        ModelLoadError: it is there but cannot be loaded (one sentence saying why, no paths).
        BackendUnavailableError: the backend's packages are not installed.
    """
    check_device(device)
    resolved = model if isinstance(model, ResolvedModel) else resolve_model(model, backend=backend, download=download)
    threads = threads if threads is not None else default_threads()
    if resolved.format == "ctranslate2":
        from .ct2 import CTranslate2Model

        return CTranslate2Model(
            resolved, device=device, threads=threads, compute_type=compute_type, max_input_tokens=max_input_tokens
        )
    from .hf import TransformersModel

    return TransformersModel(resolved, device=device, threads=threads, max_input_tokens=max_input_tokens)
