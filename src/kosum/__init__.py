"""kosum: Korean article summarization.

>>> from kosum import summarize
>>> result = summarize(article_text)
>>> result.summary, [(s.area, [b.text for b in s.bullets]) for s in result.sections]
"""

from __future__ import annotations

import logging

from ._version import __version__
from .backends import GenerationOptions, Seq2SeqModel, load_model
from .backends.resolve import DEFAULT_MODEL, convert_model, download_model, resolve_model
from .batch.run import summarize_files
from .errors import BackendUnavailableError, InputError, KosumError, ModelNotFoundError
from .options import SummaryOptions
from .summarizer import Summarizer, summarize
from .types import Bullet, Document, Metadata, Section, Sentence, Summary

__all__ = [
    "DEFAULT_MODEL",
    "BackendUnavailableError",
    "Bullet",
    "Document",
    "GenerationOptions",
    "InputError",
    "KosumError",
    "Metadata",
    "ModelNotFoundError",
    "Section",
    "Sentence",
    "Seq2SeqModel",
    "Summarizer",
    "Summary",
    "SummaryOptions",
    "__version__",
    "convert_model",
    "download_model",
    "load_model",
    "resolve_model",
    "summarize",
    "summarize_files",
]


logging.getLogger("kosum").addHandler(logging.NullHandler())
