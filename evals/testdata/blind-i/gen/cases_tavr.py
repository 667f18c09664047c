"""NCD 20.32 cases (TAVR, CPT 33361)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, CPT

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SVC = {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"}


def tavr01():
    c = Chart("pi09", "WA", "https://fhir.inwheart.example/r4")
    E = "http://fhir.inwheart.example/CodeSystem/echo-measure"
    c.patient("Brandt", ["Walter", "F."], "male", "1942-11-07", "Spokane", "99203", "INH-0067215",
              "1117 E 29th Ave", "509-555-0191")
    ic = c.prac("pr-serrano", "Serrano", ["Miguel"], "Dr.", "MD", ["Interventional Cardiology", "Structural Heart Disease"])
    cts = c.prac("pr-doyle", "Doyle", ["Katherine"], "Dr.", "MD", ["Thoracic and Cardiac Surgery"])
    gc = c.prac("pr-whitaker", "Whitaker", ["Paul"], "Dr.", "MD", ["Cardiovascular Disease"])
    org = c.org("org-inhi", "Inland Northwest Heart Institute", "Spokane", "Hospital heart program")

    c.cond("cond-9101", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-10-15 14:00", recorder=gc,
           note="Moderate 10/2024; severe 03/2026.")
    c.cond("cond-9102", "N18.32", "Chronic kidney disease, stage 3b", "2023-06-12 09:00")
    c.cond("cond-9103", "Z85.46", "Personal history of malignant neoplasm of prostate", "2015-09-01 09:00",
           note="Gleason 3+4, EBRT 2015. PSA undetectable 01/2026.")
    c.cond("cond-9104", "I10", "Essential (primary) hypertension", "2004-03-10 09:00")
    c.cond("cond-9105", "E78.5", "Hyperlipidemia, unspecified", "2004-03-10 09:00")
    c.cond("cond-9106", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
           "2026-04-08 15:30", recorder=ic, note="Mild nonobstructive CAD on pre-TAVR angiography.")

    c.obs("obs-ava-2024", local(E, "AVA-VTI", "Aortic valve area (continuity, VTI)"), "2024-10-15 10:20", value=1.2, unit="cm2",
          ucum="cm2", category="imaging", note="Mean gradient 24 mmHg, Vmax 3.2 m/s. Moderate AS.")
    ava = c.obs("obs-ava-0318", local(E, "AVA-VTI", "Aortic valve area (continuity, VTI)"), "2026-03-18 09:40", value=0.7,
                unit="cm2", ucum="cm2", category="imaging", performer=gc)
    c.obs("obs-mg-0318", local(E, "AV-MG", "Aortic valve mean gradient"), "2026-03-18 09:40", value=44, unit="mm[Hg]",
          category="imaging", performer=gc)
    c.obs("obs-ef-0318", loinc("10230-1", "Left ventricular Ejection fraction"), "2026-03-18 09:40", value=55, unit="%",
          category="imaging", performer=gc)
    c.obs("obs-egfr-0401", loinc("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)"),
          "2026-04-01 07:45", value=38, unit="mL/min/{1.73_m2}", category="laboratory")
    c.obs("obs-sts-0423", local("http://fhir.inwheart.example/CodeSystem/risk", "STS-PROM-AVR", "STS predicted risk of mortality, isolated AVR"),
          "2026-04-23 14:30", value=5.8, unit="%", category="survey", performer=cts)
    echo = c.report("dr-echo-0318", loinc("34552-0", "2D echocardiogram panel"), "2026-03-18 09:40", issued="2026-03-18 15:12",
                    category="CUS", cat_display="Cardiac Ultrasound", interpreter=gc,
                    results=["Observation/obs-ava-0318", "Observation/obs-mg-0318", "Observation/obs-ef-0318"],
                    conclusion="Severe calcific aortic stenosis: Vmax 4.2 m/s, mean gradient 44 mmHg, AVA 0.7 cm2 (indexed 0.36 cm2/m2), "
                               "DVI 0.22. LVEF 55%, mild concentric LVH. Mild MR. Progressed from moderate AS (10/2024).")
    c.report("dr-ct-0408", cc(text="CTA TAVR protocol (chest/abdomen/pelvis)"), "2026-04-08 08:30", issued="2026-04-09 11:00",
             conclusion="Tricuspid aortic valve, heavy calcification (Agatston 3,240). Annulus area 498 mm2, perimeter 80.6 mm. "
                        "Coronary heights adequate (LM 13 mm, RCA 16 mm). Iliofemoral minimal luminal diameters 7.4 mm R, 7.1 mm L; "
                        "suitable for transfemoral access. No porcelain aorta.")
    c.proc("proc-cath-0408", cc((CPT, "93458", "Left heart catheterization with coronary angiography")), "2026-04-08 13:10",
           performer=ic, outcome="Mild nonobstructive CAD (LAD 30%, RCA 20%). No PCI.")

    gcnote = """Inland Northwest Heart Institute - General Cardiology
