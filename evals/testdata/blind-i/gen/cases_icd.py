"""NCD 20.4 cases (implantable cardioverter defibrillator, CPT 33249)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, CPT, SNOMED, LOINC

SVC = {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator, transvenous lead(s)"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def icd01():
    c = Chart("pi01", "OH", "https://fhir.stbrendan-cle.example/r4")
    FS = "urn:oid:1.2.840.114350.1.13.412.2.7.2.707679"
    c.patient("Kowalczyk", ["Dennis", "R."], "male", "1957-05-19", "Parma", "44134", "00482913",
              "6618 Ridgewood Dr", "440-555-0187")
    ep = c.prac("pr-raman", "Raman", ["Anjali"], "Dr.", "MD", ["Clinical Cardiac Electrophysiology"])
    hf = c.prac("pr-bell", "Bell", ["Marcus", "T."], "Dr.", "MD", ["Advanced Heart Failure and Transplant Cardiology"])
    np = c.prac("pr-okonkwo", "Okonkwo", ["Theresa"], None, "APRN-CNP", ["Nurse Practitioner, Heart Failure Clinic"])
    hosp = c.prac("pr-venkat", "Venkataraman", ["Priya"], "Dr.", "MD", ["Hospital Medicine"])
    org = c.org("org-stb", "St. Brendan Medical Center / Cuyahoga Valley Heart & Vascular", "Parma", "Hospital system")

    c.cond("cond-8841", "I42.0", "Dilated cardiomyopathy", "2025-07-13 16:40", onset="2025-07-10 00:00", recorder=hosp,
           note="Non-ischemic (LHC 07/13/2025 without obstructive CAD). Etiology idiopathic vs tachycardia-mediated; CMR 01/2026 mid-wall septal LGE.")
    c.cond("cond-8842", "I50.22", "Chronic systolic (congestive) heart failure", "2025-08-05 10:12", onset="2025-07-10 00:00", recorder=hf)
    c.cond("cond-8843", "I48.0", "Paroxysmal atrial fibrillation", "2025-07-10 22:31", recorder=hosp,
           note="Presented with AF RVR 140s; spontaneous conversion 07/12/2025.")
    c.cond("cond-8844", "N18.31", "Chronic kidney disease, stage 3a", "2024-11-05 09:20")
    c.cond("cond-8845", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
           "2025-07-10 22:35", verification="refuted", clinical="inactive", recorder=hosp,
           note="Entered as r/o CAD on admission. LHC 07/13/25: mild luminal irregularities only (LAD 20%), no obstructive disease.")

    c.obs("obs-31877", local(FS, "3040102117", "NYHA FUNCTIONAL CLASS", "NYHA functional class"), "2025-07-10 21:50",
          vcc=cc(text="Class IV"), category="survey", performer=hosp, note="At presentation, dyspnea at rest.")
    lvef_echo = c.obs("obs-31902", loinc("10230-1", "Left ventricular Ejection fraction", "LVEF (TTE, visual estimate)"),
                      "2025-07-11 09:15", vrange=(20, 25, "%"), category="imaging", method="Transthoracic echocardiogram")
    c.proc("proc-5521", cc((CPT, "93458", "Left heart catheterization with coronary angiography"),
                           text="Left heart cath / coronary angiography / LV gram"), "2025-07-13 11:05",
           performer=hf, reason="New cardiomyopathy, evaluate for ischemic etiology",
           outcome="Mild luminal irregularities (LAD 20%), no obstructive coronary disease. LVEDP 28 mmHg. No intervention.")
    mri_ef = c.obs("obs-40211", loinc("10230-1", "Left ventricular Ejection fraction", "LVEF (cardiac MRI)"),
                   "2026-01-22 13:30", value=29, unit="%", category="imaging", method="Cardiac MRI with gadolinium")
    c.report("dr-40210", cc(text="CARDIAC MRI WITH AND WITHOUT CONTRAST"),
             "2026-01-22 13:30", issued="2026-01-23 08:47", results=[mri_ef],
             conclusion="1. Dilated left ventricle (LVEDVi 142 mL/m2) with moderate-severe global systolic dysfunction, LVEF 29%. "
                        "2. Mid-wall linear late gadolinium enhancement of the basal-mid septum, non-ischemic pattern. "
                        "No subendocardial or transmural enhancement to suggest prior infarction. 3. RVEF 44%. 4. Moderate functional MR.")
    c.obs("obs-41390", local(FS, "3040109981", "HOLTER 14 DAY SUMMARY", "Ambulatory ECG monitor summary"), "2026-01-27 10:00",
          period_end="2026-02-10 10:00", category="procedure",
          vstr="Predominantly sinus rhythm, mean HR 71. Paroxysmal AF burden 3% (longest 5 h 12 min), mean ventricular rate in AF 84, max 112. "
               "Ventricular ectopy 2.1%. 4 runs NSVT, longest 6 beats at 168 bpm. No sustained VT. No pauses > 3 s.")
    nyha = c.obs("obs-42007", local(FS, "3040102117", "NYHA FUNCTIONAL CLASS", "NYHA functional class"), "2026-02-26 10:40",
                  vcc=cc(text="Class III"), category="survey", performer=hf)

    carv = c.medreq("mr-7001", rx("20352", "carvedilol", "carvedilol 25 MG Oral Tablet"), "2025-07-14 15:02", requester=hosp,
                    dosage="25 mg by mouth twice daily with food", reason="HFrEF / rate control",
                    note="Started 3.125 mg BID 07/14/2025; uptitrated 6.25 (08/2025), 12.5 (10/2025), 25 mg BID since 12/04/2025.")
    c.medreq("mr-7002", rx("29046", "lisinopril", "lisinopril 2.5 MG Oral Tablet"), "2025-07-14 15:02", status="stopped",
             requester=hosp, dosage="2.5 mg daily", validity=("2025-07-14 15:02", "2025-10-01 20:00"),
             note="Stopped 10/01/2025, 36-hour washout before sacubitril/valsartan.")
    c.medreq("mr-7003", medtext("sacubitril 49 MG / valsartan 51 MG Oral Tablet (ENTRESTO)", "urn:oid:2.16.840.1.113883.6.253", "64181"),
             "2025-10-03 09:30", requester=hf, dosage="1 tablet by mouth twice daily", reason="HFrEF")
    c.medreq("mr-7004", rx("9997", "spironolactone", "spironolactone 25 MG Oral Tablet"), "2025-08-20 11:15", requester=hf,
             dosage="25 mg daily")
    c.medreq("mr-7005", rx("1545653", "empagliflozin", "empagliflozin 10 MG Oral Tablet"), "2025-09-15 14:20", requester=hf,
             dosage="10 mg daily")
    c.medreq("mr-7006", rx("1364430", "apixaban", "apixaban 5 MG Oral Tablet"), "2025-07-12 08:00", requester=hosp,
             dosage="5 mg twice daily", reason="Paroxysmal AF, CHA2DS2-VASc 2")

    ds = """ST. BRENDAN MEDICAL CENTER                          DISCHARGE SUMMARY
