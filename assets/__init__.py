"""Bundled data of the station program: the seed catalogue, fonts and styles."""