Follow-up 03/18/2026     Paul Whitaker, MD

Mr. Brandt (83) returns for valve surveillance. Last echo 10/2024 showed moderate AS (AVA 1.2 cm2,
MG 24 mmHg). He says he is "slowing down": has to stop halfway up his driveway to catch his breath,
quit walking the dog the full loop in January, and in February felt himself "graying out" after
carrying groceries up the stairs - sat down, did not pass out. No chest pain.
Echo today: severe AS - Vmax 4.2 m/s, MG 44, AVA 0.7 cm2, LVEF 55%.
Exam: 3/6 late-peaking systolic murmur RUSB, soft A2, delayed carotid upstrokes.
A/P: Severe symptomatic aortic stenosis (dyspnea on exertion, exertional presyncope). Refer to
structural heart clinic (Dr. Serrano) and cardiac surgery for heart-team evaluation.
"""
    c.doc("doc-gc-0318", "11506-3", "General Cardiology Follow-up", "2026-03-18 16:00", gc, gcnote, custodian=org)

    icnote = """STRUCTURAL HEART CLINIC - CONSULTATION
Date: 03/26/2026 (in-person clinic visit)
Consultant: Miguel Serrano, MD - Interventional Cardiology / Structural Heart
Referring: Paul Whitaker, MD

I personally saw and examined Mr. Brandt today with his daughter.

HPI: 83-year-old man with severe calcific AS (03/18/2026: Vmax 4.2 m/s, MG 44 mmHg, AVA 0.7 cm2,
LVEF 55%). Progressive exertional dyspnea over 4-6 months - now NYHA class III - and one episode of
exertional presyncope in February. Denies angina, denies syncope, no orthopnea. Lives with his wife,
independent in ADLs, still drives short distances.

PMH: HTN, HLD, CKD 3b (eGFR 38), prostate cancer 2015 s/p radiation (PSA undetectable), no prior
cardiac surgery, no chest radiation.

EXAM: BP 138/72, HR 64, BMI 26. 3/6 late-peaking SEM RUSB radiating to carotids, single S2.
Carotid upstroke delayed. Lungs clear. No edema. Femoral pulses 2+ bilaterally.

ASSESSMENT: Severe symptomatic aortic stenosis (stage D1). Options reviewed with the patient:
surgical AVR, transcatheter AVR, and medical/palliative therapy.
My judgment: TAVR is favored over SAVR given age 83, CKD 3b and early frailty; anticipated benefit
in symptoms and survival is substantial and no comorbidity limits his life expectancy. Medical
therapy alone is not reasonable given symptoms.

PLAN: CTA TAVR protocol and coronary angiography. Cardiac surgery evaluation (Dr. Doyle). Present
at heart-team conference. This note is shared with the heart team.

Miguel Serrano, MD
"""
    c.doc("doc-ic-0326", "11488-4", "Structural Heart Consultation", "2026-03-26 17:20", ic, icnote, custodian=org)

    video = """CARDIOTHORACIC SURGERY - TELEHEALTH VIDEO VISIT
04/02/2026   Katherine Doyle, MD
Patient located at home (Spokane), provider at clinic. Two-way audio/video. Wife assisting.

Reviewed echo and referral. Patient describes exertional dyspnea and presyncope as documented by
Dr. Serrano. Physical examination limited to visual inspection: comfortable at rest, speaks full
sentences, no visible edema.
Impression: severe symptomatic AS, likely TAVR candidate pending CT and catheterization.
Plan: in-person CT surgery clinic visit with frailty assessment after CT/cath to complete surgical
evaluation.
"""
    c.doc("doc-cts-0402", "11488-4", "CT Surgery Telehealth Visit", "2026-04-02 11:30", cts, video, custodian=org)

    ctsnote = """CARDIOTHORACIC SURGERY - CLINIC CONSULTATION (IN PERSON)
Date: 04/23/2026            Surgeon: Katherine Doyle, MD
Patient: Walter F. Brandt, 83 M     Accompanied by daughter.

