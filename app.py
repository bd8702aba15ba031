"""kosum's web UI: ``python app.py`` (or ``kosum serve``, or ``make run``) serves it on 127.0.0.1:7860.

The Gradio app is built on kosum's public API; its named HTTP endpoint ``/summarize`` takes an
article's text and returns the summary as JSON.
"""

import kosum

demo = kosum.build_demo()

if __name__ == "__main__":
    kosum.launch(demo)
