#!/usr/bin/env python3
"""Build the blind-g evaluation set: cases.jsonl, patients/*.json, injection.txt, README.md.

Standard library only. Run from anywhere: python3 gen/build.py
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhir import ts  # noqa: E402
import cases_icd, cases_resp, cases_bar, cases_struct, cases_hbot, cases_ci  # noqa: E402

BUILDERS = [
    cases_icd.icd01, cases_icd.icd02,
    cases_resp.cpap01, cases_resp.cpap02,
    cases_resp.o2_01, cases_resp.o2_02,
    cases_bar.bar01, cases_bar.bar02,
    cases_struct.tavr01, cases_struct.tavr02,
    cases_hbot.hbot01, cases_hbot.hbot02,
    cases_ci.ci01, cases_ci.ci02,
    cases_struct.laac01, cases_struct.laac02,
]

# case id -> DocumentReference carrying a prompt injection (never gold evidence)
INJECTED = {"bg-o2-01": "DocumentReference/dme-intake-2026-11-10"}

POLICIES = [
    ("NCD 20.4", "Implantable Cardioverter Defibrillators (ICDs)", "5", "2023-07-31"),
    ("NCD 240.4", "Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA)", "3", "2008-03-13"),
    ("NCD 240.2", "Home Use of Oxygen", "2", "2021-09-27 (implemented 2023-01-03)"),
    ("NCD 100.1", "Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity", "5", "2013-09-24"),
    ("NCD 20.32", "Transcatheter Aortic Valve Replacement (TAVR)", "2", "2019-06-21"),
    ("NCD 20.29", "Hyperbaric Oxygen Therapy", "4", "2017-04-03"),
    ("NCD 50.3", "Cochlear Implantation", "3", "2022-09-26"),
    ("NCD 20.34", "Percutaneous Left Atrial Appendage Closure (LAAC)", "1", "2016-02-08"),
]


def readme(cases, bundles):
    recs = collections.Counter(c["gold"]["recommendation"] for c in cases)
    per = collections.defaultdict(collections.Counter)
    for c in cases:
        per[c["gold"]["policy"]][c["gold"]["recommendation"]] += 1
    n = len(cases)
    notes = sum(1 for b in bundles for e in b["entry"] if e["resource"]["resourceType"] == "DocumentReference")
    html_cases = sum(1 for b in bundles if any(e["resource"]["resourceType"] == "DocumentReference" and
                                               e["resource"]["content"][0]["attachment"]["contentType"] == "text/html" for e in b["entry"]))
    sizes = [len(b["entry"]) for b in bundles]
    L = []
    L.append("# blind-g: independent blind Medicare NCD prior-authorization evaluation set (%d cases)\n" % n)
    L.append("A held-out evaluation set for the utilization-management (prior-authorization) assistant, laid out exactly as "
             "`shared/evals/SPEC.md` describes: `cases.jsonl` (one case per line), `patients/pgNN.json` (one FHIR R4 Bundle of type "
             "`collection` per case), `injection.txt` (the case whose chart carries a prompt-injection sentence) and the generator in `gen/`.\n")
    L.append("## Provenance and independence")
    L.append("- **Synthetic.** Every patient, clinician, organisation, decision aid, device name, note and value was invented for this set; "
             "any resemblance to real people or facilities is coincidental. There is no PHI. Medicare (CMS) is named only as the payer. "
             "Released under CC0 1.0.")
    L.append("- **Written blind and independently** by a clinical utilization-management reviewer. The author did not open, list or run "
             "the system under test, its prompts, its tests or any other evaluation data set (no other case or patient file was opened). "
             "Only `shared/evals/SPEC.md` (format), the `nurse-dev` README (conventions only), the CMS NCD export and the code files "
             "listed below were read.")
    L.append("- **Labels** were assigned by hand against the full NCD text (covered indications and all branches, general criteria, "
             "exclusions, nationally non-covered indications and continuation rules), applying the product rules: the assistant never "
             "denies; a chart that documents a criterion as not met (or an exclusion/non-coverage) is `refer` (physician reviewer); a "
             "chart silent on exactly one deciding detail is `request_info` with that question in `gold.missing`; `approve` only when "
             "every deciding criterion is documented as met on or before `request.date`.")
    L.append("- Program-level requirements (facility/operator volumes, registries, FDA approval of the device, supplier CPAP education) "
             "are outside the labels; only patient-level criteria documented in the chart decide a case.")
    L.append("- Evidence dated after `request.date` exists in some bundles on purpose and never counts or appears in `gold.evidence`. "
             "The injected note is not clinical evidence and is never gold evidence.\n")
    L.append("## Policy text and versions")
    L.append("Source: CMS Medicare Coverage Database NCD export `shared/data/mcd/ncd_trkg.csv` (Windows-1252, HTML in `itm_srvc_desc` "
             "and `indctn_lmtn`). The export holds one version of each NCD, in force on every request date of this set (all in 2026):\n")
    L.append("| policy | title | version | effective |")
    L.append("|---|---|---|---|")
    for pid, title, v, eff in POLICIES:
        L.append("| %s | %s | v%s | %s |" % (pid, title, v, eff))
    L.append("")
    L.append("## Code systems")
    L.append("- ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`): every code in `cases.jsonl` and in every bundle exists and is billable in "
             "the FY2022 file `shared/data/codes/icd10cm_fy2022_codes.csv`.")
    L.append("- HCPCS Level II (`https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`): E0601, E1390, E1392, G0277 checked against "
             "`shared/data/codes/hcpcs_level2_2020.csv`.")
    L.append("- CPT (`http://www.ama-assn.org/go/cpt`) used only as identifiers with short invented displays (33249, 33361, 33340, 43644, "
             "43770, 69930 and a few procedure-history codes).")
    L.append("- LOINC for well-established observations (LVEF 10230-1, SpO2 59408-5, arterial gases 24336-0/2703-7/2019-8/2744-1, BMI "
             "39156-5, weight 29463-7, height 8302-2, BP 85354-9/8480-6/8462-4, HbA1c 4548-4, wound length/width/depth "
             "39126-8/39125-0/39127-6, ...). Sleep indices, valve measurements, audiology scores, NYHA class, ABI/TcPO2, risk scores "
             "and similar device or lab results use each practice's own local code system "
             "(`http://fhir.<practice host>/CodeSystem/local-observation`) with a readable display, as real EHR exports do.")
    L.append("- RxNorm ingredient codes where the EHR would carry them; some medications are text-only. UCUM units.")
    L.append("- Every `effectiveDateTime`, `performedDateTime`, `DocumentReference.date` and other timestamp carries the US offset in "
             "force at that place and date (Eastern, Central, Mountain, Arizona, Pacific, Hawaii; daylight saving applied).\n")
    L.append("## Counts")
    L.append("| recommendation | n | share |")
    L.append("|---|---|---|")
    for r in ("approve", "refer", "request_info"):
        L.append("| %s | %d | %d%% |" % (r, recs[r], round(100.0 * recs[r] / n)))
    L.append("| **total** | **%d** | 100%% |" % n)
    L.append("")
    L.append("| policy | cases | approve | refer | request_info |")
    L.append("|---|---|---|---|---|")
    for pid, title, v, eff in POLICIES:
        c = per[pid]
        L.append("| %s | %d | %d | %d | %d |" % (pid, sum(c.values()), c["approve"], c["refer"], c["request_info"]))
    L.append("")
    L.append("Bundles hold %d-%d resources (%d clinical notes in all, 4-6 per case, base64 `text/plain` or `text/html`; %d cases include an "
             "HTML note). Payer is Medicare for every case; request dates fall between %s and %s."
             % (min(sizes), max(sizes), notes, html_cases, min(c["request"]["date"] for c in cases), max(c["request"]["date"] for c in cases)))
    L.append("")
    L.append("## Cases")
    L.append("| id | patient | policy | service | date |")
    L.append("|---|---|---|---|---|")
    for c in cases:
        L.append("| %s | %s | %s | %s | %s |" % (c["id"], c["patient"], c["gold"]["policy"], c["request"]["service"]["code"], c["request"]["date"]))
    L.append("")
    L.append("## Regenerating and checking")
    L.append("`python3 gen/build.py` rewrites every file; `python3 gen/validate.py` checks JSON validity, SPEC fields and enums, bundle "
             "type and unique ids, that every reference resolves, ICD-10-CM existence and billability (FY2022), HCPCS existence (2020), "
             "US time-zone offsets (with daylight saving) on every timestamp, base64/HTML decoding, 4-6 notes and 15-30 resources per "
             "bundle, that every gold evidence item exists and is dated on or before the request, that `missing` is present exactly on "
             "`request_info` cases, the injection bookkeeping, and the set's label distribution.")
    return "\n".join(L) + "\n"


def main():
    os.makedirs(os.path.join(OUT, "patients"), exist_ok=True)
    cases, bundles = [], []
    for b in BUILDERS:
        cs, chart = b()
        d = cs["request"]["date"]
        bundle = chart.bundle("bundle-" + chart.pid, ts(d, "18:00", chart.zone))
        path = os.path.join(OUT, cs["patient"])
        with open(path, "w", encoding="utf-8") as f:
            json.dump(bundle, f, indent=1, ensure_ascii=False)
            f.write("\n")
        cases.append(cs)
        bundles.append(bundle)
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "injection.txt"), "w", encoding="utf-8") as f:
        for cid in INJECTED:
            f.write(cid + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases, bundles))
    print("wrote %d cases, %d bundles to %s" % (len(cases), len(bundles), OUT))


if __name__ == "__main__":
    main()
