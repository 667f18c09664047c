"""NCD 20.32 TAVR cases (bb-tavr-01..04)."""
from fhir import Bundle, comp, LOINC, LOCAL, CPT, clean

SERVICE = {"system": CPT, "code": "33361", "display": "TAVR, percutaneous femoral artery approach"}
AS_DX = [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}]


def echo_panel(b, oid, date, ava, mg, vmax, lvef, extra=None, note=None, performer=None):
    comps = [comp("Aortic valve area (continuity, VTI)", ava, "cm2", "av-area"),
             comp("Aortic valve mean gradient", mg, "mm[Hg]", "av-mean-gradient"),
             comp("Aortic valve peak velocity", vmax, "m/s", "av-peak-velocity"),
             comp("Left ventricular ejection fraction", lvef, "%", "10230-1", LOINC)]
    for e in extra or []:
        comps.append(e)
    return b.obs(oid, date, "Transthoracic echocardiogram - aortic valve assessment", code="tte-av-panel",
                 category="imaging", components=comps, note=note, performer=performer)


# ---------------------------------------------------------------------------
def tavr01():
    b = Bundle("pb01")
    b.patient("Gerald Francis", "Ashworth", "male", "1942-06-14", city="Traverse City")
    b.condition("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2025-10-02")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2014-03-11")
    b.condition("c-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2023-05-10")
    b.condition("c-attr", "E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis", "2025-11-04",
                clinical="inactive", verification="refuted",
                note="Entered 11/04/25 as suspected ATTR-CM pending PYP. Tc-99m PYP 11/18/25 grade 0, H/CL 1.07; SPEP/IFE and FLC normal. Refuted 12/09/25 (Dr. Haddad).")
    b.condition("c-gout", "M10.9", "Gout, unspecified", "2017-08-22")
    echo_panel(b, "echo-2025-10-02", "2025-10-02", 0.72, 46, 4.3, 58,
               note="Trileaflet, severely calcified aortic valve with restricted opening. Severe aortic stenosis. Concentric LVH (IVS 1.4 cm). Grade II diastolic dysfunction.",
               performer="Lakeshore Regional Echo Lab")
    b.obs("pyp-2025-11-18", "2025-11-18", "Tc-99m pyrophosphate scan, heart-to-contralateral lung ratio (1 h)", 1.07, "{ratio}",
          code="pyp-hcl-ratio", category="imaging", interp="Visual grade 0. Not suggestive of ATTR cardiac amyloidosis.")
    b.obs("gait-2026-01-13", "2026-01-13", "5-meter gait speed test, time", 7.9, "s", code="gait-5m-time", category="exam")
    b.med("med-amlo", "17767", "amlodipine 5 mg oral tablet", "2021-04-06", dose="5 mg by mouth once daily")
    b.med("med-atorva", "83367", "atorvastatin 40 mg oral tablet", "2019-02-14", dose="40 mg by mouth nightly")
    b.med("med-allo", "519", "allopurinol 100 mg oral tablet", "2017-09-01", dose="100 mg by mouth daily")
    b.procedure("proc-lhc-2025-12-16", "Left heart catheterization with selective coronary angiography", "2025-12-16",
                code="93458", performer="Dr. S. Haddad, Interventional Cardiology",
                note="Mild nonobstructive CAD (LAD 30%, RCA 20%). No intervention.")
    b.procedure("proc-cta-2026-01-20", "CT angiography chest/abdomen/pelvis, TAVR planning protocol", "2026-01-20")
    b.encounter("enc-cards-2025-11-04", "2025-11-04T09:20:00-05:00", "Cardiology consultation", practitioner="Dr. Priya Raman")
    b.encounter("enc-ic-2025-12-09", "2025-12-09T13:00:00-05:00", "Structural heart telehealth video visit", cls="VR", practitioner="Dr. Samir Haddad")
    b.encounter("enc-ic-2026-01-13", "2026-01-13T10:40:00-05:00", "Structural heart clinic visit", practitioner="Dr. Samir Haddad")
    b.encounter("enc-cts-2026-01-27", "2026-01-27T14:10:00-05:00", "Cardiac surgery consultation", practitioner="Dr. Erik Lindqvist")

    b.note("cards-2025-11-04", "2025-11-04T11:02:00-05:00", "Cardiology Consultation", "Dr. Priya Raman, Cardiology", """
        CARDIOLOGY CONSULTATION
        Referring: Dr. T. Lund (Internal Medicine)
        Reason: murmur, exertional dyspnea, abnormal echo

        HPI: 83 y/o M with HTN, CKD 3a and gout, referred after TTE 10/02/2025 showed severe calcific AS. Over the
        past 4-5 months he gets winded halfway up the single flight of stairs at home and has to stop; chest
        tightness raking leaves that eases within a few minutes of rest. One episode of lightheadedness carrying
        groceries in from the car in September - sat on the step and it passed, no LOC. Denies frank syncope,
        orthopnea, PND. Mild ankle swelling by evening. Used to walk 30 min daily with his wife; stopped over the
        summer "because of my breathing."

        PMH: HTN, CKD 3a (Cr 1.4, eGFR 49), gout, bilateral carpal tunnel release (2016, 2018), BCC nose excised 2019.
        Meds: amlodipine 5 mg daily, atorvastatin 40 mg, allopurinol 100 mg.
        SH: retired machinist, ex-smoker (quit 1985), 2 beers/wk. Lives with wife, independent in ADLs, drives.
        FH: brother had a pacemaker at 80. Otherwise noncontributory.

        Exam: BP 148/72, HR 68 regular, SpO2 97% RA. III/VI late-peaking crescendo-decrescendo SEM at RUSB radiating
        to both carotids, soft A2, delayed carotid upstroke. Lungs clear. Trace bilateral ankle edema.
        ECG: SR 66, LVH by voltage with repolarization abnormality, 1st-degree AVB (PR 228 ms).

        TTE 10/02/2025 (images reviewed): trileaflet, severely calcified AV; Vmax 4.3 m/s, MG 46 mmHg,
        AVA 0.72 cm2 (continuity); LVEF 58%; concentric LVH (IVS 1.4 cm); grade II DD.

        Assessment:
        1. Severe symptomatic calcific aortic stenosis - NYHA II-III dyspnea, exertional angina, presyncope.
        2. LVH with bilateral carpal tunnel history: cardiac amyloidosis (ATTR-CM) can coexist with AS at this age
           and would bear on prognosis/benefit from valve replacement. Possible ATTR-CM - rule out.
        3. HTN, CKD 3a.

        Plan:
        - Tc-99m PYP scan; SPEP/UPEP with IFE; serum free light chains.
        - Refer to Structural Heart / Valve Clinic (Dr. Haddad) for AVR evaluation.
        - Continue amlodipine for now; avoid aggressive vasodilation.
        - Reviewed warning symptoms (syncope, rest chest pain) and when to call 911.
        """, encounter="enc-cards-2025-11-04")
    b.note("ic-video-2025-12-09", "2025-12-09T13:41:00-05:00", "Structural Heart Telehealth Note", "Dr. Samir Haddad, Interventional Cardiology", """
        STRUCTURAL HEART CLINIC - TELEHEALTH VISIT (synchronous audio-video)
        Patient at home with wife; provider at Lakeshore Heart Institute. Verbal consent for video visit obtained.
        Physical examination limited to visual inspection; no auscultation or vascular exam performed.

        83M referred by Dr. Raman for severe AS. Reports dyspnea after one flight, exertional chest tightness and one
        presyncopal episode (09/2025). No syncope.

        Data reviewed: TTE 10/02/25 - severe AS (AVA 0.72 cm2, MG 46 mmHg, LVEF 58%).
        Tc-99m PYP 11/18/25: H/CL 1.07 at 1 h, visual grade 0 - not suggestive of ATTR cardiac amyloidosis.
        SPEP/IFE negative, kappa/lambda ratio 0.98 - AL unlikely. ATTR removed from problem list (refuted).

        Impression: severe symptomatic AS; amyloid work-up negative.
        Plan:
        - LHC/coronary angiography 12/16.
        - TAVR-protocol CTA after cath with renal-protective hydration (CKD 3a).
        - In-person Valve Clinic visit after cath for full evaluation and examination.
        - Cardiac surgery referral placed (Dr. Lindqvist) for independent surgical evaluation.
        Total time 25 minutes, >50% counseling.
        """, encounter="enc-ic-2025-12-09")
    b.note("derm-2025-12-02", "2025-12-02T15:15:00-05:00", "Dermatology Progress Note", "Dr. N. Castellanos, Dermatology", """
        DERMATOLOGY - FOLLOW-UP SKIN CHECK
        83M with h/o BCC L nasal ala (Mohs 2019), here for annual full-skin exam. Notes rough spots on scalp and
        dorsal hands. No bleeding or non-healing lesions. Uses sunscreen "sometimes."
        Exam: Fitzpatrick II. Scalp vertex with 6 gritty erythematous papules c/w actinic keratoses; dorsal hands
        with 3 AKs. Mohs scar L ala well healed, no recurrence. Seborrheic keratoses trunk, benign appearing. No
        suspicious pigmented lesions.
        A/P:
        1. Actinic keratoses x9 - LN2 cryotherapy, 2 freeze-thaw cycles, tolerated well. Aftercare reviewed.
        2. Hx BCC - no recurrence. Annual skin checks.
        3. Photoprotection counseling; broad-brim hat.
        RTC 12 months or sooner for new lesions.
        """)
    b.note("ic-2026-01-13", "2026-01-13T12:05:00-05:00", "Structural Heart Clinic Consultation", "Dr. Samir Haddad, Interventional Cardiology", """
        STRUCTURAL HEART / VALVE CLINIC - IN-PERSON EVALUATION

        I saw and examined Mr. Ashworth in person in the Valve Clinic today; his wife was present. Our contact on
        12/09 was a video visit only - today is my face-to-face heart-team evaluation.

        Interval: LHC 12/16/25 - mild nonobstructive CAD (LAD 30%, RCA 20%), no PCI needed. TAVR CTA scheduled 1/20.
        Symptoms unchanged to slightly worse: stops halfway up the stairs, chest pressure with exertion relieved by
        rest. No syncope. Trace ankle edema.

        Exam: BP 142/70, HR 64. Harsh III/VI late-peaking SEM RUSB, single S2, parvus et tardus carotid pulses.
        JVP 7 cm. Lungs clear. Femoral pulses 2+ bilaterally, no bruits.
        5-m gait 7.9 s (slow). Grip strength reduced. KCCQ-12 score 48. MoCA 26/30. Lives independently with wife.

        Risk: STS PROM 4.9% (isolated AVR). Frailty markers: slow gait, low grip strength. CKD 3a.

        Assessment: Severe, symptomatic, calcific trileaflet aortic stenosis (Vmax 4.3 m/s, MG 46 mmHg,
        AVA 0.72 cm2, LVEF 58%), NYHA class III with exertional angina and presyncope. I do not find a comorbidity
        that would preclude benefit: ATTR amyloid excluded (PYP grade 0), cognition intact, independent, good
        family support.

        Options reviewed with patient and wife:
        (1) SAVR - durable, but age 83, frailty and CKD raise operative risk and recovery burden;
        (2) transfemoral TAVR - less invasive, favored for patients >80 per current guidelines;
        (3) medical/palliative therapy - does not alter the natural history of severe symptomatic AS.

        Recommendation: transfemoral TAVR, pending CTA annulus and access sizing. My rationale is documented here
        and shared with Dr. Lindqvist (cardiac surgery) ahead of his independent evaluation; case to be presented
        at the heart-team conference.
        """, encounter="enc-ic-2026-01-13")
    b.note("cts-2026-01-27", "2026-01-27T16:30:00-05:00", "Cardiac Surgery Consultation", "Dr. Erik Lindqvist, Cardiothoracic Surgery", """
        CARDIAC SURGERY CONSULTATION - heart-team evaluation for aortic valve replacement
        Requesting: Dr. S. Haddad (structural heart)

        I personally interviewed and examined Mr. Ashworth in the cardiac surgery clinic today.

        HPI: 83M with severe calcific AS, NYHA III dyspnea, exertional chest pressure, presyncope 09/2025. Denies
        syncope. Cath 12/16: nonobstructive CAD.
        CTA 1/20/26: annulus perimeter 76 mm, area 452 mm2. Heavily calcified ascending aorta with circumferential
        calcification of the mid-ascending segment (partial porcelain aorta). Iliofemoral minimal luminal diameters
        7.4 / 7.1 mm, suitable for transfemoral access. Coronary heights adequate.

        Exam: frail-appearing, ambulates independently without device. No prior sternotomy. III/VI SEM RUSB. Lungs
        clear. No edema.

        Assessment / rationale:
        - SAVR: STS PROM 4.9%, but the calcified ascending aorta makes cross-clamping and aortotomy hazardous; with
          frailty (gait 7.9 s) and CKD 3a I consider him high risk for surgical AVR.
        - Medical therapy alone is not appropriate for severe symptomatic AS in an independent, cognitively intact
          patient with reasonable life expectancy.
        - Recommendation: transfemoral TAVR. I concur with Dr. Haddad and will serve as the surgical member of the
          heart team for the procedure.
        Discussed with patient and wife; all questions answered; they wish to proceed.
        """, encounter="enc-cts-2026-01-27")
    return {
        "id": "bb-tavr-01", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": AS_DX, "date": "2026-02-10",
                    "note": "Severe symptomatic AS. Heart team evaluations complete. Requesting TF-TAVR."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                 "evidence": ["Observation/echo-2025-10-02", "DocumentReference/ic-2026-01-13", "DocumentReference/cts-2026-01-27"],
                 "rationale": "Severe symptomatic AS; interventional cardiologist (in person 01/13, after an earlier video-only visit) and cardiac surgeon each examined the patient face-to-face and documented SAVR/TAVR/medical rationale; suspected ATTR amyloid was refuted, so no benefit-precluding comorbidity."},
        "traps": "first interventional visit was video-only (not face-to-face) but a later in-person exam exists; refuted ATTR amyloid Condition ('possible ... rule out'); denies frank syncope vs presyncope; dermatology noise",
    }


