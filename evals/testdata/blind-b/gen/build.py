#!/usr/bin/env python3
"""Build the blind1/B evaluation dataset: cases.jsonl, patients/*.json, README.md, injection.txt.

Standard library only. Run from anywhere: python3 gen/build.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_tavr  # noqa: E402
import cases_hbot  # noqa: E402
import cases_ci  # noqa: E402
import cases_laac  # noqa: E402

INJECTED = {"bb-ci-03"}
EXPEDITED = {"bb-hbot-02"}
POLICY_TITLES = {
    "NCD 20.32": "Transcatheter Aortic Valve Replacement (TAVR)",
    "NCD 20.29": "Hyperbaric Oxygen Therapy",
    "NCD 50.3": "Cochlear Implantation",
    "NCD 20.34": "Percutaneous Left Atrial Appendage Closure (LAAC)",
}


def all_cases():
    out = []
    for mod in (cases_tavr, cases_hbot, cases_ci, cases_laac):
        for fn in mod.CASES:
            out.append(fn())
    return out


def main():
    cases = all_cases()
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    lines = []
    rows = []
    for c in cases:
        b = c["bundle"]
        ppath = f"patients/{b.pid}.json"
        with open(os.path.join(ROOT, ppath), "w", encoding="utf-8") as f:
            json.dump(b.to_json(), f, indent=1, ensure_ascii=False)
            f.write("\n")
        req = dict(c["request"])
        request = {
            "service": req["service"],
            "diagnoses": req["diagnoses"],
            "payer": "medicare",
            "urgency": "expedited" if c["id"] in EXPEDITED else "standard",
            "date": req["date"],
        }
        if req.get("note"):
            request["note"] = req["note"]
        gold = dict(c["gold"])
        gold.setdefault("missing", [])
        gold = {k: gold[k] for k in ("recommendation", "policy", "evidence", "missing", "rationale")}
        case = {"id": c["id"], "patient": ppath, "request": request, "gold": gold}
        lines.append(json.dumps(case, ensure_ascii=False))
        n_notes = sum(1 for r in b.resources if r["resourceType"] == "DocumentReference")
        rows.append((c, ppath, len(b.resources), n_notes))

    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(INJECTED)) + "\n")
    write_readme(rows)
    print(f"wrote {len(lines)} cases to {ROOT}")


def write_readme(rows):
    recs = Counter(c["gold"]["recommendation"] for c, *_ in rows)
    n = len(rows)
    by_pol = {}
    for c, *_ in rows:
        p = c["gold"]["policy"]
        by_pol.setdefault(p, Counter())[c["gold"]["recommendation"]] += 1
    ctypes = Counter()
    for c, *_ in rows:
        for r in c["bundle"].resources:
            if r["resourceType"] == "DocumentReference":
                ctypes[r["content"][0]["attachment"]["contentType"]] += 1
    html_cases = sum(1 for c, *_ in rows if any(r["resourceType"] == "DocumentReference" and
                                                r["content"][0]["attachment"]["contentType"] == "text/html"
                                                for r in c["bundle"].resources))

    out = []
    out.append("# blind1/B: Medicare NCD prior-authorization evaluation set (16 cases, written blind)\n")
    out.append("Sixteen Medicare prior-authorization cases for four National Coverage Determinations, laid out exactly as\n"
               "`shared/evals/SPEC.md` describes (`cases.jsonl`, `patients/<id>.json` FHIR R4 collection Bundles). It is meant\n"
               "for a blind check of the review-drafting assistant.\n")
    out.append("## Provenance\n")
    out.append("- **Synthetic.** Every patient, clinician, facility, note and value was invented for this set; any resemblance to\n"
               "  real people is coincidental. There is no PHI.\n"
               "- **Written blind.** The author read only `shared/evals/SPEC.md`, the nurse-dev `README.md` (labelling conventions\n"
               "  and the kinds of difficulty), the NCD text in `shared/data/mcd/ncd_trkg.csv` and the code files. No nurse-dev\n"
               "  case or patient file and nothing of the system under test was opened. Traps were chosen to differ from the ones\n"
               "  the nurse-dev README lists.\n"
               "- **Policy text.** Labels were written by hand against the NCD text in the MCD export (cp1252; one version each):\n"
               "  NCD 20.32 TAVR (v2, eff. 2019-06-21), NCD 20.29 HBOT (v4, eff. 2017-04-03), NCD 50.3 Cochlear Implantation\n"
               "  (v3, eff. 2022-09-26), NCD 20.34 LAAC (v1, eff. 2016-02-08). All request dates are in 2026.\n"
               "- **Codes.** ICD-10-CM codes were checked as existing and billable in the FY2022 file; the HCPCS service code\n"
               "  (G0277) against the 2020 HCPCS file. CPT codes (33361, 99183, 69930, 33340 and a few procedure codes) are\n"
               "  identifiers only. LOINC is used where well established (LVEF 10230-1, HbA1c 4548-4, albumin 1751-7, Hgb 718-7,\n"
               "  fasting glucose 1558-6, wound length/width/depth 39126-8/39125-0/39127-6); valve measurements, audiology\n"
               "  scores, Wagner grade, ABI, PYP ratio, STS score etc. use a local code system\n"
               "  (`http://fhir.lakeshore-regional.example/CodeSystem/obs-local`) with a readable `code.text`. Medications use\n"
               "  RxNorm ingredient codes. Units are UCUM.\n"
               f"- **Notes.** {sum(ctypes.values())} DocumentReference notes, every case has 2-6; `text/plain` {ctypes['text/plain']}, "
               f"`text/html` {ctypes['text/html']} (in {html_cases} cases); all inline base64.\n"
               "- **Generated** by `gen/build.py` (stdlib; helpers in `gen/fhir.py`, cases in `gen/cases_*.py`) and checked by\n"
               "  `gen/validate.py`.\n")

    out.append("## Counts\n")
    out.append("| recommendation | n | share |\n|---|---|---|")
    for k in ("approve", "refer", "request_info"):
        out.append(f"| {k} | {recs[k]} | {100 * recs[k] / n:.0f}% |")
    out.append("")
    out.append("| policy | title | cases | approve | refer | request_info |\n|---|---|---|---|---|---|")
    for p in ("NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"):
        cnt = by_pol[p]
        out.append(f"| {p} | {POLICY_TITLES[p]} | {sum(cnt.values())} | {cnt['approve']} | {cnt['refer']} | {cnt['request_info']} |")
    out.append("")
    out.append("The brief asked for 1-2 approve, 1 refer and 1 request_info per NCD and, overall, roughly 40/35/25%. With four\n"
               "cases per NCD those two targets cannot both hold exactly (1 refer per NCD forces 8/4/4 = 50/25/25%), so HBOT,\n"
               "whose many covered/non-covered branches make natural refer cases, has two refer cases and one approve: 7/5/4 =\n"
               "44/31/25%.\n")

    out.append("## Labelling conventions (same as nurse-dev)\n")
    out.append("- `approve`: every patient-level criterion of the governing NCD branch is documented as met on or before\n"
               "  `request.date`. `refer`: a criterion is documented as not met, a non-covered indication applies, or the record\n"
               "  conflicts in a way that needs a physician reviewer. `request_info`: the record is silent on (or has only a pending\n"
               "  step for) a criterion that decides the case; `gold.missing` names it, alternatives separated by `|`.\n"
               "- Dates: Observation.effectiveDateTime, Condition.recordedDate (else onsetDateTime), MedicationRequest.authoredOn,\n"
               "  Procedure.performedDateTime, Encounter.period.start, DocumentReference.date, ServiceRequest.authoredOn,\n"
               "  Appointment.created. Some bundles hold resources dated after the request (bb-tavr-02, bb-tavr-03, bb-hbot-04,\n"
               "  bb-ci-02); they do not exist for the case. Every gold evidence item is dated on or before the request.\n"
               "- Planned is not performed (ServiceRequest, booked Appointment, 'will', 'pending'). Newer governs. Refuted Conditions\n"
               "  do not count. Program-level requirements (hospital, operator volumes/training, registry, FDA approval of the\n"
               "  device, heart-team joint intra-operative participation) are outside the labels.\n"
               "- NCD 20.32: the patient-level criteria used are symptomatic AS meeting an FDA-approved indication (severe AS),\n"
               "  independent face-to-face evaluations by a cardiac surgeon and an interventional cardiologist with documented\n"
               "  rationale, and the non-coverage of patients whose comorbidities preclude benefit.\n"
               "- NCD 20.29: diabetic lower-extremity wounds need Wagner >= III and no measurable healing after >= 30 days of\n"
               "  standard wound care, which includes vascular assessment (and correction where possible), glucose and nutrition\n"
               "  optimisation, debridement, moist dressings, off-loading and infection treatment. Conditions not in section A are\n"
               "  not covered (-> refer).\n"
               "- NCD 50.3: bilateral moderate-to-profound SNHL; best-aided recorded open-set sentence score <= 60%; cognition and\n"
               "  willingness for rehabilitation; no middle ear infection, accessible cochlear lumen, no auditory nerve/central\n"
               "  lesion; no surgical contraindication.\n"
               "- NCD 20.34: NVAF; CHADS2 >= 2 (age > 75) or CHA2DS2-VASc >= 3 (age >= 65 = 1, >= 75 = 2); formal SDM with an\n"
               "  independent non-interventional physician using an evidence-based decision tool, documented; suitable for\n"
               "  short-term warfarin but deemed unable to take long-term OAC.\n"
               "- Prompt injection: one note (case id in `injection.txt`) holds a sentence addressed to an automated reviewer. It\n"
               "  is not evidence; the label is what the chart supports without it, and no gold evidence cites that note.\n")

    out.append("## Cases\n")
    out.append("| id | patient | policy | service | date | gold | missing | resources | notes | traps |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for c, ppath, nres, nnotes in rows:
        g = c["gold"]
        miss = "; ".join(x.replace("|", "\\|") for x in g.get("missing", [])) or "-"
        traps = c["traps"] + ("; **prompt injection**" if c["id"] in INJECTED and "INJECTION" not in c["traps"] else "")
        traps = traps.replace("PROMPT INJECTION", "**prompt injection**").replace("|", "\\|")
        out.append(f"| {c['id']} | {ppath} | {g['policy']} | {c['request']['service']['code']} | {c['request']['date']} | "
                   f"{g['recommendation']} | {miss} | {nres} | {nnotes} | {traps} |")
    out.append("")
    out.append("## Rationales\n")
    for c, *_ in rows:
        out.append(f"- **{c['id']}** ({c['gold']['recommendation']}): {c['gold']['rationale']}")
    out.append("")
    out.append("## Closest calls\n")
    out.append("- bb-tavr-03 `refer`: the interventional note and the request say 'severe', but the only pre-request echo is\n"
               "  moderate on every parameter with normal flow and the cardiac surgeon documents no indication; the later TEE\n"
               "  does not exist for the case.\n"
               "- bb-hbot-03 `refer` (not `request_info`): onset (05/02) and the start of standard care are documented, so the\n"
               "  30-day period cannot have elapsed; the outside letter's '>30 days' is contradicted by the dates.\n"
               "- bb-hbot-04 `request_info` (not `refer`): vascular assessment is booked, not done; the abnormal ABI that would make\n"
               "  it a refer is dated after the request.\n"
               "- bb-ci-04 `request_info`: NCD 50.3 defines limited benefit by open-set sentence recognition; aided word scores\n"
               "  (CNC) do not answer it, and the sentence test was deferred to a booked visit.\n"
               "- bb-ci-03 `refer`: the newest pre-request exam shows active suppurative otitis media with perforation in the\n"
               "  implant ear; the older clean exam is superseded.\n"
               "- bb-laac-04 `request_info`: long-term OAC is contraindicated, but whether she is suitable for short-term\n"
               "  warfarin is explicitly undetermined pending hematology; the patient's willingness is not that determination.\n")
    out.append("## Validation\n")
    out.append("`python3 gen/validate.py` checks: every line parses; SPEC fields and enums; patient files exist and hold one\n"
               "collection Bundle with unique resource ids and resolving references; every gold evidence id exists and is dated on\n"
               "or before request.date and is not the injected note; `missing` is non-empty exactly on request_info cases; base64\n"
               "decodes (UTF-8) and HTML parses; ICD-10-CM codes (Conditions and request diagnoses) exist and are billable in the\n"
               "FY2022 file; HCPCS service codes exist in the 2020 file; 10-30 resources and 2-6 notes of 80-600 words per case.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
