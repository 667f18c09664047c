"""NCD 20.4 (ICD) cases: bj-icd-01, bj-icd-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, CPT, UCUM

LOC_LCI = "http://fhir.lakeshorecv.example/CodeSystem/obs-local"
FORM_LCI = "http://fhir.lakeshorecv.example/CodeSystem/formulary"


def icd_01():
    b = Bundle("pj01", "America/Chicago", "https://fhir.lakeshorecv.example/r4")
    b.patient("Halvorsen", ["Margit", "J."], "female", "1958-09-14", "Evanston", "IL",
              "urn:oid:2.16.840.1.113883.3.7204.1", "NSM-00418273", "847-555-0192")
    lci = b.org("org-lci", "Lakeshore Cardiovascular Institute", "Cardiology group practice")
    nsm = b.org("org-nsm", "North Shore Methodist Hospital", "Acute care hospital")
    ep = b.practitioner("pr-adeyemi", "Adeyemi", ["Samuel", "O."], "MD", "MD - Clinical Cardiac Electrophysiology",
                        "1487650231")
    np_ = b.practitioner("pr-kowalczyk", "Kowalczyk", ["Teresa"], "APRN-CNP",
                         "APRN, Certified Nurse Practitioner (Adult-Gerontology), Heart Failure Program", "1932158876")
    hf = b.practitioner("pr-raghunathan", "Raghunathan", ["Meera"], "MD", "MD - Advanced Heart Failure and Transplant Cardiology",
                        "1114098723")
    hosp = b.practitioner("pr-odonnell", "O'Donnell", ["James"], "MD", "MD - Hospital Medicine", "1396847702")

    adm = b.encounter("enc-adm-20250616", "2025-06-16 22:41", "2025-06-21 13:05", "IMP",
                      "Inpatient admission - medicine", hosp, nsm, "Acute decompensated heart failure")
    b.condition("cond-nicm", "I42.0", "2025-06-21 11:30", onset="2025-06", text="Non-ischemic dilated cardiomyopathy",
                asserter=hf)
    b.condition("cond-paf", "I48.0", "2025-12-12 09:15", text="Paroxysmal atrial fibrillation (Holter 12/2025), low burden",
                asserter=hf, note="CHA2DS2-VASc 3 (F, HTN, CHF). Started apixaban 12/12/2025.")
    b.condition("cond-brca-hx", "Z85.3", "2019-03-11 10:00", clinical="active",
                text="History of left breast cancer (IDC stage IA, 2014) - lumpectomy/XRT, tamoxifen x5 yrs; NED",
                note="Oncology surveillance 11/2025: mammogram BI-RADS 2, NED. Discharged to annual survivorship care.")
    b.family("fmh-brother", "2026-01-29", "BRO", "brother",
             [{"code": {"coding": [{"system": SNOMED, "code": "95281009", "display": "Sudden cardiac death"}],
                        "text": "Sudden cardiac death"}, "onsetAge": {"value": 52, "unit": "a", "system": UCUM, "code": "a"},
               "contributedToDeath": True}],
             note="Brother collapsed while shoveling snow at 52; no autopsy. No known cardiomyopathy in family otherwise. Patient herself has never had syncope or cardiac arrest.")

    b.obs("obs-lvef-tte-20250617", "2025-06-17 14:20",
          cc("LV ejection fraction (TTE, visual estimate)", LOINC, "10230-1", "Left ventricular Ejection fraction"),
          ("valueRange", {"low": {"value": 20, "unit": "%", "system": UCUM, "code": "%"},
                          "high": {"value": 25, "unit": "%", "system": UCUM, "code": "%"}}),
          category="imaging", performer=nsm, method="Transthoracic echocardiography, 2D visual estimate",
          encounter=adm, note="Global hypokinesis, LVIDd 6.3 cm, moderate functional MR, RVSP 44 mmHg.")
    b.procedure("proc-lhc-20250619", "2025-06-19 10:12",
                cc("Left heart catheterization with selective coronary angiography", CPT, "93458",
                   "Left heart cath with coronary angiography"),
                performer=hf, location="North Shore Methodist Cath Lab 2",
                outcome="No angiographically significant coronary artery disease (LAD 10% luminal irregularity, LCx/RCA normal). LVEDP 28 mmHg.",
                reason="New cardiomyopathy, LVEF 20-25% - rule out ischemic etiology")
    b.medreq("mr-carvedilol-20250620", "2025-06-20 08:30", rx("carvedilol 3.125 MG Oral Tablet", "20352"),
             status="stopped", dosage="3.125 mg PO twice daily", requester=hosp,
             status_reason="Changed to metoprolol succinate 07/10/2025 - orthostatic dizziness",
             validity=("2025-06-20", "2025-07-10"))
    b.medreq("mr-metoprolol-20250710", "2025-07-10 11:05", rx("metoprolol succinate ER (Toprol XL)", "6918"),
             dosage="25 mg daily x2 wk, then 50 mg daily; titrated to 100 mg PO daily 10/21/2025 (current)",
             requester=hf, validity=("2025-07-10", None), reason="HFrEF / NICM - GDMT")
    b.medreq("mr-sacval-20250710", "2025-07-10 11:09",
             rx("sacubitril-valsartan (ENTRESTO) tablet", local=(FORM_LCI, "ENTR-TAB")),
             dosage="24-26 mg BID from 07/10/2025; 49-51 mg BID from 08/14/2025; 97-103 mg BID from 10/21/2025 (current)",
             requester=hf, validity=("2025-07-10", None), reason="HFrEF - ARNI")
    b.medreq("mr-spiro-20250814", "2025-08-14 10:47", rx("spironolactone 25 MG Oral Tablet", "9997"),
             dosage="25 mg PO daily", requester=hf, validity=("2025-08-14", None), reason="HFrEF - MRA")
    b.medreq("mr-dapa-20250902", "2025-09-02 15:30", rx("dapagliflozin 10 MG Oral Tablet", "1488564"),
             dosage="10 mg PO daily", requester=np_, validity=("2025-09-02", None), reason="HFrEF - SGLT2i")

    b.obs("obs-holter-20251208", "2025-12-08 09:00",
          cc("48-hour ambulatory ECG (Holter) summary", LOC_LCI, "HOLT-SUM"), category="procedure",
          performer=lci, components=[
              comp(cc("AF burden", LOC_LCI, "HOLT-AFB"), qty(3, "%")),
              comp(cc("Mean ventricular rate during AF", LOC_LCI, "HOLT-AFHR"), qty(84, "/min")),
              comp(cc("Maximum ventricular rate during AF", LOC_LCI, "HOLT-AFMAX"), qty(118, "/min")),
              comp(cc("Longest NSVT run (beats)", LOC_LCI, "HOLT-NSVT"), qty(6, "{beats}")),
              comp(cc("Sustained VT", LOC_LCI, "HOLT-SVT"), ("valueString", "none")),
          ], note="Predominantly sinus rhythm 58-102 bpm. Paroxysmal AF, longest episode 2 h 11 min, rate controlled. One 6-beat NSVT run at 03:12.")

    mri_text = """NORTH SHORE METHODIST HOSPITAL - DEPARTMENT OF RADIOLOGY / CARDIAC IMAGING
