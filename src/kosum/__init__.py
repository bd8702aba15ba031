"""kosum: Korean article summarization.

>>> from kosum import summarize
>>> result = summarize(article_text)
>>> result.summary, [(s.area, [b.text for b in s.bullets]) for s in result.sections]

Importing kosum loads no torch, transformers, gradio or ray: the seq2seq backends load when a
model is, Ray when a batch asks for it, and the web UI (:func:`build_demo`, :func:`launch`) when
it is first named here.
"""

from __future__ import annotations

import logging
from typing import Any

from ._version import __version__
from .backends import Seq2SeqModel, load_model
from .backends.resolve import DEFAULT_MODEL, convert_model, download_model, resolve_model
from .batch.digest import Digest, Release, digest
from .batch.fetch import FetchOptions, summarize_url
from .batch.run import BatchRun, BatchStats, summarize_files
from .errors import (
    BackendUnavailableError,
    InputError,
    KosumError,
    ModelLoadError,
    ModelNotFoundError,
    UsageError,
)
from .options import GenerationOptions, ModelOptions, RayOptions, SummaryOptions
from .summarizer import Summarizer, shared_summarizer, summarize
from .types import Bullet, Document, Metadata, Morphemes, Section, Sentence, Summary

__all__ = [
    "DEFAULT_MODEL",
    "BackendUnavailableError",
    "BatchRun",
    "BatchStats",
    "Bullet",
    "Digest",
    "Document",
    "FetchOptions",
    "GenerationOptions",
    "InputError",
    "KosumError",
    "Metadata",
    "ModelLoadError",
    "ModelNotFoundError",
    "ModelOptions",
    "Morphemes",
    "RayOptions",
    "Release",
    "Section",
    "Sentence",
    "Seq2SeqModel",
    "Summarizer",
    "Summary",
    "SummaryOptions",
    "UsageError",
    "__version__",
    "build_demo",
    "convert_model",
    "digest",
    "download_model",
    "launch",
    "load_model",
    "resolve_model",
    "shared_summarizer",
    "summarize",
    "summarize_files",
    "summarize_url",
]

#: Names served lazily (their modules import gradio when called).
_WEB = ("build_demo", "launch")


def __getattr__(name: str) -> Any:
    """``kosum.build_demo`` and ``kosum.launch``: the web UI, imported on first use."""
    if name in _WEB:
        from .interfaces import webui

        return getattr(webui, name)
    raise AttributeError(f"module 'kosum' has no attribute {name!r}")


logging.getLogger("kosum").addHandler(logging.NullHandler())
