"""NCD 20.32 cases (TAVR)."""
from lib import *

SVC = {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"}


def echo_set(c, prefix, when, vmax_cms, mg, ava, lvef, issued, performer, conclusion, rid):
    ids = []
    c.obs(prefix + "v", c.lc("AV-VMAX", "Aortic valve peak velocity"), when, ("Quantity", Q(vmax_cms, "cm/s")), category="imaging"); ids.append(prefix + "v")
    c.obs(prefix + "g", c.lc("AV-MG", "Aortic valve mean gradient"), when, ("Quantity", Q(mg, "mm[Hg]")), category="imaging"); ids.append(prefix + "g")
    c.obs(prefix + "a", c.lc("AV-AVA-VTI", "Aortic valve area (continuity, VTI)"), when, ("Quantity", Q(ava, "cm2")), category="imaging"); ids.append(prefix + "a")
    c.obs(prefix + "ef", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", "LVEF"), when, ("Quantity", Q(lvef, "%")), category="imaging"); ids.append(prefix + "ef")
    c.report(rid, c.lc("TTE", "Transthoracic echocardiogram, complete"), when, conclusion, results=ids, performer=performer, issued=issued,
             category_text="Echocardiography")


def tavr01():
    c = Chart("ph09", "ET", "https://fhir.chesapeake-heart.example/R4", "https://fhir.chesapeake-heart.example/CodeSystem/cvis", "MD")
    c.patient("Marchetti", ["Eugene", "F."], "male", "1944-10-02", "Towson", "21204", "CHI-0049912", line="22 Dunkirk Rd")
    c.practitioner("ic-feng", "Feng", ["Wei"], prefix="Dr.", suffix="MD", qual="MD - Interventional cardiology / structural heart disease")
    c.practitioner("cts-okonkwo", "Okonkwo", ["Adaeze"], prefix="Dr.", suffix="MD", qual="MD - Cardiothoracic surgery")
    c.practitioner("gc-lindqvist", "Lindqvist", ["Harold"], prefix="Dr.", suffix="MD", qual="MD - Cardiovascular disease (general, non-invasive)")
    c.practitioner("rn-sorensen", "Sorensen", ["Beth"], suffix="RN, BSN", qual="Valve clinic nurse coordinator")

    c.condition("cnd-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-09-17 10:00", snomed=("60573004", "Aortic valve stenosis"),
                text="Aortic stenosis (radiation-associated valve disease suspected)")
    c.condition("cnd-ckd", "N18.32", "Chronic kidney disease, stage 3b", "2025-03-11 10:00")
    c.condition("cnd-hl", "Z85.71", "Personal history of Hodgkin lymphoma", "2009-01-05 10:00", note="Mantle-field radiation 1980. In remission since.")
    c.condition("cnd-htn", "I10", "Essential (primary) hypertension", "2009-01-05 10:00")

    echo_set(c, "tte0402", "2026-04-02 09:30", 440, 46, 0.72, 55, "2026-04-02 15:10", "gc-lindqvist",
             "Severe calcific aortic stenosis: peak velocity 4.4 m/s, mean gradient 46 mmHg, AVA 0.72 cm2 (VTI), DVI 0.22. "
             "Normal LV size, mild concentric LVH, LVEF 55%. Mild MR. RVSP 34 mmHg.", "dr-tte-0402")
    c.obs("sts-0520", c.lc("STS-PROM", "STS predicted risk of mortality (AVR)"), "2026-05-20 10:30", ("Quantity", Q(6.2, "%")),
          category="survey", performer="cts-okonkwo")
    c.obs("egfr-0520", cc(LOINC, "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "eGFR"),
          "2026-05-20 08:15", ("Quantity", Q(38, "mL/min/{1.73_m2}")))
    c.report("dr-ct-0527", c.lc("CT-TAVR", "CT angiography, TAVR planning (chest/abdomen/pelvis)"), "2026-05-27 11:00",
             "Tricuspid, heavily calcified aortic valve. Annulus area 452 mm2, perimeter 76.8 mm. Coronary heights L 12 mm / R 15 mm. "
             "Ascending aorta 36 mm with dense wall calcification (partial porcelain aorta). Pericardial thickening, anterior. "
             "Iliofemoral minimal luminal diameters R 7.4 mm / L 7.1 mm, moderate calcification, suitable for transfemoral access.",
             performer="ic-feng", issued="2026-05-28 09:00", category_text="Radiology")

    c.encounter("enc-vv-0504", "VR", "Structural heart - video visit", "2026-05-04 13:00", "2026-05-04 13:35", who="ic-feng")
    c.encounter("enc-cts-0520", "AMB", "Cardiac surgery clinic - new patient", "2026-05-20 09:40", "2026-05-20 10:45", who="cts-okonkwo")
    c.encounter("enc-shc-0601", "AMB", "Structural heart clinic - follow-up", "2026-06-01 14:00", "2026-06-01 14:50", who="ic-feng")

    c.note("nt-ref-0414", "2026-04-14 16:00", "11488-4", "Consult note", "gc-lindqvist", """CHESAPEAKE HEART INSTITUTE - Towson office
April 14, 2026

Dr. Wei Feng, Structural Heart Program

Re: Eugene F. Marchetti, DOB 10/02/1944

Dear Wei,

I would be grateful if you would see Mr. Marchetti, an 81-year-old retired pharmacist whose aortic stenosis has progressed. Over the winter he has become short of breath walking about a block and has had two episodes of near-fainting climbing the stairs to his second-floor apartment in March - he had to sit on the steps until it passed. He no longer carries groceries up. I would call him NYHA class III. No chest pain.

Echo 4/2/26: peak velocity 4.4 m/s, mean gradient 46 mmHg, AVA 0.72 cm2, EF 55% (was 3.6 m/s, 28 mmHg in 9/2024).

Relevant history: Hodgkin lymphoma treated with mantle radiation in 1980, in remission; I suspect radiation-associated valve disease. CKD 3b (eGFR high 30s), HTN. He lives alone, still drives, manages his own medicines and finances. MoCA 24/30 last year (education 18 years).

Medications: amlodipine 5 mg, atorvastatin 20 mg, aspirin 81 mg.

Many thanks,
Harold Lindqvist, MD
""", title="Referral letter - structural heart")

    c.note("nt-vv-0504", "2026-05-04 13:40", "11506-3", "Progress note", "ic-feng", """STRUCTURAL HEART PROGRAM - VIDEO VISIT (telehealth)
05/04/2026 13:00-13:35   Wei Feng, MD
Patient at home (Towson, MD); daughter present. Consent for video visit obtained.

HPI: 81M with severe AS referred by Dr. Lindqvist. DOE at ~1 block, 2 near-syncopal episodes on stairs in March, none since he started taking the elevator at his daughter's. No angina. No orthopnea.
Exam: limited to video inspection - alert, conversant in full sentences, no visible respiratory distress, no visible ankle edema on camera. Auscultation not possible.
Data reviewed: TTE 4/2/26 severe AS (4.4 m/s, MG 46, AVA 0.72), EF 55%.
Impression: symptomatic severe AS, prior mediastinal radiation.
Plan: CT TAVR protocol; cardiac surgery consult (Dr. Okonkwo); in-person structural clinic visit with me after CT; STS/frailty assessment.
""", title="Structural heart video visit", encounter="enc-vv-0504")

    c.note("nt-cts-0520", "2026-05-20 11:05", "11488-4", "Consult note", "cts-okonkwo", fixed([
        "CHESAPEAKE HEART INSTITUTE - CARDIAC SURGERY CONSULTATION",
        "DOS: 05/20/2026    SURGEON: ADAEZE OKONKWO, MD    LOCATION: CTS CLINIC, 4TH FL",
        "PT: MARCHETTI, EUGENE F    DOB 10/02/1944    MRN CHI-0049912",
        "-" * 78,
        "REASON: SURGICAL EVALUATION FOR SEVERE AS - SAVR VS TAVR",
        "",
        "HPI: 81M, symptomatic severe AS (DOE 1 block, exertional near-syncope x2),",
        "mantle radiation 1980 for Hodgkin. CKD 3b. Lives alone, independent ADLs.",
        "",
        "EXAM (in person): BP 146/70 HR 72 SpO2 96% RA. Wt 74 kg. Chest wall with",
        "radiation skin changes, anterior. 3/6 late-peaking SEM RUSB radiating to",
        "carotids, soft A2. Carotid upstroke delayed. Lungs clear. No edema.",
        "FRAILTY: 5-m gait 7.2 s (slow), grip 22 kg (low), Katz ADL 6/6.",
        "",
        "RISK: STS PROM 6.2%. Prior mantle radiation -> hostile mediastinum,",
        "radiation-associated pericardial/aortic changes; partial porcelain aorta",
        "likely (CT pending).",
        "",
        "IMPRESSION: I have examined Mr. Marchetti personally today. He is a poor",
        "candidate for SAVR: prior chest radiation (hostile mediastinum, likely",
        "porcelain ascending aorta), frailty, STS 6.2%. I recommend transfemoral",
        "TAVR if CT anatomy is suitable. Medical/palliative therapy discussed and",
        "not preferred by patient. Rationale shared with heart team.",
        "",
        "A. OKONKWO, MD",
    ]), title="Cardiac surgery consultation", encounter="enc-cts-0520")

    c.note("nt-shc-0601", "2026-06-01 15:05", "11506-3", "Progress note", "ic-feng", """STRUCTURAL HEART CLINIC - IN-PERSON VISIT
06/01/2026   Wei Feng, MD (interventional cardiology)

HPI (copied from 05/04/2026 video visit, reviewed and updated): 81M with severe AS referred by Dr. Lindqvist. DOE at ~1 block, 2 near-syncopal episodes on stairs in March, none since he started taking the elevator at his daughter's. No angina. No orthopnea.
Update today: unchanged; now also stops halfway across the parking lot.

Today's visit was in person in the structural heart clinic; I examined the patient.
Exam: BP 142/72, HR 70 regular, SpO2 97% RA, wt 74 kg. JVP not elevated. Harsh 3/6 late-peaking crescendo-decrescendo systolic murmur at RUSB radiating to both carotids, single S2. Pulsus parvus et tardus. Lungs clear. Femoral pulses 2+ bilaterally, no bruits. No edema.

CT TAVR 5/27: annulus area 452 mm2 / perimeter 76.8 mm, coronary heights adequate, partial porcelain ascending aorta, iliofemoral MLD 7.4/7.1 mm - suitable for transfemoral access.
Labs: eGFR 38 (5/20). STS PROM 6.2% (Dr. Okonkwo).

Assessment: symptomatic severe calcific AS (NYHA III, exertional near-syncope) with prior mediastinal radiation and partial porcelain aorta. I agree with Dr. Okonkwo that SAVR risk is prohibitive-to-high and TF-TAVR is the best option; his comorbidities (CKD 3b, remote lymphoma in remission, mild cognitive findings with full independence) do not preclude benefit - expected survival and quality of life gain are good.
Plan: heart team conference 6/3; contrast-sparing protocol for CKD; dental clearance done 5/29.
""", title="Structural heart clinic note", encounter="enc-shc-0601")

    c.note("nt-ht-0603", "2026-06-03 17:30", "11506-3", "Progress note", ["ic-feng", "cts-okonkwo"], """<html><body>
<h3>Multidisciplinary Heart Valve Team Conference</h3>
<p><b>Date:</b> 06/03/2026 &nbsp; <b>Patient:</b> Eugene F. Marchetti (81M)</p>
<p><b>Present:</b> W. Feng MD (interventional cardiology), A. Okonkwo MD (cardiac surgery), H. Lindqvist MD (general cardiology), cardiac anesthesia, imaging, B. Sorensen RN (coordinator)</p>
<table border="1"><tr><td>Diagnosis</td><td>Severe symptomatic AS (Vmax 4.4 m/s, MG 46 mmHg, AVA 0.72 cm&sup2;), LVEF 55%</td></tr>
<tr><td>Symptoms</td><td>NYHA III dyspnea; exertional near-syncope x2</td></tr>
<tr><td>Surgical risk</td><td>STS 6.2%; prior mantle radiation; partial porcelain aorta; frailty (gait 7.2 s)</td></tr>
<tr><td>Face-to-face evaluations</td><td>Cardiac surgery 05/20/2026 (in clinic); interventional cardiology 06/01/2026 (in clinic). Prior 05/04 IC contact was video only.</td></tr></table>
<p><b>Consensus:</b> transfemoral TAVR, balloon-expandable valve size per CT. SAVR not recommended (hostile chest). Comorbidities do not preclude expected benefit. Patient and daughter informed and in agreement.</p>
<p><b>Next:</b> schedule TF-TAVR, target late June. Prior authorization to be submitted.</p>
</body></html>""", ctype="text/html", title="Heart team conference")

    # after the request date
    c.proc("proc-tavr", {"coding": [{"system": CPT, "code": "33361", "display": "TAVR, percutaneous femoral approach"}], "text": "TF-TAVR"},
           "2026-06-23 08:30", performer="ic-feng", outcome="Successful TF-TAVR, 26 mm balloon-expandable valve. No paravalvular leak.")

    gold = {"recommendation": "approve", "policy": "NCD 20.32",
            "evidence": ["DiagnosticReport/dr-tte-0402", "DocumentReference/nt-ref-0414", "DocumentReference/nt-cts-0520", "DocumentReference/nt-shc-0601"],
            "missing": [],
            "rationale": "Symptomatic severe AS (NYHA III, exertional near-syncope). Cardiac surgeon (05/20) and interventional cardiologist (06/01, in person; 05/04 was video only) each examined the patient face-to-face and documented suitability and rationale. Comorbidities documented as not precluding benefit."}
    k = case("bh-tavr-01", "patients/ph09.json", SVC, [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-06-09", gold,
             note="TF-TAVR, symptomatic severe AS, heart team 6/3/2026.")
    return c, "2026-06-24 09:00", k


def tavr02():
    c = Chart("ph10", "CT", "https://ehr.bluffcity-health.example/fhir", "urn:oid:2.16.840.1.113883.3.9182.55.1", "TN")
    c.patient("Stroud", ["Beverly", "Ann"], "female", "1949-01-25", "Germantown", "38138", "BCH-6620133", line="7710 Poplar Pike")
    c.practitioner("prov-ibarra", "Ibarra", ["Rafael"], prefix="Dr.", suffix="MD", qual="MD - Interventional cardiology")
    c.practitioner("prov-moy", "Moy", ["Catherine"], prefix="Dr.", suffix="MD", qual="MD - Cardiothoracic surgery")
    c.practitioner("prov-tillman", "Tillman", ["Jerome"], prefix="Dr.", suffix="MD", qual="MD - Internal medicine")

    c.condition("pr-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-06-16 15:00", snomed=("60573004", "Aortic valve stenosis"))
    c.condition("pr-hypo", "E03.9", "Hypothyroidism, unspecified", "2011-05-03 09:00")
    c.condition("pr-hld", "E78.5", "Hyperlipidemia, unspecified", "2011-05-03 09:00")

    c.obs("lab-tsh-0610", cc(LOINC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH"), "2026-06-10 08:05", ("Quantity", Q(11.2, "m[IU]/L")),
          interp="High")
    c.obs("lab-tsh-0801", cc(LOINC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH"), "2026-08-01 08:10", ("Quantity", Q(2.4, "m[IU]/L")))
    echo_set(c, "tte0616", "2026-06-16 10:00", 420, 41, 0.86, 62, "2026-06-16 14:00", "prov-ibarra",
             "Severe aortic stenosis: Vmax 4.2 m/s, mean gradient 41 mmHg, AVA 0.86 cm2 (AVAi 0.49 cm2/m2). Normal LV size, LVEF 62%, grade I diastolic dysfunction.",
             "dr-tte-0616")
    c.obs("lab-ntbnp-0804", cc(LOINC, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP"),
          "2026-08-04 09:40", ("Quantity", Q(180, "pg/mL")))
    c.report("dr-ett-0818", c.lc("ETT-BRUCE", "Exercise treadmill test (Bruce)"), "2026-08-18 10:15",
             "Exercised 8 min 30 s, Bruce protocol, 10.1 METs. Peak HR 128 (89% of age-predicted). BP 132/74 -> 178/82. "
             "No chest pain, no limiting dyspnea, no lightheadedness. No ST changes, no arrhythmia. Stopped at target HR (leg fatigue). "
             "Normal functional capacity; no exercise-induced symptoms or hemodynamic compromise.", performer="prov-ibarra",
             issued="2026-08-18 15:00", category_text="Cardiology")
    c.medreq("rx-levo", rx("10582", "levothyroxine", "levothyroxine 100 mcg tablet"), "2026-06-12 11:20", dosage="100 mcg PO daily (increased from 75 mcg)",
             requester="prov-tillman")

    c.note("doc-pcp-ref", "2026-06-20 10:00", "11488-4", "Consult note", "prov-tillman", """BLUFF CITY INTERNAL MEDICINE
June 20, 2026

Rafael Ibarra, MD - Structural Heart Clinic

RE: Beverly A. Stroud, DOB 01/25/1949

Dear Dr. Ibarra,

Referring Mrs. Stroud, 77, for symptomatic severe aortic stenosis. A murmur has been followed for years; echo 6/16 now shows a peak velocity of 4.2 m/s, mean gradient 41, AVA 0.86, EF 62%. She has been more fatigued this spring and naps most afternoons. Note her TSH was 11.2 on 6/10 (underreplaced hypothyroidism); I increased levothyroxine to 100 mcg on 6/12.

PMH: hypothyroidism, hyperlipidemia. No diabetes, no CKD, no lung disease. Meds: levothyroxine 100 mcg, rosuvastatin 10 mg.

Please evaluate for TAVR.
Jerome Tillman, MD
""", title="PCP referral letter")

    c.note("doc-ic-0804", "2026-08-04 11:20", "11488-4", "Consult note", "prov-ibarra", """STRUCTURAL HEART CLINIC - NEW PATIENT CONSULTATION (in person)
08/04/2026   Rafael Ibarra, MD

Reason: severe AS, referred by Dr. Tillman for TAVR evaluation.

HPI: 77F. She walks 2 miles most mornings with a neighbor at a brisk pace, gardens, and climbs two flights to her sewing room without stopping. The afternoon fatigue she had in the spring "went away in July" after her thyroid dose was increased; she no longer naps. Denies exertional dyspnea, chest pain/pressure, lightheadedness, near-syncope or syncope, palpitations, orthopnea, PND, leg swelling.

ROS (templated): Constitutional: negative for fatigue, weight loss, fever. CV: negative for chest pain, dyspnea on exertion, syncope, edema. Resp: negative for cough, wheeze. Neuro: negative for dizziness, focal weakness. All other systems reviewed and negative.

Exam: BP 128/72, HR 66, SpO2 98%. 3/6 mid-to-late peaking SEM RUSB to carotids, A2 present. Lungs clear. No edema.
Data: TTE 6/16/26 severe AS (4.2 m/s, MG 41, AVA 0.86), EF 62%. TSH 2.4 (8/1). NT-proBNP 180 today.

Assessment: severe aortic stenosis, asymptomatic by history; normal LV function.
Plan: exercise treadmill test to look for concealed symptoms; cardiac surgery consult (Dr. Moy); present at heart team.
""", title="Structural heart consult")

    c.note("doc-ett-0818", "2026-08-18 15:05", "11506-3", "Progress note", "prov-ibarra", fixed([
        "BLUFF CITY HEART - EXERCISE TREADMILL TEST REPORT           08/18/2026",
        "PT: STROUD, BEVERLY A    77F    MRN BCH-6620133    REF: R. IBARRA MD",
        "INDICATION: SEVERE ASYMPTOMATIC AS - SYMPTOM ASSESSMENT",
        "-" * 72,
        "PROTOCOL: BRUCE      DURATION: 8:30      WORKLOAD: 10.1 METS",
        "STAGE   TIME   HR    BP        SYMPTOMS",
        "REST    0:00   68    132/74    NONE",
        "1       3:00   98    146/76    NONE",
        "2       6:00   114   164/78    NONE",
        "3       8:30   128   178/82    LEG FATIGUE AT TARGET HR",
        "REC 3   -      88    150/76    NONE",
        "-" * 72,
        "ECG: NO ST DEVIATION. NO ARRHYTHMIA.",
        "SYMPTOMS: NONE (NO CHEST PAIN, NO LIMITING DYSPNEA, NO PRESYNCOPE).",
        "BP RESPONSE: APPROPRIATE RISE. NO HYPOTENSION.",
        "CONCLUSION: NORMAL EXERCISE CAPACITY FOR AGE/SEX. ASYMPTOMATIC.",
        "SUPERVISING: R. IBARRA MD",
    ]), title="ETT report")

    c.note("doc-cts-0825", "2026-08-25 12:15", "11488-4", "Consult note", "prov-moy", """<html><body>
<h3>Cardiothoracic Surgery Consultation</h3>
<p>08/25/2026 &middot; Catherine Moy, MD &middot; in-person clinic visit</p>
<p><b>HPI:</b> 77F with severe AS found on surveillance echo. Active (walks 2 mi/day). Denies dyspnea, angina, syncope. Normal ETT 8/18 (10.1 METs, no symptoms).</p>
<p><b>Exam:</b> I examined her today. BP 130/70. Grade 3/6 SEM RUSB. Sternum intact. Lungs clear.</p>
<p><b>Risk:</b> STS PROM 2.1%. Low surgical risk.</p>
<p><b>Assessment:</b> asymptomatic severe AS with preserved EF and normal exercise test. Options are surveillance every 6 months with prompt intervention at symptom onset, or early intervention. She has read about early TAVR for asymptomatic patients and strongly prefers TAVR now rather than waiting. From a surgical standpoint SAVR and TAVR are both reasonable; TF anatomy pending CT.</p>
</body></html>""", ctype="text/html", title="Cardiac surgery consult")

    c.note("doc-ht-0910", "2026-09-10 17:00", "11506-3", "Progress note", ["prov-ibarra", "prov-moy"], """HEART VALVE TEAM CONFERENCE - 09/10/2026
Attendees: R. Ibarra MD (IC), C. Moy MD (CT surgery), imaging, anesthesia, coordinator

Patient: Beverly A. Stroud, 77F
Valve: severe AS (Vmax 4.2, MG 41, AVA 0.86), LVEF 62%, NT-proBNP 180.
Symptoms: none by history (IC 8/4, CTS 8/25); normal ETT 8/18 (10.1 METs, asymptomatic). Spring fatigue attributed to hypothyroidism, resolved with dose increase.
CT TAVR 9/2: annulus 21.9 mm mean diameter, TF access suitable.
Evaluations: IC and CT surgery each saw patient in person.
Discussion: asymptomatic severe AS. Guideline-directed options reviewed. Patient prefers early TF-TAVR.
Decision: proceed with TF-TAVR per patient preference. Prior authorization to be submitted.
""", title="Heart team conference")

    # after the request date
    c.note("doc-fu-1005", "2026-10-05 09:30", "34748-4", "Telephone encounter Note", "prov-ibarra", """Phone - 10/05/2026 - coordinator for Dr. Ibarra
Pt asking about TAVR date. Mentions mild breathlessness hurrying up the church steps last Sunday "maybe from my cold". Advised to report any chest pain/fainting; appointment 10/12 to reassess.
""", title="Telephone encounter")

    gold = {"recommendation": "refer", "policy": "NCD 20.32",
            "evidence": ["DocumentReference/doc-ic-0804", "DiagnosticReport/dr-ett-0818", "DocumentReference/doc-ht-0910"],
            "missing": [],
            "rationale": "NCD covers TAVR for symptomatic AS; chart documents asymptomatic severe AS (negative ROS, normal ETT, heart team calls it asymptomatic). Referral letter's 'symptomatic' rests on fatigue later attributed to hypothyroidism and resolved. Post-request symptom report does not count."}
    k = case("bh-tavr-02", "patients/ph10.json", SVC, [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-09-22", gold,
             note="Symptomatic severe AS; heart team recommends TF-TAVR.")
    return c, "2026-10-06 08:00", k


def build():
    return [tavr01(), tavr02()]
