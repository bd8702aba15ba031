"""A speaker's first words framed on their own keep the last frame too (engines/speaking.said_before), and
a sentence is never cut inside a word (pipeline/preprocess). Own-written sentences."""

from __future__ import annotations

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.pipeline.preprocess import split_sentences


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


def test_a_speaker_with_a_first_frame_keeps_the_last() -> None:
    text = (
        "누리시는 봄꽃 축제도 다음 달 치를 예정이라고 알리며, "
        "시민 합창단이 꾸미는 공연들이 강변에서 펼쳐질 것이라고 알렸다."
    )
    assert _bullet(text).endswith("강변에서 펼쳐질 것이라고 알림"), _bullet(text)


def test_a_sentence_is_never_cut_inside_a_word() -> None:
    # Kiwi reads "늘봄" as "늘 보-ㅁ", a bare final ending glued to the next word: no sentence ends there
    text = "누리군은 사진을 늘봄학교 게시판에 올린다."
    sentences, _ = split_sentences(text, [(0, text)])
    assert [s.text for s in sentences] == [text]
