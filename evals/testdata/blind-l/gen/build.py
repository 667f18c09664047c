"""Build the blind-l dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os, sys, base64, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_a import CASES_A
from cases_b import CASES_B
OUT = os.path.dirname(HERE)
INJECTED = {"bl-bar-02": "DocumentReference/surg-2026-09-10"}

def main():
    os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
    rows, meta = [], []
    for fn in CASES_A + CASES_B:
        chart, case = fn()
        chart.write(os.path.join(OUT, case["patient"]))
        traps = case.pop("_traps")
        rows.append(case)
        res = chart.res
        notes = [r for r in res if r["resourceType"] == "DocumentReference"]
        meta.append({"id": case["id"], "patient": case["patient"], "policy": case["gold"]["policy"],
                     "service": case["request"]["service"]["code"], "date": case["request"]["date"],
                     "gold": case["gold"]["recommendation"], "missing": case["gold"]["missing"],
                     "resources": len(res), "notes": len(notes),
                     "html": sum(1 for n in notes if n["content"][0]["attachment"]["contentType"] == "text/html"),
                     "traps": traps})
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "injection.txt"), "w") as f:
        for k in INJECTED:
            f.write(k + "\n")
    with open(os.path.join(HERE, "meta.json"), "w") as f:
        json.dump({"cases": meta, "injected": INJECTED}, f, indent=1)
    print(f"wrote {len(rows)} cases")

if __name__ == "__main__":
    main()
