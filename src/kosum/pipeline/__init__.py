"""kosum.pipeline."""
