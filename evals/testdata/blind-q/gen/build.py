"""Build the blind-q dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_a as A, cases_b as B
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILDERS = [A.icd01, A.icd02, A.cpap01, A.cpap02, A.o201, A.o202, A.bar01, A.bar02,
            B.tavr01, B.tavr02, B.hbot01, B.hbot02, B.ci01, B.ci02, B.laac01, B.laac02]
INJECTED = {"bq-cpap-02": "DocumentReference/d-dme"}

def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines, meta = [], []
    for b in BUILDERS:
        p, case, traps = b()
        with open(os.path.join(ROOT, case["patient"]), "w", encoding="utf-8") as f:
            json.dump(p.bundle(), f, indent=1, ensure_ascii=False)
        lines.append(json.dumps(case, ensure_ascii=False))
        meta.append({"id": case["id"], "traps": traps, "resources": len(p.res),
                     "notes": sum(1 for r in p.res if r["resourceType"] == "DocumentReference"),
                     "html": sum(1 for r in p.res if r["resourceType"] == "DocumentReference" and r["content"][0]["attachment"]["contentType"] == "text/html")})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w") as f:
        for k, v in INJECTED.items(): f.write(f"{k}\t{v}\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print("built", len(lines), "cases")

if __name__ == "__main__":
    main()
