"""HTML for the web UI: the overall summary, one card per policy area, and the cleaned
article with every sentence addressable, so that selecting a bullet or an area can
highlight the sentences it came from.

Pure functions over :class:`~kosum.Summary`; everything user-written is escaped.
"""

from __future__ import annotations

import re
from html import escape

from ..errors import ModelNotFoundError
from ..types import Summary, md_escape

__all__ = ["ENGINE_LABELS", "NO_MODEL_NOTE", "public_message", "render_result", "status_line"]

ENGINE_LABELS = {"extractive": "추출 요약", "abstractive": "생성 요약"}

#: The quiet note under a result written by the extractive engine on a server with no model.
NO_MODEL_NOTE = (
    "생성 요약 모델이 설치되어 있지 않아 추출 요약을 썼습니다. 관리자 안내: 서버에서 kosum models download "
    "명령으로 모델을 받고 서버를 다시 시작하면 생성 요약을 쓸 수 있습니다."
)

# An absolute path (``/…``, ``~/…``, ``~user/…`` or ``file:///…``): shown over the web as its last
# part only. A folder's name may hold single spaces (more path follows it); the last part ends at one.
_NAME = r"[^\s/'\"`()<>|,;:]+"
_PATH = re.compile(rf"(?<![\w.~/:])(?:file://|~[\w.-]*)?(?:/{_NAME}(?: {_NAME})*)*/({_NAME})", re.IGNORECASE)


def public_message(exc: BaseException) -> str:
    """The message of ``exc`` as the web may show it: no server paths (an absolute path
    becomes its last part) and, for a missing model, not the places that were searched."""
    message = str(exc).splitlines()[0] if isinstance(exc, ModelNotFoundError) else str(exc)
    return _no_paths(message)


def _no_paths(text: str) -> str:
    return _PATH.sub(lambda m: m.group(1), text)


def _ids(indexes: tuple[int, ...] | list[int]) -> str:
    return " ".join(str(i) for i in indexes)


def status_line(summary: Summary, requested: str = "auto", note: str = "") -> str:
    """One Markdown line saying which engine wrote the result, and why (``requested``: the
    engine asked for; a fallback's reason is among the summary's warnings), then the
    warnings, then ``note`` in small print (a quiet remark, not a warning)."""
    engine = ENGINE_LABELS.get(summary.engine, summary.engine)
    line = f"**{engine}** 엔진으로 요약했습니다"
    if summary.model:
        line += f" (모델: {md_escape(summary.model)})"
    elif requested == "extractive":
        line += " (설정에서 추출 요약을 골랐습니다)"
    line += f" · 문장 {len(summary.sentences)}개 · 분야 {len(summary.sections)}개"
    if summary.length is not None:
        line += f" · 요약 {summary.length}문장"
    notes = [w for w in summary.warnings if w]
    if notes:
        line += "\n\n" + "\n".join(f"- ⚠ {md_escape(_no_paths(w))}" for w in notes)
    if note:
        line += f'\n\n<small class="ks-note">{md_escape(note)}</small>'
    return line


def _article(summary: Summary) -> str:
    """The cleaned article, paragraph by paragraph, each sentence a span with its index."""
    parts: list[str] = ['<p class="ks-p">']
    pos = 0
    text = summary.text
    for sentence in summary.sentences:
        gap = text[pos : sentence.start]
        if "\n" in gap and pos > 0:
            parts.append('</p><p class="ks-p">')
        elif gap:
            parts.append(escape(gap))
        parts.append(f'<span class="ks-s" data-s="{sentence.index}">{escape(sentence.text)}</span>')
        pos = sentence.end
    parts.append("</p>")
    return "".join(parts)


def _cards(summary: Summary) -> str:
    if not summary.sections:
        return '<p class="ks-empty">정책 분야로 나눌 만한 부분을 찾지 못했습니다.</p>'
    cards = []
    for k, section in enumerate(summary.sections):
        items = []
        for bullet in section.bullets:
            warn = "".join(f'<div class="ks-warn">⚠ {escape(w)}</div>' for w in bullet.warnings)
            items.append(
                f'<li class="ks-bullet" tabindex="0" role="button" data-src="{_ids(bullet.sources)}">'
                f"{escape(bullet.text)}{warn}</li>"
            )
        heading = ""
        if section.heading and section.heading != section.area:
            heading = f'<p class="ks-heading">{escape(section.heading)}</p>'
        # The card's label in the article's words, its policy-area tag beside it.
        tag = f'<span class="ks-tag">{escape(section.policy)}</span>' if section.policy else ""
        cards.append(
            f'<div class="ks-card" data-card="{k}"><div class="ks-card-head">'
            f'<h4 class="ks-area" tabindex="0" role="button" data-src="{_ids(section.sentences)}">'
            f"{escape(section.area)}</h4>{tag}</div>{heading}<ul>{''.join(items)}</ul></div>"
        )
    return f'<div class="ks-cards">{"".join(cards)}</div>'


def render_result(summary: Summary) -> str:
    """The result view: summary, area cards, and the article with addressable sentences."""
    title = f'<h2 class="ks-title">{escape(summary.title)}</h2>' if summary.title else ""
    return (
        f'<div class="ks">{title}'
        f'<div class="ks-summary"><h3>요약</h3>'
        f'<p class="ks-summary-text" tabindex="0" role="button" data-src="{_ids(summary.summary_sources)}">'
        f"{escape(summary.summary)}</p></div>"
        f'<div class="ks-areas"><h3>분야별 요약</h3>{_cards(summary)}</div>'
        f'<div class="ks-article"><h3>정리된 기사 <small>항목을 누르면 근거 문장이 강조됩니다</small></h3>'
        f'<div class="ks-article-body">{_article(summary)}</div></div></div>'
    )
