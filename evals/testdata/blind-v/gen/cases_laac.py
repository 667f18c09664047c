from fhirlib import *

POLICY = "NCD 20.34"
LAAC = cpt("33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant")


def laac_01():
    b = Bundle("bvp15", "Kaczmarek", ["Dorothy", "E"], "female", "1947-03-15", "PG-5730042", address_city="Halden")
    b.prac("reyes", "Reyes", ["Julian"], ["Dr."], "MD, Clinical Cardiac Electrophysiology (implanting physician)")
    b.prac("vance", "Vance", ["Meredith"], ["Dr."], "MD, Internal Medicine (primary care)")
    b.prac("bankole", "Bankole", ["Olumide"], ["Dr."], "MD, Gastroenterology")
    b.prac("mbeki", "Mbeki", ["Caroline"], ["Dr."], "MD, Cardiovascular Disease")

    b.cond("paf", "I48.0", "2021-05-04", recorder="mbeki")
    b.cond("htn", "I10", "2005-01-01", recorder="vance")
    b.cond("angiodysplasia", "K31.811", "2025-11-12", recorder="bankole",
           text="Multiple duodenal and jejunal angiodysplasias with bleeding")
    b.cond("ida", "D50.0", "2025-11-12", recorder="bankole")
    b.cond("osteoporosis", "M81.0", "2014-01-01")
    b.cond("cataract", "H25.13", "2024-06-01")

    b.obs("hgb-2025-11-10", "2025-11-10", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), value=7.4, unit="g/dL", category="laboratory")
    b.obs("hgb-2026-06-28", "2026-06-28", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), value=6.9, unit="g/dL", category="laboratory")
    b.obs("hgb-2026-10-20", "2026-10-20", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), value=11.6, unit="g/dL", category="laboratory")
    b.obs("lvef-2026-09-10", "2026-09-10", loinc("10230-1", "Left ventricular Ejection fraction"), value=60, unit="%", category="imaging")
    b.obs("mitral-2026-09-10", "2026-09-10", local("ECHO-MV", "Mitral valve assessment"),
          string="Mild degenerative MR. No mitral stenosis (mean gradient 2 mmHg, MVA 3.6 cm2). No prosthetic valve.",
          category="imaging")
    b.obs("chadsvasc-2026-08-19", "2026-08-19", local("CHA2DS2VASC", "CHA2DS2-VASc score"), value=4, unit="{score}",
          category="survey", performer="reyes", note="Age >= 75 (2), female (1), hypertension (1).")
    b.obs("hasbled-2026-08-19", "2026-08-19", local("HASBLED", "HAS-BLED score"), value=3, unit="{score}",
          category="survey", performer="reyes", note="Elderly, bleeding history, hypertension (uncontrolled SBP > 160 in 2025).")

    b.med("apixaban", "2021-05-04", "1364430", "apixaban", "5 mg by mouth twice daily", status="stopped",
          start="2021-05-04", end="2026-06-28", requester="mbeki",
          reason_stopped="Second transfusion-requiring GI bleed (6/2026). GI and cardiology: no long-term anticoagulation.")
    b.med("metoprolol", "2021-05-04", "6918", "metoprolol succinate", "50 mg by mouth daily", requester="mbeki")
    b.med("amlodipine", "2010-01-01", "17767", "amlodipine", "5 mg by mouth daily", requester="vance")
    b.med("pantoprazole", "2025-11-12", "40790", "pantoprazole", "40 mg by mouth twice daily", requester="bankole")
    b.med("ferrous-sulfate", "2025-11-12", "4492", "ferrous sulfate", "325 mg by mouth daily", requester="bankole")

    b.proc("egd-apc-2025-11-12", cpt("43270", "EGD with ablation of tumor(s), polyp(s), or other lesion(s)"),
           date="2025-11-12", performer="bankole", note="APC of 4 duodenal angiodysplasias. Transfused 2 units 11/10.")
    b.proc("capsule-2026-06-30", cpt("91110", "Gastrointestinal tract imaging, capsule endoscopy"), date="2026-06-30",
           performer="bankole", note="Multiple jejunal angiodysplasias, some with stigmata of recent bleeding.")
    b.proc("enteroscopy-apc-2026-07-02", cpt("44369", "Small intestinal endoscopy with ablation"), date="2026-07-02",
           performer="bankole", note="APC of 6 jejunal angiodysplasias. Transfused 2 units 6/28.")

    b.enc("enc-gi-2026-07-15", "2026-07-15", type_text="Gastroenterology clinic", who="bankole")
    b.enc("enc-ep-2026-08-19", "2026-08-19", type_text="Electrophysiology consultation", who="reyes")
    b.enc("enc-pcp-2026-09-29", "2026-09-29", type_text="Primary care - shared decision-making visit", who="vance")

    b.note("gi-2026-07-15", "2026-07-15", "Gastroenterology clinic note", """GASTROENTEROLOGY   07/15/2026   Olumide Bankole, MD
79F with PAF on apixaban and recurrent overt GI bleeding from small-bowel angiodysplasia:
11/2025 (Hgb 7.4, 2 u PRBC, EGD/APC) and 6/2026 (Hgb 6.9, 2 u PRBC, capsule + push enteroscopy with
APC of 6 jejunal lesions 7/2). Apixaban stopped 6/28.
Lesions are multiple and diffuse; recurrence is expected and further endoscopic control will be
partial at best.
Recommendation to cardiology: I advise against resuming long-term anticoagulation of any kind. A
short, defined course of anticoagulation (e.g., ~6 weeks of warfarin after a device procedure) is
acceptable from a GI standpoint with PPI twice daily and weekly Hgb checks.
""", "bankole", loinc_type=CONSULT, encounter="enc-gi-2026-07-15")

    b.note("ep-2026-08-19", "2026-08-19", "Electrophysiology consultation - LAAC", """ELECTROPHYSIOLOGY CONSULTATION   08/19/2026   Julian Reyes, MD
Reason: stroke prevention in AF off anticoagulation.
79F, paroxysmal AF since 2021. CHA2DS2-VASc 4 (age, female, HTN); CHADS2 2 (HTN, age > 75).
HAS-BLED 3. Two transfusion-requiring small-bowel bleeds on apixaban; GI advises against long-term OAC
(note 7/15). No history of stroke/TIA. No heart failure, no diabetes, no vascular disease.
Exam: irregular rhythm today, rate 78, no murmur. BP 136/78.
I discussed LAAC with her and her son: procedure, risks, post-implant regimen. She can take short-term
warfarin (about 45 days) after implant, then antiplatelet therapy - GI agrees.
Plan: TTE; TEE/CT for LAA anatomy; she will see her primary physician, Dr. Vance, for the formal
shared decision-making visit using the decision aid, since I am the implanting physician.
""", "reyes", loinc_type=CONSULT, encounter="enc-ep-2026-08-19")

    b.note("echo-2026-09-10", "2026-09-10", "Transthoracic echocardiogram report", """ECHO 09/10/2026  KACZMAREK, DOROTHY
Sinus rhythm during study. LVEF 60%. LA moderately dilated (4.5 cm, LAVI 44 mL/m2).
Mitral valve: mild degenerative MR, no stenosis (mean gradient 2 mmHg). Aortic valve sclerosis, no AS.
No prosthetic valves.
Caroline Mbeki, MD
""", "mbeki", loinc_type=IMAGING)

    b.note("sdm-pcp-2026-09-29", "2026-09-29", "Primary care - shared decision-making visit (AF stroke prevention)", html("SDM visit", """<h2>Primary Care &ndash; Shared Decision-Making Visit: Stroke Prevention in Atrial Fibrillation</h2>
<p><b>Date:</b> 09/29/2026 &nbsp; <b>Physician:</b> Meredith Vance, MD (internal medicine; not part of the implanting team,
no interventional practice)</p>
<p><b>Present:</b> patient and son (health-care agent).</p>
<p><b>Decision tool:</b> evidence-based AF anticoagulation decision aid (printed version; individualized 1-year stroke and
bleeding estimates for her CHA2DS2-VASc 4 and HAS-BLED 3, icon arrays for warfarin, DOAC, LAAC and no therapy). Copy
scanned to chart.</p>
<p><b>Discussion:</b> non-valvular AF (echo 9/10: no mitral stenosis, no prosthetic valve). Reviewed benefits and risks of
resuming a DOAC or warfarin long term, the bleeding history (two transfusion-requiring bleeds), LAAC (procedure risks,
need for ~45 days of warfarin then antiplatelet therapy, imaging follow-up), and no therapy. Teach-back adequate.</p>
<p><b>Conclusion:</b> in my judgement and hers, she is unable to take long-term oral anticoagulation because of recurrent
transfusion-dependent angiodysplasia bleeding (GI concurs). She is suitable for short-term warfarin after implant.
She chooses LAAC.</p>
<p>Meredith Vance, MD</p>"""), "vance", loinc_type=PROGRESS, ctype="text/html", encounter="enc-pcp-2026-09-29")

    # after request
    b.note("tee-2026-11-18", "2026-11-18", "Pre-procedure TEE report", """TEE 11/18/2026. No LAA thrombus. LAA ostium 21 mm, depth 26 mm; suitable. J. Reyes, MD
""", "reyes", loinc_type=IMAGING)

    c = case("bv-laac-01", "bvp15.json", LAAC, ["I48.0", "K31.811"], "2026-11-04", "approve", POLICY,
             ["DocumentReference/sdm-pcp-2026-09-29", "DocumentReference/gi-2026-07-15",
              "MedicationRequest/apixaban", "Observation/mitral-2026-09-10", "DocumentReference/ep-2026-08-19"],
             note="LAAC for paroxysmal AF, CHA2DS2-VASc 4, unable to take long-term OAC.",
             rationale="NVAF (no MS, no prosthesis). CHADS2 2 and CHA2DS2-VASc 4 computed from age 79, female sex "
                       "and HTN. Formal SDM by her PCP (independent, non-interventional) with a decision aid "
                       "is documented; the implanting EP's discussion is not that encounter. Unable to take "
                       "long-term OAC (recurrent transfusion-requiring bleeding) and suitable for short-term "
                       "warfarin.")
    return c, b


