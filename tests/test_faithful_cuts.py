"""Cuts that never take what the kept clause needs: the clause that a "도", "추가" or "관련" of the kept
one adds to, the subject or means that is the news, the date of a future event (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # the clause with the main figure stays where the kept one adds to it ("추가", "도")
        (
            "누리구는 이번 공모에서 국비 1억 2천만 원을 배정받았고, 앞으로 8천만 원 규모의 추가 지원도 기대하고 있다.",
            "누리구는 이번 공모에서 국비 1억 2천만 원을 배정받았고, 앞으로 8천만 원 규모의 추가 지원도 기대하고 있음",
        ),
        # "…을 마련하고 …을 운영해 매년 N명이 이용": the two halves of one means go together, so the count
        # is never given to the second half alone (under a general effort, "…에 이바지하고 있다", both stay:
        # test_faithful_efforts)
        (
            "누리시 청소년센터는 코딩과 드론 등 25개 교실, 진로 상담, 동네 공부방 지원, 주말 체육교실 등 다양한 "
            "분야의 맞춤형 활동을 마련하고 4개 청소년 자치모임을 운영해 매년 3,000여 명의 청소년들이 이용하며 "
            "동네 배움터의 한 축이 됐다.",
            "누리시 청소년센터는 매년 3,000여 명의 청소년들이 이용하며 동네 배움터의 한 축이 됨",
        ),
        # "…할 수 있도록 했다" frames what the means before it makes possible: the means is what was done
        (
            "새솔중은 학년별로 정해진 협의 시간을 확보해 교사들이 수업 계획과 평가 기준, 지역 사례 활용 등을 함께 "
            "체계적으로 논의할 수 있도록 했다.",
            "새솔중은 학년별로 정해진 협의 시간을 확보해 교사들이 수업 계획과 평가 기준, 지역 사례 활용 등을 함께 "
            "체계적으로 논의할 수 있도록 함",
        ),
        # "관련" opening a phrase points to what the dropped clause named
        (
            "구는 상인 간담회 의견을 바탕으로 관련 지침 정비를 추진할 예정이다.",
            "상인 간담회 의견을 바탕으로 관련 지침 정비를 추진할 예정",
        ),
        # a bare quantity ("최소 40명은") is a part of what the clause before it counted
        (
            "또 누리체육회는 마라톤 대회에 참가자 수백 명이 몰렸으며 최소 40명은 해외에서 왔다고 밝혔다.",
            "마라톤 대회에 참가자 수백 명이 몰렸으며 최소 40명은 해외에서 옴",
        ),
        # the date of a planned event stays with the means clause that holds it
        (
            "누리시는 2028년부터 순찰 차량을 늘려 야간 방범을 강화하고, 마을 자율방범대와 함께 골목 점검을 "
            "이어갈 계획이다.",
            "누리시는 2028년부터 순찰 차량을 늘려 야간 방범을 강화하고, 마을 자율방범대와 함께 골목 점검을 이어갈 계획",
        ),
        # the dropped clause's subject is the kept one's where the rest has only an adnominal clause's
        # ("상인이 챙겨야 할"): the actor never goes
        (
            "특히 이번 설명회에는 세무사 두 명이 나와 달라진 신고 절차를 안내하고, 영세 상인이 챙겨야 할 서류 "
            "목록을 자세히 소개했다.",
            "이번 설명회에는 세무사 두 명이 나와 달라진 신고 절차를 안내하고, 영세 상인이 챙겨야 할 서류 목록을 "
            "자세히 소개",
        ),
        # the embedded clause's subject ("앱이") is the rest's too, though a "-적인" modifier follows it
        (
            "누리도서관은 새 검색 앱이 이용자의 효율적인 자료 탐색을 돕고, 사서의 대출 업무를 한결 가볍게 덜어 "
            "주는 데 보탬이 될 것으로 보고 있다.",
            "누리도서관은 새 검색 앱이 이용자의 효율적인 자료 탐색을 돕고, 사서의 대출 업무를 한결 가볍게 덜어 "
            "주는 데 보탬이 될 것으로 보고 있음",
        ),
        # a model's name with a number ("NR500에는") is the main clause's own topic: never glued to the first's
        (
            "새 누리 노트북은 16GB 메모리와 512GB 저장장치가 기본 제공되며, NR500에는 32GB 메모리와 1TB "
            "저장장치가 탑재된다.",
            "NR500에는 32GB 메모리와 1TB 저장장치가 탑재",
        ),
        # a time clause ("…지을 때") says when, and its object is what the rest is about: it stays
        (
            "누리시립 수영장을 2019년 새로 지을 때 주말마다 몰리는 이용객에 대비해 탈의실 면적을 기존의 두 배로 "
            "넓혔다.",
            "누리시립 수영장을 2019년 새로 지을 때 주말마다 몰리는 이용객에 대비해 탈의실 면적을 기존의 두 배로 넓힘",
        ),
        # a run-on "…다," ends the first sentence: the bullet is that one, with its own topic
        (
            "누리재단은 청년 창업을 돕는 지역 공익 기구다, 올해는 지역 정착 지원에 중점을 둔다.",
            "누리재단은 청년 창업을 돕는 지역 공익 기구",
        ),
        ("새솔시는 '꿈이다, 희망이다' 전시회를 12일 연다.", "새솔시는 '꿈이다, 희망이다' 전시회를 12일 엶"),
        # a main clause that only frames ("성과를 쌓아 가고") keeps the clause that says what was achieved
        (
            "새솔고 합창단은 해외 공연과 관련해 일본, 대만, 베트남 초청 무대에 잇달아 오르며, 지역 대표 "
            "합창단으로서 값진 성과를 쌓아 가고 있다.",
            "새솔고 합창단은 해외 공연과 관련해 일본, 대만, 베트남 초청 무대에 잇달아 오르며, 지역 대표 "
            "합창단으로서 값진 성과를 쌓아 가고 있음",
        ),
        # with no subject of its own, the measure run ("코딩 교실을 운영해") is all the bullet names: it stays
        (
            "또한 청소년들이 참여할 수 있는 주말 코딩 교실을 운영해 동네 학생 모두가 새로운 기술을 익힐 수 있는 "
            "기회를 넓힐 예정이다.",
            "청소년들이 참여할 수 있는 주말 코딩 교실을 운영해 동네 학생 모두가 새로운 기술을 익힐 수 있는 "
            "기회를 넓힐 예정",
        ),
        # a main clause that names only a goal ("…건강 수준을 증진해 나갈 계획") keeps what is done for it
        (
            "누리군은 마을마다 다른 농번기 일정을 고려해 여러 형태의 찾아가는 건강 교실을 꾸준히 운영하며 주민의 "
            "건강 수준을 증진해 나갈 계획이다.",
            "누리군은 마을마다 다른 농번기 일정을 고려해 여러 형태의 찾아가는 건강 교실을 꾸준히 운영하며 주민의 "
            "건강 수준을 증진해 나갈 계획",
        ),
        # the place of a coordinated clause parallels the kept one's: it never goes alone (its figure would float);
        # "실제로", which bears out a sentence not shown, goes
        (
            "실제로 동부 공단에서 하루 12톤의 폐수가 배출되고, 서부 공단에서 하루 9톤의 폐수가 배출된 점 등을 "
            "개선 과제로 꼽았다.",
            "동부 공단에서 하루 12톤의 폐수가 배출되고, 서부 공단에서 하루 9톤의 폐수가 배출된 점 등을 "
            "개선 과제로 꼽음",
        ),
        # "추가" as a verb ("모드를 추가한") points back to nothing: the clauses before it still go
        (
            "누리 전기밥솥은 새 안전 규격을 따르며, 얇아진 뚜껑 설계를 통해 내솥 용량을 키우고, 예약 취사 모드를 "
            "추가한 것, 또 새 센서로 조리 시간을 줄인 것이 특징이다.",
            "누리 전기밥솥은 예약 취사 모드를 추가한 것, 또 새 센서로 조리 시간을 줄인 것이 특징",
        ),
        # what a relation clause names ("…지적에 대해") is the argument of the predicate after it: it stays
        (
            '누리시는 지난 5일 새 청사의 주차 공간이 부족하다는 지적에 대해 "인근 공영주차장과 연계하면 '
            '충분하다"며 반박한 것으로 전해졌다.',
            '누리시는 지난 5일 새 청사의 주차 공간이 부족하다는 지적에 대해 "인근 공영주차장과 연계하면 '
            '충분하다"며 반박한 것으로 전해짐',
        ),
        # ... but a relation to a pointer ("이에 대해") names nothing, and goes
        (
            '이에 대해 누리상인회는 "시가 상인 의견을 듣지 않았다"며 회의록 일부를 직접 누리집에 올리며 시의 '
            "결정에 대해 재검토를 요구했다.",
            '누리상인회는 "시가 상인 의견을 듣지 않았다"며 회의록 일부를 직접 누리집에 올리며 시의 결정에 대해 '
            "재검토 요구",
        ),
        # a purpose clause is no item a "도" adds to: it still goes
        (
            "새솔군은 겨울철 화재 예방을 위해 전통시장 소화기 점검도 함께 실시했다.",
            "새솔군은 전통시장 소화기 점검도 함께 실시",
        ),
        # "관련" after a noun only classifies
        (
            "누리구는 민원 처리 기간을 줄이기 위해 교통 관련 민원 창구를 새로 열었다.",
            "누리구는 교통 관련 민원 창구를 새로 엶",
        ),
    ],
)
def test_kept_clause_keeps_what_it_adds_to(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet
    assert defect(bullet) is None
