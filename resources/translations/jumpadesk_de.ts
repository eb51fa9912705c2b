<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>appearance</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>The desktop&apos;s own palette, kept before jumpadesk first sets one, for System.</extracomment>
        <translation>Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Clear Mark</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Guest: Arrived</source>
        <extracomment>Whether the guest came, by the appointment&apos;s mark, as the details say it.</extracomment>
        <translation>Kunde: erschienen</translation>
    </message>
    <message>
        <source>Guest: No-show</source>
        <translation>Kunde: nicht erschienen</translation>
    </message>
    <message>
        <source>Guest: Not marked yet</source>
        <translation>Kunde: nicht markiert</translation>
    </message>
    <message>
        <source>Reading who booked it…</source>
        <translation>Wer gebucht hat, wird gelesen …</translation>
    </message>
</context>
<context>
    <name>booking_dialog</name>
    <message>
        <source>{weekday} {time}</source>
        <comment>an end on another day: short weekday, time</comment>
        <extracomment>Digits and the punctuation people type in phone numbers; the Desk stores it as typed.</extracomment>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>{day}, {start} – {end}</source>
        <comment>the booking&apos;s day and times</comment>
        <translation>{day}, {start} – {end}</translation>
    </message>
    <message>
        <source>An appointment needs a title.</source>
        <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
        <source>That does not look like an email address (name@example.com).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) - only.</source>
        <translation>Eine Telefonnummer enthält nur Ziffern, Leerzeichen und + ( ) -.</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>A guest booked this time; it goes into iCloud.</source>
        <translation>Ein Kunde hat diese Zeit gebucht; der Termin kommt in iCloud.</translation>
    </message>
    <message>
        <source>Blocked slot</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>Keep this time free of bookings (stays in jumpadesk).</source>
        <translation>Diese Zeit für Buchungen sperren (bleibt in jumpadesk).</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>No service (the time as chosen)</source>
        <translation>Keine Dienstleistung (die gewählte Zeit)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A blocked slot stays in jumpadesk: nothing is written to iCloud and no guest is needed.</source>
        <translation>Eine Sperrzeit bleibt in jumpadesk: Nichts wird in iCloud geschrieben, und es braucht keinen Kunden.</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Every {weekday}</source>
        <translation>Jeden {weekday}</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays (Mon–Fri)</source>
        <translation>Werktags (Mo–Fr)</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The last day it repeats on; without it, it has no end</source>
        <translation>Der letzte Tag der Wiederholung; ohne ihn endet sie nie</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Wiederholen bis</translation>
    </message>
    <message>
        <source>e.g. Haircut, Consultation</source>
        <translation>z. B. Haarschnitt, Beratung</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Free at</source>
        <translation>Frei um</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>{length}  ·  times in {zone}</source>
        <translation>{length}  ·  Zeiten in {zone}</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <comment>a free start on another day</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Move it to {slot}</source>
        <translation>Auf {slot} verschieben</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Wird gebucht …</translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation>Wird gesperrt …</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Zeit sperren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Lunch, Staff meeting (optional)</source>
        <translation>z. B. Mittagspause, Teambesprechung (optional)</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
</context>
<context>
    <name>calendar_picker</name>
    <message>
        <source>Choose the calendar that takes your bookings: click its circle in the Linked column.</source>
        <translation>Wählen Sie den Kalender, der Ihre Buchungen aufnimmt: Klicken Sie auf seinen Kreis in der Spalte „Verknüpft“.</translation>
    </message>
    <message>
        <source>The linked calendar always blocks time: bookings are written to it.</source>
        <translation>Der verknüpfte Kalender blockiert immer Zeit: Buchungen werden in ihn geschrieben.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Bookings are written to this calendar.</source>
        <translation>Buchungen werden in diesen Kalender geschrieben.</translation>
    </message>
    <message>
        <source>Blocks time</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Busy time in these calendars blocks bookings.</source>
        <translation>Belegte Zeit in diesen Kalendern blockiert Buchungen.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Write bookings to {calendar}</source>
        <translation>Buchungen in {calendar} schreiben</translation>
    </message>
    <message>
        <source>This calendar cannot take bookings.</source>
        <translation>Dieser Kalender kann keine Buchungen aufnehmen.</translation>
    </message>
    <message>
        <source>Busy time in {calendar} blocks bookings</source>
        <translation>Belegte Zeit in {calendar} blockiert Buchungen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No calendars were found for this account.</source>
        <translation>Für dieses Konto wurden keine Kalender gefunden.</translation>
    </message>
    <message>
        <source>None of these calendars can take bookings (writer access is needed), so bookings stay in jumpadesk only.</source>
        <translation>Keiner dieser Kalender kann Buchungen aufnehmen (dafür ist Schreibzugriff nötig), daher bleiben Buchungen nur in jumpadesk.</translation>
    </message>
    <message>
        <source>Bookings will be written to {calendar}, suggested by its name; click another circle in the Linked column if they belong elsewhere.</source>
        <translation>Buchungen werden in {calendar} geschrieben, vorgeschlagen nach seinem Namen; klicken Sie auf einen anderen Kreis in der Spalte „Verknüpft“, wenn sie woandershin gehören.</translation>
    </message>
    <message>
        <source>Bookings are written to {calendar}.</source>
        <translation>Buchungen werden in {calendar} geschrieben.</translation>
    </message>
    <message>
        <source> No calendar blocks time yet.</source>
        <translation> Noch blockiert kein Kalender Zeit.</translation>
    </message>
    <message>
        <source> Busy time in {calendars} blocks bookings.</source>
        <comment>after a first sentence</comment>
        <translation> Belegte Zeit in {calendars} blockiert Buchungen.</translation>
    </message>
    <message>
        <source>Calendars for {name}</source>
        <translation>Kalender für {name}</translation>
    </message>
    <message>
        <source>Choose the calendar that takes your bookings, and the calendars whose busy time should block a booking.</source>
        <translation>Wählen Sie den Kalender, der Ihre Buchungen aufnimmt, und die Kalender, deren belegte Zeit eine Buchung blockieren soll.</translation>
    </message>
