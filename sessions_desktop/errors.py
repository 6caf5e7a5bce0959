"""One error hierarchy with stable codes, shared by every layer (contract: Concurrency and errors).

The GUI shows ``str(error)``; the command line prints ``CODE: message`` and exits non-zero.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldViolation:
    """One violated field of a request: which field and why."""

    field: str
    description: str

    def __str__(self) -> str:
        return f"{self.field}: {self.description}"


class SessionsError(Exception):
    """Base of every error the service layer raises on purpose."""

    code = "UNKNOWN"
    exit_status = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(SessionsError):
    """Bad input; lists every violated field at once, never only the first."""

    code = "INVALID_ARGUMENT"
    exit_status = 2

    def __init__(self, violations: list[FieldViolation] | FieldViolation | str,
                 field: str = "request") -> None:
        if isinstance(violations, str):
            violations = [FieldViolation(field, violations)]
        elif isinstance(violations, FieldViolation):
            violations = [violations]
        self.violations: tuple[FieldViolation, ...] = tuple(violations)
        super().__init__("; ".join(str(v) for v in self.violations))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(v.field for v in self.violations)


class NotFoundError(SessionsError):
    code = "NOT_FOUND"
    exit_status = 3


class ConflictError(SessionsError):
    """A stale ``expected_version``: somebody else changed the session first."""

    code = "CONFLICT"
    exit_status = 4


class FailedPreconditionError(SessionsError):
    """The request is well formed but the target's state forbids it (e.g. a cancelled session)."""

    code = "FAILED_PRECONDITION"
    exit_status = 5


class StorageError(SessionsError):
    """The database is unreadable, not SQLite, locked too long, or the disk is full."""

    code = "STORAGE"
    exit_status = 6


class Violations:
    """Collects field violations so a validator reports all of them in one error."""

    def __init__(self) -> None:
        self.items: list[FieldViolation] = []

    def add(self, field: str, description: str) -> None:
        self.items.append(FieldViolation(field, description))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(list(self.items))
