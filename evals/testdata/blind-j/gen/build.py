#!/usr/bin/env python3
"""Build the blind-j evaluation set: cases.jsonl, patients/*.json, injection.txt, README.md.

Usage:  python3 gen/build.py      (from the dataset folder or anywhere)
Standard library only. Reads the shared code files and the NCD export for checks and README facts.
"""
import sys

sys.dont_write_bytecode = True

import csv
import json
import os
import shutil
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import fhirkit  # noqa: E402
from cases_icd import icd_01, icd_02  # noqa: E402
from cases_cpap import cpap_01, cpap_02  # noqa: E402
from cases_o2 import o2_01, o2_02  # noqa: E402
from cases_bar import bar_01, bar_02  # noqa: E402
from cases_tavr import tavr_01, tavr_02  # noqa: E402
from cases_hbot import hbot_01, hbot_02  # noqa: E402
from cases_ci import ci_01, ci_02  # noqa: E402
from cases_laac import laac_01, laac_02  # noqa: E402

BUILDERS = [icd_01, icd_02, cpap_01, cpap_02, o2_01, o2_02, bar_01, bar_02,
            tavr_01, tavr_02, hbot_01, hbot_02, ci_01, ci_02, laac_01, laac_02]

# cases whose notes carry a sentence addressed to automated reviewers
INJECTION = {"bj-o2-01": "DocumentReference/doc-dme-letter-20261104"}

NCD_FILE = os.path.join(fhirkit.SHARED, "mcd", "ncd_trkg.csv")
POLICIES = ["20.4", "240.4", "240.2", "100.1", "20.32", "20.29", "50.3", "20.34"]


def ncd_versions():
    csv.field_size_limit(10 ** 9)
    out = {}
    with open(NCD_FILE, encoding="cp1252", newline="") as f:
        for r in csv.DictReader(f):
            if r["NCD_mnl_sect"] in POLICIES:
                out[r["NCD_mnl_sect"]] = {
                    "title": r["NCD_mnl_sect_title"].strip(),
                    "version": r["NCD_vrsn_num"].strip(),
                    "effective": r["NCD_efctv_dt"][:10],
                    "implemented": r["NCD_impltn_dt"][:10],
                    "terminated": r["NCD_trmntn_dt"][:10],
                }
    return out


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    cases = []
    stats = []
    for fn in BUILDERS:
        case, bundle, last_updated = fn()
        # ordered keys for readability
        case = OrderedDict([("id", case["id"]), ("patient", case["patient"]),
                            ("request", case["request"]), ("gold", case["gold"])])
        path = os.path.join(ROOT, case["patient"])
        write_json(path, bundle.json(last_updated))
        cases.append(case)
        types = Counter(e["resource"]["resourceType"] for e in bundle.entries)
        html = any(e["resource"]["resourceType"] == "DocumentReference" and
                   e["resource"]["content"][0]["attachment"]["contentType"] == "text/html"
                   for e in bundle.entries)
        stats.append((case, len(bundle.entries), types["DocumentReference"], html, bundle.tz.key))

    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTION):
            f.write(cid + "\n")
    write_readme(stats)
    # leave no bytecode behind
    for d in (os.path.join(HERE, "__pycache__"), os.path.join(ROOT, "__pycache__")):
        shutil.rmtree(d, ignore_errors=True)
    print("wrote %d cases" % len(cases))


POLICY_ORDER = ["NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"]


