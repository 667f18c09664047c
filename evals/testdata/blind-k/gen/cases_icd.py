"""NCD 20.4 - implantable cardioverter defibrillators (CPT 33249)."""
from fhirlib import Chart, cc, q, LOINC, ICD10CM, CPT, HCPCS, RXNORM

ICD_SERVICE = {"system": CPT, "code": "33249",
               "display": "Insertion of implantable defibrillator (transvenous)"}


def icd01():
    c = Chart("pk01", "IL", "https://ehr.lakeshore-hvi.example/fhir/R4")
    LOC = "http://lakeshore-hvi.example/fhir/CodeSystem/cv-results"
    c.patient("Nowicki", ["Dariusz", "J"], "male", "1957-06-14", "Park Ridge", "1127 S Cumberland Ave", "60068",
              "LHV-0083-5521", "urn:oid:2.16.840.1.113883.3.7781.1")
    hf = c.practitioner("pr-raman", "Raman", ["Anjali"], "MD", "Advanced Heart Failure and Transplant Cardiology", "1457392018")
    ep = c.practitioner("pr-lewandowski", "Lewandowski", ["Tomasz"], "MD", "Clinical Cardiac Electrophysiology", "1730284415")
    np = c.practitioner("pr-brandt", "Brandt", ["Kelsey"], "APRN, FNP-BC", "Nurse Practitioner - Cardiac Electrophysiology", "1588031276")
    org = c.org("org-lhvi", "Lakeshore Heart & Vascular Institute", "Hospital / cardiology group", "Chicago")
    adm = c.encounter("enc-adm-0805", "IMP", "Inpatient admission - telemetry", "2025-08-05 16:42", "2025-08-09 13:10", hf, org,
                      reason="Acute decompensated heart failure")
    clin = c.encounter("enc-hfc-0210", "AMB", "Heart failure clinic follow-up", "2026-02-10 09:20", "2026-02-10 09:55", hf, org)
    c.condition("cond-nicm", "I42.0", "Dilated cardiomyopathy", recorded="2025-08-08 11:02", onset="2025-08-05",
                recorder=hf, note="Non-ischemic; LHC 8/7/25 without obstructive CAD.")
    c.condition("cond-hfref", "I50.22", "Chronic systolic (congestive) heart failure", recorded="2025-08-21 10:15", recorder=hf)
    c.condition("cond-paf", "I48.0", "Paroxysmal atrial fibrillation", recorded="2025-08-06 02:30", onset="2025-08-05")
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2016-03-02 10:00", onset="2016")
    c.obs("lvef-tte-2025-08-06", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "2025-08-06 10:25",
          {"low": q(20, "%"), "high": q(25, "%")}, cat="imaging", method="2D echo, visual estimate", encounter=adm)
    c.obs("lvef-tte-2025-11-20", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "2025-11-20 08:50",
          q(29, "%"), cat="imaging", method="2D echo, biplane method of discs (Simpson)")
    c.report("lhc-2025-08-07", cc(CPT, "93458", "Left heart catheterization, coronary angiography"),
             "2025-08-07 11:35", "2025-08-07 14:02", cat="CTH", performer=org,
             conclusion="1. No angiographically significant coronary artery disease. Mild luminal irregularities of the mid LAD "
                        "(<20%). Left dominant system. 2. Severe global LV hypokinesis, estimated EF 20-25%. LVEDP 26 mmHg. "
                        "3. Findings consistent with non-ischemic cardiomyopathy. No revascularization indicated.",
             encounter=adm)
    lv = c.obs("lvef-cmr-2026-01-27", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "2026-01-27 07:45",
               q(31, "%"), cat="imaging", method="Cardiac MRI, SSFP short-axis stack")
    c.report("cmr-2026-01-27", cc(CPT, "75561", "Cardiac MRI with and without contrast"),
             "2026-01-27 07:45", "2026-01-27 16:31", cat="NMR", performer=org, results=[lv],
             conclusion="Dilated left ventricle (LVEDVi 128 mL/m2) with moderate-severe global systolic dysfunction, LVEF 31%. "
                        "RVEF 46%. Linear mid-wall late gadolinium enhancement of the basal-mid septum; no subendocardial or "
                        "transmural LGE to suggest prior infarction. Impression: non-ischemic dilated cardiomyopathy.")
    c.obs("nyha-2026-02-10", cc(LOC, "NYHA-FC", text="NYHA functional class"), "2026-02-10 09:41",
          cc(LOC, "NYHA-II", "Class II", text="Class II - slight limitation of physical activity"), cat="exam",
          performer=hf, encounter=clin)
    c.obs("holter-2026-01-12", cc(LOC, "HOLTER48", text="Ambulatory ECG 48-hour summary"), "2026-01-12 10:00", cat="procedure",
          comps=[(cc(LOC, "AF-BURDEN", text="AF burden"), q(0, "%")),
                 (cc(LOC, "PVC-BURDEN", text="PVC burden"), q(3.1, "%")),
                 (cc(LOC, "NSVT-LONGEST", text="Longest NSVT run (beats)"), 5),
                 (cc(LOC, "HR-MEAN", text="Mean heart rate"), q(66, "/min"))],
          note="Predominant sinus rhythm 52-118 bpm. No sustained arrhythmia. No pauses > 2.5 s.")
    c.medreq("carvedilol-2025-08-07", "carvedilol", "2025-08-07 15:20", requester=hf, rxnorm="20352",
             dosage="3.125 mg PO BID; titrated to 6.25 mg BID 8/28/25 and 12.5 mg BID 10/14/25", reason="HFrEF")
    c.medstmt("lisinopril-stmt", "lisinopril 2.5 mg tablet", "stopped", start="2025-08-07", end="2025-09-16",
              asserted="2025-09-18 10:40", rxnorm="29046", status_reason="Changed to sacubitril/valsartan (36-hour washout)")
    c.medreq("sacval-2025-09-18", "sacubitril 24 mg / valsartan 26 mg oral tablet", "2025-09-18 10:44", requester=hf,
             dosage="1 tab PO BID; increased to 49/51 mg BID 11/20/25. Trial of 97/103 mg 12/2025 stopped for orthostasis.",
             reason="HFrEF")
    c.medreq("spironolactone-2025-10-01", "spironolactone", "2025-10-01 09:12", requester=hf, rxnorm="9997",
             dosage="12.5 mg PO daily")
    c.medreq("empagliflozin-2025-09-18", "empagliflozin", "2025-09-18 10:46", requester=hf, rxnorm="1545653",
             dosage="10 mg PO daily")
    c.medreq("apixaban-2025-08-08", "apixaban", "2025-08-08 09:05", requester=hf, rxnorm="1364430", dosage="5 mg PO BID",
             reason="Paroxysmal AF, CHA2DS2-VASc 3")

    dc = """DISCHARGE SUMMARY
Mercy Lakeshore Hospital - 4 West Cardiac Telemetry
Patient: NOWICKI, DARIUSZ J     MRN: LHV-0083-5521     DOB: 06/14/1957
Admitted: 08/05/2025   Discharged: 08/09/2025
Attending: Anjali Raman, MD

PRINCIPAL DIAGNOSIS: Acute systolic heart failure, new onset
SECONDARY: Paroxysmal atrial fibrillation with RVR (resolved); hypertension

HISTORY / REASON FOR ADMISSION
68 yo M, retired tool-and-die machinist, non-smoker, who presented with ~3 weeks of progressive dyspnea on
exertion, 3-pillow orthopnea, PND and roughly 12 lb weight gain. In ED: AF with RVR 130s, BP 148/96, SpO2 91% RA,
bibasilar crackles, JVD to angle of jaw, 2+ LE edema. NT-proBNP 6,840 pg/mL. hs-TnI 32 -> 35 -> 31 ng/L (flat,
demand pattern, not ACS).

HOSPITAL COURSE
1. HFrEF / new cardiomyopathy: TTE 8/6 showed severely dilated LV, EF 20-25% by visual estimate, global
   hypokinesis, moderate functional MR. LHC 8/7: no angiographically significant CAD (mild luminal irregularities
   LAD <20%), LVEDP 26. Felt to be non-ischemic DCM; tachycardia-mediated component possible but EF out of
   proportion to the short AF history. Diuresed with IV furosemide, net -5.8 L. Started carvedilol 3.125 mg BID and
   lisinopril 2.5 mg daily 8/7. Spironolactone deferred (K 5.1, Cr 1.41).
2. AF with RVR: rate controlled with IV diltiazem x1 then converted spontaneously to sinus rhythm on 8/6 at 02:10.
   Remained in SR on telemetry. CHA2DS2-VASc 3 (HF, HTN, age) -> apixaban 5 mg BID started 8/8.
3. HTN: BP now low-normal on GDMT.

Condition at discharge: stable, ambulating hallways on RA, SpO2 95%. NYHA class III symptoms at discharge
(dyspnea with less than ordinary activity). Discharge weight 86.9 kg (admit 92.3 kg).

FOLLOW-UP
- HF clinic with Dr. Raman in 1-2 weeks; BMP in 1 week.
- Titrate GDMT; plan ARNI once BP allows.
- Repeat imaging after at least 3 months of optimized GDMT to reassess LV function and candidacy for primary
  prevention ICD. No ICD/LifeVest at this time (non-ischemic, newly diagnosed).

Electronically signed: Anjali Raman, MD  08/09/2025 15:47 CDT
"""
    c.note("dc-2025-08-09", "2025-08-09 15:47", "18842-5", "Discharge summary", "Discharge Summary", dc, hf, encounter=adm)

    ep_letter = """LAKESHORE HEART & VASCULAR INSTITUTE
Cardiac Electrophysiology
1900 W Polk St, Suite 500, Chicago IL

January 30, 2026

Anjali Raman, MD
Advanced Heart Failure Program

RE: Dariusz Nowicki   DOB 06/14/1957   MRN LHV-0083-5521

Dear Dr. Raman,

Thank you for asking me to see Mr. Nowicki regarding primary prevention ICD. I saw him in clinic today with his
daughter.

HPI: 68 yo man with non-ischemic dilated cardiomyopathy diagnosed 8/2025 when he presented in decompensated HF and
AF with RVR. Coronary angiography 8/7/25 showed no obstructive disease. He has been on guideline-directed medical
therapy since then (carvedilol since 8/7/25, sacubitril-valsartan since 9/18/25 after lisinopril washout,
empagliflozin since 9/18/25, spironolactone since 10/1/25). He reports dyspnea climbing two flights or carrying
groceries from the car; walks on level ground without limitation. No syncope, presyncope or palpitations. No ICD
or pacemaker history. Never had documented sustained VT or cardiac arrest.

Family history: father had an MI at 58. He tells me a paternal uncle "dropped dead in his forties" in Poland; no
autopsy and no further details are known. No known cardiomyopathy, long QT or other inherited arrhythmia condition
in the family; no family members have had genetic testing.

Data reviewed:
 - TTE 11/20/2025: LVEF 29% (biplane), LVIDd 6.6 cm, mild-moderate MR.
 - Cardiac MRI 1/27/2026: LVEF 31%, LVEDVi 128 mL/m2, mid-wall septal LGE, no infarct pattern.
 - 48-h Holter 1/12/2026: SR, AF burden 0%, PVCs 3.1%, one 5-beat run NSVT.
 - ECG today: sinus rhythm 64 bpm, PR 172 ms, QRS 108 ms (nonspecific IVCD), QTc 452 ms.
 - Labs 1/27/26: Cr 1.32, eGFR 56, K 4.7.

Exam: BP 110/68, HR 64. Well appearing. JVP not elevated. Lungs clear. Regular, soft apical systolic murmur.
No edema.

Impression:
1. Non-ischemic dilated cardiomyopathy, LVEF persistently <=35% (31% on CMR) after more than 4 months of GDMT,
   NYHA class II. QRS 108 ms -> CRT not indicated. No indication for pacing.
2. Paroxysmal AF, currently no AF burden on Holter, on apixaban; rate well controlled.

I think he meets criteria for a single-chamber primary prevention ICD. He has no coronary disease requiring
revascularization, no recent MI, and no non-cardiac illness limiting survival. Before scheduling I would like him
to have a dedicated shared decision-making visit with our nurse practitioner, Kelsey Brandt, using our decision aid,
and to bring his daughter. If he elects to proceed we will book a transvenous single-chamber ICD.

Sincerely,

Tomasz Lewandowski, MD
Clinical Cardiac Electrophysiology
"""
    c.note("ep-consult-2026-01-30", "2026-01-30 16:05", "11488-4", "Consult note", "EP consultation letter", ep_letter, ep)

    hfnote = """Heart Failure Clinic - Return Visit
Date of service: 02/10/2026          Provider: Anjali Raman, MD
Patient: Nowicki, Dariusz J (68 y.o. M)   MRN LHV-0083-5521

CHIEF COMPLAINT: HFrEF follow-up; review cardiac MRI.

INTERVAL HISTORY: Last seen 11/20/2025. Feels "a lot better than last summer". Walks the dog about 4 blocks on the
flat without stopping. Gets short of breath going up the two flights to his daughter's apartment and has stopped
shoveling snow. No orthopnea or PND. No chest pain. No syncope or near-syncope. Home weights 84-85 kg. Uses a pill box,
reports no missed doses. Tried sacubitril-valsartan 97/103 in December -> lightheaded on standing, back to 49/51.

CURRENT MEDICATIONS (reconciled today):
  carvedilol 12.5 mg PO BID
  sacubitril-valsartan 49-51 mg PO BID
  spironolactone 12.5 mg PO daily
  empagliflozin 10 mg PO daily
  furosemide 20 mg PO daily PRN wt gain > 3 lb
  apixaban 5 mg PO BID
  atorvastatin 40 mg PO nightly

REVIEW OF SYSTEMS:
  Constitutional: Negative for fever, chills, unexpected weight change.
  Respiratory: Negative for cough and wheezing.
  Cardiovascular: Positive for dyspnea on exertion. Negative for chest pain, palpitations, leg swelling, syncope.
  Gastrointestinal: Negative for nausea, blood in stool.
  Neurological: Negative for dizziness, focal weakness.
  Psychiatric: Negative for depressed mood.

VITALS: BP 108/66 | HR 62 | RR 16 | SpO2 97% RA | Wt 84.6 kg
EXAM: JVP ~7 cm H2O, no HJR. Lungs clear bilaterally. RRR, II/VI apical holosystolic murmur. Abdomen soft.
Extremities warm, no edema.

DATA:
  Cardiac MRI 01/27/2026: LVEF 45%, LVEDVi 128 mL/m2, mid-wall septal LGE; no subendocardial/transmural LGE.
  Holter 01/2026: SR, AF burden 0%, PVC 3.1%, 1 run NSVT 5 beats.
  BMP 01/27/2026: Na 138, K 4.7, Cr 1.32, eGFR 56.

ASSESSMENT AND PLAN:
1. Chronic HFrEF due to non-ischemic DCM - NYHA class II today. On GDMT at maximally tolerated doses: carvedilol
   since 8/2025, ARNI since 9/18/2025 (changed from lisinopril), spironolactone since 10/1/2025, SGLT2i since 9/2025.
   Further ARNI titration limited by orthostasis. Despite >5 months of GDMT, LV systolic function remains severely
   reduced. Seen by EP (Dr. Lewandowski) 1/30 who agrees with primary prevention ICD; SDM visit with EP NP pending.
2. Paroxysmal AF - maintaining SR; continue apixaban.
3. HTN - controlled/low. No changes.
Return 3 months, sooner PRN.

Electronically signed by Anjali Raman, MD on 02/10/2026 at 11:52 AM
"""
    note1 = c.note("hf-2026-02-10", "2026-02-10 11:52", "11506-3", "Progress note", "HF clinic note", hfnote, hf, encounter=clin)

    add = """ADDENDUM to clinic note of 02/10/2026
Date: 02/11/2026 08:14

Correction to the DATA section: the cardiac MRI of 01/27/2026 reported LVEF 31% (report personally re-reviewed),
not 45% as transcribed. Dictation/speech-recognition error. LVEDVi 128 mL/m2 and LGE description are correct as
written. Assessment and plan are unchanged.

Anjali Raman, MD
"""
    c.note("hf-addendum-2026-02-11", "2026-02-11 08:14", "55107-7", "Addendum", "Addendum - correction", add, hf,
           relates=("appends", note1))

    sdm = """<html><head><title>Shared Decision-Making Visit</title></head><body>
<h3>Cardiac Electrophysiology &mdash; Shared Decision-Making Visit: Primary Prevention ICD</h3>
<p><b>Patient:</b> Dariusz Nowicki &nbsp; <b>DOB:</b> 06/14/1957 &nbsp; <b>Date:</b> 02/17/2026 &nbsp;
<b>Clinician:</b> Kelsey Brandt, APRN, FNP-BC (supervising physician T. Lewandowski, MD)</p>
<p>Face-to-face visit in EP clinic. Daughter (Agnieszka) present at patient's request. Time spent: 40 minutes,
more than half in counseling.</p>
<p><b>Decision aid used:</b> Colorado Program for Patient Centered Decisions, &ldquo;Implantable
Cardioverter-Defibrillator (ICD): A decision aid for people considering an ICD&rdquo; (8-page booklet plus
video), evidence-based tool. Reviewed page by page with the patient; copy given to take home.</p>
<table border="1" cellpadding="3">
<tr><th>Topic discussed</th><th>Summary</th></tr>
<tr><td>Why an ICD is offered</td><td>LVEF 31% (CMR 1/27/26) despite &gt;3 months of medical therapy, NYHA II;
risk of sudden cardiac death</td></tr>
<tr><td>Expected benefit</td><td>Decision aid numbers: over 5 years about 7 in 100 patients like him avoid
sudden death with an ICD</td></tr>
<tr><td>Risks</td><td>Implant complications (infection, lead problems, bleeding on apixaban), inappropriate
shocks, device replacement every ~10 years, driving restrictions after shocks</td></tr>
<tr><td>Alternatives</td><td>Continue medical therapy alone; reassess EF later; wearable defibrillator not
needed at this point</td></tr>
<tr><td>Deactivation</td><td>ICD can be turned off at end of life; discussed advance directive</td></tr>
</table>
<p><b>Patient values and preferences:</b> He wants to &ldquo;be around for the grandkids&rdquo;, is not troubled by
the idea of a shock, understands that the device does not treat heart failure. Teach-back performed.</p>
<p><b>Decision:</b> Patient elects to proceed with single-chamber transvenous ICD. Will schedule with
Dr. Lewandowski; apixaban hold instructions to follow.</p>
<p>Signed: Kelsey Brandt, APRN, FNP-BC &mdash; 02/17/2026 15:22</p>
</body></html>"""
    c.note("sdm-2026-02-17", "2026-02-17 15:22", "11506-3", "Progress note", "SDM visit - ICD", sdm, np, ctype="text/html")

    c.procedure("icd-implant-2026-03-12", cc(CPT, "33249", "Insertion of ICD system with transvenous lead(s)"),
                "2026-03-12 08:30", performer=ep, note="Single-chamber ICD, left pectoral. Uncomplicated.")

    case = {
        "id": "bk-icd-01", "patient": "patients/pk01.json",
        "request": {"service": ICD_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "I42.0", "display": "Dilated cardiomyopathy"},
                                  {"system": ICD10CM, "code": "I50.22", "display": "Chronic systolic (congestive) heart failure"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-24",
                    "note": "Primary prevention single-chamber ICD for NICM, EF <=35% on GDMT."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                 "evidence": ["Observation/lvef-cmr-2026-01-27", "Observation/nyha-2026-02-10", "DiagnosticReport/lhc-2025-08-07",
                              "MedicationRequest/carvedilol-2025-08-07", "MedicationRequest/sacval-2025-09-18",
                              "DocumentReference/sdm-2026-02-17"],
                 "missing": [],
                 "rationale": "B4 non-ischemic DCM: LVEF 31% on CMR (the 45% in the 2/10 note is corrected by the 2/11 addendum), "
                              "NYHA II, GDMT >3 months (beta-blocker since 8/2025, ARNI since 9/2025), no CAD on cath, no MI/PCI/CABG, "
                              "SDM with NP using an evidence-based decision aid before implant; AF burden 0% (not poorly controlled); "
                              "no limiting non-cardiac disease. The implant dated after the request is ignored."}}
    return case, c, "2026-02-24 12:00"


