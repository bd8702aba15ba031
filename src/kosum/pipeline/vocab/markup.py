"""Markup patterns: what the linear pre-check of a saved page counts before anything parses it."""

from __future__ import annotations

import re

#: A start tag, an end tag or a comment's start. Quoted values are read whole (they may hold "<"
#: or ">"); the quantifiers are possessive and the closing ">" optional, so a tag never closed
#: costs one scan and never a backtrack.
MARKUP_TAG = re.compile(r"""<(?:(!--)|(/?)([a-zA-Z][^\s/<>]*+)((?:[^<>"']++|"[^"]*+"|'[^']*+')*+))""")
#: One attribute in a tag: a name, and a value if it has one.
MARKUP_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'<>]*+))?+""")
#: Elements that hold raw text, not tags (their end is found by name).
RAW_TEXT_END = {name: re.compile(f"</{name}", re.IGNORECASE) for name in ("script", "style", "textarea", "title")}
#: The charset a page declares in its first bytes: ``<meta charset="euc-kr">`` or
#: ``<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">`` (bytes, before decoding).
META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