------------------------------------------------------------------------
PATIENT: KOWALCZYK, DENNIS R          MRN: 00482913      DOB: 05/19/1957
ADMIT: 07/10/2025 21:14               DISCHARGE: 07/17/2025 13:05
ATTENDING: Priya Venkataraman, MD (Hospital Medicine)
CONSULTANTS: Cardiology - Marcus Bell, MD
------------------------------------------------------------------------
PRINCIPAL DIAGNOSIS
  New onset acute systolic heart failure, NYHA class IV on presentation
SECONDARY DIAGNOSES
  Atrial fibrillation with rapid ventricular response, new onset - converted
  Dilated cardiomyopathy, non-ischemic (see LHC)
  CKD stage 3a (baseline Cr 1.3-1.4)
  Suspected CAD - RULED OUT

HOSPITAL COURSE
68 yo M with no known cardiac history presented with
3 weeks of progressive DOE, 3-pillow orthopnea, PND and ~15 lb weight gain; dyspneic
at rest in ED. AF with RVR 140s. BNP 2,840. hs-TnI 32 -> 35 -> 33 ng/L (flat, felt
HF/demand related, no ACS).
TTE 7/11: LVEF 20-25% (visual), global hypokinesis, LVIDd 6.6 cm, moderate functional
MR, RVSP 44.
LHC 7/13 (Dr. Bell): mild luminal irregularities, LAD 20%, no obstructive CAD,
LVEDP 28. No intervention.
Diuresed ~9 L with IV furosemide. Diltiazem drip briefly, then metoprolol, converted
spontaneously to SR 7/12. Transitioned to carvedilol. Apixaban started.
Drinks 2-3 beers/day x years - counseled, pt states he will quit. Etiology of CM felt
idiopathic vs tachycardia-mediated vs EtOH; plan repeat imaging after 3-6 mo GDMT.

DISCHARGE MEDICATIONS
  carvedilol 3.125 mg PO BID (NEW)
  lisinopril 2.5 mg PO daily (NEW)
  furosemide 40 mg PO daily (NEW)
  apixaban 5 mg PO BID (NEW)
  spironolactone - deferred, K 5.1 on 7/16

