from lib import Bundle, svc, dx

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---------------------------------------------------------------- ICD 01
@case
def icd01():
    b = Bundle("pp01", "http://ehr.tricountyheart.example/fhir/CodeSystem/obs-local")
    b.patient("pp01", "Raymond Tobi", "Okafor", "male", "1957-06-02", "Dayton", "OH", "TCH-4410972")
    hf = b.prac("dr-marsh", "Lena", "Marsh", "MD, Advanced Heart Failure Cardiology", "1730582214")
    ep = b.prac("dr-varghese", "Anil", "Varghese", "MD, Cardiac Electrophysiology", "1962417745")
    np_ = b.prac("np-jimenez", "Carla", "Jimenez", "APRN-CNP, Heart Failure Clinic", "1407836119")
    o = b.org("org-tch", "Tri-County Heart Institute", "Cardiology group")
    hosp = b.org("org-miami-valley", "Miami Valley Regional Hospital", "Hospital")
    e1 = b.enc("enc-adm-2025-08-14", "IMP", "Inpatient admission - new onset heart failure", "2025-08-14T22:40:00-04:00",
               "2025-08-18T13:10:00-04:00", hf, hosp, "Acute decompensated HF, new LV dysfunction")
    e2 = b.enc("enc-hf-2026-01-29", "AMB", "Heart failure clinic follow-up", "2026-01-29T09:00:00-05:00",
               "2026-01-29T09:40:00-05:00", hf, o)
    e3 = b.enc("enc-ep-2026-02-05", "AMB", "Electrophysiology consultation", "2026-02-05T13:30:00-05:00",
               "2026-02-05T14:20:00-05:00", ep, o)
    b.cond("dcm", "I42.0", "Dilated cardiomyopathy", "2025-08-18", onset="2025-08", asserter=hf,
           text="Non-ischemic dilated cardiomyopathy")
    b.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-08-18", asserter=hf)
    b.cond("cad-prov", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
           "2025-08-15", ver="refuted", clin="inactive",
           note="Entered on admission for troponin leak ?type 1 NSTEMI. LHC 8/16/25: no obstructive CAD. Refuted.")
    lv1 = b.obs("lvef-2025-08-15", ("loinc", "10230-1", "Left ventricular Ejection fraction"), "2025-08-15", 22, "%", "%",
                performer=[hosp], method="Transthoracic echo, biplane Simpson", cat="imaging")
    lv2 = b.obs("lvef-2025-11-20", ("loinc", "10230-1", "Left ventricular Ejection fraction"), "2025-11-20",
                vstr="35-40% (visual estimate, limited windows)", performer=[o], method="Limited TTE", cat="imaging",
                note="Technically difficult study. Recommend cardiac MRI for quantification.")
    lv3 = b.obs("lvef-cmr-2026-01-22", ("loinc", "10230-1", "Left ventricular Ejection fraction"), "2026-01-22",
                0.33, "fraction", "1", performer=[hosp], method="Cardiac MRI, SSFP volumetric", cat="imaging")
    b.obs("lvef-2026-03-30", ("loinc", "10230-1", "Left ventricular Ejection fraction"), "2026-03-30", 38, "%", "%",
          performer=[o], method="TTE", cat="imaging")
    b.obs("nyha-2025-08-14", ("local", "NYHA", "NYHA functional class"), "2025-08-14", vcc="Class IV", performer=[hf])
    ny = b.obs("nyha-2026-01-29", ("local", "NYHA", "NYHA functional class"), "2026-01-29",
               vcc="Class II-III", performer=[hf], enc=e2)
    b.medreq("rx-carvedilol", "20352", "carvedilol 25 MG Oral Tablet", "2025-08-18", hf,
             "25 mg by mouth twice daily (uptitrated from 3.125 mg; at 25 mg since 2025-10-06)")
    b.medreq("rx-lisinopril", "29046", "lisinopril 2.5 MG Oral Tablet", "2025-08-18", hf, "2.5 mg daily",
             status="stopped", validity=("2025-08-18", "2025-10-06"),
             note="Stopped 10/6/25 for transition to sacubitril-valsartan (36 h washout).")
    arni = b.medreq("rx-arni", None, "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "2025-10-08", hf,
                    "1 tablet twice daily", validity=("2025-10-08", None))
    b.medreq("rx-spironolactone", "9997", "spironolactone 25 MG Oral Tablet", "2025-09-22", hf, "25 mg daily")
    cath = b.dr("cath-2025-08-16", ("cpt", "93458", "Left heart catheterization with coronary angiography"), "2025-08-16",
                "Angiographically normal coronaries (LAD 10% luminal irregularity). No obstructive CAD. "
                "LVEDP 24 mmHg. Impression: non-ischemic cardiomyopathy.", performer=[hosp], cat="CTH")
    cmr = b.dr("cmr-2026-01-22", ("cpt", "75561", "Cardiac MRI with and without contrast"), "2026-01-22",
               "LVEF 0.33 (LVEDV 236 mL, LVESV 158 mL). Mid-wall septal late gadolinium enhancement; no subendocardial "
               "or transmural scar in a coronary distribution. Consistent with non-ischemic dilated cardiomyopathy.",
               results=[lv3], performer=[hosp], cat="RAD")
    b.fmh("fmh-brother", "BRO", "brother", "Sudden death at age 52 (cause not known; no autopsy)", "2026-02-05",
          note="Patient reports; no genetic testing in family.", icd=None)
    b.doc("ds-2025-08-18", "discharge", "2025-08-18T13:00:00-04:00", hf, """MIAMI VALLEY REGIONAL HOSPITAL - DISCHARGE SUMMARY
Patient: OKAFOR, RAYMOND T     MRN TCH-4410972
Admit 08/14/2025   Discharge 08/18/2025   Attending: L. Marsh MD

Principal dx: Acute systolic HF, new onset. NYHA IV on arrival (orthopnea, dyspnea at rest).
Secondary: troponin leak (peak hs-TnT 68 ng/L), initially treated as possible NSTEMI -> LHC 8/16 normal coronaries.
Echo 8/15: LVEF ~22%, global hypokinesis, LVIDd 6.7 cm.

Hospital course: IV furosemide, net -5.1 L. Started carvedilol 3.125 bid, lisinopril 2.5 daily.
Etiology workup: cath without CAD; TSH nl; iron studies nl; no ETOH hx. Likely idiopathic DCM.
Plan: GDMT titration in HF clinic; repeat imaging after 3 mo of GDMT; EP referral if EF remains <=35%.
Discharge condition: stable, euvolemic.""", "Discharge summary", enc=e1, custodian=hosp)
    b.doc("hf-2026-01-29", "progress", "2026-01-29T10:05:00-05:00", hf, """<html><body>
<h3>Heart Failure Clinic - Follow-up</h3>
<p><b>Pt:</b> Raymond Okafor, 68M &nbsp; <b>Provider:</b> Lena Marsh, MD</p>
<p><b>Interval:</b> Since October on target-ish GDMT. Gets winded after one flight of stairs or carrying groceries from the car,
has to stop and rest. No orthopnea now, no PND. No syncope or presyncope. Walks dog 10 min.</p>
<p><b>ROS (template):</b> Constitutional: negative. Respiratory: denies shortness of breath. CV: denies chest pain, palpitations.
GI: negative. All other systems reviewed and negative.</p>
<table border="1"><tr><th>Medication</th><th>Dose</th><th>Since</th></tr>
<tr><td>Carvedilol</td><td>25 mg BID</td><td>8/2025 (25 mg since 10/6/25)</td></tr>
<tr><td>Sacubitril-valsartan</td><td>49/51 mg BID</td><td>10/8/2025 (97/103 not tolerated - BP 92/58)</td></tr>
<tr><td>Spironolactone</td><td>25 mg daily</td><td>9/22/2025</td></tr>
<tr><td>Furosemide</td><td>20 mg PRN weight gain</td><td>8/2025</td></tr></table>
<p><b>Exam:</b> BP 104/64, HR 61, wt 88.2 kg (dry). JVP not elevated. No edema.</p>
<p><b>Data:</b> Limited echo 11/20/25 read as EF 35-40% by eyeball, technically difficult; CMR 1/22/26: LVEF 0.33,
mid-wall septal LGE, no infarct pattern.</p>
<p><b>Assessment:</b> NICM, HFrEF with persistent LV dysfunction after &gt;3 months of maximally tolerated GDMT.
NYHA class II-III. BP limits further ARNI titration.</p>
<p><b>Plan:</b> Refer EP for primary-prevention ICD. Continue current meds. K 4.6, Cr 1.1 today.</p>
</body></html>""", "HF clinic note", ctype="text/html", enc=e2, custodian=o)
    epn = b.doc("ep-2026-02-05", "consult", "2026-02-05T15:02:00-05:00", ep, """ELECTROPHYSIOLOGY CONSULTATION
Requesting: Dr. L. Marsh   Reason: ?primary prevention ICD

HPI: 68 y/o man with non-ischemic DCM dx 8/2025 (normal coronaries on LHC 8/16/25). On GDMT since Aug-Oct 2025
(carvedilol 25 bid, sacubitril/valsartan 49/51 bid, spironolactone 25). Class II-III sx (DOE 1 flight).
Denies syncope, near-syncope, palpitations. No hx sustained VT / VF arrest.
Holter 1/2026: sinus, 1 run NSVT 6 beats. No AF.
FHx: brother died suddenly at 52, unknown cause - no known inherited arrhythmia syndrome in family; no genetic dx.

Imaging: CMR 1/22/26 LVEF 0.33 (quantitative). Prior limited TTE 11/20/25 visually 35-40% - I defer to CMR.
ECG: SR 64, QRS 104 ms, no LBBB -> not a CRT candidate.

Other: no malignancy, Cr 1.1, no liver dz. Clinically stable outpatient, not in shock.
No revascularization indication (no CAD).

A/P: NICM, LVEF <=35% on >=3 mo GDMT, NYHA II-III -> meets guideline/CMS criteria for primary prevention
single-chamber ICD. Formal SDM visit w/ decision aid with our NP before implant. Tentative implant date after SDM.
- A. Varghese MD""", "EP consult", enc=e3, custodian=o)
    sdm = b.doc("sdm-2026-02-10", "note", "2026-02-10T11:20:00-05:00", np_, """SHARED DECISION-MAKING VISIT - ICD (primary prevention)
Clinician: Carla Jimenez, APRN-CNP    Duration: 35 min, face-to-face; patient and wife present.

Decision aid used: "Implantable Cardioverter-Defibrillator (ICD): Is an ICD right for me?" (Colorado Program
for Patient Centered Decisions, evidence-based ICD decision tool) - printed booklet reviewed page by page.
Discussed: absolute risk of SCD w/ and w/o ICD, inappropriate shocks, lead/infection complications, driving
restrictions, deactivation at end of life, option of no ICD / wearable defibrillator.
Patient values: "wants to be around for grandkids"; accepts shock risk.
Teach-back done. Decision: patient elects ICD implantation. Questions answered.""", "SDM note", custodian=o)
    b.doc("tel-2026-02-12", "phone", "2026-02-12T16:45:00-05:00", np_, """TELEPHONE ENCOUNTER
Pt called re driving after ICD - told no commercial driving; private driving restriction per EP after implant.
Also asked whether he still needs colonoscopy this year - advised to f/u w PCP. Pt also reports
"felt a little dizzy standing up fast yesterday" - no LOC. Advised hydrate, rise slowly, call if recurs.
BP at home 106/66.""", "Telephone note", custodian=o)
    case = {"id": "bp-icd-01", "patient": "patients/pp01.json",
            "request": {"service": svc("cpt", "33249", "Insertion of implantable defibrillator"),
                        "diagnoses": [dx("I42.0", "Dilated cardiomyopathy"),
                                      dx("I50.22", "Chronic systolic (congestive) heart failure")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-02-17",
                        "note": "Reconsideration of adverse determination: initial review cited 'LVEF 35-40%' from the 11/2025 limited echo. CMR 1/22/26 attached."},
            "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                     "evidence": [lv3, cmr, ny, arni, cath, epn, sdm], "missing": [],
                     "rationale": "B4 non-ischemic DCM (normal coronaries): quantitative CMR LVEF 0.33 supersedes the visual 35-40% limited echo, NYHA II-III, GDMT since Aug-Oct 2025 (>3 months), no exclusions, and a formal SDM visit with an evidence-based decision tool before the request.",
                     "first_review": "denied"}}
    return case, b


