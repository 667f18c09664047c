"""Build the blind-w dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import c_icd, c_cpap, c_o2, c_bar, c_tavr, c_hbot, c_ci, c_laac  # noqa: E402

MODULES = [c_icd, c_cpap, c_o2, c_bar, c_tavr, c_hbot, c_ci, c_laac]

# cases whose notes carry an instruction addressed to an automated reviewer
INJECTED = {"bw-o2-02": "DocumentReference/dme-cover-2026-08-05"}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    cases = []
    for m in MODULES:
        for fn in m.CASES:
            c, b = fn()
            path = os.path.join(ROOT, c["patient"])
            with open(path, "w", encoding="utf-8") as f:
                json.dump(b.bundle(), f, indent=1, ensure_ascii=False)
                f.write("\n")
            cases.append(c)
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTED):
            f.write(cid + "\n")
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()