CARDIAC MRI WITH AND WITHOUT CONTRAST                         ACC#: MR-26-0031877
Exam date/time : 01/20/2026 08:05 CST
Ordering       : RAGHUNATHAN, MEERA MD
Indication     : NICM, reassess LV function after >3 mo GDMT; ICD decision.
Technique      : 1.5 T. Cine SSFP short-axis stack, T1/T2 mapping, LGE 10 min after
                 0.1 mmol/kg gadobutrol.

FINDINGS
  LEFT VENTRICLE   LVEDV 236 mL (index 128 mL/m2)   LVESV 163 mL
                   Stroke volume 73 mL. Ejection fraction thirty-one percent
                   (31 %), volumetric (Simpson) method. Global hypokinesis.
  LGE              Linear mid-wall enhancement basal to mid inferoseptum and
                   anteroseptum. NO subendocardial or transmural enhancement in a
                   coronary distribution.
  RIGHT VENTRICLE  Normal size. RVEF 46 %.
  VALVES           Mild functional MR.
  OTHER            No pericardial effusion. Small left pleural effusion: none.

IMPRESSION
  1. Dilated non-ischemic cardiomyopathy, LVEF 31 %.
  2. Septal mid-wall LGE (non-ischemic pattern).
  3. No imaging evidence of prior myocardial infarction.

