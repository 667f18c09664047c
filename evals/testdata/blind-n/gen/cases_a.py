from fhir import *

LVEF = ("10230-1", "Left ventricular Ejection fraction")
L = LOCAL


def case(cid, pat, service, diags, date, rec, policy, evidence, missing, rationale, note=None, urgency="standard"):
    svc_sys, svc_code, svc_disp = service
    c = {"id": cid, "patient": f"patients/{pat}.json",
         "request": {"service": {"system": svc_sys, "code": svc_code, "display": svc_disp},
                     "diagnoses": [{"system": ICD, "code": c_, "display": d_} for c_, d_ in diags],
                     "payer": "medicare", "urgency": urgency, "date": date},
         "gold": {"recommendation": rec, "policy": policy, "evidence": evidence, "missing": missing,
                  "rationale": rationale}}
    if note: c["request"]["note"] = note
    return c


# ---------------------------------------------------------------- ICD 01
def icd01():
    b = Bundle("pn01"); P = "pn01"
    b.org("org-stmarks", "St. Mark's Regional Medical Center", "prov")
    b.org("org-heartrhythm", "Lakeshore Heart Rhythm Associates", "prov")
    b.prac("dr-vasquez", "Vasquez", "Elena", "Dr.", "MD, Cardiac Electrophysiology", "1538211904")
    b.prac("dr-obi", "Obi", "Chinedu", "Dr.", "MD, Hospital Medicine", "1629470011")
    b.prac("dr-lindqvist", "Lindqvist", "Per", "Dr.", "MD, Interventional Cardiology", "1407893326")
    b.prac("rn-mackey", "Mackey", "Dana", "", "RN, Cardiology clinic", "1992003345")
    b.patient(P, "Quintero", "Harold J", "male", "1958-09-02", "org-stmarks", "dr-obi")
    b.enc("enc-adm-2026-01-18", "IMP", "Inpatient admission - telemetry", "2026-01-18", P, "2026-01-24",
          ["dr-obi", "dr-vasquez"], "org-stmarks", "Wide complex tachycardia")
    b.cond("dx-vt", "I47.2", "Ventricular tachycardia", "2026-01-18", P, recorder="dr-vasquez", onset="2026-01-18",
           note="Sustained monomorphic VT, RBBB/superior axis, required DCCV.")
    b.cond("dx-nstemi-prov", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "2026-01-18", P,
           clinical="resolved", ver="refuted", recorder="dr-obi",
           note="Provisional ED dx. Refuted 01/21: no culprit lesion at cath, CMR without edema/acute LGE; troponin leak attributed to VT/DCCV.")
    b.cond("dx-oldmi", "I25.2", "Old myocardial infarction", "2026-01-21", P, recorder="dr-lindqvist",
           note="Remote silent inferior MI (CTO RCA with collaterals, inferior transmural scar on CMR).")
    b.cond("dx-hypok", "E87.6", "Hypokalemia", "2026-01-18", P, clinical="resolved", recorder="dr-obi", abatement="2026-01-19")
    b.obs("trop-2026-01-18a", "10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "2026-01-18T03:10:00Z", P, 0.09, "ng/mL", "ng/mL", performer="Organization/org-stmarks")
    b.obs("trop-2026-01-18b", "10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "2026-01-18T09:40:00Z", P, 0.21, "ng/mL", "ng/mL", performer="Organization/org-stmarks", note="post-cardioversion")
    b.obs("k-2026-01-18", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-01-18T03:10:00Z", P, 3.3, "mmol/L", "mmol/L", performer="Organization/org-stmarks", interp="Low")
    b.obs("k-2026-01-22", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-01-22T06:00:00Z", P, 4.4, "mmol/L", "mmol/L", performer="Organization/org-stmarks")
    b.obs("lvef-echo-2026-01-18", *LVEF, "2026-01-18", P, string="35-40% (visual estimate, limited windows, tachycardic at time of study)", cat="imaging", performer="Practitioner/dr-lindqvist", method="Transthoracic echocardiography")
    b.obs("lvef-cmr-2026-01-21", *LVEF, "2026-01-21", P, 41, "%", "%", cat="imaging", performer="Practitioner/dr-lindqvist", method="Cardiac MRI (SSFP volumetrics)")
    b.proc("cath-2026-01-19", "93458", "Left heart catheterization with coronary angiography", "2026-01-19", P, "dr-lindqvist",
           note="Chronic total occlusion mid RCA with well-developed L->R collaterals; LAD/LCx mild luminal irregularities. No culprit lesion, no intervention. Not a revascularization candidate.")
    b.proc("eps-2026-01-22", "93620", "Comprehensive electrophysiologic evaluation with induction of arrhythmia", "2026-01-22", P, "dr-vasquez",
           note="Sustained monomorphic VT (CL 310 ms) induced with 2 extrastimuli from RVA; same morphology as clinical VT; terminated with ATP.")
    b.medreq("rx-metop", "6918", "metoprolol succinate", "2026-01-20", P, "dr-obi", dose="50 mg PO daily")
    b.medreq("rx-atorva", "83367", "atorvastatin", "2026-01-20", P, "dr-obi", dose="80 mg PO nightly")
    b.medreq("rx-kcl", "8591", "potassium chloride", "2026-01-18", P, "dr-obi", status="completed", dose="40 mEq PO x2 doses")
    hp = """ST. MARK'S REGIONAL - HOSPITAL MEDICINE ADMISSION H&P
Date of service: 01/18/2026 04:55
CC: "heart racing, nearly passed out"

HPI: 67M, no known cardiac hx, presented by EMS with palpitations and near-syncope while shoveling snow. EMS strip: regular wide complex tachycardia ~190/min. In ED became hypotensive (SBP 78), synchronized DCCV 150 J x1 -> sinus rhythm. Episode duration on monitor approx 6 minutes.
Troponin I 0.09 -> 0.21 ng/mL. K 3.3.

ROS: + palpitations, + lightheadedness. Denies chest pain. Denies prior syncope. No seizure activity.

Assessment/Plan:
1. Sustained wide complex tachycardia, likely VT - s/p DCCV. Cards/EP consulted.
2. NSTEMI vs demand - troponin rising. Heparin gtt per cards, cath in AM.
3. Hypokalemia - replete, recheck.
-- D. Obi MD
"""
    b.doc("hp-2026-01-18", "hp", "2026-01-18", P, "dr-obi", hp, encounter="enc-adm-2026-01-18", desc="Admission H&P")
    ep = """ELECTROPHYSIOLOGY PROCEDURE NOTE / CONSULT ADDENDUM
01/22/2026  E. Vasquez, MD (EP)

Indication: sustained monomorphic VT 01/18 requiring DCCV.

Data reviewed:
- Cath 01/19 (Dr Lindqvist): chronic RCA CTO w/ collaterals, no acute lesion, no PCI.
- CMR 01/21: LVEF 41%, inferior/inferolateral transmural LGE c/w old infarct; NO myocardial edema on T2 -> not an acute MI.
- K 4.4 this AM (3.3 on arrival).

EPS: RVA drive 600 ms + 2 extrastimuli induced sustained monomorphic VT CL 310 ms, identical morphology to the clinical tracing (RBBB, superior axis). Hemodynamically unstable, terminated with ATP.

Impression: scar-mediated reentrant VT from old inferior infarct. The mildly low potassium on arrival is NOT an adequate explanation - VT reproducibly induced with normal K. Troponin leak is consistent with prolonged VT + shock. No transient or reversible cause identified. The initial NSTEMI label has been removed from the problem list.

Recommendation: secondary-prevention ICD. (Shared decision-making tool not required for this indication; we nonetheless reviewed risks/benefits and he wishes to proceed.) Anticipate single-chamber device, outpatient.
"""
    b.doc("ep-note-2026-01-22", "consult", "2026-01-22", P, "dr-vasquez", ep, encounter="enc-adm-2026-01-18", desc="EP procedure note / consult addendum", org="org-heartrhythm")
    dc = """DISCHARGE SUMMARY
Admit 01/18/2026  Discharge 01/24/2026   Attending: C. Obi MD

Discharge diagnoses (copied from problem list at admission - see hospital course):
 - Ventricular tachycardia
 - NSTEMI
 - Hypokalemia, resolved

Hospital course: Presented in sustained VT requiring cardioversion. Troponin peaked 0.21. Cath without culprit lesion (chronic RCA occlusion). CMR: EF 41%, old inferior scar, no acute injury -> NSTEMI ruled out, troponin attributed to VT/DCCV. EPS 01/22 reproduced his clinical VT. EP recommends ICD, to be placed as outpatient in February. Stable on telemetry x 48 h without recurrence on metoprolol. Ambulating, BP 118/70, no shock physiology.

Follow-up: EP clinic 2 weeks.
"""
    b.doc("dc-summary-2026-01-24", "discharge", "2026-01-24", P, "dr-obi", dc, encounter="enc-adm-2026-01-18", desc="Discharge summary", org="org-stmarks")
    b.enc("enc-ep-2026-02-05", "AMB", "EP clinic follow-up", "2026-02-05", P, pracs=["dr-vasquez"], org="org-heartrhythm")
    clinic = """<html><body><h3>Lakeshore Heart Rhythm Associates &mdash; Clinic Visit</h3>
<p><b>Date:</b> 02/05/2026 &nbsp; <b>Provider:</b> Elena Vasquez, MD</p>
<table border="1"><tr><th>Vitals</th><td>BP 122/74</td><td>HR 61 SR</td><td>SpO2 98%</td></tr></table>
<p><b>Interval:</b> No palpitations, no presyncope since discharge. Walking 1 mile daily. Denies orthopnea. NYHA I.</p>
<p><b>ECG:</b> sinus rhythm 61, inferior Q waves, QRS 104 ms. No AF.</p>
<p><b>Assessment:</b> Sustained monomorphic VT with hemodynamic compromise, substrate = old inferior MI scar; no reversible cause (see EP note 01/22). LVEF 41% (CMR).</p>
<p><b>Plan:</b> single-chamber ICD (secondary prevention). Not in shock, clinically stable, no non-cardiac life-limiting illness. Prior authorization requested.</p>
</body></html>"""
    b.doc("ep-clinic-2026-02-05", "progress", "2026-02-05", P, "dr-vasquez", clinic, "text/html", encounter="enc-ep-2026-02-05", desc="EP clinic visit")
    phone = """Telephone encounter 02/09/2026 10:12 - D. Mackey RN
Pt called asking whether he must keep taking the potassium pills. Reviewed med list: KCl was inpatient only (2 doses), not on discharge list. Pt verbalized understanding. Reminded of pre-procedure instructions once ICD date is scheduled."""
    b.doc("phone-2026-02-09", "phone", "2026-02-09", P, "rn-mackey", phone, desc="Telephone note")
    b.proc("icd-implant-2026-02-17", "33249", "Insertion of implantable defibrillator", "2026-02-17", P, "dr-vasquez",
           note="Single chamber ICD implanted, DFT not performed.")
    c = case("bn-icd-01", P, (CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system"),
             [("I47.2", "Ventricular tachycardia"), ("I25.2", "Old myocardial infarction")], "2026-02-10", "approve", "NCD 20.4",
             ["Procedure/eps-2026-01-22", "DocumentReference/ep-note-2026-01-22", "Observation/lvef-cmr-2026-01-21"], [],
             "Secondary prevention (B1): sustained VT requiring cardioversion and reproduced at EPS, with no acute MI (NSTEMI refuted by cath/CMR) and no transient or reversible cause (EP explicitly discounts the mild hypokalemia); LVEF measured by CMR, clinically stable. B1 needs no shared decision-making encounter.")
    return c, b


# ---------------------------------------------------------------- ICD 02
def icd02():
    b = Bundle("pn02"); P = "pn02"
    b.org("org-valley", "Valley Cardiovascular Institute", "prov")
    b.prac("dr-haddad", "Haddad", "Rami", "Dr.", "MD, Cardiac Electrophysiology", "1710394482")
    b.prac("dr-chen", "Chen", "Marisa", "Dr.", "MD, General Cardiology", "1184756630")
    b.prac("np-ortiz", "Ortiz", "Lucia", "", "NP, Heart Failure clinic", "1356829917")
    b.prac("dr-brandt", "Brandt", "Otto", "Dr.", "MD, Cardiothoracic Surgery", "1972540083")
    b.patient(P, "Fairweather", "Colleen M", "female", "1953-11-27", "org-valley", "dr-chen")
    b.cond("dx-icm", "I25.5", "Ischemic cardiomyopathy", "2024-06-03", P, recorder="dr-chen")
    b.cond("dx-hf", "I50.22", "Chronic systolic (congestive) heart failure", "2024-06-03", P, recorder="dr-chen")
    b.cond("dx-oldmi", "I25.2", "Old myocardial infarction", "2024-05-28", P, recorder="dr-chen", note="Anterior STEMI 05/2024, late presenter, no PCI (occluded LAD, felt non-viable at that time).")
    b.cond("dx-cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2024-05-28", P, recorder="dr-chen")
    b.obs("lvef-2026-03-30", *LVEF, "2026-03-30", P, 30, "%", "%", cat="imaging", performer="Practitioner/dr-chen", method="TTE, biplane Simpson")
    b.obs("nyha-2026-04-22", "nyha", "NYHA functional class", "2026-04-22", P, string="Class II", system=L, cat="survey", performer="Practitioner/np-ortiz")
    b.obs("ntprobnp-2026-03-30", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-03-30", P, 1460, "pg/mL", "pg/mL", performer="Organization/org-valley")
    b.report("pet-viability-2026-04-08", "pet-fdg", "Cardiac PET rest perfusion / FDG viability", "2026-04-08", P, "Practitioner/dr-chen",
             conclusion="Large perfusion-metabolism mismatch in mid/distal anterior wall and apex (approx. 18% of LV myocardium) consistent with hibernating viable myocardium in LAD territory. Gated LVEF 28%.",
             text="PET Rb-82 rest / F-18 FDG. Rest perfusion defect LAD territory 24% LV. FDG uptake preserved in 18% (mismatch). Scar 6%. Gated LVEF 28%, LVEDV 188 mL. IMPRESSION: substantial hibernating myocardium, LAD territory; revascularization may improve LV function.")
    b.medreq("rx-arni", "1656339", "sacubitril / valsartan", "2024-09-10", P, "dr-chen", dose="97/103 mg BID")
    b.medreq("rx-carv", "20352", "carvedilol", "2024-06-05", P, "dr-chen", dose="25 mg BID")
    b.medreq("rx-spiro", "9997", "spironolactone", "2024-07-01", P, "dr-chen", dose="25 mg daily")
    b.medreq("rx-empa", "1545653", "empagliflozin", "2025-01-14", P, "dr-chen", dose="10 mg daily")
    b.medreq("rx-nitro", "4917", "nitroglycerin", "2026-04-15", P, "dr-chen", dose="0.4 mg SL prn chest pain")
    b.enc("enc-cards-2026-04-15", "AMB", "Cardiology office visit", "2026-04-15", P, pracs=["dr-chen"], org="org-valley")
    cards = """VALLEY CARDIOVASCULAR - PROGRESS NOTE
04/15/2026   M. Chen MD

S: 72F ICM (anterior MI 5/2024, LAD occluded, medical mgmt). Over the last 2 months new exertional chest pressure walking up the hill to her mailbox, relieved by rest in ~3 min, CCS class II. Dyspnea stable, NYHA II. No syncope.
O: BP 108/64, HR 62. JVP flat. No edema.
Data: TTE 3/30 EF 30%. PET 4/8: large viable hibernating anterior/apical segment (~18% LV).
A/P:
1. ICM, EF 30%, on GDMT > 18 months (ARNI, carvedilol, MRA, SGLT2i).
2. New CCS II angina + substantial viable LAD territory -> she is a candidate for revascularization. Referred to CT surgery (Dr Brandt) for CABG evaluation (LIMA-LAD). SL NTG given.
3. Primary prevention ICD: EP (Dr Haddad) has already seen her; I have asked that the ICD decision be revisited after the revascularization decision since EF may improve.
"""
    b.doc("cards-2026-04-15", "progress", "2026-04-15", P, "dr-chen", cards, encounter="enc-cards-2026-04-15", desc="Cardiology progress note")
    sdm = """HEART FAILURE CLINIC - ICD SHARED DECISION-MAKING VISIT
Date 04/22/2026 | L. Ortiz, NP

Decision aid used: "Implantable Cardioverter-Defibrillator (ICD): A Decision Aid for patients" (Colorado program, printed version), reviewed page by page with patient and daughter. Discussed: annual SCD risk, mortality benefit, inappropriate shocks, deactivation at end of life, driving restrictions, device infection.
Patient values: wants to live to see grandson graduate; worried about shocks.
Decision: patient would like an ICD "if the doctors still think I need it".
NYHA II today. Time spent 35 min.
"""
    b.doc("sdm-2026-04-22", "progress", "2026-04-22", P, "np-ortiz", sdm, desc="ICD shared decision-making visit")
    b.enc("enc-cts-2026-05-04", "AMB", "Cardiothoracic surgery consultation", "2026-05-04", P, pracs=["dr-brandt"], org="org-valley")
    cts = """CARDIOTHORACIC SURGERY CONSULTATION          05/04/2026
Otto Brandt, MD

Reason: CABG evaluation, referred by Dr Chen.
History reviewed. Angina CCS II despite nitrates/beta-blocker. Cath 06/2024: LAD occluded proximally with good distal target filling by collaterals; RCA/LCx mild disease.
PET 4/2026: substantial viable anterior myocardium.
STS PROM (isolated CABG): 2.1%.

Impression: In my opinion she is a reasonable surgical candidate for single-vessel CABG (LIMA to LAD) with expected benefit for angina and possibly LV function.
Plan: Patient would like to discuss with family; she is leaning toward surgery. Will see her back in June to finalize. Would defer any device decision until after revascularization and repeat EF assessment at 90 days.
"""
    b.doc("ctsurg-consult-2026-05-04", "consult", "2026-05-04", P, "dr-brandt", cts, encounter="enc-cts-2026-05-04", desc="CT surgery consult")
    ep = """EP FOLLOW-UP  05/12/2026   R. Haddad MD
72F ischemic CM, EF 30% (TTE 3/30, 28% PET), NYHA II, remote MI (2024), no sustained VT. On optimal GDMT. SDM completed with HF NP 4/22 with decision aid.
She meets criteria for a primary prevention ICD (NCD B2/B3). Recommend single-chamber ICD; submitting for prior authorization. Patient aware CT surgery is also following.
"""
    b.doc("ep-2026-05-12", "progress", "2026-05-12", P, "dr-haddad", ep, desc="EP follow-up")
    c = case("bn-icd-02", P, (CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system"),
             [("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")], "2026-05-19", "refer", "NCD 20.4",
             ["DiagnosticReport/pet-viability-2026-04-08", "DocumentReference/cards-2026-04-15", "DocumentReference/ctsurg-consult-2026-05-04"], [],
             "LVEF, NYHA class, prior MI and a decision-aid SDM encounter are documented, but new angina with a large region of viable myocardium and a surgeon who calls her a CABG candidate are clinical symptoms and findings that make her a candidate for coronary revascularization, which B2/B3 exclude; the EP note's assertion does not resolve this.",
             note="Primary prevention ICD, ischemic CM EF 30%, NYHA II, SDM done.")
    return c, b


# ---------------------------------------------------------------- CPAP 01
def cpap01():
    b = Bundle("pn03"); P = "pn03"
    b.org("org-pinecrest", "Pinecrest Sleep & Pulmonary", "prov")
    b.org("org-family", "Eastgate Family Medicine", "prov")
    b.prac("dr-kowalski", "Kowalski", "Anna", "Dr.", "MD, Sleep Medicine (ABIM)", "1265039841")
    b.prac("dr-pratt", "Pratt", "Gordon", "Dr.", "DO, Family Medicine", "1447702386")
    b.prac("rn-saito", "Saito", "Keiko", "", "RN, triage", "1093557120")
    b.prac("rpsgt-lowe", "Lowe", "Brian", "", "RPSGT, sleep technologist", "1720449183")
    b.patient(P, "Ruggiero", "Dominic A", "male", "1967-05-14", "org-family", "dr-pratt")
    b.cond("dx-snore", "R06.83", "Snoring", "2026-01-20", P, recorder="dr-kowalski")
    b.cond("dx-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-03-02", P, recorder="dr-kowalski")
    b.cond("dx-elevbp", "R03.0", "Elevated blood-pressure reading, without diagnosis of hypertension", "2026-02-24", P, recorder="dr-pratt",
           note="Office readings high, home log normal - white coat effect. Not diagnosed with HTN.")
    b.cond("dx-htn-q", "I10", "Essential (primary) hypertension", "2026-01-20", P, clinical="inactive", ver="refuted", recorder="dr-pratt",
           note="Entered from intake questionnaire ('high blood pressure?'); refuted 02/24 - see note.")
    b.famhx("fh-father", "father", "I63.9", "Cerebral infarction, unspecified", "2026-01-20", P, note="Father had a stroke at 70.")
    b.obs("bp-2026-01-20", "85354-9", "Blood pressure panel with all children optional", "2026-01-20", P, cat="vital-signs",
          components=[(LOINC, "8480-6", "Systolic blood pressure", 146, "mm[Hg]"), (LOINC, "8462-4", "Diastolic blood pressure", 90, "mm[Hg]")], performer="Organization/org-pinecrest")
    b.obs("bp-2026-02-24", "85354-9", "Blood pressure panel with all children optional", "2026-02-24", P, cat="vital-signs",
          components=[(LOINC, "8480-6", "Systolic blood pressure", 150, "mm[Hg]"), (LOINC, "8462-4", "Diastolic blood pressure", 88, "mm[Hg]")], performer="Practitioner/dr-pratt")
    b.obs("bmi-2026-01-20", "39156-5", "Body mass index (BMI) [Ratio]", "2026-01-20", P, 31.4, "kg/m2", "kg/m2", cat="vital-signs")
    b.obs("rei4-2026-02-10", "rei-4", "Respiratory event index (hypopnea >=4% desaturation), home sleep test", "2026-02-10", P, 12.6, "/h", "/h", system=L, cat="procedure", performer="Practitioner/dr-kowalski")
    b.obs("rei3-2026-02-10", "rei-3", "Respiratory event index (hypopnea >=3% desaturation or arousal), home sleep test", "2026-02-10", P, 19.8, "/h", "/h", system=L, cat="procedure", performer="Practitioner/dr-kowalski")
    b.obs("spo2nadir-2026-02-10", "nadir-spo2", "Oxygen saturation nadir during sleep test", "2026-02-10", P, 84, "%", "%", system=L, cat="procedure")
    b.report("hst-2026-02-10", "hst-type3", "Home sleep apnea test (Type III) interpretation", "2026-02-10", P, ["Practitioner/dr-kowalski", "Organization/org-pinecrest"],
             results=["rei4-2026-02-10", "rei3-2026-02-10", "spo2nadir-2026-02-10"],
             conclusion="Type III HSAT (nasal pressure, thoracic + abdominal effort, oximetry, pulse). Monitoring time 6 h 06 min. REI (4% rule) 12.6/h; REI (3% rule) 19.8/h. Nadir SpO2 84%. Predominantly obstructive events, supine predominant.",
             text="HSAT ordered by A. Kowalski MD 01/20/2026. Device: 4-channel Type III. Valid recording 6h06m. Events: 41 apneas, 36 hypopneas (4%), 44 additional hypopneas meeting 3% criteria. REI4 12.6/h, REI3 19.8/h. Interpretation: mild OSA by 4% criteria, moderate by AASM 3% criteria.")
    consult = """<html><body>
<h2>Pinecrest Sleep &amp; Pulmonary - New Patient Sleep Consultation</h2>
<p>Date: 01/20/2026 &nbsp;&nbsp; Clinician: Anna Kowalski, MD</p>
<p><b>Referred by:</b> G. Pratt DO for loud snoring.</p>
<p><b>HPI:</b> 58 yo man. Wife reports loud nightly snoring and "he stops breathing" several times a night; she sometimes sleeps in the guest room. He reports nocturia x1. Bedtime 23:00, wake 06:15 for work (warehouse supervisor).</p>
<table border="1" cellpadding="3">
<tr><th>Epworth Sleepiness Scale</th><td>____ / 24 (form not returned - pt took it home)</td></tr>
<tr><th>STOP-BANG</th><td>S+ T? O+ P(?) B+ A+ N+ G+</td></tr>
<tr><th>Neck circ.</th><td>17.5 in</td></tr>
<tr><th>BMI</th><td>31.4</td></tr>
<tr><th>BP</th><td>146/90 (repeat 144/88)</td></tr>
</table>
<p><b>ROS (sleep-focused template):</b> Cardiac: no chest pain, no palpitations. Resp: no cough. ENT: + nasal congestion seasonal.</p>
<p><b>PMH:</b> GERD. "High blood pressure?" checked on intake - no diagnosis per patient, not on medication.</p>
<p><b>FH:</b> father - stroke age 70.</p>
<p><b>Exam:</b> Mallampati IV, retrognathia mild, tonsils 1+.</p>
<p><b>Impression:</b> high pretest probability OSA.</p>
<p><b>Plan:</b> Type III home sleep apnea test. Return to review.</p>
</body></html>"""
    b.doc("sleep-consult-2026-01-20", "consult", "2026-01-20", P, "dr-kowalski", consult, "text/html", desc="Sleep medicine consultation", org="org-pinecrest")
    pcp = """EASTGATE FAMILY MEDICINE
02/24/2026   Gordon Pratt, DO

Follow up BP. Office BP today 150/88 (and 146/90 at sleep clinic). He brought a 3-week home BP log (validated upper-arm cuff, checked in office today against ours): average 127/78, no reading above 135/85.
A: Elevated office BP with normal home readings -> white coat effect. Does NOT meet criteria for hypertension; no medication. Recheck in 3-6 months.
Also: HSAT done 2/10 - results pending review with Dr. Kowalski.
"""
    b.doc("pcp-2026-02-24", "progress", "2026-02-24", P, "dr-pratt", pcp, desc="Family medicine progress note", org="org-family")
    phone = """TELEPHONE NOTE 02/27/2026 14:40  K. Saito RN
Pt's wife called (pt on DPOA/HIPAA list). Asking for sleep study results. States "he stops breathing and snores so loud the dog leaves the room". Wants CPAP ordered. Message routed to Dr. Kowalski. Follow-up appointment 3/2 confirmed."""
    b.doc("phone-2026-02-27", "phone", "2026-02-27", P, "rn-saito", phone, desc="Telephone encounter")
    fu = """SLEEP MEDICINE FOLLOW-UP (video visit) - 03/02/2026 - A. Kowalski MD
Reviewed HSAT 02/10: REI 19.8/h (AASM 3%/arousal scoring) = moderate OSA; by 4% hypopnea rule REI 12.6/h. Nadir 84%.
Discussed diagnosis and treatment options (CPAP, oral appliance, positional therapy). He prefers CPAP.
Plan: APAP 5-15 cm H2O, heated humidifier, mask fitting with DME. Follow-up 31-90 days after starting.
"""
    b.doc("sleep-fu-2026-03-02", "progress", "2026-03-02", P, "dr-kowalski", fu, desc="Sleep medicine follow-up", org="org-pinecrest")
    b.enc("enc-sleepfu-2026-03-02", "VR", "Sleep medicine video follow-up", "2026-03-02", P, pracs=["dr-kowalski"], org="org-pinecrest")
    b.servreq("order-cpap", "E0601", "Continuous positive airway pressure (CPAP) device", "2026-03-02", P, "dr-kowalski", system=HCPCS, note="APAP 5-15 cm H2O with heated humidifier")
    c = case("bn-cpap-01", P, (HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"),
             [("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2026-03-03", "request_info", "NCD 240.4",
             ["DiagnosticReport/hst-2026-02-10", "DocumentReference/pcp-2026-02-24", "DocumentReference/sleep-consult-2026-01-20"],
             ["sleepiness|Epworth|ESS|daytime symptoms|insomnia|cognition|mood"],
             "The NCD defines hypopnea with a 4% desaturation, so the qualifying index is 12.6/h (5-14 band), not the 3%-rule 19.8/h; that band needs documented symptoms or hypertension/ischemic heart disease/stroke. Hypertension is explicitly not diagnosed (white coat, refuted Condition), the stroke is the father's, and the chart never records sleepiness, cognition, mood or insomnia (Epworth form not returned).")
    return c, b


# ---------------------------------------------------------------- CPAP 02
def cpap02():
    b = Bundle("pn04"); P = "pn04"
    b.org("org-metro-sleep", "Metro Center for Sleep Disorders (AASM-accredited lab)", "prov")
    b.org("org-smile", "Bright Smile Dental Group", "prov")
    b.prac("dr-nwosu", "Nwosu", "Adaeze", "Dr.", "MD, Sleep Medicine", "1578902264")
    b.prac("dds-ferrell", "Ferrell", "Grant", "Dr.", "DDS, General Dentistry", "1942117735")
    b.prac("rpsgt-amin", "Amin", "Tariq", "", "RPSGT", "1811928840")
    b.prac("dr-greer", "Greer", "Holly", "Dr.", "MD, Internal Medicine", "1669031187")
    b.patient(P, "Abernathy", "Lorraine P", "female", "1959-12-03", "org-metro-sleep", "dr-greer")
    b.cond("dx-htn", "I10", "Essential (primary) hypertension", "2019-03-11", P, recorder="dr-greer")
    b.cond("dx-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-06-08", P, recorder="dr-nwosu")
    b.medreq("rx-lisinopril", "29046", "lisinopril", "2019-03-11", P, "dr-greer", dose="20 mg daily")
    b.medreq("rx-hctz", "5487", "hydrochlorothiazide", "2023-08-02", P, "dr-greer", dose="12.5 mg daily")
    b.obs("ess-2026-04-28", "ess", "Epworth Sleepiness Scale total score", "2026-04-28", P, 14, "{score}", "{score}", system=L, cat="survey", performer="Practitioner/dr-nwosu")
    b.obs("odi-ring-2025-11-12", "odi-4", "Oxygen desaturation index (4%), overnight finger oximetry", "2025-11-12", P, 21, "/h", "/h", system=L, cat="procedure", performer="Practitioner/dds-ferrell",
          note="Two-channel wearable ring oximeter (SpO2 + pulse) dispensed by dental office for snoring appliance screening.")
    b.obs("ahi-diag-2026-06-04", "ahi-diag", "Apnea-hypopnea index, diagnostic portion of split-night PSG (4% hypopnea rule)", "2026-06-04", P, 24.1, "/h", "/h", system=L, cat="procedure", performer="Practitioner/dr-nwosu")
    b.obs("tst-diag-2026-06-04", "tst-diag", "Total sleep time, diagnostic portion", "2026-06-04", P, 102, "min", "min", system=L, cat="procedure")
    b.obs("events-diag-2026-06-04", "events-diag", "Respiratory events, diagnostic portion", "2026-06-04", P, cat="procedure", system=L,
          components=[(L, "apneas", "Obstructive + central apneas", 18, "{events}"), (L, "hypopneas4", "Hypopneas with >=4% desaturation", 23, "{events}")])
    b.report("psg-2026-06-04", "psg-split", "Attended polysomnography, split night (in-lab)", "2026-06-04", P, ["Practitioner/dr-nwosu", "Organization/org-metro-sleep"],
             results=["ahi-diag-2026-06-04", "tst-diag-2026-06-04", "events-diag-2026-06-04"],
             conclusion="Diagnostic portion: TST 1 h 42 min, 41 respiratory events (18 apneas, 23 hypopneas scored with >=4% desaturation), AHI 24.1/h. Titration: CPAP 9 cm H2O eliminated events including supine REM. Impression: moderate OSA.")
    consult = """METRO CENTER FOR SLEEP DISORDERS
Initial consultation - 04/28/2026 - Adaeze Nwosu, MD

HPI: 66F, referred by her internist. Dozes at red lights and during church; ESS 14/24. Husband reports snoring and gasping. Morning headaches. Nocturia x2.
Her dentist gave her an overnight ring oximeter in 11/2025 ("ODI 21") while fitting a snoring appliance - this is a screening oximetry, not a diagnostic sleep test.
PMH: hypertension x7 years on lisinopril + HCTZ. No CAD, no stroke.
Exam: BMI 29.8, neck 15.5 in, Mallampati III, crowded oropharynx.
Assessment: Excessive daytime sleepiness, high suspicion OSA; hypertension.
Plan: attended in-lab PSG, split-night protocol if criteria met during first half. I ordered the study.
"""
    b.doc("sleep-consult-2026-04-28", "consult", "2026-04-28", P, "dr-nwosu", consult, desc="Sleep medicine consultation", org="org-metro-sleep")
    b.enc("enc-consult-2026-04-28", "AMB", "Sleep medicine new patient visit", "2026-04-28", P, pracs=["dr-nwosu"], org="org-metro-sleep")
    tech = """PSG TECHNOLOGIST SUMMARY (preliminary) 06/04/2026  T. Amin RPSGT
Split night performed. Lights out 22:05. CPAP initiated 01:10.
Whole-night AHI 13.5/h.  Lowest SpO2 82%.
Titration: 5 -> 9 cm H2O, events controlled at 9 in supine REM.
Scored per lab protocol. Awaiting physician interpretation."""
    b.doc("psg-tech-2026-06-04", "procedure", "2026-06-04", P, "rpsgt-amin", tech, desc="PSG technologist preliminary summary")
    add = """PHYSICIAN INTERPRETATION / ADDENDUM TO TECHNOLOGIST SUMMARY - 06/08/2026
A. Nwosu, MD (Diplomate, ABIM Sleep Medicine)

The preliminary "whole-night AHI 13.5" pools the diagnostic and the CPAP titration periods and must not be used for diagnosis.
Diagnostic portion only: total sleep time 102 minutes (1.7 h); 18 apneas + 23 hypopneas (hypopneas scored with >=30% airflow reduction and >=4% desaturation) = 41 events; AHI 24.1/h.
Because diagnostic sleep was under 2 hours, note the event count: 41 events exceeds the 30 that a 2-hour period at 15/h would require.
Impression: moderate obstructive sleep apnea. CPAP 9 cm H2O effective.
"""
    b.doc("psg-addendum-2026-06-08", "procedure", "2026-06-08", P, "dr-nwosu", add, desc="PSG physician interpretation (addendum)", org="org-metro-sleep")
    fu = """<html><body><p><b>Sleep clinic follow-up</b> 06/16/2026 - Dr. Nwosu</p>
<ul><li>Reviewed PSG results with patient: moderate OSA (diagnostic AHI 24.1).</li>
<li>Still sleepy, ESS unchanged.</li><li>BP today 138/84 on 2 agents.</li></ul>
<p>Plan: CPAP 9 cm H2O, heated humidifier, full-face mask fitting. DME to provide set-up and instruction. Compliance download at 4-6 weeks; face-to-face re-evaluation between day 31 and 91.</p></body></html>"""
    b.doc("sleep-fu-2026-06-16", "progress", "2026-06-16", P, "dr-nwosu", fu, "text/html", desc="Sleep clinic follow-up")
    dental = """Bright Smile Dental - Note 11/12/2025. Pt interested in anti-snoring mouthguard. Dispensed overnight ring oximeter for screening; result ODI 21/h. Advised to see physician for sleep evaluation before appliance. -G. Ferrell DDS"""
    b.doc("dental-2025-11-12", "note", "2025-11-12", P, "dds-ferrell", dental, desc="Dental office note", org="org-smile")
    b.servreq("order-cpap", "E0601", "Continuous positive airway pressure (CPAP) device", "2026-06-16", P, "dr-nwosu", system=HCPCS)
    c = case("bn-cpap-02", P, (HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"),
             [("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), ("I10", "Essential (primary) hypertension")], "2026-06-23", "approve", "NCD 240.4",
             ["DiagnosticReport/psg-2026-06-04", "DocumentReference/psg-addendum-2026-06-08", "DocumentReference/sleep-consult-2026-04-28"], [],
             "Initial 12-week coverage: clinical evaluation and an attended in-lab PSG ordered by the treating physician; diagnostic AHI 24.1/h with 4% hypopneas, and although diagnostic sleep was under 2 hours the 41 events exceed the 30 required for 2 hours. The pooled 13.5 whole-night figure is corrected by the addendum and the dental ring oximetry is not a qualifying test and is not needed.")
    return c, b
