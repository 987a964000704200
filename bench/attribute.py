#!/usr/bin/env python3
"""Splits a whole-process CPU profile between the libraries boardpack calls and its own modules.

Reads `perf script -F tid,time,ip,sym,dso` output of a profile recorded with call graphs
(`perf record --call-graph dwarf`) on standard input. Each sample goes to the innermost frame
that belongs to a library or a BoardPack module: the Swift runtime, libc and the kernel are
charged to whoever called them (libxlsxwriter's fprintf and malloc to libxlsxwriter). Copying
or releasing a struct is charged to the module that declares it, where the compiler puts
those functions: BoardPackCore's share includes the model's structs copied by the others.

Usage: perf script -i perf.data -F tid,time,ip,sym,dso | bench/attribute.py
"""
import re
import sys
from collections import Counter

SAMPLE = re.compile(r"\s*(\d+)\s+([\d.]+):")
MODULE = re.compile(r"\$s(\d+)(BoardPack\w+)")


def owner(frame):
    """The library or module a frame belongs to, or None for the runtime, libc and kernel."""
    if "libz.so" in frame:
        return "zlib (compressing the workbook)"
    if "libxlsxwriter" in frame:
        return "libxlsxwriter (with the libc it calls)"
    symbol = frame.split(" (")[0]
    if symbol.startswith("$s4Yams") or symbol.startswith("yaml_"):
        return "Yams and libyaml"
    if symbol.startswith("$s3CSV"):
        return "CSV.swift"
    match = MODULE.match(symbol)
    if not match:
        return None
    module = match.group(2)[: int(match.group(1))]
    if module == "BoardPackExport":
        rest = symbol[match.start(2) + len(module):][:40]
        return "BoardPackExport: " + ("text pack" if "Text" in rest else "json pack" if "JSON" in rest else "other")
    return module


def samples(lines):
    """Each sample of `perf script -F tid,time,ip,sym,dso` output: (thread, time, frames),
    frames innermost first, each "symbol (library)"."""
    sample = None
    frames = []
    for line in lines:
        match = SAMPLE.match(line)
        if match:
            if sample:
                yield (*sample, frames)
            sample = (match.group(1), float(match.group(2)))
            frames = []
            continue
        parts = line.strip().split(None, 1)
        if sample and len(parts) == 2:
            frames.append(parts[1])
    if sample:
        yield (*sample, frames)


def charge(frames):
    """Who a sample's time goes to: its innermost library or module."""
    return next((o for o in map(owner, frames) if o), "runtime, libc and kernel only")


def main():
    counts = Counter()
    total = 0
    for _, _, frames in samples(sys.stdin):
        total += 1
        if frames:
            counts[charge(frames)] += 1
    if total == 0:
        sys.exit("attribute.py: no samples read; record with --call-graph and pass perf script output")
    libraries = ("zlib", "libxlsxwriter", "Yams", "CSV.swift")
    print("| share | samples | where |")
    print("| --- | --- | --- |")
    for name, n in counts.most_common():
        print(f"| {100 * n / total:.1f} % | {n} | {name} |")
    library = sum(n for name, n in counts.items() if name.startswith(libraries))
    print(f"\nLibraries: {100 * library / total:.1f} % of {total} samples; BoardPack's own code and the rest: "
          f"{100 * (total - library) / total:.1f} %.")


if __name__ == "__main__":
    main()
