"""NCD 20.34 LAAC cases (bd-laac-01..03)."""
from lib import Chart, case, gold, CPT

SVC = ("33340", CPT, "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant")


# ---------------------------------------------------------------------------------------------------------------
def laac01():
    """Approve: CHA2DS2-VASc 3 computed (F, age 70 from birthDate, HTN); CHADS2 only 1; prediabetes does not count;
    father's stroke does not count; SDM with PCP (independent, non-interventional) with decision tool; GI documents
    inability to take long-term OAC and suitability for short-term warfarin."""
    c = Chart("pd22", -5, local_system="http://ehr.bayside-cardio.example/CodeSystem/results",
              org="Bayside Cardiology")
    c.patient("Farrow", ["Imelda", "R"], "female", "1955-03-02", "BSC-5526014", "Pensacola", "FL")
    c.condition("paf", "I48.0", "2022-03-28", text="Paroxysmal atrial fibrillation")
    c.condition("htn", "I10", "2011-06-14", text="Hypertension")
    c.condition("prediabetes", "R73.03", "2024-12-02", text="Prediabetes")
    c.condition("angio", "K31.811", "2024-06-19",
                text="Angiodysplasia of stomach and duodenum with bleeding (plus jejunal angioectasias)")
    c.condition("ida", "D50.0", "2024-06-19", text="Iron deficiency anemia, chronic blood loss")
    c.fmh("fmh-father", "FTH", "father", "Stroke", "2026-01-20", onset_age=78)
    c.obs("hgb-2025-08-18", "Hemoglobin", "2025-08-18", value=7.1, unit="g/dL", loinc="718-7", time="06:00")
    c.obs("hgb-2026-01-20", "Hemoglobin", "2026-01-20", value=11.2, unit="g/dL", loinc="718-7", time="08:30")
    c.obs("a1c-2025-12-01", "Hemoglobin A1c", "2025-12-01", value=6.1, unit="%", loinc="4548-4", time="08:00")
    c.obs("tte-mv-2025-12-08", "Mitral valve assessment (TTE)", "2025-12-08",
          vstr="Mild MR; no mitral stenosis (MVA by planimetry 4.1 cm2, mean gradient 2 mmHg); no prosthetic valve",
          local="ECHO-MV", category="imaging", time="10:00")
    c.obs("tte-lvef-2025-12-08", "LV ejection fraction (TTE)", "2025-12-08", value=60, unit="%", loinc="10230-1",
          category="imaging", time="10:00")
    c.med("apixaban", "1364430", "apixaban 5 mg tablet", "2022-04-04", status="stopped", dose="5 mg PO BID",
          validity=("2022-04-04", "2025-08-18"),
          note="Stopped 8/18/2025 after third transfusion-requiring GI bleed (GI recommendation).")
    c.med("metoprolol", "6918", "metoprolol succinate 50 mg", "2022-03-28", dose="50 mg PO daily")
    c.med("lisinopril", "29046", "lisinopril 20 mg tablet", "2011-06-14", dose="20 mg PO daily")
    c.med("pantoprazole", "40790", "pantoprazole 40 mg tablet", "2024-06-19", dose="40 mg PO daily")
    c.proc("enteroscopy-2025-08-20", "Push enteroscopy with argon plasma coagulation", "2025-08-20", code="44366",
           note="3rd APC session (also 6/2024, 1/2025). Multiple duodenal and proximal jejunal angioectasias treated.")
    c.sreq("laac-order", "Percutaneous LAA closure", "2026-02-10", code="33340",
           requester="Dmitri Vasquez, MD (Cardiac Electrophysiology)")

    c.note("note-gi-2025-10-06", "Gastroenterology Note", "2025-10-06", "Helen Okoro, MD (Gastroenterology)", """
GI CLINIC -- 10/06/2025
70F with pAF previously on apixaban, with recurrent overt GI bleeding from duodenal/jejunal angioectasias:
3 admissions (6/2024, 1/2025, 8/2025), 7 units PRBC total, APC x 3. Capsule endoscopy 1/2025: numerous small-bowel
angioectasias beyond reach. Hgb nadir 7.1 on 8/18/2025; off apixaban since then; Hgb recovering with IV iron.
Assessment: recurrent transfusion-dependent small-bowel angioectasia bleeding despite endoscopic therapy. From a
GI standpoint she should NOT resume long-term anticoagulation; octreotide considered if rebleeds.
If cardiology pursues LAA closure, a short course of warfarin (about 45 days) with PPI and weekly Hgb is acceptable
to me, as is short-term aspirin thereafter.
Plan: IV iron prn; CBC monthly; PPI.
""", time="11:30")
    c.note("rpt-tte-2025-12-08", "Echocardiogram Report", "2025-12-08", "Cyrus Albright, MD (Cardiology - Echo)", """
TTE -- 12/08/2025
LVEF 60%. LA moderately dilated (LAVI 44 mL/m2). Mitral valve: mild leaflet thickening, mild MR, NO mitral
stenosis (planimetered MVA 4.1 cm2, mean gradient 2 mmHg at HR 68). No prosthetic valves. Aortic valve normal.
RVSP 30 mmHg. No LA/LAA thrombus visualized (TTE not sensitive for LAA). No pericardial effusion.
Rhythm during study: atrial fibrillation, ventricular rate 68-80. Indication: pAF, pre-LAAC evaluation, assess valvular disease.
IMPRESSION: Normal LV function; moderate LA enlargement; no rheumatic or significant valvular
disease.
""", loinc="34552-0", time="12:00")
    c.note("note-sdm-2026-01-20", "Shared Decision-Making Note", "2026-01-20", "Walter Esposito, MD (Internal Medicine)", """
<html><body>
<h3>Shared Decision Making &mdash; Stroke Prevention in Non-Valvular Atrial Fibrillation</h3>
<p><b>Date:</b> 01/20/2026 &nbsp; <b>Clinician:</b> W. Esposito, MD (primary care internist; not part of the
implanting team) &nbsp; <b>Present:</b> patient and husband</p>
<p><b>Tool:</b> evidence-based anticoagulation decision aid for AF (interactive, shows individualized stroke and
bleeding risk pictographs), completed on screen with the patient.</p>
<p><b>Inputs:</b> age 70, female, hypertension; no heart failure, no diabetes (A1c 6.1% &mdash; prediabetes), no
prior stroke/TIA, no vascular disease. CHA2DS2-VASc 3; HAS-BLED 3 (HTN, bleeding history, age &gt; 65).
Family history: father had a stroke at 78 (not a score component).</p>
<p><b>Options discussed:</b> (1) resume a DOAC or warfarin long term; (2) left atrial appendage closure;
(3) no antithrombotic therapy. Estimated annual stroke risk without therapy ~3%; bleeding risk on OAC high given
three transfusion-requiring GI bleeds.</p>
<p><b>Patient values:</b> fears another bleed and transfusion more than taking a procedure risk; wants to keep
gardening and travelling.</p>
<p><b>Outcome:</b> Patient is deemed unable to take long-term oral anticoagulation (GI recommendation 10/2025);
she is suitable for a short post-implant course of warfarin per GI. She chooses LAAC. Referral to EP.</p>
<p>25 minutes, &gt; 50% counseling.</p>
</body></html>
""", ctype="text/html", time="14:10")
    c.note("note-ep-2026-02-05", "Electrophysiology Consult", "2026-02-05", "Dmitri Vasquez, MD (Cardiac Electrophysiology)", """
EP CONSULT -- LAAC EVALUATION -- 02/05/2026
70F pAF (burden ~15% on 2025 monitor), HTN, recurrent small-bowel AVM bleeding; off apixaban since 8/2025.
CHA2DS2-VASc 3 (F, 65-74, HTN). CHADS2 1. No valvular disease on TTE 12/2025.
SDM completed 1/20/2026 with her internist using a decision aid (note reviewed).
Exam: irregularly irregular, no murmur; groins without bruit; Hgb 11.2 (1/20).
Plan: TEE for LAA anatomy; LAAC with post-implant warfarin + aspirin 45 days, then aspirin (GI agrees).
Procedure risks reviewed (pericardial effusion, device embolization, device-related thrombus, stroke, vascular
injury). Heart team/structural program notified.
""", loinc="11488-4", time="15:00")

    cs = case("bd-laac-01", "pd22", SVC, ["I48.0", "I10", "K31.811"], "2026-02-17",
              gold("approve", "NCD 20.34",
                   ["Condition/paf", "Condition/htn", "DocumentReference/rpt-tte-2025-12-08",
                    "DocumentReference/note-sdm-2026-01-20", "DocumentReference/note-gi-2025-10-06",
                    "MedicationRequest/apixaban"],
                   "Non-valvular AF (TTE: no mitral stenosis, no prosthesis). CHA2DS2-VASc 3 from the chart (female; age 70 "
                   "from birthDate 1955-03-02; hypertension) although CHADS2 is only 1 -- either threshold suffices. "
                   "Prediabetes and the father's stroke do not count. Formal SDM with an independent non-interventional "
                   "physician (internist) using an evidence-based decision tool, documented. Unable to take long-term "
                   "OAC (recurrent transfusion-requiring angioectasia bleeding; apixaban stopped) and suitable for "
                   "short-term warfarin per GI."),
              note="LAAC for NVAF; unable to take long-term OAC due to recurrent GI bleeding.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def laac02():
    """Refer: everything else met, but the only SDM was performed by the implanting electrophysiologist."""
    c = Chart("pd23", -6, local_system="http://fhir.northwoods-heart.example/CodeSystem/obs",
              org="Northwoods Heart")
    c.patient("Kwiatkowski", ["Thaddeus", "J"], "male", "1941-06-14", "NWH-0778129", "Wausau", "WI")
    c.condition("af", "I48.21", "2019-02-11", text="Permanent atrial fibrillation")
    c.condition("htn", "I10", "1998-09-30")
    c.condition("sdh", "S06.5X0S", "2025-11-03", text="Traumatic subdural hemorrhage (10/2025), sequela")
    c.condition("falls", "Z91.81", "2025-11-03", text="History of falling (3 falls in 2025)")
    c.condition("unsteady", "R26.81", "2025-11-03", text="Unsteadiness on feet")
    c.obs("tte-2026-02-16", "LV ejection fraction (TTE)", "2026-02-16", value=55, unit="%", loinc="10230-1",
          category="imaging", time="09:00", note="No mitral stenosis; no prosthetic valve; mild MR.")
    c.med("rivaroxaban", "1114195", "rivaroxaban 20 mg tablet", "2019-02-20", status="stopped", dose="20 mg PO daily",
          validity=("2019-02-20", "2025-10-28"), note="Stopped 10/28/2025 for traumatic SDH.")
    c.med("diltiazem", "3443", "diltiazem ER 180 mg capsule", "2019-02-11", dose="180 mg PO daily")
    c.med("losartan", "52175", "losartan 50 mg tablet", "2010-01-05", dose="50 mg PO daily")
    c.sreq("laac-order", "Percutaneous LAA closure", "2026-04-20", code="33340",
           requester="Ilya Markovic, MD (Cardiac Electrophysiology)")

    c.note("note-nsg-2025-12-09", "Neurosurgery Follow-up", "2025-12-09", "Farah Qureshi, MD (Neurosurgery)", """
NEUROSURGERY CLINIC -- 12/09/2025
84M, L acute-on-chronic SDH after fall 10/28/2025 while on rivaroxaban; managed nonoperatively (reversal given).
CT today: near-complete resorption. Neuro exam non-focal. Gait unsteady with cane (3 falls this year).
Anticoagulation: given recurrent falls and SDH on a DOAC, I advise against long-term resumption of anticoagulation.
A short, closely monitored course of warfarin would be acceptable from my standpoint after 3 months from the bleed
(i.e., from February 2026) if cardiology pursues an appendage closure.
F/u prn.
""", time="10:00")
    c.note("note-geri-2026-01-14", "Geriatrics Note", "2026-01-14", "Beatrice Long, MD (Geriatrics)", """
GERIATRICS 01/14/2026
Falls clinic follow-up. Orthostatics negative. Vit D 34. Home PT completed; uses cane; grab bars installed.
Timed up-and-go 16 s (was 21 s). No falls since October. Vision: cataract surgery 2024. Footwear reviewed.
MoCA 26. Lives with wife. Full code. Meds reviewed: no sedatives; stopped PM diphenhydramine.
Discussed stroke risk off anticoagulation -- family wants cardiology opinion. Referral to Dr. Brenner placed.
Bone health: DEXA ordered. Continue vitamin D 1000 IU. Return 3 months. Wife present and agrees with plan.
""", time="13:30")
    c.note("note-cards-2026-03-02", "Cardiology Progress Note", "2026-03-02", "Harold Brenner, MD (Cardiology)", """
GENERAL CARDIOLOGY -- 03/02/2026
84M permanent AF (rate controlled on diltiazem), HTN. Off rivaroxaban since SDH 10/2025; neurosurgery advises no
long-term anticoagulation; short-term warfarin acceptable from Feb 2026.
CHADS2 2 (age, HTN); CHA2DS2-VASc 3.
TTE 2/16/2026: LVEF 55%, no MS, mild MR.
A/P: He may be a candidate for LAA closure. We talked briefly about the idea; I did not go through a formal decision
aid today -- the EP/structural team does the shared decision-making visit as part of their LAAC evaluation.
Referred to Dr. Markovic (EP).
""", time="11:15")
    c.note("note-ep-2026-04-14", "Electrophysiology Consult", "2026-04-14", "Ilya Markovic, MD (Cardiac Electrophysiology)", """
EP / LAAC CLINIC -- 04/14/2026
84M permanent NVAF; CHADS2 2, CHA2DS2-VASc 3; SDH 10/2025 on rivaroxaban; recurrent falls. Neurosurgery:
no long-term OAC; short-term warfarin OK.

Shared decision-making visit performed today by me, the implanting electrophysiologist, with patient and wife,
using an evidence-based anticoagulation decision aid (printed tool; stroke/bleeding pictographs). Options: resume
OAC, LAAC, no therapy. Patient values avoiding another brain bleed. He chooses LAAC. SDM completed per CMS
requirements.

Plan: TEE, then LAAC (I will perform), warfarin 45 days post-implant, then DAPT to 6 months, then aspirin.
""", loinc="11488-4", time="14:30")

    # after the request date (must be ignored)
    c.note("note-cards-2026-05-20", "Cardiology Shared Decision-Making Note", "2026-05-20",
           "Harold Brenner, MD (Cardiology)", """
GENERAL CARDIOLOGY -- SDM VISIT -- 05/20/2026
Prior-authorization reviewer asked for shared decision making by a non-implanting physician. I am his general
(non-interventional) cardiologist and am not part of the implanting team.
Today, with patient and wife, I completed an evidence-based AF anticoagulation decision aid (printed tool,
individualized stroke/bleeding pictographs): CHADS2 2, CHA2DS2-VASc 3; SDH 10/2025 on rivaroxaban; recurrent falls.
Options: resume OAC long term (not advised by neurosurgery), LAAC with short-term warfarin, no therapy.
He again chooses LAAC; wife agrees. Questions answered. 30 minutes.
""", time="11:00")

    cs = case("bd-laac-02", "pd23", SVC, ["I48.21", "I10"], "2026-05-05",
              gold("refer", "NCD 20.34",
                   ["DocumentReference/note-ep-2026-04-14", "DocumentReference/note-cards-2026-03-02"],
                   "CHADS2 2 / CHA2DS2-VASc 3, non-valvular AF, unable to take long-term OAC (SDH on rivaroxaban, falls) and "
                   "suitable for short-term warfarin (neurosurgery). The NCD requires a formal SDM interaction with an "
                   "independent non-interventional physician using an evidence-based decision tool. The only SDM was "
                   "done by the implanting electrophysiologist; the general cardiologist explicitly did not do one. The "
                   "independent SDM of 5/20/2026 is after the request and does not exist for the case. SDM documented but "
                   "not by a qualifying clinician -> physician review."),
              note="LAAC; SDM completed per CMS requirements.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def laac03():
    """Request info: lobar ICH with CAA, long-term OAC contraindicated, valid SDM done; suitability for short-term
    (post-implant) warfarin not established -- neurology re-consult booked after the request."""
    c = Chart("pd24", -8, local_system="http://fhir.olympic-hv.example/CodeSystem/results",
              org="Olympic Heart and Vascular")
    c.patient("Nakagawa-Reyes", ["Philippa", "S"], "female", "1949-09-25", "OHV-3305871", "Bremerton", "WA")
    c.enc("adm-ich-2026-03-08", "IMP", "Inpatient admission - intracerebral hemorrhage", "2026-03-08", "2026-03-15",
          reason="Left parietal lobar ICH on apixaban", stime="19:20", etime="11:00",
          disposition="Home with outpatient rehab")
    c.condition("af", "I48.11", "2020-05-04", text="Longstanding persistent atrial fibrillation")
    c.condition("htn", "I10", "2006-02-27")
    c.condition("ich", "I61.1", "2026-03-08", clinical="inactive", text="Nontraumatic ICH, left parietal lobar")
    c.condition("ich-seq", "I69.198", "2026-03-15", text="Sequelae of ICH: mild right hand clumsiness")
    c.condition("caa", "I68.0", "2026-05-20", text="Cerebral amyloid angiopathy, probable (Boston 2.0)")
    c.obs("tte-2026-04-02", "LV ejection fraction (TTE)", "2026-04-02", value=58, unit="%", loinc="10230-1",
          category="imaging", time="10:30", note="Moderate LA enlargement; no mitral stenosis; no prosthetic valve.")
    c.med("apixaban", "1364430", "apixaban 5 mg tablet", "2020-05-10", status="stopped", dose="5 mg PO BID",
          validity=("2020-05-10", "2026-03-08"), note="Held/reversed 3/8/2026 for ICH; not resumed.")
    c.med("metoprolol", "6918", "metoprolol succinate 100 mg", "2020-05-04", dose="100 mg PO daily")
    c.med("amlodipine", "17767", "amlodipine 10 mg", "2026-03-15", dose="10 mg PO daily")
    c.appt("appt-neuro-2026-08-27", "Neurology (stroke) re-consult: post-LAAC antithrombotic plan", "2026-08-04",
           "2026-08-27", who="Grace Whitmore, MD (Vascular Neurology)", stime="09:00", minutes=40)
    c.sreq("laac-order", "Percutaneous LAA closure", "2026-08-11", code="33340",
           requester="Rohan Mehta, MD (Cardiac Electrophysiology)")

    c.note("note-dc-2026-03-15", "Discharge Summary", "2026-03-15", "Yvonne Carr, MD (Neurology Hospitalist)", """
DISCHARGE SUMMARY -- 03/08/2026 to 03/15/2026
Dx: L parietal lobar ICH (18 mL) on apixaban -- reversed with andexanet; no surgical intervention. AF. HTN
(BP 190/100 on arrival).
Course: stable hematoma on repeat CT; mild R hand clumsiness, otherwise non-focal; speech normal. MRI (SWI)
inpatient: multiple strictly lobar microbleeds -- CAA suspected; formal review at stroke clinic.
Antithrombotics: apixaban discontinued. Do not resume anticoagulation pending stroke clinic review.
BP: amlodipine added, goal < 130/80. Outpatient OT for R hand fine motor. Driving: not until cleared by OT.
Follow-up: stroke clinic 6-8 weeks with MRI review; cardiology re AF stroke-prevention strategy.
""", loinc="18842-5", enc="adm-ich-2026-03-08", time="10:30")
    c.note("note-neuro-2026-05-20", "Neurology Clinic Note", "2026-05-20", "Grace Whitmore, MD (Vascular Neurology)", """
STROKE CLINIC -- 05/20/2026
76F s/p L parietal lobar ICH 3/2026 on apixaban. MRI review: > 10 strictly lobar microbleeds and focal cortical
superficial siderosis -> probable cerebral amyloid angiopathy (Boston 2.0). Residual: mild R hand clumsiness,
improving with OT. BP 124/76.
Assessment: CAA-related ICH. Recurrence risk on long-term anticoagulation is high; long-term oral anticoagulation is
contraindicated.
Regarding stroke prevention for AF: I would defer to cardiology regarding LAA closure candidacy. We have not yet
discussed what, if any, antithrombotic therapy would be tolerable around or after such a procedure -- happy to
review once cardiology has a proposed regimen.
F/u 6 months with MRI.
""", time="15:00")
    c.note("note-sdm-2026-06-30", "Cardiology Shared Decision-Making Note", "2026-06-30",
           "Lena Forsberg, MD (General Cardiology)", """
GENERAL CARDIOLOGY -- SHARED DECISION MAKING (NVAF stroke prevention) -- 06/30/2026
I am the patient's general (non-interventional) cardiologist and am not part of the implanting team.
76F longstanding persistent AF, HTN, CAA-related lobar ICH 3/2026. TTE 4/2026: LVEF 58%, no MS, no prosthesis.
CHA2DS2-VASc 4 (F, age 75+, HTN; ICH not counted as ischemic stroke); CHADS2 2 (age > 75, HTN).
Decision aid: evidence-based AF anticoagulation decision tool (web-based; individualized stroke/bleeding pictographs)
completed with patient and daughter.
Options: no therapy, antiplatelet, LAAC; long-term OAC excluded per neurology.
Patient prefers LAAC after reviewing procedural risks and the uncertainty about post-procedure antithrombotic
therapy. Referral to EP (Dr. Mehta).
""", time="11:45")
    c.note("note-ep-2026-08-04", "Electrophysiology Consult", "2026-08-04", "Rohan Mehta, MD (Cardiac Electrophysiology)", """
EP / LAAC CONSULT -- 08/04/2026
76F NVAF, CHA2DS2-VASc 4, CAA-related lobar ICH 3/2026 -- long-term OAC contraindicated (neurology 5/20).
SDM completed 6/30 with her general cardiologist using a decision aid.
Anatomy: TEE pending.
Post-implant regimen: standard labeling calls for short-term warfarin (about 45 days) plus aspirin. With CAA, it
is not yet established that even a short course of anticoagulation is acceptable; alternative would be an
antiplatelet-only regimen. Neurology re-consult requested to address short-term warfarin -- scheduled 8/27.
Plan: submit authorization; finalize procedure date after neurology input.
""", loinc="11488-4", time="16:10")
    # after the request date (must be ignored)
    c.note("note-neuro-2026-08-27", "Neurology Clinic Note", "2026-08-27", "Grace Whitmore, MD (Vascular Neurology)", """
STROKE CLINIC -- 08/27/2026
Re: peri-LAAC antithrombotics in CAA (requested by Dr. Mehta).
Exam stable; R hand dexterity near baseline. BP 122/74.
Given disseminated cortical superficial siderosis, > 10 lobar microbleeds and a lobar ICH 5 months ago, her risk of
recurrent ICH on any anticoagulant is high. I would not recommend warfarin even short term. If LAAC proceeds, an
antiplatelet-only regimen (single agent, shortest duration acceptable to cardiology) would be my preference.
Discussed with patient and daughter; they understand the trade-off.
""", time="10:00")

    cs = case("bd-laac-03", "pd24", SVC, ["I48.11", "I68.0", "I69.198"], "2026-08-18",
              gold("request_info", "NCD 20.34",
                   ["DocumentReference/note-neuro-2026-05-20", "DocumentReference/note-sdm-2026-06-30",
                    "DocumentReference/note-ep-2026-08-04", "Appointment/appt-neuro-2026-08-27"],
                   "NVAF (no MS/prosthesis), CHA2DS2-VASc 4 / CHADS2 2, long-term OAC contraindicated (CAA-related ICH), "
                   "formal SDM with an independent non-interventional cardiologist using a decision tool. The NCD also "
                   "requires suitability for short-term warfarin: neurology did not address it, and EP states it is not "
                   "established and has booked a neurology re-consult for 8/27 (after the request). That later note does "
                   "not exist for the case. Ask whether she is suitable for short-term warfarin.",
                   missing=["warfarin|short-term anticoagulation|short term anticoagulation|post-implant anticoagulation|"
                            "post-procedure anticoagulation|antithrombotic"]),
              note="LAAC, NVAF, ICH with CAA -- cannot take long-term OAC.")
    return c, cs


CASES = [laac01, laac02, laac03]
