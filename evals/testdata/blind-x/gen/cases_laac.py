from fhir import Chart, case, dedent, svc_cpt


def laac_01():
    c = Chart("pt-5502", "bluestem-health", "Bluestem Health Partners")
    c.patient("Henrietta Mae", "Pulaski", "female", "1947-09-09", "BHP-550219", "Lincoln", "NE")
    pcp = c.prac("dr-adeyemi", "Ruth", "Adeyemi", "MD", "Internal Medicine")
    ep = c.prac("dr-kaminski", "Stefan", "Kaminski", "MD", "Clinical Cardiac Electrophysiology")
    gi = c.prac("dr-bhatt", "Anjali", "Bhatt", "MD", "Gastroenterology")
    card = c.prac("dr-lorenz", "Peter", "Lorenz", "MD", "Cardiovascular Disease")

    c.cond("af", "I48.21", "Permanent atrial fibrillation", "2019-02-14")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2001-01-01")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-06-06")
    c.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2021-01-01")
    c.cond("angio-sb", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", "2024-03-02",
           note="Duodenal and jejunal angioectasias; APC 03/2024 and 12/2025.")
    c.cond("angio-colon", "K55.21", "Angiodysplasia of colon with hemorrhage", "2025-12-04")
    c.cond("anemia", "D62", "Acute posthemorrhagic anemia", "2025-12-04", clinical="resolved", abatement="2026-01-30")
    c.cond("tia-refuted", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
           "2024-08-19", verification="refuted",
           note="Transient aphasia 08/2024 - glucose 38 mg/dL at onset, resolved with dextrose; MRI negative; neurology: hypoglycaemia, not TIA.")
    c.cond("cataract", "H25.13", "Age-related nuclear cataract, bilateral", "2022-01-01")

    c.med("apixaban", "2019-02-14", "apixaban 5 mg oral tablet", "1364430", status="stopped", requester=card,
          start="2019-02-14", end="2025-12-04", note="Stopped 12/04/2025 - third major GI bleed (Hb 6.8, 3 units PRBC).")
    c.med("metoprolol", "2019-02-14", "metoprolol succinate 50 mg extended release oral tablet", "6918",
          dosage="50 mg daily", requester=card)
    c.med("lisinopril", "2001-01-01", "lisinopril 10 mg oral tablet", "29046", dosage="10 mg daily", requester=pcp)
    c.med("metformin", "2012-06-06", "metformin 500 mg oral tablet", "6809", dosage="500 mg BID", requester=pcp)
    c.med("pantoprazole", "2024-03-02", "pantoprazole 40 mg oral tablet", "40790", dosage="40 mg daily", requester=gi)

    e1 = c.enc("enc-ip-2025-12-04", "2025-12-04", "Inpatient - GI bleed", gi, cls="IMP", end="2025-12-08")
    c.obs("hgb-2025-12-04", "2025-12-04", "Hemoglobin [Mass/volume] in Blood", 6.8, "g/dL", loinc="718-7",
          category="laboratory", enc=e1)
    c.doc("dc-2025-12-08", "2025-12-08", "discharge", "Discharge summary - GI bleed", dedent("""
        DISCHARGE SUMMARY 12/08/2025. 78F permanent AF on apixaban, third admission for overt GI bleeding
        (03/2024, 07/2025, now). Hb 6.8, 3 units PRBC. Capsule + push enteroscopy: multiple jejunal
        angioectasias, APC x 6; cecal angioectasia APC. Apixaban held - do not resume until GI/cardiology
        decide on long-term stroke prevention strategy.
        """), author=gi, enc=e1)

    e2 = c.enc("enc-gi-2026-01-08", "2026-01-08", "Gastroenterology follow-up", gi)
    c.doc("gi-2026-01-08", "2026-01-08", "consult", "Gastroenterology follow-up", dedent("""
        GASTROENTEROLOGY   01/08/2026   Anjali Bhatt, MD
        Recurrent small-bowel and colonic angiodysplasia bleeding x3 in 21 months despite APC, each on
        apixaban; now Hb 11.2 off anticoagulation. Lesions are diffuse and recur; octreotide considered.
        Opinion: long-term oral anticoagulation (any agent) is not advisable - high probability of further
        transfusion-requiring bleeding. A SHORT course of anticoagulation (e.g., ~45 days of warfarin after a
        left atrial appendage closure device) is acceptable from a GI standpoint with PPI, weekly CBC and a low
        threshold to stop.
        """), author=gi, enc=e2)

    e3 = c.enc("enc-sdm-2026-03-24", "2026-03-24", "Primary care - stroke prevention shared decision-making", pcp)
    c.doc("sdm-2026-03-24", "2026-03-24", "progress", "Shared decision-making - stroke prevention in AF", dedent("""
        INTERNAL MEDICINE   03/24/2026   Ruth Adeyemi, MD
        Visit dedicated to stroke prevention decision (patient + daughter), at cardiology's request.
        Reviewed: permanent AF, HTN, DM2, age 78, female. Stroke risk - CHA2DS2-VASc 5. Bleeding: 3
        transfusion-requiring GI bleeds on apixaban despite endoscopic therapy; GI advises against long-term OAC.
        Options reviewed: resume DOAC, warfarin, no antithrombotic, aspirin, left atrial appendage closure
        (benefits, procedural risks, need for short-term anticoagulation and antiplatelet afterwards).
        Patient values: fears another bleed and transfusion more than anything; wants to avoid long-term
        blood thinners; accepts procedural risk.
        Outcome: she is not able to take long-term oral anticoagulation; agrees to LAAC evaluation. Short-term
        warfarin after the device acceptable to her and to GI.
        I am not involved in the procedure.
        """), author=pcp, enc=e3)
    c.doc("sdm-2026-03-25-addendum", "2026-03-25", "progress", "Addendum - shared decision-making", dedent("""
        ADDENDUM to 03/24/2026 visit - Ruth Adeyemi, MD - 03/25/2026
        Omitted from yesterday's note: the discussion was structured with the Mayo Clinic "Anticoagulation
        Choice" shared decision-making tool for AF (patient-specific stroke and bleeding risk cards, medication
        option cards); copy given to the patient. Time spent ~35 minutes.
        """), author=pcp, enc=e3, relates=("appends", "sdm-2026-03-24"))

    e4 = c.enc("enc-ep-2026-04-14", "2026-04-14", "Electrophysiology consultation", ep)
    c.obs("lvef-2026-04-10", "2026-04-10", "Left ventricular Ejection fraction", 60, "%", loinc="10230-1",
          category="imaging")
    c.doc("ep-2026-04-14", "2026-04-14", "consult", "Electrophysiology - LAAC evaluation", dedent("""
        ELECTROPHYSIOLOGY   04/14/2026   Stefan Kaminski, MD
        78F permanent AF. CHA2DS2-VASc 6 (HTN, DM, age, female, prior TIA); CHADS2 5. HAS-BLED 3.
        Recurrent angiodysplasia GI bleeding on apixaban x3; GI against long-term OAC; short-term warfarin OK.
        SDM completed with PCP (Dr Adeyemi) 3/24 with decision tool.
        TTE 4/10: LVEF 60%, mild MR, mild MAC, no mitral stenosis, no prosthetic valve.
        TEE: LAA anatomy suitable, no thrombus.
        Plan: LAAC (Watchman-type device). Post-implant warfarin + aspirin 45 days, then DAPT to 6 months,
        then aspirin.
        """), author=ep, enc=e4)
    c.sr("sr-laac", "2026-05-12", "Percutaneous transcatheter closure of the left atrial appendage", code="33340",
         requester=ep, occurrence="2026-06-10")

    # after request date
    c.proc("laac-2026-06-10", "2026-06-10", "Percutaneous left atrial appendage closure", code="33340", performer=ep)

    cs = case("bx-laac-01", "patients/px5502.json", svc_cpt("33340", "Percutaneous transcatheter closure of the left atrial appendage"),
              [("I48.21", "Permanent atrial fibrillation"), ("K31.811", "Angiodysplasia of stomach and duodenum with bleeding")],
              "2026-05-19", "approve", "NCD 20.34",
              ["DocumentReference/sdm-2026-03-24", "DocumentReference/sdm-2026-03-25-addendum",
               "DocumentReference/gi-2026-01-08", "Condition/htn", "Condition/t2dm"],
              rationale="Non-valvular AF (no mitral stenosis or prosthetic valve). CHA2DS2-VASc 5 and CHADS2 3 "
                        "without the refuted TIA (the EP's 6/5 includes it; still above threshold). Formal SDM "
                        "by an independent non-interventional physician, decision tool named in an addendum "
                        "dated before the request. Unable to take long-term OAC and suitable for short-term "
                        "warfarin per GI and the SDM.",
              note="Permanent AF, CHA2DS2-VASc 6, recurrent GI bleeding on apixaban. SDM done with PCP.")
    return cs, c


