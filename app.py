"""kosum's web UI (Gradio) — placeholder until the web UI lands; run ``make run`` for the CLI demo."""

from kosum import summarize

if __name__ == "__main__":
    import sys

    print(summarize(sys.stdin.read()).to_markdown())
