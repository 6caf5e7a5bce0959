"""The agenda list."""
