"""Build the blind-s dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases_cardiac, cases_pulm, cases_other
from fhir import ICD

OUT = os.path.dirname(HERE)
ORDER = ["bs-icd-01", "bs-icd-02", "bs-cpap-01", "bs-cpap-02", "bs-o2-01", "bs-o2-02", "bs-bar-01", "bs-bar-02",
         "bs-tavr-01", "bs-tavr-02", "bs-hbo-01", "bs-hbo-02", "bs-ci-01", "bs-ci-02", "bs-laac-01", "bs-laac-02"]
INJECTED = {"bs-o2-01": "DocumentReference/dme5-2026-01-27"}


def main():
    built = {}
    for f in cases_cardiac.CASES + cases_pulm.CASES + cases_other.CASES:
        case, chart = f()
        built[case["id"]] = (case, chart)
    os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
    lines, meta = [], []
    for cid in ORDER:
        case, chart = built[cid]
        pfile = "patients/%s.json" % chart.pid
        with open(os.path.join(OUT, pfile), "w", encoding="utf-8") as fh:
            json.dump(chart.bundle(), fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        sysm, code, disp = case["svc"]
        req = {"service": {"system": sysm, "code": code, "display": disp},
               "diagnoses": [{"system": ICD, "code": c, "display": d} for c, d in case["dx"]],
               "payer": "medicare", "urgency": "standard", "date": case["date"], "note": case["note"]}
        gold = {"recommendation": case["rec"], "policy": case["policy"], "evidence": case["ev"],
                "missing": case.get("missing", []), "rationale": case["rat"]}
        lines.append(json.dumps({"id": cid, "patient": pfile, "request": req, "gold": gold}, ensure_ascii=False))
        meta.append({"id": cid, "patient": pfile, "policy": case["policy"], "service": code, "date": case["date"],
                     "rec": case["rec"], "missing": case.get("missing", []), "resources": len(chart.res),
                     "notes": sum(1 for r in chart.res if r["resourceType"] == "DocumentReference"),
                     "html": sum(1 for r in chart.res if r["resourceType"] == "DocumentReference"
                                 and r["content"][0]["attachment"]["contentType"] == "text/html"),
                     "traps": case["traps"]})
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "injection.txt"), "w", encoding="utf-8") as fh:
        for cid in INJECTED:
            fh.write(cid + "\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": meta, "injected": INJECTED}, fh, indent=1)
    print("built", len(lines), "cases")


if __name__ == "__main__":
    main()
