"""Cards of #19, sixteenth round (`names39`), on own-written headlines and leads: a single-topic card
named by one common noun, a kind ("점검"), takes the noun phrase the headline or the lead writes it in."""

from __future__ import annotations

import pytest

from kosum.pipeline.heads import topic_for_head
from kosum.pipeline.kinds import widened

_LEAD = "가람군은 지난 4일 누리천 수질 점검을 벌였다고 밝혔다."
_TEXT = (
    f"{_LEAD} 군은 하천 12곳의 물을 떠 검사했다. 관광 안내책자는 다음 달 나온다. "
    "새솔면 주민들은 점검을 마친 뒤 물길을 정비했다. 누리천 둑방길 산책로도 손봤다."
)


@pytest.mark.parametrize(
    ("label", "title", "lead", "named"),
    [
        # the headline writes the noun as the head of a phrase: the bare nouns before it
        ("점검", "가람군, 누리천 수질 점검 나서", "", "누리천 수질 점검"),
        # the noun stands bare before another noun, the last with its particle: the phrase goes on
        ("관광", "가람군 관광 안내책자를 펴낸다", "", "관광 안내책자"),
        # the headline writes the noun alone: the lead's phrase
        ("점검", "가람군, 맑은 물 지키기 나서", _LEAD, "누리천 수질 점검"),
        # the noun closes a headline's clause with a comma: the nouns before it
        ("산책로", "누리천 둑방길 산책로, 새 단장", "", "누리천 둑방길 산책로"),
    ],
)
def test_one_noun_takes_its_phrase(label: str, title: str, lead: str, named: str) -> None:
    assert widened(label, title, _TEXT, lead) == named


@pytest.mark.parametrize(
    ("label", "title", "text"),
    [
        # a word of one letter before the noun is a clause's position word, not a name's
        ("물길", "점검 마친 뒤 물길 정비했다", _TEXT),
        # a site around a thing is where, not what
        ("하천", "가람군 하천 정비현장 점검", f"{_TEXT} 하천 정비현장에서 일했다."),
        # the article quotes the noun as a name
        ("점검", "가람군, 누리천 수질 점검 나서", f"{_TEXT} 이 일은 ‘점검’이라 불린다."),
        # the article writes the noun as a line of its own, a heading
        ("점검", "가람군, 누리천 수질 점검 나서", f"점검\n{_TEXT}"),
        # a compound of several nouns is a name already
        ("수질점검", "가람군, 누리천 수질점검 결과", f"{_TEXT} 수질점검 결과"),
        # no phrase: the headline and the lead write the noun alone
        ("점검", "가람군, 점검 나서", "점검을 마쳤다."),
    ],
)
def test_name_stays(label: str, title: str, text: str) -> None:
    assert widened(label, title, text, text.split(". ", 1)[0]) == label


def test_single_topic_name_hook() -> None:
    """The single-topic name goes through the rule last (heads.topic_for_head)."""
    assert topic_for_head("점검", "가람군, 누리천 수질 점검 나서", _TEXT) == "누리천 수질 점검"


def test_headline_event_keeps_the_name() -> None:
    """The headline writes the noun bare before an act: the lead's phrase around it is another matter."""
    text = "가람택배노조는 오늘 휴업 찬반투표를 열고 다음 주 휴업을 예고했다. 노조는 휴업을 예고했다."
    assert widened("휴업", "가람 택배노조, 휴업 예고", text, text.split(". ")[0]) == "휴업"
    assert widened("휴업", "가람 택배노조 다음 주부터", text, text.split(". ")[0]) == "휴업 찬반투표"