def icd02():
    c = Chart("pk02", "NY", "https://fhir.gvhealth.example/r4")
    LOC = "urn:oid:1.3.6.1.4.1.55123.2.40"
    c.patient("Okafor", ["Raymond", "C"], "male", "1954-11-02", "Rochester", "58 Elmwood Hill Ln", "14620",
              "GV7719302", "urn:oid:1.3.6.1.4.1.55123.1.1")
    ic = c.practitioner("pr-venkat", "Venkataraman", ["Priya"], "MD", "Interventional Cardiology", "1326619020")
    ep = c.practitioner("pr-sato", "Sato", ["Michael", "K"], "MD", "Cardiac Electrophysiology", "1093847265")
    rn = c.practitioner("pr-delucia", "DeLucia", ["Theresa"], "RN", "Registered Nurse - Cardiac Rehabilitation")
    org = c.org("org-gvh", "Genesee Valley Health - Strong Heart Pavilion", "Hospital", "Rochester")
    adm = c.encounter("enc-0419", "IMP", "Inpatient - NSTEMI", "2026-04-19 21:40", "2026-04-23 11:30", ic, org,
                      reason="NSTEMI")
    epv = c.encounter("enc-ep-0604", "AMB", "EP clinic new patient", "2026-06-04 13:00", "2026-06-04 14:05", ep, org)
    c.condition("cond-nstemi", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", recorded="2026-04-19 23:58",
                onset="2026-04-19", clinical="resolved", abatement="2026-05-17", encounter=adm)
    c.condition("cond-icm", "I25.5", "Ischemic cardiomyopathy", recorded="2026-04-21 15:10", recorder=ic)
    c.condition("cond-hf", "I50.22", "Chronic systolic (congestive) heart failure", recorded="2026-06-04 13:40", recorder=ep)
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2011-09-14 09:00")
    c.obs("trop-peak-2026-04-20", cc(LOINC, "89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"),
          "2026-04-20 05:10", q(2310, "ng/L"), interp="Critical high", encounter=adm)
    c.procedure("pci-2026-04-20", cc(CPT, "92928", "Coronary stent placement, single vessel"),
                "2026-04-20 10:52", performer=ic, encounter=adm, body_site="Proximal LAD",
                note="3.0 x 28 mm drug-eluting stent to proximal LAD, 95% -> 0% residual, TIMI 3 flow.")
    c.report("cath-2026-04-20", cc(CPT, "93458", "Left heart catheterization, coronary angiography"),
             "2026-04-20 10:15", "2026-04-20 12:40", cat="CTH", performer=ic, encounter=adm,
             presented_title="Cardiac catheterization report",
             presented="""CARDIAC CATHETERIZATION LABORATORY REPORT
Procedure date: 04/20/2026   Operator: Priya Venkataraman, MD
Indication: NSTEMI (hs-TnI peak 2,310 ng/L), anterior ST depression

Access: R radial 6F. Contrast 140 mL. Fluoro 14.2 min.
Hemodynamics: Ao 132/78, LVEDP 24 mmHg.
LV gram: anterior and apical akinesis, EF ~30%.
Coronaries:
  LM: normal.
  LAD: proximal 95% ulcerated stenosis (culprit), mid 30%.
  LCx: OM1 30%.
  RCA: dominant, mid 40%, non-flow-limiting.
Intervention: PCI proximal LAD with one 3.0 x 28 mm DES, post-dilated 3.25 NC. 0% residual, TIMI 3.
Conclusions:
  1. Single-vessel CAD, culprit proximal LAD treated with DES.
  2. Moderate non-obstructive disease elsewhere; no further revascularization indicated at this time.
  3. Reduced LV systolic function.
Recommendations: DAPT aspirin + ticagrelor x 12 months, high-intensity statin, GDMT, repeat echo in 6-8 weeks.
""")
    c.obs("lvef-2026-04-21", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "2026-04-21 09:30",
          {"low": q(25, "%"), "high": q(30, "%")}, cat="imaging", method="TTE visual", encounter=adm)
    lv = c.obs("lvef-2026-06-02", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "2026-06-02 08:40",
               q(28, "%"), cat="imaging", method="TTE biplane Simpson")
    c.report("tte-2026-06-02", cc(CPT, "93306", "Transthoracic echocardiogram"), "2026-06-02 08:40",
             "2026-06-02 13:15", cat="CUS", performer=org, results=[lv],
             conclusion="LVEF 28% by biplane Simpson. Akinesis of the mid-distal anterior wall, anteroseptum and apex; no LV "
                        "thrombus with contrast. Mild MR. RVSP 34 mmHg. Compared with 4/21/26 no significant change.")
    c.obs("nyha-2026-06-04", cc(LOC, "NYHA", text="NYHA class"), "2026-06-04 13:35", cc(LOC, "2", text="II"), cat="exam",
          performer=ep, encounter=epv)
    c.obs("wcd-2026-05-14", cc(LOC, "WCD-EVT", text="Wearable cardioverter-defibrillator event"), "2026-05-14 03:12",
          "NSVT 11 beats, rate 168 bpm, self-terminating; no treatment sequence; patient asleep", cat="procedure")
    c.medreq("ticagrelor-2026-04-22", "ticagrelor 90 mg oral tablet", "2026-04-22 16:00", requester=ic, rxnorm="1116632",
             dosage="90 mg PO BID x 12 months")
    c.medreq("metoprolol-2026-04-22", "metoprolol succinate", "2026-04-22 16:01", requester=ic, rxnorm="6918",
             dosage="50 mg PO daily")
    c.medreq("sacval-2026-05-19", "sacubitril/valsartan 24-26 mg tablet", "2026-05-19 10:20", requester=ic,
             dosage="1 tab PO BID", note="Started at cardiology follow-up; lisinopril discontinued 5/17 (36 h washout).")
    c.appointment("appt-icd-0623", "booked", "2026-06-23 07:30", "2026-06-23 10:30", "2026-06-05 09:12",
                  "Single-chamber ICD implant - EP lab 2", who=ep, service_text="Electrophysiology procedure")

    dcs = """GENESEE VALLEY HEALTH  --  DISCHARGE SUMMARY                                  PAGE 1 OF 1
================================================================================================
PATIENT: OKAFOR, RAYMOND C            MRN: GV7719302        DOB: 11/02/1954   SEX: M
ADMIT:   04/19/2026 21:40             DISCH: 04/23/2026     SERVICE: CARDIOLOGY
ATTENDING: VENKATARAMAN, PRIYA MD
------------------------------------------------------------------------------------------------
DIAGNOSES:     1. NSTEMI, TYPE 1                   2. ISCHEMIC CARDIOMYOPATHY, NEW
               3. HYPERTENSION                     4. HYPERLIPIDEMIA
PROCEDURES:    04/20/2026  LHC, CORONARY ANGIO, PCI/DES X1 PROXIMAL LAD
------------------------------------------------------------------------------------------------
BRIEF HPI:     71 YO M WITH HTN, HLD PRESENTED WITH 2 H SUBSTERNAL PRESSURE WHILE RAKING LEAVES.
               ECG: 2 MM ST DEPRESSION V4-V6. HS-TNI 48 -> 2,310 NG/L.
HOSPITAL COURSE:
               CATH 04/20: CULPRIT PROX LAD 95% -> DES X1. OTHER VESSELS NON-OBSTRUCTIVE.
               TTE 04/21: EF 25-30%, ANTERIOR/APICAL AKINESIS, NO THROMBUS.
               NO VT/VF ON TELEMETRY. NO HEART BLOCK. FITTED WITH WEARABLE DEFIBRILLATOR (LIFEVEST)
               PRIOR TO DISCHARGE GIVEN EF <35% EARLY POST-MI.
DISCHARGE MEDS:ASPIRIN 81 MG DAILY; TICAGRELOR 90 MG BID; ATORVASTATIN 80 MG QHS;
               METOPROLOL SUCCINATE 50 MG DAILY; LISINOPRIL 5 MG DAILY; NTG 0.4 MG SL PRN
CONDITION:     STABLE.  NYHA II AT DISCHARGE.
FOLLOW-UP:     CARDIOLOGY 2-4 WK. REPEAT TTE 6-8 WK. EP REFERRAL FOR ICD DECISION IF EF REMAINS <=35%
               AFTER WAITING PERIOD. CARDIAC REHAB PHASE II REFERRAL SENT.
------------------------------------------------------------------------------------------------
ELECTRONICALLY SIGNED: VENKATARAMAN, PRIYA MD  04/23/2026 14:02
"""
    c.note("dc-2026-04-23", "2026-04-23 14:02", "18842-5", "Discharge summary", "Discharge summary", dcs, ic, encounter=adm)

    tel = """TELEPHONE ENCOUNTER
05/14/2026 10:25 AM   Call from: ZOLL LifeVest monitoring (clinical support)   Taken by: T. DeLucia RN

Reason: event notification. Wearable defibrillator recorded an episode at 03:12 this morning: non-sustained VT,
11 beats at ~168 bpm, self-terminated before treatment sequence. Patient was asleep, no shock, no alarm
response needed.

Called patient at 10:40. He slept through it, denies palpitations, lightheadedness, syncope, chest pain. Wearing
the vest ~23 h/day, removes only to shower. Reviewed with Dr. Venkataraman: no change to meds, continue
metoprolol, keep EP appointment 6/4. Patient verbalized understanding.

T. DeLucia, RN
"""
    c.note("tel-2026-05-14", "2026-05-14 10:51", "34748-4", "Telephone encounter Note", "Telephone encounter", tel, rn)

    epn = """ELECTROPHYSIOLOGY CONSULTATION
Date: 06/04/2026     Requesting: Priya Venkataraman, MD     Consultant: Michael K. Sato, MD

Reason: Primary prevention ICD evaluation, ischemic cardiomyopathy.

HPI: Mr. Okafor is a 71 y/o man with HTN and HLD who had an anterior NSTEMI on 4/19/2026 treated with a DES to the
proximal LAD. EF at the index admission was 25-30%. He has worn a LifeVest since discharge (one 11-beat NSVT run on
5/14, no treatments). He has been in phase II cardiac rehab, currently tolerating ~20 minutes on the treadmill.
He gets winded with 2 flights of stairs and yard work; no dyspnea at rest. No angina since PCI. No syncope.

Meds: ASA 81, ticagrelor 90 BID, atorvastatin 80, metoprolol succinate 50, sacubitril-valsartan 24/26 BID (started
5/19), NTG PRN.

Data:
 TTE 6/2/2026: LVEF 28% (biplane), anterior/apical akinesis, no thrombus.
 ECG: SR 66, PR 168, QRS 98, no AV block. No bradycardia on LifeVest or telemetry.

Exam: BP 118/72, HR 66. No JVD, clear lungs, no edema. R radial site healed.

Assessment:
 Ischemic cardiomyopathy, EF 28% now more than 40 days after the MI (MI 4/19 -> 46 days), NYHA II on GDMT.
 He has been revascularized (PCI 4/20) and has no further revascularization planned. No pacing indication.
 In my opinion he meets criteria for a primary prevention ICD and the 40-day post-MI wait has been satisfied.

Shared decision making: I reviewed with the patient and his wife the ICD decision aid (Colorado Program for Patient
Centered Decisions, ICD booklet) - benefits, risks, shocks, longevity, deactivation - and they would like to proceed.

Plan: single-chamber ICD, tentatively 6/23/2026. Continue LifeVest until implant. Prior authorization to be submitted.

Michael K. Sato, MD - Cardiac Electrophysiology
"""
    c.note("ep-consult-2026-06-04", "2026-06-04 16:40", "11488-4", "Consult note", "EP consultation", epn, ep, encounter=epv)

    rehab = """Cardiac Rehab Phase II - Session Note
Date: 06/09/2026  Session 9 of 36   Dx: NSTEMI s/p PCI LAD 4/20/26, ICM
Pre: BP 112/70  HR 64  SpO2 97%  Wt 91.2 kg.  Denies CP, SOB at rest, dizziness. LifeVest on.
Exercise: Treadmill 2.2 mph / 2% x 22 min (RPE 12-13), NuStep L4 x 10 min. Peak HR 94. Tele: SR, rare PVCs.
Post: BP 124/70 HR 72. Asymptomatic.
Education: heart-healthy eating, reading labels; reviewed NTG use.
Plan: progress workload per protocol. - T. DeLucia RN
"""
    c.note("rehab-2026-06-09", "2026-06-09 11:20", "34746-8", "Nurse Note", "Cardiac rehab session note", rehab, rn)

    case = {
        "id": "bk-icd-02", "patient": "patients/pk02.json",
        "request": {"service": ICD_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "I25.5", "display": "Ischemic cardiomyopathy"},
                                  {"system": ICD10CM, "code": "I25.2", "display": "Old myocardial infarction"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-16",
                    "note": "Primary prevention ICD, ICM EF 28%, >40 days post MI."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.4",
                 "evidence": ["Procedure/pci-2026-04-20", "Observation/lvef-2026-06-02", "DocumentReference/ep-consult-2026-06-04"],
                 "missing": [],
                 "rationale": "Prior MI with LVEF 28% (B2/B3) and SDM done, but PCI with stenting on 2026-04-20 is within the past "
                              "3 months of the request (57 days); the 40-day MI wait is met but the 3-month PCI exclusion is not; "
                              "no pacemaker-indication exception. NSVT on the wearable defibrillator is not sustained VT (B1 not met)."}}
    return case, c, "2026-06-16 12:00"


CASES = [icd01, icd02]
