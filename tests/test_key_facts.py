"""Key facts (issue #11): quantities and quoted names reach the summary and the bullets."""

from __future__ import annotations

import numpy as np

from kosum import summarize
from kosum.engines.bullets import make_bullet
from kosum.engines.cues import fact_terms, named_terms
from kosum.engines.extractive import _fact_weighted, _with_a_fact
from kosum.engines.ranking import _fact_share, _factual
from kosum.pipeline.cards import cards
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure
from kosum.pipeline.tuning import EXTRACTIVE

RELEASE = (
    "한솔군, 가을 농촌 일손 돕기 마무리\n\n"
    "한솔군은 지난 10일 마을 주민 300여 명과 함께 '가을 일손 나눔 주간'을 마쳤다고 12일 밝혔다.\n\n"
    "봉사자들은 일손이 모자란 과수 농가 45곳에서 사과와 배를 땄다.\n\n"
    "군은 이번 주간에 장비 임대료 2천만 원을 지원했다.\n\n"
    "봉사에 참여한 한 주민은 보람을 느꼈다며 웃었다.\n\n"
    "내년에는 참여 농가를 더 늘릴 방침이다."
)


def test_named_terms_are_quoted_names() -> None:
    assert named_terms("군은 '바다 마을 축제'와 ‘별빛 음악회’를 열었다") == ["바다 마을 축제", "별빛 음악회"]
    assert named_terms("따옴표 없는 문장이다") == []


def test_fact_terms_with_and_without_dates() -> None:
    doc = preprocess("누리시는 지난 5일 주민 1,200여 명에게 '온기 나눔' 상품권 3억 원을 나눴다.")
    sentence = doc.sentences[0]
    assert fact_terms(sentence) == {"5일", "1,200여명", "3억원", "'온기 나눔'"}
    # quantities only: dates are no fact a ranking should chase
    assert fact_terms(sentence, dates=False) == {"1,200여명", "3억원", "'온기 나눔'"}


def test_fact_gain_only_where_the_headline_or_the_lead_states_a_fact() -> None:
    facts = preprocess(
        "누리시는 청년 창업자 40명에게 공간을 내줬다. 입주 기업은 모두 12곳이다. 시는 성과를 자랑했다."
    ).sentences
    assert _factual(None, facts[0])
    share = _fact_share(facts, True)
    assert share[1] > 0 and share[2] == 0
    # an explainer whose lead and headline state no figure: figures further on are details
    plain = preprocess("연구진은 새로운 전지 구조를 찾아냈다. 실험에서 출력은 23% 높았다. 연구는 계속된다.").sentences
    assert not _factual("새 전지 구조 찾았다", plain[0])
    assert not _fact_share(plain, False).any()
    # a date is no fact; a headline's quantity or quoted name is
    assert not _factual("5일 연구 발표", plain[0])
    assert _factual("출력 23% 높인 전지", plain[0])
    assert _factual("'빛 전지' 공개", plain[0])


def test_bullet_candidates_with_new_facts_rank_higher() -> None:
    sentences = preprocess(
        "한솔군은 주민 300명과 봉사를 마쳤다. 봉사자들은 농가 45곳을 도왔다. 봉사자들은 보람을 느꼈다."
    ).sentences
    scores = np.ones(3)
    weighted = _fact_weighted([1, 2], sentences, scores, [0])
    assert weighted[1] > weighted[2] == 1.0
    # a fact the summary already states adds nothing
    again = preprocess("주민 300명이 모였다. 주민 300명이 다시 모였다.").sentences
    assert _fact_weighted([1], again, np.ones(2), [0])[1] == 1.0


def test_only_the_facts_a_bullet_keeps_raise_its_candidate() -> None:
    sentences = preprocess(
        "한솔군은 주민 300명과 봉사를 마쳤다. 봉사자들은 농가 45곳을 도왔다. 봉사자들은 마을 12곳을 찾았다."
    ).sentences
    written = {1: "봉사자들은 농가를 도움", 2: "봉사자들은 마을 12곳을 찾음"}
    weighted = _fact_weighted([1, 2], sentences, np.ones(3), [0], written)
    assert weighted[1] == 1.0  # its bullet dropped "45곳"
    assert weighted[2] == 1.0 + EXTRACTIVE.bullet_fact_weight


def test_a_card_carries_a_fact_the_summary_lacks() -> None:
    sentences = preprocess(
        "한솔군은 주민 300명과 봉사를 마쳤다. 봉사자들은 보람을 느꼈다. "
        "봉사자들은 이웃과 정을 나눴다. 봉사자들은 농가 45곳을 도왔다."
    ).sentences
    written = {1: "봉사자들은 보람을 느낌", 2: "봉사자들은 이웃과 정을 나눔", 3: "봉사자들은 농가 45곳을 도움"}
    weighted = np.array([1.0, 3.0, 2.0, 1.5])
    # no pick keeps a new fact: the weakest pick makes way for the best one that does
    assert _with_a_fact([1, 2], [1, 2, 3], sentences, weighted, [0], written) == [1, 3]
    # a pick that keeps one already does
    assert _with_a_fact([2, 3], [1, 2, 3], sentences, weighted, [0], written) == [2, 3]
    # a fact the summary states is no new fact
    assert _with_a_fact([1, 2], [1, 2, 3], sentences, weighted, [0, 3], written) == [1, 2]


