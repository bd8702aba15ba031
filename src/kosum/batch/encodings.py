"""Decoding text files as Korean archives hold them.

Recognized: UTF-8 with or without BOM, UTF-16 and UTF-32 with a BOM, BOM-less UTF-16 (told by its
NUL bytes), CP949/EUC-KR (the legacy Korean encodings) and whatever else charset-normalizer
recognizes. Data with NUL bytes that is not UTF-16, or whose text is mostly control characters, is
binary: an :class:`~kosum.InputError`, never a summary of garbage.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import InputError

__all__ = ["BINARY_MESSAGE", "UNKNOWN_ENCODING_MESSAGE", "decode_bytes", "detect_encoding", "line_encoding"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
#: The encodings tried line by line where a file's first bytes hold lines that do not decode.
_LINE_ENCODINGS = ("utf-8", "cp949")
_NOT_WITHOUT_NUL = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")

BINARY_MESSAGE = "바이너리 파일로 보입니다: UTF-8·CP949·UTF-16 텍스트가 아닙니다 (binary file, not text)."
UNKNOWN_ENCODING_MESSAGE = "인코딩을 알 수 없습니다: UTF-8·CP949(EUC-KR)·UTF-16으로 읽히지 않습니다 (unknown encoding)."


def _try_decode(data: bytes, encoding: str, final: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=final)
    except (UnicodeDecodeError, LookupError):
        return None


def _hangul(text: str) -> int:
    return sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")


def _readable(text: str) -> bool:
    sample = text[:100_000]
    if "\x00" in sample:
        return False
    odd = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"))
    return odd <= max(4, len(sample) // 100)


def _utf16_guess(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit mostly at odd/even offsets, as in BOM-less UTF-16
    (spaces, digits and punctuation have a NUL high byte); the decoded text is checked after."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2:
        return None
    if odd >= 3 * even:
        return "utf-16-le"
    if even >= 3 * odd:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes, *, complete: bool = True) -> str:
    """The encoding of ``data``: the whole file, or (``complete=False``) its first bytes.

    Raises:
        InputError: binary data, or an encoding not recognized.
    """
    if data.startswith(_UTF32_BOMS):
        return "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    if b"\x00" in data:
        guess = _utf16_guess(data)
        text = _try_decode(data, guess, complete) if guess else None
        if guess and text is not None and _readable(text):
            return guess
        raise InputError(BINARY_MESSAGE)
    if _try_decode(data, "utf-8", complete) is not None:
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_exclusion=list(_NOT_WITHOUT_NUL)).best()
    guess = best.encoding if best is not None else None
    guessed = _try_decode(data, guess, complete) if guess else None
    korean = _try_decode(data, "cp949", complete)
    # Short Korean texts fool statistical detection; CP949 is the legacy Korean encoding.
    if korean is not None and (guessed is None or _hangul(korean) >= _hangul(guessed)):
        return "cp949"
    if guess and guessed is not None:
        return guess
    raise InputError(UNKNOWN_ENCODING_MESSAGE)


def line_encoding(head: bytes, *, complete: bool = True) -> str:
    """The encoding of a file read line by line, from its first bytes ``head``: as
    :func:`detect_encoding`, but where a few lines that do not decode (or hold NUL bytes) hide it or
    lead to a guess that is not UTF-8 or CP949, the encoding among UTF-8 and CP949 that most of the
    lines decode with; the lines that do not decode fail alone when read.

    >>> line_encoding("가\\n".encode() * 9 + b"\\xff\\n")
    'utf-8'

    Raises:
        InputError: binary data, or no encoding reads most of the lines.
    """
    lines = [line for line in head.split(b"\n")[: None if complete else -1] if line.strip()]
    if 0 < 2 * sum(b"\x00" in line for line in lines) < len(lines):  # a few lines with NUL bytes fail alone
        return line_encoding(b"\n".join(line for line in lines if b"\x00" not in line) + b"\n")
    try:
        found: str | None = detect_encoding(head, complete=complete)
    except InputError as exc:
        if str(exc) != UNKNOWN_ENCODING_MESSAGE:
            raise
        found, unknown = None, exc
    if found is not None and (found in _LINE_ENCODINGS or found.startswith(("utf", "UTF"))):
        return found
    read = {enc: sum(_try_decode(line, enc, True) is not None for line in lines) for enc in _LINE_ENCODINGS}
    best = max(_LINE_ENCODINGS, key=lambda enc: read[enc])  # the first one on a tie
    if 2 * read[best] > len(lines):
        return best
    if found is not None:
        return found
    raise unknown


def decode_bytes(data: bytes) -> str:
    """Decode a whole text file (see the module docstring for the encodings recognized).

    Raises:
        InputError: binary data or an unknown encoding.
    """
    encoding = detect_encoding(data)
    text = data.decode(encoding)
    if not _readable(text):
        raise InputError(BINARY_MESSAGE)
    return text
