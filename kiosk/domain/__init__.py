"""Plain-Python domain: catalogue, opening rules, tickets and the calling order."""