# ---------------------------------------------------------------------------
ECHO_HTML_02 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Transthoracic Echocardiogram</title></head>
<body>
<h2>Lakeshore Regional Medical Center - Echocardiography Laboratory</h2>
<p><b>Study:</b> Complete TTE with Doppler &nbsp; <b>Date:</b> 02/10/2026 &nbsp; <b>Indication:</b> Aortic stenosis, surveillance; new exertional symptoms<br>
<b>Height/Weight:</b> 160 cm / 58 kg &nbsp; <b>BSA:</b> 1.64 m&sup2; &nbsp; <b>BP:</b> 138/76 &nbsp; <b>Rhythm:</b> sinus</p>
<h3>Measurements</h3>
<table border="1" cellpadding="3">
<tr><th>Parameter</th><th>Value</th><th>Prior 09/2025</th></tr>
<tr><td>LV ejection fraction (biplane)</td><td>60-65 %</td><td>65 %</td></tr>
<tr><td>IVSd / LVPWd</td><td>1.2 / 1.1 cm</td><td>1.2 / 1.1 cm</td></tr>
<tr><td>LVOT diameter</td><td>2.0 cm</td><td>2.0 cm</td></tr>
<tr><td>LVOT VTI</td><td>22.6 cm</td><td>23.1 cm</td></tr>
<tr><td>AV peak velocity</td><td>432 cm/s</td><td>410 cm/s</td></tr>
<tr><td>AV peak gradient</td><td>75 mmHg</td><td>67 mmHg</td></tr>
<tr><td>AV mean gradient</td><td>44 mmHg</td><td>41 mmHg</td></tr>
<tr><td>AV VTI</td><td>96 cm</td><td>88 cm</td></tr>
<tr><td>AVA (continuity, VTI)</td><td>0.74 cm&sup2;</td><td>0.82 cm&sup2;</td></tr>
<tr><td>AVA indexed</td><td>0.45 cm&sup2;/m&sup2;</td><td>0.50 cm&sup2;/m&sup2;</td></tr>
<tr><td>Dimensionless index</td><td>0.24</td><td>0.26</td></tr>
<tr><td>Stroke volume index</td><td>43 mL/m&sup2;</td><td>44 mL/m&sup2;</td></tr>
<tr><td>RVSP</td><td>34 mmHg</td><td>30 mmHg</td></tr>
</table>
<h3>Findings</h3>
<ul>
<li>Left ventricle: normal size, mild concentric LVH, normal systolic function, grade I diastolic dysfunction.</li>
<li>Aortic valve: trileaflet, severely calcified, severely restricted leaflet excursion. No significant AR.</li>
<li>Mitral valve: mild annular calcification, mild MR. No MS.</li>
<li>Right ventricle normal. No pericardial effusion.</li>
</ul>
<h3>Impression</h3>
<ol>
<li><b>Severe aortic stenosis</b> (high-gradient, normal flow), modest progression since 09/2025.</li>
<li>Preserved LV systolic function.</li>
</ol>
<p>Electronically signed: K. Venkataraman, MD, FASE - 02/10/2026 16:12</p>
</body></html>
"""


def tavr02():
    b = Bundle("pb02")
    b.patient("Margarethe Ingrid", "Solberg", "female", "1946-03-02", city="Muskegon")
    b.condition("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2023-09-12")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2009-06-01")
    b.condition("c-hypothy", "E03.9", "Hypothyroidism, unspecified", "2011-01-20")
    b.condition("c-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2018-04-03")
    b.condition("c-cat", "H25.13", "Age-related nuclear cataract, bilateral", "2026-01-12")
    b.obs("nyha-2026-02-17", "2026-02-17", "NYHA functional classification", code="nyha-class", category="exam", value_string="Class III")
    b.med("med-levo", "10582", "levothyroxine 75 mcg oral tablet", "2011-01-20", dose="75 mcg daily")
    b.med("med-lisin", "29046", "lisinopril 10 mg oral tablet", "2015-02-10", dose="10 mg daily")
    b.med("med-atorva", "83367", "atorvastatin 20 mg oral tablet", "2016-07-19", dose="20 mg nightly")
    b.procedure("proc-cta-2026-03-03", "CT angiography, TAVR planning protocol", "2026-03-03")
    b.procedure("proc-tavr-2026-05-19", "Transcatheter aortic valve replacement, transfemoral", "2026-05-19", code="33361",
                performer="Dr. L. Bergstrom / Dr. C. Achebe")

    b.note("cards-2025-09-16", "2025-09-16T10:30:00-04:00", "Cardiology Follow-up Note", "Dr. Helen Ostrowski, Cardiology", """
        CARDIOLOGY FOLLOW-UP - valve surveillance
        79F with severe AS on surveillance, HTN, hypothyroidism, knee OA.
        She feels well. Walks 2 miles most mornings with her neighbor, gardens, no limitation. Denies exertional
        dyspnea, chest discomfort, lightheadedness or syncope. No edema.
        TTE 09/2025: Vmax 4.1 m/s, MG 41 mmHg, AVA 0.82 cm2, LVEF 65%.
        Exam: BP 132/78, HR 70. III/VI SEM RUSB, A2 diminished. Lungs clear.

        A/P: Asymptomatic severe AS (stage C1), LVEF preserved. Explained that valve replacement becomes indicated
        if symptoms develop; she will call for any dyspnea, chest pain, dizziness or fainting. Offered exercise
        treadmill test to unmask symptoms - she declines ("I'd know if I felt bad"). Repeat TTE in ~6 months.
        She is a Jehovah's Witness and will not accept blood or blood products - documented; advance directive on
        file. If symptoms develop -> Valve Clinic referral.
        """)
    b.note("echo-2026-02-10", "2026-02-10T16:12:00-05:00", "Transthoracic Echocardiogram Report", "Dr. K. Venkataraman, Echocardiography",
           ECHO_HTML_02, ctype="text/html")
    b.note("cards-2026-02-17", "2026-02-17T11:20:00-05:00", "Cardiology Office Visit", "Dr. Helen Ostrowski, Cardiology", """
        CARDIOLOGY - seen earlier than planned (called office 2/3 reporting breathlessness)
        Interval: since about New Year she has had to stop her morning walk after ~1 block because of
        breathlessness and a pressure across the chest that settles within 5 minutes of resting. Twice had to sit
        down in the grocery store. Sleeps on 1 pillow. No syncope, no palpitations.
        TTE 2/10/26 reviewed - see report: severe AS with modest progression, LVEF preserved.
        Exam: BP 136/74, HR 72. III/VI late-peaking SEM, single S2. Lungs clear. No edema.
        NYHA class III.

        A/P:
        1. Severe AS, now symptomatic (stage D1): exertional dyspnea and angina. Class I indication for AVR.
           Referral to Valve Clinic for heart-team evaluation (Dr. Bergstrom, structural; Dr. Achebe, cardiac
           surgery).
        2. Jehovah's Witness - bloodless strategy essential; flagged in the referral.
        3. HTN controlled. Continue lisinopril.
        """)
    b.note("ic-2026-03-10", "2026-03-10T14:45:00-04:00", "Valve Clinic - Interventional Cardiology Evaluation", "Dr. Lars Bergstrom, Interventional Cardiology", """
        VALVE CLINIC - INTERVENTIONAL CARDIOLOGY
        Seen and examined in clinic today with her son.
        80F, severe AS (TTE 2/10/26: peak velocity 4.32 m/s, MG 44 mmHg, AVA 0.74 cm2, LVEF 60-65%), now NYHA III
        with exertional chest pressure since ~01/2026. Jehovah's Witness - declines all blood products.
        Exam: 58 kg, BP 134/70. III/VI SEM RUSB, single S2. Carotids delayed. Femoral pulses 2+. No edema.
        5-m walk 6.4 s. Independent ADLs/IADLs. Mild knee OA limits stairs.
        CTA 3/3: annulus area 398 mm2, perimeter 71 mm; iliofemoral MLD 6.6/6.8 mm - suitable for TF access;
        low-moderate LVOT calcium; coronary heights 11/13 mm.
        STS PROM 3.6%.

        Assessment: symptomatic severe AS. Options: SAVR vs TF-TAVR vs medical therapy.
        - Medical therapy: not reasonable - symptomatic severe AS with poor prognosis untreated.
        - SAVR: intermediate risk, but sternotomy/bypass in a patient refusing transfusion carries a meaningfully
          higher risk of uncorrectable bleeding/anemia.
        - TF-TAVR: minimal blood loss, short recovery, age 80 - favored.
        Recommendation: TF-TAVR. Rationale shared with Dr. Achebe (CT surgery) who will see her independently.
        Pre-procedure: iron studies, EPO optimization per bloodless medicine protocol.
        """)
    b.note("cts-2026-03-24", "2026-03-24T15:50:00-04:00", "Cardiothoracic Surgery Consultation", "Dr. Chidi Achebe, Cardiothoracic Surgery", """
        CARDIOTHORACIC SURGERY CONSULTATION
        Referring: Dr. L. Bergstrom (structural heart) / Dr. H. Ostrowski (cardiology)
        Reason: severe aortic stenosis - surgical evaluation, heart team

        HPI (carried forward from cardiology note 09/16/2025): "79F with severe AS on surveillance, HTN,
        hypothyroidism, knee OA. She feels well. Walks 2 miles most mornings with her neighbor, gardens, no
        limitation. Denies exertional dyspnea, chest discomfort, lightheadedness or syncope. No edema."

        Interval history obtained today: the above no longer applies. Since early January she has been stopping
        after about a block with breathlessness and chest pressure; she has given up the morning walk. No syncope.
        NYHA III per Dr. Ostrowski 2/17.

        PMH: HTN, hypothyroidism, bilateral knee OA, bilateral cataracts (surgery deferred). No prior cardiac or
        thoracic surgery. No diabetes. No COPD.
        Meds: levothyroxine 75 mcg, lisinopril 10 mg, atorvastatin 20 mg.
        Allergies: NKDA. Blood products: REFUSES (Jehovah's Witness) - signed refusal on file. Cell salvage
        discussed - she declines it as well.
        SH: widow, lives alone in a ranch house, son nearby; never smoker; no alcohol.

        I met with Mrs. Solberg and her son in the surgical clinic today and examined her myself. Exam: well
        appearing, 58 kg, BP 130/72, HR 74 regular. Sternum intact. Heart: III/VI late-peaking SEM RUSB radiating to
        carotids, single S2. Lungs clear bilaterally. Abdomen benign. Extremities warm, no edema; varicosities
        absent (no conduit concern). Neuro grossly intact.

        Data: TTE 2/10/26 - severe AS, MG 44 mmHg, AVA 0.74 cm2, DVI 0.24, LVEF 60-65%. CTA 3/3 - as per
        Dr. Bergstrom; porcelain aorta absent; annulus suitable for balloon-expandable or self-expanding valve.
        Labs: Hgb 11.6 g/dL (ferritin 38), Cr 0.9.
        STS PROM 3.6% for isolated SAVR; predicted risk of transfusion with sternotomy is substantial.

        Assessment and surgical rationale:
        Symptomatic severe AS with a clear indication for AVR. From a purely technical standpoint she is a
        reasonable SAVR candidate. However, SAVR without the option of transfusion (and without cell salvage)
        at age 80 and a starting Hgb of 11.6 carries an excess risk of death from bleeding or anemia that I cannot
        mitigate adequately. TF-TAVR has minimal blood loss and an acceptable anatomy. Medical therapy is not
        appropriate. Recommendation: TF-TAVR; I concur with the interventional recommendation and will be the
        surgical member of the team for the procedure.

        Plan: IV iron + EPO pre-procedure per bloodless medicine protocol; target Hgb >12.5. Heart-team conference
        3/31. Her questions answered; son present.
        """)
    b.note("dc-2026-05-21", "2026-05-21T12:00:00-04:00", "Discharge Summary", "Dr. P. Lindgren, Cardiology (Hospitalist)", """
        DISCHARGE SUMMARY
        Admitted 5/19/26 for elective transfemoral TAVR (26 mm balloon-expandable valve) - Dr. Bergstrom and
        Dr. Achebe. Uncomplicated. Post-TAVR TTE 5/20: well-seated prosthesis, mean gradient 9 mmHg, trace PVL.
        No conduction disturbance requiring pacing; ECG with stable 1st-degree AVB. Hgb nadir 10.9, no transfusion
        (bloodless protocol). Ambulating independently.
        Access: R femoral, percutaneous closure, no hematoma; distal pulses intact. Cr stable 0.9 -> 1.0.
        Discharge meds: aspirin 81 mg daily (new), levothyroxine, lisinopril, atorvastatin.
        Instructions: no driving 1 week, no lifting > 10 lb for 1 week; call for groin swelling, fever,
        lightheadedness or new shortness of breath.
        Follow-up: Valve Clinic 30 days with TTE; cardiology (Dr. Ostrowski) 3 months; dental prophylaxis
        counseling given.
        """)
    return {
        "id": "bb-tavr-02", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": AS_DX, "date": "2026-04-07",
                    "note": "80F severe AS, now symptomatic NYHA III. Heart team recommends TF-TAVR (bloodless approach)."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                 "evidence": ["DocumentReference/echo-2026-02-10", "DocumentReference/cards-2026-02-17",
                              "DocumentReference/ic-2026-03-10", "DocumentReference/cts-2026-03-24"],
                 "rationale": "Severe AS that became symptomatic (NYHA III, angina) after the older asymptomatic note; interventional cardiologist and cardiac surgeon each examined her face-to-face and documented their rationale for TAVR over SAVR/medical therapy."},
        "traps": "older 'asymptomatic ... if symptoms develop' note superseded by newer symptomatic note; echo values only in an HTML report with velocity in cm/s; surgeon's face-to-face sentence mid-way through a long note with copy-forward HPI saying 'denies dyspnea'; TAVR procedure and discharge summary dated after the request",
    }


# ---------------------------------------------------------------------------
def tavr03():
    b = Bundle("pb03")
    b.patient("Raymond Oluwaseun", "Adebayo-Price", "male", "1949-01-22", city="Saginaw")
    b.condition("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-04-28")
    b.condition("c-copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2016-11-02")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2012-05-17")
    b.condition("c-hld", "E78.5", "Hyperlipidemia, unspecified", "2012-05-17")
    b.condition("c-exsmk", "Z87.891", "Personal history of nicotine dependence", "2016-11-02")
    b.obs("fev1-2026-03-05", "2026-03-05", "FEV1 % predicted (post-bronchodilator)", 41, "%", code="fev1-pct-pred-post", category="procedure",
          note="FEV1 1.12 L, FEV1/FVC 0.46. GOLD grade 3.")
    echo_panel(b, "echo-2026-04-28", "2026-04-28", 1.2, 23, 3.2, 62,
               extra=[comp("Dimensionless index (LVOT VTI / AV VTI)", 0.34, "1", "av-dvi"),
                      comp("Stroke volume index", 44, "mL/m2", "sv-index")],
               note="Calcified trileaflet aortic valve with mildly-moderately reduced excursion. Moderate aortic stenosis (normal flow). Normal LV size and function. RVSP 38 mmHg.",
               performer="Lakeshore Regional Echo Lab")
    b.obs("avcs-2026-05-29", "2026-05-29", "Aortic valve calcium score (Agatston, non-contrast CT)", 1100, "{score}", code="av-calcium-score", category="imaging")
    b.med("med-tio", "69120", "tiotropium 2.5 mcg/actuation inhalation spray", "2019-03-12", dose="2 inhalations once daily")
    b.med("med-albut", "435", "albuterol HFA 90 mcg/actuation", "2016-11-02", dose="2 puffs q4-6h prn")
    b.med("med-amlo", "17767", "amlodipine 10 mg oral tablet", "2013-01-08", dose="10 mg daily")
    b.med("med-atorva", "83367", "atorvastatin 40 mg oral tablet", "2012-05-17", dose="40 mg nightly")
    b.encounter("enc-ic-2026-05-26", "2026-05-26T09:00:00-04:00", "Structural heart consultation", practitioner="Dr. Warren Sutcliffe")
    b.encounter("enc-cts-2026-06-02", "2026-06-02T13:30:00-04:00", "Cardiac surgery consultation", practitioner="Dr. Miriam Feldstein")

    b.note("osh-dc-2025-12-08", "2025-12-08T14:00:00-05:00", "Discharge Summary (outside hospital, scanned)", "Dr. P. Galloway, Hospital Medicine, St. Brendan Hospital", """
        ST. BRENDAN HOSPITAL - DISCHARGE SUMMARY
        Admit 12/04/2025  Discharge 12/08/2025
        Principal dx: Acute exacerbation of COPD (viral, rhinovirus +).
        Hospital course: 76M presented with 3 days of worsening dyspnea, wheeze, purulent sputum. SpO2 86% RA on
        arrival. Treated with nebulized bronchodilators, prednisone 40 mg x5 d, doxycycline. Weaned to RA by day 3.
        CXR hyperinflation, no infiltrate. BNP 88.
        PMH: COPD, HTN, HLD, "severe aortic stenosis" (per patient - reports he was told of a "tight valve";
        no echocardiogram performed this admission; outside records not available).
        Discharge: SpO2 93% RA at rest. Follow up with PCP and pulmonology; recommend outpatient echo given murmur.
        """)
    b.note("pulm-2026-03-05", "2026-03-05T10:10:00-05:00", "Pulmonology Clinic Note", "Dr. Ana Luisa Fontaine, Pulmonary Medicine", """
        PULMONOLOGY FOLLOW-UP
        77M COPD GOLD 3 / group E after 12/2025 hospitalization. Ex-smoker 50 pk-yr, quit 2016.
        Dyspnea: mMRC 3 - stops after ~100 yards on level ground; unchanged since hospitalization. Morning cough
        with white sputum. No hemoptysis.
        PFT today: FEV1 1.12 L (41% pred) post-BD, FEV1/FVC 0.46, DLCO 48% pred. 6MWT 270 m, nadir SpO2 88% RA.
        Exam: distant breath sounds, prolonged expiration, no crackles. II/VI systolic murmur RUSB.
        A/P:
        1. Severe COPD with exertional desaturation - add LAMA/LABA combination when formulary allows; pulmonary
           rehab referral; ambulatory O2 titration next visit.
        2. Murmur with patient-reported "bad valve": TTE ordered (PCP had not obtained one).
        3. Vaccines up to date.
        """)
    b.note("ic-2026-05-26", "2026-05-26T10:05:00-04:00", "Structural Heart Consultation", "Dr. Warren Sutcliffe, Interventional Cardiology", """
        STRUCTURAL HEART CONSULT
        Referred for TAVR evaluation. Patient seen and examined in clinic.
        HPI: 77M with progressive DOE x 1 yr, now ~50-100 yards, 2-pillow orthopnea, no syncope, occasional chest
        tightness with exertion. Was told at St. Brendan's (12/2025) that he has a severe valve. COPD on inhalers.
        Exam: BP 144/80, HR 82, SpO2 93% RA. II/VI mid-peaking SEM RUSB, S2 preserved. Prolonged expiration.
        Femoral pulses 2+.
        Data: TTE 4/28 - see report.
        Assessment: Severe symptomatic aortic stenosis. He meets criteria for TAVR. STS PROM 3.1%; lung disease
        increases surgical risk.
        Plan: TAVR CTA + AV calcium score; present at heart-team conference; CT surgery evaluation (Dr. Feldstein);
        prior authorization to be submitted.
        """, encounter="enc-ic-2026-05-26")
    b.note("cts-2026-06-02", "2026-06-02T15:05:00-04:00", "Cardiac Surgery Consultation", "Dr. Miriam Feldstein, Cardiothoracic Surgery", """
        CARDIAC SURGERY CONSULTATION - heart-team evaluation
        I interviewed and examined Mr. Adebayo-Price in clinic today.

        HPI: 77M, severe COPD (FEV1 41%, exertional desaturation to 88%), HTN, HLD, referred by Dr. Sutcliffe for
        TAVR. Dyspnea at 50-100 yards, stable since his 12/2025 COPD admission per pulmonology; occasional chest
        tightness when walking in cold air. No syncope.

        Exam: BP 140/78. II/VI mid-peaking SEM RUSB with preserved A2. Prolonged expiratory phase, scattered
        wheeze. No edema.

        Data reviewed personally:
        - TTE 4/28/26: AVA 1.2 cm2, mean gradient 23 mmHg, peak velocity 3.2 m/s, DVI 0.34, SVi 44 mL/m2,
          LVEF 62%. All parameters concordant for MODERATE aortic stenosis; this is a normal-flow study, so it is
          not a low-flow/low-gradient picture that would need dobutamine echo.
        - Non-contrast CT 5/29: AV calcium score 1100 AU (well below the severe range for a man).
        - St. Brendan's "severe AS" is patient-reported; no outside echo exists.

        Assessment: Moderate calcific AS. His exertional dyspnea is explained by severe COPD with exertional
        hypoxemia. I do not find an indication for aortic valve replacement - surgical or transcatheter - at this
        time; TAVR for moderate AS is not an approved indication outside a clinical trial.
        Recommendation: medical management, pulmonary rehabilitation, repeat TTE in 6-12 months or sooner for
        new syncope, angina or decline in LVEF. Discussed with Dr. Sutcliffe; we do not agree on proceeding and the
        case will go back to heart-team conference.
        """, encounter="enc-cts-2026-06-02")
    b.note("tee-2026-07-14", "2026-07-14T11:00:00-04:00", "Transesophageal Echocardiogram Report", "Dr. K. Venkataraman, Echocardiography", """
        TEE (requested by Dr. Sutcliffe for planimetry)
        Aortic valve: trileaflet, heavily calcified. AVA by 3D planimetry 0.95 cm2. Peak velocity (transgastric)
        3.4 m/s, MG 26 mmHg. LVEF 60%. No LAA thrombus.
        Procedure: moderate sedation (midazolam/fentanyl) by anesthesia; esophageal intubation without difficulty;
        no complications. Patient recovered to baseline.
        Findings: mild MR; no vegetation; LA without thrombus; mild aortic atheroma (grade 2) in the descending aorta;
        interatrial septum intact by color Doppler.
        Impression: planimetered AVA in the severe range; Doppler gradients moderate. Discordant grading - correlate
        with calcium score and clinical picture.
        """)
    return {
        "id": "bb-tavr-03", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": AS_DX, "date": "2026-06-16",
                    "note": "Severe symptomatic AS, meets criteria for TAVR per structural heart."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.32",
                 "evidence": ["Observation/echo-2026-04-28", "DocumentReference/cts-2026-06-02"],
                 "rationale": "The only echocardiogram before the request shows moderate, normal-flow AS (AVA 1.2 cm2, MG 23 mmHg) and the cardiac surgeon documents no indication for AVR; 'severe' rests on a patient-reported outside history and an unsupported assertion, so the FDA-approved indication is not shown - physician review."},
        "traps": "interventional note asserts 'severe ... meets criteria' with no numbers; 'severe AS' only patient-reported in an outside discharge summary; measured values moderate (AVA 1.2, MG 23, normal flow); TEE planimetry suggesting severe is dated after the request",
    }


# ---------------------------------------------------------------------------
def tavr04():
    b = Bundle("pb04")
    b.patient("Dolores Marie", "Achterberg", "female", "1940-05-09", city="Holland")
    b.condition("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-07-30")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2004-02-19")
    b.condition("c-ckd", "N18.32", "Chronic kidney disease, stage 3b", "2024-10-01")
    b.condition("c-osteo", "M81.0", "Age-related osteoporosis without current pathological fracture", "2019-06-13")
    b.condition("c-falls", "Z91.81", "History of falling", "2026-07-21")
    echo_panel(b, "echo-2026-07-30", "2026-07-30", 0.6, 52, 4.7, 55,
               note="Severely calcified aortic valve, severely reduced opening. Severe aortic stenosis. Mild LVH, LVEF 55%.",
               performer="Lakeshore Regional Echo Lab")
    b.obs("sts-2026-08-25", "2026-08-25", "STS predicted risk of mortality (isolated AVR)", 7.8, "%", code="sts-prom", category="survey")
    b.med("med-amlo", "17767", "amlodipine 5 mg oral tablet", "2018-08-01", dose="5 mg daily")
    b.med("med-furo", "4603", "furosemide 20 mg oral tablet", "2026-08-25", dose="20 mg daily")
    b.med("med-atorva", "83367", "atorvastatin 10 mg oral tablet", "2016-03-15", dose="10 mg nightly")
    b.procedure("proc-cta-2026-09-01", "CT angiography chest/abdomen/pelvis, TAVR planning protocol", "2026-09-01")
    b.service_request("sr-cts-2026-08-25", "Cardiothoracic surgery consultation - heart-team evaluation (SAVR vs TAVR)", "2026-08-25",
                      requester="Dr. Yusuf Karaman, Interventional Cardiology", reason="Severe symptomatic aortic stenosis")
    b.appointment("appt-cts-2026-10-01", "2026-09-15T10:12:00-04:00", "2026-10-01T13:20:00-04:00",
                  "New patient - Cardiothoracic Surgery (Dr. N. Mbeki): heart-team AVR evaluation", practitioner="Dr. Nandi Mbeki, Cardiothoracic Surgery")
    b.encounter("enc-ic-2026-08-25", "2026-08-25T08:40:00-04:00", "Structural heart clinic", practitioner="Dr. Yusuf Karaman")
    b.encounter("enc-vasc-2026-09-08", "2026-09-08T14:00:00-04:00", "Vascular surgery consultation", practitioner="Dr. Albrecht Feld")

    b.note("pcp-2026-07-21", "2026-07-21T09:45:00-04:00", "Primary Care Office Visit", "Dr. Corinne Vos, Family Medicine", """
        PCP VISIT
        86F, HTN, CKD 3b, osteoporosis. Daughter brought her in: twice in the past month she "went gray" and had to
        sit on the stairs going up to her bedroom - no full LOC. Gets short of breath carrying laundry; now sleeps
        in recliner some nights. Fell in the garden 6/30 (tripped, no injury).
        Exam: BP 152/70, HR 76 reg. IV/VI harsh SEM RUSB with thrill, absent A2. Bibasilar crackles. 1+ edema.
        Orthostatics negative.
        A/P: exertional near-syncope + dyspnea with a loud AS murmur - suspect severe aortic stenosis.
        Urgent TTE ordered; cardiology referral; reviewed stair safety; hold on walking program.
        """)
    b.note("ic-2026-08-25", "2026-08-25T10:20:00-04:00", "Structural Heart Clinic Consultation", "Dr. Yusuf Karaman, Interventional Cardiology", """
        STRUCTURAL HEART CLINIC - INTERVENTIONAL CARDIOLOGY
        Seen and examined face-to-face today with her daughter.
        86F with HTN, CKD 3b (eGFR 38), osteoporosis, falls. Exertional near-syncope x2, NYHA III dyspnea, orthopnea.
        TTE 7/30/26: Vmax 4.7 m/s, MG 52 mmHg, AVA 0.6 cm2, LVEF 55%.
        Exam: 52 kg, BP 148/68. Harsh IV/VI SEM with thrill, absent A2, parvus et tardus. Bibasilar crackles. 1+
        edema. Gait slow, uses cane.
        STS PROM 7.8% for isolated SAVR. Frailty: gait 9.2 s / 5 m, 2 falls in 6 mo, albumin 3.3.

        Assessment: severe symptomatic AS (stage D1). My evaluation: SAVR would carry high risk given age, frailty
        and CKD; TF-TAVR is likely the better option; medical therapy/palliation discussed - patient wants
        treatment. Start furosemide 20 mg for congestion.

        Heart team for this patient: myself (interventional), Dr. Feld (vascular surgery - iliofemoral access
        assessment), and cardiothoracic surgery for the independent surgical AVR evaluation required by protocol -
        CT surgery consult ordered today. TAVR CTA 9/1.
        """, encounter="enc-ic-2026-08-25")
    b.note("vasc-2026-09-08", "2026-09-08T15:10:00-04:00", "Vascular Surgery Consultation", "Dr. Albrecht Feld, Vascular Surgery", """
        VASCULAR SURGERY CONSULT - access assessment for TAVR
        Patient examined in clinic today.
        CTA 9/1/26 reviewed: R CIA/EIA/CFA MLD 7.2 mm, L 7.0 mm; mild eccentric calcification, moderate tortuosity
        of the L EIA; no dissection; no AAA (infrarenal 2.4 cm). CFA bifurcation above femoral head bilaterally.
        Exam: femoral pulses 2+ bilaterally, no bruits; DP/PT 1+.
        Impression: suitable for transfemoral large-bore access (R preferred). No vascular contraindication.
        Percutaneous closure appropriate. I will be available for access complications.
        Cardiac surgical candidacy (SAVR) is outside my scope - deferred to cardiothoracic surgery.
        """, encounter="enc-vasc-2026-09-08")
    b.note("coord-2026-09-15", "2026-09-15T10:20:00-04:00", "Valve Clinic Coordinator Note", "T. Brandvold, RN, Valve Clinic Coordinator", """
        VALVE CLINIC RN COORDINATOR
        Called daughter re: CT surgery new-patient visit with Dr. Mbeki on 9/10 - patient did not attend (no
        transportation; daughter working). Rescheduled to 10/01/26 1:20 pm; medical transport booked.
        Checklist: TTE done 7/30; IC eval 8/25; CTA 9/1; vascular access eval 9/8; dental clearance done;
        PFTs not required. Outstanding: cardiothoracic surgery evaluation.
        Daughter aware that the surgeon visit is required before the heart-team conference and that the
        procedure date cannot be confirmed until it is done. Patient reports breathing "about the same" on
        furosemide; no falls since last visit.
        Dr. Karaman requests PA submission now so the procedure slot in October is not lost.
        """)
    return {
        "id": "bb-tavr-04", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": AS_DX, "date": "2026-09-22",
                    "note": "Severe symptomatic AS, high surgical risk. Heart team: interventional cardiology and vascular surgery."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                 "evidence": ["Observation/echo-2026-07-30", "DocumentReference/ic-2026-08-25", "DocumentReference/coord-2026-09-15"],
                 "missing": ["cardiac surgeon|cardiothoracic|cardiac surgery|CT surgery|heart surgeon|surgical evaluation|surgeon evaluation|SAVR"],
                 "rationale": "Symptomatic severe AS with a face-to-face interventional evaluation, but the required independent face-to-face cardiac surgeon evaluation is still pending (missed 9/10, rebooked 10/01); a vascular surgeon's access assessment does not substitute."},
        "traps": "vascular surgeon's face-to-face access exam is not the cardiac surgeon evaluation; CT surgery consult ordered (ServiceRequest) and rebooked Appointment after the request; coordinator asks to submit anyway",
    }


CASES = [tavr01, tavr02, tavr03, tavr04]
