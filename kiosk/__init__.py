"""MPP Kiosk station program: domain, local store and use cases (no Qt, no HTTP)."""

__version__ = "0.1.0"
