"""NCD 20.34 cases (percutaneous left atrial appendage closure, CPT 33340)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, CPT

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SVC = {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"}


def laac01():
    c = Chart("pi15", "CA", "https://fhir.sjhv.example/r4")
    L = "http://fhir.sjhv.example/CodeSystem/cv-scores"
    c.patient("Moreno", ["Frank", "D."], "male", "1944-09-18", "Fresno", "93704", "SJ-7715520",
              "3389 N Fruit Ave", "559-555-0183", lang=("en", "English"))
    ep = c.prac("pr-lindgren", "Lindgren", ["Erik"], "Dr.", "MD", ["Clinical Cardiac Electrophysiology"])
    gc = c.prac("pr-agarwal", "Agarwal", ["Nisha"], "Dr.", "MD", ["Cardiovascular Disease (non-invasive)"])
    ns = c.prac("pr-kessler", "Kessler", ["Paul"], "Dr.", "MD", ["Neurological Surgery"])
    np = c.prac("pr-whitlock", "Whitlock", ["Jenna"], None, "NP-C", ["Nurse Practitioner, Structural Heart"])
    org = c.org("org-sjhv", "San Joaquin Heart & Vascular / Valley Regional Medical Center", "Fresno", "Hospital heart program")

    c.cond("cond-1501", "I48.19", "Other persistent atrial fibrillation", "2023-03-02 10:00", recorder=gc)
    c.cond("cond-1502", "I10", "Essential (primary) hypertension", "2010-07-12 09:00")
    c.cond("cond-1503", "E11.9", "Type 2 diabetes mellitus without complications", "2016-01-25 09:00")
    c.cond("cond-1504", "S06.5X0D", "Traumatic subdural hemorrhage without loss of consciousness, subsequent encounter",
           "2026-03-10 10:30", onset="2025-12-09 07:00", recorder=ns,
           note="Acute-on-chronic left SDH after fall on apixaban, burr-hole evacuation 12/10/2025.")
    c.cond("cond-1505", "R29.6", "Repeated falls", "2025-12-09 12:00", note="3 falls in 2025.")

    c.obs("obs-chads-0428", local(L, "CHA2DS2VASC", "CHA2DS2-VASc score"), "2026-04-28 15:00", value=4, unit="{score}",
          category="survey", performer=ep, note="Age >= 75 (2), HTN (1), DM (1). CHADS2 = 3.")
    c.obs("obs-hasbled-0428", local(L, "HASBLED", "HAS-BLED score"), "2026-04-28 15:00", value=3, unit="{score}", category="survey",
          performer=ep)
    c.obs("obs-ef-0420", loinc("10230-1", "Left ventricular Ejection fraction"), "2026-04-20 09:00", vrange=(50, 55, "%"),
          category="imaging")
    c.report("dr-ct-1209", cc(text="CT head without contrast"), "2025-12-09 08:05", issued="2025-12-09 08:40",
             conclusion="Acute-on-chronic left convexity subdural hematoma, maximal thickness 14 mm, 6 mm midline shift.")
    c.report("dr-echo-0420", loinc("34552-0", "2D echocardiogram panel"), "2026-04-20 09:00", issued="2026-04-20 13:30",
             results=["Observation/obs-ef-0420"],
             conclusion="LVEF 50-55%. Biatrial enlargement (LA volume index 52 mL/m2). Mild MR, no mitral stenosis (mean gradient "
                        "2 mmHg). No prosthetic valves. Atrial fibrillation during study.")
    c.proc("proc-burr-1210", cc((CPT, "61154", "Burr hole(s) with evacuation and/or drainage of hematoma, extradural or subdural")),
           "2025-12-10 14:20", performer=ns, body_site="Left frontal and parietal")
    c.medstmt("ms-apix", rx("1364430", "apixaban", "apixaban 5 MG Oral Tablet"), "2023-03-10 09:00", end="2025-12-09 08:00",
              status="stopped", reason="Subdural hematoma", note="Reversed with andexanet 12/09/2025. Not resumed.")
    appt = c.appt("appt-sdm-0519", "booked", "2026-04-29 09:15", "2026-05-19 10:00", "2026-05-19 10:40", gc,
                  "General cardiology - shared decision-making visit (LAAC vs anticoagulation)",
                  service_type="General Cardiology", comment="Per Dr. Lindgren referral. Pt to bring son.")

    ds = """VALLEY REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY
