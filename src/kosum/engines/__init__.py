"""kosum.engines."""
