"""Sessions Desktop: a desktop calendar with the semantics of the Wix Bookings Sessions API."""

__version__ = "0.1.0"
