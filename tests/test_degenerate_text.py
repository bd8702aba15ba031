"""Degenerate text (one syllable repeated, no punctuation) is analysed like real text: Kiwi sees its
repeats blanked, with the same offsets (issue 12, item 9; the cost is measured in bench/scaling.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kosum import Summarizer
from kosum._kiwi import get_kiwi
from kosum.pipeline.normalize import analysis_view
from kosum.pipeline.preprocess import preprocess

REAL = "바다군은 올해 경로당 87곳에 냉난방비를 지원한다고 밝혔다. 군은 하하 웃으며 버스 노선을 늘린다."


def test_analysis_view_blanks_repeats_and_keeps_offsets() -> None:
    assert analysis_view("가" * 10) == "가가" + " " * 8
    assert analysis_view("가나" * 5 + " 다") == "가나가나" + " " * 6 + " 다"
    assert analysis_view("시는 " + "하하하하") == "시는 하하  "
    assert analysis_view("가나 다라 " * 4 + "끝") == "가나 다라 " * 2 + " " * 12 + "끝"
    assert analysis_view("시는 하하 하하 하하 웃었다") == "시는 하하 하하" + " " * 4 + "웃었다"
    assert analysis_view(REAL) is REAL  # real text (and a laugh of two) is untouched
    for text in ("가" * 1000, "가나다라마바사아자차카타파하" * 50, "가가가가가 " * 100, "가나다라 " * 300):
        assert len(analysis_view(text)) == len(text)


def test_degenerate_text_keeps_every_character_in_a_sentence() -> None:
    for text in ("가" * 5000, ("가나다라마바사아자차카타파하" * 400)[:5000], "가가가가가 " * 800, "가나다라 " * 1000):
        doc = preprocess(text)
        assert "".join(s.text for s in doc.sentences).replace(" ", "") == text.replace(" ", "")
        assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    summary = Summarizer(engine="extractive").summarize("가" * 5000)
    assert summary.sentences and set(summary.summary) <= {"가", " ", "\n"}


def test_kiwi_reads_each_character_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over-long sentences (a run-on cut into pieces) keep the analysis of their block; a last
    line is not analysed to learn whether the next one continues it (issue 21, item 3)."""
    kiwi = get_kiwi()
    read: list[int] = []
    for name in ("tokenize", "split_into_sents"):
        method = getattr(kiwi, name)

        def counted(text: Any, *args: Any, _method: Any = method, **kwargs: Any) -> Any:
            texts = [text] if isinstance(text, str) else list(text)
            read.append(sum(len(t.strip()) for t in texts))
            return _method(texts[0] if isinstance(text, str) else texts, *args, **kwargs)

        monkeypatch.setattr(kiwi, name, counted)
    run_on = "바다군은 올해 경로당 87곳에 냉난방비를 지원하고 버스 노선을 늘리며 " * 60
    doc = preprocess(run_on)
    assert len(doc.sentences) > 1
    assert sum(read) <= len(run_on)
