"""The 1x import in turn with another tree's code and with calcurse: medians of pairs.

    python benchmarks/import_pairs.py --before OTHER/.venv/bin/python [--pairs 3] [--calcurse]

On a shared machine a single timing says little; pairs of whole processes run in turn on the
same file (ours, then the other; ours, then calcurse) see the same load, so their ratios say
more than their seconds. Each run is a whole ``sessions-desktop import`` of the ten-year
business's export (101,572 events) into an empty database, timed from outside like
``cli_ical.py`` does (wall seconds, CPU seconds of the process and the worker it waited for,
together and apart, peak memory of the process tree). It is started as the entry point starts
it, from a few lines that print the two CPU figures when it ends. ``--before``: the Python of
another checkout whose package it imports (a worktree of main with its own virtual
environment). The load average is printed with every pair.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from build_business import PATHS, build_size  # noqa: E402
from cli_ical import OUT, bench_calcurse, bench_export, calcurse, fresh_db, load, run  # noqa: E402

# ``sessions-desktop import`` as its entry point runs it, then the CPU seconds of the calling
# process and of the worker it waited for, apart, as the last line of its standard error.
_SPLIT = """
import resource, sys
from sessions_desktop.__main__ import main
sys.argv = ["sessions-desktop", *sys.argv[1:]]
code = main()
me, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                   resource.RUSAGE_CHILDREN))
print(me.ru_utime + me.ru_stime, workers.ru_utime + workers.ru_stime, file=sys.stderr)
sys.exit(code)
"""


def one_import(python: str, source: Path, folder: Path) -> dict:
    database = fresh_db(folder, "pair.sqlite3")
    seconds, peak, done = run([python, "-c", _SPLIT, "--db", str(database), "import",
                               str(source)])
    assert done.returncode == 0, done.stderr.decode()
    caller, worker = (float(x) for x in done.stderr.decode().split()[-2:])
    return {"seconds": seconds, "cpu": done.cpu, "memory": peak, "caller": caller,
            "worker": worker}


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def medians(runs: list[dict]) -> dict:
    return {key: median(runs, key) for key in runs[0] if key in
            ("seconds", "cpu", "memory", "caller", "worker")}


def describe(name: str, result: dict) -> str:
    split = f": caller {result['caller']:.2f}, worker {result['worker']:.2f}" \
        if "caller" in result else ""
    return (f"{name} {result['seconds']:.2f} s ({result['cpu']:.2f} CPU s{split}; "
            f"{result['memory']:.0f} MB)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="the Python of the other checkout")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--calcurse", action="store_true", help="pairs with calcurse too")
    args = parser.parse_args(argv)
    build_size("1x")
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        folder = Path(tmp)
        source = folder / "business-1x.ics"
        bench_export(PATHS["1x"], source)
        others = []
        if args.before:
            others.append(("before", lambda: one_import(args.before, source, folder)))
        if args.calcurse:
            program, how = calcurse()
            if program is None:
                print(f"calcurse: skipped ({how})")
            else:
                others.append(("calcurse", lambda p=program: bench_calcurse(p, source, folder)))
        for name, other in others:
            ours, theirs = [], []
            for index in range(args.pairs):
                before_load = load()
                ours.append(one_import(sys.executable, source, folder))
                theirs.append(other())
                print(f"pair {index + 1}: {describe('ours', ours[-1])}, "
                      f"{describe(name, theirs[-1])}; load {before_load} -> {load()}",
                      flush=True)
            wall, other_wall = median(ours, "seconds"), median(theirs, "seconds")
            cpu, other_cpu = median(ours, "cpu"), median(theirs, "cpu")
            print(f"medians of {args.pairs} pairs: {describe('ours', medians(ours))}, "
                  f"{describe(name, medians(theirs))}: ours/{name} {wall / other_wall:.2f}x "
                  f"wall, {cpu / other_cpu:.2f}x CPU; {name} takes {other_wall / wall:.2f}x "
                  "our time")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