Electronically signed: P. Nakashima, MD (Cardiac Imaging) 01/20/2026 12:48
"""
    lvef = b.obs("obs-lvef-cmr-20260120", "2026-01-20 08:05",
                 cc("LV ejection fraction by cardiac MRI", LOINC, "10230-1", "Left ventricular Ejection fraction"),
                 qty(31, "%"), category="imaging", performer=nsm, method="Cardiac MRI, volumetric (Simpson)")
    b.report("dr-cmr-20260120", "2026-01-20 08:05", cc("MR Heart with and without contrast (cardiac MRI)", LOC_LCI, "IMG-CMR"),
             conclusion="Non-ischemic dilated cardiomyopathy, LVEF 31%; septal mid-wall LGE; no infarct-pattern scar.",
             results=[lvef], performer=nsm, presented=mri_text, category_text="Radiology", issued="2026-01-20 12:48")

    enc_ep = b.encounter("enc-ep-20260129", "2026-01-29 13:30", "2026-01-29 14:25", "AMB",
                         "New patient consult - electrophysiology", ep, lci, "ICD evaluation, NICM")
    b.obs("obs-nyha-20260129", "2026-01-29 13:40", cc("NYHA functional class", LOC_LCI, "NYHA"),
          ("valueCodeableConcept", cc("Class II", LOC_LCI, "NYHA-II")), category="survey", performer=ep,
          encounter=enc_ep, note="Slight limitation; comfortable at rest; 2-3 blocks / 1 flight before dyspnea.")

    dc = """NORTH SHORE METHODIST HOSPITAL
DISCHARGE SUMMARY

Patient: HALVORSEN, MARGIT J        MRN: NSM-00418273      DOB: 09/14/1958
Admit date: 06/16/2025             Discharge date: 06/21/2025
Attending: James O'Donnell, MD (Hospital Medicine)
Consults: Cardiology - Meera Raghunathan, MD

PRINCIPAL DIAGNOSIS
Acute decompensated systolic heart failure, new onset

SECONDARY DIAGNOSES
- Dilated cardiomyopathy, non-ischemic (LHC 6/19: no obstructive CAD)
- Hypertension
- AKI on CKD stage 3a, resolved (Cr peak 1.42, baseline ~1.1)
- History of L breast cancer 2014, in remission

HOSPITAL COURSE
66 y/o woman without prior cardiac history presented with 3 weeks of progressive
dyspnea on exertion, 3-pillow orthopnea, PND and ~12 lb weight gain. On arrival she
was dyspneic at rest (NYHA class IV), BNP 2,860 pg/mL, CXR with interstitial edema
and small bilateral effusions. TTE 6/17: LVEF 20-25%, global hypokinesis, LVIDd
6.3 cm, moderate functional MR, RVSP 44 mmHg.
Diuresed with IV furosemide, net -6.1 L. Troponin I 0.04 -> 0.05 -> 0.04 ng/mL, flat,
attributed to HF/demand; no ACS.
LHC 6/19 (Dr. Raghunathan): no angiographically significant coronary disease,
LVEDP 28 mmHg. Work-up for other causes: TSH 2.1, ferritin 88, TSAT 24%, HIV neg,
SPEP no M-spike. Alcohol: 1-2 glasses wine per week. She did NOT receive
anthracycline or trastuzumab for her breast cancer (lumpectomy + radiation +
tamoxifen only; confirmed with patient and outside oncology records).
Carvedilol 3.125 mg BID started 6/20. ARB/ARNI deferred for soft BP and AKI - to be
started in HF clinic.
At discharge she is comfortable at rest and walked the unit x2 with mild dyspnea.

DISCHARGE MEDICATIONS
carvedilol 3.125 mg PO BID (NEW)
furosemide 40 mg PO daily (NEW)
atorvastatin 20 mg PO daily (home)
amlodipine 5 mg - STOPPED

FOLLOW-UP
Heart failure clinic (Lakeshore Cardiovascular) within 14 days - Dr. Raghunathan.
Repeat LV assessment after >=3 months of guideline-directed therapy to decide on
primary-prevention ICD. Wearable defibrillator discussed and declined by patient.

Electronically signed by James O'Donnell, MD 06/21/2025 13:02
"""
    b.doc("doc-dc-20250621", "2025-06-21 13:02", "18842-5", "Discharge Summary", hosp, dc, encounter=adm,
          custodian=nsm)

    hfnote = """LAKESHORE CARDIOVASCULAR INSTITUTE - HEART FAILURE CLINIC
PROGRESS NOTE                                   Date of service: 10/21/2025 10:40
Provider: Meera Raghunathan, MD

HPI (carried forward from 07/10/2025 visit, updated below)
  "66 y/o F with newly diagnosed NICM, LVEF 20-25%, admitted 6/2025 with NYHA
  class IV symptoms, improved after diuresis. Here to start GDMT."
  UPDATE 10/21/2025: Feels much better. Walks 2-3 blocks on level ground before
  stopping, 1 flight of stairs with rest at the top. No orthopnea / PND. Brief
  palpitations (seconds) a few times a month. No syncope or presyncope.
  Weight 68.9 kg (dry ~69).

