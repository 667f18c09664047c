"""NCD 20.32 - transcatheter aortic valve replacement (CPT 33361)."""
from fhirlib import Chart, cc, q, LOINC, ICD10CM, CPT, RXNORM

TAVR_SERVICE = {"system": CPT, "code": "33361",
                "display": "Transcatheter aortic valve replacement, transfemoral"}


def tavr01():
    c = Chart("pk09", "WI", "https://fhir.lmhi.example/R4")
    LOC = "http://lmhi.example/fhir/CodeSystem/valve-clinic"
    c.patient("Haldane", ["Margaret", "E"], "female", "1944-12-05", "Wauwatosa", "2231 N 72nd St", "53213", "LMH-4410093",
              "http://lmhi.example/mrn")
    gc = c.practitioner("pr-hennessey", "Hennessey", ["Paul"], "MD", "Cardiovascular Disease (general cardiology)", "1093388201")
    ic = c.practitioner("pr-adeyemi", "Adeyemi", ["Ifeoma"], "MD", "Interventional Cardiology - Structural Heart Disease", "1669574430")
    cts = c.practitioner("pr-lindqvist", "Lindqvist", ["Stefan"], "MD", "Cardiothoracic Surgery", "1427081956")
    rn = c.practitioner("pr-brandvold", "Brandvold", ["Molly"], "RN", "Valve Clinic Nurse Coordinator")
    org = c.org("org-lmhi", "Lake Michigan Heart Institute", "Hospital - cardiac surgery and structural heart program", "Milwaukee")
    e_ic = c.encounter("enc-ic-0414", "AMB", "Structural heart clinic - new patient", "2026-04-14 13:30", "2026-04-14 14:30", ic, org)
    e_v = c.encounter("enc-cts-0421", "VR", "Cardiac surgery telehealth (video) visit", "2026-04-21 11:00", "2026-04-21 11:25", cts, org)
    e_cts = c.encounter("enc-cts-0505", "AMB", "Cardiac surgery clinic", "2026-05-05 09:00", "2026-05-05 09:50", cts, org)
    c.condition("cond-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", recorded="2024-09-17 15:00", recorder=gc)
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2009-11-02 10:00")
    c.condition("cond-ckd", "N18.32", "Chronic kidney disease, stage 3b", recorded="2025-03-11 10:00")
    c.condition("cond-hxbrca", "Z85.3", "Personal history of malignant neoplasm of breast", recorded="2016-01-05 10:00",
                note="Left breast IDC stage I, lumpectomy + XRT 2011, letrozole x5y; NED")
    c.obs("echo-2024-09-17", cc(LOC, "AV-ECHO", text="Aortic valve echo measurements"), "2024-09-17 10:20", cat="imaging",
          comps=[(cc(LOC, "AVA", text="AVA (continuity)"), q(1.2, "cm2")),
                 (cc(LOC, "MG", text="AV mean gradient"), q(24, "mm[Hg]")),
                 (cc(LOC, "VMAX", text="AV peak velocity"), q(3.3, "m/s"))],
          note="Moderate aortic stenosis")
    av = c.obs("echo-2026-03-24", cc(LOC, "AV-ECHO", text="Aortic valve echo measurements"), "2026-03-24 09:45", cat="imaging",
               comps=[(cc(LOC, "AVA", text="AVA (continuity)"), q(0.72, "cm2")),
                      (cc(LOC, "MG", text="AV mean gradient"), q(46, "mm[Hg]")),
                      (cc(LOC, "VMAX", text="AV peak velocity"), q(4.4, "m/s")),
                      (cc(LOC, "DVI", text="Dimensionless velocity index"), q(0.22, "1")),
                      (cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), q(60, "%"))])
    c.report("echo-2026-03-24", cc(CPT, "93306", "Transthoracic echocardiogram"), "2026-03-24 09:45",
             "2026-03-24 14:50", cat="CUS", performer=org, results=[av],
             conclusion="Severe calcific aortic stenosis: Vmax 4.4 m/s, mean gradient 46 mmHg, AVA 0.72 cm2 (indexed 0.43 "
                        "cm2/m2), DVI 0.22. Normal LV size, mild concentric LVH, LVEF 60%. Mild MR. RVSP 38 mmHg. "
                        "Progressed from moderate AS (9/2024).")
    c.obs("nyha-2026-04-14", cc(LOC, "NYHA", text="NYHA functional class"), "2026-04-14 13:55", cc(LOC, "III", text="Class III"),
          cat="exam", performer=ic, encounter=e_ic)
    c.obs("gait-2026-04-14", cc(LOC, "GAIT5M", text="5-meter gait speed (mean of 3)"), "2026-04-14 13:50", q(5.8, "s"),
          cat="exam", performer=rn, encounter=e_ic)
    c.obs("sts-2026-05-05", cc(LOC, "STSPROM", text="STS predicted risk of mortality (SAVR)"), "2026-05-05 09:35", q(4.2, "%"),
          cat="survey", performer=cts, encounter=e_cts)
    c.report("cta-2026-04-28", cc(CPT, "75574", "Cardiac CT angiography (TAVR protocol)"),
             "2026-04-28 10:10", "2026-04-29 08:30", cat="CT", performer=org,
             conclusion="TAVR planning CTA: annulus perimeter 72.1 mm, area 398 mm2 (perimeter-derived diameter 22.9 mm). "
                        "Coronary heights LM 11.8 mm, RCA 14.2 mm. Heavy leaflet calcification. Extensive circumferential "
                        "calcification of the ascending aorta (porcelain aorta). Iliofemoral minimal luminal diameters 6.8 mm "
                        "(R) and 6.5 mm (L), suitable for transfemoral access.")
    c.medreq("amlodipine", "amlodipine", "2018-05-14 09:00", requester=gc, rxnorm="17767", dosage="5 mg PO daily")
    c.procedure("tavr-2026-06-09", cc(CPT, "33361", "TAVR, percutaneous femoral artery approach"), "2026-06-09 08:15",
                performer=[ic, cts], note="23 mm balloon-expandable valve, TF right. Post: mean gradient 8 mmHg, no PVL.")

    gcn = """Cardiology Office Visit - Paul Hennessey, MD              03/26/2026
Margaret Haldane, 81 y/o F - follow-up aortic stenosis

S: Since last fall she notes she has to stop halfway up her basement stairs to catch her breath, and she no longer
walks to church (3 blocks). One episode 2 weeks ago of feeling faint while hanging laundry - sat down, no loss of
consciousness. Denies chest pain. Denies syncope. No orthopnea, no edema. Lives alone, independent in ADLs, still
drives.
O: BP 142/74, HR 72 regular. 3/6 late-peaking crescendo-decrescendo systolic murmur RUSB radiating to carotids,
single S2. Lungs clear. No edema.
Echo 3/24/2026: severe AS - Vmax 4.4 m/s, MG 46 mmHg, AVA 0.72 cm2, LVEF 60%. (9/2024: moderate, MG 24.)
A/P: Severe symptomatic aortic stenosis (exertional dyspnea, presyncope). Referred to the LMHI valve clinic for
heart team evaluation (TAVR vs SAVR). Avoid strenuous exertion meanwhile. Continue amlodipine.
"""
    c.note("gc-2026-03-26", "2026-03-26 16:20", "11506-3", "Progress note", "Cardiology office visit", gcn, gc)

    icn = """LAKE MICHIGAN HEART INSTITUTE - STRUCTURAL HEART CLINIC
NEW PATIENT CONSULTATION                                         DATE: 04/14/2026
PATIENT: HALDANE, MARGARET E    DOB: 12/05/1944    MRN: LMH-4410093
PHYSICIAN: IFEOMA ADEYEMI, MD (INTERVENTIONAL CARDIOLOGY / STRUCTURAL HEART)
-----------------------------------------------------------------------------------
REASON: SEVERE AORTIC STENOSIS - EVALUATION FOR AORTIC VALVE REPLACEMENT
HPI:  81F, SEVERE CALCIFIC AS ON TTE 3/24/26. NYHA CLASS III - DYSPNEA CLIMBING ONE FLIGHT, STOPS
      TO REST; PRESYNCOPE WITH EXERTION X1. NO ANGINA. NO SYNCOPE.
PMH:  HTN; CKD 3B (CR 1.48, EGFR 35); L BREAST CA 2011 - LUMPECTOMY/XRT, NED; OSTEOARTHRITIS.
EXAM (IN PERSON): BP 138/70  HR 74  WT 64 KG  HT 160 CM
      ALERT, ORIENTED X3. JVP NORMAL. HARSH 3/6 SEM RUSB, DIMINISHED A2. LUNGS CLEAR.
      NO EDEMA. FEMORAL PULSES 2+ BILATERALLY. 5-M GAIT SPEED 5.8 S. GRIP STRENGTH ADEQUATE.
      KATZ ADL 6/6.
DATA: TTE 3/24/26 AS ABOVE. ECG: SR 74, LVH, NO CONDUCTION DISEASE (QRS 92 MS).
ASSESSMENT:
  SEVERE SYMPTOMATIC AORTIC STENOSIS (STAGE D1). SURGICAL RISK INTERMEDIATE BY AGE, CKD AND PRIOR CHEST
  RADIATION; MILD FRAILTY. LIFE EXPECTANCY AND FUNCTIONAL STATUS SUPPORT VALVE REPLACEMENT - NO
  COMORBIDITY THAT WOULD PRECLUDE BENEFIT.
  I HAVE DISCUSSED SAVR, TAVR AND MEDICAL/PALLIATIVE THERAPY WITH THE PATIENT AND HER SON. FROM AN
  INTERVENTIONAL STANDPOINT SHE IS A GOOD TF-TAVR CANDIDATE PENDING CTA.
PLAN: TAVR-PROTOCOL CTA; CARDIAC SURGERY EVALUATION (DR. LINDQVIST); DENTAL CLEARANCE; PRESENT AT HEART
      TEAM CONFERENCE.
ELECTRONICALLY SIGNED: IFEOMA ADEYEMI, MD  04/14/2026 17:02
"""
    c.note("ic-2026-04-14", "2026-04-14 17:02", "11488-4", "Consult note", "Structural heart consultation", icn, ic, encounter=e_ic)

    vid = """CARDIAC SURGERY - TELEHEALTH VISIT (video, patient at home with son)   04/21/2026
Stefan Lindqvist, MD

Introductory video visit to discuss surgical options for severe AS. History reviewed with patient and son; symptoms
as documented by Dr. Adeyemi. Examination limited to visual inspection over video - no auscultation possible.
Discussed in general terms the options of surgical AVR and TAVR. CTA pending. I will see her in person in clinic
before making a surgical recommendation.
"""
    c.note("cts-video-2026-04-21", "2026-04-21 11:40", "11506-3", "Progress note", "Cardiac surgery telehealth visit", vid, cts,
           encounter=e_v)

    ctsn = """Cardiothoracic Surgery Clinic Note
Date of service: 05/05/2026   Surgeon: Stefan Lindqvist, MD
Patient: Margaret E. Haldane (81 F)     Visit type: in-person, new to me in clinic (prior video visit 4/21)

History: Severe calcific AS, NYHA III dyspnea and exertional presyncope. PMH: HTN, CKD 3b, left breast cancer 2011
treated with lumpectomy and left-sided chest radiation.
Examination (in clinic today): BP 140/72, HR 70. Well-appearing, ambulates without assistance. Neck: carotid
upstroke delayed. Chest: well-healed L breast scar, radiation skin changes over L chest. Heart: 3/6 late-peaking
SEM RUSB. Lungs: clear. Ext: no edema; good femoral pulses.
Data: TTE 3/24/26 (AVA 0.72, MG 46). CTA 4/28/26: porcelain ascending aorta, annulus ~23 mm, adequate iliofemoral
access. STS PROM (SAVR) 4.2%.
Assessment and surgical opinion: She would be a poor candidate for conventional SAVR because of the porcelain
ascending aorta (no safe site for cross-clamp/cannulation) and prior mediastinal radiation, on top of age and CKD.
I recommend transfemoral TAVR rather than SAVR. Medical therapy alone is not favored given symptoms. I discussed
these options and my reasoning with the patient and her son; she wishes to proceed with TAVR. My note is
available to the heart team.
"""
    c.note("cts-2026-05-05", "2026-05-05 10:15", "11488-4", "Consult note", "Cardiac surgery consultation", ctsn, cts,
           encounter=e_cts)

    team = """<html><body><h3>Heart Team (Valve) Conference &mdash; 05/12/2026</h3>
<p>Patient: Margaret Haldane, 81F, MRN LMH-4410093. Recorder: Molly Brandvold, RN (valve coordinator)</p>
<table border="1"><tr><th>Member</th><th>Role</th><th>Evaluation</th></tr>
<tr><td>Ifeoma Adeyemi, MD</td><td>Interventional cardiology</td><td>Saw patient in person 4/14/26</td></tr>
<tr><td>Stefan Lindqvist, MD</td><td>Cardiac surgery</td><td>Video 4/21/26; in person 5/05/26</td></tr>
<tr><td>Paul Hennessey, MD</td><td>Referring cardiologist</td><td>Clinic 3/26/26</td></tr>
<tr><td>Imaging, anesthesia, geriatrics NP</td><td>&nbsp;</td><td>Reviewed CTA/echo; frailty mild</td></tr></table>
<p><b>Consensus:</b> severe symptomatic AS; SAVR high-risk/not advisable (porcelain aorta, prior chest XRT); TF-TAVR
with 23 mm balloon-expandable valve. Both proceduralists to participate. Target date 6/9/2026.</p>
</body></html>"""
    c.note("heartteam-2026-05-12", "2026-05-12 17:30", "34109-9", "Note", "Heart team conference summary", team, rn,
           ctype="text/html")

    case = {
        "id": "bk-tavr-01", "patient": "patients/pk09.json",
        "request": {"service": TAVR_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-19"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                 "evidence": ["DiagnosticReport/echo-2026-03-24", "DocumentReference/ic-2026-04-14",
                              "DocumentReference/cts-2026-05-05", "Observation/nyha-2026-04-14"],
                 "missing": [],
                 "rationale": "Severe AS (newer echo supersedes the 2024 moderate study) with exertional dyspnea and presyncope; "
                              "interventional cardiologist examined face-to-face 4/14; the cardiac surgeon's first contact was "
                              "video, but he examined her in person 5/05 and documented his rationale; no comorbidity "
                              "precluding benefit (breast cancer 2011, NED). The TAVR procedure dated after the request is ignored."}}
    return case, c, "2026-05-19 12:00"


