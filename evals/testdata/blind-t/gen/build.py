"""Build blind-t: python3 gen/build.py (from the dataset folder or anywhere)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import c_icd, c_cpap, c_o2, c_bar, c_tavr, c_hbot, c_ci, c_laac  # noqa: E402

BUILDERS = [
    c_icd.icd_01, c_icd.icd_02,
    c_cpap.cpap_01, c_cpap.cpap_02,
    c_o2.o2_01, c_o2.o2_02,
    c_bar.bar_01, c_bar.bar_02,
    c_tavr.tavr_01, c_tavr.tavr_02,
    c_hbot.hbot_01, c_hbot.hbot_02,
    c_ci.ci_01, c_ci.ci_02,
    c_laac.laac_01, c_laac.laac_02,
]

EXPORT_TS = "2026-12-15T08:00:00-05:00"
INJECTED = {"bt-o2-01": "DocumentReference/" + c_o2.INJECTION_NOTE_ID}


def main():
    os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
    lines = []
    for b in BUILDERS:
        case, chart = b()
        bundle = chart.bundle(EXPORT_TS)
        path = os.path.join(OUT, case["patient"])
        with open(path, "w", encoding="utf-8") as f:
            json.dump(bundle, f, indent=1, ensure_ascii=False)
            f.write("\n")
        lines.append(json.dumps(case, ensure_ascii=False))
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTED):
            f.write(cid + "\n")
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