HF MEDICATIONS (reconciled with pt + bottles)
  sacubitril-valsartan 49/51 mg BID (24/26 started 7/10/25, up 8/14/25) -> INCREASE to 97/103 BID today
  metoprolol succinate 100 mg daily (switched from carvedilol 7/10/25 for dizziness; 25->50->100)
  spironolactone 25 mg daily (since 8/14/25) - K 4.6 on 10/14
  dapagliflozin 10 mg daily (since 9/2/25)
  furosemide 20 mg daily PRN wt gain > 3 lb/2 d

ROS
  Constitutional: negative for fever, chills, weight loss.
  Cardiovascular: see HPI.
  Respiratory: negative for cough, wheeze.
  GI: negative for nausea, abdominal pain.
  Neuro: negative for syncope, focal weakness.
  Psych: negative for depressed mood.

EXAM  BP 108/64  HR 66  SpO2 97% RA  Wt 68.9 kg
  JVP ~7 cm. Lungs clear. RRR, soft apical holosystolic murmur. No edema.

LABS 10/14/2025: Na 138, K 4.6, Cr 1.12, eGFR 53

ASSESSMENT / PLAN
1. Chronic HFrEF, non-ischemic DCM - NYHA II-III. On 4-drug GDMT, near target.
   Up-titrate ARNI as above. BMP in 1-2 weeks.
2. Primary-prevention ICD: defer; repeat LV imaging (cardiac MRI) after >= 3 months
   of optimized GDMT, planned January 2026. If LVEF remains <= 35% -> EP referral.
3. Palpitations - 48 h Holter.
4. HTN - at goal.
5. CKD 3a - stable.
RTC 3 months.

Electronically signed: M. Raghunathan, MD 10/21/2025 11:02
"""
    b.doc("doc-hf-20251021", "2025-10-21 11:02", "11506-3", "Heart Failure Clinic Progress Note", hf, hfnote,
          custodian=lci)

    ephtml = """<html><head><title>Electrophysiology Consultation</title></head><body>
<h2>Lakeshore Cardiovascular Institute &ndash; Cardiac Electrophysiology</h2>
<p><b>Consultation</b> &nbsp; Date of service: 01/29/2026 &nbsp; Requesting: Meera Raghunathan, MD<br/>
<b>Patient:</b> Margit J. Halvorsen &nbsp; DOB 09/14/1958 &nbsp; <b>Reason:</b> primary-prevention ICD evaluation</p>
<h3>History of present illness</h3>
<p>67-year-old woman with non-ischemic dilated cardiomyopathy diagnosed 06/2025 (LHC with no obstructive CAD). After &gt; 6 months of
guideline-directed therapy her cardiac MRI of 01/20/2026 shows LVEF 31% with septal mid-wall LGE. She can walk 2-3 blocks or climb one
flight before stopping; no rest symptoms, no orthopnea. <b>NYHA class II.</b> She has never had syncope, aborted sudden death or sustained
VT. Paroxysmal AF on 12/2025 Holter (3% burden, mean ventricular rate 84 bpm), on apixaban; rate well controlled on metoprolol.
Family history: brother died suddenly at 52 (no autopsy).</p>
<h3>Guideline-directed medical therapy</h3>
<table border="1" cellpadding="3">
<tr><th>Drug</th><th>Current dose</th><th>Start date</th><th>Comment</th></tr>
<tr><td>Sacubitril/valsartan</td><td>97/103 mg BID</td><td>07/10/2025</td><td>target dose since 10/21/2025</td></tr>
<tr><td>Metoprolol succinate</td><td>100 mg daily</td><td>07/10/2025</td><td>carvedilol 6/20-7/10/2025, changed for dizziness</td></tr>
<tr><td>Spironolactone</td><td>25 mg daily</td><td>08/14/2025</td><td></td></tr>
<tr><td>Dapagliflozin</td><td>10 mg daily</td><td>09/02/2025</td><td></td></tr>
</table>
<h3>Exam</h3>
<p>BP 104/68, HR 68 regular, SpO2 98%. Alert, oriented, comfortable. JVP not elevated. Lungs clear. No edema. ECG: sinus rhythm 66, QRS 112 ms
(non-specific IVCD, not LBBB).</p>
<h3>Other history relevant to candidacy</h3>
<ul>
<li>Left breast cancer 2014, stage IA, treated with lumpectomy/radiation/tamoxifen; surveillance 11/2025 NED. No life-limiting illness.</li>
<li>CKD stage 3a (eGFR 51-55), stable.</li>
<li>No cognitive impairment; independent in ADLs, drives, volunteers at library.</li>
</ul>
<h3>Assessment</h3>
<p>Non-ischemic DCM, NYHA II, LVEF 31% by CMR after &ge; 3 months of optimal medical therapy. No CABG/PCI and no MI; coronary angiography
without disease, so not a revascularization candidate. Clinically stable outpatient. QRS &lt; 130 ms, CRT not indicated.
Meets criteria for a primary-prevention single-chamber ICD.</p>
<h3>Plan</h3>
<ol>
<li>Formal shared decision-making visit with our HF nurse practitioner using the ICD decision aid before scheduling.</li>
<li>If she elects to proceed: single-chamber transvenous ICD, left side; hold apixaban 48 h pre-procedure.</li>
</ol>
<p><i>Samuel O. Adeyemi, MD &ndash; Clinical Cardiac Electrophysiology &ndash; e-signed 01/29/2026 16:40</i></p>
</body></html>"""
    b.doc("doc-ep-20260129", "2026-01-29 16:40", "11488-4", "Electrophysiology Consultation", ep, ephtml,
          ctype="text/html", encounter=enc_ep, custodian=lci)

    sdm = """[SCANNED DOCUMENT - Lakeshore Cardiovascular Institute - page 1 of 2]
