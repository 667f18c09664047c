"""NCD 20.4 cases (ICD)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 20.4"


def icd01():
    b = Bundle("bw01")
    b.patient("Brezinski", ["Walter", "J"], "male", "1954-08-22", "Millbrook")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology")
    b.prac("dr-okafor", "Okafor", "Chinedu", "MD", "Emergency medicine")
    b.prac("dr-lindqvist", "Lindqvist", "Anna", "MD", "Hospital medicine")
    b.prac("dr-varga", "Varga", "Peter", "MD", "Interventional cardiology")
    b.prac("dr-suresh", "Suresh", "Meena", "MD", "Cardiac electrophysiology")
    b.prac("dr-holm", "Holm", "David", "MD", "General cardiology")
    b.prac("cm-reyes", "Reyes", "Teresa", "RN", "Case management")

    b.enc("enc-cardio-2025-11-18", "AMB", "Cardiology follow-up", dt("2025-11-18", "09:00"), dt("2025-11-18", "09:40"), org="nv-heart")
    b.enc("enc-ed-2026-03-09", "EMER", "Emergency department visit", dt("2026-03-09", "10:38"), dt("2026-03-09", "13:05"), org="nvrmc",
          reason="Palpitations, near-syncope, wide-complex tachycardia", disposition="Admitted to CCU")
    b.enc("enc-hosp-2026-03-09", "IMP", "Inpatient admission - cardiology (CCU then telemetry)", dt("2026-03-09", "13:05"), dt("2026-03-14", "11:30"),
          org="nvrmc", admit_source="Emergency department", disposition="Home with family", reason="Sustained ventricular tachycardia")

    b.cond("c-oldmi", "I25.2", "Old myocardial infarction", "2017-06-02", onset="2017-05-28",
           note="Inferior STEMI 05/2017, late presentation; RCA not reopened (chronic occlusion), medical therapy.")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2012-03-14")
    b.cond("c-hld", "E78.5", "Hyperlipidemia, unspecified", "2012-03-14")
    b.cond("c-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2024-05-20")
    b.cond("c-hx-prostate", "Z85.46", "Personal history of malignant neoplasm of prostate", "2019-10-02",
           note="Gleason 3+4 adenocarcinoma 2019, external beam radiation completed 01/2020. PSA undetectable since; urology surveillance yearly.")
    b.cond("c-vt", "I47.2", "Ventricular tachycardia", "2026-03-09", onset=dt("2026-03-09", "10:15"), category="encounter-diagnosis",
           encounter="enc-hosp-2026-03-09")
    b.cond("c-nstemi-ro", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "2026-03-09", category="encounter-diagnosis",
           verification="refuted", clinical="resolved", encounter="enc-hosp-2026-03-09",
           note="Entered as provisional on admission for troponin rise. Ruled out 03/10 after catheterization: no acute lesion; low-level flat troponin attributed to VT/cardioversion (demand).")

    # outpatient baseline
    b.obs("lvef-tte-2025-11-18", (LOINC, "10230-1", "Left ventricular Ejection fraction"), "2025-11-18", 40, "%", "%",
          category="imaging", encounter="enc-cardio-2025-11-18", method="Transthoracic echocardiography",
          note="Inferior/inferolateral akinesis with thinning, unchanged from 2023.")
    b.med("rx-metoprolol", "6918", "metoprolol succinate ER 50 mg oral tablet", "2025-11-18", dosage="50 mg by mouth daily",
          requester="dr-holm", start="2025-11-18", note="On metoprolol since 2017.")
    b.med("rx-lisinopril", "29046", "lisinopril 10 mg oral tablet", "2025-11-18", dosage="10 mg daily", requester="dr-holm", start="2025-11-18")
    b.med("rx-atorva", "83367", "atorvastatin 40 mg oral tablet", "2025-11-18", dosage="40 mg nightly", requester="dr-holm", start="2025-11-18")
    b.med("rx-asa", "1191", "aspirin 81 mg oral tablet", "2025-11-18", dosage="81 mg daily", requester="dr-holm", start="2025-11-18")
    b.doc("cardio-2025-11-18", "11506-3", "Progress note", "Cardiology follow-up", dt("2025-11-18", "09:40"), "dr-holm",
          """NORTHVALE HEART & VASCULAR - FOLLOW-UP
Pt: Walter Brezinski  DOB 08/22/1954
Date: 11/18/2025  Provider: D. Holm MD

S: Annual visit. Old inferior MI 2017 (late presenter, RCA left occluded). Feels well, walks 2 miles most days with his dog. No chest pain, no palpitations, no syncope. Mild ankle swelling in the summer heat only.
Hx prostate ca 2019 s/p XRT - PSA undetectable per urology (09/2025).

O: BP 132/78  HR 62  Wt 84 kg
Echo today: LVEF ~40%, inferior/inferolateral akinesis w/ thinning, unchanged vs 2023. Mild MR.

