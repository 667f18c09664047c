"""NCD 20.4 cases (implantable cardioverter defibrillator)."""
from fhirlib import *


def icd_01():
    pid = "pt-lk0402231"
    b = Bundle("bu-icd-01")
    b.add(patient(pid, "Whitcomb", ["Dale", "R."], "male", "1957-06-02", "LK0402231"))
    b.add(practitioner("dr-lindqvist", "Lindqvist", ["Mara"], "MD", "Cardiology - Advanced Heart Failure"))
    b.add(practitioner("dr-wrobel", "Wrobel", ["Tomasz"], "MD", "Cardiac Electrophysiology"))
    b.add(practitioner("np-ortiz", "Ortiz", ["Lena"], "APRN-CNP", "Cardiology nurse practitioner"))
    b.add(practitioner("dr-halvorsen", "Halvorsen", ["Ray"], "MD", "Internal Medicine"))
    b.add(practitioner("dr-petrosyan", "Petrosyan", ["Ana"], "DPM", "Podiatry"))

    b.add(condition("cond-cad-2019", pid, "I25.10", "2019-04-11", onset="2019-04",
                    note="Entered by PCP after abnormal exercise treadmill test 04/2019. Never reconciled.",
                    recorder="dr-halvorsen"))
    b.add(condition("cond-dcm", pid, "I42.0", "2025-07-03", onset="2025-06-29",
                    text="Dilated cardiomyopathy, nonischemic (cath 7/2/25 - no obstructive CAD)", recorder="dr-lindqvist"))
    b.add(condition("cond-hfref", pid, "I50.22", "2025-07-03", onset="2025-06-29", recorder="dr-lindqvist"))
    b.add(condition("cond-paf", pid, "I48.0", "2025-06-30", onset="2025-06-29",
                    text="Paroxysmal atrial fibrillation (single episode at HF presentation)"))
    b.add(condition("cond-ckd", pid, "N18.31", "2024-02-06"))
    b.add(condition("cond-hld", pid, "E78.5", "2016-09-12"))
    b.add(condition("cond-onycho", pid, "B35.1", "2025-11-18", recorder="dr-petrosyan"))

    b.add(encounter("enc-adm-2025-06", pid, "2025-06-29T21:14:00-05:00", "Inpatient admission - acute decompensated heart failure",
                    cls="IMP", end="2025-07-04T13:30:00-05:00", prac="dr-lindqvist"))
    b.add(observation("lvef-2025-06-30", pid, "2025-06-30T10:05:00-05:00", "10230-1", "Left ventricular Ejection fraction",
                      value_string="20-25%", category="imaging", method="Transthoracic echocardiography",
                      note="Visual estimate; severe global hypokinesis, LVIDd 6.6 cm", encounter_id="enc-adm-2025-06"))
    b.add(observation("nyha-2025-07-04", pid, "2025-07-04", "NYHA", "NYHA functional class", system=LOCAL,
                      category="exam", value_string="Class III", encounter_id="enc-adm-2025-06"))
    b.add(procedure("lhc-2025-07-02", pid, "2025-07-02T08:40:00-05:00",
                    "Left heart catheterization with coronary angiography", code="93458", performer="dr-lindqvist",
                    note="Angiographically normal coronaries, right dominant. Luminal irregularities only (<20% mid LAD). "
                         "No obstructive coronary artery disease; no target for revascularization. LVEDP 24 mmHg."))
    dc = """LAKESHORE REGIONAL HOSPITAL - DISCHARGE SUMMARY
Patient: WHITCOMB, DALE R   MRN LK0402231   DOB 06/02/1957
Admit: 06/29/2025   Discharge: 07/04/2025   Attending: M. Lindqvist, MD

Principal diagnosis: New onset heart failure with reduced ejection fraction
Secondary: paroxysmal atrial fibrillation w/ RVR at presentation (converted spontaneously 6/30), CKD 3a, HLD

Hospital course: 68M presented with 3 wk progressive DOE, orthopnea, 12 lb weight gain. BNP 2,860.
TTE 6/30: LVEF 20-25%, dilated LV, mod functional MR. AF w/ RVR on arrival, converted to SR within
18 h on IV diltiazem, then started on carvedilol. Diuresed 5.1 kg with IV furosemide.
LHC 7/2: no obstructive CAD. Impression nonischemic dilated cardiomyopathy; TSH, iron studies normal,
no EtOH excess reported (2-3 beers/wk). Started GDMT: carvedilol 3.125 bid, lisinopril 2.5 daily.
Anticoagulation: CHA2DS2-VASc 2 (HF, age 65-74); apixaban offered, pt declined for now - readdress outpt.

Discharge functional status: NYHA III (dyspneic walking across the room early in stay, improved by d/c).
Follow-up: HF clinic 2 weeks, repeat echo in ~3 months on GDMT before any device decision.
"""
    b.add(document("dc-2025-07-04", pid, "2025-07-04T14:02:00-05:00", "discharge", "Discharge summary 07/04/2025", dc,
                   author="dr-lindqvist", encounter_id="enc-adm-2025-06"))

    b.add(medication_request("rx-carvedilol", pid, "Carvedilol 25 mg oral tablet", "2025-07-03", rxcui="20352",
                             dosage="Started 3.125 mg BID 7/3/25; titrated q2wk; 25 mg BID since 10/01/2025",
                             start="2025-07-03", requester="dr-lindqvist"))
    b.add(medication_request("rx-lisinopril", pid, "Lisinopril 2.5 mg oral tablet", "2025-07-03", rxcui="29046",
                             status="stopped", dosage="2.5 mg daily", start="2025-07-03", end="2025-09-08",
                             status_reason="Changed to sacubitril/valsartan (36 h washout)", requester="dr-lindqvist"))
    b.add(medication_request("rx-arni", pid, "Sacubitril 49 mg / valsartan 51 mg oral tablet", "2025-09-10",
                             dosage="1 tab BID (uptitrated from 24/26 on 10/22/25; 97/103 not tolerated - dizziness, BP 92/58)",
                             start="2025-09-10", requester="dr-lindqvist"))
    b.add(medication_request("rx-spironolactone", pid, "Spironolactone 25 mg oral tablet", "2025-08-14", rxcui="9997",
                             dosage="25 mg daily", start="2025-08-14", requester="dr-lindqvist"))
    b.add(medication_request("rx-empagliflozin", pid, "Empagliflozin 10 mg oral tablet", "2025-10-20", rxcui="1545653",
                             dosage="10 mg daily", start="2025-10-20", requester="dr-lindqvist"))
    b.add(medication_request("rx-furosemide", pid, "Furosemide 20 mg oral tablet", "2025-07-04", rxcui="4603",
                             dosage="20 mg daily PRN wt gain > 3 lb/2 days", start="2025-07-04", requester="dr-lindqvist"))
    b.add(medication_request("rx-asa", pid, "Aspirin 81 mg oral tablet", "2025-07-04", rxcui="1191", dosage="81 mg daily",
                             requester="dr-lindqvist"))
    b.add(medication_request("rx-atorva", pid, "Atorvastatin 20 mg oral tablet", "2016-09-12", rxcui="83367",
                             dosage="20 mg nightly", requester="dr-halvorsen"))

    b.add(observation("lvef-2025-10-14", pid, "2025-10-14T13:20:00-05:00", "10230-1", "Left ventricular Ejection fraction",
                      value=30, unit="%", category="imaging", method="Transthoracic echocardiography (biplane Simpson)"))
    b.add(observation("holter-2025-12-08", pid, "2025-12-08", "HOLTER14", "14-day ambulatory ECG monitor summary", system=LOCAL,
                      category="procedure", value_string="Predominant sinus rhythm, mean HR 67. AF burden 0%. "
                      "One 6-beat run of NSVT (rate 148). No pauses."))
    cmr = """NORTHSHORE IMAGING PARTNERS                      FAX  (218) 555-0193   PG 1/2
---------------------------------------------------------------------------
CARDIAC MRI W/WO CONTRAST           Exam date: 21-JAN-2026
Pt: WHITCOMB, DALE      DOB: 06/02/1957    Ref: LINDQVIST, M
---------------------------------------------------------------------------
INDICATION: NICM, LVEF reassessment on GDMT, ICD candidacy.

FINDINGS:
LV: Severely dilated. LVEDVi 142 mL/m2, LVESVi 101 mL/m2.
    LVEF 29 % (volumetric, short-axis stack).  Global hypokinesis.
RV: Normal size, mildly reduced function, RVEF 44 %.
LGE: Linear mid-wall enhancement of basal-mid septum. N0 subendocardial
     or transmural (infarct-pattern) enhancement.
Valves: Mild-mod functional MR.

IMPRESSION:
1. Nonischemic dilated cardiomyopathy, LVEF 29%.
2. Septal mid-wall fibrosis pattern, non-ischemic.
                                   Electronically signed: K. Abara MD  01/21/26 16:48
"""
    b.add(document("cmr-2026-01-21", pid, "2026-01-21T16:48:00-06:00", "imaging", "Cardiac MRI report (outside, faxed)", cmr,
                   description="Scanned outside report - Northshore Imaging Partners"))
    b.add(observation("lvef-cmr-2026-01-21", pid, "2026-01-21T16:48:00-06:00", "10230-1", "Left ventricular Ejection fraction",
                      value=29, unit="%", category="imaging", method="Cardiac MRI (volumetric)"))
    b.add(observation("egfr-2026-01-20", pid, "2026-01-20T07:55:00-06:00", "62238-1",
                      "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
                      value=52, unit="mL/min/1.73m2", ucum="mL/min/{1.73_m2}", text="eGFR"))
    b.add(encounter("enc-hf-2026-01-27", pid, "2026-01-27T09:00:00-06:00", "HF clinic follow-up", prac="dr-lindqvist"))
    b.add(observation("bp-2026-01-27", pid, "2026-01-27T09:12:00-06:00", "85354-9", "Blood pressure panel", category="vital-signs",
                      components=[component("8480-6", "Systolic blood pressure", 108, "mmHg", "mm[Hg]", system=LOINC),
                                  component("8462-4", "Diastolic blood pressure", 66, "mmHg", "mm[Hg]", system=LOINC)],
                      encounter_id="enc-hf-2026-01-27"))
    b.add(observation("nyha-2026-01-27", pid, "2026-01-27", "NYHA", "NYHA functional class", system=LOCAL,
                      category="exam", value_string="Class II", encounter_id="enc-hf-2026-01-27"))
    hf = """HEART FAILURE CLINIC - PROGRESS NOTE
Date of service: 01/27/2026      Provider: Mara Lindqvist, MD

S: Here with wife. Feels "a lot better than summer." Walks dog ~2 blocks, climbs one flight to
bedroom with mild breathlessness at top, no rest needed. No orthopnea/PND. No CP. No syncope or
presyncope. Occasional lightheadedness standing quickly. Weight stable 196-198 lb on home log.
Taking all meds; pill box. Has not needed PRN furosemide since Nov.

Meds (reconciled today): carvedilol 25 mg BID (max dose since 10/1/25), sacubitril/valsartan
49/51 BID (since 9/10/25 after lisinopril washout; 97/103 not tolerated), spironolactone 25 daily
(since 8/14/25), empagliflozin 10 daily (since 10/20/25), atorvastatin 20, furosemide 20 PRN.

O: BP 108/66, HR 64 regular, SpO2 97% RA, wt 197 lb. JVP 7 cm, lungs clear, no edema.
Labs 1/20: K 4.6, Cr 1.41, eGFR 52.
CMR 1/21/26 (outside): LVEF 29%, mid-wall septal LGE, no infarct pattern.
Holter 12/2025: SR, AF burden 0%, 6-beat NSVT.

A/P:
1. Nonischemic DCM / HFrEF, NYHA class II, stage C. Now >6 months of GDMT, on max tolerated doses of
   all four pillars for >3 months. EF not recovered (29% by CMR vs 20-25% at dx).
   -> Refer to EP (Dr. Wrobel) re: primary prevention ICD. CRT not indicated: QRS 104 ms, no LBBB.
2. PAF - single episode at presentation, none since on carvedilol. Readdressed OAC: he prefers aspirin
   only for now; documented risks. Not a device contraindication.
3. CKD 3a stable.
4. "CAD" on problem list is from a 2019 treadmill test; cath 7/2025 showed normal coronaries. Will ask
   PCP office to update list.
RTC 3 months.
"""
    b.add(document("hf-clinic-2026-01-27", pid, "2026-01-27T10:41:00-06:00", "progress", "HF clinic note 01/27/2026", hf,
                   author="dr-lindqvist", encounter_id="enc-hf-2026-01-27"))
    b.add(encounter("enc-ep-2026-02-03", pid, "2026-02-03T13:30:00-06:00", "Electrophysiology consultation", prac="dr-wrobel"))
    ep = """CARDIAC ELECTROPHYSIOLOGY CONSULTATION
Feb 3, 2026 - T. Wrobel, MD
Referring: M. Lindqvist, MD.  Reason: primary prevention ICD evaluation.

HPI: 68 y/o man with nonischemic dilated cardiomyopathy diagnosed June 2025 (LHC 7/2/25: no obstructive
CAD). Persistently reduced EF despite GDMT started July 2025 - carvedilol, ARNI (Sept 2025), MRA (Aug 2025),
SGLT2i (Oct 2025), all at max tolerated doses. Currently NYHA II. Denies syncope, near-syncope, palpitations.
No known family history of sudden cardiac death. No prior sustained VT or cardiac arrest.
No angina; no ischemic evaluation pending - coronaries normal 7/2025, he is not a revascularization candidate.

ECG today: SR 66, PR 178, QRS 104 ms, QTc 452. No LBBB.
Imaging: CMR 1/21/26 LVEF 29%, mid-wall septal LGE.
Comorbidities: CKD 3a (eGFR 52), HLD, onychomycosis. No malignancy. Functionally independent, works part time
at the hardware store. No condition limiting life expectancy to < 1 year.
Rhythm: single AF episode 6/2025 at presentation; Holter 12/2025 AF burden 0%, rate controlled.
Stable outpatient, euvolemic, not in shock.

Impression: NICM, LVEF <= 35% on > 3 months GDMT, NYHA II -> meets guideline indication for primary
prevention single-chamber ICD (no CRT indication, QRS 104).
Plan: shared decision-making visit with Lena Ortiz, CNP using the ICD decision aid before scheduling.
If he elects to proceed, single-chamber transvenous ICD.
"""
    b.add(document("ep-consult-2026-02-03", pid, "2026-02-03T15:10:00-06:00", "consult", "EP consultation 02/03/2026", ep,
                   author="dr-wrobel", encounter_id="enc-ep-2026-02-03"))
    b.add(encounter("enc-sdm-2026-02-10", pid, "2026-02-10T10:00:00-06:00", "Shared decision-making visit (ICD)", prac="np-ortiz"))
    sdm = html_doc("SDM visit", """
<h2>Cardiology - Shared Decision-Making Encounter: ICD</h2>
<p><b>Date:</b> 2/10/2026 &nbsp; <b>Clinician:</b> Lena Ortiz, APRN-CNP (cardiology) &nbsp; <b>Visit length:</b> 35 min, in person, wife present</p>
<p><b>Tool used:</b> Evidence-based patient decision aid for implantable cardioverter-defibrillators (primary prevention version,
Patient Decision Aids, University of Colorado), printed booklet reviewed page by page; copy given to patient.</p>
<ul>
<li>Reviewed his estimated risk of sudden cardiac death with NICM and EF 29%, and the expected absolute benefit of an ICD.</li>
<li>Discussed alternatives: continuing medical therapy without an ICD; wearable defibrillator not appropriate (&gt; 90 days GDMT).</li>
<li>Discussed risks: infection, lead problems, inappropriate shocks, driving restrictions after a shock, device
replacement in 8-12 yrs, deactivation options at end of life.</li>
<li>Values elicited: "I want to see my grandkids graduate"; worried about shocks; comfortable with surgery.</li>
<li>Teach-back completed; questions answered.</li>
</ul>
<p><b>Decision:</b> Patient chooses to proceed with a single-chamber ICD. Will notify Dr. Wrobel's scheduler.</p>
""")
    b.add(document("sdm-2026-02-10", pid, "2026-02-10T11:02:00-06:00", "progress", "Shared decision-making note - ICD", sdm,
                   content_type="text/html", author="np-ortiz", encounter_id="enc-sdm-2026-02-10"))
    b.add(service_request("sr-icd", pid, "2026-02-12", "Insertion of single-chamber implantable cardioverter-defibrillator",
                          code="33249", requester="dr-wrobel", reason_code="I42.0"))
    pod = """PODIATRY - 11/18/2025 - A. Petrosyan DPM
CC: thick discolored toenails bilat, painful in shoes.
Exam: DP/PT palpable bilat. Onychomycosis nails 1-5 bilat, subungual debris.
Proc: debridement of nails x10. Pt to continue topical efinaconazole. RTC 10-12 wks.
"""
    b.add(document("podiatry-2025-11-18", pid, "2025-11-18T11:15:00-06:00", "progress", "Podiatry note", pod,
                   author="dr-petrosyan"))
    preop = """PRE-PROCEDURE H&P - 03/04/2026 - T. Wrobel MD
Scheduled 3/06/26 single-chamber ICD, left subpectoral. NYHA II. No interval change. Hold spironolactone AM of procedure.
"""
    b.add(document("preop-2026-03-04", pid, "2026-03-04T08:30:00-06:00", "hp", "Pre-procedure H&P", preop, author="dr-wrobel"))

    case = {
        "id": "bu-icd-01",
        "request": {
            "service": {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator"},
            "diagnoses": [icd_coding("I42.0"), icd_coding("I50.22")],
            "payer": "medicare", "urgency": "standard", "date": "2026-02-17",
            "note": "Primary prevention ICD, NICM, EF 29% on CMR. SDM done 2/10."},
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.4",
            "evidence": ["Observation/lvef-cmr-2026-01-21", "Observation/nyha-2026-01-27",
                         "DocumentReference/hf-clinic-2026-01-27", "MedicationRequest/rx-carvedilol",
                         "MedicationRequest/rx-arni", "Procedure/lhc-2025-07-02", "DocumentReference/sdm-2026-02-10"],
            "missing": [],
            "rationale": "Non-ischemic DCM branch: LVEF 29% by cardiac MRI, NYHA II, GDMT well over 3 months, normal coronaries on cath "
                         "(not a revascularization candidate, no recent MI/PCI), SDM with a decision aid by an NP, AF rate controlled. "
                         "The 2019 CAD problem-list entry is stale; either cardiomyopathy branch is met."},
    }
    return b, case


