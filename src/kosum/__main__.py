"""``python -m kosum``."""

from .cli import main

main()
