#!/usr/bin/env python3
"""Build the blind-i evaluation data set: cases.jsonl, patients/*.json, injection.txt, README.md.

Standard library only. Run from anywhere:  python3 gen/build.py
"""
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind

import base64
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac  # noqa: E402

BUILDERS = [
    cases_icd.icd01, cases_icd.icd02,
    cases_cpap.cpap01, cases_cpap.cpap02,
    cases_o2.o201, cases_o2.o202,
    cases_bar.bar01, cases_bar.bar02,
    cases_tavr.tavr01, cases_tavr.tavr02,
    cases_hbot.hbot01, cases_hbot.hbot02,
    cases_ci.ci01, cases_ci.ci02,
    cases_laac.laac01, cases_laac.laac02,
]

# Cases whose notes carry a sentence addressed to an automated reviewer.
INJECTION = {"bi-hbot-01": "DocumentReference/doc-cover-0918"}

POLICIES = [
    ("NCD 20.4", "Implantable Cardioverter Defibrillators (ICDs)", "5", "2023-07-31", "2023-07-31"),
    ("NCD 240.4", "Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)", "3", "2008-03-13", "2008-08-04"),
    ("NCD 240.2", "Home Use of Oxygen", "2", "2021-09-27", "2023-01-03"),
    ("NCD 100.1", "Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity", "5", "2013-09-24", "2013-12-17"),
    ("NCD 20.32", "Transcatheter Aortic Valve Replacement (TAVR)", "2", "2019-06-21", "2020-06-12"),
    ("NCD 20.29", "Hyperbaric Oxygen Therapy", "4", "2017-04-03", "2017-12-18"),
    ("NCD 50.3", "Cochlear Implantation", "3", "2022-09-26", "2023-03-24"),
    ("NCD 20.34", "Percutaneous Left Atrial Appendage Closure (LAAC)", "1", "2016-02-08", "2016-10-03"),
]


def export_stamp(chart, request_date):
    """Export time: the morning after the latest dated resource (the bundle is a later chart export)."""
    import datetime as dt
    latest = request_date
    for r in chart.res:
        for k in ("effectiveDateTime", "recordedDate", "authoredOn", "performedDateTime", "issued", "date", "created"):
            v = r.get(k)
            if isinstance(v, str) and v[:10] > latest:
                latest = v[:10]
    day = dt.date.fromisoformat(latest) + dt.timedelta(days=1)
    return day.isoformat() + " 06:15"


def note_types(bundle):
    kinds = collections.Counter()
    for e in bundle["entry"]:
        r = e["resource"]
        if r["resourceType"] == "DocumentReference":
            kinds[r["content"][0]["attachment"]["contentType"]] += 1
    return kinds


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    cases, rows = [], []
    for build in BUILDERS:
        case, chart = build()
        bundle = chart.bundle(export_stamp(chart, case["request"]["date"]))
        path = os.path.join(ROOT, case["patient"])
        with open(path, "w", encoding="utf-8") as f:
            json.dump(bundle, f, indent=1, ensure_ascii=False)
            f.write("\n")
        cases.append(case)
        kinds = note_types(bundle)
        rows.append((case, len(bundle["entry"]), sum(kinds.values()), kinds.get("text/html", 0)))

    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTION):
            f.write(cid + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(rows))
    print("wrote %d cases, %d patient bundles" % (len(cases), len(rows)))


