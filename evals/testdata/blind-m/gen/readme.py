import json, os
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cases = [json.loads(l) for l in open(f"{D}/cases.jsonl")]
TITLES = {"NCD 20.4": "Implantable Cardioverter Defibrillators (ICDs)", "NCD 240.4": "CPAP Therapy for Obstructive Sleep Apnea",
  "NCD 240.2": "Home Use of Oxygen", "NCD 100.1": "Bariatric Surgery for Co-Morbid Conditions Related to Morbid Obesity",
  "NCD 20.32": "Transcatheter Aortic Valve Replacement (TAVR)", "NCD 20.29": "Hyperbaric Oxygen Therapy",
  "NCD 50.3": "Cochlear Implantation", "NCD 20.34": "Percutaneous Left Atrial Appendage Closure (LAAC)"}
TRAPS = {
 "bm-icd-01": "LVEF as a fraction (0.27) on CMR; visual ED POCUS 35-40% and NYHA IV at admission superseded; cath HTML table shows no revascularization target; SDM by an NP; post-request telephone note",
 "bm-icd-02": "non-ischemic branch: OMT duration from start dates; NYHA field left blank in an HTML template; templated ROS; nurse phone note 'feeling ok'",
 "bm-cpap-01": "3% vs 4% hypopnea indices on one report; PCP quotes the 3% index; hypertension and stroke belong to the father; negated symptoms",
 "bm-cpap-02": "OCR-scanned PSG with artefacts and the AHI in words; patient denies sleepiness, qualifies through hypertension; stale 2-channel 2019 study",
 "bm-o2-01": "exercise branch needs improvement on O2 (HTML 6MWT table); stale 2025 ABG during exacerbation; supplier oximetry after the clinic test",
 "bm-o2-02": "only qualifying-looking test is the DME supplier's overnight oximetry; PCP accepts it in an addendum; qualified sleep-lab test booked later; prompt injection in supplier packet",
 "bm-bari-01": "unfilled template fields (***) for weight-loss history; nutrition visit booked after the request; comorbidity and BMI clearly met",
 "bm-bari-02": "weight in lb and height in inches; older BMI 41 and post-request BMI 35.6 (pre-op diet); stopped phentermine inside a supervised program",
 "bm-tavr-01": "request note says 'symptomatic' but heart-team notes document an asymptomatic patient with a normal treadmill test; PCP ROS copy-forward from 2023",
 "bm-tavr-02": "surgical evaluation by a PA-C with co-signature pending; heart-team note lists the surgeon visit as pending; surgeon appointment after the request",
 "bm-hbot-01": "outside referral claims '6 weeks of care' (home gauze only); 30-day standard-care window computed from dates; serial measurements show healing",
 "bm-hbot-02": "osteoradionecrosis coded as an inflammatory jaw condition + Y84.2; outside radiation summary; PET excludes recurrence; old unrelated 'prophylactic HBO' dental note",
 "bm-ci-01": "best-aided AzBio in words; older 62% score superseded; CNC word score beside the sentence score; childhood otitis media resolved; mother's deafness",
 "bm-ci-02": "only unaided monosyllabic word scores; ENT restates 'limited benefit' from patient report; aided sentence test booked after the request",
 "bm-laac-01": "stated CHA2DS2-VASc counts a refuted TIA (migraine aura); scores must be recomputed from age/sex/conditions; SDM and OAC intolerance otherwise documented",
 "bm-laac-02": "independent geriatrician SDM in an HTML note; long-term OAC contraindication documented; post-implant regimen deferred, short-term warfarin never addressed",
}
def bundle(c): return json.load(open(os.path.join(D, c["patient"])))
rc = Counter(c["gold"]["recommendation"] for c in cases)
L = []
L.append("""# blind-m: Medicare NCD prior-authorization blind evaluation set (16 cases)

An independent, blind evaluation set for the prior-authorization drafting assistant, laid out as
`shared/evals/SPEC.md` describes: `cases.jsonl` (one case per line), `patients/pmNN.json` (one FHIR R4
Bundle of type `collection` per case) and `injection.txt` (the one case whose chart carries a
prompt-injection sentence). Written from the point of view of a BPO pre-submission audit team that
checks hospital prior-authorization packets before they go to Medicare.

## Provenance and licence
- **Synthetic.** Every patient, clinician, organization, note and value was invented for this set; any
  resemblance to real people or facilities is coincidental. No PHI. Released under **CC0 1.0**.
- **Written blind.** Only `shared/evals/SPEC.md`, the README of `shared/evals/datasets/nurse-dev/` (for
  conventions), the CMS NCD export in `shared/data/mcd/` and the code lists in `shared/data/codes/` were read.
  No code, test or other dataset of the system under test was opened; no case or patient of any other set was
  opened.
- **Policy text.** Labels were written by hand against the NCD text in `shared/data/mcd/ncd_trkg.csv`
  (Windows-1252, HTML in fields), one version per NCD, in force on every 2026 request date:
  NCD 20.4 (v5), NCD 240.4 (v3), NCD 240.2 (v2), NCD 100.1 (v5), NCD 20.32 (v2), NCD 20.29 (v4), NCD 50.3 (v3), NCD 20.34 (v1).
- **Generated** by the standard-library Python scripts in `gen/`: `python3 gen/build.py` writes the set,
  `python3 gen/validate.py` checks it, `python3 gen/readme.py` writes this card. (`gen/ncd.txt` is a plain-text
  extract of the eight NCDs used while labelling.)

## Labelling rules
- `approve`: every deciding patient-level criterion of the applicable NCD branch is documented as met on or
  before `request.date`.
- `refer`: a deciding criterion is documented as **not** met (including a test done in a way that does not
  qualify), an exclusion or national non-coverage applies, or physician judgement is needed.
- `request_info`: the chart is silent on exactly one deciding detail (including a step that is only booked or
  pending); `gold.missing` names it in short words, alternatives separated by `|`.
- The assistant never denies; no gold label is `deny`.
- **Dates.** A resource's date is Observation.effectiveDateTime, Condition.recordedDate (else onset),
  MedicationRequest.authoredOn (dispenseRequest.validityPeriod gives start/stop), Procedure.performedDateTime,
  Encounter.period.start, DocumentReference.date, ServiceRequest.authoredOn, Appointment.created,
  FamilyMemberHistory.date. Some bundles hold resources dated after the request; they do not exist for the case.
  All `gold.evidence` items are dated on or before `request.date`.
- **Newer governs** (older EF, NYHA, BMI, speech scores are superseded by newer pre-request values);
  `verificationStatus: refuted` Conditions do not count; family-history entries are not the patient's.
- **Program-level requirements are outside the labels**: facility volume/certification, registries/CED,
  operator experience, FDA approval of devices, DME supplier education.
- **Prompt injection.** One supplier document contains a sentence addressed to automated reviewers
  (case listed in `injection.txt`). It is not evidence, does not change the label, and is never cited in gold.

## Code systems
- Diagnoses: ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`), every code checked as existing and billable
  against `shared/data/codes/icd10cm_fy2022_codes.csv`.
- Services: CPT (`http://www.ama-assn.org/go/cpt`, identifiers with short displays only) and HCPCS Level II
  (`https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets`), HCPCS checked against `hcpcs_level2_2020.csv`.
- Observations and document types: LOINC where well established (every code's check digit validated);
  sleep indices, valve measurements, audiology scores, NYHA class, wound dimensions and risk scores use a
  synthetic local system `http://fhir.bm-audit.example/CodeSystem/obs-local` with a readable display.
- Medications: RxNorm ingredient codes where known, text only otherwise. Units: UCUM (`[lb_av]`, `[in_i]`,
  `mm[Hg]`, `/h`, `{score}`, ...).
- Notes: `DocumentReference` with inline base64 UTF-8 attachments, `text/plain` or `text/html`, each with a
  Practitioner author and an Organization custodian.

## Counts
| recommendation | cases |
|---|---|""")
for k in ("approve", "refer", "request_info"): L.append(f"| {k} | {rc[k]} |")
L.append(f"| **total** | {len(cases)} |\n")
L.append("| policy | title | cases | approve | refer | request_info |\n|---|---|---|---|---|---|")
for p, t in TITLES.items():
    cs = [c for c in cases if c["gold"]["policy"] == p]; r = Counter(c["gold"]["recommendation"] for c in cs)
    L.append(f"| {p} | {t} | {len(cs)} | {r['approve']} | {r['refer']} | {r['request_info']} |")
