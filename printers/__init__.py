"""Printing: ticket and receipt layouts, ESC/POS and PDF output (stands alone)."""
