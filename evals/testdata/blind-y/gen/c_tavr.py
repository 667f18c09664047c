"""NCD 20.32 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, CPT
from common import NOTE, rx, icd, case, svc_cpt
from pdflib import make_pdf, paginate

POLICY = "NCD 20.32"
SVC = svc_cpt("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach")


def echo_panel(c, oid, when, ava, mg, vmax, ef, status="final", note=None, issued=None, ident=None, enc=None, perf=None):
    S = c.site
    return c.obs(oid, [(S["flow"], "ECHO-AV-PANEL", "Aortic valve assessment")], "Aortic valve (TTE)", when,
                 status=status, category="imaging", note=note, issued=issued, identifier=ident, encounter=enc,
                 performer=perf,
                 components=[([(S["flow"], "AVA-VTI", "AVA (continuity, VTI)")], "AVA", ("q", ava, "cm2", "cm2")),
                             ([(S["flow"], "AV-MG", "AV mean gradient")], "Mean gradient", ("q", mg, "mmHg", "mm[Hg]")),
                             ([(S["flow"], "AV-VMAX", "AV peak velocity")], "Peak velocity", ("q", vmax, "m/s", "m/s")),
                             ([(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF", ("q", ef, "%", "%"))])


def tavr01():
    c = Chart("brendan", "y09", "2026-03-03T08:05:44-05:00")
    S = c.site
    c.patient("y09", "Pereira-Lund", ["Augustin"], "male", "1946-10-02", "E0561187",
              address={"city": "Bellefonte", "state": "PA", "postalCode": "16823"})
    c.organization("org-sb", "St. Brendan Regional Hospital")
    c.organization("org-bcts", "Brendan Cardiothoracic Surgeons, LLC", "Outside practice (separate EHR)")
    c.practitioner("pr-strand", "Strand", ["Helena"], "MD", "Cardiology")
    c.practitioner("pr-iturbe", "Iturbe", ["Rafael"], "MD", "Interventional Cardiology - Structural Heart")
    c.practitioner("pr-whitlock", "Whitlock", ["Constance"], "MD", "Cardiothoracic Surgery")
    c.practitioner("pr-petrov", "Petrov", ["Oleg"], "MD", "Radiation Oncology")
    c.practitioner("pr-sono9", "Ruiz", ["Daniela"], "RDCS", "Sonographer")
    c.practitioner("pr-rn9", "Abernathy", ["Joan"], "RN", "Structural Heart Coordinator")

    c.condition("cond-as9", [icd("I35.0", "Nonrheumatic aortic (valve) stenosis"), (SNOMED, "60573004", "Aortic valve stenosis")],
                "Severe aortic stenosis", recorded="2026-01-12", asserter="Practitioner/pr-strand")
    c.condition("cond-pca9", [icd("Z85.46", "Personal history of malignant neoplasm of prostate")],
                "History of prostate cancer (IMRT 2015), NED", recorded="2016-01-05")
    c.condition("cond-pca-old9", [(ICD10, "C61", "Malignant neoplasm of prostate")], "Prostate adenocarcinoma",
                recorded="2015-03-10", clinical="resolved", abatement="2015-08-30")
    c.condition("cond-ckd9", [icd("N18.2", "Chronic kidney disease, stage 2 (mild)")], "CKD 2", recorded="2022-04-01")
    c.condition("cond-htn9", [icd("I10", "Essential (primary) hypertension")], "HTN", recorded="2009-01-01")
    c.condition("cond-cat9", [icd("H25.13", "Age-related nuclear cataract, bilateral")], "Cataracts", recorded="2024-08-20")

    c.encounter("enc-echo9", "2026-01-12T09:00:00-05:00", None, "AMB", "Echo", "Practitioner/pr-sono9", org="Organization/org-sb")
    c.encounter("enc-ic9", "2026-01-20T13:00:00-05:00", None, "AMB", "New Patient Consult - Structural Heart",
                "Practitioner/pr-iturbe", org="Organization/org-sb")
    c.encounter("enc-ctsvid9", "2026-01-28T11:00:00-05:00", None, "VR", "Video Visit", "Practitioner/pr-whitlock",
                org="Organization/org-bcts")
    c.encounter("enc-cts9", "2026-02-11T09:30:00-05:00", None, "AMB", "New Patient Consult (in person)",
                "Practitioner/pr-whitlock", org="Organization/org-bcts")
    c.encounter("enc-cta9", "2026-02-02T07:45:00-05:00", None, "AMB", "CT", org="Organization/org-sb")

    echo_panel(c, "av-2026-01-12-prelim", "2026-01-12T09:20:00-05:00", 0.9, 39, 4.1, 60, status="preliminary",
               note="Sonographer preliminary worksheet - pending physician review.", perf="Practitioner/pr-sono9",
               enc="Encounter/enc-echo9", ident="ECHO-26-00412", issued="2026-01-12T09:58:00-05:00")
    echo_panel(c, "av-2026-01-12", "2026-01-12T09:20:00-05:00", 0.7, 46, 4.4, 60, status="final",
               perf="Practitioner/pr-strand", enc="Encounter/enc-echo9", ident="ECHO-26-00412",
               issued="2026-01-12T16:20:00-05:00",
               note="Final after physician review: LVOT diameter re-measured (2.2 cm), AVA 0.7 cm2; DVI 0.22.")
    echo_panel(c, "av-2026-01-12-dup", "2026-01-12T09:20:00-05:00", 0.7, 46, 4.4, 60, status="final",
               perf="Practitioner/pr-strand", enc="Encounter/enc-echo9", ident="ECHO-26-00412",
               issued="2026-01-13T02:00:00-05:00", note="Duplicate message (interface resend).")
    c.report("rpt-echo9", [(LOINC, "18748-4", "Diagnostic imaging study")], "TTE", "2026-01-12T09:20:00-05:00",
             results=["Observation/av-2026-01-12"], category="CUS", performer="Practitioner/pr-strand",
             conclusion="Severe calcific aortic stenosis: AVA 0.7 cm2, mean gradient 46 mmHg, Vmax 4.4 m/s. Normal LVEF 60%.",
             issued="2026-01-12T16:20:00-05:00", encounter="Encounter/enc-echo9")

    ic = """STRUCTURAL HEART CLINIC - NEW PATIENT       01/20/2026
