"""A news story's short first statement of the headline's news, too short to be the lead, comes into the summary
before the lead that details it; never in place of the lead or of a sentence that states a figure or a day
(own-written articles)."""

from __future__ import annotations

from kosum import summarize
from kosum.engines.cues import echo_opening, sentence_cues
from kosum.pipeline.vocab.sentences import POLITE_END

FERRY = "\n\n".join(
    [
        "누리섬 새 항로 개통",
        "누리섬과 육지를 잇는 뱃길 새 항로가 열렸다.",
        "한빛해운은 지난 3일 새솔항과 누리섬을 잇는 여객선 항로를 열고 첫 배를 띄웠으며, 새 여객선은 정원 "
        "300명, 차량 40대 규모로 하루 네 차례 오가고 운항 시간은 50분이라고 5일 밝혔다.",
        "해운사는 누리섬 주민에게 새 항로 운임의 절반을 깎아 주고, 노인과 학생에게는 운임을 받지 않는다고 설명했다.",
        "항로 개설 비용은 정부와 새솔군이 나눠 냈으며, 누리섬 선착장과 새솔항 선착장의 접안 시설도 새로 만들어졌다.",
        "새솔군은 오는 여름까지 누리섬 선착장에 대합실을 새로 짓고, 주차장도 넓힐 계획이다.",
        "지금까지 누리섬 주민들은 이웃 섬을 거쳐 두 시간 넘게 배를 타야 했으며, 겨울철에는 배가 자주 끊겼다.",
    ]
)


def test_the_short_statement_of_the_headline_opens_the_summary() -> None:
    for count in (2, 3):
        result = summarize(FERRY, engine="extractive", sentences=count)
        assert result.summary.startswith("누리섬과 육지를 잇는 뱃길 새 항로가 열렸다. 한빛해운은 지난 3일"), (
            count,
            result.summary,
        )
        assert len(result.summary_sources) == count


def test_the_short_statement_is_found_before_the_lead() -> None:
    result = summarize(FERRY, engine="extractive", sentences=3)
    sentences = list(result.sentences)
    cues = [sentence_cues(s) for s in sentences]
    assert echo_opening(sentences, cues, 1, result.title) == 0
    assert echo_opening(sentences, cues, 0, result.title) is None
    assert echo_opening(sentences, cues, 1, "한빛시 가을 축제 개막") is None  # it does not repeat the headline


def test_a_spoken_statement_is_no_echo() -> None:
    assert POLITE_END.search("누리섬과 육지를 잇는 새 항로가 열렸습니다.")
    assert not POLITE_END.search("누리섬과 육지를 잇는 새 항로가 열렸다.")


FAIR = "\n\n".join(
    [
        "한빛군, 가을 책 잔치 개최",
        "한빛군이 군민과 함께 책을 읽고 나누는 '가을 책 잔치'를 처음으로 연다. 한빛군은 군민과 함께 책을 읽고 "
        "나누는 '가을 책 잔치'를 오는 20일 한빛문화회관 대강당에서 연다고 3일 밝혔다. 잔치에서는 작가 3명과의 "
        "대화, 헌책 500권 바꿔 읽기 장터, 어린이 그림책 낭독회 4회, 마을 도서관 소개 부스 12곳 등이 운영된다. "
        "헌책 장터에는 군민 누구나 책을 5권까지 가져와 다른 책으로 바꿔 갈 수 있다. 군은 잔치에 예산 2천만 원을 "
        "들였으며, 내년까지 작은 도서관 8곳을 새로 열 계획이다.",
    ]
)


def test_the_reporting_sentence_brings_the_day_of_the_event() -> None:
    for count in (2, 3):
        result = summarize(FAIR, engine="extractive", sentences=count)
        assert "오는 20일 한빛문화회관 대강당에서" in result.summary, (count, result.summary)