def laac_02():
    c = Chart("pt-6839", "piedmont-heart", "Piedmont Heart & Rhythm")
    c.patient("Clarence Otis", "Beauchamp", "male", "1944-12-15", "PHR-683904", "Greenville", "SC")
    ep = c.prac("dr-osullivan", "Niamh", "O'Sullivan", "MD", "Clinical Cardiac Electrophysiology")
    card = c.prac("dr-moreau", "Ines", "Moreau", "MD", "Cardiovascular Disease (non-invasive)")
    ns = c.prac("dr-grayson", "Theodore", "Grayson", "MD", "Neurosurgery")
    neuro = c.prac("dr-patel", "Vikram", "Patel", "MD", "Neurology")
    ger = c.prac("dr-holloway", "Maureen", "Holloway", "MD", "Geriatric Medicine")

    c.cond("af", "I48.0", "Paroxysmal atrial fibrillation", "2018-04-10")
    c.cond("htn", "I10", "Essential (primary) hypertension", "1995-01-01")
    c.cond("hfpef", "I50.32", "Chronic diastolic (congestive) heart failure", "2021-09-01")
    c.cond("stroke-hx", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
           "2023-02-20", note="Left MCA branch infarct 02/2023 while off apixaban (non-adherence); full recovery.")
    c.cond("sdh", "S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter",
           "2025-09-12", clinical="resolved", abatement="2025-11-18", note="Fall at home on apixaban; burr-hole evacuation 09/14/2025.")
    c.cond("falls", "Z91.81", "History of falling", "2025-09-12")
    c.cond("oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2012-01-01")

    c.med("apixaban", "2018-04-10", "apixaban 5 mg oral tablet", "1364430", status="stopped", requester=card,
          start="2018-04-10", end="2025-09-12", note="Stopped 09/12/2025 - acute SDH; reversed with andexanet.")
    c.med("metoprolol", "2018-04-10", "metoprolol succinate 50 mg extended release oral tablet", "6918",
          dosage="50 mg daily", requester=card)
    c.med("furosemide", "2021-09-01", "furosemide 20 mg oral tablet", "4603", dosage="20 mg daily", requester=card)
    c.med("losartan", "2010-01-01", "losartan 50 mg oral tablet", "52175", dosage="50 mg daily", requester=card)

    c.proc("burrhole-2025-09-14", "2025-09-14", "Burr hole evacuation of subdural hematoma, right", code="61154",
           performer=ns)
    e1 = c.enc("enc-ns-2025-11-18", "2025-11-18", "Neurosurgery follow-up", ns)
    c.doc("ns-2025-11-18", "2025-11-18", "progress", "Neurosurgery follow-up", dedent("""
        NEUROSURGERY 11/18/2025 Theodore Grayson, MD
        9 weeks after right burr-hole evacuation of acute-on-chronic SDH (fall on apixaban). CT today: resolution
        of the collection, no re-accumulation. Neurologically intact.
        Recommendation: given SDH on anticoagulation and ongoing fall risk, I would avoid long-term
        anticoagulation. Antithrombotic decisions per cardiology. Follow up PRN.
        """), author=ns, enc=e1)

    e2 = c.enc("enc-ger-2026-02-10", "2026-02-10", "Geriatrics falls clinic", ger)
    c.doc("ger-2026-02-10", "2026-02-10", "consult", "Geriatrics falls assessment", dedent("""
        GERIATRICS FALLS CLINIC 02/10/2026 Maureen Holloway, MD
        81M, 3 falls in 12 months (one with SDH). Orthostatic drop 22 mm Hg -> losartan reduced, PT, walker,
        home safety evaluation. MoCA 25. Lives with wife. Fall risk remains high.
        """), author=ger, enc=e2)

    e3 = c.enc("enc-sdm-2026-09-29", "2026-09-29", "Cardiology - stroke prevention shared decision-making", card)
    c.doc("sdm-2026-09-29", "2026-09-29", "progress", "Shared decision-making - stroke prevention in AF", dedent("""
        <html><body>
        <h3>Cardiology (non-invasive) &mdash; Shared Decision-Making: Stroke Prevention in AF</h3>
        <p>09/29/2026 &nbsp; Ines Moreau, MD &nbsp; Patient and wife present.</p>
        <p><b>Tool:</b> Mayo Clinic &ldquo;Anticoagulation Choice&rdquo; conversation aid, with individual risk
        estimates: CHA2DS2-VASc 6 (CHF, HTN, age 81, prior stroke), CHADS2 5; HAS-BLED 3.</p>
        <p>Options discussed: resume apixaban (reduced dose), warfarin, aspirin alone, no therapy, LAAC.
        Bleeding history: traumatic SDH on apixaban 09/2025 requiring burr hole; ongoing falls despite a
        falls program. Prior stroke in 2023 when off anticoagulation.</p>
        <p><b>Patient values:</b> most afraid of another brain bleed; second of a disabling stroke.</p>
        <p><b>Outcome:</b> together we concluded he should not take long-term oral anticoagulation. He would
        like to be evaluated for LAAC. Referred to Dr O'Sullivan (EP). I will not be performing any procedure.</p>
        </body></html>
        """), author=card, enc=e3, html=True)

    e4 = c.enc("enc-ep-2026-10-20", "2026-10-20", "Electrophysiology consultation", ep)
    c.doc("ep-2026-10-20", "2026-10-20", "consult", "Electrophysiology - LAAC evaluation", dedent("""
        ELECTROPHYSIOLOGY   10/20/2026   Niamh O'Sullivan, MD
        81M paroxysmal AF, CHA2DS2-VASc 6, prior ischemic stroke 2023, traumatic SDH 09/2025 on apixaban,
        recurrent falls. SDM with Dr Moreau 9/29 (Mayo Anticoagulation Choice) - long-term OAC not an option.
        TTE 2026: LVEF 60%, no significant valve disease.
        Post-implant antithrombotic plan: TO BE DETERMINED. Standard regimen requires ~45 days of
        anticoagulation; whether any anticoagulation is acceptable after his SDH has not been addressed -
        neurosurgery's note only speaks to long-term therapy. I have asked Dr Grayson to see him again (appt
        11/18). If no anticoagulation is acceptable we will need to consider an antiplatelet-only protocol.
        Plan: submit for LAAC authorization meanwhile; TEE pre-procedure.
        """), author=ep, enc=e4)
    c.appt("appt-ns-2026-11-18", "2026-10-20", "2026-11-18", "booked",
           "Neurosurgery re-consultation: safety of short-term anticoagulation after LAAC", ns)
    c.sr("sr-laac", "2026-11-02", "Percutaneous transcatheter closure of the left atrial appendage", code="33340",
         requester=ep)

    # after request
    e5 = c.enc("enc-ns-2026-11-18", "2026-11-18", "Neurosurgery re-consultation", ns)
    c.doc("ns-2026-11-18", "2026-11-18", "consult", "Neurosurgery re-consultation", dedent("""
        NEUROSURGERY 11/18/2026 Theodore Grayson, MD. Asked whether 45 days of warfarin after LAAC is acceptable.
        SDH fully resolved > 1 year. A short, closely monitored course (INR 2-2.5) is acceptable from my
        standpoint; avoid long-term.
        """), author=ns, enc=e5)

    cs = case("bx-laac-02", "patients/px6839.json", svc_cpt("33340", "Percutaneous transcatheter closure of the left atrial appendage"),
              [("I48.0", "Paroxysmal atrial fibrillation"), ("Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits")],
              "2026-11-10", "request_info", "NCD 20.34",
              ["DocumentReference/sdm-2026-09-29", "DocumentReference/ep-2026-10-20", "DocumentReference/ns-2025-11-18"],
              missing=["short term warfarin|short term anticoagulation|short course|warfarin|post implant anticoagulation|"
                       "post-implant anticoagulation|post procedure anticoagulation"],
              rationale="CHADS2 5 / CHA2DS2-VASc 6, formal SDM with a decision tool by an independent "
                        "non-interventional cardiologist, and inability to take long-term OAC are documented. "
                        "Suitability for short-term warfarin is not addressed: neurosurgery spoke only to long-term "
                        "therapy and the EP left it open pending a re-consultation booked after the request. The "
                        "neurosurgery answer dated after the request does not count.",
              note="PAF, CHA2DS2-VASc 6, SDH on apixaban. SDM done. LAAC.")
    return cs, c


CASES = [laac_01, laac_02]
