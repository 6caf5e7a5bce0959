"""iCal import and export and the command line's week query, beside calcurse and khal.

    python benchmarks/cli_ical.py            # the 1x and 5x businesses, ours and the peers
    python benchmarks/cli_ical.py --quick    # the 1x business, ours only

Every figure is a whole ``sessions-desktop`` process started as a user would start it, timed
from outside, with the peak memory of its whole process tree (the caller and any worker)
sampled from /proc every 20 ms:

- export of the whole ten-year database (goal <= 5 s), which gives the 101,000-event file;
- import of that file into an empty database (goal <= 20 s and <= 400 MB), beside calcurse
  (Debian's package) and khal (PyPI) importing the same file in the same run, with ratios;
- at five times the size (5,000 series, 500,000 singles): export, and the import in bounded
  memory (goal <= 600 MB and >= 2,400 events/s);
- ``sessions-desktop query`` for one week, whole process, median of five (goal <= 0.15 s),
  after compiling the package's bytecode once (as an installed program has it);
- reading 10,000 events in one process with icalendar alone and with the fast lane.

calcurse and khal are installed when missing (apt-get, and pip into benchmarks/out/khal-venv);
when they cannot be had the row says why. The businesses come from build_business.py (built
once, then reused). Other work on the machine inflates every figure: the load average is
printed before and after.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from build_business import PATHS, build_size  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
WEEK = ("2026-11-16", "2026-11-23")
KHAL_VENV = OUT / "khal-venv"
GOALS = {"export 1x": ("<=", 5.0, "s"), "import 1x": ("<=", 20.0, "s"),
         "import 1x memory": ("<=", 400, "MB"), "import 5x memory": ("<=", 600, "MB"),
         "import 5x rate": (">=", 2400, "events/s"), "query week 1x": ("<=", 0.15, "s")}


# -- measuring a process tree ----------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(parent, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_rss_kb(root: int) -> int:
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo += tree.get(pid, [])
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], *, cwd: Path | None = None, env: dict | None = None,
        stdin: Path | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds, peak MB of the process tree, and the finished process (``cpu``: its CPU
    seconds with those of the workers it waited for)."""
    source = open(stdin, "rb") if stdin else subprocess.DEVNULL   # noqa: SIM115
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdin=source,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    if stdin:
        source.close()
    finished = subprocess.CompletedProcess(command, process.returncode, out, err)
    finished.cpu = _children_cpu() - cpu0
    return seconds, peak[0] / 1024, finished


def ours(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("sessions-desktop")), *args]


def fresh_db(folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# -- ours -----------------------------------------------------------------------------------
def bench_export(database: Path, target: Path) -> dict:
    seconds, peak, done = run(ours("--db", str(database), "export", str(target)))
    assert done.returncode == 0, done.stderr.decode()
    events = target.read_bytes().count(b"BEGIN:VEVENT")
    return {"seconds": seconds, "memory": peak, "events": events, "cpu": done.cpu,
            "mb": target.stat().st_size / 1e6}


def bench_import(source: Path, folder: Path, name: str) -> dict:
    database = fresh_db(folder, name)
    seconds, peak, done = run(ours("--db", str(database), "import", str(source)))
    assert done.returncode == 0, done.stderr.decode()
    events = source.read_bytes().count(b"BEGIN:VEVENT")
    return {"seconds": seconds, "memory": peak, "events": events, "rate": events / seconds,
            "cpu": done.cpu}


def bench_query(database: Path, runs: int = 5) -> dict:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "sessions_desktop")],
                   check=True, stdout=subprocess.DEVNULL)
    command = ours("--db", str(database), "query", "--from", WEEK[0], "--to", WEEK[1],
                   "--all-pages")
    times, count = [], 0
    for _ in range(runs):
        seconds, _, done = run(command)
        times.append(seconds)
        count = done.stdout.count(b'"scheduleId"')
    bare = [run([sys.executable, "-c", "pass"])[0] for _ in range(runs)]
    return {"seconds": statistics.median(times), "sessions": count,
            "python": statistics.median(bare)}


