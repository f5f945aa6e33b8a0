"""Use cases that the screens, the CLI and sync call; they return frozen DTOs."""