CONDITION AT DISCHARGE: stable. Ambulating hallway without O2. NYHA II-III.
FOLLOW-UP: HF clinic (Dr. Bell) 1-2 weeks; labs BMP 1 week.

Electronically signed: Priya Venkataraman, MD 07/17/2025 15:22
"""
    c.doc("doc-ds-250717", "18842-5", "Discharge Summary", "2025-07-17 15:22", hosp, ds, custodian=org)

    hfnote = """HEART FAILURE CLINIC - PROGRESS NOTE
Cuyahoga Valley Heart & Vascular | Marcus T. Bell, MD
Date of service: 02/26/2026

CHIEF COMPLAINT: HFrEF follow-up, review CMR and Holter.

HPI (carried forward from 08/05/2025, updated):
Mr. Kowalczyk is a 68 y/o man with non-ischemic dilated cardiomyopathy diagnosed 07/2025 when
he presented with NYHA class IV symptoms, AF with RVR and LVEF 20-25%. LHC showed no obstructive CAD.
[08/05/2025] Feels better since discharge, still DOE with 1 flight.
[02/26/2026 update] Now ~8 months on GDMT. Walks 1-2 blocks on level ground then has to stop and
rest; one flight of stairs slowly with a rest at the top. No dyspnea at rest, no orthopnea, sleeps
flat on 1 pillow. Weight stable 196-199 lb at home. Has not had alcohol since July. Adherent to meds
(pillbox, wife helps). No ED visits.

ROS:
Constitutional: Negative for fever, chills, weight loss.
Cardiovascular: Positive for dyspnea on exertion. Negative for chest pain, palpitations, syncope,
  presyncope, orthopnea, PND, leg swelling.
Respiratory: Negative for cough, wheezing.
Neuro: Negative for focal weakness, confusion.
All other systems reviewed and are negative.

EXAM: BP 104/66 | HR 68 regular | SpO2 97% RA | Wt 197.4 lb
JVP 7 cm. Lungs clear. RRR, soft apical holosystolic murmur 2/6. No edema. Warm extremities.

DATA:
- CMR 01/22/2026: LVEF 29%, LVEDVi 142, mid-wall septal LGE (non-ischemic pattern), no infarct scar.
- 14-day monitor 01/27-02/10/2026: PAF burden 3%, rates controlled (mean 84 in AF), NSVT x4 (max 6
  beats). No sustained VT.
- BMP 02/19/2026: Na 138, K 4.6, Cr 1.38, eGFR 54.
- ECG today: SR 66, QRS 108 ms, nonspecific IVCD. Not a CRT candidate.

CURRENT MEDS (start dates):
  carvedilol 25 mg BID (07/14/2025; at target dose since 12/04/2025)
  sacubitril/valsartan 49/51 mg BID (10/03/2025; replaced lisinopril 2.5 mg started 07/14/2025)
  spironolactone 25 mg daily (08/20/2025)
  empagliflozin 10 mg daily (09/15/2025)
  furosemide 20 mg daily PRN wt gain > 3 lb
  apixaban 5 mg BID (07/12/2025)

ASSESSMENT/PLAN:
1. Non-ischemic DCM, HFrEF, NYHA class III today. LVEF persistently <= 35% (29% by CMR) after > 6 months
   of guideline-directed medical therapy at maximally tolerated doses (BP limits further ARNI titration).
   -> Refer to EP (Dr. Raman) for primary-prevention ICD evaluation.
   -> Shared decision-making visit with Theresa Okonkwo, CNP using the ICD decision aid before EP visit.
2. Paroxysmal AF - rate controlled, low burden. Continue apixaban.
3. CKD 3a - stable.
4. RTC 3 months.

Marcus T. Bell, MD  | signed 02/26/2026 12:18
"""
    enc = c.enc("enc-hf-0226", "AMB", "Heart failure clinic follow-up", "2026-02-26 10:20", "2026-02-26 11:05", hf, org)
    c.doc("doc-hf-260226", "11506-3", "HF Clinic Progress Note", "2026-02-26 12:18", hf, hfnote, custodian=org, encounter=enc)

    sdm = """<html><head><title>Shared Decision-Making Visit - ICD</title></head><body>