I examined Mr. Brandt in clinic today.
Symptoms: exertional dyspnea (stops halfway up his driveway), one episode of exertional presyncope.
Exam: well-appearing elderly man. Sternum intact, no prior thoracic incisions. 3/6 SEM RUSB. Lungs
clear. No edema. Femoral pulses palpable.
Frailty: 5-m gait speed 7.2 s (slow), grip 22 kg, KCCQ-12 48. Albumin 3.7.
CT (04/08): tricuspid valve, annulus area 498 mm2, good iliofemoral access, no porcelain aorta.
Cath (04/08): mild nonobstructive CAD - no bypass indication.
STS PROM (isolated AVR): 5.8%. Echo 03/18: valve area about seven-tenths of a square centimetre,
mean gradient forty-four.

ASSESSMENT / RATIONALE: Severe symptomatic AS. Surgical AVR is feasible but at intermediate risk
(STS 5.8%) with frailty, age 83 and CKD 3b; recovery from sternotomy would be prolonged. Anatomy is
favorable for transfemoral TAVR. I recommend TF-TAVR rather than SAVR. He has no comorbidity that
would preclude the expected benefit (prostate cancer in remission, good functional baseline).
I will participate in the procedure with Dr. Serrano.

Katherine Doyle, MD
"""
    c.doc("doc-cts-0423", "11488-4", "CT Surgery Consultation", "2026-04-23 16:05", cts, ctsnote, custodian=org)

    ht = """<html><body>
<h3>Heart Team Conference &ndash; Summary</h3>
<p>Date: 04/29/2026 &nbsp; Patient: Walter F. Brandt (DOB 11/07/1942)</p>
<table border="1" cellpadding="3">
<tr><th>Member</th><th>Role</th><th>Evaluation</th><th>Recommendation</th></tr>
<tr><td>Miguel Serrano, MD</td><td>Interventional cardiology</td><td>Clinic exam 03/26/2026</td><td>TF-TAVR</td></tr>
<tr><td>Katherine Doyle, MD</td><td>Cardiac surgery</td><td>Video visit 04/02; in-person exam 04/23/2026</td><td>TF-TAVR over SAVR</td></tr>
<tr><td>Paul Whitaker, MD</td><td>General cardiology</td><td>Referring cardiologist</td><td>Agree</td></tr>
<tr><td>R. Okafor, MD</td><td>Cardiac imaging</td><td>CT review</td><td>29 mm balloon-expandable valve</td></tr>
<tr><td>L. Brooks, RN</td><td>Valve coordinator</td><td>&mdash;</td><td>&mdash;</td></tr>
</table>
<p><b>Consensus:</b> severe symptomatic aortic stenosis (AVA 0.7 cm<sup>2</sup>, MG 44 mmHg, NYHA III, exertional presyncope).
Transfemoral TAVR, on-label. Both the interventional cardiologist and cardiac surgeon will be scrubbed. Tentative date 05/28/2026.</p>
</body></html>"""
    c.doc("doc-htc-0429", "68608-9", "Heart Team Conference Summary", "2026-04-29 17:45", ic, ht, ctype="text/html", custodian=org)

    call = """TELEPHONE - Valve clinic RN 05/20/2026 10:15
