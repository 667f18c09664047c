"""NCD 20.4 Implantable Cardioverter Defibrillators: be-icd-01..03."""
from chart import Chart, CPT, ICD10, LOINC, npi

SVC_ICD = {"system": CPT, "code": "33249",
           "display": "Insertion of implantable defibrillator"}


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


# ------------------------------------------------------------------------------------------------
def icd01():
    """Approve: B4 non-ischemic DCM, OMT >= 3 months computed from start dates, newer MRI LVEF."""
    c = Chart(1, "central", "ehr.prairieridge-health.example",
              "http://fhir.prairieridge-health.example/CodeSystem/local-obs")
    org = c.org("prh", "Prairie Ridge Health - Heart & Vascular", city="Larkspur Falls", state="SD")
    c.patient("Harlan", "Vik", "male", "1954-05-11", "Larkspur Falls", "SD", "57199", "605-555-0142",
              "PRH-0418832", org, extra_given="J")
    c.coverage("4TV8-QW2-MK61", "2019-05-01")
    pcp = c.prac("dr-stiegler", "Lorna", "Stiegler", "MD", "Family Medicine", npi(311402781))
    hf = c.prac("dr-marchand", "Colette", "Marchand", "MD", "Cardiology - Advanced Heart Failure", npi(311402799))
    ep = c.prac("dr-ekwueme", "Tomas", "Ekwueme", "MD", "Cardiac Electrophysiology", npi(311402810))
    np_ = c.prac("np-olsberg", "Renata", "Olsberg", "APRN, CNP", "Nurse Practitioner - Cardiology", npi(311402834))
    rad = c.prac("dr-park", "Wendell", "Park", "MD", "Radiology - Cardiovascular Imaging", npi(311402852))

    adm = c.enc("adm-2025-08-04", "IMP", "2025-08-04 21:40", "2025-08-09 11:15",
                "Inpatient admission - new-onset heart failure", participant=hf, location_org=org,
                reason="Acute decompensated heart failure, new diagnosis")
    dcm = c.cond("dcm", "I42.0", "Dilated cardiomyopathy", "2025-08-07 16:00", onset="2025-08-04",
                 recorder=hf, note="Non-ischemic; coronaries without obstructive disease on cath 08/07/2025.")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-08-09 10:00",
           onset="2025-08-04", recorder=hf)
    c.cond("gout", "M10.9", "Gout, unspecified", "2021-03-02 10:20", onset="2021-02-20", recorder=pcp)

    c.obs("lvef-2025-08-05", "10230-1", "Left ventricular Ejection fraction", "2025-08-05 10:32", 20, "%",
          performer=hf, category="imaging", method="Transthoracic echocardiogram, visual estimate",
          note="Visual estimate 15-20%. Severe global hypokinesis. LVIDd 6.4 cm.")
    c.obs("nyha-2025-09-02", "nyha", "NYHA functional class", "2025-09-02 14:05", loinc=False,
          value_text="Class III", performer=hf, category="survey")
    mri_ef = c.obs("lvef-2026-01-22", "10230-1", "Left ventricular Ejection fraction", "2026-01-22 13:50", 29, "%",
                   performer=rad, category="imaging", method="Cardiac MRI, SSFP cine short-axis stack volumetrics",
                   note="LVEDV 246 mL, LVESV 175 mL. Mid-wall septal LGE; no subendocardial/infarct-pattern LGE.")
    c.obs("nyha-2026-01-27", "nyha", "NYHA functional class", "2026-01-27 09:40", loinc=False,
          value_text="Class II", performer=hf, category="survey")
    c.obs("ntprobnp-2026-01-27", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
          "2026-01-27 08:55", 612, "pg/mL", category="laboratory", interp="H")
    c.obs("qrs-2026-02-03", "8633-1", "QRS duration", "2026-02-03 10:10", 104, "ms", category="procedure",
          performer=ep, note="12-lead ECG: sinus rhythm 68, QRS 104 ms, nonspecific IVCD, QTc 448 ms.")

    carv = c.med("carvedilol", "20352", "carvedilol", "2025-08-07 17:30", hf,
                 "25 mg by mouth twice daily (started 3.125 mg BID 08/07/2025; at 25 mg BID since 10/21/2025)",
                 reason_text="HFrEF")
    arni = c.med("sacubitril-valsartan", "1656339", "sacubitril / valsartan", "2025-08-20 11:00", hf,
                 "97 mg/103 mg by mouth twice daily (started 24/26 mg BID 08/20/2025; target dose since 11/18/2025)",
                 reason_text="HFrEF")
    c.med("spironolactone", "9997", "spironolactone", "2025-09-15 15:20", hf, "25 mg by mouth once daily",
          reason_text="HFrEF")
    c.med("empagliflozin", "1545653", "empagliflozin", "2025-09-15 15:21", hf, "10 mg by mouth once daily",
          reason_text="HFrEF")
    cath = c.proc("cath-2025-08-07", CPT, "93458",
                  "Left heart catheterization with coronary angiography", "2025-08-07 09:30", performer=hf,
                  reason=[dcm], note="No angiographically significant coronary artery disease (luminal irregularities "
                                     "only, LAD 20%). LVEDP 24 mmHg. Findings consistent with non-ischemic cardiomyopathy.")

    c.note("pcp-2026-01-09", "2026-01-09 15:25", pcp, "11506-3", "Progress note", "PCP office visit",
           """PRAIRIE RIDGE HEALTH - FAMILY MEDICINE
Progress Note    DOS 01/09/2026    Provider: Lorna Stiegler, MD

CC: R great toe pain x 4 days.

HPI: 71 y/o M with gout and cardiomyopathy here for acute R 1st MTP pain, red and swollen since Monday after a
holiday party (ham, 2 beers). Similar to flare 2023. No fever. Took ibuprofen x2 doses then remembered cardiology
told him not to.

Problem list (reviewed, carried forward):
- Cardiomyopathy - EF 20% (8/2025), followed by Dr. Marchand, cardiology. On carvedilol, Entresto, spironolactone, Jardiance.
- Gout - on allopurinol 100 mg, not taking regularly.
- Hx tobacco use, quit 1998.

ROS: no CP. Breathing "better than the summer". Ankles not swollen.

Exam: BP 112/70, HR 64, afebrile. R 1st MTP erythematous, warm, exquisitely tender. Lungs clear. No edema.

A/P:
1. Acute gout flare R 1st MTP - prednisone 30 mg daily x 5 days (NSAIDs contraindicated with his HF). Resume
   allopurinol after the flare settles, recheck urate in 6 wks.
2. Cardiomyopathy - per pt, cardiology "talking about a defibrillator". Has repeat heart MRI later this month. Defer to
   cardiology.
3. Reminded no NSAIDs.

Lorna Stiegler, MD (electronically signed 01/09/2026 16:02)
""")

    c.note("mri-2026-01-22", "2026-01-22 16:40", rad, "18748-4", "Diagnostic imaging study",
           "Cardiac MRI with and without contrast",
           """CARDIAC MRI WITH AND WITHOUT CONTRAST          Exam date: 01/22/2026
Ordering: Colette Marchand, MD          Reading: Wendell Park, MD

INDICATION: Non-ischemic dilated cardiomyopathy diagnosed 08/2025, on guideline-directed therapy. Re-assess LV
function for primary prevention ICD decision.

TECHNIQUE: 1.5T. Cine SSFP, T2 STIR, early and late gadolinium enhancement (gadobutrol 0.1 mmol/kg).

FINDINGS:
Left ventricle: dilated. LVEDV 246 mL (indexed 118 mL/m2), LVESV 175 mL. LV ejection fraction 29% (volumetric).
Global hypokinesis, septum slightly worse than lateral wall. No LV thrombus.
Late gadolinium enhancement: linear mid-wall enhancement in the basal to mid interventricular septum. No
subendocardial or transmural enhancement in a coronary distribution.
Right ventricle: normal size, RVEF 47%.
Valves: mild functional mitral regurgitation.
Pericardium: no effusion.

IMPRESSION:
1. Dilated LV with LVEF 29%, improved from the 08/2025 echocardiographic estimate (15-20%) but still severely reduced.
2. Septal mid-wall LGE, a non-ischemic pattern. No infarct-pattern scar.

Wendell Park, MD - final 01/22/2026 16:38
""")

    c.note("hf-2026-01-27", "2026-01-27 10:25", hf, "11506-3", "Progress note", "Heart failure clinic follow-up",
           """Heart Failure Clinic - Follow-up                        01/27/2026
Colette Marchand, MD

Mr. Vik returns 5 months after his index HF admission (08/04-08/09/2025, new NICM, EF 15-20%, clean coronaries).

Since last visit: walking 20 minutes most days on the treadmill at the Y, gets winded on the second flight of
stairs or carrying groceries uphill from the garage. No orthopnea/PND. No presyncope or syncope. Weight stable
at 88 kg. Had a gout flare this month, treated with prednisone by PCP.

GDMT (doses confirmed with pharmacy fill history):
- Carvedilol 25 mg BID - started 08/07/2025, target dose since 10/21/2025
- Sacubitril/valsartan 97/103 mg BID - started 08/20/2025, target since 11/18/2025
- Spironolactone 25 mg daily - since 09/15/2025
- Empagliflozin 10 mg daily - since 09/15/2025
Furosemide 20 mg PRN, used twice since November.

Exam: BP 104/66, HR 62 regular. JVP not elevated. Lungs clear. No edema.
Labs today: K 4.7, Cr 1.18, NT-proBNP 612 (was 3,840 at admission).
Cardiac MRI 01/22/2026: LVEF 29%, mid-wall septal LGE (non-ischemic).

Assessment:
Non-ischemic dilated cardiomyopathy, HFrEF, NYHA class II today (class III at the 09/2025 visit). LVEF remains
<= 35% after more than 3 months of optimal, target-dose medical therapy.

Plan:
- Continue current GDMT; BP does not allow further up-titration.
- Referral to EP (Dr. Ekwueme) for primary prevention ICD. QRS narrow, no CRT indication.
- Return 3 months.
""")

    c.note("ep-2026-02-03", "2026-02-03 11:30", ep, "11488-4", "Consult note", "Electrophysiology consultation",
           """<html><head><title>EP Consultation</title></head><body>
<h3>Cardiac Electrophysiology - New Patient Consultation</h3>
<p><b>Date:</b> 02/03/2026 &nbsp; <b>Referring:</b> Colette Marchand, MD &nbsp; <b>Consultant:</b> Tomas Ekwueme, MD</p>
<p><b>Reason:</b> Primary prevention ICD evaluation.</p>
<h4>History</h4>
<p>71-year-old man with non-ischemic dilated cardiomyopathy diagnosed 08/2025 (presented in decompensated HF; left
heart cath 08/07/2025 without obstructive CAD). Treated since then with carvedilol, sacubitril/valsartan,
spironolactone and empagliflozin, all at target or maximally tolerated doses per HF clinic. Denies syncope,
presyncope or palpitations. No history of sustained VT or cardiac arrest. 14-day patch monitor 12/2025: sinus
rhythm, PVC burden 3%, one 4-beat run of NSVT, no atrial fibrillation. No family history of sudden cardiac death.</p>
<h4>Data</h4>
<ul>
<li>Cardiac MRI 01/22/2026: LVEF 29%, non-ischemic mid-wall LGE.</li>
<li>ECG today: sinus 68 bpm, QRS 104 ms, QTc 448 ms.</li>
<li>NYHA class II per HF clinic 01/27/2026.</li>
</ul>
<h4>Assessment</h4>
<p>Non-ischemic DCM, LVEF 29% (MRI), NYHA II, on optimal medical therapy for more than 3 months (since 08-09/2025).
No CABG or PCI and no myocardial infarction. No angina and no findings that would make him a candidate for coronary
revascularization. Clinically stable, outpatient. No non-cardiac illness limiting survival to under a year; no brain
injury; no atrial fibrillation or other SVT with uncontrolled rates. QRS &lt; 130 ms, so single-chamber ICD rather than
CRT-D.</p>
<h4>Plan</h4>
<ol>
<li>Shared decision-making visit with Renata Olsberg, CNP using our ICD decision aid before scheduling.</li>
<li>If he elects to proceed: single-chamber transvenous ICD, left pectoral.</li>
</ol>
<p>Tomas Ekwueme, MD</p>
</body></html>""", html=True)

    c.note("sdm-2026-02-10", "2026-02-10 13:15", np_, "11506-3", "Progress note",
           "Shared decision-making visit - ICD",
           """Cardiology - Shared Decision-Making Encounter (ICD)          02/10/2026
Renata Olsberg, APRN, CNP (Electrophysiology)

Purpose: formal shared decision-making before first ICD implant for primary prevention, as planned by Dr. Ekwueme.

Present: patient and his wife Marlys.

Tool used: evidence-based primary prevention ICD decision aid (printed booklet with 100-person pictographs plus the
companion video, patient version). Patient and wife reviewed it in clinic for about 20 minutes before our discussion.

Discussed:
- His condition: weak heart muscle (EF 29%) despite maximal medicines; risk of sudden cardiac death over 5 years with
  and without an ICD using the pictograph numbers.
- What the ICD does and does not do (does not improve pumping or symptoms).
- Risks: infection, lead problems, inappropriate shocks, driving restrictions after shocks, eventual generator change.
- Alternatives: continue medicines alone; wearable defibrillator not needed now; revisit if EF improves further.
- Deactivation at end of life and how to request it.
Teach-back: patient correctly described benefit and main risks in his own words.

Values: "I want to be around for my grandkids. I can live with the risk of a shock."

Decision: patient chooses to proceed with a single-chamber ICD. Wife agrees. Copy of decision aid given.
Time: 40 minutes, more than half in counseling.

Renata Olsberg, APRN, CNP
""")

    c.sreq("icd-order", CPT, "33249", SVC_ICD["display"], "2026-02-17 09:05", ep,
           reason="Primary prevention - non-ischemic dilated cardiomyopathy, LVEF 29%, NYHA II",
           note="Single-chamber transvenous ICD, left pectoral. Outpatient.")

    case = {
        "id": "be-icd-01", "num": 1,
        "request": {"service": SVC_ICD,
                    "diagnoses": [dx("I42.0", "Dilated cardiomyopathy"),
                                  dx("I50.22", "Chronic systolic (congestive) heart failure")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-17",
                    "note": "Primary prevention ICD for NICM, EF 29% on MRI, on GDMT since 08/2025."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                 "evidence": ["Observation/lvef-2026-01-22", "Observation/nyha-2026-01-27",
                              "Procedure/cath-2025-08-07", "DocumentReference/hf-2026-01-27",
                              "DocumentReference/sdm-2026-02-10"],
                 "missing": [],
                 "rationale": "Branch B4 (non-ischemic DCM, no VT/VF history). LVEF 29% by cardiac MRI 01/22/2026 "
                              "(the 20% echo of 08/2025 is older), NYHA II (01/27/2026), GDMT started 08/07 and 08/20/2025 "
                              "so more than 3 months before 02/17/2026; no CABG/PCI or MI; clean coronaries so not a "
                              "revascularization candidate; stable, no exclusions; formal SDM with a CNP using an "
                              "evidence-based decision aid on 02/10/2026."},
        "criteria": [
            ["branch", "B4: severe non-ischemic dilated cardiomyopathy, no history of sustained VT/VF", "met",
             ["Procedure/cath-2025-08-07", "DocumentReference/ep-2026-02-03"]],
            ["nyha", "NYHA class II or III", "met", ["Observation/nyha-2026-01-27"]],
            ["lvef", "LVEF <= 35% measured by echo, nuclear, MRI or angiography", "met", ["Observation/lvef-2026-01-22"]],
            ["omt", "Optimal medical therapy for at least 3 months", "met",
             ["MedicationRequest/carvedilol", "MedicationRequest/sacubitril-valsartan", "DocumentReference/hf-2026-01-27"]],
            ["no-recent-revasc-mi", "No CABG/PCI within 3 months, no MI within 40 days, not a revascularization candidate",
             "met", ["DocumentReference/ep-2026-02-03"]],
            ["sdm", "Formal SDM with physician/NP/PA using an evidence-based ICD decision tool before implant", "met",
             ["DocumentReference/sdm-2026-02-10"]],
            ["general", "Clinically stable; no irreversible brain damage, <1-year non-cardiac survival, or poorly "
                        "rate-controlled SVT/AF", "met", ["DocumentReference/ep-2026-02-03"]],
        ],
        "traps": "copied-forward 'EF 20% (8/2025)' in PCP note vs newer MRI 29%; NYHA III (older) vs II (newer); "
                 "OMT duration from start dates; 4-beat NSVT is not sustained VT; gout/prednisone noise",
    }
    c._stamp = "2026-02-17 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def icd02():
    """Refer: ischemic CM with LVEF 27% but persistent AF with poorly controlled ventricular rate."""
    c = Chart(2, "eastern", "ehr.cedarhollow-med.example",
              "http://fhir.cedarhollow-med.example/CodeSystem/local-obs")
    org = c.org("chmg", "Cedar Hollow Medical Group - Cardiology", city="Millbrook Station", state="PA")
    c.patient("Raymond", "Tisdale", "male", "1948-10-02", "Millbrook Station", "PA", "17099", "717-555-0163",
              "CH-2209175", org, extra_given="Earl")
    c.coverage("7DK2-HF4-TN83", "2013-10-01")
    np_ = c.prac("np-carraway", "Jolene", "Carraway", "AGNP-C", "Nurse Practitioner - Heart Failure Clinic",
                 npi(522019384))
    ep = c.prac("dr-whitlock", "Anselm", "Whitlock", "MD", "Cardiac Electrophysiology", npi(522019402))
    cards = c.prac("dr-oduya", "Miriam", "Oduya", "MD", "Cardiology (general)", npi(522019420))
    rn = c.prac("rn-voss", "Kendra", "Voss", "RN", "Registered Nurse - cardiology triage", npi(522019437))

    c.cond("icm", "I25.5", "Ischemic cardiomyopathy", "2019-07-01 10:00", onset="2019-05-14", recorder=cards)
    c.cond("old-mi", "I25.2", "Old myocardial infarction", "2019-07-01 10:01", onset="2019-05-14", recorder=cards,
           note="Anterior STEMI 05/14/2019, primary PCI to proximal LAD.")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2019-07-01 10:02", recorder=cards)
    af = c.cond("af", "I48.19", "Other persistent atrial fibrillation", "2024-01-23 09:00", onset="2024-01-10",
                recorder=cards)
    c.cond("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", "2023-05-11 09:00", recorder=cards)

    c.obs("lvef-2026-02-26", "10230-1", "Left ventricular Ejection fraction", "2026-02-26 10:20", 27, "%",
          performer=cards, category="imaging", method="Transthoracic echocardiogram, biplane Simpson",
          note="Akinetic apex and anteroseptum. Irregular rhythm during study; EF averaged over 5 beats.")
    c.obs("nyha-2026-03-10", "nyha", "NYHA functional class", "2026-03-10 14:10", loinc=False, value_text="Class II",
          performer=np_, category="survey")
    c.obs("holter-2026-03-05", "holter-mean-vr", "Holter mean ventricular rate (48 h)", "2026-03-05 09:00",
          116, "/min", loinc=False, performer=ep, category="procedure", interp="H",
          components=[("holter-max", "Maximum ventricular rate", 171, "/min", False),
                      ("holter-min", "Minimum ventricular rate", 74, "/min", False),
                      ("holter-af-burden", "Atrial fibrillation burden", 100, "%", False),
                      ("8867-4", "Heart rate (mean, awake)", 124, "/min", True)],
          note="48-hour Holter 03/03-03/05/2026. AF throughout.")
    c.obs("hr-2026-03-17", "8867-4", "Heart rate", "2026-03-17 10:05", 122, "/min", performer=cards,
          note="Irregularly irregular, apical.")
    c.bp("bp-2026-03-17", "2026-03-17 10:05", 118, 74, performer=cards)

    c.med("metoprolol", "6918", "metoprolol succinate", "2025-11-04 10:00", cards,
          "200 mg extended-release by mouth once daily", reason_text="Rate control / HFrEF")
    c.med("digoxin", "3407", "digoxin", "2026-03-10 14:30", np_, "0.125 mg by mouth once daily",
          reason_text="AF with rapid ventricular response despite beta-blocker")
    c.med("apixaban", "1364430", "apixaban", "2024-01-23 09:30", cards, "5 mg by mouth twice daily",
          reason_text="Stroke prevention, persistent AF")
    c.med("sacubitril-valsartan", "1656339", "sacubitril / valsartan", "2025-04-08 09:30", cards,
          "49 mg/51 mg by mouth twice daily", reason_text="HFrEF")
    c.proc("pci-2019-05-14", CPT, "92928", "Coronary stent placement",
           "2019-05-14 03:20", note="Primary PCI, 1 drug-eluting stent proximal LAD for anterior STEMI.")

    c.note("holter-2026-03-05", "2026-03-05 15:40", ep, "28570-0", "Procedure note", "48-hour Holter report",
           """AMBULATORY ECG (HOLTER) REPORT - 48 HOURS
Patient: Tisdale, Raymond E     Hook-up: 03/03/2026 08:55   Removal: 03/05/2026 09:00
Ordering: Jolene Carraway, AGNP-C    Interpreting: Anselm Whitlock, MD

Indication: persistent AF, rate assessment; ischemic cardiomyopathy.

Rhythm: atrial fibrillation throughout the recording (AF burden 100%).
Ventricular rate: mean 116 bpm (awake mean 124, asleep mean 97); maximum 171 bpm at 16:42 on day 1 while
walking per diary; minimum 74 bpm at 03:10. 61% of awake beats above 110 bpm.
Ventricular ectopy: 1,840 PVCs (0.9%), 3 couplets, no ventricular tachycardia.
Pauses: none > 2.0 s.
Diary: "heart racing" x2 correlating with AF at 150-165 bpm.

Interpretation: persistent AF with inadequate ventricular rate control on metoprolol succinate 200 mg daily.
No sustained or non-sustained VT.
Anselm Whitlock, MD
""")

    c.note("hf-np-2026-03-10", "2026-03-10 14:40", np_, "11506-3", "Progress note", "Heart failure clinic visit",
           """CEDAR HOLLOW MEDICAL GROUP - HEART FAILURE CLINIC
Office visit 03/10/2026          Jolene Carraway, AGNP-C (collaborating: Miriam Oduya, MD)

S: 77 y/o M, ischemic CM (anterior STEMI 2019, LAD stent), EF 27% on echo 2/26, persistent AF since 1/2024 on
apixaban. Here to review Holter. Reports fluttery heartbeat most afternoons, home cuff readings "110 to 130" for
pulse. Gets short of breath on 2 flights of stairs, none at rest. Sleeps flat. No syncope. Adherent to meds (wife
does the pill box).

O: BP 116/72, HR 128 irregularly irregular. Wt 81.4 kg (stable). Lungs clear, trace ankle edema.
Holter 3/3-3/5: AF 100%, mean VR 116, max 171, awake mean 124.

A:
1. Persistent AF with poorly controlled ventricular rate despite metoprolol succinate 200 mg - not at goal.
   Concern that tachycardia is contributing to LV dysfunction.
2. Ischemic cardiomyopathy, HFrEF, NYHA II.
3. EP has been talking with him about a primary prevention ICD.

P:
- Add digoxin 0.125 mg daily; level and BMP in 1 week.
- Discussed with Dr. Oduya: if rates remain >110 at rest, next steps are rhythm control (cardioversion on
  apixaban +/- amiodarone) vs AV node ablation with device. Will message Dr. Whitlock - might change the device
  plan (CRT-D if AVN ablation).
- RTC 3 weeks with rate check.
""")

    c.note("sdm-2026-03-17", "2026-03-17 10:50", cards, "11506-3", "Progress note",
           "Cardiology visit - ICD shared decision making",
           """Cardiology Office Visit - 03/17/2026 - Miriam Oduya, MD

Visit purpose: shared decision-making about a primary prevention ICD before his EP procedure visit, plus rate check.

Heart rate today 122 bpm, irregular, despite digoxin started a week ago (dig level pending). BP 118/74.

Shared decision making: used the evidence-based ICD decision aid (primary prevention edition, with pictographs of
5-year outcomes per 100 similar patients). Reviewed with patient and his daughter: sudden death risk with EF 27%
after his heart attack; what the device does; risk of infection, inappropriate shocks (noted these are more
likely while AF rates are high), lead issues; option to decline. He would like to "have the protection".
Questions answered. He prefers to go ahead once EP confirms the device type.

Rate control remains inadequate; we will discuss with EP whether to proceed now or address the AF first.
Miriam Oduya, MD
""")

    c.note("ep-2026-03-19", "2026-03-19 09:35", ep, "11488-4", "Consult note", "EP procedure planning visit",
           """<html><body>
<p><b>Electrophysiology - Procedure Planning</b><br/>Anselm Whitlock, MD &mdash; 03/19/2026</p>
<p><b>Problem list / history</b> (carried forward from 11/2025 note):</p>
<ul>
<li>Ischemic cardiomyopathy, anterior STEMI 2019 s/p LAD DES</li>
<li>Atrial fibrillation, persistent - rate controlled on metoprolol</li>
<li>CKD 3a</li>
</ul>
<p><b>Interval:</b> echo 2/26/2026 LVEF 27%. No revascularization since 2019; no ischemic symptoms; nuclear stress
2024 with fixed anterior scar only. SDM completed with Dr. Oduya 3/17.</p>
<p><b>Exam:</b> HR 126, irregularly irregular. BP 114/70. Well-appearing, no distress.</p>
<p><b>Assessment/Plan:</b> Meets criteria for primary prevention ICD (prior MI, EF &le; 30%). Will schedule
single-chamber ICD. Request prior authorization.</p>
</body></html>""", html=False)

    c.note("rn-2026-03-20", "2026-03-20 16:05", rn, "34746-8", "Nurse note", "Telephone encounter",
           """Telephone encounter 03/20/2026 16:05 - Kendra Voss, RN

Wife called with home readings as asked at HF clinic. Taking metoprolol 200 and digoxin 0.125 every morning.
Home pulse readings this week (automatic cuff, sitting): 3/14 118, 3/15 124, 3/16 113, 3/17 121, 3/18 119,
3/19 127, 3/20 116. Pt reports feeling "fluttery" but no fainting, no chest pain. Breathing same.
Digoxin level 3/17 = 0.7 ng/mL (resulted).
Routed to J. Carraway NP and Dr. Oduya: rates still above goal on 2 agents.
""")

    c.sreq("icd-order", CPT, "33249", SVC_ICD["display"], "2026-03-24 08:30", ep,
           reason="Primary prevention ICD - ischemic cardiomyopathy, prior MI, LVEF 27%")

    case = {
        "id": "be-icd-02", "num": 2,
        "request": {"service": SVC_ICD,
                    "diagnoses": [dx("I25.5", "Ischemic cardiomyopathy"), dx("I25.2", "Old myocardial infarction"),
                                  dx("I50.22", "Chronic systolic (congestive) heart failure")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-24"},
        "gold": {"recommendation": "refer", "policy": "NCD 20.4",
                 "evidence": ["Observation/holter-2026-03-05", "DocumentReference/holter-2026-03-05",
                              "DocumentReference/hf-np-2026-03-10", "Observation/lvef-2026-02-26"],
                 "missing": [],
                 "rationale": "Prior MI with LVEF 27% (B2/B3) and SDM done, but the NCD excludes patients with "
                              "supraventricular tachycardia such as AF with a poorly controlled ventricular rate: Holter "
                              "mean 116 (awake 124), clinic HR 122-128 and home readings 113-127 despite metoprolol and "
                              "digoxin. The EP note's 'rate controlled' is copied forward from 11/2025. Physician review."},
        "criteria": [
            ["branch", "B2 prior MI with LVEF <= 0.30 (also B3 ischemic CM, NYHA II, LVEF <= 35%)", "met",
             ["Observation/lvef-2026-02-26", "Observation/nyha-2026-03-10"]],
            ["sdm", "Formal SDM with an evidence-based decision tool", "met", ["DocumentReference/sdm-2026-03-17"]],
            ["no-recent-revasc-mi", "No CABG/PCI within 3 months, no MI within 40 days, not a revascularization candidate",
             "met", ["Procedure/pci-2019-05-14", "DocumentReference/ep-2026-03-19"]],
            ["no-uncontrolled-svt", "No supraventricular tachycardia such as AF with poorly controlled ventricular rate",
             "not_met", ["Observation/holter-2026-03-05", "DocumentReference/hf-np-2026-03-10",
                         "DocumentReference/rn-2026-03-20"]],
        ],
        "traps": "copied-forward 'rate controlled' in EP note contradicted by Holter and HF-clinic data; LVEF qualifies; "
                 "SDM complete; exclusion buried in general criteria",
    }
    c._stamp = "2026-03-24 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def icd03():
    """Request info: ischemic CM LVEF 32% (B3 needs NYHA II/III; B2 not applicable) - NYHA never documented."""
    c = Chart(3, "mountain", "ehr.junipervalley-mc.example",
              "http://fhir.junipervalley-mc.example/CodeSystem/local-obs")
    org = c.org("jvmc", "Juniper Valley Medical Center", city="Cottonwood Mesa", state="CO")
    c.patient("Gloria", "Estrada-Pike", "female", "1952-03-19", "Cottonwood Mesa", "CO", "81699", "970-555-0117",
              "JV-7730412", org, extra_given="Ines")
    c.coverage("2GH5-RW8-PJ47", "2017-03-01")
    pcp = c.prac("dr-randell", "Heath", "Randell", "DO", "Internal Medicine", npi(633107745))
    hf = c.prac("dr-lindahl", "Sunniva", "Lindahl", "MD", "Cardiology", npi(633107763))
    pa = c.prac("pa-tillery", "Marcus", "Tillery", "PA-C", "Physician Assistant - Cardiology", npi(633107781))
    ep = c.prac("dr-qasemi", "Farid", "Qasemi", "MD", "Cardiac Electrophysiology", npi(633107799))

    c.cond("icm", "I25.5", "Ischemic cardiomyopathy", "2022-07-20 11:00", onset="2022-06-14", recorder=hf)
    c.cond("old-mi", "I25.2", "Old myocardial infarction", "2022-07-20 11:01", onset="2022-06-14", recorder=hf,
           note="NSTEMI 06/14/2022; PCI to mid RCA 06/15/2022.")
    c.cond("hhd-hf", "I11.0", "Hypertensive heart disease with heart failure", "2022-07-20 11:02", recorder=hf)
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2022-07-20 11:03", recorder=hf)
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2014-09-10 09:00", recorder=pcp)

    c.obs("lvef-2023-09-12", "10230-1", "Left ventricular Ejection fraction", "2023-09-12 09:40", 35, "%",
          performer=hf, category="imaging", method="Transthoracic echocardiogram, biplane Simpson")
    lvef = c.obs("lvef-2026-04-02", "10230-1", "Left ventricular Ejection fraction", "2026-04-02 10:15", 32, "%",
                 performer=hf, category="imaging", method="Transthoracic echocardiogram, biplane Simpson",
                 note="Inferior and inferolateral akinesis. LVIDd 6.0 cm. Mild MR.")
    c.obs("a1c-2026-03-12", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-03-12 08:20", 7.1, "%",
          category="laboratory", interp="H")
    c.bp("bp-2026-04-09", "2026-04-09 13:35", 128, 76, performer=hf)
    c.report("spect-2025-12-09", "spect-mpi", "Regadenoson SPECT myocardial perfusion imaging", "2025-12-09 14:00", [],
             "Large fixed inferior and inferolateral perfusion defect consistent with prior infarct. No reversible "
             "ischemia (SDS 1). Gated EF 31%. Low-risk for inducible ischemia; no target for revascularization.",
             performer=hf, loinc=False, category="CUS")

    c.med("carvedilol", "20352", "carvedilol", "2022-06-17 10:00", hf, "12.5 mg by mouth twice daily",
          reason_text="Ischemic cardiomyopathy")
    c.med("sacubitril-valsartan", "1656339", "sacubitril / valsartan", "2023-01-10 10:00", hf,
          "97 mg/103 mg by mouth twice daily", reason_text="HFrEF")
    c.med("dapagliflozin", "1488564", "dapagliflozin", "2024-02-06 10:00", hf, "10 mg by mouth once daily",
          reason_text="HFrEF and type 2 diabetes")
    c.med("metformin", "6809", "metformin", "2014-09-10 09:10", pcp, "1000 mg by mouth twice daily",
          reason_text="Type 2 diabetes")
    c.proc("pci-2022-06-15", CPT, "92928", "Coronary stent placement",
           "2022-06-15 13:00", note="DES x1 mid RCA for NSTEMI culprit.")

    c.note("pcp-2026-03-12", "2026-03-12 09:20", pcp, "11506-3", "Progress note", "Annual wellness / diabetes visit",
           """JUNIPER VALLEY PRIMARY CARE - Annual Wellness Visit + chronic care
03/12/2026 - Heath Randell, DO

Mrs. Estrada-Pike, 74, here for AWV and diabetes follow-up.
Diabetes: A1c 7.1 today (7.4 in Sept). Metformin 1000 BID + dapagliflozin (from cardiology). No hypoglycemia.
Feet: monofilament intact. Eye exam 11/2025 no retinopathy.
Heart: "heart doctor wants to put in a defibrillator" - she is going back and forth about it. Echo pending.
Falls screen negative. PHQ-2 = 0. Mini-Cog 5/5.
Immunizations: Shingrix #2 given today.
BP 132/78, BMI 29.4.
Plan: continue metformin; urine microalbumin; refer back to cardiology as scheduled; RTC 6 months.
""")

    c.note("echo-2026-04-02", "2026-04-02 11:05", hf, "18748-4", "Diagnostic imaging study",
           "Transthoracic echocardiogram report",
           """TRANSTHORACIC ECHOCARDIOGRAM            Study date: 04/02/2026
Interpreting physician: Sunniva Lindahl, MD      Sonographer: T. Barlow, RDCS

Indication: ischemic cardiomyopathy, ICD evaluation.
Rhythm: sinus.

LV: moderately dilated (LVIDd 6.0 cm). Inferior and inferolateral walls akinetic, remaining segments hypokinetic.
LVEF 32% by biplane Simpson's (visual 30-35%). Grade I diastolic dysfunction.
RV: normal size and function, TAPSE 1.9 cm.
Valves: mild mitral regurgitation. Aortic valve trileaflet, no stenosis.
RVSP 31 mmHg.

Conclusion: LVEF 32%, unchanged to slightly lower than 09/2023 (35%).
""")

    c.note("hf-2026-04-09", "2026-04-09 14:05", hf, "11506-3", "Progress note", "Cardiology follow-up",
           """Cardiology follow-up - 04/09/2026 - Sunniva Lindahl, MD

HPI: Here mainly for echo review and refills. Mrs. Estrada-Pike says she is "doing okay" and "does what she needs
to do". She did not want to go through the questionnaire today (KCCQ not completed). Daughter not present.
ROS: Cardiovascular - see HPI. No syncope. No chest pain.

Meds: carvedilol 12.5 BID (HR limits), Entresto 97/103 BID, dapagliflozin 10, ASA 81, atorvastatin 80, metformin.
Exam: BP 128/76, HR 61. Lungs clear. No JVD, no edema.
Data: echo 4/2/26 LVEF 32%. SPECT 12/2025 fixed inferior scar, no ischemia, not a revascularization target.
Last PCI 06/2022; no MI since.

Assessment: ischemic cardiomyopathy with persistent LVEF 32% despite GDMT > 3 years.
Plan: discussed primary prevention ICD; she is open to it. Refer to EP (Dr. Qasemi) and schedule SDM visit with
Marcus Tillery, PA-C. Continue GDMT. RTC 3 months.
""")

    c.note("sdm-2026-04-20", "2026-04-20 10:30", pa, "11506-3", "Progress note",
           "Shared decision-making - ICD",
           """Shared Decision-Making Visit - Implantable Cardioverter Defibrillator
04/20/2026 - Marcus Tillery, PA-C (supervising physician Sunniva Lindahl, MD)

Patient seen with her daughter Teresa. Tool: evidence-based ICD decision aid for primary prevention (print version
with icon arrays), reviewed page by page.

Covered: how EF 32% after her 2022 heart attack raises the risk of sudden cardiac death; expected absolute benefit
over 5 years; surgical risks (bleeding, infection ~1-2%, lead dislodgement), inappropriate shocks, driving rules,
generator change in 8-12 years, option to turn off shocks later in life. Alternative: no ICD, continue medicines.
Patient asked whether she can still use the microwave (yes) and go through airport security (card given).

Patient restated the main benefit and the main risks correctly. Decision: she wants to proceed with the ICD.
Daughter supportive. 35 minutes.
""")

    c.note("ep-2026-04-23", "2026-04-23 15:10", ep, "11488-4", "Consult note", "Electrophysiology consultation",
           """<html><body>
<h3>Electrophysiology Consultation</h3>
<p>04/23/2026 &middot; Farid Qasemi, MD &middot; referred by S. Lindahl, MD</p>
<p><b>Indication:</b> primary prevention ICD.</p>
<table border="1" cellpadding="3">
<tr><th>Item</th><th>Finding</th></tr>
<tr><td>Cardiomyopathy type</td><td>Ischemic (NSTEMI 06/2022, RCA PCI 06/15/2022)</td></tr>
<tr><td>LVEF / method</td><td>32% / TTE 04/02/2026 (biplane)</td></tr>
<tr><td>NYHA class</td><td>[not documented] &mdash; to be clarified at pre-procedure visit</td></tr>
<tr><td>Sustained VT / VF history</td><td>None</td></tr>
<tr><td>CABG/PCI in last 3 months</td><td>No (last PCI 06/2022)</td></tr>
<tr><td>MI in last 40 days</td><td>No</td></tr>
<tr><td>Revascularization candidate</td><td>No - SPECT 12/2025 fixed scar, no ischemia</td></tr>
<tr><td>Shared decision-making</td><td>Done 04/20/2026 with M. Tillery, PA-C, decision aid</td></tr>
<tr><td>QRS</td><td>96 ms, sinus rhythm</td></tr>
<tr><td>Non-cardiac life-limiting disease</td><td>None known</td></tr>
</table>
<p><b>Assessment:</b> ischemic cardiomyopathy, LVEF 32%. Single-chamber ICD appropriate if functional class
criteria are met. Patient was tired from the drive and the visit was short; functional history to be taken at the
pre-procedure visit.</p>
<p><b>Plan:</b> submit authorization; pre-procedure labs; tentative implant date 05/2026.</p>
</body></html>""", html=True)

    c.sreq("icd-order", CPT, "33249", SVC_ICD["display"], "2026-04-28 08:45", ep,
           reason="Primary prevention ICD - ischemic cardiomyopathy, LVEF 32%")

    case = {
        "id": "be-icd-03", "num": 3,
        "request": {"service": SVC_ICD,
                    "diagnoses": [dx("I25.5", "Ischemic cardiomyopathy"),
                                  dx("I50.22", "Chronic systolic (congestive) heart failure")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-28"},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.4",
                 "evidence": ["Observation/lvef-2026-04-02", "DocumentReference/ep-2026-04-23",
                              "DocumentReference/sdm-2026-04-20"],
                 "missing": ["NYHA|functional class|New York Heart Association|heart failure class"],
                 "rationale": "LVEF 32% is above the B2 threshold (<= 0.30), so the case falls under B3 (ischemic "
                              "dilated CM, NYHA II or III, LVEF <= 35%). Every other B3 element is documented (no "
                              "recent PCI/MI, not a revascularization candidate, SDM done), but no note records an NYHA "
                              "class; the EP table marks it 'not documented'. Ask for it."},
        "criteria": [
            ["branch", "B3 ischemic dilated cardiomyopathy; B2 not applicable (LVEF 32% > 0.30)", "met",
             ["Observation/lvef-2026-04-02", "Condition/old-mi"]],
            ["nyha", "NYHA class II or III", "not_documented", ["DocumentReference/ep-2026-04-23"]],
            ["lvef", "LVEF <= 35% by echo/nuclear/MRI/angiography", "met", ["Observation/lvef-2026-04-02"]],
            ["no-recent-revasc-mi", "No CABG/PCI within 3 months, no MI within 40 days, not a revascularization candidate",
             "met", ["Procedure/pci-2022-06-15", "DiagnosticReport/spect-2025-12-09"]],
            ["sdm", "Formal SDM with physician/NP/PA using an evidence-based decision tool", "met",
             ["DocumentReference/sdm-2026-04-20"]],
        ],
        "traps": "NYHA never assigned although the chart is otherwise complete; 'doing okay' and ROS 'see HPI' are not "
                 "a class; LVEF 32% vs B2's 0.30 threshold; older EF 35%",
    }
    c._stamp = "2026-04-28 17:00"
    return c, case


CASES = [icd01, icd02, icd03]
