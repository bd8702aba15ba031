"""Cards of #19, fourteenth round (`names37`), on own-written headlines: a single-topic card named by
the headline's subject alone ("누리댐", "한빛전자") takes the act the headline reports of it."""

from __future__ import annotations

import pytest

from kosum.pipeline.heads import topic_for_head
from kosum.pipeline.subjects import subject_act

_TEXT = (
    "누리댐이 사흘째 이어진 집중호우로 붕괴했다. 한빛전자는 마루상사와 합병한다고 밝혔다. "
    "가람 청소년센터는 올해 별빛상을 수상했다. 가람 청소년센터는 바다마을에 김장김치를 전달했다. "
    "별빛 관측소는 새 망원경 시험 가동에 들어갔다. 송하린 가람시장은 건강 문제로 사퇴했다. "
    "가람 드라마의 제작이 확정됐다. 20대 3명이 사고로 사망했다. 누리댐 관리소장이 입건됐다. "
    "노래교실 강사가 지병으로 별세했다. 가람 청소년센터는 누리마을에 韓紙 공예품을 전달했다."
)


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # the subject before the comma and the act at the headline's end
        ("누리댐", "누리댐, 집중호우로 붕괴", "누리댐 붕괴"),
        ("한빛전자", "한빛전자, 마루상사와 합병", "한빛전자 합병"),
        # the act written as a verb in the headline
        ("관리소장", "누리댐 관리소장, 입건되다", "관리소장 입건"),
        # the whole subject from the name on, the place word before it gone
        ("송하린", "송하린 가람시장, 건강 문제로 사퇴", "송하린 가람시장 사퇴"),
        # the bare nouns right before the act are its object; the figures and qualifiers go
        ("청소년센터", "가람 청소년센터 2년 연속 별빛상 수상", "청소년센터 별빛상 수상"),
        ("청소년센터", "가람 청소년센터, 바다마을에 김장김치 전달", "청소년센터 김장김치 전달"),
        # a noun written in Chinese characters is a bare noun too
        ("청소년센터", "가람 청소년센터, 누리마을에 韓紙 공예품 전달", "청소년센터 韓紙 공예품 전달"),
    ],
)
def test_the_subject_takes_its_act(label: str, title: str, named: str) -> None:
    assert subject_act(label, title, _TEXT) == named
    assert topic_for_head(label, title, _TEXT) == named


@pytest.mark.parametrize(
    ("label", "title"),
    [
        # another subject is the act's: "…의 제작이 확정"
        ("가람", "가람 드라마의 제작이 확정"),
        # a count right before the act: the act is the counted ones'
        ("사고", "가람 교차로 사고, 3명 사망"),
        # a quoted name between them: the act is the quoted one's
        ("노래교실", "가람 노래교실 ‘별님’ 지병으로 별세"),
        # the last word is a thing, not an act the article writes as a verb
        ("관측소", "별빛 관측소, 새 망원경"),
        # the name is not the headline's subject
        ("김장김치", "가람 청소년센터, 바다마을에 김장김치 전달"),
        # a name of more words, or a headline cut short
        ("누리댐 붕괴", "누리댐, 집중호우로 붕괴"),
        ("누리댐", "누리댐, 집중호우로 붕괴..."),
        # the act's noun is not in the article
        ("누리댐", "누리댐, 집중호우로 범람"),
    ],
)
def test_the_name_stays(label: str, title: str) -> None:
    assert subject_act(label, title, _TEXT) == label
