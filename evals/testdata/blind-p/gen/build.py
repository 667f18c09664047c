"""Build the blind-p dataset: python3 gen/build.py (from the dataset folder or anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (registers cases)
from cases_a import CASES

ROOT = os.path.dirname(HERE)
ORDER = ["bp-icd-01", "bp-icd-02", "bp-cpap-03", "bp-cpap-04", "bp-o2-05", "bp-o2-06", "bp-bar-07", "bp-bar-08",
         "bp-tavr-09", "bp-tavr-10", "bp-hbot-11", "bp-hbot-12", "bp-ci-13", "bp-ci-14", "bp-laac-15", "bp-laac-16"]
INJECTED = {"bp-bar-08": "DocumentReference/fax-2026-06-30"}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    built = {}
    for fn in CASES:
        case, b = fn()
        built[case["id"]] = (case, b)
    assert sorted(built) == sorted(ORDER), sorted(built)
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for cid in ORDER:
            case, b = built[cid]
            with open(os.path.join(ROOT, case["patient"]), "w", encoding="utf-8") as pf:
                json.dump(b.bundle(), pf, indent=1, ensure_ascii=False)
                pf.write("\n")
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in INJECTED:
            f.write(cid + "\n")
    print("built", len(ORDER), "cases")


if __name__ == "__main__":
    main()