A/P:
1. CAD, old IMI, mildly reduced EF - stable, NYHA I. Continue metoprolol succinate 50, lisinopril 10, atorva 40, ASA.
2. HTN - controlled.
3. CKD 3a - Cr 1.3 stable.
RTC 12 months, sooner prn.
""", encounter="enc-cardio-2025-11-18", custodian="nv-heart")

    # ED
    b.obs("ecg-2026-03-09", ("local", "ECG-RHYTHM", "ECG rhythm interpretation"), dt("2026-03-09", "10:46"),
          "Regular wide-complex tachycardia 196 bpm, QRS 168 ms, RBBB-like morphology with superior axis; AV dissociation. EMS strip shows same rhythm continuously from 10:21. Interpretation: sustained monomorphic ventricular tachycardia.",
          category="procedure", encounter="enc-ed-2026-03-09", performer="dr-okafor")
    b.obs("bp-2026-03-09-1045", (LOINC, "85354-9", "Blood pressure panel with all children optional"), dt("2026-03-09", "10:45"),
          category="vital-signs", encounter="enc-ed-2026-03-09",
          components=[(LOINC, "8480-6", "Systolic blood pressure", 84, "mmHg", "mm[Hg]"),
                      (LOINC, "8462-4", "Diastolic blood pressure", 52, "mmHg", "mm[Hg]")],
          note="In VT. Alert, oriented, warm extremities.")
    b.proc("proc-cardioversion-2026-03-09", (CPT, "92960", "External electrical cardioversion"), dt("2026-03-09", "10:58"),
           encounter="enc-ed-2026-03-09", performer="dr-okafor",
           outcome="Synchronized 150 J x1 under procedural sedation; converted to sinus rhythm 78 bpm.")
    b.obs("bp-2026-03-09-1120", (LOINC, "85354-9", "Blood pressure panel with all children optional"), dt("2026-03-09", "11:20"),
          category="vital-signs", encounter="enc-ed-2026-03-09",
          components=[(LOINC, "8480-6", "Systolic blood pressure", 122, "mmHg", "mm[Hg]"),
                      (LOINC, "8462-4", "Diastolic blood pressure", 74, "mmHg", "mm[Hg]")])
    b.obs("k-2026-03-09", (LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma"), dt("2026-03-09", "10:52"), 3.9, "mmol/L", "mmol/L",
          encounter="enc-ed-2026-03-09")
    b.obs("mg-2026-03-09", (LOINC, "19123-9", "Magnesium [Mass/volume] in Serum or Plasma"), dt("2026-03-09", "10:52"), 2.1, "mg/dL", "mg/dL",
          encounter="enc-ed-2026-03-09")
    b.obs("lactate-2026-03-09", (LOINC, "2524-7", "Lactate [Moles/volume] in Serum or Plasma"), dt("2026-03-09", "10:52"), 1.4, "mmol/L", "mmol/L",
          encounter="enc-ed-2026-03-09")
    b.obs("trop-2026-03-09-a", ("local", "HSTNT", "Troponin T, high sensitivity"), dt("2026-03-09", "10:52"), 38, "ng/L", "ng/L",
          encounter="enc-ed-2026-03-09", interp="High (ref <19)")
    b.obs("trop-2026-03-09-b", ("local", "HSTNT", "Troponin T, high sensitivity"), dt("2026-03-09", "14:02"), 61, "ng/L", "ng/L",
          encounter="enc-hosp-2026-03-09", interp="High (ref <19)")
    b.obs("trop-2026-03-10", ("local", "HSTNT", "Troponin T, high sensitivity"), dt("2026-03-10", "05:40"), 57, "ng/L", "ng/L",
          encounter="enc-hosp-2026-03-09", interp="High (ref <19)")
    b.doc("ed-note-2026-03-09", "34111-5", "Emergency department note", "ED physician note", dt("2026-03-09", "12:50"), "dr-okafor",
          """NORTHVALE REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT
Patient: BREZINSKI, WALTER   71 M   Arrival 03/09/2026 10:38 via EMS
Attending: C. Okafor MD

CC: "heart racing," nearly passed out in grocery store

HPI: 71M w/ old inferior MI (2017), EF ~40%, HTN, CKD3a, on metoprolol. At ~10:15 felt sudden pounding palpitations and lightheadedness in the checkout line, sat down on the floor, did not lose consciousness. EMS found wide-complex tachycardia ~200, BP 86/50, amiodarone 150 mg IV given en route without conversion. Continuous rhythm on EMS monitor from 10:21 until arrival.
Denies chest pain before or during the episode. No recent illness, no vomiting/diarrhea, no new meds, no diuretic. No recreational drugs. Took his usual meds this morning.

Exam on arrival: BP 84/52, HR 196 regular. Alert, answering questions, skin warm, cap refill <3 s. Lungs clear. No JVD.
ECG: regular WCT 196, QRS 168 ms, RBBB-like, superior axis, AV dissociation -> VT.

Course: Given hypotension, procedural sedation (etomidate) and synchronized cardioversion 150 J x1 at 10:58 -> sinus 78. Post-cardioversion BP 122/74, mentating normally. No vasopressors required at any point. Amiodarone drip started.
Labs: K 3.9, Mg 2.1, lactate 1.4, Cr 1.3 (baseline). hs-TnT 38 -> pending repeat.
Post-conversion ECG: sinus, old inferior Q waves, no acute ST elevation. QTc 440.

Impression: sustained monomorphic VT with hemodynamic compromise, resolved with DCCV. Troponin mildly elevated, likely demand/post-shock but will trend.
Dispo: admit CCU, cardiology/EP consulted. Hospitalist to admit; NSTEMI rule-out on problem list pending cath.
""", encounter="enc-ed-2026-03-09", custodian="nvrmc")

    b.med("rx-amio-iv", "703", "amiodarone IV infusion", dt("2026-03-09", "11:05"), status="completed",
          dosage="1 mg/min x6 h then 0.5 mg/min", encounter="enc-hosp-2026-03-09", requester="dr-okafor",
          start="2026-03-09", end="2026-03-10")
    b.med("rx-amio-po", "703", "amiodarone 200 mg oral tablet", dt("2026-03-10", "16:00"), dosage="400 mg twice daily x 2 weeks, then 200 mg daily",
          encounter="enc-hosp-2026-03-09", requester="dr-suresh", start="2026-03-10")

    b.doc("hp-2026-03-09", "34117-2", "History and physical note", "Admission H&P", dt("2026-03-09", "15:30"), "dr-lindqvist",
          """ADMISSION HISTORY & PHYSICAL - Hospital Medicine
