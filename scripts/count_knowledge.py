"""Count Korean-news knowledge defined outside its home (pipeline/vocab*): compiled regexes,
inline re calls with a literal pattern, and word lists of 3+ Hangul strings. Target: 0 each.

Usage: python scripts/count_knowledge.py [-v] [SRC_ROOT]
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

HANGUL = re.compile(r"[\uac00-\ud7a3]")
RE_FUNCS = {"search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
HOME = ("vocab", "tuning")


def _literal(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or (isinstance(node, ast.JoinedStr))


def _re_attr(node: ast.AST) -> str | None:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
    ):
        return node.func.attr
    return None


def count_file(path: Path) -> dict[str, list[int]]:
    """Line numbers of compiled regexes, inline literal re calls and Korean word lists."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, list[int]] = {"compiled": [], "inline": [], "wordlists": []}
    for node in ast.walk(tree):
        attr = _re_attr(node)
        if attr == "compile":
            found["compiled"].append(node.lineno)
        elif attr in RE_FUNCS and isinstance(node, ast.Call) and node.args:
            if _literal(node.args[0]):
                found["inline"].append(node.lineno)
        elif isinstance(node, (ast.List, ast.Set, ast.Tuple)):
            hangul = [
                e
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and HANGUL.search(e.value)
            ]
            if len(hangul) >= 3:
                found["wordlists"].append(node.lineno)
    return found


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "src" / "kosum"
    totals = {"compiled": 0, "inline": 0, "wordlists": 0}
    for sub in ("pipeline", "engines"):
        for path in sorted((root / sub).rglob("*.py")):
            rel = path.relative_to(root)
            if any(part.startswith(HOME) for part in rel.parts[1:]):
                continue
            found = count_file(path)
            for key, lines in found.items():
                totals[key] += len(lines)
                if verbose and lines:
                    print(f"{rel}: {key} at {lines}")
    print(
        f"outside the vocab home: {totals['compiled']} compiled regexes, "
        f"{totals['inline']} inline re calls with literal patterns, "
        f"{totals['wordlists']} Korean word lists"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
