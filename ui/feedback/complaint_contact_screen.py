"""Complaints, step 4 (optional): a phone number or e-mail address for the answer.

Said plainly on the page: it is kept private and used only to answer. Once entered it is
shown masked (a phone's last three digits, an e-mail's domain), here and on paper.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.complaint import ComplaintInvalid, check_contact
from kiosk.station import Station
from ui.feedback import strings
from ui.feedback.drafts import ComplaintDraft
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.private_field import PrivateField
from ui.feedback.problem_line import ProblemLine
from ui.navigator import Navigator

#: Longer than any phone number or sensible e-mail address.
CONTACT_LENGTH = 80


class ComplaintContactScreen(FeedbackPage):
    """Emits `finished` with a valid contact in the draft, or none."""

    finished = Signal()

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, draft: ComplaintDraft
    ) -> None:
        super().__init__(station, navigator, parent, keyboard=True)
        self.draft = draft
        self.private = self.label("PrivacyNote")
        self.field = PrivateField(CONTACT_LENGTH, self.content)
        self.field.returnPressed.connect(self._entered)
        self.field.textEdited.connect(self._typed)
        self.field.reopened.connect(self._reopened)
        self.body.addWidget(self.field)
        self.masked_note = self.label("FieldNote")
        self.error = ProblemLine(self.content, self.body)
        self.body.addStretch(1)
        self.skip_button = self.action("SecondaryButton", self._skip)
        self.next_button = self.action("PrimaryButton", self._next)
        assert self.keyboard is not None
        self.keyboard.submitted.connect(self._entered)

    def _typed(self) -> None:
        if self.error.problem is not None:
            self.error.say(None, self.lang)

    def _reopened(self) -> None:
        self.draft.contact = ""
        self.refresh()

    def _entered(self) -> bool:
        """Check what was typed; mask it if it is a contact. False: it needs fixing."""
        if self.field.masked:
            return True
        try:
            contact = check_contact(self.field.text())
        except ComplaintInvalid as invalid:
            self.error.say(invalid.message, self.lang)
            return False
        self.draft.contact = contact.value if contact else ""
        self.done_typing()
        if contact is not None:
            self.field.hide_value(contact.masked)
        self.refresh()
        return True

    def _next(self) -> None:
        if self._entered():
            self.finished.emit()

    def _skip(self) -> None:
        self.clear()
        self.finished.emit()

    def clear(self) -> None:
        """No contact."""
        self.draft.contact = ""
        self.field.reopen()
        self.error.say(None, self.lang)
        self.done_typing()
        self.refresh()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.CONTACT_TITLE.get(lang))
        self.hint.setText(strings.CONTACT_HINT.get(lang))
        self.private.setText(strings.CONTACT_PRIVATE.get(lang))
        self.field.setPlaceholderText(strings.CONTACT_PLACEHOLDER.get(lang))
        self.masked_note.setText(strings.TOUCH_TO_RETYPE.get(lang))
        self.masked_note.setVisible(self.field.masked)
        self.skip_button.setText(strings.SKIP.get(lang))
        self.next_button.setText(strings.NEXT.get(lang))
        self.error.relabel(lang)