03/09/2026  Brezinski, Walter  71M
Admitted to CCU from ED for sustained VT s/p DCCV.

PMH: CAD with inferior MI 2017 (RCA CTO, medical mgmt), ischemic LV dysfunction EF ~40% (11/2025), HTN, HLD, CKD 3a (Cr 1.2-1.3), prostate cancer 2019 s/p XRT - in remission.
Meds PTA: metoprolol succ 50 daily, lisinopril 10, atorvastatin 40, ASA 81.
Social: lives with daughter, retired machinist, former smoker (quit 2001). Independent in ADLs, drives.

Exam: BP 118/72 HR 74 SR, SpO2 97% RA. Comfortable. No edema. Lungs clear.

A/P
1. Sustained monomorphic VT - hemodynamically unstable, converted by DCCV in ED. Now stable on amio gtt. Electrolytes normal. Will check TSH. EP consult.
2. Troponin elevation - 38 -> 61, low level. Provisional NSTEMI on problem list until cath; suspect demand from VT + shock. Cardiology to do LHC tomorrow.
3. Old MI / ischemic LV dysfunction - TTE tomorrow.
4. CKD 3a - hydrate for cath.
Code status: Full. Discharge planning: anticipates home with daughter; CM to follow.
""", encounter="enc-hosp-2026-03-09", custodian="nvrmc")

    b.obs("tsh-2026-03-09", (LOINC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), dt("2026-03-09", "14:02"), 1.9, "m[IU]/L", "m[IU]/L",
          encounter="enc-hosp-2026-03-09")
    b.obs("lvef-tte-2026-03-10", (LOINC, "10230-1", "Left ventricular Ejection fraction"), dt("2026-03-10", "09:15"), 40, "%", "%",
          category="imaging", encounter="enc-hosp-2026-03-09", method="Transthoracic echocardiography",
          note="Biplane Simpson. Inferior/inferolateral akinesis with thinning (old). No new wall-motion abnormality compared with 11/2025.")
    b.proc("proc-lhc-2026-03-10", (CPT, "93458", "Left heart catheterization with coronary angiography"), dt("2026-03-10", "11:40"),
           encounter="enc-hosp-2026-03-09", performer="dr-varga",
           outcome="No acute occlusion or thrombus; chronic total occlusion mid RCA with collaterals (known); no revascularization target.")
    b.doc("cath-report-2026-03-10", "18745-0", "Cardiac catheterization study report", "Cardiac catheterization report", dt("2026-03-10", "13:10"), "dr-varga",
          """CARDIAC CATHETERIZATION REPORT
Date: 03/10/2026   Operator: P. Varga MD   Access: R radial
Indication: sustained VT with low-level troponin elevation; old inferior MI.

Findings:
- LM: normal.
- LAD: mild luminal irregularities, max 20-30% mid. TIMI 3.
- LCx: mild irregularities <20%. TIMI 3.
- RCA: chronic total occlusion mid-vessel (same as 2017 angiogram), smooth tapered stump, well-developed left-to-right collaterals. No thrombus, no haziness.
- LVEDP 14.

Impression:
1. No acute coronary lesion. Chronic RCA CTO with collaterals - unchanged from 2017; territory is scarred (see echo/MRI), no viable-myocardium indication for CTO PCI.
2. No culprit for acute coronary syndrome. Troponin pattern consistent with demand after VT and cardioversion. NSTEMI ruled out.
3. No indication for revascularization.
""", encounter="enc-hosp-2026-03-09", custodian="nvrmc")
    b.obs("lvef-cmr-2026-03-11", (LOINC, "10230-1", "Left ventricular Ejection fraction"), dt("2026-03-11", "08:30"), 41, "%", "%",
          category="imaging", encounter="enc-hosp-2026-03-09", method="Cardiac MRI",
          note="Transmural late gadolinium enhancement inferior and inferolateral walls (old infarct). No edema on T2 (no acute injury).")
    b.obs("qtc-2026-03-10", ("local", "QTC", "QTc interval"), dt("2026-03-10", "06:00"), 438, "ms", "ms", category="procedure",
          encounter="enc-hosp-2026-03-09")

    ep = html_doc("EP consult", """
