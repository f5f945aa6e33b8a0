"""Sync between stations and the central server: wire protocol, client and server."""