Rafael Iturbe, MD (Interventional Cardiology)    Referred by: Helena Strand, MD

HPI: 79M with severe AS. Over the last 6 months: dyspnea after 1 block or half a flight of stairs,
exertional chest tightness relieved by rest, and one episode of near-syncope walking uphill
(12/2025). Stopped golfing. NYHA class III.
PMH: prostate ca 2015 s/p IMRT (PSA undetectable, NED per Dr. Petrov 10/2025), HTN, CKD 2.
Exam (in person): BP 138/70, HR 72. Harsh 3/6 late-peaking SEM RUSB to carotids, single S2.
Lungs clear. Trace edema. Femoral pulses 2+ bilat. 5-m gait 7.1 s. KCCQ-12: 42.
Echo 1/12/2026: AVA 0.7 cm2, MG 46, Vmax 4.4, EF 60%.
STS PROM 4.8% (intermediate).
Impression: symptomatic severe calcific AS (NYHA III, angina, near-syncope).
Plan: TAVR CTA; CT surgery evaluation (Dr. Whitlock); heart team review.
I personally examined the patient and reviewed the imaging."""
    c.doc("doc-ic-0120", "2026-01-20T14:35:00-05:00", NOTE["consult"][0], NOTE["consult"][1], ic,
          author="Practitioner/pr-iturbe", encounter="Encounter/enc-ic9")
    c.obs("nyha9", [(S["flow"], "NYHA", "NYHA functional class")], "NYHA", "2026-01-20T13:15:00-05:00",
          ("cc", [(S["flow"], "3", "Class III")], "III"), category="survey", encounter="Encounter/enc-ic9")
    c.obs("kccq9", [(S["flow"], "KCCQ12", "KCCQ-12 overall summary")], "KCCQ-12", "2026-01-20T13:10:00-05:00",
          ("q", 42, "{score}", "{score}"), category="survey", encounter="Encounter/enc-ic9")
    c.obs("sts9", [(S["flow"], "STS-PROM", "STS predicted risk of mortality")], "STS PROM", "2026-01-20T14:30:00-05:00",
          ("q", 4.8, "%", "%"), category="survey", encounter="Encounter/enc-ic9")

    vid = """VIDEO VISIT - CARDIAC SURGERY    01/28/2026    C. Whitlock, MD
