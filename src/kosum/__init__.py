"""kosum: Korean article summarization.

>>> from kosum import summarize
>>> result = summarize(article_text)
>>> result.summary, [(s.area, [b.text for b in s.bullets]) for s in result.sections]
"""

from __future__ import annotations

import logging

from .errors import BackendUnavailableError, InputError, KosumError, ModelNotFoundError
from .options import SummaryOptions
from .summarizer import Summarizer, summarize
from .types import Bullet, Document, Metadata, Section, Sentence, Summary

__all__ = [
    "BackendUnavailableError",
    "Bullet",
    "Document",
    "InputError",
    "KosumError",
    "Metadata",
    "ModelNotFoundError",
    "Section",
    "Sentence",
    "Summarizer",
    "Summary",
    "SummaryOptions",
    "__version__",
    "summarize",
]

__version__ = "0.1.0"

logging.getLogger("kosum").addHandler(logging.NullHandler())
