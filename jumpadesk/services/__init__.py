"""What the window and the command line both do, by what a person does.

- `sub_accounts`: businesses, locations or staff members, each with its time zone.
- `connections`: iCloud accounts: connect, sync, let go.
- `calendars`: which calendar bookings go to and which ones block.
- `schedule`: what is busy and why, and what is out of date.
- `booking`: appointments and blocked slots, decided one at a time (issue 8).
- `contacts`: the guests who booked.

Each function takes the `Store` (store.py) first. `jumpadesk.service.Desk` is the one
entry the window and the command line use; it only forwards to these. No Qt and no
direct network: the CalDAV work is in jumpadesk.sync.
"""