Patient at home (daughter assisting with tablet); surgeon at office. Consent for telehealth obtained.
Introductory discussion of SAVR vs TAVR. Exam limited to visual inspection - not a substitute for
the in-person evaluation, which is scheduled for 2/11/2026."""
    c.doc("doc-ctsvid-0128", "2026-01-28T11:40:00-05:00", [(S["notetype"], "TELE", "Telemedicine Note")],
          "Telemedicine Note", vid, author="Practitioner/pr-whitlock", encounter="Encounter/enc-ctsvid9",
          custodian="Organization/org-bcts")

    cts = """BRENDAN CARDIOTHORACIC SURGEONS, LLC           FAX 814-555-0123   02/12/2026 07:58  P.001/002
CARDIAC SURGERY CONSULTATION                    Date of visit: 02/11/2026 (office, in person)
Patient: PEREIRA-LUND, AUGUSTIN    DOB 10/02/1946
Referring: R. Iturbe, MD / H. Strand, MD

HPI: 79 y/o man with severe calcific AS (AVA 0.7 cm2, MG 46 mmHg), exertional dyspnea (NYHA III),
exertional chest tightness and a near-syncopal episode in 12/2025. Prostate cancer 2015, NED.
Patient exarnined in clinic today, in person. Sternum intact, no prior cardiac surgery.
Exam: alert, thin. 3/6 SEM radiating to carotids. Lungs clear. No edema. Gait slow, uses cane
outdoors. Grip strength reduced. 5-m walk 7.1 s.
CTA 2/2/2026 reviewed: porcelain-free ascending aorta; iliofemoral access adequate.
Assessment: STS PROM 4.8%, frailty (slow gait, low grip) - intermediate surgical risk.
SAVR is technically feasible but, given age 79 and frailty, I favor transfemoral TAVR.
Rationale shared with Dr. Iturbe; heart team conference 2/18.
                                             C. Whitlock, MD  (e-signed 02/11/2026 16:02)
--- scanned to St. Brendan HIM 02/12/2026 (outside practice) ---"""
    c.doc("doc-cts-0211", "2026-02-11T16:02:00-05:00", NOTE["scan"][0], "Outside Records - Cardiac Surgery Consult",
          make_pdf(paginate(cts), title="CT surgery consult"), "application/pdf", author="Practitioner/pr-whitlock",
          encounter="Encounter/enc-cts9", custodian="Organization/org-bcts")
    cta = """CTA CHEST/ABDOMEN/PELVIS - TAVR PROTOCOL   02/02/2026
Annulus: area 4.6 cm2, perimeter 77 mm. Coronary heights: LM 12 mm, RCA 15 mm.
Moderate-severe leaflet calcification. Ascending aorta 3.8 cm, no porcelain aorta.
Iliofemoral: minimal luminal diameter R CIA/EIA/CFA 7.2 mm, L 7.6 mm; mild calcification.
Incidental: 4 mm RUL nodule (stable vs 2021). No adenopathy. No osseous lesions."""
    c.report("rpt-cta9", [(LOINC, "18748-4", "Diagnostic imaging study")], "CTA TAVR protocol", "2026-02-02T08:10:00-05:00",
             category="RAD", conclusion="Anatomy suitable for transfemoral TAVR.", presented=("text/plain", cta),
             encounter="Encounter/enc-cta9")
    onc = """RADIATION ONCOLOGY SURVIVORSHIP VISIT   10/06/2025   O. Petrov MD
Prostate adenocarcinoma Gleason 3+4 treated with IMRT 2015. PSA <0.01 ng/mL (undetectable) - 10 years
NED. No further oncology follow-up required beyond annual PSA with PCP. No oncologic limitation
on life expectancy or on cardiac procedures."""
    c.doc("doc-onc-1006", "2025-10-06T10:30:00-04:00", NOTE["progress"][0], NOTE["progress"][1], onc,
          author="Practitioner/pr-petrov")
    c.obs("psa9", [(S["lab"], "PSA", "PSA, total")], "PSA", "2025-10-06T08:30:00-04:00", ("q", 0.01, "ng/mL", "ng/mL", "<"))
    ht = """HEART TEAM CONFERENCE   02/18/2026
