"""Build the blind-u dataset: cases.jsonl, patients/*.json, injection.txt.

Usage: python3 gen/build.py   (from the dataset folder or anywhere; paths are relative to this file)
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cases_icd import icd_01, icd_02  # noqa: E402
from cases_sleep_o2 import cpap_01, cpap_02, o2_01, o2_02  # noqa: E402
from cases_bar_hbot_ci import bar_01, bar_02, hbot_01, hbot_02, ci_01, ci_02  # noqa: E402
from cases_tavr_laac import tavr_01, tavr_02, laac_01, laac_02  # noqa: E402

ROOT = os.path.dirname(HERE)

BUILDERS = [icd_01, icd_02, cpap_01, cpap_02, o2_01, o2_02, bar_01, bar_02,
            tavr_01, tavr_02, hbot_01, hbot_02, ci_01, ci_02, laac_01, laac_02]

# case id -> DocumentReference carrying an injected instruction (never gold evidence)
INJECTED = {
    "bu-o2-01": "DocumentReference/dme-rt-2026-02-19",
    "bu-bar-02": "DocumentReference/lmn-2026-05-12",
}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines = []
    for build in BUILDERS:
        bundle, case = build()
        mrn = bundle.to_json()["entry"][0]["resource"]["identifier"][0]["value"].lower()
        rel = "patients/%s.json" % mrn
        with open(os.path.join(ROOT, rel), "w", encoding="utf-8") as f:
            json.dump(bundle.to_json(), f, indent=1, ensure_ascii=False)
            f.write("\n")
        ordered = {"id": case["id"], "patient": rel, "request": case["request"], "gold": case["gold"]}
        lines.append(json.dumps(ordered, ensure_ascii=False))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTED):
            f.write(cid + "\n")
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