<h3>Heart Failure Clinic &mdash; Shared Decision-Making Encounter</h3>
<p><b>Patient:</b> Dennis R. Kowalczyk &nbsp; <b>DOB:</b> 05/19/1957 &nbsp; <b>Date:</b> 03/05/2026 &nbsp;
<b>Clinician:</b> Theresa Okonkwo, APRN-CNP</p>
<p><b>Decision:</b> Whether to have a primary-prevention implantable cardioverter-defibrillator (ICD).</p>
<p><b>Decision tool used:</b> &ldquo;Implantable Cardioverter-Defibrillator (ICD): A Decision Aid for People with Heart
Failure&rdquo; (evidence-based patient decision aid, University of Colorado Patient Decision Aids program), printed
booklet and video, reviewed together page by page. Copy given to patient.</p>
<table border="1" cellpadding="3">
<tr><th>Topic reviewed</th><th>Discussed</th><th>Comment</th></tr>
<tr><td>What an ICD does / does not do (does not treat HF symptoms)</td><td>Yes</td><td>Teach-back correct</td></tr>
<tr><td>Benefit: out of 100 people like him, about 7 fewer deaths over 5 years</td><td>Yes</td><td>Used icon array</td></tr>
<tr><td>Risks: infection, lead problems, inappropriate shocks (~1 in 5 over 5 yr)</td><td>Yes</td><td></td></tr>
<tr><td>Living with a device: driving, magnets, follow-up, battery changes</td><td>Yes</td><td>Commercial driver? No (retired machinist)</td></tr>
<tr><td>Turning off shocks at end of life / deactivation</td><td>Yes</td><td>Has health-care POA (wife)</td></tr>
<tr><td>Option of no ICD; continuing medicines only</td><td>Yes</td><td></td></tr>
</table>
<p><b>Patient values / goals:</b> &ldquo;I want to see my granddaughter graduate.&rdquo; Accepts small risk of procedure. Wife
present and participated.</p>
<p><b>Decision:</b> Patient chooses to proceed with EP evaluation for ICD. Decisional conflict (SURE test) 4/4.</p>
<p>Total time 35 minutes, &gt; 50% counseling.</p>
<p>Theresa Okonkwo, APRN-CNP &mdash; electronically signed 03/05/2026 16:02</p>
</body></html>"""
    c.doc("doc-sdm-260305", "11506-3", "Shared Decision-Making Visit - ICD", "2026-03-05 16:02", np, sdm, ctype="text/html", custodian=org)

    letter = """Cuyahoga Valley Heart & Vascular - Cardiac Electrophysiology
6707 Powers Blvd, Parma, OH

March 12, 2026

Marcus T. Bell, MD
Heart Failure Clinic

RE: Dennis R. Kowalczyk   DOB 05/19/1957

Dear Marcus,

Thank you for referring Mr. Kowalczyk, a 68-year-old retired machinist, for consideration of a
primary-prevention ICD. I saw him today in the EP clinic with his wife.

He was diagnosed with a non-ischemic dilated cardiomyopathy in July 2025 (LVEF 20-25% by TTE, no
obstructive CAD at catheterization 07/13/2025). Despite guideline-directed therapy since July 2025 -
carvedilol now 25 mg BID, sacubitril/valsartan 49/51 mg BID since October (after lisinopril),
spironolactone 25 mg and empagliflozin 10 mg - his cardiac MRI on 01/22/2026 shows an LVEF of 29%
with mid-wall septal scar. He has class II-III symptoms: on good days he walks his dog around the
block, on bad days he stops halfway. He has never had syncope or presyncope. There is no history
of sustained VT or cardiac arrest; his 14-day monitor showed brief NSVT only (longest 6 beats).

His only brother died suddenly at 52 while shoveling snow (no autopsy). Parents lived to their 80s.

Paroxysmal AF is infrequent and rate-controlled on carvedilol (mean 84 bpm in AF on the monitor).
He has CKD 3a (eGFR 54) but no other significant illness; he is active, cognitively intact and
clinically stable as an outpatient. No MI, PCI or CABG at any time, and no symptoms or findings
that would make him a candidate for revascularization.

He completed a formal shared decision-making visit with Ms. Okonkwo on 03/05/2026 using the ICD
decision aid and wishes to proceed.

Impression: Non-ischemic DCM, LVEF 29% after > 3 months of optimal medical therapy, NYHA II-III.
QRS 108 ms - CRT not indicated.
Recommendation: Single-chamber transvenous ICD (CPT 33249). Tentatively scheduled 04/07/2026.
Will hold apixaban 48 hours pre-procedure.

Sincerely,

Anjali Raman, MD
Clinical Cardiac Electrophysiology
cc: PCP Janet Frey, DO
"""
    c.doc("doc-ep-260312", "11488-4", "EP Consultation Letter", "2026-03-12 17:40", ep, letter, custodian=org)

    phone = """TELEPHONE ENCOUNTER  03/27/2026 09:14
