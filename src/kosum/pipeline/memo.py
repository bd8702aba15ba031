"""Values computed from one sentence, kept as long as the sentence lives.

Several stages ask the same things of a sentence (its nouns, its facts, its news cues). A memo
kept on the sentence object itself gives each answer once per sentence: ``Sentence`` equality
leaves its morphemes out, and the same text may be analysed otherwise in another article, so
the memo belongs to the object, not to its value. It lives and dies with the sentence (a cache
keyed by sentences kept thousands alive, and Python's garbage collector went over them again and
again; a weak reference per entry cost more than the lookups it saved), and it is left out of
pickles and copies made with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from ..types import MEMO_ATTRIBUTE, Sentence

__all__ = ["TagTest", "per_sentence"]

_P = ParamSpec("_P")
_T = TypeVar("_T")


def per_sentence(func: Callable[Concatenate[Sentence, _P], _T]) -> Callable[Concatenate[Sentence, _P], _T]:
    """Memoize ``func(sentence, *args)`` per sentence object (and hashable arguments). The value
    is shared: callers never change it."""

    @wraps(func)
    def wrapper(sentence: Sentence, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        state = sentence.__dict__  # the frozen dataclass's own attributes, and the memo's
        try:  # a hit costs one lookup each: the sentence's memo, then the value
            memo: dict[Hashable, Any] = state[MEMO_ATTRIBUTE]
        except KeyError:
            memo = state[MEMO_ATTRIBUTE] = {}
        key = (func, args, tuple(kwargs.items())) if args or kwargs else func
        try:
            value: _T = memo[key]
        except KeyError:
            value = memo[key] = func(sentence, *args, **kwargs)
        return value

    return wrapper


class TagTest(dict[str, bool]):
    """``tag.startswith(prefixes)`` for a Kiwi tag, looked up (``TagTest(("NNG", "NNP"))["NNG"]`` →
    True): the hot loops over an article's morphemes ask it of a few dozen tags thousands of times,
    and a lookup costs less than the call. Each tag's answer is worked out on its first lookup."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def __missing__(self, tag: str) -> bool:
        value = self[tag] = tag.startswith(self.prefixes)
        return value
