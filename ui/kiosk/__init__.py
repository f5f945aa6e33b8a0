"""Screens of the citizen kiosk."""