Present: R. Iturbe MD (interventional cardiology), C. Whitlock MD (cardiac surgery), H. Strand MD
(cardiology), J. Abernathy RN (coordinator), anesthesia, imaging.
Patient: Augustin Pereira-Lund, 79M. Symptomatic severe AS (NYHA III, angina, near-syncope).
Both Dr. Iturbe (1/20) and Dr. Whitlock (2/11) have examined the patient in person; their notes are in
the chart. STS 4.8%, frail. Prostate cancer NED - no life-limiting comorbidity.
Consensus: transfemoral TAVR (balloon-expandable, 26 mm per CTA). Tentative date 3/19/2026."""
    c.doc("doc-ht-0218", "2026-02-18T17:00:00-05:00", [(S["notetype"], "CONF", "Conference Note")], "Conference Note", ht,
          author=["Practitioner/pr-iturbe", "Practitioner/pr-whitlock"])
    c.med("med-ator9", rx("83367", "atorvastatin"), "atorvastatin 20 mg", "2012-05-01", dosage="20 mg daily")
    c.med("med-aml9", rx("17767", "amlodipine"), "amlodipine 5 mg", "2009-01-01", dosage="5 mg daily")
    c.med("med-tams9", rx("77492", "tamsulosin"), "tamsulosin 0.4 mg", "2018-07-01", dosage="0.4 mg nightly")
    c.appointment("appt-tavr9", "2026-02-18T17:10:00-05:00", "2026-03-19T07:00:00-04:00", "booked",
                  "TAVR - hybrid OR", "Practitioner/pr-iturbe", "Structural Heart")

    cs = case("by-tavr-01", "patients/y09.json", SVC,
              [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-03-03", "approve", POLICY,
              ["Observation/av-2026-01-12", "DocumentReference/doc-ic-0120", "DocumentReference/doc-cts-0211",
               "DocumentReference/doc-ht-0218"],
              rationale="Symptomatic severe AS (final echo, not the preliminary worksheet); interventional cardiologist "
                        "and cardiac surgeon each examined him in person (the video visit alone would not do, but the "
                        "scanned 02/11 office consult is in person); remote prostate cancer, no evidence of disease, "
                        "does not preclude benefit.",
              note="TF-TAVR, symptomatic severe AS, heart team consensus 2/18.")
    return cs, c


def tavr02():
    c = Chart("carver", "y10", "2026-07-14T15:31:09-05:00")
    S = c.site
    c.patient("y10", "Ibarra de Lucena", ["Consuelo"], "female", "1944-01-05", "CV5120448",
              address={"city": "Marshalltown Crossing", "state": "IA", "postalCode": "50158"},
              lang=("es", "Spanish"))
    c.organization("org-cv", "Carver Valley Medical Center")
    c.practitioner("pr-stokes", "Stokes", ["Jeremiah"], "MD", "Orthopaedic Surgery")
    c.practitioner("pr-anes10", "Holm", ["Berit"], "MD", "Anesthesiology")
    c.practitioner("pr-deshmukh", "Deshmukh", ["Anjali"], "MD", "Interventional Cardiology")
    c.practitioner("pr-falk", "Falk", ["Mateus"], "MD", "Cardiac Surgery")
    c.practitioner("pr-yoder", "Yoder", ["Dana"], "RN", "Structural Heart Coordinator")
    c.practitioner("pr-read10", "Kessler", ["Ruth"], "MD", "Cardiology - Echocardiography")

    c.condition("cond-as10", [icd("I35.0", "Nonrheumatic aortic (valve) stenosis")], "Severe aortic stenosis",
                recorded="2026-05-19")
    c.condition("cond-hip10", [icd("M16.11", "Unilateral primary osteoarthritis, right hip")], "R hip OA",
                recorded="2024-10-02")
    c.condition("cond-htn10", [icd("I10", "Essential (primary) hypertension")], "HTN", recorded="2010-01-01")
    c.condition("cond-hypo10", [icd("E03.9", "Hypothyroidism, unspecified")], "Hypothyroidism", recorded="2012-01-01")

    c.encounter("enc-ortho10", "2026-05-12T10:00:00-05:00", None, "AMB", "Pre-op Visit", "Practitioner/pr-stokes",
                org="Organization/org-cv")
    c.encounter("enc-anes10", "2026-05-14T13:00:00-05:00", None, "AMB", "Pre-Anesthesia Evaluation",
                "Practitioner/pr-anes10", org="Organization/org-cv")
    c.encounter("enc-echo10", "2026-05-19T08:00:00-05:00", None, "AMB", "Echo", "Practitioner/pr-read10",
                org="Organization/org-cv")
    c.encounter("enc-ic10", "2026-06-09T09:00:00-05:00", None, "AMB", "New Patient Consult", "Practitioner/pr-deshmukh",
                org="Organization/org-cv")
    c.encounter("enc-cts10", "2026-06-23T14:00:00-05:00", None, "AMB", "New Patient Consult", "Practitioner/pr-falk",
                org="Organization/org-cv")

    ortho = """ORTHOPAEDICS PRE-OP VISIT   05/12/2026   J. Stokes MD
