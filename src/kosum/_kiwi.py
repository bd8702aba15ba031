"""The process-wide Kiwi analyzer: built once (about 1 s and 0.5 GB), shared by every stage."""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

logger = logging.getLogger("kosum")

_lock = threading.Lock()
_kiwi: Kiwi | None = None


def get_kiwi() -> Kiwi:
    """Return this process's Kiwi, building it on first use.

    ``KOSUM_KIWI_THREADS`` sets its analysis threads (default: Kiwi's, one per core); batch
    worker processes set it to 1 so that N workers use N cores. Its plain ``tokenize`` reads a
    local government's name with its particle as the name (:func:`_with_places`).
    """
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                logger.debug("loading Kiwi")
                threads = os.environ.get("KOSUM_KIWI_THREADS")
                mended = _with_places(Kiwi)
                _kiwi = mended(num_workers=int(threads)) if threads else mended()
    return _kiwi


class Places(NamedTuple):
    """The names of Korea's local governments and the particles that end a word after one
    (``kosum/data/places.json``), and a pattern of a word that may be a name with its particle."""

    names: frozenset[str]
    #: Each particle's tag after a name ("" where Kiwi is left to tell: 와/과, runs such as 에서는)
    #: and the names it follows: "coda" (은, 이: after 군), "vowel" (는, 가: after 시, 구, 도), "any".
    particles: dict[str, tuple[str, str]]
    word: re.Pattern[str]


@lru_cache(maxsize=1)
def places() -> Places:
    """The local governments' names (each metropolitan city and province in its full and short
    forms, the cities, counties and districts under them) and their particles."""
    raw = json.loads(resources.files("kosum").joinpath("data/places.json").read_text("utf-8"))
    names = {name for forms in raw["provinces"] for name in forms}
    names.update(name for local in raw["local"].values() for name in local)
    longest = max(len(name) for name in names)
    particles = "|".join(sorted(raw["particles"], key=len, reverse=True))
    ends = "".join(sorted({name[-1] for name in names}))
    word = re.compile(rf"(?<![가-힣])([가-힣]{{1,{longest - 1}}}[{ends}])({particles})(?![가-힣])")
    return Places(frozenset(names), {p: (tag, after) for p, (tag, after) in raw["particles"].items()}, word)


def _ends_in_coda(word: str) -> bool:
    """True where the last syllable of ``word`` (Hangul) has a final consonant (군, not 시)."""
    return (ord(word[-1]) - 0xAC00) % 28 != 0


def _misread(text: str, tokens: Sequence[Any]) -> list[tuple[int, int, Any]]:
    """The local governments' names that ``text`` writes with a particle and Kiwi did not read as
    nouns followed by the particle, each a span to be read as the name (one proper noun) and,
    where it has one tag after a name, the particle."""
    from kiwipiepy import PretokenizedToken

    found = places()
    spans: list[tuple[int, int, Any]] = []
    for match in found.word.finditer(text):
        name, particle = match[1], match[2]
        start, end = match.span(1)
        tag, after = found.particles[particle]
        if name not in found.names or after == ("vowel" if _ends_in_coda(name) else "coda"):
            continue
        inside = [t for t in tokens if t.start < end and t.start + t.len > start]
        following = next((t for t in tokens if t.start == end), None)
        crossed = any(t.start < start or t.start + t.len > end for t in inside)
        nouns = all(t.tag.startswith("NN") or t.tag == "XSN" for t in inside)
        if not crossed and nouns and following is not None and following.tag.startswith(("J", "VCP")):
            continue
        if tag:
            read = [
                PretokenizedToken(name, "NNP", 0, len(name)),
                PretokenizedToken(particle, tag, len(name), end - start + len(particle)),
            ]
            spans.append((start, match.end(), read))
        else:
            spans.append((start, end, "NNP"))
    return spans


def _with_places(base: type[Kiwi]) -> type[Kiwi]:
    """``base`` whose plain ``tokenize`` reads a local government's name with its particle as the
    name: Kiwi reads a few of them as other words now and then ("나주시는" as the verb "나 주시는",
    "광양시가" as 광양 and 시가), and the city is no longer the subject. Only a text with such a
    misreading is analysed again, with the name's span fixed as one proper noun; every other
    analysis stays Kiwi's own."""

    class PlaceKiwi(base):  # type: ignore[misc]
        def tokenize(self, text: str | Iterable[str], *args: Any, **kwargs: Any) -> Any:
            if args or kwargs:
                return super().tokenize(text, *args, **kwargs)
            if isinstance(text, str):
                return self._mended(text, super().tokenize(text))
            texts = list(text)
            return [self._mended(one, tokens) for one, tokens in zip(texts, super().tokenize(texts), strict=True)]

        def _mended(self, text: str, tokens: list[Any]) -> list[Any]:
            spans = _misread(text, tokens)
            return super().tokenize(text, pretokenized=spans) if spans else tokens

    return PlaceKiwi


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
