"""Turn off PySide's `__feature__` import hook, which reads every later module's source.

Once PySide6 is imported it replaces `builtins.__import__` with `__feature_import__`,
which serves `from __feature__ import snake_case, true_property`. After each import it
also runs `inspect.getsource` on the new module to see whether the word "PySide6"
occurs in it. For an installed station that means reading and keeping in `linecache`
every source file the station loads after Qt: about 460 files, 60 ms of the loader's
time and 20 MB that stays for the life of the kiosk (a frozen build has no sources, so
it never paid this).

The program never selects a feature. A module missing from PySide's feature table is
treated exactly like one marked "does not use PySide" (the last selection, here
always none), so going straight to the import PySide chained behind its hook
(`builtins.__orig_import__`, which keeps its lazy loading of Qt modules) changes
nothing but the cost.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook this module removes)


def skip_feature_scan() -> bool:
    """Import through the hook PySide chained behind its feature hook; True if done."""
    feature_import = getattr(builtins, "__feature_import__", None)
    chained = getattr(builtins, "__orig_import__", None)
    if chained is None or builtins.__import__ is not feature_import:
        return False
    builtins.__import__ = chained
    return True
