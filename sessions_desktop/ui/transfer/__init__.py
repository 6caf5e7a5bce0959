"""iCalendar import and export in the window: dialogs, the worker and the flow."""
