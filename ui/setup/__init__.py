"""The technician's setup wizard: language, role, hall, server, printer, screen, PIN."""