Pre-procedure call for 05/28 TAVR. Reviewed arrival time, hold lisinopril AM of procedure, bring
med list. Pt reports he "felt pretty good this week, walked to the end of the block". Auth pending.
-- L. Brooks, RN
"""
    c.doc("doc-tel-0520", "34748-6", "Telephone Note", "2026-05-20 10:15", ic, call, custodian=org)

    case = {
        "id": "bi-tavr-01", "patient": "patients/pi09.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-14"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                 "evidence": [echo, "DocumentReference/doc-ic-0326", "DocumentReference/doc-cts-0423", "DocumentReference/doc-htc-0429"],
                 "missing": [],
                 "rationale": "Symptomatic severe AS (lay wording for DOE, exertional presyncope; newer severe echo supersedes 2024 "
                              "moderate). Interventional cardiologist and cardiac surgeon each examined the patient face to face "
                              "(surgeon's earlier video visit did not count but the 04/23 in-person visit does) and documented "
                              "their rationale, shared at heart-team conference. No comorbidity precluding benefit."},
    }
    return case, c


def tavr02():
    c = Chart("pi10", "NC", "https://fhir.piedmontvalley.example/r4")
    E = "http://fhir.piedmontvalley.example/CodeSystem/cv-measure"
    c.patient("Odom", ["Beatrice", "H."], "female", "1945-04-12", "Greensboro", "27405", "PVH-2280117",
              "906 Summit Ave", "336-555-0104")
    ic = c.prac("pr-farouk", "Farouk", ["Yusuf"], "Dr.", "MD", ["Interventional Cardiology"])
    cts = c.prac("pr-pruitt", "Pruitt", ["Lawrence"], "Dr.", "MD", ["Thoracic and Cardiac Surgery"])
    gc = c.prac("pr-greene", "Greene", ["Monica"], "Dr.", "MD", ["Cardiovascular Disease"])
    pcp = c.prac("pr-reddy", "Reddy", ["Ashok"], "Dr.", "MD", ["Internal Medicine"])
    org = c.org("org-pvh", "Piedmont Valley Heart Center", "Greensboro", "Hospital heart program")

    c.cond("cond-1001", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-06-30 15:00", recorder=gc)
    c.cond("cond-1002", "E11.9", "Type 2 diabetes mellitus without complications", "2012-03-05 09:00", recorder=pcp)
    c.cond("cond-1003", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2017-11-20 09:00", recorder=pcp,
           note="Mild (FEV1 71% 2024). No home O2.")
    c.cond("cond-1004", "Z85.3", "Personal history of malignant neoplasm of breast", "2009-06-01 09:00",
           note="Left lumpectomy + radiation 2009; no recurrence.")
    c.cond("cond-1005", "I10", "Essential (primary) hypertension", "2001-01-15 09:00")

    c.obs("obs-ava-0630", local(E, "AVA", "Aortic valve area (continuity)"), "2026-06-30 10:15", value=0.6, unit="cm2", ucum="cm2",
          category="imaging", performer=gc)
    c.obs("obs-mg-0630", local(E, "AVMG", "Aortic valve mean gradient"), "2026-06-30 10:15", value=52, unit="mm[Hg]",
          category="imaging", performer=gc)
    c.obs("obs-ef-0630", loinc("10230-1", "Left ventricular Ejection fraction"), "2026-06-30 10:15", value=60, unit="%",
          category="imaging", performer=gc)
    c.obs("obs-nyha-0714", local(E, "NYHA", "NYHA functional class"), "2026-07-14 14:30", vcc=cc(text="Class III"),
          category="survey", performer=ic)
    c.obs("obs-sts-0804", local(E, "STS-PROM", "STS PROM, isolated AVR"), "2026-08-04 17:00", value=4.1, unit="%",
          category="survey", performer=cts, note="Calculated from chart data for heart-team conference.")
    echo = c.report("dr-echo-0630", loinc("34552-0", "2D echocardiogram panel"), "2026-06-30 10:15", issued="2026-06-30 14:40",
                    category="CUS", cat_display="Cardiac Ultrasound", interpreter=gc,
                    results=["Observation/obs-ava-0630", "Observation/obs-mg-0630", "Observation/obs-ef-0630"],
                    conclusion="Severe aortic stenosis: peak velocity 4.6 m/s, mean gradient 52 mmHg, AVA 0.6 cm2. LVEF 60%. "
                               "Moderate LVH. Mild MR.")
    c.report("dr-ct-0728", cc(text="CTA TAVR protocol"), "2026-07-28 09:00", issued="2026-07-29 12:30",
             conclusion="Annulus area 402 mm2. Adequate coronary heights. Iliofemoral MLD 6.3 mm R / 6.0 mm L - suitable for "
                        "transfemoral access. Moderate aortic arch calcification.")
    appt = c.appt("appt-cts-0820", "booked", "2026-08-05 10:40", "2026-08-20 13:30", "2026-08-20 14:30", cts,
                  "CT surgery new patient - TAVR heart team surgical evaluation", service_type="Cardiothoracic Surgery",
                  comment="Earliest available. Pt daughter to drive.")

    gcnote = """PIEDMONT VALLEY HEART CENTER - CARDIOLOGY OFFICE VISIT
06/30/2026   Monica Greene, MD

81 y/o F with HTN, DM2, mild COPD, referred by Dr. Reddy for a new murmur and exertional chest
tightness. For 3 months she gets tight in the chest and short of breath walking up the incline to
her church; has cut back her Walmart trips. No syncope.
Echo today: severe AS (Vmax 4.6, MG 52, AVA 0.6), LVEF 60%.
Impression: severe symptomatic AS. Refer to Dr. Farouk (structural/interventional) for TAVR
evaluation; will need CT surgery evaluation as part of the heart team.
"""
    c.doc("doc-gc-0630", "11506-3", "Cardiology Office Visit", "2026-06-30 15:10", gc, gcnote, custodian=org)

    icnote = """INTERVENTIONAL CARDIOLOGY CONSULTATION - STRUCTURAL HEART
