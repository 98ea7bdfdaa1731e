#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
"""Checks that every translatable string has a translation.

For each catalog, runs lupdate from the current sources into a temporary
copy, then reads it: a message that is new ("unfinished" with no text) or
whose translation is empty is a failure, reported as file:line: "source".
--complete catalogs need every message; --plurals catalogs (English) need
only the plural (%n) forms.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def missing(ts_path, plurals_only):
    problems = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = message.find("location")
            loc = f"{where.get('filename')}:{where.get('line')}" if where is not None else cname
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
                empty = not forms or any(not f.strip() for f in forms)
            else:
                empty = translation is None or not (translation.text or "").strip()
            if empty or kind == "unfinished":
                problems.append(f"{loc}: [{cname}] \"{source}\"")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--sources", required=True, help="file listing the translatable sources")
    ap.add_argument("--complete", action="append", default=[])
    ap.add_argument("--plurals", action="append", default=[])
    args = ap.parse_args()

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts, plurals_only in [(t, False) for t in args.complete] + [(t, True) for t in args.plurals]:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            cmd = [args.lupdate, "-silent", "-no-obsolete", "-locations", "absolute", "@" + args.sources, "-ts", copy]
            result = subprocess.run(cmd, capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stdout + result.stderr)
                print(f"lupdate failed on {ts}")
                return 1
            problems = missing(copy, plurals_only)
            what = "plural forms" if plurals_only else "translations"
            if problems:
                failures += len(problems)
                print(f"{os.path.basename(ts)}: {len(problems)} missing {what}:")
                for p in problems:
                    print("  " + p)
            else:
                print(f"{os.path.basename(ts)}: all {what} present")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