82F, Spanish-speaking, here with daughter. Severe R hip OA, failed injections/PT. Ambulates with
walker at home, wheelchair for distance because of hip pain.
Plan: R THA, tentative 6/2026 pending medical and anesthesia clearance."""
    c.doc("doc-ortho-0512", "2026-05-12T10:40:00-05:00", NOTE["progress"][0], NOTE["progress"][1], ortho,
          author="Practitioner/pr-stokes", encounter="Encounter/enc-ortho10")
    anes = """PRE-ANESTHESIA EVALUATION   05/14/2026   B. Holm MD
Hx obtained through daughter (declines formal interpreter). Limited history.
Exam: grade III/VI harsh systolic ejection murmur RUSB radiating to carotids, soft S2.
Plan: TTE before anesthesia clearance. Surgery on hold."""
    c.doc("doc-anes-0514", "2026-05-14T13:50:00-05:00", NOTE["consult"][0], "Anesthesia Pre-Procedure Evaluation", anes,
          author="Practitioner/pr-anes10", encounter="Encounter/enc-anes10")
    echo_panel(c, "av-2026-05-19", "2026-05-19T08:25:00-05:00", 0.8, 42, 4.1, 58, perf="Practitioner/pr-read10",
               enc="Encounter/enc-echo10")
    c.report("rpt-echo10", [(LOINC, "18748-4", "Diagnostic imaging study")], "TTE", "2026-05-19T08:25:00-05:00",
             results=["Observation/av-2026-05-19"], category="CUS", performer="Practitioner/pr-read10",
             conclusion="Severe aortic stenosis (AVA 0.8 cm2, MG 42 mmHg, Vmax 4.1 m/s). LVEF 58%. Mild MR.",
             encounter="Encounter/enc-echo10")

    ic = """INTERVENTIONAL CARDIOLOGY - NEW PATIENT CONSULT     06/09/2026
Anjali Deshmukh, MD

Reason for referral (per referral letter): "severe AS found on pre-op echo for R hip arthroplasty;
please evaluate for valve intervention before THA."
HPI: 82F referred for severe AS as above. Lives with daughter. Uses walker for hip OA.
ROS / functional history: UNABLE TO COMPLETE - in-person Spanish interpreter not available today,
phone interpreter line down; daughter declined to interpret clinical questions. To be completed
at next visit with interpreter.
Exam (in person): BP 146/72, HR 70 reg. 3/6 late-peaking SEM RUSB -> carotids, single S2, delayed
carotid upstroke. Lungs clear. No JVD. 1+ ankle edema L>R (chronic per daughter). Femoral pulses 2+.
Echo 5/19/2026: AVA 0.8 cm2, MG 42 mmHg, Vmax 4.1 m/s, EF 58%.
Impression: severe calcific AS.
Plan: TAVR CTA, cardiac surgery consult, heart team. Follow-up with interpreter."""
    c.doc("doc-ic-0609", "2026-06-09T10:20:00-05:00", NOTE["consult"][0], NOTE["consult"][1], ic,
          author="Practitioner/pr-deshmukh", encounter="Encounter/enc-ic10")
    c.obs("nyha10", [(S["flow"], "NYHA", "NYHA Class")], "NYHA Class", "2026-06-09T09:10:00-05:00",
          category="survey", encounter="Encounter/enc-ic10", dar=("not-asked", "Not Asked"),
          note="Not obtained - interpreter unavailable.")
    c.obs("kccq10", [(S["flow"], "KCCQ12", "KCCQ-12 overall summary")], "KCCQ-12", "2026-06-09T09:10:00-05:00",
          status="cancelled", category="survey", encounter="Encounter/enc-ic10",
          note="Not administered - Spanish version/interpreter not available.")
    cts = """CARDIAC SURGERY CONSULT    06/23/2026    Mateus Falk, MD
