"""kosum.engines: peers behind one interface (:mod:`.base`), found by name in :mod:`.registry`."""
