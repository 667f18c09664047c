from fhirlib import *


def pc09():
    b = Bundle("pc09", "Augustin", "Fairweather", "male", "1944-02-19", "NG-0458821")
    b.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2023-05-02")
    b.cond("cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2019-11-20",
           note="Mild non-obstructive CAD on CTA 2019.")
    b.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-01-14")
    b.cond("prostate-hx", "Z85.46", "Personal history of malignant neoplasm of prostate", "2012-09-05",
           note="Prostatectomy 2012; PSA undetectable since.")
    b.cond("attr", "E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis", "2026-08-19", clinical="inactive", verification="refuted",
           note="Suspected on echo (septal thickening, low-voltage concern); Tc-99m PYP 09/02/2026 grade 0, H/CL 1.08 - refuted.")
    b.cond("ingrown", "L60.0", "Ingrowing nail", "2026-07-15", clinical="resolved", abatement="2026-08-10", category="encounter-diagnosis")
    b.obs("psa-2026-06-04", "2026-06-04", "PSA", 0.1, "ng/mL", "ng/mL", loinc=L_PSA, category="laboratory", comparator="<")
    b.obs("ava-2026-08-19", "2026-08-19", "Aortic valve area (continuity equation, VTI)", 0.78, "cm2", "cm2", local="ECHO-AVA-VTI", category="imaging")
    b.obs("mg-2026-08-19", "2026-08-19", "Aortic valve mean gradient", 46, "mmHg", "mm[Hg]", local="ECHO-AV-MG", category="imaging")
    b.obs("vmax-2026-08-19", "2026-08-19", "Aortic valve peak velocity", 4.4, "m/s", "m/s", local="ECHO-AV-VMAX", category="imaging")
    b.obs("lvef-2026-08-19", "2026-08-19", "LVEF (TTE)", 55, "%", "%", loinc=L_LVEF, category="imaging")
    b.obs("pyp-2026-09-02", "2026-09-02", "Tc-99m PYP heart-to-contralateral lung ratio (1 h)", 1.08, "{ratio}", "{ratio}", local="NM-PYP-HCL",
          category="imaging", interp="Negative (Perugini grade 0)")
    b.enc("adm-2026-09-10", "IMP", "Inpatient admission - cardiology", ts("2026-09-10", "18:20"), ts("2026-09-13", "11:00"),
          reason="Acute on chronic heart failure, near-syncope; severe aortic stenosis")
    b.obs("sts-2026-09-12", "2026-09-12", "STS predicted risk of mortality (SAVR)", 5.8, "%", "%", local="STS-PROM", category="survey")
    b.obs("gait-2026-09-12", "2026-09-12", "5-meter gait speed test time", 8.1, "s", "s", local="FRAIL-5MWT", category="exam")
    b.med("furosemide", "4603", "furosemide", "2026-09-13", dosage="furosemide 20 mg by mouth daily")
    b.med("atorvastatin", "83367", "atorvastatin", "2019-11-20", dosage="atorvastatin 40 mg daily")
    b.med("aspirin", "1191", "aspirin", "2019-11-20", dosage="aspirin 81 mg daily")

    b.note("podiatry-2026-07-15", ts("2026-07-15", "14:30"), "Podiatry note", "Gretchen Aldous, DPM (Podiatry)", """
PODIATRY

82M c/o painful R great toe x 2 wk. Medial border ingrown, mild erythema, no purulence. DP/PT pulses 2/4 bilat. Monofilament intact. No hx diabetes.

Procedure: partial nail avulsion R hallux medial border under digital block (lidocaine plain), phenol matrixectomy. Tolerated well.

Plan: Epsom salt soaks bid x 1 week, bandage, wide toe-box footwear, follow-up in 3-4 weeks for nail check. Pt mentioned he gets "winded" on the walk in from the parking lot lately - advised to discuss with his cardiologist, he has an echo next month.
""", loinc=D_PROCNOTE)

    b.note("echo-2026-08-19", ts("2026-08-19", "15:45"), "Echocardiogram report", "Vivian Castellanos, MD (Cardiology - Echocardiography)", """<html><body>
<h3>TRANSTHORACIC ECHOCARDIOGRAM</h3>
<p>Indication: aortic stenosis surveillance; new exertional dyspnea. Rhythm: sinus, HR 68. BSA 1.94 m&sup2;.</p>
<table border="1">
<tr><th>Aortic valve</th><th>Value</th></tr>
<tr><td>Morphology</td><td>Trileaflet, severely calcified, restricted opening</td></tr>
<tr><td>Peak velocity</td><td>4.4 m/s</td></tr>
<tr><td>Mean gradient</td><td>46 mmHg</td></tr>
<tr><td>AVA (VTI continuity)</td><td>0.78 cm&sup2; (indexed 0.40 cm&sup2;/m&sup2;)</td></tr>
<tr><td>Dimensionless index</td><td>0.22</td></tr>
<tr><td>Aortic regurgitation</td><td>trace</td></tr>
</table>
<p>LV: normal size, concentric LVH, septum 14 mm, posterior wall 13 mm. LVEF 55%. Grade II diastolic dysfunction. Global longitudinal strain -13% with relative apical sparing pattern - cannot exclude infiltrative process; consider Tc-99m PYP.</p>
<p>RV normal. RVSP 38 mmHg. Mitral: mild MAC, mild MR.</p>
<p><b>Conclusion:</b> Severe calcific aortic stenosis (high gradient). Preserved LVEF. Apical-sparing strain pattern - recommend evaluation for cardiac amyloidosis.</p>
</body></html>""", ctype="text/html", loinc=D_IMAGING)

    b.note("pyp-2026-09-02", ts("2026-09-02", "12:10"), "Nuclear medicine report", "Omar Haddad, MD (Nuclear Cardiology)", """
Tc-99m PYROPHOSPHATE (PYP) CARDIAC AMYLOID SCAN

Indication: severe AS, apical-sparing strain; evaluate for ATTR cardiac amyloidosis.
Technique: 20 mCi Tc-99m PYP; planar and SPECT/CT at 1 h and 3 h.

Findings: myocardial uptake less than rib uptake (Perugini grade 0). H/CL ratio 1.08 at 1 h. SPECT confirms no myocardial tracer uptake; blood-pool activity only.
Serum free light chains and immunofixation (08/27): no monoclonal protein.

IMPRESSION: Not suggestive of ATTR cardiac amyloidosis. No evidence of AL process by serum studies. LVH likely secondary to aortic stenosis.
""", loinc=D_IMAGING)

    b.note("ctsurg-2026-09-12", ts("2026-09-12", "16:20"), "Cardiothoracic surgery inpatient consult", "Benedikt Sauer, MD (Cardiothoracic Surgery)", """
CARDIAC SURGERY CONSULT (inpatient, bedside)

Asked by Dr. Castellanos to evaluate for aortic valve replacement. Patient seen and examined at the bedside with his daughter present; records, echo 8/19 and PYP 9/2 reviewed.

HPI: 82M admitted 9/10 with acute on chronic HF (orthopnea, 3 kg weight gain) and two episodes of near-syncope on standing from his recliner last week. DOE after ~1 block for 3-4 months (previously walked 2 miles). No angina.

PMH: mild non-obstructive CAD (2019), CKD 3a (Cr 1.4), prostate cancer s/p prostatectomy 2012 (PSA <0.1, in remission). Amyloid r/o - PYP negative.

Exam: frail-appearing but alert, oriented, conversant. Harsh 4/6 late-peaking SEM, single S2. Bibasilar crackles improving after diuresis. Sternum intact, no prior chest surgery. 5-m gait 8.1 s; grip strength reduced; lost 12 lb unintentionally this year.

Assessment: severe symptomatic AS (AVA 0.78, MG 46, Vmax 4.4), NYHA III at presentation. STS PROM for isolated SAVR 5.8% (intermediate) with frailty (slow gait, weight loss) not captured by STS. Porcelain aorta not present on CXR; CTA pending.

Recommendation: In my judgment this patient is better served by TAVR than by SAVR - frailty and age increase his surgical risk beyond the STS estimate, and anatomy appears favorable pending CTA. Medical/palliative therapy alone is not recommended; his life expectancy is not limited by another condition and he has a clear expected benefit from valve replacement. Agree with structural heart evaluation as outpatient. Rationale documented for the heart team.
""", loinc=D_CONSULT, encounter="Encounter/adm-2026-09-10")

    b.note("ic-2026-09-29", ts("2026-09-29", "10:40"), "Structural heart clinic note", "Catalina Moreau, MD (Interventional Cardiology - Structural Heart)", """<html><body>
<h3>STRUCTURAL HEART CLINIC - TAVR EVALUATION</h3>
<p><b>Seen in person</b> with daughter. Referred after 9/10-9/13 admission.</p>
<p><b>Symptoms:</b> DOE at 1 block (NYHA II-III), near-syncope x2 before admission, none since diuresis. Sleeping flat now.</p>
<p><b>Exam:</b> BP 128/62, HR 70. 4/6 SEM radiating to carotids, delayed carotid upstroke. Femoral pulses 2+ bilaterally. No edema.</p>
<p><b>CTA TAVR protocol (9/24):</b> annulus area 468 mm&sup2;, perimeter 78 mm; coronary heights L 13 mm / R 15 mm; iliofemoral minimal diameter 7.1 mm right, 6.8 mm left - suitable for transfemoral access. No porcelain aorta.</p>
<p><b>Assessment:</b> Severe symptomatic calcific AS. I concur with Dr. Sauer's assessment: transfemoral TAVR is preferred to SAVR given frailty and age; medical therapy alone would leave him at high risk of HF and death. No comorbidity precluding benefit - amyloid excluded, prostate cancer in remission.</p>
<p><b>Plan:</b> Present at valve conference 10/01; tentative TAVR (balloon-expandable, 26 mm) once authorized. Dental clearance received.</p>
</body></html>""", ctype="text/html", loinc=D_CONSULT)

    b.note("heartteam-2026-10-01", ts("2026-10-01", "17:00"), "Heart team conference note", "Catalina Moreau, MD (Interventional Cardiology - Structural Heart)", """
MULTIDISCIPLINARY VALVE CONFERENCE - 10/01/2026

Present: C. Moreau MD (interventional cardiology), B. Sauer MD (cardiac surgery), V. Castellanos MD (imaging), A. Pryce NP (valve clinic), K. Odum RN (coordinator).

Case: 82M, severe symptomatic AS (AVA 0.78 cm2, MG 46 mmHg), LVEF 55%, STS 5.8% + frailty, CKD 3a. ATTR excluded (PYP grade 0). CTA: TF access suitable, 26 mm balloon-expandable valve.

Consensus: TF-TAVR. Both the surgeon and the interventional cardiologist have examined the patient in person (9/12 inpatient, 9/29 clinic) and documented their assessments. Contrast-sparing protocol for CKD. Joint operators: Moreau/Sauer.
""", loinc=D_PROGRESS)
    b.sr("tavr-order", "2026-10-02", "Transcatheter aortic valve replacement, percutaneous femoral artery approach", code="33361",
         requester="Catalina Moreau, MD (Interventional Cardiology - Structural Heart)")
    b.appt("tavr-2026-11-03", ts("2026-10-02", "09:00"), ts("2026-11-03", "07:00"), "TF-TAVR - hybrid OR", "Catalina Moreau, MD", minutes=180)

    case = {
        "id": "bc-tavr-01", "patient": "patients/pc09.json",
        "request": {"service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral approach"},
                    "diagnoses": [{"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-10-13"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                 "evidence": ["DocumentReference/echo-2026-08-19", "DocumentReference/ctsurg-2026-09-12", "DocumentReference/ic-2026-09-29",
                              "Observation/ava-2026-08-19"],
                 "missing": [],
                 "rationale": "Symptomatic (DOE, near-syncope, HF admission) severe AS. Cardiac surgeon examined the patient face-to-face (inpatient bedside consult) and interventional cardiologist in clinic, each evaluating SAVR/TAVR/medical therapy and documenting the rationale. Suspected ATTR amyloid refuted by PYP; prostate cancer in remission, so no comorbidity precluding benefit. Program/registry items are outside the labels."},
    }
    traps = "surgeon's face-to-face exam was an inpatient bedside consult; suspected amyloid (comorbidity) refuted by PYP; PSA '<0.1'; symptoms mentioned in a podiatry note; HTML echo and IC notes"
    return b, case, traps


def pc10():
    b = Bundle("pc10", "Imogen", "Carraway", "female", "1940-07-07", "NG-8813560")
    b.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-10-08")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2001-04-18")
    b.cond("ckd", "N18.32", "Chronic kidney disease, stage 3b", "2024-03-27")
    b.cond("osteoporosis", "M81.0", "Age-related osteoporosis without current pathological fracture", "2015-08-12")
    b.obs("ava-2026-10-08", "2026-10-08", "Aortic valve area (continuity equation)", 0.6, "cm2", "cm2", local="ECHO-AVA-VTI", category="imaging")
    b.obs("mg-2026-10-08", "2026-10-08", "Aortic valve mean gradient", 52, "mmHg", "mm[Hg]", local="ECHO-AV-MG", category="imaging")
    b.obs("vmax-2026-10-08", "2026-10-08", "Aortic valve peak velocity", 4.8, "m/s", "m/s", local="ECHO-AV-VMAX", category="imaging")
    b.obs("lvef-2026-10-08", "2026-10-08", "LVEF (TTE)", 60, "%", "%", loinc=L_LVEF, category="imaging")
    b.obs("sts-2026-10-20", "2026-10-20", "STS predicted risk of mortality (SAVR)", 4.2, "%", "%", local="STS-PROM", category="survey")
    b.obs("annulus-2026-11-17", "2026-11-17", "Aortic annulus area (CTA)", 412, "mm2", "mm2", local="CTA-ANNULUS-AREA", category="imaging")
    b.med("amlodipine", "17767", "amlodipine", "2001-04-18", dosage="amlodipine 5 mg daily (reduced from 10 mg 10/2026)")
    b.med("alendronate", "46041", "alendronate", "2015-08-12", status="stopped", dosage="alendronate 70 mg weekly",
          start="2015-08-12", end="2020-08-12", reason="Drug holiday after 5 years")

    b.note("echo-2026-10-08", ts("2026-10-08", "13:00"), "Echocardiogram report", "Rajesh Pillai, MD (Cardiology - Echocardiography)", """
TRANSTHORACIC ECHOCARDIOGRAM

Indication: murmur, exertional chest tightness.

Aortic valve: trileaflet, heavily calcified, severely reduced excursion. Vmax 4.8 m/s, mean gradient 52 mmHg, AVA 0.6 cm2 (VTI), DI 0.19. Mild AR.
LV: normal size, moderate concentric LVH, LVEF 60%. Grade I diastolic dysfunction.
RV normal; RVSP 32 mmHg. Mild MR. Aortic root 3.3 cm.

IVC normal with respiratory variation. No pericardial effusion. Left atrium mildly dilated (LAVI 38 mL/m2).
Comparison: no prior echocardiogram available in our system.

CONCLUSION: Severe (high-gradient) aortic stenosis, normal LV function. Consider structural heart referral if symptomatic.
""", loinc=D_IMAGING)

    b.note("ic-2026-10-20", ts("2026-10-20", "11:30"), "Structural heart clinic note", "Jonah Whitfield, MD (Interventional Cardiology - Structural Heart)", """
STRUCTURAL HEART CLINIC (in person)

86F referred by PCP for severe AS on echo 10/8.

Symptoms: chest tightness walking uphill to her mailbox (CCS II) and DOE for ~6 months; lightheaded once after gardening. No syncope. Lives alone, independent ADLs, drives locally.

Exam: BP 138/70, HR 72. Grade 4/6 late-peaking SEM, soft A2. Lungs clear. No edema. Radial and femoral pulses intact.

Data: echo as above; STS PROM (SAVR) 4.2%; Cr 1.6 (eGFR 31).

Assessment/Plan: severe symptomatic AS. From the interventional standpoint she is a good TAVR candidate; transfemoral access likely adequate (CTA to confirm with renal-protective protocol). Medical therapy alone not appropriate given symptoms. Given age 86 and CKD 3b, I favor TAVR over SAVR. Formal cardiac surgery evaluation requested (Dr. Lindqvist) to complete heart team assessment. Reduce amlodipine to 5 mg.
""", loinc=D_CONSULT)

    b.note("ctsurg-2026-11-10", ts("2026-11-10", "15:00"), "Cardiothoracic surgery clinic note", "Sofia Lindqvist, MD (Cardiothoracic Surgery)", """
CARDIAC SURGERY CLINIC - new patient (in person)

86F with severe AS referred by Dr. Whitfield.

HPI: as per structural heart note. Confirms exertional chest tightness and DOE, worse this month. No syncope. Ambulates without device.

PMH: HTN, CKD 3b, osteoporosis (kyphosis), no prior cardiac surgery. 
Exam: thin, kyphotic; alert, sharp. 4/6 SEM. Sternum intact. Lungs clear.

Assessment: Severe symptomatic aortic stenosis. Surgical candidacy (SAVR vs TAVR vs medical therapy) cannot be determined today - I want to review the TAVR-protocol CTA (chest wall/kyphosis, aortic calcification, annulus) and formal frailty testing (5-m gait, grip, albumin) before giving my recommendation. 

Plan: frailty testing ordered; CTA to be reviewed when read. Will present at the multidisciplinary valve conference on 12/03/2026 and document my recommendation after that discussion.
""", loinc=D_CONSULT)
    b.sr("frailty-order", "2026-11-10", "Frailty assessment: 5-m gait speed, grip strength, serum albumin", status="active",
         requester="Sofia Lindqvist, MD (Cardiothoracic Surgery)")

    b.note("cta-2026-11-17", ts("2026-11-17", "16:40"), "CT angiography report", "Hana Takeda, MD (Radiology)", """
CTA CHEST/ABDOMEN/PELVIS - TAVR PROTOCOL (low-contrast, 40 mL)

Aortic annulus: area 412 mm2, perimeter 73 mm, mean diameter 22.9 mm. LVOT mild calcification. Sinus of Valsalva diameters 29/30/29 mm. Coronary heights: LM 11 mm, RCA 14 mm. Heavy leaflet calcification.
Ascending aorta 3.4 cm; moderate calcification of the ascending aorta without circumferential ("porcelain") involvement.
Iliofemoral: minimal luminal diameter R 6.4 mm, L 6.0 mm, moderate calcification, mild tortuosity.
Incidental: severe thoracic kyphosis; 6 mm RUL nodule (follow-up per Fleischner guidelines).
""", loinc=D_IMAGING)

    b.note("coordinator-2026-11-18", ts("2026-11-18", "09:15"), "Valve clinic coordinator note", "Kendra Boateng, RN (Valve Clinic Coordinator)", """
VALVE CLINIC - COORDINATOR NOTE

Spoke with patient and son by phone. CTA completed 11/17. Heart team agrees patient is a TAVR candidate - proceeding with prior authorization for TF-TAVR per Dr. Whitfield. Surgery consult done 11/10. Frailty labs/testing to be done at conference-day visit. Tentative procedure date early January pending auth. Son will provide transportation; pt lives alone, discharge planning to arrange short-term home help. Pre-procedure dental clearance: received 11/05. Labs to be repeated within 14 days of procedure.
""")
    b.appt("valve-conf-2026-12-03", ts("2026-11-10", "15:20"), ts("2026-12-03", "07:30"), "Multidisciplinary valve conference - case presentation",
           "Sofia Lindqvist, MD (Cardiothoracic Surgery)", minutes=60)
    b.sr("tavr-order", "2026-11-18", "Transcatheter aortic valve replacement, percutaneous femoral artery approach", code="33361",
         requester="Jonah Whitfield, MD (Interventional Cardiology - Structural Heart)")

    case = {
        "id": "bc-tavr-02", "patient": "patients/pc10.json",
        "request": {"service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral approach"},
                    "diagnoses": [{"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-11-24"},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                 "evidence": ["Observation/ava-2026-10-08", "DocumentReference/ic-2026-10-20", "DocumentReference/ctsurg-2026-11-10",
                              "Appointment/valve-conf-2026-12-03"],
                 "missing": ["cardiac surgeon|surgeon|surgical evaluation|SAVR|suitability"],
                 "rationale": "Symptomatic severe AS; interventional cardiologist examined face-to-face and documented rationale. The cardiac surgeon examined her face-to-face but explicitly deferred her evaluation of suitability for SAVR/TAVR/medical therapy and her rationale until after frailty testing and the 12/03 conference (after the request). The RN coordinator's 'heart team agrees' is not the surgeon's documented judgment. Ask for the cardiac surgeon's completed evaluation/rationale."},
    }
    traps = "surgeon saw patient face-to-face but deferred her suitability judgment to a conference after the request; RN coordinator asserts 'heart team agrees'; frailty testing ordered not done"
    return b, case, traps
