"""Build the blind-y dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import c_icd, c_cpap, c_o2, c_bar, c_tavr, c_hbot, c_ci, c_laac  # noqa: E402
from fhirlib import dump  # noqa: E402

ORDER = [c_icd, c_cpap, c_o2, c_bar, c_tavr, c_hbot, c_ci, c_laac]

# notes that carry an instruction addressed to automated reviewers
INJECTED = {"by-bar-02": ["DocumentReference/doc-fax8-0921"]}


def main():
    os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
    lines = []
    for mod in ORDER:
        for fn in mod.CASES:
            cs, chart = fn()
            dump(chart.bundle(), os.path.join(OUT, cs["patient"]))
            lines.append(json.dumps(cs, ensure_ascii=False))
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "injection.txt"), "w", encoding="utf-8") as f:
        f.write("# case id <TAB> resource carrying an instruction addressed to automated reviewers (not evidence)\n")
        for cid, refs in INJECTED.items():
            for r in refs:
                f.write("%s\t%s\n" % (cid, r))
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
