"""PySide6 screens of the station, one module per screen, per role."""
