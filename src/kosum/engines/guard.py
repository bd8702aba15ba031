"""Faithfulness guard: generated text may only state numbers and names the article states.

Every number with its unit ("1천561명", "7천만 원", "3.5%p", "2024년") and every proper
noun (Kiwi ``NNP``, and Latin acronyms such as "LH") in a generated summary or bullet must
be found in the source text: for a bullet, numbers in its own section, names anywhere in
the article. Numbers are compared by value and unit, whatever the way they
are written: "1천561명" = "1,561명", "7천만 원" = "7,000만 원" = "70,000,000원",
"10여 명" = "10명", "3%포인트" = "3%p". A number written without a unit matches any unit.

>>> Guard("참여자는 1,561명이었다.").unsupported("1천561명이 참여했다")
()
>>> Guard("참여자는 1,561명이었다.").unsupported("2천 명이 참여했다")
('2천 명',)
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..pipeline.vocab.common import WHITESPACE
from ..pipeline.vocab.sentences import AMOUNT, AMOUNT_PIECE, MAGNITUDE, UNIT_ALIASES
from .features import analyze

__all__ = ["Guard", "Quantity", "guard_warning", "parse_number", "proper_nouns", "quantities"]

_NAME_TAGS = frozenset({"NNP"})


@dataclass(frozen=True)
class Quantity:
    """A number as written (``text``), its value and its normalized unit ("" when none)."""

    text: str
    value: Decimal
    unit: str


def parse_number(expression: str) -> Decimal:
    """The value of a number written with digits and Korean magnitudes.

    >>> parse_number("1천561"), parse_number("7천만"), parse_number("3억 5천만"), parse_number("70,000,000")
    (Decimal('1561'), Decimal('70000000'), Decimal('350000000'), Decimal('70000000'))
    """
    total = Decimal(0)  # complete 만/억/조 groups
    group = Decimal(0)  # the part below 만 being read
    pending: Decimal | None = None  # digits not yet given a magnitude
    for piece in AMOUNT_PIECE.findall(expression):
        if piece in MAGNITUDE:
            factor = MAGNITUDE[piece]
            if factor < 10**4:  # 백, 천: multiply the digits before them
                group += (pending if pending is not None else Decimal(1)) * factor
            else:  # 만, 억, 조: multiply everything in the group
                group += pending or Decimal(0)
                total += (group or Decimal(1)) * factor
                group = Decimal(0)
            pending = None
        else:
            try:
                pending = Decimal(piece.replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
                pending = Decimal(0)
    return total + group + (pending or Decimal(0))


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its unit."""
    found = []
    for m in AMOUNT.finditer(text):
        unit = m["unit"] or ""
        number = m.group(0)[: m.start("approx") - m.start()] if m["approx"] else m.group(0)
        if m["unit"] and not m["approx"]:
            number = number[: m.start("unit") - m.start()]
        found.append(Quantity(m.group(0).strip(), parse_number(number), UNIT_ALIASES.get(unit, unit)))
    return found


def proper_nouns(text: str) -> list[str]:
    """Proper nouns of ``text``: Kiwi ``NNP`` morphemes and Latin words of two letters or more."""
    names = []
    for m in analyze(text):
        if m.tag in _NAME_TAGS or (m.tag == "SL" and len(m.form) >= 2):
            names.append(m.form)
    return names


def _squash(text: str) -> str:
    return WHITESPACE.sub("", text).lower()


class Guard:
    """Checks generated texts against a source text (an article or one of its sections).

    ``names`` is where proper nouns are looked up (default: ``source``): a section's bullet
    may name the city its article is about without the section naming it again.
    """

    def __init__(self, source: str, names: str | None = None) -> None:
        found = quantities(source)
        self._pairs = {(q.value, q.unit) for q in found}
        self._values = {q.value for q in found}
        self._flat = _squash(source if names is None else f"{source} {names}")

    def supports(self, quantity: Quantity) -> bool:
        """True when the source states ``quantity`` (same value and unit; any unit when it has none)."""
        if not quantity.unit:
            return quantity.value in self._values
        return (quantity.value, quantity.unit) in self._pairs

    def unsupported(self, generated: str) -> tuple[str, ...]:
        """The numbers and proper nouns of ``generated`` that the source does not state, as written."""
        bad = [q.text for q in quantities(generated) if not self.supports(q)]
        bad.extend(name for name in proper_nouns(generated) if _squash(name) not in self._flat)
        return tuple(dict.fromkeys(bad))


def guard_warning(tokens: tuple[str, ...], where: str = "") -> str:
    """The warning for a generated text replaced because of ``tokens``; ``where`` names its place."""
    quoted = ", ".join(f"'{t}'" for t in tokens)
    place = f"[{where}] " if where else ""
    return (
        f"{place}생성 요약에 원문에 없는 표현({quoted})이 있어 원문 문장으로 대체했습니다 "
        f"(unsupported by the article: {quoted})"
    )
