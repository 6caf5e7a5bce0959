"""Pure domain: sessions, schedules, recurrence and time. Standard library and dateutil only."""