Admit 12/09/2025   Discharge 12/14/2025   Service: Neurosurgery
Attending: Paul Kessler, MD
Dx: Acute-on-chronic left subdural hematoma after ground-level fall, on apixaban for AF.
Course: CT head 12/09 - L SDH 14 mm with 6 mm shift. Apixaban reversed (andexanet). Left burr-hole
evacuation 12/10 - uncomplicated. Neuro exam returned to baseline. PT/OT: rolling walker.
Third fall this year (mechanical, cluttered home; mild gait instability).
Anticoagulation: HOLD. Neurosurgery follow-up 3 months with CT to discuss.
Discharge to home with home health PT.
"""
    c.doc("doc-ds-1214", "18842-5", "Discharge Summary", "2025-12-14 13:00", ns, ds, custodian=org)

    nsnote = """NEUROSURGERY CLINIC - FOLLOW-UP        03/10/2026
Paul Kessler, MD
3 months after L burr-hole evacuation of SDH. Doing well; using walker outdoors; one near-fall in
February, no head strike. CT head today: complete resolution of the subdural collection.
Anticoagulation question from cardiology: Given recurrent falls and an SDH requiring evacuation, I
would recommend against resuming long-term oral anticoagulation. A short course of anticoagulation
(e.g. 45 days of warfarin after an appendage-closure device) is acceptable from a neurosurgical
standpoint now that the collection has resolved.
Return PRN.
"""
    c.doc("doc-ns-0310", "11506-3", "Neurosurgery Follow-up", "2026-03-10 11:20", ns, nsnote, custodian=org)

    epnote = """CARDIAC ELECTROPHYSIOLOGY - CONSULTATION (LAAC)
Date: 04/28/2026      Erik Lindgren, MD (EP / LAAC implanter)
Referring: Nisha Agarwal, MD

81-year-old man with persistent AF since 2023, HTN, DM2, off apixaban since an SDH requiring
evacuation 12/2025; recurrent falls. Neurosurgery (03/10/2026) advises against long-term OAC but
accepts a short post-implant course.
Echo 04/20/2026: LVEF 50-55%, no mitral stenosis, no prosthetic valve - non-valvular AF.
CHADS2 3 (age, HTN, DM); CHA2DS2-VASc 4; HAS-BLED 3.

I discussed with Mr. Moreno and his son the options: no antithrombotic therapy, aspirin alone,
resumption of a DOAC, and percutaneous LAAC, including procedural risks (tamponade, device
embolization, device-related thrombus, stroke) and the post-implant medication plan. He would like
to pursue LAAC.
Per CMS requirements a formal shared decision-making interaction with an independent non-
interventional physician using an evidence-based decision tool is required before LAAC - referred
back to Dr. Agarwal (general cardiology) for this; appointment 05/19/2026.
Plan: TEE for appendage sizing, Watchman FLX Pro, warfarin + aspirin 45 days post-implant then DAPT.
"""
    c.doc("doc-ep-0428", "11488-4", "EP Consultation - LAAC", "2026-04-28 16:30", ep, epnote, custodian=org)

    npnote = """STRUCTURAL HEART - PRE-PROCEDURE TEACHING      05/27/2026
Jenna Whitlock, NP-C
Pre-procedure education for left atrial appendage closure (Watchman FLX Pro), tentative 06/16/2026.
Reviewed: arrival, general anesthesia and TEE, femoral venous access, overnight stay, groin care,
warfarin + aspirin for 45 days after the implant with INR checks, follow-up TEE/CT at 45 days.
Patient says he "already talked it over with the heart doctors" and wants to proceed. Son present.
Teach-back completed. Consent to be signed the day of the procedure.
"""
    c.doc("doc-np-0527", "11506-3", "Pre-procedure Teaching", "2026-05-27 14:45", np, npnote, custodian=org)

    sdm = """GENERAL CARDIOLOGY - SHARED DECISION-MAKING VISIT     06/09/2026
