#!/usr/bin/env python3
"""Shows which cores are busy when, and with what, over one profiled run.

Reads the same `perf script -F tid,time,ip,sym,dso` output as attribute.py (a profile recorded
with call graphs) and prints one line per stretch of time: how busy the machine's cores were
(100 % is every core sampled all the time), how many threads were running, and the libraries
or BoardPack modules the samples went to, charged as attribute.py charges them. A stretch
where the cores are far from 100 % is time a better spread of the work could win back;
one where they are full can only get shorter with less work.

With --threads it prints instead how busy each of the busiest threads was, stretch by
stretch, each thread named by what it ran most: a thread busy all the time to the end of
the run is the critical path, and a thread well under 100 % before it is waiting.

Usage: perf script -i perf.data -F tid,time,ip,sym,dso | bench/timeline.py [--step SECONDS]
       [--rate SAMPLES_PER_SECOND] [--cores N] [--threads]
"""
import argparse
import os
import sys
from collections import Counter, defaultdict

from attribute import charge, samples

SHORT = {
    "zlib (compressing the workbook)": "zlib",
    "libxlsxwriter (with the libc it calls)": "libxlsxwriter",
    "Yams and libyaml": "Yams",
    "runtime, libc and kernel only": "runtime",
}


def short(name):
    return SHORT.get(name, name.replace("BoardPackExport: ", "").replace("BoardPack", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=float, default=0.1, help="seconds per line (default 0.1)")
    parser.add_argument("--rate", type=float, default=999, help="samples per second per thread, as recorded (default 999)")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1, help="cores of the machine (default: this one's)")
    parser.add_argument("--threads", action="store_true", help="how busy each of the busiest threads was, instead")
    args = parser.parse_args()

    owners = defaultdict(Counter)
    per_thread = defaultdict(Counter)
    thread_owners = defaultdict(Counter)
    start = end = None
    for thread, at, frames in samples(sys.stdin):
        start = at if start is None else start
        end = at
        if not frames:
            continue
        stretch = int((at - start) / args.step)
        owner = short(charge(frames))
        owners[stretch][owner] += 1
        per_thread[stretch][thread] += 1
        thread_owners[thread][owner] += 1
    if not owners:
        sys.exit("timeline.py: no samples read; record with --call-graph and pass perf script output")
    if args.threads:
        print_threads(per_thread, thread_owners, args)
        return

    last = max(owners)
    idle = 0.0
    print("  from s  cores busy  threads  what ran (samples)")
    for stretch in range(last + 1):
        counts = owners.get(stretch, Counter())
        busy = sum(counts.values())
        # The last stretch ends with the last sample.
        length = args.step if stretch < last else max(end - start - last * args.step, 1 / args.rate)
        full = args.rate * length * args.cores
        idle += max(0.0, full - busy) / args.rate
        what = ", ".join(f"{name} {n}" for name, n in counts.most_common(4))
        print(f"{stretch * args.step:8.1f}  {100 * busy / full:9.0f} %  {len(per_thread.get(stretch, ())):7d}  {what}")
    print(f"\nIdle: about {idle:.2f} core-seconds of {args.cores} cores over {end - start:.2f} s "
          f"(sampling itself costs some: a stretch with every thread busy can show under 100 %).")


def print_threads(per_thread, thread_owners, args, shown=6):
    """Busy % of each of the busiest threads, a line per stretch."""
    busiest = sorted(thread_owners, key=lambda t: -sum(thread_owners[t].values()))[:shown]
    for column, thread in enumerate(busiest, 1):
        total = sum(thread_owners[thread].values())
        what = ", ".join(f"{name} {n}" for name, n in thread_owners[thread].most_common(3))
        print(f"thread {column}: {total} samples ({what})")
    print("\n  from s  " + "  ".join(f"thread {column}" for column in range(1, len(busiest) + 1)))
    full = args.rate * args.step
    for stretch in range(max(per_thread) + 1):
        counts = per_thread.get(stretch, Counter())
        print(f"{stretch * args.step:8.1f}  " + "  ".join(f"{100 * counts[t] / full:6.0f} %" for t in busiest))


if __name__ == "__main__":
    main()
