"""Domain sessions to an .ics file (RFC 5545, written by icalendar).

- A single session is one VEVENT; its UID is the session id.
- A recurring session is one VEVENT with RRULE, RDATE and EXDATE (UID: the recurring session's
  id) plus one VEVENT with the same UID and a RECURRENCE-ID per changed instance.
- A cancelled instance is written as an EXDATE on the master, not as a STATUS:CANCELLED
  override: every client honours EXDATE, and readers such as recurring-ical-events then yield
  exactly the instances our own query shows (cancelled ones are hidden there by default).
- DTSTART of a series is its first real instance, so RFC 5545 (DTSTART is always an instance) and
  the domain (first slot on or after DTSTART that matches the rule) agree. When the first
  instance is an extra date rather than a rule slot, DTSTART stays and, if it is no instance, is
  excluded; a COUNT is then turned into the equivalent UNTIL so both readings count alike.
- UNTIL is written in UTC for timed series and as a date for all-day ones (RFC 5545 3.3.10).
- One VTIMEZONE (from zoneinfo, by icalendar) per zone used; UTC is written as ``Z``. When the
  zone of a session is not named by a TZID (UTC, all-day) ``X-SESSIONS-TIME-ZONE`` keeps it.
- Personal information (LOCATION, ATTENDEE, X-SESSIONS-LOCATION) only with ``include_pi``.
- The VEVENTs are written in chunks (``events_bytes``); for a large calendar worker processes
  write some of the chunks (``batch``, ``worker``). The bytes are
  those one ``Calendar.to_ical()`` gives (a test holds both paths to that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    vCalAddress,
    vCategory,
    vDatetime,
    vDDDTypes,
    vRecur,
    vText,
)

from sessions_desktop.domain.enums import (
    ApprovalStatus,
    ScheduleKind,
    SessionStatus,
    SessionType,
    Transparency,
)
from sessions_desktop.domain.model import Participant, Schedule, Session
from sessions_desktop.domain.time import zone
from sessions_desktop.ical import batch
from sessions_desktop.ical import xprops as x
from sessions_desktop.ical.alarms import alarm
from sessions_desktop.ical.batch import Workers
from sessions_desktop.ical.export_settings import ExportSettings
from sessions_desktop.ical.plain_writer import PlainWriter, is_plain
from sessions_desktop.ical.plan import ExportCancelled
from sessions_desktop.ical.serialize import Serializer, calendar_bytes
from sessions_desktop.ical.series_plan import SeriesPlan

_STATUS = {status: vText(str(status)) for status in SessionStatus}
_TYPES = {kind: vText(str(kind)) for kind in SessionType}
_TRANSPARENT = vText("TRANSPARENT")
_END = b"END:VCALENDAR\r\n"
CHUNK = 500      # sessions per chunk a worker process writes (``_parts``)


@dataclass(slots=True)
class SeriesExport:
    """A recurring session and its exceptions (changed or cancelled instances)."""

    definition: Session
    exceptions: list[Session] = field(default_factory=list)


@dataclass(slots=True)
class ExportBundle:
    """Everything one .ics file holds. ``stamp`` (DTSTAMP) defaults to now."""

    singles: list[Session]
    series: list[SeriesExport]
    schedules: dict[str, Schedule]
    business_time_zone: str
    calendar_name: str = "Sessions Desktop"
    stamp: datetime | None = None


def export_calendar(bundle: ExportBundle, *, include_pi: bool = False,
                    product_id: str = "-//Sessions Desktop//EN",
                    workers: Workers | None = None,
                    progress: Callable[[int, int], bool] | None = None) -> bytes:
    """The .ics bytes of a bundle. ``workers`` (started by the caller, ``Workers``) share
    the writing; without them this process writes it all, which for our own sessions is
    faster than sending them to another process (``plain_writer``). ``progress(done, total)``
    is asked after every chunk of ``CHUNK`` sessions; False raises ExportCancelled."""
    zone(bundle.business_time_zone)
    calendar = Calendar()
    calendar.add("prodid", product_id)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = bundle.calendar_name
    settings = ExportSettings(bundle.schedules, bundle.business_time_zone, include_pi,
                              bundle.stamp or datetime.now(UTC))
    singles = sorted(bundle.singles, key=attrgetter("start", "id"))
    series = sorted(bundle.series, key=lambda s: s.definition.id)
    jobs: list[_Job] = [(settings, singles[i:i + CHUNK], [])
                        for i in range(0, len(singles), CHUNK)]
    jobs += [(settings, [], series[i:i + CHUNK]) for i in range(0, len(series), CHUNK)]
    parts = _parts(jobs, len(singles) + len(series), workers, progress)
    _add_timezones(calendar, parts)
    head = calendar_bytes(calendar)   # == calendar.to_ical(), faster for big files
    if not parts:
        return head
    assert head.endswith(_END)
    # The VEVENTs go where ``calendar.to_ical()`` puts them: after the VTIMEZONEs.
    return b"".join([head[:-len(_END)], *(part.data for part in parts), _END])


@dataclass(slots=True)
class _Part:
    """The VEVENTs of a chunk of sessions as bytes, and the zones and dates they use."""

    data: bytes
    zones: set[str]
    earliest: date
    latest: date


def events_bytes(settings: ExportSettings, singles: list[Session], series: list[SeriesExport]
                 ) -> _Part:
    """The VEVENTs of some sessions, in order, as ``calendar.to_ical()`` writes them."""
    writer = _Writer(settings)
    plain = PlainWriter(writer)
    serializer = Serializer()
    out = []
    for session in singles:
        data = plain.event_bytes(session) if is_plain(session, writer.has_resources(session)) \
            else None
        out.append(data if data is not None else
                   serializer.component_bytes(writer.single(session)))
    for one in series:
        out += [serializer.component_bytes(event) for event in writer.series(one)]
    return _Part(b"".join(out), writer.zones, writer.earliest, writer.latest)


_Job = tuple[ExportSettings, list[Session], list[SeriesExport]]


def _parts(jobs: list[_Job], sessions: int, workers: Workers | None,
           progress: Callable[[int, int], bool] | None) -> list[_Part]:
    """``events_bytes`` of every chunk, here or shared with the caller's workers."""
    pool = workers.pool if workers is not None else None
    parts: list[_Part] = []
    if pool is None or sessions <= batch.PARALLEL_FROM or len(jobs) < 2:
        for index, job in enumerate(jobs):
            _checked(progress, index, len(jobs))
            parts.append(events_bytes(*job))
        return parts
    with batch.Shared(pool, events_bytes, jobs, [1] * len(jobs), len(pool) + 1) as shared:
        for index, job in enumerate(jobs):
            _checked(progress, index, len(jobs))
            parts.append(shared.take(index) or events_bytes(*job))
        return parts


