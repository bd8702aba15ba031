"""Summary sentences in a voice nobody in them owns: a host's or a speaker's words to the audience ("오늘의 주요
소식 전해 드리겠습니다", "저는 …"), a question put to the reader or to an interviewee ("…곳 아닙니까?"), or a wish or a
guess with no holder ("…놓였으면 하는 소망", "…늦어질지도 모른다").

The bullet check refuses such lines (:func:`kosum.engines.form.defect`); a summary that picks one reads as the
article's own statement of what nobody stated. The extractive summary leaves them out of its candidates, so the
next pick comes in. The checks are the bullet's (:func:`~kosum.engines.firstperson.speaks_as_self`,
:func:`~kosum.engines.conjecture.unowned_conjecture`), run on the whole sentence: a quoted wish with its
speaker's frame ("군수는 '…되길 바란다'고 말했다") ends in the frame and stays.

A bullet that quotes somebody ("…질문에 "…"라며 "…"라고 함") with its speaker only in an earlier sentence reads
as the words of whoever it does name: the asker, the office, the card's subject. Where none of a card's picks
stands alone, the chooser keeps its best one (:func:`kosum.engines.extractive._sound`); never one of these
(:func:`speakerless_quote`): a card with fewer, whole bullets beats one that misattributes words.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.memo import per_sentence
from ..pipeline.normalize import without_marks
from ..pipeline.vocab.bullets import QUESTION_MARKS
from ..pipeline.vocab.sentences import DOUBLE_QUOTED
from ..types import Bullet, Morph, Sentence
from .conjecture import unowned_conjecture
from .firstperson import may_speak, speaks_as_self
from .form import unattributed

__all__ = ["speakerless_quote", "unowned_voice"]


@per_sentence
def unowned_voice(sentence: Sentence) -> bool:
    """True for a sentence that speaks to its audience or as a speaker's self outside quote marks, asks a question
    (it ends on a question mark, as a bullet may not), or ends in a wish or a guess that nobody in it holds."""
    if sentence.text.rstrip().endswith(QUESTION_MARKS):
        return True
    words = without_marks(sentence.morphs)
    if not words:
        return False
    if unowned_conjecture(words):
        return True
    if not may_speak(words):
        return False
    base = sentence.start
    return speaks_as_self(sentence.text, [Morph(m.form, m.tag, m.start - base, m.end - base) for m in words])


def speakerless_quote(bullets: Sequence[Bullet]) -> bool:
    """True where one of ``bullets`` holds quoted words (:data:`~kosum.pipeline.vocab.sentences.DOUBLE_QUOTED`)
    and reports words nobody in it owns (:func:`~kosum.engines.form.unattributed`): "간담회에서 "곧 고친다"라고
    함" (who said it?), not "새솔시장은 간담회에서 "곧 고친다"라고 함"."""
    return any(DOUBLE_QUOTED.search(b.text) and unattributed(b.text) for b in bullets)
