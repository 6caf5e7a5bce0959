"""Everything one gesture needs to ask, gathered so it is asked once, in one dialog.

A drop of a booked class of a series used to raise up to three questions in a row: "it
clashes, save anyway?", "this session, the following ones or all?", "write to the
participants?". ``GestureQuestions`` holds what applies to this gesture; the ui shows only
those parts, in one dialog, and nothing at all when none applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessions_desktop.domain.enums import Scope
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate

SCOPES = (
    (Scope.THIS, QT_TRANSLATE_NOOP("Questions", "This session")),
    (Scope.FOLLOWING, QT_TRANSLATE_NOOP("Questions", "This and the following sessions")),
    (Scope.ALL, QT_TRANSLATE_NOOP("Questions", "All sessions of the series")),
)


@dataclass(frozen=True, slots=True)
class GestureQuestions:
    verb: str                 # "Move", "Resize", "Cancel", "Delete", "Change"
    title: str                # the session's title as shown
    conflict: str = ""        # why the new time clashes ("" when it does not)
    scope: bool = False       # a series instance: how far does it reach?
    recipients: int = 0       # participants with an address who could be told
    when: str = ""            # the new time, as the window writes it ("Thu 26 Nov, 18:00 – 19:00")

    @property
    def needed(self) -> bool:
        return bool(self.conflict or self.scope or self.recipients)

    @property
    def heading(self) -> str:
        if self.when:
            headings = {"Move": translate("GestureQuestions", "Move “{title}” to {when}?"),
                        "Resize": translate("GestureQuestions", "Change “{title}” to {when}?"),
                        "Change": translate("GestureQuestions", "Change “{title}” ({when})?")}
        else:
            headings = {
                "Move": translate("GestureQuestions", "Move “{title}”?"),
                "Resize": translate("GestureQuestions", "Change the length of “{title}”?"),
                "Cancel": translate("GestureQuestions", "Cancel “{title}”?"),
                "Delete": translate("GestureQuestions", "Delete “{title}”?"),
                "Change": translate("GestureQuestions", "Change “{title}”?"),
            }
        text = headings.get(self.verb, headings["Change"])
        return text.format(title=self.title, when=self.when)

    @property
    def clash(self) -> str:
        """The clash as a sentence: 'Outside Ben's working hours.'"""
        text = self.conflict.strip()
        if not text:
            return ""
        text = text[0].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."

    @property
    def confirm_text(self) -> str:
        """The button that does it: the verb itself, or "Save anyway" over a clash."""
        if self.conflict:
            return translate("GestureQuestions", "Save anyway")
        return {
            "Resize": translate("GestureQuestions", "Change length"),
            "Cancel": translate("GestureQuestions", "Cancel session"),
            "Delete": translate("GestureQuestions", "Delete"),
            "Move": translate("GestureQuestions", "Move"),
            "Change": translate("GestureQuestions", "Change"),
        }.get(self.verb, self.verb)

    @property
    def keep_text(self) -> str:
        """The button that writes nothing ("Cancel" would read as "cancel the session")."""
        return (
            translate("GestureQuestions", "Keep it")
            if self.verb == "Cancel"
            else translate("GestureQuestions", "Don't change")
        )

    @property
    def tell_text(self) -> str:
        people = (
            translate("GestureQuestions", "1 participant")
            if self.recipients == 1
            else translate("GestureQuestions", "{recipients} participants").format(
                recipients=self.recipients
            )
        )
        return translate(
            "GestureQuestions",
            "Write to the {people} (an e-mail draft opens in your "
            "mail program; nothing is sent until you send it)",
        ).format(people=people)


@dataclass(frozen=True, slots=True)
class GestureAnswer:
    scope: Scope | None = None   # None for a session that is not part of a series
    tell: bool = False


def answer_without_asking(questions: GestureQuestions) -> GestureAnswer | None:
    """The answer when nothing needs asking; None when something does."""
    return None if questions.needed else GestureAnswer()
