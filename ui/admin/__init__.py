"""The admin menu of every role, behind the admin PIN: diagnostics and staff actions."""