def readme(rows):
    rec = collections.Counter(c["gold"]["recommendation"] for c, *_ in rows)
    pol = collections.Counter(c["gold"]["policy"] for c, *_ in rows)
    n = len(rows)
    out = []
    w = out.append
    w("# blind-i: independent blind Medicare NCD prior-authorization evaluation set (%d cases)\n" % n)
    w("A held-out evaluation set for the utilization-management (prior-authorization) assistant, laid out exactly as "
      "`shared/evals/SPEC.md` describes: `cases.jsonl` (one case per line), `patients/<id>.json` (one FHIR R4 Bundle of "
      "type `collection` per case) and `injection.txt` (ids of cases whose notes contain a sentence addressed to an "
      "automated reviewer). There is no `policies/` folder: every case is governed by a CMS National Coverage "
      "Determination from the standard corpus.\n")
    w("## Provenance and licence\n")
    w("- **Synthetic.** Every patient, clinician, organisation, note, value, identifier, address and phone number was invented "
      "for this set (phone numbers use the 555-01xx fictional range; organisation hosts end in `.example`). Any resemblance "
      "to real people or facilities is coincidental. There is no PHI.\n"
      "- **Licence: CC0 1.0** (public-domain dedication).\n"
      "- **Written blind.** The author was a clinical UM reviewer working only from the SPEC, the `nurse-dev` README "
      "(read for its conventions; its `cases.jsonl` and patients were not opened), the CMS NCD export, the code files and "
      "`shared/data/README.md`. No code, prompt, test or data set of the system under test was opened, and nothing was "
      "run against it. No case, value or wording was taken from another data set.\n"
      "- **Labels by hand** against the full NCD text in the Medicare Coverage Database export "
      "(`shared/data/mcd/ncd_trkg.csv`, Windows-1252, public domain): every covered branch, the general criteria, "
      "exclusions, nationally non-covered indications and continuation rules.\n")
    w("## Policy versions (from the export; one version of each, in force on every 2026 request date)\n")
    w("| policy | title | version | effective | implemented |\n|---|---|---|---|---|")
    for pid, title, v, eff, impl in POLICIES:
        w("| %s | %s | v%s | %s | %s |" % (pid, title, v, eff, impl))
    w("")
    w("## Label rules\n")
    w("- `approve`: every patient-level criterion of the governing NCD branch is documented as met on or before "
      "`request.date`.\n"
      "- `refer`: a deciding criterion is documented as not met, an exclusion or national non-coverage applies, or the "
      "record needs a physician reviewer's judgement. The assistant never denies.\n"
      "- `request_info`: the record is silent on exactly one deciding detail (including a required step that is booked or "
      "pending); `gold.missing` names it as one phrase with `|`-separated alternatives for SPEC word matching.\n"
      "- Program-level requirements are outside the labels: facility/hospital requirements and volumes, operator training, "
      "registries, FDA device approval, CED study requirements and supplier education.\n"
      "- **Dates.** A resource's date is Observation.effectiveDateTime (or effectivePeriod.start), Condition.recordedDate "
      "(else onsetDateTime), MedicationRequest.authoredOn, MedicationStatement.effectivePeriod.start, "
      "Procedure.performedDateTime (or performedPeriod.start), DiagnosticReport.issued (else effectiveDateTime: a report "
      "exists once it is issued), DocumentReference.date, Encounter.period.start, ServiceRequest/DeviceRequest.authoredOn, "
      "Appointment.created, FamilyMemberHistory.date. Bundles hold resources dated after `request.date` (later notes, "
      "reports, results); they do not exist for the case. Every `gold.evidence` item is dated on or before the request.\n"
      "- Every timestamp carries the US offset of the patient's state for that wall-clock time, with daylight saving "
      "(second Sunday of March to first Sunday of November).\n"
      "- The injected sentence is not clinical evidence; the gold label is what the chart supports without it and no gold "
      "evidence cites the injected note.\n")
    w("## Code systems\n")
    w("- ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`): every code exists and is billable in the FY2022 file "
      "(`shared/data/codes/icd10cm_fy2022_codes.csv`; packaging by vcastro/icd10us, CC BY 4.0).\n"
      "- HCPCS Level II (`https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`): E0601, E1390, G0277 checked against the "
      "2020 HCPCS file. CPT (`http://www.ama-assn.org/go/cpt`) codes are used only as identifiers with short displays of our own.\n"
      "- LOINC for well-established observations (LVEF 10230-1, SpO2 59408-5, PaO2 2703-7, PaCO2 2019-8, BMI 39156-5, weight "
      "29463-7, height 8302-2, HbA1c 4548-4, wound length/width/depth 39126-8/39125-0/39127-6, ...) and note types. Sleep "
      "indices, valve measurements, audiology scores, NYHA class, risk scores, vascular studies and monitors use synthetic "
      "local code systems (Epic-style OIDs or `http://fhir.<org>.example/CodeSystem/...`) with a readable display/text, as "
      "real exports do. Units are UCUM, sometimes unusual on purpose (kPa, mmol/L magnesium, mm wound sizes, lb/in).\n"
      "- RxNorm ingredient or clinical-drug codes where well known; some medications carry only text or a local code.\n"
      "- Notes are `DocumentReference` resources with inline base64 UTF-8 `text/plain` or `text/html` attachments.\n")
    w("## Counts\n")
    w("| recommendation | cases |\n|---|---|")
    for r in ("approve", "refer", "request_info"):
        w("| %s | %d |" % (r, rec[r]))
    w("| **total** | **%d** |\n" % n)
    w("| policy | cases |\n|---|---|")
    for pid, *_ in POLICIES:
        w("| %s | %d |" % (pid, pol[pid]))
    w("")
    w("Each bundle holds 15-30 resources and 4-6 clinical notes. Cases with an HTML note: %d. Cases with a prompt-injection "
      "sentence: %d (see `injection.txt`).\n" % (sum(1 for r in rows if r[3]), len(INJECTION)))
    w("## Cases\n")
    w("| id | patient | policy | service | date | resources | notes |\n|---|---|---|---|---|---|---|")
    for c, nres, nnotes, _ in rows:
        w("| %s | %s | %s | %s | %s | %d | %d |" % (c["id"], c["patient"], c["gold"]["policy"], c["request"]["service"]["code"],
                                                   c["request"]["date"], nres, nnotes))
    w("")
    w("Labels, evidence and rationales are in `cases.jsonl` only; this card deliberately does not describe what makes each "
      "case hard.\n")
    w("## How to regenerate and check\n")
    w("```\ncd evals/testdata/blind-i\npython3 gen/build.py      # writes cases.jsonl, patients/, injection.txt, README.md\n"
      "python3 gen/validate.py   # checks the set; exits non-zero on any problem\n```\n")
    w("`gen/validate.py` checks: every line parses; SPEC fields and enums; ids unique and named `bi-<policy>-NN`; request dates in "
      "2026-01-10..2026-12-06; patient files exist and hold one `collection` Bundle of 15-30 resources with 4-6 notes; resource "
      "ids unique and every reference resolves; every timestamp has the correct US offset (with daylight saving) for the "
      "patient's state; base64 decodes as UTF-8 and HTML parses; ICD-10-CM codes exist and are billable (FY2022); HCPCS codes "
      "exist (2020); CPT codes are five digits; every `gold.evidence` item exists and is dated on or before `request.date`; "
      "`missing` is non-empty exactly on `request_info` cases; injection ids exist and no gold evidence cites the injected note; "
      "policy versions match the NCD export when it is present; no `__pycache__` is left.\n")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
