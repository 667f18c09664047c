#!/usr/bin/env python3
"""Build the blind-k evaluation set: cases.jsonl, patients/*.json, injection.txt, README.md.

Usage (from anywhere):  python3 -B gen/build.py
Standard library only. Writes only inside the dataset folder (the parent of gen/).
"""
import sys

sys.dont_write_bytecode = True

import csv
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac  # noqa: E402

MODULES = [cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac]
NCD_CSV = "/work/shared/data/mcd/ncd_trkg.csv"
POLICIES = ["20.4", "240.4", "240.2", "100.1", "20.32", "20.29", "50.3", "20.34"]
INJECTED = {"bk-hbot-01": "DocumentReference/pa-letter-2026-10-19"}

# Fallback if the shared NCD export is not reachable when regenerating.
POLICY_FALLBACK = {
    "20.4": ("Implantable Cardioverter Defibrillators (ICDs)", "5", "2023-07-31", "2023-07-31"),
    "240.4": ("Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)", "3", "2008-03-13", "2008-08-04"),
    "240.2": ("Home Use of Oxygen", "2", "2021-09-27", "2023-01-03"),
    "100.1": ("Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity", "5", "2013-09-24", "2013-12-17"),
    "20.32": ("Transcatheter Aortic Valve Replacement (TAVR)", "2", "2019-06-21", "2020-06-12"),
    "20.29": ("Hyperbaric Oxygen Therapy", "4", "2017-04-03", "2017-12-18"),
    "50.3": ("Cochlear Implantation", "3", "2022-09-26", "2023-03-24"),
    "20.34": ("Percutaneous Left Atrial Appendage Closure (LAAC)", "1", "2016-02-08", "2016-10-03"),
}


def policy_versions():
    out = dict(POLICY_FALLBACK)
    try:
        csv.field_size_limit(10 ** 9)
        with open(NCD_CSV, encoding="cp1252", newline="") as f:
            for r in csv.DictReader(f):
                s = r["NCD_mnl_sect"].strip()
                if s in POLICIES:
                    out[s] = (r["NCD_mnl_sect_title"].strip(), r["NCD_vrsn_num"].strip(), r["NCD_efctv_dt"][:10],
                              (r.get("NCD_impltn_dt") or "")[:10])
    except OSError:
        pass
    return out


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    cases, stats = [], []
    for m in MODULES:
        for fn in m.CASES:
            case, chart, stamp = fn()
            bundle = chart.bundle(f"bundle-{chart.pid}", stamp)
            path = os.path.join(ROOT, case["patient"])
            with open(path, "w", encoding="utf-8") as f:
                json.dump(bundle, f, indent=1, ensure_ascii=False)
                f.write("\n")
            cases.append(case)
            kinds = Counter(r["resourceType"] for r in chart.res)
            html = sum(1 for r in chart.res if r["resourceType"] == "DocumentReference"
                       and r["content"][0]["attachment"]["contentType"] == "text/html")
            stats.append((case, len(chart.res), kinds["DocumentReference"], html))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTED):
            f.write(cid + "\n")
    write_readme(stats)
    print(f"wrote {len(cases)} cases to {ROOT}")


