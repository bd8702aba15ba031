"""Reported speech: whether a sentence quotes what someone said rather than stating news."""

from __future__ import annotations

import re
from collections.abc import Callable

from .tuning import SPEECH

__all__ = ["is_reported_speech"]


def is_reported_speech(
    text: str, quotes: re.Pattern[str], frame: re.Pattern[str], unquoted: Callable[[str], bool] | None = None
) -> bool:
    """True when ``text`` quotes speech: at least :attr:`SpeechTuning.quote_share` of it inside the
    ``quotes`` spans, or a quote and a speech ``frame`` ("…"라고 말했다); without a quote, what
    ``unquoted`` says of it (``False`` when not given).

    >>> from kosum.pipeline.vocab.layout import LONG_QUOTE, SAID_AFTER_QUOTE
    >>> is_reported_speech('"마을 도서관을 꼭 다시 열겠다"고 말했다.', LONG_QUOTE, SAID_AFTER_QUOTE)
    True
    """
    spans = quotes.findall(text)
    if not spans:
        return bool(unquoted and unquoted(text))
    share = sum(len(span) for span in spans) / max(1, len(text))
    return share >= SPEECH.quote_share or bool(frame.search(text))
