"""How often screens with live queue figures read them again while shown."""

LIVE_REFRESH_MS = 10_000
