"""Degenerate text (one syllable repeated, no punctuation) is analysed like real text: Kiwi sees its
repeats blanked, with the same offsets (issue 12, item 9; the cost is measured in bench/scaling.py)."""

from __future__ import annotations

from kosum import Summarizer
from kosum.pipeline.normalize import analysis_view
from kosum.pipeline.preprocess import preprocess

REAL = "바다군은 올해 경로당 87곳에 냉난방비를 지원한다고 밝혔다. 군은 하하 웃으며 버스 노선을 늘린다."


def test_analysis_view_blanks_repeats_and_keeps_offsets() -> None:
    assert analysis_view("가" * 10) == "가가" + " " * 8
    assert analysis_view("가나" * 5 + " 다") == "가나가나" + " " * 6 + " 다"
    assert analysis_view("시는 " + "하하하하") == "시는 하하  "
    assert analysis_view(REAL) is REAL  # real text (and a laugh of two) is untouched
    for text in ("가" * 1000, "가나다라마바사아자차카타파하" * 50, "가가가가가 " * 100):
        assert len(analysis_view(text)) == len(text)


def test_degenerate_text_keeps_every_character_in_a_sentence() -> None:
    for text in ("가" * 5000, ("가나다라마바사아자차카타파하" * 400)[:5000], "가가가가가 " * 800):
        doc = preprocess(text)
        assert "".join(s.text for s in doc.sentences).replace(" ", "") == text.replace(" ", "")
        assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    summary = Summarizer(engine="extractive").summarize("가" * 5000)
    assert summary.sentences and set(summary.summary) <= {"가", " ", "\n"}
