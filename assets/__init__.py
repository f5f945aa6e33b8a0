"""Bundled data of the station program: the seed catalogue, fonts and styles."""

from pathlib import Path

#: The folder of these files. They are always files on disk, installed or packaged, so a
#: plain path serves (and `importlib.resources` would load zipfile at every start).
FOLDER = Path(__file__).parent