<h2>Cardiac Electrophysiology Consultation</h2>
<p><b>Patient:</b> Walter Brezinski, 71 M &nbsp; <b>Date:</b> 03/11/2026 &nbsp; <b>Consultant:</b> Meena Suresh MD<br>
<b>Requested by:</b> A. Lindqvist MD (hospital medicine) &nbsp; <b>Reason:</b> sustained VT, ICD evaluation</p>
<h3>History</h3>
<p>71-year-old man with inferior MI in 2017 (RCA CTO, managed medically) and mildly reduced LV function, who presented 03/09
with sustained monomorphic VT at 196 bpm, continuous on EMS monitoring for more than 30 minutes, with hypotension, requiring
synchronized cardioversion in the ED. No syncope. No prior arrhythmia history.</p>
<h3>Data</h3>
<ul>
<li>Electrolytes on presentation: K 3.9, Mg 2.1. TSH 1.9. No QT-prolonging or proarrhythmic drugs. No stimulants.</li>
<li>LHC 03/10: no acute lesion, chronic RCA CTO unchanged since 2017. NSTEMI ruled out; troponin rise is demand-related.</li>
<li>TTE 03/10: LVEF 40%, old inferior/inferolateral akinesis. CMR 03/11: LVEF 41%, transmural inferolateral scar, no edema.</li>
<li>Telemetry since admission: sinus rhythm, one 5-beat run of NSVT 03/10 on amiodarone, none since.</li>
</ul>
<h3>Assessment</h3>
<p>Scar-mediated sustained monomorphic VT arising from the old inferolateral infarct. This is <b>not</b> associated with an acute MI
(no acute coronary lesion, no myocardial edema) and we have not identified a transient or reversible cause (electrolytes,
thyroid, drugs and ischemia all excluded). He is hemodynamically stable on oral amiodarone.</p>
<p>Indication: secondary prevention ICD. LVEF-based primary-prevention criteria are not the basis of this recommendation.</p>
<h3>Recommendations</h3>
<ol>
<li>Single-chamber transvenous ICD this admission (tentatively 03/13).</li>
<li>Continue amiodarone 400 mg BID x 2 weeks then 200 mg daily; continue metoprolol.</li>
<li>Discussed the recommendation, risks (infection, lead problems, inappropriate shocks), driving restrictions, and alternatives
with the patient and his daughter. They wish to proceed.</li>
</ol>
<p>Comorbidities reviewed: CKD 3a, prostate cancer in remission since 2020 - expected survival well beyond 1 year.</p>
""")
    b.doc("ep-consult-2026-03-11", "11488-4", "Consult note", "Electrophysiology consultation", dt("2026-03-11", "16:20"), "dr-suresh",
          ep, ctype="text/html", encounter="enc-hosp-2026-03-09", custodian="nvrmc")
    b.obs("vitals-2026-03-12", (LOINC, "85354-9", "Blood pressure panel with all children optional"), dt("2026-03-12", "08:00"),
          category="vital-signs", encounter="enc-hosp-2026-03-09",
          components=[(LOINC, "8480-6", "Systolic blood pressure", 118, "mmHg", "mm[Hg]"),
                      (LOINC, "8462-4", "Diastolic blood pressure", 70, "mmHg", "mm[Hg]")],
          note="HR 64 sinus, SpO2 97% RA, afebrile.")
    b.doc("progress-2026-03-12", "11506-3", "Progress note", "Hospital medicine progress note HD4", dt("2026-03-12", "10:05"), "dr-lindqvist",
          """HOSPITAL MEDICINE PROGRESS NOTE - HD 4 (03/12/2026)
Brezinski, Walter

S: Feels well. Walked halls x3 with PT, no dizziness or palpitations. Slept ok.
O: BP 118/70, HR 64 SR, SpO2 97% RA, afebrile. Telemetry last 48 h: SR, no VT/NSVT since the 5-beat run 3/10 AM. Lungs clear, no edema. Cr 1.2.
A/P:
1. Sustained VT s/p DCCV - stable, off IV amiodarone, on PO load. EP plans secondary-prevention ICD tomorrow 3/13. NPO after midnight.
2. NSTEMI - ruled out (cath 3/10 no acute lesion); removed from active problems.
3. CKD 3a - Cr back to baseline after contrast.
4. Dispo: PT - no needs, independent. CM aware; prior auth for ICD being sent today. Anticipate home with daughter 3/14 after device check. Driving restriction reviewed.
""", encounter="enc-hosp-2026-03-09", custodian="nvrmc")
    b.doc("cm-note-2026-03-12", "34109-9", "Note", "Case management note", dt("2026-03-12", "14:30"), "cm-reyes",
          """CASE MANAGEMENT - 03/12/2026
Met with pt and daughter at bedside. Pt lives with daughter in single-level home, independent PTA. Medicare A/B, supplemental plan.
Anticipated d/c home 3/14 after ICD 3/13. No DME or HH needs identified. Pharmacy benefit check for amiodarone done - covered.
Auth request for ICD implant submitted with EP consult, cath, echo and progress notes attached.
""", encounter="enc-hosp-2026-03-09", custodian="nvrmc")

    # after the request date
    b.proc("proc-icd-2026-03-13", (CPT, "33249", "Insertion of implantable defibrillator, transvenous"), dt("2026-03-13", "09:30"),
           encounter="enc-hosp-2026-03-09", performer="dr-suresh", outcome="Single-chamber ICD implanted without complication.")
    b.doc("dc-summary-2026-03-14", "18842-5", "Discharge summary", "Discharge summary", dt("2026-03-14", "11:00"), "dr-lindqvist",
          """DISCHARGE SUMMARY  03/09/2026 - 03/14/2026
