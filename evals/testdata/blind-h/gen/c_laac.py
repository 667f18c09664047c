"""NCD 20.34 cases (percutaneous left atrial appendage closure)."""
from lib import *

SVC = {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"}


def laac01():
    c = Chart("ph15", "ET", "https://fhir.gulfcoast-hs.example/R4", "https://fhir.gulfcoast-hs.example/CodeSystem/cardiology-scores", "FL")
    c.patient("Szymanski", ["Bernard", "L."], "male", "1946-02-12", "Largo", "33770", "GCH-1930448", line="1204 Rosery Rd NE")
    c.practitioner("ep-haskins", "Haskins", ["Gregory"], prefix="Dr.", suffix="MD", qual="MD - Clinical cardiac electrophysiology (implanting physician)")
    c.practitioner("im-feld", "Feld", ["Naomi"], prefix="Dr.", suffix="MD", qual="MD - Internal medicine (primary care)")
    c.practitioner("neuro-albright", "Albright", ["Teresa"], prefix="Dr.", suffix="MD", qual="MD - Vascular neurology")
    c.encounter("enc-ich", "IMP", "Inpatient - neurology/stroke unit", "2026-07-10 08:40", "2026-07-18 12:00", reason="Lobar intracerebral hemorrhage")

    c.condition("co-af", "I48.21", "Permanent atrial fibrillation", "2019-05-14 10:00", snomed=("49436004", "Atrial fibrillation"))
    c.condition("co-ich", "I61.1", "Nontraumatic intracerebral hemorrhage in hemisphere, cortical", "2026-07-10 10:15", onset="2026-07-10 06:30",
                category="encounter-diagnosis", text="Left parietal lobar ICH (18 mL) on apixaban")
    c.condition("co-caa", "I68.0", "Cerebral amyloid angiopathy", "2026-07-15 09:00", asserter="neuro-albright",
                text="Probable CAA (Boston 2.0): >10 lobar microbleeds, focal cortical superficial siderosis")
    c.condition("co-tia", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits", "2023-03-08 10:00",
                text="TIA 02/2023 (transient right arm weakness, off anticoagulation at the time)")
    c.condition("co-htn", "I10", "Essential (primary) hypertension", "2005-01-01 10:00")
    c.condition("co-mr", "I34.0", "Nonrheumatic mitral (valve) insufficiency", "2026-08-20 14:00", text="Mild mitral regurgitation")

    c.medreq("mr-apix", rx("1364430", "apixaban", "apixaban 5 mg tablet"), "2023-03-08 11:00", status="stopped", dosage="5 mg PO BID",
             requester="im-feld", status_reason="Lobar ICH 07/10/2026 - permanently discontinued", validity=("2023-03-08 11:00", "2026-07-10 09:00"))
    c.medreq("mr-amlo", rx("17767", "amlodipine", "amlodipine 10 mg tablet"), "2026-07-18 10:00", dosage="10 mg PO daily", requester="neuro-albright",
             note="BP goal < 130/80 after ICH.")
    c.report("dr-mri-brain", {"text": "MRI brain with SWI"}, "2026-07-14 11:00",
             "Evolving left parietal lobar hematoma. More than 10 strictly lobar cerebral microbleeds (bilateral occipital and parietal). Focal cortical "
             "superficial siderosis, left frontal convexity. No deep microbleeds. Findings meet criteria for probable cerebral amyloid angiopathy.",
             issued="2026-07-14 16:30", category_text="Neuroradiology")
    c.report("dr-tte-0820", {"text": "Transthoracic echocardiogram"}, "2026-08-20 14:00",
             "LVEF 55%. Biatrial enlargement (LA 4.8 cm). Mild mitral regurgitation. No mitral stenosis; no prosthetic valve. Atrial fibrillation during study.",
             performer="ep-haskins", issued="2026-08-20 17:00", category_text="Echocardiography")
    c.obs("sc-chadsvasc", c.lc("CHA2DS2VASC", "CHA2DS2-VASc score"), "2026-10-06 10:30", ("Integer", 5), category="survey", performer="ep-haskins",
          note="Age >=75 (2), HTN (1), prior TIA (2).")
    c.obs("sc-hasbled", c.lc("HASBLED", "HAS-BLED score"), "2026-10-06 10:31", ("Integer", 4), category="survey", performer="ep-haskins",
          note="Elderly, prior bleeding (ICH), HTN, prior stroke/TIA.")

    c.note("dn-dc-0718", "2026-07-18 11:40", "18842-5", "Discharge summary", "neuro-albright", """GULF COAST HEALTH - DISCHARGE SUMMARY (Neurology / Stroke Unit)
Admitted 07/10/2026  Discharged 07/18/2026 to acute inpatient rehab
Attending: Teresa Albright, MD

Diagnosis: left parietal lobar intracerebral hemorrhage (18 mL) while on apixaban; probable cerebral amyloid angiopathy.
History: 80M, permanent AF on apixaban since TIA in 2/2023; HTN.
Course: presented with right hemianopia and word-finding difficulty. Andexanet alfa given. SBP controlled < 140. No surgical evacuation. MRI 7/14: >10 strictly lobar microbleeds and focal cortical superficial siderosis - probable CAA (Boston 2.0). Deficits improving; mild anomia and right inferior quadrantanopia at discharge.
Anticoagulation: apixaban permanently discontinued. Given CAA with cortical superficial siderosis, risk of recurrent ICH on anticoagulation is high. Recommend outpatient discussion of non-pharmacologic stroke prevention (LAA closure) with PCP/cardiology.
Meds at discharge: amlodipine 10 mg, atorvastatin 40 mg, levetiracetam 500 mg BID x 3 months.
""", title="Discharge summary", encounter="enc-ich")

    c.note("dn-pcp-0915", "2026-09-15 14:10", "11506-3", "Progress note", "im-feld", """<html><body>
<h3>Primary Care &mdash; Shared Decision-Making Visit: Stroke Prevention in AF</h3>
<p>09/15/2026 &middot; Naomi Feld, MD (Internal Medicine)</p>
<p>Patient and daughter (health care surrogate) present. Patient back home after rehab; mild word-finding difficulty, fully conversant, MoCA 25.</p>
<p><b>Decision aid:</b> ACC CardioSmart &ldquo;Atrial Fibrillation: Deciding About Blood Thinners and Other Options&rdquo; shared decision-making tool, used on the tablet with printouts.</p>
<p><b>Discussed:</b> his stroke risk (CHA2DS2-VASc 5 &asymp; 7% per year untreated), bleeding risk (lobar ICH with CAA, HAS-BLED 4), options &ndash; no antithrombotic therapy, restarting an anticoagulant (neurology advises against), aspirin alone, and left atrial appendage closure including what the procedure involves and the medicines needed after it.</p>
<p><b>Outcome:</b> patient and daughter do not wish to resume anticoagulation; I agree he is unable to take long-term oral anticoagulation because of the lobar ICH/CAA. He would like to be evaluated for LAAC. Referral to EP (Dr. Haskins).</p>
<p>Time: 40 min, &gt;50% counseling.</p>
</body></html>""", ctype="text/html", title="Shared decision-making visit")

    c.note("dn-ep-1006", "2026-10-06 11:15", "11488-4", "Consult note", "ep-haskins", """GULF COAST HEART RHYTHM - LAAC CONSULTATION
10/06/2026   Gregory Haskins, MD (EP)

80M, permanent NVAF (TTE 8/20: mild MR, no MS, no prosthetic valve), TIA 2023, HTN, lobar ICH 7/10/2026 on apixaban with probable CAA. Off all antithrombotics since 7/10.
Scores: CHA2DS2-VASc 5; CHADS2 4; HAS-BLED 4.
SDM: completed with PCP Dr. Feld 9/15/2026 using ACC AF decision tool (documented). Patient deemed unable to take long-term OAC.

LAAC candidacy checklist:
[x] NVAF
[x] CHADS2 >= 2 / CHA2DS2-VASc >= 3
[x] SDM with independent non-interventional physician, evidence-based decision tool
[x] Suitable for short-term warfarin
[x] Unable to take long-term OAC

Planned post-implant regimen: warfarin (INR 2-3) + aspirin 81 mg x 45 days, then clopidogrel + aspirin to 6 months, then aspirin indefinitely. Pre-procedure CT LAA.
Will discuss antithrombotic plan with neurology given recent ICH.
Plan: submit prior authorization for LAAC.
""", title="LAAC consultation")

    c.note("dn-neuro-1020", "2026-10-20 15:30", "11506-3", "Progress note", "neuro-albright", fixed([
        "GULF COAST HEALTH - VASCULAR NEUROLOGY CLINIC         10/20/2026 15:00",
        "PT: SZYMANSKI, BERNARD L   80M   MRN GCH-1930448   MD: T. ALBRIGHT",
        "-" * 74,
        "S: 3.5 MO AFTER L PARIETAL LOBAR ICH. ANOMIA IMPROVING, RIGHT INF",
        "   QUADRANTANOPIA PERSISTS. NO SEIZURES. BP AT HOME 120S/70S.",
        "O: BP 126/74. FLUENT, MILD ANOMIA. VF: R INF QUADRANTANOPIA. STRENGTH",
        "   5/5. GAIT NORMAL.",
        "A: ICH DUE TO PROBABLE CAA WITH CORTICAL SUPERFICIAL SIDEROSIS. PERM AF.",
        "   ASKED BY DR HASKINS ABOUT ANTITHROMBOTIC PLAN AROUND LAAC:",
        "   - I DO NOT RECOMMEND ANY ANTICOAGULATION, INCLUDING A SHORT (45-DAY)",
        "     WARFARIN COURSE AFTER DEVICE PLACEMENT. RECURRENT LOBAR ICH RISK",
        "     IN CAA WITH cSS IS HIGH, HIGHEST IN THE FIRST YEAR.",
        "   - IF LAAC IS PURSUED I WOULD ACCEPT SINGLE ANTIPLATELET THERAPY ONLY",
        "     (ASPIRIN 81), NO DUAL ANTIPLATELET IF AVOIDABLE.",
        "   - NOT A CANDIDATE FOR WARFARIN OR DOAC FOR ANY DURATION.",
        "P: COMMUNICATED TO DR HASKINS BY SECURE MESSAGE TODAY. LEVETIRACETAM",
        "   TAPER. BP GOAL <130/80. RTC 3 MO.",
    ]), title="Vascular neurology follow-up")

    # after the request date
    c.note("dn-ep-1030", "2026-10-30 09:00", "11506-3", "Progress note", "ep-haskins", """EP - 10/30/2026 - G. Haskins MD
Reviewed Dr. Albright's recommendations. Plan revised to a single-antiplatelet post-implant strategy; will discuss device choice and off-label regimen with patient and update authorization request.
""", title="EP note")

    gold = {"recommendation": "refer", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/dn-neuro-1020", "DocumentReference/dn-ep-1006", "DocumentReference/dn-pcp-0915"],
            "missing": [],
            "rationale": "NVAF, CHADS2 4 / CHA2DS2-VASc 5, SDM with independent PCP using a decision tool, unable to take long-term OAC - but the NCD requires suitability for short-term warfarin, and the most recent neurology note documents he is not a candidate for anticoagulation of any duration (EP checklist says suitable; conflict for a physician reviewer). Post-request EP change ignored."}
    k = case("bh-laac-01", "patients/ph15.json", SVC, [("I48.21", "Permanent atrial fibrillation")], "2026-10-27", gold,
             note="LAAC, NVAF, CHA2DS2-VASc 5, ICH on apixaban.")
    return c, "2026-10-30 17:00", k


def laac02():
    c = Chart("ph16", "CT", "https://fhir.greencountry-med.example/R4", "https://fhir.greencountry-med.example/CodeSystem/cv", "OK")
    c.patient("Whitcomb", ["Opal", "Jean"], "female", "1947-06-21", "Broken Arrow", "74012", "GCM-5517820", line="611 W Kenosha St")
    c.practitioner("dr-aldana", "Aldana", ["Victor"], prefix="Dr.", suffix="MD", qual="MD - Cardiovascular disease (general, non-invasive)")
    c.practitioner("dr-tanaka", "Tanaka", ["Priscilla"], prefix="Dr.", suffix="MD", qual="MD - Clinical cardiac electrophysiology")
    c.practitioner("dr-marsh", "Marsh", ["Owen"], prefix="Dr.", suffix="MD", qual="MD - Gastroenterology")
    c.encounter("enc-gib", "IMP", "Inpatient - medicine", "2025-11-18 02:10", "2025-11-22 14:00", reason="Melena, symptomatic anemia")

    c.condition("cn-af", "I48.0", "Paroxysmal atrial fibrillation", "2021-09-03 10:00", snomed=("49436004", "Atrial fibrillation"))
    c.condition("cn-htn", "I10", "Essential (primary) hypertension", "2008-01-01 10:00")
    c.condition("cn-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2014-06-01 10:00")
    c.condition("cn-avm", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", "2025-11-20 13:00", asserter="dr-marsh",
                text="Duodenal and proximal jejunal angioectasias with bleeding (multiple)")
    c.condition("cn-anemia", "D62", "Acute posthemorrhagic anemia", "2025-11-18 04:00", category="encounter-diagnosis")

    c.medreq("rx-riva", rx("1114195", "rivaroxaban", "rivaroxaban 20 mg tablet"), "2021-09-03 11:00", status="stopped", dosage="20 mg PO daily with supper",
             requester="dr-aldana", status_reason="GI bleed 06/2025 requiring transfusion; switched to apixaban", validity=("2021-09-03 11:00", "2025-06-11 09:00"))
    c.medreq("rx-apix", rx("1364430", "apixaban", "apixaban 2.5 mg tablet"), "2025-06-16 10:00", status="stopped", dosage="2.5 mg PO BID",
             requester="dr-aldana", status_reason="Recurrent GI bleed 11/2025 requiring transfusion", validity=("2025-06-16 10:00", "2025-11-18 03:00"))
    c.obs("lb-hgb-1118", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood", "Hgb"), "2025-11-18 02:45", ("Quantity", Q(7.1, "g/dL")),
          interp="Critical low", encounter="enc-gib")
    c.obs("lb-hgb-0106", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood", "Hgb"), "2026-01-06 09:20", ("Quantity", Q(10.8, "g/dL")))
    c.obs("sc-cv-0106", c.lc("CHA2DS2-VASC", "CHA2DS2-VASc score (as documented)"), "2026-01-06 10:30", ("Integer", 4), category="survey",
          performer="dr-tanaka")
    c.proc("px-enter", {"coding": [{"system": CPT, "code": "44376", "display": "Small intestinal endoscopy, enteroscopy beyond second portion of duodenum"}],
                        "text": "Push enteroscopy with argon plasma coagulation of angioectasias"}, "2025-11-20 11:30", performer="dr-marsh",
           outcome="6 angioectasias (duodenum, proximal jejunum) treated with APC; 2 with stigmata of recent bleeding.")
    c.proc("px-tx", {"text": "Transfusion of packed red blood cells, 2 units"}, "2025-11-18 05:30", note="Hgb 7.1 -> 9.2.")
    c.report("dr-tte-1202", {"text": "Transthoracic echocardiogram"}, "2025-12-02 10:00",
             "LVEF 60%. Mild LA enlargement. Mild mitral annular calcification without mitral stenosis (mean gradient 2 mmHg). Trace MR. No prosthetic valves.",
             performer="dr-aldana", issued="2025-12-02 15:00", category_text="Echocardiography")

    c.note("gn-gi-1120", "2025-11-20 15:10", "11488-4", "Consult note", "dr-marsh", """GASTROENTEROLOGY CONSULT / PROCEDURE SUMMARY - 11/20/2025 - Owen Marsh, MD

78F on apixaban 2.5 BID for AF, admitted with melena, Hgb 7.1 (2 u PRBC). Second transfusion-requiring GI bleed this year (6/2025 on rivaroxaban, colonoscopy then unrevealing, capsule showed jejunal angioectasias).
Push enteroscopy today: 6 angioectasias in duodenum/proximal jejunum, 2 with stigmata of recent bleeding; all treated with APC. Additional distal small bowel lesions seen on prior capsule are beyond reach.
Assessment: recurrent bleeding from small bowel angioectasias, not amenable to definitive therapy; high likelihood of rebleeding on any anticoagulant.
Recommendations: hold anticoagulation. Long-term anticoagulation is not advisable from a GI standpoint. If a short course of anticoagulation is ever required (for example up to 6 weeks of warfarin after a procedure), that would be acceptable with PPI cover and Hgb checks. Iron studies; IV iron if deficient.
""", title="GI consult", encounter="enc-gib")

    c.note("gn-dc-1122", "2025-11-22 13:30", "18842-5", "Discharge summary", "dr-marsh", """DISCHARGE SUMMARY - Green Country Medical Center
Admit 11/18/2025 - Discharge 11/22/2025
Dx: acute blood loss anemia from small bowel angioectasias (APC 11/20). Paroxysmal AF. HTN. T2DM.
Course: 2 u PRBC, PPI, APC via push enteroscopy, IV iron x1. Hgb stable 9.2-9.6.
Anticoagulation: apixaban STOPPED (second major bleed). Not restarted at discharge. Cardiology follow-up to discuss stroke prevention alternatives.
Discharge Hgb 9.4.
""", title="Discharge summary", encounter="enc-gib")

    c.note("gn-cv-1209", "2025-12-09 16:00", "11506-3", "Progress note", "dr-aldana", """GREEN COUNTRY HEART - CARDIOLOGY OFFICE VISIT
12/09/2025   Victor Aldana, MD (general cardiology)

78F with paroxysmal AF, HTN, T2DM, two transfusion-requiring small bowel bleeds in 2025 (on rivaroxaban 6/2025, on reduced-dose apixaban 11/2025). Off anticoagulation since 11/18.
Echo 12/2: EF 60%, mild MAC, no mitral stenosis - nonvalvular AF.

Long discussion today with the patient and her son about stroke prevention. We went over her stroke risk (CHA2DS2-VASc 5: female, age 78, HTN, DM) against her bleeding history, and the options: resuming apixaban at reduced dose with close Hgb monitoring, aspirin alone, no antithrombotic therapy, and left atrial appendage closure, including that LAAC usually needs a short course of warfarin or antiplatelet therapy afterward. Questions answered. She and her son do not want her to go back on a blood thinner long term, and given two major bleeds on two different agents and GI's recommendation, I agree she is not a candidate for long-term oral anticoagulation.
Decision: referral to Dr. Tanaka (EP) for LAAC evaluation.
Total time 40 minutes, more than half in counseling.
""", title="Cardiology office visit")

    c.note("gn-ep-0106", "2026-01-06 11:00", "11488-4", "Consult note", "dr-tanaka", """<html><body>
<h3>Electrophysiology &ndash; LAAC Evaluation</h3>
<p>01/06/2026 &middot; Priscilla Tanaka, MD</p>
<p><b>Summary:</b> 78F, paroxysmal NVAF (TTE 12/2/2025 no MS, mild MAC), HTN, T2DM. Recurrent small-bowel angioectasia bleeding (6/2025, 11/2025) on rivaroxaban then apixaban, both requiring transfusion. Off OAC since 11/18/2025. Hgb 10.8 today.</p>
<p><b>Stroke risk:</b> CHA2DS2-VASc 4 (age, HTN, DM); CHADS2 3.</p>
<p><b>Shared decision-making:</b> completed with Dr. Aldana (cardiology) 12/9/2025 &ndash; see his note. Patient reaffirms today she wants LAAC rather than anticoagulation.</p>
<p><b>Short-term anticoagulation:</b> GI (Dr. Marsh) considers up to 6 weeks of warfarin acceptable with PPI. Plan post-implant warfarin + aspirin 45 days, then DAPT to 6 months, then aspirin.</p>
<p><b>Plan:</b> LAAC (Watchman-type device) with TEE guidance. Pre-procedure CT. Prior authorization to be submitted.</p>
</body></html>""", ctype="text/html", title="EP LAAC evaluation")

    c.note("gn-tel-0109", "2026-01-09 10:40", "34748-4", "Telephone encounter Note", "dr-tanaka", """Phone 01/09/2026 10:25 - EP nurse (for Dr. Tanaka)
Pre-procedure teaching by phone: CT LAA 1/20, procedure date pending authorization. Explained warfarin for 45 days after the device with INR checks at the Coumadin clinic; patient asked whether she can "stay off blood thinners for good after that" - yes, that is the plan if the device seals. Son will drive. No questions about bleeding symptoms to report - reviewed black stools, dizziness.
""", title="Telephone encounter")

    gold = {"recommendation": "request_info", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/gn-cv-1209", "DocumentReference/gn-gi-1120", "DocumentReference/gn-ep-0106", "DiagnosticReport/dr-tte-1202"],
            "missing": ["decision tool|decision aid|shared decision|SDM"],
            "rationale": "NVAF, CHADS2 3 and CHA2DS2-VASc 5 (EP's 4 omits sex; both qualify), unable to take long-term OAC, suitable for short-term warfarin per GI. The counseling visit was with an independent non-interventional cardiologist, but the chart never documents an evidence-based decision tool, which the NCD requires for the formal SDM interaction."}
    k = case("bh-laac-02", "patients/ph16.json", SVC, [("I48.0", "Paroxysmal atrial fibrillation"), ("K31.811", "Angiodysplasia of stomach and duodenum with bleeding")],
             "2026-01-14", gold, note="LAAC - recurrent GI bleeding on OAC.")
    return c, "2026-01-14 17:00", k


def build():
    return [laac01(), laac02()]