Date: 07/14/2026 (office, in person)      Yusuf Farouk, MD

Mrs. Odom was seen and examined by me today with her daughter.
Symptoms: exertional chest tightness and dyspnea walking up an incline, NYHA class III. No syncope
or presyncope. No orthopnea.
Exam: BP 150/78, HR 72. 4/6 harsh SEM with thrill at RUSB, absent A2. Lungs with faint end-
expiratory wheeze. No edema. Femoral pulses 2+.
Data: echo 06/30/2026 severe AS (AVA 0.6 cm2, MG 52 mmHg), LVEF 60%.
Assessment: severe symptomatic AS (stage D1). Age 81, mild COPD, DM2, frailty mild. I favor
transfemoral TAVR over SAVR given age and frailty; medical therapy alone not appropriate.
Plan: CTA TAVR protocol. Cardiac surgery evaluation (Dr. Pruitt). Heart-team conference.
"""
    c.doc("doc-ic-0714", "11488-4", "Interventional Cardiology Consultation", "2026-07-14 16:20", ic, icnote, custodian=org)

    htc = """<html><body>
<h3>Structural Heart Team Conference</h3>
<p>08/04/2026 &mdash; Patient: Beatrice H. Odom, DOB 04/12/1945</p>
<table border="1" cellpadding="3">
<tr><th>Discipline</th><th>Member</th><th>Status of evaluation</th><th>Comment</th></tr>
<tr><td>Interventional cardiology</td><td>Y. Farouk, MD</td><td>Seen in clinic 07/14/2026</td><td>Favors TF-TAVR</td></tr>
<tr><td>Cardiac surgery</td><td>L. Pruitt, MD</td><td>Chart and imaging review only &ndash; patient not yet seen in CTS clinic</td>
<td>STS PROM 4.1%. From the imaging, TAVR looks reasonable; will see patient</td></tr>
<tr><td>Imaging</td><td>K. Osei, MD</td><td>CTA reviewed</td><td>23 mm valve, TF access OK</td></tr>
</table>
<p><b>Plan:</b> CTS clinic visit to be scheduled (coordinator). Finalize recommendation after the surgical evaluation.
Tentative procedure window: September 2026.</p>
</body></html>"""
    c.doc("doc-htc-0804", "68608-9", "Heart Team Conference", "2026-08-04 17:30", ic, htc, ctype="text/html", custodian=org)

    sched = """TELEPHONE / SCHEDULING NOTE    08/05/2026 10:40
Valve coordinator: D. Mabry, RN
Called daughter (Renee). Scheduled CT surgery new-patient visit with Dr. Pruitt 08/20/2026 1:30 PM
(earliest available). Daughter asked whether insurance approval can be started now so the
procedure is not delayed - informed her Dr. Farouk's office will submit the prior authorization.
"""
    c.doc("doc-sched-0805", "34748-6", "Scheduling Note", "2026-08-05 10:40", ic, sched, custodian=org)

    ctsnote = """CARDIOTHORACIC SURGERY CONSULTATION   08/20/2026   Lawrence Pruitt, MD
Seen and examined with daughter. Severe symptomatic AS, NYHA III. STS 4.1%, mild frailty, porcelain
aorta absent. Hostile features: none. I agree TF-TAVR is preferred over SAVR in this 81-year-old.
Will participate as heart-team surgeon.
"""
    c.doc("doc-cts-0820", "11488-4", "CT Surgery Consultation", "2026-08-20 15:00", cts, ctsnote, custodian=org)

    case = {
        "id": "bi-tavr-02", "patient": "patients/pi10.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-18",
                    "note": "Heart team recommends transfemoral TAVR."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                 "evidence": [echo, "DocumentReference/doc-ic-0714", "DocumentReference/doc-htc-0804", appt],
                 "missing": ["cardiac surgeon|surgeon|surgical evaluation|surgery evaluation|cardiothoracic|CT surgery|CTS"],
                 "rationale": "Symptomatic severe AS; interventional cardiologist examined face to face with rationale. The cardiac "
                              "surgeon had only reviewed the chart/imaging; the in-person surgical evaluation was booked for 08/20, "
                              "after the request (its note must be ignored). Ask for the cardiac surgeon's face-to-face evaluation."},
    }
    return case, c
