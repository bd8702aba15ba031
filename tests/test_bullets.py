from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.bullets import list_frame, make_bullet
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("sentence", "noun", "full"),
    [
        ("LH와 업무협약을 체결했다.", "LH와 업무협약 체결", "LH와 업무협약을 체결했다."),
        (
            "곧이어 4월에는 공사와 업무협약을 체결했다.",
            "4월에는 공사와 업무협약 체결",
            "4월에는 공사와 업무협약을 체결했다.",
        ),
        ("이를 통해 656명이 취업했다.", "656명이 취업", "656명이 취업했다."),
        ("또한, 사업비를 확보했다.", "사업비 확보", "사업비를 확보했다."),
        ("특히 고용률이 높다.", "고용률이 높음", "고용률이 높다."),
        ("이 밖에도 시는 협약을 맺었다.", "협약을 맺음", "협약을 맺었다."),
        ("시는 상담창구를 운영 중이다.", "상담창구 운영 중", "상담창구를 운영 중이다."),
        ("시는 민관협력을 강화해 나갈 방침이다.", "민관협력을 강화해 나갈 방침", "민관협력을 강화해 나갈 방침이다."),
        ("일자리의 양과 질이 모두 개선됐다.", "일자리의 양과 질이 모두 개선", "일자리의 양과 질이 모두 개선됐다."),
        ("다양한 활동을 펼치고 있다.", "다양한 활동을 펼치고 있음", "다양한 활동을 펼치고 있다."),
        ("지원하기로 했다.", "지원하기로 함", "지원하기로 했다."),
        ("정말 좋네요.", "정말 좋네요.", "정말 좋네요."),
        ("효과가 클 것이다.", "효과가 클 것임", "효과가 클 것이다."),
    ],
)
def test_gaejosik(sentence: str, noun: str, full: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == noun
    assert make_bullet(sentence, (), 0, "sentence") == full


def test_summary_bullets_follow_the_style() -> None:
    text = "■ 기업 유치\n시는 지난달 배터리 기업 세 곳과 투자협약을 체결했다.\n■ 청년\n시는 청년 인턴 300명을 선발했다."
    noun = summarize(text, bullets=1)
    assert [b.text for s in noun.sections for b in s.bullets] == [
        "지난달 배터리 기업 세 곳과 투자협약 체결",
        "청년 인턴 300명 선발",
    ]
    full = summarize(text, bullets=1, bullet_style="sentence")
    assert [b.text for s in full.sections for b in s.bullets] == [
        "지난달 배터리 기업 세 곳과 투자협약을 체결했다.",
        "청년 인턴 300명을 선발했다.",
    ]


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # purpose, means, background clauses go; the subject stays
        (
            "한솔군은 청년 창업을 돕기 위해 창업지원센터 2곳을 새로 열었다.",
            "한솔군은 창업지원센터 2곳을 새로 엶",
        ),
        ("한솔군은 민관 협의체를 통해 공동 캠페인을 펼쳤다.", "한솔군은 공동 캠페인을 펼침"),
        ("개정 조례에 따라 청년 월세 지원액이 월 20만 원으로 늘었다.", "청년 월세 지원액이 월 20만 원으로 늚"),
        (
            "관광객이 꾸준히 늘어나는 가운데 누리시는 야간 관광 코스 5개를 운영한다.",
            "누리시는 야간 관광 코스 5개 운영",
        ),
        # parentheticals go, the words around them are joined as they were
        ("다온시교육청(교육감 김하늘)은 방과후 강사 120명을 선발했다.", "다온시교육청은 방과후 강사 120명 선발"),
        # a speech frame goes: the reported clause is the news
        ("누리시는 다음 달 청년 박람회를 개최한다고 5일 밝혔다.", "누리시는 다음 달 청년 박람회 개최"),
        # endings: verbal noun, noun predicate, plan
        ("한솔군은 지역 대학과 업무협약을 체결했다.", "한솔군은 지역 대학과 업무협약 체결"),
        ("누리시는 내년에 사업을 확대할 계획이다.", "누리시는 내년에 사업을 확대할 계획"),
        ("행사는 오전 10시부터 12시까지다.", "행사는 오전 10시부터 12시까지"),
        # a quoted name is never cut from the start, a stem is never cut
        ("'바다런'은 주민 1천 명이 함께 달리는 행사다.", "'바다런'은 주민 1천 명이 함께 달리는 행사"),
        ("이를 대표한다.", "이를 대표"),
        # an irregular stem keeps its form
        ("자원봉사자 40명이 농가 일손을 도왔다.", "자원봉사자 40명이 농가 일손을 도움"),
        # "-게" ends no clause: the complement stays with its verb
        (
            "누리군은 돌봄 수당을 이웃 시군과 동일하게 맞추고 내년부터 월 30만 원을 지급하게 된다.",
            "누리군은 내년부터 월 30만 원을 지급하게 됨",
        ),
        # an adnominal clause before a bound noun stays ("기여할 것으로", never "…에 크게 것으로")
        (
            "지난달 문을 연 '새솔 청년센터'는 지역 청년들의 취업과 창업에 크게 기여할 것으로 기대된다.",
            "지난달 문을 연 '새솔 청년센터'는 지역 청년들의 취업과 창업에 크게 기여할 것으로 기대",
        ),
        # a contrast that fits stays whole: both figures with their own subjects (never "지난해 … 가구는
        # 180가구로 늚")
        (
            "한솔군의 귀농 가구는 지난해 120가구였으나, 올해는 정착 지원이 늘면서 귀농 가구가 180가구로 늘었다.",
            "한솔군의 귀농 가구는 지난해 120가구였으나, 올해는 정착 지원이 늘면서 귀농 가구가 180가구로 늚",
        ),
        # a lone final verb stays with its clause ("설명하고 나섰다"); an adnominal clause stays with its noun
        (
            "누리시는 친환경 버스 도입을 위한 예산 확보와 관련 조례 개정 필요성을 시의회에 적극 설명하고 나섰다.",
            "누리시는 친환경 버스 도입을 위한 예산 확보와 관련 조례 개정 필요성을 시의회에 적극 설명하고 나섬",
        ),
        # a sentence ending in a noun after an adnominal clause keeps it
        ("누리몰 매출이 올해 목표였던 20억원을 넘긴 것.", "누리몰 매출이 올해 목표였던 20억원을 넘긴 것"),
    ],
)
def test_compression_rules(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet
    assert make_bullet(sentence, (), 0, "sentence") == sentence


def test_a_long_bullet_keeps_its_main_clause() -> None:
    sentence = (
        "누리시는 지난해 시민 설문에서 가장 많은 요청을 받은 심야 버스 노선을 검토하고, "
        "내년 1월부터 심야 버스 3개 노선을 운행한다."
    )
    assert make_bullet(sentence, (), 0, "noun") == "누리시는 내년 1월부터 심야 버스 3개 노선 운행"


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a place phrase goes where the bullet is too long
        (
            "새솔군은 군청 대회의실에서 관내 소상공인과 청년 창업자들을 대상으로 지역 상권 살리기 합동 설명회와 "
            "창업 상담회를 열었다.",
            "새솔군은 관내 소상공인과 청년 창업자들을 대상으로 지역 상권 살리기 합동 설명회와 창업 상담회를 엶",
        ),
        # a phrase that says when never goes ("다음 달 …에서" keeps the date of a future event)
        (
            "새솔군은 다음 달 군청 대회의실에서 관내 소상공인과 청년 창업자들을 대상으로 지역 상권 살리기 합동 "
            "설명회와 창업 상담회를 연다.",
            "새솔군은 다음 달 군청 대회의실에서 관내 소상공인과 청년 창업자들을 대상으로 지역 상권 살리기 합동 "
            "설명회와 창업 상담회를 엶",
        ),
        # dates, a list's elements and an adnominal clause stay: nothing that says when, where of a
        # list, or what the noun is ("…에서 주민 1,200여 명을" keeps "12곳에서", next to the figure)
        (
            "한솔군은 지난 5월부터 군청 대회의실과 읍면 행정복지센터 12곳에서 주민 1,200여 명을 대상으로 "
            "찾아가는 건강 상담을 운영했다.",
            "한솔군은 지난 5월부터 군청 대회의실과 읍면 행정복지센터 12곳에서 주민 1,200여 명을 대상으로 "
            "찾아가는 건강 상담 운영",
        ),
        (
            "바다시교육청은 오는 20일 시청 대강당에서 관내 고교생과 학부모들이 함께 참여하는 "
            "진로 박람회를 개최한다고 밝혔다.",
            "바다시교육청은 오는 20일 시청 대강당에서 관내 고교생과 학부모들이 함께 참여하는 진로 박람회 개최",
        ),
    ],
)
def test_long_bullets_drop_only_what_drops_safely(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # the main clause states no figure: a background clause ("… 참가한 가운데") with the
        # sentence's only figures stays with it where the bullet stays near the limit
        (
            "지난 3일부터 5일까지 한솔체육관에서 열린 '제5회 한솔군민 배구대회'는 주민 600여 명이 "
            "참가한 가운데 나흘간의 뜨거운 열전에 돌입했다.",
            "지난 3일부터 5일까지 한솔체육관에서 열린 '제5회 한솔군민 배구대회'는 주민 600여 명이 "
            "참가한 가운데 나흘간의 뜨거운 열전에 돌입",
        ),
        # "45일" is no date (no month has a 45th day): a duration, a fact that stays
        (
            "질병 휴직 기간을 기존 30일에서 45일로 늘려 공무원과 같게 맞춤으로써 직원들의 건강권이 강화됐다.",
            "질병 휴직 기간을 기존 30일에서 45일로 늘려 공무원과 같게 맞춤으로써 직원들의 건강권이 강화",
        ),
    ],
)
def test_bullets_keep_the_clause_with_the_figure(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet


def test_no_middle_clause_is_dropped_alone() -> None:
    # dropping only the middle clause would make the patrol throw the bomb
    sentence = (
        "경찰 순찰대가 교차로에 도착해 대열을 갖추는 순간 트럭 한 대가 돌진해 왔고, "
        "순찰대를 향해 차량 안의 폭발물을 던졌다."
    )
    bullet = "대열을 갖추는 순간 트럭 한 대가 돌진해 왔고, 순찰대를 향해 차량 안의 폭발물을 던짐"
    assert make_bullet(sentence, (), 0, "noun") == bullet


def test_list_items_and_quotes_in_section_bullets() -> None:
    text = (
        "■ 청년 지원\n"
        "한솔군은 올해 청년 지원 사업으로 ▲청년 월세 지원 ▲창업 공간 임대 ▲구직 교육을 추진한다.\n"
        '김하늘 한솔군수는 "청년이 머무는 한솔군을 만들겠다"고 말했다.\n'
        "■ 어르신 돌봄\n"
        "한솔군은 경로당 40곳에 냉난방비를 지원한다.\n"
        '박바다 과장은 "어르신 건강을 꼼꼼히 챙기겠다"고 밝혔다.'
    )
    result = summarize(text, engine="extractive", bullets=3)
    bullets = {s.area: [b.text for b in s.bullets] for s in result.sections}
    # items that only name things say nothing alone: the sentence, with its predicate, is the bullet
    assert bullets["청년 지원"] == ["한솔군은 올해 청년 지원 사업으로 ▲청년 월세 지원 ▲창업 공간 임대 ▲구직 교육 추진"]
    assert bullets["어르신 돌봄"] == ["한솔군은 경로당 40곳에 냉난방비 지원"]


def test_a_list_in_a_card_gives_its_items_and_the_figure_that_frames_them() -> None:
    text = (
        "누리시, 청소년 발명대회 수상작 기술이전\n\n"
        "누리시는 제5회 청소년 발명대회 수상작 2건의 기술이전을 마쳤다고 4일 밝혔다.\n\n"
        "올해 대회에는 관내 중·고교생 120팀이 참가해 생활 속 불편을 푸는 아이디어를 겨뤘다.\n\n"
        "특히 ▲'새싹팀'의 '접이식 우산 건조대' ▲'한빛팀'의 '물이 새지 않는 화분 받침'은 각각 지역 기업 두 곳에 "
        "기술이전됐다.\n\n"
        "학생들은 석 달 동안 변리사와 기업인의 멘토링을 받으며 시제품을 만들었다.\n\n"
        "시상식은 지난달 30일 누리시청 대강당에서 열렸다.\n\n"
        "시는 내년에도 대회 규모를 키워 청소년 발명 교육을 이어갈 계획이다."
    )
    # a list whose items only name things keeps its sentence's predicate (never a bare list)
    bullets = [b.text for s in summarize(text).sections for b in s.bullets]
    assert "'새싹팀'의 '접이식 우산 건조대', '한빛팀'의 '물이 새지 않는 화분 받침'" not in bullets
    assert any("'접이식 우산 건조대'" in b and b.endswith("기술이전") for b in bullets)
    # the words around a list closed by "등" make a bullet where they state a figure
    sentence = (
        "올해 수상 교사는 전국에서 9명이며, 새솔시에서는 ▲한빛중 김하늘 교사 ▲누리고 박바다 교사 등 2명이 뽑혔다."
    )
    assert list_frame(sentence, analyze(sentence), 0) == "올해 수상 교사는 전국에서 9명이며, 새솔시에서는 2명이 뽑힘"
    # a list that is an argument ("… 등을") leaves no sentence around it
    other = "시는 ▲한빛중 김하늘 교사 ▲누리고 박바다 교사 등을 표창했다."
    assert list_frame(other, analyze(other), 0) is None


def test_bullet_morphs_read_off_words_whose_particle_or_bracket_was_dropped():
    from kosum.engines.bullets import _bullet_morphs

    text = "새솔시는 도서관(가칭)을 새로 짓고 주차장을 넓혔다."
    bullet = "새솔시는 도서관 새로 짓고 주차장을 넓힘"
    known = _bullet_morphs(bullet, text, 0, analyze(text))
    assert known is not None
    library = [m for m in known if m.form == "도서관"]
    assert library and library[0].tag == "NNG" and bullet[library[0].start : library[0].end] == "도서관"
    # the words before the predicate read as a fresh analysis of the bullet reads them
    fresh = [(m.form, m.tag) for m in analyze(bullet)][: len(known) - 2]
    assert [(m.form, m.tag) for m in known][: len(fresh)] == fresh
    assert _bullet_morphs("새솔군은 도서관 새로 지음", text, 0, analyze(text)) is None
