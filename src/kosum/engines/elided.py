"""A report continued with its speaker elided.

News names a source once and goes on with its report without naming it again: "새솔일보는 한빛FC가 3일 가람FC에서
김하늘을 다시 데려왔다고 보도했다. 또한 가람FC는 5억원을 한빛FC에 물어 줘야 한다고 전했다." The second sentence's
speaker is the paper; "가람FC는" is the topic of the clause it reports. A bullet of it ("가람FC는 5억원을 … 물어 줘야
한다고 전함") makes the club the one who said it, and a summary that shows it without the sentence before it does
too. :func:`elided_speaker` finds such a sentence: it opens with a connective that goes on with the report before
(:data:`~kosum.pipeline.vocab.asides.CONTINUED_REPORT_OPENING`), ends in a speech frame
(:data:`~kosum.pipeline.vocab.asides.REPORT_FRAME_END`) that names no speaker of its own ("…다고 새솔일보가 전했다"
does), as the sentence right before it does, and its opening topic is none of that sentence's topics (the same
speaker named again, "또한 새솔시는 …라고 밝혔다", speaks for itself) nor a person
(:data:`~kosum.pipeline.vocab.voice.WITNESS_ENDS`: "또 김바다 의원은 …라고 밝혔다", a new speaker). The summary shows
it only right after the sentence before it, and the chooser makes no bullet of it where the bullet keeps the frame
(:func:`framed`): an announcing frame cut before ("…북쪽으로 옮겨 가는 중") leaves the clause as the article's fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.normalize import letters
from ..pipeline.vocab.asides import CONTINUED_REPORT_OPENING, FRAMED_BULLET_END, REPORT_FRAME_END
from ..pipeline.vocab.voice import TOPIC_PARTICLES, WITNESS_ENDS
from ..types import Bullet, Sentence

__all__ = ["elided_at", "elided_speaker", "framed"]


def elided_speaker(sentence: Sentence, before: Sentence | None) -> bool:
    """True where ``sentence`` goes on with the report of ``before`` (the sentence right before it) with its speaker
    elided, and opens with a topic of the reported clause that a bullet would read as the speaker."""
    text = sentence.text.strip()
    frame = REPORT_FRAME_END.search(text)
    if before is None or not CONTINUED_REPORT_OPENING.match(text) or not frame:
        return False
    at = sentence.start + len(sentence.text) - len(sentence.text.lstrip()) + frame.start()
    if any(
        m.start >= at and (m.tag == "JKS" or (m.form in TOPIC_PARTICLES and m.tag == "JX")) for m in sentence.morphs
    ):
        return False  # "…않았다고 새솔일보가 전했다": the frame names its speaker
    if not REPORT_FRAME_END.search(before.text.strip()):
        return False
    topics = _topics(sentence)
    if not topics:
        return False
    topic = topics[0]
    if topic.endswith(WITNESS_ENDS):
        return False  # "또 김바다 의원은 …": a person, a new speaker
    return letters(topic) not in {letters(t) for t in _topics(before)}


def elided_at(sentences: Sequence[Sentence], i: int) -> bool:
    """True where sentence ``i`` of ``sentences`` goes on with the report before it (:func:`elided_speaker`)."""
    return elided_speaker(sentences[i], sentences[i - 1] if i else None)


def framed(bullets: Sequence[Bullet]) -> bool:
    """True where one of ``bullets`` keeps its sentence's speech frame ("…물어 줘야 한다고 전함")."""
    return any(FRAMED_BULLET_END.search(b.text) for b in bullets)


def _topics(sentence: Sentence) -> list[str]:
    """The words before the topic particles of ``sentence`` outside double quotes, in order ("가람FC는" → "가람FC")."""
    offset = len(sentence.text) - len(sentence.text.lstrip())
    out = []
    for m in sentence.morphs:
        if m.tag != "JX" or m.form not in TOPIC_PARTICLES:
            continue
        head = sentence.text[: m.start - sentence.start]
        if head.count('"') % 2 or head.count("“") > head.count("”"):
            continue
        words = head[offset:].split()
        if words and head.endswith(words[-1]):
            out.append(words[-1])
    return out
