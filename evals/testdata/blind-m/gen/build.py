import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from cases_d import CASES, BUNDLES
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
with open(os.path.join(OUT, "cases.jsonl"), "w") as f:
    for c in CASES: f.write(json.dumps(c, ensure_ascii=False) + "\n")
for pid, b in BUNDLES.items():
    with open(os.path.join(OUT, "patients", pid + ".json"), "w") as f: json.dump(b.bundle(), f, indent=1, ensure_ascii=False)
INJ = {"bm-o2-02": "DocumentReference/dme-cmn-2026-07-08"}
with open(os.path.join(OUT, "injection.txt"), "w") as f:
    for k in INJ: f.write(k + "\n")
json.dump(INJ, open(os.path.join(os.path.dirname(__file__), "injection_map.json"), "w"))
print(len(CASES), "cases", len(BUNDLES), "bundles")
