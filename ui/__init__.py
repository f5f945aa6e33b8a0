"""PySide6 screens of the station, one module per screen, per role."""

from ui.pyside_import import skip_feature_scan

skip_feature_scan()
