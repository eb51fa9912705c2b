"""What another device (the owner's phone) does to the iCloud-like account."""

from __future__ import annotations

from tests.icloud_server import IcloudServer


def rename_calendar(icloud: IcloudServer, calendar: str, name: str) -> None:
    """What renaming it on another device does: a new display name on the server."""
    escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = ('<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:">'
            f"<D:set><D:prop><D:displayname>{escaped}</D:displayname></D:prop></D:set>"
            "</D:propertyupdate>")
    answer = icloud.phone_request("PROPPATCH", icloud.calendar_path(calendar), body,
                                  {"Content-Type": "application/xml; charset=utf-8"})
    assert answer.status == 207, answer.text