Brezinski, Walter 71M
Principal dx: sustained monomorphic VT. Secondary: old MI, ischemic LV dysfunction (EF 40%), HTN, CKD 3a.
Procedures: DCCV 3/9 (ED); LHC 3/10; CMR 3/11; single-chamber ICD 3/13 (Dr. Suresh) - uncomplicated, device check 3/14 normal.
Disposition: home with daughter. No driving x 6 months per EP. Follow-up: device clinic 2 weeks, EP 3 months, Dr. Holm 1 month.
Meds: amiodarone 400 BID until 3/24 then 200 daily; metoprolol succ 50; lisinopril 10; atorvastatin 40; ASA 81.
""", encounter="enc-hosp-2026-03-09", custodian="nvrmc")

    c = case("bw-icd-01", "bw01", svc("cpt", "33249", "Insertion or replacement of permanent implantable defibrillator system"),
             [dx("I47.2", "Ventricular tachycardia"), dx("I25.2", "Old myocardial infarction")],
             "2026-03-12", "approve", P,
             ["DocumentReference/ed-note-2026-03-09", "Observation/ecg-2026-03-09", "DocumentReference/cath-report-2026-03-10",
              "DocumentReference/ep-consult-2026-03-11", "Observation/lvef-tte-2026-03-10", "DocumentReference/progress-2026-03-12"],
             rationale="Secondary-prevention branch: sustained VT documented, acute MI excluded by cath/refuted provisional NSTEMI, no reversible cause; LVEF measured by echo; clinically stable on request date; no exclusions. The SDM requirement does not apply to this branch, and the EF threshold of the primary-prevention branches is not a criterion here.",
             note="Inpatient. Secondary prevention ICD prior to discharge; sustained VT 03/09 requiring DCCV. EP consult, cath, echo attached.")
    return c, b


def icd02():
    b = Bundle("bw02")
    b.patient("Achterberg", ["Raymond", "L"], "male", "1959-12-03", "Eastlake")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("maplegrove", "Maple Grove Health & Rehabilitation", "Skilled nursing facility")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology")
    b.org("lakeview", "Lakeview Regional Medical Center", "Acute care hospital (outside facility)")
    b.prac("dr-fontaine", "Fontaine", "Luc", "MD", "Hospital medicine")
    b.prac("dr-varga", "Varga", "Peter", "MD", "Interventional cardiology")
    b.prac("dr-nakamura", "Nakamura", "Keiko", "MD", "SNF attending physician")
    b.prac("dr-holm", "Holm", "David", "MD", "General cardiology / heart failure")
    b.prac("np-castillo", "Castillo", "Ines", "APRN-CNP", "Nurse practitioner, heart failure clinic")
    b.prac("dr-suresh", "Suresh", "Meena", "MD", "Cardiac electrophysiology")
    b.prac("him-clerk", "Dorsey", "Kim", "RHIT", "Health information management")

    b.enc("enc-hosp-2026-04-20", "IMP", "Inpatient admission - hospital medicine", dt("2026-04-20", "19:40"), dt("2026-04-27", "13:00"),
          org="nvrmc", admit_source="Emergency department", disposition="Skilled nursing facility (Maple Grove)", reason="Acute decompensated heart failure")
    b.enc("enc-snf-2026-04-27", "NONAC", "Skilled nursing facility stay (short-term rehab)", dt("2026-04-27", "16:00"), dt("2026-05-15", "11:00"),
          org="maplegrove", disposition="Home with spouse, home health PT")
    b.enc("enc-cardio-2026-06-02", "AMB", "Heart failure clinic visit", dt("2026-06-02", "10:00"), dt("2026-06-02", "10:45"), org="nv-heart")
    b.enc("enc-sdm-2026-06-09", "AMB", "Heart failure clinic - shared decision making visit", dt("2026-06-09", "14:00"), dt("2026-06-09", "14:50"), org="nv-heart")
    b.enc("enc-ep-2026-06-11", "AMB", "Electrophysiology consult", dt("2026-06-11", "09:00"), dt("2026-06-11", "09:45"), org="nv-heart")

    b.cond("c-hf", "I50.23", "Acute on chronic systolic (congestive) heart failure", "2026-04-20", category="encounter-diagnosis",
           encounter="enc-hosp-2026-04-20")
    b.cond("c-hf-chronic", "I50.22", "Chronic systolic (congestive) heart failure", "2026-06-02")
    b.cond("c-cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2026-04-20")
    b.cond("c-icm", "I25.5", "Ischemic cardiomyopathy", "2026-04-23")
    b.cond("c-stent", "Z95.5", "Presence of coronary angioplasty implant and graft", "2026-04-20",
           note="LAD drug-eluting stent placed at Lakeview Regional Medical Center after NSTEMI. Date not documented; outside records requested.")
    b.cond("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2019-02-11")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2015-07-01")
    b.cond("c-smk", "Z87.891", "Personal history of nicotine dependence", "2026-04-20")
    b.proc("proc-pci-outside", (CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent, single major coronary artery"),
           performed_string="Date unknown - performed at Lakeview Regional Medical Center (outside facility); records requested 04/21/2026",
           note="Reported by patient/spouse and confirmed as a patent LAD stent at catheterization 04/23/2026.")

    b.obs("nyha-2026-04-20", ("local", "NYHA", "NYHA functional class"), dt("2026-04-20", "21:00"), "Class IV", category="exam",
          encounter="enc-hosp-2026-04-20", note="Dyspnea at rest, orthopnea, 3-pillow.")
    b.obs("bnp-2026-04-20", (LOINC, "30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma"), dt("2026-04-20", "20:05"), 2140, "pg/mL", "pg/mL",
          encounter="enc-hosp-2026-04-20", interp="High")
    b.obs("trop-2026-04-20", ("local", "HSTNT", "Troponin T, high sensitivity"), dt("2026-04-20", "20:05"), 24, "ng/L", "ng/L",
          encounter="enc-hosp-2026-04-20", note="Repeat 22 ng/L at 23:10 - flat, chronic.")
    b.obs("lvef-2026-04-21", (LOINC, "10230-1", "Left ventricular Ejection fraction"), dt("2026-04-21", "11:00"), 25, "%", "%",
          category="imaging", encounter="enc-hosp-2026-04-20", method="Transthoracic echocardiography",
          note="Dilated LV (LVIDd 6.4 cm), anterior/anteroseptal and apical akinesis, global hypokinesis. Moderate functional MR.")
    b.proc("proc-lhc-2026-04-23", (CPT, "93458", "Left heart catheterization with coronary angiography"), dt("2026-04-23", "10:15"),
           encounter="enc-hosp-2026-04-20", performer="dr-varga")
    b.doc("cath-2026-04-23", "18745-0", "Cardiac catheterization study report", "Cardiac catheterization report", dt("2026-04-23", "12:30"), "dr-varga",
          """CARDIAC CATHETERIZATION REPORT - 04/23/2026
