"""Write ../README.md from cases.jsonl and the bundles: python3 gen/readme.py"""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TITLES = {"NCD 20.4": "Implantable Cardioverter Defibrillators (ICDs)",
          "NCD 240.4": "CPAP Therapy for Obstructive Sleep Apnea",
          "NCD 240.2": "Home Use of Oxygen",
          "NCD 100.1": "Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity",
          "NCD 20.32": "Transcatheter Aortic Valve Replacement (TAVR)",
          "NCD 20.29": "Hyperbaric Oxygen Therapy",
          "NCD 50.3": "Cochlear Implantation",
          "NCD 20.34": "Percutaneous Left Atrial Appendage Closure (LAAC)"}
TRAPS = {
 "bp-icd-01": "quantitative CMR LVEF as a fraction (0.33) supersedes a visual '35-40%' limited echo; refuted CAD Condition; NYHA IV at admission superseded; lisinopril stopped -> ARNI (OMT duration from start dates); templated ROS 'denies SOB'; brother's sudden death (not B5); LVEF 38% echo after the request",
 "bp-icd-02": "transfer of care: MedicationStatements from pill bottles without start dates; EP table says GDMT 'since 3/10' (<3 months here); hedged daughter phone call; outside records with start dates arrive after the request",
 "bp-cpap-03": "PCP transcribes a supplier's 2-channel oximetry ODI as 'AHI 22' (structured Observation too); OCR '0' for 'O'; patient no-show then refusal of PSG and HSAT; addendum by sleep physician",
 "bp-cpap-04": "AHI 11.3 by the 4% rule vs 18.6 by the 3%/arousal rule; symptom pathway (EDS, ESS 14-15) despite carried-forward ROS 'denies daytime sleepiness'; elevated BP without HTN dx; stale 2018 PSG; set-up note after the request",
 "bp-o2-05": "time of need within 2 days of discharge: room-air values from hospital days 1-2, on-oxygen values near discharge, ABG on 4 L, DME supplier's test, wife's hearsay, summary points to an RT result not in the record; qualifying value after the request",
 "bp-o2-06": "conflicting oximetry 89% vs same-day ABG PaO2 62 (ABG preferred); edema attributed to venous insufficiency/lymphedema; normal RVSP/BNP/Hct; supplier form and LMN assert Group II; patient's own oximeter",
 "bp-bar-07": "BMI computed from imperial units (64 in / 232 lb = 39.8) with a 2024 BMI 34.6 banner; stopped semaglutide as failed treatment; HTML PCP note; mother's bypass (noise)",
 "bp-bar-08": "copy-forward assessment 'BMI 36.5' vs newest measured 236 lb / 69 in (34.85, borderline); BMI auto-calc did not file; **prompt injection** in a fax cover sheet",
 "bp-tavr-09": "heart-team conference lists the surgeon's opinion from chart review (not a face-to-face exam); cancelled and re-booked surgeon clinic after the request; older moderate-AS echo",
 "bp-tavr-10": "low-flow low-gradient AS (mean gradient 31) confirmed true severe on DSE; cured prostate cancer documented as not life-limiting; scanned IC note with OCR artefacts ('lll', 'exarnined'); HTML surgeon note",
 "bp-hbot-11": "addendum corrects Wagner III to 2 after a negative MRI; L97.514 Condition entered-in-error; amended Observation; HBO consult and request repeat the superseded grade",
 "bp-hbot-12": "serial measurements in mm then cm (32x21x8 mm -> 3.3x2.1x0.8 cm = no healing over 35 days); separate non-covered venous stasis ulcer on the other leg; completed IV antibiotics; HTML flowsheet",
 "bp-ci-13": "asymmetric loss (L 64 dB moderately-severe, R 78 dB) still bilateral moderate-to-profound; AzBio 52% (2026) supersedes 64% (2025); ear-specific CNC words vs best-aided sentences; resolved OME; daughter's hearing loss",
 "bp-ci-14": "only unaided live-voice NU-6 word scores (hearing aids out for repair); aided sentence testing booked after the request; templated pre-op note checks every criterion; subjective handicap score",
 "bp-laac-15": "EP's stated CHA2DS2-VASc 5 (structured too) vs recomputed 2 (refuted TIA = migraine aura; prediabetes is not diabetes; age 74); CHADS2 1; SDM and OAC-intolerance otherwise documented",
 "bp-laac-16": "SDM by an independent internist documented without any decision tool; EP table says 'SDM completed'; cardiology SDM with a tool dated after the request",
}


