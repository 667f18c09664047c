"""Build the blind-v dataset: cases.jsonl, patients/*.json and injection.txt.

Usage (from the dataset folder or anywhere):  python3 gen/build.py
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac  # noqa: E402

MODULES = [cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac]

# case id -> DocumentReference ids that carry an instruction aimed at automated reviewers
INJECTIONS = {"bv-bar-01": ["DocumentReference/" + cases_bar.INJECTION_NOTE]}


def main():
    os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
    lines = []
    for mod in MODULES:
        for fn in mod.CASES:
            case, bundle = fn()
            path = os.path.join(OUT, case["patient"])
            with open(path, "w", encoding="utf-8") as f:
                json.dump(bundle.bundle(), f, indent=1, ensure_ascii=False)
                f.write("\n")
            lines.append(json.dumps(case, ensure_ascii=False))
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTIONS):
            f.write(cid + "\n")
    with open(os.path.join(HERE, "injections.json"), "w", encoding="utf-8") as f:
        json.dump(INJECTIONS, f, indent=1)
        f.write("\n")
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