-----------------------------------------------------------------------------
 SHARED DECISION-MAKING ENCOUNTER: IMPLANTABLE CARDIOVERTER-DEFIBRILLATOR
                       (primary prevention)
-----------------------------------------------------------------------------
 Patient: HALVORSEN, Margit      DOB: 09/14/1958      Date: 02/03/2026
 Clinician: Teresa Kowalczyk, APRN, CNP (HF program)  Visit: [X] in person [ ] video
 Others present: daughter (Kristin)

 Evidence-based decision tool used:
   [X] ICD decision aid - primary prevention, print version (patientdecisionaid.org)
   [ ] Other: ____________________________

 Reviewed with patient (check each):
   [X] What an ICD does / does not do (does not treat HF symptoms)
   [X] Expected benefit - pictograph of 100 people, 5-yr survival with/without ICD
   [X] Risks: infection, lead dislodgement, pneumothorax, inappropriate shocks
   [X] Living with an ICD: driving restrictions after shocks, remote checks,
       generator replacement
   [X] Option to deactivate; end-of-life planning
   [X] Alternatives incl. no ICD / continue medications only
   [X] Patient values & goals elicited

 Patient's words: "I want to be around for my grandkids. After what happened to
 my brother I'd rather have it."
 Teach-back: [X] adequate

 Decision:  [X] Proceed with ICD   [ ] Decline   [ ] Needs more time
 Time: 35 min face to face, > 50% counseling

 /s/ T. Kowalczyk APRN-CNP     e-signed 02/03/2026 15:12
-----------------------------------------------------------------------------
[page 2: copy of decision aid worksheet signed by patient - image only]
"""
    b.doc("doc-sdm-20260203", "2026-02-03 15:12", "34109-9", "Shared Decision Making - ICD (scanned form)", np_,
          sdm, custodian=lci, description="Scanned SDM checklist")

    tel = """TELEPHONE ENCOUNTER  02/10/2026 09:26
Caller: patient    Call back #: home
RN: D. Espinoza, RN (EP nurse line)

