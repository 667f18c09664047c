from fhirlib import *


def pc01():
    b = Bundle("pc01", "Delphine", "Arceneaux", "female", "1957-08-14", "NG-4471902")
    b.cond("hcm", "I42.2", "Other hypertrophic cardiomyopathy", "2019-05-03", onset="2019-04-22",
           note="Non-obstructive HCM. MYBPC3 pathogenic variant (genetic testing 05/2019).")
    b.cond("fhx-scd", "Z82.41", "Family history of sudden cardiac death", "2019-05-03",
           note="Brother died suddenly at age 44; autopsy consistent with HCM.")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2016-03-01")
    b.cond("paf", "I48.0", "Paroxysmal atrial fibrillation", "2024-11-20")
    b.cond("syncope", "R55", "Syncope and collapse", "2025-10-02", clinical="resolved", onset="2025-10-02",
           abatement="2025-10-02", category="encounter-diagnosis")
    b.enc("ed-2025-10-02", "EMER", "Emergency department visit", ts("2025-10-02", "10:40"), ts("2025-10-02", "17:15"),
          reason="Syncope")
    b.obs("lvot-2025-06-10", "2025-06-10", "LVOT peak gradient with Valsalva (TTE)", 18, "mmHg", "mm[Hg]", local="ECHO-LVOTG-VAL")
    b.obs("holter-nsvt-2025-12-03", "2025-12-03", "14-day ambulatory ECG patch: NSVT episodes", 3, "episodes", "{episodes}",
          local="AECG-NSVT-N", category="procedure", note="Longest run 9 beats at 188 bpm (11/24). No sustained VT.")
    b.obs("holter-afb-2025-12-03", "2025-12-03", "14-day ambulatory ECG patch: AF burden", 2, "%", "%", local="AECG-AFBURDEN",
          category="procedure")
    b.obs("holter-afrate-2025-12-03", "2025-12-03", "14-day ambulatory ECG patch: mean ventricular rate during AF", 74, "/min", "/min",
          local="AECG-AF-VR", category="procedure")
    b.obs("cmr-lvef-2026-01-08", "2026-01-08", "LVEF (cardiac MRI)", 66, "%", "%", loinc=L_LVEF, category="imaging",
          method="Cardiac magnetic resonance")
    b.obs("cmr-wall-2026-01-08", "2026-01-08", "Maximal LV wall thickness (cardiac MRI)", 31, "mm", "mm", local="CMR-MAXWT",
          category="imaging", note="Anteroseptum, basal-mid.")
    b.obs("cmr-lge-2026-01-08", "2026-01-08", "Late gadolinium enhancement extent, % of LV mass (cardiac MRI)", 17, "%", "%",
          local="CMR-LGE-PCT", category="imaging")
    b.obs("hr-2026-01-22", "2026-01-22", "Heart rate", 64, "/min", "/min", loinc=L_HR, category="vital-signs")
    b.obs("nyha-2026-01-22", "2026-01-22", "NYHA functional class", string="Class II", local="HF-NYHA")
    b.med("metoprolol", "6918", "metoprolol succinate", "2019-05-10", dosage="metoprolol succinate ER 100 mg by mouth once daily")
    b.med("apixaban", "1364430", "apixaban", "2024-11-22", dosage="apixaban 5 mg by mouth twice daily")
    b.med("chlorthalidone", "2409", "chlorthalidone", "2016-03-01", status="stopped", reason="Stopped 06/2019 - diuretic avoided after HCM diagnosis",
          start="2016-03-01", end="2019-06-01")

    b.note("cards-2025-06-10", ts("2025-06-10", "11:20"), "Cardiology progress note",
           "Anselm Whitcombe, MD (Cardiology)", """
CARDIOLOGY FOLLOW-UP - HCM

67 y/o F with non-obstructive hypertrophic cardiomyopathy (dx 04/2019, MYBPC3 pathogenic variant), HTN, paroxysmal AF dx 11/2024 on apixaban. Annual visit.

Interval hx: doing well. Walks ~2 mi most mornings, mild DOE on steep hills only. Denies syncope or presyncope, denies palpitations, CP, orthopnea. No AF symptoms since spontaneous conversion to sinus 11/2024.

FHx: brother d. suddenly age 44 (autopsy c/w HCM). Two adult children screened 2020 - normal echoes, gene-negative.

Exam: BP 128/76, HR 61, reg. Soft 2/6 SEM LLSB, no change w/ Valsalva. Lungs clear. No edema.

TTE today: max septal thickness 26 mm, LVOT gradient 10 mmHg rest / 18 mmHg Valsalva, LVEF 65-70%, LA 44 mm.

A/P:
1. HCM, non-obstructive. SCD risk reviewed: FHx SCD in first-degree relative is her only major risk marker at present; no unexplained syncope, no NSVT on last monitor (2023), wall < 30 mm. HCM Risk-SCD 5-yr estimate 4.1%. After discussion we agree no ICD at this time. Will obtain CMR for LGE quantification and repeat ambulatory monitor; revisit ICD question if new risk markers.
2. PAF - continue apixaban, metoprolol.
3. HTN - controlled.
RTC 12 months, sooner prn.
""", loinc=D_PROGRESS)

    b.note("ed-2025-10-02", ts("2025-10-02", "16:55"), "Emergency department note",
           "Lucas Brandvold, MD (Emergency Medicine)", """
ED PROVIDER NOTE

CC: syncope

HPI: 68F w/ hx HCM, PAF on apixaban, HTN, brought by EMS after witnessed LOC at church. Pt was walking up the front steps carrying nothing, no prodrome, "everything just went black". Husband reports she was down ~20-30 s, no tonic-clonic activity, no incontinence, woke oriented. No CP, palpitations noted before event. Last meal 2 h prior, normal fluid intake. No new meds.

ROS otherwise neg.

Exam: BP 122/70 supine, 118/72 standing (not orthostatic). HR 66. Small abrasion L forearm. Neuro nonfocal.

ECG: sinus 64, LVH w/ deep lateral TWI, QTc 452, unchanged from 06/2025. Telemetry 6 h: sinus, no arrhythmia captured.
Labs: hs-troponin 9 -> 10 ng/L, K 4.1, Mg 2.0, Hgb 13.2, glucose 104.

MDM: exertional syncope without prodrome in a pt with HCM and FHx of SCD - concerning for arrhythmic cause. Not orthostatic, no evidence of bleed, no reversible metabolic cause identified. Pt declined admission; shared plan for expedited outpatient cardiology/EP f/u within 1 week and 14-day monitor. Strict return precautions.

Dx: syncope, likely arrhythmic vs LVOT-related; HCM.
""", loinc=D_ED, encounter="Encounter/ed-2025-10-02")

    b.note("hcm-2026-01-22", ts("2026-01-22", "15:40"), "Cardiology consult - HCM program",
           "Priya Venkataraman, MD (Cardiology - Hypertrophic Cardiomyopathy Program)", """
HCM PROGRAM CONSULTATION

Referred by Dr. Whitcombe after syncope 10/02/2025 for SCD risk stratification.

HPI: 68 y/o woman with genotype-positive (MYBPC3) non-obstructive HCM. Single episode of exertional syncope without prodrome 10/02/2025 (ED w/u negative for orthostasis, bleeding, metabolic causes). Since then no recurrence; she has stopped climbing stairs at church. Mild DOE walking uphill - NYHA class II. Denies CP, orthopnea, PND. No palpitations. No AF episodes she is aware of.

PMH: HCM, HTN, PAF (dx 11/2024), osteopenia.
Meds: metoprolol succinate 100 mg daily, apixaban 5 mg bid. Chlorthalidone was stopped in 2019.
FHx: brother SCD age 44 (autopsy HCM); mother CHF in her 80s; children gene-negative.
SH: retired librarian, never smoker, rare EtOH.

Exam: BP 124/74, HR 64, SpO2 97% RA. JVP normal. 2/6 SEM LLSB. Lungs clear. No edema. Alert, oriented, conversant - no cognitive deficits.

Data reviewed:
- 14-day patch monitor (read 12/03/2025): 3 runs of NSVT, longest 9 beats at 188 bpm; AF burden 2% with mean ventricular rate during AF 74 bpm (max 112); no pauses.
- Cardiac MRI 01/08/2026: maximal wall thickness 31 mm (basal-mid anteroseptum), LVEF 66%, LGE 17% of LV mass (patchy mid-wall, septum and RV insertion points), no apical aneurysm, LVOT not obstructed at rest.
- TTE 06/2025: Valsalva LVOT gradient 18 mmHg.

Assessment:
HCM with multiple established SCD risk markers: (1) unexplained syncope within 6 months, (2) maximal wall thickness >= 30 mm, (3) extensive LGE (>= 15% LV mass), (4) NSVT on ambulatory monitoring, (5) SCD in a first-degree relative. HCM Risk-SCD 5-yr estimate now 7.9%. Note that her LVEF is preserved; EF is not a prerequisite for ICD in HCM and the EF-based primary-prevention pathways (ischemic/non-ischemic cardiomyopathy) do not apply to her. Her earlier (06/2025) decision against ICD predates the syncope, CMR and monitor findings and no longer reflects her risk.

She is clinically stable, not in heart failure decompensation, and has no non-cardiac illness limiting survival. Paroxysmal AF is infrequent with controlled ventricular rates on metoprolol.

Recommendation: primary-prevention ICD for HCM is indicated. Referred to EP for device selection (S-ICD vs transvenous single-chamber given possible future pacing needs) and for a formal shared decision-making visit using an ICD decision aid before implant. Continue metoprolol and apixaban. Family cascade screening already complete.
""", loinc=D_CONSULT)

    b.note("sdm-2026-01-29", ts("2026-01-29", "10:15"), "Electrophysiology shared decision-making visit",
           "Renata Okafor, NP (Cardiac Electrophysiology)", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>EP Clinic - Shared Decision Making</title></head>
<body>
<h2>Cardiac Electrophysiology Clinic - ICD Shared Decision-Making Encounter</h2>
<p><b>Patient:</b> Delphine Arceneaux &nbsp; <b>Date:</b> 01/29/2026 &nbsp; <b>Visit type:</b> in person, 40 minutes</p>
<p><b>Clinician:</b> Renata Okafor, NP (EP). Supervising physician: Tomasz Lindgren, MD (EP).</p>
<h3>Reason for visit</h3>
<p>Formal shared decision-making (SDM) about a primary-prevention ICD for hypertrophic cardiomyopathy, per Dr. Venkataraman's 01/22/2026 recommendation.</p>
<h3>Decision tool</h3>
<p>We used the evidence-based <i>Implantable Cardioverter-Defibrillator decision aid</i> (University of Colorado patient decision aid, print version for primary prevention). The patient reviewed it before the visit and we went through each page together; her husband attended.</p>
<h3>Discussion</h3>
<ul>
<li>Her individual risk: 5-year SCD estimate ~8% (HCM Risk-SCD) and the risk markers in her chart (syncope, wall 31 mm, LGE 17%, NSVT, brother's sudden death).</li>
<li>Benefits: ICD terminates VT/VF; expected reduction in sudden death.</li>
<li>Harms: inappropriate shocks (including from AF), infection, lead problems, generator changes, driving restrictions after shocks, psychological effects.</li>
<li>Alternatives: no device with continued surveillance; wearable defibrillator not appropriate long term.</li>
<li>Device options: subcutaneous vs transvenous single-chamber; deactivation at end of life can be requested.</li>
</ul>
<h3>Patient values and decision</h3>
<p>She values "being around for my grandchildren" and accepts the shock and infection risks. Teach-back done correctly. <b>Decision: proceed with ICD.</b> Preference for transvenous single-chamber device after discussion of possible future pacing needs.</p>
<h3>Clinical status</h3>
<table border="1"><tr><th>BP</th><th>HR</th><th>Rhythm</th><th>NYHA</th></tr>
<tr><td>126/78</td><td>62</td><td>sinus</td><td>II</td></tr></table>
<p>Plan: order single-chamber ICD; pre-procedure labs; hold apixaban 48 h pre-procedure per protocol.</p>
</body></html>""", ctype="text/html", loinc=D_PROGRESS)

    b.sr("icd-order", "2026-02-05", "Insertion of implantable defibrillator (single-chamber transvenous)", code="33249",
         requester="Tomasz Lindgren, MD (Cardiac Electrophysiology)")
    b.appt("implant-2026-02-24", ts("2026-02-05", "13:00"), ts("2026-02-24", "07:30"), "ICD implant - EP lab",
           "Tomasz Lindgren, MD (Cardiac Electrophysiology)", minutes=120)

    case = {
        "id": "bc-icd-01", "patient": "patients/pc01.json",
        "request": {"service": {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator"},
                    "diagnoses": [{"system": ICD, "code": "I42.2", "display": "Other hypertrophic cardiomyopathy"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-10",
                    "note": "Primary-prevention ICD, hypertrophic cardiomyopathy. See HCM program and EP notes."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                 "evidence": ["Condition/hcm", "Observation/cmr-lvef-2026-01-08", "DocumentReference/hcm-2026-01-22",
                              "DocumentReference/sdm-2026-01-29"],
                 "missing": [],
                 "rationale": "B5 (familial/genetic disorder: genotype-positive HCM with high-risk markers). B5 needs no LVEF threshold; LVEF 66% by cardiac MRI satisfies the 'measured by MRI' general criterion. Formal SDM with an evidence-based ICD decision tool by an NP (qualified non-physician practitioner) before implant. Clinically stable; PAF has controlled ventricular rates (not an exclusion); no life-limiting non-cardiac disease. The 06/2025 'no ICD' decision predates the new risk markers."},
    }
    traps = "normal LVEF (B5 has no EF threshold); older 'no ICD at this time' note superseded by new risk markers; AF present but rate-controlled; SDM by NP in HTML note"
    return b, case, traps


def pc02():
    b = Bundle("pc02", "Walter", "Brzezinski", "male", "1952-03-02", "NG-3308815")
    b.enc("adm-2025-09-15", "IMP", "Inpatient admission - cardiology", ts("2025-09-15", "22:10"), ts("2025-09-20", "12:00"),
          reason="New-onset heart failure, atrial fibrillation")
    b.cond("af", "I48.19", "Other persistent atrial fibrillation", "2025-09-15", onset="2025-09-15")
    b.cond("cad-ruleout", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
           "2025-09-15", clinical="inactive", verification="refuted",
           note="Provisional on admission; coronary angiography 09/18/2025 showed no obstructive or non-obstructive CAD.")
    b.cond("nicm", "I42.0", "Dilated cardiomyopathy", "2025-09-19")
    b.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-09-19")
    b.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2023-06-01")
    b.proc("cath-2025-09-18", ts("2025-09-18", "10:30"), "Left heart catheterization with coronary angiography", cpt="93458",
           note="Smooth normal coronary arteries. LVEDP 24 mmHg.", performer="Nadia Ferreira, MD (Interventional Cardiology)")
    b.obs("lvef-2025-09-16", "2025-09-16", "LVEF (transthoracic echo, biplane Simpson)", 25, "%", "%", loinc=L_LVEF, category="imaging")
    b.obs("lvef-2026-03-10", "2026-03-10", "LVEF (transthoracic echo, biplane Simpson)", 30, "%", "%", loinc=L_LVEF, category="imaging",
          note="Rhythm during study: atrial fibrillation, HR 110-130; EF averaged over 5 beats.")
    b.obs("nyha-2026-03-20", "2026-03-20", "NYHA functional class", string="II", local="HF-NYHA")
    b.obs("hr-2025-12-15", "2025-12-15", "Heart rate", 76, "/min", "/min", loinc=L_HR, category="vital-signs")
    b.obs("hr-2026-03-20", "2026-03-20", "Heart rate", 128, "/min", "/min", loinc=L_HR, category="vital-signs")
    b.obs("holter-mean-2026-03-31", "2026-03-31", "48-h Holter: mean ventricular rate (atrial fibrillation)", 118, "/min", "/min",
          local="HOLTER-MEANVR", category="procedure")
    b.obs("holter-max-2026-03-31", "2026-03-31", "48-h Holter: maximum ventricular rate", 176, "/min", "/min",
          local="HOLTER-MAXVR", category="procedure")
    b.obs("hr-2026-04-02", "2026-04-02", "Heart rate", 134, "/min", "/min", loinc=L_HR, category="vital-signs")
    b.med("carvedilol", "20352", "carvedilol", "2025-09-20", dosage="carvedilol 25 mg by mouth twice daily (titrated from 3.125 mg bid)")
    b.med("lisinopril", "29046", "lisinopril", "2025-09-20", dosage="lisinopril 10 mg by mouth daily")
    b.med("spironolactone", "9997", "spironolactone", "2025-10-14", dosage="spironolactone 25 mg by mouth daily")
    b.med("dapagliflozin", "1488564", "dapagliflozin", "2025-11-04", dosage="dapagliflozin 10 mg by mouth daily")
    b.med("apixaban", "1364430", "apixaban", "2025-09-20", dosage="apixaban 5 mg by mouth twice daily")
    b.med("digoxin", "3407", "digoxin", "2026-03-20", dosage="digoxin 0.125 mg by mouth daily")

    b.note("cards-2025-12-15", ts("2025-12-15", "09:45"), "Cardiology progress note", "Howard Feeney, MD (General Cardiology)", """
HF clinic f/u

73M w/ newly dx NICM (cath 9/18/25 normal coronaries), EF 25% (9/16/25), persistent AF, CKD 3a. Here for GDMT titration.

Feeling better. Walks dog 20 min w/o stopping; DOE w/ 2 flights. No orthopnea/PND. No palpitations.

Vitals: BP 112/68, HR 76 (AF), wt 86.2 kg (down 4 kg since d/c). 
Labs 12/10: Cr 1.38, K 4.6.

A/P:
- NICM/HFrEF, NYHA II. On carvedilol 25 bid (at target), lisinopril 10, spironolactone 25, dapagliflozin 10. Will not push ACE-I further given Cr. Repeat TTE ~3/2026 after 6 mo of GDMT, then decide re: primary-prevention ICD.
- Persistent AF: rate controlled today (76). Apixaban. Rhythm control to be considered - pt reluctant re: cardioversion, revisit.
- CKD 3a stable.
RTC 3 mo w/ echo.
""", loinc=D_PROGRESS)

    b.note("ep-2026-03-20", ts("2026-03-20", "14:20"), "Electrophysiology consult", "Sanjay Mukherjee, MD (Cardiac Electrophysiology)", """
EP CONSULT - primary prevention ICD evaluation

Referred by Dr. Feeney.

74 y/o M, non-ischemic dilated CM dx 9/2025 (normal coronaries on cath 9/18/2025), persistent AF since 9/2025, CKD 3a. GDMT since 9/20/2025: carvedilol (now 25 mg bid), lisinopril 10 mg, spironolactone 25 mg (since 10/14/25), dapagliflozin 10 mg (since 11/04/25). Repeat TTE 03/10/2026: LVEF 30%. No hx of sustained VT, VF or cardiac arrest. NYHA II.

Today: c/o more fatigue over the last 3-4 weeks, intermittent "racing". ECG: AF, ventricular rate 128, QRS 104 ms (no LBBB).

Assessment/Plan:
1. NICM, LVEF 30% after > 3 months of optimal medical therapy, NYHA II - meets criteria for primary-prevention ICD. QRS narrow, CRT not indicated by QRS criteria.
2. Shared decision-making done today with the patient and his daughter using the Colorado ICD decision aid (primary prevention version): benefits, shock/infection risks, alternatives, deactivation. He wishes to proceed.
3. AF with rapid rates today - rate control suboptimal. Start digoxin 0.125 mg daily; 48-h Holter; f/u with Dr. Feeney. Note: persistent tachycardia could be contributing to the low EF (tachy-mediated component) - reassess.
ICD order to be placed once rate control reviewed.
""", loinc=D_CONSULT)

    b.note("holter-2026-03-31", ts("2026-03-31", "16:00"), "Holter monitor report", "Howard Feeney, MD (General Cardiology)", """<html><body>
<h3>48-HOUR AMBULATORY ECG (HOLTER) REPORT</h3>
<p>Hookup 03/27/2026 10:05 - Removal 03/29/2026 10:10. Analyzed time 47 h 52 min. Indication: AF rate control assessment, NICM.</p>
<table border="1">
<tr><th>Parameter</th><th>Result</th></tr>
<tr><td>Underlying rhythm</td><td>Atrial fibrillation, 100% of monitored time</td></tr>
<tr><td>Mean ventricular rate</td><td>118 bpm</td></tr>
<tr><td>Minimum / maximum ventricular rate</td><td>71 bpm (03:40) / 176 bpm (walking, diary)</td></tr>
<tr><td>Time with ventricular rate &gt; 110 bpm</td><td>41%</td></tr>
<tr><td>Ventricular ectopy</td><td>1,904 PVCs (0.9%); 2 runs NSVT, 4 beats each, max 162 bpm</td></tr>
<tr><td>Pauses &gt; 2.5 s</td><td>None</td></tr>
</table>
<p><b>Interpretation:</b> Persistent atrial fibrillation with poorly controlled ventricular response on carvedilol 25 mg bid and digoxin (started 03/20). Brief NSVT. No sustained VT.</p>
<p>Read by Howard Feeney, MD</p>
</body></html>""", ctype="text/html")

    b.note("cards-2026-04-02", ts("2026-04-02", "11:05"), "Cardiology progress note", "Howard Feeney, MD (General Cardiology)", """
HF/AF clinic f/u

74M NICM (EF 25% -> 30% on GDMT), persistent AF, CKD 3a. Seen after Holter.

S: fatigue, palpitations with minimal exertion. DOE 1 flight. No syncope. Sleeping flat.

O: BP 104/66, HR 134 irregularly irregular, SpO2 96%. Mild JVD 9 cm. Trace ankle edema. Wt 87.0 kg.
Holter 3/27-3/29: AF 100%, mean VR 118, max 176, 41% of time > 110. Dig level 0.7.

A/P:
1. Persistent AF with poorly controlled ventricular rate despite maximally tolerated carvedilol and digoxin; BP limits further beta-blocker/CCB (and non-DHP CCB avoided with EF 30%). Amiodarone discussed - pt declines because of his brother's lung toxicity. Options reviewed: AV node ablation with biventricular pacing (+/- defibrillator) vs catheter ablation of AF. Will discuss at EP conference; rate control is inadequate at present.
2. NICM - tachycardia may be contributing; EF may improve once rate is controlled. Dr. Mukherjee's ICD request has been submitted by his office.
3. Hemodynamically stable, not in shock. Continue GDMT and apixaban.
RTC 2-3 wk.
""", loinc=D_PROGRESS)

    b.sr("icd-order", "2026-04-06", "Insertion of implantable defibrillator", code="33249", requester="Sanjay Mukherjee, MD (Cardiac Electrophysiology)")
    b.proc("avn-ablation-2026-04-28", ts("2026-04-28", "09:00"), "AV node ablation with biventricular pacemaker-defibrillator implant",
           note="Performed after AF rate control failure.", performer="Sanjay Mukherjee, MD (Cardiac Electrophysiology)")
    b.note("ep-proc-2026-04-28", ts("2026-04-28", "13:30"), "Procedure note", "Sanjay Mukherjee, MD (Cardiac Electrophysiology)", """
PROCEDURE NOTE - 04/28/2026

Procedures: 1) Biventricular pacing defibrillator implant (left bundle area/LV lead + RV defibrillator lead). 2) AV node ablation.
Indication: persistent AF with poorly controlled ventricular rates despite carvedilol and digoxin; NICM LVEF 30%.

