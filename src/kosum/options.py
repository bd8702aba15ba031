"""Options for summarization, as frozen dataclasses with documented defaults."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError

__all__ = ["BULLET_STYLES", "ENGINES", "SummaryOptions"]

ENGINES = ("auto", "extractive", "abstractive")
BULLET_STYLES = ("noun", "sentence")

#: Default largest article kosum accepts, in characters (about 2 MB of Korean text).
DEFAULT_MAX_CHARS = 2_000_000


@dataclass(frozen=True)
class SummaryOptions:
    """What to produce.

    Attributes:
        engine: ``"auto"`` (a seq2seq model when one is available, else extractive),
            ``"extractive"`` or ``"abstractive"``. Default ``"auto"``.
        sentences: sentences in the overall summary. Default 3.
        bullets: the most bullets per policy area (each area gets 1 to this many). Default 2.
        bullet_style: ``"noun"`` writes bullets the way Korean reports do (개조식:
            "업무협약 체결"); ``"sentence"`` keeps full sentences. Default ``"noun"``.
        max_chars: the largest article accepted, in characters; larger ones are an
            :class:`~kosum.InputError`. Default 2,000,000.
    """

    engine: str = "auto"
    sentences: int = 3
    bullets: int = 2
    bullet_style: str = "noun"
    max_chars: int = DEFAULT_MAX_CHARS

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise InputError(f"engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        if self.bullet_style not in BULLET_STYLES:
            raise InputError(f"bullet_style must be one of {', '.join(BULLET_STYLES)}, not {self.bullet_style!r}")
        if not 1 <= self.sentences <= 50:
            raise InputError(f"sentences must be between 1 and 50, not {self.sentences}")
        if not 1 <= self.bullets <= 10:
            raise InputError(f"bullets must be between 1 and 10, not {self.bullets}")
        if self.max_chars < 1:
            raise InputError(f"max_chars must be positive, not {self.max_chars}")
