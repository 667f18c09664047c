"""NCD 20.34 cases (LAAC)."""
from fhirlib import *

SVC = {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage"}


def laac_01():
    """approve"""
    c = Chart("bt-p08", "bt-p08", "Constance Ellen", "Mayfield", "female", "1952-09-03", city="McMinnville", mrn="LH7154029")
    c.practitioner("olsen", "Marguerite", "Olsen", "MD, Cardiovascular Disease (non-invasive, general cardiology)", "Dr.")
    c.practitioner("qureshi", "Hassan", "Qureshi", "MD, Clinical Cardiac Electrophysiology (LAAC implanter)", "Dr.")
    c.practitioner("reyes-t", "Toni", "Reyes", "NP, Structural Heart / EP program")
    c.practitioner("banerjee", "Arjun", "Banerjee", "MD, Gastroenterology", "Dr.")
    c.practitioner("kemp", "Lydia", "Kemp", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("aldana", "Ruben", "Aldana", "MD, Cardiac Imaging", "Dr.")
    c.organization("lmc", "Larkspur Medical Center", "Hospital")

    c.condition("cond-af", "I48.19", "2019-05-28", asserter="olsen", text="Persistent atrial fibrillation (nonvalvular)")
    c.condition("cond-htn", "I10", "2006-01-01", asserter="kemp")
    c.condition("cond-avm", "K31.811", "2025-09-04", asserter="banerjee",
                text="Duodenal and jejunal angioectasias with bleeding")
    c.condition("cond-anemia", "D50.0", "2025-09-04", asserter="banerjee")
    c.condition("cond-gerd", "K21.9", "2015-01-01", asserter="kemp")
    c.condition("cond-hyst", "Z90.710", "1998-01-01", asserter="kemp")

    c.med("med-apixaban", "apixaban 5 mg tablet", "2019-06-03", status="stopped", rxnorm=("1364430", "apixaban"),
          dosage="5 mg PO BID", requester="olsen", start="2019-06-03", end="2025-11-14",
          status_reason="Recurrent small-bowel angioectasia bleeding (9/2025, 11/2025) requiring transfusion; GI and cardiology: not a candidate for long-term anticoagulation")
    c.med("med-metop", "metoprolol succinate ER 50 mg tablet", "2019-05-28", rxnorm=("6918", "metoprolol"), dosage="50 mg daily")
    c.med("med-lisin", "lisinopril 20 mg tablet", "2006-01-01", rxnorm=("29046", "lisinopril"), dosage="20 mg daily")
    c.med("med-panto", "pantoprazole 40 mg tablet", "2025-09-06", rxnorm=("40790", "pantoprazole"), dosage="40 mg daily")
    c.med("med-iron", "ferrous sulfate 325 mg tablet", "2025-09-06", local_code="F-FESO4-325", dosage="325 mg every other day")

    c.obs("hgb-2025-09-03", HGB, dt("2025-09-03", "22:00"), 6.9, "g/dL", ucum="g/dL", interpretation="Critical low")
    c.obs("hgb-2025-11-12", HGB, dt("2025-11-12", "19:30"), 7.4, "g/dL", ucum="g/dL", interpretation="Low")
    c.obs("hgb-2026-01-08", HGB, dt("2026-01-08", "08:00"), 10.8, "g/dL", ucum="g/dL", interpretation="Low")
    c.obs("lvef-2025-12-02", LVEF, dt("2025-12-02", "10:00"), 60, "%", category="imaging", performer=["Practitioner/aldana"])
    c.obs("ms-2025-12-02", local("MV-STENOSIS", "Mitral stenosis severity (echo)"), dt("2025-12-02", "10:00"), ("cc", "None"),
          category="imaging", performer=["Practitioner/aldana"])

    c.doc("pcp-2023-04-10", "11506-3", dt("2023-04-10", "09:30"), ["Practitioner/kemp"], """PCP visit - L. Kemp MD
AF followed by Dr Olsen, on apixaban 5 BID. Problem-list template still shows 'CHADS2 1 - ASA only' from 2018;
cardiology uses CHA2DS2-VASc (3) - template text outdated.
BP 132/78. Renal fn normal. No bleeding. Continue.
""", description="PCP visit")
    c.encounter("enc-gib1", "IMP", dt("2025-09-03", "21:00"), dt("2025-09-06", "12:00"), "Inpatient - GI bleed", ["banerjee"], "lmc")
    c.doc("dc-2025-09-06", "18842-5", dt("2025-09-06", "11:30"), ["Practitioner/banerjee"], """DISCHARGE SUMMARY - GI bleed
73F on apixaban for AF, melena + syncope at home, Hgb 6.9. 3 u PRBC. EGD: multiple duodenal angioectasias - APC.
Capsule endoscopy: additional jejunal angioectasias x ~8, two with stigmata. Apixaban held, resume in 14 days
per cardiology if no rebleed. PPI. Iron.
""", description="Discharge summary - GI bleed", encounter="enc-gib1")
    c.doc("gi-2025-11-14", "11488-4", dt("2025-11-14", "15:00"), ["Practitioner/banerjee"], """GI CONSULT (readmission) - A. Banerjee MD
Recurrent melena 11/12 after apixaban resumed 9/20; Hgb 7.4, 2 u PRBC. Push enteroscopy: APC to 5 jejunal
angioectasias; more distal lesions beyond reach.
Assessment: diffuse small-bowel angioectasias, not amenable to complete endoscopic therapy; very high risk of
further bleeding on continuous anticoagulation.
Recommendation: NOT a candidate for long-term oral anticoagulation - discontinue apixaban. Discussed with Dr
Olsen; support LAAC referral. A SHORT course of anticoagulation after LAAC (e.g. warfarin ~45 days) is
acceptable from a GI standpoint with PPI and weekly CBC; we would accept that bleeding risk for a defined period.
""", description="GI consultation")
    c.doc("echo-2025-12-02", "18748-4", dt("2025-12-02", "14:00"), ["Practitioner/aldana"], """TTE - 12/02/2025 - R. Aldana MD
LVEF 60%. LA moderately dilated (LAVI 46 mL/m2). MV: mild annular calcification, mild MR, NO mitral stenosis
(MVA by planimetry normal, mean gradient 2 mmHg). No prosthetic valves. AV sclerosis without stenosis.
""", description="Echocardiogram report")
    c.doc("sdm-2025-12-16", "11506-3", dt("2025-12-16", "10:45"), ["Practitioner/olsen"], """CARDIOLOGY - SHARED DECISION-MAKING VISIT: stroke prevention in AF - M. Olsen MD
(Non-interventional general cardiology; not part of the LAAC implanting team.) 40 min, daughter present.

73F persistent NVAF (no MS, no mechanical valve - echo 12/2), HTN. CHA2DS2-VASc 3 (female, age 65-74, HTN);
CHADS2 1. HAS-BLED 3 (age, bleeding history, HTN).
Decision tool: evidence-based AF stroke-prevention decision aid (OAC vs LAAC vs no therapy), printed and reviewed
together, with her personalised annual stroke and bleeding estimates.
Discussed: stroke risk off anticoagulation; continued OAC (any DOAC/warfarin) and the expected rebleeding given
GI's findings; LAAC - procedural risks (effusion/tamponade, device embolization, device-related thrombus,
stroke), need for short-term post-implant warfarin + aspirin then antiplatelet; no therapy.
Patient values: most afraid of another bleed and transfusions; also wants stroke protection.
Outcome: we agree she cannot safely continue long-term oral anticoagulation (recurrent transfusion-requiring GI bleed,
GI recommendation). She is suitable for a short course of warfarin after LAAC per GI. She chooses LAAC.
Referral to Dr Qureshi (EP/LAAC).
""", description="Shared decision-making visit (cardiology)")
    c.doc("structural-np-2026-01-06", "11506-3", dt("2026-01-06", "13:30"), ["Practitioner/reyes-t"], """STRUCTURAL HEART / EP PROGRAM - LAAC INTAKE - T. Reyes NP
Intake for LAAC. SDM: performed (see Dr Olsen 12/16). Our program's LAAC education video shown and booklet given.
CHA2DS2-VASc 3. Anticoagulation: off since 11/14/25 (GI bleeds).
Pre-procedure: TEE day of procedure, CBC, BMP. Post-implant plan: warfarin (INR 2-3) + ASA 81 x 45 d, then
clopidogrel + ASA to 6 mo, then ASA.
""", description="LAAC program intake (NP)")
    c.doc("ep-2026-01-13", "11488-4", dt("2026-01-13", "14:00"), ["Practitioner/qureshi"], """EP CONSULTATION - LAAC - H. Qureshi MD
73F persistent NVAF, CHA2DS2-VASc 3, off OAC since 11/2025 after recurrent small-bowel AVM bleeding (GI: not a
long-term OAC candidate; short-term OK). SDM with decision aid completed with Dr Olsen 12/16/25 (reviewed).
Echo: no MS. Hgb recovering (10.8).
Plan: LAAC (Watchman-type device). Post-implant warfarin + ASA 45 d per GI agreement. Registry enrolment at
procedure.
""", description="EP consultation")
    c.service_request("sr-laac", SVC_CODE, "2026-01-20", requester="qureshi", reason=["I48.19"])

    gold = {"recommendation": "approve", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/sdm-2025-12-16", "DocumentReference/gi-2025-11-14", "MedicationRequest/med-apixaban",
                         "DocumentReference/echo-2025-12-02", "Condition/cond-htn"],
            "missing": [],
            "rationale": "NVAF (no mitral stenosis). CHADS2 is only 1, but CHA2DS2-VASc is 3 (female, 65-74, HTN), which meets "
                         "the either/or score. Formal SDM with a decision tool by an independent non-interventional "
                         "cardiologist; unable to take long-term OAC (recurrent transfusion-requiring bleeds) but suitable for "
                         "short-term warfarin per GI. The implanting team NP's intake does not count as SDM, and is not needed."}
    k = case("bt-laac-01", "patients/bt-p08.json", SVC, ["I48.19", "K31.811"], "2026-01-20", gold)
    return k, c


SVC_CODE = (CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage")


def laac_02():
    """request_info"""
    c = Chart("bt-p03", "bt-p03", "Franklin Chidi", "Oduya", "male", "1947-12-12", city="Hillsboro", mrn="LH2641885")
    c.practitioner("adair", "Benjamin", "Adair", "MD, Cardiovascular Disease (general cardiology)", "Dr.")
    c.practitioner("qureshi", "Hassan", "Qureshi", "MD, Clinical Cardiac Electrophysiology (LAAC implanter)", "Dr.")
    c.practitioner("sato", "Keiko", "Sato", "MD, Vascular Neurology", "Dr.")
    c.practitioner("moreau", "Claire", "Moreau", "MD, Neurohospitalist", "Dr.")
    c.practitioner("ibe", "Grace", "Ibe", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("aldana", "Ruben", "Aldana", "MD, Cardiac Imaging", "Dr.")
    c.organization("lmc", "Larkspur Medical Center", "Hospital")

    c.condition("cond-af", "I48.0", "2020-03-02", asserter="adair", text="Paroxysmal atrial fibrillation (nonvalvular)")
    c.condition("cond-htn", "I10", "2004-01-01", asserter="ibe")
    c.condition("cond-t2dm", "E11.9", "2012-01-01", asserter="ibe")
    c.condition("cond-ich", "I61.1", "2026-08-14", onset=dt("2026-08-14", "06:30"), asserter="moreau",
                text="Left parietal lobar intracerebral hemorrhage (on warfarin)")
    c.condition("cond-bph", "N40.0", "2015-01-01", asserter="ibe")

    c.med("med-warfarin", "warfarin 5 mg tablet", "2020-03-10", status="stopped", rxnorm=("11289", "warfarin"),
          dosage="per INR clinic", requester="adair", start="2020-03-10", end="2026-08-14",
          status_reason="Intracerebral hemorrhage 8/14/2026 (INR 3.4); reversed with 4F-PCC. Long-term anticoagulation permanently discontinued.")
    c.med("med-metformin", "metformin 1000 mg tablet", "2012-01-01", rxnorm=("6809", "metformin"), dosage="1000 mg BID")
    c.med("med-amlo", "amlodipine 10 mg tablet", "2010-01-01", rxnorm=("17767", "amlodipine"), dosage="10 mg daily")
    c.med("med-atorva", "atorvastatin 40 mg tablet", "2012-01-01", rxnorm=("83367", "atorvastatin"), dosage="40 mg daily")
    c.med("med-diltiazem", "diltiazem ER 180 mg capsule", "2020-03-02", rxnorm=("3443", "diltiazem"), dosage="180 mg daily")

    c.obs("inr-2026-08-14", INR, dt("2026-08-14", "07:10"), 3.4, "{INR}", interpretation="High")
    c.obs("ich-vol-2026-08-14", local("ICH-VOL", "Intracerebral hemorrhage volume (ABC/2)"), dt("2026-08-14", "07:05"), 18, "mL",
          category="imaging")
    c.obs("mrs-2026-09-22", local("MRS", "Modified Rankin Scale"), dt("2026-09-22", "10:00"), 1, "{score}", category="survey",
          performer=["Practitioner/sato"])
    c.obs("lvef-2026-09-10", LVEF, dt("2026-09-10", "10:00"), 55, "%", category="imaging", performer=["Practitioner/aldana"])

    c.encounter("enc-ich", "IMP", dt("2026-08-14", "06:50"), dt("2026-08-21", "13:00"), "Inpatient - stroke unit", ["moreau"], "lmc")
    c.doc("dc-2026-08-21", "18842-5", dt("2026-08-21", "12:30"), ["Practitioner/moreau"], """DISCHARGE SUMMARY - Stroke Unit - C. Moreau MD
78M, PAF on warfarin, HTN, T2DM. Acute R arm weakness + word-finding difficulty 8/14 AM.
CT: L parietal lobar ICH 18 mL, no IVH. INR 3.4 -> 4F-PCC + vit K, INR 1.2 at 1 h. No expansion at 24 h.
MRI (SWI) 8/16: multiple strictly lobar cortical microbleeds + focal cortical superficial siderosis -> probable
cerebral amyloid angiopathy (Boston 2.0).
Course: deficits largely resolved by day 5. Inpatient rehab not needed.
Anticoagulation: PERMANENTLY discontinue long-term anticoagulation (lobar ICH on warfarin with probable CAA -
very high recurrence risk). Refer cardiology re LAA closure.
Antiplatelets: none for now - revisit at neurology f/u.
""", description="Discharge summary - ICH", encounter="enc-ich")
    c.doc("echo-2026-09-10", "18748-4", dt("2026-09-10", "14:00"), ["Practitioner/aldana"], """TTE - 09/10/2026
LVEF 55%. LA mildly dilated. MV normal, no stenosis, trace MR. No prosthetic valves.
""", description="Echocardiogram report")
    c.doc("neuro-2026-09-22", "11506-3", dt("2026-09-22", "10:30"), ["Practitioner/sato"], """VASCULAR NEUROLOGY CLINIC - K. Sato MD
5 wk post L parietal lobar ICH (probable CAA). Mild residual word-finding pauses, otherwise independent. mRS 1.
BP 128/74 on amlodipine - goal < 130/80.
Antithrombotics: agree no long-term anticoagulation. Cardiology evaluating LAAC. Antiplatelet decision deferred.
RTC 3 months.
""", description="Neurology clinic note")
    c.doc("sdm-2026-09-29", "11506-3", dt("2026-09-29", "14:15"), ["Practitioner/adair"], """CARDIOLOGY - SHARED DECISION-MAKING: stroke prevention in AF - B. Adair MD (general cardiology)
78M PAF (nonvalvular; TTE 9/10 no MS). CHA2DS2-VASc 4 (HTN, age >= 75 x2, DM); CHADS2 3 (HTN, age > 75, DM).
Recent lobar ICH on warfarin 8/2026 with probable CAA.
Decision aid: evidence-based AF stroke-prevention decision aid (OAC vs LAAC vs no antithrombotic) - reviewed with
patient and wife; personalised risk estimates.
Discussion: ischemic stroke risk without therapy; recurrent ICH risk on any long-term anticoagulant with CAA;
LAAC benefits/risks incl. peri-procedural stroke, effusion, device thrombus, and that LAAC usually requires a
period of anticoagulation or dual antiplatelet therapy after implant.
Outcome: not a candidate for long-term OAC (neurology). Patient prefers LAAC evaluation. Referred to Dr Qureshi.
""", description="Shared decision-making visit (cardiology)")
    c.doc("laac-consult-2026-10-15", "11488-4", dt("2026-10-15", "15:40"), ["Practitioner/qureshi"], """EP / LAAC CONSULTATION - H. Qureshi MD
78M PAF, CHA2DS2-VASc 4, CHADS2 3. Lobar ICH 8/14/2026 on warfarin with probable CAA -> long-term OAC
permanently contraindicated per neurology. SDM with decision aid done with Dr Adair 9/29 (reviewed).
Anatomy: TTE no MS; TEE at procedure.

Post-implant antithrombotic regimen: TBD. Device labeling pathway is short-term warfarin + aspirin (~45 d),
with DAPT as an alternative. Given lobar ICH 2 months ago with CAA, whether he can safely receive ANY short-term
anticoagulation needs neurology input - I have asked Dr Sato to weigh in specifically on short-term warfarin;
appointment 11/4. Will finalize plan after neuro input.

Patient eager to proceed - submitting prior authorization now so scheduling is not delayed.
""", description="EP / LAAC consultation")
    c.appointment("appt-neuro", "2026-10-15", dt("2026-11-04", "09:30"),
                  "Neurology: clearance question - safety of short-term warfarin after LAAC (post-ICH/CAA)",
                  practitioner="sato", service="Vascular neurology")
    c.service_request("sr-laac", SVC_CODE, "2026-10-27", requester="qureshi", reason=["I48.0"])

    gold = {"recommendation": "request_info", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/laac-consult-2026-10-15", "DocumentReference/sdm-2026-09-29",
                         "DocumentReference/dc-2026-08-21", "MedicationRequest/med-warfarin"],
            "missing": ["short-term warfarin|short term warfarin|short-term anticoagulation|short term anticoagulation|"
                        "post-implant anticoagulation|anticoagulation after|warfarin|neurology clearance"],
            "rationale": "NVAF with CHADS2 3 / CHA2DS2-VASc 4, SDM with decision aid by an independent general cardiologist, "
                         "and long-term OAC contraindicated after lobar ICH. The NCD also requires suitability for short-term "
                         "warfarin; the implanter calls it TBD pending a neurology opinion booked after the request, and no one "
                         "has documented it either way."}
    k = case("bt-laac-02", "patients/bt-p03.json", SVC, ["I48.0"], "2026-10-27", gold,
             note="PAF, CHA2DS2-VASc 4, lobar ICH on warfarin 8/2026 - not OAC candidate. SDM done 9/29.")
    return k, c
