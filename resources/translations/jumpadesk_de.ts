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
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Morning (until 12:00)</source>
        <translation>Vormittag (bis 12:00)</translation>
    </message>
    <message>
        <source>Afternoon (12:00 – 17:00)</source>
        <translation>Nachmittag (12:00 – 17:00)</translation>
    </message>
    <message>
        <source>Evening (from 17:00)</source>
        <translation>Abend (ab 17:00)</translation>
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
    <name>language</name>
    <message>
        <source>English</source>
        <extracomment>In the data folder: the language chosen in the window (no other setting lives there).</extracomment>
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
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <source>Choose a service to remove.</source>
        <translation>Wählen Sie die Dienstleistung, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>Removed {name}; appointments booked for it keep their times.</source>
        <translation>{name} entfernt; dafür gebuchte Termine behalten ihre Zeiten.</translation>
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