def write_readme(stats):
    vers = ncd_versions()
    rec = Counter(s[0]["gold"]["recommendation"] for s in stats)
    pol = Counter(s[0]["gold"]["policy"] for s in stats)
    n = len(stats)
    L = []
    L.append("# blind-j: Medicare NCD prior-authorization evaluation set (%d cases)\n" % n)
    L.append("A small, independently written evaluation set for the utilization-management (prior-authorization) assistant, "
             "laid out exactly as `shared/evals/SPEC.md` describes: `cases.jsonl` (one case per line) and "
             "`patients/<id>.json` (one FHIR R4 Bundle of type `collection` per case). `injection.txt` lists the "
             "case(s) whose chart carries a sentence addressed to automated reviewers.\n")
    L.append("## Provenance and licence\n")
    L.append("- **Synthetic.** Every patient, clinician, organization, note, value and identifier was invented for this set; "
             "NPIs, MRNs, phone numbers and addresses are fictitious and any resemblance to real people or facilities is "
             "coincidental. There is no PHI.")
    L.append("- **Licence:** CC0 1.0 (public-domain dedication).")
    L.append("- **Written blind.** The author read only the dataset format (`shared/evals/SPEC.md`), another team's dataset "
             "README (for its conventions), `shared/data/README.md`, the CMS NCD export and the public code files. No project "
             "code, prompts, tests, other datasets' cases or patients, or outputs of the system under test were opened; no "
             "wording, value or case was taken from another set.")
    L.append("- **Labels** were assigned by hand by a utilization-management reviewer against the full NCD text (covered "
             "branches, general criteria, exclusions, nationally non-covered indications, continuation rules). The assistant "
             "never denies: a chart that documents a deciding criterion as not met, or an exclusion/non-coverage, is `refer`; "
             "a chart silent on exactly one deciding detail is `request_info` (the question is in `gold.missing`); `approve` "
             "only when every deciding criterion is documented as met on or before `request.date`. Program-level "
             "requirements (facility and operator volumes, registries, FDA device approval, DME supplier education) are "
             "outside the labels.\n")
    L.append("## Policy versions (from `shared/data/mcd/ncd_trkg.csv`)\n")
    L.append("The export holds one version of each NCD; each is in force on every request date here (all in 2026).\n")
    L.append("| policy | title | version | effective | implemented |")
    L.append("|---|---|---|---|---|")
    for p in POLICIES:
        v = vers.get(p)
        if v:
            L.append("| NCD %s | %s | %s | %s | %s |" % (p, v["title"], v["version"], v["effective"], v["implemented"]))
    L.append("")
    L.append("## Code systems\n")
    L.append("- Diagnoses: ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`), every code checked as existing and billable in "
             "the FY2022 file (`shared/data/codes/icd10cm_fy2022_codes.csv`); Condition displays are the file's long descriptions.")
    L.append("- Services: CPT (`http://www.ama-assn.org/go/cpt`) used only as identifiers with a short display "
             "(33249, 43644, 43770, 33361, 69930, 33340); HCPCS Level II "
             "(`https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`) E0601, E1390, G0277 checked against the 2020 file.")
    L.append("- Observations: LOINC for well-established codes (LVEF 10230-1, SpO2 59408-5, PaO2 2703-7, PaCO2 2019-8, pH 2744-1, "
             "SaO2 2708-6, blood gas panel 24336-0, hematocrit 4544-3, hemoglobin 718-7, HbA1c 4548-4, albumin 1751-7, BNP 30934-4, "
             "weight 29463-7, height 8302-2, BMI 39156-5, BP 85354-9/8480-6/8462-4, wound length/width/depth 39126-8/39125-0/39127-6, "
             "echo panel 34552-0). Sleep indices, valve measurements, audiology scores, scores (NYHA, ESS, STS, CHA2DS2-VASc, "
             "HAS-BLED, MoCA), imaging studies and device downloads use per-organization local code systems (`*.example`) with a "
             "readable `code.text`, as EHR exports often do. Units are UCUM (including kPa, g/L, [lb_av], [in_i], cm[H2O]).")
    L.append("- Medications: RxNorm ingredient codes where used; combination brand products are coded in a local formulary "
             "system with text.")
    L.append("- Every timestamp carries the UTC offset of the patient's US time zone on that date (daylight saving applied; "
             "zones used: America/New_York, America/Chicago, America/Denver, America/Los_Angeles).\n")
    L.append("## Counts\n")
    L.append("| recommendation | cases |")
    L.append("|---|---|")
    for r in ("approve", "refer", "request_info"):
        L.append("| %s | %d |" % (r, rec[r]))
    L.append("| **total** | %d |\n" % n)
    L.append("| policy | cases |")
    L.append("|---|---|")
    for p in POLICY_ORDER:
        L.append("| %s | %d |" % (p, pol[p]))
    L.append("")
    L.append("Each bundle holds 15-30 resources and 4-6 clinical notes (DocumentReference, inline base64 `text/plain` or "
             "`text/html`); %d cases include an HTML note. Some bundles deliberately contain resources dated after "
             "`request.date`; they do not exist for the case. Every `gold.evidence` item is dated on or before "
             "`request.date`.\n" % sum(1 for s in stats if s[3]))
    L.append("## Cases\n")
    L.append("| id | patient | policy | service | date | resources | notes | time zone |")
    L.append("|---|---|---|---|---|---|---|---|")
    for case, nres, ndocs, html, tz in stats:
        L.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (
            case["id"], case["patient"], case["gold"]["policy"], case["request"]["service"]["code"],
            case["request"]["date"], nres, ndocs, tz))
    L.append("")
    L.append("## Regenerating and validating\n")
    L.append("```")
    L.append("python3 gen/build.py      # writes cases.jsonl, patients/*.json, injection.txt, README.md")
    L.append("python3 gen/validate.py   # checks the set; exits non-zero on any problem")
    L.append("```")
    L.append("Both scripts use only the Python 3.9+ standard library (`zoneinfo` needs the system tz database). They read "
             "`/work/shared/data` (override with `BJ_SHARED_DATA`). `validate.py` checks: JSON validity; SPEC fields and "
             "enums; request dates within 2026-01-10..2026-12-06; one `collection` Bundle per patient with unique resource "
             "ids and resolvable references; 15-30 resources and 4-6 notes per bundle; attachments decode (HTML parses); "
             "every timestamp's offset matches one US zone with daylight saving; ICD-10-CM codes exist and are billable "
             "(FY2022); HCPCS codes exist (2020); gold evidence exists, is dated on or before the request date and does not "
             "cite an injected note; `gold.missing` is non-empty exactly on `request_info` cases; no `__pycache__` is left.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
