"""The window benchmark's table: one column per platform and business size, goals beside.

Each figure is in milliseconds; "x floor" divides a week step by the floor measured in the
same run (reading that week's rows with plain SQL plus painting as many tiles with bare
QPainter calls), which says more than milliseconds on a machine that is doing other work.
"""

from __future__ import annotations

# (label, key in a run's result, part ("median", "worst" or None), goal in ms or None)
ROWS = (
    ("start: launch to the painted week", "start", None, 500),
    ("week, reading pace: median", "week reading pace", "median", 30),
    ("week, reading pace: worst", "week reading pace", "worst", 60),
    ("week, back to back: median", "week back to back", "median", 30),
    ("week, back to back: worst", "week back to back", "worst", 60),
    ("month, cold (right after a week)", "month cold", None, 60),
    ("month, after a look", "month after a look", None, 60),
    # an agenda page shows its first rows (more than the screen holds) as soon as they are
    # read, and the rest of its thirty days below them while the user reads: the goal is
    # for the rows on screen (docs/decisions.md, "The agenda's first rows")
    ("agenda page, reading pace: first rows", "agenda reading pace, first rows", "median",
     50),
    ("agenda page, reading pace: whole page", "agenda reading pace", "median", None),
    ("agenda page, back to back: first rows", "agenda back to back, first rows", "median",
     50),
    ("agenda page, back to back: whole page", "agenda back to back", "median", None),
    ("drag-move: release to repaint", "move", None, 100),
    ("day view: switch", "day view switch", None, 100),
    ("day view: day steps median", "day view steps", "median", 50),
    ("day view: day steps worst", "day view steps", "worst", 100),
    ("staff day: switch", "staff day switch", None, 100),
    ("staff day: day steps median", "staff day steps", "median", 50),
    ("staff day: day steps worst", "staff day steps", "worst", 100),
    ("staff week: switch", "staff week switch", None, 100),
)


def _value(result: dict, key: str, part: str | None) -> float | None:
    value = result.get(key)
    if isinstance(value, dict):
        value = value.get(part or "median")
    return value if isinstance(value, (int, float)) else None


def _cell(value: float | None, goal: int | None) -> str:
    if value is None:
        return "-"
    mark = "" if goal is None or value <= goal else " (over)"
    return f"{value:,.0f}{mark}"


def print_table(results: list[dict], when: str, notes: list[str]) -> None:
    heads = [f"{r['platform']} {r['size']}" for r in results]
    width = max(len(label) for label, *_ in ROWS) + 2
    print(f"window benchmark, {when}")
    for note in notes:
        print(f"  {note}")
    print("".ljust(width) + "".join(h.rjust(18) for h in heads) + "   goal")
    for label, key, part, goal in ROWS:
        cells = "".join(_cell(_value(r, key, part), goal).rjust(18) for r in results)
        print(label.ljust(width) + cells + (f"   <= {goal}" if goal else ""))
    print("sessions in the week / month / agenda page".ljust(width) + "".join(
        f"{r['week sessions']:,}/{r['month sessions']:,}/{r['agenda sessions']:,}".rjust(18)
        for r in results))
    print("floor: SQL week + paint week".ljust(width) + "".join(
        f"{r['floor']['sql week']:.1f}+{r['floor']['paint']:.1f}".rjust(18) for r in results))
    for label, key in (("week reading pace, x floor", "week reading pace"),
                       ("week back to back, x floor", "week back to back")):
        print(label.ljust(width) + "".join(
            f"{r[key]['median'] / (r['floor']['sql week'] + r['floor']['paint']):.2f}"
            .rjust(18) for r in results))
    print("service week query, warm / new week".ljust(width) + "".join(
        f"{r['service week']['warm']:.2f}/{r['service week']['new week']:.1f}".rjust(18)
        for r in results))
    for platform in sorted({r["platform"] for r in results}):
        by_size = {r["size"]: r["service week"] for r in results if r["platform"] == platform}
        if "1x" in by_size and "5x" in by_size:
            print(f"  {platform}: service week 5x / 1x: warm "
                  f"{by_size['5x']['warm'] / by_size['1x']['warm']:.1f}x, new week "
                  f"{by_size['5x']['new week'] / by_size['1x']['new week']:.1f}x "
                  f"(sessions {by_size['5x']['sessions'] / by_size['1x']['sessions']:.1f}x;"
                  " goal <= 3x)")
    print("load average before / after".ljust(width) + "".join(
        f"{r['load_before'][0]:.1f}/{r['load_after'][0]:.1f}".rjust(18) for r in results))


def markdown(results: list[dict], when: str) -> str:
    """The same table for the README: a column per platform and size, goals at the right."""
    heads = [f"{r['platform']} {r['size']}" for r in results]
    lines = [f"| step ({when}) | " + " | ".join(heads) + " | goal |",
             "|---|" + "---|" * len(heads) + "---|"]
    for label, key, part, goal in ROWS:
        cells = [_cell(_value(r, key, part), goal).replace(" (over)", " (over goal)")
                 for r in results]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {f'≤ {goal}' if goal else '-'} |")
    counts = [f"{r['week sessions']:,} / {r['month sessions']:,} / {r['agenda sessions']:,}"
              for r in results]
    lines.append("| sessions: week / month / agenda page | " + " | ".join(counts) + " | - |")
    floors = [f"{r['floor']['sql week']:.1f} + {r['floor']['paint']:.1f}" for r in results]
    lines.append("| floor: the week's SQL read + painting its tiles | " + " | ".join(floors)
                 + " | - |")
    for label, key in (("week, reading pace, ÷ floor", "week reading pace"),
                       ("week, back to back, ÷ floor", "week back to back")):
        ratios = [f"{r[key]['median'] / (r['floor']['sql week'] + r['floor']['paint']):.2f}"
                  for r in results]
        lines.append(f"| {label} | " + " | ".join(ratios) + " | - |")
    services = [f"{r['service week']['warm']:.2f} / {r['service week']['new week']:.1f}"
                for r in results]
    lines.append("| service week query: warm / a week not read before | "
                 + " | ".join(services) + " | - |")
    loads = [f"{r['load_before'][0]:.1f} / {r['load_after'][0]:.1f}" for r in results]
    lines.append("| load average before / after | " + " | ".join(loads) + " | - |")
    return "\n".join(lines)