Pt called re: pre-procedure instructions for ICD implant. Reviewed: NPO after
midnight, hold apixaban 48 h before, hold dapagliflozin 3 days before, take
metoprolol AM of procedure with sip of water. She reports one episode of
"fluttering" last Tues lasting ~10 min, resolved on its own, no dizziness,
no chest pain, no SOB beyond baseline. Did not go to ED. Weight stable 69 kg.
Advised to keep symptom log; will forward to Dr. Adeyemi. Pt verbalized
understanding. Procedure date pending insurance authorization.
"""
    b.doc("doc-tel-20260210", "2026-02-10 09:31", "34748-4", "Telephone Encounter - EP nurse line", ep, tel,
          custodian=lci)

    # after the request date: does not exist for the case
    b.obs("obs-lvef-tte-20260305", "2026-03-05 10:50",
          cc("LV ejection fraction (TTE, biplane)", LOINC, "10230-1", "Left ventricular Ejection fraction"),
          qty(38, "%"), category="imaging", performer=lci, method="TTE, biplane Simpson",
          note="Limited study. Device lead seen in RV apex.")

    case = {
        "id": "bj-icd-01", "patient": "patients/pj01.json",
        "request": {
            "service": {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator (ICD), transvenous"},
            "diagnoses": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I42.0", "display": icd("I42.0")["display"]},
                          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.22", "display": icd("I50.22")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-02-17",
            "note": "Primary prevention single-chamber ICD. NICM, LVEF 31% by CMR 1/20/26 on GDMT since 7/2025. NYHA II. SDM completed 2/3/26.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.4",
            "evidence": ["Observation/obs-lvef-cmr-20260120", "DocumentReference/doc-ep-20260129",
                         "DocumentReference/doc-sdm-20260203", "Procedure/proc-lhc-20250619",
                         "MedicationRequest/mr-sacval-20250710"],
            "missing": [],
            "rationale": "B4 non-ischemic DCM: NYHA II, LVEF 31% by CMR, >=3 months OMT, no revascularization/MI, no revascularization candidacy (normal coronaries), SDM with NP and decision tool; general criteria met.",
        },
    }
    return case, b, "2026-02-17 08:00"


LOC_HV = "urn:oid:2.16.840.1.113883.3.9921.5.2"


def icd_02():
    b = Bundle("pj02", "America/New_York", "https://ehr.hudsonvalleyheart.example/fhir")
    b.patient("Baines", ["Gerald", "T."], "male", "1954-11-02", "Poughkeepsie", "NY",
              "urn:oid:2.16.840.1.113883.3.9921.1", "SBM7730154")
    hv = b.org("org-hvha", "Hudson Valley Heart Associates", "Cardiology group")
    sb = b.org("org-sbmc", "St. Brendan Medical Center", "Acute care hospital")
    ep = b.practitioner("pr-lindqvist", "Lindqvist", ["Anders"], "MD", "MD - Clinical Cardiac Electrophysiology", "1659384410")
    ic = b.practitioner("pr-moreau", "Moreau", ["Celeste"], "MD", "MD - Interventional Cardiology", "1770512289")
    gc = b.practitioner("pr-desai", "Desai", ["Kiran"], "MD", "MD - Cardiovascular Disease", "1023845567")

    adm = b.encounter("enc-adm-20260301", "2026-03-01 04:52", "2026-03-04 15:20", "IMP", "Inpatient - cardiology",
                      ic, sb, "NSTEMI")
    b.condition("cond-cad", "I25.10", "2019-08-16 09:00", onset="2019-08", text="CAD s/p PCI RCA 2019")
    b.condition("cond-nstemi", "I21.4", "2026-03-01 07:10", onset="2026-03-01 02:30", clinical="resolved",
                abatement="2026-03-29", text="NSTEMI 03/01/2026 (culprit proximal LAD)")
    b.condition("cond-icm", "I25.5", "2026-03-04 14:40", text="Ischemic cardiomyopathy", asserter=ic)
    b.condition("cond-hf", "I50.22", "2026-04-28 10:15", text="Chronic systolic HF", asserter=gc)
    b.condition("cond-dm", "E11.9", "2017-05-02 09:00", text="Type 2 diabetes, diet + metformin")

    b.procedure("proc-pci-rca-2019", "2019-08-15 13:20",
                cc("PCI with drug-eluting stent, mid RCA", SNOMED, "415070008", "Percutaneous coronary intervention"),
                performer=ic, outcome="3.0 x 18 mm DES mid RCA, TIMI 3 flow", location="St. Brendan Cath Lab")
    pci = b.procedure("proc-pci-lad-20260302", "2026-03-02 09:47",
                      cc("PCI with drug-eluting stent, proximal LAD", SNOMED, "415070008",
                         "Percutaneous coronary intervention"),
                      performer=ic, reason="NSTEMI", location="St. Brendan Cath Lab 1",
                      outcome="Culprit 95% proximal LAD -> 3.5 x 24 mm DES, 0% residual, TIMI 3. Patent RCA stent. Moderate (50%) OM1 - medical therapy.")
    b.obs("obs-lvef-20260303", "2026-03-03 11:15",
          cc("LVEF (TTE)", LOINC, "10230-1", "Left ventricular Ejection fraction"), qty(30, "%"),
          category="imaging", performer=sb, encounter=adm, method="TTE biplane",
          note="Akinesis of mid-distal anterior wall, septum and apex. No LV thrombus.")
    b.obs("obs-tele-20260302", "2026-03-02 23:40", cc("Telemetry event", LOC_HV, "TELE-EVT"),
          ("valueString", "Non-sustained ventricular tachycardia, 9 beats, asymptomatic, hemodynamically stable"),
          category="procedure", performer=sb, encounter=adm,
          note="Reperfusion period, <24 h after PCI. K 3.6 -> repleted. No further runs.")
    b.obs("obs-lvef-20260428", "2026-04-28 09:30",
          cc("LVEF (TTE)", LOINC, "10230-1", "Left ventricular Ejection fraction"), qty(32, "%"),
          category="imaging", performer=hv, method="TTE biplane Simpson",
          note="Persistent anteroapical akinesis. Mild MR.")
    b.obs("obs-nyha-20260512", "2026-05-12 10:20", cc("NYHA class", LOC_HV, "NYHA"),
          ("valueString", "II"), category="survey", performer=ep)

    b.medreq("mr-tica-20260302", "2026-03-02 10:30", rx("ticagrelor 90 MG Oral Tablet", "1116632"),
             dosage="90 mg PO BID x 12 months", requester=ic, validity=("2026-03-02", "2027-03-02"),
             reason="DES LAD 3/2/2026")
    b.medreq("mr-asa-20260302", "2026-03-02 10:30", rx("aspirin 81 MG Oral Tablet", "1191"),
             dosage="81 mg PO daily", requester=ic)
    b.medreq("mr-metop-20260303", "2026-03-03 08:00", rx("metoprolol succinate ER 50 MG", "6918"),
             dosage="50 mg daily; increased to 100 mg daily 4/28/2026", requester=ic)
    b.medreq("mr-lisinopril-20260303", "2026-03-03 08:00", rx("lisinopril 10 MG Oral Tablet", "29046"),
             dosage="10 mg daily", requester=ic)

    dc = """ST. BRENDAN MEDICAL CENTER - DISCHARGE SUMMARY
