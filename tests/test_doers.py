"""Words that name who does a card's act, and "교육" of staff training, count for no policy area
(tags45), nor do a group's word that names people met in a story, the place an injured man is
carried to, and "교육" of a course against a harm (tags46; own-written examples)."""

from __future__ import annotations

import pytest

from kosum.pipeline.doers import not_counted, subject_words
from kosum.pipeline.lexicon import load_lexicon
from kosum.pipeline.preprocess import preprocess


def _tag(label: str, text: str) -> str | None:
    return load_lexicon().tag(label, list(preprocess(text).sentences))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("한빛 어린이집 원장과 교직원 9명이 쌀을 기부했다.", ["한빛", "어린이집", "원장", "교직원", "9", "명"]),
        ("바람골 연탄공장은 원료를 못 구했다.", ["바람", "골", "연탄", "공장"]),
        ("심의위원들은 과수농가와 포장업체가 창고를 쓰도록 했다.", ["포장", "업체"]),
        ("점검원들은 사흘간 직무교육을 받았다.", ["교육"]),
        ("새솔초등학교는 코딩 교육을 늘린다.", []),
        ("태풍이 남해안에 상륙했다.", []),
        ("누리로 확장 공사가 끝났다.", []),  # 공사: the works, no doer
        ("세 청년이 골목으로 달아났다.", ["청년"]),  # young men, picked out by a count
        ("새솔군은 지역 청년들에게 월세를 준다.", []),  # youth policy's group
        ("다친 기사는 누리읍 병원 응급실로 곧장 옮겼다.", ["누리읍", "병원", "응급실"]),
        ("부상자는 누리대학병원에 이송됐다.", ["누리", "대학", "병원"]),
        ("환자는 새솔의원에서 주사를 맞았다.", []),  # where one is treated: no carrying
        ("새솔군은 갑질 예방 교육을 열었다.", ["교육"]),
    ],
)
def test_not_counted(text: str, found: list[str]) -> None:
    morphs = preprocess(text).sentences[0].morphs
    assert [morphs[k].form for k in sorted(not_counted(morphs))] == found


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # a daycare's staff give rice to the needy: the daycare is the donor, no 여성·가족
        (
            "원장과 교직원 9명",
            "한빛 어린이집 원장과 보육교직원 9명이 쌀 20포를 기부했다. 쌀은 누리동 주민센터로 보내졌다. "
            "한빛 어린이집은 해마다 이웃을 돕고 있다.",
            None,
        ),
        # briquette factories short of coal: the factories are who suffers it, no 기업·투자
        (
            "연탄 수급",
            "바람골 연탄공장은 원료 탄을 절반만 받았다. 이웃 공장은 다음 달 생산을 멈출 처지다. "
            "겨울 연탄 수요는 해마다 늘고 있다.",
            None,
        ),
        # inspectors trained for their job: the card is about food hygiene, not schooling
        (
            "점검원 배치",
            "새솔군은 위생 점검원 8명을 식당가에 배치했다. 점검원들은 사흘간 직무교육과 업무 교육을 받았다. "
            "점검원은 식품 위생 상태를 살핀다.",
            "보건·의료",
        ),
        # farms beside a processing firm keep their 농업·농촌; a school as the subject keeps its 교육
        (
            "가공센터 운영",
            "새솔군 가공센터는 올해 장비를 늘렸다. 심의위원들은 과수농가와 포장업체가 센터를 함께 쓰도록 "
            "기준을 낮췄다. 센터는 지역 농산물을 가공한다.",
            "농업·농촌",
        ),
        # a police chase of young men: no youth policy; one of the town's youth policy keeps it
        (
            "순찰대 추격",
            "누리시 순찰대가 골목에서 세 청년을 쫓았다. 순찰대가 쏜 총알에 한 청년이 다쳤다. "
            "분노한 주민들은 밤새 시위를 벌였다.",
            None,
        ),
        (
            "청년 정착",
            "새솔군은 지역 청년들에게 월세를 지원한다. 청년 창업자에게는 공간을 빌려준다. 모든 청년이 신청할 수 있다.",
            "청년",
        ),
        # the hospital the injured are taken to is no 보건·의료 card
        (
            "새솔대교 추돌",
            "새솔대교에서 화물차가 승용차를 들이받았다. 다친 기사 두 명은 누리읍 병원으로 곧장 옮겼다. "
            "다른 한 명은 새솔 병원 응급실에 후송됐다.",
            None,
        ),
        # a staff course against bullying is no 교육 card; a school's course keeps its 교육
        (
            "갑질 근절",
            "새솔군 공무원 80명이 갑질 예방 교육을 들었다. 폭언 근절 교육도 이어 들었다. 강사는 실제 사례를 소개했다.",
            None,
        ),
        (
            "따돌림 예방",
            "새솔중학교 학생 300명이 따돌림 예방 교육에 참여했다. 학생들은 역할극도 했다. 학교는 상담실도 운영한다.",
            "교육",
        ),
        (
            "방과후 수업",
            "새솔초등학교는 올해 방과후 수업을 20개 반으로 늘린다. 학생들은 코딩과 미술을 배운다. "
            "학부모 만족도도 높다.",
            "교육",
        ),
    ],
)
def test_doer_words_tag_nothing(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("새솔유치원(원장 김하늘)은 라면을 기부했다.", ["새솔유치원"]),  # a bracket before the particle
        ("원아들과 학부모, 교사가 함께 마련했다.", ["원아", "들", "학부모", "교사"]),  # commas join conjuncts
        ("노인, 장애인 등이 이용하고 있는 시설에 전달했다.", []),  # a clause that describes a noun
        ("생활이 어려운 이웃에게 전달했다.", []),
    ],
)
def test_subject_words(text: str, found: list[str]) -> None:
    morphs = preprocess(text).sentences[0].morphs
    assert [morphs[k].form for k in sorted(subject_words(morphs))] == found
