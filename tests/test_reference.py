"""The reference article from ../shared (skips with a message where it is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kosum import Summary, summarize
from kosum.engines.form import defect


@pytest.fixture(scope="module")
def reference(shared: Path) -> Summary:
    return summarize((shared / "samples" / "uijeongbu-jobs-award-2023.txt").read_text("utf-8"))


def test_five_policy_areas_in_order(reference: Summary) -> None:
    assert [s.area for s in reference.sections] == [
        "기업 유치",
        "여성일자리",
        "청년일자리",
        "인프라 구축",
        "사회적경제 활성화",
    ]


def test_bullets_come_from_their_own_section(reference: Summary) -> None:
    for section in reference.sections:
        assert 1 <= len(section.bullets) <= 2
        for bullet in section.bullets:
            assert bullet.sources and set(bullet.sources) <= set(section.sentences)


def test_no_bullet_opens_or_ends_in_a_broken_form(reference: Summary) -> None:
    broken = {b.text: defect(b.text) for s in reference.sections for b in s.bullets if defect(b.text)}
    assert broken == {}


def test_a_means_stays_with_the_act_it_served(reference: Summary) -> None:
    """The study led to the plan, not to the committee: a bullet that keeps the means keeps the plan."""
    bullets = [b.text for s in reference.sections for b in s.bullets if "연구용역을 통해" in b.text]
    assert bullets and all("육성계획" in text for text in bullets)


def test_summary_mentions_the_award(reference: Summary) -> None:
    assert reference.length is not None and 1 <= len(reference.summary_sources) <= reference.length
    flat = reference.summary.replace(" ", "")
    assert "일자리대상" in flat and "우수상" in flat


def test_no_boilerplate_anywhere(reference: Summary, shared: Path) -> None:
    raw = (shared / "samples" / "uijeongbu-jobs-award-2023.txt").read_text("utf-8")
    out = reference.to_dict()
    out.pop("metadata")
    dumped = json.dumps(out, ensure_ascii=False) + reference.to_markdown()
    # The reporter and the site are kept as fields, found in the chrome, and nowhere else.
    assert reference.metadata.reporter and reference.metadata.site
    for junk in (
        reference.metadata.reporter,
        reference.metadata.site,
        "대표기자",
        "기사입력",
        "도배방지",
        "기사보기",
        "입력 :",
    ):
        assert junk not in dumped
    # The headline (repeated in the pasted page) is the title; the date comes from "기사입력".
    assert reference.title and raw.count(reference.title) >= 2 and "우수상" in reference.title
    assert reference.metadata.date and reference.metadata.date.startswith("2023-08-03")
