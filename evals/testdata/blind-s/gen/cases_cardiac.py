"""ICD, TAVR and LAAC cases."""
from fhir import *

PROG, DC, CONS, HP, NURSE, PHONE, NOTE, IMG = (
    ("11506-3", "Progress note"), ("18842-5", "Discharge summary"), ("11488-4", "Consult note"),
    ("34117-2", "History and physical note"), ("34746-8", "Nurse Note"), ("34748-4", "Telephone encounter Note"),
    ("34109-9", "Note"), ("18748-4", "Diagnostic imaging study"))


def icd01():
    c = Chart("ps01", "http://ehr.lakeshore-heart.example/CodeSystem/obs")
    c.patient("Marguerite A", "Okafor", "female", "1957-05-12", "LHV-448120", "Muskegon", "MI")
    c.org("org-lhv", "Lakeshore Heart & Vascular")
    c.pract("pr-reyes", "Tomas", "Reyes", "MD", "Cardiac electrophysiology", "1437291046")
    c.pract("pr-whitcomb", "Alana", "Whitcomb", "NP", "Nurse practitioner, heart failure clinic", "1982604511")
    c.pract("pr-natarajan", "Priya", "Natarajan", "MD", "Cardiovascular imaging", "1265530890")
    c.pract("pr-leng", "Howard", "Leng", "MD", "Interventional cardiology", "1710048233")
    c.encounter("enc-adm-2025-07-02", "2025-07-02", "2025-07-09", "IMP", "Inpatient admission - new heart failure", "pr-leng", "org-lhv")
    c.encounter("enc-sdm-2026-01-28", "2026-01-28", None, "VR", "Telehealth video visit - ICD shared decision making", "pr-whitcomb", "org-lhv")
    c.encounter("enc-ep-2026-02-03", "2026-02-03", None, "AMB", "Electrophysiology consultation", "pr-reyes", "org-lhv")
    c.condition("cond-dcm", "I42.0", "Dilated cardiomyopathy", "2025-07-08", asserter="pr-leng",
                note="Non-ischemic; coronaries without obstructive disease on LHC 07/07/2025. Cardiac MRI: no LGE in a coronary distribution.")
    c.condition("cond-hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-07-09")
    c.condition("cond-icm", "I25.5", "Ischemic cardiomyopathy", "2025-07-03", verification="refuted", clinical="inactive",
                note="Provisional admitting dx; refuted after cath 7/7.")
    c.obs("lvef-echo-2025-07-03", "2025-07-03", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "20-25% (visual estimate)",
          performer="Practitioner/pr-natarajan", category="imaging", method="Transthoracic echocardiography")
    c.procedure("lhc-2025-07-07", CPT, "93458", "Left heart catheterization with coronary angiography", "2025-07-07", "pr-leng",
                note="LM normal. LAD luminal irregularities <20%. LCx normal. RCA dominant, normal. No obstructive CAD. LVEDP 24.")
    c.obs("lvef-cmr-2026-01-14", "2026-01-14", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 31, "Practitioner/pr-natarajan",
          "%", "%", category="imaging", method="Cardiac MRI, SSFP volumetric (Simpson)")
    c.report("cmr-2026-01-14", "2026-01-14", txt("MRI heart with and without contrast - cardiomyopathy protocol"), "Practitioner/pr-natarajan",
             "Dilated LV (LVEDVi 128 mL/m2), LVEF 31%. Mid-wall septal LGE, non-ischemic pattern. No subendocardial/transmural infarct scar.",
             results=["Observation/lvef-cmr-2026-01-14"], category="RAD")
    c.obs("nyha-2025-07-05", "2025-07-05", c.local("NYHA", "NYHA functional class"), "IV", "Practitioner/pr-leng", category="survey")
    c.obs("nyha-2026-01-21", "2026-01-21", c.local("NYHA", "NYHA functional class"), "II", "Practitioner/pr-whitcomb", category="survey")
    c.obs("qrs-2026-02-03", "2026-02-03", c.local("QRSd", "QRS duration (12-lead ECG)"), 104, "Practitioner/pr-reyes", "ms", "ms",
          category="procedure", note="Sinus rhythm 68, normal axis, nonspecific IVCD, QTc 448")
    c.medreq("mr-lisinopril", "29046", "lisinopril 5 MG Oral Tablet", "2025-07-08", "pr-leng", status="stopped",
             start="2025-07-08", stop="2025-08-17", note="Stopped - transitioned to sacubitril/valsartan after 36 h washout.")
    c.medreq("mr-carvedilol", "20352", "carvedilol", "2025-07-09", "pr-leng", dosage="3.125 mg BID, uptitrated; current 25 mg BID",
             start="2025-07-09")
    c.medreq("mr-sacval", None, "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "2025-08-19", "pr-whitcomb", dosage="1 tab BID",
             start="2025-08-19")
    c.medreq("mr-spiro", "9997", "spironolactone", "2025-09-16", "pr-whitcomb", dosage="12.5 mg daily", start="2025-09-16")
    c.medreq("mr-dapa", "1488564", "dapagliflozin", "2025-10-02", "pr-whitcomb", dosage="10 mg daily", start="2025-10-02")
    c.note("dc-2025-07-09", "2025-07-09", *DC, "Discharge summary", "pr-leng", """LAKESHORE HEART & VASCULAR - DISCHARGE SUMMARY
Patient: OKAFOR, MARGUERITE A   MRN LHV-448120
Admit: 07/02/2025   Discharge: 07/09/2025   Attending: H. Leng MD

Admitting dx: Acute decompensated HF, new; r/o ischemic cardiomyopathy
Discharge dx: New-onset HFrEF, non-ischemic dilated cardiomyopathy

Hospital course: 68F p/w 3 wk orthopnea, PND, 12 lb weight gain. NYHA IV at presentation (dyspneic at rest).
TTE 7/3: LV dilated, EF 20-25% visual, mod functional MR. hs-trop flat.
Ischemic w/u: LHC 7/7 - no obstructive CAD (see cath report). Provisional ischemic CM refuted.
Diuresed 6.1 L IV furosemide. GDMT started: lisinopril 5 (7/8), carvedilol 3.125 BID (7/9).
Plan: HF clinic 2 wk; transition ACEi->ARNI; cMRI in ~6 mo after GDMT to reassess EF/ICD candidacy.

Family hx: brother (age 61) has an ICD for hypertrophic cardiomyopathy. Pt has not had genetic testing; her echo shows
no LVH (septum 0.9 cm).
""", encounter="enc-adm-2025-07-02", custodian="org-lhv")
    c.note("hfclinic-2026-01-21", "2026-01-21", *PROG, "HF clinic follow-up", "pr-whitcomb", """<html><body>
<h3>Heart Failure Clinic - Follow-up</h3>
<p><b>Provider:</b> Alana Whitcomb, NP &nbsp; <b>Date:</b> 01/21/2026</p>
<p><b>Interval:</b> Feels much better than in summer. Walks the dog ~3 blocks, has to slow on the hill. No orthopnea/PND. No syncope or
presyncope. No palpitations.</p>
<p><b>ROS:</b> Constitutional: negative. CV: see HPI. Resp: negative for cough. GI: negative. Neuro: negative for syncope.</p>
<table border="1"><tr><th>GDMT</th><th>Started</th><th>Current dose</th></tr>
<tr><td>Carvedilol</td><td>07/09/2025</td><td>25 mg BID</td></tr>
<tr><td>Sacubitril/valsartan</td><td>08/19/2025 (lisinopril 7/8-8/17)</td><td>49/51 mg BID (97/103 not tolerated - BP 92/58)</td></tr>
<tr><td>Spironolactone</td><td>09/16/2025</td><td>12.5 mg daily</td></tr>
<tr><td>Dapagliflozin</td><td>10/02/2025</td><td>10 mg daily</td></tr></table>
<p><b>Vitals:</b> BP 104/66, HR 66, wt 71.4 kg (stable). K 4.6, Cr 1.0.</p>
<p><b>Data:</b> cMRI 01/14/2026 LVEF 31% (was 20-25% by TTE 7/2025); non-ischemic mid-wall LGE.</p>
<p><b>Assessment:</b> NICM, HFrEF, NYHA class II, on maximally tolerated GDMT &gt; 6 months. EF remains &le;35% despite therapy.</p>
<p><b>Plan:</b> Referral to EP for primary-prevention ICD. Schedule SDM visit with decision aid before EP consult. QRS 104 - not a CRT candidate.</p>
</body></html>""", ctype="text/html", custodian="org-lhv")
    c.note("sdm-2026-01-28", "2026-01-28", *PROG, "ICD shared decision-making visit", "pr-whitcomb", """Telehealth (video) visit - patient at home, identity verified. 24 min.

Purpose: formal shared decision making re: primary prevention ICD, prior to EP consultation.

Used the evidence-based ICD patient decision aid (Colorado Program for Patient Centered Decisions, "Implantable
Cardioverter-Defibrillator: Is it right for me?" - primary prevention version), sent to patient via portal 1/22; she had
read it with her daughter before the visit. Reviewed: ~5-year risk of sudden death with/without ICD, inappropriate shocks,
infection, lead problems, driving restrictions, deactivation at end of life, option of continuing medicines alone.
Teach-back done. Her values: "I want to be around for my grandson; shocks scare me but I'd rather have it."
Decision: patient chooses to proceed with ICD evaluation. Decision aid documented in chart.

A. Whitcomb, NP (HF clinic)
""", encounter="enc-sdm-2026-01-28", custodian="org-lhv")
    c.note("tel-2026-01-30", "2026-01-30", *PHONE, "Telephone note - RN", "pr-whitcomb", """TC from pt. Asked whether brother's "genetic heart thing" means she needs a different device. Explained her
cardiomyopathy is dilated/non-ischemic; brother's HCM is separate; genetics referral optional. Pt states she is "fine
walking around the house, just winded on the hill". No CP. Denies fainting. Will keep EP appt 2/3.
-- M. Ferris RN for A. Whitcomb NP""", custodian="org-lhv")
    c.note("ep-2026-02-03", "2026-02-03", *CONS, "Electrophysiology consultation", "pr-reyes", """ELECTROPHYSIOLOGY CONSULTATION                          Tomas Reyes, MD
Ref: A. Whitcomb NP (HF clinic)          Reason: primary prevention ICD

HPI: 68F with NICM dx 7/2025 (EF 20-25%), no obstructive CAD on LHC 7/7/25. On GDMT since 7-10/2025 (carvedilol 7/9/25,
ARNI 8/19/25, spironolactone 9/16/25, dapagliflozin 10/2/25), doses maximally tolerated. Repeat cMRI 1/14/26 LVEF 31%,
mid-wall LGE. NYHA II. No syncope, no sustained VT on 14-day monitor (11/2025: NSVT 4 beats x1). No AF.
No MI, no PCI/CABG ever. No renal/hepatic failure, no malignancy. Independent, cognitively intact.

Exam: BP 108/64 HR 64 regular. JVP 7 cm. Lungs clear. No edema. Well appearing, not in distress.
ECG: SR, QRS 104 ms, QTc 448.

Impression: Non-ischemic DCM, LVEF 31% after >3 mo optimal medical therapy, NYHA II, no prior VT/VF - meets primary
prevention indication. Formal SDM with decision aid completed 1/28/26 (HF NP). QRS <130 so no CRT.
Plan: single-chamber transvenous ICD (CPT 33249). Consent discussed. Hold dapagliflozin day of procedure.
""", encounter="enc-ep-2026-02-03", custodian="org-lhv")
    c.note("preop-2026-02-23", "2026-02-23", *HP, "Pre-procedure H&P", "pr-reyes", """Pre-procedure H&P update 2/23/26: no interval change. NYHA II. Proceed with ICD implant 2/24.""", custodian="org-lhv")
    case = dict(id="bs-icd-01", svc=(CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system"),
                dx=[("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
                date="2026-02-10", note="Primary prevention ICD, NICM, EF 31% on cMRI, NYHA II, GDMT since 7/2025.",
                rec="approve", policy="NCD 20.4",
                ev=["Observation/lvef-cmr-2026-01-14", "Procedure/lhc-2025-07-07", "MedicationRequest/mr-carvedilol",
                    "MedicationRequest/mr-sacval", "Observation/nyha-2026-01-21", "DocumentReference/sdm-2026-01-28",
                    "DocumentReference/ep-2026-02-03"],
                rat="B4 (non-ischemic DCM: no obstructive CAD on cath, refuted ischemic CM): cMRI LVEF 31% (newer than the 20-25% echo), NYHA II (the admission class IV is superseded), GDMT started 7-10/2025 so >= 3 months of OMT, and a formal SDM with a decision aid by a nurse practitioner before implant. The brother's HCM is a family member's condition, not a B5 indication.",
                traps="B4 branch needs OMT >= 3 months computed from start dates; refuted ischemic CM; NYHA IV superseded; SDM by NP qualifies; brother's HCM; post-request H&P")
    return case, c


def icd02():
    c = Chart("ps02", "urn:oid:2.16.840.1.113883.3.7781.1.4")
    c.patient("Walter J", "Brandt", "male", "1949-11-03", "000731552", "Toledo", "OH")
    c.org("org-mercy", "St. Anselm Regional Medical Center")
    c.org("org-ep", "Maumee Valley Electrophysiology Associates")
    c.pract("pr-haddad", "Samir", "Haddad", "MD", "Interventional cardiology", "1548273390")
    c.pract("pr-lindqvist", "Karin", "Lindqvist", "MD", "Cardiac electrophysiology", "1093817264")
    c.pract("pr-obi", "Chinedu", "Obi", "MD", "Cardiology (general)", "1629174405")
    c.pract("pr-hosp", "Rachel", "Stein", "DO", "Hospital medicine", "1356620718")
    c.encounter("enc-stemi", "2026-02-12", "2026-02-18", "IMP", "Inpatient - STEMI", "pr-haddad", "org-mercy")
    c.encounter("enc-cards-2026-02-27", "2026-02-27", None, "AMB", "Cardiology post-MI follow-up", "pr-obi", "org-mercy")
    c.encounter("enc-ep-2026-03-02", "2026-03-02", None, "AMB", "EP consultation", "pr-lindqvist", "org-ep")
    c.condition("cond-stemi", "I21.19", "ST elevation (STEMI) myocardial infarction involving other coronary artery of inferior wall",
                "2026-02-12", onset="2026-02-12T06:40:00-05:00", asserter="pr-haddad")
    c.condition("cond-vt", "I47.2", "Ventricular tachycardia", "2026-02-14", asserter="pr-hosp",
                note="Sustained monomorphic VT ~190 bpm, 45 s, hemodynamically unstable -> DCCV 150 J, HD#3 (~50 h after reperfusion); K 3.1 at the time.")
    c.condition("cond-hypok", "E87.6", "Hypokalemia", "2026-02-14", clinical="resolved")
    c.condition("cond-cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2026-02-12")
    c.procedure("pci-2026-02-12", CPT, "92941", "Percutaneous transluminal revascularization of acute total/subtotal occlusion during acute MI",
                "2026-02-12", "pr-haddad", note="Culprit proximal RCA 100% -> 1 DES (3.5 x 28 mm). Door-to-balloon 71 min. Residual LAD 50% mid, FFR 0.86 (no intervention).")
    c.obs("k-2026-02-14", "2026-02-14", cc(LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma"), 3.1, "Organization/org-mercy",
          "mmol/L", "mmol/L", category="laboratory", interp="Low")
    c.obs("k-2026-02-27", "2026-02-27", cc(LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma"), 4.4, "Organization/org-mercy",
          "mmol/L", "mmol/L", category="laboratory")
    c.obs("lvef-2026-02-15", "2026-02-15", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 0.30, "Practitioner/pr-obi",
          "{ratio}", "1", category="imaging", method="TTE biplane Simpson",
          note="Inferior and inferolateral akinesis; apex hypokinetic. No LV thrombus.")
    c.report("tele-2026-02-14", "2026-02-14", txt("Telemetry event report"), "Organization/org-mercy",
             "02/14/2026 08:52-08:53: wide-complex tachycardia, monomorphic, rate 188-192, duration 45 s, BP 72/40 -> synchronized DCCV 150 J, sinus restored. Occurred ~50 h after primary PCI. Serum K 3.1 drawn 08:30.",
             category="EC")
    c.medreq("mr-ticag", "1116632", "ticagrelor", "2026-02-12", "pr-haddad", dosage="90 mg BID x 12 months", start="2026-02-12")
    c.medreq("mr-asa", "1191", "aspirin", "2026-02-12", "pr-haddad", dosage="81 mg daily", start="2026-02-12")
    c.medreq("mr-metop", "6918", "metoprolol succinate", "2026-02-13", "pr-hosp", dosage="25 mg daily", start="2026-02-13")
    c.servicereq("sr-wcd", HCPCS, "K0606", "Automatic external defibrillator, with integrated ECG analysis, garment type", "2026-02-17",
                 "pr-hosp", status="active", note="Wearable cardioverter-defibrillator; reassess at 40 days / 90 days post-revascularization.")
    c.note("dc-2026-02-18", "2026-02-18", *DC, "Discharge summary", "pr-hosp", """ST. ANSELM REGIONAL MEDICAL CENTER                 DISCHARGE SUMMARY
Pt: BRANDT, WALTER J     DOB 11/03/1949     Adm 02/12/2026  D/C 02/18/2026

Principal dx: Inferior STEMI s/p primary PCI-DES to proximal RCA 2/12/26.
Secondary: Sustained VT 2/14 (HD#3) in setting of acute MI and hypokalemia (K 3.1), DCCV x1; ischemic LV dysfunction, EF 30%.

Course: Presented 06:40 with IWMI. Primary PCI RCA. On 2/14 sustained monomorphic VT with hypotension, DCCV 150 J.
K repleted. No recurrence on telemetry x 4 days on metoprolol. TTE 2/15 EF 30% (inferior/inferolateral akinesis).
Discharged in stable condition with wearable cardioverter-defibrillator (LifeVest) as bridge.

Follow-up: Cardiology (Dr Obi) 2 wk; EP referral to discuss ICD timing. Repeat echo at ~40-90 days post MI/PCI.
Cardiac rehab referral placed.
""", encounter="enc-stemi", custodian="org-mercy")
    c.note("cards-2026-02-27", "2026-02-27", *PROG, "Cardiology follow-up", "pr-obi", """CARDIOLOGY CLINIC  02/27/2026   C. Obi MD

S: 2 wk post IWMI/PCI. Wearing LifeVest ~23 h/day, no shocks. Mild DOE climbing 1 flight (NYHA II). No angina.
O: BP 118/72 HR 62. Lungs clear. Groin/radial site fine. K 4.4.
A/P:
1. Inferior STEMI 2/12 s/p DES RCA - DAPT x 12 mo.
2. Sustained VT HD#3 - occurred within 48 h of MI in setting of hypokalemia; I consider this peri-infarct/reversible.
   Per guidelines, re-assess LVEF >=40 days after MI and >=90 days after revascularization before primary-prevention ICD.
3. LV dysfunction EF 30% - GDMT; uptitrate metoprolol; add sacubitril/valsartan when BP allows.
4. EP has been asked to see him; I would favour WCD bridge and repeat TTE in May.
""", encounter="enc-cards-2026-02-27", custodian="org-mercy")
    c.note("ep-2026-03-02", "2026-03-02", *CONS, "EP consultation", "pr-lindqvist", """MAUMEE VALLEY ELECTROPHYSIOLOGY - NEW PATIENT CONSULT
Karin Lindqvist MD                                    03/02/2026

76M with recent inferior STEMI (2/12/26, primary PCI RCA) complicated by sustained monomorphic VT requiring DCCV.
EF 30% on TTE 2/15. NYHA II. Wearing WCD.

I discussed ICD now vs WCD and reassessment. In my view he meets criteria for secondary prevention ICD given documented
sustained VT with hemodynamic compromise; waiting carries risk. Patient would prefer one procedure and to stop wearing the
vest. Will submit for authorization for dual-chamber ICD.
(Shared decision making: not required for secondary prevention.)
""", encounter="enc-ep-2026-03-02", custodian="org-ep")
    c.note("rehab-2026-03-04", "2026-03-04", *NURSE, "Cardiac rehab intake (RN)", "pr-obi", """Cardiac rehab intake 3/4/26. Phase II. Resting HR 60, BP 122/70. 6MW 352 m, no symptoms. LifeVest on.
Goals: return to golf. Pt asks about "the defibrillator surgery next week" - told to discuss with EP.
RN: D. Koenig""", custodian="org-mercy")
    case = dict(id="bs-icd-02", svc=(CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system"),
                dx=[("I47.2", "Ventricular tachycardia"), ("I21.19", "STEMI involving other coronary artery of inferior wall")],
                date="2026-03-05", note="Secondary prevention ICD - sustained VT with hemodynamic compromise.",
                rec="refer", policy="NCD 20.4",
                ev=["Condition/cond-stemi", "Procedure/pci-2026-02-12", "DiagnosticReport/tele-2026-02-14", "Observation/k-2026-02-14",
                    "Observation/lvef-2026-02-15", "DocumentReference/cards-2026-02-27", "DocumentReference/ep-2026-03-02"],
                rat="B1 requires sustained VT not associated with an acute MI and not due to a transient or reversible cause; this VT occurred ~50 h after STEMI with K 3.1. The primary-prevention branches are barred by MI 21 days and PCI 3 weeks before the request (40-day / 3-month windows). The EP note's contrary opinion needs a physician reviewer.",
                traps="EP asserts secondary prevention; VT during acute MI/hypokalemia; EF given as fraction 0.30 (would meet B2 threshold); MI-40-day and PCI-3-month windows computed from dates")
    return case, c


def tavr01():
    c = Chart("ps09", "http://emr.cascadia-valve.example/fhir/CodeSystem/local-results")
    c.patient("Ernest L", "Whitford", "male", "1944-08-21", "CVH-2201973", "Tacoma", "WA")
    c.org("org-cvh", "Cascadia Valve & Heart Institute")
    c.org("org-pcp", "Puget Family Medicine")
    c.pract("pr-moreau", "Elise", "Moreau", "MD", "Cardiothoracic surgery", "1851430097")
    c.pract("pr-tanaka", "Kenji", "Tanaka", "MD", "Interventional cardiology (structural heart)", "1376509922")
    c.pract("pr-pcp9", "Dana", "Fulton", "MD", "Family medicine", "1184720035")
    c.pract("pr-echo9", "Ravi", "Menon", "MD", "Echocardiography", "1912047763")
    c.encounter("enc-pcp-2025-09-15", "2025-09-15", None, "AMB", "Annual wellness visit", "pr-pcp9", "org-pcp")
    c.encounter("enc-cts-video", "2026-01-20", None, "VR", "CT surgery new patient - video visit", "pr-moreau", "org-cvh")
    c.encounter("enc-ic-2026-01-27", "2026-01-27", None, "AMB", "Structural heart clinic", "pr-tanaka", "org-cvh")
    c.encounter("enc-cts-inperson", "2026-02-03", None, "AMB", "CT surgery clinic - in person", "pr-moreau", "org-cvh")
    c.condition("cond-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-01-08", asserter="pr-tanaka")
    c.condition("cond-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-04-11")
    c.condition("cond-copd9", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2019-06-30",
                note="Mild (GOLD 1) - FEV1 82% predicted 2024")
    c.obs("ava-2026-01-08", "2026-01-08", c.local("AVA-VTI", "Aortic valve area (continuity, VTI)"), 0.78, "Practitioner/pr-echo9",
          "cm2", "cm2", category="imaging")
    c.obs("mg-2026-01-08", "2026-01-08", c.local("AV-MG", "Aortic valve mean gradient"), 46, "Practitioner/pr-echo9", "mm[Hg]", "mm[Hg]",
          category="imaging")
    c.obs("vmax-2026-01-08", "2026-01-08", c.local("AV-VMAX", "Aortic valve peak velocity"), 4.4, "Practitioner/pr-echo9", "m/s", "m/s",
          category="imaging")
    c.report("echo-2026-01-08", "2026-01-08", txt("Transthoracic echocardiogram complete"), "Practitioner/pr-echo9",
             "Severe calcific aortic stenosis: Vmax 4.4 m/s, MG 46 mmHg, AVA 0.78 cm2 (AVAi 0.40). LVEF 60-65%. Mild MR. RVSP 38.",
             results=["Observation/ava-2026-01-08", "Observation/mg-2026-01-08", "Observation/vmax-2026-01-08"], category="CUS")
    c.obs("sts-2026-02-05", "2026-02-05", c.local("STS-PROM", "STS predicted risk of mortality (SAVR)"), 5.6, "Practitioner/pr-moreau",
          "%", "%", category="survey")
    c.note("pcp-2025-09-15", "2025-09-15", *PROG, "Annual wellness visit", "pr-pcp9", """PUGET FAMILY MEDICINE - AWV
81M. Feels well. Still splitting wood. ROS: negative x 12 systems. Denies CP, SOB, syncope.
Exam: III/VI late-peaking SEM RUSB -> carotids, soft S2. New since 2023 (was II/VI).
A/P: Asymptomatic murmur, progression - TTE ordered. COPD mild, stable. CKD3a stable.
""", encounter="enc-pcp-2025-09-15", custodian="org-pcp")
    c.note("cts-2026-01-20", "2026-01-20", *CONS, "CT surgery consult (video)", "pr-moreau", """CASCADIA VALVE & HEART - CARDIOTHORACIC SURGERY
New patient - VIDEO VISIT (patient at home in Tacoma; wife present). E. Moreau MD. 01/20/2026

HPI: 81M referred for severe AS found on TTE 1/8/26. Since ~November: short of breath after one flight of stairs or
100 yards on the flat, had to stop splitting wood; two episodes of lightheadedness ("grey-out") carrying groceries up
the porch steps. No syncope. No angina.
PMH: COPD (mild), CKD 3a (Cr 1.4), HTN.
Exam: limited - video. Comfortable speaking full sentences. No visible edema on camera.
Data: TTE severe AS (MG 46, AVA 0.78). LVEF 60-65%.
Impression: symptomatic severe AS (NYHA III, exertional presyncope). Frailty: 5-m walk to be done in clinic.
Plan: in-person visit for exam and frailty testing; CTA TAVR protocol; heart team conference.
""", encounter="enc-cts-video", custodian="org-cvh")
    c.note("ic-2026-01-27", "2026-01-27", *CONS, "Structural heart consultation", "pr-tanaka", """<html><body>
<h2>Structural Heart Clinic</h2><p>Kenji Tanaka, MD - Interventional Cardiology - 01/27/2026 - seen in clinic, in person</p>
<p><b>HPI:</b> 81 yo man, severe calcific AS. DOE one flight (NYHA III), exertional presyncope x2. Denies syncope, angina.</p>
<p><b>Exam:</b> BP 138/74, HR 72 reg. 3/6 late-peaking SEM, absent A2. Lungs clear. No edema. Femoral pulses 2+ bilat.</p>
<p><b>5-m gait speed:</b> 5.9 s. Grip 29 kg. Independent ADLs. MoCA 27/30.</p>
<table border="1"><tr><td>Vmax</td><td>4.4 m/s</td></tr><tr><td>MG</td><td>46 mmHg</td></tr><tr><td>AVA</td><td>0.78 cm&sup2;</td></tr></table>
<p><b>Assessment:</b> Symptomatic severe AS. Reasonable candidate for TF-TAVR vs SAVR; age 81 favors TAVR. CTA pending.</p>
<p><b>Rationale:</b> Intermediate surgical risk, age, and COPD favour transfemoral TAVR; will present at heart team.</p>
</body></html>""", ctype="text/html", encounter="enc-ic-2026-01-27", custodian="org-cvh")
    c.note("cts-add-2026-02-03", "2026-02-03", *PROG, "ADDENDUM to CT surgery consult 01/20/2026", "pr-moreau", """ADDENDUM (E. Moreau MD) 02/03/2026 - patient seen IN PERSON in CT surgery clinic today to complete the evaluation
begun by video on 1/20.
Exam: Alert, ambulatory without aid. 3/6 SEM RUSB radiating to carotids, single S2. JVP not elevated. Lungs: scattered
end-expiratory wheeze, good air entry. Sternum/chest wall normal, no prior sternotomy. Legs: no edema, varicosities L.
CTA 1/29: annulus 25.1 mm perimeter-derived, iliofemorals 7.2/7.5 mm, porcelain aorta: no.
STS PROM (SAVR) 5.6%.
My assessment: he is a surgical candidate at intermediate risk, but given age 81, COPD and CKD I concur that TF-TAVR is
the better option for him. Discussed SAVR, TAVR and medical therapy; he prefers TAVR. Rationale shared with heart team.
""", encounter="enc-cts-inperson", custodian="org-cvh", relates="cts-2026-01-20")
    c.note("ht-2026-02-05", "2026-02-05", *NOTE, "Heart team conference summary", "pr-tanaka", """MULTIDISCIPLINARY HEART TEAM - 02/05/2026
Present: K. Tanaka (IC), E. Moreau (CT surgery), R. Menon (imaging), S. Park NP (valve coordinator), anesthesia.
Pt: WHITFORD, Ernest. Severe symptomatic AS. STS 5.6%. Frailty: not frail (gait 5.9 s). Life expectancy > 2 yr, no
limiting comorbidity (COPD mild, CKD 3a).
Both IC and CT surgery have examined the patient in person (IC 1/27, CTS 2/3).
Consensus: transfemoral TAVR, balloon-expandable 26 mm. Joint operators: Tanaka/Moreau.
""", custodian="org-cvh")
    case = dict(id="bs-tavr-01", svc=(CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
                dx=[("I35.0", "Nonrheumatic aortic (valve) stenosis")], date="2026-02-17", note="TF-TAVR, severe symptomatic AS.",
                rec="approve", policy="NCD 20.32",
                ev=["DiagnosticReport/echo-2026-01-08", "DocumentReference/ic-2026-01-27", "DocumentReference/cts-add-2026-02-03",
                    "DocumentReference/ht-2026-02-05"],
                rat="Symptomatic (NYHA III, exertional presyncope) severe AS; the interventional cardiologist examined him in person on 1/27 and the cardiac surgeon, whose first visit was by video, examined him in person on 2/3 (addendum), each documenting suitability for SAVR/TAVR and a rationale. No comorbidity precluding benefit.",
                traps="surgeon's first evaluation is a video visit - the in-person exam is only in an addendum; older PCP note says asymptomatic (superseded); HTML IC note")
    return case, c


def tavr02():
    c = Chart("ps10", "http://emr.bayou-structural.example/CodeSystem/results")
    c.patient("Lucien P", "Arceneaux", "male", "1946-02-14", "BSH0098812", "Lafayette", "LA")
    c.org("org-bsh", "Bayou Structural Heart Center")
    c.pract("pr-guidry", "Nathalie", "Guidry", "MD", "Interventional cardiology (structural)", "1467812095")
    c.pract("pr-ferreira", "Paulo", "Ferreira", "MD", "Cardiothoracic surgery", "1740256638")
    c.pract("pr-boudreaux", "Anne", "Boudreaux", "MD", "Internal medicine", "1528031947")
    c.pract("pr-coord", "Tasha", "Richard", "RN", "Valve program coordinator", "1306987421")
    c.encounter("enc-syncope", "2026-03-16", "2026-03-18", "IMP", "Observation stay - syncope", "pr-boudreaux", "org-bsh")
    c.encounter("enc-ic-2026-04-08", "2026-04-08", None, "AMB", "Structural heart clinic", "pr-guidry", "org-bsh")
    c.condition("cond-as10", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-03-17")
    c.condition("cond-syn", "R55", "Syncope and collapse", "2026-03-16", clinical="resolved")
    c.condition("cond-af10", "I48.91", "Unspecified atrial fibrillation", "2018-05-02",
                note="Paroxysmal; on apixaban.")
    c.condition("cond-dm10", "E11.9", "Type 2 diabetes mellitus without complications", "2011-01-10")
    c.obs("ava-2026-03-17", "2026-03-17", c.local("AVA", "AV area (continuity)"), 0.66, "Practitioner/pr-guidry", "cm2", "cm2",
          category="imaging")
    c.obs("mg-2026-03-17", "2026-03-17", c.local("AVMG", "AV mean gradient"), 52, "Practitioner/pr-guidry", "mm[Hg]", "mm[Hg]",
          category="imaging")
    c.report("echo-2026-03-17", "2026-03-17", txt("TTE"), "Practitioner/pr-guidry",
             "Severe AS, MG 52 mmHg, Vmax 4.7 m/s, AVA 0.66 cm2. LVEF 55%. Moderate LVH.",
             results=["Observation/ava-2026-03-17", "Observation/mg-2026-03-17"], category="CUS")
    c.medreq("mr-apix10", "1364430", "apixaban", "2018-05-10", "pr-boudreaux", dosage="5 mg BID", start="2018-05-10")
    c.medreq("mr-metf10", "6809", "metformin", "2011-01-10", "pr-boudreaux", dosage="1000 mg BID")
    c.appointment("appt-cts-2026-04-30", "2026-04-22", "2026-04-30T09:40:00-05:00", "booked",
                  "CT surgery new patient evaluation - TAVR work-up (Dr Ferreira)", "pr-ferreira")
    c.note("dc-2026-03-18", "2026-03-18", *DC, "Observation discharge summary", "pr-boudreaux", """BAYOU STRUCTURAL HEART CENTER - OBSERVATION DISCHARGE
ARCENEAUX, Lucien  80M   3/16-3/18/2026
Reason: syncope while pushing lawnmower, brief LOC, no prodrome, full recovery. Tele: no arrhythmia, rate-controlled AF
paroxysms. Orthostatics negative.
TTE 3/17: severe AS (MG 52, AVA 0.66). Exertional syncope attributed to severe AS.
Plan: structural heart referral (Dr Guidry). No driving until evaluated. Continue apixaban, metformin.
""", encounter="enc-syncope", custodian="org-bsh")
    c.note("ic-2026-04-08", "2026-04-08", *CONS, "Structural heart consult", "pr-guidry", """STRUCTURAL HEART CLINIC - N. Guidry MD (interventional cardiology) - 04/08/2026 - in-person visit

80M with severe AS and exertional syncope 3/16. Also DOE after ~1 block since winter.
Exam: 3/6 SEM, soft A2, delayed carotid upstroke. Lungs clear. Trace ankle edema. Gait 4.8 s/5 m.
Echo reviewed (MG 52, AVA 0.66). KCCQ-12: 48.
Impression: symptomatic severe AS - candidate for TAVR vs SAVR. Low-intermediate surgical risk (STS ~3%).
I think TF-TAVR is reasonable at 80 but he needs formal surgical evaluation given lower risk.
Plan: CTA TAVR protocol, dental clearance, refer CT surgery (Dr Ferreira). Present at heart team 4/22.
""", encounter="enc-ic-2026-04-08", custodian="org-bsh")
    c.note("ht-2026-04-22", "2026-04-22", *NOTE, "Heart team conference", "pr-guidry", """HEART TEAM CONFERENCE 04/22/2026
Case: Arceneaux, Lucien. Severe symptomatic AS (syncope). STS PROM 3.1%.
Imaging reviewed: CTA annulus 23.4 mm, adequate iliofemorals, no LAA thrombus.
IC (Guidry): favors TF-TAVR.
Surgical input: Dr Ferreira reviewed the CT and echo at conference; formal CT surgery clinic evaluation arranged for
4/30. Final recommendation pending surgical consult.
Coordinator to schedule.
""", custodian="org-bsh")
    c.note("coord-2026-05-05", "2026-05-05", *PHONE, "Coordinator telephone note", "pr-coord", """Phone call to pt 5/5/26 re pre-TAVR labs & dental clearance (dentist letter rec'd, cleared).
Pt states "I went and saw the surgeon's people last week, they said it all looks fine." Wife confirms they "went to the
clinic on Thursday". Asked pt to bring med list to pre-op. Auth submitted today for TF-TAVR.
- T. Richard RN, valve coordinator""", custodian="org-bsh")
    case = dict(id="bs-tavr-02", svc=(CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
                dx=[("I35.0", "Nonrheumatic aortic (valve) stenosis")], date="2026-05-06",
                note="TF-TAVR for symptomatic severe AS (exertional syncope).", rec="request_info", policy="NCD 20.32",
                ev=["DiagnosticReport/echo-2026-03-17", "DocumentReference/ic-2026-04-08", "DocumentReference/ht-2026-04-22"],
                missing=["cardiac surgeon|surgeon|surgical evaluation|surgical consult|CT surgery|cardiothoracic"],
                rat="Symptomatic severe AS and an in-person interventional cardiology evaluation are documented, but the cardiac surgeon has only reviewed images at conference; the 4/30 surgical visit is a booked appointment with no note, and the patient's hearsay does not document a face-to-face surgical evaluation or its rationale.",
                traps="conference image review is not a face-to-face exam; appointment dated before the request still 'booked'; patient-reported visit")
    return case, c


def laac01():
    c = Chart("ps15", "http://ehr.highplains-health.example/CodeSystem/obs-local")
    c.patient("Dolores M", "Villanueva", "female", "1954-03-27", "HPH-5530127", "Amarillo", "TX")
    c.org("org-hph", "High Plains Health System")
    c.pract("pr-kwan", "Albert", "Kwan", "MD", "Cardiac electrophysiology (implanting physician)", "1083967312")
    c.pract("pr-duarte", "Marisol", "Duarte", "MD", "Internal medicine (primary care)", "1639205874")
    c.pract("pr-gi", "Faisal", "Rahman", "MD", "Gastroenterology", "1295847306")
    c.encounter("enc-gib-2025-11", "2025-11-03", "2025-11-07", "IMP", "Inpatient - GI bleed", "pr-gi", "org-hph")
    c.encounter("enc-gib-2026-02", "2026-02-16", "2026-02-20", "IMP", "Inpatient - recurrent GI bleed", "pr-gi", "org-hph")
    c.encounter("enc-ep-2026-04-02", "2026-04-02", None, "AMB", "EP clinic - LAAC evaluation", "pr-kwan", "org-hph")
    c.encounter("enc-sdm-2026-05-12", "2026-05-12", None, "AMB", "Primary care - anticoagulation shared decision making", "pr-duarte", "org-hph")
    c.condition("cond-af15", "I48.19", "Other persistent atrial fibrillation", "2021-09-14")
    c.condition("cond-htn15", "I10", "Essential (primary) hypertension", "2009-06-01")
    c.condition("cond-dm15", "E11.9", "Type 2 diabetes mellitus without complications", "2014-02-11")
    c.condition("cond-angio", "K55.21", "Angiodysplasia of colon with hemorrhage", "2025-11-05", asserter="pr-gi")
    c.condition("cond-tia15", "G45.9", "Transient cerebral ischemic attack, unspecified", "2024-07-19", verification="refuted",
                clinical="inactive", note="ED provisional; MRI negative, symptoms attributed to hypoglycemia (glucose 41).")
    c.obs("hgb-2026-02-16", "2026-02-16", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), 6.8, "Organization/org-hph",
          "g/dL", "g/dL", category="laboratory", interp="Critical low")
    c.obs("echo15-2026-03-10", "2026-03-10", c.local("MV-ECHO", "Mitral valve assessment (TTE)"),
          "Trace MR, no mitral stenosis; no prosthetic valve. LA 4.6 cm. LVEF 60%.", "Practitioner/pr-kwan", category="imaging")
    c.medreq("mr-apix15", "1364430", "apixaban", "2021-09-20", "pr-duarte", status="stopped", start="2021-09-20", stop="2025-11-03",
             note="Stopped - GI bleed (colonic angiodysplasia), 3 u PRBC.")
    c.medreq("mr-warf15", "11289", "warfarin", "2025-12-01", "pr-duarte", status="stopped", start="2025-12-01", stop="2026-02-16",
             note="Re-challenge with warfarin (INR 2-3) after APC; stopped for recurrent bleed 2/16/26, 2 u PRBC.")
    c.medreq("mr-metf15", "6809", "metformin", "2014-02-11", "pr-duarte", dosage="500 mg BID")
    c.note("gi-2026-03-05", "2026-03-05", *CONS, "GI clinic follow-up", "pr-gi", """GI FOLLOW-UP 3/5/26 - F. Rahman MD
72F, diffuse small-bowel and right-colon angiodysplasia; 2 admissions (11/2025 on apixaban, 2/2026 on warfarin) each
needing transfusion despite APC x2. Capsule: >10 lesions jejunum, not all reachable.
Opinion: long-term anticoagulation will keep causing transfusion-dependent bleeding. A SHORT course of warfarin (about
6 weeks, e.g. after an LAA occluder) with PPI and CBC checks is an acceptable risk from a GI standpoint.
""", custodian="org-hph")
    c.note("ep-2026-04-02", "2026-04-02", *CONS, "EP consult - LAAC", "pr-kwan", """EP CLINIC - A. Kwan MD - LAAC evaluation - 4/2/26
Persistent AF since 2021. Risk: CHA2DS2-VASc 4 (age 72, female, HTN, DM). HAS-BLED 3. Refuted TIA 2024 not counted.
Discussed LAAC vs continued attempts at OAC, procedural risks, post-implant drug regimen (warfarin + ASA x 45 d, then
DAPT to 6 mo). Pt interested in LAAC.
Note: as the implanting physician I will ask Dr Duarte (PCP) to hold an independent SDM visit with a decision tool.
""", encounter="enc-ep-2026-04-02", custodian="org-hph")
    c.note("sdm-2026-05-12", "2026-05-12", *PROG, "Shared decision-making visit - stroke prevention in AF", "pr-duarte", """PRIMARY CARE - Marisol Duarte MD (Internal Medicine) - 05/12/2026 - 40 minute visit, in person.

Purpose: independent shared decision making on stroke prevention in non-valvular AF before possible LAAC. I do not
perform procedures and am not part of the implanting team.

Tool: ACC CardioSmart "Atrial Fibrillation: Stroke Prevention Options" decision aid (printed + reviewed together).
Her stroke risk: CHA2DS2-VASc 4 -> roughly 4-5 %/yr untreated. Options reviewed: DOAC, warfarin, LAAC, no therapy;
bleeding history reviewed with GI opinion. Her priorities: avoid further transfusions and hospital stays; understands
LAAC still needs ~45 days of warfarin afterwards.
Conclusion after SDM: She is suitable for a short-term course of warfarin (GI agrees) but is not able to take long-term
oral anticoagulation because of recurrent transfusion-requiring angiodysplasia bleeding on two different agents.
She chooses LAAC.  Valves: TTE 3/10 no mitral stenosis, no prosthetic valve (non-valvular AF).
Family history: mother had a stroke at 80 (not counted in her score).
""", encounter="enc-sdm-2026-05-12", custodian="org-hph")
    c.note("nurse-2026-05-12", "2026-05-12", *NURSE, "Nursing intake", "pr-duarte", """Vitals 5/12/26: BP 136/78  P 84 irreg  SpO2 97% RA  Wt 68.2 kg.  Hgb today 11.9 (home draw).
Falls screen negative. Meds reconciled: no anticoagulant since 2/16/26. Metformin, lisinopril, pantoprazole.""", custodian="org-hph")
    case = dict(id="bs-laac-01", svc=(CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
                dx=[("I48.19", "Other persistent atrial fibrillation"), ("K55.21", "Angiodysplasia of colon with hemorrhage")],
                date="2026-06-09", note="LAAC - NVAF, recurrent GI bleeding on OAC.", rec="approve", policy="NCD 20.34",
                ev=["Condition/cond-htn15", "Condition/cond-dm15", "Observation/echo15-2026-03-10", "MedicationRequest/mr-warf15",
                    "DocumentReference/gi-2026-03-05", "DocumentReference/sdm-2026-05-12"],
                rat="NVAF (no mitral stenosis or prosthetic valve) with CHA2DS2-VASc 4 (age 65-74, female, HTN, DM; refuted TIA and the mother's stroke not counted). The implanting EP's discussion does not count, but the PCP's formal SDM with a decision tool does, and it documents suitability for short-term warfarin with inability to take long-term OAC.",
                traps="score recomputed from Conditions/age/sex; refuted TIA; family-member stroke; SDM by implanting EP is not independent - the later PCP visit is")
    return case, c


def laac02():
    c = Chart("ps16", "http://fhir.northwoods-med.example/CodeSystem/lab-local")
    c.patient("Gerald T", "Lindahl", "male", "1947-01-30", "NWM-77102", "Duluth", "MN")
    c.org("org-nwm", "Northwoods Medical Center")
    c.pract("pr-hagen", "Ingrid", "Hagen", "MD", "Cardiology (non-invasive)", "1164039528")
    c.pract("pr-oduya", "Samuel", "Oduya", "MD", "Cardiac electrophysiology", "1427760193")
    c.pract("pr-uro", "Beth", "Sorensen", "MD", "Urology", "1902836647")
    c.pract("pr-pcp16", "Mark", "Ellison", "DO", "Family medicine", "1598746023")
    c.encounter("enc-hem-2026-07", "2026-07-06", "2026-07-11", "IMP", "Inpatient - clot retention / hematuria", "pr-uro", "org-nwm")
    c.encounter("enc-sdm16", "2026-09-15", None, "AMB", "Cardiology - SDM visit", "pr-hagen", "org-nwm")
    c.encounter("enc-ep16", "2026-10-06", None, "AMB", "EP - LAAC consult", "pr-oduya", "org-nwm")
    c.condition("cond-af16", "I48.20", "Chronic atrial fibrillation, unspecified", "2019-10-02")
    c.condition("cond-htn16", "I10", "Essential (primary) hypertension", "2005-05-05")
    c.condition("cond-radcys", "N30.41", "Irradiation cystitis with hematuria", "2026-07-06", asserter="pr-uro",
                note="Prostate EBRT 2017. Clot retention x2 on apixaban; fulguration 7/8/26; HBO 40 sessions completed 9/2026.")
    c.condition("cond-anemia16", "D62", "Acute posthemorrhagic anemia", "2026-07-06", clinical="resolved")
    c.condition("cond-chf16", "I50.32", "Chronic diastolic (congestive) heart failure", "2023-03-01", verification="refuted",
                clinical="inactive", note="Entered in error from dyspnea work-up; TTE normal diastolic function, BNP 41.")
    c.obs("hgb-2026-07-06", "2026-07-06", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), 7.2, "Organization/org-nwm",
          "g/dL", "g/dL", category="laboratory", interp="Low")
    c.obs("echo16", "2026-08-20", c.local("TTE-SUM", "TTE summary"), "LVEF 58%. Normal diastolic function. Mild MR, no MS. LA 4.9 cm.",
          "Practitioner/pr-hagen", category="imaging")
    c.medreq("mr-apix16", "1364430", "apixaban", "2019-10-10", "pr-hagen", status="stopped", start="2019-10-10", stop="2026-07-06",
             note="Held for gross hematuria with clot retention (2nd episode); not resumed.")
    c.medreq("mr-amlo16", "17767", "amlodipine", "2015-04-01", "pr-pcp16", dosage="5 mg daily")
    c.note("uro-2026-08-25", "2026-08-25", *PROG, "Urology follow-up", "pr-uro", """UROLOGY - B. Sorensen MD - 8/25/26
Radiation cystitis with 2 episodes of clot retention on apixaban (5/2026 and 7/2026; 3-way catheter, CBI, 4 u PRBC total).
Fulguration 7/8. HBO in progress (28/40). Hematuria cleared.
Recommend: avoid long-term anticoagulation - recurrence risk remains lifelong after pelvic radiation.
Cystoscopy in 3 months.
""", custodian="org-nwm")
    c.note("sdm-2026-09-15", "2026-09-15", *PROG, "Cardiology - stroke prevention SDM", "pr-hagen", """NORTHWOODS CARDIOLOGY  |  Ingrid Hagen MD (general/non-invasive cardiology)  |  09/15/2026

79M, permanent AF, HTN. Score: CHADS2 2 (age >75, HTN); CHA2DS2-VASc 3 (age >=75 = 2, HTN = 1). The old "diastolic HF"
entry is erroneous (normal TTE, BNP 41) - not counted.
Shared decision making today using the Mayo Clinic AF anticoagulation decision aid ("Anticoagulation Choice"), reviewed
card by card with patient and daughter. Options: resume DOAC, warfarin, LAAC, aspirin, nothing.
Outcome: patient and I agree he is not a candidate for long-term oral anticoagulation given recurrent transfusion-requiring
hematuria from radiation cystitis (urology concurs). He wishes to be evaluated for LAAC. I am not involved in the procedure.
Valves: mild MR only, no mitral stenosis, no prosthesis.
""", encounter="enc-sdm16", custodian="org-nwm")
    c.note("ep-2026-10-06", "2026-10-06", *CONS, "EP consult - LAAC", "pr-oduya", """EP CONSULT - S. Oduya MD - 10/06/2026
Referred by Dr Hagen after SDM. Agree LAAC is appropriate: CHA2DS2-VASc 3, unable to take long-term OAC (radiation
cystitis bleeding). TEE 10/6: no LAA thrombus, chicken-wing LAA, ostium 21 mm - suitable anatomy.
Post-implant antithrombotic regimen: to be determined - will discuss options with urology.
Plan: LAAC, submit authorization.
""", encounter="enc-ep16", custodian="org-nwm")
    c.note("pcp-2026-10-09", "2026-10-09", *PROG, "PCP visit", "pr-pcp16", """FM visit 10/9/26. BP 132/76. Feeling well, no hematuria since August. Hgb 12.8.
Copy-forward PMH: AF, HTN, "CHF (diastolic)" [see cardiology - refuted], prostate ca s/p XRT 2017, radiation cystitis.
Daughter asks about "the heart plug" - procedure per cardiology/EP.
ROS: Constitutional negative; GU: negative for hematuria, dysuria; Neuro negative.""", custodian="org-nwm")
    case = dict(id="bs-laac-02", svc=(CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
                dx=[("I48.20", "Chronic atrial fibrillation, unspecified"), ("N30.41", "Irradiation cystitis with hematuria")],
                date="2026-10-20", note="LAAC - unable to take long-term OAC.", rec="request_info", policy="NCD 20.34",
                ev=["Condition/cond-htn16", "Condition/cond-radcys", "MedicationRequest/mr-apix16", "DocumentReference/sdm-2026-09-15",
                    "DocumentReference/ep-2026-10-06"],
                missing=["short-term warfarin|short term warfarin|short-term anticoagulation|short term anticoagulation|post-implant anticoagulation|post-procedure anticoagulation|warfarin"],
                rat="CHADS2 2 / CHA2DS2-VASc 3 (refuted HF not counted), an independent non-interventional cardiologist's SDM with a decision tool, and inability to take long-term OAC are documented. The NCD also requires suitability for short-term warfarin; no note addresses it (the EP leaves the post-implant regimen 'to be determined'), so it must be asked.",
                traps="score from age>75 and refuted HF; copy-forward refuted CHF; NCD criterion on short-term warfarin suitability silent")
    return case, c


CASES = [icd01, icd02, tavr01, tavr02, laac01, laac02]
