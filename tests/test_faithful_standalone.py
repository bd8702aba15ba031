"""Bullets that stand alone: no pointer to a sentence not shown, no words or intention without their
owner, no piece of a quotation (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.form import defect, unattributed


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # a pointer in the first clause leans on a sentence the bullet does not show
        ("이 무렵 잰 누리천 수위는 경보 기준의 2배", "leans on a word pointing to another sentence"),
        ("그는 내년 새솔시장 선거에 나설 인물로 거론됨", "leans on a word pointing to another sentence"),
        ("새솔문고 관장은 이렇게 답함", "leans on a word pointing to another sentence"),
        ("이보다 한발 앞서 조례를 고침", "leans on a word pointing to another sentence"),
        ("누리천은 장마 때마다 넘쳤고, 이를 막으려 둑을 높임", None),
        ("새솔시는 '이 길을 함께 걷자'는 구호를 내걸고 행진", None),
        ("이번 축제에는 주민 300명이 참여", None),
        ("그럼에도 새솔시는 협약 일정을 지켰음", None),
        ("협약식에는 이산 한빛도 부지사가 참석", None),
        ("새솔군은 이·반장 120명에게 안전 교육 실시", None),
        ("주민 80명이 함께한 이 모임은 마을의 앞날을 그리는 시간", None),
        ("새솔 김과 그 김으로 만든 부각은 겨울 장터의 대표 상품", None),
        ("우수상에는 새솔면 '마을 쉼터 운영',", "orphan comma or bracket"),
        # a counted point of an argument, a bare "관련" point back too
        ("둘째, 새솔천 정비 사업이 두 해째 늦어짐", "opens with a word pointing to another sentence"),
        ("관련 조례 개정을 서두를 계획", "opens with a word pointing to another sentence"),
        ("첫째 주 토요일마다 새솔 장터 운영", None),
        # a quote alone is someone's words, not a statement of the article
        ("'함께 가꾸는 새솔 마을'", "a quote alone"),
        # a nominalized verb that opens a bullet lost its object ("…을 전시함으로써")
        ("운영함으로써 주민 편의를 높임", "opens with a predicate without its arguments"),
        # a cause of nothing named explains the sentence before it; an object of a passive is a slip
        ("누리천 둑이 낮은 것이 가장 큰 원인", "explains a sentence not shown"),
        ("둑이 낮은 것이 범람의 가장 큰 원인", None),
        ("주민이 해마다 줄어든 이유", None),
        ("새 쉼터를 마련될 예정", "a suspected typo: an object of a passive"),
        ("새 쉼터가 마련될 예정", None),
        ("새 쉼터를 설치되며 주민 200명이 찾음", "a suspected typo: an object of a passive"),
        ("주민들은 집에서 만든 반찬을 마련된 탁자에 올려 나눔", None),
        ("만일 이러한 추세가 이어지면 버스 노선 두 곳이 없어질 전망", "leans on a word pointing to another sentence"),
        # a question to the reader states no fact
        ("여러분이 새솔천에서 물총새를 본다면 어떻게 하겠는가?", "a question, no fact"),
        ("'누가 새솔천을 지키나' 토론회를 엶", None),
        # "…했던 것" explains the sentence before it
        ("새솔중 강당에서 강연에 나섰던 것", "explains a sentence not shown"),
    ],
)
def test_a_bullet_that_leans_on_another_sentence_is_refused(text: str, why: str | None) -> None:
    assert defect(text) == why


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("인근 상가 매출이 늘었다고 답함", True),
        ("소음이 심하다며 공사 중단 요구", True),
        ("새솔주민회는 소음이 심하다며 공사 중단 요구", False),
        ("김 관장이 예산이 모자란다고 말함", False),
        ('김 관장이 "올해는 꼭 문을 열겠다"고 말함', False),
        ('"올해는 꼭 문을 열겠다"고 말함', True),
        ("누리천 둑을 높여 나가겠음", True),
        ("새솔시는 누리천 둑을 높여 나가겠음", False),
        ("분과별 과제를 다시 정하기로 함", True),
        ("협의회는 분과별 과제를 다시 정하기로 함", False),
        ("다리 보수는 3월 끝날 예정", False),
        ('새솔시청에서 "일정이 바뀌었다"라고 함', False),
    ],
)
def test_words_or_an_intention_need_their_owner(text: str, alone: bool) -> None:
    assert unattributed(text) is alone


ARTICLE = "\n\n".join(
    [
        "새솔군은 여름철 집중호우에 대비해 누리천 수해 예방 사업에 착수한다고 3일 밝혔다.",
        "이 사업에는 국비 40억 원과 군비 12억 원 등 모두 52억 원이 들어간다. 군은 누리천 둑 4.2㎞를 높이고 "
        "배수펌프장 2곳을 새로 짓는다. 공사는 내년 6월 마칠 예정이다. 그는 주민 설명회에서 공사 기간 통행 "
        "불편을 줄이겠다고 약속했다.",
        '주민 김하늘 씨는 "둑이 낮아 해마다 물이 넘친다. 지난해에도 논 3㏊가 잠겼다. 빨리 고쳐 달라"며 사업을 반겼다.',
        "둘째, 군은 하천 감시 카메라 16대를 새로 달아 수위를 실시간으로 살핀다. 감시 카메라는 군청 상황실과 "
        "읍사무소 3곳에 연결된다. 이렇게 모인 영상은 재난 문자 발송에도 쓰인다.",
    ]
)


def test_bullets_are_chosen_from_sentences_that_stand_alone() -> None:
    summary = summarize(ARTICLE, title="새솔군, 누리천 수해 예방 사업 착수")
    bullets = [b.text for section in summary.sections for b in section.bullets]
    assert bullets
    for text in bullets:
        assert defect(text) is None, text
        assert not unattributed(text), text
        # no piece of the resident's words stands as the article's statement
        assert "논 3㏊" not in text


QUOTED_CLAIM = "\n".join(
    [
        "새솔교육청은 학교 급식 식재료 검사 결과를 3일 공개했다.",
        "교육청은 학교 40곳의 식재료 1200건을 검사했고, 기준을 넘은 사례는 나오지 않았다.",
        "일부 온라인 게시물은 급식 창고에서 수입 식재료가 섞인다고 주장했다.",
        "교육청 박하늘 과장은 이렇게 답했다.",
        '"식재료는 산지 증명서와 함께 들어옵니다. 창고에서 수입산을 몰래 섞는다. 라고 하는데, 누가 믿겠습니까."',
        "교육청은 다음 달 급식실 2곳을 학부모에게 공개할 계획이다.",
    ]
)


def test_a_sentence_inside_a_quotation_is_never_a_bullet() -> None:
    # the splitter cuts the official's words at "…섞는다."; that piece is a claim he quotes, never a fact
    summary = summarize(QUOTED_CLAIM, title="새솔교육청, 급식 식재료 검사 결과 공개")
    bullets = [b.text for section in summary.sections for b in section.bullets]
    assert bullets
    assert not any("몰래 섞" in text for text in bullets)
