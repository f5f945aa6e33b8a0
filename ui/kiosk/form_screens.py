"""The service's form at the kiosk: the consent notice, one small page at a time, a review.

Nothing personal is asked before the citizen has read what is collected and
why, and agreed. Each page is checked before the next; the review shows every
answer (personal ones masked) with "Ubah" to go back to its page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kiosk.clock import service_day
from kiosk.domain.form_check import check_field, mask, sex_of
from kiosk.domain.forms import Answer, FormDef
from kiosk.domain.text import Lang
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.field_editor import FieldEditor
from ui.widgets.keyboard import OnScreenKeyboard


class ConsentScreen(PageScreen):
    """What the form collects and why; agree, or skip the form and just take a ticket."""

    agreed = Signal()
    skipped = Signal()

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.form: FormDef | None = None
        self.purpose = self.label("SectionText")
        self.fields = self.label("SectionText")
        row = QHBoxLayout()
        row.setSpacing(16)
        self.body.addLayout(row)
        self.agree_button = self.button("PrimaryButton", self.agreed.emit, row)
        self.skip_button = self.button("SecondaryButton", self.skipped.emit, row)
        self.body.addStretch(1)

    def ask(self, form: FormDef) -> None:
        """Show a form's notice."""
        self.form = form
        self.refresh()

    def refresh(self) -> None:
        lang, form = self.lang, self.form
        self.title.setText(strings.CONSENT_TITLE.get(lang))
        self.hint.setText(strings.CONSENT_INTRO.get(lang))
        self.agree_button.setText(strings.CONSENT_AGREE.get(lang))
        self.skip_button.setText(strings.CONSENT_SKIP.get(lang))
        if form is not None:
            self.purpose.setText(form.purpose.get(lang))
            self.fields.setText("\n".join(f"•  {f.label.get(lang)}" for f in form.fields))


class FormScreen(PageScreen):
    """One page of the form; "Lanjut" checks it before the next."""

    finished = Signal()

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.form: FormDef | None = None
        self.answers: dict[str, Answer] = {}
        self.step = 0
        self.editors: list[FieldEditor] = []
        self._warned: dict[str, Answer] = {}  # warnings shown once per answer, then accepted
        self._fields = QWidget(self.content)
        self._column = QGridLayout(self._fields)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self._fields)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.body.addLayout(row)
        self.previous_button = self.button("SecondaryButton", self._previous, row)
        self.next_button = self.button("PrimaryButton", self._next, row)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.follow_focus(self)
        self.keyboard.submitted.connect(self._keyboard_done)
        self.outer.addWidget(self.keyboard)  # below the page, never over the field
        # The keyboard takes half a small screen: keep the field being typed in on view.
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(0)  # after the layout has made room for the keyboard
        self._reveal_timer.timeout.connect(self._reveal_target)
        self.keyboard.shown_changed.connect(self._reveal_timer.start)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.body.addStretch(1)

    def _keyboard_done(self) -> None:
        """ "Selesai" on the keyboard: on to the next field of the page, or the next page."""
        lines = [e.line for e in self.editors if e.line is not None]
        current = self.keyboard.target()
        later = lines[lines.index(current) + 1 :] if current in lines else []
        if later:
            later[0].setFocus()
        else:
            self._next()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self._reveal_timer.start()

    def _reveal_target(self) -> None:
        target = self.keyboard.target()
        if target is not None and self.keyboard.is_shown():
            self.scroll_area.ensureWidgetVisible(target, 0, 48)

    def start(self, form: FormDef) -> None:
        """Begin a form from its first page, with nothing filled."""
        self.form, self.answers, self.step = form, {}, 0
        self._warned = {}
        self._build_page()

    def go_to(self, step: int) -> None:
        """Show a page again (from the review's "Ubah")."""
        self.step = step
        self._build_page()

    def clear(self) -> None:
        """Forget every answer (idle reset, or a new citizen)."""
        self.form, self.answers, self.step = None, {}, 0
        self._warned = {}
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        self.keyboard.detach()

    def pages(self) -> list[tuple[str, ...]]:
        """The field ids of each page, for the answers given so far."""
        if self.form is None:
            return []
        return [tuple(f.id for f in page) for page in self.form.steps(self.answers)]

    def _build_page(self) -> None:
        for editor in self.editors:
            editor.hide()
            editor.deleteLater()
        self.editors = []
        if self.form is None:
            return
        page = self.form.steps(self.answers)[self.step]
        for index, field in enumerate(page):
            editor = FieldEditor(field, self._fields)
            editor.set_language(self.lang)
            editor.set_answer(self.answers.get(field.id, field.default))
            editor.changed.connect(self._changed)
            self._column.addWidget(editor, index, 0)
            editor.show()
            self.editors.append(editor)
        self.refresh()

    def _changed(self) -> None:
        # A choice may show or hide a follow-up question on this page.
        before = [e.field.id for e in self.editors]
        self._keep_answers()
        if self.form is not None:
            steps = self.form.steps(self.answers)
            now = [f.id for f in steps[self.step]] if self.step < len(steps) else []
            if now != before:
                self._build_page()

    def _keep_answers(self) -> None:
        for editor in self.editors:
            answer = editor.answer()
            if answer is None:
                self.answers.pop(editor.field.id, None)
            else:
                self.answers[editor.field.id] = answer

    def _next(self) -> None:
        if self.form is None:
            return
        self._keep_answers()
        today = service_day(self.station.clock.now())
        female = sex_of(self.answers)
        ok = True
        for editor in self.editors:
            answer = self.answers.get(editor.field.id)
            check = check_field(editor.field, answer, today, female=female)
            message = check.errors[0] if check.errors else None
            # A warning (a real NIK can look odd) stops the page once, then is accepted.
            if message is None and check.warnings and self._warned.get(editor.field.id) != answer:
                message = check.warnings[0]
                self._warned[editor.field.id] = answer if answer is not None else ""
            editor.show_error(message.get(self.lang) if message else None)
            ok = ok and message is None
            if not check.errors and check.answer != "":
                self.answers[editor.field.id] = check.answer
        if not ok:
            return
        if self.step + 1 < len(self.form.steps(self.answers)):
            self.step += 1
            self._build_page()
        else:
            self.keyboard.detach()
            self.finished.emit()

    def _previous(self) -> None:
        self._keep_answers()
        if self.step > 0:
            self.step -= 1
            self._build_page()
        else:
            self.navigator.back()

    def set_language(self, lang: Lang) -> None:
        self.keyboard.set_language(lang)
        for editor in self.editors:
            editor.set_language(lang)
        super().set_language(lang)

    def on_leave(self) -> None:
        self.keyboard.detach()
        super().on_leave()

    def refresh(self) -> None:
        lang = self.lang
        pages = len(self.pages())
        self.title.setText(self.form.title.get(lang) if self.form else "")
        self.hint.setText(strings.form_step(self.step + 1, max(pages, 1)).get(lang))
        self.previous_button.setText(strings.BACK.get(lang))
        self.next_button.setText(strings.NEXT.get(lang))