Patient: Baines, Gerald T   MRN SBM7730154   DOB 11/02/1954   Admit 03/01/2026   D/C 03/04/2026
Attending: Celeste Moreau, MD (Interventional Cardiology)

Dx: NSTEMI (type 1), culprit proximal LAD
    Ischemic cardiomyopathy, LVEF 30%
    CAD s/p prior RCA DES (2019)
    T2DM, HTN, HLD

Course: 71M presented 3/1 ~03:00 with 2 h of substernal pressure, diaphoresis. Trop I peak 18.6 ng/mL.
ECG: ST depression V2-V5. Heparin/ASA/ticagrelor load. Cath 3/2/2026: 95% proximal LAD
culprit -> PCI with 3.5 x 24 mm DES, excellent result. Patent mid-RCA stent. Moderate 50% OM1,
FFR not done - medical therapy. TTE 3/3: LVEF 30%, anteroapical akinesis, no thrombus.
Telemetry: 9-beat NSVT overnight after PCI (reperfusion), K repleted, none after.
LifeVest discussed - pt declined. Plan: GDMT, cardiac rehab, repeat echo ~8 weeks; EP referral if
EF remains <= 35% (ideally >= 90 days after revascularization).

D/C meds: ASA 81 daily; ticagrelor 90 BID x 12 mo; atorvastatin 80; metoprolol succ 50 daily;
lisinopril 10 daily; metformin 1000 BID; SL NTG PRN.
F/u: Dr. Desai 4-6 wk. Cardiac rehab referral placed.
e-signed C. Moreau MD 03/04/2026 15:02
"""
    b.doc("doc-dc-20260304", "2026-03-04 15:02", "18842-5", "Discharge Summary", ic, dc, encounter=adm, custodian=sb)

    fu = """Hudson Valley Heart Associates
Office Visit - Kiran Desai, MD - 04/28/2026

CC: post-MI follow-up

S: Feels "pretty good." Doing phase II cardiac rehab 3x/wk, up to 25 min on treadmill at 2.8 mph.
Mild DOE with hills/2 flights. No angina since discharge. No palpitations, no syncope/presyncope.
Compliant with DAPT.

O: BP 118/72, HR 64, wt 91.2 kg. Lungs clear, no JVD, no edema.
Echo today: LVEF 32%, persistent anteroapical akinesis, mild MR.

A/P:
# ICM, LVEF 32% at ~8 wk post MI/PCI, NYHA II - uptitrate metoprolol succ to 100; consider ARNI at next visit.
# CAD s/p DES pLAD 3/2/26 - DAPT through 3/2027; no angina -> no further revascularization planned.
# Refer EP (Dr. Lindqvist) for primary prevention ICD discussion.
# I will do the SDM conversation with decision aid at a separate visit next week as he asked for time to think.
RTC 3 mo.
"""
    b.doc("doc-fu-20260428", "2026-04-28 11:40", "11506-3", "Cardiology Office Visit", gc, fu, custodian=hv)

    sdm = """Hudson Valley Heart Associates - SHARED DECISION MAKING NOTE (ICD)