Patient: Achterberg, Raymond  66M   Operator: P. Varga MD
Indication: new severe LV dysfunction (EF 25%), ADHF; known CAD with prior LAD stent at outside hospital (date and films not available).

Findings:
LM: normal.
LAD: patent stent in proximal LAD, no in-stent restenosis. Diffuse 50-60% disease of the distal LAD, small caliber (<2 mm) beyond the apex.
LCx: small OM1 and OM2 with diffuse 60% disease, vessels <2 mm.
RCA: dominant, 30% mid.
Hemodynamics: LVEDP 26 mmHg, PCWP 24.

Impression:
1. Patent prior proximal LAD stent.
2. Diffuse small-vessel distal disease, not suitable for PCI; not a surgical target (poor distal targets). No revascularization recommended; medical therapy.
3. Ischemic cardiomyopathy, elevated filling pressures.
""", encounter="enc-hosp-2026-04-20", custodian="nvrmc")

    b.med("rx-furosemide", "4603", "furosemide 40 mg oral tablet", dt("2026-04-25", "09:00"), dosage="40 mg daily",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine", start="2026-04-25")
    b.med("rx-carvedilol", "20352", "carvedilol 12.5 mg oral tablet", dt("2026-04-22", "09:00"), dosage="12.5 mg twice daily (uptitrated from 3.125 mg)",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine", start="2026-04-22")
    b.med("rx-losartan", "52175", "losartan 50 mg oral tablet", dt("2026-04-24", "09:00"), dosage="50 mg daily",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine", start="2026-04-24")
    b.med("rx-spiro", "9997", "spironolactone 25 mg oral tablet", dt("2026-04-24", "09:00"), dosage="25 mg daily",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine", start="2026-04-24")
    b.med("rx-empa", "1545653", "empagliflozin 10 mg oral tablet", dt("2026-04-25", "09:00"), dosage="10 mg daily",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine", start="2026-04-25")
    b.med("rx-clopi", "32968", "clopidogrel 75 mg oral tablet", dt("2026-04-20", "22:00"), dosage="75 mg daily",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine", note="Home medication; started by Lakeview cardiology after LAD stent per patient.")
    b.med("rx-asa", "1191", "aspirin 81 mg oral tablet", dt("2026-04-20", "22:00"), dosage="81 mg daily", encounter="enc-hosp-2026-04-20",
          requester="dr-fontaine")
    b.med("rx-atorva", "83367", "atorvastatin 80 mg oral tablet", dt("2026-04-20", "22:00"), dosage="80 mg nightly", encounter="enc-hosp-2026-04-20",
          requester="dr-fontaine")
    b.med("rx-metformin", "6809", "metformin 500 mg oral tablet", dt("2026-04-20", "22:00"), dosage="500 mg twice daily",
          encounter="enc-hosp-2026-04-20", requester="dr-fontaine")

    b.doc("hp-2026-04-20", "34117-2", "History and physical note", "Admission H&P", dt("2026-04-20", "23:30"), "dr-fontaine",
          """HOSPITAL MEDICINE ADMISSION H&P   04/20/2026
ACHTERBERG, Raymond  66M

CC: SOB x 1 week, can't lie flat.
HPI: 66M w/ CAD s/p NSTEMI with LAD stent at Lakeview Regional, DM2, HTN, ex-smoker, who presents with 1 wk progressive DOE -> dyspnea at rest, 3-pillow orthopnea, PND, 6 kg weight gain, leg swelling. No chest pain. Pt unsure when the stent was placed - "not that long ago, I don't remember the month"; wife thinks "sometime in the last year." He has not followed up with Lakeview cardiology since. No prior echo available to us.
Home meds (per pt/pharmacy fill history): ASA 81, clopidogrel 75, atorvastatin 80, metformin 500 BID, lisinopril 10 (not filled in 2 months).

Exam: BP 148/92 HR 104 RR 26 SpO2 89% RA -> 95% 3L. JVP to angle of jaw. Bibasilar crackles. 2+ pitting edema to knees.
ECG: sinus tach, old anterior Q waves, no acute ST changes.
Labs: BNP 2140, hs-TnT 24 -> 22 (flat), Cr 1.1, K 4.4, A1c 7.4.

