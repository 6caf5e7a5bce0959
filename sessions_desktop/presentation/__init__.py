"""View logic that needs no Qt: grid geometry, lanes, drags, periods, texts and colours.

Everything here works on naive wall-clock times of the zone a view shows (the ui converts aware
datetimes with ``domain.time.wall_clock`` first) and is tested without a QApplication. Imports
only the standard library, dateutil and ``sessions_desktop.domain``.
"""
