"""A summary never picks a host's words to the audience, a question or a wish or a guess nobody holds ("오늘의 주요
소식 전해드리겠습니다", "…믿으시겠습니까?", "…놓였으면 하는 마음이다"): such a sentence gives way to the next pick; a
quoted wish with its speaker's frame stays; an interview gives its answers, without turn markers (own-written
articles)."""

from __future__ import annotations

from kosum import summarize
from kosum.engines.unvoiced import unowned_voice
from kosum.pipeline.preprocess import preprocess

BROADCAST = (
    "안녕하십니까, 새솔뉴스입니다. 오늘의 주요 소식 전해드리겠습니다. 새솔시가 다음 달부터 시내버스 노선 12개를 "
    "개편합니다. 배차 간격은 평균 15분에서 10분으로 줄어듭니다. 시는 이를 위해 버스 20대를 새로 들여옵니다."
)
RIVER = (
    "가람군은 내년까지 가람천 3km 구간을 정비한다. 군은 사업비 40억 원을 들여 산책로와 자전거길을 놓는다. "
    "강변에 쉼터가 어서 놓였으면 하는 마음이다. 공사는 오는 4월 시작한다."
)
QUOTED = (
    "가람군은 내년까지 가람천 3km 구간을 정비한다. "
    '군수는 "주민 쉼터가 하루빨리 생기길 바란다"고 말했다. 군은 사업비 40억 원을 들여 산책로를 놓는다.'
)


def _summary(text: str, title: str) -> str:
    return summarize(text, title=title, engine="extractive").summary


def test_a_host_line_gives_way_to_the_news() -> None:
    assert _summary(BROADCAST, "새솔시 버스 노선 개편") == (
        "새솔시가 다음 달부터 시내버스 노선 12개를 개편합니다. 배차 간격은 평균 15분에서 10분으로 줄어듭니다. "
        "시는 이를 위해 버스 20대를 새로 들여옵니다."
    )


def test_a_wish_nobody_holds_gives_way() -> None:
    assert _summary(RIVER, "가람천 정비") == (
        "가람군은 내년까지 가람천 3km 구간을 정비한다. 군은 사업비 40억 원을 들여 산책로와 자전거길을 놓는다. "
        "공사는 오는 4월 시작한다."
    )


def test_a_quoted_wish_with_its_speaker_stays() -> None:
    assert '군수는 "주민 쉼터가 하루빨리 생기길 바란다"고 말했다.' in _summary(QUOTED, "가람천 정비")


SHOW = (
    "오늘은 새솔시 시내버스 파업 소식을 자세히 다루겠습니다. 새솔시 시내버스 노조가 오늘 새벽 파업에 들어갔습니다. "
    "버스 300대 가운데 200대가 멈췄습니다. 시는 전세버스 50대를 긴급 투입했습니다. "
    "첫 소식은 노사 협상부터 전하겠습니다."
)


def test_a_host_announcing_the_programme_s_topic_gives_way_to_the_news() -> None:
    assert _summary(SHOW, "새솔시 버스 파업") == (
        "새솔시 시내버스 노조가 오늘 새벽 파업에 들어갔습니다. 버스 300대 가운데 200대가 멈췄습니다. "
        "시는 전세버스 50대를 긴급 투입했습니다."
    )
    found = [s.text for s in preprocess(SHOW).sentences if unowned_voice(s)]
    assert found == ["오늘은 새솔시 시내버스 파업 소식을 자세히 다루겠습니다.", "첫 소식은 노사 협상부터 전하겠습니다."]


def test_which_sentences_speak_in_nobody_s_voice() -> None:
    found = [s.text for s in preprocess(BROADCAST + " " + RIVER + " " + QUOTED).sentences if unowned_voice(s)]
    assert found == ["오늘의 주요 소식 전해드리겠습니다.", "강변에 쉼터가 어서 놓였으면 하는 마음이다."]


SPEECH = (
    "군민 여러분, 저는 오늘 군수 자리를 내려놓겠습니다. 저는 지난 4년 동안 가람군의 살림을 맡아 왔습니다. "
    "저희 군정은 군민 여러분의 뜻을 받들지 못했습니다. 다음 달 보궐선거에서 새 군수가 뽑힙니다. "
    "저는 남은 임기 동안 인수인계에 힘쓰겠습니다."
)


def test_a_speech_given_whole_keeps_its_speaker_s_lines() -> None:
    # most sentences are the speaker's own: the headline names who speaks, and the summary keeps the lines
    assert "저는 오늘 군수 자리를 내려놓겠습니다." in _summary(SPEECH, "가람군수 사퇴 연설 전문")


FEATURE = (
    "새솔시 공공자전거를 하루 100번 넘게 빌리는 역이 생겼다면 믿으시겠습니까? "
    "새솔시는 지난달 공공자전거 대여가 12만 건으로 1년 전보다 두 배 늘었다고 밝혔다. "
    "시는 대여소 40곳을 새로 짓는다. 새 대여소는 6월부터 문을 연다."
)


def test_a_question_put_to_the_reader_gives_way_to_the_news() -> None:
    assert _summary(FEATURE, "새솔시 공공자전거 대여 두 배") == (
        "새솔시는 지난달 공공자전거 대여가 12만 건으로 1년 전보다 두 배 늘었다고 밝혔다. "
        "시는 대여소 40곳을 새로 짓는다. 새 대여소는 6월부터 문을 연다."
    )


INTERVIEW = (
    "새솔시가 다음 달 시립 도서관 세 곳을 새로 엽니다. 김하늘 기자와 함께 알아보겠습니다.\n"
    "문) 도서관이 왜 이렇게 한꺼번에 문을 여는 건가요?답) 네. 새솔시는 2년 전부터 도서관 예산을 두 배로 늘렸습니다. "
    "세 곳 모두 올해 공사를 마쳤습니다.\n"
    "문) 시민들은 무엇이 달라지나요?답) 새 도서관은 밤 10시까지 문을 엽니다. 어린이 열람실도 따로 둡니다."
)


def test_an_interview_keeps_the_answers_without_their_turn_markers() -> None:
    summary = summarize(INTERVIEW, title="새솔시 시립 도서관 세 곳 개관", engine="extractive")
    said = " ".join([summary.summary, *(b.text for s in summary.sections for b in s.bullets)])
    assert "문)" not in said and "답)" not in said and "?" not in said
    assert "새 도서관은 밤 10시까지 문을 엽니다." in [s.text for s in summary.sentences]
    assert "도서관이 왜 이렇게 한꺼번에 문을 여는 건가요?" not in [s.text for s in summary.sentences]