A/P:
1. Acute decompensated HF, new reduced EF presumed - NYHA IV at present. IV furosemide 80 BID. TTE. Cardiology consult.
2. CAD s/p LAD PCI (outside) - no ACS by troponin/ECG. Continue DAPT, statin. Request Lakeview records (cath reports, dates).
3. DM2 - hold metformin while getting contrast; SSI.
4. Dispo: likely SNF - deconditioned, lives with wife 2nd-floor walk-up.
""", encounter="enc-hosp-2026-04-20", custodian="nvrmc")
    b.doc("roi-2026-05-29", "34109-9", "Note", "Release of information - outside records request log", dt("2026-05-29", "10:12"), "him-clerk",
          """HIM - OUTSIDE RECORDS REQUEST
Requested from: Lakeview Regional Medical Center, Medical Records
Items: cardiac catheterization / PCI report(s), discharge summary (NSTEMI admission), echo reports.
Faxed 04/21/2026 10:10. Follow-up call 04/24: request in queue.
Status at 05/29/2026: NOT RECEIVED - second request faxed today.
""", custodian="nvrmc")
    b.doc("dc-summary-2026-04-27", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-04-27", "12:10"), "dr-fontaine",
          """DISCHARGE SUMMARY   Admit 04/20/2026  Discharge 04/27/2026
ACHTERBERG, Raymond  66M   Disposition: Maple Grove Health & Rehab (SNF)

Principal dx: acute on chronic systolic HF, ischemic cardiomyopathy, EF 25%.
Hospital course: diuresed 7.5 kg on IV furosemide, transitioned to PO 4/25. TTE 4/21 EF 25%, dilated LV, anterior/apical akinesis. LHC 4/23: patent prior LAD stent; diffuse distal small-vessel disease not amenable to PCI or CABG - medical therapy. GDMT started: carvedilol (titrated to 12.5 BID), losartan 50 (replaces lisinopril), spironolactone 25, empagliflozin 10. NYHA improved from IV at admission to III with PT at discharge.
Outside records (Lakeview - date of NSTEMI/PCI) requested, not yet received.
Follow-up: HF clinic (Dr. Holm) 4-6 weeks with repeat echo; consider ICD evaluation if EF remains <=35% on GDMT.
""", encounter="enc-hosp-2026-04-20", custodian="nvrmc")

    snf = html_doc("SNF discharge summary", """
<h2>Maple Grove Health &amp; Rehabilitation - Discharge Summary</h2>
<p>Resident: <b>Raymond Achterberg</b> &nbsp; Admit 04/27/2026 &nbsp; Discharge 05/15/2026 &nbsp; Attending: K. Nakamura MD</p>
<h3>Reason for stay</h3><p>Short-term rehab after hospitalization for decompensated HF (EF 25%).</p>
<h3>Course</h3>
<p>Participated in PT/OT 5x/week. Daily weights stable 88.1-89.0 kg on furosemide 40 daily. No readmission. BP 104-118/60-70.
Carvedilol increased to 25 mg BID on 05/06. Ambulates 250 ft with rolling walker at discharge, one flight of stairs with rail and rest.
Functional status at discharge: NYHA class III (comfortable at rest, dyspnea with less-than-ordinary activity).</p>
""" + table([["Date", "Weight (kg)", "BP", "SpO2 RA"],
             ["04/28", "89.0", "112/68", "95%"], ["05/05", "88.4", "108/64", "96%"], ["05/14", "88.1", "110/66", "97%"]],
            ) + """
<h3>Medications at discharge</h3>
<ul><li>carvedilol 25 mg BID</li><li>losartan 50 mg daily</li><li>spironolactone 25 mg daily</li><li>empagliflozin 10 mg daily</li>
<li>furosemide 40 mg daily</li><li>aspirin 81 mg daily</li><li>clopidogrel 75 mg daily</li><li>atorvastatin 80 mg nightly</li><li>metformin 500 mg BID</li></ul>
<h3>Pending / open items</h3>
<p>Lakeview Regional cardiac records (stent date) - hospital HIM request outstanding; not in our chart.</p>
""")
    b.doc("snf-dc-2026-05-15", "18842-5", "Discharge summary", "SNF discharge summary (Maple Grove)", dt("2026-05-15", "10:30"), "dr-nakamura",
          snf, ctype="text/html", encounter="enc-snf-2026-04-27", custodian="maplegrove")
    b.obs("nyha-2026-05-14", ("local", "NYHA", "NYHA functional class"), dt("2026-05-14", "15:00"), "Class III", category="exam",
          encounter="enc-snf-2026-04-27")

    b.obs("lvef-2026-06-01", (LOINC, "10230-1", "Left ventricular Ejection fraction"), dt("2026-06-01", "13:30"), 30, "%", "%",
          category="imaging", method="Transthoracic echocardiography",
          note="After ~5 weeks of GDMT. LV remains dilated; anterior/apical akinesis. Mild MR (improved).")
    b.obs("nyha-2026-06-02", ("local", "NYHA", "NYHA functional class"), dt("2026-06-02", "10:20"), "Class II", category="exam",
          encounter="enc-cardio-2026-06-02")
    b.doc("hf-clinic-2026-06-02", "11506-3", "Progress note", "Heart failure clinic note", dt("2026-06-02", "11:00"), "dr-holm",
          """NORTHVALE HEART & VASCULAR - HEART FAILURE CLINIC
06/02/2026   Raymond Achterberg 66M   D. Holm MD

Post-hospital/post-SNF follow-up. Home since 5/15 with HH PT (now discharged from HH).
Walks 2 blocks to the corner store and back, climbs his 14 stairs with one rest. No orthopnea, no PND, no edema. No chest pain. No syncope or presyncope.
Meds: carvedilol 25 BID, losartan 50, spironolactone 25, empagliflozin 10, furosemide 40, ASA, clopidogrel, atorva 80, metformin.
Exam: BP 112/68, HR 62, wt 87.6 kg, JVP normal, lungs clear, trace ankle edema.
Echo 6/1: LVEF 30% (Simpson), dilated LV, anterior/apical akinesis.
K 4.6, Cr 1.2.

