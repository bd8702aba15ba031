"""A roll of who attended ("기념식에는 … 등이 참석했다") with no head count gives way, after the summary's first
sentence, to a sentence that states news; it stays where nothing else is left, and a roll with a head count stays
(own-written articles)."""

from __future__ import annotations

from kosum import summarize
from kosum.engines.attendance import is_roll
from kosum.engines.standing import _names_roll
from kosum.pipeline.preprocess import preprocess

GIFT = "\n\n".join(
    [
        "한빛전자·누리상사, 새솔구 홀몸 노인에 겨울 물품",
        "새솔구는 18일 구청 소회의실에서 한빛전자, 누리상사가 마련한 홀몸 노인 겨울나기 물품을 넘겨받았다.",
        "기부식에는 새솔구청장과 한빛전자 지원팀장, 누리상사 대표, 새솔복지재단 직원 등이 참석했다.",
        "두 기업은 모두 900만원 상당의 전기요와 방한복을 후원했다.",
        "물품은 주민센터를 거쳐 다음 주까지 홀몸 노인 150가구에 전해진다.",
    ]
)

ROLL = "기부식에는 새솔구청장과 한빛전자 지원팀장, 누리상사 대표, 새솔복지재단 직원 등이 참석했다."


def test_a_roll_of_names_gives_way_to_the_gift() -> None:
    result = summarize(GIFT, engine="extractive", sentences=3)
    assert ROLL not in result.summary, result.summary
    assert "900만원 상당의 전기요" in result.summary, result.summary
    assert result.summary.startswith("새솔구는 18일 구청 소회의실에서")


SHORT = "\n\n".join(
    [
        "새솔군, 마을 안전지킴이 발대식",
        "새솔군은 20일 군청 대회의실에서 마을 안전지킴이 발대식을 열었다.",
        "발대식에는 군수와 군의원, 읍면 안전지킴이 등 83명이 참석했다.",
        '군수는 "주민 곁에서 안전을 지켜 달라"고 말했다.',
    ]
)


def test_a_roll_stays_where_nothing_else_states_news() -> None:
    result = summarize(SHORT, engine="extractive", sentences=2)
    assert "83명이 참석했다" in result.summary, result.summary


COUNTED = "\n\n".join(
    [
        "새솔군, 산림인 어울림 잔치 열어",
        "새솔군은 22일 문화회관에서 첫 산림인 어울림 잔치를 열었다.",
        "밤·표고·대추 등 5개 작목반과 산림 후계자 등 312명이 참여했다.",
        "축하 공연으로 막을 연 잔치는 기념식과 어울림 마당으로 나뉘어 치러졌다.",
        "어울림 마당에서는 줄다리기와 노래자랑이 펼쳐졌다.",
    ]
)


def test_a_roll_keeps_its_head_count_where_no_other_sentence_states_a_figure() -> None:
    result = summarize(COUNTED, engine="extractive", sentences=3)
    assert "312명이 참여했다" in result.summary, result.summary


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


def test_a_roll_names_who_took_part_and_nothing_else() -> None:
    assert is_roll(_sentence(ROLL))
    assert is_roll(_sentence("총회에는 도의원, 군수, 조합원 등 312명이 참석했다."))
    assert is_roll(_sentence("이번 잔치는 새솔동 부녀회 회원 47명이 참여했다."))
    assert is_roll(_sentence("특강에는 새솔고 학생 74명과 교사들이 참석했다."))
    # a clause inside the event's modifier is part of its name
    assert is_roll(_sentence("개관 5년을 기념해 마련한 음악회에는 회원과 가족 등 212명이 참석했다."))


def test_an_act_besides_the_attendance_is_news() -> None:
    # the attendance as a side clause of another act
    assert not is_roll(_sentence("정기총회에는 대의원 64명이 참석해 정관을 고쳤다."))
    assert not is_roll(_sentence("마을 잔치에는 조합원 등 41명이 참여해 메주 300덩이를 빚었다."))
    # another clause of its own before the roll
    assert not is_roll(_sentence("새솔군은 위원회를 꾸렸고, 첫 회의에는 위원 등 12명이 참석했다."))
    # one person, or a count of teams, names no roll
    assert not is_roll(_sentence("이번 전시에는 새솔미술협회 회장이 참여했다."))
    assert not is_roll(_sentence("올해 사업에는 모두 32개 팀이 참여했다."))
    # words in quotes
    assert not is_roll(_sentence('그는 "총회에는 조합원 등 312명이 참석했다"고 말했다.'))


def test_a_roll_with_a_head_count_is_a_fact_of_the_event_and_stays() -> None:
    # only a roll of names gives way in the summary: how many came is a fact of the event
    assert _names_roll(_sentence(ROLL))
    assert not _names_roll(_sentence("연수에는 새솔군 이장단 대표를 비롯해 읍면 대표, 총무 등 123명이 참석했다."))
    assert not _names_roll(_sentence("두 기업은 모두 900만원 상당의 전기요와 방한복을 후원했다."))
