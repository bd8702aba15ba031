"""Per-sentence memos (kosum.pipeline.memo): one value per sentence object, kept on it."""

from __future__ import annotations

import gc
import pickle
import weakref
from dataclasses import replace

from kosum.pipeline.memo import per_sentence
from kosum.types import Morph, Sentence


def _sentence(morphs: tuple[Morph, ...]) -> Sentence:
    return Sentence(0, "새솔시가 공원을 연다.", 0, 12, 0, morphs)


NOUNS = (Morph("새솔시", "NNP", 0, 3), Morph("공원", "NNG", 5, 7))
OTHER = (Morph("새솔", "NNP", 0, 2), Morph("시", "NNG", 2, 3), Morph("공원", "NNG", 5, 7))


def test_one_value_per_sentence_object_and_per_argument() -> None:
    calls: list[tuple[int, int]] = []

    @per_sentence
    def nouns(sentence: Sentence, least: int = 1) -> list[str]:
        calls.append((id(sentence), least))
        return [m.form for m in sentence.morphs if len(m.form) >= least]

    first = _sentence(NOUNS)
    assert nouns(first) == ["새솔시", "공원"]
    assert nouns(first) == ["새솔시", "공원"]
    assert nouns(first, least=3) == ["새솔시"]
    assert len(calls) == 2
    # an equal sentence (equality leaves the morphemes out) analysed otherwise has its own value
    second = _sentence(OTHER)
    assert second == first
    assert nouns(second) == ["새솔", "시", "공원"]
    assert len(calls) == 3


def test_the_memo_keeps_no_sentence_alive() -> None:
    @per_sentence
    def count(sentence: Sentence) -> int:
        return len(sentence.morphs)

    sentence = _sentence(NOUNS)
    alive = weakref.ref(sentence)
    assert count(sentence) == 2
    del sentence
    gc.collect()
    assert alive() is None
    later = _sentence(OTHER)  # may reuse the freed object's id: never the old value
    assert count(later) == 3


def test_pickles_and_replaced_copies_carry_no_memo() -> None:
    calls: list[int] = []

    @per_sentence
    def count(sentence: Sentence) -> int:
        calls.append(1)
        return len(sentence.morphs)

    sentence = _sentence(NOUNS)
    assert count(sentence) == 2
    back = pickle.loads(pickle.dumps(sentence))
    assert back == sentence
    assert vars(back) == vars(_sentence(NOUNS))
    assert count(back) == 2
    assert count(replace(sentence, morphs=OTHER)) == 3
    assert len(calls) == 3
