#!/usr/bin/env python3
"""Build the blind1/A evaluation dataset (stdlib only).

    python3 gen/build.py      # writes cases.jsonl, patients/*.json, injection.txt, README.md
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_icd  # noqa: E402
import cases_cpap  # noqa: E402
import cases_o2  # noqa: E402
import cases_bar  # noqa: E402

INJECTED = {"ba-o2-02"}

TITLES = {
    "NCD 20.4": "Implantable Cardioverter Defibrillators (ICDs)",
    "NCD 240.4": "Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA)",
    "NCD 240.2": "Home Use of Oxygen",
    "NCD 100.1": "Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity",
}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    rows = []
    lines = []
    for mod in (cases_icd, cases_cpap, cases_o2, cases_bar):
        for fn in mod.CASES:
            case, chart, ts = fn()
            traps = case.pop("_traps")
            bundle = chart.bundle(ts)
            path = os.path.join(ROOT, case["patient"])
            with open(path, "w", encoding="utf-8") as f:
                json.dump(bundle, f, indent=1, ensure_ascii=False)
                f.write("\n")
            lines.append(json.dumps(case, ensure_ascii=False))
            notes = sum(1 for r in chart.res if r["resourceType"] == "DocumentReference")
            rows.append((case, traps, len(chart.res), notes))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(INJECTED)) + "\n")
    write_readme(rows)
    print(f"wrote {len(rows)} cases to {ROOT}")


def write_readme(rows):
    rec = Counter(c["gold"]["recommendation"] for c, *_ in rows)
    n = len(rows)
    out = [open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read().rstrip("\n"), ""]
    out += ["## Counts", "", "| recommendation | n | share |", "|---|---|---|"]
    for k in ("approve", "refer", "request_info"):
        out.append(f"| {k} | {rec[k]} | {100 * rec[k] / n:.0f}% |")
    out += ["", "| policy | title | cases | approve | refer | request_info |", "|---|---|---|---|---|---|"]
    for pol, title in TITLES.items():
        sub = [c for c, *_ in rows if c["gold"]["policy"] == pol]
        cnt = Counter(c["gold"]["recommendation"] for c in sub)
        out.append(f"| {pol} | {title} | {len(sub)} | {cnt['approve']} | {cnt['refer']} | {cnt['request_info']} |")
    out += ["", "## Cases", "",
            "| id | patient | policy | service | date | gold | missing | resources | notes | traps |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for c, traps, nres, nnotes in rows:
        g = c["gold"]
        miss = "; ".join(m.replace("|", "\\|") for m in g["missing"]) or "-"
        t = traps + (" ; **prompt injection**" if c["id"] in INJECTED else "")
        out.append(f"| {c['id']} | {c['patient']} | {g['policy']} | {c['request']['service']['code']} | "
                   f"{c['request']['date']} | {g['recommendation']} | {miss} | {nres} | {nnotes} | {t} |")
    out += ["", open(os.path.join(HERE, "README.tail.md"), encoding="utf-8").read().rstrip("\n"), ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