82F with severe AS (AVA 0.8, MG 42) found on pre-op TTE; hip surgery on hold.
History limited (Spanish-speaking; video interpreter connection failed twice); history per
Dr. Deshmukh's 6/9 note and daughter's brief answers about her medications.
Examined in clinic in person: frail, walker. 3/6 SEM. Sternum intact. Lungs clear.
CTA 6/16: annulus suitable for TAVR; iliofemorals 6.8/7.0 mm.
Assessment: STS PROM 6.2%; frailty, age 82, need for hip arthroplasty - high surgical risk for SAVR.
If valve replacement is indicated, TF-TAVR is preferable to SAVR. Discussed with Dr. Deshmukh."""
    c.doc("doc-cts-0623", "2026-06-23T15:05:00-05:00", NOTE["consult"][0], NOTE["consult"][1], cts,
          author="Practitioner/pr-falk", encounter="Encounter/enc-cts10")
    c.report("rpt-cta10", [(LOINC, "18748-4", "Diagnostic imaging study")], "CTA TAVR protocol", "2026-06-16T07:30:00-05:00",
             category="RAD", conclusion="Annulus perimeter 70 mm; adequate iliofemoral access (6.8/7.0 mm).")
    ht = """STRUCTURAL HEART TEAM CONFERENCE   07/08/2026
Present: A. Deshmukh MD (IC), M. Falk MD (CT surgery), D. Yoder RN.
82F, severe AS (AVA 0.8 cm2, MG 42 mmHg, Vmax 4.1), EF 58%. Evaluated in person by IC 6/9 and
CT surgery 6/23. STS 6.2%, frail.
Consensus: transfemoral TAVR preferred over SAVR. Coordinator to submit prior authorization.
Ortho to defer THA until after TAVR."""
    c.doc("doc-ht-0708", "2026-07-08T16:30:00-05:00", [(S["notetype"], "CONF", "Conference Note")], "Conference Note", ht,
          author=["Practitioner/pr-deshmukh", "Practitioner/pr-falk"])
    c.med("med-levo10", rx("10582", "levothyroxine"), "levothyroxine 50 mcg", "2012-01-01", dosage="50 mcg daily")
    c.med("med-los10", rx("52175", "losartan"), "losartan 50 mg", "2015-01-01", dosage="50 mg daily")
    c.appointment("appt-ic10", "2026-07-08T16:40:00-05:00", "2026-07-28T09:00:00-05:00", "booked",
                  "IC follow-up WITH SPANISH INTERPRETER (in person, booked)", "Practitioner/pr-deshmukh", "Cardiology")
    # after the request
    c.encounter("enc-ic10b", "2026-07-28T09:00:00-05:00", None, "AMB", "Return Patient Visit", "Practitioner/pr-deshmukh",
                org="Organization/org-cv")
    c.doc("doc-ic-0728", "2026-07-28T10:00:00-05:00", NOTE["progress"][0], NOTE["progress"][1],
          "IC FOLLOW-UP 07/28/2026 (in-person interpreter #4471)\nFunctional history now obtained: dyspnea after ~20 feet "
          "with walker, exertional chest pressure x 3 months, two episodes of lightheadedness. NYHA III.",
          author="Practitioner/pr-deshmukh", encounter="Encounter/enc-ic10b")
    c.obs("nyha10b", [(S["flow"], "NYHA", "NYHA Class")], "NYHA Class", "2026-07-28T09:20:00-05:00", ("s", "III"),
          category="survey", encounter="Encounter/enc-ic10b")

    cs = case("by-tavr-02", "patients/y10.json", SVC,
              [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-07-14", "request_info", POLICY,
              ["Observation/av-2026-05-19", "DocumentReference/doc-ic-0609", "DocumentReference/doc-cts-0623"],
              missing=["symptom|symptoms|symptomatic|symptom status|NYHA|functional class|dyspnea|angina|syncope"],
              rationale="Severe AS with in-person interventional cardiology and cardiac surgery evaluations and heart "
                        "team consensus, but no symptom history was obtained before the request (interpreter not "
                        "available; NYHA not asked, KCCQ cancelled). Coverage is for symptomatic AS. The 07/28 history "
                        "is dated after the request.",
              note="TAVR - severe AS, heart team approved 7/8.")
    return cs, c


CASES = [tavr01, tavr02]
