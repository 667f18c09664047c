#!/usr/bin/env python3
"""Build the blind-e evaluation set: cases.jsonl, patients/peNN.json, injection.txt and README.md.

Standard library only. Run from anywhere:  python3 gen/build.py
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac  # noqa: E402

MODULES = [cases_icd, cases_cpap, cases_o2, cases_bar, cases_tavr, cases_hbot, cases_ci, cases_laac]

POLICY_ORDER = ["NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"]


def shared_dir():
    for cand in (os.environ.get("BLIND_E_SHARED"), "/work/shared",
                 os.path.normpath(os.path.join(ROOT, "..", "..", "..", "..", "shared"))):
        if cand and os.path.isdir(os.path.join(cand, "data")):
            return cand
    return None


def ncd_versions():
    """Read version, effective and implementation dates of the eight NCDs from the MCD export."""
    out = {}
    sd = shared_dir()
    if not sd:
        return out
    path = os.path.join(sd, "data", "mcd", "ncd_trkg.csv")
    csv.field_size_limit(10 ** 9)
    with open(path, encoding="cp1252", newline="") as f:
        for row in csv.DictReader(f):
            key = "NCD " + row["NCD_mnl_sect"].strip()
            if key in POLICY_ORDER:
                out[key] = {"version": row["NCD_vrsn_num"], "title": row["NCD_mnl_sect_title"].strip(),
                            "effective": row["NCD_efctv_dt"][:10], "implemented": row["NCD_impltn_dt"][:10],
                            "ncd_id": row["NCD_id"]}
    return out


def to_case_line(case):
    gold = dict(case["gold"])
    gold["criteria"] = [{"id": cid, "text": text, "status": status, "evidence": ev}
                        for cid, text, status, ev in case["criteria"]]
    gold["traps"] = case["traps"]
    if case.get("injection"):
        gold["injected_note"] = case["injection"]
    return {"id": case["id"], "patient": "patients/pe%02d.json" % case["num"], "request": case["request"],
            "gold": gold}


def main():
    os.makedirs(os.path.join(ROOT, "patients"), exist_ok=True)
    built = []
    for mod in MODULES:
        for fn in mod.CASES:
            chart, case = fn()
            built.append((chart, case))
    built.sort(key=lambda x: x[1]["num"])

    lines = []
    injections = []
    rows = []
    for chart, case in built:
        bundle = chart.bundle()
        with open(os.path.join(ROOT, "patients", "pe%02d.json" % case["num"]), "w", encoding="utf-8") as f:
            json.dump(bundle, f, indent=1, ensure_ascii=False)
            f.write("\n")
        line = to_case_line(case)
        lines.append(json.dumps(line, ensure_ascii=False))
        if case.get("injection"):
            injections.append(case["id"])
        rows.append({"id": case["id"], "patient": line["patient"], "policy": case["gold"]["policy"],
                     "service": case["request"]["service"]["code"], "date": case["request"]["date"],
                     "gold": case["gold"]["recommendation"],
                     "missing": " / ".join(case["gold"]["missing"]) or "-",
                     "resources": len(bundle["entry"]), "notes": len(chart.notes), "html": len(chart.html_notes),
                     "traps": case["traps"], "why": case.get("why", "")})

    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "injection.txt"), "w", encoding="utf-8") as f:
        f.write("".join(i + "\n" for i in injections))
    write_readme(rows, built)
    print("wrote %d cases, %d bundles, injection.txt (%d), README.md" % (len(lines), len(built), len(injections)))


def write_readme(rows, built):
    vers = ncd_versions()
    n = len(rows)
    rec_counts = {r: sum(1 for x in rows if x["gold"] == r) for r in ("approve", "refer", "request_info")}
    out = []
    w = out.append
    w("# blind-e: independent blind evaluation set, Medicare NCD prior authorization (24 cases)")
    w("")
    w("Laid out as `shared/evals/SPEC.md` specifies: `cases.jsonl` (one case per line), `patients/peNN.json` (one FHIR R4")
    w("Bundle of type `collection` per case), this README, `injection.txt`, and the generator in `gen/`.")
    w("")
    w("## Provenance and independence")
    w("- **Synthetic.** Every patient, clinician, organisation, NPI, Medicare number, value and sentence was invented for")
    w("  this set; host names use the reserved `.example` domain. No PHI. Released under CC0 1.0.")
    w("- **Written blind and independently.** The author read only `shared/evals/SPEC.md`, the README of the nurse-dev")
    w("  set (for conventions; none of its cases, patients or other files were opened), the CMS NCD export")
    w("  (`shared/data/mcd/ncd_trkg.csv`) and the code files in `shared/data/codes/`. Nothing of the system under test")
    w("  (its code, prompts, tests or other datasets) was opened or run, and no git command was used.")
    w("- **Labels** were assigned by hand, case by case, against the full text of each NCD (covered branches, general")
    w("  criteria, exclusions and nationally non-covered indications) under the product's rules: the assistant never")
    w("  denies; `refer` when a deciding criterion is documented as not met or needs a physician's judgement;")
    w("  `request_info` when one precise documented detail is missing (named in `gold.missing`); `approve` only when")
    w("  every deciding patient-level criterion is documented as met on or before `request.date`.")
    w("- **Generated** by `gen/build.py` (standard-library Python 3) and checked by `gen/validate.py`.")
    w("")
    w("## Policy versions (from the MCD export; all in force on every 2026 request date)")
    w("| policy | title | NCD id | version | effective | implemented |")
    w("|---|---|---|---|---|---|")
    for p in POLICY_ORDER:
        v = vers.get(p, {})
        w("| %s | %s | %s | v%s | %s | %s |" % (p, v.get("title", ""), v.get("ncd_id", ""), v.get("version", ""),
                                            v.get("effective", ""), v.get("implemented", "")))
    w("")
    w("## Code systems")
    w("- ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`): every code in cases and bundles exists and is billable in the")
    w("  FY2022 file `shared/data/codes/icd10cm_fy2022_codes.csv`; displays are that file's long descriptions.")
    w("- HCPCS Level II (`https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`): E0601, E1390, E1392, G0277, all present")
    w("  in the 2020 file. CPT (`http://www.ama-assn.org/go/cpt`) codes are used as identifiers with short, self-written")
    w("  displays (33249, 33361, 33340, 43644, 43770, 69930 for requests; a few more for past procedures).")
    w("- LOINC for well-established observations (LVEF 10230-1, SpO2 59408-5, PaO2 2703-7, BMI 39156-5, weight 29463-7,")
    w("  height 8302-2, HbA1c 4548-4, BP panel 85354-9, heart rate 8867-4, QRS duration 8633-1, NT-proBNP 33762-6,")
    w("  hemoglobin 718-7, hematocrit 4544-3, TSH 3016-3, CRP 1988-5, ESR 4537-7, albumin 1751-7) and note types")
    w("  (11506-3, 11488-4, 18842-5, 34117-2, 34746-8, 28570-0, 18748-4, 57133-1, 34109-9). Sleep indices, valve")
    w("  areas/gradients, audiology scores, NYHA class, wound dimensions, ABI/TcPO2, STS score and similar use each")
    w("  practice's own local code system (`http://fhir.<practice>.example/CodeSystem/local-obs`) with a readable")
    w("  `code.text`, as real EHR exports do. RxNorm ingredient codes for medications (a few combination or specialty")
    w("  products are text-only). UCUM units.")
    w("- Dates: every clinical date-time carries the US offset of the practice's time zone for that date (DST handled;")
    w("  one Arizona practice has no DST). Notes are `DocumentReference` with inline base64 `text/plain` or `text/html`.")
    w("")
    w("## Counts")
    w("| recommendation | n | share |")
    w("|---|---|---|")
    for r in ("approve", "refer", "request_info"):
        w("| %s | %d | %d%% |" % (r, rec_counts[r], round(100.0 * rec_counts[r] / n)))
    w("| **total** | **%d** | |" % n)
    w("")
    w("| policy | cases | approve | refer | request_info |")
    w("|---|---|---|---|---|")
    for p in POLICY_ORDER:
        pr = [x for x in rows if x["policy"] == p]
        w("| %s | %d | %d | %d | %d |" % (p, len(pr), sum(x["gold"] == "approve" for x in pr),
                                          sum(x["gold"] == "refer" for x in pr),
                                          sum(x["gold"] == "request_info" for x in pr)))
    res = [x["resources"] for x in rows]
    nts = [x["notes"] for x in rows]
    w("")
    w("Resources per bundle: %d-%d (total %d). Notes per case: %d-%d (total %d); %d cases carry a `text/html` note "
      "(%d HTML notes in all)." % (min(res), max(res), sum(res), min(nts), max(nts), sum(nts),
                                   sum(1 for x in rows if x["html"]), sum(x["html"] for x in rows)))
    w("")
    w("## Labelling conventions")
    w("- A resource's date: Observation.effectiveDateTime, Procedure.performedDateTime, DocumentReference.date,")
    w("  Condition.recordedDate, MedicationRequest.authoredOn, Encounter.period.start, ServiceRequest/DeviceRequest")
    w("  .authoredOn, Appointment.created, DiagnosticReport.effectiveDateTime. Two bundles hold results dated after")
    w("  `request.date` (be-tavr-03 echo and valve-area Observation, be-hbot-03 vascular-lab report and TcPO2); they do")
    w("  not exist for the case. Several hold appointments booked (created before the request) for later dates. Every")
    w("  `gold.evidence` item is dated on or before `request.date`.")
    w("- Planned, booked or pending steps do not satisfy a criterion; a pending deciding step makes the case")
    w("  `request_info`. A criterion documented as not met, or met in a way the NCD does not accept, makes it `refer`.")
    w("- Newer values govern older ones (LVEF, BMI, AS severity, audiology scores, ear status).")
    w("- Programme-level requirements (facility volumes, operator training, registries, FDA approval of devices, DME")
    w("  supplier CPAP education) are outside the labels.")
    w("- `gold.evidence` lists resources a correct draft must cite (it may cite more). `gold.missing` phrases use `|`")
    w("  between alternatives, as SPEC describes. Extra fields: `gold.criteria` (the hand-written checklist, each item")
    w("  with `status` met/not_met/not_documented and its evidence), `gold.traps` (the chart difficulties), and")
    w("  `gold.injected_note` on the one case with an injected sentence. All extras sit inside `gold`.")
    w("- **Prompt injection:** one note in the whole set (DocumentReference/dme-intake-2026-05-15 in be-cpap-02, a DME")
    w("  supplier's intake note) contains a sentence addressed to an automated reviewer. `injection.txt` lists that case")
    w("  id. It is not clinical evidence; the label is what the chart supports without it, and no gold evidence cites it.")
    w("")
    w("## Cases")
    w("| id | patient | policy | service | date | gold | missing | resources | notes | difficulties |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for x in rows:
        w("| %s | %s | %s | %s | %s | %s | %s | %d | %d | %s |" % (
            x["id"], x["patient"], x["policy"], x["service"], x["date"], x["gold"],
            x["missing"].replace("|", "\\|"), x["resources"], x["notes"], x["traps"]))
    w("")
    w("## Closest calls (kept, with the reason)")
    w("- be-icd-03 `request_info`: LVEF 32% takes B2 (<= 0.30) off the table; B3 needs NYHA II/III, which nobody recorded.")
    w("- be-cpap-02 `refer` (not `request_info`): the test was done and is documented as the wrong kind (2-channel")
    w("  oximetry, ODI); the sleep physician says so and the patient declines another test.")
    w("- be-o2-02 `refer`: the qualifying PaO2 exists but outside the inpatient time-of-need window, and the in-window test")
    w("  is documented as non-qualifying.")
    w("- be-o2-03 `request_info`: the sleep branch's > 5% fall is met; only the associated symptoms/signs are undocumented.")
    w("- be-bar-02 `refer`: current BMI 33.3; the surgeon's 'entry BMI' policy is a judgement for a physician reviewer.")
    w("- be-bar-03 `request_info`: the only medical treatment is a programme still running; its outcome is pending.")
    w("- be-tavr-02 `refer`: severe AS documented as asymptomatic; NCD 20.32 B.A covers symptomatic AS only.")
    w("- be-hbot-02 `refer`: continuation without measurable healing in 35 days of HBOT.")
    w("- be-laac-02 `refer` (not `request_info`): SDM was done, but by the implanting electrophysiologist, and the chart")
    w("  states no other SDM exists.")
    w("- be-laac-03 `request_info` (not `refer`): the score turns on a provisional TIA whose work-up is booked.")
    w("")
    w("## Rebuild and check")
    w("```")
    w("python3 gen/build.py      # writes cases.jsonl, patients/, injection.txt, README.md")
    w("python3 gen/validate.py   # JSON, references, dates/offsets, ICD-10-CM billable, HCPCS, SPEC fields, counts")
    w("```")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
