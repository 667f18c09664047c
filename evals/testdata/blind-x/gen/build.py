"""Build the blind-x dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac  # noqa: E402

MODULES = [cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac]

# notes that carry an instruction addressed to automated reviewers (not clinical evidence)
INJECTIONS = {"bx-bar-02": ["DocumentReference/lmn-2026-07-10"]}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines = []
    for m in MODULES:
        for fn in m.CASES:
            cs, chart = fn()
            bundle = chart.bundle("bundle-" + chart.pid)
            path = os.path.join(ROOT, cs["patient"])
            with open(path, "w", encoding="utf-8") as f:
                json.dump(bundle, f, indent=1, ensure_ascii=False)
                f.write("\n")
            lines.append(cs)
    lines.sort(key=lambda x: x["id"])
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for cs in lines:
            f.write(json.dumps(cs, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        f.write("# case id<TAB>resource carrying a prompt-injection sentence (not clinical evidence; never gold evidence)\n")
        for cid, refs in sorted(INJECTIONS.items()):
            for r in refs:
                f.write("%s\t%s\n" % (cid, r))
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
