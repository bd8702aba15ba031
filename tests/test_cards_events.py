"""A news story's single card is named after the event its headline reports, not its subject alone
(names46): the subject or object runs on to the predicate's event noun; the subject of a verb that
qualifies a noun gives way to that noun."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.events import counted_event, set_phrase, spelled_out, with_event


def _card(title: str, text: str) -> str:
    summary = summarize(text, title=title)
    assert len(summary.sections) == 1
    return summary.sections[0].area


_RESIGN = (
    "가람국 검찰총장 한빛수가 19일 물러났다. 한빛수 총장은 이날 대검찰청에서 짧은 입장문을 읽었다. "
    "한빛수 총장은 수사 지휘를 둘러싼 다툼에 책임을 지겠다고 말했다. 한빛수 총장의 임기는 여덟 달이 남아 있었다. "
    "법무부는 한빛수 총장의 뜻을 받아들이고 후임 인선에 들어갔다. 가람국 정부는 다음 달 후임을 정할 예정이다."
)

_CRASH = (
    "20일 오전 새솔 국도에서 트럭 세 대가 잇따라 부딪혔다. 트럭 운전자 2명이 다쳤다. "
    "경찰은 앞선 트럭이 급정거한 탓에 뒤따르던 트럭 두 대가 차례로 들이받았다고 설명했다. "
    "트럭 사고로 국도가 두 시간 동안 막혔다. "
    "경찰은 트럭 운전자들에게 그날 일을 묻는 중이다. 트럭 회사 측은 운전자들이 쉬지 못했다는 주장을 부인했다."
)

_PAINTER = (
    "원로 화가 누리솔이 4일 별세했다. 향년 91세. 누리솔은 바다 풍경을 그려 온 화가다. "
    "누리솔의 그림은 새솔미술관에 여럿 걸려 있다. 누리솔은 지난해까지 붓을 놓지 않았다. "
    "빈소는 새솔병원에 마련됐다. 누리솔의 제자들은 추모전을 열 계획이다."
)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("가람국 검찰총장 한빛수, 퇴진하다", _RESIGN, "가람국 검찰총장 한빛수 퇴진"),
        ("새솔서 트럭 3중 추돌해 2명 다쳐", _CRASH, "트럭 3중 추돌"),
        ("누리솔 타계", _PAINTER, "누리솔 타계"),
    ],
)
def test_single_card_named_by_event(title: str, text: str, name: str) -> None:
    assert _card(title, text) == name


@pytest.mark.parametrize(
    ("name", "title", "name_after"),
    [
        ("한빛수", "가람국 검찰총장 한빛수, 퇴진하다", "한빛수 퇴진"),
        ("가나 총리", "가나 총리, 사임 결정", "가나 총리 사임 결정"),
        ("새 혜성", "가람 천문대, 새 혜성을 발견하다", "새 혜성 발견"),
        ("경비대", "새솔 앞바다서 경비대가 어부 구조…마을 잔치", "경비대 어부 구조"),
        ("새솔 유권자들", "새솔 유권자들이 본 후보별 약점", "후보별 약점"),
        ("누리 시민들", "누리 시민들이 생각하는 후보들의 단점은 어디에", "후보들의 단점"),
        # no event of the name: a noun's qualifier, a denial, a saying, a possibility, a release's act
        ("새 문구", "새 문구 사용한 40대 검거", "새 문구"),
        ("대체휴일", "대체휴일 적용되지 않아", "대체휴일"),
        ("새솔대 학생회", '새솔대 학생회 "사퇴하라"', "새솔대 학생회"),
        ("큰 지진", "큰 지진이 닥칠 수 있나", "큰 지진"),
        ("이동 빨래방", "새솔군, 이동 빨래방 운영한다", "이동 빨래방"),
        ("새솔 시민들", "새솔 시민들이 대단한 이유", "새솔 시민들"),
        ("가람 축제", "가람 축제 개최", "가람 축제"),
        # an object's predicate, a complement of what the act makes of it, a short name in brackets (names47)
        ("ABC", "새솔재단, ABC를 고소", "ABC 고소"),
        ("XYZ", "한빛국, XYZ 이사국으로 선출", "XYZ 이사국 선출"),
        ("XYZ", "한빛국, 해양보전기구(XYZ) 이사국으로 선출돼", "XYZ 이사국 선출"),
        ("새솔 창고", "새솔시, 낡은 새솔 창고를 마을 도서관으로 재탄생", "새솔 창고 마을 도서관 재탄생"),
        # "(으)로" of a cause or a means makes no complement
        ("마지막 비행", "새솔호 마지막 비행 날씨 문제로 연기", "마지막 비행"),
    ],
)
def test_with_event(name: str, title: str, name_after: str) -> None:
    assert with_event(name, title, "") == name_after


_GIFT = (
    "새솔시 새솔 어린이집은 지난 3일 쌀 10kg 10포대를 바다동 주민센터로 보냈다. 이번 나눔은 연말을 맞아 "
    "어린이집 원장과 보육교사 9명이 함께 뜻을 모아 마련했다. 교직원들은 직접 행정복지센터를 찾아 쌀을 건넸다. "
    "바다동은 받은 쌀을 형편이 어려운 집집마다 나눌 예정이다. 새솔 어린이집은 해마다 라면과 쌀을 이웃에 보내 왔다."
)

_SUIT = (
    "새솔재단이 가람국 정보청(ABC)을 법원에 고소장을 냈다. 재단은 ABC가 시민의 통신을 몰래 들여다봤다고 주장했다. "
    '재단 대표는 "통신의 비밀은 지켜져야 한다"고 말했다. ABC는 아직 답을 내놓지 않았다. 재판은 내년 봄에 열릴 전망이다.'
)

_RALLY = (
    "새솔시 시청 앞 광장에서 10일 두 단체가 맞불 집회를 열었다. 한쪽은 광장의 조형물을 옮기자고 외쳤다. "
    "다른 쪽은 조형물을 그대로 두자고 맞섰다. 경찰은 두 단체 사이에 울타리를 쳤다. "
    "집회는 저녁까지 이어졌다. 큰 충돌은 없었다."
)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("새솔 어린이집, 이웃에 쌀 100kg 기부", _GIFT, "쌀 기부"),  # not "원장과 보육교사 9명"
        ("새솔재단, ABC를 고소", _SUIT, "ABC 고소"),  # not "ABC"
        ("광장 앞 엇갈린 목소리…", _RALLY, "광장 앞 엇갈린 목소리"),  # not "광장 앞"
    ],
)
def test_single_card_named_by_event_not_who_or_where(title: str, text: str, name: str) -> None:
    assert _card(title, text) == name


@pytest.mark.parametrize(
    ("name", "title", "text", "name_after"),
    [
        ("원장과 보육교사 9명", "새솔 어린이집, 이웃에 쌀 100kg 기부", "", "쌀 기부"),
        ("원장과 교사 9명", "새솔 어린이집, 이웃에 100만원 상당 쌀 기부", "", "쌀 기부"),
        ("승객 191명과 승무원 9명", "새솔항공 여객기, 공항에 불시착", "불시착했다", "새솔항공 여객기 불시착"),
        ("승객 191명과 승무원 9명", "새솔항공 여객기, 공항에 불시착해", "", "새솔항공 여객기 불시착"),
        # a count and no act closing the headline, or a name that counts nothing
        ("이불 세트 10채", "연말 맞아 새솔동에 이어지는 온정", "", "이불 세트 10채"),
        ("쌀 나눔", "새솔 어린이집, 이웃에 쌀 100kg 기부", "", "쌀 나눔"),
    ],
)
def test_counted_event(name: str, title: str, text: str, name_after: str) -> None:
    assert counted_event(name, title, text) == name_after


@pytest.mark.parametrize(
    ("name", "title", "name_after"),
    [
        ("광장 앞", "광장 앞 저마다 다른 외침이...", "광장 앞 저마다 다른 외침"),
        ("사고 직후", "사고 직후 주민 대피 행렬", "사고 직후 주민 대피 행렬"),
        ("광장 앞", "광장 앞에서 만나요", "광장 앞"),
        ("광장 조형물", "광장 조형물 옮긴다", "광장 조형물"),
    ],
)
def test_set_phrase(name: str, title: str, name_after: str) -> None:
    assert set_phrase(name, title) == name_after


@pytest.mark.parametrize(
    ("name", "text", "name_after"),
    [
        ("MOU", "새솔군은 16일 바다 살리기 상생 업무협약(MOU)을 맺었다.", "상생 업무협약"),
        ("MOU", "새솔군은 16일 한빛시와 MOU를 맺었다.", "MOU"),
        ("MOU 체결", "새솔군은 16일 상생 업무협약(MOU)을 맺었다.", "MOU 체결"),
    ],
)
def test_spelled_out(name: str, text: str, name_after: str) -> None:
    assert spelled_out(name, text) == name_after
