"""A refused save in the editor's own words: which field, in the label the person sees.

The service speaks the contract's field names (``all_day``, ``time_reserved_after``); the
editor shows its labels ("All day", "Buffer after"). A violation of a field the form has goes
beside that field; anything else (a conflict, a cancelled session) goes in the line above the
form, with what to do next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    NotFoundError,
    SessionsError,
    StorageError,
    ValidationError,
)

# contract field -> (the editor's field key, the label the person reads)
FORM_FIELDS: dict[str, tuple[str, str]] = {
    "title": ("title", "Title"), "schedule_id": ("schedule", "Schedule"),
    "type": ("type", "Type"), "all_day": ("start", "All day"), "start": ("start", "Starts"),
    "end": ("end", "Ends"), "time_zone": ("time_zone", "Time zone"),
    "location": ("location", "Location"), "capacity": ("capacity", "Capacity"),
    "rate": ("price", "Price"), "time_reserved_after": ("buffer", "Buffer after"),
    "tags": ("tags", "Tags"), "notes": ("notes", "Notes"),
    "participants": ("participants", "Participants"),
    "recurrence": ("recurrence", "Repeat"), "recurrence_dates": ("recurrence", "Repeat"),
    "excluded_dates": ("recurrence", "Repeat"),
    "calendar_conference": ("conference", "Conference link"),
    "external_calendar_overrides": ("external", "External calendar"),
    "affected_schedules": ("staff", "Staff and rooms"),
    "reminders": ("reminders", "Reminders"),
}

_NEXT_STEP = {
    ConflictError: "Someone changed this session while you were editing it. Cancel, open it "
                   "again to see their change, then make yours.",
    NotFoundError: "This session is gone (deleted elsewhere or undone). Cancel to close.",
    FailedPreconditionError: "",
    StorageError: "Nothing was saved. Check the disk and the database file, then try again.",
}


@dataclass(frozen=True, slots=True)
class FormProblems:
    beside: dict[str, str] = field(default_factory=dict)    # editor field key -> message
    above: str = ""                                         # the line above the form


def form_problems(error: SessionsError, fields_shown: frozenset[str] | set[str]) -> FormProblems:
    """Place ``error`` on the form: messages beside the fields it has, the rest above."""
    beside: dict[str, str] = {}
    loose: list[str] = []
    if isinstance(error, ValidationError):
        for violation in error.violations:
            key, label = FORM_FIELDS.get(violation.field, ("", violation.field))
            text = _sentence(violation.description)
            if key in fields_shown:
                beside[key] = f"{label}: {text}" if violation.field == "all_day" else text
            else:
                loose.append(f"{label}: {text}")
    else:
        loose.append(_sentence(error.message))
        step = next((text for kind, text in _NEXT_STEP.items() if isinstance(error, kind)), "")
        if step:
            loose.append(step)
    above = "Not saved. " + " ".join(loose) if loose else \
        "Not saved: correct the fields marked below."
    return FormProblems(beside, above)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
