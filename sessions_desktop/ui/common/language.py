"""Which language the window speaks: the system's, or the one chosen in Settings.

The catalogues are ``.qm`` files compiled from ``translations/*.ts`` and shipped inside the
package (``sessions_desktop/translations``), so an installed app finds them. English is the
language of the source: it needs no catalogue. Qt's own catalogue
(``qtbase_de.qm``, shipped with PySide6) translates its standard buttons and dialogs.

The choice is read once, at start: it takes effect the next time the app starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

CATALOGUES = Path(__file__).resolve().parent.parent.parent / "translations"
PREFIX = "sessions_desktop_"
SETTING = "prefs/language"    # saved with the other preferences (ui/shell/preferences.py)
# (setting value, what Settings shows: each language in its own words)
CHOICES = (("system", ""), ("en", "English"), ("de", "Deutsch"))
LANGUAGES = tuple(code for code, _ in CHOICES if code != "system")

_installed: list[QTranslator] = []


def chosen(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "system") or "system")
    return value if value in dict(CHOICES) else "system"


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the window formats with: the system's, unless a language was chosen whose
    language differs from it; then that language with the system's country where the locale
    data has the pair (English on a German system is en_DE: 24-hour clock, Monday first),
    else that language's own conventions."""
    system = system or QLocale.system()
    wanted = QLocale(choice).language()
    if choice == "system" or wanted == system.language():
        return system
    return QLocale(wanted, system.territory())


def language_of(locale: QLocale) -> str:
    """The catalogue for ``locale``: 'de' for any German locale, 'en' when none fits."""
    name = locale.name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install(choice: str = "system", app: QCoreApplication | None = None,
            system: QLocale | None = None) -> QLocale:
    """Load the catalogues for ``choice`` into ``app`` (replacing earlier ones), make its
    locale the default for every date and time the window writes, and return it."""
    app = app or QCoreApplication.instance()
    assert app is not None, "install() needs a QApplication"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(choice, system)
    QLocale.setDefault(locale)
    language = language_of(locale)
    if language != "en":
        _load(app, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
              f"qtbase_{language}")
        _load(app, CATALOGUES, PREFIX + language)
    return locale


def installed_languages() -> list[str]:
    return [t.language() for t in _installed]


def _load(app: QCoreApplication, folder: Path, name: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
