<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/about.py" line="+17"/>
        <source>Qt 6 and PySide6</source>
        <translation>Qt 6 und PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL-3.0 (used as shared libraries)</source>
        <translation>LGPL-3.0 (als gemeinsam genutzte Bibliotheken verwendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apache-2.0 or BSD-3-Clause</source>
        <translation>Apache-2.0 oder BSD-3-Clause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Sessions Desktop {escape}&lt;/h2&gt;&lt;p&gt;A desktop calendar for small businesses, with the semantics of the Wix Bookings Sessions API, kept in one SQLite file on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {escape2}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {escape3}&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; {escape4}&lt;/p&gt;&lt;p&gt;Qt {escape5}, PySide6 {escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Sessions Desktop {escape}&lt;/h2&gt;&lt;p&gt;Ein Desktop-Kalender für kleine Unternehmen mit der Semantik der Wix Bookings Sessions API, gespeichert in einer SQLite-Datei auf diesem Computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt; {escape2}&lt;br&gt;&lt;b&gt;Sicherungen:&lt;/b&gt; {escape3}&lt;br&gt;&lt;b&gt;Protokolldatei:&lt;/b&gt; {escape4}&lt;/p&gt;&lt;p&gt;Qt {escape5}, PySide6 {escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenzen&lt;/b&gt;&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="+22"/>
        <source>About Sessions Desktop</source>
        <translation>Über Sessions Desktop</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../sessions_desktop/ui/agenda/agenda_model.py" line="+33"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions in these 30 days</source>
        <translation>Keine Termine in diesen 30 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time_text} – {time_text2}</source>
        <translation>{time_text} – {time_text2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>  (today)</source>
        <translation>  (heute)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/backup_actions.py" line="+40"/>
        <source>The backup failed: {exc}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+18"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A calendar on a database server is restored with pg_restore (see the README).</source>
        <translation>Ein Kalender auf einem Datenbankserver wird mit pg_restore wiederhergestellt (siehe README).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An in-memory database has no backups.</source>
        <translation>Eine Datenbank im Arbeitsspeicher hat keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace everything in the calendar with the backup made {describe}?

What is there now is backed up first.</source>
        <translation>Den gesamten Kalender durch die Sicherung vom {describe} ersetzen?

Der jetzige Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored: {exc}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {exc}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/backups_dialog.py" line="+19"/>
        <source>at start</source>
        <translation>beim Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backed up by you</source>
        <translation>von Ihnen gesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value:,.0f} KB</source>
        <translation>{value:,.0f} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} — {get} — {size}</source>
        <translation>{when} — {get} — {size}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a backup to restore. What is in the calendar now is backed up first, so a restore can be undone the same way.&lt;br&gt;&lt;small&gt;{folder}&lt;/small&gt;</source>
        <translation>Wählen Sie eine Sicherung zum Wiederherstellen. Der jetzige Stand des Kalenders wird vorher gesichert, sodass sich eine Wiederherstellung auf demselben Weg rückgängig machen lässt.&lt;br&gt;&lt;small&gt;{folder}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No backups yet. One is made each time Sessions Desktop starts.</source>
        <translation>Noch keine Sicherungen. Bei jedem Start von Sessions Desktop wird eine angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>CalendarData</name>
    <message>
        <location filename="../sessions_desktop/presentation/calendar_data.py" line="+104"/>
        <source>{name} is not available: {value}</source>
        <translation>{name} ist nicht verfügbar: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is already booked: {value}</source>
        <translation>{name} ist bereits gebucht: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outside {name}&apos;s working hours</source>
        <translation>außerhalb der Arbeitszeiten von {name}</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <location filename="../sessions_desktop/ui/common/chart_painter.py" line="+83"/>
        <source>Nothing to chart in this period</source>
        <translation>In diesem Zeitraum gibt es nichts darzustellen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>threshold {value_text}</source>
        <translation>Schwelle {value_text}</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/clipboard_actions.py" line="+39"/>
        <location line="+96"/>
        <source>Copy session</source>
        <translation>Termin kopieren</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+42"/>
        <source>Cut session</source>
        <translation>Termin ausschneiden</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+67"/>
        <source>Paste session</source>
        <translation>Termin einfügen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied “{title}”. Choose a time and press Ctrl+V to paste it.</source>
        <translation>„{title}“ kopiert. Wählen Sie eine Zeit und drücken Sie Strg+V zum Einfügen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cut “{title}”. Choose a time and press Ctrl+V to paste it.</source>
        <translation>„{title}“ ausgeschnitten. Wählen Sie eine Zeit und drücken Sie Strg+V zum Einfügen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to paste: copy a session first (select it, then Ctrl+C).</source>
        <translation>Nichts zum Einfügen: Kopieren Sie zuerst einen Termin (auswählen, dann Strg+C).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pasted “{title}”, {when}.</source>
        <translation>„{title}“ eingefügt, {when}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a session first (click it, or Tab to it).</source>
        <translation>Wählen Sie zuerst einen Termin aus (anklicken oder mit Tab hingehen).</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/tools/closure_dialog.py" line="+54"/>
        <location line="+23"/>
        <source>Close the business</source>
        <translation>Betrieb schließen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Closed for holidays</source>
        <translation>Wegen Urlaub geschlossen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every staff member and room is blocked on these days. Sessions in them:</source>
        <translation>An diesen Tagen sind alle Mitarbeiter und Räume gesperrt. Termine in diesem Zeitraum:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No sessions on these days.</source>
        <translation>Keine Termine an diesen Tagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel this session</source>
        <translation>Diesen Termin absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel these {n} sessions</source>
        <translation>Diese {n} Termine absagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close for at most {MAX_DAYS} days at a time.</source>
        <translation>Schließen Sie höchstens {MAX_DAYS} Tage am Stück.</translation>
    </message>
</context>
<context>
    <name>ColumnPointer</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/resource_pointer.py" line="+101"/>
        <source>{time_text} – {time_text2}  {name}</source>
        <translation>{time_text} – {time_text2}  {name}</translation>
    </message>
</context>
<context>
    <name>ColumnTile</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/resource_items.py" line="+75"/>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/columns_dialog.py" line="+33"/>
        <source>Resource columns</source>
        <translation>Ressourcenspalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Columns of the staff and rooms views, left to right (drag a name or use Up and Down):</source>
        <translation>Spalten der Mitarbeiter- und Raumansichten, von links nach rechts (Namen ziehen oder „Nach oben“ und „Nach unten“ verwenden):</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/conflicts.py" line="+84"/>
        <source>Changed at another desk</source>
        <translation>An einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session</source>
        <translation>Dieser Termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;“{title}” was changed at another desk&lt;/b&gt; after your window showed it, so “{label}” was not saved.</source>
        <translation>&lt;b&gt;„{title}“ wurde an einem anderen Arbeitsplatz geändert&lt;/b&gt;, nachdem Ihr Fenster ihn angezeigt hatte; „{label}“ wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;On your screen&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Saved now&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Auf Ihrem Bildschirm&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Jetzt gespeichert&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Reload&lt;/b&gt; shows what is saved now. &lt;b&gt;Keep mine&lt;/b&gt; {describe_wanted}.</source>
        <translation>&lt;b&gt;Neu laden&lt;/b&gt; zeigt, was jetzt gespeichert ist. &lt;b&gt;Meine behalten&lt;/b&gt; {describe_wanted}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location line="-72"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not on your screen)</source>
        <translation>(nicht auf Ihrem Bildschirm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>moves it to {when} anyway</source>
        <translation>verschiebt ihn trotzdem auf {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saves your change{what} on top of it</source>
        <translation>speichert Ihre Änderung{what} darüber</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/database_switch.py" line="+15"/>
        <source>Leave the password out of the address: put it in ~/.pgpass (or the file PGPASSFILE names, or a PGSERVICE entry). Settings never keep passwords.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Legen Sie es in ~/.pgpass ab (oder in der Datei, die PGPASSFILE nennt, oder in einem PGSERVICE-Eintrag). Die Einstellungen speichern nie Passwörter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a file path or a postgresql://user@host:port/dbname address.</source>
        <translation>Geben Sie einen Dateipfad oder eine Adresse postgresql://benutzer@host:port/dbname ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That calendar could not be opened: {exc}</source>
        <translation>Dieser Kalender konnte nicht geöffnet werden: {exc}</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../sessions_desktop/presentation/describe.py" line="+73"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>{time} to {time2}</source>
        <translation>{time} bis {time2}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{day} to {day2}</source>
        <translation>{day} bis {day2}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff: {staff}</source>
        <translation>Mitarbeiter: {staff}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room: {places}</source>
        <translation>Raum: {places}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{total_number_of_participants} of {capacity} places booked</source>
        <translation>{total_number_of_participants} von {capacity} Plätzen gebucht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a series</source>
        <translation>Teil einer Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown}, {time}</source>
        <translation>{shown}, {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}, {column}</source>
        <translation>{day}, {column}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>1 session</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{busy} sessions</source>
        <translation>{busy} Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}. {state}.</source>
        <translation>{where}. {state}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sessions</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} sessions</source>
        <translation>{count} Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state}. Today.</source>
        <translation>{state}. Heute.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 more session</source>
        <translation>1 weiterer Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more sessions</source>
        <translation>{count} weitere Termine</translation>
    </message>
