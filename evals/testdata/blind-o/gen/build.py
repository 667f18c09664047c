"""Build the blind-o dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os
import cases_1, cases_2

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
INJECTED = {"bo-o2-01": "DocumentReference/supplier-form-2026-03-12"}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines = []
    for fn in cases_1.CASES + cases_2.CASES:
        chart, case = fn()
        with open(os.path.join(ROOT, case["patient"]), "w", encoding="utf-8") as f:
            json.dump(chart.bundle(), f, indent=1, ensure_ascii=False)
            f.write("\n")
        lines.append(json.dumps(case, ensure_ascii=False))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in INJECTED:
            f.write(cid + "\n")
    print(f"wrote {len(lines)} cases")


if __name__ == "__main__":
    main()
