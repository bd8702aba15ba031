"""``python -m kosum``."""

from .interfaces.cli import main

main()