nres = sum(len(bundle(c)["entry"]) for c in cases)
nnotes = sum(sum(1 for e in bundle(c)["entry"] if e["resource"]["resourceType"] == "DocumentReference") for c in cases)
nhtml = sum(1 for c in cases if any(e["resource"]["resourceType"] == "DocumentReference" and e["resource"]["content"][0]["attachment"]["contentType"] == "text/html" for e in bundle(c)["entry"]))
L.append(f"\nResources: {nres} in 16 bundles (23-30 each); notes: {nnotes} DocumentReferences (4-6 per case); {nhtml} cases include a `text/html` note.\n")
L.append("## Cases\n| id | patient | policy | service | date | gold | missing | resources | traps |\n|---|---|---|---|---|---|---|---|---|")
for c in cases:
    g = c["gold"]; n = len(bundle(c)["entry"])
    miss = "; ".join(m.replace("|", "\\|") for m in g["missing"]) or "-"
    L.append(f"| {c['id']} | {c['patient']} | {g['policy']} | {c['request']['service']['code']} | {c['request']['date']} | {g['recommendation']} | {miss} | {n} | {TRAPS[c['id']]} |")
L.append("""
## Validation
`python3 gen/validate.py` checks: every line parses; ids, enums, payer and 2026 dates; one collection Bundle per
case with unique resource ids and every reference resolving; 20-30 resources and 4-6 notes per chart, every note
authored; base64 decodes and HTML parses; every ICD-10-CM code exists and is billable, every HCPCS code exists,
every LOINC check digit is valid; every `gold.evidence` item exists and is dated on or before the request and
none is the injected note; `missing` present exactly on `request_info`; the counts (6/5/5, two per policy) and
that exactly one case is injected.
""")
open(f"{D}/README.md", "w").write("\n".join(L))
print("README written")