def _checked(progress: Callable[[int, int], bool] | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled(f"export cancelled after {done} of {total} parts; nothing "
                              "was written")


def _add_timezones(calendar: Calendar, parts: list[_Part]) -> None:
    zones = set().union(*(part.zones for part in parts))
    if not zones:
        return
    earliest = min(part.earliest for part in parts)
    latest = max(part.latest for part in parts)
    first = min(Timezone.DEFAULT_FIRST_DATE, earliest - timedelta(days=1))
    last = max(Timezone.DEFAULT_LAST_DATE, latest + timedelta(days=366))
    for index, name in enumerate(sorted(zones)):
        calendar.subcomponents.insert(index, Timezone.from_tzid(name, first_date=first,
                                                                last_date=last))


class _Writer:
    """Builds VEVENTs from typed property values (icalendar's ``add`` with plain values costs
    twice as much), sharing the values that repeat (DTSTAMP, STATUS, schedule properties,
    CATEGORIES, inherited fields): a shared value is also serialised once (``serialize``)."""

    def __init__(self, settings: ExportSettings) -> None:
        self.settings = settings
        self.include_pi = settings.include_pi
        self.stamp = vDDDTypes(settings.stamp.astimezone(UTC))
        self.zones: set[str] = set()
        self.earliest = date.max
        self.latest = date.min
        self._schedule_props: dict[str, list[tuple[str, object]]] = {}
        self._values: dict[object, object] = {}

    # -- sessions ----------------------------------------------------------------------------
    def single(self, session: Session) -> Event:
        event = self._base(session, session.id)
        self._times(event, session, session.start, session.end)
        return event

    def series(self, series: SeriesExport) -> list[Event]:
        definition = series.definition
        tz = zone(definition.time_zone)
        plan = SeriesPlan(definition, tz)
        master = self._base(definition, definition.id)
        self._times(master, definition, plan.start, plan.end)
        master["RRULE"] = vRecur.from_ical(plan.rule.to_text())
        cancelled = [e.original_start for e in series.exceptions
                     if e.is_cancelled and e.original_start is not None]
        excluded = {*definition.excluded_dates, *cancelled, *plan.extra_excluded}
        self._dates(master, "EXDATE", excluded, tz, definition.all_day)
        self._dates(master, "RDATE", set(definition.recurrence_dates), tz, definition.all_day)
        changed = [(e.original_start, e) for e in series.exceptions
                   if not e.is_cancelled and e.original_start is not None]
        out = [master]
        for original, instance in sorted(changed, key=lambda pair: pair[0]):
            event = self._base(instance, definition.id)
            self._times(event, instance, instance.start, instance.end)
            event["RECURRENCE-ID"] = vDDDTypes(_slot_value(original, tz, definition.all_day))
            out.append(event)
        return out

    # -- properties --------------------------------------------------------------------------
    def _base(self, session: Session, uid: str) -> Event:
        event = Event()
        event["UID"] = vText(uid)
        event["DTSTAMP"] = self.stamp
        if session.title is not None:
            event["SUMMARY"] = vText(session.title)
        if session.notes is not None:
            event["DESCRIPTION"] = vText(session.notes)
        if session.tags:
            event["CATEGORIES"] = self._shared(("CATEGORIES", session.tags),
                                               lambda: vCategory(list(session.tags)))
        event["STATUS"] = _STATUS[session.status]
        if session.type is SessionType.WORKING_HOURS or _is_free(session):
            event["TRANSP"] = _TRANSPARENT
        self._xprops(event, session)
        if self.include_pi:
            self._personal(event, session)
        self._resources(event, session)
        for minutes in session.reminders:
            event.add_component(alarm(minutes, session.title))
        return event

    def has_resources(self, session: Session) -> bool:
        """Does the session take staff, rooms or equipment (written as ATTENDEEs)?"""
        schedules = self.settings.schedules
        for link in session.affected_schedules:
            schedule = schedules.get(link.schedule_id)
            if schedule is not None and link.transparency is Transparency.BUSY and \
                    schedule.kind in _CUTYPES:
                return True
        return False

    def _resources(self, event: Event, session: Session) -> None:
        """Staff and rooms the session takes: ATTENDEEs with CUTYPE INDIVIDUAL, ROOM or
        RESOURCE, and the rooms' names as LOCATION when no location of the session's own is
        written (marked, so our import does not take it for the session's location)."""
        rooms = []
        for link in session.affected_schedules:
            schedule = self.settings.schedules.get(link.schedule_id)
            if schedule is None or link.transparency is not Transparency.BUSY:
                continue
            cutype = _CUTYPES.get(schedule.kind)
            if cutype is None:
                continue
            event.add("ATTENDEE", self._shared(("RESOURCE", schedule.id, cutype),
                                               lambda s=schedule, c=cutype: _resource(s, c)),
                      encode=False)
            if schedule.kind is ScheduleKind.ROOM:
                rooms.append(schedule.name)
        if rooms and "LOCATION" not in event:
            location = vText(", ".join(rooms))
            location.params[x.P_FROM_ROOMS] = "TRUE"
            event["LOCATION"] = location

    def _xprops(self, event: Event, session: Session) -> None:
        event[x.X_TYPE] = _TYPES[session.type]
        if session.capacity is not None:
            event[x.X_CAPACITY] = self._shared(str(session.capacity), vText)
        if session.time_reserved_after is not None:
            event[x.X_BUFFER] = self._shared(str(session.time_reserved_after), vText)
        for name, value in self._schedule(session.schedule_id):
            event[name] = value
        if session.rate is not None:
            event[x.X_RATE] = _text(x.rate_to_text(session.rate))
        if session.affected_schedules:
            event[x.X_AFFECTED] = _text(x.affected_to_text(session.affected_schedules))
        if session.inherited_fields:
            event[x.X_OWN] = self._shared((x.X_OWN, session.inherited_fields),
                                          lambda: _text(x.own_fields(session.inherited_fields)))

    def _shared(self, key: object, make: Callable[..., object]) -> object:
        """One value object for values that repeat: built once, and written once by
        ``calendar_bytes``. ``make`` gets ``key`` when it is a string."""
        value = self._values.get(key)
        if value is None:
            value = self._values[key] = make(key) if isinstance(key, str) else make()
        return value

    def _schedule(self, schedule_id: str) -> list[tuple[str, object]]:
        props = self._schedule_props.get(schedule_id)
        if props is None:
            props = [(x.X_SCHEDULE_ID, _text(schedule_id))]
            schedule = self.settings.schedules.get(schedule_id)
            if schedule is not None:
                props += [(x.X_SCHEDULE_NAME, _text(schedule.name)),
                          (x.X_SCHEDULE_KIND, vText(str(schedule.kind)))]
            self._schedule_props[schedule_id] = props
        return props

    def _personal(self, event: Event, session: Session) -> None:
        location = session.location
        if location is not None:
            label = x.location_label(location)
            if label:
                event["LOCATION"] = vText(label)
            event[x.X_LOCATION] = _text(x.location_to_text(location))
        for index, participant in enumerate(session.participants or ()):
            event.add("ATTENDEE", _attendee(participant, index), encode=False)

    def _times(self, event: Event, session: Session, start: datetime, end: datetime) -> None:
        tz = zone(session.time_zone)
        if session.all_day:
            event["DTSTART"] = vDDDTypes(start.astimezone(tz).date())
            event["DTEND"] = vDDDTypes(end.astimezone(tz).date())
            tzid = None
        else:
            # vDatetime is what vDDDTypes writes a date-time with (same line), made once
            begin = vDatetime(start.astimezone(tz))
            event["DTSTART"] = begin
            if not session.point_in_time:     # a point in time has no end (RFC 5545 3.6.1)
                event["DTEND"] = vDatetime(end.astimezone(tz))
            tzid = begin.params.get("TZID")
            if tzid:
                self.zones.add(tzid)
        business = self.settings.business_time_zone
        if tzid != session.time_zone and not (session.all_day and session.time_zone == business):
            event[x.X_TIME_ZONE] = vText(session.time_zone)
        self.earliest = min(self.earliest, start.date())
        self.latest = max(self.latest, end.date())

    def _dates(self, event: Event, name: str, values: set[datetime], tz: ZoneInfo,
               all_day: bool) -> None:
        if values:
            event.add(name, [_slot_value(v, tz, all_day) for v in sorted(values)])


_CUTYPES = {ScheduleKind.STAFF: "INDIVIDUAL", ScheduleKind.ROOM: "ROOM",
            ScheduleKind.EQUIPMENT: "RESOURCE"}


def _is_free(session: Session) -> bool:
    """Linked to its own schedule as FREE: an imported TRANSP:TRANSPARENT event."""
    return any(link.schedule_id == session.schedule_id and
               link.transparency is Transparency.FREE for link in session.affected_schedules)


def _resource(schedule: Schedule, cutype: str) -> vCalAddress:
    address = vCalAddress(f"{x.SCHEDULE_URN}{schedule.id}")
    address.params["CN"] = schedule.name
    address.params["CUTYPE"] = cutype
    address.params["ROLE"] = "NON-PARTICIPANT" if cutype != "INDIVIDUAL" else "CHAIR"
    return address


def _slot_value(moment: datetime, tz: ZoneInfo, all_day: bool) -> datetime | date:
    local = moment.astimezone(tz)
    return local.date() if all_day else local


def _text(value: str) -> vText:
    """An X- property value icalendar escapes on output and unescapes on input."""
    text = vText(value)
    text.params["VALUE"] = "TEXT"
    return text


def _attendee(participant: Participant, index: int) -> vCalAddress:
    if participant.email:
        address = vCalAddress(f"mailto:{participant.email}")
    else:
        address = vCalAddress(f"{x.NO_EMAIL_PREFIX}{participant.id or index}")
    params = address.params
    if participant.name:
        params["CN"] = participant.name
    params["CUTYPE"] = "INDIVIDUAL"
    params["ROLE"] = "REQ-PARTICIPANT"
    if participant.approval_status is not ApprovalStatus.UNDEFINED:
        params["PARTSTAT"] = x.PARTSTAT_OUT[participant.approval_status]
    params[x.P_PARTY_SIZE] = str(participant.party_size)
    if participant.phone:
        params[x.P_PHONE] = participant.phone
    if participant.contact_id:
        params[x.P_CONTACT_ID] = participant.contact_id
    return address
