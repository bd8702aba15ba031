"""A news story's single card is named after the event its headline reports, not its subject alone
(names46): the subject or object runs on to the predicate's event noun; the subject of a verb that
qualifies a noun gives way to that noun."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.events import with_event


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
    ],
)
def test_with_event(name: str, title: str, name_after: str) -> None:
    assert with_event(name, title, "") == name_after