def test_compression_keeps_the_clause_with_the_only_facts() -> None:
    sentence = "한솔군은 청년 창업 공간에 입주할 기업 14곳을 모두 모집하고, 주민 설명회를 열어 올해 성과를 나눴다."
    assert make_bullet(sentence, (), 0, "noun") == (
        "한솔군은 청년 창업 공간에 입주할 기업 14곳을 모두 모집하고, 주민 설명회를 열어 올해 성과를 나눔"
    )
    # where the main clause has facts of its own, the clause before it still goes
    sentence = (
        "누리시는 올해 시민 안전 교육과 재난 대비 훈련을 함께 추진해 참가자 3천여 명을 모았고, "
        "내년에는 교육 과정을 더 늘린다."
    )
    assert make_bullet(sentence, (), 0, "noun") == "누리시는 참가자 3천여 명을 모았고, 내년에는 교육 과정을 더 늘림"


def test_a_single_topic_release_gets_one_card_of_its_body() -> None:
    doc = preprocess(RELEASE)
    structure = find_structure(doc)
    assert structure.segments == ()  # the structure finds no topics to split
    assert len(cards(doc, structure)) == 1  # both engines write bullets for the one card
    result = summarize(RELEASE, engine="extractive")
    assert len(result.sections) == 1
    card = result.sections[0]
    assert card.area and card.area.replace(" ", "") in RELEASE.replace(" ", "")
    assert card.bullets
    bullet_sources = {i for b in card.bullets for i in b.sources}
    assert set(card.sentences) >= bullet_sources
    assert not any("웃었" in b.text for b in card.bullets)  # a speech sentence is never a bullet


def test_facts_reach_summary_or_bullets() -> None:
    result = summarize(RELEASE, engine="extractive")
    shown = result.summary + " ".join(b.text for s in result.sections for b in s.bullets)
    for fact in ("300여 명", "45곳", "2천만 원", "가을 일손 나눔 주간"):
        assert fact in shown


def test_a_bullet_ends_on_the_fact_clause_where_the_main_clause_has_none() -> None:
    sentence = (
        "이번 장터에는 농가와 소비자 등 320여 명이 모여 지역 먹거리의 앞날과 새 판로 방향, 그리고 내년 장터 "
        "운영 방식을 두고 여러 생각을 차분하게 주고받았다."
    )
    assert make_bullet(sentence, (), 0, "noun") == "이번 장터에는 농가와 소비자 등 320여 명이 모임"
    # a number glued to a particle that Kiwi reads as a verb ("20.1%가" → 가/VV) gives no predicate to end on
    sentence = (
        "올해 관광객은 작년보다 섬 지역 12.5%, 산간 지역 20.1%가 각각 줄어드는 등 "
        "숙박 업체들이 손님 걱정을 크게 하고 있다."
    )
    assert "%감" not in make_bullet(sentence, (), 0, "noun")


def test_a_quoted_name_keeps_its_parenthetical() -> None:
    sentence = "새 과제인 '바다숲(해조류 숲) 가꾸기 시범사업'은 동쪽 어촌(전복)과 서쪽 어촌이 함께 맡는 사업이다."
    bullet = make_bullet(sentence, (), 0, "noun")
    assert bullet == "새 과제인 '바다숲(해조류 숲) 가꾸기 시범사업'은 동쪽 어촌과 서쪽 어촌이 함께 맡는 사업"


def test_a_name_keeps_its_abbreviation() -> None:
    sentence = "정부는 새 연구소를 세우며, 후보지로 새솔과학원(SSI)를 먼저 검토할 계획이다."
    bullet = make_bullet(sentence, (), 0, "noun")
    assert bullet == "정부는 새 연구소를 세우며, 후보지로 새솔과학원(SSI)를 먼저 검토할 계획"
    # other parentheticals still go, Latin letters or not, and a detached one too
    sentence = "새솔시는 탄소포집(CCUS) 단지와 수소(H2, 액화) 설비를 짓는다."
    assert make_bullet(sentence, (), 0, "noun") == "새솔시는 탄소포집(CCUS) 단지와 수소 설비를 지음"
    sentence = "새솔시는 바닷가 공원 (AB) 조성을 마쳤다."
    assert make_bullet(sentence, (), 0, "noun") == "새솔시는 바닷가 공원 조성을 마침"
