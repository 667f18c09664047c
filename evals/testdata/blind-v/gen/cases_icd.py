from fhirlib import *

POLICY = "NCD 20.4"


def icd_01():
    b = Bundle("bvp01", "Vennes", ["Harold", "J"], "male", "1951-08-14", "PG-4471902")
    b.prac("raman", "Raman", ["Priya"], ["Dr."], "MD, Clinical Cardiac Electrophysiology")
    b.prac("kowalczyk", "Kowalczyk", ["Dana"], [], "RN, Device Clinic")
    b.prac("okafor", "Okafor", ["Samuel"], ["Dr."], "MD, Cardiovascular Disease")
    b.prac("lund", "Lund", ["Marit"], ["Dr."], "MD, Internal Medicine")
    b.prac("pasch", "Pasch", ["Evan"], ["Dr."], "MD, Anesthesiology")

    b.cond("old-mi", "I25.2", "2016-05-24", onset="2016-05-20", recorder="okafor",
           note="Anterior STEMI 5/20/2016, primary PCI to proximal LAD.")
    b.cond("icm", "I25.5", "2017-11-02", recorder="okafor")
    b.cond("hfref", "I50.22", "2017-11-02", recorder="okafor",
           note="LVEF 25% 2017; 35% 2021; 40% 11/2025 on GDMT.")
    b.cond("perm-af", "I48.21", "2022-04-11", recorder="okafor", note="Rate control strategy.")
    b.cond("ckd3a", "N18.31", "2023-02-14", recorder="lund")
    b.cond("icd-present", "Z95.810", "2018-03-07", category="problem-list-item",
           note="Dual-chamber ICD implanted 3/7/2018 (primary prevention).")
    b.cond("hx-prostate-ca", "Z85.46", "2015-09-30", recorder="lund",
           note="Prostate adenocarcinoma Gleason 3+4, EBRT completed 2015. PSA undetectable.")
    b.cond("hld", "E78.5", "2012-01-10", recorder="lund")
    b.cond("knee-oa", "M17.0", "2020-06-02", recorder="lund")

    b.proc("pci-2016-05-20", cpt("92928", "PCI with stent, single major coronary artery"), date="2016-05-20",
           performer="okafor", reason="Anterior STEMI", note="DES x1 proximal LAD.")
    b.proc("icd-implant-2018-03-07", cpt("33249", "Insertion of ICD with transvenous leads"), date="2018-03-07",
           performer="raman", reason="Primary prevention, ischemic cardiomyopathy, LVEF 25%, NYHA II",
           note="Dual-chamber ICD. RA and RV (single-coil) leads.")

    b.obs("lvef-2017-10-30", "2017-10-30", loinc("10230-1", "Left ventricular Ejection fraction"),
          text="LVEF (TTE)", value=25, unit="%", category="imaging", method="Transthoracic echocardiography")
    b.obs("lvef-2021-09-13", "2021-09-13", loinc("10230-1", "Left ventricular Ejection fraction"),
          text="LVEF (TTE)", value=35, unit="%", category="imaging", method="Transthoracic echocardiography")
    b.obs("lvef-2025-11-04", "2025-11-04", loinc("10230-1", "Left ventricular Ejection fraction"),
          text="LVEF (TTE, biplane Simpson)", value=40, unit="%", category="imaging",
          method="Transthoracic echocardiography", performer="okafor")
    b.obs("egfr-2026-01-05", "2026-01-05", local("EGFR-CKDEPI21", "eGFR CKD-EPI 2021"), value=52,
          unit="mL/min/{1.73_m2}", category="laboratory")
    b.obs("k-2026-01-05", "2026-01-05", loinc("2823-3", "Potassium [Moles/volume] in Serum or Plasma"),
          value=4.4, unit="mmol/L", category="laboratory")
    b.obs("device-battery-2026-01-22", "2026-01-22", local("ICD-BATT", "ICD generator battery status"),
          string="Elective replacement indicator (ERI) reached 2026-01-19; battery voltage 2.58 V",
          category="procedure", performer="raman", time="10:20")
    b.obs("device-leads-2026-01-22", "2026-01-22", local("ICD-LEADS", "ICD lead measurements"),
          string="RV: R wave 9.8 mV, threshold 0.75 V @ 0.4 ms, pacing impedance 520 ohm, HV impedance 68 ohm. "
                 "RA: in permanent AF, lead not used (mode VVI 50).", category="procedure", performer="raman",
          time="10:20")
    b.obs("af-rate-2026-01-22", "2026-01-22", local("AF-VRATE", "Mean ventricular rate during AF (device diagnostics)"),
          value=74, unit="/min", category="procedure", performer="raman", time="10:20",
          note="AF burden 100%. Ventricular rate >110/min less than 2% of the time since last check.")
    b.obs("nyha-2026-01-22", "2026-01-22", local("NYHA", "NYHA functional class"), string="Class II",
          performer="raman", time="10:30")
    b.bp("bp-2026-01-22", "2026-01-22", 124, 70)
    b.obs("hr-2026-01-22", "2026-01-22", loinc("8867-4", "Heart rate"), value=76, unit="/min",
          category="vital-signs", time="09:40")

    b.med("carvedilol", "2017-11-02", "20352", "carvedilol", "25 mg by mouth twice daily", requester="okafor")
    b.med("losartan", "2019-03-11", "52175", "losartan", "50 mg by mouth daily", requester="okafor")
    b.med("spironolactone", "2018-01-16", "9997", "spironolactone", "25 mg by mouth daily", requester="okafor")
    b.med("empagliflozin", "2023-05-02", "1545653", "empagliflozin", "10 mg by mouth daily", requester="okafor")
    b.med("apixaban", "2022-04-11", "1364430", "apixaban", "5 mg by mouth twice daily", requester="okafor")
    b.med("atorvastatin", "2016-05-22", "83367", "atorvastatin", "80 mg by mouth nightly", requester="okafor")

    b.enc("enc-device-2026-01-20", "2026-01-20", type_text="Remote device monitoring", who="kowalczyk")
    b.enc("enc-ep-2026-01-22", "2026-01-22", type_text="EP clinic visit", who="raman")

    b.note("echo-2025-11-04", "2025-11-04", "Transthoracic echocardiogram report", """PRAIRIEGATE HEART & VASCULAR - ECHOCARDIOGRAPHY LAB
Transthoracic Echocardiogram - Complete
Patient: VENNES, HAROLD J    DOB 08/14/1951    Study date: 11/04/2025
Indication: Ischemic cardiomyopathy, follow-up LV function. ICD in situ.
Rhythm: atrial fibrillation, controlled rate (HR 72).

FINDINGS
Left ventricle: mildly dilated (LVIDd 6.0 cm). Akinesis of the apex and distal anterior wall,
hypokinesis of the mid anteroseptum; remaining segments contract normally.
LVEF by biplane Simpson: 40%. (Prior 9/2021: 35%.)
Right ventricle: normal size, TAPSE 1.8 cm. Device lead seen in the RA and RV.
Left atrium: severely dilated. Mitral valve: mild functional MR. Aortic valve: trileaflet, no AS.
Estimated RVSP 34 mmHg.

IMPRESSION
1. Ischemic cardiomyopathy with LVEF 40%, modestly improved from 35% (2021).
2. Apical/anterior wall motion abnormality, unchanged.
3. Mild MR. Severe LA enlargement.
Read by: Samuel Okafor, MD
""", "okafor", loinc_type=IMAGING)

    b.note("pcp-2025-12-09", "2025-12-09", "Internal medicine follow-up", """Internal Medicine - Office Visit 12/09/2025
Chief complaint: knee pain, annual follow-up.

Harold is 74, here for his annual visit. Right knee pain worse with stairs, no locking. Uses a cane on
long walks. Heart stable per cardiology, no ICD shocks ever. Flu and updated COVID vaccines done at
pharmacy in October.

PMH: ischemic CM (EF 40% on 11/2025 echo), permanent AF on apixaban, ICD 2018, CKD 3a,
prostate cancer 2015 s/p radiation (PSA undetectable 6/2025), HLD, bilateral knee OA.

Exam: BP 128/72, HR 78 irregular. No edema. Crepitus both knees, no effusion.
A/P:
1. Bilateral knee OA - PT referral, topical diclofenac; avoid oral NSAIDs (apixaban, CKD).
2. CKD 3a - eGFR 52, stable. Recheck BMP in 6 months.
3. Prostate cancer history - PSA annually, next 6/2026.
4. Cardiac - per Dr. Okafor / device clinic.
Marit Lund, MD
""", "lund")

    b.note("device-remote-2026-01-20", "2026-01-20", "Device clinic remote transmission", """DEVICE CLINIC - REMOTE TRANSMISSION REVIEW  01/20/2026
Device: dual-chamber ICD (implanted 03/07/2018)
Alert transmission received 01/19/2026 23:14: ELECTIVE REPLACEMENT INDICATOR.
Battery voltage 2.58 V. Charge time 12.9 s at last automatic capacitor reform.
Presenting rhythm: AF, V-rate 70s. No new treated episodes.
Lead trends stable.
Plan: Pt called, aware. In-clinic interrogation with Dr. Raman 01/22. Generator change to be scheduled
within ~3 months per manufacturer ERI guidance. Pt instructed to call if any shock or syncope.
Dana Kowalczyk, RN
""", "kowalczyk", encounter="enc-device-2026-01-20")

    b.note("ep-clinic-2026-01-22", "2026-01-22", "Electrophysiology clinic note",
           html("EP clinic note", """<h2>Cardiac Electrophysiology &ndash; Clinic Note</h2>
<p><b>Date:</b> 01/22/2026 &nbsp; <b>Provider:</b> Priya Raman, MD</p>
<h3>Reason for visit</h3>
<p>ICD at elective replacement indicator (ERI).</p>
<h3>History</h3>
<p>74-year-old man with ischemic cardiomyopathy after anterior STEMI in 2016, dual-chamber ICD placed 03/2018 for
primary prevention (LVEF 25% at the time, NYHA II). Device history: one episode of monomorphic VT at 188 bpm on
06/14/2023, terminated by a single burst of ATP (reviewed at the time, appropriate therapy). No shocks. Permanent AF
since 2022, rate controlled on carvedilol.</p>
<p>Currently NYHA class II: walks his dog 20 minutes on flat ground, dyspnea on two flights of stairs. No
orthopnea, no syncope or presyncope. Weight stable.</p>
<h3>Interrogation today</h3>
<table border="1">
<tr><td>Battery</td><td>ERI reached 01/19/2026 (2.58 V)</td></tr>
<tr><td>RV lead</td><td>R 9.8 mV; threshold 0.75 V @ 0.4 ms; impedance 520 &Omega;; HV 68 &Omega;</td></tr>
<tr><td>RA lead</td><td>permanent AF; programmed VVI 50</td></tr>
<tr><td>Episodes since last check</td><td>none treated; AF burden 100%, mean V-rate 74 bpm, &lt;2% &gt;110 bpm</td></tr>
</table>
<h3>Data</h3>
<p>TTE 11/04/2025: LVEF 40% (biplane), apical akinesis unchanged. eGFR 52 (01/05/2026), K 4.4.</p>
<h3>Exam</h3>
<p>BP 124/70, HR 76 irregular. Alert, oriented, conversant. JVP not elevated, lungs clear, no edema. Pocket intact,
no erosion.</p>
<h3>Assessment and plan</h3>
<ol>
<li>ICD generator at ERI. LVEF has improved to 40%, but he has had appropriate ATP for sustained VT (2023). I recommend
generator replacement with retention of existing leads (lead function normal). Discussed risks (infection, pocket
hematoma, lead damage); he wishes to proceed. A formal ICD decision-aid visit is not part of a generator change and
was not done.</li>
<li>Permanent AF &ndash; well rate controlled. Hold apixaban 48 h before the procedure.</li>
<li>HFrEF/HFimpEF &ndash; continue GDMT. Clinically stable, euvolemic.</li>
<li>Remote history of prostate cancer, in remission. CKD 3a, stable.</li>
</ol>
<p>Plan: generator change, outpatient, target February 2026.</p>
<p>Priya Raman, MD</p>"""), "raman", loinc_type=CONSULT, ctype="text/html", encounter="enc-ep-2026-01-22")

    b.note("preop-2026-02-05", "2026-02-05", "Pre-procedure anesthesia evaluation", """PRE-PROCEDURE EVALUATION - Cardiac Procedures Unit    02/05/2026
Planned: ICD generator change (dual chamber), MAC sedation.
ASA 3. Airway Mallampati II. Functional capacity ~4 METs.
Meds reviewed. Apixaban hold x48h per EP.
Labs 1/05: Cr 1.42, K 4.4, Hgb 13.1.
No contraindication to MAC. Cleared for procedure.
Evan Pasch, MD (Anesthesiology)
""", "pasch", loinc_type=HP)

    # dated after the request: does not exist for the case
    b.proc("gen-change-2026-02-24", cpt("33263", "Removal of ICD pulse generator with replacement, dual lead system"),
           date="2026-02-24", performer="raman", note="Uncomplicated. Existing leads retained.")
    b.note("opnote-2026-02-24", "2026-02-24", "Operative note - ICD generator change", """OPERATIVE NOTE 02/24/2026
Procedure: removal and replacement of dual-chamber ICD pulse generator; existing leads retained.
Findings: RV lead R 10.1 mV, threshold 0.75 V, impedance 505 ohm, HV 66 ohm.
EBL minimal. No complications. Discharged same day.
Priya Raman, MD
""", "raman", loinc_type=OPNOTE)

    c = case("bv-icd-01", "bvp01.json",
             cpt("33263", "Removal of ICD pulse generator with replacement, dual lead system"),
             ["Z45.02", "I25.5", "I48.21"], "2026-02-10", "approve", POLICY,
             ["Observation/device-battery-2026-01-22", "DocumentReference/ep-clinic-2026-01-22",
              "Procedure/icd-implant-2018-03-07", "Observation/lvef-2025-11-04", "Observation/af-rate-2026-01-22"],
             note="Elective ICD generator change, device at ERI.",
             rationale="Existing ICD needing replacement for battery depletion (ERI); the replacement branch has no "
                       "LVEF threshold and no SDM requirement. General conditions documented: LVEF measured by "
                       "echo, clinically stable, AF rate controlled, prostate cancer in remission.")
    return c, b


