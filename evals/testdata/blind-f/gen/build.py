#!/usr/bin/env python3
"""Build the blind-f evaluation set: cases.jsonl, patients/pfNN.json, injection.txt, README.md.

Standard library only. Run from anywhere:  python3 gen/build.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_icd   # noqa: E402
import cases_cpap  # noqa: E402
import cases_o2    # noqa: E402
import cases_bar   # noqa: E402
import cases_tavr  # noqa: E402
import cases_hbot  # noqa: E402
import cases_ci    # noqa: E402
import cases_laac  # noqa: E402

MODULES = [cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac]

POLICIES = [
    ("NCD 20.4", "Implantable Cardioverter Defibrillators (ICDs)", "v5, effective 2023-07-31 (implemented 2023-07-31)"),
    ("NCD 240.4", "Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA)", "v3, effective 2008-03-13 (implemented 2008-08-04)"),
    ("NCD 240.2", "Home Use of Oxygen", "v2, effective 2021-09-27 (implemented 2023-01-03)"),
    ("NCD 100.1", "Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity", "v5, effective 2013-09-24 (implemented 2013-12-17)"),
    ("NCD 20.32", "Transcatheter Aortic Valve Replacement (TAVR)", "v2, effective 2019-06-21 (implemented 2020-06-12)"),
    ("NCD 20.29", "Hyperbaric Oxygen Therapy", "v4, effective 2017-04-03 (implemented 2017-12-18)"),
    ("NCD 50.3", "Cochlear Implantation", "v3, effective 2022-09-26 (implemented 2023-03-24)"),
    ("NCD 20.34", "Percutaneous Left Atrial Appendage Closure (LAAC)", "v1, effective 2016-02-08 (implemented 2016-10-03)"),
]

INJECTED = {"bf-o2-03"}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    cases = []
    stats = []
    for mod in MODULES:
        for fn in mod.CASES:
            case, chart = fn()
            pf = case["patient"].split("/")[-1][:-5]
            bundle = chart.bundle("bundle-" + pf, case["request"]["date"] + " 07:00")
            with open(os.path.join(ROOT, "patients", pf + ".json"), "w", encoding="utf-8") as f:
                json.dump(bundle, f, indent=1, ensure_ascii=False)
                f.write("\n")
            cases.append(case)
            types = collections.Counter(r["resourceType"] for r in chart.res)
            html = sum(1 for r in chart.res if r["resourceType"] == "DocumentReference"
                       and r["content"][0]["attachment"]["contentType"] == "text/html")
            stats.append((case, len(chart.res), types["DocumentReference"], html))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in sorted(INJECTED):
            f.write(cid + "\n")
    write_readme(stats)
    print("wrote %d cases" % len(cases))


def write_readme(stats):
    recs = ["approve", "refer", "request_info"]
    total = collections.Counter(c["gold"]["recommendation"] for c, *_ in stats)
    per = collections.defaultdict(collections.Counter)
    for c, *_ in stats:
        per[c["gold"]["policy"]][c["gold"]["recommendation"]] += 1
    n = len(stats)
    notes = sum(s[2] for s in stats)
    html_cases = sum(1 for s in stats if s[3])
    lines = []
    a = lines.append
    a("# blind-f: independent blind Medicare NCD prior-authorization evaluation set (24 cases)")
    a("")
    a("An evaluation set for the utilization-management (prior-authorization) assistant, laid out exactly as")
    a("`shared/evals/SPEC.md` describes: `cases.jsonl` (one case per line) and `patients/pfNN.json` (one FHIR R4")
    a("Bundle of type `collection` per case). Payer is Medicare for every case; every request date is in 2026.")
    a("`injection.txt` lists the case whose chart carries a note with a prompt-injection sentence.")
    a("")
    a("## Provenance, independence and licence")
    a("- **Synthetic.** Every patient, clinician, organisation, device, note and value was invented for this set;")
    a("  any resemblance to real people or organisations is coincidental. There is no PHI. Released under CC0 1.0.")
    a("- **Written blind.** The author (clinical utilization-management reviewer) did not open or list the system under")
    a("  test, its code, prompts or outputs, and did not open any other dataset's cases or patient files. Only these were")
    a("  read: `shared/evals/SPEC.md` (format), `shared/evals/datasets/nurse-dev/README.md` (conventions only),")
    a("  `shared/data/mcd/ncd_trkg.csv` (policy text) and `shared/data/codes/` (code files).")
    a("- **Labels** were written by hand against the full NCD text (covered indications, every branch, exclusions,")
    a("  nationally non-covered indications and continuation rules) in the CMS Medicare Coverage Database export")
    a("  `shared/data/mcd/ncd_trkg.csv` (Windows-1252, HTML in `itm_srvc_desc` / `indctn_lmtn`, public domain).")
    a("  The export holds one version of each NCD, in force on every request date here:")
    for pid, title, ver in POLICIES:
        a("  - %s %s (%s)" % (pid, title, ver))
    a("- **Product rules applied:** the assistant never denies. A chart showing a criterion clearly not met (or an")
    a("  exclusion / non-covered indication, or a conflict needing clinical judgement) is `refer`; a chart silent on")
    a("  one precise deciding detail is `request_info` with that one question in `gold.missing`; `approve` only when")
    a("  every deciding patient-level criterion is documented as met on or before `request.date`.")
    a("- **Generated** by standard-library Python 3 scripts in `gen/`: `python3 gen/build.py` writes every file;")
    a("  `python3 gen/validate.py` checks them.")
    a("")
    a("## Code systems")
    a("- Diagnoses: ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`); every code in requests and Conditions exists")
    a("  and is billable in the FY2022 file (`shared/data/codes/icd10cm_fy2022_codes.csv`).")
    a("- Services: CPT (`http://www.ama-assn.org/go/cpt`, used only as identifiers with short displays) for")
    a("  procedures; HCPCS Level II (`https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`) for E0601, E1390 and")
    a("  G0277, each checked against the 2020 HCPCS file.")
    a("- Observations: LOINC where a standard code is well established (LVEF 10230-1, SpO2 59408-5, PaO2 2703-7,")
    a("  hematocrit 4544-3, hemoglobin 718-7, BMI 39156-5, body weight 29463-7, body height 8302-2, HbA1c 4548-4,")
    a("  blood pressure panel 85354-9, wound length/width/depth 39126-8/39125-0/39127-6, ...). Device, sleep, echo,")
    a("  audiology, wound-panel, risk-score and similar results use each practice's own local code system")
    a("  (`http://fhir.<practice>.example/CodeSystem/...`) with a readable `code.text`, as real EHR exports do.")
    a("  Units are UCUM. Medications: RxNorm ingredient codes with the product and dose in the dosage text.")
    a("- Notes: `DocumentReference` with inline base64 `text/plain` or `text/html` (UTF-8).")
    a("- Dates: every `effectiveDateTime`, `performedDateTime`, `DocumentReference.date` (and other datetimes) carries")
    a("  the US time-zone offset in force at the practice on that date (ET, CT, MT, Arizona, PT, Alaska, Hawaii;")
    a("  daylight saving time applied).")
    a("")
    a("## Labelling conventions")
    a("- A resource's date: Observation.effectiveDateTime, Condition.recordedDate, MedicationRequest.authoredOn,")
    a("  Procedure.performedDateTime, Encounter.period.start, DocumentReference.date, ServiceRequest/DeviceRequest")
    a("  .authoredOn, DiagnosticReport.effectiveDateTime, Appointment.created. Some bundles hold resources dated after")
    a("  `request.date`; they do not exist for the case. Every `gold.evidence` item is dated on or before the request.")
    a("- Ordered, booked or pending is not performed; hedged statements and copied-forward text are weighed against")
    a("  the primary record; the newer pre-request value governs an older one.")
    a("- Program-level requirements (facility, operator volumes, registries, FDA approval of the device, supplier")
    a("  education) are outside the labels; only patient-level criteria documented in the chart decide a case.")
    a("- The injected note is not clinical evidence: the gold label is what the chart supports without it, and no")
    a("  gold evidence cites it.")
    a("- `gold.missing` phrases are short alternatives separated by `|` so that SPEC word matching works.")
    a("")
    a("## Counts")
    a("| recommendation | n | share |")
    a("|---|---|---|")
    for r in recs:
        a("| %s | %d | %d%% |" % (r, total[r], round(100.0 * total[r] / n)))
    a("| total | %d | 100%% |" % n)
    a("")
    a("| policy | title | cases | approve | refer | request_info |")
    a("|---|---|---|---|---|---|")
    for pid, title, _ in POLICIES:
        cnt = per[pid]
        a("| %s | %s | %d | %d | %d | %d |" % (pid, title, sum(cnt.values()), cnt["approve"], cnt["refer"],
                                                cnt["request_info"]))
    a("")
    a("Bundles hold %d-%d resources (%d in all) and %d-%d clinical notes each (%d notes in all); %d cases include a"
      % (min(s[1] for s in stats), max(s[1] for s in stats), sum(s[1] for s in stats),
         min(s[2] for s in stats), max(s[2] for s in stats), notes, html_cases))
    a("`text/html` note. One case carries a prompt-injection note (`injection.txt`).")
    a("")
    a("## Cases")
    a("| id | patient | policy | service | date | resources | notes |")
    a("|---|---|---|---|---|---|---|")
    for c, nres, ndoc, _ in stats:
        a("| %s | %s | %s | %s | %s | %d | %d |" % (c["id"], c["patient"], c["gold"]["policy"],
                                                 c["request"]["service"]["code"], c["request"]["date"], nres, ndoc))
    a("")
    a("Gold labels, evidence and rationales are in `cases.jsonl` only (this README does not describe them).")
    a("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