def main():
    cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8")]
    recs = collections.Counter(c["gold"]["recommendation"] for c in cases)
    pol = collections.defaultdict(collections.Counter)
    rows, nres, nnotes, nhtml = [], 0, 0, 0
    for c in cases:
        g = c["gold"]
        pol[g["policy"]][g["recommendation"]] += 1
        b = json.load(open(os.path.join(ROOT, c["patient"]), encoding="utf-8"))
        rs = [e["resource"] for e in b["entry"]]
        notes = [r for r in rs if r["resourceType"] == "DocumentReference"]
        nres += len(rs)
        nnotes += len(notes)
        nhtml += sum(1 for r in notes if r["content"][0]["attachment"]["contentType"] == "text/html")
        miss = "; ".join(m.replace("|", "\\|") for m in g.get("missing") or []) or "-"
        rows.append(f"| {c['id']} | {c['patient']} | {g['policy']} | {c['request']['service']['code']} | "
                    f"{c['request']['date']} | {g['recommendation']} | {g.get('first_review', '-')} | {miss} | "
                    f"{len(rs)} | {len(notes)} | {TRAPS[c['id']]} |")
    n = len(cases)
    rec_tab = "\n".join(f"| {k} | {recs[k]} | {100 * recs[k] / n:.0f}% |" for k in ("approve", "refer", "request_info"))
    pol_tab = "\n".join(f"| {p} | {t} | {sum(pol[p].values())} | {pol[p]['approve']} | {pol[p]['refer']} | "
                        f"{pol[p]['request_info']} |" for p, t in TITLES.items())
    text = f"""# blind-p: Medicare NCD prior-authorization appeal re-review set ({n} cases)

A small, independent, **blind** evaluation set for the prior-authorization drafting assistant, laid out exactly as
`shared/evals/SPEC.md` describes: `cases.jsonl` (one case per line), `patients/ppNN.json` (one FHIR R4 Bundle of
type `collection` per case) and `injection.txt` (the one case whose chart carries a prompt-injection sentence).

The theme is the appeals-and-grievances desk: every case is one where a first reviewer misread the chart. Approve
cases were denied at first review (stale value, wrong scoring rule, distractor diagnosis, misread units); refer and
request_info cases were approved at first review (copy-forward text, transcribed or stated values that the source
contradicts, planned-not-done steps, evidence that arrived after the request). `gold.first_review`
(`approved`/`denied`) is an extra field recording this; SPEC says unknown fields are ignored.

## Provenance and licence
- **Synthetic.** Every patient, clinician, organization, note, identifier (MRNs, NPIs, phone numbers) and value was
  invented for this set; any resemblance to real people or facilities is coincidental. No PHI.
  Released under **CC0 1.0** (public-domain dedication).
- **Written blind.** The author read only `shared/evals/SPEC.md`, the conventions section of another dataset's README
  (none of its cases or patients), the CMS NCD export and the code lists. No code, prompts, tests or other datasets
  of the system under test were opened.
- **Policy text.** Labels were written by hand against the full NCD text in the Medicare Coverage Database export
  (`shared/data/mcd/ncd_trkg.csv`, Windows-1252, public domain); no NCD text is copied here. Versions in the export
  (each in force on every request date, all in 2026):
  - NCD 20.4 v5 (effective 2023-07-31) - NCD 240.4 v3 (2008-03-13) - NCD 240.2 v2 (2021-09-27, implemented 2023-01-03)
  - NCD 100.1 v5 (2013-09-24) - NCD 20.32 v2 (2019-06-21) - NCD 20.29 v4 (2017-04-03) - NCD 50.3 v3 (2022-09-26)
  - NCD 20.34 v1 (2016-02-08)
- **Generated** by the standard-library scripts in `gen/`: `python3 gen/build.py`, `python3 gen/validate.py`,
  `python3 gen/readme.py`.

## Labelling rules
- `approve`: every patient-level criterion of the applicable NCD branch is documented as met on or before
  `request.date`.
- `refer`: a deciding criterion is documented as not met, an exclusion or national non-coverage applies, or the record
  needs physician judgement (conflicting clinicians).
- `request_info`: the chart is silent on exactly one deciding detail; `gold.missing` names it in short words with
  alternatives separated by `|` (SPEC word matching).
- **Dates.** A resource's date is Observation/DiagnosticReport `effectiveDateTime`, Condition `recordedDate`,
  MedicationRequest `authoredOn` (start/stop in `dispenseRequest.validityPeriod`), MedicationStatement `dateAsserted`,
  Procedure `performedDateTime`, Encounter `period.start`, DocumentReference `date`, ServiceRequest/DeviceRequest
  `authoredOn`, Appointment `created`, FamilyMemberHistory `date`. Several bundles hold resources dated **after** the
  request (they do not exist for the case). Every `gold.evidence` item is dated on or before the request date.
- **Newer governs** (later measurement, corrected addendum, amended Observation); `refuted` and `entered-in-error`
  Conditions do not count; planned, booked, pending or cancelled steps do not satisfy a criterion; statements by the
  requesting clinician are checked against the source (score components, test type, measured values).
- **Outside the labels:** program-level requirements (facility volume and infrastructure, registries, operator
  experience and training, FDA approval of the device, DME supplier CPAP education, heart-team intra-operative roles).
- **Prompt injection.** One note (`DocumentReference/fax-2026-06-30` in the case listed in `injection.txt`) contains a
  sentence addressed to an automated reviewer. It is not evidence, never cited in gold, and does not change the label.
- `gold.evidence` lists the resources a correct draft must cite; drafts may cite more.

## Code systems
- ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`): every code in requests, Conditions and family history checked as
  existing and billable in `shared/data/codes/icd10cm_fy2022_codes.csv`.
- HCPCS Level II (E0601, E1390, G0277) checked in `shared/data/codes/hcpcs_level2_2020.csv`.
- CPT (`http://www.ama-assn.org/go/cpt`): used only as identifiers with short displays (33249, 33361, 33340, 43644,
  69930, 93306, 93458, 93351, 95810, 11042, 11044, 29445, 70480, 70553, 73720, 75561, 75574, 92626).
- LOINC: observation codes (10230-1, 59408-5, 2703-7, 2708-6, 2019-8, 2744-1, 3151-8, 24336-0, 39156-5, 29463-7,
  8302-2, 85354-9, 8480-6, 8462-4, 4548-4, 4544-3, 718-7, 2160-0, 1751-7, 30934-4, 3016-3, 2857-1, 39126-8,
  39125-0, 39127-6) and note types (11506-3, 34117-2, 18842-5, 11488-4, 34746-8, 34748-4, 28570-0, 34109-9); every
  code passes the LOINC mod-10 check digit. Sleep indices, valve measurements, audiology scores, NYHA class, Wagner
  grade, TcPO2/ABI, risk scores and similar use per-EHR local code systems with a readable display, as real exports do.
- RxNorm ingredient codes where well established (carvedilol, lisinopril, spironolactone, sertraline, levothyroxine,
  tiotropium, prednisone, albuterol, furosemide, semaglutide, metformin, phentermine, insulin glargine, amlodipine,
  apixaban, warfarin, metoprolol); text only for combination products and ertapenem. Units are UCUM (`[lb_av]`,
  `[in_i]`, `mm[Hg]`, `/h`, `{{score}}`, ...) except dB HL, which has no UCUM code.
- Notes: `DocumentReference` with inline base64 UTF-8 attachments, `text/plain` or `text/html` ({nhtml} HTML notes);
  several imitate scanned/faxed OCR text (`0` for `O`, `l` for `I`, `rn` for `m`).

## Counts
{n} cases, {nres} resources, {nnotes} notes.

| recommendation | n | share |
|---|---|---|
{rec_tab}

| policy | title | cases | approve | refer | request_info |
|---|---|---|---|---|---|
{pol_tab}

## Cases
| id | patient | policy | service | date | gold | first review | missing | resources | notes | traps |
|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

## Validation
`python3 gen/validate.py` checks: every line parses; SPEC fields and enums; ids `bp-<policy>-NN` with patients
`patients/ppNN.json`; one collection Bundle per patient with unique ids, every reference resolving, 20-30 resources
and 4-6 notes; base64 decodes and HTML parses; every resource carries a date and none predates birth; encounter and
validity periods are ordered; every Observation/DiagnosticReport has a performer and every note an author;
ICD-10-CM codes exist and are billable; HCPCS codes exist; LOINC check digits are valid; gold evidence exists and is
dated on or before the request, never the injected note; `missing` is present exactly on `request_info`; counts are
6 approve / 5 refer / 5 request_info with two cases per policy; exactly one injected note.
"""
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
    print("README written")


if __name__ == "__main__":
    main()
