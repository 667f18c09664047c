"""Build blind-r: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases_a, cases_b

ROOT = os.path.dirname(HERE)
os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
lines, inj = [], []
for fn in cases_a.CASES + cases_b.CASES:
    cs, chart, injected = fn()
    with open(os.path.join(ROOT, cs["patient"]), "w", encoding="utf-8") as f:
        json.dump(chart.bundle(), f, indent=1, ensure_ascii=False)
    lines.append(json.dumps(cs, ensure_ascii=False))
    if injected:
        inj.append("%s\t%s\t%s" % (cs["id"], cs["patient"], injected))
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
    f.write("# case_id\tpatient\tinjected DocumentReference (not evidence; label unaffected)\n" + "\n".join(inj) + "\n")
print("built", len(lines), "cases")
