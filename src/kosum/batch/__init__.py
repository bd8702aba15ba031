"""kosum.batch."""
