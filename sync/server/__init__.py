"""The reference central server (`mpp-server`)."""
