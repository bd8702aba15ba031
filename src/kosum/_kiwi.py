"""The process-wide Kiwi analyzer: built once (about 1 s and 0.5 GB), shared by every stage."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

logger = logging.getLogger("kosum")

_lock = threading.Lock()
_kiwi: Kiwi | None = None
_tokenize: Callable[[str], list[Any]] | None = None
#: What the fast path is checked on, against ``Kiwi.tokenize``: our own text, with a number, a
#: quote, Latin letters and two sentences.
_PROBE = "새솔군은 'AI 교실'을 열어 학생 1,200명을 가르친다. 신청은 다음 달 3일까지 받는다!"


def get_kiwi() -> Kiwi:
    """Return this process's Kiwi, building it on first use.

    ``KOSUM_KIWI_THREADS`` sets its analysis threads (default: Kiwi's, one per core); batch
    worker processes set it to 1 so that N workers use N cores.
    """
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                logger.debug("loading Kiwi")
                threads = os.environ.get("KOSUM_KIWI_THREADS")
                _kiwi = Kiwi(num_workers=int(threads)) if threads else Kiwi()
    return _kiwi


def tokenizer() -> Callable[[str], list[Any]]:
    """``get_kiwi().tokenize`` of one text with its default options, at less cost per call.

    ``Kiwi.tokenize`` converts its options on every call (about 20 µs, as much as Kiwi's own
    analysis of a short text); an article takes 4-5 calls (its blocks and title). The analysis
    itself is called here with the options converted once, where this kiwipiepy has the same
    analysis call and gives the same tokens on a probe text; else ``Kiwi.tokenize`` is used.
    """
    global _tokenize
    if _tokenize is None:
        _tokenize = _fast_tokenize(get_kiwi())
    return _tokenize


def _fast_tokenize(kiwi: Kiwi) -> Callable[[str], list[Any]]:
    """Kiwi's analysis with ``tokenize``'s default options (Kiwi 0.22-0.24's call), checked."""
    plain: Callable[[str], list[Any]] = kiwi.tokenize
    try:
        from kiwipiepy import Dialect, Kiwi, Match

        analyze = super(Kiwi, kiwi).analyze  # the analysis that Kiwi.tokenize wraps
        options = int(Match.ALL | Match.Z_CODA | Match.OOV_CHR_MODEL)
        # top_n, options, echo, blocklist, open_ending, dialects, dialect_cost, typos,
        # typo_cost_threshold, pretokenized, config: tokenize's defaults
        args = (1, options, False, None, False, Dialect.STANDARD, 3.0, None, 2.5, None, kiwi.global_config)

        def fast(text: str) -> list[Any]:
            tokens: list[Any] = analyze(text, *args)[0][0]
            return tokens

        def key(tokens: list[Any]) -> list[tuple[Any, ...]]:
            return [(t.form, t.tag, t.start, t.len, t.sent_position, t.word_position, t.score) for t in tokens]

        if getattr(kiwi, "_pretokenized_pats", True) or key(fast(_PROBE)) != key(plain(_PROBE)):
            return plain
    except Exception:  # another kiwipiepy: its own tokenize, the same tokens
        logger.debug("Kiwi's plain tokenize is used", exc_info=True)
        return plain
    return fast


@lru_cache(maxsize=256)
def short_tokens(text: str) -> tuple[Any, ...]:
    """Kiwi's tokens of a short text read alone (a label, a phrase, a title): a card's label is
    read by several tests and by the policy tag, and a Kiwi call right after Python work costs
    far more than a lookup. The tokens are shared: callers only read them."""
    return tuple(tokenizer()(text))
