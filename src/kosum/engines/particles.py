"""A particle's form after the noun it follows changed: dropping a bracket between a noun and its particle
("한솔제약(주)가", the particle read after "주") leaves the particle on the noun before the bracket, and the form must
follow that noun's last syllable ("한솔제약이", never "한솔제약가"): :func:`agree` re-chooses it from
:data:`PARTICLE_PAIRS` (이/가, 은/는, 을/를, 과/와, 으로/로)."""

from __future__ import annotations

from ..pipeline.vocab.bullets import PARTICLE_PAIRS

__all__ = ["agree"]

#: The first and last precomposed Hangul syllables, the count of finals per vowel, and the final ㄹ's index.
_FIRST, _LAST, _FINALS, _RIEUL = 0xAC00, 0xD7A3, 28, 8

#: Each particle's pair, by either form.
_PAIR = {form: pair for pair in PARTICLE_PAIRS for form in pair}


def _final(syllable: str) -> int | None:
    """The index of a Hangul syllable's final consonant (0: none), or None for anything else (a digit, a letter)."""
    code = ord(syllable)
    return (code - _FIRST) % _FINALS if _FIRST <= code <= _LAST else None


def agree(before: str, particle: str) -> str:
    """The form of ``particle`` (one of :data:`PARTICLE_PAIRS`) that the text ``before`` it calls for by its last
    syllable; ``particle`` unchanged where it is no such particle or ``before`` does not end in a Hangul syllable."""
    pair = _PAIR.get(particle)
    final = _final(before[-1]) if before and pair else None
    if pair is None or final is None:
        return particle
    closed = final != 0 and not (pair[0] == "으로" and final == _RIEUL)
    return pair[0] if closed else pair[1]
