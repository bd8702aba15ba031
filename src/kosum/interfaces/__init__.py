"""kosum.interfaces."""
