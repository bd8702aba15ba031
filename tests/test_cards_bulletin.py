"""Cards of #19 (cards14), on own-written bulletins: a bulletin's standing title ("…브리핑", "…소식",
"…동정"), dated or not, holds several matters and names none of them; the one card is named by
the matter the body leads with, or there is no card."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.labels import programme
from kosum.pipeline.topic import headline_topic

_BODY = (
    "누리시 주간 브리핑을 전해 드립니다. "
    "누리시 물빛다리 보수공사는 이번 주에도 이어졌습니다. "
    "물빛다리 보수공사 현장에서는 교각 두 곳의 철근을 새로 감았습니다. "
    "시는 물빛다리 보수공사가 다음 달 말에 끝난다고 설명했습니다. "
    "한편 누리시립도서관은 야간 개관 시간을 밤 10시까지 늘렸습니다. "
    "누리시 체육회는 봄철 걷기대회 참가 신청을 받고 있습니다. "
    "주말에는 비가 오고 기온이 크게 떨어지겠습니다."
)


def test_a_phrase_with_a_bulletin_word_is_a_programme() -> None:
    assert programme("주간 브리핑") and programme("누리시 소식") and programme("시장 동정")
    assert not programme("물빛다리 보수공사") and not programme("브리핑룸 개방 행사 안내")
    # a dated column's whole title names none of its matters; a date before a matter's words is no title
    assert programme("2030년 5월 4일 심층분석") and not programme("2030년 5월 4일 서비스 종료")


def test_a_dated_bulletin_title_names_no_topic() -> None:
    assert headline_topic("2031년 4월 9일 누리시 주간 브리핑", _BODY) is None
    assert headline_topic("누리읍 소식", _BODY) is None


def test_a_bulletin_card_is_not_named_by_its_title() -> None:
    result = summarize("2031년 4월 9일 누리시 주간 브리핑\n\n" + _BODY)
    for section in result.sections:
        assert not programme(section.area), section.area
        assert "2031년" not in section.area


def test_a_short_bulletin_gets_no_card_from_its_title() -> None:
    # cards17: a short body's card takes its name from the headline, and a bulletin's title gives none
    short = (
        "2031년 5월 2일 가온군 소식\n\n"
        "가온군 소식을 전해 드립니다.\n\n"
        '가온군은 "솔터마을 정자 보수를 마쳤다"고 밝혔습니다.\n\n'
        "정자 보수에는 군비 2천만 원이 들었습니다. "
        "군은 내년에 정자 두 곳을 더 고칠 계획입니다.\n\n"
        '군수는 "주민 쉼터를 늘리겠다"고 말했습니다.'
    )
    assert summarize(short).sections == ()
