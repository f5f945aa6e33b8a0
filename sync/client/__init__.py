"""The station's sync client: pushes the outbox, follows the server's feed, leases numbers."""
