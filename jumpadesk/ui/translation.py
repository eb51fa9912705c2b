"""The window in the person's own language (issue 22): Qt's translators and the locale.

`translate(context, text, disambiguation=None, n=-1)` is every visible sentence of the
window: `QCoreApplication.translate`, found by `pyside6-lupdate` under that name and
filled from `resources/translations/jumpadesk_<code>.qm` (compiled from the .ts by
`pyside6-lrelease` at set-up and in the bundle). Contexts are the modules' names
("booking_dialog"), so the catalogue says where a sentence is shown.

`install_language(app)` decides the language once, before the first window: the
environment or the saved choice (jumpadesk.language), else the system locale Qt reports,
and then loads jumpadesk's catalogue and Qt's own (`qtbase_<code>.qm`, so Yes, No and
Cancel translate too) and makes that language's QLocale the default, so dates, weekday
names and the clock follow it. The words said below the window (jumpadesk.language)
are told the same language.

The locale's dates: `day_caps(day)` ("MO", "MON"), `short_day(day)` ("Mo., 7. Dez."),
`week_title(monday)` ("7.–13. Dezember 2026", "7 – 13 December 2026").
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from jumpadesk import language

log = logging.getLogger(__name__)

#: The translators installed, kept alive as long as the application (Qt does not own them).
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language; `%n` is `n` in a plural."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Marks a sentence kept in a constant for the catalogue (pyside6-lupdate finds it by
    this name); it is said with `translate(context, constant)` where it is shown."""
    return text


def decide_language() -> str:
    """The window's language: JUMPADESK_LANGUAGE, the saved choice, else the system's,
    the locale Qt reports when the environment names none."""
    return language.decide(QLocale.system().name().split("_")[0].lower())


def _locale_for(code: str) -> QLocale:
    """The QLocale of a language: the system's when it speaks it (de_AT stays Austrian),
    else the language's main country's."""
    system = QLocale.system()
    if system.name().split("_")[0].lower() == code or (
            code == language.SOURCE and system.language() == QLocale.Language.C):
        return system
    return QLocale(code)


def install_language(app: QCoreApplication, code: str | None = None) -> str:
    """Load jumpadesk's and Qt's catalogues for the language and make its locale the
    default; returns the language's code. English loads nothing but the locale."""
    code = decide_language() if code is None else code
    language.use(code)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = _locale_for(code)
    QLocale.setDefault(locale)
    if code == language.SOURCE:
        return code
    ours = QTranslator(app)
    qm = language.catalogue_folder() / f"jumpadesk_{code}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled catalogue at %s (run pyside6-lrelease on the .ts)", qm)
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return code


def day_caps(day: date, locale: QLocale | None = None) -> str:
    """The weekday's short name in capitals, as the week's header shows it ("MO", "MON")."""
    locale = locale or QLocale()
    name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return name.rstrip(".").upper()


def short_day(day: date, locale: QLocale | None = None) -> str:
    """A day in short ("Mon 7 Dec", "Mo., 7. Dez."), in the locale's order."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day),
                           translate("translation", "ddd d MMM",
                                     "a short date: weekday, day, month"))


def long_day(day: date, locale: QLocale | None = None) -> str:
    """A day in full ("Monday 7 December 2026", "Montag, 7. Dezember 2026")."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day),
                           translate("translation", "dddd d MMMM yyyy",
                                     "a long date: weekday, day, month, year"))


def weekday_name(day: date, locale: QLocale | None = None) -> str:
    """The weekday's full name ("Monday", "Montag")."""
    return (locale or QLocale()).dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def week_title(monday: date, locale: QLocale | None = None) -> str:
    """The week's days as a heading in the locale's order, each month and year said once:
    "7 – 13 December 2026", "7.–13. Dezember 2026", "December 7 – 13, 2026",
    "30 November – 6 December 2026", "28 Dec 2026 – 3 Jan 2027"."""
    locale = locale or QLocale()
    sunday = monday + timedelta(days=6)
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "")
    dotted = "d." in long_format
    month_first = (locale.language() != QLocale.Language.C
                   and 0 <= long_format.find("M") < long_format.find("d"))

    def said(day: date, month: str, year: bool) -> str:
        if dotted:
            pattern = f"d. {month}"
        elif month_first:
            pattern = f"{month} d"
        else:
            pattern = f"d {month}"
        if year:
            pattern += ", yyyy" if month_first else " yyyy"
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    if monday.year != sunday.year:
        return f"{said(monday, 'MMM', True)} \u2013 {said(sunday, 'MMM', True)}"
    year = str(sunday.year)
    if monday.month != sunday.month:
        if month_first:
            return f"{said(monday, 'MMMM', False)} \u2013 {said(sunday, 'MMMM', False)}, {year}"
        return f"{said(monday, 'MMMM', False)} \u2013 {said(sunday, 'MMMM', False)} {year}"
    if dotted:
        return f"{monday.day}.\u2013{said(sunday, 'MMMM', False)} {year}"
    if month_first:
        return f"{said(monday, 'MMMM', False)} \u2013 {sunday.day}, {year}"
    return f"{monday.day} \u2013 {said(sunday, 'MMMM', False)} {year}"


#: A made-up phone number in each country's own way of writing it, as a placeholder
#: (numbers set aside for fiction where the country has them).
_PHONE_EXAMPLES = {
    QLocale.Country.Germany: "+49 30 1234567",
    QLocale.Country.Austria: "+43 1 2345678",
    QLocale.Country.Switzerland: "+41 44 123 45 67",
    QLocale.Country.UnitedStates: "+1 555 010 0123",
    QLocale.Country.Canada: "+1 555 010 0123",
    QLocale.Country.UnitedKingdom: "+44 20 7946 0123",
    QLocale.Country.France: "+33 1 23 45 67 89",
}


def phone_example(locale: QLocale | None = None) -> str:
    """The phone field's placeholder for the locale's country; none where it is not known
    (a German number is no help in Ohio)."""
    return _PHONE_EXAMPLES.get((locale or QLocale()).territory(), "")


__all__ = ["QT_TRANSLATE_NOOP", "day_caps", "decide_language", "install_language", "long_day",
           "phone_example", "short_day", "translate", "week_title", "weekday_name"]