Date: 05/05/2026   Clinician: Kiran Desai, MD   Visit type: in person, 30 min

Tool: ICD decision aid for primary prevention (patientdecisionaid.org) - reviewed page by page with
patient and wife. Discussed estimated benefit (pictograph), risks (infection, lead problems, inappropriate
shocks), device life, driving, deactivation. Patient values: "wants to stay active, not afraid of surgery."
Alternative of waiting and repeating echo at 3+ months after PCI also discussed.
Decision: patient prefers to proceed with ICD.
K. Desai MD
"""
    b.doc("doc-sdm-20260505", "2026-05-05 16:05", "34109-9", "Shared Decision Making - ICD", gc, sdm, custodian=hv)

    epn = """HUDSON VALLEY HEART ASSOCIATES  -  ELECTROPHYSIOLOGY CONSULT                 PAGE 1
DATE OF SERVICE: 05/12/2026                 PROVIDER: ANDERS LINDQVIST, MD
PATIENT: BAINES, GERALD T                   DOB: 11/02/1954
==========================================================================================
REASON FOR CONSULT: PRIMARY PREVENTION ICD
HPI: 71 Y/O M WITH ICM. PAST CARDIAC HISTORY (FROM PROBLEM LIST): CAD S/P PCI TO RCA
08/2019. NSTEMI 03/01/2026. LVEF 32% (TTE 04/28/2026). NYHA CLASS II. DENIES SYNCOPE,
PRESYNCOPE. NO HX SUSTAINED VT OR CARDIAC ARREST. 9-BEAT NSVT ON TELEMETRY 03/2026.
MEDS: ASA 81, TICAGRELOR 90 BID, ATORVASTATIN 80, METOPROLOL SUCC 100, LISINOPRIL 10,
METFORMIN 1000 BID.
EXAM: BP 116/70 HR 62. NO JVD. LUNGS CLEAR. NO EDEMA.
ECG: SR 62, QRS 98 MS, Q WAVES V1-V4.
------------------------------------------------------------------------------------------
CMS CHECKLIST (ICD, NCD 20.4)
  ISCHEMIC CM, NYHA II/III, LVEF <= 35% ...................... YES
  MI WITHIN 40 DAYS ........................................... NO  (03/01/2026)
  CABG OR PCI WITHIN 3 MONTHS ................................. NO  (LAST PCI 2019)
  CANDIDATE FOR REVASCULARIZATION ............................. NO
  NYHA IV ..................................................... NO
  SDM WITH DECISION TOOL ...................................... YES (DR DESAI 05/05/2026)
  CLINICALLY STABLE / NO LIFE-LIMITING NON-CARDIAC DISEASE .... YES
------------------------------------------------------------------------------------------
PLAN: SINGLE CHAMBER ICD. TARGET DATE 05/28/2026. HOLD METFORMIN AM OF PROCEDURE.
CONTINUE DAPT UNINTERRUPTED.
ELECTRONICALLY SIGNED A. LINDQVIST MD 05/12/2026 17:44
"""
    b.doc("doc-ep-20260512", "2026-05-12 17:44", "11488-4", "EP Consult", ep, epn, custodian=hv)

    tel = """Phone note 05/14/2026 2:15 PM - R. Whitcombe (device/EP scheduling)
Spoke w/ pt's wife. ICD implant penciled for 5/28/26 at St. Brendan. Needs Medicare prior auth
packet - sending EP consult + echo. Wife asked whether the stent "in March" affects timing; told
her I would ask Dr. L. Message routed.
"""
    b.doc("doc-tel-20260514", "2026-05-14 14:15", "34748-4", "Telephone note - scheduling", ep, tel, custodian=hv)

    case = {
        "id": "bj-icd-02", "patient": "patients/pj02.json",
        "request": {
            "service": {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator (ICD), transvenous"},
            "diagnoses": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I25.5", "display": icd("I25.5")["display"]},
                          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.22", "display": icd("I50.22")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-05-19",
            "note": "Primary prevention ICD for ischemic CM, EF 32%, NYHA II. MI > 40 days. SDM done.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.4",
            "evidence": ["Procedure/proc-pci-lad-20260302", "DocumentReference/doc-dc-20260304",
                         "Observation/obs-lvef-20260428"],
            "missing": [],
            "rationale": "B3 (and B2) exclude PCI within the past 3 months; DES to proximal LAD 03/02/2026 is 78 days before the request. EP checklist wrongly lists last PCI as 2019. No sustained VT (B1 not applicable).",
        },
    }
    return case, b, "2026-05-19 08:00"
