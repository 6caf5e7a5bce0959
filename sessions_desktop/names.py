"""The application's names, in one place: what people read, what files and folders are called."""

APP_NAME = "Sessions Desktop"            # window titles, menus, About, the calendar's default name
APP_ID = "sessions-desktop"              # data, log and backup folders, the icon, the desktop entry
APP_ORGANISATION = "SessionsDesktop"     # QSettings' organisation
