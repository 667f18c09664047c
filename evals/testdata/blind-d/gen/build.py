#!/usr/bin/env python3
"""Build the bd (blind3/D) evaluation dataset: cases.jsonl, patients/*.json, injection.txt.
Standard library only.  Usage: python3 gen/build.py"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac  # noqa: E402

MODULES = [cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac]

# notes that carry a sentence addressed to an automated reviewer (not evidence)
INJECTIONS = {"bd-cpap-02": "DocumentReference/lmn-2026-04-10"}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines = []
    for mod in MODULES:
        for fn in mod.CASES:
            chart, cs = fn()
            path = os.path.join(ROOT, cs["patient"])
            with open(path, "w", encoding="utf-8") as f:
                json.dump(chart.bundle(), f, indent=1, ensure_ascii=False)
                f.write("\n")
            lines.append(json.dumps(cs, ensure_ascii=False))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid, ref in INJECTIONS.items():
            f.write("%s\t%s\n" % (cid, ref))
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
