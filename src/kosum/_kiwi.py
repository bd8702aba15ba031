"""The process-wide Kiwi analyzer: built once (about 1 s and 0.5 GB), shared by every stage."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

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


class Read(NamedTuple):
    """A morpheme of a text read off a longer text's analysis: the fields of Kiwi's token that the
    short-text readers use, its span relative to the text."""

    form: str
    tag: str
    start: int
    len: int


class _Headline:
    """A headline and its morphemes (objects with ``form``, ``tag``, ``start``, ``end``), with the
    readings already taken from them."""

    def __init__(self, text: str, morphs: Sequence[Any]) -> None:
        self.text = text
        self.morphs = morphs
        self.read: dict[str, tuple[Read, ...] | None] = {}

    def words(self, text: str) -> tuple[Read, ...] | None:
        """The morphemes of ``text`` where the headline writes it as whole words whose span no
        morpheme crosses, else ``None``."""
        if text not in self.read:
            self.read[text] = self._find(text)
        return self.read[text]

    def _find(self, text: str) -> tuple[Read, ...] | None:
        title, morphs = self.text, self.morphs
        at = title.find(text) if text and text.strip() == text else -1
        while at >= 0:
            end = at + len(text)
            whole = (at == 0 or not title[at - 1].isalnum()) and (end == len(title) or not title[end].isalnum())
            if whole and not any(m.start < at < m.end or m.start < end < m.end for m in morphs):
                inside = [m for m in morphs if at <= m.start and m.end <= end]
                return tuple(Read(m.form, m.tag, m.start - at, m.end - m.start) for m in inside) or None
            at = title.find(text, at + 1)
        return None


_headline: ContextVar[_Headline | None] = ContextVar("kosum_headline", default=None)


@contextmanager
def headline(text: str, morphs: Sequence[Any]) -> Iterator[None]:
    """Within this block :func:`headline_tokens` reads a word that ``text`` (a headline) writes
    whole off ``morphs``, the headline's analysis (objects with ``form``, ``tag``, ``start``,
    ``end``), instead of a new Kiwi call. Without ``morphs`` it changes nothing."""
    token = _headline.set(_Headline(text, morphs) if text and morphs else None)
    try:
        yield
    finally:
        _headline.reset(token)


def headline_tokens(word: str) -> tuple[Any, ...]:
    """The tokens of ``word``, a word of the headline being named (inside :func:`headline`), as the
    headline's analysis read it where the headline writes it whole and no morpheme crosses its
    edges; else Kiwi's reading of it alone (:func:`short_tokens`). The naming rules read a
    headline's words one by one, and a short Kiwi call after Python work costs far more than the
    lookup. Only for rules whose verdict the two readings share: Kiwi reads a word alone and in
    its sentence differently now and then ("…전" a noun alone, a determiner before another noun)."""
    within = _headline.get()
    found = within.words(word) if within is not None else None
    return found if found is not None else short_tokens(word)


@lru_cache(maxsize=256)
def short_tokens(text: str) -> tuple[Any, ...]:
    """Kiwi's tokens of a short text read alone (a label, a phrase, a title): a card's label is
    read by several tests and by the policy tag, and a Kiwi call right after Python work costs
    far more than a lookup. The tokens are shared: callers only read them."""
    return tuple(get_kiwi().tokenize(text))
