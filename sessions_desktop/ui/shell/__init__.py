"""The application shell: the main window, its menus and actions, settings, backups, welcome,
errors, the single window per database, and ``operations``, the one door every write of the
window goes through. The other parts (grid, month, agenda, editor, ...) import the shell's
operation helper, never each other's widgets."""