def tavr02():
    c = Chart("pk10", "CA", "https://fhir.missionbay-mc.example/r4")
    LOC = "urn:oid:2.16.840.1.113883.3.9921.5.2"
    c.patient("Espinoza", ["Victor", "Manuel"], "male", "1949-01-17", "Chula Vista", "1188 Third Ave Apt 4", "91911",
              "MBM-2083177", "http://missionbay-mc.example/mrn", lang="es")
    hf = c.practitioner("pr-whitfield", "Whitfield", ["Lauren"], "MD", "Cardiovascular Disease - Heart Failure", "1508843392")
    ic = c.practitioner("pr-mehta", "Mehta", ["Rahul"], "MD", "Interventional Cardiology (structural heart)", "1679912054")
    cts = c.practitioner("pr-kwiatkowski", "Kwiatkowski", ["Hannah"], "MD", "Cardiac Surgery", "1346205877")
    rn = c.practitioner("pr-ocampo", "Ocampo", ["Luis"], "RN", "Structural Heart Program Nurse Navigator")
    org = c.org("org-mbmc", "Mission Bay Medical Center - Structural Heart Program", "Hospital", "San Diego")
    e_ic = c.encounter("enc-ic-0721", "AMB", "Structural heart consultation", "2026-07-21 09:30", "2026-07-21 10:30", ic, org)
    e_cts = c.encounter("enc-cts-0728", "AMB", "Cardiac surgery consultation", "2026-07-28 14:00", "2026-07-28 14:45", cts, org)
    c.condition("cond-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", recorded="2026-07-01 11:20", recorder=hf)
    c.condition("cond-hfref", "I50.22", "Chronic systolic (congestive) heart failure", recorded="2024-02-14 10:00")
    c.condition("cond-cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
                recorded="2024-02-14 10:00")
    c.condition("cond-dm2", "E11.9", "Type 2 diabetes mellitus without complications", recorded="2012-05-01 10:00")
    av = c.obs("echo-2026-06-30", cc(LOC, "ECHO-AV", text="Echo - aortic valve / LV measurements"), "2026-06-30 10:40",
               cat="imaging", comps=[(cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), q(30, "%")),
                                     (cc(LOC, "AVA-VTI", text="AVA continuity (VTI)"), q(0.85, "cm2")),
                                     (cc(LOC, "AV-MG", text="AV mean gradient"), q(26, "mm[Hg]")),
                                     (cc(LOC, "AV-VMAX", text="AV peak velocity"), q(3.2, "m/s")),
                                     (cc(LOC, "SVI", text="Stroke volume index"), q(29, "mL/m2")),
                                     (cc(LOC, "DVI", text="Dimensionless index"), q(0.23, "1"))])
    c.report("echo-2026-06-30", cc(CPT, "93306", "Transthoracic echocardiogram"), "2026-06-30 10:40",
             "2026-06-30 16:05", cat="CUS", performer=org, results=[av],
             conclusion="Moderately dilated LV with severe global hypokinesis, LVEF 30%. Calcified trileaflet aortic valve with "
                        "reduced excursion: AVA 0.85 cm2, mean gradient 26 mmHg, Vmax 3.2 m/s, SVi 29 mL/m2 - low-flow, "
                        "low-gradient aortic stenosis with reduced EF. Severity indeterminate (true severe vs pseudo-severe); "
                        "recommend low-dose dobutamine stress echocardiography and/or non-contrast CT aortic valve calcium score.")
    c.obs("nyha-2026-07-21", cc(LOC, "NYHA", text="NYHA class"), "2026-07-21 09:50", cc(LOC, "NYHA3", text="III"),
          cat="exam", performer=ic, encounter=e_ic)
    c.report("cath-2026-07-14", cc(CPT, "93460", "Right and left heart catheterization"),
             "2026-07-14 08:30", "2026-07-14 12:10", cat="CTH", performer=ic,
             presented_title="Cath report",
             presented="""MISSION BAY MEDICAL CENTER - CARDIAC CATH LAB       07/14/2026
Operator: Rahul Mehta, MD.  Procedure: R+L heart cath, coronary angiography, AV crossing.
Coronaries: LAD mid 40%; LCx 30%; RCA patent stent (2019), mild ISR 20%. No targets for PCI.
Hemodynamics: RA 9, PA 48/22 (mean 32), PCWP 21, CO 3.9 L/min (Fick), CI 2.0.
AV: peak-to-peak 22 mmHg, mean gradient 24 mmHg; Gorlin AVA 0.91 cm2.
Impression: low-flow low-gradient AS with reduced EF; non-obstructive CAD; elevated filling pressures.
Recommend DSE to assess contractile reserve and AS severity.
""",
             conclusion="Non-obstructive CAD. Mean AV gradient 24 mmHg, Gorlin AVA 0.91 cm2 with CI 2.0 - low-flow low-gradient "
                        "AS; severity not established.")
    c.report("cta-2026-08-04", cc(CPT, "75574", "Cardiac CT angiography (TAVR protocol)"),
             "2026-08-04 13:20", "2026-08-05 09:40", cat="CT", performer=org,
             conclusion="TAVR-protocol CTA: annulus area 482 mm2, perimeter 79.4 mm. Iliofemoral access adequate (MLD 7.1/7.4 mm). "
                        "Aortic valve calcium score: not reported - non-contrast ECG-gated series was not acquired.")
    c.servicereq("sr-dse", cc(CPT, "93350", "Stress echocardiography (dobutamine)"), "2026-07-28 14:40", requester=cts,
                 performer=org, reason="LFLG AS with reduced EF - confirm true severe AS", note="Low-dose DSE protocol")
    c.appointment("appt-dse-0818", "booked", "2026-08-18 08:00", "2026-08-18 09:30", "2026-07-29 10:05",
                  "Low-dose dobutamine stress echo", service_text="Echocardiography lab")
    c.report("dse-2026-08-18", cc(CPT, "93350", "Stress echocardiography (dobutamine)"), "2026-08-18 08:15", "2026-08-18 15:00",
             cat="CUS", performer=org,
             conclusion="Low-dose DSE: contractile reserve present (SV +24%). At peak, mean gradient 43 mmHg, AVA 0.88 cm2 - "
                        "true severe aortic stenosis.")
    c.medreq("metoprolol", "metoprolol succinate", "2024-02-14 11:00", requester=hf, rxnorm="6918", dosage="25 mg PO daily")
    c.medreq("furosemide", "furosemide", "2024-02-14 11:00", requester=hf, rxnorm="4603", dosage="40 mg PO daily")

    hfn = """Heart Failure Clinic - Lauren Whitfield, MD          07/01/2026
Victor Espinoza, 77M (Spanish interpreter present: K. Flores, certified)

HFrEF (ischemic/mixed, EF 30-35% since 2024) on metoprolol, furosemide; ARNI stopped 2025 for hypotension/AKI.
Over the past 4 months more dyspnea - now with one block on level ground, 2-pillow orthopnea. No syncope. No
angina. Repeat TTE 6/30: EF 30%, calcified AV with AVA 0.85 cm2 but mean gradient only 26 mmHg, SVi 29 - low-flow
low-gradient AS. The 2024 echo described only "aortic sclerosis without stenosis".
Exam: BP 104/66, HR 76. JVP 10 cm. Soft 2/6 SEM RUSB. Bibasilar crackles. Trace edema.
A/P: Worsening HF; possible severe AS contributing. Needs clarification of AS severity (DSE) and heart team
evaluation. Referral to structural heart. Increase furosemide PRN x 3 days. R+L heart cath ordered.
"""
    c.note("hf-2026-07-01", "2026-07-01 12:05", "11506-3", "Progress note", "Heart failure clinic", hfn, hf)

    icn = """STRUCTURAL HEART CONSULTATION                        07/21/2026
Rahul Mehta, MD - Interventional Cardiology       Patient seen in person in clinic with daughter.

77M with HFrEF (EF 30%), non-obstructive CAD, DM2, and low-flow low-gradient AS referred for TAVR evaluation.
Symptoms: NYHA III - dyspnea walking one block, orthopnea. No syncope.
Exam: BP 102/64, HR 78. JVP 9 cm. 2/6 SEM RUSB, soft A2. Crackles at bases. Trace edema. Femoral pulses 2+.
Data: TTE 6/30 (AVA 0.85, MG 26, Vmax 3.2, SVi 29, EF 30%). Cath 7/14: Gorlin AVA 0.91, MG 24, CI 2.0, PCWP 21.

Assessment: Classical low-flow, low-gradient AS with reduced EF. At this point I cannot tell whether this is true
severe AS or pseudo-severe AS from a weak ventricle. If DSE shows true severe AS (AVA stays <= 1.0 cm2 with mean
gradient >= 40 or Vmax >= 4 m/s), TAVR would be reasonable and he is anatomically a TF candidate. If pseudo-severe,
valve replacement is unlikely to help and we would optimize HF therapy instead. Options (SAVR, TAVR, medical
therapy) discussed with patient and daughter.
Plan: low-dose DSE; TAVR CTA (non-contrast calcium score if possible); CT surgery consult (Dr. Kwiatkowski).
"""
    c.note("ic-2026-07-21", "2026-07-21 11:10", "11488-4", "Consult note", "Structural heart consultation", icn, ic, encounter=e_ic)

    ctsn = """CARDIAC SURGERY CONSULTATION   07/28/2026   Hannah Kwiatkowski, MD
Seen in person. 77M, LFLG AS with EF 30%, HFrEF, DM2, CKD 3a (eGFR 52), prior RCA stent. Exam: frail-appearing,
BP 106/64, 2/6 SEM, bibasilar crackles. STS PROM for SAVR 6.8%.
Surgical opinion: elevated surgical risk; if AS is confirmed severe, I agree TF-TAVR is preferable to SAVR. If
pseudo-severe, no valve intervention. Decision pending DSE, which I have ordered. Discussed with patient and
daughter; my assessment is available to the heart team.
"""
    c.note("cts-2026-07-28", "2026-07-28 15:10", "11488-4", "Consult note", "Cardiac surgery consultation", ctsn, cts,
           encounter=e_cts)

    tel = """STRUCTURAL HEART - NURSE NAVIGATOR TELEPHONE NOTE   08/06/2026 10:40   Luis Ocampo, RN
Called daughter (Spanish/English). CTA done 8/4 - access OK; calcium score could not be reported (no non-contrast
series). DSE booked 8/18 08:00 at Mission Bay echo lab; instructions given to hold metoprolol morning of test.
Per Dr. Mehta, prior auth for TAVR to be submitted now so that scheduling is not delayed; heart team
conference 8/25.
"""
    c.note("tel-2026-08-06", "2026-08-06 10:52", "34748-4", "Telephone encounter Note", "Nurse navigator telephone note", tel, rn)

    case = {
        "id": "bk-tavr-02", "patient": "patients/pk10.json",
        "request": {"service": TAVR_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"},
                                  {"system": ICD10CM, "code": "I50.22", "display": "Chronic systolic (congestive) heart failure"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-11",
                    "note": "Symptomatic severe AS, TF-TAVR."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                 "evidence": ["DiagnosticReport/echo-2026-06-30", "DocumentReference/ic-2026-07-21",
                              "DocumentReference/cts-2026-07-28", "Observation/nyha-2026-07-21"],
                 "missing": ["dobutamine|stress echo|stress echocardiogram|stress echocardiography|calcium score|calcium scoring|true severe|pseudosevere|pseudo-severe|severity"],
                 "rationale": "Symptoms and face-to-face evaluations by both the interventional cardiologist and cardiac surgeon are "
                              "documented, but low-flow low-gradient AS with EF 30% leaves severity (true severe vs pseudo-severe) "
                              "undetermined, and both physicians condition TAVR on the DSE. The DSE is booked for after the request; "
                              "its report (8/18) does not count; the CTA did not report a calcium score."}}
    return case, c, "2026-08-11 12:00"


CASES = [tavr01, tavr02]
