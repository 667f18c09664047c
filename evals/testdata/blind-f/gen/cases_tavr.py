"""NCD 20.32 - transcatheter aortic valve replacement (3 cases)."""
from lib import Chart, LOINC, CPT, cc

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
TAVR = {"system": CPT, "code": "33361",
        "display": "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"}
AS_DX = {"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}


def tavr_01():
    """Request_info: echo-driven referral; severe AS by numbers, both surgeon and interventionalist examined in person,
    but no note documents whether he has symptoms (surgeon's NYHA field blank, 'see cardiology note'); activity limited
    by knees."""
    c = Chart("pf13", "CT", "https://fhir.cumberlandvalve.example", "http://fhir.cumberlandvalve.example/CodeSystem/echo")
    c.patient("Clarence", "Abernathy", "male", "1943-12-19", "Franklin", "TN", "CVSH-882310")
    c.org("cvsh", "Cumberland Valve & Structural Heart Program (Harpeth River Medical Center)", "hospital structural heart program",
          "Nashville", "TN")
    c.org("bmim", "Belle Meade Internal Medicine", "primary care practice", "Nashville", "TN")
    c.prac("ic", "Rachel", "Whitcomb", "MD", "Interventional Cardiology (structural heart)")
    c.prac("cts", "Graham", "Pellegrino", "MD", "Cardiothoracic Surgery")
    c.prac("coord", "Tonya", "Beasley", "RN, BSN", "Valve Clinic Coordinator")
    c.prac("pcp", "Harold", "Ng", "MD", "Internal Medicine")
    c.prac("echo", "Sunil", "Bhatt", "MD", "Cardiology (echocardiography)")
    c.coverage("2008-12-01")
    c.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-12-10 14:00", asserter="echo")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2005-03-15 10:00")
    c.condition("oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2016-08-09 10:00")
    c.condition("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-11-29 10:00")
    c.obs("echo-ava-2024-12-10", "2024-12-10 10:20", ("local", "AV-AVA-VTI", "Aortic valve area (continuity, VTI)"), 1.1, "cm2",
          category="imaging", performer="Practitioner/echo")
    c.obs("echo-ava-2026-01-06", "2026-01-06 09:50", ("local", "AV-AVA-VTI", "Aortic valve area (continuity, VTI)"), 0.72, "cm2",
          category="imaging", performer="Practitioner/echo", interp="L")
    c.obs("echo-mg-2026-01-06", "2026-01-06 09:50", ("local", "AV-MG", "Aortic valve mean gradient"), 46, "mm[Hg]",
          category="imaging", performer="Practitioner/echo", interp="H")
    c.obs("echo-vmax-2026-01-06", "2026-01-06 09:50", ("local", "AV-VMAX", "Aortic valve peak velocity"), 4.4, "m/s",
          category="imaging", performer="Practitioner/echo", interp="H")
    c.obs("echo-lvef-2026-01-06", "2026-01-06 09:50", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 60, "%",
          category="imaging", performer="Practitioner/echo")
    c.obs("sts-2026-01-27", "2026-01-27 15:00", ("local", "STS-PROM", "STS predicted risk of mortality (SAVR)"), 4.1, "%",
          category="survey", performer="Practitioner/cts")
    c.obs("gait-2026-01-27", "2026-01-27 15:00", ("local", "5MWT", "5-meter gait speed test time"), 5.8, "s",
          category="exam", performer="Practitioner/cts")
    c.med("amlodipine", "17767", "amlodipine", "2005-03-15 10:30", "pcp", "amlodipine 5 mg daily")
    c.med("atorva", "83367", "atorvastatin", "2012-02-01 10:30", "pcp", "atorvastatin 20 mg daily")

    c.note("pcp-2025-12-02", "2025-12-02 10:30", "11506-3", "Practitioner/pcp", "Primary care follow-up", """
        Belle Meade Internal Medicine - Harold Ng, MD    12/02/2025
        Here for BP follow-up and refills. Home BP 130s/70s. Knees bothering him - cortisone shot in Sept helped.
        Exam: BP 134/72, HR 70. Gr III/VI SEM RUSB radiating to carotids, louder than last year. Lungs clear.
        No edema.
        A/P: HTN - continue amlodipine. Knee OA - PT referral. Aortic stenosis (moderate 12/2024) - surveillance echo
        due; ordered. CKD 3a stable (eGFR 54).
        """, custodian="bmim")
    c.note("echo-2026-01-06", "2026-01-06 13:15", "18748-4", "Practitioner/echo", "Transthoracic echocardiogram report", """
        HARPETH RIVER MEDICAL CENTER - ECHOCARDIOGRAPHY
        TTE 01/06/2026   Indication: aortic stenosis surveillance   Referring: H. Ng, MD
        Ht 175 cm Wt 79 kg BSA 1.94 m2  BP 138/70  HR 68 sinus

        Aortic valve: trileaflet, severely calcified, markedly reduced excursion.
          Vmax 4.4 m/s, mean gradient 46 mmHg, LVOT diameter 2.1 cm, AVA (VTI) 0.72 cm2 (indexed 0.37 cm2/m2),
          DVI 0.23. Trace AR.
        LV: normal size, concentric LVH (septum 1.3 cm), LVEF 60%. Grade II diastolic dysfunction.
        MV: mild MAC, mild MR. RVSP 34 mmHg.
        Comparison 12/10/2024: Vmax 3.6 m/s, MG 28 mmHg, AVA 1.1 cm2 (moderate).
        CONCLUSION: Severe high-gradient aortic stenosis, progressed from moderate. Normal LV systolic function.
        Sunil Bhatt, MD
        """, custodian="cvsh")
    c.note("ic-2026-01-20", "2026-01-20 11:40", "11488-4", "Practitioner/ic", "Structural heart consultation - interventional cardiology", """
        CUMBERLAND VALVE & STRUCTURAL HEART PROGRAM
        Interventional Cardiology Consultation (in person)    01/20/2026
        Rachel Whitcomb, MD

        Referred by Dr. Ng for severe aortic stenosis found on surveillance echo.
        HPI: 82 y/o M, retired civil engineer. AS followed since 2024; surveillance TTE 1/6/2026 shows progression
        to severe high-gradient AS (AVA 0.72 cm2, MG 46, Vmax 4.4, LVEF 60%). Lives with wife, independent in ADLs,
        drives, volunteers at the church food pantry twice weekly. Activity level limited mostly by bilateral knee
        OA - uses a cane for longer distances, has not been walking for exercise since summer.
        PMH: HTN, CKD 3a, knee OA, BPH. No CAD history. No prior cardiac surgery.
        ROS: see HPI.
        Exam: BP 136/74, HR 70. III/VI late-peaking SEM RUSB, single S2, delayed carotid upstroke. Lungs clear.
        No edema. Femoral pulses 2+ bilaterally.
        ECG: sinus rhythm, LVH, PR 184 ms, QRS 96 ms.
        Assessment: severe calcific aortic stenosis.
        Plan: TAVR work-up - CTA TAVR protocol (chest/abdomen/pelvis) with pre-hydration for CKD, coronary
        assessment on CTA, dental clearance, CT surgery evaluation with Dr. Pellegrino; present at heart team.
        Discussed TAVR vs SAVR vs surveillance in general terms.
        """, custodian="cvsh")
    c.note("cts-2026-01-27", "2026-01-27 15:20", "11488-4", "Practitioner/cts", "Cardiac surgery consultation", """
        CUMBERLAND VALVE & STRUCTURAL HEART PROGRAM
        Cardiothoracic Surgery Consultation     01/27/2026
        Graham Pellegrino, MD

        Reason: severe AS, SAVR vs TAVR.
        I personally interviewed and examined the patient today with his wife present.
        Symptoms: see cardiology note.   NYHA Class: [  ]
        STS PROM (isolated AVR) 4.1%. Frailty: 5-m gait 5.8 s, grip strength normal for age, albumin 3.9, independent
        ADLs; not frail. No porcelain aorta on CTA (1/23). No chest wall issues. Coronaries: mild non-obstructive
        disease on CTA. Annulus perimeter-derived 24.1 mm; iliofemoral access adequate (min diameter 6.8 mm).
        Assessment: severe AS, intermediate surgical risk, age 82.
        Opinion: both SAVR and transfemoral TAVR are reasonable; given age, CKD and patient preference for a less
        invasive approach, I favor TF-TAVR. My rationale is documented here and shared with Dr. Whitcomb for the
        heart team conference.
        """, custodian="cvsh")
    c.note("coord-2026-01-29", "2026-01-29 16:45", "34746-8", "Practitioner/coord", "Heart team conference - coordinator note", """
        Valve Clinic Coordinator Note - Heart Team Conference 01/29/2026
        Present: Dr. Whitcomb (IC), Dr. Pellegrino (CTS), Dr. Bhatt (imaging), T. Beasley RN, NP staff.
        Patient: Clarence Abernathy, 82. Both IC and CTS in-person evaluations completed (1/20, 1/27).
        Consensus: TF-TAVR, 26 mm balloon-expandable valve per CT sizing.
        Dental clearance received 1/26. Pre-procedure labs ordered.
        Next steps: insurance authorization; tentative procedure date 02/24/2026. Patient notified by phone,
        agreeable.  T. Beasley, RN
        """, custodian="cvsh")

    case = {
        "id": "bf-tavr-01", "patient": "patients/pf13.json",
        "request": {
            "service": dict(TAVR),
            "diagnoses": [dict(AS_DX)],
            "payer": "medicare", "urgency": "standard", "date": "2026-02-03",
            "note": "TF-TAVR for severe AS (AVA 0.72 cm2, MG 46 mmHg). Heart team consensus 1/29/26.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.32",
            "evidence": ["Observation/echo-ava-2026-01-06", "DocumentReference/ic-2026-01-20", "DocumentReference/cts-2026-01-27"],
            "missing": ["symptoms|symptomatic|NYHA|dyspnea|angina|syncope|functional class"],
            "rationale": "Coverage is for symptomatic aortic stenosis. Severity is documented and both the surgeon and the "
                         "interventional cardiologist examined him face to face with a documented rationale. No note says whether "
                         "he has AS symptoms: the referral came from a surveillance echo, the IC's ROS is 'see HPI' (activity limited "
                         "by knees), the surgeon's NYHA field is blank and points back to the cardiology note. Ask for the "
                         "symptom status.",
        },
    }
    return case, c