Caller: patient's wife (Carol)  Re: upcoming ICD implant
Reviewed pre-procedure instructions: NPO after midnight 04/06, hold apixaban starting AM 04/05, hold
empagliflozin 3 days prior. Arrival 06:00 at Heart & Vascular procedural area, 2nd floor.
Wife verbalized understanding. Prior authorization submitted 03/24 - pending.
-- K. Domanski, RN
"""
    c.doc("doc-tel-260327", "34748-6", "Telephone Encounter", "2026-03-27 09:14", ep, phone, custodian=org)

    case = {
        "id": "bi-icd-01", "patient": "patients/pi01.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "I42.0", "display": "Dilated cardiomyopathy"},
                                  {"system": ICD, "code": "I50.22", "display": "Chronic systolic (congestive) heart failure"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-24",
                    "note": "Primary prevention ICD, non-ischemic cardiomyopathy."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                 "evidence": [mri_ef, nyha, carv, "DocumentReference/doc-sdm-260305", "DocumentReference/doc-ep-260312"],
                 "missing": [],
                 "rationale": "B4: non-ischemic DCM (no obstructive CAD at LHC), LVEF 29% by CMR, NYHA III (older class IV at "
                              "presentation superseded), OMT since 07/2025 (> 3 months; ACE-I to ARNI switch keeps therapy continuous), "
                              "no CABG/PCI/MI, not a revascularization candidate, SDM by NP with evidence-based decision aid before "
                              "implant. Stable, AF rate-controlled, no life-limiting non-cardiac disease. NSVT is not sustained; brother's "
                              "sudden death is family history."},
    }
    return case, c


def icd02():
    c = Chart("pi02", "TX", "https://fhir.missionhills-sa.example/r4")
    LAB = "http://fhir.missionhills-sa.example/CodeSystem/lab-local"
    c.patient("Delgado", ["Rosa", "Mar\u00eda"], "female", "1961-02-08", "San Antonio", "78228", "MH2207741",
              "4410 Babcock Rd Apt 12", "210-555-0143", lang=("es", "Spanish"))
    ed = c.prac("pr-oyelaran", "Oyelaran", ["Kayode"], "Dr.", "MD", ["Emergency Medicine"])
    card = c.prac("pr-huang", "Huang", ["Wei"], "Dr.", "MD", ["Cardiovascular Disease"])
    ep = c.prac("pr-castillo", "Castillo", ["Elena", "M."], "Dr.", "MD", ["Clinical Cardiac Electrophysiology"])
    hosp = c.prac("pr-ochoa", "Ochoa", ["Daniel"], "Dr.", "DO", ["Hospital Medicine"])
    org = c.org("org-mh", "Mission Hills Regional Medical Center", "San Antonio", "Hospital")

    c.cond("cond-2201", "I49.01", "Ventricular fibrillation", "2026-10-19 07:02", onset="2026-10-19 06:10", recorder=ed,
           category="encounter-diagnosis")
    arrest = c.cond("cond-2202", "I46.8", "Cardiac arrest due to other underlying condition", "2026-10-28 11:30",
                    onset="2026-10-19 06:10", clinical="resolved", recorder=hosp, category="encounter-diagnosis",
                    note="VF arrest precipitated by severe hypokalemia/hypomagnesemia with acquired QT prolongation.")
    c.cond("cond-2203", "E87.6", "Hypokalemia", "2026-10-19 07:02", clinical="resolved", recorder=ed)
    c.cond("cond-2204", "E83.42", "Hypomagnesemia", "2026-10-19 07:40", clinical="resolved", recorder=ed)
    c.cond("cond-2205", "I10", "Essential (primary) hypertension", "2018-03-14 10:00")
    c.cond("cond-2206", "A08.11", "Acute gastroenteropathy due to Norwalk agent", "2026-10-19 08:15", clinical="resolved",
           recorder=ed, note="Household contacts (grandchildren) norovirus positive; 4 days vomiting/diarrhea before arrest.")
    c.cond("cond-2207", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "2026-10-19 07:05",
           verification="refuted", clinical="inactive", recorder=ed, category="encounter-diagnosis",
           note="Refuted 10/20/2026: no culprit lesion on LHC; troponin rise attributed to arrest/defibrillation (myocardial injury).")

    k = c.obs("obs-k-1019", loinc("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-10-19 06:58",
              value=2.4, unit="mmol/L", ucum="mmol/L", category="laboratory", interp="Critical low")
    c.obs("obs-mg-1019", local(LAB, "MG-SI", "Magnesium, serum (SI units)"),
          "2026-10-19 06:58", value=0.45, unit="mmol/L", ucum="mmol/L", category="laboratory", interp="Critical low",
          note="Reported by reference lab in SI units (= 1.1 mg/dL).")
    c.obs("obs-qtc-1019", loinc("8636-3", "Q-T interval corrected"), "2026-10-19 06:49", value=538, unit="ms",
          category="procedure", performer=ed, note="Post-ROSC ECG. Sinus tachycardia 112, diffuse ST depression, no STEMI.")
    c.obs("obs-tn-1019", loinc("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"),
          "2026-10-19 18:02", value=2140, unit="ng/L", category="laboratory", interp="High", note="Peak value.")
    c.obs("obs-lvef-1020", loinc("10230-1", "Left ventricular Ejection fraction"), "2026-10-20 08:30", vrange=(55, 60, "%"),
          category="imaging", method="Transthoracic echocardiogram", performer=card)
    c.obs("obs-k-1022", loinc("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-10-22 05:10", value=4.3,
          unit="mmol/L", ucum="mmol/L", category="laboratory")
    c.obs("obs-qtc-1023", loinc("8636-3", "Q-T interval corrected"), "2026-10-23 07:30", value=446, unit="ms",
          category="procedure", performer=card)
    c.proc("proc-lhc-1020", cc((CPT, "93458", "Left heart catheterization with coronary angiography")), "2026-10-20 13:10",
           performer=card, reason="Resuscitated VF arrest, rule out ischemic cause",
           outcome="Normal coronary arteries except 30% mid-RCA plaque. No culprit lesion. LVEDP 14 mmHg. No intervention.")
    c.report("dr-gen-1030", local(LAB, "GENARR84", "Comprehensive arrhythmia and cardiomyopathy gene panel (84 genes)"),
             "2026-10-21 10:00", issued="2026-10-30 09:05", category="GE", cat_display="Genetics",
             conclusion="NEGATIVE. No pathogenic or likely pathogenic variants identified in 84 genes associated with inherited "
                        "arrhythmia and cardiomyopathy (including KCNQ1, KCNH2, SCN5A, RYR2, CASQ2). One variant of uncertain "
                        "significance: TTN c.78112G>A (heterozygous) - not considered explanatory.")
    c.medreq("mr-hctz", rx("5487", "hydrochlorothiazide", "hydrochlorothiazide 25 MG Oral Tablet"), "2021-06-02 09:00",
             status="stopped", dosage="25 mg daily", validity=("2021-06-02 09:00", "2026-10-19 08:00"),
             note="DISCONTINUED 10/19/2026 - hypokalemia, QT prolongation.")
    c.medreq("mr-amlo", rx("17767", "amlodipine", "amlodipine 5 MG Oral Tablet"), "2026-10-27 16:00", requester=hosp,
             dosage="5 mg daily", reason="Hypertension (replaces HCTZ)")

    ednote = """MISSION HILLS REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT PHYSICIAN RECORD
