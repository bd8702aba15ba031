"""The process-wide Kiwi analyzer: built once (about 1 s and 0.5 GB), shared by every stage."""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

logger = logging.getLogger("kosum")

_lock = threading.Lock()
_kiwi: Kiwi | None = None


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


@lru_cache(maxsize=256)
def short_tokens(text: str) -> tuple[Any, ...]:
    """Kiwi's tokens of a short text read alone (a label, a phrase, a title): a card's label is
    read by several tests and by the policy tag, and a Kiwi call right after Python work costs
    far more than a lookup. The tokens are shared: callers only read them."""
    return tuple(get_kiwi().tokenize(text))
