"""NCD 20.34 - percutaneous left atrial appendage closure (3 cases)."""
from lib import Chart, LOINC, CPT, cc

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LAAC = {"system": CPT, "code": "33340",
        "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"}


def laac_01():
    """Request_info: NVAF, scores met, SDM with an independent general cardiologist using a decision tool, long-term OAC
    contraindicated (lobar ICH with cerebral amyloid angiopathy) - but suitability for short-term warfarin is
    undetermined: neurology deferred, EP 'awaiting neurology input', neurology visit booked after the request."""
    c = Chart("pf22", "ET", "https://fhir.jamesriverheart.example", "http://fhir.jamesriverheart.example/CodeSystem/local")
    c.patient("Beverly", "Thorncastle", "female", "1945-06-15", "Midlothian", "VA", "JRHR-640028")
    c.org("jrhr", "James River Heart Rhythm", "electrophysiology practice", "Richmond", "VA")
    c.org("cna", "Capital Neurology Associates", "neurology practice", "Richmond", "VA")
    c.org("rcg", "Richmond Cardiology Group", "general cardiology practice", "Richmond", "VA")
    c.prac("ep", "Samir", "Varghese", "MD", "Clinical Cardiac Electrophysiology")
    c.prac("neuro", "Katherine", "Lowell", "MD", "Vascular Neurology")
    c.prac("card", "Nathan", "Pryor", "MD", "General (non-invasive) Cardiology")
    c.prac("pcp", "Eleanor", "Banks", "MD", "Internal Medicine")
    c.prac("rad", "Victor", "Osei-Bonsu", "MD", "Neuroradiology")
    c.coverage("2010-06-01")
    c.condition("af", "I48.19", "Other persistent atrial fibrillation", "2021-03-09 10:00", asserter="card",
                note="Non-valvular; no mitral stenosis, no prosthetic valve.")
    c.condition("ich", "I69.198", "Other sequelae of nontraumatic intracerebral hemorrhage", "2025-02-11 10:00", asserter="neuro",
                note="Left parietal lobar ICH 11/04/2024 on apixaban; mild residual word-finding difficulty.")
    c.condition("caa", "I68.0", "Cerebral amyloid angiopathy", "2024-11-08 10:00", asserter="neuro",
                note="Probable CAA (Boston criteria v2.0): lobar ICH, cortical superficial siderosis, multiple lobar microbleeds.")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2004-10-19 10:00")
    c.condition("hld", "E78.5", "Hyperlipidemia, unspecified", "2006-03-14 10:00")
    c.obs("cha2ds2vasc-2026-03-10", "2026-03-10 10:30", ("local", "CHA2DS2VASC", "CHA2DS2-VASc score"), 4, "{score}", category="survey",
          performer="Practitioner/card", note="Age >=75 (2), female (1), HTN (1). ICH not counted as ischemic stroke.")
    c.obs("hasbled-2026-03-10", "2026-03-10 10:30", ("local", "HASBLED", "HAS-BLED score"), 3, "{score}", category="survey",
          performer="Practitioner/card")
    c.obs("lvef-2026-02-24", "2026-02-24 09:00", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 60, "%",
          category="imaging", performer="Practitioner/card", note="TTE: no mitral stenosis, mild MR, LA 4.6 cm.")
    c.med("apixaban", "1364430", "apixaban", "2021-03-09 11:00", "card", "apixaban 5 mg twice daily", status="stopped",
          start="2021-03-09", end="2024-11-04", status_reason="Lobar intracerebral hemorrhage 11/04/2024")
    c.med("metoprolol", "6918", "metoprolol", "2021-03-09 11:00", "card", "metoprolol succinate 50 mg daily")
    c.med("amlodipine", "17767", "amlodipine", "2004-10-19 10:30", "pcp", "amlodipine 10 mg daily")
    c.appointment("appt-neuro", "2026-03-25", "2026-04-21 10:00", "Vascular neurology follow-up - post-LAAC antithrombotic plan",
                  ["Practitioner/neuro"], minutes=40)

    c.note("mri-2024-11-06", "2024-11-06 17:20", "18748-4", "Practitioner/rad", "MRI brain report", """
        MRI BRAIN WITH AND WITHOUT CONTRAST + SWI    11/06/2024
        Indication: L parietal hemorrhage on CT 11/04, on apixaban.
        Findings: 3.2 cm left parietal lobar hematoma, mild surrounding edema, no underlying mass or vascular
        malformation. SWI: 14 strictly lobar microbleeds (bilateral occipital/parietal), focal cortical superficial
        siderosis over the right frontal convexity. No deep microbleeds. Moderate periventricular white-matter change.
        IMPRESSION: lobar ICH with imaging features of probable cerebral amyloid angiopathy.
        Victor Osei-Bonsu, MD
        """, custodian="cna")
    c.note("pcp-2026-01-12", "2026-01-12 11:00", "11506-3", "Practitioner/pcp", "Primary care visit", """
        Eleanor Banks, MD - Internal Medicine     01/12/2026
        80 y/o F, persistent AF off anticoagulation since ICH (11/2024), probable CAA. Lives with husband, independent,
        mild word-finding pauses. BP 128/76. Worried about stroke - asks about "the Watchman". Referred to Dr. Pryor
        (her cardiologist) to discuss options and to EP.
        """, custodian="rcg")
    c.note("neuro-2026-02-17", "2026-02-17 15:30", "11506-3", "Practitioner/neuro", "Vascular neurology follow-up", """
        CAPITAL NEUROLOGY ASSOCIATES - Vascular Neurology      02/17/2026
        Katherine Lowell, MD

        80 y/o F with probable CAA (lobar ICH 11/2024, cortical superficial siderosis, 14 lobar microbleeds) and
        persistent AF. Neurologically stable; mild anomia.
        Question from Dr. Varghese (EP): long-term anticoagulation, and candidacy for LAA occlusion.
        Opinion:
        - Long-term oral anticoagulation is CONTRAINDICATED given CAA with prior lobar ICH and cSS (high annual
          recurrence risk). I support LAA occlusion as an alternative for stroke prevention.
        - Post-implant antithrombotic regimen: any anticoagulation, even short-term, carries meaningful rebleeding
          risk in CAA with cSS. I would want to review the specific proposed regimen and duration before agreeing to
          a course of warfarin. If the device can be managed with antiplatelet therapy alone, that would be my
          preference; I defer the device-specific question to the implanting team and will see her again.
        - BP goal <130/80.
        """, custodian="cna")
    c.note("sdm-2026-03-10", "2026-03-10 10:50", "11506-3", "Practitioner/card", "Shared decision-making visit - stroke prevention in AF", """
        RICHMOND CARDIOLOGY GROUP - Shared Decision-Making Visit      03/10/2026
        Nathan Pryor, MD (general cardiology; not part of the LAAC implanting team)

        Purpose: formal shared decision-making about stroke prevention in non-valvular AF.
        Scores: CHA2DS2-VASc 4 (age 80, female, HTN); CHADS2 2 (HTN, age >75). HAS-BLED 3.
        Tool: evidence-based AF stroke-prevention decision aid (anticoagulation options vs LAAC vs no therapy),
        reviewed page by page with patient and husband, ~30 minutes; individualized stroke and bleeding estimates.
        Discussed: DOAC/warfarin (not an option long-term per neurology - prior lobar ICH with CAA), aspirin alone,
        no therapy, and percutaneous LAAC (procedure risks, post-implant medication, imaging follow-up).
        Patient's values: fears another brain bleed more than an ischemic stroke; wants to avoid long-term blood
        thinners. Decision: proceed with LAAC evaluation. Decision aid copy given; documented per CMS.
        """, custodian="rcg")
    c.note("ep-2026-03-24", "2026-03-24 14:20", "11488-4", "Practitioner/ep", "Electrophysiology consultation - LAAC", """
        JAMES RIVER HEART RHYTHM - LAAC consultation     03/24/2026
        Samir Varghese, MD

        80 y/o F, persistent NVAF, CHA2DS2-VASc 4 / CHADS2 2, lobar ICH 11/2024 with probable CAA - off
        anticoagulation; long-term OAC contraindicated per neurology (2/17). SDM with Dr. Pryor 3/10 documented
        with decision aid. TTE 2/24: LVEF 60%, no MS, LA 4.6 cm.
        Plan: percutaneous LAAC. Pre-procedure TEE/CT for LAA anatomy.
        Post-implant antithrombotic regimen: TO BE DETERMINED - options are warfarin + aspirin for 45 days
        (labelled regimen) vs an antiplatelet-only protocol. Awaiting neurology input on whether she can tolerate a
        short course of warfarin (follow-up with Dr. Lowell 4/21). Submitting authorization now to avoid delay.
        """, custodian="jrhr")

    case = {
        "id": "bf-laac-01", "patient": "patients/pf22.json",
        "request": {
            "service": dict(LAAC),
            "diagnoses": [{"system": ICD, "code": "I48.19", "display": "Other persistent atrial fibrillation"},
                          {"system": ICD, "code": "I69.198", "display": "Other sequelae of nontraumatic intracerebral hemorrhage"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-04-07",
            "note": "LAAC for NVAF; CHA2DS2-VASc 4; prior ICH/CAA - long-term OAC contraindicated. SDM 3/10/26.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/neuro-2026-02-17", "DocumentReference/sdm-2026-03-10", "DocumentReference/ep-2026-03-24"],
            "missing": ["short-term warfarin|short term warfarin|warfarin|short-term anticoagulation|short term anticoagulation|post-implant anticoagulation"],
            "rationale": "Scores (CHADS2 2, CHA2DS2-VASc 4), SDM with an independent non-interventional physician using a decision "
                         "tool, and inability to take long-term OAC are documented. The NCD also requires suitability for "
                         "short-term warfarin: neurology withholds agreement pending the regimen, EP writes 'to be determined - "
                         "awaiting neurology input', and the neurology visit is after the request. Ask whether she is suitable for "
                         "short-term warfarin.",
        },
    }
    return case, c


def laac_02():
    """Approve: permanent NVAF, CHADS2 3 / CHA2DS2-VASc 4, recurrent transfusion-requiring GI bleeding from
    angiodysplasia on apixaban; GI: short-term warfarin acceptable, avoid long-term OAC; SDM with the PCP using a
    decision aid; EP note."""
    c = Chart("pf23", "AK", "https://fhir.chugachcardiology.example", "http://fhir.chugachcardiology.example/CodeSystem/local")
    c.patient("Arnold", "Tikhonov", "male", "1947-03-03", "Eagle River", "AK", "CCE-775310")
    c.org("cce", "Chugach Cardiology & Electrophysiology", "cardiology / EP practice", "Anchorage", "AK")
    c.org("cimc", "Cook Inlet Medical Center", "hospital", "Anchorage", "AK")
    c.org("aima", "Anchorage Internal Medicine Associates", "primary care practice", "Anchorage", "AK")
    c.prac("ep", "Yuri", "Castellano", "MD", "Clinical Cardiac Electrophysiology")
    c.prac("gi", "Hannah", "Sorensen", "MD", "Gastroenterology")
    c.prac("pcp", "Douglas", "Reinholt", "MD", "Internal Medicine")
    c.prac("echo", "Priscilla", "Wong", "MD", "Cardiology (echocardiography)")
    c.coverage("2012-03-01")
    c.condition("af", "I48.21", "Permanent atrial fibrillation", "2019-09-17 10:00", asserter="ep")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2003-05-06 10:00")
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2011-11-15 10:00")
    c.condition("angiodys", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", "2025-08-20 14:00", asserter="gi",
                note="Multiple gastric and duodenal angioectasias; APC 08/2025 and 01/2026.")
    c.condition("ida", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", "2025-08-19 10:00")
    c.obs("hgb-2026-01-14", "2026-01-14 06:10", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), 7.1, "g/dL",
          performer="Organization/cimc", interp="LL")
    c.obs("hgb-2026-06-10", "2026-06-10 08:15", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), 11.8, "g/dL",
          performer="Organization/cimc", interp="L")
    c.obs("lvef-2026-05-28", "2026-05-28 10:40", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 55, "%",
          category="imaging", performer="Practitioner/echo")
    c.obs("cha2ds2vasc-2026-06-16", "2026-06-16 09:50", ("local", "CHA2DS2VASC", "CHA2DS2-VASc score"), 4, "{score}",
          category="survey", performer="Practitioner/pcp")
    c.obs("hasbled-2026-06-16", "2026-06-16 09:50", ("local", "HASBLED", "HAS-BLED score"), 3, "{score}", category="survey",
          performer="Practitioner/pcp")
    c.med("apixaban", "1364430", "apixaban", "2019-09-17 11:00", "ep", "apixaban 5 mg twice daily (2.5 mg BID from 09/2025)",
          status="stopped", start="2019-09-17", end="2026-01-14",
          status_reason="Recurrent transfusion-requiring GI bleeding (angiodysplasia) despite dose reduction and APC")
    c.med("pantoprazole", "40790", "pantoprazole", "2025-08-20 15:00", "gi", "pantoprazole 40 mg twice daily")
    c.med("metformin", "6809", "metformin", "2011-11-15 10:30", "pcp", "metformin 1000 mg twice daily")
    c.med("lisinopril", "29046", "lisinopril", "2003-05-06 10:30", "pcp", "lisinopril 20 mg daily")
    c.procedure("apc-2026-01-15", "2026-01-15 11:20", (CPT, "43270", "EGD with ablation of tumor(s), polyp(s), or other lesion(s)"),
                performer="Practitioner/gi", note="APC of 6 gastric and 2 duodenal angioectasias, one with stigmata of recent bleeding.")

    c.note("ed-2026-01-14", "2026-01-14 09:30", "34109-9", "Organization/cimc", "Emergency/hospital note - GI bleed", """
        COOK INLET MEDICAL CENTER - ED / admission note (excerpt)     01/14/2026
        78 y/o M on apixaban 2.5 mg BID for permanent AF presents with 3 days of melena, dizziness.
        Hgb 7.1 (baseline 12). BUN 48. HR 98 (AF), BP 104/62.
        Second major GI bleed in 5 months (08/2025: Hgb 6.8, 3 units PRBC, APC of gastric angioectasias).
        Plan: hold apixaban, PPI drip, 2 units PRBC, GI for EGD.
        """, custodian="cimc")
    c.note("gi-2026-05-20", "2026-05-20 13:40", "11506-3", "Practitioner/gi", "Gastroenterology follow-up", """
        Cook Inlet Medical Center - Gastroenterology     05/20/2026
        Hannah Sorensen, MD

        Recurrent bleeding from multiple gastric/duodenal angioectasias: 08/2025 (3 u PRBC) and 01/2026 (2 u PRBC),
        both on apixaban (second on reduced dose). APC x2. Capsule 02/2026: additional jejunal angioectasias beyond
        reach. Off anticoagulation since 1/14 - Hgb recovered to 11.5 with IV iron.
        Recommendation regarding anticoagulation:
        - Long-term oral anticoagulation (any agent/dose) is NOT advisable from a GI standpoint: high likelihood of
          further transfusion-requiring bleeding with diffuse small-bowel lesions.
        - A SHORT course of warfarin (e.g. ~45 days after an LAA closure device) with INR 2-3, PPI and weekly CBC is
          acceptable from my standpoint.
        Support referral for LAA occlusion.
        """, custodian="cimc")
    c.note("echo-2026-05-28", "2026-05-28 14:00", "18748-4", "Practitioner/echo", "Transthoracic echocardiogram report", """
        CHUGACH CARDIOLOGY - TTE 05/28/2026     Priscilla Wong, MD
        Atrial fibrillation, rate 76. LVEF 55%. LA severely dilated (LAVI 52 mL/m2). Mitral valve: mild annular
        calcification, mild MR, mean gradient 2 mmHg - no mitral stenosis. Aortic valve sclerosis without stenosis.
        No prosthetic valves. RVSP 32 mmHg.
        """, custodian="cce")
    c.note("sdm-2026-06-16", "2026-06-16 10:15", "11506-3", "Practitioner/pcp", "Shared decision-making - AF stroke prevention", """
        <html><body>
        <h3>Anchorage Internal Medicine Associates</h3>
        <p><b>Shared decision-making visit: stroke prevention in non-valvular AF</b><br/>
        06/16/2026 &mdash; Douglas Reinholt, MD (internal medicine; not involved in performing the procedure)</p>
        <p><b>Risk:</b> CHA2DS2-VASc 4 (age 75+ = 2, HTN, DM); CHADS2 3 (HTN, age &gt;75, DM). HAS-BLED 3.</p>
        <p><b>Decision tool:</b> evidence-based AF anticoagulation decision aid (printed and tablet version) used with the
        patient and his wife; individualized annual stroke and bleeding risks shown.</p>
        <p><b>Options discussed:</b> resume reduced-dose DOAC; warfarin; no anticoagulation; percutaneous left atrial
        appendage closure. GI recommends against long-term anticoagulation (two transfusion-requiring bleeds on
        apixaban, diffuse angioectasias) but accepts a short post-procedure course of warfarin.</p>
        <p><b>Patient preference:</b> does not want to risk another bleed; &ldquo;I want to keep fishing and not end up in the
        ICU again.&rdquo; Chooses LAAC. Understands procedural risks and need for short-term warfarin and follow-up imaging.</p>
        <p>Decision documented; copy of the decision aid provided. Referral to Dr. Castellano (EP).</p>
        </body></html>
        """, ctype="text/html", custodian="aima")
    c.note("ep-2026-06-25", "2026-06-25 15:10", "11488-4", "Practitioner/ep", "Electrophysiology - LAAC evaluation", """
        CHUGACH CARDIOLOGY & ELECTROPHYSIOLOGY - LAAC evaluation    06/25/2026
        Yuri Castellano, MD

        79 y/o M, permanent non-valvular AF (no MS, no prosthetic valve - TTE 5/28). CHADS2 3, CHA2DS2-VASc 4.
        Deemed unable to take long-term OAC (GI, 5/20: recurrent transfusion-requiring angiodysplasia bleeding on
        apixaban). Suitable for short-term warfarin per GI. Formal SDM with decision tool completed with his PCP,
        Dr. Reinholt, 6/16.
        Exam: irregularly irregular, no murmur, lungs clear. Hgb 11.8.
        Plan: LAAC with a current-generation device; pre-procedure cardiac CT for LAA anatomy; post-implant warfarin
        + aspirin 45 days then antiplatelet per protocol; registry enrollment. Authorization requested.
        """, custodian="cce")

    case = {
        "id": "bf-laac-02", "patient": "patients/pf23.json",
        "request": {
            "service": dict(LAAC),
            "diagnoses": [{"system": ICD, "code": "I48.21", "display": "Permanent atrial fibrillation"},
                          {"system": ICD, "code": "K31.811", "display": "Angiodysplasia of stomach and duodenum with bleeding"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-07-07",
            "note": "LAAC. Permanent NVAF, CHA2DS2-VASc 4; recurrent GI bleeding on OAC; SDM 6/16/26.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/sdm-2026-06-16", "DocumentReference/gi-2026-05-20", "DocumentReference/ep-2026-06-25"],
            "missing": [],
            "rationale": "NVAF (no MS, no prosthetic valve); CHADS2 3 and CHA2DS2-VASc 4; formal SDM with an independent "
                         "non-interventional physician using an evidence-based decision tool, documented; deemed unable to take "
                         "long-term OAC (recurrent transfusion-requiring bleeding) and suitable for short-term warfarin (GI).",
        },
    }
    return case, c


def laac_03():
    """Refer: the only formal SDM with a decision tool was done by the implanting structural interventional cardiologist;
    the PCP only 'briefly mentioned' LAAC. NCD requires an independent non-interventional physician."""
    c = Chart("pf24", "ET", "https://fhir.hudsonstructural.example", "http://fhir.hudsonstructural.example/CodeSystem/local")
    c.patient("Florence", "Dunleavy", "female", "1943-01-27", "Delmar", "NY", "HSHC-231907")
    c.org("hshc", "Hudson Structural Heart Center", "structural heart program", "Albany", "NY")
    c.org("cdgim", "Capital District Geriatrics & Internal Medicine", "primary care / geriatrics practice", "Albany", "NY")
    c.org("ammc", "Albany Mohawk Medical Center", "hospital", "Albany", "NY")
    c.prac("ic", "Brendan", "Kowalski", "MD", "Interventional Cardiology (structural heart) - LAAC implanter")
    c.prac("np", "Olivia", "Tran", "NP", "Structural Heart")
    c.prac("pcp", "Martha", "Sinclair", "MD", "Geriatric Medicine")
    c.prac("nsg", "Victor", "Ekwueme", "MD", "Neurosurgery")
    c.coverage("2008-01-01")
    c.condition("af", "I48.0", "Paroxysmal atrial fibrillation", "2018-04-10 10:00")
    c.condition("htn", "I10", "Essential (primary) hypertension", "1999-08-03 10:00")
    c.condition("tia-hx", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
                "2018-04-10 10:05", note="TIA 04/2018 (transient aphasia) - AF diagnosed at that admission.")
    c.condition("falls", "Z91.81", "History of falling", "2025-09-14 12:00")
    c.condition("osteop", "M81.0", "Age-related osteoporosis without current pathological fracture", "2012-05-15 10:00")
    c.obs("cha2ds2vasc-2026-10-20", "2026-10-20 10:10", ("local", "CHA2DS2VASC", "CHA2DS2-VASc score"), 6, "{score}", category="survey",
          performer="Practitioner/ic")
    c.obs("lvef-2026-10-06", "2026-10-06 09:30", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 60, "%",
          category="imaging", performer="Organization/hshc")
    c.med("apixaban", "1364430", "apixaban", "2018-04-12 10:00", "pcp", "apixaban 5 mg twice daily", status="stopped",
          start="2018-04-12", end="2025-09-14", status_reason="Traumatic subdural hematoma after fall 09/14/2025")
    c.med("metoprolol", "6918", "metoprolol", "2018-04-12 10:00", "pcp", "metoprolol tartrate 25 mg twice daily")
    c.med("alendronate", "46041", "alendronate", "2012-05-15 10:30", "pcp", "alendronate 70 mg weekly")
    c.procedure("burrhole-2025-09-15", "2025-09-15 16:30", (CPT, "61154", "Burr hole(s) with evacuation and/or drainage of hematoma"),
                performer="Practitioner/nsg", note="Left acute-on-chronic subdural hematoma evacuation.")

    c.note("nsg-2025-09-16", "2025-09-16 11:00", "11506-3", "Practitioner/nsg", "Neurosurgery post-operative note", """
        ALBANY MOHAWK MEDICAL CENTER - Neurosurgery     09/16/2025
        82 y/o F on apixaban, fell at home 9/14 (tripped on rug), headache and confusion next morning. CT: 14 mm
        left acute-on-chronic SDH with 6 mm midline shift. Apixaban reversed (andexanet). Burr-hole evacuation 9/15.
        POD1: alert, oriented x3, no focal deficit. Drain removed.
        Recommendation: no anticoagulation for at least 4-6 weeks; long-term resumption is high risk given age,
        recurrent falls (3 in 12 months) and SDH - defer to cardiology/PCP.
        """, custodian="ammc")
    c.note("pcp-2026-09-15", "2026-09-15 14:20", "11506-3", "Practitioner/pcp", "Geriatrics follow-up", """
        CAPITAL DISTRICT GERIATRICS & INTERNAL MEDICINE - follow-up     09/15/2026
        Martha Sinclair, MD

        83 y/o F, paroxysmal AF, prior TIA (2018), HTN, osteoporosis, falls. SDH 09/2025 s/p evacuation - off apixaban
        since. Two further falls this year (no injury), uses walker outside. MoCA 24.
        Stroke prevention: apixaban not restarted - neurosurgery and I agree the bleeding/fall risk is too high for
        long-term anticoagulation. Briefly mentioned the "Watchman" LAA device as an option; pt interested and
        her son read about it. Referred to Hudson Structural Heart Center (Dr. Kowalski) to discuss.
        PT home safety eval ordered. BP 132/70.
        """, custodian="cdgim")
    c.note("echo-2026-10-06", "2026-10-06 12:30", "18748-4", "Organization/hshc", "Transthoracic echocardiogram report", """
        HUDSON STRUCTURAL HEART CENTER - ECHO LAB     TTE 10/06/2026
        Sinus rhythm. LVEF 60%. LA moderately dilated. Mitral: mild MAC, trace MR, no stenosis (mean gradient
        1.5 mmHg). No prosthetic valves. No LV thrombus.
        """, custodian="hshc")
    c.note("sdm-2026-10-20", "2026-10-20 10:30", "11488-4", "Practitioner/ic", "Structural heart consultation and shared decision-making", """
        HUDSON STRUCTURAL HEART CENTER - LAAC Consultation & Shared Decision-Making     10/20/2026
        Brendan Kowalski, MD (structural interventional cardiology)

        83 y/o F referred by Dr. Sinclair. Paroxysmal NVAF (TTE 10/6: no MS, no prosthetic valve).
        CHA2DS2-VASc 6 (age 2, female 1, HTN 1, TIA 2); CHADS2 3 (HTN, age >75, TIA). HAS-BLED 3.
        Off apixaban since traumatic SDH 09/2025; recurrent falls - long-term OAC not appropriate per neurosurgery
        and PCP. Tolerated anticoagulation for years before the fall; a 45-day course of warfarin after implant is
        acceptable (SDH >12 months ago, resolved on CT 03/2026).

        SHARED DECISION-MAKING: I conducted a formal SDM discussion today with the patient and her son using an
        evidence-based AF anticoagulation / LAAC decision aid (printed). Reviewed OAC, no therapy, and LAAC with
        procedural risks (pericardial effusion, device embolization, device-related thrombus), post-implant
        warfarin, TEE/CT follow-up. Patient chooses LAAC. SDM completed per CMS requirements.

        Plan: LAAC - I will perform; pre-procedure CT. Authorization via our office (NP Tran).
        """, custodian="hshc")
    c.note("np-2026-11-03", "2026-11-03 15:45", "11506-3", "Practitioner/np", "Structural heart NP pre-procedure note", """
        Hudson Structural Heart Center - pre-procedure planning    11/03/2026    Olivia Tran, NP
        Cardiac CT 10/29: LAA chicken-wing morphology, ostium 21 x 18 mm, no thrombus - suitable.
        Procedure tentatively 12/08/2026 with Dr. Kowalski. Labs ordered. Registry consent reviewed.
        Authorization packet: consult/SDM 10/20, TTE 10/6, CT 10/29, PCP note 9/15, neurosurgery note 9/2025.
        """, custodian="hshc")

    case = {
        "id": "bf-laac-03", "patient": "patients/pf24.json",
        "request": {
            "service": dict(LAAC),
            "diagnoses": [{"system": ICD, "code": "I48.0", "display": "Paroxysmal atrial fibrillation"},
                          {"system": ICD, "code": "Z91.81", "display": "History of falling"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-11-10",
            "note": "LAAC for NVAF, CHA2DS2-VASc 6, unable to take long-term OAC after SDH. SDM completed 10/20/26.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/sdm-2026-10-20", "DocumentReference/pcp-2026-09-15"],
            "missing": [],
            "rationale": "Scores, NVAF, inability to take long-term OAC and suitability for short-term warfarin are documented, "
                         "but the NCD requires the formal SDM with an independent NON-interventional physician. The only SDM with "
                         "a decision tool was by the implanting structural interventional cardiologist; the PCP only 'briefly "
                         "mentioned' the device. The SDM done does not qualify -> physician reviewer.",
        },
    }
    return case, c


CASES = [laac_01, laac_02, laac_03]
