"""Cards of a headline of who speaks and a saying, on own-written articles: who speaks is no topic,
the saying's own noun phrase names the one card ("…“9월까지 한빛당과 합당”" → "한빛당 합당"); a quote
glued to a word is a name, a clause before the quote that reports an act is the news, and words after
the saying are the speaker's act: none of them is a speaker."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.sayings import speaker, spoken_topic

_MERGER = (
    '새솔당 김바다 대표 "9월까지 한빛당과 합당"\n\n'
    "새솔당 김바다 대표가 지난 3일 회의를 열어 9월까지 새솔당을 한빛당으로 합당하겠다고 결정했다.\n"
    "새솔당 김바다 대표는 기자들의 질문에 답했다.\n"
    "새솔당의 한 의원은 합당을 서둘러야 한다고 말했다.\n"
    "새솔당 당직자들은 빠른 합당을 촉구하며 서명 운동에 들어갔다.\n"
    "새솔당은 합당 준비단을 꾸리고 당원 설명회를 열었다.\n"
    "당원 설명회에서 9월 합당에 찬성하는 의견이 많았다.\n"
    "새솔당은 합당 뒤에도 지역 사무소를 그대로 둔다."
)


def test_who_speaks_gives_way_to_the_saying() -> None:
    sections = summarize(_MERGER).to_dict()["sections"]
    assert [s["area"] for s in sections] == ["한빛당 합당"]


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ('새솔당 김바다 대표 "9월까지 한빛당과 합당"', "새솔당 김바다 대표"),
        ("한빛군의회, “바다동 분교 폐지 취소”", "한빛군의회"),
        ('새솔 분교 논란... 한빛군 학부모회 "물러나라"', "한빛군 학부모회"),
        # a quote glued to a word is a name, not a saying
        ("새솔군, 갯벌 보전 평가“우수상”", ""),
        # words after the saying: the speaker's own act names it
        ('김바다 "다시 시작하겠다" 눈물', ""),
        # a clause before the quote that ends on an act's noun is the news
        ('새솔시장 지지율 상승, "통합 영향"', ""),
    ],
)
def test_the_speaker_of_a_headline(title: str, who: str) -> None:
    assert speaker(title, "지지율이 상승했다.") == who


def test_a_saying_of_no_noun_leaves_the_speaker() -> None:
    title = '한빛군 학부모회 "물러나라"'
    assert spoken_topic("한빛군 학부모회", title, "한빛군 학부모회는 군수에게 물러나라고 했다.") == "한빛군 학부모회"
    assert spoken_topic("분교 폐지", title, "분교 폐지") == "분교 폐지"