PT: DELGADO, ROSA MARIA   MRN: MH2207741   DOB: 02/08/1961   ARRIVAL: 10/19/2026 06:41  ACUITY: ESI 1
PREFERRED LANGUAGE: SPANISH - INTERPRETER (VIDEO) USED FOR HISTORY FROM HUSBAND

CC: CARDIAC ARREST

HPI: 65 YO F FOUND UNRESPONSIVE ON BATHROOM FLOOR BY HUSBAND ~0610. HUSBAND STARTED CPR PER
911 DISPATCHER. EMS ARRIVAL 0618: VF, AED SHOCK X1, THEN EMS SHOCK X1, EPI X1. ROSC 0619-0620
(APPROX 9 MIN DOWN TIME). PER HUSBAND, 4 DAYS OF VOMITING AND WATERY DIARRHEA, GRANDKIDS HAD
"EL NOROVIRUS". SEEN AT URGENT CARE 10/17, GIVEN ONDANSETRON 4 MG ODT X2 AND SENT HOME. TAKES
"PILL FOR PRESSURE" (HCTZ 25). NO PRIOR CARDIAC HX. NO PRIOR SYNCOPE. NO FAMILY HX OF SUDDEN
DEATH PER HUSBAND.

ROS: UNABLE TO OBTAIN FULLY - PT INTUBATED? NO - PT NOT INTUBATED, GCS 13 ON ARRIVAL, 15 BY 0800.

