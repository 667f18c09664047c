from lib import *
V = lambda n, c: (LOCAL, c, n)
CASES = []

def case(cid, pnum, policy, svc, dx, date, rec, evidence, missing, rationale, note=None, urgency="standard"):
    CASES.append({"id": cid, "patient": f"patients/pm{pnum:02d}.json",
        "request": {"service": svc, "diagnoses": [{"system": ICD, "code": c, "display": d} for c, d in dx],
                    "payer": "medicare", "urgency": urgency, "date": date, **({"note": note} if note else {})},
        "gold": {"recommendation": rec, "policy": policy, "evidence": evidence, "missing": missing, "rationale": rationale}})

BUNDLES = {}
# ---------------------------------------------------------------- ICD 01 (pm01)
b = B("pm01"); b.patient("Harold", "Vance", "male", "1951-06-03", "Toledo")
b.prac("dr-okonkwo", "Chidi", "Okonkwo", "MD", "Cardiac electrophysiology")
b.prac("np-flores", "Marisol", "Flores", "APRN-CNP", "Heart failure nurse practitioner")
b.prac("dr-brandt", "Karl", "Brandt", "MD", "Interventional cardiology")
b.prac("dr-hsu", "Lena", "Hsu", "DO", "Hospitalist")
b.org("org-lakeview", "Lakeview Heart & Vascular Institute"); b.org("org-stmarg", "St. Margaret Regional Hospital")
b.cond("old-mi", "I25.2", "Old myocardial infarction", "2023-09-20", onset="2023-09-14", note="NSTEMI Sept 2023, DES to proximal LAD 2023-09-15 (outside hospital).")
b.cond("icm", "I25.5", "Ischemic cardiomyopathy", "2025-11-08", onset="2025-11-03")
b.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-11-08")
b.cond("paf", "I48.0", "Paroxysmal atrial fibrillation", "2024-02-11", note="rate controlled on metoprolol; apixaban")
b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2019-04-02")
b.enc("enc-adm-2025-11", "2025-11-03", "Inpatient admission - acute on chronic HF", "dr-hsu", "org-stmarg", cls="IMP", end="2025-11-08")
b.proc("pci-2023", CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent(s), single vessel", "2023-09-15", "dr-brandt")
b.obs("lvef-pocus-2025-11-03", "2025-11-03", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (37.5, "%", "%"), "Practitioner/dr-hsu", cat="imaging", method="Point-of-care ultrasound, visual estimate (ED)", note="EF 35-40% eyeballed, limited windows")
b.obs("lvef-tte-2025-12-04", "2025-12-04", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (30, "%", "%"), "Practitioner/dr-brandt", cat="imaging", method="Transthoracic echocardiogram, Simpson biplane")
b.obs("lvef-cmr-2026-01-22", "2026-01-22", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (0.27, "{ratio}", "1"), "Practitioner/dr-brandt", cat="imaging", method="Cardiac MRI, volumetric", note="LVEF 0.27; transmural LGE anterior/anteroseptal, nonviable")
b.obs("nyha-2025-11-03", "2025-11-03", V("NYHA functional class", "nyha"), "Class IV", "Practitioner/dr-hsu", note="on admission, decompensated")
b.obs("nyha-2026-01-28", "2026-01-28", V("NYHA functional class", "nyha"), "Class II", "Practitioner/np-flores")
b.obs("egfr-2026-01-28", "2026-01-28", (LOINC, "33914-3", "Glomerular filtration rate/1.73 sq M.predicted"), (58, "mL/min/1.73m2", "mL/min/{1.73_m2}"), cat="laboratory")
b.med("metoprolol", "6918", "metoprolol succinate 100 MG extended release", "2024-02-11", "np-flores", dose="100 mg daily")
b.med("apixaban", "1364430", "apixaban 5 MG", "2024-02-11", "np-flores", dose="5 mg twice daily")
b.med("spironolactone", "9997", "spironolactone 25 MG", "2025-11-08", "dr-hsu")
b.med("atorvastatin", "83367", "atorvastatin 80 MG", "2023-09-16", "dr-brandt")
b.doc("dc-2025-11-08", "2025-11-08", "dr-hsu", "org-stmarg", "discharge", "Discharge Summary - St. Margaret", """
DISCHARGE SUMMARY
Admit 11/03/2025  Discharge 11/08/2025   Attending: Lena Hsu, DO (Hospitalist)
Principal dx: Acute on chronic systolic heart failure.  Secondary: ischemic cardiomyopathy, PAF, HLD.
HPI: 74M w/ hx NSTEMI 2023 s/p DES pLAD presented with orthopnea, 3+ LE edema, dyspnea at rest (NYHA IV on arrival).
ED POCUS: EF visually 35-40%, poor windows. Formal echo ordered as outpatient.
Course: IV furosemide 80 mg BID, net -6.1 L. Troponin flat/low-level (demand), no ACS. LHC 11/06 (see report).
Rhythm: PAF, rates 70s-90s on metoprolol.
D/C condition: stable, ambulating halls without O2.  NYHA at discharge: not assessed.
Meds added: spironolactone 25 mg daily. F/u HF clinic (NP Flores) and EP re: ICD eval once EF re-measured.
""")
b.doc("cath-2025-11-06", "2025-11-06", "dr-brandt", "org-stmarg", "procedure", "Cardiac catheterization report", """
<html><body><h3>LEFT HEART CATHETERIZATION / CORONARY ANGIOGRAPHY</h3>
<p>Date: 2025-11-06 &nbsp; Operator: Karl Brandt, MD</p>
<table border="1"><tr><th>Vessel</th><th>Finding</th></tr>
<tr><td>LM</td><td>normal</td></tr><tr><td>LAD</td><td>patent proximal stent, mild ISR &lt;20%; apical LAD chronically occluded, small caliber, supplies nonviable territory</td></tr>
<tr><td>LCx</td><td>mild luminal irregularity</td></tr><tr><td>RCA</td><td>dominant, 30% mid</td></tr></table>
<p><b>Impression:</b> No new obstructive disease. No target for revascularization (PCI or CABG); territory nonviable. Continue GDMT. LVEDP 24.</p>
</body></html>""", ctype="text/html")
b.doc("hf-clinic-2026-01-28", "2026-01-28", "np-flores", "org-lakeview", "progress", "HF clinic follow-up", """
Lakeview HF Clinic -- Progress Note     01/28/2026     Marisol Flores, APRN-CNP
S: Feels "a lot better than November". Walks to the mailbox and around the grocery store; winded after ~2 blocks or 1 flight. No orthopnea, no PND. No syncope/presyncope. Denies palpitations.
ROS: Constitutional: neg. Resp: +DOE as above. CV: neg chest pain. GI/GU/Neuro/Psych: negative. (all other systems reviewed and negative)
O: BP 108/64, HR 66 reg, wt 81.4 kg (dry). No JVD, no edema.
Data: Cardiac MRI 01/22/2026: LVEF 27% (0.27), anterior/anteroseptal transmural scar. TTE 12/04/2025 EF 30%.
A/P: ICM, HFrEF, NYHA class II today (was IV at Nov admission). Euvolemic. PAF rate controlled.
 - Continue metoprolol succ 100, spironolactone 25, apixaban 5 BID, atorva 80.
 - Meets primary-prevention EF threshold on CMR; schedule ICD SDM visit, then EP.
 - No malignancy history; no renal/liver failure (eGFR 58).
""")
b.doc("sdm-2026-02-05", "2026-02-05", "np-flores", "org-lakeview", "progress", "ICD shared decision-making visit", """
SHARED DECISION MAKING - PRIMARY PREVENTION ICD          Date of service: 02/05/2026
Clinician: Marisol Flores, APRN-CNP      Patient and wife present (in person, 35 min)
Decision tool used: Colorado Program for Patient Centered Decisions "Implantable Cardioverter-Defibrillator" decision aid (printed booklet + video), reviewed page by page.
Discussed: ~ absolute risk reduction of sudden death over 5 yrs; inappropriate shocks; lead complications; infection; deactivation at end of life; driving restrictions; alternative = continue medical therapy alone.
Patient values: wants to "be around for grandkids", accepts risk of shocks.
Decision: patient elects to proceed with single-chamber ICD. Teach-back completed. Copy of aid given.
""")
b.doc("ep-2026-02-10", "2026-02-10", "dr-okonkwo", "org-lakeview", "consult", "Electrophysiology consultation", """
EP CONSULT   Chidi Okonkwo MD   2/10/2026
Reason: primary prevention ICD.
74 y/o man, remote NSTEMI (09/2023) with DES pLAD, ischemic CMP. LVEF 0.27 by CMR 01/22/26 (TTE 30% 12/25; ED POCUS estimate 35-40% in Nov was visual only, disregarded).
No hx sustained VT/VF arrest. No syncope. NYHA II per HF clinic 1/28. No PCI/CABG since 9/2023; no MI in past 40 days. LHC 11/2025: no revascularization targets.
PAF, rate-controlled (HR 60s-70s). Hemodynamically stable, not in shock. Cognition intact. No non-cardiac life-limiting illness.
SDM with decision aid completed 2/5/26 (NP Flores) - reviewed, patient reaffirms choice.
Plan: single-chamber ICD (CPT 33249), ECG 1:1 rate ~66, QRS 108 ms -> no CRT indication.
""")
b.doc("tel-2026-02-24", "2026-02-24", "np-flores", "org-lakeview", "note", "Telephone note - pre-procedure", """
Phone call 2/24/26: pt asks about holding apixaban before ICD. Instructed hold 48 h per EP protocol. No new symptoms.
""")
BUNDLES["pm01"] = b
case("bm-icd-01", 1, "NCD 20.4", {"system": CPT, "code": "33249", "display": "Insertion or replacement of permanent implantable defibrillator system"},
     [("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure"), ("I25.2", "Old myocardial infarction")],
     "2026-02-17", "approve",
     ["Observation/lvef-cmr-2026-01-22", "Condition/old-mi", "Observation/nyha-2026-01-28", "DocumentReference/sdm-2026-02-05", "DocumentReference/cath-2025-11-06", "DocumentReference/ep-2026-02-10"], [],
     "Prior MI with LVEF 0.27 on cardiac MRI (B2); current NYHA II supersedes the class IV at admission, PCI and MI are years old, cath shows no revascularization target, and an NP-led SDM visit with an ICD decision aid precedes the request. The visual ED estimate of 35-40% is superseded.",
     note="Primary prevention ICD, ischemic CMP, EF 27%.")

# ---------------------------------------------------------------- ICD 02 (pm02)
b = B("pm02"); b.patient("Dolores", "Pruitt", "female", "1957-03-22", "Akron")
b.prac("dr-raman", "Priya", "Raman", "MD", "Cardiology (heart failure)")
b.prac("dr-ellison", "Mark", "Ellison", "MD", "Cardiac electrophysiology")
b.prac("rn-tate", "Jolene", "Tate", "RN", "Heart failure nurse navigator")
b.prac("dr-mbeki", "Thandi", "Mbeki", "MD", "Internal medicine (PCP)")
b.org("org-summit", "Summit Cardiology Associates"); b.org("org-akron-gen", "Akron Community Hospital")
b.cond("nicm", "I42.0", "Dilated cardiomyopathy", "2025-10-21", onset="2025-10-17", note="nonischemic; normal coronaries on LHC 10/2025")
b.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-10-21")
b.cond("htn", "I10", "Essential (primary) hypertension", "2015-06-01")
b.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2012-01-10")
b.enc("enc-adm-2025-10", "2025-10-17", "Inpatient - new onset HF", "dr-raman", "org-akron-gen", cls="IMP", end="2025-10-22")
b.obs("lvef-2025-10-18", "2025-10-18", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (25, "%", "%"), "Practitioner/dr-raman", cat="imaging", method="TTE")
b.obs("lvef-2026-04-14", "2026-04-14", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (30, "%", "%"), "Practitioner/dr-raman", cat="imaging", method="TTE, biplane Simpson", note="LVEF 30% (range 28-32%) after ~6 mo GDMT; LVIDd 6.2 cm")
b.proc("lhc-2025-10-20", CPT, "93458", "Left heart catheterization with coronary angiography", "2025-10-20", "dr-raman", note="Angiographically normal coronary arteries")
b.bp("bp-2026-04-14", "2026-04-14", 112, 70, "Practitioner/dr-raman")
b.obs("k-2026-04-14", "2026-04-14", (LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma"), (4.6, "mmol/L", "mmol/L"), cat="laboratory")
b.med("carvedilol", "20352", "carvedilol 25 MG", "2025-10-22", "dr-raman", dose="25 mg BID (titrated from 3.125 mg)", start="2025-10-22")
b.med("sacval", None, "sacubitril 97 MG / valsartan 103 MG oral tablet", "2025-11-05", "dr-raman", dose="1 tab BID", start="2025-11-05")
b.med("spiro", "9997", "spironolactone 25 MG", "2025-11-05", "dr-raman", start="2025-11-05")
b.med("dapa", "1488564", "dapagliflozin 10 MG", "2025-12-01", "dr-raman", start="2025-12-01")
b.med("levo", "10582", "levothyroxine 75 MCG", "2012-01-10", "dr-mbeki")
b.doc("dc-2025-10-22", "2025-10-22", "dr-raman", "org-akron-gen", "discharge", "Discharge summary", """
DISCHARGE SUMMARY -- Akron Community Hospital
Adm 10/17/2025 -> D/C 10/22/2025
68F, HTN, hypothyroid, presented with 3 wk progressive dyspnea, edema, orthopnea. BNP 2140.
TTE 10/18: LVEF 25%, global hypokinesis, LVIDd 6.4 cm, mild MR.  LHC 10/20: normal coronaries -> nonischemic DCM.
TSH 2.1 (on replacement). No EtOH. No family hx of SCD or cardiomyopathy.
Diuresed 5 L. Started carvedilol 3.125 BID; ARNI deferred (BP soft) -- start at clinic.
Plan: GDMT titration, repeat echo after 3+ months on GDMT, then ICD discussion if EF <=35%.
""")
b.doc("hf-2026-04-14", "2026-04-14", "dr-raman", "org-summit", "progress", "Heart failure clinic note", """
<html><body><p><b>Summit Cardiology - HF Clinic</b> &nbsp; 04/14/2026 &nbsp; Priya Raman MD</p>
<p><b>Interval:</b> Tolerating GDMT. Carvedilol at 25 BID since Jan; Entresto 97/103 BID; spironolactone; dapagliflozin since Dec. No hospitalizations since October.</p>
<table border="1"><tr><td>Functional class (NYHA)</td><td>[not entered]</td></tr>
<tr><td>Volume status</td><td>euvolemic</td></tr><tr><td>Weight</td><td>74.0 kg</td></tr><tr><td>BP</td><td>112/70</td></tr></table>
<p><b>ROS:</b> 14-point ROS negative except as in HPI.</p>
<p><b>Echo today:</b> LVEF 30% (28-32), LVIDd 6.2 cm, mild MR.</p>
<p><b>A/P:</b> Nonischemic DCM, EF persistently &lt;=35% after &gt;3 months of optimal medical therapy. Refer EP for primary-prevention ICD. SDM visit to be done with me first.</p>
</body></html>""", ctype="text/html")
b.doc("sdm-2026-04-22", "2026-04-22", "dr-raman", "org-summit", "progress", "SDM visit - ICD", """
Shared decision-making encounter (ICD, primary prevention) -- 4/22/2026 -- P. Raman MD
Tool: CardioSmart/ACC "ICD: Is it right for me?" evidence-based decision aid, reviewed with patient and daughter.
Covered: benefit (mortality reduction), risks (infection, lead issues, inappropriate shocks), living with device, deactivation, alternative of continued medical therapy alone.
Patient's preference: proceed with ICD. Time spent 30 min, >50% counseling.
""")
b.doc("nurse-2026-04-28", "2026-04-28", "rn-tate", "org-summit", "nurse", "HF nurse navigator telephone call", """
TC w/ pt 4/28/26. Pt reports weights stable 73-74 kg, no swelling. Taking all meds. "Feeling ok, tired some days". Reviewed low-sodium diet. EP appt confirmed 5/1.
""")
b.doc("ep-2026-05-01", "2026-05-01", "dr-ellison", "org-summit", "consult", "EP consult - ICD", """
ELECTROPHYSIOLOGY CONSULTATION                          05/01/2026
Referred by Dr Raman for primary-prevention ICD.
HPI: 69F with nonischemic DCM dx 10/2025, LVEF 25% -> 30% on repeat TTE 4/14/26 despite GDMT (carvedilol, sacubitril-valsartan, spironolactone, dapagliflozin; all >3 months). No syncope, no sustained VT on Holter (NSVT 5 beats x1). No ischemic disease (normal cors 10/2025), no PCI/CABG, no MI.
ECG: SR 62, QRS 96 ms, no LBBB -> CRT not indicated.
Exam: well appearing, not in shock, euvolemic.
Assessment: Nonischemic DCM, EF <=35% on OMT >3 mo; SDM with decision aid documented 4/22. No life-limiting noncardiac disease.
Plan: single-chamber transvenous ICD. Consent obtained.
""")
BUNDLES["pm02"] = b
case("bm-icd-02", 2, "NCD 20.4", {"system": CPT, "code": "33249", "display": "Insertion or replacement of permanent implantable defibrillator system"},
     [("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
     "2026-05-06", "request_info",
     ["Observation/lvef-2026-04-14", "MedicationRequest/carvedilol", "MedicationRequest/sacval", "DocumentReference/sdm-2026-04-22", "DocumentReference/ep-2026-05-01"],
     ["NYHA|functional class|New York Heart Association|heart failure class"],
     "Nonischemic DCM (B4) with LVEF 30%, more than 3 months of OMT and a documented SDM with a decision aid, but no note states a current NYHA class (the HF clinic template field is blank), and B4 requires class II or III.")

# ---------------------------------------------------------------- CPAP 01 (pm03)
b = B("pm03"); b.patient("Gerald", "Nakamura", "male", "1958-11-09", "Dayton")
b.prac("dr-fitch", "Alan", "Fitch", "MD", "Family medicine (PCP)")
b.prac("dr-osei", "Ama", "Osei", "MD", "Sleep medicine")
b.prac("rpsgt-lowe", "Danny", "Lowe", "RPSGT", "Sleep technologist")
b.org("org-miami-fp", "Miami Valley Family Practice"); b.org("org-dsc", "Dayton Sleep Center")
b.cond("snoring", "R06.83", "Snoring", "2025-12-02", rec="dr-fitch")
b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-02-23", rec="dr-osei", note="mild by CMS 4% rule")
b.cond("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2018-03-14")
b.cond("oa-knee", "M17.11", "Unilateral primary osteoarthritis, right knee", "2021-05-20")
b.fmh("fh-father", "2025-12-02", "FTH", "father", "I10", "Essential (primary) hypertension", note="father: HTN, stroke at 71")
b.enc("enc-pcp-2025-12-02", "2025-12-02", "PCP annual wellness", "dr-fitch", "org-miami-fp")
b.enc("enc-sleep-2026-01-27", "2026-01-27", "Sleep medicine new patient", "dr-osei", "org-dsc")
b.bp("bp-2025-12-02", "2025-12-02", 126, 78, "Practitioner/dr-fitch")
b.bp("bp-2026-01-27", "2026-01-27", 122, 76, "Practitioner/dr-osei")
b.obs("bmi-2026-01-27", "2026-01-27", (LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), (29.8, "kg/m2", "kg/m2"), cat="vital-signs")
b.obs("ess-2026-01-27", "2026-01-27", V("Epworth Sleepiness Scale total", "ess"), (5, "{score}", "{score}"), "Practitioner/dr-osei", cat="survey")
b.obs("phq2-2025-12-02", "2025-12-02", (LOINC, "55757-9", "Patient Health Questionnaire 2 item (PHQ-2) [Reported]"), (0, "{score}", "{score}"), cat="survey")
b.sr("sr-hst", CPT, "95806", "Sleep study, unattended, simultaneous recording of heart rate, oxygen saturation, respiratory airflow, and respiratory effort", "2026-01-27", "dr-osei", status="completed")
b.obs("hst-rei3-2026-02-18", "2026-02-18", V("Respiratory event index, hypopneas scored at 3% desaturation or arousal (AASM 1A)", "rei-3pct"), (17.4, "/h", "/h"), "Practitioner/dr-osei", cat="procedure")
b.obs("hst-rei4-2026-02-18", "2026-02-18", V("Respiratory event index, hypopneas scored at 4% desaturation (AASM 1B / CMS)", "rei-4pct"), (8.1, "/h", "/h"), "Practitioner/dr-osei", cat="procedure", note="monitoring time 6.9 h")
b.obs("hst-nadir-2026-02-18", "2026-02-18", V("Oxygen saturation nadir during sleep study", "spo2-nadir"), (84, "%", "%"), cat="procedure")
b.med("omeprazole", "7646", "omeprazole 20 MG", "2018-03-14", "dr-fitch")
b.med("meloxicam", "41493", "meloxicam 7.5 MG", "2021-05-20", "dr-fitch", status="stopped")
b.doc("pcp-2025-12-02", "2025-12-02", "dr-fitch", "org-miami-fp", "progress", "Annual wellness visit", """
MIAMI VALLEY FAMILY PRACTICE -- Medicare AWV         12/02/2025      A. Fitch MD
CC: wife complains of loud snoring, "stops breathing sometimes".
Pt himself feels rested, works part-time, no dozing while driving.
PMH: GERD, R knee OA. No HTN, no DM, no CAD, no stroke.
FHx: father HTN, CVA at 71; mother breast ca.
ROS: Gen: no fatigue. Neuro: no memory problems. Psych: denies depressed mood; no insomnia. Resp: neg.
Vitals: BP 126/78  HR 70  BMI 29.8   PHQ-2 = 0.
A/P: 1. Snoring w/ witnessed apneas -> refer sleep medicine.  2. Preventive: colonoscopy UTD, flu shot given.
""")
b.doc("sleep-2026-01-27", "2026-01-27", "dr-osei", "org-dsc", "consult", "Sleep medicine consultation", """
DAYTON SLEEP CENTER - New Patient Consultation (Ama Osei, MD)           01/27/2026
Referral: snoring/witnessed apneas (Dr Fitch).
Sleep hx: bed 22:30, wake 06:30, sleep onset <15 min, 1 nocturia. Denies EDS, denies drowsy driving, no morning headaches. No insomnia complaints. Mood good.
ESS 5/24. STOP-BANG 4 (snoring, observed apneas, age, male).
Exam: Mallampati III, neck 16.5 in, BP 122/76. BMI 29.8.
No HTN, no IHD, no stroke/TIA history (family hx only).
Plan: Type III HST (order signed today). Will score per CMS 4% rule and report AASM 3% index as well.
""")
b.doc("hst-2026-02-18", "2026-02-18", "dr-osei", "org-dsc", "imaging", "Home sleep apnea test report", """
HOME SLEEP APNEA TEST REPORT  (Type III, 4 channels: airflow, effort, SpO2, HR)
Study night: 02/18/2026    Scored by: D. Lowe RPSGT   Interpreted: A. Osei MD (signed 02/23/2026)
Monitoring time (flow evaluation): 6.9 h
Events: obstructive apneas 31, central 2, hypopneas(4%) 23, hypopneas(3% only) 64
REI-4% (CMS / AASM 1B): 8.1 /h
REI-3% (AASM 1A): 17.4 /h
SpO2 nadir 84%, T<88% 2.1 min.
Impression: Obstructive sleep apnea; mild by 4% criteria (REI 8.1), moderate by 3% criteria (REI 17.4).
Recommendation: clinical correlation; patient asymptomatic w/o cardiovascular comorbidity -- consider positional therapy or oral appliance; CPAP optional if symptoms develop.
""")
b.doc("pcp-2026-03-05", "2026-03-05", "dr-fitch", "org-miami-fp", "progress", "Results follow-up", """
3/5/26 follow-up: reviewed sleep study -- AHI 17, moderate OSA. Wife very bothered by snoring. Pt agreeable to try CPAP. Will order CPAP auto 5-15 + heated humidifier + mask via DME. Sleepiness: none. BP 124/78.
""")
b.doc("tel-2026-03-12", "2026-03-12", "dr-fitch", "org-miami-fp", "note", "Telephone note", """
3/12/26 DME called asking for 'AHI on CMS criteria' - forwarded the HST PDF. -- AF
""")
BUNDLES["pm03"] = b
case("bm-cpap-01", 3, "NCD 240.4", {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"},
     [("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2026-03-10", "refer",
     ["Observation/hst-rei4-2026-02-18", "DocumentReference/hst-2026-02-18", "Observation/ess-2026-01-27", "DocumentReference/sleep-2026-01-27"], [],
     "The 'AHI 17' used by the ordering PCP is the 3%-rule index; with hypopneas scored at 4% as the NCD requires the index is 8.1/h, and the chart documents no sleepiness, insomnia, mood or cognitive symptoms, hypertension, ischemic heart disease or stroke (the stroke and hypertension are the father's).",
     note="Moderate OSA, AHI 17 on home study; new CPAP.")

# ---------------------------------------------------------------- CPAP 02 (pm04)
b = B("pm04"); b.patient("Beatrice", "Holloway", "female", "1954-08-30", "Columbus")
b.prac("dr-adeyemi", "Tunde", "Adeyemi", "MD", "Sleep medicine")
b.prac("dr-kowal", "Ruth", "Kowal", "MD", "Internal medicine (PCP)")
b.prac("rn-pike", "Stacy", "Pike", "RN", "Clinic nurse")
b.org("org-capital", "Capital Sleep & Lung"); b.org("org-ohio-im", "Olentangy Internal Medicine")
b.cond("htn", "I10", "Essential (primary) hypertension", "2019-07-15", onset="2019", rec="dr-kowal")
b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-01-12", rec="dr-adeyemi")
b.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2010-02-01")
b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2019-07-15")
b.enc("enc-sleep-2025-12-09", "2025-12-09", "Sleep medicine consult", "dr-adeyemi", "org-capital")
b.enc("enc-psg-2026-01-08", "2026-01-08", "Attended polysomnography (sleep lab)", "dr-adeyemi", "org-capital")
b.bp("bp-2025-10-21", "2025-10-21", 146, 88, "Practitioner/dr-kowal")
b.bp("bp-2025-12-09", "2025-12-09", 148, 86, "Practitioner/dr-adeyemi")
b.obs("ess-2025-12-09", "2025-12-09", V("Epworth Sleepiness Scale total", "ess"), (7, "{score}", "{score}"), cat="survey")
b.obs("ahi-2019-hst", "2019-05-02", V("Apnea-hypopnea index", "ahi"), (3, "/h", "/h"), cat="procedure", note="outside HST (Type IV, 2 channels) - reported normal")
b.sr("sr-psg", CPT, "95810", "Polysomnography, sleep staging with 4 or more additional parameters, attended", "2025-12-09", "dr-adeyemi", status="completed")
b.obs("psg-ahi-2026-01-08", "2026-01-08", V("Apnea-hypopnea index (4% hypopnea rule)", "ahi-4pct"), (11.6, "/h", "/h"), "Practitioner/dr-adeyemi", cat="procedure", note="TST 324 min")
b.obs("psg-tst-2026-01-08", "2026-01-08", V("Total sleep time", "tst"), (324, "min", "min"), cat="procedure")
b.med("amlodipine", "17767", "amlodipine 10 MG", "2019-07-15", "dr-kowal")
b.med("hctz", "5487", "hydrochlorothiazide 25 MG", "2022-03-01", "dr-kowal")
b.med("levo", "10582", "levothyroxine 50 MCG", "2010-02-01", "dr-kowal")
b.med("rosuva", "301542", "rosuvastatin 10 MG", "2019-07-15", "dr-kowal")
b.doc("pcp-2025-10-21", "2025-10-21", "dr-kowal", "org-ohio-im", "progress", "PCP follow-up - HTN", """
Olentangy IM | 10/21/2025 | R. Kowal MD
HTN f/u. Home BPs 140s-150s/80s despite amlodipine 10 + HCTZ 25. Husband reports loud snoring and gasping. She says she sleeps "fine".
BP 146/88.  A: HTN, suboptimally controlled on 2 agents; ?OSA contributing. P: sleep med referral; DASH; recheck 3 mo.
""")
b.doc("sleep-2025-12-09", "2025-12-09", "dr-adeyemi", "org-capital", "consult", "Sleep consult", """
CAPITAL SLEEP & LUNG -- CONSULT                     Dec 9 2025
Referred for snoring/gasping & resistant HTN. 71F.
Denies daytime sleepiness (ESS 7), no drowsy driving. Denies insomnia. No cognitive complaints. Mood "good".
PMH: HTN (since 2019, on amlodipine + HCTZ), hypothyroid, HLD. No CAD, no stroke.
Outside HST 2019: "AHI 3, no OSA" - 2-channel device (flow + oximetry only), not considered adequate.
Exam: BMI 31.2, neck 15 in, Mallampati IV, crowded oropharynx. BP 148/86.
Plan: in-lab diagnostic PSG (ordered). Hypopneas scored per 4% rule for CMS.
""")
b.doc("psg-2026-01-08", "2026-01-08", "dr-adeyemi", "org-capital", "imaging", "Polysomnography report (scanned)", """
CAP1TAL SLEEP & LUNG   --   DIAGN0STIC P0LYSOMNOGRAM      [scanned 01/12/2026 p.1 of 2]
Pt: HOLLOWAY, BEATRICE    DOB 08/30/1954    Study: 01/08/2026 (attended, in-lab)
Lights out 22:41  Lights on 05:52   TIB 431 min   TST 324 m1n   SE 75.2%
Resp1ratory: Obstructive apneas 19 | Central 1 | Hypopneas (>=30% flow drop, >=4% desat) 43
AH1 (4% rule) ...... eleven point six (11.6) /hr     RD1 14.0 /hr
Sp02 baseline 94%, nadir 83%
   -- p.2 --
Limb movements: PLMI 4. ECG: sinus.
IMPRESS10N: Mild obstructive sleep apnea (AHI 11.6/h, 4% criteria) in a patient with hypertension.
Rec: CPAP titration vs APAP 5-15 cm H2O.          e-signed T. Adeyemi MD 01/12/2026
""")
b.doc("sleep-2026-01-15", "2026-01-15", "dr-adeyemi", "org-capital", "progress", "Sleep results visit", """
1/15/26 results visit (T. Adeyemi MD): PSG 1/8 shows AHI 11.6 (4%), mild OSA. With documented HTN (on 2 agents, uncontrolled) she meets criteria for a CPAP trial. Discussed APAP, masks, expectations, 12-week trial with download review. She agrees. Order APAP 5-15 + humidifier. BP 144/86 today.
""")
b.doc("rn-2026-01-15", "2026-01-15", "rn-pike", "org-capital", "nurse", "Nurse note", """
RN: mask fitting brochure given. Pt reports she "doesn't feel sleepy at all", motivated for BP benefit. DME: ColumbusCare Medical.
""")
BUNDLES["pm04"] = b
case("bm-cpap-02", 4, "NCD 240.4", {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"},
     [("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), ("I10", "Essential (primary) hypertension")], "2026-01-20", "approve",
     ["Observation/psg-ahi-2026-01-08", "DocumentReference/psg-2026-01-08", "Condition/htn", "DocumentReference/sleep-2025-12-09"], [],
     "Attended PSG ordered by the treating sleep physician after a clinical evaluation shows AHI 11.6/h scored with 4% hypopneas; she denies sleepiness, but documented hypertension qualifies the 5-14 band. The normal 2019 two-channel study is stale and non-qualifying.")
