"""NCD 20.34 Percutaneous left atrial appendage closure: be-laac-01..03."""
from chart import Chart, CPT, ICD10, npi


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


SVC_LAAC = {"system": CPT, "code": "33340",
            "display": "Percutaneous left atrial appendage closure"}


# ------------------------------------------------------------------------------------------------
def laac01():
    """Approve: CHA2DS2-VASc 4 / CHADS2 3 from age/HTN/DM; recurrent angiodysplasia bleeding; SDM with a
    non-interventional cardiologist; GI documents short-term anticoagulation acceptable."""
    c = Chart(22, "central", "ehr.osagevalley-health.example",
              "http://fhir.osagevalley-health.example/CodeSystem/local-obs")
    org = c.org("ovh", "Osage Valley Health - Cardiology and Gastroenterology", city="Osage Bluff", state="MO")
    c.patient("Vernell", "Haskins", "male", "1947-07-19", "Osage Bluff", "MO", "65099", "573-555-0181",
              "OVH-811462", org, extra_given="James")
    c.coverage("5KM8-PS2-BV76", "2012-07-01")
    cards = c.prac("dr-vandiver", "Rosemary", "Vandiver", "MD", "Cardiology (general, non-invasive)", npi(742085396))
    ep = c.prac("dr-mercado", "Julian", "Mercado", "MD", "Cardiac Electrophysiology", npi(742085314))
    gi = c.prac("dr-nakagawa", "Hollis", "Nakagawa", "MD", "Gastroenterology", npi(742085332))
    pcp = c.prac("dr-kettering", "Amos", "Kettering", "MD", "Family Medicine", npi(742085350))

    af = c.cond("af", "I48.19", "Other persistent atrial fibrillation", "2021-04-06 10:00", onset="2021-03-20",
                recorder=cards, note="Non-valvular (no mitral stenosis, no prosthetic valve).")
    htn = c.cond("htn", "I10", "Essential (primary) hypertension", "2005-10-11 10:00", recorder=pcp)
    dm = c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2013-01-15 10:00", recorder=pcp)
    c.cond("angiodysplasia", "K55.21", "Angiodysplasia of colon with hemorrhage", "2025-06-19 10:00", recorder=gi,
           note="Multiple cecal/ascending colon angioectasias; APC 06/2025 and 11/2025; small-bowel lesions on capsule.")
    c.cond("ida", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", "2025-06-19 10:01", recorder=gi)

    c.obs("hgb-2025-06-18", "718-7", "Hemoglobin [Mass/volume] in Blood", "2025-06-18 07:10", 6.8, "g/dL",
          category="laboratory", interp="LL", note="3 units PRBC transfused 06/18-06/19/2025.")
    c.obs("hgb-2025-11-17", "718-7", "Hemoglobin [Mass/volume] in Blood", "2025-11-17 06:50", 7.4, "g/dL",
          category="laboratory", interp="L", note="2 units PRBC. On apixaban 2.5 mg BID at the time.")
    c.obs("hgb-2026-03-24", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-03-24 08:20", 11.9, "g/dL",
          category="laboratory", interp="L")
    c.obs("laa-2026-03-31", "laa-ostium", "Left atrial appendage ostium, maximal diameter (TEE)", "2026-03-31 09:40",
          21, "mm", loinc=False, category="imaging", performer=ep, note="Chicken-wing morphology, depth 24 mm. No thrombus.")
    apix = c.med("apixaban", "1364430", "apixaban", "2021-04-06 10:30", cards, "5 mg twice daily (reduced to 2.5 mg "
                 "twice daily 07/2025)", status="stopped", stop="2025-11-19",
                 status_reason="Recurrent major GI bleeding from angiodysplasia (06/2025 and 11/2025, transfusions); "
                               "stopped on GI and cardiology advice", reason_text="Stroke prevention, AF")
    c.med("metoprolol", "6918", "metoprolol succinate", "2021-04-06 10:31", cards, "50 mg by mouth daily",
          reason_text="AF rate control")
    c.med("metformin", "6809", "metformin", "2013-01-15 10:10", pcp, "500 mg by mouth twice daily",
          reason_text="Type 2 diabetes")
    c.med("amlodipine", "17767", "amlodipine", "2005-10-11 10:10", pcp, "10 mg by mouth daily",
          reason_text="Hypertension")
    c.proc("apc-2025-06-20", CPT, "45388", "Colonoscopy with ablation of lesions",
           "2025-06-20 09:30", performer=gi, note="APC of 6 bleeding cecal/ascending colon angioectasias.")
    c.proc("apc-2025-11-19", CPT, "45388", "Colonoscopy with ablation of lesions",
           "2025-11-19 10:00", performer=gi, note="APC of 4 recurrent angioectasias; oozing lesion treated.")

    c.note("gi-2025-12-03", "2025-12-03 14:15", gi, "11506-3", "Progress note", "Gastroenterology follow-up",
           """OSAGE VALLEY GASTROENTEROLOGY - 12/03/2025 - Hollis Nakagawa, MD
78 yo M with AF; two transfusion-requiring GI bleeds from colonic (and small-bowel, capsule 07/2025) angioectasias
while on apixaban: 06/2025 (Hb 6.8, 3 u PRBC) and 11/2025 on reduced-dose apixaban (Hb 7.4, 2 u PRBC). APC x2.
New lesions keep forming; recurrence risk on anticoagulation is high.
Recommendations:
1. Avoid long-term anticoagulation - I recommend against resuming apixaban or any long-term OAC.
2. A short, defined course (up to ~6 weeks) of warfarin or DOAC, e.g. after an appendage-closure device, is
   acceptable with PPI cover and weekly Hb checks.
3. Oral iron; repeat capsule if bleeding recurs.
""")

    c.note("pcp-2026-01-12", "2026-01-12 10:30", pcp, "11506-3", "Progress note", "PCP visit",
           """Family Medicine - 01/12/2026 - Amos Kettering, MD
Hb recovering (10.6) on oral iron. Off apixaban since 11/19/2025. Feels well, some fatigue. Diabetes A1c 6.8 on
metformin. BP 134/78 on amlodipine.
Discussed stroke risk off anticoagulation; he and daughter want to hear about the Watchman-type procedure. Dr.
Vandiver (cardiology) will do the decision discussion.
""")

    c.note("sdm-2026-03-03", "2026-03-03 11:45", cards, "11506-3", "Progress note",
           "Shared decision-making - stroke prevention in AF",
           """<html><body>
<h3>Cardiology Clinic &mdash; Shared Decision-Making Visit: Stroke Prevention in Non-valvular AF</h3>
<p>03/03/2026 &middot; Rosemary Vandiver, MD (general cardiology; I do not perform LAAC procedures)</p>
<p><b>Stroke risk:</b> CHA2DS2-VASc 4 (age 78 = 2, hypertension 1, diabetes 1); CHADS2 3. No heart failure, no
prior stroke/TIA, no vascular disease. Echo 2025: no mitral stenosis, no prosthetic valve &mdash; non-valvular AF.</p>
<p><b>Bleeding:</b> HAS-BLED 3; two major GI bleeds on apixaban (one on reduced dose) despite endoscopic therapy.</p>
<p><b>Decision tool:</b> evidence-based decision aid on oral anticoagulation and LAAC for patients with NVAF
(printed version with icon arrays of 1-year stroke and bleeding outcomes), reviewed with the patient and his
daughter.</p>
<p><b>Options discussed:</b> (1) resume OAC (warfarin or a DOAC) &mdash; high risk of recurrent bleeding; (2)
percutaneous LAAC with short-term anticoagulation then antiplatelet therapy; (3) no stroke prevention therapy.</p>
<p><b>Conclusion:</b> in agreement with GI, he is <b>not able to take long-term oral anticoagulation</b>. He is
suitable for a short course of warfarin after LAAC (GI 12/03/2025). Patient prefers LAAC. Referred to
Dr. Mercado (EP).</p>
</body></html>""", html=True)

    c.note("ep-2026-03-24", "2026-03-24 15:00", ep, "11488-4", "Consult note", "Electrophysiology - LAAC evaluation",
           """ELECTROPHYSIOLOGY - LAAC EVALUATION - 03/24/2026 - Julian Mercado, MD
Referred by Dr. Vandiver after shared decision-making (03/03/2026) for LAAC.
Persistent NVAF since 2021. CHA2DS2-VASc 4. Off OAC since 11/2025 for recurrent transfusion-requiring GI bleeding
(angiodysplasia); GI and cardiology advise against long-term OAC; short course acceptable.
Hb 11.9 today. Creatinine 1.1.
Plan: TEE for appendage anatomy; if suitable, LAAC with post-implant warfarin + aspirin 45 days, then DAPT to 6
months, then aspirin; PPI throughout; weekly Hb during warfarin. Patient will be entered in the national LAAO
registry. Heart team (EP, imaging, anesthesia) reviewed.
""")

    c.note("tee-2026-03-31", "2026-03-31 11:00", ep, "18748-4", "Diagnostic imaging study", "Transesophageal echo",
           """TRANSESOPHAGEAL ECHOCARDIOGRAM - 03/31/2026 - Julian Mercado, MD
Rhythm AF. LVEF 55%. No LA/LAA thrombus, LAA emptying velocity 32 cm/s.
LAA: chicken-wing morphology; max ostium 21 mm, depth 24 mm - suitable for a closure device.
Mitral valve: mild MAC, trace MR, no mitral stenosis. No prosthetic valves. Interatrial septum intact.
""")

    c.sreq("laac-order", CPT, "33340", SVC_LAAC["display"], "2026-04-08 08:00", ep,
           reason="Non-valvular AF, CHA2DS2-VASc 4, unable to take long-term OAC (recurrent GI bleeding)")

    case = {
        "id": "be-laac-01", "num": 22,
        "request": {"service": SVC_LAAC,
                    "diagnoses": [dx("I48.19", "Other persistent atrial fibrillation"),
                                  dx("K55.21", "Angiodysplasia of colon with hemorrhage")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-08"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                 "evidence": ["Condition/af", "MedicationRequest/apixaban", "DocumentReference/gi-2025-12-03",
                              "DocumentReference/sdm-2026-03-03"],
                 "missing": [],
                 "rationale": "NVAF; age 78 + hypertension + diabetes give CHADS2 3 (>= 2) and CHA2DS2-VASc 4 (>= 3). "
                              "Formal SDM with an evidence-based decision tool by an independent non-interventional "
                              "cardiologist (03/03/2026), documented. Suitable for short-term warfarin but unable to take "
                              "long-term OAC (two transfusion-requiring bleeds; GI advice). Registry/operator/hospital "
                              "requirements are programme-level."},
        "criteria": [
            ["nvaf", "Non-valvular atrial fibrillation", "met", ["Condition/af", "DocumentReference/tee-2026-03-31"]],
            ["score", "CHADS2 >= 2 or CHA2DS2-VASc >= 3", "met",
             ["Patient/pe22-pt", "Condition/htn", "Condition/t2dm", "DocumentReference/sdm-2026-03-03"]],
            ["sdm", "Formal SDM with an independent non-interventional physician using an evidence-based decision tool, "
                    "documented", "met", ["DocumentReference/sdm-2026-03-03"]],
            ["oac", "Suitable for short-term warfarin but unable to take long-term OAC", "met",
             ["DocumentReference/gi-2025-12-03", "MedicationRequest/apixaban", "DocumentReference/sdm-2026-03-03"]],
        ],
        "traps": "scores must be checked from age and conditions; stopped anticoagulant with documented reason; SDM by a "
                 "general cardiologist (not the implanter) counts as independent",
    }
    c._stamp = "2026-04-08 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def laac02():
    """Refer: every patient criterion met except that the only SDM was done by the implanting electrophysiologist."""
    c = Chart(23, "eastern", "ehr.merrimack-cardio.example", "http://fhir.merrimack-cardio.example/CodeSystem/local-obs")
    org = c.org("mvc", "Merrimack Valley Cardiology", city="Pemigewasset Falls", state="NH")
    pc = c.org("franconia", "Franconia Family Health", city="Pemigewasset Falls", state="NH")
    c.patient("Dorothea", "Kimbrough", "female", "1950-05-05", "Pemigewasset Falls", "NH", "03299", "603-555-0153",
              "MVC-604418", org, extra_given="Jean")
    c.coverage("3SW5-LE7-QM28", "2015-05-01")
    pcp = c.prac("dr-hollis", "Eliza", "Hollis", "MD", "Family Medicine", npi(853196407))
    ep = c.prac("dr-adeyemi", "Keane", "Adeyemi", "MD", "Cardiac Electrophysiology (LAAC implanting physician)",
                npi(853196425))
    ns = c.prac("dr-pryce", "Marcus", "Pryce", "MD", "Neurosurgery", npi(853196443))
    rn = c.prac("rn-kowalski", "Nadia", "Kowalski", "RN", "Registered Nurse - procedure scheduling", npi(853196461))

    c.cond("af", "I48.19", "Other persistent atrial fibrillation", "2022-02-17 10:00", recorder=ep,
           note="Non-valvular.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2008-08-20 10:00", recorder=pcp)
    c.cond("hx-stroke", "Z86.73",
           "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
           "2023-06-12 10:00", recorder=pcp, note="Left MCA branch ischemic stroke 05/2023, full recovery.")
    c.cond("sdh", "S06.5X0D", "Traumatic subdural hemorrhage without loss of consciousness, subsequent encounter",
           "2025-09-20 10:00", onset="2025-09-14", recorder=ns, note="Fall at home on apixaban 09/14/2025; burr-hole "
                                                                      "evacuation 09/15/2025.")

    c.bp("bp-2026-06-16", "2026-06-16 09:20", 132, 76, performer=ep)
    c.obs("laa-2026-06-25", "laa-ostium", "Left atrial appendage ostium, maximal diameter (TEE)", "2026-06-25 10:30", 23,
          "mm", loinc=False, category="imaging", performer=ep)
    c.med("apixaban", "1364430", "apixaban", "2023-05-20 10:00", ep, "5 mg twice daily", status="stopped",
          stop="2025-09-14", status_reason="Traumatic subdural hematoma 09/14/2025", reason_text="Stroke prevention, AF")
    c.med("amlodipine", "17767", "amlodipine", "2008-08-20 10:10", pcp, "5 mg by mouth daily",
          reason_text="Hypertension")
    c.med("atorvastatin", "83367", "atorvastatin", "2023-05-20 10:10", pcp, "40 mg by mouth daily",
          reason_text="Secondary stroke prevention")

    c.note("neurosurg-2025-12-10", "2025-12-10 14:00", ns, "57133-1", "Referral note", "Neurosurgery letter",
           """GRANITE STATE NEUROSURGERY - letter to Dr. Hollis and Dr. Adeyemi - 12/10/2025
Re: Dorothea Kimbrough. Seen 3 months after burr-hole evacuation (09/15/2025) of an acute-on-chronic left subdural
hematoma sustained in a fall while on apixaban. CT today: resolved collection, no re-accumulation.
Given the fall history and recurrence risk, I advise against long-term anticoagulation. A short course (weeks) of
anticoagulation is acceptable from 03/2026 onward if needed for a procedure.
Marcus Pryce, MD
""")

    c.note("pcp-2026-05-20", "2026-05-20 11:00", pcp, "11506-3", "Progress note", "PCP visit",
           """FRANCONIA FAMILY HEALTH - 05/20/2026 - Eliza Hollis, MD
76 yo F with persistent AF (off apixaban since SDH 09/2025), prior ischemic stroke 2023, HTN.
She read about the "Watchman" and asks about it. Stroke risk is high (prior stroke). Neurosurgery advises against
long-term anticoagulation.
She has no general cardiologist - Dr. Adeyemi (EP) has followed her AF since 2022.
Plan: referral to Dr. Adeyemi for LAAC evaluation and the shared decision-making discussion.
""", custodian=pc)

    c.note("ep-sdm-2026-06-16", "2026-06-16 10:15", ep, "11488-4", "Consult note",
           "Electrophysiology - LAAC evaluation and shared decision making",
           """<html><body>
<h3>Merrimack Valley Cardiology &mdash; Electrophysiology</h3>
<p>06/16/2026 &middot; Keane Adeyemi, MD (cardiac electrophysiology; implanting physician)</p>
<p><b>Referral:</b> Dr. Hollis, for LAAC evaluation and shared decision-making.</p>
<p><b>Risk:</b> NVAF. CHA2DS2-VASc 6 (age 76 = 2, female 1, HTN 1, prior stroke 2). CHADS2 4. HAS-BLED 3.</p>
<p><b>Anticoagulation:</b> apixaban stopped 09/2025 after traumatic SDH requiring evacuation; neurosurgery advises
against long-term OAC; short-term anticoagulation acceptable from 03/2026.</p>
<p><b>Shared decision-making:</b> I performed the SDM today using the evidence-based NVAF anticoagulation/LAAC decision
aid (icon arrays). Options: resume OAC, LAAC, no therapy. She is deemed unable to take long-term OAC and is suitable
for 45 days of warfarin post-implant. She chooses LAAC.</p>
<p><b>Plan:</b> TEE; I will perform the LAAC procedure. Registry enrollment.</p>
</body></html>""", html=True)

    c.note("tee-2026-06-25", "2026-06-25 12:00", ep, "18748-4", "Diagnostic imaging study", "Transesophageal echo",
           """TEE - 06/25/2026 - Keane Adeyemi, MD
No LAA thrombus. LAA windsock morphology, ostium 23 mm, depth 27 mm. Mitral valve normal, no stenosis.
LVEF 60%. Suitable for LAAC.
""")

    c.note("scheduling-2026-06-30", "2026-06-30 13:25", rn, "34746-8", "Nurse note", "Procedure scheduling note",
           """Procedure scheduling - 06/30/2026 - Nadia Kowalski, RN
LAAC booked 07/21/2026, EP lab 2. Primary operator Dr. Adeyemi.
Authorization packet: EP consult/SDM 06/16, TEE 06/25, neurosurgery letter 12/10/2025.
Pre-op labs 07/14. Warfarin teaching to be done at pre-op visit.
Note: no separate cardiology SDM visit on file - patient does not have a general cardiologist.
""")

    c.sreq("laac-order", CPT, "33340", SVC_LAAC["display"], "2026-07-07 08:30", ep,
           reason="Non-valvular AF, prior stroke, unable to take long-term OAC (traumatic SDH)")

    case = {
        "id": "be-laac-02", "num": 23,
        "request": {"service": SVC_LAAC,
                    "diagnoses": [dx("I48.19", "Other persistent atrial fibrillation"),
                                  dx("Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral "
                                               "infarction without residual deficits")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-07-07"},
        "gold": {"recommendation": "refer", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/ep-sdm-2026-06-16", "DocumentReference/scheduling-2026-06-30",
                              "DocumentReference/pcp-2026-05-20"],
                 "missing": [],
                 "rationale": "CHA2DS2-VASc 6 / CHADS2 4, NVAF, and inability to take long-term OAC (SDH) are "
                              "documented. But the NCD requires the formal SDM interaction with an independent "
                              "non-interventional physician; the only SDM was done by the electrophysiologist who will "
                              "implant the device, and the chart says no other SDM exists. Criterion not met as done; "
                              "physician review."},
        "criteria": [
            ["nvaf", "Non-valvular AF", "met", ["Condition/af", "DocumentReference/tee-2026-06-25"]],
            ["score", "CHADS2 >= 2 or CHA2DS2-VASc >= 3", "met", ["Condition/hx-stroke", "Condition/htn"]],
            ["sdm", "Formal SDM with an independent non-interventional physician using a decision tool", "not_met",
             ["DocumentReference/ep-sdm-2026-06-16", "DocumentReference/scheduling-2026-06-30"]],
            ["oac", "Suitable for short-term warfarin; unable to take long-term OAC", "met",
             ["DocumentReference/neurosurg-2025-12-10", "MedicationRequest/apixaban"]],
        ],
        "traps": "SDM present and well documented, but by the wrong author (implanting EP); PCP referred the SDM to him",
    }
    c._stamp = "2026-07-07 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def laac03():
    """Request info: age 67 + HTN gives CHA2DS2-VASc 2 / CHADS2 1; the score qualifies only if a possible TIA is
    confirmed, and the neurology work-up is pending after the request date."""
    c = Chart(24, "pacific", "ehr.umpqua-valley.example", "http://fhir.umpqua-valley.example/CodeSystem/local-obs")
    org = c.org("uvmc", "Umpqua Valley Medical Center and Cardiology", city="Umpqua Ferry", state="OR")
    c.patient("Stanley", "Brzezinski", "male", "1959-03-03", "Umpqua Ferry", "OR", "97499", "541-555-0169",
              "UVM-219083", org, extra_given="Walter")
    c.coverage("6TP2-VA9-HD31", "2024-03-01")
    cards = c.prac("dr-ambrose", "Felicity", "Ambrose", "MD", "Cardiology (general, non-invasive)", npi(964207518))
    ep = c.prac("dr-ochoa", "Tobias", "Ochoa", "MD", "Cardiac Electrophysiology", npi(964207536))
    neuro = c.prac("dr-haddadin", "Yara", "Haddadin", "MD", "Neurology", npi(964207554))
    gi = c.prac("dr-doyle", "Cormac", "Doyle", "MD", "Gastroenterology", npi(964207572))

    c.cond("af", "I48.0", "Paroxysmal atrial fibrillation", "2024-06-10 10:00", recorder=cards, note="Non-valvular.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2016-02-22 10:00", recorder=cards)
    tia = c.cond("tia", "G45.9", "Transient cerebral ischemic attack, unspecified", "2026-10-18 19:40",
                 onset="2026-10-18", recorder=neuro, ver="provisional",
                 note="Possible TIA vs focal seizure vs migraine aura; outpatient EEG and neurology follow-up pending.")
    c.cond("div-bleed", "K57.31", "Diverticulosis of large intestine without perforation or abscess with bleeding",
           "2026-08-21 10:00", recorder=gi, clinical="resolved", abatement="2026-10-01 10:00")

    c.obs("hgb-2026-08-21", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-21 05:40", 6.9, "g/dL",
          category="laboratory", interp="LL", note="4 units PRBC. On rivaroxaban.")
    c.obs("hgb-2026-11-24", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-24 08:00", 12.8, "g/dL",
          category="laboratory", interp="L")
    c.bp("bp-2026-11-10", "2026-11-10 10:05", 138, 82, performer=cards)
    c.med("rivaroxaban", "1114195", "rivaroxaban", "2024-06-10 10:30", cards, "20 mg by mouth daily with dinner",
          status="stopped", stop="2026-08-20", status_reason="Major diverticular bleed 08/2026 (4 u PRBC)",
          reason_text="Stroke prevention, AF")
    c.med("apixaban", "1364430", "apixaban", "2026-09-08 10:00", cards, "2.5 mg by mouth twice daily (trial)",
          status="stopped", stop="2026-09-29", status_reason="Recurrent diverticular bleed 09/28/2026",
          reason_text="Stroke prevention, AF")
    c.med("metoprolol", "6918", "metoprolol succinate", "2024-06-10 10:31", cards, "25 mg by mouth daily",
          reason_text="AF")
    c.med("lisinopril", "29046", "lisinopril", "2016-02-22 10:10", cards, "20 mg by mouth daily",
          reason_text="Hypertension")
    c.appt("eeg-2026-12-08", "2026-10-19 09:00", "2026-12-08 13:00", 90, "Outpatient EEG (routine, sleep-deprived)",
           practitioner=neuro)
    c.appt("neuro-2026-12-15", "2026-10-19 09:05", "2026-12-15 10:30", 40,
           "Neurology follow-up - transient neurologic event 10/18/2026", practitioner=neuro)

    c.note("gi-2026-10-05", "2026-10-05 13:30", gi, "11488-4", "Consult note", "Gastroenterology consultation",
           """UMPQUA VALLEY GASTROENTEROLOGY - 10/05/2026 - Cormac Doyle, MD
67 yo M with pan-colonic diverticulosis. Bleed #1 08/20/2026 on rivaroxaban (Hb 6.9, 4 u PRBC, colonoscopy: no
active source, diffuse diverticula). Bleed #2 09/28/2026 within 3 weeks of starting low-dose apixaban (2 u PRBC).
Assessment: recurrent diverticular hemorrhage on anticoagulation; segmental resection not indicated (diffuse).
Recommendation: avoid long-term anticoagulation. A short defined course (about 6 weeks) would be acceptable if
needed for a procedure, with Hb monitoring.
""")

    c.note("ed-neuro-2026-10-18", "2026-10-18 20:30", neuro, "11488-4", "Consult note", "ED neurology consultation",
           """UMPQUA VALLEY MEDICAL CENTER - EMERGENCY DEPARTMENT - NEUROLOGY CONSULT
10/18/2026 20:30 - Yara Haddadin, MD

67 yo R-handed M (paroxysmal AF off anticoagulation since 09/29 for GI bleeding) with ~20 minutes of tingling of
the right hand spreading to the face, followed by difficulty finding words, beginning 17:45 while watching TV. He
describes a "shimmering" visual disturbance beforehand. Fully resolved by arrival. History of migraine with aura in
his 30s. No headache today. No tongue biting or incontinence.
Exam: NIHSS 0. Normal.
CT/CTA head and neck: no hemorrhage, no large-vessel occlusion or significant stenosis.
MRI brain with DWI: no acute infarct.
ECG: sinus rhythm.
Impression: transient neurologic event. Differential: TIA (AF, off OAC) vs migraine aura (march of sensory symptoms,
visual prodrome, prior migraine) vs focal seizure. Cannot confirm TIA at this time.
Plan: discharge; outpatient sleep-deprived EEG and neurology clinic follow-up (booked 12/08 and 12/15);
aspirin 81 mg meanwhile after discussion with GI.
""")

    c.note("sdm-2026-11-10", "2026-11-10 11:00", cards, "11506-3", "Progress note",
           "Shared decision-making - stroke prevention in AF",
           """<html><body>
<p><b>Umpqua Valley Cardiology</b> &mdash; 11/10/2026 &mdash; Felicity Ambrose, MD (general cardiology, non-interventional)</p>
<p><b>Purpose:</b> formal shared decision-making about stroke prevention in NVAF.</p>
<p><b>Stroke risk:</b> CHA2DS2-VASc 4 (age 65-74 = 1, HTN 1, TIA 2) per referral from the ED visit 10/18.</p>
<p><b>Bleeding:</b> two major diverticular bleeds on rivaroxaban and on low-dose apixaban; GI recommends against long-term
anticoagulation, short course acceptable.</p>
<p><b>Tool:</b> evidence-based NVAF stroke-prevention decision aid (OAC vs LAAC vs no therapy; icon arrays), reviewed with
patient and wife.</p>
<p><b>Conclusion:</b> unable to take long-term OAC; suitable for a short course of warfarin. He prefers LAAC. Referred to
Dr. Ochoa.</p>
</body></html>""", html=False)

    c.note("ep-2026-11-24", "2026-11-24 14:20", ep, "11488-4", "Consult note", "Electrophysiology - LAAC evaluation",
           """ELECTROPHYSIOLOGY - 11/24/2026 - Tobias Ochoa, MD
Paroxysmal NVAF; two major diverticular bleeds on OAC (08/2026, 09/2026); SDM with Dr. Ambrose 11/10.
Stroke risk: age 67 (1), hypertension (1) = CHA2DS2-VASc 2, CHADS2 1. The referral counts the 10/18 event as a
TIA (+2 -> CHA2DS2-VASc 4, CHADS2 3), but the ED neurologist could not confirm TIA (migraine aura or seizure
possible; MRI negative); EEG 12/08 and neurology follow-up 12/15 are pending.
Anatomy: TTE 2025 normal mitral valve, LVEF 58%.
Plan: submit LAAC authorization; TEE to be scheduled; await neurology conclusion.
""")

    c.sreq("laac-order", CPT, "33340", SVC_LAAC["display"], "2026-12-01 08:30", ep,
           reason="Paroxysmal NVAF, CHA2DS2-VASc 4 (with TIA), unable to take long-term OAC")

    case = {
        "id": "be-laac-03", "num": 24,
        "request": {"service": SVC_LAAC,
                    "diagnoses": [dx("I48.0", "Paroxysmal atrial fibrillation"),
                                  dx("G45.9", "Transient cerebral ischemic attack, unspecified")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-12-01",
                    "note": "CHA2DS2-VASc 4."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                 "evidence": ["Condition/tia", "DocumentReference/ed-neuro-2026-10-18", "DocumentReference/ep-2026-11-24"],
                 "missing": ["TIA|transient ischemic|neurology|EEG"],
                 "rationale": "SDM by a non-interventional cardiologist with a decision tool, and inability to take "
                              "long-term OAC with short-term suitability, are documented. Without the 10/18 event the "
                              "scores are CHA2DS2-VASc 2 and CHADS2 1, below both thresholds; with a TIA they are 4 and "
                              "3. The TIA is provisional: neurology could not confirm it, and the EEG and neurology visit "
                              "are booked after the request. Ask whether the event was confirmed as a TIA."},
        "criteria": [
            ["nvaf", "Non-valvular AF", "met", ["Condition/af", "DocumentReference/ep-2026-11-24"]],
            ["score", "CHADS2 >= 2 or CHA2DS2-VASc >= 3", "not_documented",
             ["Condition/tia", "DocumentReference/ed-neuro-2026-10-18", "DocumentReference/ep-2026-11-24"]],
            ["sdm", "Formal SDM with an independent non-interventional physician using a decision tool", "met",
             ["DocumentReference/sdm-2026-11-10"]],
            ["oac", "Suitable for short-term warfarin; unable to take long-term OAC", "met",
             ["DocumentReference/gi-2026-10-05", "DocumentReference/sdm-2026-11-10"]],
        ],
        "traps": "SDM note and request copy a score that counts an unconfirmed TIA; provisional Condition; work-up booked "
                 "after the request; Hb 12.8 on the EP visit day is noise",
    }
    c._stamp = "2026-12-01 17:00"
    return c, case


CASES = [laac01, laac02, laac03]