def bench_reading(source: Path, events: int = 10_000) -> dict:
    """Reading the first ``events`` VEVENTs of a file in this process, without workers:
    icalendar for every event, and the fast lane (``ical.fast_lane``) with icalendar for the
    rest; the same plan either way."""
    from sessions_desktop.ical import batch, parse_calendar

    text = source.read_text()
    head, _, rest = text.partition("BEGIN:VEVENT")
    parts = rest.split("BEGIN:VEVENT")[:events]
    data = (head + "".join("BEGIN:VEVENT" + p for p in parts)).rstrip()
    if not data.endswith("END:VCALENDAR"):
        data += "\r\nEND:VCALENDAR\r\n"
    found = {}
    saved = batch.PARALLEL_FROM, batch.FAST
    try:
        batch.PARALLEL_FROM = 10**9
        for fast in (False, True):
            batch.FAST = fast
            t0 = time.perf_counter()
            plan = parse_calendar(data.encode(), business_time_zone="Europe/Berlin")
            found[fast] = (time.perf_counter() - t0, len(plan.items))
    finally:
        batch.PARALLEL_FROM, batch.FAST = saved
    return {"icalendar": found[False][0], "fast lane": found[True][0],
            "events": found[True][1]}


# -- the peers ------------------------------------------------------------------------------
def calcurse() -> tuple[str | None, str]:
    found = shutil.which("calcurse")
    if found:
        return found, "installed"
    for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "calcurse"]):
        try:
            subprocess.run(step, check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as error:
            return None, f"calcurse cannot be installed here ({type(error).__name__})"
    found = shutil.which("calcurse")
    return found, "installed by the benchmark" if found else "apt-get gave no calcurse"


def khal() -> tuple[str | None, str]:
    found = KHAL_VENV / "bin" / "khal"
    if found.exists():
        return str(found), "installed"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(KHAL_VENV)], check=True,
                       capture_output=True, timeout=600)
        subprocess.run([str(KHAL_VENV / "bin" / "pip"), "install", "-q", "khal"], check=True,
                       capture_output=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"khal cannot be installed here ({type(error).__name__})"
    return (str(found), "installed by the benchmark") if found.exists() else \
        (None, "pip gave no khal")


def bench_calcurse(program: str, source: Path, folder: Path) -> dict:
    data = folder / "calcurse"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    seconds, peak, done = run([program, "-D", str(data), "-i", str(source)])
    note = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
    log = re.search(r"See (\S+) for details", " ".join(note))
    if log and Path(log.group(1)).exists():    # calcurse lists the events it could not take
        refused = Path(log.group(1)).read_text(errors="replace").count("VEVENT [")
        note = [f"it skipped {refused} events it cannot represent"]
    return {"seconds": seconds, "memory": peak, "ok": done.returncode == 0, "note": note,
            "cpu": done.cpu}


def bench_khal(program: str, source: Path, folder: Path) -> dict:
    home = folder / "khal"
    shutil.rmtree(home, ignore_errors=True)
    (home / "calendar").mkdir(parents=True)
    config = home / "config"
    config.write_text(f"[calendars]\n[[bench]]\npath = {home / 'calendar'}\n"
                      "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\n"
                      "longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
                      "longdatetimeformat = %Y-%m-%d %H:%M\n"
                      "[sqlite]\npath = " + str(home / "khal.db") + "\n")
    env = {**os.environ, "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    seconds, peak, done = run([program, "-c", str(config), "import", "--batch", "-a", "bench",
                               str(source)], env=env)
    return {"seconds": seconds, "memory": peak, "ok": done.returncode == 0,
            "note": done.stderr.decode(errors="replace").strip().splitlines()[-1:],
            "cpu": done.cpu}


