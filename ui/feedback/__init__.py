"""The citizen's satisfaction survey (SKM) and complaint (pengaduan) screens."""
