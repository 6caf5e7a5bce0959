"""The schedules and staff dialog: the form, working hours and the writes it makes."""
