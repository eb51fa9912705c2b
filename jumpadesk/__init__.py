"""jumpadesk: iCloud calendars in a small business's booking schedule, never double booked."""

__version__ = "0.5.0"
APP_NAME = "jumpadesk"
APP_ORG = "jumpadesk"