def tavr_02():
    """Approve: symptomatic severe AS (NYHA III, exertional presyncope), in-person evaluations by both the IC and the
    cardiac surgeon with documented rationales, heart-team summary. Ordinary noise (dental, osteoporosis)."""
    c = Chart("pf14", "ET", "https://fhir.lakeshorestructural.example", "http://fhir.lakeshorestructural.example/CodeSystem/local")
    c.patient("Evelyn", "Marchetti", "female", "1941-08-03", "Wyoming", "MI", "LSHC-100452")
    c.org("lshc", "Lakeshore Structural Heart Clinic", "structural heart program", "Grand Rapids", "MI")
    c.org("grmc", "Grand River Medical Center", "hospital", "Grand Rapids", "MI")
    c.prac("ic", "Tobias", "Greenfield", "MD", "Interventional Cardiology")
    c.prac("cts", "Ingrid", "Solberg", "MD", "Cardiac Surgery")
    c.prac("np", "Carmen", "Ruiz", "MSN, NP-C", "Structural Heart nurse practitioner")
    c.prac("dds", "Paul", "Vance", "DDS", "General Dentistry")
    c.prac("echo", "Anita", "Kowal", "MD", "Cardiology (echocardiography)")
    c.coverage("2006-08-01")
    c.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2022-04-19 10:00")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2001-06-12 10:00")
    c.condition("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "1998-03-02 10:00")
    c.condition("osteop", "M81.0", "Age-related osteoporosis without current pathological fracture", "2015-10-20 10:00")
    c.obs("echo-ava-2026-05-12", "2026-05-12 09:30", ("local", "ECHO-AVA", "Aortic valve area (continuity equation)"), 0.6, "cm2",
          category="imaging", performer="Practitioner/echo", interp="L")
    c.obs("echo-mg-2026-05-12", "2026-05-12 09:30", ("local", "ECHO-AVMG", "Aortic valve mean gradient"), 51, "mm[Hg]",
          category="imaging", performer="Practitioner/echo", interp="H")
    c.obs("echo-vmax-2026-05-12", "2026-05-12 09:30", ("local", "ECHO-AVVMAX", "Aortic valve peak velocity"), 4.7, "m/s",
          category="imaging", performer="Practitioner/echo", interp="H")
    c.obs("echo-lvef-2026-05-12", "2026-05-12 09:30", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 55, "%",
          category="imaging", performer="Practitioner/echo")
    c.obs("nyha-2026-06-02", "2026-06-02 10:30", ("local", "NYHA", "NYHA functional class"), value_cc="Class III", category="exam",
          performer="Practitioner/ic")
    c.obs("sts-2026-06-09", "2026-06-09 14:00", ("local", "STS-PROM", "STS predicted risk of mortality"), 6.8, "%", category="survey",
          performer="Practitioner/cts")
    c.obs("moca-2026-06-02", "2026-06-02 10:45", ("local", "MOCA", "Montreal Cognitive Assessment total"), 25, "{score}",
          category="survey", performer="Practitioner/np")
    c.med("levo", "10582", "levothyroxine", "1998-03-02 10:30", "ic", "levothyroxine 88 mcg daily")
    c.med("losartan", "52175", "losartan", "2011-05-04 10:30", "ic", "losartan 25 mg daily (reduced 2026-05 for presyncope)")
    c.med("alendronate", "46041", "alendronate", "2015-10-20 10:30", "ic", "alendronate 70 mg weekly")

    c.note("echo-2026-05-12", "2026-05-12 12:10", "18748-4", "Practitioner/echo", "Transthoracic echocardiogram report", """
        GRAND RIVER MEDICAL CENTER - NON-INVASIVE CARDIOLOGY
        Transthoracic echocardiogram   05/12/2026
        Indication: AS, worsening dyspnea. BSA 1.66 m2. Rhythm sinus 72.
        Aortic valve: trileaflet, heavily calcified, restricted. Vmax 4.7 m/s, mean gradient 51 mmHg, AVA 0.6 cm2
        (AVAi 0.36 cm2/m2), DVI 0.21. Mild AR.
        LV: small cavity, moderate concentric LVH, LVEF 55%. Grade II diastolic dysfunction.
        RV normal. Mild MR, mild TR, RVSP 38 mmHg.
        Conclusion: severe aortic stenosis (high gradient), preserved LVEF. Progressed from 2025 (MG 38 mmHg).
        Anita Kowal, MD
        """, custodian="grmc")
    c.note("ic-2026-06-02", "2026-06-02 11:30", "11488-4", "Practitioner/ic", "Interventional cardiology - valve clinic consultation", """
        LAKESHORE STRUCTURAL HEART CLINIC - Valve clinic consultation (in person)   06/02/2026
        Tobias Greenfield, MD (Interventional Cardiology)    with C. Ruiz, NP

        84 y/o F, severe AS. Over the past 4-5 months progressive exertional dyspnea - now short of breath after
        one flight of stairs or walking from the parking lot, has to stop and rest; NYHA class III. Two episodes of
        near-fainting when climbing the basement stairs with laundry (April, May) - sat down, no loss of
        consciousness. Occasional chest tightness with exertion. Daughter now does her grocery shopping.
        Losartan reduced by PCP after the lightheaded spells.
        PMH: HTN, hypothyroidism, osteoporosis, bilateral cataract surgery.
        Exam: BP 118/66, HR 74. 4/6 late-peaking SEM, soft S2, parvus et tardus. Bibasilar crackles faint. Trace edema.
        MoCA 25/30 (NP). KCCQ-12 summary 41. Lives alone, independent ADLs, daughter nearby.
        Assessment: symptomatic severe aortic stenosis (dyspnea NYHA III, exertional presyncope, angina-equivalent).
        Plan: candidate for AVR. In my judgment TF-TAVR is preferred given age 84, STS pending, frailty markers
        (gait 6.9 s). CTA TAVR protocol ordered; surgical opinion from Dr. Solberg; heart team review.
        """, custodian="lshc")
    c.note("dental-2026-06-05", "2026-06-05 13:20", "34109-9", "Practitioner/dds", "Dental clearance letter", """
        Vance Family Dentistry - June 5, 2026
        Re: Evelyn Marchetti. Full-mouth exam and panoramic film today. No active infection, no abscess, no teeth
        requiring extraction before valve procedure. Upper partial denture in good repair. Cleared from a dental
        standpoint. Antibiotic prophylaxis for future dental work after valve implant per AHA.
        Paul Vance, DDS
        """, custodian="lshc")
    c.note("cts-2026-06-09", "2026-06-09 14:30", "11488-4", "Practitioner/cts", "Cardiac surgery consultation", """
        LAKESHORE STRUCTURAL HEART CLINIC - Cardiac Surgery Consultation (in person)    06/09/2026
        Ingrid Solberg, MD

        I saw and examined Mrs. Marchetti today with her daughter. Symptomatic severe AS (NYHA III, exertional
        presyncope) as documented by Dr. Greenfield; I confirmed the history.
        STS PROM 6.8% (intermediate-high). Frailty: gait 6.9 s, grip reduced, albumin 3.5 - mildly frail.
        CTA 6/6: annulus perimeter 66 mm (area-derived 21.5 mm), no porcelain aorta, adequate iliofemoral access
        (6.4/6.9 mm), coronary heights adequate.
        My assessment: SAVR would carry elevated risk and a prolonged recovery for an 84-year-old frail patient who
        lives alone. I recommend transfemoral TAVR rather than SAVR or medical therapy. Rationale shared with the
        heart team.
        """, custodian="lshc")
    c.note("heartteam-2026-06-11", "2026-06-11 17:05", "34109-9", "Practitioner/np", "Heart team conference summary", """
        <html><body>
        <h3>Lakeshore Structural Heart &ndash; Heart Team Conference Summary</h3>
        <p>Date: 06/11/2026 &nbsp; Recorder: Carmen Ruiz, NP</p>
        <table border="1">
          <tr><td>Patient</td><td>Evelyn Marchetti, 84 F</td></tr>
          <tr><td>Diagnosis</td><td>Symptomatic severe AS (AVA 0.6 cm2, MG 51 mmHg, Vmax 4.7 m/s, LVEF 55%)</td></tr>
          <tr><td>IC evaluation (in person)</td><td>Dr. Greenfield 06/02/2026 &ndash; favors TF-TAVR</td></tr>
          <tr><td>CT surgery evaluation (in person)</td><td>Dr. Solberg 06/09/2026 &ndash; recommends TF-TAVR over SAVR</td></tr>
          <tr><td>STS PROM</td><td>6.8%</td></tr>
          <tr><td>Decision</td><td>Transfemoral TAVR, 23 mm balloon-expandable valve; Drs. Greenfield and Solberg to perform jointly</td></tr>
        </table>
        <p>Patient and daughter informed; they wish to proceed. Target date 07/14/2026 pending authorization.</p>
        </body></html>
        """, ctype="text/html", custodian="lshc")

    case = {
        "id": "bf-tavr-02", "patient": "patients/pf14.json",
        "request": {
            "service": dict(TAVR),
            "diagnoses": [dict(AS_DX)],
            "payer": "medicare", "urgency": "standard", "date": "2026-06-23",
            "note": "TF-TAVR, symptomatic severe AS, NYHA III. Heart team 6/11/26.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.32",
            "evidence": ["Observation/echo-ava-2026-05-12", "DocumentReference/ic-2026-06-02", "DocumentReference/cts-2026-06-09"],
            "missing": [],
            "rationale": "Symptomatic (NYHA III dyspnea, exertional presyncope) severe AS, an FDA-approved indication. The cardiac "
                         "surgeon and the interventional cardiologist each examined her face to face and documented their rationale. "
                         "No comorbidity precluding benefit (MoCA 25, independent).",
        },
    }
    return case, c


def tavr_03():
    """Refer: hospital discharge summary calls it 'severe AS' from an ED POCUS; formal TTE and valve calcium score show
    moderate, normal-flow AS; surgeon (in person) says not an indication for AVR, IC wants TAVR - heart team disagrees."""
    c = Chart("pf15", "PT", "https://fhir.centralvalleyheart.example", "http://fhir.centralvalleyheart.example/CodeSystem/cv")
    c.patient("Gilbert", "Nakashima", "male", "1946-02-26", "Clovis", "CA", "CVHI-560913")
    c.org("cvhi", "Central Valley Heart Institute", "cardiology practice / structural heart program", "Fresno", "CA")
    c.org("sjmc", "San Joaquin Medical Center", "hospital", "Fresno", "CA")
    c.prac("ic", "Dmitri", "Valenko", "MD", "Interventional Cardiology")
    c.prac("cts", "Sofia", "Bertolucci", "MD", "Cardiothoracic Surgery")
    c.prac("hosp", "Kenji", "Arakawa", "MD", "Hospital Medicine")
    c.prac("np", "Alana", "Reyes", "NP", "Cardiology")
    c.prac("echo", "Brian", "Holcomb", "MD", "Cardiology (echocardiography)")
    c.coverage("2011-02-01")
    c.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-07-19 11:00", asserter="hosp",
                note="Discharge diagnosis entered as 'severe aortic stenosis'.")
    c.condition("copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2018-05-22 10:00")
    c.condition("paf", "I48.0", "Paroxysmal atrial fibrillation", "2026-07-17 09:00", asserter="hosp")
    c.condition("hld", "E78.5", "Hyperlipidemia, unspecified", "2010-04-13 10:00")
    c.obs("tte-ava-2026-07-21", "2026-07-21 10:10", ("local", "TTE-AVA", "Aortic valve area (continuity, VTI)"), 1.12, "cm2",
          category="imaging", performer="Practitioner/echo")
    c.obs("tte-mg-2026-07-21", "2026-07-21 10:10", ("local", "TTE-AVMG", "Aortic valve mean gradient"), 26, "mm[Hg]",
          category="imaging", performer="Practitioner/echo")
    c.obs("tte-vmax-2026-07-21", "2026-07-21 10:10", ("local", "TTE-AVVMAX", "Aortic valve peak velocity"), 3.4, "m/s",
          category="imaging", performer="Practitioner/echo")
    c.obs("tte-svi-2026-07-21", "2026-07-21 10:10", ("local", "TTE-SVI", "Stroke volume index"), 41, "mL/m2",
          category="imaging", performer="Practitioner/echo")
    c.obs("tte-lvef-2026-07-21", "2026-07-21 10:10", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 58, "%",
          category="imaging", performer="Practitioner/echo")
    c.obs("avc-2026-08-11", "2026-08-11 13:40", ("local", "CT-AVC", "Aortic valve calcium score (Agatston, non-contrast CT)"), 1450,
          "{Agatston}", category="imaging", performer="Organization/sjmc",
          note="Male thresholds: >=2000 likely severe; <1600 unlikely severe.")
    c.med("apixaban", "1364430", "apixaban", "2026-07-18 12:00", "hosp", "apixaban 5 mg twice daily")
    c.med("diltiazem", "3443", "diltiazem", "2026-07-18 12:00", "hosp", "diltiazem ER 180 mg daily")
    c.med("tiotropium", "69120", "tiotropium", "2018-05-22 10:30", "np", "tiotropium 18 mcg inhaled daily")

    c.note("dc-2026-07-19", "2026-07-19 11:30", "18842-5", "Practitioner/hosp", "Discharge summary", """
        SAN JOAQUIN MEDICAL CENTER - DISCHARGE SUMMARY
        Admitted 07/16/2026 - Discharged 07/19/2026     Kenji Arakawa, MD

        Diagnoses: 1) acute dyspnea - COPD exacerbation with new paroxysmal AF with RVR; 2) severe aortic stenosis;
        3) hyperlipidemia.
        Course: presented with 3 days of dyspnea and palpitations; AF with RVR 140s. ED point-of-care ultrasound by
        ED physician: "heavily calcified AV, looks severe". Rate controlled with diltiazem, converted to sinus on
        HD2. Nebs, prednisone burst, azithro. Apixaban started (CHA2DS2-VASc 3). Formal echo not done inpatient -
        scheduled as outpatient.
        Follow-up: cardiology (Central Valley Heart Institute) within 1 week; outpatient TTE 7/21.
        """, custodian="sjmc")
    c.note("tte-2026-07-21", "2026-07-21 14:00", "18748-4", "Practitioner/echo", "Transthoracic echocardiogram report", """
        CENTRAL VALLEY HEART INSTITUTE - ECHO LAB
        TTE 07/21/2026   Indication: ?severe AS (ED POCUS), recent AF   Rhythm: sinus 64
        Aortic valve: trileaflet, moderately calcified, mildly-moderately restricted opening.
          Vmax 3.4 m/s, mean gradient 26 mmHg, AVA (VTI) 1.12 cm2, DVI 0.31. LVOT 2.2 cm.
          Stroke volume index 41 mL/m2 (normal flow). No AR.
        LV normal size, mild LVH, LVEF 58%. Normal diastolic indices for age. RV normal. Biatrial enlargement.
        Conclusion: MODERATE aortic stenosis with normal flow and preserved EF. Findings do not support severe AS.
        If discordance persists clinically, non-contrast CT valve calcium score may help.
        Brian Holcomb, MD
        """, custodian="cvhi")
    c.note("cts-2026-08-18", "2026-08-18 10:50", "11488-4", "Practitioner/cts", "Cardiothoracic surgery consultation", """
        <html><body>
        <h3>Central Valley Heart Institute &ndash; Cardiothoracic Surgery Consultation</h3>
        <p>08/18/2026 &mdash; Sofia Bertolucci, MD &mdash; seen and examined in person</p>
        <p><b>Reason:</b> evaluation for aortic valve replacement (referral states &ldquo;severe symptomatic AS&rdquo;).</p>
        <p><b>History:</b> 80 y/o M, COPD (FEV1 52%), recent admission for COPD exacerbation with new AF/RVR.
        Dyspnea on exertion (about 1 block) since spring, worse with COPD flares. No syncope, no angina.</p>
        <p><b>Data:</b> TTE 7/21: AVA 1.12 cm<sup>2</sup>, MG 26 mmHg, Vmax 3.4 m/s, SVi 41, LVEF 58%.
        CT aortic valve calcium score 8/11: 1,450 AU (male threshold for likely severe &ge;2,000).</p>
        <p><b>Assessment:</b> MODERATE aortic stenosis by echo, concordant with the calcium score. Normal-flow,
        preserved EF &ndash; not a low-flow state. His symptoms are more plausibly explained by COPD, deconditioning and
        the recent AF episode. <b>This is not an indication for aortic valve replacement (surgical or transcatheter)
        at this time.</b></p>
        <p><b>Recommendation:</b> optimize COPD and rhythm; repeat TTE in 6 months or sooner with change; pulmonary
        rehab. I have documented this rationale for the heart team and discussed it with Dr. Valenko, who disagrees.</p>
        </body></html>
        """, ctype="text/html", custodian="cvhi")
    c.note("ic-2026-08-25", "2026-08-25 16:10", "11488-4", "Practitioner/ic", "Interventional cardiology - structural consultation", """
        CENTRAL VALLEY HEART INSTITUTE - Structural Heart Consultation (in person)   08/25/2026
        Dmitri Valenko, MD

        80 y/o M with COPD, PAF, and aortic stenosis. Significant exertional dyspnea, NYHA II-III, limits his
        gardening. Discharge summary and ED POCUS described severe AS. TTE 7/21 graded moderate (AVA 1.12, MG 26).
        I believe the stenosis is hemodynamically significant and contributes to his symptoms; gradients may be
        underestimated. Dr. Bertolucci's note reviewed - I respectfully disagree.
        Plan: proceed with TF-TAVR; CTA ordered. Will request authorization. Heart team discussion pending.
        """, custodian="cvhi")
    c.note("np-2026-09-02", "2026-09-02 09:40", "11506-3", "Practitioner/np", "Cardiology NP follow-up", """
        Cardiology follow-up 09/02/2026 - Alana Reyes, NP
        Sinus rhythm today, HR 62 on diltiazem. No AF recurrence on 7-day monitor. Dyspnea stable, better since
        COPD treatment completed. Apixaban tolerated.
        Heart team conference not yet held (surgeon and interventionalist differ on AS severity - scheduled to
        present at the 9/17 conference). Dr. Valenko's office submitting TAVR authorization meanwhile.
        """, custodian="cvhi")

    case = {
        "id": "bf-tavr-03", "patient": "patients/pf15.json",
        "request": {
            "service": dict(TAVR),
            "diagnoses": [dict(AS_DX)],
            "payer": "medicare", "urgency": "standard", "date": "2026-09-08",
            "note": "TF-TAVR for severe symptomatic aortic stenosis.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.32",
            "evidence": ["Observation/tte-ava-2026-07-21", "Observation/tte-mg-2026-07-21", "DocumentReference/cts-2026-08-18"],
            "missing": [],
            "rationale": "The formal TTE shows moderate, normal-flow AS (AVA 1.12, MG 26, Vmax 3.4, SVi 41), concordant with a "
                         "calcium score of 1,450 AU. The 'severe' label comes from an ED POCUS. The heart-team cardiac surgeon, "
                         "having examined him face to face, documents that this is not an indication for AVR; the interventionalist "
                         "disagrees and there is no heart-team consensus. An FDA-approved (severe) indication is not documented. "
                         "Physician review needed.",
        },
    }
    return case, c


CASES = [tavr_01, tavr_02, tavr_03]
