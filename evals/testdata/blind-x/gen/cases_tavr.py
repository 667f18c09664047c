from fhir import Chart, case, dedent, svc_cpt


def tavr_01():
    c = Chart("pt-1269", "riverside-cv", "Riverside Cardiovascular Institute")
    c.patient("Bernard Francis", "Okafor-Lindstrom", "male", "1946-05-09", "RCI-126914", "Dubuque", "IA")
    gen = c.prac("dr-pellegrino", "Marco", "Pellegrino", "MD", "Cardiovascular Disease")
    ic = c.prac("dr-park", "Lena", "Park", "MD", "Interventional Cardiology (structural heart)")
    cts = c.prac("dr-oliveira", "Mateus", "Oliveira", "MD", "Cardiothoracic Surgery")
    pa = c.prac("pa-gunderson", "Heidi", "Gunderson", "PA-C", "Cardiothoracic Surgery")
    rad = c.prac("dr-chaudhry", "Imran", "Chaudhry", "MD", "Cardiovascular Imaging")
    ger = c.prac("dr-mbeki", "Thandiwe", "Mbeki", "MD", "Geriatric Medicine")
    pcp = c.prac("dr-voss", "Gretchen", "Voss", "MD", "Family Medicine")

    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-06-18")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2008-01-01")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2008-01-01")
    c.cond("cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2026-01-20",
           note="Nonobstructive on CTA/cath 01/2026.")
    c.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-07-07")
    c.cond("iol", "Z96.1", "Presence of intraocular lens", "2021-09-01")
    c.med("amlodipine", "2008-01-01", "amlodipine 5 mg oral tablet", "17767", dosage="5 mg daily", requester=pcp)
    c.med("atorvastatin", "2008-01-01", "atorvastatin 40 mg oral tablet", "83367", dosage="40 mg daily", requester=pcp)

    e0 = c.enc("enc-echo-2024-06-18", "2024-06-18", "Transthoracic echocardiogram", gen)
    c.obs("ava-2024-06-18", "2024-06-18", "Aortic valve area (continuity)", 1.2, "cm2", text="ava-vti",
          category="imaging", enc=e0, ucum="cm2")
    c.obs("mg-2024-06-18", "2024-06-18", "Aortic valve mean gradient", 24, "mm[Hg]", text="av-mean-gradient",
          category="imaging", enc=e0)
    c.doc("echo-2024-06-18", "2024-06-18", "echo", "Transthoracic echocardiogram", dedent("""
        TTE 06/18/2024: calcified trileaflet AV, Vmax 3.2 m/s, MG 24 mm Hg, AVA 1.2 cm2 - moderate AS. LVEF 60%.
        Recommend surveillance echo 1-2 years or sooner with symptoms.
        """), author=gen, enc=e0)

    e1 = c.enc("enc-echo-2026-01-06", "2026-01-06", "Transthoracic echocardiogram", gen)
    c.obs("vmax-2026-01-06", "2026-01-06", "Aortic valve peak velocity", 4.4, "m/s", text="av-vmax",
          category="imaging", enc=e1)
    c.obs("mg-2026-01-06", "2026-01-06", "Aortic valve mean gradient", 46, "mm[Hg]", text="av-mean-gradient",
          category="imaging", enc=e1)
    c.obs("ava-2026-01-06", "2026-01-06", "Aortic valve area (continuity)", 0.78, "cm2", text="ava-vti",
          category="imaging", enc=e1, ucum="cm2")
    c.obs("lvef-2026-01-06", "2026-01-06", "Left ventricular Ejection fraction", 60, "%", loinc="10230-1",
          category="imaging", enc=e1)
    c.doc("echo-2026-01-06", "2026-01-06", "echo", "Transthoracic echocardiogram", dedent("""
        TRANSTHORACIC ECHOCARDIOGRAM   01/06/2026   Reading: Imran Chaudhry, MD
        Indication: AS surveillance, new exertional dyspnea.
        AV: severely calcified trileaflet, restricted. Vmax 4.4 m/s, mean gradient 46 mm Hg, AVA (VTI) 0.78 cm2,
        DVI 0.22. Trace AR.
        LV: normal size, mild concentric LVH, LVEF 60%. Grade I diastolic dysfunction. RVSP 34.
        IMPRESSION: SEVERE aortic stenosis (high gradient), progressed from moderate in 06/2024.
        """), author=rad, enc=e1)

    e2 = c.enc("enc-card-2026-01-12", "2026-01-12", "Cardiology visit", gen)
    c.obs("nyha-2026-01-12", "2026-01-12", "NYHA functional class", text="nyha-class", concept="Class II",
          category="survey", enc=e2, performer=gen)
    c.doc("card-2026-01-12", "2026-01-12", "progress", "Cardiology visit", dedent("""
        GENERAL CARDIOLOGY   01/12/2026   Marco Pellegrino, MD
        79M with AS. Since the fall he gets short of breath climbing the stairs to his woodshop and had to stop
        twice shovelling snow, which is new. Denies chest pain, syncope or presyncope. NYHA II.
        Exam: 3/6 late-peaking SEM, soft A2. BP 142/80.
        Echo 1/6/26: severe AS (Vmax 4.4, MG 46, AVA 0.78), EF 60%.
        A/P: symptomatic severe AS. Refer to structural heart / valve clinic for TAVR vs SAVR. TAVR-protocol CTA
        ordered. Pre-procedure dental check.
        """), author=gen, enc=e2)

    e3 = c.enc("enc-ic-2026-01-27", "2026-01-27", "Structural heart clinic", ic)
    c.doc("ic-2026-01-27", "2026-01-27", "consult", "Structural heart (interventional cardiology) consultation", dedent("""
        STRUCTURAL HEART CLINIC - INTERVENTIONAL CARDIOLOGY   01/27/2026   Lena Park, MD
        I saw and examined Mr Okafor-Lindstrom in clinic today with his daughter.

        Symptomatic severe high-gradient AS (Vmax 4.4, MG 46, AVA 0.78), NYHA II, LVEF 60%.
        STS PROM 2.4% (low surgical risk). Frailty: 5-m gait 5.8 s, grip normal, independent in ADLs/IADLs.
        Coronary CTA component of TAVR CT pending; cath 01/20/26 (radial, diagnostic) - nonobstructive CAD.
        Exam: 3/6 SEM, carotids delayed, no edema.

        Assessment of options: SAVR, TAVR, and medical therapy discussed. Given age 79, patient preference
        (wants to be back to woodworking quickly) and anticipated life expectancy, TAVR is a reasonable
        alternative to SAVR per current guidelines; valve durability data beyond 10 years discussed.
        Recommendation: transfemoral TAVR IF the TAVR CTA confirms adequate iliofemoral access and annulus
        anatomy; otherwise SAVR favoured. Will present at heart team after CT and surgical evaluation.
        """), author=ic, enc=e3)
    c.proc("cath-2026-01-20", "2026-01-20", "Left heart catheterization, coronary angiography", code="93458",
           performer=ic)

    e4 = c.enc("enc-cta-2026-01-29", "2026-01-29", "TAVR protocol CT angiography", rad)
    c.doc("cta-2026-01-29", "2026-01-29", "imaging", "TAVR protocol CTA report", dedent("""
        CTA CHEST/ABDOMEN/PELVIS - TAVR PROTOCOL   01/29/2026   Imran Chaudhry, MD
        Annulus: perimeter 78.1 mm, area 472 mm2 (perimeter-derived diameter 24.9 mm). Tricuspid, heavy
        calcification. LCA height 13 mm, RCA height 15 mm. SOV 32 x 31 x 33 mm.
        Access: R CFA 8.1 mm, R EIA 7.2 mm, R CIA 7.9 mm; L CFA 7.8 mm, L EIA 6.8 mm, L CIA 7.4 mm. Mild
        calcification, no significant tortuosity.
        IMPRESSION: anatomy suitable for transfemoral TAVR, either side.
        """), author=rad, enc=e4)

    e5 = c.enc("enc-cts-2026-02-03", "2026-02-03", "Cardiothoracic surgery clinic", cts)
    c.doc("cts-2026-02-03", "2026-02-03", "consult", "Cardiothoracic surgery consultation", dedent("""
        CARDIOTHORACIC SURGERY - VALVE CLINIC   02/03/2026
        Note by: Heidi Gunderson, PA-C   Attending: Mateus Oliveira, MD

        79M, symptomatic severe AS, NYHA II. STS PROM 2.4%. CTA 1/29: TF access suitable. Cath: nonobstructive
        CAD. No prior sternotomy. PFTs not needed. Independent, active.
        Exam: alert, ambulates without aid. Sternum intact. 3/6 SEM. Lungs clear.
        Surgical options reviewed with patient and daughter: SAVR (bioprosthetic) vs TF-TAVR.

        ATTESTATION: I personally saw and examined the patient with Ms Gunderson today and reviewed the echo,
        cath and CT images. He is an acceptable SAVR candidate at low predicted risk. Given his age, TF
        anatomy, absence of concomitant surgical disease and his informed preference, I agree that
        transfemoral TAVR is appropriate; SAVR remains a reasonable alternative if anatomy changes.
        -- Mateus Oliveira, MD, 02/03/2026 17:48
        """), author=pa, authenticator=cts, enc=e5)

    e6 = c.enc("enc-ger-2026-02-05", "2026-02-05", "Geriatric assessment", ger)
    c.doc("ger-2026-02-05", "2026-02-05", "consult", "Pre-TAVR geriatric assessment", dedent("""
        GERIATRICS 02/05/2026 Thandiwe Mbeki, MD
        MoCA 27/30. Gait speed 0.86 m/s, chair stands x5 in 11 s, no falls. Albumin 4.1. Independent in all
        ADLs; drives; active woodworker. Not frail. No cognitive barrier to consent. Expected meaningful
        benefit from valve replacement.
        """), author=ger, enc=e6)

    e7 = c.enc("enc-ht-2026-02-10", "2026-02-10", "Multidisciplinary heart team conference", ic)
    c.doc("ht-2026-02-10", "2026-02-10", "note", "Heart team conference summary", dedent("""
        HEART TEAM CONFERENCE 02/10/2026
        Present: L. Park (interventional cardiology), M. Oliveira (CT surgery), M. Pellegrino (cardiology),
        I. Chaudhry (imaging), valve coordinator.
        Consensus: transfemoral TAVR, 26 mm balloon-expandable valve. Conscious sedation. Dental clearance
        received 02/09. Proceed to authorization and scheduling.
        """), author=ic, enc=e7)
    c.sr("sr-tavr", "2026-02-18", "Transcatheter aortic valve replacement, percutaneous femoral approach", code="33361",
         requester=ic, occurrence="2026-03-17", reason="Symptomatic severe aortic stenosis")

    e8 = c.enc("enc-pcp-2026-02-12", "2026-02-12", "Primary care visit", pcp)
    c.doc("pcp-2026-02-12", "2026-02-12", "progress", "Primary care visit", dedent("""
        FAMILY MEDICINE 02/12/2026 Gretchen Voss, MD
        Med check. BP 138/78. Valve team recommending TAVR next month. Pt asks whether at 79 he is "too old" -
        reassured. Chronic problems: HTN, HLD, CKD 3a (Cr 1.3), frail elderly (walks with cane?) - R/O.
        Flu/COVID vaccines up to date.
        """), author=pcp, enc=e8)

    cs = case("bx-tavr-01", "patients/px1269.json",
              svc_cpt("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
              [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-02-24", "approve", "NCD 20.32",
              ["DocumentReference/echo-2026-01-06", "DocumentReference/card-2026-01-12",
               "DocumentReference/ic-2026-01-27", "DocumentReference/cts-2026-02-03"],
              rationale="Symptomatic (exertional dyspnea, NYHA II) severe AS on the newest echo. Interventional "
                        "cardiologist and cardiac surgeon each examined him face-to-face and documented their "
                        "rationale (surgeon by attestation on a PA-written note). The interventionalist's "
                        "conditional recommendation was satisfied by the CTA. Low STS risk is not an NCD "
                        "exclusion; geriatrics documents no benefit-precluding comorbidity.",
              note="Symptomatic severe AS, heart team consensus TF-TAVR.")
    return cs, c


def tavr_02():
    c = Chart("pt-3340", "bayou-heart", "Bayou Heart Institute")
    c.patient("Mildred Louise", "Thibodeaux", "female", "1941-12-30", "BHI-334017", "Lafayette", "LA")
    ic = c.prac("dr-haddad", "Farid", "Haddad", "MD", "Interventional Cardiology (structural heart)")
    cts = c.prac("dr-whitcombe", "Julian", "Whitcombe", "MD", "Cardiothoracic Surgery")
    rn = c.prac("rn-guidry", "Amelie", "Guidry", "RN", "Valve program nurse coordinator")
    gen = c.prac("dr-landry", "Paul", "Landry", "MD", "Cardiovascular Disease")
    rad = c.prac("dr-nguyen", "Thao", "Nguyen", "MD", "Radiology")

    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2023-03-21")
    c.cond("htn", "I10", "Essential (primary) hypertension", "1999-01-01")
    c.cond("af", "I48.0", "Paroxysmal atrial fibrillation", "2022-05-04")
    c.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2020-01-01")
    c.cond("oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2010-01-01")
    c.med("apixaban", "2022-05-04", "apixaban 2.5 mg oral tablet", "1364430", dosage="2.5 mg BID", requester=gen)
    c.med("metoprolol", "2022-05-04", "metoprolol tartrate 25 mg oral tablet", "6918", dosage="25 mg BID", requester=gen)
    c.med("furosemide", "2026-07-14", "furosemide 20 mg oral tablet", "4603", dosage="20 mg daily", requester=gen)

    e1 = c.enc("enc-card-2026-07-14", "2026-07-14", "Cardiology visit", gen)
    c.obs("nyha-2026-07-14", "2026-07-14", "NYHA functional class", text="nyha-class", concept="Class III",
          category="survey", enc=e1, performer=gen)
    c.doc("card-2026-07-14", "2026-07-14", "progress", "Cardiology visit", dedent("""
        CARDIOLOGY 07/14/2026 Paul Landry, MD
        84F, AS followed since 2023. Now breathless walking from the car to church, lightheaded after climbing
        her porch steps twice this month (sat down, no LOC). Ankle edema. NYHA III.
        Plan: echo, start furosemide 20, refer to valve clinic.
        """), author=gen, enc=e1)

    e2 = c.enc("enc-echo-2026-07-21", "2026-07-21", "Transthoracic echocardiogram", gen)
    c.obs("ava-2026-07-21", "2026-07-21", "Aortic valve area (continuity)", 0.7, "cm2", text="ava-vti",
          category="imaging", enc=e2, ucum="cm2")
    c.obs("mg-2026-07-21", "2026-07-21", "Aortic valve mean gradient", 41, "mm[Hg]", text="av-mean-gradient",
          category="imaging", enc=e2)
    c.doc("echo-2026-07-21", "2026-07-21", "echo", "Transthoracic echocardiogram", dedent("""
        TTE 07/21/2026. Severely calcified AV. Vmax 4.1 m/s, MG 41 mm Hg, AVA 0.70 cm2. LVEF 55%. Moderate MAC,
        mild MR. Impression: severe aortic stenosis.
        """), author=gen, enc=e2)

    e3 = c.enc("enc-ic-2026-08-11", "2026-08-11", "Structural heart clinic", ic)
    c.doc("ic-2026-08-11", "2026-08-11", "consult", "Structural heart consultation", dedent("""
        STRUCTURAL HEART - INTERVENTIONAL CARDIOLOGY   08/11/2026   Farid Haddad, MD
        Patient seen and examined face to face with her son.
        84F symptomatic severe AS (AVA 0.70, MG 41), NYHA III, exertional presyncope. PAF on apixaban, CKD 3a,
        knee OA (walker). STS PROM 6.8%. 5-m walk 8.2 s (slow), grip weak - frailty moderate. MoCA 24.
        Options discussed: TAVR, SAVR (intermediate-high risk), medical/palliative therapy. Patient wants to stay
        in her home and keep going to church; accepts procedural risk.
        My recommendation: TF-TAVR preferred over SAVR given age, frailty and risk. Needs TAVR CTA and CT
        surgery evaluation; will discuss at heart team.
        """), author=ic, enc=e3)
    c.appt("appt-cts-2026-09-01", "2026-08-11", "2026-09-01", "booked", "Cardiothoracic surgery - valve clinic new patient (Dr Whitcombe)", cts)

    e4 = c.enc("enc-cta-2026-08-20", "2026-08-20", "TAVR protocol CT angiography", rad)
    c.doc("cta-2026-08-20", "2026-08-20", "imaging", "TAVR protocol CTA report", dedent("""
        TAVR CTA 08/20/2026 Thao Nguyen, MD. Annulus area 398 mm2, perimeter 72 mm. Coronary heights adequate.
        Iliofemoral: min lumen diameter R 6.1 mm, L 5.9 mm, moderate calcification. Suitable for TF access
        with a small-sheath system.
        """), author=rad, enc=e4)

    c.doc("rn-2026-09-01", "2026-09-01", "nurse", "Valve clinic nurse coordinator note", dedent("""
        VALVE PROGRAM - NURSE COORDINATOR NOTE   09/01/2026   Amelie Guidry, RN
        Patient seen in multidisciplinary valve clinic today by Dr Haddad and Dr Whitcombe (CT surgery). Per
        both physicians, patient is a TAVR candidate; not a good SAVR candidate. Son present.
        Pre-procedure teaching done. Hold apixaban 48 h pre-procedure.
        Next steps: submit prior authorization, schedule TAVR for early October.
        """), author=rn)
    c.sr("sr-tavr", "2026-09-08", "Transcatheter aortic valve replacement, percutaneous femoral approach",
         code="33361", requester=ic, occurrence="2026-10-06", reason="Symptomatic severe aortic stenosis")

    # after the request date
    c.doc("cts-2026-09-22", "2026-09-22", "consult", "Cardiothoracic surgery consultation (late entry)", dedent("""
        CARDIOTHORACIC SURGERY CONSULTATION - LATE ENTRY for visit of 09/01/2026
        Julian Whitcombe, MD - signed 09/22/2026
        84F, symptomatic severe AS. Examined in valve clinic 09/01. STS 6.8%, moderate frailty, porcelain-like
        ascending aortic calcification on CTA. SAVR would carry high risk; I agree with TF-TAVR.
        """), author=cts, period={"start": "2026-09-01"})

    cs = case("bx-tavr-02", "patients/px3340.json",
              svc_cpt("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
              [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-09-15", "request_info", "NCD 20.32",
              ["DocumentReference/echo-2026-07-21", "DocumentReference/ic-2026-08-11", "DocumentReference/rn-2026-09-01"],
              missing=["cardiac surgeon|cardiothoracic surgeon|surgeon|surgical evaluation|surgical consultation|"
                       "CT surgery|cardiothoracic|surgery note"],
              rationale="Symptomatic severe AS and a face-to-face interventional cardiology evaluation with "
                        "rationale are documented. The cardiac surgeon's face-to-face evaluation and rationale "
                        "exist only as the nurse coordinator's report; the surgeon's own note is a late entry "
                        "signed after the request and does not count.",
              note="84F symptomatic severe AS, heart team agrees TAVR. STS 6.8%.")
    return cs, c


CASES = [tavr_01, tavr_02]