class ReviewScreen(PageScreen):
    """Every answer (personal ones masked) with "Ubah"; then send and take the ticket."""

    change_requested = Signal(int)  # the page to go back to
    submitted = Signal()

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.form: FormDef | None = None
        self.answers: dict[str, Answer] = {}
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(24)
        self._rows.setVerticalSpacing(12)
        self._rows.setColumnStretch(0, 3)  # the question
        self._rows.setColumnStretch(1, 2)  # the answer; "Ubah" keeps its own size
        self.body.addLayout(self._rows)
        self._row_widgets: list[QWidget] = []
        self.submit_button = self.button("PrimaryButton", self.submitted.emit)
        self.body.addStretch(1)

    def show_answers(self, form: FormDef, answers: dict[str, Answer]) -> None:
        """Fill the review."""
        self.form, self.answers = form, answers
        self.refresh()

    def clear(self) -> None:
        """Forget the answers."""
        self.form, self.answers = None, {}
        self.refresh()

    def refresh(self) -> None:
        lang = self.lang
        self.title.setText(strings.REVIEW_TITLE.get(lang))
        self.hint.setText(strings.REVIEW_HINT.get(lang))
        self.submit_button.setText(strings.SUBMIT_FORM.get(lang))
        for widget in self._row_widgets:
            widget.hide()
            widget.deleteLater()
        self._row_widgets = []
        if self.form is None:
            return
        for page_index, page in enumerate(self.form.steps(self.answers)):
            for field in page:
                if field.id not in self.answers:
                    continue
                self._add_row(field.label.get(lang), self._shown(field.id), page_index)

    def _shown(self, field_id: str) -> str:
        assert self.form is not None
        field = self.form.field(field_id)
        assert field is not None
        value = self.answers[field_id]
        if field.options or field.type.value == "yes_no":
            values = (value,) if isinstance(value, str) else value
            return ", ".join(field.option_label(v).get(self.lang) for v in values)
        return mask(field, value)

    def _add_row(self, label: str, value: str, page: int) -> None:
        row = self._rows.rowCount()
        name, shown = QLabel(label, self.content), QLabel(value, self.content)
        name.setObjectName("FieldLabel")
        shown.setObjectName("SectionText")
        for text in (name, shown):
            text.setWordWrap(True)
        change = QPushButton(strings.CHANGE.get(self.lang), self.content)
        change.setObjectName("SecondaryButton")
        change.clicked.connect(self._changer(page))
        for column, widget in enumerate((name, shown, change)):
            self._rows.addWidget(widget, row, column)
            widget.show()
            self._row_widgets.append(widget)

    def _changer(self, page: int) -> Callable[[], None]:
        def change() -> None:
            self.change_requested.emit(page)

        return change
