<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cli</name>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="33"/>
        <source>connect an iCloud account with an app-specific password, or any CalDAV server (--server) with its user name and password</source>
        <extracomment>The passwords&apos; module, and keyring with it, load only when disconnect needs them.</extracomment>
        <translation>ein iCloud-Konto mit einem App-spezifischen Passwort verbinden, oder einen beliebigen CalDAV-Server (--server) mit Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="37"/>
        <source>the Apple ID, or the user name on another server</source>
        <translation>die Apple-ID oder der Benutzername auf einem anderen Server</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="39"/>
        <source>a host or any address of a CalDAV server (default: iCloud)</source>
        <translation>ein Host oder eine beliebige Adresse eines CalDAV-Servers (Standard: iCloud)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="43"/>
        <source>on a computer without a keychain: keep the password in a file in the data folder that only you can read</source>
        <translation>auf einem Computer ohne Schlüsselbund: das Passwort in einer Datei im Datenordner aufbewahren, die nur Sie lesen können</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="47"/>
        <source>on a computer without a keychain: keep the password nowhere; later commands read it from JUMPADESK_PASSWORD</source>
        <translation>auf einem Computer ohne Schlüsselbund: das Passwort nirgends aufbewahren; spätere Befehle lesen es aus JUMPADESK_PASSWORD</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="62"/>
        <source>No app-specific password given: set JUMPADESK_PASSWORD or run this in a terminal.</source>
        <translation>Kein App-spezifisches Passwort angegeben: Setzen Sie JUMPADESK_PASSWORD oder führen Sie dies in einem Terminal aus.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="64"/>
        <source>No password given: set JUMPADESK_PASSWORD or run this in a terminal.</source>
        <translation>Kein Passwort angegeben: Setzen Sie JUMPADESK_PASSWORD oder führen Sie dies in einem Terminal aus.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="67"/>
        <source>Password for {user} on {service}: </source>
        <translation>Passwort für {user} auf {service}: </translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="69"/>
        <source>App-specific password (not your Apple ID password): </source>
        <translation>App-spezifisches Passwort (nicht das Passwort Ihrer Apple-ID): </translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="94"/>
        <source>The password is kept in a file only you can read.</source>
        <translation>Das Passwort wird in einer Datei aufbewahrt, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="96"/>
        <source>The password is kept nowhere: later commands read it from JUMPADESK_PASSWORD.</source>
        <translation>Das Passwort wird nirgends aufbewahrt: Spätere Befehle lesen es aus JUMPADESK_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="98"/>
        <source>Connected {account}: %n calendar found.</source>
        <translation>{account} verbunden: %n Kalender gefunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="99"/>
        <source>Connected {account}: %n calendars found.</source>
        <translation>{account} verbunden: %n Kalender gefunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="101"/>
        <source>Next: jumpadesk configure --linked NAME --conflict NAME</source>
        <translation>Als Nächstes: jumpadesk configure --linked NAME --conflict NAME</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="109"/>
        <source>list the calendars found in the connected accounts</source>
        <translation>die Kalender der verbundenen Konten auflisten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="120"/>
        <source>No calendars yet: connect a calendar account first (jumpadesk connect).</source>
        <translation>Noch keine Kalender: Verbinden Sie zuerst ein Kalenderkonto (jumpadesk connect).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="124"/>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="125"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="132"/>
        <source>choose the linked calendar and the conflict calendars</source>
        <translation>den verknüpften Kalender und die Konfliktkalender wählen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="135"/>
        <source>where new appointments are written</source>
        <translation>wohin neue Termine eingetragen werden</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="137"/>
        <source>a calendar whose busy events block bookings (repeatable)</source>
        <translation>ein Kalender, dessen belegte Termine Buchungen blockieren (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="143"/>
        <source>Say which calendars to use: --linked NAME and/or --conflict NAME.</source>
        <translation>Geben Sie an, welche Kalender verwendet werden: --linked NAME und/oder --conflict NAME.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="148"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="149"/>
        <source>Linked calendar: {linked}. Conflict calendars: {conflict}.</source>
        <translation>Verknüpfter Kalender: {linked}. Konfliktkalender: {conflict}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="158"/>
        <source>fetch changes from the calendar servers now</source>
        <translation>Änderungen jetzt von den Kalenderservern abrufen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="187"/>
        <source>{account}: ok, {changes} changes, {requests} requests</source>
        <translation>{account}: in Ordnung, {changes} Änderungen, {requests} Anfragen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="189"/>
        <source>{account}: FAILED, {changes} changes, {requests} requests</source>
        <translation>{account}: FEHLGESCHLAGEN, {changes} Änderungen, {requests} Anfragen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="205"/>
        <source>list, add, rename or remove the businesses, locations or staff members</source>
        <translation>Geschäfte, Standorte oder Mitarbeiter auflisten, hinzufügen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="209"/>
        <source>every sub-account with its time zone (default)</source>
        <translation>jedes Unterkonto mit seiner Zeitzone (Standard)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="211"/>
        <source>add a sub-account: the one way one is made</source>
        <translation>ein Unterkonto hinzufügen: der einzige Weg, eines anzulegen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="215"/>
        <source>an IANA name (default: the first sub-account&apos;s time zone; the opening hours are the first sub-account&apos;s too)</source>
        <translation>ein IANA-Name (Standard: die Zeitzone des ersten Unterkontos; auch die Öffnungszeiten sind die des ersten Unterkontos)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="219"/>
        <source>an account already connected at this desk for another sub-account, used without its password again (repeatable)</source>
        <translation>ein an diesem Platz bereits für ein anderes Unterkonto verbundenes Konto, ohne erneute Passworteingabe verwendet (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="223"/>
        <source>with --use: where the new sub-account&apos;s bookings are written (default: a calendar called Appointments, Bookings or Work)</source>
        <translation>mit --use: wohin die Buchungen des neuen Unterkontos eingetragen werden (Standard: ein Kalender namens Appointments, Bookings oder Work)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="227"/>
        <source>with --use: a calendar whose busy events block its bookings (repeatable; default: every event calendar of the accounts)</source>
        <translation>mit --use: ein Kalender, dessen belegte Termine seine Buchungen blockieren (mehrfach möglich; Standard: jeder Terminkalender der Konten)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="230"/>
        <source>give a sub-account a new name</source>
        <translation>einem Unterkonto einen neuen Namen geben</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="233"/>
        <source>remove a sub-account with no appointments ahead</source>
        <translation>ein Unterkonto ohne anstehende Termine entfernen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="244"/>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} in {new} umbenannt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="258"/>
        <source>show or set the business&apos;s time zone (an IANA name)</source>
        <translation>die Zeitzone des Geschäfts anzeigen oder festlegen (ein IANA-Name)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="261"/>
        <source>for example Europe/Berlin</source>
        <translation>zum Beispiel Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="275"/>
        <source>forget a calendar account: its keychain entry and cached events</source>
        <translation>ein Kalenderkonto vergessen: seinen Schlüsselbund-Eintrag und die zwischengespeicherten Termine</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="280"/>
        <source>every account of the sub-account</source>
        <translation>jedes Konto des Unterkontos</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/accounts.py" line="288"/>
        <source>{account} is not connected in {sub_account}.</source>
        <translation>{account} ist in {sub_account} nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="25"/>
        <source>the business, location or staff member (default: Main, the first); see jumpadesk sub-accounts</source>
        <translation>das Geschäft, der Standort oder der Mitarbeiter (Standard: Main, das erste); siehe jumpadesk sub-accounts</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="41"/>
        <source>{refusal}. See &apos;jumpadesk --help&apos;.</source>
        <translation>{refusal}. Siehe „jumpadesk --help“.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="63"/>
        <source>&quot;{typed}&quot; is not a time jumpadesk understands; use ISO 8601 with a zone, for example 2026-11-25T10:00:00+01:00 or 2026-11-25T09:00:00Z.</source>
        <translation>„{typed}“ ist keine Zeit, die jumpadesk versteht; verwenden Sie ISO 8601 mit Zeitzone, zum Beispiel 2026-11-25T10:00:00+01:00 oder 2026-11-25T09:00:00Z.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="68"/>
        <source>&quot;{typed}&quot; has no time zone; add an offset such as +01:00, or Z for UTC.</source>
        <translation>„{typed}“ hat keine Zeitzone; ergänzen Sie einen Versatz wie +01:00 oder Z für UTC.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="104"/>
        <source>{typed} is not the number of an appointment; jumpadesk events shows each one&apos;s number, like [#12]</source>
        <extracomment>Ids are SQLite&apos;s (and PostgreSQL&apos;s bigint) row ids: whole numbers from 1 up to this.</extracomment>
        <translation>{typed} ist keine Terminnummer; jumpadesk events zeigt die Nummer jedes Termins, etwa [#12]</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="106"/>
        <source>{typed} is not the number of a blocked slot; jumpadesk events shows each one&apos;s number, like [#12]</source>
        <translation>{typed} ist keine Nummer einer gesperrten Zeit; jumpadesk events zeigt jede Nummer, etwa [#12]</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="116"/>
        <source>{typed} is not a number of days; give a whole number from 1 to {highest}</source>
        <extracomment>`conflicts --days` looks at most this far ahead: a hundred years. An argparse type for how many days ahead to look: a whole number, 1 or more.</extracomment>
        <translation>{typed} ist keine Anzahl von Tagen; geben Sie eine ganze Zahl von 1 bis {highest} an</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="121"/>
        <source>{typed} is not a number of free times; give a whole number from 1 to {highest}</source>
        <extracomment>An argparse type for how many free times to list: 1 to MOST_STARTS.</extracomment>
        <translation>{typed} ist keine Anzahl freier Zeiten; geben Sie eine ganze Zahl von 1 bis {highest} an</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/arguments.py" line="131"/>
        <source>{typed} is not a day; give it as YYYY-MM-DD, for example 2026-11-24</source>
        <translation>{typed} ist kein Tag; geben Sie ihn als JJJJ-MM-TT an, zum Beispiel 2026-11-24</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="28"/>
        <source>book an appointment in the linked calendar</source>
        <translation>einen Termin im verknüpften Kalender buchen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="32"/>
        <source>required unless --service gives the length</source>
        <translation>erforderlich, außer --service gibt die Dauer vor</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="34"/>
        <source>a service from `jumpadesk services`: its length gives the end, its name the title, and its buffers are kept free around it</source>
        <translation>eine Dienstleistung aus `jumpadesk services`: Ihre Dauer ergibt das Ende, ihr Name den Titel, und ihre Puffer werden davor und danach frei gehalten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="37"/>
        <source>required unless --service names it</source>
        <translation>erforderlich, außer --service benennt ihn</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="42"/>
        <source>book even when a conflict calendar could not be synced</source>
        <translation>auch buchen, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="45"/>
        <source>book a time that has already begun or is over</source>
        <translation>eine Zeit buchen, die schon begonnen hat oder vorbei ist</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="47"/>
        <source>the booking as a JSON object (its id, times, guest, calendar)</source>
        <translation>die Buchung als JSON-Objekt (Nummer, Zeiten, Gast, Kalender)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="55"/>
        <source>Give --end, or --service to take the length from.</source>
        <translation>Geben Sie --end an oder --service, um die Dauer daraus zu nehmen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="58"/>
        <source>Give --title, or --service to take the title from.</source>
        <translation>Geben Sie --title an oder --service, um den Titel daraus zu nehmen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="71"/>
        <source>Add --even-if-stale to book anyway.</source>
        <translation>Fügen Sie --even-if-stale hinzu, um trotzdem zu buchen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="97"/>
        <source>That time ({when}) is over; add --in-the-past to book it anyway.</source>
        <translation>Diese Zeit ({when}) ist vorbei; fügen Sie --in-the-past hinzu, um sie trotzdem zu buchen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="99"/>
        <source>That time ({when}) has already begun; add --in-the-past to book it anyway.</source>
        <translation>Diese Zeit ({when}) hat schon begonnen; fügen Sie --in-the-past hinzu, um sie trotzdem zu buchen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="108"/>
        <source>cancel an appointment (and remove it from its calendar)</source>
        <translation>einen Termin absagen (und aus seinem Kalender entfernen)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="115"/>
        <source>Cancelled appointment {id}.</source>
        <translation>Termin {id} abgesagt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="120"/>
        <source>give an appointment a new time (changed in its calendar in place)</source>
        <translation>einen Termin auf eine neue Zeit legen (direkt in seinem Kalender geändert)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="126"/>
        <source>move even when a conflict calendar could not be synced</source>
        <translation>auch verschieben, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="137"/>
        <source>Add --even-if-stale to move it anyway.</source>
        <translation>Fügen Sie --even-if-stale hinzu, um ihn trotzdem zu verschieben.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="138"/>
        <source>Moved appointment {id}.</source>
        <translation>Termin {id} verschoben.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="146"/>
        <source>block time locally (never written to a calendar server), once or repeating</source>
        <translation>Zeit lokal sperren (nie auf einen Kalenderserver geschrieben), einmalig oder wiederholt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="150"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="152"/>
        <source>repeat it every day, every weekday (Monday to Friday) or every week, at the same time of day</source>
        <translation>täglich, an jedem Werktag (Montag bis Freitag) oder jede Woche zur selben Uhrzeit wiederholen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="155"/>
        <source>with --repeat weekly: which weekdays, e.g. mon,wed (default: the start&apos;s)</source>
        <translation>mit --repeat weekly: an welchen Wochentagen, z. B. mon,wed (Standard: der des Beginns)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="158"/>
        <source>with --repeat: the last day it repeats on (default: no end)</source>
        <translation>mit --repeat: der letzte Tag der Wiederholung (Standard: kein Ende)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="167"/>
        <source>--days and --until go with --repeat; add --repeat daily, weekdays or weekly.</source>
        <translation>--days und --until gehören zu --repeat; fügen Sie --repeat daily, weekdays oder weekly hinzu.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="187"/>
        <source>remove a blocked slot (a repeating one with all its days)</source>
        <translation>eine gesperrte Zeit entfernen (eine wiederholte mit allen ihren Tagen)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="191"/>
        <source>remove just this day of a repeating blocked slot</source>
        <translation>nur diesen Tag einer wiederholten gesperrten Zeit entfernen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/bookings.py" line="209"/>
        <source>list the guests who booked</source>
        <translation>die Gäste auflisten, die gebucht haben</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="46"/>
        <source>the next free starts of a given length, on the quarter hour, inside the opening hours</source>
        <extracomment>The printed day sheet, and Qt with it, load only when `agenda --pdf` asks for one.</extracomment>
        <translation>die nächsten freien Anfangszeiten einer bestimmten Dauer, zur Viertelstunde, innerhalb der Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="49"/>
        <location filename="../../jumpadesk/cli/business.py" line="174"/>
        <source>45m, 1h, 1h30m, 90m</source>
        <translation>45m, 1h, 1h30m, 90m (Minuten, Stunden)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="51"/>
        <source>a service&apos;s length, with its buffers before and after free too</source>
        <translation>die Dauer einer Dienstleistung, mit ihren Puffern davor und danach ebenfalls frei</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="54"/>
        <source>with any sub-account (each start names its sub-account)</source>
        <translation>bei einem beliebigen Unterkonto (jede Anfangszeit nennt ihr Unterkonto)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="57"/>
        <source>from this time on (default: now)</source>
        <translation>ab dieser Zeit (Standard: jetzt)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="59"/>
        <source>ending by this time (default: {days} days after --after)</source>
        <translation>endend bis zu dieser Zeit (Standard: {days} Tage nach --after)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="62"/>
        <source>at most this many (default: {count})</source>
        <translation>höchstens so viele (Standard: {count})</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="65"/>
        <source>offer times even when a conflict calendar could not be synced</source>
        <translation>Zeiten auch anbieten, wenn ein Konfliktkalender nicht abgeglichen werden konnte</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="73"/>
        <source>Give --sub-account or --anyone, not both.</source>
        <translation>Geben Sie --sub-account oder --anyone an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="83"/>
        <source>{sentence} (or add --even-if-stale).</source>
        <translation>{sentence} (oder fügen Sie --even-if-stale hinzu).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="91"/>
        <source>{start} – {end}  free  {sub_account}</source>
        <translation>{start} – {end}  frei  {sub_account}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="95"/>
        <source>No free {length} with anyone from {after} to {before}.</source>
        <translation>Keine freien {length} bei irgendwem von {after} bis {before}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="96"/>
        <source>No free {length} with {sub_account} from {after} to {before}.</source>
        <translation>Keine freien {length} bei {sub_account} von {after} bis {before}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="107"/>
        <source>one staff member&apos;s day (or everyone&apos;s, --all) in time order, with the opening hours: as text, a CSV or a printable PDF</source>
        <translation>der Tag eines Mitarbeiters (oder aller, --all) in zeitlicher Reihenfolge, mit den Öffnungszeiten: als Text, CSV oder druckbares PDF</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="111"/>
        <source>the day, on each staff member&apos;s own clock</source>
        <translation>der Tag, nach der eigenen Uhr jedes Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="113"/>
        <source>every staff member, one after another</source>
        <translation>alle Mitarbeiter, einer nach dem anderen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="116"/>
        <source>write a printable day sheet (one page per staff member) here</source>
        <translation>einen druckbaren Tagesplan (eine Seite pro Mitarbeiter) hierhin schreiben</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="119"/>
        <source>write the day as CSV here</source>
        <translation>den Tag als CSV hierhin schreiben</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="124"/>
        <source>Give --sub-account or --all, not both.</source>
        <translation>Geben Sie --sub-account oder --all an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="129"/>
        <source>Saved everyone&apos;s day, {day}, as CSV to {path}.</source>
        <translation>Den Tag aller, {day}, als CSV in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="130"/>
        <source>Saved {who}&apos;s day, {day}, as CSV to {path}.</source>
        <translation>Den Tag von {who}, {day}, als CSV in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="135"/>
        <source>Saved everyone&apos;s day sheet, {day}, as PDF to {path}.</source>
        <translation>Den Tagesplan aller, {day}, als PDF in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="136"/>
        <source>Saved {who}&apos;s day sheet, {day}, as PDF to {path}.</source>
        <translation>Den Tagesplan von {who}, {day}, als PDF in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="150"/>
        <source>Nothing on the schedule.</source>
        <translation>Nichts im Kalender.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="165"/>
        <source>list, add or remove the services the business offers (a length, and buffers before and after)</source>
        <translation>die Dienstleistungen des Geschäfts auflisten, hinzufügen oder entfernen (eine Dauer und Puffer davor und danach)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="169"/>
        <source>every service with its length and buffers (default)</source>
        <translation>jede Dienstleistung mit Dauer und Puffern (Standard)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="171"/>
        <source>add a service</source>
        <translation>eine Dienstleistung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="176"/>
        <source>time kept free before it (default: 0m)</source>
        <translation>davor frei gehaltene Zeit (Standard: 0m)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="178"/>
        <source>time kept free after it, e.g. to clean up (default: 0m)</source>
        <translation>danach frei gehaltene Zeit, z. B. zum Aufräumen (Standard: 0m)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="180"/>
        <source>take a service off the list (appointments booked for it keep their times)</source>
        <translation>eine Dienstleistung von der Liste nehmen (dafür gebuchte Termine behalten ihre Zeiten)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="192"/>
        <source>Added {service}.</source>
        <translation>Hinzugefügt: {service}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="196"/>
        <source>Removed {service}; appointments booked for it keep their times.</source>
        <translation>{service} entfernt; dafür gebuchte Termine behalten ihre Zeiten.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="205"/>
        <source>No services yet; add one with: jumpadesk services add NAME --length 60m.</source>
        <translation>Noch keine Dienstleistungen; fügen Sie eine hinzu mit: jumpadesk services add NAME --length 60m.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="212"/>
        <source>before {before} after {after}</source>
        <translation>davor {before} danach {after}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="221"/>
        <source>show or set the opening hours, per weekday (several ranges a day, a day possibly closed)</source>
        <translation>die Öffnungszeiten je Wochentag anzeigen oder festlegen (mehrere Zeiträume pro Tag, ein Tag auch geschlossen)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="224"/>
        <source>each weekday&apos;s opening hours (default)</source>
        <translation>die Öffnungszeiten jedes Wochentags (Standard)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="226"/>
        <source>set one or more weekdays&apos; opening hours</source>
        <translation>die Öffnungszeiten eines oder mehrerer Wochentage festlegen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="229"/>
        <source>mon, tue, ... sun (repeatable, or several joined by commas)</source>
        <translation>mon, tue, ... sun (mehrfach möglich oder mehrere durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="233"/>
        <source>for example 09:00-12:30,13:30-18:00 (a lunch break)</source>
        <translation>zum Beispiel 09:00-12:30,13:30-18:00 (mit Mittagspause)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="236"/>
        <source>closed all day</source>
        <translation>den ganzen Tag geschlossen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="256"/>
        <source>Say which day with --day, for example --day tue.</source>
        <translation>Geben Sie den Tag mit --day an, zum Beispiel --day tue.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="265"/>
        <source>{sub_account}&apos;s opening hours are saved: {hours}.</source>
        <translation>Die Öffnungszeiten von {sub_account} sind gespeichert: {hours}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/business.py" line="272"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="27"/>
        <source>--sub-account is given twice, as {first} and {second}; give it once</source>
        <translation>--sub-account ist zweimal angegeben, als {first} und {second}; geben Sie es einmal an</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="40"/>
        <source>where the schedule is kept; test, fill, use and upgrade a PostgreSQL store shared by several desks</source>
        <translation>wo der Kalender gespeichert wird; einen von mehreren Plätzen geteilten PostgreSQL-Speicher prüfen, füllen, verwenden und aktualisieren</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="46"/>
        <source>show (default); test URL; copy-to URL; use URL (or: use local); upgrade (this desk&apos;s store, or URL) to this jumpadesk&apos;s schema</source>
        <translation>show (Standard); test URL; copy-to URL; use URL (oder: use local); upgrade (den Speicher dieses Platzes oder URL) auf das Schema dieses jumpadesk</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="72"/>
        <source>iCloud calendars in your booking schedule.</source>
        <extracomment>Every command, in the order `jumpadesk --help` lists them.</extracomment>
        <translation>iCloud-Kalender in Ihrem Buchungskalender.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="74"/>
        <source>{help}; also accepted after the command</source>
        <translation>{help}; auch nach dem Befehl möglich</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="78"/>
        <source>log verbosely to stderr too</source>
        <translation>ausführlich auch auf stderr protokollieren</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="80"/>
        <source>open the window on a built-in demo iCloud account (no Apple ID needed)</source>
        <translation>das Fenster mit einem eingebauten Demo-iCloud-Konto öffnen (keine Apple-ID nötig)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/parser.py" line="83"/>
        <source>open the window offscreen, sync the demo, paint the week, exit</source>
        <translation>das Fenster unsichtbar öffnen, die Demo abgleichen, die Woche zeichnen, beenden</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/run.py" line="122"/>
        <source>Stopped.</source>
        <extracomment>The questions a read-only desk can answer (services/read_only.py) without the ORM. Set (to anything) to answer them through the full Desk: for tests and benchmarks.</extracomment>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/run.py" line="126"/>
        <source>The system refused: {why}.</source>
        <translation>Das System hat abgelehnt: {why}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/run.py" line="133"/>
        <source>Something went wrong that should not have; the details are in the log file. Nothing was changed by the failed step.</source>
        <translation>Etwas ist schiefgegangen, das nicht hätte passieren dürfen; die Einzelheiten stehen in der Protokolldatei. Der fehlgeschlagene Schritt hat nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="27"/>
        <source>busy time between two times</source>
        <translation>belegte Zeit zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="31"/>
        <source>everything on the schedule between two times</source>
        <translation>alles im Kalender zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="48"/>
        <source>{start} – {end}  busy</source>
        <translation>{start} – {end}  belegt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="68"/>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="68"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="71"/>
        <source>(not yet confirmed by {service}; the time stays held)</source>
        <translation>(von {service} noch nicht bestätigt; die Zeit bleibt reserviert)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="73"/>
        <source>; repeats {rule}</source>
        <translation>; wiederholt sich {rule}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="87"/>
        <source>connections, last sync, anything out of date, and conflicts</source>
        <translation>Verbindungen, letzter Abgleich, alles Veraltete und Konflikte</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="96"/>
        <source>{sub_account}: no calendar account connected yet.</source>
        <translation>{sub_account}: noch kein Kalenderkonto verbunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="100"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="102"/>
        <source>{account}: {state}, last good sync {last}</source>
        <translation>{account}: {state}, letzter erfolgreicher Abgleich {last}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="105"/>
        <source>Out of date: {calendar}</source>
        <translation>Nicht aktuell: {calendar}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="107"/>
        <source>Check: {problem}</source>
        <translation>Bitte prüfen: {problem}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="113"/>
        <source>Conflicts: %n appointment now overlapped by other events (jumpadesk conflicts lists them).</source>
        <translation>Konflikte: %n Termin wird jetzt von anderen Terminen überschnitten (jumpadesk conflicts listet sie auf).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="115"/>
        <source>Conflicts: %n appointments now overlapped by other events (jumpadesk conflicts lists them).</source>
        <translation>Konflikte: %n Termine werden jetzt von anderen Terminen überschnitten (jumpadesk conflicts listet sie auf).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="122"/>
        <source>new</source>
        <comment>connection state</comment>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="123"/>
        <source>ok</source>
        <comment>connection state</comment>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="124"/>
        <source>auth_failed</source>
        <comment>connection state</comment>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="125"/>
        <source>unreachable</source>
        <comment>connection state</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="126"/>
        <source>error</source>
        <comment>connection state</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="136"/>
        <source>Not yet confirmed: {title} (appointment {id}, {start}–{end}) was sent to {calendar}; {service} has not confirmed it yet; the time stays held.</source>
        <translation>Noch nicht bestätigt: {title} (Termin {id}, {start}–{end}) wurde an {calendar} gesendet; {service} hat ihn noch nicht bestätigt; die Zeit bleibt reserviert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="146"/>
        <source>appointments that an event added since now overlaps, within the next {days} days (--days)</source>
        <translation>Termine, die ein seither hinzugekommener Termin jetzt überschneidet, in den nächsten {days} Tagen (--days)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="151"/>
        <source>look this many days ahead (default: {days}, as far as the window looks)</source>
        <translation>so viele Tage vorausschauen (Standard: {days}, so weit wie das Fenster)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="172"/>
        <source>No conflicts: nothing overlaps a booked appointment in the next %n day.</source>
        <translation>Keine Konflikte: Nichts überschneidet einen gebuchten Termin am nächsten %n Tag.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/cli/schedule.py" line="174"/>
        <source>No conflicts: nothing overlaps a booked appointment in the next %n days.</source>
        <translation>Keine Konflikte: Nichts überschneidet einen gebuchten Termin in den nächsten %n Tagen.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../jumpadesk/wording.py" line="152"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="152"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="152"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="153"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="153"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="153"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="154"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="159"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="159"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="160"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="160"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="161"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="161"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="162"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="167"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="167"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="167"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="168"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="168"/>
        <source>May</source>
        <comment>short month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="169"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="169"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="169"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="170"/>
        <source>Sep</source>
        <translation>Sept</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="170"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="170"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="171"/>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="176"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="176"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="177"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="177"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="178"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="178"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="178"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="179"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="179"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="180"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="180"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="181"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="186"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day}. {month}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="192"/>
        <source>{weekday} {year}-{month:02d}-{day:02d}</source>
        <translation>{weekday} {day:02d}.{month:02d}.{year}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="203"/>
        <source>{weekday} {month:02d}-{day:02d} {time}</source>
        <translation>{weekday} {day:02d}.{month:02d}. {time}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="245"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="246"/>
        <source>{weekday} {day} {month}</source>
        <comment>long</comment>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="253"/>
        <source>{day} {month} {year} – {last_day} {last_month} {last_year}</source>
        <translation>{day}. {month} {year} – {last_day}. {last_month} {last_year}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="258"/>
        <source>{day} {month} – {last_day} {last_month} {year}</source>
        <translation>{day}. {month} – {last_day}. {last_month} {year}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="261"/>
        <source>{day} – {last_day} {month} {year}</source>
        <translation>{day}. – {last_day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../jumpadesk/errors.py" line="65"/>
        <source>{store} has the schema of jumpadesk {made_by} ({revision}); this desk runs jumpadesk {version}, which needs schema {head}. Run `jumpadesk store upgrade` to upgrade it; after that every desk that shares it needs jumpadesk {version} or newer.</source>
        <translation>{store} hat das Schema von jumpadesk {made_by} ({revision}); an diesem Platz läuft jumpadesk {version}, das Schema {head} braucht. Führen Sie `jumpadesk store upgrade` aus, um es zu aktualisieren; danach braucht jeder Platz, der ihn mitbenutzt, jumpadesk {version} oder neuer.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/errors.py" line="70"/>
        <source>{store} has the schema of an older jumpadesk ({revision}); this desk runs jumpadesk {version}, which needs schema {head}. Run `jumpadesk store upgrade` to upgrade it; after that every desk that shares it needs jumpadesk {version} or newer.</source>
        <translation>{store} hat das Schema eines älteren jumpadesk ({revision}); an diesem Platz läuft jumpadesk {version}, das Schema {head} braucht. Führen Sie `jumpadesk store upgrade` aus, um es zu aktualisieren; danach braucht jeder Platz, der ihn mitbenutzt, jumpadesk {version} oder neuer.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/errors.py" line="90"/>
        <source>There is no sub-account named &apos;{name}&apos;; there are: {known}.</source>
        <translation>Es gibt kein Unterkonto namens „{name}“; vorhanden sind: {known}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/errors.py" line="92"/>
        <source>There is no sub-account named &apos;{name}&apos;; there are none yet.</source>
        <translation>Es gibt kein Unterkonto namens „{name}“; es gibt noch keine.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/errors.py" line="102"/>
        <source>The sub-account &apos;{name}&apos; was removed (at another desk or from the command line).</source>
        <translation>Das Unterkonto „{name}“ wurde entfernt (an einem anderen Platz oder über die Kommandozeile).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/errors.py" line="123"/>
        <source>No system keychain is available on this computer, so jumpadesk cannot keep the app-specific password safely. Install or unlock a keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann jumpadesk das App-spezifische Passwort nicht sicher aufbewahren. Installieren oder entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/errors.py" line="138"/>
        <source>This computer has no system keychain to keep the password in, so jumpadesk did not connect. Connect again with --password-in-file to keep it in a file in jumpadesk&apos;s data folder that only you can read (anyone who can read your files as you could read it), or with --password-for-this-run to keep it nowhere (each later command then reads it from JUMPADESK_PASSWORD).</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems für das Passwort, daher hat jumpadesk keine Verbindung hergestellt. Verbinden Sie erneut mit --password-in-file, um es in einer Datei im Datenordner von jumpadesk aufzubewahren, die nur Sie lesen können (wer Ihre Dateien als Sie lesen kann, könnte es lesen), oder mit --password-for-this-run, um es nirgends aufzubewahren (jeder spätere Befehl liest es dann aus JUMPADESK_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <location filename="../../jumpadesk/hours.py" line="43"/>
        <source>that day</source>
        <translation>diesen Tag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="128"/>
        <source>On {day}, each range needs an opening and a closing time.</source>
        <translation>Am {day} braucht jeder Zeitraum eine Öffnungs- und eine Schließzeit.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="133"/>
        <source>On {day}, closing time must come after opening time ({opens} – {closes}).</source>
        <translation>Am {day} muss die Schließzeit nach der Öffnungszeit liegen ({opens} – {closes}).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="140"/>
        <source>On {day}, {opens} – {closes} and {next_opens} – {next_closes} overlap; give each time of day to one range.</source>
        <translation>Am {day} überschneiden sich {opens} – {closes} und {next_opens} – {next_closes}; geben Sie jede Uhrzeit nur einem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="164"/>
        <source>Opening hours need an entry for each of the seven weekdays.</source>
        <translation>Die Öffnungszeiten brauchen einen Eintrag für jeden der sieben Wochentage.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="212"/>
        <source>&quot;{typed}&quot; is not a range of hours for {day}; write them like 09:00-12:30,13:30-18:00.</source>
        <translation>„{typed}“ ist kein Zeitraum für {day}; schreiben Sie ihn etwa so: 09:00-12:30,13:30-18:00.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="226"/>
        <source>&quot;{typed}&quot; is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>„{typed}“ ist kein Wochentag; verwenden Sie mon, tue, wed, thu, fri, sat oder sun.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/hours.py" line="304"/>
        <source>{day}: closed</source>
        <translation>{day}: geschlossen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/free_time.py" line="44"/>
        <source>&quot;{typed}&quot; is not a length; write it like 45m, 1h, 1h30m or 90m.</source>
        <extracomment>The grid starts are offered on: :00, :15, :30 and :45 of the sub-account&apos;s clock. How many starts are offered unless told, how far ahead they are looked for, and the most one question may ask for. The longest slot asked for: a whole day.</extracomment>
        <translation>„{typed}“ ist keine Dauer; schreiben Sie sie etwa so: 45m, 1h, 1h30m oder 90m.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/free_time.py" line="49"/>
        <source>&quot;{typed}&quot; is not a length jumpadesk can offer; give one from 1m to 24h, like 45m or 1h30m.</source>
        <translation>„{typed}“ ist keine Dauer, die jumpadesk anbieten kann; geben Sie eine von 1m bis 24h an, etwa 45m oder 1h30m.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/repeats.py" line="61"/>
        <source>&quot;{typed}&quot; is not a way to repeat; use daily, weekdays or weekly.</source>
        <extracomment>The longest a repeating block may last: one occurrence must end before the next day&apos;s could begin.</extracomment>
        <translation>„{typed}“ ist keine Art der Wiederholung; verwenden Sie daily, weekdays oder weekly.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/repeats.py" line="65"/>
        <source>Weekdays are chosen only for a block that repeats weekly.</source>
        <translation>Wochentage werden nur für eine wöchentlich wiederholte Sperre gewählt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/repeats.py" line="69"/>
        <source>Say on which weekdays it repeats.</source>
        <translation>Geben Sie an, an welchen Wochentagen sie sich wiederholt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/repeats.py" line="156"/>
        <source>&quot;{typed}&quot; is not a day; write it like 2026-12-31.</source>
        <translation>„{typed}“ ist kein Tag; schreiben Sie ihn etwa so: 2026-12-31.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../jumpadesk/language.py" line="163"/>
        <source>English</source>
        <extracomment>In the data folder: the language chosen in the window (no other setting lives there).</extracomment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="35"/>
        <source>Busy in {service}</source>
        <translation>Belegt in {service}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="36"/>
        <source>Tentative in {service} (blocks)</source>
        <translation>Vorläufig in {service} (blockiert)</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="38"/>
        <source>Free in {service}</source>
        <translation>Frei in {service}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="39"/>
        <source>Cancelled in {service}</source>
        <translation>Abgesagt in {service}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="41"/>
        <source>Declined invitation</source>
        <translation>Einladung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="42"/>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="43"/>
        <source>Repeats too often to show one by one; blocks all the time it covers</source>
        <translation>Wiederholt sich zu oft, um jeden Termin einzeln zu zeigen; blockiert die ganze Zeit, die es abdeckt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="45"/>
        <source>Could not be read; blocks its first occurrence</source>
        <translation>Konnte nicht gelesen werden; blockiert sein erstes Vorkommen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="47"/>
        <source>Appointment booked in jumpadesk</source>
        <translation>In jumpadesk gebuchter Termin</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="48"/>
        <source>Appointment booked in jumpadesk by another sub-account</source>
        <translation>Von einem anderen Unterkonto in jumpadesk gebuchter Termin</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="50"/>
        <source>Blocked slot</source>
        <translation>Gesperrte Zeit</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/reasons.py" line="58"/>
        <source>{reason} ({assumed})</source>
        <translation>{reason} ({assumed})</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="106"/>
        <source>{weekday} {year}-{month:02d}-{day:02d}</source>
        <extracomment>The CSV&apos;s columns, in order.</extracomment>
        <translation>{weekday}, {day:02d}.{month:02d}.{year}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="114"/>
        <source>Closed all day</source>
        <translation>Den ganzen Tag geschlossen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="115"/>
        <source>Open {hours}</source>
        <translation>Geöffnet {hours}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="121"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="138"/>
        <source>blocked slot #{id}</source>
        <translation>gesperrte Zeit #{id}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="140"/>
        <source>appointment #{id}</source>
        <translation>Termin #{id}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="149"/>
        <location filename="../../jumpadesk/day_sheet.py" line="57"/>
        <source>busy</source>
        <extracomment>Points: the page&apos;s margins, the heading&apos;s and the rows&apos; sizes.</extracomment>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="149"/>
        <location filename="../../jumpadesk/day_sheet.py" line="57"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/agenda.py" line="156"/>
        <source>May be out of date: {calendar}</source>
        <translation>Möglicherweise nicht aktuell: {calendar}</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="268"/>
        <source>{sub_account} no longer uses {account}; other sub-accounts still do, so its password stays in jumpadesk&apos;s private password file.</source>
        <extracomment>In the data folder: passwords kept in a file by the person&apos;s choice, and the names of accounts whose password was kept only until jumpadesk quit. What the environment may give, for an account kept only for a run.</extracomment>
        <translation>{sub_account} verwendet {account} nicht mehr; andere Unterkonten schon, daher bleibt sein Passwort in der privaten Passwortdatei von jumpadesk.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="271"/>
        <source>{sub_account} no longer uses {account}; other sub-accounts still do, so its password stays kept until jumpadesk quits.</source>
        <translation>{sub_account} verwendet {account} nicht mehr; andere Unterkonten schon, daher bleibt sein Passwort aufbewahrt, bis jumpadesk beendet wird.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="274"/>
        <source>{sub_account} no longer uses {account}; other sub-accounts still do, so its password stays in the keychain.</source>
        <translation>{sub_account} verwendet {account} nicht mehr; andere Unterkonten schon, daher bleibt sein Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="278"/>
        <source>Disconnected {account}: password in jumpadesk&apos;s private file and cached events removed.</source>
        <translation>{account} getrennt: Passwort in der privaten Datei von jumpadesk und zwischengespeicherte Termine entfernt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="281"/>
        <source>Disconnected {account}: password kept until jumpadesk quits and cached events removed.</source>
        <translation>{account} getrennt: bis zum Beenden aufbewahrtes Passwort und zwischengespeicherte Termine entfernt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="283"/>
        <source>Disconnected {account}: keychain entry and cached events removed.</source>
        <translation>{account} getrennt: Schlüsselbund-Eintrag und zwischengespeicherte Termine entfernt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="362"/>
        <source>The password for {account} on {service} was kept only until jumpadesk quit, as chosen when it was connected, because this computer has no keychain. Enter it again to sync this account.</source>
        <translation>Das Passwort für {account} auf {service} wurde nur bis zum Beenden von jumpadesk aufbewahrt, wie beim Verbinden gewählt, weil dieser Computer keinen Schlüsselbund hat. Geben Sie es erneut ein, um dieses Konto abzugleichen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="372"/>
        <source>The password for {account} on {service} is kept until jumpadesk quits; jumpadesk asks for it again at the next start.</source>
        <translation>Das Passwort für {account} auf {service} wird aufbewahrt, bis jumpadesk beendet wird; beim nächsten Start fragt jumpadesk erneut danach.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/secrets.py" line="376"/>
        <source>The password for {account} on {service} is kept in a file in jumpadesk&apos;s data folder that only you can read.</source>
        <translation>Das Passwort für {account} auf {service} wird in einer Datei im Datenordner von jumpadesk aufbewahrt, die nur Sie lesen können.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="97"/>
        <source>Choose a linked calendar first: it is where bookings are written (jumpadesk configure --linked NAME).</source>
        <extracomment>English, kept for callers that name it; what is said is no_linked_calendar().</extracomment>
        <translation>Wählen Sie zuerst einen verknüpften Kalender: Dort werden Buchungen eingetragen (jumpadesk configure --linked NAME).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="107"/>
        <source>The schedule may be out of date ({calendars}). {anyway}</source>
        <translation>Der Kalender ist möglicherweise nicht aktuell ({calendars}). {anyway}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="109"/>
        <source>Confirm to book anyway.</source>
        <translation>Bestätigen Sie, um trotzdem zu buchen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="155"/>
        <source>An appointment needs an end, or a service to take it from.</source>
        <translation>Ein Termin braucht ein Ende oder eine Dienstleistung, aus der es sich ergibt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="161"/>
        <source>An appointment needs a title.</source>
        <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="177"/>
        <source>The booking “{title}” may be in {service} already: it is kept as appointment {id}, and its time stays held; jumpadesk finishes it with {service}, never twice, as soon as the store is back (the next command or sync does).</source>
        <translation>Die Buchung „{title}“ ist möglicherweise schon in {service}: Sie bleibt als Termin {id} erhalten, und ihre Zeit bleibt reserviert; jumpadesk schließt sie mit {service} ab, nie doppelt, sobald der Speicher wieder erreichbar ist (beim nächsten Befehl oder Abgleich).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="203"/>
        <source>Sent to {service}; {service} has not confirmed it yet ({why}). It is kept as appointment {id}, not yet confirmed, and the time stays held: jumpadesk asks {calendar} again with the same booking at the next command and at the next sync, and never books it twice. Cancel it if it is not wanted.</source>
        <translation>An {service} gesendet; {service} hat sie noch nicht bestätigt ({why}). Sie bleibt als Termin {id} erhalten, noch nicht bestätigt, und die Zeit bleibt reserviert: jumpadesk fragt {calendar} beim nächsten Befehl und beim nächsten Abgleich mit derselben Buchung erneut und bucht sie nie doppelt. Sagen Sie sie ab, wenn sie nicht gewünscht ist.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="336"/>
        <source>{service} did not take the booking: {lost}, and {why}. Nothing was booked; try again.</source>
        <translation>{service} hat die Buchung nicht angenommen: {lost}, und {why}. Es wurde nichts gebucht; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="395"/>
        <source>“{title}” (appointment {id}, {when}) is now confirmed: {where} has it.</source>
        <translation>„{title}“ (Termin {id}, {when}) ist jetzt bestätigt: {where} hat ihn.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="398"/>
        <source>“{title}” (appointment {id}, {when}) was not moved; it stays where {service} has it: {why}</source>
        <translation>„{title}“ (Termin {id}, {when}) wurde nicht verschoben; er bleibt, wo {service} ihn hat: {why}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="401"/>
        <source>“{title}” (appointment {id}, {when}) is not in {service}, so its time is free again: {why}</source>
        <translation>„{title}“ (Termin {id}, {when}) ist nicht in {service}, daher ist seine Zeit wieder frei: {why}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="405"/>
        <source>“{title}” (appointment {id}, {when}) is still not confirmed by {service} ({why}); the time stays held and jumpadesk asks again at the next command and sync.</source>
        <translation>„{title}“ (Termin {id}, {when}) ist von {service} noch nicht bestätigt ({why}); die Zeit bleibt reserviert, und jumpadesk fragt beim nächsten Befehl und Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="461"/>
        <source>That time is not free: another desk has just taken it.</source>
        <translation>Diese Zeit ist nicht frei: Ein anderer Platz hat sie gerade gebucht.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="66"/>
        <source>{appointment} was already cancelled{by}.</source>
        <translation>{appointment} wurde bereits{by} abgesagt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="73"/>
        <source>Appointment {id} is being written to {service} right now; cancel it again in a moment.</source>
        <translation>Termin {id} wird gerade in {service} eingetragen; sagen Sie ihn gleich noch einmal ab.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="111"/>
        <source>The cancellation was sent to {service}, but {service} has not confirmed it ({lost}); it may be cancelled there already. Appointment {id} is kept, and its time stays held, until {service} confirms: cancel it again once {service} answers.</source>
        <translation>Die Absage wurde an {service} gesendet, aber {service} hat sie nicht bestätigt ({lost}); dort ist er vielleicht schon abgesagt. Termin {id} bleibt erhalten und seine Zeit reserviert, bis {service} bestätigt: Sagen Sie ihn erneut ab, sobald {service} antwortet.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="166"/>
        <source>The new time of appointment {id} may be in its calendar already; both times stay held until jumpadesk has asked again, as soon as the store is back (the next command or sync does).</source>
        <translation>Die neue Zeit von Termin {id} steht vielleicht schon in seinem Kalender; beide Zeiten bleiben reserviert, bis jumpadesk erneut gefragt hat, sobald der Speicher wieder erreichbar ist (beim nächsten Befehl oder Abgleich).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="188"/>
        <source>{service} did not take the new time ({lost}) and still has the old one, so appointment {id} keeps its old time here. Try again.</source>
        <translation>{service} hat die neue Zeit nicht übernommen ({lost}) und hat noch die alte, daher behält Termin {id} hier seine alte Zeit. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="193"/>
        <source>Appointment {id} was not moved: {why}</source>
        <translation>Termin {id} wurde nicht verschoben: {why}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="196"/>
        <source>The new time was sent to {service}; {service} has not confirmed it yet ({why}). Appointment {id} is kept at the new time, {new}, and its old time, {old}, stays held as {service} last showed it, until {service} answers: jumpadesk asks again at the next command and at the next sync.</source>
        <translation>Die neue Zeit wurde an {service} gesendet; {service} hat sie noch nicht bestätigt ({why}). Termin {id} bleibt zur neuen Zeit, {new}, und seine alte Zeit, {old}, bleibt reserviert, wie {service} sie zuletzt zeigte, bis {service} antwortet: jumpadesk fragt beim nächsten Befehl und beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="236"/>
        <location filename="../../jumpadesk/services/booking.py" line="470"/>
        <source>There is no appointment {id} in {sub_account}.</source>
        <translation>In {sub_account} gibt es keinen Termin {id}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="241"/>
        <source>{appointment} was cancelled{by}; book a new one.</source>
        <translation>{appointment} wurde{by} abgesagt; buchen Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/appointment_changes.py" line="245"/>
        <source>{appointment} is not yet confirmed by its calendar&apos;s server, so its time cannot be changed yet. Try again after the next sync.</source>
        <translation>{appointment} ist vom Server seines Kalenders noch nicht bestätigt, daher kann seine Zeit noch nicht geändert werden. Versuchen Sie es nach dem nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="486"/>
        <source>at this desk</source>
        <translation>an diesem Platz</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/booking.py" line="487"/>
        <source>by {desk}</source>
        <translation>von {desk}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="49"/>
        <source>A block that repeats can last a day at most; block longer time once, or repeat a shorter block.</source>
        <translation>Eine wiederholte Sperre darf höchstens einen Tag dauern; sperren Sie längere Zeit einmalig oder wiederholen Sie eine kürzere Sperre.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="63"/>
        <source>Nothing to block: {rule} ends before {day}.</source>
        <translation>Nichts zu sperren: {rule} endet vor {day}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="88"/>
        <source>Removed blocked slot {id}.</source>
        <translation>Gesperrte Zeit {id} entfernt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="89"/>
        <source>Removed “{title}” on {day} only; it still blocks {rule}.</source>
        <translation>„{title}“ nur am {day} entfernt; sie sperrt weiterhin {rule}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="91"/>
        <source>Removed “{title}” on {day} only.</source>
        <translation>„{title}“ nur am {day} entfernt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="110"/>
        <location filename="../../jumpadesk/services/booking.py" line="521"/>
        <source>There is no blocked slot {id} in {sub_account}.</source>
        <translation>In {sub_account} gibt es keine gesperrte Zeit {id}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="124"/>
        <source>“{title}” does not block {day}: it repeats {rule}.</source>
        <translation>„{title}“ sperrt {day} nicht: Sie wiederholt sich {rule}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/blocked_slots.py" line="126"/>
        <source>“{title}” does not block {day}: it is on {first}.</source>
        <translation>„{title}“ sperrt {day} nicht: Sie liegt am {first}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/free.py" line="198"/>
        <source>{refusal}; free from {starts}.</source>
        <extracomment>The schedule is read a week at a time, until enough starts are found.</extracomment>
        <translation>{refusal}; frei ab {starts}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/offered.py" line="56"/>
        <source>{length} before</source>
        <extracomment>The longest buffer on either side.</extracomment>
        <translation>{length} davor</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/offered.py" line="59"/>
        <source>{length} after</source>
        <translation>{length} danach</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/offered.py" line="73"/>
        <source>There is no service named &apos;{name}&apos;; there are: {known}.</source>
        <translation>Es gibt keine Dienstleistung namens „{name}“; vorhanden sind: {known}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/offered.py" line="75"/>
        <source>There is no service named &apos;{name}&apos;; there are none yet.</source>
        <translation>Es gibt keine Dienstleistung namens „{name}“; es gibt noch keine.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="160"/>
        <source>{service} lists none for it; make a calendar there, and it shows here after the next sync</source>
        <extracomment>Calendar names that say &quot;bookings go here&quot;, best first; the only ones ever linked without the owner choosing (the first writable calendar is often a personal one).</extracomment>
        <translation>{service} führt keinen für das Konto; legen Sie dort einen Kalender an, dann erscheint er hier nach dem nächsten Abgleich</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="163"/>
        <source>its calendars were deleted on {service}</source>
        <translation>seine Kalender wurden in {service} gelöscht</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="165"/>
        <source>it has only Reminders lists, which hold tasks, not events</source>
        <translation>es hat nur Erinnerungslisten, die Aufgaben enthalten, keine Termine</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="167"/>
        <source>it has only task lists, which hold tasks, not events</source>
        <translation>es hat nur Aufgabenlisten, die Aufgaben enthalten, keine Termine</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="169"/>
        <source>it has only subscribed calendars, whose events {service} does not serve</source>
        <translation>es hat nur abonnierte Kalender, deren Termine {service} nicht ausliefert</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="172"/>
        <source>it has only Reminders lists and subscribed calendars, which cannot block time</source>
        <translation>es hat nur Erinnerungslisten und abonnierte Kalender, die keine Zeit blockieren können</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="174"/>
        <source>it has only task lists and subscribed calendars, which cannot block time</source>
        <translation>es hat nur Aufgabenlisten und abonnierte Kalender, die keine Zeit blockieren können</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="176"/>
        <source>{account} on {service} is connected but has no calendars jumpadesk can use: {why}.</source>
        <translation>{account} auf {service} ist verbunden, hat aber keine Kalender, die jumpadesk verwenden kann: {why}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="244"/>
        <source>{calendar} is read-only for you, so it cannot be the linked calendar where bookings are written. Choose one of your own calendars.</source>
        <translation>{calendar} ist für Sie schreibgeschützt und kann daher nicht der verknüpfte Kalender sein, in den Buchungen eingetragen werden. Wählen Sie einen Ihrer eigenen Kalender.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/calendars.py" line="252"/>
        <source>{calendar} cannot be used: {why}</source>
        <translation>{calendar} kann nicht verwendet werden: {why}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/connections.py" line="54"/>
        <source>Enter the user name and the password for the server.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort für den Server ein.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/connections.py" line="57"/>
        <source>Enter the Apple ID (the email address you sign in to Apple with).</source>
        <translation>Geben Sie die Apple-ID ein (die E-Mail-Adresse, mit der Sie sich bei Apple anmelden).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/connections.py" line="60"/>
        <source>Enter the app-specific password you made at appleid.apple.com.</source>
        <translation>Geben Sie das App-spezifische Passwort ein, das Sie auf appleid.apple.com erstellt haben.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/connections.py" line="132"/>
        <source>That iCloud account is not connected in {sub_account}.</source>
        <translation>Dieses iCloud-Konto ist in {sub_account} nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/service_list.py" line="46"/>
        <source>A service needs a name.</source>
        <translation>Eine Dienstleistung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/service_list.py" line="48"/>
        <source>A service lasts from 1 minute to 24 hours.</source>
        <translation>Eine Dienstleistung dauert von 1 Minute bis 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/service_list.py" line="52"/>
        <source>The buffer before a service is from 0 minutes to 12 hours.</source>
        <translation>Der Puffer vor einer Dienstleistung beträgt 0 Minuten bis 12 Stunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/service_list.py" line="54"/>
        <source>The buffer after a service is from 0 minutes to 12 hours.</source>
        <translation>Der Puffer nach einer Dienstleistung beträgt 0 Minuten bis 12 Stunden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/service_list.py" line="72"/>
        <source>There is already a service named &apos;{name}&apos;; remove it first or choose another name.</source>
        <translation>Es gibt bereits eine Dienstleistung namens „{name}“; entfernen Sie sie zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="55"/>
        <source>Use {account}, already connected for {users}</source>
        <translation>{account} verwenden, bereits verbunden für {users}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="75"/>
        <source>Added {name}, in {zone}.</source>
        <translation>{name} hinzugefügt, in {zone}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="79"/>
        <source>{account} (already connected for {users})</source>
        <translation>{account} (bereits verbunden für {users})</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="84"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="86"/>
        <source>Linked calendar: {linked}. Conflict calendars: {conflict}.</source>
        <translation>Verknüpfter Kalender: {linked}. Konfliktkalender: {conflict}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="88"/>
        <source>Conflict calendars: {conflict}. Next: choose where {name}&apos;s bookings go: jumpadesk configure --sub-account &quot;{name}&quot; --linked NAME</source>
        <translation>Konfliktkalender: {conflict}. Als Nächstes: Wählen Sie, wohin die Buchungen von {name} gehen: jumpadesk configure --sub-account &quot;{name}&quot; --linked NAME</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="91"/>
        <source>{added} It uses {accounts}, with no password asked again. {calendars}</source>
        <translation>{added} Es verwendet {accounts}, ohne erneute Passwortabfrage. {calendars}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="124"/>
        <source>the account connected here is {ids}</source>
        <translation>das hier verbundene Konto ist {ids}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="125"/>
        <source>the accounts connected here are {ids}</source>
        <translation>die hier verbundenen Konten sind {ids}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="126"/>
        <source>no account is connected here yet</source>
        <translation>hier ist noch kein Konto verbunden</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="127"/>
        <source>{account} is not connected at this desk ({there}); connect it first with jumpadesk connect.</source>
        <translation>{account} ist an diesem Platz nicht verbunden ({there}); verbinden Sie es zuerst mit jumpadesk connect.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/staff.py" line="132"/>
        <source>{account} is connected here on more than one server; connect it to the sub-account with jumpadesk connect --server.</source>
        <translation>{account} ist hier auf mehr als einem Server verbunden; verbinden Sie es mit jumpadesk connect --server mit dem Unterkonto.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="132"/>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="155"/>
        <source>A sub-account needs a name.</source>
        <translation>Ein Unterkonto braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="138"/>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="159"/>
        <source>There is already a sub-account called &quot;{name}&quot;.</source>
        <translation>Es gibt bereits ein Unterkonto namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="181"/>
        <source>its %n past appointment stays in iCloud as an event, and jumpadesk forgot it</source>
        <translation>sein %n vergangener Termin bleibt als Ereignis in iCloud, und jumpadesk hat ihn vergessen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="183"/>
        <source>its %n past appointments stay in iCloud as events, and jumpadesk forgot them</source>
        <translation>seine %n vergangenen Termine bleiben als Ereignisse in iCloud, und jumpadesk hat sie vergessen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="186"/>
        <source>it had no past appointments</source>
        <translation>es hatte keine vergangenen Termine</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="187"/>
        <source>Removed {name}: {past}; its {slots} and {contacts} are deleted.</source>
        <translation>{name} entfernt: {past}; seine {slots} und {contacts} sind gelöscht.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="190"/>
        <source>%n blocked slot</source>
        <translation>%n gesperrte Zeit</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="191"/>
        <source>%n blocked slots</source>
        <translation>%n gesperrten Zeiten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="192"/>
        <source>%n contact</source>
        <translation>%n Kontakt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="193"/>
        <source>%n contacts</source>
        <translation>%n Kontakte</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="220"/>
        <source>{name} is the only sub-account, and a desk needs one: add another first, or rename this one.</source>
        <translation>{name} ist das einzige Unterkonto, und ein Platz braucht eines: Fügen Sie zuerst ein weiteres hinzu oder benennen Sie dieses um.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="232"/>
        <source>{name} still has %n appointment ahead (the next: &quot;{title}&quot; on {when}); cancel or move it first, then remove {name}.</source>
        <translation>{name} hat noch %n anstehenden Termin (den nächsten: „{title}“ am {when}); sagen Sie ihn zuerst ab oder verschieben Sie ihn, dann entfernen Sie {name}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="235"/>
        <source>{name} still has %n appointments ahead (the next: &quot;{title}&quot; on {when}); cancel or move them first, then remove {name}.</source>
        <translation>{name} hat noch %n anstehende Termine (den nächsten: „{title}“ am {when}); sagen Sie sie zuerst ab oder verschieben Sie sie, dann entfernen Sie {name}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/services/sub_accounts.py" line="246"/>
        <source>{name} still uses {accounts}: disconnect it first (jumpadesk disconnect --sub-account &quot;{name}&quot; --all), then remove the sub-account.</source>
        <translation>{name} verwendet noch {accounts}: Trennen Sie es zuerst (jumpadesk disconnect --sub-account &quot;{name}&quot; --all), dann entfernen Sie das Unterkonto.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="53"/>
        <source>The disk is full, so jumpadesk could not save. Nothing was changed; free some space and try again.</source>
        <extracomment>Below this much free space (or when a write of this size is refused) the disk is full. The errnos of a write refused for want of room: no space, over quota, over a size limit.</extracomment>
        <translation>Der Datenträger ist voll, daher konnte jumpadesk nicht speichern. Es wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="58"/>
        <source>The jumpadesk data file is busy in another program. Close other copies of jumpadesk and try again.</source>
        <translation>Die Datendatei von jumpadesk wird gerade von einem anderen Programm verwendet. Schließen Sie andere jumpadesk-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="63"/>
        <source>The jumpadesk data folder is read-only. Check its permissions and try again.</source>
        <translation>Der Datenordner von jumpadesk ist schreibgeschützt. Prüfen Sie seine Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="68"/>
        <source>The jumpadesk data file cannot be opened. Check that its folder exists.</source>
        <translation>Die Datendatei von jumpadesk kann nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="183"/>
        <source>Restore the newest backup: quit jumpadesk, move the damaged file aside, then copy {backup} (saved {saved}) to {path}. What was booked or blocked after that backup is not in it.</source>
        <translation>Stellen Sie die neueste Sicherung wieder her: Beenden Sie jumpadesk, legen Sie die beschädigte Datei beiseite und kopieren Sie dann {backup} (gespeichert {saved}) nach {path}. Was nach dieser Sicherung gebucht oder gesperrt wurde, ist darin nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="188"/>
        <source>There is no backup of it in its folder: restore it from a backup of this computer, or move it aside to start again with an empty schedule.</source>
        <translation>In ihrem Ordner gibt es keine Sicherung davon: Stellen Sie sie aus einer Sicherung dieses Computers wieder her oder legen Sie sie beiseite, um mit einem leeren Kalender neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="191"/>
        <source>The jumpadesk data file {path} is damaged ({why}); jumpadesk changed nothing in it. {todo}</source>
        <translation>Die Datendatei {path} von jumpadesk ist beschädigt ({why}); jumpadesk hat nichts an ihr geändert. {todo}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="224"/>
        <source>The jumpadesk data file {path} cannot be opened: its folder {folder} is missing.</source>
        <translation>Die Datendatei {path} von jumpadesk kann nicht geöffnet werden: Ihr Ordner {folder} fehlt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="227"/>
        <source>The jumpadesk data file {path} cannot be opened: this user may not read it. Check its permissions and try again.</source>
        <translation>Die Datendatei {path} von jumpadesk kann nicht geöffnet werden: Dieser Benutzer darf sie nicht lesen. Prüfen Sie ihre Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="231"/>
        <source>The jumpadesk data file {path} cannot be opened.</source>
        <translation>Die Datendatei {path} von jumpadesk kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="241"/>
        <source>The jumpadesk data folder {folder} is read-only, so jumpadesk cannot save there. Make it writable for your user and try again.</source>
        <translation>Der Datenordner {folder} von jumpadesk ist schreibgeschützt, daher kann jumpadesk dort nicht speichern. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="246"/>
        <source>The jumpadesk data file {path} is read-only, so jumpadesk cannot save. Make it writable for your user and try again.</source>
        <translation>Die Datendatei {path} von jumpadesk ist schreibgeschützt, daher kann jumpadesk nicht speichern. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="259"/>
        <source>{path} is on a read-only disk, so jumpadesk cannot save there. Make the disk writable and try again.</source>
        <translation>{path} liegt auf einem schreibgeschützten Datenträger, daher kann jumpadesk dort nicht speichern. Machen Sie den Datenträger beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="263"/>
        <source>jumpadesk cannot make {path}: {folder} is read-only for this user. Make it writable for your user and try again.</source>
        <translation>jumpadesk kann {path} nicht anlegen: {folder} ist für diesen Benutzer schreibgeschützt. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="266"/>
        <source>{path} is read-only for this user, so jumpadesk cannot use it. Make it writable for your user and try again.</source>
        <translation>{path} ist für diesen Benutzer schreibgeschützt, daher kann jumpadesk es nicht verwenden. Geben Sie Ihrem Benutzer Schreibrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="302"/>
        <source>{path} is a folder; give a file name in it, like {example}.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen darin an, etwa {example}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="306"/>
        <source>jumpadesk cannot save {name}: the folder {folder} does not exist.</source>
        <translation>jumpadesk kann {name} nicht speichern: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="318"/>
        <source>The disk is full, so jumpadesk could not save {path}. Nothing was written.</source>
        <translation>Der Datenträger ist voll, daher konnte jumpadesk {path} nicht speichern. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="321"/>
        <source>jumpadesk cannot save {name} in {folder}: this user may not write in that folder. Choose another folder.</source>
        <translation>jumpadesk kann {name} nicht in {folder} speichern: Dieser Benutzer darf in diesen Ordner nicht schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/store_file.py" line="324"/>
        <source>jumpadesk could not save {path}: {why}.</source>
        <translation>jumpadesk konnte {path} nicht speichern: {why}.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="18"/>
        <source>{host} did not accept the user name and password for {account}.</source>
        <translation>{host} hat den Benutzernamen und das Passwort für {account} nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="20"/>
        <source>{host} did not accept the user name and password.</source>
        <translation>{host} hat den Benutzernamen und das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="21"/>
        <source>Check both and connect again; if the server asks for an app password (many do when two-factor sign-in is on), make one in its settings and use that.</source>
        <translation>Prüfen Sie beides und verbinden Sie erneut; verlangt der Server ein App-Passwort (viele tun das bei aktivierter Zwei-Faktor-Anmeldung), erstellen Sie eines in seinen Einstellungen und verwenden Sie es.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="25"/>
        <source>iCloud did not accept the Apple ID and password for {account}.</source>
        <translation>iCloud hat die Apple-ID und das Passwort für {account} nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="27"/>
        <source>iCloud did not accept the Apple ID and password.</source>
        <translation>iCloud hat die Apple-ID und das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="28"/>
        <source>iCloud needs an app-specific password here, not your Apple ID password: make one at appleid.apple.com (Sign-In and Security, App-Specific Passwords) and connect again. App-specific passwords also stop working when the Apple ID password changes.</source>
        <translation>iCloud braucht hier ein App-spezifisches Passwort, nicht das Passwort Ihrer Apple-ID: Erstellen Sie eines auf appleid.apple.com (Anmeldung und Sicherheit, App-spezifische Passwörter) und verbinden Sie erneut. App-spezifische Passwörter funktionieren auch nicht mehr, wenn sich das Passwort der Apple-ID ändert.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="50"/>
        <source>{host} stopped sending halfway through its answer for {seconds} seconds, so jumpadesk stopped waiting (the server may be down or overloaded); jumpadesk will try again at the next sync.</source>
        <translation>{host} hat mitten in seiner Antwort {seconds} Sekunden lang nichts mehr gesendet, daher hat jumpadesk aufgehört zu warten (der Server ist vielleicht ausgefallen oder überlastet); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="54"/>
        <source>{host} did not answer within {seconds} seconds, so jumpadesk stopped waiting (the server may be down or overloaded); jumpadesk will try again at the next sync.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet, daher hat jumpadesk aufgehört zu warten (der Server ist vielleicht ausgefallen oder überlastet); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="61"/>
        <source>{host} had not finished its answer after {seconds} seconds (it was sending very slowly), so jumpadesk stopped waiting; jumpadesk will try again at the next sync.</source>
        <translation>{host} hatte seine Antwort nach {seconds} Sekunden noch nicht beendet (er sendete sehr langsam), daher hat jumpadesk aufgehört zu warten; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="75"/>
        <source>{origin} sent jumpadesk to an address that is not secure (http://{target}); jumpadesk will not send the password there, so nothing was read from it.</source>
        <translation>{origin} hat jumpadesk an eine nicht sichere Adresse verwiesen (http://{target}); jumpadesk sendet das Passwort nicht dorthin, daher wurde dort nichts gelesen.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="80"/>
        <source>{origin} sent jumpadesk to an address it cannot use ({scheme}:); nothing was sent there.</source>
        <translation>{origin} hat jumpadesk an eine Adresse verwiesen, die es nicht verwenden kann ({scheme}:); es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="84"/>
        <source>{origin} says the calendars of {account} are on {target}, which is not {home}, the server this account was connected with</source>
        <translation>{origin} gibt an, dass die Kalender von {account} auf {target} liegen, also nicht auf {home}, dem Server, mit dem dieses Konto verbunden wurde</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="87"/>
        <source>this account</source>
        <translation>diesem Konto</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="90"/>
        <source>{origin} sent jumpadesk on to {target}, which is not {home}, the server this account was connected with</source>
        <translation>{origin} hat jumpadesk an {target} weitergeleitet, also nicht an {home}, den Server, mit dem dieses Konto verbunden wurde</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="93"/>
        <source>{refusal}; jumpadesk does not send the password to another server, so nothing was read there. If the calendars really are on {target}, connect the account again with https://{target}/ as the server address.</source>
        <translation>{refusal}; jumpadesk sendet das Passwort an keinen anderen Server, daher wurde dort nichts gelesen. Wenn die Kalender wirklich auf {target} liegen, verbinden Sie das Konto erneut mit https://{target}/ als Serveradresse.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="100"/>
        <source>jumpadesk could not reach {host}. Check the internet connection; jumpadesk will try again at the next sync.</source>
        <translation>jumpadesk konnte {host} nicht erreichen. Prüfen Sie die Internetverbindung; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="106"/>
        <source>{host} sent an answer jumpadesk could not read (not the calendar data it asked for), a fault on the server&apos;s side; jumpadesk will try again at the next sync.</source>
        <translation>{host} hat eine Antwort gesendet, die jumpadesk nicht lesen konnte (nicht die angefragten Kalenderdaten), ein Fehler auf Seiten des Servers; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="113"/>
        <source>The secure connection to {host} could not be set up or verified. Check that the computer&apos;s date and time are right and that no network filter or proxy intercepts secure connections.</source>
        <translation>Die sichere Verbindung zu {host} konnte nicht aufgebaut oder geprüft werden. Prüfen Sie, ob Datum und Uhrzeit des Computers stimmen und ob kein Netzwerkfilter oder Proxy sichere Verbindungen abfängt.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="120"/>
        <source>{host} sent more than {megabytes} MB for one answer, so jumpadesk stopped reading it (no calendar needs that much: most likely a fault on the server); jumpadesk will try again at the next sync.</source>
        <translation>{host} hat mehr als {megabytes} MB für eine Antwort gesendet, daher hat jumpadesk aufgehört, sie zu lesen (kein Kalender braucht so viel: vermutlich ein Fehler auf dem Server); jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="133"/>
        <source>The password for {account} on {service} is not in this computer&apos;s keychain any more. Connect the account again.</source>
        <translation>Das Passwort für {account} auf {service} ist nicht mehr im Schlüsselbund dieses Computers. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/http_words.py" line="137"/>
        <source>The app-specific password for {account} is not in this computer&apos;s keychain any more. Connect the account again with an app-specific password from appleid.apple.com.</source>
        <translation>Das App-spezifische Passwort für {account} ist nicht mehr im Schlüsselbund dieses Computers. Verbinden Sie das Konto erneut mit einem App-spezifischen Passwort von appleid.apple.com.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/client.py" line="94"/>
        <source>&quot;{typed}&quot; is not a server address; iCloud&apos;s is https://caldav.icloud.com/.</source>
        <translation>„{typed}“ ist keine Serveradresse; die von iCloud lautet https://caldav.icloud.com/.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/client.py" line="97"/>
        <source>jumpadesk only connects to calendar servers over https://, so that the password cannot be read on the way; {host} was given with http://.</source>
        <translation>jumpadesk verbindet sich mit Kalenderservern nur über https://, damit das Passwort unterwegs nicht mitgelesen werden kann; {host} wurde mit http:// angegeben.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/client.py" line="341"/>
        <source>{host} answered with an error (HTTP {status}). This is on the server&apos;s side; jumpadesk will try again at the next sync.</source>
        <translation>{host} hat mit einem Fehler geantwortet (HTTP {status}). Das liegt am Server; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/client.py" line="464"/>
        <source>{host} is busy ({why}) and did not recover within {seconds} seconds; jumpadesk will try again at the next sync.</source>
        <translation>{host} ist ausgelastet ({why}) und hat sich nicht innerhalb von {seconds} Sekunden erholt; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/client.py" line="470"/>
        <source>The connection to {host} kept breaking off before the answer was complete ({tries} tries), so jumpadesk gave up for now. Check the internet connection; jumpadesk will try again at the next sync.</source>
        <translation>Die Verbindung zu {host} brach immer wieder ab, bevor die Antwort vollständig war ({tries} Versuche), daher hat jumpadesk vorerst aufgegeben. Prüfen Sie die Internetverbindung; jumpadesk versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="77"/>
        <source>Check the server address; for iCloud it is https://caldav.icloud.com/.</source>
        <translation>Prüfen Sie die Serveradresse; für iCloud lautet sie https://caldav.icloud.com/.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="79"/>
        <source>Check the server address: it is the CalDAV address your provider gives (for Fastmail https://caldav.fastmail.com/, for Nextcloud https://your.server/remote.php/dav/).</source>
        <translation>Prüfen Sie die Serveradresse: Es ist die CalDAV-Adresse, die Ihr Anbieter nennt (bei Fastmail https://caldav.fastmail.com/, bei Nextcloud https://your.server/remote.php/dav/).</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="86"/>
        <source>{host} did not answer like a calendar (CalDAV) server (HTTP {status}). {hint}</source>
        <translation>{host} hat nicht wie ein Kalenderserver (CalDAV) geantwortet (HTTP {status}). {hint}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="142"/>
        <source>{host} did not say which account this is (no principal). {hint}</source>
        <translation>{host} hat nicht angegeben, welches Konto das ist (kein Principal). {hint}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="159"/>
        <source>{host} has no calendars for this account (no calendar home). Check that iCloud Calendar is turned on for this Apple ID.</source>
        <translation>{host} hat keine Kalender für dieses Konto (kein Kalender-Home). Prüfen Sie, ob iCloud-Kalender für diese Apple-ID eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="162"/>
        <source>{host} has no calendars for this account (no calendar home). Check that calendars are turned on for this account on the server.</source>
        <translation>{host} hat keine Kalender für dieses Konto (kein Kalender-Home). Prüfen Sie, ob Kalender für dieses Konto auf dem Server eingeschaltet sind.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/sync/discovery.py" line="340"/>
        <source>{service} did not let jumpadesk read the calendar list of {account} ({why}). Connect the account again; if that does not help, try again later.</source>
        <translation>{service} hat jumpadesk die Kalenderliste von {account} nicht lesen lassen ({why}). Verbinden Sie das Konto erneut; wenn das nicht hilft, versuchen Sie es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../jumpadesk/wording.py" line="115"/>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="123"/>
        <source>not yet in {service}</source>
        <translation>noch nicht in {service}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="134"/>
        <source>Travel time</source>
        <extracomment>English, for the window&apos;s own wording of it (the window translates its sentences).</extracomment>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="135"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="136"/>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="271"/>
        <location filename="../../jumpadesk/wording.py" line="331"/>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="272"/>
        <source>{first} – {last}, all day</source>
        <translation>{first} – {last}, ganztägig</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="289"/>
        <source>all day {day}</source>
        <translation>ganztägig {day}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="290"/>
        <source>all day {first}–{last}</source>
        <translation>ganztägig {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="306"/>
        <source>“{title}” for {guest} on {day}, {time}</source>
        <translation>„{title}“ für {guest} am {day}, {time}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="308"/>
        <source>“{title}” on {day}, {time}</source>
        <translation>„{title}“ am {day}, {time}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="321"/>
        <source>Booked #{id}: {title} for {guest}, {when} with {staff} ({calendar})</source>
        <translation>Gebucht #{id}: {title} für {guest}, {when} bei {staff} ({calendar})</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="323"/>
        <source>Booked #{id}: {title}, {when} with {staff} ({calendar})</source>
        <translation>Gebucht #{id}: {title}, {when} bei {staff} ({calendar})</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="347"/>
        <source>%n day</source>
        <translation>%n Tag</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="347"/>
        <source>%n days</source>
        <translation>%n Tage</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="356"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="363"/>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="365"/>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="374"/>
        <source>not synced recently</source>
        <translation>in letzter Zeit nicht abgeglichen</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="377"/>
        <source>{calendar} ({service}): never synced, {why}</source>
        <translation>{calendar} ({service}): nie abgeglichen, {why}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="379"/>
        <source>{calendar} ({service}): last synced {time}, {why}</source>
        <translation>{calendar} ({service}): zuletzt abgeglichen {time}, {why}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="409"/>
        <source>Time that looks free there may not be free; booking will ask you to confirm.</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei; beim Buchen werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="416"/>
        <source>Time that looks free there may not be free. Move anyway?</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei. Trotzdem verschieben?</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="418"/>
        <source>Time that looks free there may not be free. Book anyway?</source>
        <translation>Zeit, die dort frei aussieht, ist vielleicht nicht frei. Trotzdem buchen?</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="419"/>
        <source>The schedule may be out of date:</source>
        <translation>Der Kalender ist möglicherweise nicht aktuell:</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="431"/>
        <source>And %n more; `jumpadesk status` lists them all.</source>
        <comment>one</comment>
        <translation>Und %n weiteres; `jumpadesk status` listet alle auf.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="433"/>
        <source>And %n more; `jumpadesk status` lists them all.</source>
        <comment>many</comment>
        <translation>Und %n weitere; `jumpadesk status` listet alle auf.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="449"/>
        <source>{length} kept free before</source>
        <extracomment>A conflict names this many of the things that overlap, then how many more there are.</extracomment>
        <translation>{length} davor frei gehalten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="451"/>
        <source>{length} kept free after</source>
        <translation>{length} danach frei gehalten</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="455"/>
        <source>{when} and {kept}</source>
        <translation>{when} und {kept}</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="456"/>
        <source> and </source>
        <comment>joining buffers</comment>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="481"/>
        <source>{what} and %n more</source>
        <comment>one</comment>
        <translation>{what} und %n weiteres</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="482"/>
        <source>{what} and %n more</source>
        <comment>many</comment>
        <translation>{what} und %n weitere</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="484"/>
        <source>That time is not free: it overlaps {what}.</source>
        <translation>Diese Zeit ist nicht frei: Sie überschneidet sich mit {what}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="489"/>
        <source>{title} ({when}) now overlaps {what}.</source>
        <translation>{title} ({when}) überschneidet sich jetzt mit {what}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="491"/>
        <source>{title} ({guest}, {when}) now overlaps {what}. Call {guest} to move it.</source>
        <translation>{title} ({guest}, {when}) überschneidet sich jetzt mit {what}. Rufen Sie {guest} an, um ihn zu verschieben.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="494"/>
        <source>{title} (appointment {id}, {when}) now overlaps {what}.</source>
        <translation>{title} (Termin {id}, {when}) überschneidet sich jetzt mit {what}.</translation>
    </message>
    <message>
        <location filename="../../jumpadesk/wording.py" line="496"/>
        <source>{title} ({guest}, appointment {id}, {when}) now overlaps {what}. Call {guest} to move it.</source>
        <translation>{title} ({guest}, Termin {id}, {when}) überschneidet sich jetzt mit {what}. Rufen Sie {guest} an, um ihn zu verschieben.</translation>
    </message>
</context>
</TS>
