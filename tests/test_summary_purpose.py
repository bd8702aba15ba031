"""A summary sentence after the first that only says what the event was for ("이번 행사는 …을 위해 마련됐다") gives
way to a sentence that states what was done, by whom, how many; the first pick stays, and so does the purpose where
nothing else states news (own-written articles)."""

from __future__ import annotations

from kosum import summarize
from kosum.engines.cues import is_purpose
from kosum.pipeline.preprocess import preprocess

CLASS = "\n\n".join(
    [
        "새솔군, 겨울 어르신 건강 교실 열어",
        "새솔군은 지난 12일 새솔군보건소 별관 2층 교육실에서 어르신 겨울 건강 교실을 열었다고 14일 밝혔다.",
        "이번 건강 교실은 겨울철 어르신들의 낙상과 독감을 막고, 스스로 건강을 돌보는 힘을 기르고자 기획됐다.",
        "교실에 나온 어르신들은 빙판길에서 넘어지지 않게 걷는 법과 집에서 하는 근력 운동을 배웠다.",
        "보건소 간호사들은 어르신마다 겨울철 식단과 복용 중인 약을 살피고 상담했다.",
        "교실에는 마을 노인정 여덟 곳의 어르신 120명이 나왔고, 보건소는 이들 모두에게 독감 접종과 혈압 측정을 했다.",
        '새솔군보건소장은 "어르신들이 건강한 겨울을 보내시도록 교실을 계속 열겠다"고 말했다.',
    ]
)

PURPOSE = "이번 건강 교실은 겨울철 어르신들의 낙상과 독감을 막고, 스스로 건강을 돌보는 힘을 기르고자 기획됐다."


def test_the_summary_takes_what_was_done_over_what_it_was_for() -> None:
    result = summarize(CLASS, engine="extractive", sentences=3)
    assert PURPOSE not in result.summary, result.summary
    assert "보건소 간호사들은 어르신마다" in result.summary, result.summary
    assert "어르신 120명이 나왔고" in result.summary, result.summary
    assert result.summary.startswith("새솔군은 지난 12일 새솔군보건소 별관")


ONLY_WORDS = "\n\n".join(
    [
        "한빛동 부녀회, 경로당에 김장김치 전달",
        "한빛동 부녀회는 지난 9일 관내 경로당 열두 곳에 직접 담근 김장김치를 전달했다고 11일 밝혔다.",
        "이번 나눔은 홀몸 노인들이 추운 날에도 끼니를 거르지 않게 하고자 준비됐다.",
        '김치를 받은 한 노인은 "올겨울 반찬 걱정을 덜었다"고 말했다.',
        '부녀회장은 "내년 봄에는 장 담그기 나눔도 열겠다"고 밝혔다.',
    ]
)


def test_the_purpose_stays_where_nothing_else_states_news() -> None:
    result = summarize(ONLY_WORDS, engine="extractive", sentences=2)
    assert result.summary == (
        "한빛동 부녀회는 지난 9일 관내 경로당 열두 곳에 직접 담근 김장김치를 전달했다고 11일 밝혔다. "
        "이번 나눔은 홀몸 노인들이 추운 날에도 끼니를 거르지 않게 하고자 준비됐다."
    )


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


def test_a_purpose_says_only_what_a_named_event_was_for() -> None:
    assert is_purpose(_sentence(PURPOSE))
    assert is_purpose(_sentence("이날 토론회는 하천 정비 방향을 정하는 자리로 기획됐다."))
    # a figure or a name is news, however the sentence ends
    assert not is_purpose(_sentence("주민 80명이 함께한 이번 토론회는 하천 정비 방향을 정하고자 기획됐다."))
    # what was done after the purpose is news
    assert not is_purpose(_sentence("이번 장터는 농가 판로를 넓히고자 준비됐으며, 농가들이 사과를 팔았다."))
    # no event named before: the office arranged something, which is news
    assert not is_purpose(_sentence("새솔군은 주민 쉼터를 위해 공원을 마련했다."))