</context>
<context>
    <name>DesktopFeatures</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/desktop.py" line="+68"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Create a schedule</source>
        <translation>Zeitplan anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schedules dialog is not in this build yet. Load the sample business to look around, or create one on the command line:

sessions-desktop schedules --help</source>
        <translation>Der Zeitplan-Dialog ist in diesem Build noch nicht enthalten. Laden Sie das Beispielunternehmen, um sich umzusehen, oder legen Sie einen Zeitplan auf der Kommandozeile an:

sessions-desktop schedules --help</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import .ics</source>
        <translation>.ics importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing from the window is not in this build yet. Use the command line:

sessions-desktop import FILE.ics</source>
        <translation>Das Importieren aus dem Fenster ist in diesem Build noch nicht enthalten. Verwenden Sie die Kommandozeile:

sessions-desktop import DATEI.ics</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not logging</source>
        <translation>keine Protokollierung</translation>
    </message>
</context>
<context>
    <name>DialogActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/dialog_actions.py" line="+33"/>
        <source>Services and staff…</source>
        <translation>Leistungen und Mitarbeiter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a free slot…</source>
        <translation>Freie Zeit finden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../sessions_desktop/ui/printing/documents.py" line="+33"/>
        <source>{view_name} as shown on screen</source>
        <translation>{view_name} wie auf dem Bildschirm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{view_name}: {period_title}</source>
        <translation>{view_name}: {period_title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Day roster {isoformat} ({who})</source>
        <translation>Tagesplan {isoformat} ({who})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Class list: {title}</source>
        <translation>Teilnehmerliste: {title}</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/flow.py" line="+46"/>
        <location line="+93"/>
        <source>Edit session</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A change to the repeat rule reaches the whole series or this and the following sessions, not one session alone.</source>
        <translation>Eine Änderung der Wiederholungsregel betrifft die ganze Serie oder diesen und die folgenden Termine, nicht einen einzelnen Termin.</translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/widgets.py" line="+84"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer after</source>
        <translation>Puffer danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference link</source>
        <translation>Konferenzlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External calendar</source>
        <translation>Externer Kalender</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} ⚠</source>
        <translation>{name} ⚠</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/exception_dialog.py" line="+189"/>
        <source>{name__}: {value}</source>
        <translation>{name__}: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ({file}:{line})</source>
        <translation> ({file}:{line})</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location line="-114"/>
        <source>Sessions Desktop {version__}, Python {python_version}, PySide6 {qt_version}, {platform}</source>
        <translation>Sessions Desktop {version__}, Python {python_version}, PySide6 {qt_version}, {platform}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Sessions Desktop hit an unexpected problem.&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;Your saved changes are safe. You can continue, or quit and start again. If it happens again, please send the details below.</source>
        <translation>&lt;b&gt;Sessions Desktop ist auf ein unerwartetes Problem gestoßen.&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;Ihre gespeicherten Änderungen sind sicher. Sie können weitermachen oder das Programm beenden und neu starten. Wenn es wieder passiert, senden Sie bitte die Details unten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log file: {log_path}</source>
        <translation>Protokolldatei: {log_path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/transfer/export_dialog.py" line="+53"/>
        <source>Export .ics</source>
        <translation>.ics exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export which sessions?</source>
        <translation>Welche Termine exportieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole calendar</source>
        <translation>Den ganzen Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions between</source>
        <translation>Termine zwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of these schedules:</source>
        <translation>Termine dieser Zeitpläne:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per staff member (into a folder)</source>
        <translation>Eine Datei pro Mitarbeiter (in einen Ordner)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Include working hours</source>
        <translation>Arbeitszeiten einschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include time off (sessions tagged Blocked)</source>
        <translation>Abwesenheiten einschließen (Termine mit dem Schlagwort Blocked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include personal information (participants, location)</source>
        <translation>Persönliche Daten einschließen (Teilnehmer, Ort)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one schedule.</source>
        <translation>Kreuzen Sie mindestens einen Zeitplan an.</translation>
    </message>
</context>
<context>
    <name>ExternalEdit</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/fields.py" line="+158"/>
        <source>Title in external calendars</source>
        <translation>Titel in externen Kalendern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description in external calendars</source>
        <translation>Beschreibung in externen Kalendern</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../sessions_desktop/ui/reminders/features.py" line="+28"/>
        <source>The session starts before then; the reminder was not snoozed.</source>
        <translation>Der Termin beginnt vorher; die Erinnerung wurde nicht verschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions Desktop keeps running in the tray and will remind you. Quit from the tray icon&apos;s menu or File › Quit.</source>
        <translation>Sessions Desktop läuft im Infobereich weiter und erinnert Sie. Beenden Sie es über das Menü des Symbols im Infobereich oder über Datei › Beenden.</translation>
    </message>
</context>
<context>
    <name>FeedPublisher</name>
    <message>
        <location filename="../sessions_desktop/ui/transfer/feeds.py" line="+61"/>
        <source>The feeds for phones were not published: {error}</source>
        <translation>Die Feeds für Telefone wurden nicht veröffentlicht: {error}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Publishing feeds for phones into {folder}.</source>
        <translation>Feeds für Telefone werden in {folder} veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/feedback.py" line="+60"/>
        <source>Not undone: {undo_text}.</source>
        <translation>Nicht rückgängig gemacht: {undo_text}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {text}.</source>
        <translation>Rückgängig gemacht: {text}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redone: {text}.</source>
        <translation>Wiederhergestellt: {text}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: {text}.</source>
        <translation>Erledigt: {text}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;a href=&quot;{link}&quot;&gt;{value}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{link}&quot;&gt;{value}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>FlowActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/flow_actions.py" line="+28"/>
        <source>Go to date…</source>
        <translation>Gehe zu Datum…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move or resize with the keyboard</source>
        <translation>Mit der Tastatur verschieben oder Dauer ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff week</source>
        <translation>Mitarbeiterwoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sessions</source>
        <translation>Termine suchen</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../sessions_desktop/presentation/form_errors.py" line="+25"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer after</source>
        <translation>Puffer danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference link</source>
        <translation>Konferenzlink</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>External calendar</source>
        <translation>Externer Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed this session while you were editing it. Cancel, open it again to see their change, then make yours.</source>
        <translation>Jemand hat diesen Termin geändert, während Sie ihn bearbeitet haben. Brechen Sie ab, öffnen Sie ihn erneut, um die Änderung zu sehen, und nehmen Sie dann Ihre vor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session is gone (deleted elsewhere or undone). Cancel to close.</source>
        <translation>Dieser Termin existiert nicht mehr (anderswo gelöscht oder rückgängig gemacht). Brechen Sie ab, um zu schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved. Check the disk and the database file, then try again.</source>
        <translation>Es wurde nichts gespeichert. Prüfen Sie den Datenträger und die Datenbankdatei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved. </source>
        <translation>Nicht gespeichert. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: correct the fields marked below.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die unten markierten Felder.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../sessions_desktop/presentation/formatting.py" line="+44"/>
        <source>{hour}:{minute:02d} {value}</source>
        <translation>{hour}:{minute:02d} {value}</translation>
    </message>
</context>
<context>
    <name>Freedesktop</name>
    <message>
        <location filename="../sessions_desktop/ui/reminders/freedesktop.py" line="+55"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze {n} min</source>
        <translation>In {n} Min. erinnern</translation>
    </message>
</context>
<context>
    <name>GestureDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/gesture_dialog.py" line="+43"/>
        <source>⚠ {clash}</source>
        <translation>⚠ {clash}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This session is part of a series. Which sessions?</source>
        <translation>Dieser Termin gehört zu einer Serie. Welche Termine?</translation>
    </message>
</context>
<context>
    <name>GestureQuestions</name>
    <message>
        <location filename="../sessions_desktop/presentation/questions.py" line="+39"/>
        <source>Move “{title}” to {when}?</source>
        <translation>„{title}“ auf {when} verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change “{title}” to {when}?</source>
        <translation>„{title}“ auf {when} ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change “{title}” ({when})?</source>
        <translation>„{title}“ ändern ({when})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move “{title}”?</source>
        <translation>„{title}“ verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the length of “{title}”?</source>
        <translation>Die Dauer von „{title}“ ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel “{title}”?</source>
        <translation>„{title}“ absagen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change “{title}”?</source>
        <translation>„{title}“ ändern?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t change</source>
        <translation>Nicht ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 participant</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{recipients} participants</source>
        <translation>{recipients} Teilnehmer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to the {people} (an e-mail draft opens in your mail program; nothing is sent until you send it)</source>
        <translation>An die {people} schreiben (ein E-Mail-Entwurf öffnet sich in Ihrem Mailprogramm; nichts wird gesendet, bevor Sie es senden)</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/go_to_date.py" line="+40"/>
        <source>Go to date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for example 2027-03-15 or 15 March</source>
        <translation>zum Beispiel 2027-03-15 oder 15. März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That is not a date. Type one such as 2027-03-15 or 15 March 2027, or pick it in the calendar.</source>
        <translation>Das ist kein Datum. Geben Sie eines wie 2027-03-15 oder 15. März 2027 ein oder wählen Sie es im Kalender.</translation>
    </message>
</context>
<context>
    <name>GridKeys</name>
    <message>
        <location filename="../sessions_desktop/ui/grid/grid_keys.py" line="+149"/>
        <source>{time_text} – {time_text2}</source>
        <translation>{time_text} – {time_text2}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../sessions_desktop/ui/grid/week_view.py" line="+67"/>
        <source>Time grid</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Show the day</source>
        <translation>Den Tag zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{time_text}  {value}</source>
        <translation>{time_text}  {value}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 session at {time_text}</source>
        <translation>1 Termin um {time_text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sessions at {time_text}</source>
        <translation>{count} Termine um {time_text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{time_text} – {time_text2}</source>
        <translation>{time_text} – {time_text2}</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../sessions_desktop/ui/transfer/import_dialogs.py" line="+27"/>
        <source>As recorded in the file</source>
        <translation>Wie in der Datei angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 session</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:,} sessions</source>
        <translation>{n:,} Termine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 changed instance</source>
        <translation>1 geänderter Einzeltermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:,} changed instances</source>
        <translation>{n:,} geänderte Einzeltermine</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>1 broken part</source>
        <translation>1 beschädigter Teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:,} broken parts</source>
        <translation>{n:,} beschädigte Teile</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>… and {value:,} more</source>
        <translation>… und {value:,} weitere</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="+32"/>
        <source>Import .ics</source>
        <translation>.ics importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick a schedule, or type the name of a new one</source>
        <translation>Wählen Sie einen Zeitplan oder geben Sie den Namen eines neuen ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into schedule:</source>
        <translation>In Zeitplan:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import what is readable (skip the broken parts)</source>
        <translation>Lesbares importieren (beschädigte Teile überspringen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file_name}: {plural}</source>
        <translation>{file_name}: {plural}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{recurring:,} recurring</source>
        <translation>{recurring:,} wiederkehrend</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> ({join})</source>
        <translation> ({join})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {new:,} new, {updates:,} already here (to update).</source>
        <translation>; {new:,} neu, {updates:,} bereits vorhanden (werden aktualisiert).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
The file has {plural}: by default nothing is imported from a damaged file.</source>
        <translation>
Die Datei hat {plural}: Aus einer beschädigten Datei wird standardmäßig nichts importiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} ({count:,})</source>
        <translation>{name} ({count:,})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the file: </source>
        <translation>Aus der Datei: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions to import.</source>
        <translation>Keine Termine zum Importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
