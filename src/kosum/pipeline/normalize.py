"""Character-level normalization and input checks shared by every stage.

Normalization never changes meaning: Unicode NFC, control and zero-width characters
dropped, every kind of space made a plain space, curly quotes and dash variants made
their plain forms, full-width ASCII made half-width.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import islice

from ..errors import InputError
from ..types import Morph
from .tuning import INPUT
from .vocab.common import HANGUL
from .vocab.lines import REPEATED_WORDS, REPEATS, SPACES

__all__ = [
    "WORD_MARK_TAGS",
    "analysis_view",
    "check_text",
    "letters",
    "normalize_line",
    "normalize_text",
    "without_marks",
]

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_TRANSLATE = {
    **_ZERO_WIDTH,
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"),
    **dict.fromkeys(map(ord, "\u2027\u2219\u30fb\uff65\u22c5"), "\u00b7"),
    ord("\t"): " ",
}
# Full-width ASCII letters, digits and punctuation (U+FF01..U+FF5E) to their half-width forms.
_TRANSLATE.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if code not in _TRANSLATE})
_TRANSLATE[0x3000] = " "
_TRANSLATE_STR = {
    chr(code): "" if to is None else to if isinstance(to, str) else chr(to) for code, to in _TRANSLATE.items()
}
_TRANSLATE_KEYS = frozenset(_TRANSLATE_STR)
#: Characters whose replacement is itself replaced (full-width "｀" → "`" → "'"): translate reads once.
_CHAINED = frozenset(key for key, to in _TRANSLATE_STR.items() if to in _TRANSLATE_KEYS)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and ch != "\n"


def normalize_line(line: str) -> str:
    """Normalize one line: quotes, dashes, spaces and invisible characters."""
    return _spaced(_translated(line))


def _spaced(line: str) -> str:
    """A translated line without control characters, its spaces unified and stripped."""
    # isprintable() (in C) is False for every control, format, private-use and surrogate
    # character: only lines that fail it are looked at character by character
    if not line.isprintable() and any(_is_control(ch) for ch in line):
        line = "".join(ch for ch in line if not _is_control(ch))
    return SPACES.sub(" ", line).strip()


def _translated(text: str) -> str:
    """``text.translate(_TRANSLATE)``, at less cost: ``str.translate`` with a dict looks every
    character up (a failed lookup for each Hangul syllable); only the few characters to change
    are replaced here (each maps to one character or none)."""
    found = _TRANSLATE_KEYS.intersection(text)
    if found & _CHAINED:
        return text.translate(_TRANSLATE)
    for ch in found:
        text = text.replace(ch, _TRANSLATE_STR[ch])
    return text


def analysis_view(text: str) -> str:
    """``text`` as handed to Kiwi: the same length and offsets, with degenerate repeats blanked.

    In a run that repeats a pattern of Hangul syllables, or of Hangul words, three times or more,
    the repeats after the first two are replaced by spaces, so that the analysis costs no more
    than real text of the same size; text without such runs comes back unchanged.
    """
    for pattern in (REPEATS, REPEATED_WORDS):
        if pattern.search(text) is not None:
            text = pattern.sub(_blank_repeats, text)
    return text


def _blank_repeats(match: re.Match[str]) -> str:
    return match.group(1) * 2 + " " * (len(match.group(0)) - 2 * len(match.group(1)))


def normalize_text(text: str) -> str:
    """NFC-normalize ``text``, unify line breaks and normalize every line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    text = _translated(text)  # per character: the same on the whole text as line by line
    if not text.replace("\n", "").isprintable():  # a control character or an odd space: line by line
        return "\n".join(_spaced(line) for line in text.split("\n"))
    # only plain spaces and line breaks are left (every other space is unprintable): runs of
    # spaces become one (SPACES never crosses a line break), where there is a run at all
    if "  " in text:
        text = SPACES.sub(" ", text)
    return "\n".join([line.strip() for line in text.split("\n")])


def check_text(text: object, max_chars: int) -> str:
    """Return ``text`` if it is something kosum can summarize, else raise :class:`InputError`.

    Rejects non-strings, empty or whitespace-only text, binary data (NUL bytes, many
    control or replacement characters), text over ``max_chars`` and text with no Korean.
    """
    if isinstance(text, bytes | bytearray):
        raise InputError("텍스트(str)를 넣어 주세요: bytes를 받았습니다. 먼저 디코딩하세요 (got bytes).")
    if not isinstance(text, str):
        raise InputError(f"텍스트(str)를 넣어 주세요: {type(text).__name__}을(를) 받았습니다.")
    if not text.strip():
        raise InputError("요약할 텍스트가 비어 있습니다 (empty input).")
    if len(text) > max_chars:
        raise InputError(
            f"기사가 너무 깁니다: {len(text):,}자 (최대 {max_chars:,}자). "
            f"나누어 요약하거나 한도를 늘리세요 (input too large)."
        )
    sample = text[:200_000]
    if "\x00" in sample:
        raise InputError("텍스트가 아니라 바이너리 데이터로 보입니다 (NUL 바이트가 있음).")
    if sample.replace("\n", "").replace("\t", "").replace("\r", "").isprintable():  # no control characters
        odd = sample.count("\ufffd")
    else:
        odd = sum(1 for ch in sample if ch == "\ufffd" or (_is_control(ch) and ch not in "\t\r"))
    if odd > max(INPUT.odd_chars_floor, len(sample) // INPUT.odd_chars_per):
        raise InputError(
            f"텍스트가 깨져 있거나 바이너리 데이터로 보입니다 (제어 문자·대체 문자 {odd}개). 인코딩을 확인하세요."
        )
    if len(list(islice(HANGUL.finditer(sample), INPUT.min_hangul))) < INPUT.min_hangul:  # no list of every syllable
        raise InputError("한국어 텍스트가 아닙니다: kosum은 한국어 기사를 요약합니다 (no Korean text).")
    return text


def letters(text: str) -> str:
    """``text``'s letters and digits only, to find one text in another across spacing and punctuation.

    >>> letters("새솔시, 3천 명(추산)")
    '새솔시3천명추산'
    """
    return "".join(filter(str.isalnum, text))


#: Kiwi's tags of marks that are still words: a foreign word, a Hanja, a figure.
WORD_MARK_TAGS = ("SL", "SH", "SN")


def without_marks(morphs: Iterable[Morph]) -> list[Morph]:
    """The words of ``morphs``: every morpheme but punctuation, brackets and other marks (a foreign word, a Hanja and
    a figure stay)."""
    return [m for m in morphs if not m.tag.startswith("S") or m.tag in WORD_MARK_TAGS]
