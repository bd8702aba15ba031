"""The process-wide Kiwi analyzer: built once (about 1 s and 0.5 GB), shared by every stage."""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING

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