New schedules: </source>
        <translation>
Neue Zeitpläne: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot be represented</source>
        <translation>Nicht darstellbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped ({n_skipped:,})</source>
        <translation>Übersprungen ({n_skipped:,})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All {sessions:,} sessions go to {name!r}</source>
        <translation>Alle {sessions:,} Termine kommen in {name!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a new schedule)</source>
        <translation> (ein neuer Zeitplan)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="+20"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file_name}: {plural} created, {updated:,} updated</source>
        <translation>{file_name}: {plural} angelegt, {updated:,} aktualisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, {plural}</source>
        <translation>, {plural}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {n_skipped:,} skipped.</source>
        <translation>, {n_skipped:,} übersprungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Into: </source>
        <translation>
In: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
New schedules: </source>
        <translation>
Neue Zeitpläne: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Edit &gt; Undo removes what this import added.</source>
        <translation>
Bearbeiten &gt; Rückgängig entfernt, was dieser Import hinzugefügt hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped components</source>
        <translation>Übersprungene Komponenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not represented</source>
        <translation>Nicht dargestellt</translation>
    </message>
</context>
<context>
    <name>InheritField</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/inherit.py" line="+21"/>
        <source>series</source>
        <translation>der Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule</source>
        <translation>dem Zeitplan</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the {source}&apos;s value again</source>
        <translation>Wieder den Wert aus {source} verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherited from the {source}; click to set this session&apos;s own value</source>
        <translation>Übernommen aus {source}; klicken, um einen eigenen Wert für diesen Termin festzulegen</translation>
    </message>
</context>
<context>
    <name>KeyboardMove</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/keyboard_move.py" line="+34"/>
        <source>Move earlier</source>
        <translation>Früher verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End earlier</source>
        <translation>Früher enden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move later</source>
        <translation>Später verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End later</source>
        <translation>Später enden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a day earlier</source>
        <translation>Einen Tag früher verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End a day earlier</source>
        <translation>Einen Tag früher enden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a day later</source>
        <translation>Einen Tag später verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End a day later</source>
        <translation>Einen Tag später enden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a session first (Tab goes through them), then use Alt+arrows.</source>
        <translation>Wählen Sie zuerst einen Termin aus (Tab geht sie durch) und verwenden Sie dann Alt+Pfeiltasten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Moving “{title}” to {when}. Let go of Alt to save, Escape to cancel.</source>
        <translation>„{title}“ wird auf {when} verschoben. Alt loslassen zum Speichern, Esc zum Abbrechen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing “{title}” to {when}. Let go of Alt to save, Escape to cancel.</source>
        <translation>„{title}“ wird auf {when} geändert. Alt loslassen zum Speichern, Esc zum Abbrechen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved.</source>
        <translation>Nicht verschoben.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/language_settings.py" line="+22"/>
        <source>Language and time</source>
        <translation>Sprache und Zeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day and week grids show this zone&apos;s hours in a second column.</source>
        <translation>Die Tages- und Wochenansicht zeigt die Stunden dieser Zone in einer zweiten Spalte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second time zone</source>
        <translation>Zweite Zeitzone</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Takes effect the next time Sessions Desktop starts.</source>
        <translation>Wirkt beim nächsten Start von Sessions Desktop.</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/live_refresh.py" line="+49"/>
        <source>Shared calendar: connected</source>
        <translation>Gemeinsamer Kalender: verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made at other desks appear here within a second.</source>
        <translation>Änderungen an anderen Arbeitsplätzen erscheinen hier innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to the database server again; the calendar was reloaded.</source>
        <translation>Wieder mit dem Datenbankserver verbunden; der Kalender wurde neu geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline: cannot reach the database server</source>
        <translation>Offline: Datenbankserver nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{message}.
