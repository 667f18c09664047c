"""NCD 20.32 (TAVR) and NCD 20.34 (LAAC) cases."""
from fhir import as_text, Chart, CPT, cc, html_doc
from common import medicare, case, lo


def tavr01():
    pid, D = "pg09", "2026-07-07"
    C = Chart(pid, "fhir.granitebluffheart.example", "ET")
    C.patient(["Franklin", "O."], "Ledbetter", "male", "1942-04-11", "19 Quarry Hill Rd", "Granite Bluff", "NC", "28621", "GBH-300417", "828-555-0147")
    ic = C.practitioner("sorensen-obi", ["Annika"], "Sorensen-Obi", "MD", "Interventional Cardiology (structural heart)", "1134662019")
    cs_ = C.practitioner("calloway-haynes", ["Rupert"], "Calloway-Haynes", "MD", "Cardiothoracic Surgery", "1467509122")
    gc = C.practitioner("marchetti", ["Lucille"], "Marchetti", "MD", "Cardiovascular Disease (noninvasive)", "1285036471")
    rad = C.practitioner("tran-whitaker", ["Bao"], "Tran-Whitaker", "MD", "Diagnostic Radiology (cardiothoracic)", "1598847260")
    org = C.organization("gbhi", "Granite Bluff Heart Institute", "prov", "Granite Bluff", "NC", "828-555-0190")
    medicare(C, "2WR5-KF9-XT14", "2007-04-01")

    C.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", ("2026-05-22", "14:00"), asserter=gc)
    C.condition("ckd3b", "N18.32", "Chronic kidney disease, stage 3b", ("2023-02-07", "09:30"))
    C.condition("hx-prostate-ca", "Z85.46", "Personal history of malignant neoplasm of prostate", ("2015-01-20", "10:00"),
                note="Gleason 3+4 prostate adenocarcinoma 2014, EBRT completed 11/2014. PSA undetectable (<0.1) 03/2026.")
    C.condition("lung-nodule", "R91.1", "Solitary pulmonary nodule", ("2026-06-10", "15:30"), asserter=rad,
                note="7 mm RUL solid nodule, incidental on TAVR CTA. Follow-up CT 6-12 months.")
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2010-05-03", "09:00"))

    C.obs("ava-2026-05-20", C.lc("AVA-CONT", "Aortic valve area (continuity equation)"), ("2026-05-20", "10:40"), 0.72, "cm2", "cm2",
          category="imaging", performer=gc)
    C.obs("avmg-2026-05-20", C.lc("AV-MG", "Aortic valve mean gradient"), ("2026-05-20", "10:40"), 46, "mmHg", "mm[Hg]", category="imaging", performer=gc)
    C.obs("avvmax-2026-05-20", C.lc("AV-VMAX", "Aortic valve peak velocity"), ("2026-05-20", "10:40"), 4.4, "m/s", category="imaging", performer=gc)
    C.obs("lvef-2026-05-20", lo("10230-1", "Left ventricular Ejection fraction"), ("2026-05-20", "10:40"), 55, "%", category="imaging", performer=gc)
    C.obs("gait-2026-06-04", C.lc("GAIT-5M", "5-meter gait speed test, time"), ("2026-06-04", "10:20"), 7.4, "s", category="exam", performer=ic)
    C.obs("kccq-2026-06-04", C.lc("KCCQ12", "KCCQ-12 overall summary score"), ("2026-06-04", "10:05"), 41, "{score}", category="survey")
    C.obs("egfr-2026-06-10", lo("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"),
          ("2026-06-10", "07:45"), 38, "mL/min/1.73m2", "mL/min/{1.73_m2}")
    C.obs("sts-2026-06-16", C.lc("STS-PROM", "STS predicted risk of mortality (isolated AVR)"), ("2026-06-16", "15:10"), 6.2, "%", category="survey", performer=cs_)
    C.med("rx-amlodipine", "amlodipine 5 mg tablet", ("2019-08-14", "09:00"), rx=("17767", "amlodipine"), dosage="1 tablet daily")

    C.doc("echo-2026-05-20", ("2026-05-20", "12:05"), "imaging", "Transthoracic echocardiogram", gc, """
        GRANITE BLUFF HEART INSTITUTE - ECHOCARDIOGRAPHY LAB
        TTE COMPLETE      DOS 05/20/2026      Reading: Lucille Marchetti, MD
        Pt: LEDBETTER, FRANKLIN O  84M  Ht 175 cm Wt 79 kg  BSA 1.95   BP 142/70  HR 68 SR
        Indication: murmur, exertional dyspnea, presyncope.

        LV: normal size, mild concentric LVH (IVSd 1.3 cm). LVEF 55% (biplane). Grade I DD.
        Aortic valve: trileaflet, severely calcified, severely restricted opening.
          Peak velocity 4.4 m/s   Mean gradient 46 mmHg   Peak gradient 77 mmHg
          LVOT diameter 2.1 cm, LVOT VTI 19 cm, SVi 36 mL/m2
          AVA (continuity) 0.72 cm2   AVAi 0.37 cm2/m2   DVI 0.22
          Trace AI.
        Mitral: MAC, mild MR, no MS (mean gradient 2 mmHg).
        RV normal. RVSP 34 mmHg. No pericardial effusion.

        IMPRESSION: SEVERE calcific aortic stenosis, high gradient, normal flow (AVA 0.72 cm2, MG 46 mmHg,
        Vmax 4.4 m/s). Preserved LVEF.
        """, custodian=org)

    C.doc("cards-2026-05-22", ("2026-05-22", "16:30"), "progress", "General cardiology follow-up", gc, """
        GENERAL CARDIOLOGY - FOLLOW-UP 05/22/2026        Lucille Marchetti, MD

        84 yo man, known AS (moderate on 2024 echo), seen for worsening symptoms. Over the spring he has
        had to stop halfway up his driveway to catch his breath, and twice felt "gray and woozy" while
        mowing - the second time he had to sit down on the mower deck for a few minutes; no full loss of
        consciousness. No chest pain. Sleeps on 2 pillows (always has). Ankles fine.
        Echo 5/20: severe AS - AVA 0.72, MG 46, Vmax 4.4, EF 55%.

        PMH: HTN, CKD 3b (baseline Cr 1.7), prostate ca 2014 s/p radiation (PSA undetectable),
        cataract surgery OU, hearing loss (aids). Lives with wife; independent ADLs, still drives locally.
        Exam: BP 146/72, HR 70. III/VI late-peaking SEM RUSB to carotids, single S2. Lungs clear. Trace edema.

        A/P: Severe symptomatic AS (exertional dyspnea NYHA III, exertional presyncope) - Stage D1.
        Referred to the structural heart team for TAVR vs SAVR evaluation (Dr. Sorensen-Obi, Dr.
        Calloway-Haynes). Advised no heavy exertion / no mowing until evaluated. Continue amlodipine.
        """, custodian=org)

    C.doc("ic-consult-2026-06-04", ("2026-06-04", "13:15"), "consult", "Structural heart consultation - interventional cardiology", ic, """
        STRUCTURAL HEART CLINIC - INTERVENTIONAL CARDIOLOGY CONSULTATION
        Date: 06/04/2026 (in-person visit)     Annika Sorensen-Obi, MD

        I personally examined Mr. Ledbetter today with his wife present.
        HPI: 84M with severe calcific AS (TTE 5/20/26: AVA 0.72 cm2, MG 46 mmHg, Vmax 4.4 m/s, LVEF 55%).
        Symptoms: dyspnea walking up his driveway (NYHA III), two episodes of exertional presyncope
        while mowing in April/May. No angina. No HF hospitalizations.
        Frailty/function: 5-m gait 7.4 s (slow), grip 24 kg, KCCQ-12 41, independent in ADLs, needs help
        with heavy chores. MoCA 25/30. Lives with wife.
        Comorbidities: CKD 3b (eGFR ~38), HTN, prostate ca 2014 in remission, no lung disease, no prior
        cardiac surgery, no stroke.
        Exam: BP 138/70, HR 66. Classic severe AS murmur, diminished S2. Femoral pulses 2+ bilaterally.

        Assessment: severe symptomatic AS (Stage D1). Elevated surgical risk given age 84, CKD 3b and
        frailty markers; anatomy to be defined by CTA. Expected benefit from valve replacement is good -
        his limitations are driven by the valve; life expectancy otherwise well beyond 1 year.
        Suitability: TAVR (transfemoral) favored over SAVR; medical/palliative therapy discussed and not
        preferred by patient.
        Plan: TAVR-protocol CTA with renal-protective protocol (pre-hydration), coronary assessment on CTA,
        CT surgery evaluation (Dr. Calloway-Haynes), heart team conference.
        """, custodian=org)

    C.doc("cta-2026-06-10", ("2026-06-10", "15:30"), "imaging", "CTA chest/abdomen/pelvis - TAVR protocol", rad, """
        CT ANGIOGRAPHY CHEST/ABDOMEN/PELVIS - TAVR PROTOCOL       06/10/2026
        Reader: Bao Tran-Whitaker, MD
        Technique: ECG-gated CTA of the aortic root; non-gated CTA chest/abdomen/pelvis. 60 mL iodinated
        contrast (reduced-volume protocol for eGFR 38). Pre-hydration per protocol.

        AORTIC ANNULUS (systole, 30%): perimeter 76.4 mm, area 452 mm2, min/max diameter 21.9/26.4 mm.
        Sinus of Valsalva mean 31 mm. LM height 12.8 mm, RCA height 15.1 mm. STJ 27 mm.
        Aortic valve: tricuspid, heavily calcified; calcium score 3,140 AU.
        Coronaries: moderate calcification; no high-grade proximal stenosis evident (limited by calcium).
        ACCESS: R CFA 8.1 x 7.8 mm, L CFA 7.9 x 7.6 mm; iliacs >= 6.8 mm minimum lumen, mild calcification,
        mild tortuosity. Adequate for transfemoral access.
        INCIDENTAL: 7 mm solid nodule right upper lobe (series 4, image 88). No adenopathy. Mild emphysema.
        Small hiatal hernia. Bilateral renal cysts (simple).

        IMPRESSION
        1. Annular measurements as above, suitable for transcatheter valve sizing.
        2. Adequate iliofemoral access bilaterally.
        3. Incidental 7 mm RUL solid nodule - per Fleischner guidance, CT follow-up in 6-12 months.
        """, custodian=org)

    C.doc("surg-consult-2026-06-16", ("2026-06-16", "16:00"), "consult", "Cardiac surgery consultation - aortic stenosis", cs_, html_doc("Cardiac surgery consultation", """
        <h3>Cardiothoracic Surgery &ndash; Consultation</h3>
        <p><b>Date:</b> 06/16/2026 &nbsp; <b>Surgeon:</b> Rupert Calloway-Haynes, MD &nbsp; <b>Visit type:</b> office visit, patient examined in person</p>
        <p><b>Reason:</b> severe symptomatic aortic stenosis &ndash; evaluation for surgical AVR vs TAVR.</p>
        <p><b>History:</b> 84-year-old man with exertional dyspnea (NYHA III) and exertional presyncope; TTE 5/20/26 AVA 0.72 cm&sup2;, mean gradient
        46 mmHg. Reviewed CTA 6/10/26 and Dr. Sorensen-Obi's note.</p>
        <p><b>Exam:</b> frail-appearing but alert; sternum intact (no prior sternotomy); lungs clear; harsh SEM; no edema. Gait slow.</p>
        <p><b>Risk:</b> STS-PROM (isolated AVR) 6.2%; frailty (gait 7.4 s, KCCQ 41), CKD 3b, age 84.</p>
        <h4>Assessment and rationale</h4>
        <p>Intermediate-to-high surgical risk. Annulus and iliofemoral anatomy are favorable for transfemoral TAVR, and coronary disease on CTA does not
        require surgical revascularization. Given age and frailty, the recovery burden of sternotomy outweighs any durability advantage of SAVR. I do
        not recommend SAVR; I recommend transfemoral TAVR. The 7 mm lung nodule and remote prostate cancer do not limit expected benefit.</p>
        <p>I will participate in the procedure with Dr. Sorensen-Obi. &mdash; R. Calloway-Haynes, MD</p>
        """), ctype="text/html", custodian=org)

    C.doc("heart-team-2026-06-24", ("2026-06-24", "17:40"), "note", "Multidisciplinary heart team conference", [ic, cs_], """
        HEART TEAM CONFERENCE - VALVE      06/24/2026
        Present: A. Sorensen-Obi MD (interventional cardiology), R. Calloway-Haynes MD (cardiac surgery),
        L. Marchetti MD (general cardiology), cardiac anesthesia, valve coordinator (T. Greer RN), imaging.

        Case: LEDBETTER, Franklin, 84M. Severe symptomatic high-gradient AS (AVA 0.72, MG 46, Vmax 4.4),
        LVEF 55%. NYHA III, exertional presyncope. STS 6.2%, frail (gait 7.4 s). CKD 3b.
        CTA: annulus perimeter 76.4 mm / area 452 mm2; TF access adequate.

        Both the interventional cardiologist and the cardiac surgeon have independently examined the
        patient face-to-face (6/4 and 6/16) - see their notes for individual rationale.
        Consensus: transfemoral TAVR. SAVR not recommended (frailty, age, CKD). Comorbidities (CKD 3b,
        remote treated prostate ca, 7 mm lung nodule) are not expected to preclude benefit.
        Valve: 26 mm balloon-expandable valve (per sizing). Conscious sedation. Renal-protective protocol.
        Joint procedure: Sorensen-Obi / Calloway-Haynes. Target date: week of 07/20/2026.
        Lung nodule: follow-up CT 12/2026 ordered with PCP.
        """, custodian=org)

    C.sreq("sr-tavr", cc(CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"), (D, "09:10"),
           requester=ic, reason=[("I35.0", "Nonrheumatic aortic (valve) stenosis")], note="TF-TAVR. Heart team consensus 6/24/26.")

    cs = case("bg-tavr-01", pid, ("cpt", "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
              [("I35.0", "Nonrheumatic aortic (valve) stenosis")], D, "approve", "NCD 20.32",
              ["Observation/ava-2026-05-20", "DocumentReference/ic-consult-2026-06-04", "DocumentReference/surg-consult-2026-06-16",
               "DocumentReference/heart-team-2026-06-24"],
              "Symptomatic (NYHA III dyspnea, exertional presyncope) severe AS; interventional cardiologist and cardiac surgeon each examined "
              "the patient face-to-face and documented their rationale; heart team consensus for TF-TAVR. Incidental lung nodule, CKD 3b and remote "
              "prostate cancer are not comorbidities precluding benefit (the surgeon and heart team say so).",
              note="TF-TAVR for severe symptomatic AS, STS 6.2%. Heart team 6/24/26.")
    return cs, C


def tavr02():
    pid, D = "pg10", "2026-09-22"
    C = Chart(pid, "fhir.silvermesastructural.example", "PT")
    C.patient(["Judith", "K."], "Ambrose-Tennant", "female", "1950-01-27", "4720 Sagebrush Trail", "Silver Mesa", "NV", "89436", "SM-0663150")
    ic = C.practitioner("rutherford-osei", ["Hamish"], "Rutherford-Osei", "MD", "Interventional Cardiology (structural heart)", "1710385522")
    cs_ = C.practitioner("llewellyn", ["Beatriz"], "Llewellyn", "MD", "Cardiothoracic Surgery", "1043918867")
    pcp = C.practitioner("quintanilla", ["Xiomara"], "Quintanilla", "MD", "Internal Medicine", "1366702148")
    st = C.practitioner("adeyemi-price", ["Colm"], "Adeyemi-Price", "MD", "Cardiovascular Disease (echo/stress lab)", "1952174436")
    org = C.organization("smshp", "Silver Mesa Structural Heart Program", "prov", "Silver Mesa", "NV", "775-555-0133")
    medicare(C, "9AD3-GE7-RN52", "2015-01-01")

    C.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", ("2026-07-14", "15:00"), asserter=st)
    C.condition("hypothyroid", "E03.9", "Hypothyroidism, unspecified", ("2012-10-02", "09:00"))
    C.condition("hld", "E78.5", "Hyperlipidemia, unspecified", ("2018-03-19", "09:00"))

    C.obs("tsh-2026-06-30", lo("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), ("2026-06-30", "08:05"), 2.1, "m[IU]/L")
    C.obs("ava-2026-07-14", C.lc("AVA-CONT", "Aortic valve area (continuity equation)"), ("2026-07-14", "09:50"), 0.78, "cm2", "cm2", category="imaging", performer=st)
    C.obs("avmg-2026-07-14", C.lc("AV-MG", "Aortic valve mean gradient"), ("2026-07-14", "09:50"), 43, "mmHg", "mm[Hg]", category="imaging", performer=st)
    C.obs("avvmax-2026-07-14", C.lc("AV-VMAX", "Aortic valve peak velocity"), ("2026-07-14", "09:50"), 4.2, "m/s", category="imaging", performer=st)
    C.obs("lvef-2026-07-14", lo("10230-1", "Left ventricular Ejection fraction"), ("2026-07-14", "09:50"), 62, "%", category="imaging", performer=st)
    C.obs("ett-mets-2026-08-05", C.lc("ETT-METS", "Exercise treadmill test, peak workload"), ("2026-08-05", "08:40"), 8.2, "METs", "{METs}",
          category="procedure", performer=st, note="Bruce protocol, 7:15 min, stopped for fatigue at target HR; asymptomatic.")
    C.obs("ntprobnp-2026-08-12", lo("33762-6", "NT-proBNP [Mass/volume] in Serum or Plasma"), ("2026-08-12", "08:30"), 180, "pg/mL")
    C.obs("sts-2026-08-20", C.lc("STS-PROM", "STS predicted risk of mortality (isolated AVR)"), ("2026-08-20", "14:30"), 1.9, "%", category="survey", performer=cs_)
    C.med("rx-levothyroxine", "levothyroxine 88 mcg tablet", ("2026-02-11", "10:00"), rx=("10582", "levothyroxine"), dosage="1 tablet daily before breakfast",
          requester=pcp, note="Dose increased from 75 mcg 02/2026 (TSH 7.8).")

    C.doc("pcp-2026-06-30", ("2026-06-30", "15:45"), "progress", "Annual wellness visit", pcp, """
        SILVER MESA INTERNAL MEDICINE - ANNUAL WELLNESS VISIT        06/30/2026
        Xiomara Quintanilla, MD

        76F here for AWV. Feels well. The tiredness she had over the winter is gone since we increased
        levothyroxine in February (TSH 7.8 -> 2.1 today). Walks 3 miles with her hiking group twice a
        week, pickleball on Saturdays. Denies chest pain, shortness of breath, palpitations, dizziness,
        fainting. No leg swelling.
        New finding: harsh III/VI systolic murmur at RUSB radiating to carotids - not documented at last
        year's visit (then II/VI, "likely sclerosis").
        Vitals: BP 128/74, HR 64, BMI 24.6. Falls screen negative. PHQ-2 0. Mini-Cog 5/5.
        Plan: TTE. Mammogram and DXA up to date. Shingrix complete. Continue levothyroxine 88 mcg,
        atorvastatin 20 mg.
        """, custodian=org)

    C.doc("echo-2026-07-14", ("2026-07-14", "11:10"), "imaging", "Transthoracic echocardiogram", st, """
        TTE COMPLETE - FINAL    07/14/2026     Reader: Colm Adeyemi-Price, MD
        76F, BSA 1.70. Indication: new murmur. HR 62, BP 126/72.
        LV: normal size and wall thickness, LVEF 62%, normal GLS (-20%). Normal diastolic function.
        AV: trileaflet, moderately-to-severely calcified. Vmax 4.2 m/s, MG 43 mmHg, AVA 0.78 cm2 (AVAi
        0.46), DVI 0.24. Mild AI.
        MV: mild MAC, trace MR. RVSP 27. No effusion.
        IMPRESSION: Severe aortic stenosis (high gradient), normal LV size and function.
        Recommend structural heart evaluation; exercise testing may be useful if symptom status is unclear.
        """, custodian=org)

    C.doc("ett-2026-08-05", ("2026-08-05", "10:15"), "procedure", "Exercise treadmill test", st, """
        EXERCISE TREADMILL TEST (supervised, severe asymptomatic AS protocol)     08/05/2026
        Physician: Colm Adeyemi-Price, MD
        Indication: severe AS by echo, patient reports no symptoms - confirm asymptomatic status.
        Protocol: Bruce. Duration 7 min 15 s. Peak workload 8.2 METs (above age/sex-predicted 7.1 METs).
        HR 66 -> 142 bpm (98% APMHR). BP 128/76 -> 176/80 (normal rise). No drop in BP.
        Symptoms: none - no dyspnea beyond expected, no chest pain, no dizziness. Stopped for leg fatigue
        at target HR. Borg 15.
        ECG: no ischemic ST changes, no arrhythmia.
        CONCLUSION: Normal exercise capacity for age with appropriate hemodynamic response; no exercise-
        induced symptoms, hypotension or arrhythmia. Asymptomatic severe AS confirmed (Stage C1).
        """, custodian=org)

    C.doc("ic-consult-2026-08-12", ("2026-08-12", "14:50"), "consult", "Structural heart consultation", ic, """
        STRUCTURAL HEART CLINIC - NEW PATIENT        08/12/2026 (in person)
        Hamish Rutherford-Osei, MD - interventional cardiology

        I examined Ms. Ambrose-Tennant in clinic today.
        76F, very active (hikes, pickleball), referred for severe AS found on murmur work-up.
        TTE 7/14/26: AVA 0.78 cm2, MG 43, Vmax 4.2, LVEF 62%.
        Symptoms: none. Specifically denies exertional dyspnea, angina, presyncope or syncope. ETT 8/5:
        8.2 METs, no symptoms, normal BP response. NT-proBNP 180.
        Assessment: severe high-gradient aortic stenosis, ASYMPTOMATIC (Stage C1), preserved EF.
        Discussion: options are watchful waiting with echo every 6 months vs early intervention. Recent
        trial data support early TAVR in asymptomatic severe AS, and the balloon-expandable valve system's
        FDA labeling now includes asymptomatic severe AS. Patient strongly prefers to treat now rather than
        wait ("I don't want to be on a trail when it goes bad"). Low surgical risk expected.
        Plan: TAVR CTA, CT surgery evaluation (Dr. Llewellyn), heart team.
        """, custodian=org)

    C.doc("surg-consult-2026-08-20", ("2026-08-20", "16:20"), "consult", "Cardiac surgery consultation", cs_, """
        CARDIOTHORACIC SURGERY CONSULT       08/20/2026        Beatriz Llewellyn, MD
        Patient seen and examined in the office today.
        76F with severe AS (AVA 0.78, MG 43), LVEF 62%, no symptoms - confirmed on ETT 8/5 (8.2 METs).
        PMH: hypothyroidism (treated), HLD. No lung disease, no CKD (Cr 0.8), no prior chest surgery.
        Exam: fit-appearing, BMI 24.6, harsh SEM, lungs clear.
        STS-PROM 1.9% (low risk). CTA 8/18: annulus area 398 mm2, tricuspid valve, TF access adequate,
        coronary heights adequate.
        Opinion: asymptomatic severe AS in a low-risk patient. Both SAVR and TAVR are reasonable. Class I
        indications for AVR are not present (asymptomatic, EF > 50%); early AVR can be considered given
        very severe features are borderline (Vmax 4.2). Patient declines sternotomy. I am comfortable with
        TF-TAVR if the heart team agrees and coverage allows; surveillance is the alternative.
        """, custodian=org)

    C.doc("heart-team-2026-09-09", ("2026-09-09", "17:05"), "note", "Heart team conference summary", [ic, cs_], as_text("""
        <h3>Valve Heart Team Conference &mdash; 09/09/2026</h3>
        <p>Attendees: H. Rutherford-Osei MD (IC), B. Llewellyn MD (CT surgery), C. Adeyemi-Price MD (imaging), anesthesia, valve coordinator.</p>
        <table border="1" cellpadding="3">
          <tr><th>Item</th><th>Finding</th></tr>
          <tr><td>Valve</td><td>Severe AS, AVA 0.78 cm&sup2;, MG 43 mmHg, Vmax 4.2 m/s</td></tr>
          <tr><td>LV</td><td>EF 62%, normal GLS</td></tr>
          <tr><td>Symptoms</td><td>None (ETT 8.2 METs, asymptomatic) &mdash; Stage C1</td></tr>
          <tr><td>Surgical risk</td><td>STS 1.9% (low)</td></tr>
          <tr><td>Anatomy</td><td>Tricuspid, annulus 398 mm&sup2;, TF access adequate</td></tr>
        </table>
        <p><b>Consensus:</b> both physicians have examined the patient in person. Patient-preference-driven early intervention for asymptomatic severe
        AS; team agrees TF-TAVR is technically appropriate (23 mm balloon-expandable valve). Surveillance offered and declined. Proceed to authorization.</p>
        """), custodian=org)

    C.sreq("sr-tavr", cc(CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"), (D, "13:00"),
           requester=ic, reason=[("I35.0", "Nonrheumatic aortic (valve) stenosis")], note="TF-TAVR, severe AS. Heart team 9/9/26.")

    cs = case("bg-tavr-02", pid, ("cpt", "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
              [("I35.0", "Nonrheumatic aortic (valve) stenosis")], D, "refer", "NCD 20.32",
              ["DocumentReference/ett-2026-08-05", "DocumentReference/ic-consult-2026-08-12", "DocumentReference/surg-consult-2026-08-20",
               "DocumentReference/heart-team-2026-09-09"],
              "NCD 20.32 B.A covers TAVR for symptomatic aortic stenosis. Every physician and the exercise test document severe AS that is "
              "asymptomatic (Stage C1); the winter fatigue was attributed to hypothyroidism and resolved. Heart-team requirements are met, but the "
              "symptomatic criterion is documented as not met - physician reviewer.",
              note="TF-TAVR for severe aortic stenosis. Heart team recommends.")
    return cs, C


def laac01():
    pid, D = "pg15", "2026-01-20"
    C = Chart(pid, "ehr.cascobaystructural.example", "ET")
    C.patient(["Clarence", "W."], "Dunmore", "male", "1944-10-03", "12 Ledgewood Ln", "Harbor Pointe", "ME", "04011", "CBSH-118842")
    ic = C.practitioner("halloran-beck", ["Gregor"], "Halloran-Beck", "MD", "Interventional Cardiology (structural heart)", "1679512286")
    neuro = C.practitioner("thorvaldsen", ["Anneliese"], "Thorvaldsen", "MD", "Neurology (vascular)", "1801934025")
    pcp = C.practitioner("pemberton-shah", ["Rajesh"], "Pemberton-Shah", "MD", "Internal Medicine", "1538260791")
    echo = C.practitioner("farrow-lee", ["Imogen"], "Farrow-Lee", "MD", "Cardiovascular Disease (echocardiography)", "1265643097")
    org = C.organization("cbsh", "Casco Bay Structural Heart", "prov", "Harbor Pointe", "ME", "207-555-0161")
    medicare(C, "5PJ8-VB3-HC27", "2009-10-01")

    C.condition("paf", "I48.0", "Paroxysmal atrial fibrillation", ("2019-05-28", "10:00"), asserter=pcp)
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2008-02-14", "09:00"))
    C.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", ("2015-06-09", "09:00"))
    C.condition("ich-sequela", "I69.198", "Other sequelae of nontraumatic intracerebral hemorrhage", ("2024-11-12", "14:20"), asserter=neuro,
                note="Spontaneous R parietal lobar ICH 09/2024 on warfarin (INR 2.6). Probable cerebral amyloid angiopathy (MRI: multiple lobar microbleeds, cortical superficial siderosis). Residual mild L hand clumsiness.")

    C.obs("lvef-2025-11-20", lo("10230-1", "Left ventricular Ejection fraction"), ("2025-11-20", "10:30"), 55, "%", category="imaging", performer=echo)
    C.obs("mv-2025-11-20", C.lc("MV-STEN", "Mitral valve stenosis assessment"), ("2025-11-20", "10:30"),
          s="No mitral stenosis. Mild MAC, mean transmitral gradient 2 mmHg at HR 68. No prosthetic valve.", category="imaging", performer=echo)
    C.obs("cha2ds2vasc-2025-12-16", C.lc("CHA2DS2VASC", "CHA2DS2-VASc score"), ("2025-12-16", "11:10"), 6, "{score}", category="survey", performer=ic,
          note="As documented in structural heart consult.")
    C.obs("egfr-2025-12-09", lo("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"),
          ("2025-12-09", "08:00"), 61, "mL/min/1.73m2", "mL/min/{1.73_m2}")

    C.med("rx-warfarin", "warfarin 5 mg tablet", ("2019-06-03", "11:30"), status="stopped", rx=("11289", "warfarin"),
          dosage="as directed per INR", validity=("2019-06-03", "2024-09-14"),
          status_reason="Discontinued 09/14/2024 - spontaneous lobar intracerebral hemorrhage.")
    C.med("rx-metformin", "metformin 500 mg tablet", ("2015-06-09", "10:00"), rx=("6809", "metformin"), dosage="1 tablet twice daily with meals")

    C.doc("neuro-2025-11-06", ("2025-11-06", "15:40"), "progress", "Vascular neurology follow-up", neuro, """
        VASCULAR NEUROLOGY CLINIC - FOLLOW-UP        11/06/2025
        Anneliese Thorvaldsen, MD

        81M, 14 months after a spontaneous R parietal lobar ICH (09/2024) while on warfarin for PAF.
        MRI brain (SWI) 10/2024 and repeat 10/2025: 9 lobar microbleeds, focal cortical superficial
        siderosis, no new hemorrhage - probable cerebral amyloid angiopathy (Boston 2.0).
        Residual: mild L hand clumsiness; walks independently; MoCA 26/30.
        BP today 132/78 (home avg 128/76).

        Anticoagulation: in my opinion the risk of recurrent lobar hemorrhage with long-term oral
        anticoagulation (warfarin or DOAC) is prohibitive given CAA with siderosis. He should NOT resume
        long-term OAC. A brief course of anticoagulation (e.g., warfarin or DOAC for up to ~45 days after a
        device procedure) would be an acceptable, time-limited risk if required by the device protocol,
        with strict BP control.
        Patient and daughter (Ellen) agree they do not want him back on a blood thinner long-term.
        Plan: refer to structural heart (Casco Bay) to discuss left atrial appendage occlusion. Continue BP
        control, statin avoided (CAA). RTC 6 months.
        """, custodian=org)

    C.doc("tte-2025-11-20", ("2025-11-20", "12:15"), "imaging", "Transthoracic echocardiogram", echo, """
        TRANSTHORACIC ECHOCARDIOGRAM      11/20/2025      Imogen Farrow-Lee, MD
        Indication: PAF, pre-LAAO evaluation.  Rhythm: sinus rhythm 68 (PAF by history).
        LV normal size, LVEF 55%, no RWMA. Mild LVH.  LA mildly dilated (LAVI 38 mL/m2).
        Mitral: mild MAC, trace MR, NO mitral stenosis (mean gradient 2 mmHg). Aortic: sclerosis without
        stenosis. No prosthetic valves. RV normal. RVSP 28.
        Impression: normal LV function; no significant valvular disease (non-valvular AF context).
        """, custodian=org)

    C.doc("ic-sdm-2025-12-16", ("2025-12-16", "11:45"), "consult", "Structural heart consultation and shared decision-making - LAAO", ic, """
        CASCO BAY STRUCTURAL HEART - CONSULTATION           12/16/2025
        Gregor Halloran-Beck, MD (interventional/structural cardiology)
        Referred by: A. Thorvaldsen, MD (neurology); PCP R. Pemberton-Shah, MD

        81M with paroxysmal NVAF and prior lobar ICH on warfarin (09/2024) with probable CAA; neurology
        advises against long-term OAC but accepts short-term post-implant anticoagulation.
        Stroke risk: CHA2DS2-VASc 6 (age 2, HTN 1, DM 1, prior stroke 2). CHADS2 5. HAS-BLED 3.
        TTE 11/20/25: EF 55%, no mitral stenosis, no prosthetic valve.

        SHARED DECISION-MAKING: Formal shared decision-making visit conducted today by me with the patient
        and his daughter, using the "AF-Choice" evidence-based decision aid on oral anticoagulation vs
        LAAO in non-valvular AF (paper version with icon arrays). Reviewed: stroke risk without therapy,
        warfarin/DOAC benefits and bleeding risks (including recurrent ICH risk with CAA), LAAO benefits,
        procedural risks (pericardial effusion, device embolization, device-related thrombus), post-implant
        drug regimen, and the option of no therapy. Patient prefers LAAO. SDM requirement satisfied.

        Exam: BP 134/76, HR 64 regular. Lungs clear. No murmurs. Groins normal.
        Plan: TEE for LAA anatomy at the time of the procedure (intra-procedural), LAAO with a
        next-generation occluder - I will perform the implant. Post-implant: 45 days of warfarin + aspirin
        (neurology agrees), then DAPT to 6 months, then aspirin. Registry enrollment at implant.
        """, custodian=org)

    C.doc("pcp-2026-01-06", ("2026-01-06", "14:30"), "progress", "Primary care follow-up", pcp, as_text("""
        <p><b>Harbor Pointe Primary Care &ndash; Office Visit 01/06/2026</b><br>Rajesh Pemberton-Shah, MD</p>
        <p><b>S:</b> 81M f/u DM2, HTN, PAF. He saw Dr. Halloran-Beck (structural heart) last month &mdash; &ldquo;they did the decision visit
        there&rdquo; &mdash; and has decided to go ahead with the appendage closure device. Daughter Ellen called to ask about timing. No new
        neuro symptoms. No palpitations lately. Sugars 110s-140s fasting.</p>
        <p><b>O:</b> BP 130/74, HR 66 reg. A1c 6.9% (12/09/25). eGFR 61. Foot exam normal monofilament.</p>
        <p><b>A/P:</b></p>
        <ol>
          <li>PAF, off anticoagulation since ICH 9/2024 &mdash; agree with LAAO plan per neurology/structural heart; pre-op labs sent.</li>
          <li>DM2 &mdash; controlled on metformin.</li>
          <li>HTN &mdash; at goal (&lt;130/80 target per neurology; borderline, add nothing now).</li>
          <li>Flu and RSV vaccines given in October.</li>
        </ol>
        """), custodian=org)

    C.doc("ic-letter-2026-01-20", ("2026-01-20", "09:05"), "referral", "Letter of medical necessity - LAAO", ic, """
        LETTER OF MEDICAL NECESSITY - PERCUTANEOUS LEFT ATRIAL APPENDAGE CLOSURE       01/20/2026

        Re: Clarence W. Dunmore, DOB 10/03/1944, Medicare

        Mr. Dunmore has paroxysmal non-valvular atrial fibrillation with CHA2DS2-VASc 6 / CHADS2 5 and a
        spontaneous lobar intracerebral hemorrhage on warfarin in 09/2024 with probable cerebral amyloid
        angiopathy. Neurology has determined he cannot take long-term oral anticoagulation; short-term
        post-implant warfarin is acceptable. A formal shared decision-making interaction using an evidence-
        based decision tool was completed and documented on 12/16/2025. All NCD 20.34 criteria are met.
        Procedure: CPT 33340, Casco Bay Medical Center (SHD and EP programs; national LAAO registry site).
        Planned date: 02/10/2026. Operator: G. Halloran-Beck, MD.
        """, custodian=org)

    C.sreq("sr-laao", cc(CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"), (D, "09:10"),
           requester=ic, reason=[("I48.0", "Paroxysmal atrial fibrillation")], note="LAAO; operator Halloran-Beck. Planned 2/10/26.")

    cs = case("bg-laac-01", pid, ("cpt", "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
              [("I48.0", "Paroxysmal atrial fibrillation"), ("I69.198", "Other sequelae of nontraumatic intracerebral hemorrhage")], D,
              "refer", "NCD 20.34",
              ["DocumentReference/ic-sdm-2025-12-16", "DocumentReference/pcp-2026-01-06", "DocumentReference/neuro-2025-11-06"],
              "Scores meet thresholds even when recomputed correctly (the consult counts the hemorrhagic stroke as 'stroke': true CHA2DS2-VASc 4, "
              "CHADS2 3). Neurology documents inability to take long-term OAC with suitability for short-term warfarin. But the only shared "
              "decision-making interaction was conducted by the implanting interventional cardiologist, not an independent non-interventional "
              "physician; the PCP and neurologist did not conduct one. SDM criterion documented as not met.",
              note="LAAO for NVAF, prior ICH on warfarin. SDM completed 12/16/25. Operator Halloran-Beck.")
    return cs, C


def laac02():
    pid, D = "pg16", "2026-10-14"
    C = Chart(pid, "fhir.ridgeviewhealth.example", "CT")
    C.patient(["Evelyn", "R."], "Sandoval-Pryce", "female", "1947-06-21", "5530 Tamarack Bluff Rd", "Ridgeview", "WI", "54481", "RVH-2290471")
    ep = C.practitioner("quraishi-lowe", ["Farah"], "Quraishi-Lowe", "MD", "Clinical Cardiac Electrophysiology", "1184729350")
    gc = C.practitioner("nyberg", ["Walter"], "Nyberg", "MD", "Cardiovascular Disease (general / noninvasive imaging)", "1427085516")
    gi = C.practitioner("engstrom", ["Tobias"], "Engstrom", "MD", "Gastroenterology", "1336170948")
    hosp = C.practitioner("kowalski-obi", ["Adaeze"], "Kowalski-Obi", "MD", "Hospital Medicine", "1902815463")
    org = C.organization("rvh", "Ridgeview Health (Ridgeview Memorial Hospital and Clinics)", "prov", "Ridgeview", "WI", "715-555-0120")
    medicare(C, "3KQ6-MN1-FW89", "2012-07-01")

    C.condition("perm-af", "I48.21", "Permanent atrial fibrillation", ("2021-08-10", "13:00"), asserter=gc)
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2009-04-22", "09:00"))
    C.condition("tia-hx", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
                ("2022-02-03", "16:00"), note="TIA 01/2022 (transient R arm weakness and aphasia, 40 min; MRI DWI negative) while on apixaban with missed doses.")
    C.condition("angioectasia", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", ("2025-03-12", "12:30"), asserter=gi)
    C.condition("ida", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", ("2025-03-12", "12:31"), asserter=gi)

    C.obs("hgb-2026-06-16", lo("718-7", "Hemoglobin [Mass/volume] in Blood"), ("2026-06-16", "04:40"), 6.9, "g/dL", interp="Critical low")
    C.proc("egd-apc-2026-06-17", cc(CPT, "43270", "EGD with ablation of lesion(s)"), ("2026-06-17", "10:15"), performer=gi,
           reason=("K31.811", "Angiodysplasia of stomach and duodenum with bleeding"),
           note="Four gastric antral and two duodenal angioectasias, two with stigmata; APC to all. Third endoscopic treatment since 3/2025.")
    C.obs("tee-2026-09-23", C.lc("TEE-LAA", "TEE left atrial appendage assessment"), ("2026-09-23", "09:40"),
          s="No LA/LAA thrombus. Chicken-wing LAA, ostium 21 mm, depth 26 mm. No mitral stenosis (mean gradient 2 mmHg); no prosthetic valve.",
          category="imaging", performer=gc)
    C.obs("hgb-2026-09-30", lo("718-7", "Hemoglobin [Mass/volume] in Blood"), ("2026-09-30", "08:15"), 11.2, "g/dL")
    C.obs("bp-2026-09-29", lo("85354-9", "Blood pressure panel with all children optional"), ("2026-09-29", "13:40"), category="vital-signs",
          components=[(lo("8480-6", "Systolic blood pressure"), 134, "mmHg", "mm[Hg]"), (lo("8462-4", "Diastolic blood pressure"), 70, "mmHg", "mm[Hg]")])

    C.med("rx-apixaban", "apixaban 2.5 mg tablet", ("2025-11-20", "10:00"), status="stopped", rx=("1364430", "apixaban"),
          dosage="1 tablet twice daily", requester=gc, validity=("2025-11-20", "2026-06-16"),
          status_reason="Stopped 06/16/2026: third transfusion-requiring GI bleed (angioectasias) on anticoagulation. Long-term OAC not advised (GI/cardiology).")
    C.med("rx-metoprolol", "metoprolol tartrate 50 mg tablet", ("2021-08-10", "13:05"), rx=("6918", "metoprolol"), dosage="1 tablet twice daily", requester=gc)
    C.med("rx-pantoprazole", "pantoprazole 40 mg tablet", ("2026-06-19", "11:00"), rx=("40790", "pantoprazole"), dosage="1 tablet twice daily", requester=gi)

    C.doc("dc-2026-06-19", ("2026-06-19", "12:20"), "discharge", "Discharge summary - GI bleed", hosp, """
        RIDGEVIEW MEMORIAL HOSPITAL - DISCHARGE SUMMARY
        Admit 06/16/2026  Discharge 06/19/2026   Attending: Adaeze Kowalski-Obi, MD

        Dx: acute on chronic upper GI bleeding from gastric/duodenal angioectasias; acute blood loss anemia
        on chronic IDA; permanent AF.
        Course: 79F on apixaban 2.5 mg BID (dose reduced 11/2025 after the second bleed) presented with
        melena and presyncope, Hgb 6.9. Transfused 2 units PRBC. EGD 6/17 (Dr. Engstrom): multiple
        angioectasias, APC. Apixaban held on admission. Hgb stable 8.6 at discharge.
        Anticoagulation: discussed with GI and cardiology (Dr. Nyberg by phone) - apixaban NOT restarted at
        discharge. Third transfusion-requiring bleed in 15 months despite dose reduction and endoscopic
        therapy. Outpatient cardiology to discuss stroke prevention alternatives (LAA occlusion).
        Discharge meds: pantoprazole 40 BID, ferrous sulfate 325 daily, metoprolol tartrate 50 BID,
        lisinopril 10 daily. STOP apixaban.
        """, custodian=org)

    C.doc("gi-2026-06-24", ("2026-06-24", "10:10"), "progress", "Gastroenterology clinic note", gi, """
        GI CLINIC        06/24/2026        Tobias Engstrom, MD
        79F with recurrent bleeding gastric antral and duodenal angioectasias: 03/2025 (apixaban 5 mg BID),
        11/2025 (apixaban 5 mg BID), 06/2026 (apixaban 2.5 mg BID) - each requiring transfusion; APC x3.
        Capsule 04/2025: additional jejunal angioectasias, not all reachable.
        Assessment: diffuse angioectasias with high rebleeding risk on any anticoagulant. From a GI
        standpoint I advise against long-term anticoagulation (warfarin or any DOAC).
        A short, defined course of anticoagulation (e.g., ~45 days of warfarin after an appendage occlusion
        device) is acceptable with PPI BID, iron, and CBC every 2 weeks during that period - the cumulative
        risk is tolerable for a limited time.
        Plan: PPI BID, IV iron x2, repeat EGD if Hgb drop > 1.5 g/dL. Octreotide LAR if rebleeding.
        """, custodian=org)

    C.doc("sdm-2026-09-02", ("2026-09-02", "15:30"), "progress", "Shared decision-making visit - stroke prevention in AF", gc, html_doc("SDM - AF stroke prevention", """
        <h3>Cardiology Clinic &ndash; Shared Decision-Making Visit (Stroke Prevention in Non-Valvular AF)</h3>
        <p><b>09/02/2026</b> &middot; Walter Nyberg, MD (general cardiology; I do not perform LAA closure or other interventional procedures)<br>
        Patient and son (Marco) present. 45 minutes.</p>
        <p><b>Decision tool:</b> <i>StrokeWise AF</i> &ndash; evidence-based decision aid on oral anticoagulation for non-valvular atrial fibrillation
        (web version with personalized stroke and bleeding estimates), completed together in clinic.</p>
        <p><b>Her risk profile (entered in the tool):</b> age 79, female, hypertension, prior TIA (2022); no CHF, no diabetes, no vascular disease.
        Annual stroke risk without therapy estimated high. Three transfusion-requiring GI bleeds on apixaban (including reduced dose).</p>
        <p><b>Options reviewed:</b> resume warfarin; resume a DOAC at any dose; aspirin alone; no therapy; percutaneous LAA closure with a short post-implant
        anticoagulation course.</p>
        <p><b>Discussion:</b> expected strokes prevented and bleeds caused per 100 patients for each option; procedural risks of LAAC; need for ~45 days of
        warfarin after the implant and GI's willingness to accept that; follow-up imaging.</p>
        <p><b>Conclusion of SDM:</b> Given recurrent bleeding on reduced-dose apixaban and GI's recommendation, she is deemed unable to take long-term oral
        anticoagulation. She is suitable for a short-term warfarin course. She chooses LAA closure. Referral to Dr. Quraishi-Lowe (EP).</p>
        """), ctype="text/html", custodian=org)

    C.doc("tee-2026-09-23", ("2026-09-23", "11:00"), "imaging", "Transesophageal echocardiogram", gc, """
        TRANSESOPHAGEAL ECHOCARDIOGRAM          09/23/2026        Walter Nyberg, MD
        Indication: pre-LAAC planning. Moderate sedation (RN-administered midazolam/fentanyl).
        Rhythm: atrial fibrillation, rate 74.
        LAA: chicken-wing morphology, no thrombus or sludge; ostium 21 mm, usable depth 26 mm at 135 deg.
        LA: moderately dilated, no SEC. IAS: intact, no PFO by color/bubble.
        Mitral: no stenosis (mean gradient 2 mmHg), mild MR. Aortic: trileaflet, no AS. No prosthetic valves.
        LVEF 55-60%. Mild non-mobile aortic atheroma (grade 2).
        Impression: anatomy suitable for percutaneous LAA closure; no LAA thrombus; non-valvular AF.
        """, custodian=org)

    C.doc("ep-consult-2026-09-29", ("2026-09-29", "14:10"), "consult", "Electrophysiology consultation - LAAC", ep, """
        ELECTROPHYSIOLOGY CONSULTATION - LAA CLOSURE        09/29/2026
        Farah Quraishi-Lowe, MD

        79F, permanent NVAF (rate-controlled), referred by Dr. Nyberg after SDM (9/2).
        Stroke risk: CHA2DS2-VASc 6 (age >=75 2, female 1, HTN 1, TIA 2). CHADS2 4.
        Bleeding: 3 transfusion-requiring GI bleeds (03/2025, 11/2025, 06/2026) on apixaban incl. 2.5 mg BID;
        HAS-BLED 3. Apixaban stopped 6/16/26. GI (Dr. Engstrom) advises against long-term OAC but
        accepts ~45 days of warfarin post-implant.
        TEE 9/23: LAA suitable, no thrombus, no MS.
        Exam: BP 134/70, HR 72 irregular. Lungs clear. Groins unremarkable.
        Labs: CBC/BMP ordered today. Last Hgb 9.8 (08/2026) on iron, rising.
        Plan: LAAC (33340) at Ridgeview Memorial (EP and structural programs; national LAAO registry).
        Post-implant: warfarin (INR 2-3) + aspirin 81 mg for 45 days, TEE/CT at 45 days, then DAPT to 6
        months, then aspirin. CBC q2 weeks while on warfarin per GI.
        """, custodian=org)

    C.sreq("sr-laac", cc(CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"), (D, "11:30"),
           requester=ep, reason=[("I48.21", "Permanent atrial fibrillation"), ("K31.811", "Angiodysplasia of stomach and duodenum with bleeding")])

    cs = case("bg-laac-02", pid, ("cpt", "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
              [("I48.21", "Permanent atrial fibrillation"), ("K31.811", "Angiodysplasia of stomach and duodenum with bleeding")], D,
              "approve", "NCD 20.34",
              ["DocumentReference/sdm-2026-09-02", "DocumentReference/gi-2026-06-24", "DocumentReference/tee-2026-09-23",
               "DocumentReference/ep-consult-2026-09-29", "Condition/tia-hx"],
              "NVAF (no mitral stenosis or prosthetic valve on TEE). CHA2DS2-VASc 6 / CHADS2 4 (age, female, HTN, prior TIA). Formal SDM by an "
              "independent non-interventional general cardiologist using an evidence-based decision aid, documented. Recurrent transfusion-requiring "
              "GI bleeding on reduced-dose apixaban: deemed unable to take long-term OAC, suitable for short-term warfarin (GI note, SDM note).",
              note="LAAC for permanent NVAF, recurrent GI bleeding on DOAC. SDM by Dr. Nyberg 9/2/26.")
    return cs, C
