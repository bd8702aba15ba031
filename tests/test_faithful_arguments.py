"""What a kept predicate needs stays with it (own-written sentences).

* A subject in front of a relation or means stem ("…이 …에 의해", "…가 …에 따라") is never that stem's: it is
  the next verb's, so the clause it stands in never goes alone ("누리시는 동쪽으로 밀려나는 …" lost what is
  pushed; "누리도 전역으로 퍼지면 …" lost what spreads, and when).
* A place phrase ("…에서") before an adnominal verb ("…에서 문을 연 5개의 공간") is that verb's argument:
  shortening never drops it, even where a noun or an adverb stands between them.
* A cut never leaves a kept modifier without what it needs: an adnominal verb with its auxiliary ("…을 …을 통해
  풀어 온 과정": what was solved), a noun's copula ("고향인 누리면": whose home); nor a figure without the
  subject Kiwi misread as a verb ("64%가" as "가/VV 어/EC"), nor a quoted name cut at its own "-고".
"""

from __future__ import annotations

import pytest

from kosum.engines import arguments as ar
from kosum.engines import clauses as cl
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect
from kosum.engines.shortening import _chunks


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "누리시는 주말 동안 시내 곳곳에 폭설이 내릴 것으로 예상했으며, 다음 주 초 눈구름이 북서풍에 의해 동쪽으로 "
            "밀려나는 동안에도 도로 결빙이 이어질 수 있으니, 보행에 주의해 달라고 밝혔다.",
            "누리시는 다음 주 초 눈구름이 북서풍에 의해 동쪽으로 밀려나는 동안에도 도로 결빙이 이어질 수 있으니, "
            "보행에 주의해 달라고 밝힘",
        ),
        (
            "다음 달 중순 한파가 북쪽 고기압에 따라 누리도 전역으로 퍼지면 수도관 동파 사고가 잇따를 수 있다.",
            "다음 달 중순 한파가 북쪽 고기압에 따라 누리도 전역으로 퍼지면 수도관 동파 사고가 잇따를 수 있음",
        ),
    ],
)
def test_a_subject_before_a_relation_stem_stays_with_its_verb(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, (), 0, "noun")
    assert out == bullet
    assert defect(out) is None


@pytest.mark.parametrize(
    ("clause", "stray"),
    [
        ("새 둑이 장마철 물살에 의해 ", True),  # the subject is the next verb's
        ("주민들이 만든 규약에 따라 ", False),  # the subject is the adnominal verb's own
        ("가람군은 주민 설명회를 통해 ", False),  # a topic, not a subject
        ("바람이 잘 통하는 창고를 새로 지은 뒤 ", False),  # "통하는": an adnominal with its own subject
        # a clause whose verb is left out, ended at the comma
        ("올해 신청자가 우선 지원 대상으로, 소득 수준에 따라 ", False),
    ],
)
def test_stray_subject(clause: str, stray: bool) -> None:
    text = clause + "보수 공사를 시작했다."
    morphs = analyze(text, 0)
    spans = cl.clauses(morphs, len(morphs))
    assert ar.stray_subject(morphs, spans[0]) is stray


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "새솔군 청년센터는 지난해 문을 연 뒤 이용자가 꾸준히 늘었고, 이 센터는 2021년 이후 누리도 남부 권역에서 "
            "문을 연 5개의 청년 공간 가운데 이용률이 가장 높은 곳으로 꼽혔다.",
            "남부 권역에서 문을 연",
        ),
        (
            "한빛도서관은 올해 열람실 좌석을 두 배로 늘렸으며, 이 도서관은 작년부터 가람시 동부 지역에서 새로 지어진 "
            "4곳의 공공도서관 중 방문객이 가장 많은 도서관이라는 평가를 받았다.",
            "동부 지역에서 새로 지어진",
        ),
    ],
)
def test_an_adnominal_verb_keeps_its_place(sentence: str, place: str) -> None:
    out = make_bullet(sentence, (), 0, "noun")
    assert place in out
    assert defect(out) is None