The calendar shows what was last loaded; changes are refused until the server is back. Reconnecting by itself.</source>
        <translation>{message}.
Der Kalender zeigt den zuletzt geladenen Stand; Änderungen werden abgelehnt, bis der Server wieder erreichbar ist. Die Verbindung wird selbstständig wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the last loaded view; changes wait for the server.</source>
        <translation>Zuletzt geladene Ansicht; Änderungen warten auf den Server.</translation>
    </message>
</context>
<context>
    <name>LocationEdit</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/fields.py" line="-121"/>
        <source>Business location</source>
        <translation>Adresse des Betriebs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street, town</source>
        <translation>Straße, Ort</translation>
    </message>
</context>
<context>
    <name>Mailto</name>
    <message>
        <location filename="../sessions_desktop/presentation/mailto.py" line="+29"/>
        <source>{start:%A %d %B %Y, %H:%M}–{end:%H:%M}</source>
        <translation>{start:%d.%m.%Y, %H:%M}–{end:%H:%M}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New time: {title}</source>
        <translation>Neue Zeit: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

“{title}” has moved.

Was: {when_text}
Now: {when_text2}

See you there!
</source>
        <translation>Hallo,

„{title}“ wurde verschoben.

Bisher: {when_text}
Jetzt: {when_text2}

Bis dann!
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: {title}</source>
        <translation>Abgesagt: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

Unfortunately “{title}” on {when_text} is cancelled.

We are sorry for the inconvenience.
</source>
        <translation>Hallo,

leider fällt „{title}“ am {when_text} aus.

Wir bitten um Entschuldigung.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{first:%A %d %B}</source>
        <translation>{first:%d.%m.}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first:%A %d %B} to {last:%A %d %B %Y}</source>
        <translation>{first:%d.%m.} bis {last:%d.%m.%Y}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {reason}</source>
        <translation>Abgesagt: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

We are closed {value} {days} ({reason}). These sessions are cancelled:

{lines}

We are sorry for the inconvenience.
</source>
        <translation>Hallo,

wir haben {value} {days} geschlossen ({reason}). Diese Termine fallen aus:

{lines}