Under moderate sedation, left axillary venous access x2. RV defibrillator lead to RV septum, R wave 11 mV, threshold 0.6 V. LV lead via CS to posterolateral branch, threshold 1.2 V. Generator in left prepectoral pocket. AV node ablation via right femoral vein with 4-mm irrigated catheter, complete heart block after 2 lesions; paced at 80 bpm (lower rate to 70 in 4 weeks).

No complications. EBL minimal. Same-day discharge planned.

Post-procedure: ventricular rate now fully paced. Follow-up device check 2 weeks; repeat echo 3 months.
""", loinc=D_PROCNOTE)

    case = {
        "id": "bc-icd-02", "patient": "patients/pc02.json",
        "request": {"service": {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator"},
                    "diagnoses": [{"system": ICD, "code": "I42.0", "display": "Dilated cardiomyopathy"},
                                  {"system": ICD, "code": "I50.22", "display": "Chronic systolic (congestive) heart failure"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-07",
                    "note": "NICM, EF 30% after >3 months GDMT, NYHA II, SDM completed 3/20. Requesting primary-prevention ICD."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.4",
                 "evidence": ["Observation/lvef-2026-03-10", "DocumentReference/ep-2026-03-20", "Observation/holter-mean-2026-03-31",
                              "DocumentReference/holter-2026-03-31", "DocumentReference/cards-2026-04-02"],
                 "missing": [],
                 "rationale": "B4 criteria appear met (NICM with normal coronaries, LVEF 30% by echo, NYHA II, GDMT since 09/2025, SDM with decision aid). But NCD 20.4 general exclusion: supraventricular tachycardia such as AF with a poorly controlled ventricular rate - Holter 03/31 mean VR 118, HR 134 on 04/02, cardiology documents poorly controlled rate. The older 12/2025 'rate controlled' note is superseded. The AV node ablation/CRT-D on 04/28 is after the request and does not exist for the case. Physician review."},
    }
    traps = "EP note asserts 'meets criteria' (B4 otherwise met); exclusion AF with poorly controlled ventricular rate in Holter HTML and later cardiology note; older 'rate controlled' note superseded; AV node ablation dated after the request"
    return b, case, traps