A: Ischemic cardiomyopathy, LVEF 30% despite GDMT, NYHA class II. Cath 4/23 - no revascularization option. CAD s/p LAD DES (outside hospital).
P: Refer EP for primary-prevention ICD. SDM visit with NP Castillo next week (ICD decision aid). Continue current GDMT; consider ARNI switch at next visit.
""", encounter="enc-cardio-2026-06-02", custodian="nv-heart")

    sdm = html_doc("SDM visit", """
<h2>Shared Decision-Making Visit - Primary Prevention ICD</h2>
<p><b>Date:</b> 06/09/2026 &nbsp; <b>Clinician:</b> Ines Castillo, APRN-CNP (heart failure clinic) &nbsp; <b>Patient:</b> Raymond Achterberg; wife present</p>
<p>Purpose: formal shared decision-making encounter before initial ICD implantation.</p>
<p><b>Decision tool used:</b> evidence-based printed ICD patient decision aid (Colorado Program for Patient Centered Decisions,
"Implantable Cardioverter-Defibrillator" booklet and worksheet). Reviewed together page by page; teach-back used.</p>
<ul>
<li>Reviewed: sudden death risk with EF 30%, expected benefit, shocks (appropriate and inappropriate), infection and lead risks,
device replacement, driving, what happens at end of life / deactivation.</li>
<li>Patient values: wants to "be around for the grandkids," accepts a small procedure risk, worried about shocks.</li>
<li>Questions answered. Patient completed the values worksheet.</li>
</ul>
<p><b>Decision:</b> patient chooses ICD. Copy of worksheet scanned to chart. Total time 45 min, &gt;50% counselling.</p>
""")
    b.doc("sdm-2026-06-09", "11506-3", "Progress note", "ICD shared decision-making visit", dt("2026-06-09", "14:55"), "np-castillo",
          sdm, ctype="text/html", encounter="enc-sdm-2026-06-09", custodian="nv-heart")
    b.doc("ep-2026-06-11", "11488-4", "Consult note", "Electrophysiology consultation", dt("2026-06-11", "10:00"), "dr-suresh",
          """ELECTROPHYSIOLOGY CONSULTATION   06/11/2026
Patient: Raymond Achterberg 66M   Referred by: D. Holm MD
Reason: primary-prevention ICD

HPI: Ischemic cardiomyopathy. Admitted 4/20 with ADHF (EF 25%), LHC 4/23 patent LAD stent and diffuse distal disease without revascularization option. Now on carvedilol 25 BID, losartan, spironolactone, empagliflozin. Repeat TTE 6/1 LVEF 30%. NYHA II per HF clinic 6/2. No syncope, no sustained VT known. No AF.
CAD hx: NSTEMI treated with LAD DES at Lakeview Regional.
SDM with decision aid completed 6/9 with NP Castillo - patient chose ICD.

Exam: BP 110/66 HR 60 regular. Euvolemic.
ECG: sinus 60, QRS 104 ms (no LBBB) - no CRT indication.

Impression: ischemic cardiomyopathy, LVEF 30% on GDMT, NYHA II, no revascularization option. Candidate for single-chamber primary-prevention ICD.
Plan: Prior authorization for ICD; tentative implant date 06/24/2026. Continue GDMT.
""", encounter="enc-ep-2026-06-11", custodian="nv-heart")

    # after request
    b.doc("outside-records-2026-06-18", "34109-9", "Note", "Outside records received - Lakeview Regional", dt("2026-06-18", "15:40"), "him-clerk",
          """HIM - OUTSIDE RECORDS RECEIVED 06/18/2026
From Lakeview Regional Medical Center (fax, 14 pages): discharge summary and PCI report.
Index: NSTEMI admission 03/26/2026 - 03/29/2026; PCI with DES x1 to proximal LAD performed 03/27/2026 (Dr. R. Banerjee).
Scanned to chart; copy routed to Dr. Suresh and Dr. Holm.
""", custodian="nvrmc")

    c = case("bw-icd-02", "bw02", svc("cpt", "33249", "Insertion or replacement of permanent implantable defibrillator system"),
             [dx("I25.5", "Ischemic cardiomyopathy"), dx("I50.22", "Chronic systolic (congestive) heart failure")],
             "2026-06-12", "request_info", P,
             ["Observation/lvef-2026-06-01", "Observation/nyha-2026-06-02", "DocumentReference/sdm-2026-06-09",
              "DocumentReference/cath-2026-04-23"],
             missing=["PCI|stent|revascularization|myocardial infarction|NSTEMI|MI date"],
             rationale="Primary-prevention ischemic branch: LVEF 30% by echo, NYHA II (newer than the admission class IV), SDM with decision aid, no revascularization option. The date of the outside NSTEMI/LAD PCI is not in the record on the request date (outside records outstanding). The MI necessarily predates the 04/20 admission (no ACS then), so it is more than 40 days old, but whether the PCI falls inside the 3-month window cannot be checked. The records that arrive later are dated after the request.",
             note="Primary prevention ICD. Ischemic CM, EF 30% on GDMT, NYHA II, SDM done 6/9.")
    return c, b


CASES = [icd01, icd02]