# ---------------------------------------------------------------- ICD 02
@case
def icd02():
    b = Bundle("pp02", "urn:oid:2.16.840.1.113883.3.7821.4.2")
    b.patient("pp02", "Marisol", "Quintero-Haines", "female", "1953-11-19", "Columbus", "OH", "LCH00839215")
    pcp = b.prac("dr-falk", "Oren", "Falk", "MD, Internal Medicine", "1588730226")
    cardio = b.prac("dr-raman", "Priya", "Raman", "MD, General Cardiology", "1093871505")
    ep = b.prac("dr-kell", "Thomas", "Kell", "MD, Clinical Cardiac Electrophysiology", "1265439917")
    pa = b.prac("pa-ruiz", "Jenna", "Ruiz", "PA-C, Electrophysiology", "1821157703")
    o = b.org("org-lch", "Lakeshore Community Health - Cardiology", "Cardiology group")
    b.org("org-saguaro", "Saguaro Heart Associates (Tucson, AZ)", "Outside cardiology practice")
    e1 = b.enc("enc-pcp-2026-03-10", "AMB", "New patient visit", "2026-03-10T08:20:00-05:00", None, pcp, o)
    e2 = b.enc("enc-card-2026-03-24", "AMB", "Cardiology new consult", "2026-03-24T10:00:00-04:00", None, cardio, o)
    e3 = b.enc("enc-ep-2026-04-21", "AMB", "EP consult", "2026-04-21T14:00:00-04:00", None, ep, o)
    b.cond("nicm", "I42.0", "Dilated cardiomyopathy", "2026-04-03", asserter=cardio,
           text="Non-ischemic cardiomyopathy (cath 4/2/26 non-obstructive CAD)")
    b.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2026-03-10", asserter=pcp,
           note="Per patient dx'd in Arizona 2025 ('weak heart').")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2026-03-10", asserter=pcp)
    b.cond("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", "2026-03-10", asserter=pcp, note="eGFR 52")
    for i, (rx, t) in enumerate([("20352", "carvedilol 12.5 MG Oral Tablet"),
                                 (None, "sacubitril 49 MG / valsartan 51 MG Oral Tablet"),
                                 ("9997", "spironolactone 25 MG Oral Tablet")]):
        b.medstmt(f"ms-{['carvedilol', 'arni', 'spironolactone'][i]}", rx, t, "2026-03-10", source="Patient (pill bottles)",
                  note="Brought in bottles from AZ pharmacy. Start date unknown; patient/daughter unsure.")
    b.medreq("rx-carvedilol", "20352", "carvedilol 12.5 MG Oral Tablet", "2026-03-24", cardio, "12.5 mg twice daily",
             note="Continuation of outside regimen.")
    b.medreq("rx-arni", None, "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "2026-03-24", cardio,
             "1 tab twice daily", note="Continuation of outside regimen.")
    lv = b.obs("lvef-2026-03-30", ("loinc", "10230-1", "Left ventricular Ejection fraction"), "2026-03-30", 25, "%", "%",
               performer=[o], method="TTE, biplane Simpson", cat="imaging")
    ny1 = b.obs("nyha-2026-03-24", ("local", "NYHA-CLASS", "NYHA class"), "2026-03-24", vcc="II", performer=[cardio])
    ny2 = b.obs("nyha-2026-04-21", ("local", "NYHA-CLASS", "NYHA class"), "2026-04-21", vcc="II", performer=[ep])
    echo = b.dr("echo-2026-03-30", ("cpt", "93306", "Transthoracic echocardiogram complete"), "2026-03-30",
                "Dilated LV (LVIDd 6.1 cm), LVEF 25% biplane, global hypokinesis, mild MR, RVSP 34.", results=[lv],
                performer=[o], cat="CUS")
    cath = b.dr("cath-2026-04-02", ("cpt", "93458", "Left heart catheterization with coronary angiography"),
                "2026-04-02", "Mild non-obstructive CAD (proximal LAD 30%, RCA 20%). No lesion amenable to or "
                "requiring revascularization. LV dysfunction out of proportion to CAD -> non-ischemic CM.",
                performer=[o], cat="CTH")
    b.doc("pcp-2026-03-10", "hp", "2026-03-10T09:15:00-05:00", pcp, """NEW PATIENT H&P - Oren Falk MD
CC: establish care. Moved from Tucson ~6 wks ago to live with daughter.
HPI: 72F w/ "weak heart" dx'd in Arizona last year, hospitalized there once (date unclear, "fall sometime").
Saw a cardiologist at Saguaro Heart Associates. Brought pill bottles: carvedilol 12.5 bid, Entresto 49/51 bid,
spironolactone 25 daily, furosemide 20 daily. Labels are refill labels - original start dates not shown.
Pt and daughter unsure how long she has been on each ("they kept changing them").
Mild DOE walking from parking lot. No CP. No syncope.
ROS: Gen: no fever/chills. Eyes: neg. ENT: neg. CV: see HPI. Resp: see HPI. GI: neg. GU: neg. MSK: L knee pain.
Neuro: neg. Psych: neg. (12-point ROS otherwise negative)
PE: BP 118/70 HR 66 SpO2 97% RA. Lungs clear. No JVD. Trace ankle edema.
A/P: HFrEF per hx - refer cardiology; records release signed for Saguaro Heart Associates (faxed today).
HTN controlled. CKD 3a (eGFR 52). L knee OA - Tylenol.""", "New patient H&P", enc=e1, custodian=o)
    b.doc("card-2026-03-24", "consult", "2026-03-24T11:40:00-04:00", cardio, """CARDIOLOGY CONSULT - P. Raman MD
72F transferring cardiac care from AZ. HFrEF of uncertain etiology. NYHA II (DOE > 1 block).
Meds: carvedilol 12.5 bid, sacubitril/valsartan 49/51 bid, spironolactone 25, furosemide 20 - refilled today.
"Reportedly on this regimen for a while" - no documentation. Outside records requested 3/10 and again today;
not received.
Plan: TTE; LHC to r/o ischemic etiology; continue GDMT; EP referral if EF <=35%.
BP 112/68 - no room to uptitrate today.""", "Cardiology consult", enc=e2, custodian=o)
    b.doc("tel-2026-04-08", "phone", "2026-04-08T15:10:00-04:00", pa, """Tel enc - RN/PA pool
Daughter (Ana) called back re: outside records. Saguaro Heart Associates told her the request is "in process,
10-14 business days". She does not know when the Entresto or carvedilol were first started; "she's been on
heart pills since she got sick but the doses changed a bunch". Will call pharmacy in Tucson - pharmacy
since closed (chain store). Nothing further to add. Pt feeling ok, wt stable 71.4 kg.""", "Telephone note", custodian=o)
    epn = b.doc("ep-2026-04-21", "consult", "2026-04-21T15:30:00-04:00", ep, """<html><body><h2>EP Consultation</h2>
<p>72F, non-ischemic cardiomyopathy (LHC 4/2/26 non-obstructive CAD, no revasc target), LVEF 25% (TTE 3/30/26),
NYHA class II. No syncope, no sustained VT/VF. QRS 98 ms. No AF. CKD 3a, no malignancy. Stable.</p>
<table border="1"><tr><th>Criterion (CMS)</th><th>Status</th></tr>
<tr><td>LVEF &le; 35%</td><td>25% - yes</td></tr>
<tr><td>NYHA II-III</td><td>II - yes</td></tr>
<tr><td>No CABG/PCI &lt;3 mo, MI &lt;40 d</td><td>yes</td></tr>
<tr><td>GDMT &ge; 3 months</td><td>On stable GDMT since establishing here 3/10/26; duration of therapy before transfer
unclear - to confirm from outside records</td></tr>
<tr><td>SDM</td><td>with PA Ruiz, to be scheduled</td></tr></table>
<p>Plan: primary prevention ICD once criteria confirmed. SDM visit next week.</p></body></html>""",
                  "EP consult", ctype="text/html", enc=e3, custodian=o)
    sdm = b.doc("sdm-2026-04-28", "note", "2026-04-28T10:30:00-04:00", pa, """SHARED DECISION MAKING - ICD
Clinician: Jenna Ruiz PA-C (EP). Patient + daughter.
Tool: Patient Decision Aid 'ICD: Is it right for me?' (evidence-based ICD decision tool, printed + video).
Reviewed benefit (reduction in sudden death), risks (infection, lead problems, shocks incl. inappropriate),
alternatives (continue meds alone, LifeVest), end-of-life deactivation. Teach-back completed.
Patient decision: proceed with ICD. She asked that we "make sure the insurance has everything".""",
                  "SDM note", custodian=o)
    b.doc("outside-2026-05-14", "note", "2026-05-14T09:02:00-04:00", cardio, """FAX RECEIVED 05/14/2026 09:02 FROM SAGUARO HEART ASSOC  P.1/6
*** OUTSIDE RECORDS - scanned ***
Medication history: carvedilol started 10/2025 (titrated to 12.5 bid 12/2025); sacubitril/valsartan started 11/2025;
spironolactone started 12/2025. Last TTE 10/2025 LVEF 25-30%.
[remaining pages: lab flowsheets]""", "Outside records (fax)", custodian=o)
    case = {"id": "bp-icd-02", "patient": "patients/pp02.json",
            "request": {"service": svc("cpt", "33249", "Insertion of implantable defibrillator"),
                        "diagnoses": [dx("I42.0", "Dilated cardiomyopathy"),
                                      dx("I50.22", "Chronic systolic (congestive) heart failure")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-05-06",
                        "note": "Primary prevention ICD, NICM EF 25%, NYHA II, on GDMT. SDM done 4/28."},
            "gold": {"recommendation": "request_info", "policy": "NCD 20.4",
                     "evidence": [lv, cath, ny2, epn, sdm],
                     "missing": ["medical therapy|GDMT|OMT|medication start|medication history|therapy duration|outside records|3 months|three months"],
                     "rationale": "B4 non-ischemic branch: LVEF 25%, NYHA II, SDM with a decision tool and no exclusions are documented, but the record only shows GDMT since 3/10/26 (<3 months) and is silent on how long she was treated before transfer; the outside medication history arrived after the request date and does not count.",
                     "first_review": "approved"}}
    return case, b


# ---------------------------------------------------------------- CPAP 03
@case
def cpap03():
    b = Bundle("pp03", "http://fhir.northfield-clinic.example/CodeSystem/results")
    b.patient("pp03", "Glenn Arthur", "Pruitt", "male", "1949-02-11", "Northfield", "MN", "NFC-220517")
    pcp = b.prac("dr-olsen", "Karin", "Olsen", "MD, Family Medicine", "1386690451")
    sleep = b.prac("dr-adeyemi", "Tunde", "Adeyemi", "MD, Sleep Medicine (ABIM)", "1477201364")
    rn = b.prac("rn-hart", "Melissa", "Hart", "RN, Sleep Center", "1205883410")
    o = b.org("org-nfc", "Northfield Clinic", "Multispecialty clinic")
    dme = b.org("org-restwell", "Restwell Home Medical Supply", "DME supplier")
    e1 = b.enc("enc-pcp-2026-01-20", "AMB", "Office visit", "2026-01-20T10:00:00-06:00", None, pcp, o)
    e2 = b.enc("enc-sleep-2026-02-03", "AMB", "Sleep medicine consult", "2026-02-03T08:30:00-06:00", None, sleep, o)
    e3 = b.enc("enc-pcp-2026-02-24", "AMB", "Office visit", "2026-02-24T11:15:00-06:00", None, pcp, o)
    b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-02-24", asserter=pcp,
           note="Per 'home sleep test' 2/12/26.")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2019-05-02", asserter=pcp)
    b.cond("snore", "R06.83", "Snoring", "2026-01-20", asserter=pcp)
    b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2017-03-10", asserter=pcp)
    ess = b.obs("ess-2026-01-20", ("local", "ESS", "Epworth Sleepiness Scale total"), "2026-01-20", 12, "{score}",
                "{score}", performer=[pcp], cat="survey")
    b.obs("bp-2026-01-20", ("loinc", "85354-9", "Blood pressure panel"), "2026-01-20", performer=[pcp],
          cat="vital-signs", comps=[("loinc", "8480-6", "Systolic blood pressure", 148, "mm[Hg]", "mm[Hg]"),
                                    ("loinc", "8462-4", "Diastolic blood pressure", 88, "mm[Hg]", "mm[Hg]")])
    ahi_tx = b.obs("ahi-2026-02-12", ("local", "SLEEP-AHI", "Sleep study AHI"), "2026-02-12", 22.4, "/h", "/h",
                   performer=[pcp], cat="procedure", note="Transcribed by PCP office from Restwell report 2/12/26.")
    odi = b.obs("oxi-2026-02-12", ("local", "ONO", "Overnight oximetry"), "2026-02-12", performer=[dme],
                cat="procedure", comps=[("local", "ODI4", "Oxygen desaturation index (4%)", 22.4, "/h", "/h"),
                                        ("local", "SPO2-NADIR", "SpO2 nadir", 79, "%", "%"),
                                        ("local", "T88", "Time SpO2 <= 88%", 14, "min", "min"),
                                        ("local", "CHAN", "Channels recorded", "SpO2, pulse rate (2)", None, None)])
    b.devreq("dr-cpap", "E0601", "Continuous positive airway pressure (CPAP) device", "2026-02-24", pcp,
             note="APAP 5-15 cmH2O, heated humidifier, nasal pillows.")
    b.appt("appt-psg", "Attended polysomnography (sleep lab)", "2026-02-03", "2026-02-17T20:30:00-06:00", "noshow",
           [sleep])
    b.doc("pcp-2026-01-20", "progress", "2026-01-20T10:50:00-06:00", pcp, """SUBJECTIVE: 76M here w/ wife. Loud snoring x yrs, wife has seen him "stop breathing" at night. Tired in
afternoons, dozes watching TV. ESS 12. No AM headaches. HTN on amlodipine + lisinopril.
OBJECTIVE: BP 148/88. BMI 31.8. Neck 17.5 in. Mallampati IV.
A/P: suspected OSA -> referral sleep medicine for eval/testing. Wife uses CPAP herself, "he can borrow hers" -
advised not to. HTN above goal - recheck 4 wks.""", "PCP progress note", enc=e1, custodian=o)
    b.doc("sleep-2026-02-03", "consult", "2026-02-03T09:40:00-06:00", sleep, """SLEEP MEDICINE CONSULTATION - T. Adeyemi MD
Reason: snoring, witnessed apneas. Clinical evaluation: ESS 12, BMI 31.8, neck 17.5", crowded airway, HTN.
Also on chronic tramadol for back pain; COPD questioned in past (no PFTs).
Pretest probability of moderate-severe OSA high; given opioid use and possible lung disease, attended in-lab
PSG preferred over home testing.
PLAN: in-lab split-night PSG scheduled 2/17/26. Discussed that a diagnostic sleep test is required before PAP.""",
          "Sleep consult", enc=e2, custodian=o)
    rep = b.doc("oxi-2026-02-12", "note", "2026-02-13T08:05:00-06:00", dme, """RESTWELL HOME MEDICAL SUPPLY        0vernight 0ximetry Rep0rt
---------------------------------------------------------------
Patient: PRUITT, GLENN       DOB 02/11/1949      Ordered by: K. 0lsen MD
Recording: 02/12/2026 22:14 - 02/13/2026 05:51   Dur 7h 37m
Device: wrist oximeter WO-200   Channels recorded: Sp02 , Pulse Rate
---------------------------------------------------------------
Sp02 baseline 93 %      mean 91 %      nadir 79 %
0DI (4%) ...... 22.4 /hr          T<=88% ..... 14 min
Pulse mean 68 bpm
---------------------------------------------------------------
C0MMENT: This is a screening 0ximetry study performed by the supplier.
0ximetry alone d0es n0t measure airflow or effort and is n0t a
diagn0stic sleep study. Clinical c0rrelati0n recommended.
[scanned - page 1 of 1]""", "Overnight oximetry report (scanned)", custodian=dme)
    tel = b.doc("tel-2026-02-18", "phone", "2026-02-18T13:20:00-06:00", rn, """Sleep Center - telephone note
Pt no-showed PSG 2/17. Called pt. States "I am not sleeping in a lab with wires glued on me." Offered home sleep
apnea test (type III, mailed device) instead - pt declines that as well: "already did the finger thing for Dr. Olsen,
that's enough". Explained that the oximetry is not a sleep apnea test and insurance requires a sleep study for CPAP.
Pt firmly declined any further sleep testing. Dr. Adeyemi notified.""", "Telephone note", custodian=o)
    b.doc("pcp-2026-02-24", "progress", "2026-02-24T11:55:00-06:00", pcp, """F/u snoring. HST (Restwell 2/12) showed AHI 22 -> moderate OSA. Pt doesn't want lab study.
Will order APAP 5-15 through Restwell. BP 142/84 - continue meds.
Dx: OSA (G47.33), HTN.""", "PCP progress note", enc=e3, custodian=o)
    add = b.doc("sleep-addendum-2026-03-02", "note", "2026-03-02T17:40:00-06:00", sleep, """ADDENDUM to sleep consult of 2/3/26 - T. Adeyemi MD
Reviewed Restwell 2/12/26 study at PCP's request: this was 2-channel overnight pulse oximetry (SpO2 + pulse)
performed by the DME supplier. The "22.4" is an oxygen desaturation index, not an AHI. It is not a PSG or an HSAT
and does not establish the diagnosis of OSA or an AHI/RDI. Patient has declined both in-lab PSG and HSAT (see
2/18 note). I am unable to support a PAP order without a diagnostic sleep test. Will gladly re-offer testing.""",
                "Sleep medicine addendum", custodian=o, relates="DocumentReference/sleep-2026-02-03")
    case = {"id": "bp-cpap-03", "patient": "patients/pp03.json",
            "request": {"service": svc("hcpcs", "E0601", "Continuous positive airway pressure (CPAP) device"),
                        "diagnoses": [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-03-10",
                        "note": "Home sleep test AHI 22. HTN. Pt declines lab study."},
            "gold": {"recommendation": "refer", "policy": "NCD 240.4",
                     "evidence": [rep, odi, tel, add],
                     "missing": [],
                     "rationale": "The only test is 2-channel overnight oximetry done by the DME supplier (an ODI, not an AHI), which is not a PSG or qualifying HST; the patient has declined PSG and HSAT, so no positive covered sleep test exists or is pending.",
                     "first_review": "approved"}}
    return case, b


# ---------------------------------------------------------------- CPAP 04
@case
def cpap04():
    b = Bundle("pp04", "http://ehr.cedarvalley.example/fhir/CodeSystem/lab-local")
    b.patient("pp04", "Yvette", "Marchetti-Lowe", "female", "1958-08-30", "Cedar Rapids", "IA", "CV-9038812")
    pcp = b.prac("dr-nguyen", "Bao", "Nguyen", "DO, Family Medicine", "1639218840")
    sleep = b.prac("dr-kowalczyk", "Agnes", "Kowalczyk", "MD, Sleep Medicine", "1851402296")
    tech = b.prac("rpsgt-bell", "Darnell", "Bell", "RPSGT, Sleep Lab", "1700994133")
    o = b.org("org-cv", "Cedar Valley Medical Group", "Clinic")
    lab = b.org("org-cvsleep", "Cedar Valley Sleep Disorders Center", "AASM-accredited sleep laboratory")
    e1 = b.enc("enc-pcp-2025-11-04", "AMB", "Annual wellness visit", "2025-11-04T09:00:00-06:00", None, pcp, o)
    e2 = b.enc("enc-sleep-2026-03-17", "AMB", "Sleep medicine new patient", "2026-03-17T13:00:00-05:00", None, sleep, lab)
    e3 = b.enc("enc-psg-2026-04-09", "AMB", "Attended polysomnography", "2026-04-09T21:00:00-05:00",
               "2026-04-10T05:30:00-05:00", tech, lab)
    e4 = b.enc("enc-sleep-2026-05-12", "AMB", "Sleep medicine follow-up", "2026-05-12T10:20:00-05:00", None, sleep, lab)
    b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-05-12", asserter=sleep)
    b.cond("dep", "F32.A", "Depression, unspecified", "2025-11-04", asserter=pcp, note="PHQ-9 11.")
    b.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2014-06-11", asserter=pcp)
    b.cond("elev-bp", "R03.0", "Elevated blood-pressure reading, without diagnosis of hypertension", "2025-11-04",
           asserter=pcp)
    b.medreq("rx-sertraline", "36437", "sertraline 50 MG Oral Tablet", "2025-11-04", pcp, "50 mg daily")
    b.medreq("rx-levo", "10582", "levothyroxine 0.088 MG Oral Tablet", "2014-06-11", pcp, "88 mcg daily")
    b.obs("ahi-2018-07-22", ("local", "AHI4", "AHI (hypopnea >=4% desat)"), "2018-07-22", 4.2, "/h", "/h",
          performer=[lab], cat="procedure", note="Prior PSG 2018 (different lab); no therapy recommended.")
    ess1 = b.obs("ess-2026-03-17", ("local", "ESS", "Epworth Sleepiness Scale"), "2026-03-17", 14, "{score}",
                 "{score}", performer=[sleep], cat="survey")
    b.obs("ess-2026-05-12", ("local", "ESS", "Epworth Sleepiness Scale"), "2026-05-12", 15, "{score}", "{score}",
          performer=[sleep], cat="survey")
    ahi = b.obs("psg-2026-04-09", ("local", "PSG-SUM", "Polysomnography summary"), "2026-04-09", performer=[lab],
                cat="procedure", comps=[("local", "TST", "Total sleep time", 354, "min", "min"),
                                        ("local", "AHI3A", "AHI (hypopnea >=3% or arousal, AASM)", 18.6, "/h", "/h"),
                                        ("local", "AHI4", "AHI (hypopnea >=4% desat, CMS)", 11.3, "/h", "/h"),
                                        ("local", "NADIR", "SpO2 nadir", 84, "%", "%")])
    b.obs("tsh-2026-03-17", ("loinc", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-03-17", 2.1,
          "m[IU]/L", "m[IU]/L", performer=[o], cat="laboratory")
    psgr = b.dr("psg-report-2026-04-09", ("cpt", "95810", "Polysomnography, attended, 4+ parameters"), "2026-04-09",
                "Mild obstructive sleep apnea by CMS hypopnea criteria (AHI4 11.3/h; AASM AHI 18.6/h). "
                "Supine-predominant. Recommend CPAP.", results=[ahi], performer=[sleep], cat="NRS",
                issued="2026-04-14")
    b.devreq("dr-cpap", "E0601", "CPAP device", "2026-05-12", sleep, note="APAP 6-14 cmH2O, heated humidifier")
    b.doc("pcp-2025-11-04", "progress", "2025-11-04T09:55:00-06:00", pcp, """ANNUAL WELLNESS VISIT
ROS: [x] Constitutional: denies fatigue, daytime sleepiness, wt change  [x] HEENT neg  [x] CV neg
[x] Resp neg  [x] GI neg  [x] GU neg  [x] Psych: +low mood
(ROS carried forward from 10/2024 visit; reviewed)
PHQ-9 = 11 (moderate). Starting sertraline 50.
BP 138/86, repeat 136/84 - elevated reading, no dx of HTN; home BP log requested.
Hypothyroid on levo, TSH due.
Husband mentions snoring "like a freight train" - discussed sleep referral, pt wants to wait.""",
          "Annual wellness visit", enc=e1, custodian=o)
    cons = b.doc("sleep-2026-03-17", "hp", "2026-03-17T14:10:00-05:00", sleep, """SLEEP MEDICINE NEW PATIENT - A. Kowalczyk MD
Referred by Dr. Nguyen. 67F.
Sleep hx: habitual loud snoring, husband witnesses apneas and gasping. Nocturia x2. Morning headaches 3x/wk.
Daytime: EXCESSIVE DAYTIME SLEEPINESS - dozes at red lights (has stopped driving alone on highway), fell asleep
in church twice last month, naps daily 1-2 h and still unrefreshed. ESS 14/24.
Mood: depression on sertraline since 11/2025, partly improved.
Exam: BMI 33.4, neck 15.5", Mallampati III, retrognathia.
TSH 2.1 today (euthyroid on levothyroxine) - not explaining sleepiness.
Prior PSG 2018 elsewhere AHI 4, no rx.
Impression: suspected OSA with excessive daytime sleepiness.
Plan: attended diagnostic PSG. Drowsy driving counseling given.""", "Sleep medicine H&P", enc=e2, custodian=lab)
    b.doc("psg-2026-04-09", "procedure", "2026-04-14T16:00:00-05:00", sleep, """<html><body>
<h3>Cedar Valley Sleep Disorders Center - Diagnostic Polysomnogram</h3>
<p>Study date 04/09/2026. Attended, in-lab, Type I. Ordered by A. Kowalczyk MD. Technologist: D. Bell RPSGT.</p>
<table border="1">
<tr><td>Total recording time</td><td>7 h 58 min</td></tr>
<tr><td>Total sleep time</td><td>354 min (5.9 h)</td></tr>
<tr><td>Sleep efficiency</td><td>74%</td></tr>
<tr><td>Obstructive apneas / central / mixed</td><td>23 / 1 / 0</td></tr>
<tr><td>Hypopneas (&ge;30% flow + &ge;4% desat)</td><td>43</td></tr>
<tr><td>Hypopneas (&ge;30% flow + &ge;3% desat or arousal)</td><td>86</td></tr>
<tr><td><b>AHI, 4% rule (CMS)</b></td><td><b>11.3 /h</b></td></tr>
<tr><td>AHI, 3%/arousal rule (AASM)</td><td>18.6 /h</td></tr>
<tr><td>SpO2 nadir</td><td>84%</td></tr></table>
<p><b>Interpretation:</b> Mild OSA by CMS criteria (AHI 11.3/h), moderate by AASM 3% scoring. In the setting of
documented excessive daytime sleepiness, CPAP is recommended. - A. Kowalczyk MD</p></body></html>""",
          "PSG report", ctype="text/html", enc=e3, custodian=lab)
    fu = b.doc("sleep-2026-05-12", "progress", "2026-05-12T11:00:00-05:00", sleep, """F/U - PSG results
Reviewed PSG: AHI 11.3 (4%). Still very sleepy, ESS 15. Had a near miss on Hwy 30 last week - not driving until
treated. BP 142/90 today (no HTN dx; PCP following home readings).
A/P: OSA, mild by CMS scoring, with excessive daytime sleepiness -> APAP 6-14 with humidifier, 12-week trial,
download at 4-6 wks. Mask fitting at DME. Drowsy driving counseling repeated.""", "Sleep follow-up", enc=e4,
                custodian=lab)
    b.doc("setup-2026-06-15", "nurse", "2026-06-15T10:00:00-05:00", tech, """CPAP SET-UP / EDUCATION
Device delivered and set up; pt educated on mask, cleaning, humidifier. Returned demo. First night tonight.""",
          "CPAP set-up note", custodian=lab)
    case = {"id": "bp-cpap-04", "patient": "patients/pp04.json",
            "request": {"service": svc("hcpcs", "E0601", "Continuous positive airway pressure (CPAP) device"),
                        "diagnoses": [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-06-02",
                        "note": "Appeal of denial 5/20/26 ('AHI <15, no hypertension'). Pt has EDS - see sleep notes."},
            "gold": {"recommendation": "approve", "policy": "NCD 240.4",
                     "evidence": [ahi, psgr, ess1, cons, fu],
                     "missing": [],
                     "rationale": "Initial 12-week coverage: attended PSG after a clinical evaluation shows AHI 11.3/h with the NCD's 4% hypopnea rule (5-14 band), and excessive daytime sleepiness is documented (ESS 14-15, dozing while driving); the carried-forward ROS negation and absent hypertension do not defeat the symptom pathway.",
                     "first_review": "denied"}}
    return case, b
