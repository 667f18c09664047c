"""NCD 20.4 cases (ICD)."""
from fhirlib import *

SVC = {"system": CPT, "code": "33249", "display": "Insertion of implantable defibrillator, transvenous"}


def icd_01():
    """request_info"""
    c = Chart("bt-p11", "bt-p11", "Dale Everett", "Whitcomb", "male", "1954-11-03", city="Corvallis", mrn="LH4471902")
    c.practitioner("okafor", "Anita", "Okafor", "MD, Cardiovascular Disease (general cardiology)", "Dr.")
    c.practitioner("feld", "Marcus", "Feld", "MD, Clinical Cardiac Electrophysiology", "Dr.")
    c.practitioner("raman", "Priya", "Raman", "NP, Advanced Heart Failure Clinic")
    c.practitioner("cho", "Helen", "Cho", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("aldana", "Ruben", "Aldana", "MD, Cardiac Imaging", "Dr.")
    c.organization("lmc", "Larkspur Medical Center", "Hospital")

    c.condition("cond-icm", "I25.5", "2024-09-20", onset="2024-09-14", asserter="okafor")
    c.condition("cond-hfref", "I50.22", "2024-09-20", onset="2024-09-14", asserter="okafor")
    c.condition("cond-oldmi", "I25.2", "2025-01-08", onset="2024-09-14", asserter="okafor",
                note="Inferolateral STEMI 9/14/2024, DES to prox LCx same day.")
    c.condition("cond-stent", "Z95.5", "2024-09-14", asserter="okafor")
    c.condition("cond-htn", "I10", "2011-05-02", onset="2011", asserter="cho")
    c.condition("cond-hld", "E78.5", "2011-05-02", asserter="cho")
    c.condition("cond-knee", "M17.11", "2023-03-14", asserter="cho")
    c.condition("cond-gerd", "K21.9", "2019-07-22", asserter="cho")
    c.condition("cond-prostate", "Z85.46", "2016-02-10", asserter="cho",
                note="Prostatectomy 2015, PSA undetectable since.")

    c.encounter("enc-stemi", "IMP", dt("2024-09-14", "03:12"), dt("2024-09-18", "13:00"), "Inpatient - STEMI", ["okafor"], "lmc")
    c.procedure("proc-pci", (CPT, "92928", "PCI with stent, single major coronary artery"), dt("2024-09-14", "04:05"),
                note="Primary PCI: 100% prox LCx occlusion, 1 DES. RCA 30% non-obstructive, LAD luminal irregularities.")
    c.obs("lvef-echo-2024-09-16", LVEF, dt("2024-09-16", "10:30"), 30, "%", category="imaging", method="TTE, biplane Simpson",
          performer=["Practitioner/aldana"])
    c.obs("lvef-echo-2025-01-06", LVEF, dt("2025-01-06", "08:45"), 28, "%", category="imaging", method="TTE, biplane Simpson",
          performer=["Practitioner/aldana"])
    c.obs("lvef-spect-2025-11-18", LVEF, dt("2025-11-18", "11:20"), 31, "%", category="imaging",
          method="Gated SPECT (regadenoson MPI)", performer=["Practitioner/aldana"])
    c.obs("lvef-cmr-2026-01-20", LVEF, dt("2026-01-20", "13:05"), 33, "%", category="imaging",
          method="Cardiac MRI, SSFP volumetric", performer=["Practitioner/aldana"])
    c.obs("ntbnp-2026-02-10", NTBNP, dt("2026-02-10", "08:10"), 1180, "pg/mL", ucum="pg/mL")
    c.obs("cr-2026-02-10", CREAT, dt("2026-02-10", "08:10"), 1.2, "mg/dL", ucum="mg/dL")
    c.obs("k-2026-02-10", K, dt("2026-02-10", "08:10"), 4.7, "mmol/L", ucum="mmol/L")
    bp(c, "bp-2026-02-10", dt("2026-02-10", "09:40"), 108, 66, ["Practitioner/raman"])
    bp(c, "bp-2026-03-03", dt("2026-03-03", "14:05"), 112, 70, ["Practitioner/feld"])
    c.obs("ecg-2026-03-03", local("ECG-RHYTHM", "ECG rhythm and QRS duration"), dt("2026-03-03", "14:10"),
          "Sinus rhythm 64 bpm, QRS 118 ms, nonspecific IVCD, inferolateral Q waves", category="procedure",
          performer=["Practitioner/feld"])

    c.med("med-carvedilol", "carvedilol 25 mg tablet", "2024-09-17", rxnorm=("20352", "carvedilol"),
          dosage="25 mg PO BID (titrated from 3.125 mg; at 25 mg since 11/2024)", requester="okafor", start="2024-09-17")
    c.med("med-lisinopril", "lisinopril 20 mg tablet", "2016-03-01", status="stopped", rxnorm=("29046", "lisinopril"),
          dosage="20 mg PO daily", requester="cho", start="2016-03-01", end="2025-02-09",
          status_reason="Switched to sacubitril/valsartan (36 h washout)")
    c.med("med-arni", "sacubitril 97 mg / valsartan 103 mg tablet", "2025-02-11", local_code="F-ARNI-97103",
          dosage="1 tab PO BID", requester="okafor", start="2025-02-11")
    c.med("med-spiro", "spironolactone 25 mg tablet", "2024-10-01", rxnorm=("9997", "spironolactone"),
          dosage="25 mg PO daily", requester="okafor", start="2024-10-01")
    c.med("med-dapa", "dapagliflozin 10 mg tablet", "2025-03-18", rxnorm=("1488564", "dapagliflozin"),
          dosage="10 mg PO daily", requester="okafor", start="2025-03-18")
    c.med("med-atorva", "atorvastatin 80 mg tablet", "2024-09-15", rxnorm=("83367", "atorvastatin"),
          dosage="80 mg PO nightly", requester="okafor")
    c.med("med-asa", "aspirin 81 mg tablet", "2024-09-14", rxnorm=("1191", "aspirin"), dosage="81 mg PO daily")
    c.med("med-clopi", "clopidogrel 75 mg tablet", "2024-09-14", status="completed", rxnorm=("32968", "clopidogrel"),
          dosage="75 mg PO daily x 12 months", start="2024-09-14", end="2025-09-15", requester="okafor")

    c.doc("dc-2024-09-18", "18842-5", dt("2024-09-18", "12:40"), ["Practitioner/okafor"], """DISCHARGE SUMMARY - Larkspur Medical Center
Admit 09/14/2024   Discharge 09/18/2024   Attending: A. Okafor MD

Dx: Inferolateral STEMI s/p primary PCI (DES x1 prox LCx), door-to-balloon 58 min.
    Ischemic cardiomyopathy, new. HTN. HLD.

Course: Presented w/ 2 h substernal CP, inferolateral STE. Cath: 100% prox LCx -> DES. RCA 30%, LAD luminal
irregularities; no other targets. Peak trop I 88. TTE 9/16: LVEF 30% (biplane), inferolateral akinesis.
No VT/VF on telemetry after reperfusion (brief AIVR only). Started carvedilol, continued lisinopril, added
spironolactone as outpt 10/1 per plan.

Dispo: home. DAPT x 12 mo. Cardiac rehab referral. LifeVest discussed - pt declined, understands risk.
Repeat echo ~3 months on GDMT to reassess for primary-prevention ICD.
""", description="Discharge summary, STEMI admission", encounter="enc-stemi")

    c.doc("cards-2025-01-08", "11506-3", dt("2025-01-08", "10:15"), ["Practitioner/okafor"], """Cardiology follow-up - A. Okafor MD

S: Here after repeat echo. Completed 12 sessions of cardiac rehab, "feels stronger". No CP. Occasional
lightheadedness on standing since carvedilol uptitration, no syncope.
Meds reviewed.

O: BP 104/64  HR 58  Wt 84.1 kg.  JVP flat. Lungs clear. No edema.
   TTE 1/6/25: LVEF 28% (biplane), inferolateral AK, mild MR.

A/P: ICM, EF 28% ~4 mo post STEMI despite BB/ACEi/MRA.
 - Transition lisinopril -> sacubitril/valsartan after 36 h washout (early Feb, after insurance).
 - Add SGLT2i next visit if BP allows.
 - Not implanting ICD yet: want full GDMT first then reimage (CMR preferred, viability).
 - RTC 3 mo.
""", description="Cardiology follow-up")

    c.procedure("proc-spect", (CPT, "78452", "Myocardial perfusion imaging, SPECT, multiple studies"), dt("2025-11-18", "11:00"),
                performer="aldana")
    c.doc("spect-2025-11-18", "18748-4", dt("2025-11-18", "16:30"), ["Practitioner/aldana"], """NUCLEAR CARDIOLOGY REPORT
Exam: Regadenoson stress / rest Tc-99m SPECT MPI with gating.   Date: 11/18/2025
Indication: ICM, assess for ischemia prior to ICD decision.

Findings: Large, severe, fixed perfusion defect of the inferolateral wall (basal to apical), consistent with
infarct. No reversible defect. TID ratio 1.02. Gated LVEF 31%, inferolateral akinesis.
No ECG changes with regadenoson. Pt reported mild flushing.

Impression: Infarct in LCx territory without inducible ischemia. Gated EF 31%.
R. Aldana MD
""", description="SPECT MPI report")

    c.doc("cmr-2026-01-20", "18748-4", dt("2026-01-20", "17:45"), ["Practitioner/aldana"], """<html><body>
<h3>CARDIAC MRI REPORT</h3>
<p><b>Date:</b> 01/20/2026 &nbsp; <b>Referring:</b> A. Okafor MD &nbsp; <b>Reader:</b> R. Aldana MD</p>
<p><b>Indication:</b> Ischemic cardiomyopathy; EF reassessment on GDMT; viability.</p>
<table border="1" cellpadding="3">
<tr><th>Parameter</th><th>Value</th><th>Ref</th></tr>
<tr><td>LVEDVi</td><td>118 mL/m2</td><td>57-105</td></tr>
<tr><td>LVESVi</td><td>79 mL/m2</td><td>14-38</td></tr>
<tr><td>LVEF</td><td>33 %</td><td>57-77</td></tr>
<tr><td>RVEF</td><td>49 %</td><td>&gt;45</td></tr>
</table>
<p><b>LGE:</b> Transmural (&gt;75%) late gadolinium enhancement of the basal-to-apical inferolateral wall.
No LGE in other territories. No LV thrombus.</p>
<p><b>Impression:</b> Dilated LV with moderately-severely reduced systolic function, LVEF 33%. Transmural
inferolateral infarct, non-viable. Findings unchanged in distribution vs SPECT 11/2025.</p>
</body></html>""", ctype="text/html", description="Cardiac MRI report")

    c.doc("hf-clinic-2026-02-10", "11506-3", dt("2026-02-10", "10:05"), ["Practitioner/raman"], """HEART FAILURE CLINIC - PROGRESS NOTE
Provider: Priya Raman, NP      Supervising: A. Okafor MD

Chief complaint: HFrEF f/u

HPI: 71 y.o. M with ischemic CMP s/p inferolateral STEMI 9/2024 (DES LCx), EF 28-33% on serial imaging
despite GDMT. Here for routine f/u + labs. States he is "doing alright." Wife (present) says he naps more in
the afternoon. No ED visits or admissions since last seen. Home weights stable 83-84 kg.

NYHA class: ***
Orthopnea: no   PND: no   LE edema: no
ROS: Denies CP, palpitations, syncope, presyncope, orthopnea, PND, LE edema. All other systems reviewed
and negative.

Meds: carvedilol 25 BID, sacubitril/valsartan 97/103 BID, spironolactone 25, dapagliflozin 10, atorvastatin
80, ASA 81. Adherent per pill box.

Exam: BP 108/66 HR 62 SpO2 97% RA Wt 83.6 kg
  JVP ~7 cm. Lungs clear. RRR, no S3. No edema.

Labs today: K 4.7, Cr 1.2, NT-proBNP 1180 (was 1540 in 9/2025).

Assessment/Plan:
1. HFrEF / ICM - on max tolerated quadruple GDMT > 12 months. CMR 1/20/26 LVEF 33%, non-viable inferolateral
   scar. Euvolemic today.
   - Continue current regimen; no room to uptitrate (BP).
   - Refer EP (Dr Feld) for primary prevention ICD evaluation.
   - SDM visit scheduled with Dr Okafor 2/24 per CMS requirement.
2. HTN - controlled.
RTC 6 weeks.
""", description="Heart failure clinic note")

    c.doc("sdm-2026-02-24", "11506-3", dt("2026-02-24", "15:30"), ["Practitioner/okafor"], """Cardiology - Shared Decision-Making Visit (ICD)
A. Okafor MD   Visit length: 32 minutes, >50% counseling. Wife present.

Purpose: formal shared decision-making encounter prior to initial primary-prevention ICD.
Tool used: evidence-based ICD decision aid (primary prevention, printed booklet, 2024 edition) - reviewed
page by page with patient and wife; copy given to patient.

Discussed: his estimated annual risk of sudden death with EF ~33% after MI; expected absolute benefit of
an ICD; what an ICD does and does not do (does not improve HF symptoms); implant risks (infection, lead
problems, pneumothorax ~1-2%); inappropriate shocks; driving restrictions after a shock; battery
changes; option to deactivate at end of life; the option of not implanting.
Patient values: wants to "see my granddaughter graduate"; accepts shock risk.
Teach-back done - patient correctly restated benefit and main risks.
Decision: patient chooses to proceed with ICD. Will see Dr Feld (EP) 3/3.
""", description="ICD shared decision-making visit")

    c.doc("pcp-2025-12-02", "11506-3", dt("2025-12-02", "09:20"), ["Practitioner/cho"], """PCP visit - H. Cho MD
R knee pain, worse with stairs; XR 2023 mod medial OA. Trial of topical diclofenac, PT referral.
Avoid NSAIDs PO given HF/CKD risk. Flu + COVID vaccines today. PSA 12/2025 <0.01.
Cardiac: followed by Dr Okafor; no changes.
""", description="Primary care visit")

    c.doc("ep-consult-2026-03-03", "11488-4", dt("2026-03-03", "15:10"), ["Practitioner/feld"], """ELECTROPHYSIOLOGY CONSULTATION
Requesting: A. Okafor MD     Consultant: M. Feld MD
Reason: primary prevention ICD

HPI: Referred by Dr Okafor for primary-prevention ICD. Ischemic CMP s/p inferolateral STEMI 9/2024 w/ LCx
DES. EF persistently depressed despite GDMT >12 mo; most recent CMR EF 33%. No syncope/presyncope, no
palpitations, no documented VT. HF symptoms reportedly stable on current regimen.
Functional status: see HF clinic note.

PMH: ICM, HTN, HLD, prostate CA s/p prostatectomy 2015 (NED), R knee OA, GERD.
Meds: as per med list (quadruple GDMT, ASA, statin).
SH: retired machinist, former smoker (quit 2001), 2 beers/wk. Lives with wife.

Exam: BP 112/70, HR 64. Well appearing. JVP not elevated. RRR. Lungs clear. No edema.
ECG: SR 64, QRS 118 ms (nonspecific IVCD, not LBBB), inferolateral Qs.

Data: TTE 9/2024 EF 30%; TTE 1/2025 EF 28%; SPECT 11/2025 fixed inferolateral infarct, no ischemia, EF 31%;
CMR 1/2026 EF 33%, transmural inferolateral LGE, non-viable.

Assessment:
- Ischemic cardiomyopathy, LVEF <=35% > 40 d post MI and > 3 mo post PCI, on optimal medical therapy.
- No inducible ischemia; not a candidate for further revascularization.
- No AF. No pacing indication. QRS < 130 ms, non-LBBB -> no CRT.
- Meets criteria for primary prevention ICD. SDM completed 2/24 with Dr Okafor using decision aid (note
  reviewed).

Plan: single-chamber transvenous ICD, outpatient. Hold nothing. Pre-procedure labs. Prior auth submitted.
""", description="EP consultation")

    c.service_request("sr-icd", (CPT, "33249", "Insertion of implantable defibrillator, transvenous"), "2026-03-10",
                      requester="feld", reason=["I25.5", "I50.22"], note="Single-chamber ICD, primary prevention.")
    # after the request
    c.doc("hf-clinic-2026-03-24", "11506-3", dt("2026-03-24", "10:20"), ["Practitioner/raman"], """HEART FAILURE CLINIC - PROGRESS NOTE
Provider: Priya Raman, NP
S: f/u. ICD implant pending insurance. NYHA class II - DOE after 2 flights of stairs or brisk walking, none
at rest. No edema.
O: BP 110/68 HR 63 Wt 83.9 kg. Euvolemic.
A/P: ICM, stable. Continue GDMT. ICD per EP once authorized.
""", description="Heart failure clinic note")

    gold = {"recommendation": "request_info", "policy": "NCD 20.4",
            "evidence": ["Observation/lvef-cmr-2026-01-20", "DocumentReference/hf-clinic-2026-02-10",
                         "DocumentReference/sdm-2026-02-24", "DocumentReference/ep-consult-2026-03-03"],
            "missing": ["NYHA|functional class|New York Heart Association|heart failure class|HF class"],
            "rationale": "Newest pre-request LVEF is 33% (CMR), so the ischemic-cardiomyopathy branch (EF <=35%) applies, "
                         "which needs NYHA class II or III; no pre-request note states a class (HF clinic template left "
                         "blank, EP defers to it). MI/PCI outside the windows, no ischemia, SDM with decision aid done. "
                         "The class appears only in a note dated after the request."}
    k = case("bt-icd-01", "patients/bt-p11.json", SVC, ["I25.5", "I50.22", "I25.2"], "2026-03-10", gold,
             note="Primary prevention ICD. Ischemic CMP, EF 33% on CMR 1/2026 despite GDMT. SDM completed 2/24/26.")
    return k, c


def icd_02():
    """approve"""
    c = Chart("bt-p04", "bt-p04", "Lorraine Anne", "Beaudry", "female", "1958-02-19", city="Albany", mrn="LH5530817")
    c.practitioner("nakamura", "Ken", "Nakamura", "MD, Emergency Medicine", "Dr.")
    c.practitioner("abebe", "Selam", "Abebe", "MD, Critical Care Medicine", "Dr.")
    c.practitioner("varga", "Istvan", "Varga", "MD, Interventional Cardiology", "Dr.")
    c.practitioner("feld", "Marcus", "Feld", "MD, Clinical Cardiac Electrophysiology", "Dr.")
    c.practitioner("lund", "Karin", "Lund", "MD, Neurology", "Dr.")
    c.practitioner("ortega", "Daniel", "Ortega", "MD, Hospital Medicine", "Dr.")
    c.practitioner("aldana", "Ruben", "Aldana", "MD, Cardiac Imaging", "Dr.")
    c.organization("lmc", "Larkspur Medical Center", "Hospital")
    c.organization("ems", "Linn County Fire & Rescue Medic 12", "Emergency medical services")

    c.condition("cond-htn", "I10", "2015-08-11", onset="2015")
    c.condition("cond-dep", "F32.A", "2019-03-05", note="On sertraline, stable.")
    c.condition("cond-arrest", "I46.2", "2026-05-11", onset=dt("2026-05-11", "07:40"), category="encounter-diagnosis",
                asserter="abebe")
    c.condition("cond-vf", "I49.01", "2026-05-11", onset=dt("2026-05-11", "07:40"), category="encounter-diagnosis",
                asserter="abebe")
    c.condition("cond-nstemi", "I21.4", "2026-05-11", verification="refuted", clinical="inactive", category="encounter-diagnosis",
                asserter="abebe", note="Provisional on admission (troponin rise). Refuted 5/16 by cardiology/EP: post-arrest/"
                "defibrillation myocardial injury, no acute culprit at cath, no edema on CMR.")
    c.condition("cond-anoxic", "G93.1", "2026-05-11", verification="refuted", clinical="inactive", category="encounter-diagnosis",
                asserter="abebe", note="Entered as concern on admission; refuted by neurology 5/15 (normal exam, MRI without "
                "hypoxic-ischemic injury).")
    c.condition("cond-cto", "I25.82", "2026-05-11", asserter="varga")
    c.condition("cond-oldmi", "I25.2", "2026-05-15", asserter="feld", note="Clinically silent prior inferior MI (Q waves, "
                "transmural inferior scar on CMR without edema).")

    c.encounter("enc-adm", "IMP", dt("2026-05-11", "08:05"), None, "Inpatient - cardiac arrest", ["abebe", "ortega"], "lmc")
    c.doc("ems-2026-05-11", "34109-9", dt("2026-05-11", "08:20"), ["Organization/ems"], """PATIENT CARE REPORT - Medic 12 (ALS)
Dispatch 07:41 unconscious person, church parking lot. On scene 07:47.
68 yo F witnessed collapse ~07:40 walking to car. Bystander CPR started immediately. Bystander AED applied:
shock advised x1 (07:44). On our arrival pt pulseless, monitor: coarse VF. Defib 200 J biphasic 07:48 -> organized
rhythm, ROSC 07:49 (total down time ~9 min). Post-ROSC 12-lead: sinus tach 112, no STE, Q waves II/III/aVF.
GCS 6 -> i-gel placed. BP 96/58. BGL 164. No meds given prior to ROSC besides 1 mg epi at 07:46 (1st
medic-assist unit). Transport to LMC, ED notified 07:55.
Rhythm strips attached to record: VF (07:47:52), post-shock SR (07:48:40).
""", description="EMS patient care report", custodian="ems")
    c.obs("k-2026-05-11", K, dt("2026-05-11", "08:18"), 3.6, "mmol/L", ucum="mmol/L")
    c.obs("mg-2026-05-11", MG, dt("2026-05-11", "08:18"), 2.0, "mg/dL", ucum="mg/dL")
    c.obs("tni-2026-05-11a", TNI, dt("2026-05-11", "08:18"), 0.42, "ng/mL", ucum="ng/mL", interpretation="High")
    c.obs("tni-2026-05-11b", TNI, dt("2026-05-11", "14:30"), 3.1, "ng/mL", ucum="ng/mL", interpretation="High")
    c.obs("tni-2026-05-12", TNI, dt("2026-05-12", "06:00"), 1.9, "ng/mL", ucum="ng/mL", interpretation="High")
    c.obs("tox-2026-05-11", local("UDS", "Urine drug screen"), dt("2026-05-11", "09:02"), "Negative (all analytes)")

    c.doc("icu-hp-2026-05-11", "34117-2", dt("2026-05-11", "11:45"), ["Practitioner/abebe"], """MICU ADMISSION H&P - S. Abebe MD

68F HTN, depression, presenting after witnessed OHCA (VF), ROSC after 2 shocks, ~9 min low-flow.
Intubated in ED for airway protection. Not following commands off sedation on arrival.

Etiology of arrest: ?ischemic (STEMI equivalent? ECG w/o STE, old inferior Qs) vs primary arrhythmia vs
electrolyte (K 3.6, Mg 2.0 - not explanatory) vs tox (UDS neg). Trop 0.42 -> trending. Cath lab consulted.

A/P
#OHCA, VF - TTM 36C x 24h. Cards/cath today.
#?NSTEMI - heparin gtt pending cath.
#Neuro - at risk for HIE; prognosis guarded; neuroprognostication no earlier than 72 h post ROSC; EEG.
#Resp - vent, VAP bundle.
#HTN - hold home lisinopril. Home sertraline held.
Full code. Husband updated.
""", description="ICU admission H&P", encounter="enc-adm")

    c.procedure("cath-2026-05-11", (CPT, "93458", "Left heart catheterization with coronary angiography"), dt("2026-05-11", "13:10"),
                performer="varga", note="CTO mid RCA with well-developed left-to-right collaterals (chronic). LAD 40% mid, LCx "
                "mild irregularities. No acute plaque rupture/thrombus. No intervention. LVEDP 14.")
    c.doc("cath-report-2026-05-11", "28570-0", dt("2026-05-11", "14:20"), ["Practitioner/varga"], """CARDIAC CATHETERIZATION REPORT - I. Varga MD
Indication: OHCA with VF, troponin elevation.
Findings: LM normal. LAD: 40% mid. LCx: mild luminal irregularities. RCA: chronic total occlusion mid segment
with Rentrop 3 collaterals from LAD septals and LCx; distal RCA fills retrograde. No thrombus, no acute lesion.
LVEDP 14 mmHg. LV gram deferred (contrast).
Impression: Chronic RCA CTO. No acute culprit lesion to explain arrest; no acute coronary occlusion.
Recommend: medical therapy, CMR for viability/scar; EP consult.
""", description="Cardiac catheterization report", encounter="enc-adm")

    c.obs("lvef-echo-2026-05-13", LVEF, dt("2026-05-13", "10:00"), 40, "%", category="imaging", method="TTE, biplane Simpson",
          performer=["Practitioner/aldana"], note="Inferior and inferoseptal akinesis with wall thinning; no effusion; normal RV.")
    c.obs("lvef-cmr-2026-05-15", LVEF, dt("2026-05-15", "09:30"), 41, "%", category="imaging", method="Cardiac MRI",
          performer=["Practitioner/aldana"], note="Transmural inferior LGE, no T2 edema (chronic infarct). No myocarditis pattern.")
    c.doc("neuro-consult-2026-05-15", "11488-4", dt("2026-05-15", "16:00"), ["Practitioner/lund"], """NEUROLOGY CONSULT - post-arrest neuroprognostication - K. Lund MD

Requested by MICU. ROSC 5/11 07:49; TTM completed 5/12; extubated 5/13 AM; sedation off since 5/12 PM.

Exam (96 h post ROSC): awake, alert, oriented to person/place/date/situation. Fluent speech, follows
3-step commands, recalls 3/3 at 5 min. CN intact. Strength 5/5 throughout. No myoclonus. Gait
steady with PT this AM.
EEG 5/12: continuous, reactive background, no epileptiform discharges.
MRI brain 5/14 (DWI/FLAIR): no restricted diffusion, no hypoxic-ischemic injury. Mild chronic small-vessel change.

Impression: Good neurologic recovery after cardiac arrest. No anoxic brain injury (admission 'anoxic brain
damage' problem entry should be removed). CPC 1.
Rec: no further neuro w/u. OT cognitive screen before d/c. Driving restrictions per cardiology/state rules.
""", description="Neurology consultation", encounter="enc-adm")
    c.obs("moca-2026-05-17", local("MOCA", "Montreal Cognitive Assessment total score"), dt("2026-05-17", "11:00"), 27, "{score}",
          category="survey")

    c.doc("ep-consult-2026-05-16", "11488-4", dt("2026-05-16", "13:40"), ["Practitioner/feld"], """ELECTROPHYSIOLOGY CONSULTATION - M. Feld MD
Reason: VF arrest - ICD?

68F, HTN, depression, OHCA 5/11 with documented VF (EMS strip reviewed: coarse VF, terminated by 2nd shock).

Reversible/transient cause work-up:
 - Acute MI: NO. Cath 5/11 no acute lesion/thrombus; chronic RCA CTO with collaterals. Troponin rise
   (peak 3.1) consistent with CPR + 2 shocks. CMR 5/15: transmural inferior scar WITHOUT edema = old
   infarct. Provisional NSTEMI dx removed.
 - Electrolytes: K 3.6, Mg 2.0 on arrival - not causal.
 - Drugs/tox: UDS neg. Sertraline 50 mg only; QTc 438 ms off sedation. No QT-prolonging combos.
 - No structural alternative (no HCM, no ARVC features, no myocarditis on CMR).
Substrate: old inferior infarct scar (clinically silent MI) -> scar-mediated VF/VT. CTO revascularization
would not address scar; inferior wall non-viable on CMR; not pursuing CTO PCI.

EF 40-41% (TTE, CMR). Rhythm: sinus throughout, no AF. Hemodynamically stable, off pressors since 5/12,
ambulating. Neuro intact per neurology. No limiting non-cardiac illness.

Assessment: VF arrest with no transient/reversible trigger identified (scar substrate) -> secondary-prevention
ICD indicated.
Plan: single-chamber transvenous ICD before discharge (target 5/20). Metoprolol succinate 25. Statin.
""", description="EP consultation", encounter="enc-adm")

    c.doc("progress-2026-05-18", "11506-3", dt("2026-05-18", "09:10"), ["Practitioner/ortega"], """Hospital Medicine progress note HD#8 - D. Ortega MD
S: No events. Walking halls with PT. Eating well. Asking when she can drive.
O: T 36.8 BP 124/72 HR 66 SR on tele, no ectopy. SpO2 96% RA.
   A&Ox4, conversant, neuro nonfocal.
A/P:
#OHCA/VF - ICD per EP, auth submitted. Tele.
#Neuro - concern for HIE, neuroprognostication at 72h  [carried forward from ICU note]
     -> neuro signed off 5/15, intact.
#CAD/RCA CTO - ASA, atorvastatin 80, metoprolol.
#HTN - resume lisinopril 5.
#Depression - resume sertraline.
Dispo: home after ICD.
""", description="Hospital medicine progress note", encounter="enc-adm")

    c.med("med-sertraline", "sertraline 50 mg tablet", "2019-03-05", rxnorm=("36437", "sertraline"), dosage="50 mg PO daily")
    c.med("med-lisinopril", "lisinopril 5 mg tablet", "2026-05-18", rxnorm=("29046", "lisinopril"), dosage="5 mg PO daily",
          requester="ortega")
    c.med("med-metop", "metoprolol succinate ER 25 mg tablet", "2026-05-16", rxnorm=("6918", "metoprolol"),
          dosage="25 mg PO daily", requester="feld")
    c.med("med-atorva", "atorvastatin 80 mg tablet", "2026-05-12", rxnorm=("83367", "atorvastatin"), dosage="80 mg PO nightly")
    c.med("med-asa", "aspirin 81 mg tablet", "2026-05-12", rxnorm=("1191", "aspirin"), dosage="81 mg PO daily")
    c.med("med-heparin", "heparin infusion per ACS nomogram", "2026-05-11", status="stopped", local_code="F-HEP-ACS",
          start="2026-05-11", end="2026-05-11", status_reason="Stopped after cath: no acute coronary syndrome")
    c.service_request("sr-icd", (CPT, "33249", "Insertion of implantable defibrillator, transvenous"), "2026-05-19",
                      requester="feld", reason=["I46.2", "I49.01"], note="Secondary prevention ICD prior to discharge.")

    gold = {"recommendation": "approve", "policy": "NCD 20.4",
            "evidence": ["DocumentReference/ems-2026-05-11", "DocumentReference/ep-consult-2026-05-16",
                         "DocumentReference/neuro-consult-2026-05-15", "Procedure/cath-2026-05-11",
                         "Observation/lvef-echo-2026-05-13"],
            "missing": [],
            "rationale": "Secondary prevention branch: documented VF arrest, with acute MI, electrolytes and drugs excluded as "
                         "causes (provisional NSTEMI refuted). No SDM needed for this branch. Stable, sinus rhythm, LVEF by echo, "
                         "and the early concern for anoxic brain injury is refuted by neurology."}
    k = case("bt-icd-02", "patients/bt-p04.json", SVC, ["I46.2", "I49.01", "I25.82"], "2026-05-19", gold, urgency="expedited",
             note="Inpatient. OHCA with VF 5/11/26, no reversible cause. Secondary prevention ICD prior to discharge.")
    return k, c