def laac_02():
    b = Bundle("bvp16", "Halvorsen", ["George", "N"], "male", "1952-01-20", "PG-8104473", address_city="Larkin Falls")
    b.prac("collins", "Collins", ["Aisha"], ["Dr."], "MD, Clinical Cardiac Electrophysiology (implanting physician)")
    b.prac("stroud", "Stroud", ["Peter"], ["Dr."], "MD, Family Medicine")

    b.cond("persistent-af", "I48.19", "2022-03-08", recorder="collins")
    b.cond("htn", "I10", "2009-01-01", recorder="stroud")
    b.cond("t2dm", "E11.9", "2016-01-01", recorder="stroud")
    b.cond("hld", "E78.5", "2009-01-01", recorder="stroud")
    b.cond("ltac", "Z79.01", "2022-03-08", recorder="collins")

    b.obs("hgb-2026-09-30", "2026-09-30", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), value=14.1, unit="g/dL", category="laboratory")
    b.obs("creat-2026-09-30", "2026-09-30", loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), value=1.0, unit="mg/dL", category="laboratory")
    b.obs("lvef-2026-05-12", "2026-05-12", loinc("10230-1", "Left ventricular Ejection fraction"), value=58, unit="%", category="imaging")
    b.obs("mitral-2026-05-12", "2026-05-12", local("ECHO-MV", "Mitral valve assessment"),
          string="Structurally normal mitral valve, trace MR, no stenosis.", category="imaging")
    b.obs("chadsvasc-2026-10-13", "2026-10-13", local("CHA2DS2VASC", "CHA2DS2-VASc score"), value=3, unit="{score}",
          category="survey", performer="collins", note="Hypertension, diabetes, age 65-74.")
    b.obs("hasbled-2026-10-13", "2026-10-13", local("HASBLED", "HAS-BLED score"), value=1, unit="{score}",
          category="survey", performer="collins")

    b.med("apixaban", "2022-03-08", "1364430", "apixaban", "5 mg by mouth twice daily", requester="collins",
          note="Active. No bleeding events since start.")
    b.med("diltiazem", "2022-03-08", "3443", "diltiazem", "240 mg extended-release by mouth daily", requester="collins")
    b.med("metformin", "2016-01-01", "6809", "metformin", "1000 mg by mouth twice daily", requester="stroud")
    b.med("losartan", "2009-01-01", "52175", "losartan", "100 mg by mouth daily", requester="stroud")

    b.enc("enc-ep-2026-10-13", "2026-10-13", type_text="Electrophysiology consultation", who="collins")
    b.enc("enc-pcp-2026-11-10", "2026-11-10", type_text="Primary care - shared decision-making visit", who="stroud")

    b.note("pcp-2024-02-06", "2024-02-06", "Family medicine visit", """FAMILY MEDICINE 02/06/2024   Peter Stroud, MD
Slipped on ice in his driveway 1/29, landed on his hip. No head strike, no LOC. On apixaban. Bruise
right hip, full ROM, walks normally. X-ray hip negative.
Mechanical fall, not a pattern; no gait or balance problem. Continue apixaban. Ice cleats advised.
""", "stroud")

    b.note("ep-2026-10-13", "2026-10-13", "Electrophysiology consultation - LAAC", """ELECTROPHYSIOLOGY CONSULTATION   10/13/2026   Aisha Collins, MD
74M with persistent AF since 2022, on apixaban and diltiazem; rate controlled, minimally symptomatic.
CHA2DS2-VASc 3 (HTN, DM, age 65-74); CHADS2 2. HAS-BLED 1.
He asked about "the plug" after a neighbour had one. He has never bled on apixaban. Reasons: dislikes
"being on a blood thinner for life", the copay (~$140/month in the coverage gap), and worry about
bleeding if he falls on ice (one mechanical fall in 2024 without injury).
Echo 5/2026: LVEF 58%, normal mitral valve.
Assessment: reasonable LAAC candidate as an alternative to lifelong OAC given his preference.
Suitable for short-term warfarin post-implant.
Plan: formal SDM with his PCP (Dr. Stroud) using the decision aid; then TEE and scheduling.
""", "collins", loinc_type=CONSULT, encounter="enc-ep-2026-10-13")

    b.note("sdm-pcp-2026-11-10", "2026-11-10", "Primary care - shared decision-making visit (AF stroke prevention)", """PRIMARY CARE - SHARED DECISION-MAKING VISIT: STROKE PREVENTION IN AF   11/10/2026
Peter Stroud, MD (family medicine; independent of the EP/implant team)
Present: patient and wife.
Decision tool: evidence-based AF anticoagulation decision aid (printed; personalized stroke and bleed
estimates, options: continue DOAC, switch to warfarin, LAAC, no therapy). Copy scanned.
Discussion: non-valvular AF. Stroke risk CHA2DS2-VASc 3. He has taken apixaban 4.5 years without any
bleeding; renal function and Hgb normal; the 2024 fall was a single mechanical slip and is not a reason
to stop anticoagulation. Cost: discussed manufacturer assistance / Extra Help application; switching to
warfarin is also an option.
Conclusion: from a medical standpoint he can continue long-term oral anticoagulation - I found no
contraindication and would be comfortable continuing apixaban. After discussion he prefers LAAC so he
can stop anticoagulation. He understands it is a second-line option. Will forward to Dr. Collins.
""", "stroud", loinc_type=PROGRESS, encounter="enc-pcp-2026-11-10")

    c = case("bv-laac-02", "bvp16.json", LAAC, ["I48.19"], "2026-12-01", "refer", POLICY,
             ["DocumentReference/sdm-pcp-2026-11-10", "MedicationRequest/apixaban",
              "DocumentReference/ep-2026-10-13", "Observation/chadsvasc-2026-10-13"],
             note="LAAC for persistent AF, patient prefers to stop anticoagulation.",
             rationale="Scores and the independent SDM with a decision tool are documented, but the SDM concludes "
                       "he can take long-term OAC (4.5 years of apixaban without bleeding, no contraindication); "
                       "preference, cost and a single mechanical fall do not make him unable to take it, and LAAC "
                       "is covered only as second-line therapy.")
    return c, b


CASES = [laac_01, laac_02]