</context>
<context>
    <name>change_time</name>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Change time of {title}</source>
        <translation>Zeit von {title} ändern</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>connect an iCloud account with an app-specific password, or any CalDAV server (--server) with its user name and password</source>
        <extracomment>The passwords&apos; module, and keyring with it, load only when disconnect needs them.</extracomment>
        <translation>ein iCloud-Konto mit einem App-spezifischen Passwort verbinden, oder einen beliebigen CalDAV-Server (--server) mit Benutzername und Passwort</translation>
    </message>
    <message>
        <source>the Apple ID, or the user name on another server</source>
        <translation>die Apple-ID oder der Benutzername auf einem anderen Server</translation>
    </message>
    <message>
        <source>a host or any address of a CalDAV server (default: iCloud)</source>
        <translation>ein Host oder eine beliebige Adresse eines CalDAV-Servers (Standard: iCloud)</translation>
    </message>
    <message>
        <source>on a computer without a keychain: keep the password in a file in the data folder that only you can read</source>
        <translation>auf einem Computer ohne Schlüsselbund: das Passwort in einer Datei im Datenordner aufbewahren, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>on a computer without a keychain: keep the password nowhere; later commands read it from JUMPADESK_PASSWORD</source>
        <translation>auf einem Computer ohne Schlüsselbund: das Passwort nirgends aufbewahren; spätere Befehle lesen es aus JUMPADESK_PASSWORD</translation>
    </message>
    <message>
        <source>No app-specific password given: set JUMPADESK_PASSWORD or run this in a terminal.</source>
        <translation>Kein App-spezifisches Passwort angegeben: Setzen Sie JUMPADESK_PASSWORD oder führen Sie dies in einem Terminal aus.</translation>
    </message>
    <message>
        <source>No password given: set JUMPADESK_PASSWORD or run this in a terminal.</source>
        <translation>Kein Passwort angegeben: Setzen Sie JUMPADESK_PASSWORD oder führen Sie dies in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Password for {user} on {service}: </source>
        <translation>Passwort für {user} auf {service}: </translation>
    </message>
    <message>
        <source>App-specific password (not your Apple ID password): </source>
        <translation>App-spezifisches Passwort (nicht das Passwort Ihrer Apple-ID): </translation>
    </message>
    <message>
        <source>The password is kept in a file only you can read.</source>
        <translation>Das Passwort wird in einer Datei aufbewahrt, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The password is kept nowhere: later commands read it from JUMPADESK_PASSWORD.</source>
        <translation>Das Passwort wird nirgends aufbewahrt: Spätere Befehle lesen es aus JUMPADESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Connected {account}: %n calendar found.</source>
        <translation>{account} verbunden: %n Kalender gefunden.</translation>
    </message>
    <message>
        <source>Connected {account}: %n calendars found.</source>
        <translation>{account} verbunden: %n Kalender gefunden.</translation>
    </message>
    <message>
        <source>Next: jumpadesk configure --linked NAME --conflict NAME</source>
        <translation>Als Nächstes: jumpadesk configure --linked NAME --conflict NAME</translation>
    </message>
    <message>
        <source>list the calendars found in the connected accounts</source>
        <translation>die Kalender der verbundenen Konten auflisten</translation>
    </message>
    <message>
        <source>No calendars yet: connect a calendar account first (jumpadesk connect).</source>
        <translation>Noch keine Kalender: Verbinden Sie zuerst ein Kalenderkonto (jumpadesk connect).</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>choose the linked calendar and the conflict calendars</source>
        <translation>den verknüpften Kalender und die Konfliktkalender wählen</translation>
    </message>
    <message>
        <source>where new appointments are written</source>
        <translation>wohin neue Termine eingetragen werden</translation>
    </message>
    <message>
        <source>a calendar whose busy events block bookings (repeatable)</source>
        <translation>ein Kalender, dessen belegte Termine Buchungen blockieren (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Say which calendars to use: --linked NAME and/or --conflict NAME.</source>
        <translation>Geben Sie an, welche Kalender verwendet werden: --linked NAME und/oder --conflict NAME.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Linked calendar: {linked}. Conflict calendars: {conflict}.</source>
        <translation>Verknüpfter Kalender: {linked}. Konfliktkalender: {conflict}.</translation>
    </message>
    <message>
        <source>fetch changes from the calendar servers now</source>
        <translation>Änderungen jetzt von den Kalenderservern abrufen</translation>
    </message>
    <message>
        <source>{account}: ok, {changes} changes, {requests} requests</source>
        <translation>{account}: in Ordnung, {changes} Änderungen, {requests} Anfragen</translation>
    </message>
    <message>
        <source>{account}: FAILED, {changes} changes, {requests} requests</source>
        <translation>{account}: FEHLGESCHLAGEN, {changes} Änderungen, {requests} Anfragen</translation>
    </message>
    <message>
        <source>list, add, rename or remove the businesses, locations or staff members</source>
        <translation>Geschäfte, Standorte oder Mitarbeiter auflisten, hinzufügen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <source>every sub-account with its time zone (default)</source>
        <translation>jedes Unterkonto mit seiner Zeitzone (Standard)</translation>
    </message>
    <message>
        <source>add a sub-account: the one way one is made</source>
        <translation>ein Unterkonto hinzufügen: der einzige Weg, eines anzulegen</translation>
    </message>
    <message>
        <source>an IANA name (default: the first sub-account&apos;s time zone; the opening hours are the first sub-account&apos;s too)</source>
        <translation>ein IANA-Name (Standard: die Zeitzone des ersten Unterkontos; auch die Öffnungszeiten sind die des ersten Unterkontos)</translation>
    </message>
    <message>
        <source>an account already connected at this desk for another sub-account, used without its password again (repeatable)</source>
        <translation>ein an diesem Platz bereits für ein anderes Unterkonto verbundenes Konto, ohne erneute Passworteingabe verwendet (mehrfach möglich)</translation>
    </message>
    <message>
        <source>with --use: where the new sub-account&apos;s bookings are written (default: a calendar called Appointments, Bookings or Work)</source>
        <translation>mit --use: wohin die Buchungen des neuen Unterkontos eingetragen werden (Standard: ein Kalender namens Appointments, Bookings oder Work)</translation>
    </message>
    <message>
        <source>with --use: a calendar whose busy events block its bookings (repeatable; default: every event calendar of the accounts)</source>
        <translation>mit --use: ein Kalender, dessen belegte Termine seine Buchungen blockieren (mehrfach möglich; Standard: jeder Terminkalender der Konten)</translation>
    </message>
    <message>
        <source>give a sub-account a new name</source>
        <translation>einem Unterkonto einen neuen Namen geben</translation>
    </message>
    <message>
        <source>remove a sub-account with no appointments ahead</source>
        <translation>ein Unterkonto ohne anstehende Termine entfernen</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} in {new} umbenannt.</translation>
    </message>
    <message>
        <source>show or set the business&apos;s time zone (an IANA name)</source>
        <translation>die Zeitzone des Geschäfts anzeigen oder festlegen (ein IANA-Name)</translation>
    </message>
    <message>
        <source>for example Europe/Berlin</source>
        <translation>zum Beispiel Europe/Berlin</translation>
    </message>
    <message>
        <source>forget a calendar account: its keychain entry and cached events</source>
        <translation>ein Kalenderkonto vergessen: seinen Schlüsselbund-Eintrag und die zwischengespeicherten Termine</translation>
    </message>
    <message>
        <source>every account of the sub-account</source>
        <translation>jedes Konto des Unterkontos</translation>
    </message>
    <message>
        <source>{account} is not connected in {sub_account}.</source>
        <translation>{account} ist in {sub_account} nicht verbunden.</translation>
    </message>
    <message>
        <source>the business, location or staff member (default: Main, the first); see jumpadesk sub-accounts</source>
        <translation>das Geschäft, der Standort oder der Mitarbeiter (Standard: Main, das erste); siehe jumpadesk sub-accounts</translation>
    </message>
    <message>
        <source>{refusal}. See &apos;jumpadesk --help&apos;.</source>
        <translation>{refusal}. Siehe „jumpadesk --help“.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a time jumpadesk understands; use ISO 8601 with a zone, for example 2026-11-25T10:00:00+01:00 or 2026-11-25T09:00:00Z.</source>
        <translation>„{typed}“ ist keine Zeit, die jumpadesk versteht; verwenden Sie ISO 8601 mit Zeitzone, zum Beispiel 2026-11-25T10:00:00+01:00 oder 2026-11-25T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; has no time zone; add an offset such as +01:00, or Z for UTC.</source>
        <translation>„{typed}“ hat keine Zeitzone; ergänzen Sie einen Versatz wie +01:00 oder Z für UTC.</translation>
    </message>
    <message>
        <source>{typed} is not the number of an appointment; jumpadesk events shows each one&apos;s number, like [#12]</source>
        <extracomment>Ids are SQLite&apos;s (and PostgreSQL&apos;s bigint) row ids: whole numbers from 1 up to this.</extracomment>
        <translation>{typed} ist keine Terminnummer; jumpadesk events zeigt die Nummer jedes Termins, etwa [#12]</translation>
    </message>
    <message>
        <source>{typed} is not the number of a blocked slot; jumpadesk events shows each one&apos;s number, like [#12]</source>
        <translation>{typed} ist keine Nummer einer gesperrten Zeit; jumpadesk events zeigt jede Nummer, etwa [#12]</translation>
    </message>
    <message>
        <source>{typed} is not a number of days; give a whole number from 1 to {highest}</source>
        <extracomment>`conflicts --days` looks at most this far ahead: a hundred years. An argparse type for how many days ahead to look: a whole number, 1 or more.</extracomment>
        <translation>{typed} ist keine Anzahl von Tagen; geben Sie eine ganze Zahl von 1 bis {highest} an</translation>
    </message>
    <message>
        <source>{typed} is not a number of free times; give a whole number from 1 to {highest}</source>
        <extracomment>An argparse type for how many free times to list: 1 to MOST_STARTS.</extracomment>
        <translation>{typed} ist keine Anzahl freier Zeiten; geben Sie eine ganze Zahl von 1 bis {highest} an</translation>
    </message>
    <message>
        <source>{typed} is not a day; give it as YYYY-MM-DD, for example 2026-11-24</source>
        <translation>{typed} ist kein Tag; geben Sie ihn als JJJJ-MM-TT an, zum Beispiel 2026-11-24</translation>
    </message>
    <message>
        <source>book an appointment in the linked calendar</source>
        <translation>einen Termin im verknüpften Kalender buchen</translation>
    </message>
    <message>
        <source>required unless --service gives the length</source>
        <translation>erforderlich, außer --service gibt die Dauer vor</translation>
    </message>
    <message>
        <source>a service from `jumpadesk services`: its length gives the end, its name the title, and its buffers are kept free around it</source>
        <translation>eine Dienstleistung aus `jumpadesk services`: Ihre Dauer ergibt das Ende, ihr Name den Titel, und ihre Puffer werden davor und danach frei gehalten</translation>
    </message>
    <message>
        <source>required unless --service names it</source>
        <translation>erforderlich, außer --service benennt ihn</translation>
    </message>
    <message>
        <source>book even when a conflict calendar could not be synced</source>
        <translation>auch buchen, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <source>book a time that has already begun or is over</source>
        <translation>eine Zeit buchen, die schon begonnen hat oder vorbei ist</translation>
    </message>
    <message>
        <source>the booking as a JSON object (its id, times, guest, calendar)</source>
        <translation>die Buchung als JSON-Objekt (Nummer, Zeiten, Gast, Kalender)</translation>
    </message>
    <message>
        <source>Give --end, or --service to take the length from.</source>
        <translation>Geben Sie --end an oder --service, um die Dauer daraus zu nehmen.</translation>
    </message>
    <message>
        <source>Give --title, or --service to take the title from.</source>
        <translation>Geben Sie --title an oder --service, um den Titel daraus zu nehmen.</translation>
    </message>
    <message>
        <source>Add --even-if-stale to book anyway.</source>
        <translation>Fügen Sie --even-if-stale hinzu, um trotzdem zu buchen.</translation>
    </message>
    <message>
        <source>That time ({when}) is over; add --in-the-past to book it anyway.</source>
        <translation>Diese Zeit ({when}) ist vorbei; fügen Sie --in-the-past hinzu, um sie trotzdem zu buchen.</translation>
    </message>
    <message>
        <source>That time ({when}) has already begun; add --in-the-past to book it anyway.</source>
        <translation>Diese Zeit ({when}) hat schon begonnen; fügen Sie --in-the-past hinzu, um sie trotzdem zu buchen.</translation>
    </message>
    <message>
        <source>cancel an appointment (and remove it from its calendar)</source>
        <translation>einen Termin absagen (und aus seinem Kalender entfernen)</translation>
    </message>
    <message>
        <source>Cancelled appointment {id}.</source>
        <translation>Termin {id} abgesagt.</translation>
    </message>
    <message>
        <source>give an appointment a new time (changed in its calendar in place), or another staff member (--to)</source>
        <translation>einem Termin eine neue Zeit geben (in seinem Kalender an Ort und Stelle geändert) oder einen anderen Mitarbeiter (--to)</translation>
    </message>
    <message>
        <source>required unless --to is given</source>
        <translation>erforderlich, außer --to ist angegeben</translation>
    </message>
    <message>
        <source>give it to this sub-account (written to its linked calendar), at its own time or at --start/--end</source>
        <translation>ihn diesem Mitarbeiter geben (in dessen verknüpften Kalender geschrieben), zu seiner eigenen Zeit oder zu --start/--end</translation>
    </message>
    <message>
        <source>move even when a conflict calendar could not be synced</source>
        <translation>auch verschieben, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <source>move needs --start and --end, or --to NAME to give the appointment to another sub-account.</source>
        <translation>move braucht --start und --end, oder --to NAME, um den Termin einem anderen Mitarbeiter zu geben.</translation>
    </message>
    <message>
        <source>Add --even-if-stale to move it anyway.</source>
        <translation>Fügen Sie --even-if-stale hinzu, um ihn trotzdem zu verschieben.</translation>
    </message>
    <message>
        <source>Moved appointment {id}.</source>
        <translation>Termin {id} verschoben.</translation>
    </message>
    <message>
        <source>Give both --start and --end with --to, or neither.</source>
        <translation>Geben Sie mit --to sowohl --start als auch --end an, oder keines von beiden.</translation>
    </message>
    <message>
        <source>Add --even-if-stale to give it anyway.</source>
        <translation>Fügen Sie --even-if-stale hinzu, um ihn trotzdem abzugeben.</translation>
    </message>
    <message>
        <source>Gave appointment {id} to {name}: {appointment}.</source>
        <translation>Termin {id} an {name} gegeben: {appointment}.</translation>
    </message>
    <message>
        <source>change an appointment&apos;s title, guest, email, phone, notes or service (changed in its calendar in place)</source>
        <translation>Titel, Kunde, E-Mail, Telefon, Notizen oder Dienstleistung eines Termins ändern (in seinem Kalender an Ort und Stelle geändert)</translation>
    </message>
    <message>
        <source>the guest&apos;s name</source>
        <translation>der Name des Kunden</translation>
    </message>
    <message>
        <source>the guest&apos;s email (&apos;&apos; takes it out)</source>
        <translation>die E-Mail des Kunden (&apos;&apos; entfernt sie)</translation>
    </message>
    <message>
        <source>the guest&apos;s phone (&apos;&apos; takes it out)</source>
        <translation>das Telefon des Kunden (&apos;&apos; entfernt es)</translation>
    </message>
    <message>
        <source>notes kept with it (&apos;&apos; takes them out)</source>
        <translation>Notizen zum Termin (&apos;&apos; entfernt sie)</translation>
    </message>
    <message>
        <source>another service from `jumpadesk services`: its buffers, and its length from the same start (checked like a booking)</source>
        <translation>eine andere Dienstleistung aus `jumpadesk services`: ihre Puffer und ihre Dauer ab demselben Beginn (geprüft wie eine Buchung)</translation>
    </message>
    <message>
        <source>change the service even when a conflict calendar could not be synced</source>
        <translation>die Dienstleistung auch dann ändern, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <source>what changed as a JSON object (its id and each new value)</source>
        <translation>was geändert wurde, als JSON-Objekt (seine ID und jeder neue Wert)</translation>
    </message>
    <message>
        <source>Say what to change: --title, --name, --email, --phone, --notes or --service.</source>
        <translation>Sagen Sie, was geändert werden soll: --title, --name, --email, --phone, --notes oder --service.</translation>
    </message>
    <message>
        <source>Add --even-if-stale to change it anyway.</source>
        <translation>Fügen Sie --even-if-stale hinzu, um ihn trotzdem zu ändern.</translation>
    </message>
    <message>
        <source>block time locally (never written to a calendar server), once or repeating</source>
        <translation>Zeit lokal sperren (nie auf einen Kalenderserver geschrieben), einmalig oder wiederholt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>repeat it every day, every weekday (Monday to Friday) or every week, at the same time of day</source>
        <translation>täglich, an jedem Werktag (Montag bis Freitag) oder jede Woche zur selben Uhrzeit wiederholen</translation>
    </message>
    <message>
        <source>with --repeat weekly: which weekdays, e.g. mon,wed (default: the start&apos;s)</source>
        <translation>mit --repeat weekly: an welchen Wochentagen, z. B. mon,wed (Standard: der des Beginns)</translation>
    </message>
    <message>
        <source>with --repeat: the last day it repeats on (default: no end)</source>
        <translation>mit --repeat: der letzte Tag der Wiederholung (Standard: kein Ende)</translation>
    </message>
    <message>
        <source>--days and --until go with --repeat; add --repeat daily, weekdays or weekly.</source>
        <translation>--days und --until gehören zu --repeat; fügen Sie --repeat daily, weekdays oder weekly hinzu.</translation>
    </message>
    <message>
        <source>remove a blocked slot (a repeating one with all its days)</source>
        <translation>eine gesperrte Zeit entfernen (eine wiederholte mit allen ihren Tagen)</translation>
    </message>
    <message>
        <source>remove just this day of a repeating blocked slot</source>
        <translation>nur diesen Tag einer wiederholten gesperrten Zeit entfernen</translation>
    </message>
    <message>
        <source>list the guests who booked</source>
        <translation>die Gäste auflisten, die gebucht haben</translation>
    </message>
    <message>
        <source>the next free starts of a given length, on the quarter hour, inside the opening hours</source>
        <extracomment>The printed day sheet, and Qt with it, load only when `agenda --pdf` asks for one.</extracomment>
        <translation>die nächsten freien Anfangszeiten einer bestimmten Dauer, zur Viertelstunde, innerhalb der Öffnungszeiten</translation>
    </message>
    <message>
        <source>45m, 1h, 1h30m, 90m</source>
        <translation>45m, 1h, 1h30m, 90m (Minuten, Stunden)</translation>
    </message>
    <message>
        <source>a service&apos;s length, with its buffers before and after free too</source>
        <translation>die Dauer einer Dienstleistung, mit ihren Puffern davor und danach ebenfalls frei</translation>
    </message>
    <message>
        <source>with any sub-account (each start names its sub-account)</source>
        <translation>bei einem beliebigen Unterkonto (jede Anfangszeit nennt ihr Unterkonto)</translation>
    </message>
    <message>
        <source>from this time on (default: now)</source>
        <translation>ab dieser Zeit (Standard: jetzt)</translation>
    </message>
    <message>
        <source>ending by this time (default: {days} days after --after)</source>
        <translation>endend bis zu dieser Zeit (Standard: {days} Tage nach --after)</translation>
    </message>
    <message>
        <source>at most this many (default: {count})</source>
        <translation>höchstens so viele (Standard: {count})</translation>
    </message>
    <message>
        <source>offer times even when a conflict calendar could not be synced</source>
        <translation>Zeiten auch anbieten, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <source>Give --sub-account or --anyone, not both.</source>
        <translation>Geben Sie --sub-account oder --anyone an, nicht beides.</translation>
    </message>
    <message>
        <source>{sentence} (or add --even-if-stale).</source>
        <translation>{sentence} (oder fügen Sie --even-if-stale hinzu).</translation>
    </message>
    <message>
        <source>{start} – {end}  free  {sub_account}</source>
        <translation>{start} – {end}  frei  {sub_account}</translation>
    </message>
    <message>
        <source>No free {length} with anyone from {after} to {before}.</source>
        <translation>Keine freien {length} bei irgendwem von {after} bis {before}.</translation>
    </message>
    <message>
        <source>No free {length} with {sub_account} from {after} to {before}.</source>
        <translation>Keine freien {length} bei {sub_account} von {after} bis {before}.</translation>
    </message>
    <message>
        <source>one staff member&apos;s day (or everyone&apos;s, --all) in time order, with the opening hours: as text, a CSV or a printable PDF</source>
        <translation>der Tag eines Mitarbeiters (oder aller, --all) in zeitlicher Reihenfolge, mit den Öffnungszeiten: als Text, CSV oder druckbares PDF</translation>
    </message>
    <message>
        <source>the day, on each staff member&apos;s own clock</source>
        <translation>der Tag, nach der eigenen Uhr jedes Mitarbeiters</translation>
    </message>
    <message>
        <source>every staff member, one after another</source>
        <translation>alle Mitarbeiter, einer nach dem anderen</translation>
    </message>
    <message>
        <source>write a printable day sheet (one page per staff member) here</source>
        <translation>einen druckbaren Tagesplan (eine Seite pro Mitarbeiter) hierhin schreiben</translation>
    </message>
    <message>
        <source>write the day as CSV here</source>
        <translation>den Tag als CSV hierhin schreiben</translation>
    </message>
    <message>
        <source>Give --sub-account or --all, not both.</source>
        <translation>Geben Sie --sub-account oder --all an, nicht beides.</translation>
    </message>
    <message>
        <source>Saved everyone&apos;s day, {day}, as CSV to {path}.</source>
        <translation>Den Tag aller, {day}, als CSV in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved {who}&apos;s day, {day}, as CSV to {path}.</source>
        <translation>Den Tag von {who}, {day}, als CSV in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved everyone&apos;s day sheet, {day}, as PDF to {path}.</source>
        <translation>Den Tagesplan aller, {day}, als PDF in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved {who}&apos;s day sheet, {day}, as PDF to {path}.</source>
        <translation>Den Tagesplan von {who}, {day}, als PDF in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Nothing on the schedule.</source>
        <translation>Nichts im Kalender.</translation>
    </message>
    <message>
        <source>list, add or remove the services the business offers (a length, buffers before and after, and who offers each)</source>
        <translation>die Dienstleistungen des Geschäfts auflisten, hinzufügen oder entfernen (eine Dauer, Puffer davor und danach, und wer sie jeweils anbietet)</translation>
    </message>
    <message>
        <source>every service with its length and buffers (default)</source>
        <translation>jede Dienstleistung mit Dauer und Puffern (Standard)</translation>
    </message>
    <message>
        <source>add a service</source>
        <translation>eine Dienstleistung hinzufügen</translation>
    </message>
    <message>
        <source>time kept free before it (default: 0m)</source>
        <translation>davor frei gehaltene Zeit (Standard: 0m)</translation>
    </message>
    <message>
        <source>time kept free after it, e.g. to clean up (default: 0m)</source>
        <translation>danach frei gehaltene Zeit, z. B. zum Aufräumen (Standard: 0m)</translation>
    </message>
    <message>
        <source>the sub-accounts (staff) who offer it (default: everyone)</source>
        <translation>die Mitarbeiter (Unterkonten), die sie anbieten (Standard: alle)</translation>
    </message>
    <message>
        <source>change who offers a service: the staff named, or everyone</source>
        <translation>ändern, wer eine Dienstleistung anbietet: die genannten Mitarbeiter oder alle</translation>
    </message>
    <message>
        <source>the sub-accounts who offer it from now on</source>
        <translation>die Mitarbeiter (Unterkonten), die sie ab jetzt anbieten</translation>
    </message>
    <message>
        <source>every sub-account offers it (as before any staff were named)</source>
        <translation>alle Mitarbeiter bieten sie an (wie bevor Mitarbeiter genannt wurden)</translation>
    </message>
    <message>
        <source>take a service off the list (appointments booked for it keep their times)</source>
        <translation>eine Dienstleistung von der Liste nehmen (dafür gebuchte Termine behalten ihre Zeiten)</translation>
    </message>
    <message>
        <source>Added {service}.</source>
        <translation>Hinzugefügt: {service}.</translation>
    </message>
    <message>
        <source>Name the staff who offer {service}, or give --everyone.</source>
        <translation>Nennen Sie die Mitarbeiter, die {service} anbieten, oder geben Sie --everyone an.</translation>
    </message>
    <message>
        <source>Removed {service}; appointments booked for it keep their times.</source>
        <translation>{service} entfernt; dafür gebuchte Termine behalten ihre Zeiten.</translation>
    </message>
    <message>
        <source>No services yet; add one with: jumpadesk services add NAME --length 60m.</source>
        <translation>Noch keine Dienstleistungen; fügen Sie eine hinzu mit: jumpadesk services add NAME --length 60m.</translation>
    </message>
    <message>
        <source>before {before} after {after}</source>
        <translation>davor {before} danach {after}</translation>
    </message>
    <message>
        <source>offered by {staff}</source>
        <translation>angeboten von {staff}</translation>
    </message>
    <message>
        <source>offered by everyone</source>
        <translation>angeboten von allen</translation>
    </message>
    <message>
        <source>{service} is offered by everyone.</source>
        <translation>{service} wird von allen angeboten.</translation>
    </message>
    <message>
        <source>{service} is offered by {staff}.</source>
        <translation>{service} wird von {staff} angeboten.</translation>
    </message>
    <message>
        <source>show or set the opening hours, per weekday (several ranges a day, a day possibly closed)</source>
        <translation>die Öffnungszeiten je Wochentag anzeigen oder festlegen (mehrere Zeiträume pro Tag, ein Tag auch geschlossen)</translation>
    </message>
    <message>
        <source>each weekday&apos;s opening hours (default)</source>
        <translation>die Öffnungszeiten jedes Wochentags (Standard)</translation>
    </message>
    <message>
        <source>set one or more weekdays&apos; opening hours</source>
        <translation>die Öffnungszeiten eines oder mehrerer Wochentage festlegen</translation>
    </message>
    <message>
        <source>mon, tue, ... sun (repeatable, or several joined by commas)</source>
        <translation>mon, tue, ... sun (mehrfach möglich oder mehrere durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>for example 09:00-12:30,13:30-18:00 (a lunch break)</source>
        <translation>zum Beispiel 09:00-12:30,13:30-18:00 (mit Mittagspause)</translation>
    </message>
    <message>
        <source>closed all day</source>
        <translation>den ganzen Tag geschlossen</translation>
    </message>
    <message>
        <source>Say which day with --day, for example --day tue.</source>
        <translation>Geben Sie den Tag mit --day an, zum Beispiel --day tue.</translation>
    </message>
    <message>
        <source>{sub_account}&apos;s opening hours are saved: {hours}.</source>
        <translation>Die Öffnungszeiten von {sub_account} sind gespeichert: {hours}.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>--sub-account is given twice, as {first} and {second}; give it once</source>
        <translation>--sub-account ist zweimal angegeben, als {first} und {second}; geben Sie es einmal an</translation>
    </message>
    <message>
        <source>where the schedule is kept; test, fill, use and upgrade a PostgreSQL store shared by several desks</source>
        <translation>wo der Kalender gespeichert wird; einen von mehreren Plätzen geteilten PostgreSQL-Speicher prüfen, füllen, verwenden und aktualisieren</translation>
    </message>
    <message>
        <source>show (default); test URL; copy-to URL; use URL (or: use local); upgrade (this desk&apos;s store, or URL) to this jumpadesk&apos;s schema</source>
        <translation>show (Standard); test URL; copy-to URL; use URL (oder: use local); upgrade (den Speicher dieses Platzes oder URL) auf das Schema dieses jumpadesk</translation>
    </message>
    <message>
        <source>iCloud calendars in your booking schedule.</source>
        <extracomment>Every command, in the order `jumpadesk --help` lists them.</extracomment>
        <translation>iCloud-Kalender in Ihrem Buchungskalender.</translation>
    </message>
    <message>
        <source>{help}; also accepted after the command</source>
        <translation>{help}; auch nach dem Befehl möglich</translation>
    </message>
    <message>
        <source>log verbosely to stderr too</source>
        <translation>ausführlich auch auf stderr protokollieren</translation>
    </message>
    <message>
        <source>open the window on a built-in demo iCloud account (no Apple ID needed)</source>
        <translation>das Fenster mit einem eingebauten Demo-iCloud-Konto öffnen (keine Apple-ID nötig)</translation>
    </message>
    <message>
        <source>open the window offscreen, sync the demo, paint the week, exit</source>
        <translation>das Fenster unsichtbar öffnen, die Demo abgleichen, die Woche zeichnen, beenden</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The questions a read-only desk can answer (services/read_only.py) without the ORM. Set (to anything) to answer them through the full Desk: for tests and benchmarks.</extracomment>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The system refused: {why}.</source>
        <translation>Das System hat abgelehnt: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have; the details are in the log file. Nothing was changed by the failed step.</source>
        <translation>Etwas ist schiefgegangen, das nicht hätte passieren dürfen; die Einzelheiten stehen in der Protokolldatei. Der fehlgeschlagene Schritt hat nichts verändert.</translation>
    </message>
    <message>
        <source>busy time between two times</source>
        <translation>belegte Zeit zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <source>everything on the schedule between two times</source>
        <translation>alles im Kalender zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <source>{start} – {end}  busy</source>
        <translation>{start} – {end}  belegt</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>(not yet confirmed by {service}; the time stays held)</source>
        <translation>(von {service} noch nicht bestätigt; die Zeit bleibt reserviert)</translation>
    </message>
    <message>
        <source>; repeats {rule}</source>
        <translation>; wiederholt sich {rule}</translation>
    </message>
    <message>
        <source>connections, last sync, anything out of date, and conflicts</source>
        <translation>Verbindungen, letzter Abgleich, alles Veraltete und Konflikte</translation>
    </message>
    <message>
        <source>{sub_account}: no calendar account connected yet.</source>
        <translation>{sub_account}: noch kein Kalenderkonto verbunden.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{account}: {state}, last good sync {last}</source>
        <translation>{account}: {state}, letzter erfolgreicher Abgleich {last}</translation>
    </message>
    <message>
        <source>Out of date: {calendar}</source>
        <translation>Nicht aktuell: {calendar}</translation>
    </message>
    <message>
        <source>Check: {problem}</source>
        <translation>Bitte prüfen: {problem}</translation>
    </message>
    <message>
        <source>Conflicts: %n appointment now overlapped by other events (jumpadesk conflicts lists them).</source>
        <translation>Konflikte: %n Termin wird jetzt von anderen Terminen überschnitten (jumpadesk conflicts listet sie auf).</translation>
    </message>
    <message>
        <source>Conflicts: %n appointments now overlapped by other events (jumpadesk conflicts lists them).</source>
        <translation>Konflikte: %n Termine werden jetzt von anderen Terminen überschnitten (jumpadesk conflicts listet sie auf).</translation>
    </message>
    <message>
        <source>new</source>
        <comment>connection state</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>connection state</comment>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>auth_failed</source>
        <comment>connection state</comment>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>connection state</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>error</source>
        <comment>connection state</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not yet confirmed: {title} (appointment {id}, {start}–{end}) was sent to {calendar}; {service} has not confirmed it yet; the time stays held.</source>
        <translation>Noch nicht bestätigt: {title} (Termin {id}, {start}–{end}) wurde an {calendar} gesendet; {service} hat ihn noch nicht bestätigt; die Zeit bleibt reserviert.</translation>
    </message>
    <message>
        <source>appointments that an event added since now overlaps, within the next {days} days (--days)</source>
        <translation>Termine, die ein seither hinzugekommener Termin jetzt überschneidet, in den nächsten {days} Tagen (--days)</translation>
    </message>
    <message>
        <source>look this many days ahead (default: {days}, as far as the window looks)</source>
        <translation>so viele Tage vorausschauen (Standard: {days}, so weit wie das Fenster)</translation>
    </message>
    <message>
        <source>No conflicts: nothing overlaps a booked appointment in the next %n day.</source>
        <translation>Keine Konflikte: Nichts überschneidet einen gebuchten Termin am nächsten %n Tag.</translation>
    </message>
    <message>
        <source>No conflicts: nothing overlaps a booked appointment in the next %n days.</source>
        <translation>Keine Konflikte: Nichts überschneidet einen gebuchten Termin in den nächsten %n Tagen.</translation>
    </message>
    <message>
        <source>find clients by name, email or phone (all of them without SEARCH); the whole business unless --sub-account is given</source>
        <translation>Kunden nach Name, E-Mail oder Telefonnummer suchen (ohne SEARCH alle); im ganzen Geschäft, außer --sub-account ist angegeben</translation>
    </message>
    <message>
        <source>No client matches “{words}”.</source>
        <translation>Niemand unter Ihren Kunden passt zu „{words}“.</translation>
    </message>
    <message>
        <source>No clients yet: a guest booked with a name, email or phone becomes one.</source>
        <translation>Noch keine Kunden: Wer mit Name, E-Mail oder Telefonnummer gebucht wird, wird zum Kunden.</translation>
    </message>
    <message>
        <source>“{typed}” is neither a client&apos;s number nor an email address; jumpadesk clients shows each one&apos;s number, like #12.</source>
        <translation>„{typed}“ ist weder eine Kundennummer noch eine E-Mail-Adresse; jumpadesk clients zeigt die Nummer jedes Kunden, etwa #12.</translation>
    </message>
    <message>
        <source>a client&apos;s card: details, notes, upcoming and past appointments, how often they arrived and did not come</source>
        <translation>die Karte eines Kunden: Angaben, Notizen, kommende und vergangene Termine, wie oft er erschienen ist und wie oft nicht</translation>
    </message>
    <message>
        <source>{name} (client #{id})</source>
        <translation>{name} (Kundennr. {id})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Email: {value}</source>
        <translation>E-Mail: {value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telefon: {value}</translation>
    </message>
    <message>
        <source>Staff: {value}</source>
        <translation>Mitarbeiter: {value}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>Upcoming:</source>
        <translation>Kommende Termine:</translation>
    </message>
    <message>
        <source>Upcoming: none</source>
        <translation>Kommende Termine: keine</translation>
    </message>
    <message>
        <source>Past:</source>
        <translation>Vergangene Termine:</translation>
    </message>
    <message>
        <source>Past: none</source>
        <translation>Vergangene Termine: keine</translation>
    </message>
    <message>
        <source>keep notes on a client (&quot;&quot; clears them)</source>
        <translation>Notizen zu einem Kunden festhalten (&quot;&quot; löscht sie)</translation>
    </message>
    <message>
        <source>mark an appointment&apos;s guest arrived or no-show (clear: neither)</source>
        <translation>den Gast eines Termins als erschienen (arrived) oder nicht erschienen (no-show) markieren (clear: keins von beiden)</translation>
    </message>
    <message>
        <source>add jumpadesk to your Linux application menu</source>
        <translation>jumpadesk zum Anwendungsmenü von Linux hinzufügen</translation>
    </message>
    <message>
        <source>remove jumpadesk from your Linux application menu</source>
        <translation>jumpadesk aus dem Anwendungsmenü von Linux entfernen</translation>
    </message>
    <message>
        <source>The application-menu entry is for Linux; on macOS move jumpadesk.app to Applications instead.</source>
        <translation>Der Eintrag im Anwendungsmenü ist für Linux; unter macOS ziehen Sie stattdessen jumpadesk.app in den Ordner „Programme“.</translation>
    </message>
    <message>
        <source>Added jumpadesk to the application menu: {path} (and {icons} icon files).</source>
        <translation>jumpadesk wurde zum Anwendungsmenü hinzugefügt: {path} (dazu Symboldateien: {icons}).</translation>
    </message>
    <message>
        <source>Removed jumpadesk from the application menu ({files} files).</source>
        <translation>jumpadesk wurde aus dem Anwendungsmenü entfernt (Dateien: {files}).</translation>
    </message>
    <message>
        <source>jumpadesk was not in the application menu.</source>
        <translation>jumpadesk war nicht im Anwendungsmenü.</translation>
    </message>
    <message>
        <source>Could not change the application menu in {folder}: {why}.</source>
        <translation>Das Anwendungsmenü in {folder} konnte nicht geändert werden: {why}.</translation>
    </message>
</context>
<context>
    <name>client_card</name>
    <message>
        <source>Arrived</source>
        <extracomment>A visit&apos;s state as its line ends (said with `translate(&quot;client_card&quot;, ...)`).</extracomment>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>The card&apos;s fields: the key and its caption.</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>with {staff}</source>
        <translation>bei {staff}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Die Karte wird gelesen …</translation>
    </message>
    <message>
        <source>Notes about this client (allergies, preferences, ...)</source>
        <translation>Notizen zu diesem Kunden (Allergien, Vorlieben, …)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save Notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Kommende Termine</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Vergangene Termine</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangene</translation>
    </message>
    <message>
        <source>The chosen appointment:</source>
        <translation>Der gewählte Termin:</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Choose an appointment to mark.</source>
        <translation>Wählen Sie einen Termin, den Sie markieren möchten.</translation>
    </message>
</context>
<context>
    <name>client_list</name>
    <message>
        <source>Clients</source>
        <extracomment>How long typing pauses before the search is asked, in milliseconds.</extracomment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Nach Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Open Card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>No client matches “{words}”.</source>
        <translation>Kein Kunde passt zu „{words}“.</translation>
    </message>
    <message>
        <source>No clients yet: a guest booked with a name, email or phone becomes one.</source>
        <translation>Noch keine Kunden: Wer mit Name, E-Mail oder Telefon gebucht wird, wird einer.</translation>
    </message>
</context>
<context>
    <name>connections_page</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Password no longer accepted</source>
        <translation>Passwort nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>Cannot reach {service}</source>
        <translation>{service} nicht erreichbar</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Abgleichsproblem</translation>
    </message>
    <message>
        <source>No calendars to use</source>
        <extracomment>The badge of an account that connected but has no calendar jumpadesk can use.</extracomment>
        <translation>Keine nutzbaren Kalender</translation>
    </message>
    <message>
        <source>password no longer accepted</source>
        <translation>Passwort nicht mehr akzeptiert</translation>
    </message>
    <message>
        <source>cannot reach {service}</source>
        <translation>{service} nicht erreichbar</translation>
    </message>
    <message>
        <source>sync problem</source>
        <translation>Abgleichsproblem</translation>
    </message>
    <message>
        <source>Last good sync: {when}</source>
        <translation>Letzter erfolgreicher Abgleich: {when}</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>Server: {address}</translation>
    </message>
    <message>
        <source> (linked)</source>
        <translation> (verknüpft)</translation>
    </message>
    <message>
        <source>No calendar chosen yet: choose them with Edit calendars.</source>
        <translation>Noch kein Kalender gewählt: Wählen Sie sie mit „Kalender bearbeiten“.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden …</translation>
    </message>
    <message>
        <source>Apple cancels app-specific passwords when the Apple ID password changes. Make a new one and connect again.</source>
        <translation>Apple widerruft App-spezifische Passwörter, wenn sich das Passwort der Apple-ID ändert. Erstellen Sie ein neues und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>Edit calendars…</source>
        <translation>Kalender bearbeiten …</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <source>Add New</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>iCloud Calendar</source>
        <translation>iCloud-Kalender</translation>
    </message>
    <message>
        <source>Connect an iCloud calendar with an app-specific password</source>
        <translation>Einen iCloud-Kalender mit einem App-spezifischen Passwort verbinden</translation>
    </message>
    <message>
        <source>No iCloud calendar is connected yet. Choose &lt;b&gt;Add New &amp;gt; iCloud Calendar&lt;/b&gt; to connect one; busy time in your calendars then keeps bookings off those hours.</source>
        <translation>Noch ist kein iCloud-Kalender verbunden. Wählen Sie &lt;b&gt;Hinzufügen &amp;gt; iCloud-Kalender&lt;/b&gt;, um einen zu verbinden; belegte Zeit in Ihren Kalendern hält dann Buchungen von diesen Stunden fern.</translation>
    </message>
    <message>
        <source>{service} connections for {name}</source>
        <translation>{service}-Verbindungen für {name}</translation>
    </message>
    <message>
        <source>Connections for {name}</source>
        <translation>Verbindungen für {name}</translation>
    </message>
    <message>
        <source>No calendar takes {name}&apos;s bookings yet, so nothing can be booked. Choose one with Edit calendars.</source>
        <translation>Noch nimmt kein Kalender die Buchungen von {name} auf, daher kann nichts gebucht werden. Wählen Sie einen mit „Kalender bearbeiten“.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day}. {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>short</comment>
        <translation>{weekday} {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {year}-{month:02d}-{day:02d}</source>
        <translation>{weekday} {day:02d}.{month:02d}.{year}</translation>
    </message>
    <message>
        <source>{weekday} {month:02d}-{day:02d} {time}</source>
        <translation>{weekday} {day:02d}.{month:02d}. {time}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>long</comment>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year} – {last_day} {last_month} {last_year}</source>
        <translation>{day}. {month} {year} – {last_day}. {last_month} {last_year}</translation>
    </message>
    <message>
        <source>{day} {month} – {last_day} {last_month} {year}</source>
        <translation>{day}. {month} – {last_day}. {last_month} {year}</translation>
    </message>
    <message>
        <source>{day} – {last_day} {month} {year}</source>
        <translation>{day}. – {last_day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>day_sheet</name>
    <message>
        <source>all day</source>
        <extracomment>Points: the page&apos;s margins, the heading&apos;s and the rows&apos; sizes.</extracomment>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Nothing on the schedule.</source>
        <translation>Nichts im Terminplan.</translation>
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation>{heading} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>edit_appointment</name>
    <message>
        <source>No service</source>
        <translation>Keine Dienstleistung</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The form&apos;s rows: the field&apos;s name (its widget&apos;s object name) and its caption.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{store} has the schema of jumpadesk {made_by} ({revision}); this desk runs jumpadesk {version}, which needs schema {head}. Run `jumpadesk store upgrade` to upgrade it; after that every desk that shares it needs jumpadesk {version} or newer.</source>
        <translation>{store} hat das Schema von jumpadesk {made_by} ({revision}); an diesem Platz läuft jumpadesk {version}, das Schema {head} braucht. Führen Sie `jumpadesk store upgrade` aus, um es zu aktualisieren; danach braucht jeder Platz, der ihn mitbenutzt, jumpadesk {version} oder neuer.</translation>
    </message>
    <message>
        <source>{store} has the schema of an older jumpadesk ({revision}); this desk runs jumpadesk {version}, which needs schema {head}. Run `jumpadesk store upgrade` to upgrade it; after that every desk that shares it needs jumpadesk {version} or newer.</source>
        <translation>{store} hat das Schema eines älteren jumpadesk ({revision}); an diesem Platz läuft jumpadesk {version}, das Schema {head} braucht. Führen Sie `jumpadesk store upgrade` aus, um es zu aktualisieren; danach braucht jeder Platz, der ihn mitbenutzt, jumpadesk {version} oder neuer.</translation>
    </message>
    <message>
        <source>There is no sub-account named &apos;{name}&apos;; there are: {known}.</source>
        <translation>Es gibt kein Unterkonto namens „{name}“; vorhanden sind: {known}.</translation>
    </message>
    <message>
        <source>There is no sub-account named &apos;{name}&apos;; there are none yet.</source>
        <translation>Es gibt kein Unterkonto namens „{name}“; es gibt noch keine.</translation>
    </message>
    <message>
        <source>The sub-account &apos;{name}&apos; was removed (at another desk or from the command line).</source>
        <translation>Das Unterkonto „{name}“ wurde entfernt (an einem anderen Platz oder über die Kommandozeile).</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so jumpadesk cannot keep the app-specific password safely. Install or unlock a keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann jumpadesk das App-spezifische Passwort nicht sicher aufbewahren. Installieren oder entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer has no system keychain to keep the password in, so jumpadesk did not connect. Connect again with --password-in-file to keep it in a file in jumpadesk&apos;s data folder that only you can read (anyone who can read your files as you could read it), or with --password-for-this-run to keep it nowhere (each later command then reads it from JUMPADESK_PASSWORD).</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems für das Passwort, daher hat jumpadesk keine Verbindung hergestellt. Verbinden Sie erneut mit --password-in-file, um es in einer Datei im Datenordner von jumpadesk aufzubewahren, die nur Sie lesen können (wer Ihre Dateien als Sie lesen kann, könnte es lesen), oder mit --password-for-this-run, um es nirgends aufzubewahren (jeder spätere Befehl liest es dann aus JUMPADESK_PASSWORD).</translation>
    </message>
    <message>
        <source>{time} is outside the times jumpadesk works with: from {first} to the end of {last}.</source>
        <extracomment>An appointment iCloud has not confirmed yet: the same green, faded toward grey. How far ahead double bookings are looked for: by the window after every sync, booking and switch (which announces them), and by `jumpadesk conflicts` and `status` unless told otherwise (`--days`). The times jumpadesk works with: from 1970 (the store counts seconds from then, and Windows places no earlier ones) to the end of 2199. Anything outside is refused with a sentence, rather than overflowing a calendar&apos;s arithmetic somewhere inside.</extracomment>
        <translation>{time} liegt außerhalb der Zeiten, mit denen jumpadesk arbeitet: von {first} bis Ende {last}.</translation>
    </message>
    <message>
        <source>Times need a time zone, for example 2026-11-25T10:00+01:00 or ...Z.</source>
        <translation>Zeiten brauchen eine Zeitzone, zum Beispiel 2026-11-25T10:00+01:00 oder ...Z.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has several time zones: {zones} and {more} more; name one of them.</source>
        <extracomment>Names people use for a country that the table words otherwise. The country as the table names it, in English, when `country` is in another language.</extracomment>
        <translation>„{name}“ hat mehrere Zeitzonen: {zones} und {more} weitere; nennen Sie eine davon.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has several time zones: {zones}; name one of them.</source>
        <translation>„{name}“ hat mehrere Zeitzonen: {zones}; nennen Sie eine davon.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a time zone name; use one like Europe/Berlin, or a city or country such as Berlin or Germany.</source>
        <translation>„{name}“ ist keine Zeitzone; nennen Sie eine wie Europe/Berlin oder eine Stadt oder ein Land wie Berlin oder Deutschland.</translation>
    </message>
</context>
<context>
    <name>event_details</name>
    <message>
        <source>Booked in jumpadesk: this time is held for it.</source>
        <translation>In jumpadesk gebucht: Diese Zeit ist dafür reserviert.</translation>
    </message>
    <message>
        <source>Blocks booking: Blocked slot.</source>
        <translation>Blockiert Buchungen: Sperrzeit.</translation>
    </message>
    <message>
        <source>Blocks booking: Travel time before an event.</source>
        <translation>Blockiert Buchungen: Wegzeit vor einem Termin.</translation>
    </message>
    <message>
        <source>Blocks booking: Travel time before “{title}”.</source>
        <translation>Blockiert Buchungen: Wegzeit vor „{title}“.</translation>
    </message>
    <message>
        <source>Does not block: Travel time before an event that is free.</source>
        <translation>Blockiert nicht: Wegzeit vor einem Termin, der als frei gilt.</translation>
    </message>
    <message>
        <source>Blocks booking: {reason}.</source>
        <translation>Blockiert Buchungen: {reason}.</translation>
    </message>
    <message>
        <source>Does not block: {reason}.</source>
        <translation>Blockiert nicht: {reason}.</translation>
    </message>
    <message>
        <source>Not yet in {service}: it was sent, but {service} has not confirmed it, so it is kept here and its time stays held. jumpadesk asks again soon, and the next sync writes it to {calendar}, never twice.</source>
        <translation>Noch nicht in {service}: Der Termin wurde gesendet, aber {service} hat ihn nicht bestätigt. Er bleibt deshalb hier und seine Zeit reserviert. jumpadesk fragt bald erneut nach, und der nächste Abgleich schreibt ihn in {calendar}, nie doppelt.</translation>
    </message>
    <message>
        <source>Not yet in {service}: it was sent, but {service} has not confirmed it, so it is kept here and its time stays held. jumpadesk asks again soon, and the next sync writes it to the linked calendar, never twice.</source>
        <translation>Noch nicht in {service}: Der Termin wurde gesendet, aber {service} hat ihn nicht bestätigt. Er bleibt deshalb hier und seine Zeit reserviert. jumpadesk fragt bald erneut nach, und der nächste Abgleich schreibt ihn in den verknüpften Kalender, nie doppelt.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Double booked: {what} now overlaps this appointment. Call the guest to move it, or move the other event in iCloud.</source>
        <translation>Doppelt gebucht: {what} überschneidet sich jetzt mit diesem Termin. Rufen Sie den Kunden an, um ihn zu verschieben, oder verschieben Sie den anderen Termin in iCloud.</translation>
    </message>
    <message>
        <source>Arrived</source>
        <extracomment>Whether the guest came, as a block&apos;s tooltip says it (kinds.Attendance).</extracomment>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>before “{title}”</source>
        <translation>vor „{title}“</translation>
    </message>
    <message>
        <source>Repeats {how}</source>
        <translation>Wiederholt sich {how}</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Zeit ändern …</translation>
    </message>
    <message>
        <source>Move it to another time, here and in the linked iCloud calendar</source>
        <translation>Auf eine andere Zeit verschieben, hier und im verknüpften iCloud-Kalender</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Correct its title, guest, email, phone, notes or service, here and in its calendar</source>
        <translation>Titel, Kunde, E-Mail, Telefon, Notizen oder Dienstleistung korrigieren, hier und in seinem Kalender</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Termin absagen …</translation>
    </message>
    <message>
        <source>Cancel it here and in the linked iCloud calendar; asks first</source>
        <translation>Hier und im verknüpften iCloud-Kalender absagen; fragt vorher</translation>
    </message>
    <message>
        <source>Remove This Day</source>
        <translation>Nur diesen Tag entfernen</translation>
    </message>
    <message>
        <source>Make this time bookable again on this day only; asks first</source>
        <translation>Diese Zeit nur an diesem Tag wieder buchbar machen; fragt vorher</translation>
    </message>
    <message>
        <source>Remove Every Day</source>
        <translation>An allen Tagen entfernen</translation>
    </message>
    <message>
        <source>Remove it on every day it repeats ({how}); asks first</source>
        <translation>An jedem Tag der Wiederholung entfernen ({how}); fragt vorher</translation>
    </message>
    <message>
        <source>Remove blocked slot</source>
        <translation>Sperrzeit entfernen</translation>
    </message>
    <message>
        <source>Make this time bookable again; asks first</source>
        <translation>Diese Zeit wieder buchbar machen; fragt vorher</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>find_time</name>
    <message>
        <source>Any time</source>
        <extracomment>How many starts the dialog lists. The parts of the day, their bounds ({noon}, {five}) in the locale&apos;s clock.</extracomment>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Morning (until {noon})</source>
        <translation>Vormittag (bis {noon})</translation>
    </message>
    <message>
        <source>Afternoon ({noon} – {five})</source>
        <translation>Nachmittag ({noon} – {five})</translation>
    </message>
    <message>
        <source>Evening (from {five})</source>
        <translation>Abend (ab {five})</translation>
    </message>
    <message>
        <source>{day}  {start} – {end}  ·  {name}</source>
        <extracomment>Fields settle this long before the question is asked (typing a length).</extracomment>
        <translation>{day}  {start} – {end}  ·  {name}</translation>
    </message>
    <message>
        <source>Find a Time</source>
        <translation>Freie Zeit finden</translation>
    </message>
    <message>
        <source>No service (a length)</source>
        <translation>Keine Dienstleistung (eine Dauer)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No free {length} in the next %n days.</source>
        <translation>In den nächsten %n Tagen sind keine {length} frei.</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>&quot;{typed}&quot; is not a length; write it like 45m, 1h, 1h30m or 90m.</source>
        <extracomment>The grid starts are offered on: :00, :15, :30 and :45 of the sub-account&apos;s clock. How many starts are offered unless told, how far ahead they are looked for, and the most one question may ask for. The longest slot asked for: a whole day.</extracomment>
        <translation>„{typed}“ ist keine Dauer; schreiben Sie sie etwa so: 45m, 1h, 1h30m oder 90m.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a length jumpadesk can offer; give one from 1m to 24h, like 45m or 1h30m.</source>
        <translation>„{typed}“ ist keine Dauer, die jumpadesk anbieten kann; geben Sie eine von 1m bis 24h an, etwa 45m oder 1h30m.</translation>
    </message>
    <message>
        <source>that day</source>
        <translation>diesen Tag</translation>
    </message>
    <message>
        <source>On {day}, each range needs an opening and a closing time.</source>
        <translation>Am {day} braucht jeder Zeitraum eine Öffnungs- und eine Schließzeit.</translation>
    </message>
    <message>
        <source>On {day}, closing time must come after opening time ({opens} – {closes}).</source>
        <translation>Am {day} muss die Schließzeit nach der Öffnungszeit liegen ({opens} – {closes}).</translation>
    </message>
    <message>
        <source>On {day}, {opens} – {closes} and {next_opens} – {next_closes} overlap; give each time of day to one range.</source>
        <translation>Am {day} überschneiden sich {opens} – {closes} und {next_opens} – {next_closes}; geben Sie jede Uhrzeit nur einem Zeitraum.</translation>
    </message>
    <message>
        <source>Opening hours need an entry for each of the seven weekdays.</source>
        <translation>Die Öffnungszeiten brauchen einen Eintrag für jeden der sieben Wochentage.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a range of hours for {day}; write them like 09:00-12:30,13:30-18:00.</source>
        <translation>„{typed}“ ist kein Zeitraum für {day}; schreiben Sie ihn etwa so: 09:00-12:30,13:30-18:00.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>„{typed}“ ist kein Wochentag; verwenden Sie mon, tue, wed, thu, fri, sat oder sun.</translation>
    </message>
    <message>
        <source>{day}: closed</source>
        <translation>{day}: geschlossen</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a way to repeat; use daily, weekdays or weekly.</source>
        <extracomment>The longest a repeating block may last: one occurrence must end before the next day&apos;s could begin.</extracomment>
        <translation>„{typed}“ ist keine Art der Wiederholung; verwenden Sie daily, weekdays oder weekly.</translation>
    </message>
    <message>
        <source>Weekdays are chosen only for a block that repeats weekly.</source>
        <translation>Wochentage werden nur für eine wöchentlich wiederholte Sperre gewählt.</translation>
    </message>
    <message>
        <source>Say on which weekdays it repeats.</source>
        <translation>Geben Sie an, an welchen Wochentagen sie sich wiederholt.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a day; write it like 2026-12-31.</source>
        <translation>„{typed}“ ist kein Tag; schreiben Sie ihn etwa so: 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <extracomment>In the data folder: the language chosen in the window (no other setting lives there). Where the environment names the language, in the order POSIX reads them. Languages&apos; names in themselves, so the language menu names them without reading their catalogues; a language not here is named by its catalogue&apos;s entry for &quot;English&quot;.</extracomment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>jumpadesk speaks {language} from its next start.</source>
        <translation>jumpadesk spricht ab dem nächsten Start {language}.</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>jumpadesk cannot use its data folder: {problem}.</source>
        <translation>jumpadesk kann seinen Datenordner nicht verwenden: {problem}.</translation>
    </message>
    <message>
        <source>Add jumpadesk to the application menu?</source>
        <translation>jumpadesk zum Anwendungsmenü hinzufügen?</translation>
    </message>
    <message>
        <source>Add jumpadesk, with its icon, to your application menu so you can start it from there? (jumpadesk --uninstall-desktop-entry takes it out again.)</source>
        <translation>jumpadesk mit seinem Symbol zu Ihrem Anwendungsmenü hinzufügen, damit Sie es von dort starten können? (jumpadesk --uninstall-desktop-entry entfernt es wieder.)</translation>
    </message>
    <message>
        <source>jumpadesk could not add itself to the application menu: {problem}.</source>
        <translation>jumpadesk konnte sich nicht zum Anwendungsmenü hinzufügen: {problem}.</translation>
    </message>
    <message>
        <source>jumpadesk cannot start</source>
        <extracomment>Says why the Desk could not be made and ends the window&apos;s run (the launcher&apos;s: the sentence on stderr and in a box, exit code 1); None: a box, then the window closes.</extracomment>
        <translation>jumpadesk kann nicht starten</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Calendar Settings</source>
        <translation>Kalendereinstellungen</translation>
    </message>
    <message>
        <source> (Demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>{name} uses {accounts} with no password asked again: bookings go to {calendar}, and busy time in {calendars} blocks them.</source>
        <translation>{name} verwendet {accounts}, ohne erneut nach dem Passwort zu fragen: Buchungen gehen in {calendar}, und belegte Zeit in {calendars} blockiert sie.</translation>
    </message>
    <message>
        <source>{name} now shows and books times in {zone}.</source>
        <translation>{name} zeigt und bucht Zeiten jetzt in {zone}.</translation>
    </message>
</context>
<context>
    <name>opening_hours</name>
    <message>
        <source>{day} opens</source>
        <extracomment>A day&apos;s ranges when it is opened in the dialog without any.</extracomment>
        <translation>{day} öffnet</translation>
    </message>
    <message>
        <source>{day} closes</source>
        <translation>{day} schließt</translation>
    </message>
    <message>
        <source>00:00 is midnight, at the end of the day</source>
        <translation>00:00 ist Mitternacht, am Ende des Tages</translation>
    </message>
    <message>
        <source>Remove this range from {day}</source>
        <translation>Diesen Zeitraum am {day} entfernen</translation>
    </message>
    <message>
        <source>to</source>
        <comment>opens to closes</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Another range on {day}, after a break</source>
        <translation>Ein weiterer Zeitraum am {day}, nach einer Pause</translation>
    </message>
    <message>
        <source>Add a range on {day}</source>
        <translation>Einen Zeitraum am {day} hinzufügen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>{day} closed</source>
        <translation>{day} geschlossen</translation>
    </message>
    <message>
        <source>Opening Hours of {name}</source>
        <translation>Öffnungszeiten von {name}</translation>
    </message>
    <message>
        <source>Time outside these hours is shaded in the week, and booking there asks first. They do not block anything. A day may have several ranges, with a break between them.</source>
        <translation>Zeit außerhalb dieser Öffnungszeiten ist in der Woche schattiert, und eine Buchung dort fragt vorher nach. Sie blockieren nichts. Ein Tag kann mehrere Zeiträume mit einer Pause dazwischen haben.</translation>
    </message>
</context>
<context>
    <name>other_server</name>
    <message>
        <source>caldav.fastmail.com, or https://your.server/remote.php/dav/</source>
        <translation>caldav.fastmail.com oder https://ihr.server/remote.php/dav/</translation>
    </message>
    <message>
        <source>The address your calendar provider gives for CalDAV; the host name alone is often enough. Then your user name and password there.</source>
        <translation>Die Adresse, die Ihr Kalenderanbieter für CalDAV angibt; oft genügt der Hostname. Dann Ihr Benutzername und Passwort dort.</translation>
    </message>
    <message>
        <source>This is iCloud: use Add New &gt; iCloud Calendar instead, which walks you through making an app-specific password.</source>
        <translation>Das ist iCloud: Verwenden Sie stattdessen Hinzufügen &gt; iCloud-Kalender; dort werden Sie durch das Erstellen eines App-spezifischen Passworts geführt.</translation>
    </message>
    <message>
        <source>Your user name and password on {server}. If {server} has two-factor sign-in on, make an app password in {server}&apos;s settings and use that here.</source>
        <translation>Ihr Benutzername und Passwort bei {server}. Wenn bei {server} die Zwei-Faktor-Anmeldung aktiv ist, erstellen Sie in den Einstellungen von {server} ein App-Passwort und verwenden Sie es hier.</translation>
    </message>
    <message>
        <source>Other CalDAV Account</source>
        <translation>Anderes CalDAV-Konto</translation>
    </message>
    <message>
        <source>Connect a calendar account on any CalDAV server: Fastmail, Nextcloud, mailbox.org, Radicale, Xandikos and others.</source>
        <translation>Ein Kalenderkonto auf einem beliebigen CalDAV-Server verbinden: Fastmail, Nextcloud, mailbox.org, Radicale, Xandikos und andere.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Wird beim Server geprüft …</translation>
    </message>
</context>
<context>
    <name>password_keeping</name>
    <message>
        <source>This computer has no keychain for jumpadesk to keep the password in. Choose where it stays:</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem jumpadesk das Passwort aufbewahren kann. Wählen Sie, wo es bleibt:</translation>
    </message>
    <message>
        <source>Until jumpadesk quits</source>
        <translation>Bis jumpadesk beendet wird</translation>
    </message>
    <message>
        <source>It is never written down, so you enter it again each time jumpadesk starts.</source>
        <translation>Es wird nirgends gespeichert; Sie geben es bei jedem Start von jumpadesk erneut ein.</translation>
    </message>
    <message>
        <source>In a file only you can read</source>
        <translation>In einer Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>Anyone who can read your files as you could read it (a program you run, a backup of your files), but no one else on this computer.</source>
        <translation>Wer Ihre Dateien als Sie lesen kann, könnte es lesen (ein Programm, das Sie ausführen, eine Sicherung Ihrer Dateien), aber sonst niemand auf diesem Computer.</translation>
    </message>
    <message>
        <source>Choose where jumpadesk keeps the password, then press Connect.</source>
        <translation>Wählen Sie, wo jumpadesk das Passwort aufbewahrt, und klicken Sie dann auf „Verbinden“.</translation>
    </message>
</context>
<context>
    <name>print_day</name>
    <message>
        <source>Everyone (a page each)</source>
        <extracomment>The &quot;whose day&quot; choice for every staff member.</extracomment>
        <translation>Alle (je eine Seite)</translation>
    </message>
    <message>
        <source>Print Day</source>
        <translation>Tag drucken</translation>
    </message>
    <message>
        <source>Save Day as PDF</source>
        <translation>Tag als PDF sichern</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Whose day:</source>
        <translation>Wessen Tag:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Sichern …</translation>
    </message>
    <message>
        <source>Reading the day…</source>
        <translation>Der Tag wird gelesen …</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sent {whose} to the printer.</source>
        <translation>{whose} an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Saved {whose} as PDF to {path}.</source>
        <translation>{whose} als PDF unter {path} gesichert.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>everyone&apos;s day, {day}</source>
        <translation>Tag aller, {day}</translation>
    </message>
    <message>
        <source>{name}&apos;s day, {day}</source>
        <translation>Tag von {name}, {day}</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The printer could not be started; check it and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Busy in {service}</source>
        <translation>Belegt in {service}</translation>
    </message>
    <message>
        <source>Tentative in {service} (blocks)</source>
        <translation>Vorläufig in {service} (blockiert)</translation>
    </message>
    <message>
        <source>Free in {service}</source>
        <translation>Frei in {service}</translation>
    </message>
    <message>
        <source>Cancelled in {service}</source>
        <translation>Abgesagt in {service}</translation>
    </message>
    <message>
        <source>Declined invitation</source>
        <translation>Einladung abgelehnt</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>Repeats too often to show one by one; blocks all the time it covers</source>
        <translation>Wiederholt sich zu oft, um jeden Termin einzeln zu zeigen; blockiert die ganze Zeit, die es abdeckt</translation>
    </message>
    <message>
        <source>Could not be read; blocks its first occurrence</source>
        <translation>Konnte nicht gelesen werden; blockiert sein erstes Vorkommen</translation>
    </message>
    <message>
        <source>Appointment booked in jumpadesk</source>
        <translation>In jumpadesk gebuchter Termin</translation>
    </message>
    <message>
        <source>Appointment booked in jumpadesk by another sub-account</source>
        <translation>Von einem anderen Unterkonto in jumpadesk gebuchter Termin</translation>
    </message>
    <message>
        <source>Blocked slot</source>
        <translation>Gesperrte Zeit</translation>
    </message>
    <message>
        <source>{reason} ({assumed})</source>
        <translation>{reason} ({assumed})</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>{weekday} {year}-{month:02d}-{day:02d}</source>
        <extracomment>The CSV&apos;s columns, in order.</extracomment>
        <translation>{weekday}, {day:02d}.{month:02d}.{year}</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Den ganzen Tag geschlossen</translation>
    </message>
    <message>
        <source>Open {hours}</source>
        <translation>Geöffnet {hours}</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>blocked slot #{id}</source>
        <translation>gesperrte Zeit #{id}</translation>
    </message>
    <message>
        <source>appointment #{id}</source>
        <translation>Termin #{id}</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>May be out of date: {calendar}</source>
        <translation>Möglicherweise nicht aktuell: {calendar}</translation>
    </message>
    <message>
        <source>deleted in {service}</source>
        <translation>in {service} gelöscht</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>not synced recently</source>
        <translation>in letzter Zeit nicht abgeglichen</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>{sub_account} no longer uses {account}; other sub-accounts still do, so its password stays in jumpadesk&apos;s private password file.</source>
        <extracomment>In the data folder: passwords kept in a file by the person&apos;s choice, and the names of accounts whose password was kept only until jumpadesk quit. What the environment may give, for an account kept only for a run.</extracomment>
        <translation>{sub_account} verwendet {account} nicht mehr; andere Unterkonten schon, daher bleibt sein Passwort in der privaten Passwortdatei von jumpadesk.</translation>
    </message>
    <message>
        <source>{sub_account} no longer uses {account}; other sub-accounts still do, so its password stays kept until jumpadesk quits.</source>
        <translation>{sub_account} verwendet {account} nicht mehr; andere Unterkonten schon, daher bleibt sein Passwort aufbewahrt, bis jumpadesk beendet wird.</translation>
    </message>
    <message>
        <source>{sub_account} no longer uses {account}; other sub-accounts still do, so its password stays in the keychain.</source>
        <translation>{sub_account} verwendet {account} nicht mehr; andere Unterkonten schon, daher bleibt sein Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Disconnected {account}: password in jumpadesk&apos;s private file and cached events removed.</source>
        <translation>{account} getrennt: Passwort in der privaten Datei von jumpadesk und zwischengespeicherte Termine entfernt.</translation>
    </message>
    <message>
        <source>Disconnected {account}: password kept until jumpadesk quits and cached events removed.</source>
        <translation>{account} getrennt: bis zum Beenden aufbewahrtes Passwort und zwischengespeicherte Termine entfernt.</translation>
    </message>
    <message>
        <source>Disconnected {account}: keychain entry and cached events removed.</source>
        <translation>{account} getrennt: Schlüsselbund-Eintrag und zwischengespeicherte Termine entfernt.</translation>
    </message>
    <message>
        <source>The password for {account} on {service} was kept only until jumpadesk quit, as chosen when it was connected, because this computer has no keychain. Enter it again to sync this account.</source>
        <translation>Das Passwort für {account} auf {service} wurde nur bis zum Beenden von jumpadesk aufbewahrt, wie beim Verbinden gewählt, weil dieser Computer keinen Schlüsselbund hat. Geben Sie es erneut ein, um dieses Konto abzugleichen.</translation>
    </message>
    <message>
        <source>The password for {account} on {service} is kept until jumpadesk quits; jumpadesk asks for it again at the next start.</source>
        <translation>Das Passwort für {account} auf {service} wird aufbewahrt, bis jumpadesk beendet wird; beim nächsten Start fragt jumpadesk erneut danach.</translation>
    </message>
    <message>
        <source>The password for {account} on {service} is kept in a file in jumpadesk&apos;s data folder that only you can read.</source>
        <translation>Das Passwort für {account} auf {service} wird in einer Datei im Datenordner von jumpadesk aufbewahrt, die nur Sie lesen können.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>{appointment} was already cancelled{by}.</source>
        <translation>{appointment} wurde bereits{by} abgesagt.</translation>
    </message>
    <message>
        <source>Appointment {id} is being written to {service} right now; cancel it again in a moment.</source>
        <translation>Termin {id} wird gerade in {service} eingetragen; sagen Sie ihn gleich noch einmal ab.</translation>
    </message>
    <message>
        <source>The cancellation was sent to {service}, but {service} has not confirmed it ({lost}); it may be cancelled there already. Appointment {id} is kept, and its time stays held, until {service} confirms: cancel it again once {service} answers.</source>
        <translation>Die Absage wurde an {service} gesendet, aber {service} hat sie nicht bestätigt ({lost}); dort ist er vielleicht schon abgesagt. Termin {id} bleibt erhalten und seine Zeit reserviert, bis {service} bestätigt: Sagen Sie ihn erneut ab, sobald {service} antwortet.</translation>
    </message>
    <message>
        <source>The new time of appointment {id} may be in its calendar already; both times stay held until jumpadesk has asked again, as soon as the store is back (the next command or sync does).</source>
        <translation>Die neue Zeit von Termin {id} steht vielleicht schon in seinem Kalender; beide Zeiten bleiben reserviert, bis jumpadesk erneut gefragt hat, sobald der Speicher wieder erreichbar ist (beim nächsten Befehl oder Abgleich).</translation>
    </message>
    <message>
        <source>{service} did not take the new time ({lost}) and still has the old one, so appointment {id} keeps its old time here. Try again.</source>
        <translation>{service} hat die neue Zeit nicht übernommen ({lost}) und hat noch die alte, daher behält Termin {id} hier seine alte Zeit. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Appointment {id} was not moved: {why}</source>
        <translation>Termin {id} wurde nicht verschoben: {why}</translation>
    </message>
    <message>
        <source>The new time was sent to {service}; {service} has not confirmed it yet ({why}). Appointment {id} is kept at the new time, {new}, and its old time, {old}, stays held as {service} last showed it, until {service} answers: jumpadesk asks again at the next command and at the next sync.</source>
        <translation>Die neue Zeit wurde an {service} gesendet; {service} hat sie noch nicht bestätigt ({why}). Termin {id} bleibt zur neuen Zeit, {new}, und seine alte Zeit, {old}, bleibt reserviert, wie {service} sie zuletzt zeigte, bis {service} antwortet: jumpadesk fragt beim nächsten Befehl und beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>There is no appointment {id} in {sub_account}.</source>
        <translation>In {sub_account} gibt es keinen Termin {id}.</translation>
    </message>
    <message>
        <source>{appointment} was cancelled{by}; book a new one.</source>
        <translation>{appointment} wurde{by} abgesagt; buchen Sie einen neuen.</translation>
    </message>
    <message>
        <source>{appointment} is not yet confirmed by its calendar&apos;s server, so its time cannot be changed yet. Try again after the next sync.</source>
        <translation>{appointment} ist vom Server seines Kalenders noch nicht bestätigt, daher kann seine Zeit noch nicht geändert werden. Versuchen Sie es nach dem nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>A block that repeats can last a day at most; block longer time once, or repeat a shorter block.</source>
        <translation>Eine wiederholte Sperre darf höchstens einen Tag dauern; sperren Sie längere Zeit einmalig oder wiederholen Sie eine kürzere Sperre.</translation>
    </message>
    <message>
        <source>Nothing to block: {rule} ends before {day}.</source>
        <translation>Nichts zu sperren: {rule} endet vor {day}.</translation>
    </message>
    <message>
        <source>Removed blocked slot {id}.</source>
        <translation>Gesperrte Zeit {id} entfernt.</translation>
    </message>
    <message>
        <source>Removed “{title}” on {day} only; it still blocks {rule}.</source>
        <translation>„{title}“ nur am {day} entfernt; sie sperrt weiterhin {rule}.</translation>
    </message>
    <message>
        <source>Removed “{title}” on {day} only.</source>
        <translation>„{title}“ nur am {day} entfernt.</translation>
    </message>
    <message>
        <source>There is no blocked slot {id} in {sub_account}.</source>
        <translation>In {sub_account} gibt es keine gesperrte Zeit {id}.</translation>
    </message>
    <message>
        <source>“{title}” does not block {day}: it repeats {rule}.</source>
        <translation>„{title}“ sperrt {day} nicht: Sie wiederholt sich {rule}.</translation>
    </message>
    <message>
        <source>“{title}” does not block {day}: it is on {first}.</source>
        <translation>„{title}“ sperrt {day} nicht: Sie liegt am {first}.</translation>
    </message>
    <message>
        <source>Choose a linked calendar first: it is where bookings are written (jumpadesk configure --linked NAME).</source>
        <extracomment>English, kept for callers that name it; what is said is no_linked_calendar().</extracomment>
        <translation>Wählen Sie zuerst einen verknüpften Kalender: Dort werden Buchungen eingetragen (jumpadesk configure --linked NAME).</translation>
    </message>
    <message>
        <source>The schedule may be out of date ({calendars}). {anyway}</source>
        <translation>Der Kalender ist möglicherweise nicht aktuell ({calendars}). {anyway}</translation>
    </message>
    <message>
        <source>Confirm to book anyway.</source>
        <translation>Bestätigen Sie, um trotzdem zu buchen.</translation>
    </message>
    <message>
        <source>An appointment needs an end, or a service to take it from.</source>
        <translation>Ein Termin braucht ein Ende oder eine Dienstleistung, aus der es sich ergibt.</translation>
    </message>
    <message>
        <source>An appointment needs a title.</source>
        <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
        <source>The booking “{title}” may be in {service} already: it is kept as appointment {id}, and its time stays held; jumpadesk finishes it with {service}, never twice, as soon as the store is back (the next command or sync does).</source>
        <translation>Die Buchung „{title}“ ist möglicherweise schon in {service}: Sie bleibt als Termin {id} erhalten, und ihre Zeit bleibt reserviert; jumpadesk schließt sie mit {service} ab, nie doppelt, sobald der Speicher wieder erreichbar ist (beim nächsten Befehl oder Abgleich).</translation>
    </message>
    <message>
        <source>Sent to {service}; {service} has not confirmed it yet ({why}). It is kept as appointment {id}, not yet confirmed, and the time stays held: jumpadesk asks {calendar} again with the same booking at the next command and at the next sync, and never books it twice. Cancel it if it is not wanted.</source>
        <translation>An {service} gesendet; {service} hat sie noch nicht bestätigt ({why}). Sie bleibt als Termin {id} erhalten, noch nicht bestätigt, und die Zeit bleibt reserviert: jumpadesk fragt {calendar} beim nächsten Befehl und beim nächsten Abgleich mit derselben Buchung erneut und bucht sie nie doppelt. Sagen Sie sie ab, wenn sie nicht gewünscht ist.</translation>
    </message>
    <message>
        <source>{service} did not take the booking: {lost}, and {why}. Nothing was booked; try again.</source>
        <translation>{service} hat die Buchung nicht angenommen: {lost}, und {why}. Es wurde nichts gebucht; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{title}” (appointment {id}, {when}) is now confirmed: {where} has it.</source>
        <translation>„{title}“ (Termin {id}, {when}) ist jetzt bestätigt: {where} hat ihn.</translation>
    </message>
    <message>
        <source>“{title}” (appointment {id}, {when}) was not moved; it stays where {service} has it: {why}</source>
        <translation>„{title}“ (Termin {id}, {when}) wurde nicht verschoben; er bleibt, wo {service} ihn hat: {why}</translation>
    </message>
    <message>
        <source>“{title}” (appointment {id}, {when}) is not in {service}, so its time is free again: {why}</source>
        <translation>„{title}“ (Termin {id}, {when}) ist nicht in {service}, daher ist seine Zeit wieder frei: {why}</translation>
    </message>
    <message>
        <source>“{title}” (appointment {id}, {when}) is still not confirmed by {service} ({why}); the time stays held and jumpadesk asks again at the next command and sync.</source>
        <translation>„{title}“ (Termin {id}, {when}) ist von {service} noch nicht bestätigt ({why}); die Zeit bleibt reserviert, und jumpadesk fragt beim nächsten Befehl und Abgleich erneut.</translation>
    </message>
    <message>
        <source>That time is not free: another desk has just taken it.</source>
        <translation>Diese Zeit ist nicht frei: Ein anderer Platz hat sie gerade gebucht.</translation>
    </message>
    <message>
        <source>at this desk</source>
        <translation>an diesem Platz</translation>
    </message>
    <message>
        <source>by {desk}</source>
        <translation>von {desk}</translation>
    </message>
    <message>
        <source>{service} lists none for it; make a calendar there, and it shows here after the next sync</source>
        <extracomment>Calendar names that say &quot;bookings go here&quot;, best first; the only ones ever linked without the owner choosing (the first writable calendar is often a personal one).</extracomment>
        <translation>{service} führt keinen für das Konto; legen Sie dort einen Kalender an, dann erscheint er hier nach dem nächsten Abgleich</translation>
    </message>
    <message>
        <source>its calendars were deleted on {service}</source>
        <translation>seine Kalender wurden in {service} gelöscht</translation>
    </message>
    <message>
        <source>it has only Reminders lists, which hold tasks, not events</source>
        <translation>es hat nur Erinnerungslisten, die Aufgaben enthalten, keine Termine</translation>
    </message>
    <message>
        <source>it has only task lists, which hold tasks, not events</source>
        <translation>es hat nur Aufgabenlisten, die Aufgaben enthalten, keine Termine</translation>
    </message>
    <message>
        <source>it has only subscribed calendars, whose events {service} does not serve</source>
        <translation>es hat nur abonnierte Kalender, deren Termine {service} nicht ausliefert</translation>
    </message>
    <message>
        <source>it has only Reminders lists and subscribed calendars, which cannot block time</source>
        <translation>es hat nur Erinnerungslisten und abonnierte Kalender, die keine Zeit blockieren können</translation>
    </message>
    <message>
        <source>it has only task lists and subscribed calendars, which cannot block time</source>
        <translation>es hat nur Aufgabenlisten und abonnierte Kalender, die keine Zeit blockieren können</translation>
    </message>
    <message>
        <source>{account} on {service} is connected but has no calendars jumpadesk can use: {why}.</source>
        <translation>{account} auf {service} ist verbunden, hat aber keine Kalender, die jumpadesk verwenden kann: {why}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>There is no calendar called &quot;{name}&quot;. Calendars: {names}.</source>
        <translation>Es gibt keinen Kalender namens „{name}“. Kalender: {names}.</translation>
    </message>
    <message>
        <source>More than one calendar is called &quot;{name}&quot;; use its URL (see `jumpadesk calendars`).</source>
        <translation>Mehrere Kalender heißen „{name}“; nennen Sie seine URL (siehe `jumpadesk calendars`).</translation>
    </message>
    <message>
        <source>{calendar} is read-only for you, so it cannot be the linked calendar where bookings are written. Choose one of your own calendars.</source>
        <translation>{calendar} ist für Sie schreibgeschützt und kann daher nicht der verknüpfte Kalender sein, in den Buchungen eingetragen werden. Wählen Sie einen Ihrer eigenen Kalender.</translation>
    </message>
    <message>
        <source>{calendar} cannot be used: {why}</source>
        <translation>{calendar} kann nicht verwendet werden: {why}</translation>
    </message>
    <message>
        <source>This sub-account has no calendar account connected yet; connect one first.</source>
        <translation>Mit diesem Unterkonto ist noch kein Kalenderkonto verbunden; verbinden Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Enter the user name and the password for the server.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort für den Server ein.</translation>
    </message>
    <message>
        <source>Enter the Apple ID (the email address you sign in to Apple with).</source>
        <translation>Geben Sie die Apple-ID ein (die E-Mail-Adresse, mit der Sie sich bei Apple anmelden).</translation>
    </message>
    <message>
        <source>Enter the app-specific password you made at appleid.apple.com.</source>
        <translation>Geben Sie das App-spezifische Passwort ein, das Sie auf appleid.apple.com erstellt haben.</translation>
    </message>
    <message>
        <source>That iCloud account is not connected in {sub_account}.</source>
        <translation>Dieses iCloud-Konto ist in {sub_account} nicht verbunden.</translation>
    </message>
    <message>
        <source>No times are offered for {name}: its schedule may be out of date ({lines}). Sync, then ask again.</source>
        <extracomment>The schedule is read a week at a time, until enough starts are found.</extracomment>
        <translation>Für {name} werden keine Zeiten angeboten: Der Terminplan ist möglicherweise nicht aktuell ({lines}). Gleichen Sie ab und fragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Ask for 1 to {most} free times, not {count}.</source>
        <translation>Fragen Sie nach 1 bis {most} freien Zeiten, nicht nach {count}.</translation>
    </message>
    <message>
        <source>A free time needs a length, like 45m.</source>
        <translation>Eine freie Zeit braucht eine Dauer, etwa 45m.</translation>
    </message>
    <message>
        <source>{refusal}; free from {starts}.</source>
        <translation>{refusal}; frei ab {starts}.</translation>
    </message>
    <message>
        <source>{length} before</source>
        <extracomment>The longest buffer on either side.</extracomment>
        <translation>{length} davor</translation>
    </message>
    <message>
        <source>{length} after</source>
        <translation>{length} danach</translation>
    </message>
    <message>
        <source>There is no service named &apos;{name}&apos;; there are: {known}.</source>
        <translation>Es gibt keine Dienstleistung namens „{name}“; vorhanden sind: {known}.</translation>
    </message>
    <message>
        <source>There is no service named &apos;{name}&apos;; there are none yet.</source>
        <translation>Es gibt keine Dienstleistung namens „{name}“; es gibt noch keine.</translation>
    </message>
    <message>
        <source>{staff} does not offer {service}; it is offered by {names}.</source>
        <translation>{staff} bietet {service} nicht an; das bieten {names} an.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Eine Dienstleistung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A service lasts from 1 minute to 24 hours.</source>
        <translation>Eine Dienstleistung dauert von 1 Minute bis 24 Stunden.</translation>
    </message>
    <message>
        <source>The buffer before a service is from 0 minutes to 12 hours.</source>
        <translation>Der Puffer vor einer Dienstleistung beträgt 0 Minuten bis 12 Stunden.</translation>
    </message>
    <message>
        <source>The buffer after a service is from 0 minutes to 12 hours.</source>
        <translation>Der Puffer nach einer Dienstleistung beträgt 0 Minuten bis 12 Stunden.</translation>
    </message>
    <message>
        <source>There is already a service named &apos;{name}&apos;; remove it first or choose another name.</source>
        <translation>Es gibt bereits eine Dienstleistung namens „{name}“; entfernen Sie sie zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Use {account}, already connected for {users}</source>
        <translation>{account} verwenden, bereits verbunden für {users}</translation>
    </message>
    <message>
        <source>Added {name}, in {zone}.</source>
        <translation>{name} hinzugefügt, in {zone}.</translation>
    </message>
    <message>
        <source>{account} (already connected for {users})</source>
        <translation>{account} (bereits verbunden für {users})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Linked calendar: {linked}. Conflict calendars: {conflict}.</source>
        <translation>Verknüpfter Kalender: {linked}. Konfliktkalender: {conflict}.</translation>
    </message>
    <message>
        <source>Conflict calendars: {conflict}. Next: choose where {name}&apos;s bookings go: jumpadesk configure --sub-account &quot;{name}&quot; --linked NAME</source>
        <translation>Konfliktkalender: {conflict}. Als Nächstes: Wählen Sie, wohin die Buchungen von {name} gehen: jumpadesk configure --sub-account &quot;{name}&quot; --linked NAME</translation>
    </message>
    <message>
        <source>{added} It uses {accounts}, with no password asked again. {calendars}</source>
        <translation>{added} Es verwendet {accounts}, ohne erneute Passwortabfrage. {calendars}</translation>
    </message>
    <message>
        <source>the account connected here is {ids}</source>
        <translation>das hier verbundene Konto ist {ids}</translation>
    </message>
    <message>
        <source>the accounts connected here are {ids}</source>
        <translation>die hier verbundenen Konten sind {ids}</translation>
    </message>
    <message>
        <source>no account is connected here yet</source>
        <translation>hier ist noch kein Konto verbunden</translation>
    </message>
    <message>
        <source>{account} is not connected at this desk ({there}); connect it first with jumpadesk connect.</source>
        <translation>{account} ist an diesem Platz nicht verbunden ({there}); verbinden Sie es zuerst mit jumpadesk connect.</translation>
    </message>
    <message>
        <source>{account} is connected here on more than one server; connect it to the sub-account with jumpadesk connect --server.</source>
        <translation>{account} ist hier auf mehr als einem Server verbunden; verbinden Sie es mit jumpadesk connect --server mit dem Unterkonto.</translation>
    </message>
    <message>
        <source>A new sub-account has no calendars to choose yet: name an account already connected here with --use APPLE_ID.</source>
        <translation>Ein neues Unterkonto hat noch keine Kalender zur Auswahl: Nennen Sie mit --use APPLE_ID ein Konto, das hier schon verbunden ist.</translation>
    </message>
    <message>
        <source>A sub-account needs a name.</source>
        <translation>Ein Unterkonto braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a sub-account called &quot;{name}&quot;.</source>
        <translation>Es gibt bereits ein Unterkonto namens „{name}“.</translation>
    </message>
    <message>
        <source>its %n past appointment stays in iCloud as an event, and jumpadesk forgot it</source>
        <translation>sein %n vergangener Termin bleibt als Ereignis in iCloud, und jumpadesk hat ihn vergessen</translation>
    </message>
    <message>
        <source>its %n past appointments stay in iCloud as events, and jumpadesk forgot them</source>
        <translation>seine %n vergangenen Termine bleiben als Ereignisse in iCloud, und jumpadesk hat sie vergessen</translation>
    </message>
    <message>
        <source>it had no past appointments</source>
        <translation>es hatte keine vergangenen Termine</translation>
    </message>
    <message>
        <source>Removed {name}: {past}; its {slots} and {contacts} are deleted.</source>
        <translation>{name} entfernt: {past}; seine {slots} und {contacts} sind gelöscht.</translation>
    </message>
    <message>
        <source>%n blocked slot</source>
        <translation>%n gesperrte Zeit</translation>
    </message>
    <message>
        <source>%n blocked slots</source>
        <translation>%n gesperrten Zeiten</translation>
    </message>
    <message>
        <source>%n contact</source>
        <translation>%n Kontakt</translation>
    </message>
    <message>
        <source>%n contacts</source>
        <translation>%n Kontakte</translation>
    </message>
    <message>
        <source>{name} is the only sub-account, and a desk needs one: add another first, or rename this one.</source>
        <translation>{name} ist das einzige Unterkonto, und ein Platz braucht eines: Fügen Sie zuerst ein weiteres hinzu oder benennen Sie dieses um.</translation>
    </message>
    <message>
        <source>{name} still has %n appointment ahead (the next: &quot;{title}&quot; on {when}); cancel or move it first, then remove {name}.</source>
        <translation>{name} hat noch %n anstehenden Termin (den nächsten: „{title}“ am {when}); sagen Sie ihn zuerst ab oder verschieben Sie ihn, dann entfernen Sie {name}.</translation>
    </message>
    <message>
        <source>{name} still has %n appointments ahead (the next: &quot;{title}&quot; on {when}); cancel or move them first, then remove {name}.</source>
        <translation>{name} hat noch %n anstehende Termine (den nächsten: „{title}“ am {when}); sagen Sie sie zuerst ab oder verschieben Sie sie, dann entfernen Sie {name}.</translation>
    </message>
    <message>
        <source>{name} still uses {accounts}: disconnect it first (jumpadesk disconnect --sub-account &quot;{name}&quot; --all), then remove the sub-account.</source>
        <translation>{name} verwendet noch {accounts}: Trennen Sie es zuerst (jumpadesk disconnect --sub-account &quot;{name}&quot; --all), dann entfernen Sie das Unterkonto.</translation>
    </message>
    <message>
        <source>Nothing to change in #{id}: it already says that.</source>
        <translation>Nichts zu ändern an #{id}: Dort steht das bereits.</translation>
    </message>
    <message>
        <source>ends {end}</source>
        <translation>endet {end}</translation>
    </message>
    <message>
        <source>Changed #{id}: {changes}.</source>
        <translation>Geändert #{id}: {changes}.</translation>
    </message>
    <message>
        <source>title {value}</source>
        <translation>Titel {value}</translation>
    </message>
    <message>
        <source>guest {value}</source>
        <translation>Kunde {value}</translation>
    </message>
    <message>
        <source>email {value}</source>
        <translation>E-Mail {value}</translation>
    </message>
    <message>
        <source>phone {value}</source>
        <translation>Telefon {value}</translation>
    </message>
    <message>
        <source>notes {value}</source>
        <translation>Notizen {value}</translation>
    </message>
    <message>
        <source>service {value}</source>
        <translation>Dienstleistung {value}</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>„{words}“</translation>
    </message>
    <message>
        <source>Confirm to change it anyway.</source>
        <translation>Bestätigen Sie, um ihn trotzdem zu ändern.</translation>
    </message>
    <message>
        <source>An appointment needs a title; give one, or leave it as it is.</source>
        <translation>Ein Termin braucht einen Titel; geben Sie einen an, oder lassen Sie ihn, wie er ist.</translation>
    </message>
    <message>
        <source>{appointment} was cancelled{by}; there is nothing to change.</source>
        <translation>{appointment} wurde{by} abgesagt; es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>{appointment} is not yet confirmed by its calendar&apos;s server, so it cannot be changed yet. Try again after the next sync.</source>
        <translation>{appointment} ist vom Server seines Kalenders noch nicht bestätigt und kann daher noch nicht geändert werden. Versuchen Sie es nach dem nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{appointment} was changed at another desk since, so it was left as it is now.</source>
        <translation>{appointment} wurde inzwischen an einem anderen Arbeitsplatz geändert und bleibt daher, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>That service would end the appointment before it starts.</source>
        <translation>Mit dieser Dienstleistung würde der Termin enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The change of appointment {id} may be in its calendar already; jumpadesk asks again as soon as the store is back (the next command or sync does).</source>
        <translation>Die Änderung von Termin {id} steht vielleicht schon in seinem Kalender; jumpadesk fragt erneut, sobald der Speicher wieder erreichbar ist (beim nächsten Befehl oder Abgleich).</translation>
    </message>
    <message>
        <source>{service} did not take the change ({lost}) and still has appointment {id} as it was, so it keeps what it said here too. Try again.</source>
        <translation>{service} hat die Änderung nicht übernommen ({lost}) und hat Termin {id} noch wie zuvor, daher behält er auch hier seine bisherigen Angaben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change was sent to {service}; {service} has not confirmed it yet ({why}). Appointment {id} is kept as changed, until {service} answers: jumpadesk asks again at the next command and at the next sync.</source>
        <translation>Die Änderung wurde an {service} gesendet; {service} hat sie noch nicht bestätigt ({why}). Termin {id} bleibt geändert, bis {service} antwortet: jumpadesk fragt beim nächsten Befehl und beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{appointment} is already with {name}.</source>
        <translation>{appointment} ist bereits bei {name}.</translation>
    </message>
    <message>
        <source>{name} has no linked calendar. {then}</source>
        <translation>{name} hat keinen verknüpften Kalender. {then}</translation>
    </message>
    <message>
        <source>Appointment {id} is no longer with that staff member; another desk has just changed it.</source>
        <translation>Termin {id} ist nicht mehr bei diesem Mitarbeiter; ein anderer Arbeitsplatz hat ihn gerade geändert.</translation>
    </message>
    <message>
        <source>{appointment} is not yet confirmed by its calendar&apos;s server, so it cannot be given to someone else yet. Try again after the next sync.</source>
        <translation>{appointment} ist vom Server seines Kalenders noch nicht bestätigt und kann daher noch nicht an jemand anderen gegeben werden. Versuchen Sie es nach dem nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>Appointment {id} stays where it was: {why}</source>
        <translation>Termin {id} bleibt, wo er war: {why}</translation>
    </message>
    <message>
        <source>The change was sent to {service}; {service} has not confirmed it yet ({why}). Appointment {id} is kept with {name}, {when}, and its old time stays held as {service} last showed it, until {service} answers: jumpadesk asks again at the next command and at the next sync.</source>
        <translation>Die Änderung wurde an {service} gesendet; {service} hat sie noch nicht bestätigt ({why}). Termin {id} bleibt bei {name}, {when}, und seine alte Zeit bleibt reserviert, wie {service} sie zuletzt zeigte, bis {service} antwortet: jumpadesk fragt beim nächsten Befehl und beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>Appointment {id} stays with {name}, holding its time, until then; cancel one of the two once {service} answers.</source>
        <translation>Termin {id} bleibt bis dahin bei {name} und hält seine Zeit; sagen Sie einen der beiden ab, sobald {service} antwortet.</translation>
    </message>
    <message>
        <source>Appointment {id} stays with {name}:</source>
        <translation>Termin {id} bleibt bei {name}:</translation>
    </message>
    <message>
        <source>The appointment is now with {target} (appointment {copy}), but {service} refused to take it out of {source}&apos;s calendar, so appointment {id} is still held for {source} too:</source>
        <translation>Der Termin ist jetzt bei {target} (Termin {copy}), aber {service} hat sich geweigert, ihn aus dem Kalender von {source} zu entfernen, daher ist Termin {id} auch für {source} noch reserviert:</translation>
    </message>
    <message>
        <source>The appointment is now with {target} (appointment {copy}), but {service} did not confirm taking it out of {source}&apos;s calendar ({lost}), so appointment {id} is still held for {source} too: cancel it there once {service} answers.</source>
        <translation>Der Termin ist jetzt bei {target} (Termin {copy}), aber {service} hat nicht bestätigt, ihn aus dem Kalender von {source} entfernt zu haben ({lost}), daher ist Termin {id} auch für {source} noch reserviert: Sagen Sie ihn dort ab, sobald {service} antwortet.</translation>
    </message>
    <message>
        <source>Confirm to undo it anyway.</source>
        <translation>Bestätigen Sie, um es trotzdem rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Cancel of {what}</source>
        <translation>Absage von {what}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Move of {what}</source>
        <translation>Verschiebung von {what}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Reassignment of {what}</source>
        <translation>Übergabe von {what}</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Edit of {what}</source>
        <translation>Änderung von {what}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>appointment {id}</source>
        <translation>Termin {id}</translation>
    </message>
    <message>
        <source>Booked again: {what}.</source>
        <translation>Wieder gebucht: {what}.</translation>
    </message>
    <message>
        <source>Moved back: {what}.</source>
        <translation>Zurückverschoben: {what}.</translation>
    </message>
    <message>
        <source>Changed back: {what}.</source>
        <translation>Änderung zurückgenommen: {what}.</translation>
    </message>
    <message>
        <source>Given back to {name}: {what}.</source>
        <translation>An {name} zurückgegeben: {what}.</translation>
    </message>
    <message>
        <source>{appointment} is not cancelled, so there is nothing to book again.</source>
        <translation>{appointment} ist nicht abgesagt, daher gibt es nichts erneut zu buchen.</translation>
    </message>
    <message>
        <source>its calendar</source>
        <translation>seinen Kalender</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>The longest notes kept on a client, in characters. What `jumpadesk mark` and the window take, and the mark each sets.</extracomment>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>#{id} {when} {what} with {staff}, cancelled</source>
        <translation>#{id} {when} {what} bei {staff}, abgesagt</translation>
    </message>
    <message>
        <source>#{id} {when} {what} with {staff}, arrived</source>
        <translation>#{id} {when} {what} bei {staff}, erschienen</translation>
    </message>
    <message>
        <source>#{id} {when} {what} with {staff}, no-show</source>
        <translation>#{id} {when} {what} bei {staff}, nicht erschienen</translation>
    </message>
    <message>
        <source>#{id} {when} {what} with {staff}</source>
        <translation>#{id} {when} {what} bei {staff}</translation>
    </message>
    <message>
        <source>Arrived {arrived}, no-show {no_show}</source>
        <translation>Erschienen: {arrived}, nicht erschienen: {no_show}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <source>%n time</source>
        <translation>%n-mal</translation>
    </message>
    <message>
        <source>%n times</source>
        <translation>%n-mal</translation>
    </message>
    <message>
        <source>There is no client {number}.</source>
        <translation>Es gibt keine Kundennummer {number}.</translation>
    </message>
    <message>
        <source>There is no client with the email address {email}.</source>
        <translation>Niemand unter Ihren Kunden hat die E-Mail-Adresse {email}.</translation>
    </message>
    <message>
        <source>Notes can be at most {limit} characters long; these are {length}. Nothing was saved.</source>
        <translation>Notizen dürfen höchstens {limit} Zeichen lang sein; diese haben {length}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved the notes on the client.</source>
        <translation>Die Notizen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Cleared the notes on the client.</source>
        <translation>Die Notizen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Saved the notes on {name}.</source>
        <translation>Die Notizen zu {name} wurden gespeichert.</translation>
    </message>
    <message>
        <source>Cleared the notes on {name}.</source>
        <translation>Die Notizen zu {name} wurden gelöscht.</translation>
    </message>
    <message>
        <source>{appointment} was cancelled, so it cannot be marked arrived.</source>
        <translation>{appointment} wurde abgesagt und kann deshalb nicht als erschienen markiert werden.</translation>
    </message>
    <message>
        <source>{appointment} was cancelled, so it cannot be marked no-show.</source>
        <translation>{appointment} wurde abgesagt und kann deshalb nicht als nicht erschienen markiert werden.</translation>
    </message>
    <message>
        <source>{appointment} is not today: a guest can be marked arrived from {day} on.</source>
        <translation>{appointment} ist nicht heute: Sie können den Gast erst ab {day} als erschienen markieren.</translation>
    </message>
    <message>
        <source>{appointment} has not started yet: a guest can be marked as a no-show once it has.</source>
        <translation>{appointment} hat noch nicht begonnen: Sie können den Gast erst als nicht erschienen markieren, wenn der Termin begonnen hat.</translation>
    </message>
    <message>
        <source>Mark it arrived, no-show or clear, not “{mark}”.</source>
        <translation>Markieren Sie ihn mit arrived, no-show oder clear, nicht mit „{mark}“.</translation>
    </message>
    <message>
        <source>There is no appointment {id}.</source>
        <translation>Es gibt keinen Termin {id}.</translation>
    </message>
    <message>
        <source>Marked {appointment} as arrived.</source>
        <translation>{appointment} ist als erschienen markiert.</translation>
    </message>
    <message>
        <source>Marked {appointment} as a no-show.</source>
        <translation>{appointment} ist als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>Cleared the mark on {appointment}.</source>
        <translation>Die Markierung von {appointment} wurde entfernt.</translation>
    </message>
    <message>
        <source>Booked {when}, before jumpadesk recorded which desk</source>
        <translation>Gebucht {when}, bevor jumpadesk festhielt, an welchem Platz</translation>
    </message>
    <message>
        <source>Booked at this desk, {when}</source>
        <translation>Gebucht an diesem Platz, {when}</translation>
    </message>
    <message>
        <source>Booked by {desk}, {when}</source>
        <translation>Gebucht von {desk}, {when}</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Noch nicht markiert</translation>
    </message>
    <message>
        <source>The demo could not sync: {why}</source>
        <extracomment>The demo&apos;s choices, as a small business would make them: bookings go to Work; Home, Work and Family block.</extracomment>
        <translation>Die Demo konnte nicht abgleichen: {why}</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; does not look like an email address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>services_dialog</name>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färben</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Buffer before:</source>
        <translation>Puffer davor:</translation>
    </message>
    <message>
        <source>Buffer after:</source>
        <translation>Puffer danach:</translation>
    </message>
    <message>
        <source>Offered by:</source>
        <translation>Angeboten von:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save Staff</source>
        <translation>Mitarbeiter speichern</translation>
    </message>
    <message>
        <source>Who offers the chosen service: the staff ticked</source>
        <translation>Wer die gewählte Dienstleistung anbietet: die angehakten Mitarbeiter</translation>
    </message>
    <message>
        <source>No services yet: add one below.</source>
        <translation>Noch keine Dienstleistungen: Fügen Sie unten eine hinzu.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose a service, then tick who offers it.</source>
        <translation>Wählen Sie eine Dienstleistung und haken Sie an, wer sie anbietet.</translation>
    </message>
    <message>
        <source>Saved who offers {name}.</source>
        <translation>Gespeichert, wer {name} anbietet.</translation>
    </message>
    <message>
        <source>Choose a service to remove.</source>
        <translation>Wählen Sie die Dienstleistung, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>Removed {name}; appointments booked for it keep their times.</source>
        <translation>{name} entfernt; dafür gebuchte Termine behalten ihre Zeiten.</translation>
    </message>
    <message>
        <source>by {staff}</source>
        <translation>von {staff}</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Angeboten von</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>share_page</name>
    <message>
        <source>Several desks can share one schedule on a PostgreSQL server: bookings made at one desk show at the others within seconds, and nobody is double booked. Ask whoever runs the server for the address, like postgresql://desk@server.local/salon.</source>
        <translation>Mehrere Arbeitsplätze können einen Terminplan auf einem PostgreSQL-Server teilen: An einem Platz gemachte Buchungen erscheinen binnen Sekunden an den anderen, und niemand wird doppelt gebucht. Fragen Sie die Person, die den Server betreut, nach der Adresse, etwa postgresql://desk@server.local/salon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Share this schedule with other desks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diesen Terminplan mit anderen Arbeitsplätzen teilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Datenbankadresse</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s schedule there</source>
        <translation>Terminplan dieses Arbeitsplatzes dorthin kopieren</translation>
    </message>
    <message>
        <source>Use it at this desk</source>
        <translation>An diesem Arbeitsplatz verwenden</translation>
    </message>
    <message>
        <source>Back to this computer only</source>
        <translation>Zurück: nur auf diesem Computer</translation>
    </message>
    <message>
        <source>This desk keeps its schedule in {store}.</source>
        <translation>Dieser Arbeitsplatz führt seinen Terminplan in {store}.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>Copied {appointments} appointments, {blocked} blocked slots and {contacts} contacts. Now choose “Use it at this desk”, here and at every other desk.</source>
        <translation>{appointments} Termine, {blocked} Sperrzeiten und {contacts} Kontakte kopiert. Wählen Sie jetzt „An diesem Arbeitsplatz verwenden“, hier und an jedem anderen Arbeitsplatz.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Up / Down</source>
        <translation>Pfeil hoch / runter</translation>
    </message>
    <message>
        <source>Move the selected time {minutes} minutes earlier or later</source>
        <translation>Die gewählte Zeit {minutes} Minuten früher oder später legen</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Pfeil links / rechts</translation>
    </message>
    <message>
        <source>The same time on the day before or after (into the next or previous week)</source>
        <translation>Dieselbe Zeit am Tag davor oder danach (bis in die nächste oder vorige Woche)</translation>
    </message>
    <message>
        <source>Shift+Up / Shift+Down</source>
        <translation>Umschalt+Hoch / Umschalt+Runter</translation>
    </message>
    <message>
        <source>Make the selected time {minutes} minutes shorter or longer at its end (Shift+Up from half an hour leaves {minutes} minutes)</source>
        <translation>Die gewählte Zeit am Ende {minutes} Minuten kürzer oder länger machen (Umschalt+Hoch lässt von einer halben Stunde {minutes} Minuten übrig)</translation>
    </message>
    <message>
        <source>Enter / Space</source>
        <translation>Eingabe / Leertaste</translation>
    </message>
    <message>
        <source>Book the selected time, or open the event that has the focus</source>
        <translation>Die gewählte Zeit buchen oder den markierten Termin öffnen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Walk the events of the week, in reading order</source>
        <translation>Durch die Termine der Woche gehen, in Lesereihenfolge</translation>
    </message>
    <message>
        <source>Delete / Backspace</source>
        <translation>Entf / Rücktaste</translation>
    </message>
    <message>
        <source>Cancel the appointment or remove the blocked slot that has the focus (asks first)</source>
        <translation>Den markierten Termin absagen oder die markierte Sperrzeit entfernen (fragt vorher)</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>Die Woche davor</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>Die Woche danach</translation>
    </message>
    <message>
        <source>T / Home</source>
        <translation>T / Pos1</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop a drag, else clear the selected time, else leave the focused event</source>
        <translation>Ziehen abbrechen, sonst die gewählte Zeit aufheben, sonst den markierten Termin verlassen</translation>
    </message>
    <message>
        <source>Click on free time</source>
        <translation>Klick auf freie Zeit</translation>
    </message>
    <message>
        <source>Select half an hour there (books nothing)</source>
        <translation>Dort eine halbe Stunde wählen (bucht nichts)</translation>
    </message>
    <message>
        <source>Double-click or drag on free time</source>
        <translation>Doppelklick oder Ziehen auf freier Zeit</translation>
    </message>
    <message>
        <source>Open the booking form for that time</source>
        <translation>Das Buchungsformular für diese Zeit öffnen</translation>
    </message>
    <message>
        <source>Click an event</source>
        <translation>Klick auf einen Termin</translation>
    </message>
    <message>
        <source>Its details</source>
        <translation>Seine Details</translation>
    </message>
    <message>
        <source>Drag an appointment, or its lower edge</source>
        <translation>Einen Termin ziehen oder seine Unterkante</translation>
    </message>
    <message>
        <source>Move it, or change its end (asks first)</source>
        <translation>Ihn verschieben oder sein Ende ändern (fragt vorher)</translation>
    </message>
    <message>
        <source>Alt+1 / Alt+2 / Alt+3</source>
        <translation>Alt+1 / Alt+2 / Alt+3</translation>
    </message>
    <message>
        <source>Show the day, the week, or the team&apos;s day (every staff member side by side)</source>
        <translation>Den Tag, die Woche oder den Tag des Teams zeigen (alle Mitarbeiter nebeneinander)</translation>
    </message>
    <message>
        <source>Ctrl+G, or click the title</source>
        <translation>Strg+G oder Klick auf den Titel</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <source>Left / Right in the team&apos;s day</source>
        <translation>Pfeil links / rechts im Tag des Teams</translation>
    </message>
    <message>
        <source>The same time in the staff member&apos;s column before or after</source>
        <translation>Dieselbe Zeit in der Spalte des Mitarbeiters davor oder danach</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right in the team&apos;s day</source>
        <translation>Umschalt+Pfeil links / rechts im Tag des Teams</translation>
    </message>
    <message>
        <source>Give the focused appointment to the staff member before or after, at its time (asks first)</source>
        <translation>Den markierten Termin zur selben Zeit an den Mitarbeiter davor oder danach geben (fragt vorher)</translation>
    </message>
    <message>
        <source>Drag an appointment to another column</source>
        <translation>Einen Termin in eine andere Spalte ziehen</translation>
    </message>
    <message>
        <source>Give it to that staff member (asks first)</source>
        <translation>Ihn diesem Mitarbeiter geben (fragt vorher)</translation>
    </message>
    <message>
        <source>{keys}: {what}</source>
        <extracomment>What the keyboard does in the week view, every key of the table, for the view&apos;s accessible description: &quot;Up / Down: move the selected time ...; Left / Right: ...&quot;.</extracomment>
        <translation>{keys}: {what}</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the week view (click it first, or Tab to it):</source>
        <translation>In der Wochenansicht (erst hineinklicken oder mit Tab dorthin):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The disk is full, so jumpadesk could not save. Nothing was changed; free some space and try again.</source>
        <extracomment>Below this much free space (or when a write of this size is refused) the disk is full. The errnos of a write refused for want of room: no space, over quota, over a size limit.</extracomment>
        <translation>Der Datenträger ist voll, daher konnte jumpadesk nicht speichern. Es wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The jumpadesk data file is busy in another program. Close other copies of jumpadesk and try again.</source>
        <translation>Die Datendatei von jumpadesk wird gerade von einem anderen Programm verwendet. Schließen Sie andere jumpadesk-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The jumpadesk data folder is read-only. Check its permissions and try again.</source>
        <translation>Der Datenordner von jumpadesk ist schreibgeschützt. Prüfen Sie seine Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The jumpadesk data file cannot be opened. Check that its folder exists.</source>
        <translation>Die Datendatei von jumpadesk kann nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert.</translation>
    </message>
    <message>
        <source>SQLite finds it malformed</source>
        <translation>SQLite hält sie für fehlerhaft</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is empty: 0 bytes</source>
        <translation>sie ist leer: 0 Byte</translation>
    </message>
    <message>
        <source>it is cut short: {size} of its {whole} bytes are there</source>
        <translation>sie ist abgeschnitten: {size} ihrer {whole} Byte sind vorhanden</translation>
    </message>
    <message>
        <source>Restore the newest backup: quit jumpadesk, move the damaged file aside, then copy {backup} (saved {saved}) to {path}. What was booked or blocked after that backup is not in it.</source>
        <translation>Stellen Sie die neueste Sicherung wieder her: Beenden Sie jumpadesk, legen Sie die beschädigte Datei beiseite und kopieren Sie dann {backup} (gespeichert {saved}) nach {path}. Was nach dieser Sicherung gebucht oder gesperrt wurde, ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>There is no backup of it in its folder: restore it from a backup of this computer, or move it aside to start again with an empty schedule.</source>
        <translation>In ihrem Ordner gibt es keine Sicherung davon: Stellen Sie sie aus einer Sicherung dieses Computers wieder her oder legen Sie sie beiseite, um mit einem leeren Kalender neu zu beginnen.</translation>
    </message>
    <message>
        <source>The jumpadesk data file {path} is damaged ({why}); jumpadesk changed nothing in it. {todo}</source>
        <translation>Die Datendatei {path} von jumpadesk ist beschädigt ({why}); jumpadesk hat nichts an ihr geändert. {todo}</translation>
    </message>
    <message>
        <source>The jumpadesk data file {path} cannot be opened: its folder {folder} is missing.</source>
        <translation>Die Datendatei {path} von jumpadesk kann nicht geöffnet werden: Ihr Ordner {folder} fehlt.</translation>
    </message>
    <message>
        <source>The jumpadesk data file {path} cannot be opened: this user may not read it. Check its permissions and try again.</source>
        <translation>Die Datendatei {path} von jumpadesk kann nicht geöffnet werden: Dieser Benutzer darf sie nicht lesen. Prüfen Sie ihre Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The jumpadesk data file {path} cannot be opened.</source>
        <translation>Die Datendatei {path} von jumpadesk kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The jumpadesk data folder {folder} is read-only, so jumpadesk cannot save there. Make it writable for your user and try again.</source>
        <translation>Der Datenordner {folder} von jumpadesk ist schreibgeschützt, daher kann jumpadesk dort nicht speichern. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The jumpadesk data file {path} is read-only, so jumpadesk cannot save. Make it writable for your user and try again.</source>
        <translation>Die Datendatei {path} von jumpadesk ist schreibgeschützt, daher kann jumpadesk nicht speichern. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk, so jumpadesk cannot save there. Make the disk writable and try again.</source>
        <translation>{path} liegt auf einem schreibgeschützten Datenträger, daher kann jumpadesk dort nicht speichern. Machen Sie den Datenträger beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>jumpadesk cannot make {path}: {folder} is read-only for this user. Make it writable for your user and try again.</source>
        <translation>jumpadesk kann {path} nicht anlegen: {folder} ist für diesen Benutzer schreibgeschützt. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is read-only for this user, so jumpadesk cannot use it. Make it writable for your user and try again.</source>
        <translation>{path} ist für diesen Benutzer schreibgeschützt, daher kann jumpadesk es nicht verwenden. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name in it, like {example}.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen darin an, etwa {example}.</translation>
    </message>
    <message>
        <source>jumpadesk cannot save {name}: the folder {folder} does not exist.</source>
        <translation>jumpadesk kann {name} nicht speichern: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The disk is full, so jumpadesk could not save {path}. Nothing was written.</source>
        <translation>Der Datenträger ist voll, daher konnte jumpadesk {path} nicht speichern. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>jumpadesk cannot save {name} in {folder}: this user may not write in that folder. Choose another folder.</source>
        <translation>jumpadesk kann {name} nicht in {folder} speichern: Dieser Benutzer darf in diesen Ordner nicht schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>jumpadesk could not save {path}: {why}.</source>
        <translation>jumpadesk konnte {path} nicht speichern: {why}.</translation>
    </message>
    <message>
        <source>This data was written by a newer jumpadesk (schema {revision}); please install the newer version.</source>
        <extracomment>The Alembic revision a store from before migrations is stamped with. Advisory lock key held while a desk migrates a PostgreSQL store (others wait).</extracomment>
        <translation>Diese Daten hat ein neueres jumpadesk geschrieben (Schema {revision}); bitte installieren Sie die neuere Version.</translation>
    </message>
    <message>
        <source>{where} was upgraded by a newer jumpadesk, {version} (schema {revision}), and this desk runs jumpadesk {ours}: install jumpadesk {version} or newer here to use it.</source>
        <translation>{where} wurde von einem neueren jumpadesk aktualisiert, {version} (Schema {revision}), und an diesem Arbeitsplatz läuft jumpadesk {ours}: Installieren Sie hier jumpadesk {version} oder neuer, um es zu nutzen.</translation>
    </message>
    <message>
        <source>The jumpadesk data file {path} cannot be made ({why}).</source>
        <translation>Die jumpadesk-Datendatei {path} kann nicht angelegt werden ({why}).</translation>
    </message>
    <message>
        <source>the shared schedule</source>
        <translation>der gemeinsame Terminplan</translation>
    </message>
    <message>
        <source>the data file {path}</source>
        <translation>die Datendatei {path}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>the shared schedule on {host} ({database})</source>
        <translation>der gemeinsame Terminplan auf {host} ({database})</translation>
    </message>
    <message>
        <source>The database server does not know that user ({store}). Create it first (see the README), then try again.</source>
        <translation>Der Datenbankserver kennt diesen Benutzer nicht ({store}). Legen Sie ihn zuerst an (siehe README) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database server refused the password for the user &quot;{user}&quot; of {store}. Check the password in ~/.pgpass or the keychain (jumpadesk store use --help).</source>
        <translation>Der Datenbankserver hat das Passwort für den Benutzer „{user}“ abgelehnt ({store}). Prüfen Sie das Passwort in ~/.pgpass oder im Schlüsselbund (jumpadesk store use --help).</translation>
    </message>
    <message>
        <source>The database server refused the password of {store}. Check the password in ~/.pgpass or the keychain (jumpadesk store use --help).</source>
        <translation>Der Datenbankserver hat das Passwort abgelehnt ({store}). Prüfen Sie das Passwort in ~/.pgpass oder im Schlüsselbund (jumpadesk store use --help).</translation>
    </message>
    <message>
        <source>There is no database {name} on that server yet. Create it first (see the README&apos;s five lines), then try again.</source>
        <translation>Auf diesem Server gibt es noch keine Datenbank {name}. Legen Sie sie zuerst an (siehe die fünf Zeilen im README) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot reach {store}. Nothing can be booked until it is back: check that the server is running and this computer is on its network.</source>
        <translation>Nicht erreichbar: {store}. Bis er wieder da ist, kann nichts gebucht werden: Prüfen Sie, ob der Server läuft und dieser Computer in seinem Netzwerk ist.</translation>
    </message>
    <message>
        <source>The local data store failed ({why}).</source>
        <extracomment>SQLite&apos;s result codes for a damaged file: it is named, with the backup to restore.</extracomment>
        <translation>Der lokale Datenspeicher hat versagt ({why}).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>jumpadesk cannot make its lock file {path} ({why}).</source>
        <extracomment>Set to 1, a process&apos;s bookings take the configuration lock alone: one at a time.</extracomment>
        <translation>jumpadesk kann seine Sperrdatei {path} nicht anlegen ({why}).</translation>
    </message>
    <message>
        <source>PostgreSQL {version} answers at {where}; it holds no schedule yet: copy this desk&apos;s into it with `jumpadesk store copy-to URL`, then `jumpadesk store use URL`.</source>
        <extracomment>PostgreSQL 13 is the oldest with btree_gist as a trusted extension (a database&apos;s owner may create it) and DROP DATABASE ... WITH (FORCE). Tables whose rows are the business&apos;s own: a store holding any is not &quot;empty&quot;. A store&apos;s own record of the jumpadesk versions that made its schema: never copied.</extracomment>
        <translation>PostgreSQL {version} antwortet ({where}); dort liegt noch kein Terminplan: Kopieren Sie den dieses Arbeitsplatzes mit `jumpadesk store copy-to URL` hinein, dann `jumpadesk store use URL`.</translation>
    </message>
    <message>
        <source>PostgreSQL {version} answers at {where}; it holds a jumpadesk schedule: switch to it with `jumpadesk store use URL`.</source>
        <translation>PostgreSQL {version} antwortet ({where}); dort liegt ein jumpadesk-Terminplan: Wechseln Sie mit `jumpadesk store use URL` dorthin.</translation>
    </message>
    <message>
        <source>PostgreSQL {version} answers at {where}; it holds other tables; jumpadesk would add its own beside them.</source>
        <translation>PostgreSQL {version} antwortet ({where}); dort liegen andere Tabellen; jumpadesk würde seine eigenen daneben anlegen.</translation>
    </message>
    <message>
        <source>Cannot reach {store}: check the server&apos;s name and port, that it is running, and that it accepts connections from this computer (listen_addresses and pg_hba.conf on the server).</source>
        <translation>Nicht erreichbar: {store}. Prüfen Sie Namen und Port des Servers, ob er läuft und ob er Verbindungen von diesem Computer annimmt (listen_addresses und pg_hba.conf auf dem Server).</translation>
    </message>
    <message>
        <source>The database server at {store} refused: {why}.</source>
        <translation>Der Datenbankserver ({store}) hat abgelehnt: {why}.</translation>
    </message>
    <message>
        <source>The database server at {where} runs PostgreSQL {version}, which is too old: jumpadesk needs PostgreSQL {need} or newer. Upgrade the server or use another one.</source>
        <translation>Der Datenbankserver ({where}) läuft mit PostgreSQL {version}, das ist zu alt: jumpadesk braucht PostgreSQL {need} oder neuer. Aktualisieren Sie den Server oder nutzen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The database server at {where} lacks the btree_gist extension that keeps double bookings out; install PostgreSQL&apos;s contrib package there.</source>
        <translation>Dem Datenbankserver ({where}) fehlt die Erweiterung btree_gist, die Doppelbuchungen verhindert; installieren Sie dort das contrib-Paket von PostgreSQL.</translation>
    </message>
    <message>
        <source>{store} already holds a schedule, so nothing was copied (a copy fills an empty store, once). Switch to it with `jumpadesk store use URL`.</source>
        <translation>{store} enthält bereits einen Terminplan, daher wurde nichts kopiert (eine Kopie füllt einen leeren Speicher, einmal). Wechseln Sie mit `jumpadesk store use URL` dorthin.</translation>
    </message>
    <message>
        <source>appointments {first} &quot;{first_title}&quot; and {second} &quot;{second_title}&quot;</source>
        <translation>Termine {first} „{first_title}“ und {second} „{second_title}“</translation>
    </message>
    <message>
        <source>blocked slots {first} &quot;{first_title}&quot; and {second} &quot;{second_title}&quot;</source>
        <translation>Sperrzeiten {first} „{first_title}“ und {second} „{second_title}“</translation>
    </message>
    <message>
        <source>This desk&apos;s schedule has times booked twice, which the shared store refuses: {problems}. Cancel or remove one of each, then copy again.</source>
        <translation>Der Terminplan dieses Arbeitsplatzes hat doppelt gebuchte Zeiten, die der gemeinsame Speicher ablehnt: {problems}. Sagen Sie jeweils einen ab oder entfernen Sie ihn und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>{store} has the schema of jumpadesk {made_by} ({revision}). jumpadesk {version} upgrades it to schema {head}:{steps}
After this, every desk that shares it needs jumpadesk {version} or newer: a desk with an older jumpadesk stops, naming the version to install, until it is updated.</source>
        <translation>{store} hat das Schema von jumpadesk {made_by} ({revision}). jumpadesk {version} aktualisiert es auf Schema {head}:{steps}
Danach braucht jeder Arbeitsplatz, der ihn teilt, jumpadesk {version} oder neuer: Ein Arbeitsplatz mit älterem jumpadesk hält an und nennt die zu installierende Version, bis er aktualisiert ist.</translation>
    </message>
    <message>
        <source>{store} has the schema of an older jumpadesk ({revision}). jumpadesk {version} upgrades it to schema {head}:{steps}
After this, every desk that shares it needs jumpadesk {version} or newer: a desk with an older jumpadesk stops, naming the version to install, until it is updated.</source>
        <translation>{store} hat das Schema eines älteren jumpadesk ({revision}). jumpadesk {version} aktualisiert es auf Schema {head}:{steps}
Danach braucht jeder Arbeitsplatz, der ihn teilt, jumpadesk {version} oder neuer: Ein Arbeitsplatz mit älterem jumpadesk hält an und nennt die zu installierende Version, bis er aktualisiert ist.</translation>
    </message>
    <message>
        <source>Upgraded {store} to schema {head}.</source>
        <translation>Auf Schema {head} aktualisiert: {store}.</translation>
    </message>
    <message>
        <source>{store} already has the schema jumpadesk {version} uses: nothing to upgrade.</source>
        <translation>{store} hat bereits das Schema, das jumpadesk {version} nutzt: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>This desk keeps its schedule in {store} again.</source>
        <translation>Dieser Arbeitsplatz führt seinen Terminplan wieder hier: {store}.</translation>
    </message>
    <message>
        <source>No keychain on this computer could keep the database password. Put it in ~/.pgpass instead (host:port:database:user:password) and give the URL without it.</source>
        <translation>Kein Schlüsselbund auf diesem Computer konnte das Datenbankpasswort aufbewahren. Legen Sie es stattdessen in ~/.pgpass ab (host:port:database:user:password) und geben Sie die URL ohne es an.</translation>
    </message>
    <message>
        <source>jumpadesk could not save {path} ({why}).</source>
        <translation>jumpadesk konnte {path} nicht speichern ({why}).</translation>
    </message>
    <message>
        <source>This desk now keeps its schedule in {store}.</source>
        <translation>Dieser Arbeitsplatz führt seinen Terminplan jetzt hier: {store}.</translation>
    </message>
    <message>
        <source>It is empty: to bring this desk&apos;s schedule along, switch back with `jumpadesk store use local` and run `jumpadesk store copy-to URL` first.</source>
        <translation>Er ist leer: Um den Terminplan dieses Arbeitsplatzes mitzunehmen, wechseln Sie mit `jumpadesk store use local` zurück und führen Sie zuerst `jumpadesk store copy-to URL` aus.</translation>
    </message>
    <message>
        <source>JUMPADESK_DATABASE_URL is set, and wins until it is unset.</source>
        <translation>JUMPADESK_DATABASE_URL ist gesetzt und gilt vorrangig, bis es entfernt wird.</translation>
    </message>
    <message>
        <source>jumpadesk store use (saved in {path})</source>
        <translation>jumpadesk store use (gespeichert in {path})</translation>
    </message>
    <message>
        <source>the default: a file in this desk&apos;s data folder</source>
        <translation>die Voreinstellung: eine Datei im Datenordner dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>in the URL</source>
        <translation>in der URL</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>from ~/.pgpass, if the server asks</source>
        <translation>aus ~/.pgpass, wenn der Server fragt</translation>
    </message>
    <message>
        <source>This desk keeps its schedule in {store} (chosen by {chosen_by}).</source>
        <translation>Dieser Arbeitsplatz führt seinen Terminplan hier: {store} (gewählt durch {chosen_by}).</translation>
    </message>
    <message>
        <source>Database password: {password}.</source>
        <translation>Datenbankpasswort: {password}.</translation>
    </message>
    <message>
        <source>Give the database URL: jumpadesk store {action} postgresql://USER@HOST/DATABASE</source>
        <translation>Geben Sie die Datenbank-URL an: jumpadesk store {action} postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>Copied {appointments} appointments, {blocked} blocked slots, {contacts} contacts and {staff} sub-accounts into {store}. Next: jumpadesk store use URL, at every desk.</source>
        <translation>Kopiert nach {store}: Termine {appointments}, Sperrzeiten {blocked}, Kontakte {contacts}, Unterkonten {staff}. Als Nächstes: jumpadesk store use URL, an jedem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a database URL; write it like postgresql://desk@server.local/salon.</source>
        <translation>„{url}“ ist keine Datenbank-URL; schreiben Sie sie wie postgresql://desk@server.local/salon.</translation>
    </message>
    <message>
        <source>A shared store is a PostgreSQL database: give a URL like postgresql://desk@server.local/salon.</source>
        <translation>Ein gemeinsamer Speicher ist eine PostgreSQL-Datenbank: Geben Sie eine URL wie postgresql://desk@server.local/salon an.</translation>
    </message>
    <message>
        <source>The URL needs the database&apos;s name at its end, like postgresql://desk@server.local/salon.</source>
        <translation>Die URL braucht am Ende den Namen der Datenbank, etwa postgresql://desk@server.local/salon.</translation>
    </message>
</context>
<context>
    <name>store_upgrade</name>
    <message>
        <source>Upgrade the shared schedule?</source>
        <translation>Gemeinsamen Terminplan aktualisieren?</translation>
    </message>
    <message>
        <source>an older jumpadesk</source>
        <translation>einem älteren jumpadesk</translation>
    </message>
    <message>
        <source>{where} has the schema of {made} ({revision}); this jumpadesk ({version}) needs schema {head}.</source>
        <translation>{where} hat das Schema von {made} ({revision}); dieses jumpadesk ({version}) braucht Schema {head}.</translation>
    </message>
    <message>
        <source>After the upgrade, every desk that shares this schedule needs jumpadesk {version} or newer: a desk with an older jumpadesk stops, naming the version to install, until it is updated. Upgrade it now?</source>
        <translation>Nach der Aktualisierung braucht jeder Arbeitsplatz, der diesen Terminplan teilt, jumpadesk {version} oder neuer: Ein Arbeitsplatz mit einem älteren jumpadesk hält an und nennt die zu installierende Version, bis er aktualisiert ist. Jetzt aktualisieren?</translation>
    </message>
    <message>
        <source>The upgrade:</source>
        <translation>Die Aktualisierung:</translation>
    </message>
    <message>
        <source>Upgrade Now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>sub_accounts</name>
    <message>
        <source>for example Downtown studio, or Alex</source>
        <extracomment>What a dialog&apos;s OK runs: a sentence why not (&quot;&quot; when it worked), or a Task whose failure is that sentence.</extracomment>
        <translation>zum Beispiel Studio Innenstadt oder Alex</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Its calendars block this sub-account&apos;s time too, and bookings go to the one called Appointments, Bookings or Work; no password is asked.</source>
        <translation>Seine Kalender blockieren auch die Zeit dieses Unterkontos, und Buchungen gehen in den Kalender namens Termine, Buchungen oder Arbeit; es wird kein Passwort abgefragt.</translation>
    </message>
    <message>
        <source>Time zone of {name}</source>
        <translation>Zeitzone von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s week is shown, and its bookings made, in this time zone. Events in iCloud keep their own times. Type a city or a country to find it.</source>
        <translation>Die Woche von {name} wird in dieser Zeitzone gezeigt und ihre Buchungen darin gemacht. Termine in iCloud behalten ihre eigenen Zeiten. Tippen Sie eine Stadt oder ein Land, um sie zu finden.</translation>
    </message>
    <message>
        <source>The business, location or staff member on screen</source>
        <translation>Das gezeigte Geschäft, der Standort oder Mitarbeiter</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Add or rename a sub-account, or set its time zone and opening hours</source>
        <translation>Ein Unterkonto hinzufügen oder umbenennen oder seine Zeitzone und Öffnungszeiten festlegen</translation>
    </message>
    <message>
        <source>Add Sub-account…</source>
        <translation>Unterkonto hinzufügen …</translation>
    </message>
    <message>
        <source>Rename Sub-account…</source>
        <translation>Unterkonto umbenennen …</translation>
    </message>
    <message>
        <source>Time Zone…</source>
        <translation>Zeitzone …</translation>
    </message>
    <message>
        <source>Time Zone ({zone})…</source>
        <translation>Zeitzone ({zone}) …</translation>
    </message>
    <message>
        <source>Add a sub-account</source>
        <translation>Unterkonto hinzufügen</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} umbenennen</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>&quot;{typed}&quot; is not a server address; iCloud&apos;s is https://caldav.icloud.com/.</source>
        <translation>„{typed}“ ist keine Serveradresse; die von iCloud lautet https://caldav.icloud.com/.</translation>
    </message>
    <message>
        <source>jumpadesk only connects to calendar servers over https://, so that the password cannot be read on the way; {host} was given with http://.</source>
        <translation>jumpadesk verbindet sich mit Kalenderservern nur über https://, damit das Passwort unterwegs nicht mitgelesen werden kann; {host} wurde mit http:// angegeben.</translation>
    </message>
    <message>
        <source>{host} answered with an error (HTTP {status}). This is on the server&apos;s side; jumpadesk will try again at the next sync.</source>
        <translation>{host} hat mit einem Fehler geantwortet (HTTP {status}). Das liegt am Server; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{host} is busy ({why}) and did not recover within {seconds} seconds; jumpadesk will try again at the next sync.</source>
        <translation>{host} ist ausgelastet ({why}) und hat sich nicht innerhalb von {seconds} Sekunden erholt; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>The connection to {host} kept breaking off before the answer was complete ({tries} tries), so jumpadesk gave up for now. Check the internet connection; jumpadesk will try again at the next sync.</source>
        <translation>Die Verbindung zu {host} brach immer wieder ab, bevor die Antwort vollständig war ({tries} Versuche), daher hat jumpadesk vorerst aufgegeben. Prüfen Sie die Internetverbindung; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>Check the server address; for iCloud it is https://caldav.icloud.com/.</source>
        <translation>Prüfen Sie die Serveradresse; für iCloud lautet sie https://caldav.icloud.com/.</translation>
    </message>
    <message>
        <source>Check the server address: it is the CalDAV address your provider gives (for Fastmail https://caldav.fastmail.com/, for Nextcloud https://your.server/remote.php/dav/).</source>
        <translation>Prüfen Sie die Serveradresse: Es ist die CalDAV-Adresse, die Ihr Anbieter nennt (bei Fastmail https://caldav.fastmail.com/, bei Nextcloud https://your.server/remote.php/dav/).</translation>
    </message>
    <message>
        <source>{host} did not answer like a calendar (CalDAV) server (HTTP {status}). {hint}</source>
        <translation>{host} hat nicht wie ein Kalenderserver (CalDAV) geantwortet (HTTP {status}). {hint}</translation>
    </message>
    <message>
        <source>{host} did not say which account this is (no principal). {hint}</source>
        <translation>{host} hat nicht angegeben, welches Konto das ist (kein Principal). {hint}</translation>
    </message>
    <message>
        <source>{host} has no calendars for this account (no calendar home). Check that iCloud Calendar is turned on for this Apple ID.</source>
        <translation>{host} hat keine Kalender für dieses Konto (kein Kalender-Home). Prüfen Sie, ob iCloud-Kalender für diese Apple-ID eingeschaltet ist.</translation>
    </message>
    <message>
        <source>{host} has no calendars for this account (no calendar home). Check that calendars are turned on for this account on the server.</source>
        <translation>{host} hat keine Kalender für dieses Konto (kein Kalender-Home). Prüfen Sie, ob Kalender für dieses Konto auf dem Server eingeschaltet sind.</translation>
    </message>
    <message>
        <source>{service} did not let jumpadesk read the calendar list of {account} ({why}). Connect the account again; if that does not help, try again later.</source>
        <translation>{service} hat jumpadesk die Kalenderliste von {account} nicht lesen lassen ({why}). Verbinden Sie das Konto erneut; wenn das nicht hilft, versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>{host} did not accept the user name and password for {account}.</source>
        <translation>{host} hat den Benutzernamen und das Passwort für {account} nicht akzeptiert.</translation>
    </message>
    <message>
        <source>{host} did not accept the user name and password.</source>
        <translation>{host} hat den Benutzernamen und das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check both and connect again; if the server asks for an app password (many do when two-factor sign-in is on), make one in its settings and use that.</source>
        <translation>Prüfen Sie beides und verbinden Sie erneut; verlangt der Server ein App-Passwort (viele tun das bei aktivierter Zwei-Faktor-Anmeldung), erstellen Sie eines in seinen Einstellungen und verwenden Sie es.</translation>
    </message>
    <message>
        <source>iCloud did not accept the Apple ID and password for {account}.</source>
        <translation>iCloud hat die Apple-ID und das Passwort für {account} nicht akzeptiert.</translation>
    </message>
    <message>
        <source>iCloud did not accept the Apple ID and password.</source>
        <translation>iCloud hat die Apple-ID und das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password here, not your Apple ID password: make one at appleid.apple.com (Sign-In and Security, App-Specific Passwords) and connect again. App-specific passwords also stop working when the Apple ID password changes.</source>
        <translation>iCloud braucht hier ein App-spezifisches Passwort, nicht das Passwort Ihrer Apple-ID: Erstellen Sie eines auf appleid.apple.com (Anmeldung und Sicherheit, App-spezifische Passwörter) und verbinden Sie erneut. App-spezifische Passwörter funktionieren auch nicht mehr, wenn sich das Passwort der Apple-ID ändert.</translation>
    </message>
    <message>
        <source>{host} stopped sending halfway through its answer for {seconds} seconds, so jumpadesk stopped waiting (the server may be down or overloaded); jumpadesk will try again at the next sync.</source>
        <translation>{host} hat mitten in seiner Antwort {seconds} Sekunden lang nichts mehr gesendet, daher hat jumpadesk aufgehört zu warten (der Server ist vielleicht ausgefallen oder überlastet); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds, so jumpadesk stopped waiting (the server may be down or overloaded); jumpadesk will try again at the next sync.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet, daher hat jumpadesk aufgehört zu warten (der Server ist vielleicht ausgefallen oder überlastet); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{host} had not finished its answer after {seconds} seconds (it was sending very slowly), so jumpadesk stopped waiting; jumpadesk will try again at the next sync.</source>
        <translation>{host} hatte seine Antwort nach {seconds} Sekunden noch nicht beendet (er sendete sehr langsam), daher hat jumpadesk aufgehört zu warten; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{origin} sent jumpadesk to an address that is not secure (http://{target}); jumpadesk will not send the password there, so nothing was read from it.</source>
        <translation>{origin} hat jumpadesk an eine nicht sichere Adresse verwiesen (http://{target}); jumpadesk sendet das Passwort nicht dorthin, daher wurde dort nichts gelesen.</translation>
    </message>
    <message>
        <source>{origin} sent jumpadesk to an address it cannot use ({scheme}:); nothing was sent there.</source>
        <translation>{origin} hat jumpadesk an eine Adresse verwiesen, die es nicht verwenden kann ({scheme}:); es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>{origin} says the calendars of {account} are on {target}, which is not {home}, the server this account was connected with</source>
        <translation>{origin} gibt an, dass die Kalender von {account} auf {target} liegen, also nicht auf {home}, dem Server, mit dem dieses Konto verbunden wurde</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>diesem Konto</translation>
    </message>
    <message>
        <source>{origin} sent jumpadesk on to {target}, which is not {home}, the server this account was connected with</source>
        <translation>{origin} hat jumpadesk an {target} weitergeleitet, also nicht an {home}, den Server, mit dem dieses Konto verbunden wurde</translation>
    </message>
    <message>
        <source>{refusal}; jumpadesk does not send the password to another server, so nothing was read there. If the calendars really are on {target}, connect the account again with https://{target}/ as the server address.</source>
        <translation>{refusal}; jumpadesk sendet das Passwort an keinen anderen Server, daher wurde dort nichts gelesen. Wenn die Kalender wirklich auf {target} liegen, verbinden Sie das Konto erneut mit https://{target}/ als Serveradresse.</translation>
    </message>
    <message>
        <source>jumpadesk could not reach {host}. Check the internet connection; jumpadesk will try again at the next sync.</source>
        <translation>jumpadesk konnte {host} nicht erreichen. Prüfen Sie die Internetverbindung; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>{host} sent an answer jumpadesk could not read (not the calendar data it asked for), a fault on the server&apos;s side; jumpadesk will try again at the next sync.</source>
        <translation>{host} hat eine Antwort gesendet, die jumpadesk nicht lesen konnte (nicht die angefragten Kalenderdaten), ein Fehler auf Seiten des Servers; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be set up or verified. Check that the computer&apos;s date and time are right and that no network filter or proxy intercepts secure connections.</source>
        <translation>Die sichere Verbindung zu {host} konnte nicht aufgebaut oder geprüft werden. Prüfen Sie, ob Datum und Uhrzeit des Computers stimmen und ob kein Netzwerkfilter oder Proxy sichere Verbindungen abfängt.</translation>
    </message>
    <message>
        <source>{host} sent more than {megabytes} MB for one answer, so jumpadesk stopped reading it (no calendar needs that much: most likely a fault on the server); jumpadesk will try again at the next sync.</source>
        <translation>{host} hat mehr als {megabytes} MB für eine Antwort gesendet, daher hat jumpadesk aufgehört, sie zu lesen (kein Kalender braucht so viel: vermutlich ein Fehler auf dem Server); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>The password for {account} on {service} is not in this computer&apos;s keychain any more. Connect the account again.</source>
        <translation>Das Passwort für {account} auf {service} ist nicht mehr im Schlüsselbund dieses Computers. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>The app-specific password for {account} is not in this computer&apos;s keychain any more. Connect the account again with an app-specific password from appleid.apple.com.</source>
        <translation>Das App-spezifische Passwort für {account} ist nicht mehr im Schlüsselbund dieses Computers. Verbinden Sie das Konto erneut mit einem App-spezifischen Passwort von appleid.apple.com.</translation>
    </message>
    <message>
        <source>There is no sub-account {id}.</source>
        <translation>Es gibt kein Unterkonto {id}.</translation>
    </message>
    <message>
        <source>The server did not let jumpadesk read the calendar list ({why}); check that iCloud Calendar is turned on for this Apple ID.</source>
        <translation>Der Server ließ jumpadesk die Kalenderliste nicht lesen ({why}); prüfen Sie, ob iCloud-Kalender für diese Apple-ID eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The server did not let jumpadesk read the calendar list ({why}); check that calendars are turned on for this account on the server.</source>
        <translation>Der Server ließ jumpadesk die Kalenderliste nicht lesen ({why}); prüfen Sie, ob Kalender für dieses Konto auf dem Server eingeschaltet sind.</translation>
    </message>
    <message>
        <source>jumpadesk will try again at the next sync.</source>
        <translation>jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>nothing was saved; connect again once the server answers.</source>
        <translation>es wurde nichts gespeichert; verbinden Sie erneut, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>Diese Verbindung gibt es nicht.</translation>
    </message>
    <message>
        <source>This sub-account has no calendar account connected yet.</source>
        <translation>Mit diesem Unterkonto ist noch kein Kalenderkonto verbunden.</translation>
    </message>
    <message>
        <source>it answered with an error (HTTP {status})</source>
        <extracomment>Failures after which a write may have been stored all the same: its answer never came, broke off or could not be read, or the server answered with an error of its own (5xx). The store failing is not the server&apos;s answer either.</extracomment>
        <translation>er antwortete mit einem Fehler (HTTP {status})</translation>
    </message>
    <message>
        <source>it answered with an error</source>
        <translation>er antwortete mit einem Fehler</translation>
    </message>
    <message>
        <source>its answer was larger than jumpadesk reads, so it stopped reading it</source>
        <translation>seine Antwort war größer, als jumpadesk liest, daher hat es aufgehört, sie zu lesen</translation>
    </message>
    <message>
        <source>its answer never arrived: the connection broke off or went quiet</source>
        <translation>seine Antwort kam nie an: Die Verbindung brach ab oder verstummte</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>seine Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This sub-account has no linked iCloud calendar yet: choose the calendar bookings go to (jumpadesk configure --linked NAME).</source>
        <translation>Dieses Unterkonto hat noch keinen verknüpften iCloud-Kalender: Wählen Sie den Kalender, in den Buchungen kommen (jumpadesk configure --linked NAME).</translation>
    </message>
    <message>
        <source>The iCloud account of this calendar is no longer connected.</source>
        <translation>Das iCloud-Konto dieses Kalenders ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>{service} refused to write the booking to {calendar}: this account may only read that calendar. Choose one of your own calendars as the linked calendar. Nothing was booked.</source>
        <translation>{service} verweigerte das Schreiben der Buchung in {calendar}: Dieses Konto darf den Kalender nur lesen. Wählen Sie einen Ihrer eigenen Kalender als verknüpften Kalender. Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>{service} refused the booking for {calendar} (HTTP {status}). Nothing was booked; try again, and if it keeps happening, choose another linked calendar.</source>
        <translation>{service} verweigerte die Buchung für {calendar} (HTTP {status}). Es wurde nichts gebucht; versuchen Sie es erneut, und wenn es wieder passiert, wählen Sie einen anderen verknüpften Kalender.</translation>
    </message>
    <message>
        <source>There is no appointment {id}.</source>
        <translation>Es gibt keinen Termin {id}.</translation>
    </message>
    <message>
        <source>{calendar} was deleted in {service}, so the booking cannot be written there. Choose another linked calendar.</source>
        <translation>{calendar} wurde in {service} gelöscht, daher kann die Buchung dort nicht eingetragen werden. Wählen Sie einen anderen verknüpften Kalender.</translation>
    </message>
    <message>
        <source>{calendar} already holds a different event at the booking&apos;s address; nothing was booked. Try again.</source>
        <translation>{calendar} enthält an der Adresse der Buchung bereits einen anderen Termin; es wurde nichts gebucht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{service} answered the booking with HTTP {status}.</source>
        <translation>{service} beantwortete die Buchung mit HTTP {status}.</translation>
    </message>
    <message>
        <source>The appointment was changed in {calendar} on another device (the phone?) since jumpadesk last read it, so its time was not changed. Sync, look at it, and try again.</source>
        <extracomment>A change&apos;s refusals, whole for each kind of change (&quot;time&quot;: a move, &quot;details&quot;: an edit), so each language words them its own way.</extracomment>
        <translation>Der Termin wurde in {calendar} auf einem anderen Gerät (dem Telefon?) geändert, seit jumpadesk ihn zuletzt gelesen hat, daher wurde seine Zeit nicht geändert. Gleichen Sie ab, sehen Sie ihn sich an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appointment was changed in {calendar} on another device (the phone?) since jumpadesk last read it, so its details were not changed. Sync, look at it, and try again.</source>
        <translation>Der Termin wurde in {calendar} auf einem anderen Gerät (dem Telefon?) geändert, seit jumpadesk ihn zuletzt gelesen hat, daher wurden seine Angaben nicht geändert. Gleichen Sie ab, sehen Sie ihn sich an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{service} refused to change the appointment in {calendar}: this account may only read that calendar. Its time was not changed.</source>
        <translation>{service} verweigerte die Änderung des Termins in {calendar}: Dieses Konto darf den Kalender nur lesen. Seine Zeit wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{service} refused to change the appointment in {calendar}: this account may only read that calendar. Its details were not changed.</source>
        <translation>{service} verweigerte die Änderung des Termins in {calendar}: Dieses Konto darf den Kalender nur lesen. Seine Angaben wurden nicht geändert.</translation>
    </message>
    <message>
        <source>{service} refused the change of time (HTTP {status}); the appointment keeps its old time.</source>
        <translation>{service} verweigerte die Änderung der Zeit (HTTP {status}); der Termin behält seine alte Zeit.</translation>
    </message>
    <message>
        <source>{service} refused the change of details (HTTP {status}); the appointment keeps its old details.</source>
        <translation>{service} verweigerte die Änderung der Angaben (HTTP {status}); der Termin behält seine alten Angaben.</translation>
    </message>
    <message>
        <source>{service} answered the change of time with HTTP {status}.</source>
        <translation>{service} beantwortete die Änderung der Zeit mit HTTP {status}.</translation>
    </message>
    <message>
        <source>{service} answered the change of details with HTTP {status}.</source>
        <translation>{service} beantwortete die Änderung der Angaben mit HTTP {status}.</translation>
    </message>
    <message>
        <source>The appointment&apos;s event is no longer in {calendar} (deleted on another device?), so its time was not changed. Sync and look at it.</source>
        <translation>Der Kalendereintrag des Termins ist nicht mehr in {calendar} (auf einem anderen Gerät gelöscht?), daher wurde seine Zeit nicht geändert. Gleichen Sie ab und sehen Sie ihn sich an.</translation>
    </message>
    <message>
        <source>The appointment&apos;s event is no longer in {calendar} (deleted on another device?), so its details were not changed. Sync and look at it.</source>
        <translation>Der Kalendereintrag des Termins ist nicht mehr in {calendar} (auf einem anderen Gerät gelöscht?), daher wurden seine Angaben nicht geändert. Gleichen Sie ab und sehen Sie ihn sich an.</translation>
    </message>
    <message>
        <source>Appointment {id} is not in its calendar yet; its time was not changed.</source>
        <translation>Termin {id} ist noch nicht in seinem Kalender; seine Zeit wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{service} refused to delete the booking from {calendar}: this account may only read that calendar. The appointment was not cancelled.</source>
        <translation>{service} verweigerte das Löschen der Buchung aus {calendar}: Dieses Konto darf den Kalender nur lesen. Der Termin wurde nicht abgesagt.</translation>
    </message>
    <message>
        <source>{service} answered the cancellation with HTTP {status}; the appointment was not cancelled. Try again in a moment.</source>
        <translation>{service} beantwortete die Absage mit HTTP {status}; der Termin wurde nicht abgesagt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The booking in {calendar} keeps changing in {service}, so jumpadesk did not delete it. Check it on the phone and try again.</source>
        <translation>Die Buchung in {calendar} ändert sich in {service} ständig, daher hat jumpadesk sie nicht gelöscht. Prüfen Sie sie auf dem Telefon und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The booking&apos;s place in {calendar} now holds a different event, so jumpadesk did not delete it. Check the calendar on the phone.</source>
        <translation>An der Stelle der Buchung in {calendar} steht jetzt ein anderer Termin, daher hat jumpadesk ihn nicht gelöscht. Prüfen Sie den Kalender auf dem Telefon.</translation>
    </message>
    <message>
        <source>{service} answered with HTTP {status} while jumpadesk re-read the booking; the appointment was not cancelled. Try again in a moment.</source>
        <translation>{service} antwortete mit HTTP {status}, als jumpadesk die Buchung erneut las; der Termin wurde nicht abgesagt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Another jumpadesk has been syncing {account} for minutes and has not finished; this pass left it alone. Try again in a moment.</source>
        <translation>Ein anderes jumpadesk gleicht {account} seit Minuten ab und ist nicht fertig; dieser Durchgang hat es in Ruhe gelassen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This connection is gone.</source>
        <translation>Diese Verbindung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{calendar} was deleted in {service}. Choose another calendar for this sub-account; until then its last known events still block.</source>
        <translation>{calendar} wurde in {service} gelöscht. Wählen Sie einen anderen Kalender für dieses Unterkonto; bis dahin blockieren seine zuletzt bekannten Termine weiter.</translation>
    </message>
    <message>
        <source>{calendar} cannot be used: it is {reason}.</source>
        <translation>{calendar} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The server could not send the events (HTTP {status}); jumpadesk will try again at the next sync.</source>
        <translation>Der Server konnte die Termine nicht senden (HTTP {status}); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n Minute</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n Minuten</translation>
    </message>
    <message>
        <source>%n second</source>
        <translation>%n Sekunde</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation>%n Sekunden</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>it said more was to come but gave back a sync token it had already sent, so the rest could not be asked for</source>
        <translation>er kündigte mehr an, gab aber ein Sync-Token zurück, das er schon gesendet hatte, daher konnte der Rest nicht erfragt werden</translation>
    </message>
    <message>
        <source>it was still sending pages after {time}</source>
        <translation>er sendete nach {time} immer noch Seiten</translation>
    </message>
    <message>
        <source>it said more was to come but sent no sync token to ask for the rest</source>
        <translation>er kündigte mehr an, sendete aber kein Sync-Token, um den Rest zu erfragen</translation>
    </message>
    <message>
        <source>it listed nothing, without the sync token that must end such a list</source>
        <translation>er listete nichts auf, ohne das Sync-Token, das eine solche Liste beenden muss</translation>
    </message>
    <message>
        <source>it came without the sync token that must end such a list</source>
        <translation>sie kam ohne das Sync-Token, das eine solche Liste beenden muss</translation>
    </message>
    <message>
        <source>{service}&apos;s list of events was incomplete: {why}. jumpadesk changed nothing, so the events it already had still block; it will ask again at the next sync.</source>
        <translation>Die Terminliste von {service} war unvollständig: {why}. jumpadesk hat nichts geändert, daher blockieren die Termine, die es schon hatte, weiter; es fragt beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>The calendar was not found on the server; it may just have been deleted.</source>
        <translation>Der Kalender wurde auf dem Server nicht gefunden; vielleicht wurde er gerade gelöscht.</translation>
    </message>
    <message>
        <source>The server answered the sync with HTTP {status}; jumpadesk will try again at the next sync.</source>
        <translation>Der Server beantwortete den Abgleich mit HTTP {status}; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>The server could not list the calendar (HTTP {status}); jumpadesk will try again at the next sync.</source>
        <translation>Der Server konnte den Kalender nicht auflisten (HTTP {status}); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>it said it had left some events out</source>
        <translation>er gab an, einige Termine ausgelassen zu haben</translation>
    </message>
    <message>
        <source>this event could not be read: {why}</source>
        <translation>dieser Termin konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>An event in {calendar} cannot be read ({reason}); it blocks its first occurrence. Check it in iCloud.</source>
        <translation>Ein Termin in {calendar} kann nicht gelesen werden ({reason}); er blockiert sein erstes Vorkommen. Prüfen Sie ihn in iCloud.</translation>
    </message>
    <message>
        <source>An event in {calendar} cannot be read ({reason}); jumpadesk cannot tell when it is, so it blocks nothing. Check it in iCloud.</source>
        <translation>Ein Termin in {calendar} kann nicht gelesen werden ({reason}); jumpadesk kann nicht erkennen, wann er ist, daher blockiert er nichts. Prüfen Sie ihn in iCloud.</translation>
    </message>
    <message>
        <source>event &quot;{title}&quot;</source>
        <extracomment>What icalendar reads a date, time or duration value as (``vDDDTypes.dt``); a period, as an RDATE may hold, is a pair: (start, end or duration).</extracomment>
        <translation>Termin „{title}“</translation>
    </message>
    <message>
        <source>event {uid}</source>
        <translation>Termin {uid}</translation>
    </message>
    <message>
        <source>event without UID</source>
        <translation>Termin ohne UID</translation>
    </message>
    <message>
        <source>{event} has a {name} that is neither a date nor a time</source>
        <translation>{event} hat ein {name}, das weder ein Datum noch eine Uhrzeit ist</translation>
    </message>
    <message>
        <source>{event} has an RRULE that is not a repeat rule</source>
        <extracomment>The values each BY part may take (RFC 5545 3.3.10).</extracomment>
        <translation>{event} hat eine RRULE, die keine Wiederholungsregel ist</translation>
    </message>
    <message>
        <source>the repeats cannot be worked out: {why}</source>
        <extracomment>recurring-ical-events&apos; own (undocumented) call for the times of a span, which spares it a copy of the event per occurrence. Should an upgrade rename or change it, the documented between() reads the series instead.</extracomment>
        <translation>die Wiederholungen lassen sich nicht bestimmen: {why}</translation>
    </message>
    <message>
        <source>the calendar data is empty</source>
        <translation>die Kalenderdaten sind leer</translation>
    </message>
    <message>
        <source>not iCalendar data: it starts with {start}</source>
        <translation>keine iCalendar-Daten: sie beginnen mit {start}</translation>
    </message>
    <message>
        <source>the calendar data is cut off (no END:VCALENDAR)</source>
        <translation>die Kalenderdaten sind abgeschnitten (kein END:VCALENDAR)</translation>
    </message>
    <message>
        <source>not readable as iCalendar: {why}</source>
        <translation>nicht als iCalendar lesbar: {why}</translation>
    </message>
    <message>
        <source>expected a VCALENDAR, found a {name} object</source>
        <translation>VCALENDAR erwartet, ein {name}-Objekt gefunden</translation>
    </message>
    <message>
        <source>{event} has an unreadable {name}: {why}</source>
        <translation>{event} hat ein unlesbares {name}: {why}</translation>
    </message>
    <message>
        <source>{event} has no start time (DTSTART)</source>
        <translation>{event} hat keine Startzeit (DTSTART)</translation>
    </message>
    <message>
        <source>{event} has more than one {name}</source>
        <translation>{event} hat mehr als ein {name}</translation>
    </message>
    <message>
        <source>{event} mixes a date and a date-time in DTSTART/DTEND</source>
        <translation>{event} mischt ein Datum und eine Datumszeit in DTSTART/DTEND</translation>
    </message>
    <message>
        <source>{event} ends before it starts (DTSTART {start}, DTEND {end})</source>
        <translation>{event} endet, bevor er beginnt (DTSTART {start}, DTEND {end})</translation>
    </message>
    <message>
        <source>{event} has a negative DURATION</source>
        <translation>{event} hat eine negative DURATION</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; in {calendar} {text}. Check it in iCloud.</source>
        <extracomment>Floating and all-day times are kept when they are this close to the window: UTC offsets run from -12:00 to +14:00, so the caller can filter exactly once it knows the zone. Any of these on an event means it repeats (or is one instance of a series). Properties whose content never decides when or whether an event blocks: both readers skip them unread (the full reader cuts them from the text before parsing).</extracomment>
        <translation>„{title}“ in {calendar}: {text}. Prüfen Sie den Termin in iCloud.</translation>
    </message>
    <message>
        <source>The event {uid} in {calendar} {text}. Check it in iCloud.</source>
        <translation>Der Termin {uid} in {calendar}: {text}. Prüfen Sie ihn in iCloud.</translation>
    </message>
    <message>
        <source>The event without UID in {calendar} {text}. Check it in iCloud.</source>
        <translation>Der Termin ohne UID in {calendar}: {text}. Prüfen Sie ihn in iCloud.</translation>
    </message>
    <message>
        <source>the time zone {zone} cannot be read: {why}</source>
        <translation>die Zeitzone {zone} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>unreadable event</source>
        <translation>unlesbarer Termin</translation>
    </message>
    <message>
        <source>An unexpected error stopped the sync of {what}; the details are in the log.</source>
        <translation>Ein unerwarteter Fehler hat den Abgleich von {what} angehalten; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain has no app-specific password for {account}, so this desk does not fetch it from iCloud, and no desk has synced it yet. Connect it here, or at another desk, with its app-specific password.</source>
        <translation>Der Schlüsselbund dieses Computers hat kein App-spezifisches Passwort für {account}, daher holt dieser Arbeitsplatz es nicht aus iCloud, und noch kein Arbeitsplatz hat es abgeglichen. Verbinden Sie es hier oder an einem anderen Arbeitsplatz mit seinem App-spezifischen Passwort.</translation>
    </message>
    <message>
        <source>The password for {account} on {service} is not in this computer&apos;s keychain, so this desk does not fetch it from {service}, and no desk has synced it yet. Connect it here, or at another desk, with its password.</source>
        <translation>Das Passwort für {account} bei {service} ist nicht im Schlüsselbund dieses Computers, daher holt dieser Arbeitsplatz es nicht von {service}, und noch kein Arbeitsplatz hat es abgeglichen. Verbinden Sie es hier oder an einem anderen Arbeitsplatz mit seinem Passwort.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message>
        <source>%n minute ago</source>
        <translation>vor %n Minute</translation>
    </message>
    <message>
        <source>%n minutes ago</source>
        <translation>vor %n Minuten</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain has no app-specific password for {account}, so this desk does not fetch it from iCloud; it shows what {desk} synced {age}.</source>
        <translation>Der Schlüsselbund dieses Computers hat kein App-spezifisches Passwort für {account}, daher holt dieser Arbeitsplatz es nicht aus iCloud; er zeigt, was {desk} {age} abgeglichen hat.</translation>
    </message>
    <message>
        <source>The password for {account} on {service} is not in this computer&apos;s keychain, so this desk does not fetch it from {service}; it shows what {desk} synced {age}.</source>
        <translation>Das Passwort für {account} bei {service} ist nicht im Schlüsselbund dieses Computers, daher holt dieser Arbeitsplatz es nicht von {service}; er zeigt, was {desk} {age} abgeglichen hat.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>ein anderer Arbeitsplatz</translation>
    </message>
    <message>
        <source>it answered with HTTP {status} when asked what it holds</source>
        <translation>er antwortete mit HTTP {status} auf die Frage, was er enthält</translation>
    </message>
    <message>
        <source>{calendar} does not have it</source>
        <translation>{calendar} hat ihn nicht</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong in jumpadesk. Nothing was changed; please try again, and if it happens again send the log file to support.</source>
        <translation>In jumpadesk ist etwas Unerwartetes schiefgegangen. Nichts wurde geändert; bitte versuchen Sie es erneut, und wenn es wieder passiert, senden Sie die Protokolldatei an den Support.</translation>
    </message>
</context>
<context>
    <name>team_day</name>
    <message>
        <source>Jump to a date ({key})</source>
        <extracomment>Where the keyboard&apos;s first choice in a column starts when nothing is chosen: 09:00.</extracomment>
        <translation>Zu einem Datum springen ({key})</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>team_paint</name>
    <message>
        <source>Not free</source>
        <comment>the chosen time, something blocks it</comment>
        <translation>Nicht frei</translation>
    </message>
    <message>
        <source>{name} (no calendar)</source>
        <comment>a staff member with no calendar to book in</comment>
        <translation>{name} (kein Kalender)</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
</context>
<context>
    <name>translation</name>
    <message>
        <source>ddd d MMM</source>
        <comment>a short date: weekday, day, month</comment>
        <extracomment>The translators installed, kept alive as long as the application (Qt does not own them).</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>a long date: weekday, day, month, year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>week_focus</name>
    <message>
        <source>Drag or double-click to book; a click selects</source>
        <extracomment>Said wherever free time shows, so a first-time user knows how to book: a click only selects (Enter then books), a drag or a double-click opens the form. Every key is listed in ui/shortcuts.SHORTCUTS (Help &gt; Keyboard Shortcuts).</extracomment>
        <translation>Zum Buchen ziehen oder doppelklicken; ein Klick wählt aus</translation>
    </message>
    <message>
        <source>appointment, arrived</source>
        <translation>Termin, Kunde erschienen</translation>
    </message>
    <message>
        <source>appointment, no-show</source>
        <translation>Termin, Kunde nicht erschienen</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>blocked slot</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>travel time, {calendar} calendar</source>
        <translation>Wegzeit, Kalender {calendar}</translation>
    </message>
    <message>
        <source>cancelled, does not block, {calendar} calendar</source>
        <translation>abgesagt, blockiert nicht, Kalender {calendar}</translation>
    </message>
    <message>
        <source>declined, does not block, {calendar} calendar</source>
        <translation>abgelehnt, blockiert nicht, Kalender {calendar}</translation>
    </message>
    <message>
        <source>free, does not block, {calendar} calendar</source>
        <translation>frei, blockiert nicht, Kalender {calendar}</translation>
    </message>
    <message>
        <source>busy, {calendar} calendar</source>
        <translation>belegt, Kalender {calendar}</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <source>{first} to {last}, all day</source>
        <translation>{first} bis {last}, ganztägig</translation>
    </message>
    <message>
        <source>{day} {start} to {end}</source>
        <translation>{day} {start} bis {end}</translation>
    </message>
    <message>
        <source>{day} {start} to {end_day} {end}</source>
        <translation>{day} {start} bis {end_day} {end}</translation>
    </message>
    <message>
        <source>{title} before {event}</source>
        <translation>{title} vor {event}</translation>
    </message>
    <message>
        <source>{title}, {when}, {kind}</source>
        <translation>{title}, {when}, {kind}</translation>
    </message>
    <message>
        <source>Selected {when}</source>
        <translation>Gewählt: {when}</translation>
    </message>
    <message>
        <source>, overlaps busy time ({names})</source>
        <translation>, überschneidet belegte Zeit ({names})</translation>
    </message>
    <message>
        <source>, free</source>
        <translation>, frei</translation>
    </message>
    <message>
        <source>, in the past</source>
        <translation>, in der Vergangenheit</translation>
    </message>
    <message>
        <source>. Press Enter to book.</source>
        <translation>. Zum Buchen die Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>{zone} ({offset}): times in the week are in this zone</source>
        <translation>{zone} ({offset}): Die Zeiten der Woche sind in dieser Zone</translation>
    </message>
</context>
<context>
    <name>week_legend</name>
    <message>
        <source>Free (does not block)</source>
        <extracomment>A legend-only style: an outline struck through, as declined and cancelled events are. A legend-only entry without a swatch: how to book.</extracomment>
        <translation>Frei (blockiert nicht)</translation>
    </message>
    <message>
        <source>Declined or cancelled</source>
        <translation>Abgelehnt oder abgesagt</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Blocked slot</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Wegzeit</translation>
    </message>
</context>
<context>
    <name>week_navigator</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to this week (T or Home in the week)</source>
        <translation>Zu dieser Woche (T oder Pos1 in der Woche)</translation>
    </message>
    <message>
        <source>Previous week (Page Up in the week)</source>
        <translation>Vorige Woche (Bild auf in der Woche)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Next week (Page Down in the week)</source>
        <translation>Nächste Woche (Bild ab in der Woche)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Week {number}  ·  {zone}</source>
        <translation>KW {number}  ·  {zone}</translation>
    </message>
</context>
<context>
    <name>week_overlays</name>
    <message>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
    <message>
        <source>overlaps busy time</source>
        <translation>überschneidet belegte Zeit</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>in der Vergangenheit</translation>
    </message>
</context>
<context>
    <name>week_painter</name>
    <message>
        <source>all-day</source>
        <translation>ganztägig</translation>
    </message>
</context>
<context>
    <name>week_pointer</name>
    <message>
        <source>Click to show all</source>
        <translation>Klicken, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Not free: {names}</source>
        <translation>Nicht frei: {names}</translation>
    </message>
    <message>
        <source>Closed all day (opening hours); booking here asks first</source>
        <translation>Ganztägig geschlossen (Öffnungszeiten); eine Buchung hier fragt vorher nach</translation>
    </message>
</context>
<context>
    <name>week_scene</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
</context>
<context>
    <name>week_text</name>
    <message>
        <source>until {time}</source>
        <extracomment>Space between a block&apos;s edge and its text, across and down.</extracomment>
        <translation>bis {time}</translation>
    </message>
    <message>
        <source>before {title}</source>
        <translation>vor {title}</translation>
    </message>
</context>
<context>
    <name>week_view</name>
    <message>
        <source>Week view</source>
        <extracomment>Paint from the static layer (see week_cache), and let new items that equal the old keep their layout. Tests and the paint benchmark turn it off on one view to paint every layer afresh and lay out every set of items, as the view did before: the pictures must be the same.</extracomment>
        <translation>Wochenansicht</translation>
    </message>
</context>
<context>
    <name>window_booking</name>
    <message>
        <source>Book a past time?</source>
        <extracomment>The questions before a time past or outside the opening hours, whole sentences for each verb so a language may order them its own way: (verb, past, outside) to the title and the text; {hours} is the opening hours in words.</extracomment>
        <translation>Eine vergangene Zeit buchen?</translation>
    </message>
    <message>
        <source>That time has passed. Book it anyway?</source>
        <translation>Diese Zeit ist vorbei. Trotzdem buchen?</translation>
    </message>
    <message>
        <source>That time has already begun. Book it anyway?</source>
        <translation>Diese Zeit hat schon begonnen. Trotzdem buchen?</translation>
    </message>
    <message>
        <source>Book a past time outside opening hours?</source>
        <translation>Eine vergangene Zeit außerhalb der Öffnungszeiten buchen?</translation>
    </message>
    <message>
        <source>That time has passed, and it is outside opening hours ({hours}). Book it anyway?</source>
        <translation>Diese Zeit ist vorbei und liegt außerhalb der Öffnungszeiten ({hours}). Trotzdem buchen?</translation>
    </message>
    <message>
        <source>That time has already begun, and it is outside opening hours ({hours}). Book it anyway?</source>
        <translation>Diese Zeit hat schon begonnen und liegt außerhalb der Öffnungszeiten ({hours}). Trotzdem buchen?</translation>
    </message>
    <message>
        <source>Book outside opening hours?</source>
        <translation>Außerhalb der Öffnungszeiten buchen?</translation>
    </message>
    <message>
        <source>That is outside opening hours ({hours}). Book anyway?</source>
        <translation>Das liegt außerhalb der Öffnungszeiten ({hours}). Trotzdem buchen?</translation>
    </message>
    <message>
        <source>Block a past time?</source>
        <translation>Eine vergangene Zeit sperren?</translation>
    </message>
    <message>
        <source>That time has passed. Block it anyway?</source>
        <translation>Diese Zeit ist vorbei. Trotzdem sperren?</translation>
    </message>
    <message>
        <source>That time has already begun. Block it anyway?</source>
        <translation>Diese Zeit hat schon begonnen. Trotzdem sperren?</translation>
    </message>
    <message>
        <source>Block a past time outside opening hours?</source>
        <translation>Eine vergangene Zeit außerhalb der Öffnungszeiten sperren?</translation>
    </message>
    <message>
        <source>That time has passed, and it is outside opening hours ({hours}). Block it anyway?</source>
        <translation>Diese Zeit ist vorbei und liegt außerhalb der Öffnungszeiten ({hours}). Trotzdem sperren?</translation>
    </message>
    <message>
        <source>That time has already begun, and it is outside opening hours ({hours}). Block it anyway?</source>
        <translation>Diese Zeit hat schon begonnen und liegt außerhalb der Öffnungszeiten ({hours}). Trotzdem sperren?</translation>
    </message>
    <message>
        <source>Block outside opening hours?</source>
        <translation>Außerhalb der Öffnungszeiten sperren?</translation>
    </message>
    <message>
        <source>That is outside opening hours ({hours}). Block anyway?</source>
        <translation>Das liegt außerhalb der Öffnungszeiten ({hours}). Trotzdem sperren?</translation>
    </message>
    <message>
        <source>Move to a past time?</source>
        <translation>Auf eine vergangene Zeit verschieben?</translation>
    </message>
    <message>
        <source>That time has passed. Move it anyway?</source>
        <translation>Diese Zeit ist vorbei. Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>That time has already begun. Move it anyway?</source>
        <translation>Diese Zeit hat schon begonnen. Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Moving “{title}” to {when}…</source>
        <translation>„{title}“ wird auf {when} verschoben …</translation>
    </message>
    <message>
        <source>Move anyway?</source>
        <translation>Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>Not moved: the schedule may be out of date. Sync again, then try once more.</source>
        <translation>Nicht verschoben: Der Terminplan ist vielleicht nicht aktuell. Gleichen Sie erneut ab und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Appointment moved; {servers} has the new time.</source>
        <translation>Termin verschoben; {servers} hat die neue Zeit.</translation>
    </message>
    <message>
        <source>Cancel appointment?</source>
        <translation>Termin absagen?</translation>
    </message>
    <message>
        <source>Cancel “{title}” on {when}? It is removed from its calendar in {servers} too.</source>
        <translation>„{title}“ am {when} absagen? Der Termin wird auch aus seinem Kalender in {servers} entfernt.</translation>
    </message>
    <message>
        <source>Cancelled “{title}” on {when}.</source>
        <translation>„{title}“ am {when} abgesagt.</translation>
    </message>
    <message>
        <source>Remove “{title}” on {when} only? It still blocks {how} on the other days.</source>
        <translation>„{title}“ nur am {when} entfernen? An den anderen Tagen blockiert es weiterhin ({how}).</translation>
    </message>
    <message>
        <source>Remove “{title}” on every day it repeats ({how})? Those times can then be booked again.</source>
        <translation>„{title}“ an jedem Tag der Wiederholung entfernen ({how})? Diese Zeiten sind dann wieder buchbar.</translation>
    </message>
    <message>
        <source>Remove “{title}” on {when}? That time can then be booked again.</source>
        <translation>„{title}“ am {when} entfernen? Diese Zeit ist dann wieder buchbar.</translation>
    </message>
    <message>
        <source>Remove blocked slot?</source>
        <translation>Sperrzeit entfernen?</translation>
    </message>
    <message>
        <source>Blocked slot removed.</source>
        <translation>Sperrzeit entfernt.</translation>
    </message>
    <message>
        <source>Book anyway?</source>
        <translation>Trotzdem buchen?</translation>
    </message>
    <message>
        <source>Not booked: the schedule may be out of date. Sync again, then try once more.</source>
        <translation>Nicht gebucht: Der Terminplan ist vielleicht nicht aktuell. Gleichen Sie erneut ab und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>“{title}” is booked and its time is kept. {why}</source>
        <translation>„{title}“ ist gebucht und die Zeit reserviert. {why}</translation>
    </message>
    <message>
        <source>The appointment is booked and its time is kept. {why}</source>
        <translation>Der Termin ist gebucht und die Zeit reserviert. {why}</translation>
    </message>
    <message>
        <source>Booked, not yet in {service}</source>
        <translation>Gebucht, noch nicht in {service}</translation>
    </message>
    <message>
        <source>Not booked: no calendar is chosen yet to take {name}&apos;s bookings. Choose one, then press Book again.</source>
        <translation>Nicht gebucht: Noch ist kein Kalender für die Buchungen von {name} gewählt. Wählen Sie einen und klicken Sie dann erneut auf „Buchen“.</translation>
    </message>
    <message>
        <source>Choose calendar…</source>
        <translation>Kalender wählen …</translation>
    </message>
    <message>
        <source>Not booked: {name} has no iCloud calendar to write bookings to yet. Connect one, then book again.</source>
        <translation>Nicht gebucht: {name} hat noch keinen iCloud-Kalender für Buchungen. Verbinden Sie einen und buchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Connect iCloud…</source>
        <translation>iCloud verbinden …</translation>
    </message>
</context>
<context>
    <name>window_conflicts</name>
    <message>
        <source>An appointment is double booked</source>
        <translation>Ein Termin ist doppelt gebucht</translation>
    </message>
    <message>
        <source>%n appointments are double booked</source>
        <translation>%n Termine sind doppelt gebucht</translation>
    </message>
    <message>
        <source>{sentence} (and %n more)</source>
        <translation>{sentence} (und %n weitere)</translation>
    </message>
</context>
<context>
    <name>window_connections</name>
    <message>
        <source>Other CalDAV Account</source>
        <extracomment>The shown sub-account&apos;s accounts and calendars, as last read.</extracomment>
        <translation>Anderes CalDAV-Konto</translation>
    </message>
    <message>
        <source>the calendar server</source>
        <translation>dem Kalenderserver</translation>
    </message>
    <message>
        <source>Stop using {account} in {name}? {others} still use it, so its app-specific password and events stay; your calendars in {service} are not touched.</source>
        <translation>{account} in {name} nicht mehr verwenden? {others} verwenden es weiterhin, daher bleiben das App-spezifische Passwort und die Termine; Ihre Kalender in {service} bleiben unberührt.</translation>
    </message>
    <message>
        <source>Stop using {account} in {name}? {others} still use it, so its password and events stay; your calendars in {service} are not touched.</source>
        <translation>{account} in {name} nicht mehr verwenden? {others} verwenden es weiterhin, daher bleiben das Passwort und die Termine; Ihre Kalender in {service} bleiben unberührt.</translation>
    </message>
    <message>
        <source>Disconnect {account}? jumpadesk forgets its app-specific password and the events it copied; your calendars in {service} are not touched. Appointments stay in jumpadesk.</source>
        <translation>{account} trennen? jumpadesk vergisst das App-spezifische Passwort und die kopierten Termine; Ihre Kalender in {service} bleiben unberührt. Gebuchte Termine bleiben in jumpadesk.</translation>
    </message>
    <message>
        <source>Disconnect {account}? jumpadesk forgets its password and the events it copied; your calendars in {service} are not touched. Appointments stay in jumpadesk.</source>
        <translation>{account} trennen? jumpadesk vergisst das Passwort und die kopierten Termine; Ihre Kalender in {service} bleiben unberührt. Gebuchte Termine bleiben in jumpadesk.</translation>
    </message>
    <message>
        <source>Disconnect {service} account?</source>
        <translation>{service}-Konto trennen?</translation>
    </message>
</context>
<context>
    <name>window_edit</name>
    <message>
        <source>Changing “{title}”…</source>
        <translation>„{title}“ wird geändert …</translation>
    </message>
    <message>
        <source>Change anyway?</source>
        <translation>Trotzdem ändern?</translation>
    </message>
</context>
<context>
    <name>window_live</name>
    <message>
        <source>{before} is now called {now} (renamed at another desk).</source>
        <extracomment>The sentence over the week while a shared store is out of reach (&quot;&quot;: it is not).</extracomment>
        <translation>{before} heißt jetzt {now} (an einem anderen Arbeitsplatz umbenannt).</translation>
    </message>
    <message>
        <source>{gone} was removed (at another desk or from the command line), so this window shows {first} now.</source>
        <translation>{gone} wurde entfernt (an einem anderen Arbeitsplatz oder über die Befehlszeile), daher zeigt dieses Fenster jetzt {first}.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Calendar Settings</source>
        <translation>Kalendereinstellungen</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Fetch changes from your calendars now</source>
        <translation>Änderungen jetzt aus Ihren Kalendern holen</translation>
    </message>
    <message>
        <source>Connect your own iCloud…</source>
        <translation>Eigenes iCloud verbinden …</translation>
    </message>
    <message>
        <source>Your iCloud…</source>
        <translation>Ihr iCloud …</translation>
    </message>
    <message>
        <source>Walk through connecting your own iCloud calendars. In the demo they are kept only until you quit; start jumpadesk without --demo to keep them.</source>
        <translation>Schritt für Schritt Ihre eigenen iCloud-Kalender verbinden. In der Demo bleiben sie nur bis zum Beenden; starten Sie jumpadesk ohne --demo, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Add iCloud Calendar…</source>
        <translation>iCloud-Kalender hinzufügen …</translation>
    </message>
    <message>
        <source>Add Other CalDAV Account…</source>
        <translation>Anderes CalDAV-Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Opening Hours…</source>
        <translation>Öffnungszeiten …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Share This Schedule with Other Desks…</source>
        <translation>Terminplan mit anderen Arbeitsplätzen teilen …</translation>
    </message>
    <message>
        <source>Find a Time…</source>
        <translation>Freie Zeit finden …</translation>
    </message>
    <message>
        <source>Services…</source>
        <translation>Dienstleistungen …</translation>
    </message>
    <message>
        <source>Clients…</source>
        <translation>Kunden …</translation>
    </message>
    <message>
        <source>Print Day…</source>
        <translation>Tag drucken …</translation>
    </message>
    <message>
        <source>Save Day as PDF…</source>
        <translation>Tag als PDF sichern …</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About jumpadesk</source>
        <translation>Über jumpadesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sub-account</source>
        <translation>&amp;Unterkonto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sample calendars on this computer; nothing is kept after you quit.</source>
        <translation>Beispielkalender auf diesem Computer; nach dem Beenden bleibt nichts erhalten.</translation>
    </message>
    <message>
        <source>Share This Schedule with Other Desks</source>
        <translation>Terminplan mit anderen Arbeitsplätzen teilen</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Protokoll: {path}</translation>
    </message>
    <message>
        <source>Your iCloud calendars in your booking schedule, so nobody is double booked.</source>
        <translation>Ihre iCloud-Kalender in Ihrem Buchungsplan, damit niemand doppelt gebucht wird.</translation>
    </message>
</context>
<context>
    <name>window_sync</name>
    <message>
        <source>No calendar account connected</source>
        <translation>Kein Kalenderkonto verbunden</translation>
    </message>
    <message>
        <source>{account}: synced {when}</source>
        <translation>{account}: abgeglichen {when}</translation>
    </message>
    <message>
        <source>{account}: {state} (last synced {when})</source>
        <translation>{account}: {state} (zuletzt abgeglichen {when})</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ein Abgleich läuft bereits.</translation>
    </message>
    <message>
        <source>Syncing with {servers}…</source>
        <translation>Abgleich mit {servers} …</translation>
    </message>
    <message>
        <source>Syncing {calendar}…</source>
        <translation>{calendar} wird abgeglichen …</translation>
    </message>
    <message>
        <source>Sync problem (1 item); see the banner over the week.</source>
        <translation>Abgleichsproblem (1 Eintrag); siehe den Hinweis über der Woche.</translation>
    </message>
    <message>
        <source>Sync problem (%n items); see the banner over the week.</source>
        <translation>Abgleichsproblem (%n Einträge); siehe den Hinweis über der Woche.</translation>
    </message>
</context>
<context>
    <name>window_team</name>
    <message>
        <source>Give “{title}” for {guest} to {target}, {when}? It is written to {target}&apos;s calendar and taken out of {source}&apos;s once iCloud has it.</source>
        <translation>„{title}“ für {guest} an {target} geben, {when}? Der Termin wird in den Kalender von {target} geschrieben und aus dem von {source} entfernt, sobald iCloud ihn hat.</translation>
    </message>
    <message>
        <source>“{title}” for {guest} is now with {target}, {when}.</source>
        <translation>„{title}“ für {guest} liegt jetzt bei {target}, {when}.</translation>
    </message>
    <message>
        <source>Give “{title}” to {target}, {when}? It is written to {target}&apos;s calendar and taken out of {source}&apos;s once iCloud has it.</source>
        <translation>„{title}“ an {target} geben, {when}? Der Termin wird in den Kalender von {target} geschrieben und aus dem von {source} entfernt, sobald iCloud ihn hat.</translation>
    </message>
    <message>
        <source>“{title}” is now with {target}, {when}.</source>
        <translation>„{title}“ liegt jetzt bei {target}, {when}.</translation>
    </message>
    <message>
        <source>Give to Another Staff Member</source>
        <translation>An einen anderen Mitarbeiter geben</translation>
    </message>
</context>
<context>
    <name>window_undo</name>
    <message>
        <source>Undo Cancel of {what}</source>
        <extracomment>Refusals after which the same undo may go through later: it stays on the stack. By a step&apos;s kind (services/undo.py): the Undo item with the appointment in words and without, and the status bar&apos;s sentence while it is undone, with and without.</extracomment>
        <translation>Absage von {what} rückgängig machen</translation>
    </message>
    <message>
        <source>Undo Cancel</source>
        <translation>Absage rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the cancel of {what}…</source>
        <translation>Die Absage von {what} wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undoing the cancel…</source>
        <translation>Die Absage wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undo Move of {what}</source>
        <translation>Verschiebung von {what} rückgängig machen</translation>
    </message>
    <message>
        <source>Undo Move</source>
        <translation>Verschiebung rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the move of {what}…</source>
        <translation>Die Verschiebung von {what} wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undoing the move…</source>
        <translation>Die Verschiebung wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undo Edit of {what}</source>
        <translation>Änderung von {what} rückgängig machen</translation>
    </message>
    <message>
        <source>Undo Edit</source>
        <translation>Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the edit of {what}…</source>
        <translation>Die Änderung von {what} wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undoing the edit…</source>
        <translation>Die Änderung wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undo Giving {what} to {name}</source>
        <translation>Übergabe von {what} an {name} rückgängig machen</translation>
    </message>
    <message>
        <source>Undo Giving to {name}</source>
        <translation>Übergabe an {name} rückgängig machen</translation>
    </message>
    <message>
        <source>Giving {what} back to {back}…</source>
        <translation>{what} wird an {back} zurückgegeben …</translation>
    </message>
    <message>
        <source>Giving the appointment back to {back}…</source>
        <translation>Der Termin wird an {back} zurückgegeben …</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>{what} rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undoing {what}…</source>
        <translation>{what} wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo anyway?</source>
        <translation>Trotzdem rückgängig machen?</translation>
    </message>
    <message>
        <source>Not undone: the schedule may be out of date. Sync again, then try once more.</source>
        <translation>Nicht rückgängig gemacht: Der Terminplan ist vielleicht nicht aktuell. Gleichen Sie erneut ab und versuchen Sie es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>window_views</name>
    <message>
        <source>Go to Date</source>
        <extracomment>The keys of the three views, as Help &gt; Keyboard Shortcuts lists them.</extracomment>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Show the day ({key})</source>
        <translation>Den Tag zeigen ({key})</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Show the week ({key})</source>
        <translation>Die Woche zeigen ({key})</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Show the team ({key})</source>
        <translation>Das Team zeigen ({key})</translation>
    </message>
    <message>
        <source>Go to Date…</source>
        <translation>Gehe zu Datum …</translation>
    </message>
    <message>
        <source>Jump to a date ({key})</source>
        <translation>Zu einem Datum springen ({key})</translation>
    </message>
</context>
<context>
    <name>window_week</name>
    <message>
        <source>{name}&apos;s opening hours are saved.</source>
        <extracomment>The shown week as last read (None: being read for another sub-account). The services the business offers, as last read (the booking form&apos;s). The opening hours of the sub-account `_hours_of` (the one on screen, once read).</extracomment>
        <translation>Die Öffnungszeiten von {name} sind gespeichert.</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Choose your calendars</source>
        <translation>Kalender wählen</translation>
    </message>
    <message>
        <source>Pick where bookings go and which calendars block time.</source>
        <translation>Legen Sie fest, wohin Buchungen gehen und welche Kalender Zeit blockieren.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Connect an iCloud calendar</source>
        <translation>iCloud-Kalender verbinden</translation>
    </message>
</context>
<context>
    <name>wizard_connect</name>
    <message>
        <source>Connect</source>
        <extracomment>The accounts and calendars as the last connect left them (None: not read).</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter the Apple ID and the app-specific password you just made.</source>
        <translation>Geben Sie die Apple-ID und das eben erstellte App-spezifische Passwort ein.</translation>
    </message>
    <message>
        <source>Apple ID</source>
        <translation>Apple-ID</translation>
    </message>
    <message>
        <source>App-specific password</source>
        <translation>App-spezifisches Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Use another server…</source>
        <translation>Anderen Server verwenden …</translation>
    </message>
    <message>
        <source>Checking with iCloud…</source>
        <translation>Wird bei iCloud geprüft …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for iCloud</source>
        <translation>Nicht länger auf iCloud warten</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved; press Connect to try again.</source>
        <translation>Abgebrochen. Nichts wurde gespeichert; klicken Sie auf „Verbinden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Connected. iCloud lists 1 calendar for this Apple ID.</source>
        <translation>Verbunden. iCloud führt 1 Kalender für diese Apple-ID.</translation>
    </message>
    <message>
        <source>Connected. iCloud lists %n calendars for this Apple ID.</source>
        <translation>Verbunden. iCloud führt %n Kalender für diese Apple-ID.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Looks like {example}; spaces are removed.</source>
        <translation>Sieht aus wie {example}; Leerzeichen werden entfernt.</translation>
    </message>
</context>
<context>
    <name>wizard_pages</name>
    <message>
        <source>App-specific passwords usually look like {example}. If this is the password you sign in to Apple with, go back one step and make an app-specific one.</source>
        <translation>App-spezifische Passwörter sehen meist so aus: {example}. Wenn dies das Passwort ist, mit dem Sie sich bei Apple anmelden, gehen Sie einen Schritt zurück und erstellen Sie ein App-spezifisches.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Connect an iCloud calendar to {name}. It takes about two minutes.</source>
        <translation>Einen iCloud-Kalender mit {name} verbinden. Das dauert etwa zwei Minuten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You will need:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;access to the Apple account whose calendars you want to use;&lt;/li&gt;&lt;li&gt;&lt;b&gt;two-factor authentication&lt;/b&gt; turned on for that Apple ID (Apple requires it for the next item);&lt;/li&gt;&lt;li&gt;an &lt;b&gt;app-specific password&lt;/b&gt; for jumpadesk. The next step shows how to make one.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Sie brauchen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Zugang zur Apple-ID, deren Kalender Sie verwenden möchten;&lt;/li&gt;&lt;li&gt;die &lt;b&gt;Zwei-Faktor-Authentifizierung&lt;/b&gt;, aktiviert für diese Apple-ID (Apple verlangt sie für den nächsten Punkt);&lt;/li&gt;&lt;li&gt;ein &lt;b&gt;App-spezifisches Passwort&lt;/b&gt; für jumpadesk. Der nächste Schritt zeigt, wie Sie es erstellen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tip:&lt;/b&gt; read-only access to a calendar is enough to fetch its events and block busy time. Writer access is needed for bookings to appear in iCloud; your own calendars always have it.</source>
        <translation>&lt;b&gt;Tipp:&lt;/b&gt; Lesezugriff auf einen Kalender genügt, um seine Termine zu holen und belegte Zeit zu blockieren. Damit Buchungen in iCloud erscheinen, ist Schreibzugriff nötig; Ihre eigenen Kalender haben ihn immer.</translation>
    </message>
    <message>
        <source>Get your app-specific password</source>
        <translation>App-spezifisches Passwort erstellen</translation>
    </message>
    <message>
        <source>Apple makes it for you on its website; jumpadesk never sees your Apple ID password.</source>
        <translation>Apple erstellt es für Sie auf seiner Website; jumpadesk sieht das Passwort Ihrer Apple-ID nie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apple no longer accepts the saved password for {account}.&lt;/b&gt; This happens when the Apple ID password changes: Apple then cancels every app-specific password. Make a new one and connect again.</source>
        <translation>&lt;b&gt;Apple akzeptiert das gespeicherte Passwort für {account} nicht mehr.&lt;/b&gt; Das passiert, wenn sich das Passwort der Apple-ID ändert: Apple widerruft dann jedes App-spezifische Passwort. Erstellen Sie ein neues und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apple no longer accepts the saved password for this account.&lt;/b&gt; This happens when the Apple ID password changes: Apple then cancels every app-specific password. Make a new one and connect again.</source>
        <translation>&lt;b&gt;Apple akzeptiert das gespeicherte Passwort für dieses Konto nicht mehr.&lt;/b&gt; Das passiert, wenn sich das Passwort der Apple-ID ändert: Apple widerruft dann jedes App-spezifische Passwort. Erstellen Sie ein neues und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in at &lt;b&gt;appleid.apple.com&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Sign-In and Security&lt;/b&gt; (Security).&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;App-Specific Passwords&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate Password&lt;/b&gt; (or &lt;b&gt;+&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Give it a label such as &lt;b&gt;jumpadesk Calendar&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copy&lt;/b&gt; the password Apple shows. You paste it in the next step.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Melden Sie sich bei &lt;b&gt;appleid.apple.com&lt;/b&gt; an.&lt;/li&gt;&lt;li&gt;Öffnen Sie &lt;b&gt;Anmeldung und Sicherheit&lt;/b&gt; (Sicherheit).&lt;/li&gt;&lt;li&gt;Wählen Sie &lt;b&gt;App-spezifische Passwörter&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Passwort generieren&lt;/b&gt; (oder &lt;b&gt;+&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Geben Sie ihm eine Bezeichnung wie &lt;b&gt;jumpadesk Kalender&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kopieren&lt;/b&gt; Sie das Passwort, das Apple zeigt. Sie fügen es im nächsten Schritt ein.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open appleid.apple.com</source>
        <translation>appleid.apple.com öffnen</translation>
    </message>
    <message>
        <source>Opens {address} in your web browser.</source>
        <translation>Öffnet {address} in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>No web browser opened. Copy this address into one: &lt;b&gt;{address}&lt;/b&gt;</source>
        <translation>Kein Webbrowser hat sich geöffnet. Kopieren Sie diese Adresse in einen: &lt;b&gt;{address}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This password is &lt;b&gt;not&lt;/b&gt; your Apple ID password. It looks like &lt;tt&gt;{example}&lt;/tt&gt; and Apple shows it only once. If you change your Apple ID password later, Apple cancels it and jumpadesk asks you to reconnect.</source>
        <translation>Dieses Passwort ist &lt;b&gt;nicht&lt;/b&gt; das Passwort Ihrer Apple-ID. Es sieht aus wie &lt;tt&gt;{example}&lt;/tt&gt;, und Apple zeigt es nur einmal. Wenn Sie das Passwort Ihrer Apple-ID später ändern, widerruft Apple es und jumpadesk bittet Sie, neu zu verbinden.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>not yet in {service}</source>
        <translation>noch nicht in {service}</translation>
    </message>
    <message>
        <source>Travel time</source>
        <extracomment>English, for the window&apos;s own wording of it (the window translates its sentences).</extracomment>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <source>{first} – {last}, all day</source>
        <translation>{first} – {last}, ganztägig</translation>
    </message>
    <message>
        <source>all day {day}</source>
        <translation>ganztägig {day}</translation>
    </message>
    <message>
        <source>all day {first}–{last}</source>
        <translation>ganztägig {first}–{last}</translation>
    </message>
    <message>
        <source>“{title}” for {guest} on {day}, {time}</source>
        <translation>„{title}“ für {guest} am {day}, {time}</translation>
    </message>
    <message>
        <source>“{title}” on {day}, {time}</source>
        <translation>„{title}“ am {day}, {time}</translation>
    </message>
    <message>
        <source>Booked #{id}: {title} for {guest}, {when} with {staff} ({calendar})</source>
        <translation>Gebucht #{id}: {title} für {guest}, {when} bei {staff} ({calendar})</translation>
    </message>
    <message>
        <source>Booked #{id}: {title}, {when} with {staff} ({calendar})</source>
        <translation>Gebucht #{id}: {title}, {when} bei {staff} ({calendar})</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n Tag</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n Tage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <source>not synced recently</source>
        <translation>in letzter Zeit nicht abgeglichen</translation>
    </message>
    <message>
        <source>{calendar} ({service}): never synced, {why}</source>
        <translation>{calendar} ({service}): nie abgeglichen, {why}</translation>
    </message>
    <message>
        <source>{calendar} ({service}): last synced {time}, {why}</source>
        <translation>{calendar} ({service}): zuletzt abgeglichen {time}, {why}</translation>
    </message>
    <message>
        <source>Time that looks free there may not be free; booking will ask you to confirm.</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei; beim Buchen werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Time that looks free there may not be free. Move anyway?</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei. Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>Time that looks free there may not be free. Change it anyway?</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei. Trotzdem ändern?</translation>
    </message>
    <message>
        <source>Time that looks free there may not be free. Undo anyway?</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei. Trotzdem rückgängig machen?</translation>
    </message>
    <message>
        <source>Time that looks free there may not be free. Book anyway?</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei. Trotzdem buchen?</translation>
    </message>
    <message>
        <source>The schedule may be out of date:</source>
        <translation>Der Kalender ist möglicherweise nicht aktuell:</translation>
    </message>
    <message>
        <source>And %n more; `jumpadesk status` lists them all.</source>
        <comment>one</comment>
        <translation>Und %n weiteres; `jumpadesk status` listet alle auf.</translation>
    </message>
    <message>
        <source>And %n more; `jumpadesk status` lists them all.</source>
        <comment>many</comment>
        <translation>Und %n weitere; `jumpadesk status` listet alle auf.</translation>
    </message>
    <message>
        <source>{length} kept free before</source>
        <extracomment>A conflict names this many of the things that overlap, then how many more there are.</extracomment>
        <translation>{length} davor frei gehalten</translation>
    </message>
    <message>
        <source>{length} kept free after</source>
        <translation>{length} danach frei gehalten</translation>
    </message>
    <message>
        <source>{when} and {kept}</source>
        <translation>{when} und {kept}</translation>
    </message>
    <message>
        <source> and </source>
        <comment>joining buffers</comment>
        <translation> und </translation>
    </message>
    <message>
        <source>{what} and %n more</source>
        <comment>one</comment>
        <translation>{what} und %n weiteres</translation>
    </message>
    <message>
        <source>{what} and %n more</source>
        <comment>many</comment>
        <translation>{what} und %n weitere</translation>
    </message>
    <message>
        <source>That time is not free: it overlaps {what}.</source>
        <translation>Diese Zeit ist nicht frei: Sie überschneidet sich mit {what}.</translation>
    </message>
    <message>
        <source>{title} ({when}) now overlaps {what}.</source>
        <translation>{title} ({when}) überschneidet sich jetzt mit {what}.</translation>
    </message>
    <message>
        <source>{title} ({guest}, {when}) now overlaps {what}. Call {guest} to move it.</source>
        <translation>{title} ({guest}, {when}) überschneidet sich jetzt mit {what}. Rufen Sie {guest} an, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>{title} (appointment {id}, {when}) now overlaps {what}.</source>
        <translation>{title} (Termin {id}, {when}) überschneidet sich jetzt mit {what}.</translation>
    </message>
    <message>
        <source>{title} ({guest}, appointment {id}, {when}) now overlaps {what}. Call {guest} to move it.</source>
        <translation>{title} ({guest}, Termin {id}, {when}) überschneidet sich jetzt mit {what}. Rufen Sie {guest} an, um ihn zu verschieben.</translation>
    </message>
</context>
<context>
    <name>zone_picker</name>
    <message>
        <source>City, country or zone, e.g. Berlin or Germany</source>
        <extracomment>Rows shown at most (nothing typed lists every zone, some 420).</extracomment>
        <translation>Stadt, Land oder Zone, z. B. Berlin oder Deutschland</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Matching time zones</source>
        <translation>Passende Zeitzonen</translation>
    </message>
</context>
</TS>
