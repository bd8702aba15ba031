"""Values computed from one sentence, kept as long as the sentence lives.

Several stages ask the same things of a sentence (its nouns, its facts, its news cues). A memo
keyed by the sentence's identity gives each answer once per sentence: ``Sentence`` equality
leaves its morphemes out, and the same text may be analysed otherwise in another article. The
memo holds the sentence only weakly, so that it keeps no article's sentences alive after the
article is done (a cache that did held thousands of them, and Python's garbage collector went
over them again and again).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar
from weakref import ref

from ..types import Sentence

__all__ = ["per_sentence"]

_P = ParamSpec("_P")
_T = TypeVar("_T")


def per_sentence(func: Callable[Concatenate[Sentence, _P], _T]) -> Callable[Concatenate[Sentence, _P], _T]:
    """Memoize ``func(sentence, *args)`` per sentence object (and hashable arguments). The value
    is shared: callers never change it."""
    memo: dict[Hashable, tuple[ref[Sentence], _T]] = {}

    @wraps(func)
    def wrapper(sentence: Sentence, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        key = (id(sentence), args, tuple(kwargs.items())) if args or kwargs else id(sentence)
        entry = memo.get(key)
        if entry is not None and entry[0]() is sentence:
            return entry[1]
        value = func(sentence, *args, **kwargs)

        def forget(dead: ref[Sentence]) -> None:  # only this sentence's entry, not a later one's
            if (current := memo.get(key)) is not None and current[0] is dead:
                memo.pop(key, None)

        memo[key] = (ref(sentence, forget), value)
        return value

    return wrapper