Wir bitten um Entschuldigung.
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/main_window.py" line="+131"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 session shown</source>
        <translation>1 Termin angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:,} sessions shown</source>
        <translation>{n:,} Termine angezeigt</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../sessions_desktop/ui/month/month_view.py" line="+162"/>
        <source>+{more} more</source>
        <translation>+{more} weitere</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{time_text} {title}</source>
        <translation>{time_text} {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} {chip_title}{state}</source>
        <translation>{when} {chip_title}{state}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/notify.py" line="+38"/>
        <source>1 participant</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} participants</source>
        <translation>{n} Teilnehmer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” {what}. Write to the {people}? An e-mail draft opens in your mail program; nothing is sent until you send it.</source>
        <translation>„{value}“ {what}. An die {people} schreiben? Ein E-Mail-Entwurf öffnet sich in Ihrem Mailprogramm; nichts wird gesendet, bevor Sie es senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session</source>
        <translation>Der Termin</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>was cancelled</source>
        <translation>wurde abgesagt</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location line="-71"/>
        <source>Tell participants</source>
        <translation>Teilnehmer benachrichtigen</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../sessions_desktop/ui/common/paper.py" line="+175"/>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/participants.py" line="+48"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party size</source>
        <translation>Personenzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give a name or an e-mail address</source>
        <translation>Geben Sie einen Namen oder eine E-Mail-Adresse an</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <location line="-49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location line="+85"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{booked} booked (no capacity set)</source>
        <translation>{booked} gebucht (keine Kapazität festgelegt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{booked} booked of {capacity}: overbooked by {value}</source>
        <translation>{booked} von {capacity} gebucht: um {value} überbucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>color: #c0392b; font-weight: 600;</source>
        <translation>color: #c0392b; font-weight: 600;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{booked} booked of {capacity}, {value} left</source>
        <translation>{booked} von {capacity} gebucht, {value} frei</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../sessions_desktop/presentation/people.py" line="+95"/>
        <source>Closed: {value}</source>
        <translation>Geschlossen: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../sessions_desktop/ui/reports/periods.py" line="+12"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next 4 weeks</source>
        <translation>Nächste 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../sessions_desktop/ui/reminders/popup.py" line="+11"/>
        <source>Snooze {n} min</source>
        <translation>In {n} Min. erinnern</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/preferences.py" line="+44"/>
        <source>visible hours must start before they end</source>
        <translation>die sichtbaren Stunden müssen vor ihrem Ende beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working hours must start before they end</source>
        <translation>die Arbeitszeiten müssen vor ihrem Ende beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snap must be one of {join} minutes</source>
        <translation>das Raster muss {join} Minuten betragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>theme must be one of {join}</source>
        <translation>das Design muss eines von {join} sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new session lasts 5 minutes to 24 hours</source>
        <translation>ein neuer Termin dauert 5 Minuten bis 24 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language must be one of {join}</source>
        <translation>die Sprache muss eine von {join} sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the second time zone is not a known zone</source>
        <translation>die zweite Zeitzone ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first day of the week is 0 (Monday) to 6 (Sunday)</source>
        <translation>der erste Wochentag ist 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/preview.py" line="+56"/>
        <source>Change the series</source>
        <translation>Die Serie ändern</translation>
    </message>
</context>
<context>
    <name>PriceEdit</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/fields.py" line="+39"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay what you can</source>
        <translation>Preis nach Wahl</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../sessions_desktop/ui/printing/print_actions.py" line="+31"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{value}, {date_text} {time_text}</source>
        <translation>{value}, {date_text} {time_text}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/printing/print_dialog.py" line="+49"/>
        <source>class list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The view on screen</source>
        <translation>Die Ansicht auf dem Bildschirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day roster (one page per person)</source>
        <translation>Tagesplan (eine Seite pro Person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class list of the selected session</source>
        <translation>Teilnehmerliste des ausgewählten Termins</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone with bookings that day</source>
        <translation>Alle mit Buchungen an diesem Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print participants&apos; names and phone numbers</source>
        <translation>Namen und Telefonnummern der Teilnehmer drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal information stays off paper unless you tick this.</source>
        <translation>Persönliche Daten kommen nur aufs Papier, wenn Sie dies ankreuzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black and white</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ink</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Select a session in the calendar to print its class list.</source>
        <translation>Wählen Sie im Kalender einen Termin aus, um seine Teilnehmerliste zu drucken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pages</source>
        <translation>{n} Seiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The PDF was not saved: {exc}</source>
        <translation>Das PDF wurde nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {target}</source>
        <translation>{target} gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/transfer/publish_dialog.py" line="+25"/>
        <source>Sessions Desktop keeps one calendar file per staff member, and one for the whole business, in this folder, and rewrites them after every change. Put the folder in a synced folder (Nextcloud, Dropbox, iCloud Drive, ...) and subscribe to a file&apos;s link on a phone: the phone then shows that person&apos;s sessions. Working hours and time off are left out.</source>
        <translation>Sessions Desktop legt in diesem Ordner eine Kalenderdatei pro Mitarbeiter und eine für den ganzen Betrieb ab und schreibt sie nach jeder Änderung neu. Legen Sie den Ordner in einen synchronisierten Ordner (Nextcloud, Dropbox, iCloud Drive, ...) und abonnieren Sie den Link einer Datei auf einem Telefon: Das Telefon zeigt dann die Termine dieser Person. Arbeitszeiten und Abwesenheiten werden weggelassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publish feeds for phones</source>
        <translation>Feeds für Telefone veröffentlichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the feeds into this folder:</source>
        <translation>Die Feeds in diesem Ordner veröffentlichen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A folder, e.g. ~/Nextcloud/Studio feeds</source>
        <translation>Ein Ordner, z. B. ~/Nextcloud/Studio-Feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include personal information (participants, location)</source>
        <translation>Persönliche Daten einschließen (Teilnehmer, Ort)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Publish feeds into</source>
        <translation>Feeds veröffentlichen in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the whole path of the folder.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../sessions_desktop/presentation/questions.py" line="-76"/>
        <source>This session</source>
        <translation>Dieser Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following sessions</source>
        <translation>Dieser und die folgenden Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sessions of the series</source>
        <translation>Alle Termine der Serie</translation>
    </message>
</context>
<context>
    <name>QuickCreate</name>
    <message>
        <location filename="../sessions_desktop/ui/grid/quick_create.py" line="+40"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {start} – {end}</source>
        <translation>{day}, {start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/read_only.py" line="+18"/>
        <source>This database is open read-only: its file, its folder or its disk does not allow writing. You can look at it and export it, but not change it.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet: Ihre Datei, ihr Ordner oder ihr Datenträger erlaubt kein Schreiben. Sie können sie ansehen und exportieren, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — {APP_NAME}</source>
        <translation>{name} — {APP_NAME}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database is open read-only</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} (read-only)</source>
        <translation>{path} (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: changes are off</source>
        <translation>Schreibgeschützt: Änderungen sind aus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/recurrence_editor.py" line="+42"/>
        <location line="+259"/>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on day…</source>
        <translation>Monatlich am Tag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the Nth weekday</source>
        <translation>Monatlich am n-ten Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the last weekday</source>
        <translation>Monatlich am letzten Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (RRULE)</source>
        <translation>Eigene Regel (RRULE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+200"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the</source>
        <translation>am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next dates</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held</source>
        <translation>Findet nicht statt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>times</source>
        <translation>Malen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{when} — excluded</source>
        <translation>{when} — ausgenommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} — cancelled</source>
        <translation>{when} — abgesagt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
</context>
<context>
    <name>RefusalBox</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/error_dialog.py" line="+35"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../sessions_desktop/presentation/refusals.py" line="+25"/>
        <source>The session was not created.</source>
        <translation>Der Termin wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not moved.</source>
        <translation>Der Termin wurde nicht verschoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session&apos;s length was not changed.</source>
        <translation>Die Dauer des Termins wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes were not saved.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not deleted.</source>
        <translation>Der Termin wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not cancelled.</source>
        <translation>Der Termin wurde nicht abgesagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not restored.</source>
        <translation>Der Termin wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy was not made.</source>
        <translation>Die Kopie wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not pasted.</source>
        <translation>Der Termin wurde nicht eingefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not cut.</source>
        <translation>Der Termin wurde nicht ausgeschnitten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session could not be opened.</source>
        <translation>Der Termin konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms could not be checked, so nothing was saved.</source>
        <translation>Mitarbeiter und Räume konnten nicht geprüft werden, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move session</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize session</source>
        <translation>Termindauer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit session</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete session</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore session</source>
        <translation>Termin wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate session</source>
        <translation>Termin duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste session</source>
        <translation>Termin einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut session</source>
        <translation>Termin ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session</source>
        <translation>Termin öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check staff and rooms</source>
        <translation>Mitarbeiter und Räume prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import </source>
        <translation>Import </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported from {rest}.</source>
        <translation>Aus {rest} wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give to </source>
        <translation>Zuweisen an </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not given to {rest}.</source>
        <translation>Der Termin wurde nicht an {rest} zugewiesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take off </source>
        <translation>Entfernen von </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not taken off {rest}.</source>
        <translation>Der Termin wurde nicht von {rest} entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change what is named above and try again.</source>
        <translation>Ändern Sie, was oben genannt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this session at another desk after your window showed it. Reload to see their change, then make yours again.</source>
        <translation>Jemand hat diesen Termin an einem anderen Arbeitsplatz geändert, nachdem Ihr Fenster ihn angezeigt hatte. Laden Sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was deleted elsewhere or undone. Nothing else was changed.</source>
        <translation>Er wurde anderswo gelöscht oder rückgängig gemacht. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved. Check the disk and the database file (Help › About shows where it is), then try again.</source>
        <translation>Es wurde nichts gespeichert. Prüfen Sie den Datenträger und die Datenbankdatei (Hilfe › Über zeigt, wo sie liegt) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{label}” was not done.</source>
        <translation>„{label}“ wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was changed. If it happens again, copy the details below into a message to whoever helps you with the calendar.</source>
        <translation>Es wurde nichts geändert. Wenn es wieder passiert, kopieren Sie die Details unten in eine Nachricht an die Person, die Ihnen mit dem Kalender hilft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{label}: {sentence}</source>
        <translation>{label}: {sentence}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>ReminderEdit</name>
    <message>
        <location filename="../sessions_desktop/ui/common/reminder_edit.py" line="+52"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../sessions_desktop/ui/reminders/popup.py" line="+11"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../sessions_desktop/ui/common/reminder_edit.py" line="-39"/>
        <location line="+1"/>
        <source>Remove this reminder</source>
        <translation>Diese Erinnerung entfernen</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../sessions_desktop/presentation/reminder_text.py" line="+20"/>
        <source>{n} week before</source>
        <translation>{n} Woche vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} weeks before</source>
        <translation>{n} Wochen vorher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} day before</source>
        <translation>{n} Tag vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days before</source>
        <translation>{n} Tage vorher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} hour before</source>
        <translation>{n} Stunde vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hours before</source>
        <translation>{n} Stunden vorher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} minute before</source>
        <translation>{n} Minute vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} minutes before</source>
        <translation>{n} Minuten vorher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts now, at {time}.</source>
        <translation>Beginnt jetzt, um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts at {time}, in {n} minute.</source>
        <translation>Beginnt um {time}, in {n} Minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at {time}, in {n} minutes.</source>
        <translation>Beginnt um {time}, in {n} Minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at {time}, in {n} hour.</source>
        <translation>Beginnt um {time}, in {n} Stunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at {time}, in {n} hours.</source>
        <translation>Beginnt um {time}, in {n} Stunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on {date} at {time}.</source>
        <translation>Beginnt am {date} um {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day on {date}.</source>
        <translation>Ganztägig am {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../sessions_desktop/ui/reminders/tray.py" line="+57"/>
        <source>Next sessions</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the next day</source>
        <translation>Nichts in den nächsten 24 Stunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snooze the last reminder</source>
        <translation>Letzte Erinnerung verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show {APP_NAME}</source>
        <translation>{APP_NAME} anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{day} {time}  {elide}</source>
        <translation>{day} {time}  {elide}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../sessions_desktop/ui/reports/report_actions.py" line="+22"/>
        <source>Reports…</source>
        <translation>Berichte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../sessions_desktop/ui/common/report_format.py" line="+30"/>
        <source>{date_text} {time_text}</source>
        <translation>{date_text} {time_text}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printed {toString}</source>
        <translation>Gedruckt {toString}</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <location filename="../sessions_desktop/ui/reports/report_paper.py" line="+36"/>
        <source>{value_text} – {value_text2}</source>
        <translation>{value_text} – {value_text2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all classes</source>
        <translation>alle Kurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all services</source>
        <translation>alle Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all staff</source>
        <translation>alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all rooms</source>
        <translation>alle Räume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {by}</source>
        <translation>nach {by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>threshold {value_text}</source>
        <translation>Schwelle {value_text}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {n_shown:,} of {n_rows:,} rows; the CSV export has them all.</source>
        <translation>Die ersten {n_shown:,} von {n_rows:,} Zeilen; der CSV-Export enthält alle.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../sessions_desktop/ui/reports/report_words.py" line="+17"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff time</source>
        <translation>Arbeitszeit der Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By service</source>
        <translation>Nach Leistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By service and week</source>
        <translation>Nach Leistung und Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By service and month</source>
        <translation>Nach Leistung und Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per staff member</source>
        <translation>Stunden pro Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per room</source>
        <translation>Stunden pro Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked outside hours</source>
        <translation>Außerhalb der Zeiten gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-booked</source>
        <translation>Doppelt gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places booked</source>
        <translation>Gebuchte Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overbooked</source>
        <translation>Überbucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below threshold</source>
        <translation>Unter der Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill by week</source>
        <translation>Auslastung nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill by month</source>
        <translation>Auslastung nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by week</source>
        <translation>Umsatz nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All classes</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Alle Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overbooked</source>
        <translation>überbucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double-booked</source>
        <translation>doppelt gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside hours</source>
        <translation>außerhalb der Zeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions below {n}</source>
        <translation>Termine unter {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below {n}</source>
        <translation>unter {n}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../sessions_desktop/ui/reports/reports_window.py" line="+58"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff time</source>
        <translation>Arbeitszeit der Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All classes</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Alle Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All staff</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes filled below this are listed</source>
        <translation>Kurse, die weniger gefüllt sind, werden aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>Unter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{n_names} chosen</source>
        <translation>{n_names} ausgewählt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{title} ({n_rows})</source>
        <translation>{title} ({n_rows})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: made in {seconds:.2f} s</source>
        <translation>{title}: erstellt in {seconds:.2f} s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name__}: {exc}</source>
        <translation>{name__}: {exc}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not made: {text}</source>
        <translation>Nicht erstellt: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {what} was not saved: {exc}</source>
        <translation>{what} wurde nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {target}</source>
        <translation>{target} gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ResourceColumns</name>
    <message>
        <location filename="../sessions_desktop/presentation/resource_columns.py" line="+19"/>
        <source>No staff or room</source>
        <translation>Kein Mitarbeiter oder Raum</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/resource_header.py" line="+27"/>
        <source>No staff or rooms to show: add them in Schedules &gt; Services and staff, or tick them.</source>
        <translation>Keine Mitarbeiter oder Räume anzuzeigen: Legen Sie sie unter Zeitpläne &gt; Leistungen und Mitarbeiter an oder kreuzen Sie sie an.</translation>
    </message>
</context>
<context>
    <name>ResourceMenus</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/resource_menus.py" line="+46"/>
        <source>Show cancelled sessions</source>
        <translation>Abgesagte Termine anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource columns…</source>
        <translation>Ressourcenspalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the business…</source>
        <translation>Betrieb schließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore session</source>
        <translation>Termin wiederherstellen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Show only this</source>
        <translation>Nur diesen anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show {name}&apos;s week</source>
        <translation>Woche von {name} anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day}  {when}  {label}</source>
        <translation>{day}  {when}  {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ({people})</source>
        <translation>  ({people})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the business</source>
        <translation>Betrieb schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed {first} – {last}; 1 session cancelled</source>
        <translation>Geschlossen {first} – {last}; 1 Termin abgesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed {first} – {last}; {n} sessions cancelled</source>
        <translation>Geschlossen {first} – {last}; {n} Termine abgesagt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n_cancelled} sessions were cancelled. Write to the {people}? An e-mail draft opens in your mail program; nothing is sent until you send it.</source>
        <translation>{n_cancelled} Termine wurden abgesagt. An die {people} schreiben? Ein E-Mail-Entwurf öffnet sich in Ihrem Mailprogramm; nichts wird gesendet, bevor Sie es senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <location filename="../sessions_desktop/ui/common/resource_picker.py" line="+55"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/resource_view.py" line="+138"/>
        <source>{when} {title}</source>
        <translation>{when} {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (with {people})</source>
        <translation> (mit {people})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n_hidden} more: </source>
        <translation>{n_hidden} weitere: </translation>
    </message>
</context>
<context>
    <name>ResourceWeek</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/resource_week.py" line="+142"/>
        <source> ({people})</source>
        <translation> ({people})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <location filename="../sessions_desktop/presentation/rule_summary.py" line="+29"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second to last</source>
        <translation>vorletzten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} days</source>
        <translation>Alle {n} Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} weeks</source>
        <translation>Alle {n} Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} months</source>
        <translation>Alle {n} Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} years</source>
        <translation>Alle {n} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} hours</source>
        <translation>Alle {n} Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} minutes</source>
        <translation>Alle {n} Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every second</source>
        <translation>Jede Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every {n} seconds</source>
        <translation>Alle {n} Sekunden</translation>
    </message>
    <message>
        <location line="+138"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weekdays</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last day</source>
        <translation>letzten Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}th</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}st</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n}nd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}rd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{nth} to last day</source>
        <translation>{nth} Tag vor Monatsende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the {ordinal} {name}</source>
        <translation>{ordinal} {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+5"/>
        <source> on </source>
        <translation> am </translation>
    </message>
    <message>
        <location line="-10"/>
        <source> of </source>
        <translation> im </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source> in </source>
        <translation> im </translation>
    </message>
    <message>
        <location line="-10"/>
        <source> on the </source>
        <translation> am </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{d} {m}</source>
        <translation>{d}. {m}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> ({join})</source>
        <translation> ({join})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, until {long_date}</source>
        <translation>, bis {long_date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {count} session</source>
        <translation>, {count} Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {count} sessions</source>
        <translation>, {count} Termine</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../sessions_desktop/ui/schedules/schedule_form.py" line="+41"/>
        <source>Appointment</source>
        <translation>Einzeltermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Kursreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service defaults</source>
        <translation>Vorgaben der Leistung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default duration</source>
        <translation>Standarddauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add time off…</source>
        <translation>Abwesenheit hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time off (blocked)</source>
        <translation>Abwesenheit (gesperrt)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Give the schedule a name</source>
        <translation>Geben Sie dem Zeitplan einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour looks like #3a7bd5</source>
        <translation>Die Farbe hat die Form #3a7bd5</translation>
    </message>
</context>
<context>
    <name>ScheduleWriter</name>
    <message>
        <location filename="../sessions_desktop/ui/schedules/schedule_ops.py" line="+38"/>
        <source>Archive schedule</source>
        <translation>Zeitplan archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore schedule</source>
        <translation>Zeitplan wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add time off</source>
        <translation>Abwesenheit hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove time off</source>
        <translation>Abwesenheit entfernen</translation>
    </message>
</context>
<context>
    <name>SchedulesDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/schedules/schedules_dialog.py" line="+107"/>
        <source>Schedules and staff</source>
        <translation>Zeitpläne und Mitarbeiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+139"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>New service</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New staff or room</source>
        <translation>Neuer Mitarbeiter oder Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff, rooms and equipment</source>
        <translation>Mitarbeiter, Räume und Ausstattung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} (whole day)</source>
        <translation>{days} (ganztägig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when}  {title}</source>
        <translation>{when}  {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/scope_dialog.py" line="+15"/>
        <source>This session</source>
        <translation>Dieser Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and following</source>
        <translation>Dieser und folgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sessions</source>
        <translation>Alle Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{action} recurring session</source>
        <translation>Wiederkehrender Termin: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} only this session, this and the following ones, or every session of the series?</source>
        <translation>{action}: nur diesen Termin, diesen und die folgenden oder alle Termine der Serie?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep them</source>
        <translation>Beibehalten</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../sessions_desktop/ui/tools/search_panel.py" line="+38"/>
        <source>Search sessions</source>
        <translation>Termine suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, tag, participant name or e-mail</source>
        <translation>Titel, Schlagwort, Name oder E-Mail eines Teilnehmers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{when}   {title}</source>
        <translation>{when}   {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n_found} found</source>
        <translation>{n_found} gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
</context>
<context>
    <name>SeriesDiff</name>
    <message>
        <location filename="../sessions_desktop/presentation/series_diff.py" line="+18"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conference link</source>
        <translation>Konferenzlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external calendar text</source>
        <translation>Text für externe Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+47"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>SeriesPreview</name>
    <message>
        <location line="-33"/>
        <source>every session from {first} on (the series has no end)</source>
        <translation>jeden Termin ab {first} (die Serie hat kein Ende)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session from {first}</source>
        <translation>1 Termin ab {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sessions from {first}</source>
        <translation>{n} Termine ab {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This changes {many}.</source>
        <translation>Dies ändert {many}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These changed sessions keep their own values:</source>
        <translation>Diese geänderten Termine behalten ihre eigenen Werte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  • {date_text}: {join}</source>
        <translation>  • {date_text}: {join}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No changed session keeps its own value for these fields.</source>
        <translation>Kein geänderter Termin behält einen eigenen Wert für diese Felder.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/session_actions.py" line="+101"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created “{title}”, {when}.</source>
        <translation>„{title}“ angelegt, {when}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check staff and rooms</source>
        <translation>Mitarbeiter und Räume prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lines}

Save anyway?</source>
        <translation>{lines}

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Move session</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize session</source>
        <translation>Termindauer ändern</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Moved “{title}” to {when}.</source>
        <translation>„{title}“ auf {when} verschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resized “{title}”: now {when}.</source>
        <translation>Dauer von „{title}“ geändert: jetzt {when}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete session</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled “{title}”.</source>
        <translation>„{title}“ abgesagt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Duplicate session</source>
        <translation>Termin duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated “{title}”.</source>
        <translation>„{title}“ dupliziert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open session</source>
        <translation>Termin öffnen</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/dialog.py" line="+76"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit session</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Differs from its series: </source>
        <translation>Weicht von seiner Serie ab: </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A series keeps its rule; cancel this and the following sessions to end it</source>
        <translation>Eine Serie behält ihre Regel; sagen Sie diesen und die folgenden Termine ab, um sie zu beenden</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../sessions_desktop/presentation/session_form.py" line="+45"/>
        <source>“{text}” is not an e-mail address</source>
        <translation>„{text}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount must be a number, like 20 or 12.50</source>
        <translation>Der Betrag muss eine Zahl sein, etwa 20 oder 12.50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative</source>
        <translation>Der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a three-letter currency code, like EUR</source>
        <translation>Geben Sie einen dreistelligen Währungscode an, etwa EUR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At most {MAX_TITLE} characters (now {n_title})</source>
        <translation>Höchstens {MAX_TITLE} Zeichen (jetzt {n_title})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end must be after the start</source>
        <translation>Das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{time_zone}” is not a known time zone</source>
        <translation>„{time_zone}“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the address, or choose the business location</source>
        <translation>Geben Sie die Adresse ein oder wählen Sie die Adresse des Betriebs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A link starts with https:// or http://</source>
        <translation>Ein Link beginnt mit https:// oder http://</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/settings_actions.py" line="+71"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be used: {exc}</source>
        <translation>{name} kann nicht verwendet werden: {exc}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/settings_dialog.py" line="+45"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Business</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Linden Movement Studio</source>
        <translation>z. B. Linden Movement Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business name</source>
        <translation>Name des Betriebs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the week</source>
        <translation>Erster Wochentag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visible hours</source>
        <translation>Sichtbare Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default working hours</source>
        <translation>Standard-Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New sessions last</source>
        <translation>Neue Termine dauern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap times to</source>
        <translation>Zeiten einrasten auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show reminders as desktop notifications</source>
        <translation>Erinnerungen als Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the window keeps Sessions Desktop running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Sessions Desktop im Infobereich weiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This desktop has no system tray, so closing the window quits.</source>
        <translation>Dieser Desktop hat keinen Infobereich; das Schließen des Fensters beendet das Programm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another calendar: a file, or postgresql://user@host:5432/dbname</source>
        <translation>Ein anderer Kalender: eine Datei oder postgresql://benutzer@host:5432/dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a time zone from the list.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New sessions and the calendar use this zone.</source>
        <translation>Neue Termine und der Kalender verwenden diese Zeitzone.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../sessions_desktop/ui/printing/sheets.py" line="+29"/>
        <source>Names and phone numbers left out (personal information was not chosen).</source>
        <translation>Namen und Telefonnummern weggelassen (persönliche Daten wurden nicht gewählt).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{booked} booked</source>
        <translation>{booked} gebucht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ×{party_size}</source>
        <translation> ×{party_size}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{booked} / {capacity}</source>
        <translation>{booked} / {capacity}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time off: {one_line}</source>
        <translation>Abwesenheit: {one_line}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Day roster · {day}</source>
        <translation>Tagesplan · {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · working {hours}</source>
        <translation> · arbeitet {hours}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+14"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Nothing booked on this day.</source>
        <translation>An diesem Tag ist nichts gebucht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day roster</source>
        <translation>Tagesplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No staff member or room has anything booked on this day.</source>
        <translation>Kein Mitarbeiter und kein Raum hat an diesem Tag etwas gebucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class list: {one_line}</source>
        <translation>Teilnehmerliste: {one_line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{service} · places booked: {value}</source>
        <translation>{service} · gebuchte Plätze: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/shortcuts_dialog.py" line="+19"/>
        <source>Drag on empty time</source>
        <translation>Auf freier Zeit ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a session</source>
        <translation>Einen Termin anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a session</source>
        <translation>Einen Termin ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it</source>
        <translation>Ihn verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a session&apos;s edge</source>
        <translation>Den Rand eines Termins ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize it</source>
        <translation>Seine Dauer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape during a drag</source>
        <translation>Esc während des Ziehens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the drag</source>
        <translation>Das Ziehen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Strg + Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the hours</source>
        <translation>Die Stunden zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a session</source>
        <translation>Doppelklick auf einen Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>Ihn öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a session to another column (Staff and rooms)</source>
        <translation>Einen Termin in eine andere Spalte ziehen (Mitarbeiter und Räume)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it to that staff member or room</source>
        <translation>Ihn diesem Mitarbeiter oder Raum zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a schedule in the sidebar</source>
        <translation>Doppelklick auf einen Zeitplan in der Seitenleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show it alone (again: all)</source>
        <translation>Nur ihn anzeigen (erneut: alle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next or previous session</source>
        <translation>Den nächsten oder vorherigen Termin auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (day and week)</source>
        <translation>Pfeiltasten (Tag und Woche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the slot cursor</source>
        <translation>Die Zeitmarke bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on the slot cursor</source>
        <translation>Eingabe auf der Zeitmarke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a session there</source>
        <translation>Dort einen Termin anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of Alt (after Alt+arrows)</source>
        <translation>Alt loslassen (nach Alt+Pfeiltasten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the move</source>
        <translation>Die Verschiebung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape (while Alt is held)</source>
        <translation>Esc (während Alt gedrückt ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the move</source>
        <translation>Die Verschiebung abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/sidebar.py" line="+34"/>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Nur &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/single_instance.py" line="+137"/>
        <source>Sessions Desktop already has this database open, but that window did not answer. It may be busy or stuck; close it (or end it in your task manager) and start again.</source>
        <translation>Sessions Desktop hat diese Datenbank bereits geöffnet, aber dieses Fenster hat nicht geantwortet. Es ist vielleicht beschäftigt oder hängt; schließen Sie es (oder beenden Sie es im Task-Manager) und starten Sie erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not listen on {name}: {errorString}; a second launch will open a second window</source>
        <translation>konnte nicht auf {name} lauschen: {errorString}; ein zweiter Start öffnet ein zweites Fenster</translation>
    </message>
</context>
<context>
    <name>SlotFinder</name>
    <message>
        <location filename="../sessions_desktop/ui/tools/slot_finder.py" line="+45"/>
        <source>Find a free slot</source>
        <translation>Freie Zeit finden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (service)</source>
        <translation> (Leistung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create session</source>
        <translation>Termin anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book as</source>
        <translation>Buchen als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{day}   {start}–{end}</source>
        <translation>{day}   {start}–{end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 free slot</source>
        <translation>1 freie Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} free slots</source>
        <translation>{n} freie Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free slot in these days</source>
        <translation>Keine freie Zeit an diesen Tagen</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/staff_actions.py" line="+39"/>
        <source>no one</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give to {name}</source>
        <translation>Zuweisen an {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take off {name}</source>
        <translation>Entfernen von {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: “{title}”, {when}.</source>
        <translation>{label}: „{title}“, {when}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore session</source>
        <translation>Termin wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/startup.py" line="+121"/>
        <source>The database could not be opened.

{exc}</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.

{exc}</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/fields.py" line="+38"/>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../sessions_desktop/ui/common/texts.py" line="+32"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {time_text} – {time_text2}</source>
        <translation>{day}, {time_text} – {time_text2}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../sessions_desktop/presentation/themes.py" line="+19"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast (dark)</source>
        <translation>Hoher Kontrast (dunkel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast (light)</source>
        <translation>Hoher Kontrast (hell)</translation>
    </message>
</context>
<context>
    <name>TileItem</name>
    <message>
        <location filename="../sessions_desktop/ui/grid/week_items.py" line="+123"/>
        <source>{time} {title}</source>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{time}  {people}</source>
        <translation>{time}  {people}</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <location filename="../sessions_desktop/ui/grid/tile_layer.py" line="+185"/>
        <source>{time_text} {value}</source>
        <translation>{time_text} {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {value} more</source>
        <translation>… und {value} weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n_ordered} more from {hour} (click for the list)
</source>
        <translation>{n_ordered} weitere ab {hour} (klicken für die Liste)
</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message>
        <location filename="../sessions_desktop/presentation/formatting.py" line="+33"/>
        <source> ({people})</source>
        <translation> ({people})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}, cancelled</source>
        <translation>{text}, abgesagt</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <location filename="../sessions_desktop/ui/schedules/schedules_dialog.py" line="-214"/>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole days</source>
        <translation>Ganze Tage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holiday</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <location filename="../sessions_desktop/presentation/titles.py" line="+50"/>
        <source>{weekday}, {month} {day}, {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {month} {year}{RANGE_DASH}{end}</source>
        <translation>{day}. {month} {year}{RANGE_DASH}{end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {month}{RANGE_DASH}{end}</source>
        <translation>{day}. {month}{RANGE_DASH}{end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}{RANGE_DASH}{end}</source>
        <translation>{day}.{RANGE_DASH}{end}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} {day}, {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month} {day}, {year} – {month2} {day2}, {year2}</source>
        <translation>{day}. {month} {year} – {day2}. {month2} {year2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month} {day} – {month2} {day2}, {year}</source>
        <translation>{day}. {month} – {day2}. {month2} {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month} {day} – {day2}, {year}</source>
        <translation>{day}.–{day2}. {month} {year}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}.</translation>
    </message>
</context>
<context>
    <name>TransferFlow</name>
    <message>
        <location filename="../sessions_desktop/ui/transfer/transfer_flow.py" line="+40"/>
        <source>iCalendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb *.icalendar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} cannot be read: {value}</source>
        <translation>{path} kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name__}: {error}</source>
        <translation>{name__}: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import .ics</source>
        <translation>.ics importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported {value:,} sessions from {name}.</source>
        <translation>{value:,} Termine aus {name} importiert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export .ics</source>
        <translation>.ics exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export one file per staff member into</source>
        <translation>Eine Datei pro Mitarbeiter exportieren nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing one file per staff member…</source>
        <translation>Eine Datei pro Mitarbeiter wird geschrieben…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {n_reports} files, one per staff member and one for the business.</source>
        <translation>{n_reports} Dateien exportiert, eine pro Mitarbeiter und eine für den Betrieb.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported 1 session to {name} ({value:,.0f} kB).</source>
        <translation>1 Termin nach {name} exportiert ({value:,.0f} kB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {sessions:,} sessions to {name} ({value:,.0f} kB).</source>
        <translation>{sessions:,} Termine nach {name} exportiert ({value:,.0f} kB).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../sessions_desktop/ui/reminders/tray.py" line="-70"/>
        <source>{app}: next, {title} at {time}</source>
        <translation>{app}: als Nächstes {title} um {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app}: nothing in the next day</source>
        <translation>{app}: nichts in den nächsten 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze {n} min</source>
        <translation>In {n} Min. erinnern</translation>
    </message>
</context>
<context>
    <name>ViewStack</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/view_stack.py" line="+134"/>
        <source>{start}–{end}  </source>
        <translation>{start}–{end}  </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is archived</source>
        <translation>{name} ist archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {reason}</source>
        <translation>; {reason}</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <location filename="../sessions_desktop/ui/grid/week_header.py" line="+106"/>
        <source>W{iso_week}</source>
        <translation>KW {iso_week}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> ({people})</source>
        <translation> ({people})</translation>
    </message>
</context>
<context>
    <name>WeekPainting</name>
    <message>
        <location filename="../sessions_desktop/ui/resources/resource_week_paint.py" line="+42"/>
        <source>No staff or rooms to show: add them in Schedules &gt; Services and staff, or tick them.</source>
        <translation>Keine Mitarbeiter oder Räume anzuzeigen: Legen Sie sie unter Zeitpläne &gt; Leistungen und Mitarbeiter an oder kreuzen Sie sie an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>+{more} more</source>
        <translation>+{more} weitere</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{time_text} {label}</source>
        <translation>{time_text} {label}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/welcome.py" line="+18"/>
        <source>Create your first schedule</source>
        <translation>Legen Sie Ihren ersten Zeitplan an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service, a class, a staff member or a room: then add sessions to it.</source>
        <translation>Eine Leistung, ein Kurs, ein Mitarbeiter oder ein Raum: Fügen Sie dann Termine hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load a sample business</source>
        <translation>Beispielunternehmen laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small studio with staff, rooms, classes and appointments to try things out.</source>
        <translation>Ein kleines Studio mit Mitarbeitern, Räumen, Kursen und Einzelterminen zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import .ics</source>
        <translation>.ics importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring sessions over from Google Calendar, Outlook or another calendar.</source>
        <translation>Übernehmen Sie Termine aus Google Kalender, Outlook oder einem anderen Kalender.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location line="+26"/>
        <source>Welcome to Sessions Desktop</source>
        <translation>Willkommen bei Sessions Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your calendar is empty. Start in one of these ways:</source>
        <translation>Ihr Kalender ist leer. Beginnen Sie auf eine dieser Arten:</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../sessions_desktop/ui/editor/widgets.py" line="-169"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked time</source>
        <translation>Gesperrte Zeit</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../sessions_desktop/ui/shell/window_actions.py" line="+19"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work week</source>
        <translation>Arbeitswoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and rooms</source>
        <translation>Mitarbeiter und Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff week</source>
        <translation>Mitarbeiterwoche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete session</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous session</source>
        <translation>Vorheriger Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next session</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import .ics…</source>
        <translation>.ics importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish feeds for phones…</source>
        <translation>Feeds für Telefone veröffentlichen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous period (Left, Page Up)</source>
        <translation>Vorheriger Zeitraum (Links, Bild auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period (Right, Page Down)</source>
        <translation>Nächster Zeitraum (Rechts, Bild ab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search sessions</source>
        <translation>Termine suchen</translation>
    </message>
</context>
<context>
    <name>WorkingHoursEditor</name>
    <message>
        <location filename="../sessions_desktop/ui/schedules/working_hours_editor.py" line="+35"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{value}: the end must be after the start</source>
        <translation>{value}: Das Ende muss nach dem Beginn liegen</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../sessions_desktop/presentation/zones.py" line="+47"/>
        <source>Time zone {name} ({offset})</source>
        <translation>Zeitzone {name} ({offset})</translation>
    </message>
</context>
</TS>