def icd_02():
    b = Bundle("bvp02", "Arkwright", ["Dennis", "R"], "male", "1957-10-03", "PG-5518236", address_city="Halden")
    b.prac("hauge", "Hauge", ["Lena"], ["Dr."], "MD, Cardiovascular Disease")
    b.prac("zielinski", "Zielinski", ["Tomasz"], ["Dr."], "MD, Clinical Cardiac Electrophysiology")
    b.prac("ortega", "Ortega", ["Marisol"], [], "APRN, CNP, Heart Failure Clinic")
    b.prac("brekke", "Brekke", ["Anders"], ["Dr."], "MD, Family Medicine")

    b.cond("old-mi", "I25.2", "2018-09-20", onset="2018-09-14", recorder="hauge",
           note="Inferior STEMI 9/14/2018, PCI to RCA.")
    b.cond("icm", "I25.5", "2019-02-05", recorder="hauge")
    b.cond("hfref", "I50.22", "2019-02-05", recorder="hauge")
    b.cond("cad", "I25.10", "2018-09-20", recorder="hauge")
    b.cond("htn", "I10", "2009-05-11", recorder="brekke")
    b.cond("t2dm", "E11.9", "2014-08-20", recorder="brekke")
    b.cond("stent-status", "Z95.5", "2026-03-17", recorder="hauge",
           note="RCA DES 2018 (Prairiegate). Additional stent at outside hospital (Lakeshore Medical Center, Duluth) - vessel and date not known; records requested.")

    b.proc("pci-2018-09-14", cpt("92928", "PCI with stent, single major coronary artery"), date="2018-09-14",
           performer="hauge", reason="Inferior STEMI", note="DES to mid RCA.")
    b.proc("pci-outside", cpt("92928", "PCI with stent, single major coronary artery"),
           performed_string="winter 2025-2026, per patient; outside hospital; exact date unknown",
           note="Patient-reported. Lakeshore Medical Center, Duluth MN. Records requested 3/3/2026 and 3/12/2026.")

    b.obs("lvef-2024-05-07", "2024-05-07", loinc("10230-1", "Left ventricular Ejection fraction"),
          text="LVEF (TTE)", value=35, unit="%", category="imaging", method="Transthoracic echocardiography")
    b.obs("lvef-2026-03-10", "2026-03-10", loinc("10230-1", "Left ventricular Ejection fraction"),
          text="LVEF (TTE, biplane)", value=28, unit="%", category="imaging",
          method="Transthoracic echocardiography", performer="hauge")
    b.obs("mpi-2026-03-12", "2026-03-12", local("SPECT-ISCH", "SPECT MPI ischemia assessment"),
          string="Large fixed inferior and inferolateral defect (scar). No reversible ischemia. Gated EF 27%.",
          category="imaging", performer="hauge")
    b.obs("nyha-2026-03-17", "2026-03-17", local("NYHA", "NYHA functional class"), string="Class II",
          performer="hauge")
    b.obs("qrs-2026-03-17", "2026-03-17", local("ECG-QRSD", "QRS duration"), value=104, unit="ms",
          category="procedure", note="Sinus rhythm 64, old inferior Q waves. No LBBB.")
    b.obs("a1c-2026-02-24", "2026-02-24", loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"),
          value=7.1, unit="%", category="laboratory")
    b.obs("creat-2026-03-10", "2026-03-10", loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
          value=1.1, unit="mg/dL", category="laboratory")
    b.bp("bp-2026-03-17", "2026-03-17", 118, 72)

    b.med("metoprolol", "2019-02-05", "6918", "metoprolol succinate", "100 mg by mouth daily", requester="hauge")
    b.med("losartan", "2020-01-14", "52175", "losartan", "100 mg by mouth daily", requester="hauge")
    b.med("spironolactone", "2024-05-20", "9997", "spironolactone", "25 mg by mouth daily", requester="ortega")
    b.med("dapagliflozin", "2024-05-20", "1488564", "dapagliflozin", "10 mg by mouth daily", requester="ortega")
    b.med("atorvastatin", "2018-09-16", "83367", "atorvastatin", "80 mg by mouth nightly", requester="hauge")
    b.med("aspirin", "2018-09-14", "1191", "aspirin", "81 mg by mouth daily", requester="hauge")
    b.med("metformin", "2014-08-20", "6809", "metformin", "1000 mg by mouth twice daily", requester="brekke")
    b.med("clopidogrel", "2026-03-17", "32968", "clopidogrel", "75 mg by mouth daily", requester="hauge",
          note="Home medication reconciled 3/17/2026 from an undated outside discharge medication list. "
               "Started by outside cardiology after stent; original start date not documented.")

    b.enc("enc-pcp-2025-11-18", "2025-11-18", who="brekke")
    b.enc("enc-card-2026-03-17", "2026-03-17", type_text="Cardiology follow-up", who="hauge")
    b.enc("enc-ep-2026-03-31", "2026-03-31", type_text="EP consultation", who="zielinski")
    b.enc("enc-sdm-2026-04-02", "2026-04-02", type_text="Heart failure clinic - shared decision-making visit", who="ortega")

    b.note("pcp-2025-11-18", "2025-11-18", "Family medicine visit", """FAMILY MEDICINE - 11/18/2025
Dennis is here for diabetes and BP follow-up before he leaves. He and his wife spend the winter with
their daughter in Duluth - leaving after Thanksgiving, back "sometime in March".

T2DM: A1c 7.3 (9/2025). Metformin only. Feet: monofilament intact.
HTN: 122/74 today.
CAD/ICM: stable per Dr. Hauge, last echo 5/2024 EF 35%. No chest pain. Walks 1-2 miles.
Flu shot given today.
Plan: labs in Feb (order placed, can draw in Duluth), RTC spring. Advised to establish urgent care
access in Duluth; carry med list.
Anders Brekke, MD
""", "brekke", encounter="enc-pcp-2025-11-18")

    b.note("echo-2026-03-10", "2026-03-10", "Transthoracic echocardiogram report", """ECHOCARDIOGRAPHY REPORT      Study date 03/10/2026
ARKWRIGHT, DENNIS R   DOB 10/03/1957
Indication: ischemic cardiomyopathy, recent outside hospitalization, reassess LV function.
LV: moderately dilated, LVIDd 6.3 cm. Inferior and inferolateral akinesis; new hypokinesis of the
lateral wall compared with 5/2024. LVEF (biplane) 28%.
RV: mildly reduced function, TAPSE 1.6 cm.
Valves: moderate functional MR. No AS.
IMPRESSION: LVEF 28%, decreased from 35% (5/2024). New lateral hypokinesis.
Lena Hauge, MD
""", "hauge", loinc_type=IMAGING)

    b.note("mpi-2026-03-12", "2026-03-12", "SPECT myocardial perfusion imaging report", """NUCLEAR CARDIOLOGY - Regadenoson SPECT MPI   03/12/2026
Indication: ischemic CM, evaluate for residual ischemia.
Findings: large, severe, fixed perfusion defect of the inferior and inferolateral walls.
No reversible defect. TID ratio 1.02. Gated EF 27%.
Impression: scar without ischemia. No target for further revascularization on this study.
Lena Hauge, MD
""", "hauge", loinc_type=IMAGING)

    b.note("cardiology-2026-03-17", "2026-03-17", "Cardiology follow-up note", """CARDIOLOGY FOLLOW-UP   03/17/2026
Lena Hauge, MD

HPI: 68M with ischemic CM (inferior STEMI 2018, RCA DES), HFrEF, here after returning from Duluth
on 3/1. He tells me that while there he was admitted to Lakeshore Medical Center for chest pressure
and "got another stent". He does not remember the month ("it was cold, after the holidays maybe?")
and his wife thinks it could have been before Christmas. He brought an undated discharge med list
that adds clopidogrel. We faxed a records request on 3/3 and again on 3/12; nothing received yet.

Since then: no angina. Dyspnea walking about 2 blocks or 1 flight of stairs, comfortable at rest.
No orthopnea/PND. No syncope, no palpitations, no ICD-type symptoms. Weight stable.

Exam: BP 118/72, HR 64 regular. JVP 7 cm. Lungs clear. No edema.
ECG: SR 64, QRS 104 ms, old inferior Qs.
Echo 3/10: LVEF 28% (35% in 5/2024), new lateral hypokinesis.
MPI 3/12: fixed inferior/inferolateral scar, no ischemia.

Assessment:
1. Ischemic cardiomyopathy, LVEF 28%, NYHA class II on GDMT (metoprolol succinate, losartan,
   spironolactone, dapagliflozin). Prior MI 2018. No ischemia on MPI; not a candidate for further
   revascularization at this time.
2. CAD s/p PCI 2018 and recent outside PCI - continue DAPT (aspirin + clopidogrel).
3. Primary prevention ICD: meets criteria by EF. Refer to Dr. Zielinski (EP). Will need SDM visit
   with HF clinic.
Plan: EP referral, HF clinic SDM visit, continue records request from Lakeshore.
""", "hauge", loinc_type=PROGRESS, encounter="enc-card-2026-03-17")

    b.note("ep-2026-03-31", "2026-03-31", "Electrophysiology consultation",
           html("EP consultation", """<h2>Electrophysiology Consultation</h2>
<p><b>Date:</b> 03/31/2026 &nbsp; <b>Consultant:</b> Tomasz Zielinski, MD &nbsp; <b>Referred by:</b> Lena Hauge, MD</p>
<p><b>Question:</b> primary prevention ICD.</p>
<p><b>HPI:</b> 68-year-old man with ischemic cardiomyopathy. Remote inferior MI (09/2018) treated with PCI to the RCA.
LVEF 28% by TTE on 03/10/2026, 27% by gated SPECT. NYHA class II. No history of sustained VT, VF or syncope.
No ischemia on MPI.</p>
<p><b>Medications:</b> metoprolol succinate 100, losartan 100, spironolactone 25, dapagliflozin 10, atorvastatin 80,
aspirin 81, clopidogrel 75, metformin.</p>
<p><b>Exam:</b> well appearing, BP 116/70, HR 62. Normal heart sounds, soft apical systolic murmur. No edema.</p>
<p><b>ECG:</b> sinus rhythm, QRS 104 ms &ndash; no CRT indication.</p>
<h3>Assessment</h3>
<ul>
<li>Ischemic cardiomyopathy, prior MI, LVEF &le; 30%, NYHA II &rarr; primary prevention ICD indicated.</li>
<li>Waiting periods: MI 2018 (&gt; 40 days), PCI 2018 (&gt; 3 months). Clinically stable. No significant
non-cardiac comorbidity limiting survival.</li>
</ul>
<h3>Plan</h3>
<p>Single-chamber transvenous ICD. Patient to complete the shared decision-making visit with the HF clinic
(scheduled 04/02). Will book implant after that.</p>
<p>Tomasz Zielinski, MD</p>"""), "zielinski", loinc_type=CONSULT, ctype="text/html", encounter="enc-ep-2026-03-31")

    b.note("sdm-2026-04-02", "2026-04-02", "Heart failure clinic - ICD shared decision-making", """HEART FAILURE CLINIC - SHARED DECISION-MAKING VISIT (ICD)   04/02/2026
Marisol Ortega, APRN, CNP

Purpose: shared decision-making before first ICD implant (primary prevention), as referred by
Dr. Zielinski.
Present: patient and wife (Carol).
Tool: evidence-based ICD decision aid for primary prevention (printed, 8 pages; pictographs of
5-year outcomes with and without an ICD). Copy given; signed acknowledgment scanned to chart.

Discussed: purpose of ICD (treat VT/VF, does not treat HF or prevent HF symptoms), expected benefit
from the aid's pictographs, implant risks (infection, lead problems, pneumothorax), inappropriate
shocks, driving restrictions after shocks, deactivation at end of life, option of not having an
ICD. Teach-back satisfactory. Patient's values: wants to "be around for the grandkids", accepts
risks. He chooses to proceed with ICD.

NYHA II. Euvolemic. No changes to GDMT today.
""", "ortega", loinc_type=PROGRESS, encounter="enc-sdm-2026-04-02")

    # dated after the request
    b.note("cardiology-addendum-2026-04-22", "2026-04-22", "Cardiology addendum - outside records received", """ADDENDUM 04/22/2026 - Lena Hauge, MD
Outside records from Lakeshore Medical Center received 4/20/2026. Admitted 2/06/2026 with NSTEMI
(peak troponin I 3.8). Cath 2/07/2026: 90% mid-circumflex stenosis treated with DES x1. Discharged
2/08/2026 on DAPT.
Will inform Dr. Zielinski; implant timing to be reviewed against the post-PCI waiting period.
""", "hauge", loinc_type=PROGRESS)

    c = case("bv-icd-02", "bvp02.json", cpt("33249", "Insertion of ICD with transvenous leads"),
             ["I25.5", "I50.22", "I25.2"], "2026-04-14", "request_info", POLICY,
             ["Observation/lvef-2026-03-10", "Observation/nyha-2026-03-17", "DocumentReference/cardiology-2026-03-17",
              "DocumentReference/sdm-2026-04-02", "Procedure/pci-2018-09-14"],
             missing=["PCI date|date of PCI|stent date|date of stent|date of the stent|when stent|when PCI|"
                      "revascularization date|date of revascularization|outside records|outside hospital records|"
                      "Lakeshore|hospitalization date|date of hospitalization|admission date"],
             note="Primary prevention ICD. Ischemic CM, EF 28%, NYHA II. SDM completed.",
             rationale="Prior-MI / ischemic CM primary-prevention branch: LVEF, NYHA, SDM with decision tool and "
                       "no ischemia are documented, but an outside PCI happened at an unknown date between late "
                       "November 2025 and March 2026, so the 3-month post-PCI exclusion cannot be checked. The EP "
                       "note counts only the 2018 PCI; the clopidogrel date is a reconciliation date. The addendum "
                       "with the outside dates is after the request.")
    return c, b


CASES = [icd_01, icd_02]