def icd_02():
    pid = "pt-lk0388710"
    b = Bundle("bu-icd-02")
    b.add(patient(pid, "Brandvold", ["Gerald", "T."], "male", "1951-10-19", "LK0388710"))
    b.add(practitioner("dr-achebe", "Achebe", ["Ifeoma"], "MD", "Cardiology (general)"))
    b.add(practitioner("dr-wrobel", "Wrobel", ["Tomasz"], "MD", "Cardiac Electrophysiology"))
    b.add(practitioner("dr-halvorsen", "Halvorsen", ["Ray"], "MD", "Internal Medicine"))
    b.add(practitioner("rn-kask", "Kask", ["Helen"], "RN", "Cardiology intake nurse"))

    b.add(condition("cond-oldmi", pid, "I25.2", "2026-01-08", onset="2021-11",
                    text="Old MI - inferior STEMI 11/2021 (Tucson AZ)", recorder="rn-kask"))
    b.add(condition("cond-icm", pid, "I25.5", "2026-01-08", onset="2021-11", recorder="dr-achebe"))
    b.add(condition("cond-hfref", pid, "I50.22", "2026-01-08", recorder="dr-achebe"))
    b.add(condition("cond-stent", pid, "Z95.5", "2026-01-08", onset="unknown - per patient report",
                    note="Entered at new-patient intake from patient report; stents x2 at outside facility.", recorder="rn-kask"))
    b.add(condition("cond-htn", pid, "I10", "2026-01-08"))
    b.add(condition("cond-bph", pid, "N40.0", "2026-01-08"))
    b.add(condition("cond-oa", pid, "M17.11", "2026-01-08"))

    outside = """** FAX ** 01/06/2026 10:42   FROM: SONORAN HEART ASSOC  520-555-0148   TO: LAKESHORE CARDIOLOGY   P. 1/3
-----------------------------------------------------------------------------------------------
SONORAN HEART ASSOCIATES, P.C.
Re: BRANDVOLD, GERALD     DOB 10/19/1951

Dear Dr. Achebe,

Thank you for assuming the care of Mr. Brandvold, who has relocated to Minnesota to be near his
daughter. Summary of his cardiac history:

 - Inferior STEMI 11/2021, primary PCI with DES to mid RCA.
 - Ischemic cardiomyopathy, EF 30-35% post-MI, never recovered.
 - Subsequent staged / symptom-driven PCI of the LCx with DES at our facility - see attached
   cath report for details and date.
 - GDMT: metoprolol succinate, losartan -> changed to sacubitril/valsartan, spironolactone.
 - HTN, BPH.

He was to be referred for ICD evaluation; he preferred to do this after his move.
Please see attached reports.

Sincerely,
D. Olvera, MD, FACC
-----------------------------------------------------------------------------------------------
"""
    b.add(document("outside-letter-2026-01-06", pid, "2026-01-06T10:42:00-07:00", "outside",
                   "Outside cardiology letter (fax, p.1 of 3)", outside,
                   description="Scanned fax from Sonoran Heart Associates. Pages 2-3 (attachments) not received."))
    fax_note = """Records / HIM note 01/07/2026: Fax from Sonoran Heart Assoc received 1 of 3 pages only.
Pages 2-3 (cath reports) not transmitted. Re-request sent 01/07/26 via fax; no response as of 02/20/26,
second request sent.  - M. Tran, HIM
"""
    b.add(document("him-log-2026-02-20", pid, "2026-02-20T15:05:00-06:00", "admin", "HIM records request log", fax_note,
                   description="Health information management request log"))
    b.add(encounter("enc-newpt-2026-01-08", pid, "2026-01-08T08:20:00-06:00", "Cardiology new patient", prac="dr-achebe"))
    newpt = """GENERAL CARDIOLOGY - NEW PATIENT VISIT    01/08/2026    I. Achebe, MD

74 yo M establishing care after relocation from Arizona. Hx per outside letter and pt: inferior STEMI
Nov 2021 treated with stent to RCA; "another stent a while after that" - he is unsure of the date
("last fall or maybe the winter before, I've lost track"). Has wallet card at home, will bring it.

Symptoms: gets winded after ~1 mile on the treadmill, no angina since the second stent. No syncope.
No orthopnea. No edema. NYHA II.

Meds: metoprolol succinate 100 daily, sacubitril/valsartan 49/51 BID, spironolactone 25, atorvastatin 80,
aspirin 81, clopidogrel 75 (stopping date per outside cardiologist - unknown), tamsulosin.

Exam: BP 122/70, HR 58, BMI 28. Regular, soft apical holosystolic murmur. Lungs clear. No edema.
ECG: SB 58, old inferior Q waves, QRS 96 ms.

A/P: ICM with hx of reduced EF. Obtain TTE and regadenoson nuclear stress to reassess EF and ischemia.
Request outside records incl. cath reports. Continue GDMT. ICD discussion after testing.
"""
    b.add(document("cards-newpt-2026-01-08", pid, "2026-01-08T09:45:00-06:00", "consult", "Cardiology new patient note", newpt,
                   author="dr-achebe", encounter_id="enc-newpt-2026-01-08"))
    b.add(medication_request("rx-metoprolol", pid, "Metoprolol succinate 100 mg extended-release oral tablet", "2026-01-08",
                             rxcui="6918", dosage="100 mg daily (continued from outside prescriber; on since 2021)",
                             requester="dr-achebe"))
    b.add(medication_request("rx-arni", pid, "Sacubitril 49 mg / valsartan 51 mg oral tablet", "2026-01-08",
                             dosage="1 tab BID (continued from outside prescriber)", requester="dr-achebe"))
    b.add(medication_request("rx-spiro", pid, "Spironolactone 25 mg oral tablet", "2026-01-08", rxcui="9997",
                             dosage="25 mg daily", requester="dr-achebe"))
    b.add(medication_request("rx-clopidogrel", pid, "Clopidogrel 75 mg oral tablet", "2026-01-08", rxcui="32968",
                             dosage="75 mg daily", requester="dr-achebe",
                             note="Continued pending outside records to confirm DAPT duration."))
    b.add(medication_request("rx-asa", pid, "Aspirin 81 mg oral tablet", "2026-01-08", rxcui="1191", dosage="81 mg daily"))
    b.add(observation("lvef-2026-01-15", pid, "2026-01-15T11:30:00-06:00", "10230-1", "Left ventricular Ejection fraction",
                      value=0.27, unit="{fraction}", ucum="1", category="imaging", method="Transthoracic echocardiography (biplane)",
                      note="Inferior and inferolateral akinesis; mild MR."))
    echo = """TRANSTHORACIC ECHOCARDIOGRAM   Study date 2026-01-15   Lakeshore Cardiology Echo Lab
Indication: ischemic cardiomyopathy, EF reassessment
LV: mildly dilated (LVIDd 6.1 cm). LVEF 0.27 (biplane method of disks).
    Akinesis of basal-mid inferior and inferolateral walls; hypokinesis elsewhere.
RV: normal size and function, TAPSE 1.9 cm.  Mild MR.  No AS.  RVSP 32 mmHg.
Impression: Ischemic cardiomyopathy, severely reduced LV systolic function, EF 27%.
Reading physician: I. Achebe, MD
"""
    b.add(document("echo-2026-01-15", pid, "2026-01-15T14:10:00-06:00", "imaging", "TTE report 01/15/2026", echo,
                   author="dr-achebe"))
    b.add(procedure("mpi-2026-01-28", pid, "2026-01-28T09:00:00-06:00", "Regadenoson SPECT myocardial perfusion imaging",
                    code="78452", performer="dr-achebe",
                    note="Large fixed inferior/inferolateral defect (infarct). No reversible ischemia. Gated EF 28%."))
    b.add(observation("nyha-2026-02-19", pid, "2026-02-19", "NYHA", "NYHA functional class", system=LOCAL, category="exam",
                      value_string="II"))
    b.add(encounter("enc-ep-2026-02-19", pid, "2026-02-19T14:00:00-06:00", "EP consult + SDM", prac="dr-wrobel"))
    ep = """ELECTROPHYSIOLOGY CONSULT & SHARED DECISION MAKING      02/19/2026      T. Wrobel, MD

74M, prior inferior MI (11/2021), ischemic CM. TTE 1/15/26 EF 27%; SPECT 1/28/26 fixed inferior scar,
no ischemia, gated EF 28%. NYHA class II. No angina. No syncope. No sustained VT or arrest history.
Not a candidate for further revascularization per Dr. Achebe (no ischemia, no angina).
No MI since 2021. Prior PCIs: RCA 11/2021; LCx at Sonoran Heart - date not available, pt unsure; outside
cath report requested by HIM, still outstanding.
Sinus rhythm, no AF. Stable, ambulatory outpatient. No malignancy, no renal/hepatic failure
(Cr 1.1). Cognitively intact.

Shared decision-making: in-person, 30 min, with daughter. Used the ICD patient decision aid
(primary prevention, Univ. of Colorado PtDA) - benefits/risks of ICD vs no ICD, shocks, infection,
driving, generator change, deactivation at end of life. Patient values longevity, accepts risks.
Decision: proceed with single-chamber ICD.

Plan: submit ICD request. Device timing must respect the 90-day post-PCI window; confirm LCx PCI
date from outside records.
"""
    b.add(document("ep-sdm-2026-02-19", pid, "2026-02-19T15:20:00-06:00", "consult", "EP consult and SDM note", ep,
                   author="dr-wrobel", encounter_id="enc-ep-2026-02-19"))
    b.add(service_request("sr-icd", pid, "2026-02-26", "Insertion of implantable cardioverter-defibrillator, single chamber",
                          code="33249", requester="dr-wrobel", reason_code="I25.5"))
    pcp = """PCP visit 12/03/2025 (telehealth, pt still in AZ) - R. Halvorsen MD
New pt intro visit before relocation. Knee OA R > L, uses naproxen rarely - advised to avoid w/ HF.
BPH on tamsulosin. Will establish cardiology locally in January.
"""
    b.add(document("pcp-2025-12-03", pid, "2025-12-03T16:00:00-06:00", "progress", "PCP telehealth", pcp, author="dr-halvorsen"))
    late = """CARDIOLOGY ADDENDUM 03/19/2026 - I. Achebe MD
Outside records finally received (Sonoran Heart pp. 2-3): LCx DES placed 10/02/2025 for unstable angina.
DAPT through 10/2026 planned. Forwarded to EP.
"""
    b.add(document("cards-addendum-2026-03-19", pid, "2026-03-19T12:00:00-05:00", "progress", "Cardiology addendum", late,
                   author="dr-achebe"))

    case = {
        "id": "bu-icd-02",
        "request": {
            "service": {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator"},
            "diagnoses": [icd_coding("I25.5"), icd_coding("I25.2"), icd_coding("I50.22")],
            "payer": "medicare", "urgency": "standard", "date": "2026-03-05",
            "note": "Prior MI, EF 27%, NYHA II, SDM completed with decision aid."},
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.4",
            "evidence": ["Observation/lvef-2026-01-15", "DocumentReference/ep-sdm-2026-02-19",
                         "Procedure/mpi-2026-01-28", "DocumentReference/outside-letter-2026-01-06"],
            "missing": ["PCI|stent|stenting|angioplasty|revascularization|coronary intervention|cath report|catheterization"],
            "rationale": "Prior-MI branch otherwise documented (EF 0.27 by echo, NYHA II, no ischemia, SDM with a decision aid). "
                         "The date of the most recent (LCx) PCI is unknown before the request; the record that gives it arrives later "
                         "and does not count; the stent problem-list entry date is an intake date."},
    }
    return b, case