EXAM: BP 96/58  HR 112  RR 20  SPO2 98% NRB  T 36.4
GEN: CONFUSED, FOLLOWING COMMANDS, MOVING ALL EXTREMITIES
CV: TACHY, REGULAR. LUNGS: CLEAR. ABD: SOFT, HYPERACTIVE BS.

LABS: K 2.4 (!!) MG 1.1 MG/DL (!!) NA 133 CR 1.6 (BASELINE 0.9) LACTATE 4.8 -> 2.1
HS-TNI 84 NG/L (0658)
EKG 0649: SINUS TACH 112, QTC 538, DIFFUSE ST DEPRESSION, NO STEMI CRITERIA

IMPRESSION:
1. OUT-OF-HOSPITAL VF ARREST, ROSC AFTER 2 SHOCKS
2. SEVERE HYPOKALEMIA / HYPOMAGNESEMIA - GI LOSSES + THIAZIDE
3. PROLONGED QTC - ELECTROLYTES + ONDANSETRON
4. AKI
5. ELEVATED TROPONIN - NSTEMI VS DEMAND/POST-ARREST

PLAN: KCL 40 MEQ IV VIA CENTRAL LINE + PO, MAG SULFATE 4 G IV, NS, HOLD HCTZ. TTM NOT
PURSUED - FOLLOWING COMMANDS. CARDIOLOGY (DR HUANG) AT BEDSIDE. ADMIT CCU.

K. OYELARAN MD  10/19/2026 07:36
"""
    c.doc("doc-ed-261019", "34117-2", "ED Physician Record", "2026-10-19 07:36", ed, ednote, custodian=org)

    consult = """CARDIOLOGY CONSULTATION
Date: 10/20/2026 16:45     Requesting: CCU team / Dr. Ochoa     Consultant: Wei Huang, MD

Reason for consult: Resuscitated out-of-hospital VF arrest.

HPI: 65F with HTN on HCTZ, 4 days of norovirus gastroenteritis with poor PO intake, ondansetron at
urgent care 10/17, found down 10/19 in VF; ROSC after 2 shocks. Arrival K 2.4, Mg 1.1 mg/dL,
QTc 538 ms. Awake and appropriate since day of arrival. Denies prior palpitations, syncope,
chest pain or exertional symptoms. No family history of sudden death, drowning, seizures or
unexplained single-vehicle accidents.

Studies:
- TTE 10/20: LVEF 55-60%, normal wall motion, normal RV, no significant valve disease.
- LHC 10/20 (myself): no obstructive CAD (30% mid RCA), no culprit, LVEDP 14. No intervention.
- hs-TnI peak 2,140 ng/L at 18:00 on 10/19, now down-trending. Pattern consistent with
  myocardial injury from arrest/CPR/defibrillation. NSTEMI NOT supported - problem list updated.
- K 3.6 this AM after aggressive repletion; Mg 2.1.

Assessment:
VF arrest occurring in the setting of profound hypokalemia and hypomagnesemia from GI losses plus
thiazide, with acquired QT prolongation (electrolytes + ondansetron). Structurally normal heart,
no ischemic substrate. In my opinion this was a transient, reversible cause.

Recommendations:
1. Permanently discontinue HCTZ; amlodipine for BP. Avoid QT-prolonging drugs (list given).
2. Cardiac MRI to exclude myocarditis / occult cardiomyopathy.
3. Genetic arrhythmia panel given QT prolongation (expect acquired).
4. Repeat ECG once K > 4.0 and Mg > 2.0 to document QTc.
5. ICD: NOT recommended at this time - arrest attributable to a correctable cause. Would use a
   wearable cardioverter-defibrillator at discharge while workup completes. EP input welcome.

Wei Huang, MD - Cardiology
"""
    c.doc("doc-card-261020", "11488-4", "Cardiology Consultation", "2026-10-20 16:45", card, consult, custodian=org)

    epnote = """EP CONSULT NOTE                                   10/26/2026
Elena M. Castillo, MD  Cardiac Electrophysiology

S: Asked to see re: ICD. Pt feeling well, walking halls. Husband at bedside. Spanish interpreter
(in person, M. Ruiz).

O: Tele: SR 70s, no ectopy. K 4.3 (10/22), Mg 2.0. ECG 10/23: QTc 446 ms.
CMR 10/24/2026: normal LV size and function, LVEF 61%, no LGE, no edema. Normal RV.
Genetic panel: sent 10/21, pending.

