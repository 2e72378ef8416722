#!/usr/bin/env python3
"""Shares of a server's JFR execution samples during each stack's bursts (docs/benchmarks.md, issue 7).

    docs/bench/jfr-by-window.py <recording.jfr> <output of docs/bench/burst.sh --windows=true>

Keeps the samples taken inside the windows the burst client printed (warm-ups left out), groups
them by stack, and prints for each the share of samples whose stack holds each line of MARKS
(a sample counts for every line it matches), then the most frequent top frames. Needs the JDK's
`jfr` tool on the PATH.
"""
import collections
import datetime
import json
import subprocess
import sys

MARKS = [
    ("JWT check (TokenService.verify)", ["vn.dondoc.identity.control.TokenService.verify"]),
    ("  of which P-256 arithmetic", ["sun.security.util.math.intpoly", "sun.security.ec"]),
    ("Reports boundary (inside the EJB call)", ["vn.dondoc.reporting.boundary.Reports."]),
    ("  EclipseLink", ["org.eclipse.persistence"]),
    ("  MariaDB driver", ["org.mariadb.jdbc"]),
    ("  the driver escaping the blob (writeBytesEscaped)", ["org.mariadb.jdbc.client.socket.Writer.writeBytesEscaped"]),
    ("  Tika", ["org.apache.tika"]),
    ("  SHA-256", ["sun.security.provider.SHA2", "sun.security.provider.DigestBase"]),
    ("  reading the upload (UploadLimit)", ["vn.dondoc.platform.boundary.UploadLimit"]),
    ("  FigureCheck", ["vn.dondoc.reporting.control.FigureCheck"]),
    ("  ReportViews (the answers)", ["vn.dondoc.reporting.boundary.ReportViews"]),
    ("Bean Validation", ["org.hibernate.validator"]),
    ("JSON (Parsson, Yasson)", ["org.eclipse.yasson", "org.eclipse.parsson"]),
    ("bare baseline (BareReports)", ["vn.dondoc.benchmarks.bare.BareReports"]),
    ("MariaDB driver, anywhere", ["org.mariadb.jdbc"]),
]


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def main(recording, output):
    windows = []
    for line in open(output, encoding="utf-8"):
        if line.startswith("window "):
            _, stack, round_, _, start, end = line.split()
            if round_ != "0":
                windows.append((stack, instant(start), instant(end)))
    printed = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", recording],
        capture_output=True, text=True, check=True).stdout
    totals, marks, tops = collections.Counter(), collections.defaultdict(collections.Counter), \
        collections.defaultdict(collections.Counter)
    for event in json.loads(printed)["recording"]["events"]:
        at = instant(event["values"]["startTime"])
        stack = next((s for s, start, end in windows if start <= at <= end), None)
        trace = event["values"]["stackTrace"]
        if stack is None or not trace:
            continue
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in trace["frames"]]
        totals[stack] += 1
        tops[stack][frames[0]] += 1
        for label, prefixes in MARKS:
            if any(frame.startswith(p) for frame in frames for p in prefixes):
                marks[stack][label] += 1
    for stack in totals:
        print(f"== {stack}: {totals[stack]} samples")
        for label, _ in MARKS:
            if marks[stack][label]:
                print(f"  {100 * marks[stack][label] / totals[stack]:5.1f} %  {label}")
        print("  -- most frequent top frames")
        for frame, count in tops[stack].most_common(10):
            print(f"  {100 * count / totals[stack]:5.1f} %  {frame}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
