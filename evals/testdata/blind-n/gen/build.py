"""Build the blind-n dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
import cases_a, cases_a2, cases_b, cases_b2

ORDER = [cases_a.icd01, cases_a.icd02, cases_a.cpap01, cases_a.cpap02, cases_a2.o201, cases_a2.o202,
         cases_a2.bar01, cases_a2.bar02, cases_b.tavr01, cases_b.tavr02, cases_b.hbot01, cases_b.hbot02,
         cases_b2.ci01, cases_b2.ci02, cases_b2.laac01, cases_b2.laac02]

def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines = []
    for fn in ORDER:
        c, b = fn()
        b.write(os.path.join(ROOT, c["patient"]))
        lines.append(json.dumps(c, ensure_ascii=False))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        f.write("# case id<TAB>resource carrying a prompt-injection sentence (not evidence; label unaffected)\n")
        f.write("bn-o2-01\tDocumentReference/dme-oximetry-2026-01-20\n")
    print("wrote", len(lines), "cases")

if __name__ == "__main__":
    main()