Nisha Agarwal, MD
Note: patient missed the 05/19 appointment (son's car broke down); rescheduled to today.
Formal shared decision-making on stroke prevention in non-valvular AF, using the ACC CardioSmart
AFib decision aid (print), with patient and son. Options reviewed: no therapy, aspirin, DOAC, LAAC.
Personalized estimates: stroke ~4.8%/yr untreated (CHA2DS2-VASc 4); major bleeding/intracranial
bleeding risk on OAC high given SDH requiring evacuation and ongoing falls.
Outcome: after SDM, he is deemed unable to take long-term oral anticoagulation (SDH, recurrent
falls); suitable for a short course of warfarin per neurosurgery. He chooses LAAC.
Nisha Agarwal, MD
"""
    c.doc("doc-sdm-0609", "11506-3", "Shared Decision-Making Visit", "2026-06-09 11:30", gc, sdm, custodian=org)

    case = {
        "id": "bi-laac-01", "patient": "patients/pi15.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "I48.19", "display": "Other persistent atrial fibrillation"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-02"},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/doc-ep-0428", appt, "DocumentReference/doc-ns-0310"],
                 "missing": ["shared decision|SDM|decision aid|decision tool|non-interventional|independent physician"],
                 "rationale": "NVAF, CHADS2 3 / CHA2DS2-VASc 4, neurosurgery documents inability to take long-term OAC and "
                              "suitability for a short course. The formal SDM with an independent non-interventional physician "
                              "using a decision tool is not documented before the request: the implanting EP's own discussion does "
                              "not qualify, the 05/19 appointment is still 'booked' with no note, the NP visit is procedural "
                              "teaching. The SDM note dated 06/09 is after the request."},
    }
    return case, c


def laac02():
    c = Chart("pi16", "MI", "https://fhir.lakeshorehv.example/r4")
    L = "http://fhir.lakeshorehv.example/CodeSystem/cv"
    c.patient("VanderMeer", ["Judith", "A."], "female", "1949-01-04", "Grand Rapids", "49506", "LSH-5092281",
              "1214 Lake Dr SE", "616-555-0114")
    gc = c.prac("pr-hassan", "Hassan", ["Samir"], "Dr.", "MD", ["Cardiovascular Disease"])
    ep = c.prac("pr-kapoor", "Kapoor", ["Anika"], "Dr.", "MD", ["Clinical Cardiac Electrophysiology"])
    gi = c.prac("pr-devries", "DeVries", ["Robert"], "Dr.", "MD", ["Gastroenterology"])
    neuro = c.prac("pr-mendez", "Mendez", ["Laura"], "Dr.", "MD", ["Neurology"])
    org = c.org("org-lshv", "Lakeshore Health - Heart & Vascular", "Grand Rapids", "Hospital system")

    c.cond("cond-1601", "I48.19", "Other persistent atrial fibrillation", "2022-08-11 10:00", recorder=gc)
    c.cond("cond-1602", "I10", "Essential (primary) hypertension", "2008-04-02 09:00")
    c.cond("cond-1603", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", "2025-11-20 16:00", recorder=gi)
    c.cond("cond-1604", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", "2025-09-02 10:00", recorder=gi)
    c.cond("cond-1605", "G45.9", "Transient cerebral ischemic attack, unspecified", "2025-06-01 22:10", verification="refuted",
           clinical="inactive", recorder=neuro, category="encounter-diagnosis",
           note="ED working diagnosis 06/01/2025; neurology 06/03/2025: migraine aura, not TIA. MRI without infarct.")

    c.obs("obs-hgb-1119", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2025-11-19 03:40", value=6.8, unit="g/dL",
          category="laboratory", interp="Critical low")
    c.obs("obs-hgb-0210", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-02-10 08:20", value=11.2, unit="g/dL",
          category="laboratory")
    c.obs("obs-ef-0120", loinc("10230-1", "Left ventricular Ejection fraction"), "2026-01-20 10:30", value=60, unit="%", category="imaging")
    c.obs("obs-mvg-0120", local(L, "MV-MG", "Mitral valve mean gradient"), "2026-01-20 10:30", value=2, unit="mm[Hg]", category="imaging")
    c.obs("obs-score-0224", local(L, "CHA2DS2VASC", "CHA2DS2-VASc score"), "2026-02-24 15:10", value=4, unit="{score}",
          category="survey", performer=ep)
    echo = c.report("dr-echo-0120", loinc("34552-0", "2D echocardiogram panel"), "2026-01-20 10:30", issued="2026-01-20 15:45",
                    interpreter=gc, results=["Observation/obs-ef-0120", "Observation/obs-mvg-0120"],
                    conclusion="LVEF 60%. LA moderately dilated (4.6 cm). Mild mitral annular calcification with mild MR; no mitral "
                               "stenosis (mean gradient 2 mmHg at HR 78). Native valves, no prosthesis. AF throughout.")
    c.medstmt("ms-apix", rx("1364430", "apixaban", "apixaban 2.5 MG Oral Tablet"), "2022-08-15 09:00", end="2025-11-19 02:00",
              status="stopped", reason="Recurrent GI bleeding from angiodysplasia",
              note="5 mg BID until 09/2025, reduced to 2.5 mg BID after second bleed; stopped 11/19/2025 after third bleed.")
    c.proc("proc-egd-1120", cc((CPT, "43270", "EGD with ablation of tumor(s), polyp(s), or other lesion(s)"),
                               text="EGD with argon plasma coagulation"), "2025-11-20 10:30", performer=gi,
           outcome="Multiple gastric and duodenal angiodysplasias, two actively oozing - treated with APC.")

    neurotxt = """NEUROLOGY INPATIENT CONSULT - 06/03/2025 - Laura Mendez, MD
76F admitted 06/01 as "TIA" after 20 minutes of shimmering zig-zag lines in the right visual field
followed by tingling spreading from right hand to face over ~10 minutes, then a throbbing
headache. Similar episodes in her 40s. MRI brain with DWI: no infarct. CTA head/neck: no
significant stenosis. EEG normal.
Impression: migraine aura with headache (late-life migraine accompaniments). NOT a TIA - problem
list updated. No change to AF management from a neurological standpoint.
"""
    c.doc("doc-neuro-0603", "11488-4", "Neurology Consultation", "2025-06-03 15:00", neuro, neurotxt, custodian=org)

    gids = """LAKESHORE HEALTH - DISCHARGE SUMMARY (GASTROENTEROLOGY)
Admit: 11/19/2025   Discharge: 11/22/2025   Attending: Robert DeVries, MD
Dx: Acute upper GI bleeding from gastric/duodenal angiodysplasia (third episode in 2025); acute on
chronic blood-loss anemia; persistent AF on apixaban.
Course: melena, Hgb 6.8 -> transfused 3 units PRBC. EGD 11/20: multiple angiodysplasias, two
oozing - APC. Capsule (09/2025) also showed scattered jejunal angioectasias not reachable by EGD.
Prior bleeds 04/2025 (apixaban 5 mg) and 09/2025 (after dose reduction to 2.5 mg BID still bled).
GI recommendation: Do NOT resume apixaban or other long-term anticoagulation - recurrent
transfusion-requiring bleeding despite dose reduction and endoscopic therapy. A short course of
anticoagulation (about 6 weeks, e.g. warfarin after a left atrial appendage closure device) would
be acceptable from a GI standpoint with PPI cover and weekly Hgb checks.
Discharge Hgb 9.4. IV iron arranged.
"""
    c.doc("doc-gids-1122", "18842-5", "Discharge Summary", "2025-11-22 12:30", gi, gids, custodian=org)

    sdm = """<html><body>
<h3>General Cardiology &ndash; Shared Decision-Making Visit: Stroke Prevention in Atrial Fibrillation</h3>
<p>Date: 02/17/2026 &nbsp; Physician: Samir Hassan, MD (general cardiology; not part of the LAAC implanting team) &nbsp;
Patient: Judith A. VanderMeer, DOB 01/04/1949 &nbsp; Present: patient, husband</p>
<p><b>Decision tool:</b> ACC CardioSmart &ldquo;Atrial Fibrillation &ndash; Stroke Prevention&rdquo; evidence-based decision aid
(print + online), reviewed together; personalized stroke/bleeding estimates shown.</p>
<table border="1" cellpadding="3">
<tr><th>Option</th><th>Discussed</th><th>Key points for her</th></tr>
<tr><td>Resume DOAC (apixaban)</td><td>Yes</td><td>Bled 3 times in 2025 on apixaban incl. reduced dose; GI advises against</td></tr>
<tr><td>Warfarin long term</td><td>Yes</td><td>Same bleeding substrate; GI advises against long-term OAC</td></tr>
<tr><td>No anticoagulation / aspirin only</td><td>Yes</td><td>Annual stroke risk ~4-5% with CHA2DS2-VASc 4</td></tr>
<tr><td>Left atrial appendage closure</td><td>Yes</td><td>Procedure risks; needs ~45 days warfarin + aspirin afterwards</td></tr>
</table>
<p><b>Risk scores:</b> CHA2DS2-VASc 4 (age &ge; 75 = 2, female = 1, hypertension = 1; 2025 &ldquo;TIA&rdquo; was migraine aura per
neurology and is not counted). CHADS2 2. HAS-BLED 3.</p>
<p><b>Values:</b> &ldquo;I'm more afraid of a stroke than of the procedure, but I can't keep going to the hospital for blood.&rdquo;</p>
<p><b>Conclusion of shared decision-making:</b> She is unable to take long-term oral anticoagulation because of recurrent
transfusion-requiring GI bleeding despite dose reduction; she is suitable for short-term warfarin after implant (GI agrees).
She chooses left atrial appendage closure. Referred to Dr. Kapoor (EP).</p>
<p>Samir Hassan, MD &ndash; signed 02/17/2026 17:05</p>
</body></html>"""
    c.doc("doc-sdm-0217", "11506-3", "Shared Decision-Making Visit", "2026-02-17 17:05", gc, sdm, ctype="text/html", custodian=org)

    epnote = """ELECTROPHYSIOLOGY CONSULTATION - LAAC EVALUATION
Date: 02/24/2026       Anika Kapoor, MD
Referring: Samir Hassan, MD

77-year-old woman with persistent AF (2022), hypertension, and recurrent GI bleeding from gastric,
duodenal and jejunal angiodysplasia on apixaban (04/2025, 09/2025, 11/2025 - the last requiring 3
units PRBC). Apixaban stopped 11/19/2025.
Echo 01/20/2026: LVEF 60%, mild MAC with mild MR, no mitral stenosis, no prosthetic valve -> non-
valvular AF.
Stroke risk: CHADS2 2 (age > 75, HTN); CHA2DS2-VASc 4 (age >= 75, female, HTN). The 06/2025
admission for "TIA" was re-diagnosed as migraine aura by neurology. HAS-BLED 3.
Formal SDM with Dr. Hassan (independent, non-interventional) on 02/17/2026 using the CardioSmart
decision aid - concluded she is unable to take long-term OAC but suitable for short-term warfarin.
Plan: Watchman FLX Pro LAAC. Pre-procedure TEE. Post-implant warfarin + aspirin x 45 days, then
DAPT to 6 months, then aspirin. Will enroll in the LAAO registry.
"""
    c.doc("doc-ep-0224", "11488-4", "EP Consultation - LAAC", "2026-02-24 16:20", ep, epnote, custodian=org)

    tel = """TELEPHONE 03/16/2026 10:05 - EP RN
Pre-procedure instructions for LAAC 04/02/2026. CBC 1 week prior. Pt asks about driving after the
procedure. Authorization submitted 03/10 - pending.
"""
    c.doc("doc-tel-0316", "34748-6", "Telephone Note", "2026-03-16 10:05", ep, tel, custodian=org)

    case = {
        "id": "bi-laac-02", "patient": "patients/pi16.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "I48.19", "display": "Other persistent atrial fibrillation"},
                                  {"system": ICD, "code": "K31.811", "display": "Angiodysplasia of stomach and duodenum with bleeding"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-10"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/doc-sdm-0217", "DocumentReference/doc-ep-0224", "DocumentReference/doc-gids-1122", echo],
                 "missing": [],
                 "rationale": "Non-valvular AF (no mitral stenosis or prosthesis). CHA2DS2-VASc 4 and CHADS2 2 from age 77, female "
                              "sex and hypertension (refuted TIA not counted). Formal SDM by an independent non-interventional "
                              "physician with an evidence-based decision tool, documented; after it she is deemed unable to take "
                              "long-term OAC (recurrent transfusion-requiring bleeding) and suitable for short-term warfarin (GI)."},
    }
    return case, c