A/P:
65F, VF arrest 10/19 with K 2.4 / Mg 1.1 and QTc 538 on thiazide + ondansetron. Electrolytes and
QTc now normal, structurally normal heart by echo/cath/CMR.
I agree that hypokalemia/hypomagnesemia were contributory. However, VF from hypokalemia alone in a
structurally normal heart is uncommon, and I cannot fully exclude an underlying primary electrical
disorder (idiopathic VF / concealed channelopathy). No drug challenge has been performed. Current
guidelines do not recommend an ICD when VF is due to a completely reversible cause, and Dr. Huang
has recommended against ICD; I think reasonable physicians could differ here.
Discussed at length with pt and husband (with interpreter): they do not want to rely on a LifeVest
long term and prefer a "permanent" device. I favor a secondary-prevention transvenous ICD and will
submit for authorization; in the meantime she goes home with a wearable defibrillator.

- Elena Castillo MD
"""
    c.doc("doc-ep-261026", "11488-4", "EP Consult", "2026-10-26 15:20", ep, epnote, custodian=org)

    dsum = """DISCHARGE SUMMARY
Mission Hills Regional Medical Center
Patient: Rosa Maria Delgado      Admission: 10/19/2026    Discharge: 10/28/2026
Discharging physician: Daniel Ochoa, DO

Final diagnoses:
  1. Out-of-hospital cardiac arrest due to ventricular fibrillation, secondary to severe
     hypokalemia and hypomagnesemia (GI losses, thiazide) with acquired QT prolongation -
     reversible precipitant, corrected.
  2. Norovirus gastroenteritis - resolved.
  3. AKI - resolved (Cr 0.9).
  4. Hypertension - HCTZ discontinued, amlodipine started.
  5. Elevated troponin - post-arrest myocardial injury; NSTEMI ruled out.

Brief course: see H&P and consults. Normal coronaries, LVEF 55-60% (TTE) / 61% (CMR), no LGE.
QTc normalized to 446 ms after electrolyte correction. Neuro intact (MoCA 28/30), CPC 1.
Cardiology recommends against ICD given reversible cause; EP favors ICD - outpatient EP follow-up
to finalize. Discharged with wearable cardioverter-defibrillator (fitted 10/27), no events.

Discharge meds: amlodipine 5 mg daily; potassium chloride 20 mEq daily x 14 days; magnesium oxide
400 mg BID x 14 days. STOP hydrochlorothiazide. Avoid QT-prolonging medications.
Follow-up: EP clinic (Dr. Castillo) 11/10/2026; PCP 1 week; BMP/Mg 3-5 days.

D. Ochoa, DO  10/28/2026 14:10
"""
    c.doc("doc-ds-261028", "18842-5", "Discharge Summary", "2026-10-28 14:10", hosp, dsum, custodian=org)

    tel = """Telephone note - EP clinic RN                 10/30/2026 10:22
Called pt (Spanish, via interpreter line #4471). Genetic panel resulted: negative, one VUS in TTN
reviewed with Dr. Castillo - not felt to be related. Pt wearing LifeVest ~23 h/day, no alarms or
shocks. Labs 10/29: K 4.1, Mg 2.0. Confirmed EP f/u 11/10. Pt asks if "the operation" is approved
- explained authorization being prepared.  -- L. Garza, RN
"""
    c.doc("doc-tel-261030", "34748-6", "Telephone Encounter", "2026-10-30 10:22", ep, tel, custodian=org)

    fu = """EP CLINIC FOLLOW-UP  11/10/2026
Seen with husband. WCD compliance 23.1 h/day, no therapies. Ajmaline challenge discussed - pt
declines. Remains interested in ICD. Authorization pending. Will also present at the regional
EP case conference.  - E. Castillo MD
"""
    c.doc("doc-ep-261110", "11506-3", "EP Clinic Follow-up", "2026-11-10 11:40", ep, fu, custodian=org)

    case = {
        "id": "bi-icd-02", "patient": "patients/pi02.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "I49.01", "display": "Ventricular fibrillation"},
                                  {"system": ICD, "code": "I46.8", "display": "Cardiac arrest due to other underlying condition"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-11-03",
                    "note": "Secondary prevention ICD - survived VF arrest 10/19/2026."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.4",
                 "evidence": [k, "DocumentReference/doc-card-261020", "DocumentReference/doc-ds-261028",
                              "DocumentReference/doc-ep-261026"],
                 "missing": [],
                 "rationale": "B1 requires VF arrest not due to a transient or reversible cause. Cardiology consult and discharge "
                              "summary attribute the arrest to severe hypokalemia/hypomagnesemia with acquired QT prolongation "
                              "(reversible, corrected); EP disagrees. LVEF normal (B2-B4 do not apply), gene panel negative (no B5). "
                              "Criterion documented as not met / physicians disagree: physician reviewer."},
    }
    return case, c
