"""Cards of #19, twelfth round, on own-written news: the one card of a single-topic article that the
soundness checks leave with one bullet takes the lead's fact and the next sound facts (engines.filling);
a speech frame that a contrast turns is no frame (engines.clauses)."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.bullets import bullet_for
from kosum.engines.clauses import speech_end
from kosum.engines.filling import filled
from kosum.pipeline.preprocess import preprocess

_LIBRARY = (
    "새솔시는 3일 중앙도서관 별관을 열어 열람석 300석과 세미나실 6곳을 새로 갖췄다고 밝혔다.\n"
    "별관은 평일 오후 10시까지 문을 열고, 주말에는 오후 6시에 닫는다.\n"
    "이 별관은 옛 세무서 건물을 고쳐 지은 것이다.\n"
    "이 건물의 2층에는 어린이 열람실이 들어섰다.\n"
    "이 열람실을 두고 학부모 모임은 반기는 글을 올렸다.\n"
    "이 모임은 열람실 운영 시간을 늘려 달라고도 요청했다.\n"
    "이 별관의 운영비는 한 해 4억 원으로 잡혔다."
)


def test_filled_takes_the_first_fitting_sentences_until_the_room_is_full() -> None:
    sizes = {1: 1, 2: 2, 3: 1, 4: 1}
    assert filled([3], [0, 2, 4], lambda i: i != 0, sizes.get, 2) == [2, 3]  # 2's list fills it
    assert filled([3], [0, 1, 4], lambda i: i != 0, sizes.get, 3) == [1, 3, 4]
    assert filled([3, 4], [1], lambda i: True, sizes.get, 2) == [3, 4]  # full already
    assert filled([3], [3, 0], lambda i: i != 0, sizes.get, 2) == [3]  # nothing else fits


def test_a_sole_card_left_with_one_bullet_takes_the_leads_fact() -> None:
    summary = summarize(_LIBRARY, title="새솔시, 중앙도서관 별관 개관")
    assert len(summary.sections) == 1
    bullets = summary.sections[0].bullets
    assert len(bullets) == 2
    assert bullets[0].sources == (0,)  # the opening and what it added: the article's core fact
    assert bullets[0].text == "새솔시는 3일 중앙도서관 별관을 열어 열람석 300석과 세미나실 6곳을 새로 갖춤"
    assert bullets[1].text.startswith("별관은 평일 오후 10시까지")


def test_a_lead_that_reports_speech_is_no_bullet_of_the_filled_card() -> None:
    said = '한가람 관장은 "책 읽을 자리가 넉넉해져 시민 누구나 편히 머물 수 있게 됐다"고 말했다.\n'
    quoted = said + _LIBRARY.split("\n", 1)[1]
    summary = summarize(quoted, title="새솔시, 중앙도서관 별관 개관")
    assert summary.sections
    assert all(0 not in b.sources for s in summary.sections for b in s.bullets)


@pytest.mark.parametrize(
    "text",
    [
        "누리시는 새 다리를 다음 달 열 예정이라고 밝혔으나, 개통은 더 늦어질 것으로 전망된다.",
        "누리시는 새 다리를 다음 달 열 예정이라고 밝혔지만, 시의회는 개통을 미루자고 요구했다.",
    ],
)
def test_a_speech_frame_that_a_contrast_turns_is_no_frame(text: str) -> None:
    sentence = preprocess(text).sentences[0]
    assert speech_end(sentence.morphs) == len(sentence.morphs)  # nothing is cut as the frame
    assert bullet_for(sentence, "noun").text != "누리시는 새 다리를 다음 달 열 예정"  # not the turned report alone


def test_a_plain_speech_frame_is_still_cut() -> None:
    plain = preprocess("누리시는 새 다리를 다음 달 연다고 밝혔다.").sentences[0]
    assert speech_end(plain.morphs) < len(plain.morphs)
    assert bullet_for(plain, "noun").text == "누리시는 새 다리를 다음 달 엶"