# -- the run --------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1x only, no peers")
    options = parser.parse_args(argv)
    sizes = ["1x"] if options.quick else ["1x", "5x"]
    for size in sizes:
        build_size(size)
    peers = {} if options.quick else {"calcurse": calcurse(), "khal": khal()}
    print(f"\nload average before: {load()}", flush=True)
    results: dict = {}
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        folder = Path(tmp)
        for size in sizes:
            ics = folder / f"business-{size}.ics"
            results[f"export {size}"] = bench_export(PATHS[size], ics)
            print(f"export {size}: {results[f'export {size}']}", flush=True)
            results[f"import {size}"] = bench_import(ics, folder, f"import-{size}.sqlite3")
            print(f"import {size}: {results[f'import {size}']}", flush=True)
            if size == "1x":
                results["reading"] = bench_reading(ics)
                print(f"reading: {results['reading']}", flush=True)
                for name, (program, how) in peers.items():
                    if program is None:
                        results[name] = {"skipped": how}
                        continue
                    bench = bench_calcurse if name == "calcurse" else bench_khal
                    results[name] = {**bench(program, ics, folder), "how": how}
                    print(f"{name}: {results[name]}", flush=True)
        results["query week 1x"] = bench_query(PATHS["1x"])
    print(f"load average after: {load()}")
    report(results)
    return 0


def _goal(key: str, value: float) -> str:
    goal = GOALS.get(key)
    if goal is None:
        return ""
    sign, limit, unit = goal
    met = value <= limit if sign == "<=" else value >= limit
    return f"{sign} {limit:,} {unit} {'ok' if met else 'MISSED'}"


def report(r: dict) -> None:
    print(f"\n{'measure':<30}{'figure':>16}   goal")
    rows = [("export 1x", r["export 1x"]["seconds"], "s"),
            ("import 1x", r["import 1x"]["seconds"], "s"),
            ("import 1x memory", r["import 1x"]["memory"], "MB"),
            ("query week 1x", r["query week 1x"]["seconds"], "s")]
    if "import 5x" in r:
        rows += [("export 5x", r["export 5x"]["seconds"], "s"),
                 ("import 5x", r["import 5x"]["seconds"], "s"),
                 ("import 5x memory", r["import 5x"]["memory"], "MB"),
                 ("import 5x rate", r["import 5x"]["rate"], "events/s")]
    for key, value, unit in rows:
        print(f"{key:<30}{value:>12,.2f} {unit:<4}  {_goal(key, value)}")
    ours_import = r["import 1x"]["seconds"]
    print(f"\n1x file: {r['import 1x']['events']:,} events, {r['export 1x']['mb']:.1f} MB; "
          f"import {r['import 1x']['rate']:,.0f} events/s")
    print("CPU seconds (the process and the workers it waited for): " + ", ".join(
        f"{key} {r[key]['cpu']:.1f}" for key in ("export 1x", "import 1x", "export 5x",
                                                  "import 5x", "calcurse", "khal")
        if key in r and "cpu" in r[key]))
    for name in ("calcurse", "khal"):
        if name not in r:
            continue
        peer = r[name]
        if "skipped" in peer:
            print(f"{name}: skipped: {peer['skipped']}")
            continue
        state = "" if peer["ok"] else f" (exit status not 0: {peer['note']})"
        print(f"{name} import of the same file: {peer['seconds']:.1f} s, "
              f"{peer['memory']:.0f} MB{state}; ours is {peer['seconds'] / ours_import:.1f}x "
              f"faster")
    read = r["reading"]
    print(f"reading {read['events']:,} events in one process: icalendar "
          f"{read['icalendar']:.2f} s ({read['events'] / read['icalendar']:,.0f}/s), fast lane "
          f"{read['fast lane']:.2f} s ({read['events'] / read['fast lane']:,.0f}/s), "
          f"{read['icalendar'] / read['fast lane']:.1f}x")
    q = r["query week 1x"]
    print(f"query: {q['sessions']} sessions; python alone starts in {q['python']:.3f} s")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
