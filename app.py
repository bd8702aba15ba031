"""kosum's web UI: ``python app.py`` (or ``kosum serve``, or ``make run``) serves it on 127.0.0.1:7860.

The Gradio app is built on kosum's public API; its named HTTP endpoint ``/summarize`` takes an
article's text and returns the summary as JSON. The server offers only the models installed
under the models folders; ``python app.py --allow-download`` also lets users ask for hub models.
"""

import argparse

import kosum

demo = kosum.build_demo()

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=7860, help="port (default: %(default)s)")
    parser.add_argument("--allow-download", action="store_true", help="let users ask for hub models (downloaded)")
    args = parser.parse_args()
    if args.allow_download:
        demo = kosum.build_demo(allow_download=True)
    kosum.launch(demo, host=args.host, port=args.port)