@pytest.mark.parametrize(
    ("text", "adnominal"),
    [
        ("공원에서 열린 행사에 참여했다.", True),
        ("공원에서 주민들이 새로 심은 나무를 돌봤다.", True),
        ("공원에서 지난 4월 나무를 심었다.", False),  # a time phrase, then the main verb
        ("공원에서 나무를 심고 쉼터를 만들었다.", False),  # a clause of its own, not an adnominal
        ("공원에서 마을 단위에서 모은 작품을 전시했다.", False),  # the nearer place is the adnominal's
        ("공원에서 주민 누구나 쉬어 갈 수 있다.", False),  # "갈 수 있다": the predicate's own form
        ("공원에서 주민들이 새 쉼터를 고친 것도 눈에 띄었다.", True),  # "고친 것": a clause made a noun
    ],
)
def test_adnominal_phrase(text: str, adnominal: bool) -> None:
    morphs = analyze(text, 0)
    chunks = _chunks(morphs, [True] * len(morphs), 0, len(morphs))
    assert ar.adnominal_phrase(morphs, chunks, 1) is adnominal


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        ("올해 누리군의 등록 인구는 5만 2천 명(남성 2만 6천 명)이다.", "올해 누리군의 등록 인구는 5만 2천 명"),
        ("가장 많이 꼽은 답은 주차 공간 부족으로 41%(120명)였다.", "가장 많이 꼽은 답은 주차 공간 부족으로 41%"),
        ("행사는 오후 2시부터 5시까지다.", "행사는 오후 2시부터 5시까지"),
    ],
)
def test_a_copula_after_a_parenthetical_goes(sentence: str, bullet: str) -> None:
    """ "…5만 명(남성 …)이다.": the parenthetical goes, and the copula after it, as after a particle."""
    assert make_bullet(sentence, (), 0, "noun") == bullet


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # "풀어 온 과정": the object of the adnominal verb and its auxiliary stays with it
        (
            "점검단은 마을 어르신의 불편을 세심한 현장 방문을 통해 풀어 온 과정과 결과를 높이 평가하고, 남은 과제에 "
            "대해서는 개선 방안을 제시했다.",
            "점검단은 마을 어르신의 불편을 세심한 현장 방문을 통해 풀어 온 과정과 결과를 높이 평가하고, 남은 과제에 "
            "대해서는 개선 방안 제시",
        ),
        # "고향인 누리면": whose home it is stays
        (
            "새솔미술관은 한빛 화백의 타계 20주기를 기리기 위해 고향인 누리면 문화회관에서 유작 80여 점을 모은 "
            "회고전을 지난달 1일부터 이달 말까지 열고 있다.",
            "새솔미술관은 한빛 화백의 타계 20주기를 기리기 위해 고향인 누리면 문화회관에서 유작 80여 점을 모은 "
            "회고전을 지난달 1일부터 이달 말까지 열고 있음",
        ),
        # "64%가" is no verb: the figure's clause is never cut off the rest ("…걷는다고 답한 결과가" lost who answered)
        (
            "지난해 설문 결과 답한 1,200명 가운데 64%가 주 3회 이상 걷는다고 답한 결과가 올해 목표치와 가장 "
            "가까웠기에 누리시는 걷기 실천율을 핵심 지표로 삼아 건강 정책을 다시 짰다.",
            "누리시는 걷기 실천율을 핵심 지표로 삼아 건강 정책을 다시 짬",
        ),
    ],
)
def test_a_cut_keeps_what_the_kept_modifier_needs(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, (), 0, "noun")
    assert out == bullet
    assert defect(out) is None


@pytest.mark.parametrize(
    ("word", "gutted"),
    [
        ("고향인 ", True),  # one common noun's copula: whose home?
        ("풀어 온 ", True),  # an adnominal verb with its auxiliary
        ("종합적인 ", False),  # an adjective's: no owner needed
        ("협력기관인 ", False),  # a compound noun's apposition names its own
        ("이틀째인 ", False),  # a time phrase
    ],
)
def test_gutted_modifiers(word: str, gutted: bool) -> None:
    text = "점검단은 지난 한 해 동안 " + word + "누리면 일대를 둘러봤다."
    morphs = analyze(text, 0)
    at = next(i for i, m in enumerate(morphs) if m.start >= len("점검단은 지난 한 해 동안 "))
    assert ar.gutted(morphs, [True] * len(morphs), at) is gutted


def test_a_quoted_name_ends_no_clause() -> None:
    text = "누리군은 '함께 걷고 함께 웃는 겨울' 행사를 열어 주민들과 연말 분위기를 나눴다."
    morphs = analyze(text, 0)
    spans = cl.clauses(morphs, len(morphs))
    assert [text[morphs[a].start : morphs[b - 1].end] for a, b in spans] == [
        "누리군은 '함께 걷고 함께 웃는 겨울' 행사를 열어",
        "주민들과 연말 분위기를 나눴다.",
    ]