def write_readme(stats):
    pv = policy_versions()
    rec = Counter(c["gold"]["recommendation"] for c, *_ in stats)
    pol = Counter(c["gold"]["policy"] for c, *_ in stats)
    n = len(stats)
    lines = []
    a = lines.append
    a("# blind-k: Medicare NCD prior-authorization evaluation set (16 cases)")
    a("")
    a("An independent evaluation set for the utilization-management (prior-authorization) assistant, in the layout "
      "that `shared/evals/SPEC.md` defines: `cases.jsonl` (one case per line), `patients/pkNN.json` (one FHIR R4 "
      "Bundle of type `collection` per case) and `injection.txt` (ids of cases whose notes contain a prompt-injection "
      "sentence). There is no `policies/` folder; every case is governed by a CMS National Coverage Determination from "
      "the standard corpus.")
    a("")
    a("## Provenance and licence")
    a("- **Synthetic.** Every patient, clinician, organisation, identifier, note and value was invented for this set. "
      "Any resemblance to real people is coincidental. No PHI. NPIs, MRNs and URLs are fictitious (`.example` domains).")
    a("- **Licence:** CC0 1.0 (public-domain dedication).")
    a("- **Written blind** by a clinical UM reviewer: without access to the system under test, its code, prompts or tests, "
      "and without opening any other evaluation set's cases or patients (only the SPEC and the conventions section of "
      "another set's README were read).")
    a("- **Labels** were assigned by hand against the full NCD text (covered branches, general criteria, exclusions, "
      "non-covered indications, continuation rules) in the CMS Medicare Coverage Database export "
      "`shared/data/mcd/ncd_trkg.csv` (Windows-1252, HTML in fields; public domain). The export holds one version of "
      "each NCD, and it is in force on every request date here (all in 2026):")
    a("")
    a("| policy | title | version | effective | implemented |")
    a("|---|---|---|---|---|")
    for s in POLICIES:
        t, v, e, i = pv[s]
        a(f"| NCD {s} | {t} | {v} | {e} | {i} |")
    a("")
    a("## Labelling rules")
    a("- The assistant never denies. `approve`: every deciding criterion of the applicable NCD branch is documented as met "
      "on or before `request.date`. `refer`: a deciding criterion is documented as not met, an exclusion or national "
      "non-coverage applies, or a physician reviewer's judgement is needed. `request_info`: the chart is silent on "
      "exactly one deciding detail; `gold.missing` names it (alternatives separated by `|`, short so that SPEC's "
      "word matching works).")
    a("- Anything dated after `request.date` does not exist for the case. Resource dates: Observation/DiagnosticReport "
      "`effectiveDateTime`, Condition `recordedDate` (else onset), MedicationRequest `authoredOn`, MedicationStatement "
      "`effectivePeriod.start` (else `dateAsserted`), Procedure `performedDateTime`/`performedPeriod.start`, Encounter "
      "`period.start`, DocumentReference `date`, ServiceRequest/DeviceRequest `authoredOn`, Appointment `created` "
      "(a booked appointment is a plan, not a result).")
    a("- Program-level requirements are outside the labels: facility volumes and infrastructure, operator experience, "
      "registries/CED participation, FDA approval of the device, and the DME supplier's CPAP education.")
    a("- `gold.evidence` lists the resources a correct draft must cite; all are dated on or before the request date and "
      "none is the injected note.")
    a("")
    a("## Code systems")
    a("- ICD-10-CM (FY2022; every code checked to exist and be billable in `shared/data/codes/icd10cm_fy2022_codes.csv`).")
    a("- HCPCS Level II (checked against the 2020 file `shared/data/codes/hcpcs_level2_2020.csv`): E0601, E1390 and G0277 "
      "as requested services; G0399 in home-sleep-test orders, E0601/E1390 in device orders, G0277 in a treatment "
      "record.")
    a("- CPT codes are used as identifiers only (services 33249, 43644, 43770, 33361, 69930, 33340; tests and procedures "
      "such as 93306, 93458, 95811, 94762). No CPT descriptors are reproduced beyond short displays.")
    a("- LOINC for well-established observations (e.g. 10230-1 LVEF, 59408-5 SpO2, 24336-0 arterial gas panel with "
      "2703-7/2019-8/2744-1, 39156-5 BMI, 29463-7 weight, 8302-2 height, 4548-4 HbA1c, 718-7 hemoglobin, 6463-4 culture; "
      "LOINC document types for notes; check digits validated). RxNorm ingredient codes where given; some medications "
      "carry text only, as many exports do. Units are UCUM (including `kPa`, `[lb_av]`, `mm`).")
    a("- Sleep indices, valve measurements, audiology scores, NYHA class, vascular studies and risk scores use "
      "per-organisation local code systems with readable `code.text` (each synthetic EHR has its own namespace).")
    a("- Timestamps carry US zone offsets with daylight-saving time applied for the patient's state "
      "(Eastern, Central, Mountain or Pacific; DST 2025-03-09 to 2025-11-02 and 2026-03-08 to 2026-11-01).")
    a("")
    a("## Counts")
    a("")
    a("| recommendation | cases |")
    a("|---|---|")
    for k in ("approve", "refer", "request_info"):
        a(f"| {k} | {rec[k]} |")
    a(f"| total | {n} |")
    a("")
    a("| policy | cases |")
    a("|---|---|")
    for s in POLICIES:
        a(f"| NCD {s} | {pol['NCD ' + s]} |")
    a("")
    total_res = sum(x[1] for x in stats)
    a(f"Bundles hold {min(x[1] for x in stats)}-{max(x[1] for x in stats)} resources ({total_res} in all) and "
      f"{min(x[2] for x in stats)}-{max(x[2] for x in stats)} clinical notes each "
      f"({sum(x[2] for x in stats)} notes; {sum(x[3] for x in stats)} are `text/html`, the rest `text/plain`). "
      f"{len(INJECTED)} case contains a prompt-injection sentence (see `injection.txt`).")
    a("")
    a("## Cases")
    a("")
    a("| id | patient | policy | service | date | resources | notes |")
    a("|---|---|---|---|---|---|---|")
    for c, nres, ndoc, _ in stats:
        s = c["request"]["service"]
        a(f"| {c['id']} | {c['patient']} | {c['gold']['policy']} | {s['code']} | {c['request']['date']} | {nres} | {ndoc} |")
    a("")
    a("## What the charts contain")
    a("Charts are written the way real records read: H&Ps, consult letters, discharge summaries (including fixed-width "
      "all-caps exports), telephone and nursing notes, scanned-form text from suppliers, HTML notes with tables, "
      "addenda that correct earlier notes, copied-forward text, templated ROS negatives, and structured resources "
      "(Observations with components, Conditions, Procedures, MedicationRequest/MedicationStatement, DiagnosticReports "
      "with conclusions or presented forms, Encounters, ServiceRequests, DeviceRequests, Appointments) with "
      "Practitioner/Organization authors. Evidence is split between structure and narrative; some values appear in "
      "unusual units or in words; some resources post-date the request; some results are old, superseded, performed "
      "in the wrong setting or by the wrong kind of provider, patient-reported, planned rather than done, or about a "
      "family member.")
    a("")
    a("## Regenerating and validating")
    a("```")
    a("python3 -B gen/build.py      # writes cases.jsonl, patients/*.json, injection.txt, README.md")
    a("python3 -B gen/validate.py   # JSON, SPEC fields, references, codes, dates/offsets, gold evidence, missing")
    a("```")
    a("Both scripts use the standard library only and read the shared code files and NCD export from `/work/shared/data/`. "
      "`validate.py` checks: every case line parses and has the SPEC fields and enums; ids and patient files are unique; "
      "each Bundle is a `collection` of 15-30 resources with unique ids, 4-6 DocumentReference notes whose base64 "
      "`text/plain` or `text/html` decodes (HTML parses) and every `Type/id` reference resolves; ICD-10-CM codes exist and "
      "are billable (FY2022); HCPCS codes exist (2020); CPT codes are 5-digit identifiers; LOINC check digits are valid; "
      "every timestamp carries the correct DST-aware offset for the patient's state; request dates fall in 2026-01-10.."
      "2026-12-06; every `gold.evidence` item exists and is dated on or before the request date and is not an injected "
      "note; `gold.missing` is non-empty exactly on `request_info` cases; no `__pycache__` is left behind.")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
