"""NCD 20.32 cases (TAVR)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 20.32"
AVA = ("local", "ECHO-AVA", "Aortic valve area (continuity equation)")
MG = ("local", "ECHO-AVMG", "Aortic valve mean gradient")
VMAX = ("local", "ECHO-AVVMAX", "Aortic valve peak velocity")
LVEF = (LOINC, "10230-1", "Left ventricular Ejection fraction")


def echo(b, prefix, d, t, ava, mg, vmax, ef, enc=None, note=None):
    b.obs("ava-" + prefix, AVA, dt(d, t), ava, "cm2", "cm2", category="imaging", encounter=enc, method="Transthoracic echocardiography", note=note)
    b.obs("mg-" + prefix, MG, dt(d, t), mg, "mmHg", "mm[Hg]", category="imaging", encounter=enc, method="Transthoracic echocardiography")
    b.obs("vmax-" + prefix, VMAX, dt(d, t), vmax, "m/s", "m/s", category="imaging", encounter=enc, method="Transthoracic echocardiography")
    b.obs("lvef-" + prefix, LVEF, dt(d, t), ef, "%", "%", category="imaging", encounter=enc, method="Transthoracic echocardiography")


def tavr01():
    b = Bundle("bw09")
    b.patient("Duchesne", ["Eleanor", "R"], "female", "1941-07-19", "St. Brendan")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital with cardiac surgery and structural heart program")
    b.org("brookside", "Brookside Care Center", "Skilled nursing facility")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology / structural heart clinic")
    b.prac("dr-holm", "Holm", "David", "MD", "General cardiology")
    b.prac("dr-kowalczyk", "Kowalczyk", "Irena", "MD", "Hospital medicine")
    b.prac("dr-rahimi", "Rahimi", "Dariush", "MD", "Cardiothoracic surgery")
    b.prac("dr-varga", "Varga", "Peter", "MD", "Interventional cardiology (structural heart)")
    b.prac("np-ellis", "Ellis", "Robin", "APRN-CNP", "Structural heart nurse practitioner")
    b.prac("dr-obi", "Obi", "Samuel", "MD", "SNF attending physician")
    b.prac("dr-tran", "Tran", "Minh", "MD", "Cardiac imaging (CT)")

    b.enc("enc-cardio-2024-10-08", "AMB", "Cardiology visit", dt("2024-10-08", "09:00"), dt("2024-10-08", "09:30"), org="nv-heart")
    b.enc("enc-hosp-2026-04-06", "IMP", "Inpatient admission - hospital medicine (telemetry)", dt("2026-04-06", "13:40"), dt("2026-04-11", "11:00"),
          org="nvrmc", admit_source="Emergency department", disposition="Skilled nursing facility (Brookside)",
          reason="Exertional syncope; severe aortic stenosis")
    b.enc("enc-snf-2026-04-11", "NONAC", "Skilled nursing facility stay", dt("2026-04-11", "15:00"), dt("2026-04-30", "10:30"), org="brookside",
          disposition="Home with son")
    b.enc("enc-tele-2026-04-28", "VR", "Structural heart telehealth visit (video, from SNF)", dt("2026-04-28", "15:00"), dt("2026-04-28", "15:20"), org="nv-heart")
    b.enc("enc-cta-2026-05-05", "AMB", "CT angiography TAVR protocol", dt("2026-05-05", "08:00"), dt("2026-05-05", "09:00"), org="nvrmc")
    b.enc("enc-ht-2026-05-07", "AMB", "Multidisciplinary heart team conference", dt("2026-05-07", "07:00"), dt("2026-05-07", "08:00"), org="nvrmc")
    b.enc("enc-struct-2026-05-12", "AMB", "Structural heart clinic visit", dt("2026-05-12", "13:00"), dt("2026-05-12", "13:45"), org="nv-heart")
    b.enc("enc-tavr-2026-06-03", "IMP", "Inpatient admission - TAVR", dt("2026-06-03", "06:00"), dt("2026-06-04", "12:00"), org="nvrmc")

    b.cond("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2021-05-14")
    b.cond("c-syncope", "R55", "Syncope and collapse", "2026-04-06", category="encounter-diagnosis", encounter="enc-hosp-2026-04-06")
    b.cond("c-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-01-10")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2001-01-01")
    b.cond("c-brca-hx", "Z85.3", "Personal history of malignant neoplasm of breast", "2009-09-01",
           note="Left breast ductal carcinoma stage I, lumpectomy + radiation 2009; no recurrence; discharged from oncology 2019.")

    echo(b, "2024-10-08", "2024-10-08", "09:00", 1.2, 24, 3.3, 60, enc="enc-cardio-2024-10-08", note="Moderate aortic stenosis, calcified trileaflet valve.")
    b.doc("hp-2026-04-06", "34117-2", "History and physical note", "Admission H&P", dt("2026-04-06", "16:10"), "dr-kowalczyk",
          """ADMISSION H&P - HOSPITAL MEDICINE   04/06/2026
DUCHESNE, Eleanor  84F

CC: passed out at church.
HPI: Known moderate AS (10/2024). Over the past 3 months progressively short of breath walking from the parking lot, has to stop halfway up her stairs, and twice felt "gray" and had to sit down while gardening. Today she lost consciousness for a few seconds while climbing the church steps; no prodrome, no seizure activity, brief, full recovery. Son reports she "has slowed way down" since winter. No chest pain.
PMH: AS, HTN, CKD 3a, breast cancer 2009 (cured), osteopenia.
Exam: BP 128/70, HR 74 regular. Harsh late-peaking 4/6 systolic murmur at RUSB radiating to carotids, single S2. Lungs: bibasilar crackles. Trace edema.
ECG: sinus, LVH. Telemetry: no arrhythmia. Orthostatics negative. Head CT negative.
A/P:
1. Exertional syncope with DOE - likely progression of aortic stenosis. TTE. Cardiology consult; will involve CT surgery and structural heart.
2. CKD 3a - Cr 1.3, avoid nephrotoxins.
Code status: Full code (confirmed with patient).
""", encounter="enc-hosp-2026-04-06", custodian="nvrmc")
    echo(b, "2026-04-07", "2026-04-07", "10:30", 0.68, 47, 4.4, 55, enc="enc-hosp-2026-04-06",
         note="Severe calcific AS, trileaflet. Dimensionless index 0.22. Mild AR. Normal RV.")
    b.doc("ctsurg-consult-2026-04-08", "11488-4", "Consult note", "Cardiothoracic surgery consultation", dt("2026-04-08", "17:30"), "dr-rahimi",
          """CARDIOTHORACIC SURGERY CONSULTATION   04/08/2026
Patient: Eleanor Duchesne 84F   Location: 5W-14   Surgeon: Dariush Rahimi MD
Requested by: I. Kowalczyk MD   Question: surgical candidacy, severe AS

I saw and examined the patient at the bedside today with her son present.
Summary: symptomatic severe calcific AS (AVA 0.68 cm2, MG 47 mmHg, Vmax 4.4 m/s, EF 55%) presenting with exertional syncope and NYHA III dyspnea.
Exam: frail-appearing, alert and oriented, 5-m gait speed 8.1 s, grip strength reduced. Sternum intact, no prior cardiac surgery. Lungs: faint bibasilar crackles.
Risk: STS PROM for isolated SAVR 7.8%. Frailty, age 84, CKD 3a.
Assessment: She is a high-risk candidate for surgical AVR. Her comorbidities do not preclude meaningful benefit from relief of aortic stenosis; she was fully independent until this winter and her goals are to stay in her home.
Recommendation: transcatheter AVR rather than SAVR, pending CTA for access and annular sizing. Medical/palliative therapy alone would leave her at high risk of death within 1-2 years. I have documented this rationale for the heart team.
""", encounter="enc-hosp-2026-04-06", custodian="nvrmc")
    b.proc("proc-cors-2026-04-09", (CPT, "93458", "Left heart catheterization with coronary angiography"), dt("2026-04-09", "09:00"),
           encounter="enc-hosp-2026-04-06", performer="dr-varga", outcome="Mild non-obstructive CAD; no PCI needed before TAVR.")
    b.doc("ic-consult-2026-04-09", "11488-4", "Consult note", "Interventional cardiology / structural heart consultation", dt("2026-04-09", "15:00"), "dr-varga",
          """INTERVENTIONAL CARDIOLOGY - STRUCTURAL HEART CONSULTATION   04/09/2026
Eleanor Duchesne 84F   Consultant: Peter Varga MD

Seen and examined in person at the bedside this afternoon after her coronary angiogram.
Symptomatic severe AS: exertional syncope 4/6, exertional dyspnea NYHA III over 3 months. TTE 4/7: AVA 0.68, MG 47, Vmax 4.4, EF 55%. Coronary angiography today: mild non-obstructive CAD.
Exam: 4/6 late-peaking SEM, diminished S2, carotid upstrokes delayed. Radial pulses 2+, femoral pulses palpable bilaterally.
I agree with Dr. Rahimi (CT surgery, seen 4/8): high surgical risk (STS 7.8%, frailty). She is a good candidate for transfemoral TAVR; anatomy to be confirmed by CTA after SNF discharge (hold contrast load now given CKD). Expected benefit: symptom relief, reduced syncope and mortality risk; life expectancy otherwise well beyond 1 year.
Rationale documented and shared with the heart team. Plan: SNF rehab, outpatient CTA, heart team conference.
""", encounter="enc-hosp-2026-04-06", custodian="nvrmc")
    b.doc("dc-2026-04-11", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-04-11", "10:00"), "dr-kowalczyk",
          """DISCHARGE SUMMARY 04/06/2026 - 04/11/2026
DUCHESNE, Eleanor 84F  Disposition: Brookside Care Center (SNF)
Exertional syncope due to severe AS. Seen by CT surgery (Dr. Rahimi, 4/8) and structural cardiology (Dr. Varga, 4/9): high surgical risk, TF-TAVR recommended. Coronary angiography 4/9 mild CAD. Gentle diuresis with furosemide 20 PO.
Follow-up: CTA TAVR protocol 5/5, heart team 5/7, structural clinic 5/12. Fall precautions; no driving.
""", encounter="enc-hosp-2026-04-06", custodian="nvrmc")
    b.med("rx-furo", "4603", "furosemide 20 mg oral tablet", dt("2026-04-10", "09:00"), dosage="20 mg daily", encounter="enc-hosp-2026-04-06",
          start="2026-04-10", requester="dr-kowalczyk")
    b.doc("snf-2026-04-27", "11506-3", "Progress note", "SNF physician progress note", dt("2026-04-27", "11:00"), "dr-obi",
          """BROOKSIDE CARE CENTER - PHYSICIAN NOTE 04/27/2026
E. Duchesne 84F. Severe AS awaiting TAVR work-up. No recurrent syncope or near-syncope since admission; denies chest pain. Still dyspneic after 100-150 ft with walker, needs rest breaks on stairs. MoCA 24/30 (education 10 yrs). Eating well. Plan d/c home with son 4/30, HH PT.
""", encounter="enc-snf-2026-04-11", custodian="brookside")
    b.doc("tele-2026-04-28", "11506-3", "Progress note", "Structural heart telehealth visit", dt("2026-04-28", "15:25"), "np-ellis",
          """STRUCTURAL HEART - TELEHEALTH (VIDEO) 04/28/2026
Robin Ellis APRN-CNP. Patient at Brookside SNF with nursing present. Reviewed TAVR process, CTA prep (hydration protocol for CKD), heart team date. Questions answered. No exam performed (video).
""", encounter="enc-tele-2026-04-28", custodian="nv-heart")
    b.doc("cta-2026-05-05", "18748-4", "Diagnostic imaging study", "CT angiography - TAVR protocol", dt("2026-05-05", "15:00"), "dr-tran",
          """CT ANGIOGRAPHY CHEST/ABDOMEN/PELVIS - TAVR PROTOCOL   05/05/2026
Aortic annulus: perimeter 70.1 mm (perimeter-derived diameter 22.3 mm), area 382 mm2. Heavily calcified trileaflet valve (calcium score 2,890 AU).
Coronary heights: LM 11.5 mm, RCA 13.8 mm. Sinus of Valsalva widths adequate.
Iliofemoral: minimum luminal diameters R 6.4 mm, L 6.2 mm, mild calcification, no significant tortuosity - suitable for transfemoral access.
Incidental: none significant.
""", encounter="enc-cta-2026-05-05", custodian="nvrmc")
    ht = html_doc("Heart team", """
<h2>Multidisciplinary Heart Team Conference - Aortic Valve</h2>
<p><b>Date:</b> 05/07/2026 &nbsp; <b>Patient:</b> Eleanor Duchesne, 84 F</p>
<p><b>Present:</b> D. Rahimi MD (cardiac surgery), P. Varga MD (interventional cardiology), M. Tran MD (cardiac CT), D. Holm MD (general cardiology),
R. Ellis APRN (structural heart), anesthesia, valve clinic coordinator.</p>
<p><b>Data:</b> symptomatic severe AS (syncope, NYHA III); TTE 04/07/2026 AVA 0.68 cm&sup2;, MG 47 mmHg, Vmax 4.4 m/s, EF 55%; STS PROM 7.8%;
frailty; CKD 3a; CTA 05/05 annulus 382 mm&sup2;, iliofemoral access adequate.</p>
<p><b>Independent evaluations:</b> cardiac surgery (Dr. Rahimi, in person 04/08/2026) and interventional cardiology (Dr. Varga, in person 04/09/2026 and 05/12 scheduled).</p>
<p><b>Consensus:</b> transfemoral TAVR with a balloon-expandable valve, 23 mm. Comorbidities (age, frailty, CKD 3a, remote breast cancer) are not expected to preclude
benefit; anticipated improvement in symptoms, function and survival.</p>
""")
    b.doc("heart-team-2026-05-07", "11506-3", "Progress note", "Heart team conference summary", dt("2026-05-07", "09:00"), "dr-varga",
          ht, ctype="text/html", encounter="enc-ht-2026-05-07", custodian="nvrmc")
    b.doc("struct-clinic-2026-05-12", "11506-3", "Progress note", "Structural heart clinic visit", dt("2026-05-12", "13:50"), "dr-varga",
          """STRUCTURAL HEART CLINIC 05/12/2026 - P. Varga MD
E. Duchesne 84F, home since 4/30 with son. Dyspnea with 1 flight, no further syncope. Exam unchanged, 4/6 SEM. Femoral pulses 2+.
Heart team consensus 5/7: TF-TAVR 23 mm. Consent discussion today with patient and son; they wish to proceed. Target date 6/3/2026.
""", encounter="enc-struct-2026-05-12", custodian="nv-heart")

    # after request
    b.proc("proc-tavr-2026-06-03", (CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
           dt("2026-06-03", "09:15"), encounter="enc-tavr-2026-06-03", performer="dr-varga",
           outcome="23 mm balloon-expandable valve; MG 8 mmHg post; no paravalvular leak; no complications.")

    c = case("bw-tavr-01", "bw09", svc("cpt", "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
             [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
             "2026-05-14", "approve", P,
             ["Observation/ava-2026-04-07", "DocumentReference/hp-2026-04-06", "DocumentReference/ctsurg-consult-2026-04-08",
              "DocumentReference/ic-consult-2026-04-09", "DocumentReference/heart-team-2026-05-07"],
             rationale="Symptomatic severe AS (syncope, NYHA III; the 2024 moderate study is superseded). The cardiac surgeon and the interventional cardiologist each examined her in person during the stay and documented their rationale, shared with the heart team; comorbidities are addressed as not precluding benefit. The NP video visit is not needed. The TAVR procedure itself is dated after the request.",
             note="TF-TAVR for symptomatic severe AS. Heart team 5/7. Target date 6/3.")
    return c, b


def tavr02():
    b = Bundle("bw10")
    b.patient("Vukovich", ["Gerald", "S"], "male", "1947-02-25", "Brannock")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital with cardiac surgery and structural heart program")
    b.org("maplegrove", "Maple Grove Health & Rehabilitation", "Skilled nursing facility")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology / structural heart clinic")
    b.org("nv-cts", "Northvale Cardiothoracic Surgery", "Cardiac surgery clinic")
    b.prac("dr-bauer", "Bauer", "Nina", "MD", "Hospital medicine")
    b.prac("dr-feld", "Feld", "Jonah", "MD", "Cardiothoracic surgery")
    b.prac("dr-varga", "Varga", "Peter", "MD", "Interventional cardiology (structural heart)")
    b.prac("dr-nakamura", "Nakamura", "Keiko", "MD", "SNF attending physician")
    b.prac("rn-valve", "Pereira", "Dana", "RN", "Valve clinic coordinator")
    b.prac("dr-tran", "Tran", "Minh", "MD", "Cardiac imaging (CT)")

    b.enc("enc-hosp-2026-10-12", "IMP", "Inpatient admission - hospital medicine", dt("2026-10-12", "20:15"), dt("2026-10-17", "12:00"),
          org="nvrmc", admit_source="Emergency department", disposition="Skilled nursing facility (Maple Grove)",
          reason="Acute decompensated heart failure; severe aortic stenosis")
    b.enc("enc-snf-2026-10-17", "NONAC", "Skilled nursing facility stay", dt("2026-10-17", "15:00"), dt("2026-10-30", "10:00"), org="maplegrove",
          disposition="Home with wife")
    b.enc("enc-struct-2026-11-03", "AMB", "Structural heart clinic - new patient", dt("2026-11-03", "10:00"), dt("2026-11-03", "10:50"), org="nv-heart")
    b.enc("enc-cta-2026-11-06", "AMB", "CT angiography TAVR protocol", dt("2026-11-06", "08:00"), dt("2026-11-06", "09:00"), org="nvrmc")
    b.enc("enc-cts-2026-11-20", "AMB", "Cardiothoracic surgery consultation", dt("2026-11-20", "09:00"), dt("2026-11-20", "09:45"), org="nv-cts")

    b.cond("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-10-13")
    b.cond("c-hf", "I50.23", "Acute on chronic systolic (congestive) heart failure", "2026-10-12", category="encounter-diagnosis",
           encounter="enc-hosp-2026-10-12")
    b.cond("c-copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2016-03-08", note="Mild, FEV1 68%.")
    b.cond("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2011-07-19")
    b.obs("nt-2026-10-12", (LOINC, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), dt("2026-10-12", "20:40"),
          6820, "pg/mL", "pg/mL", encounter="enc-hosp-2026-10-12", interp="High")
    echo(b, "2026-10-13", "2026-10-13", "11:00", 0.74, 43, 4.2, 45, enc="enc-hosp-2026-10-12",
         note="Severe calcific AS; mildly reduced LV function, concentric LVH, moderate MR.")
    b.doc("hp-2026-10-12", "34117-2", "History and physical note", "Admission H&P", dt("2026-10-12", "23:10"), "dr-bauer",
          """ADMISSION H&P   10/12/2026
VUKOVICH, Gerald 79M

CC: SOB, leg swelling x 2 weeks.
HPI: Progressive DOE over 6 months, now 1/2 block, 2-pillow orthopnea, 5 kg weight gain. Chest tightness with exertion. No syncope. Has not seen cardiology in years ("heart murmur" mentioned by PCP 2023).
Exam: BP 142/80 HR 92. 3/6 late-peaking SEM RUSB, soft S2. JVP 12 cm, crackles, 2+ edema.
NT-proBNP 6820. Troponin flat low.
A/P: ADHF, suspected AS - IV diuresis, TTE, cardiology.
""", encounter="enc-hosp-2026-10-12", custodian="nvrmc")
    b.doc("progress-2026-10-15", "11506-3", "Progress note", "Hospital medicine progress note", dt("2026-10-15", "11:30"), "dr-bauer",
          """HOSPITAL MEDICINE PROGRESS NOTE 10/15/2026 - Vukovich, Gerald
Diuresing well (-3.8 L). TTE 10/13: severe AS (AVA 0.74, MG 43, Vmax 4.2), EF 45%.
Discussed by phone with CT surgery (Dr. Feld): based on echo and history, probably intermediate-to-high surgical risk; recommends outpatient structural heart/TAVR evaluation after rehab rather than inpatient consult. He did not see the patient.
Plan: continue IV furosemide today, PO tomorrow. SNF referral (deconditioned, lives with frail wife).
""", encounter="enc-hosp-2026-10-12", custodian="nvrmc")
    b.doc("dc-2026-10-17", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-10-17", "11:00"), "dr-bauer",
          """DISCHARGE SUMMARY 10/12/2026 - 10/17/2026
VUKOVICH, Gerald 79M   Disposition: Maple Grove Health & Rehab (SNF)
1. ADHF due to severe AS (TTE 10/13 AVA 0.74 cm2, MG 43 mmHg, EF 45%). Diuresed 5.1 kg. Furosemide 40 PO daily.
2. Severe AS, symptomatic (NYHA III). CT surgery (Dr. Feld) curbside consulted by phone - felt intermediate-high risk; outpatient TAVR evaluation recommended. Structural heart clinic referral placed.
3. COPD, T2DM stable.
""", encounter="enc-hosp-2026-10-12", custodian="nvrmc")
    b.med("rx-furo", "4603", "furosemide 40 mg oral tablet", dt("2026-10-16", "09:00"), dosage="40 mg daily", encounter="enc-hosp-2026-10-12",
          start="2026-10-16", requester="dr-bauer")
    b.med("rx-metformin", "6809", "metformin 500 mg oral tablet", "2020-01-10", dosage="500 mg twice daily", start="2020-01-10")
    b.doc("snf-dc-2026-10-30", "18842-5", "Discharge summary", "SNF discharge summary (Maple Grove)", dt("2026-10-30", "09:00"), "dr-nakamura",
          """MAPLE GROVE HEALTH & REHAB - DISCHARGE SUMMARY
Gerald Vukovich   10/17/2026 - 10/30/2026
Rehab after ADHF. Weights stable on furosemide 40. Ambulates 200 ft with rollator, dyspnea with 1 flight. No syncope. Discharged home with wife; HH PT. Structural heart appointment 11/3 confirmed.
""", encounter="enc-snf-2026-10-17", custodian="maplegrove")
    b.doc("struct-2026-11-03", "11488-4", "Consult note", "Structural heart clinic consultation", dt("2026-11-03", "11:10"), "dr-varga",
          """STRUCTURAL HEART CLINIC - NEW PATIENT   11/03/2026
Gerald Vukovich 79M   Peter Varga MD (interventional cardiology)

I examined the patient in clinic today with his wife.
Symptomatic severe AS: NYHA III dyspnea, exertional chest tightness, ADHF admission 10/12. TTE 10/13: AVA 0.74, MG 43, Vmax 4.2, EF 45%.
Exam: 3/6 SEM, delayed carotid upstroke, no edema today. Femoral pulses 2+ bilaterally.
STS PROM (calculated) 5.1% - intermediate risk. Mild COPD, T2DM.
Assessment: symptomatic severe AS; reasonable TAVR candidate from an interventional standpoint. Comorbidities not prohibitive; expected to benefit.
Plan:
- CTA TAVR protocol (ordered, 11/6).
- Formal cardiac surgery evaluation: in-person consult with Dr. Feld scheduled 11/20/2026 (he has not examined the patient; inpatient input was by phone).
- Heart team conference after surgical consult.
Valve coordinator will submit authorization now to avoid delay.
""", encounter="enc-struct-2026-11-03", custodian="nv-heart")
    b.appt("appt-ctsurg-2026-11-20", dt("2026-11-03", "11:20"), dt("2026-11-20", "09:00"), "Cardiothoracic surgery new patient consult (TAVR/SAVR evaluation) - Dr. Feld",
           practitioner="dr-feld", minutes=45)
    b.doc("cta-2026-11-06", "18748-4", "Diagnostic imaging study", "CT angiography - TAVR protocol", dt("2026-11-06", "14:00"), "dr-tran",
          """CTA TAVR PROTOCOL 11/06/2026
Annulus area 468 mm2, perimeter 78 mm. Trileaflet, heavy calcification. Coronary heights LM 12 mm, RCA 15 mm.
Iliofemoral minimum diameters R 7.1 mm, L 6.8 mm - suitable for transfemoral access.
""", encounter="enc-cta-2026-11-06", custodian="nvrmc")
    b.doc("coord-2026-11-12", "34109-9", "Note", "Valve clinic coordinator note", dt("2026-11-12", "16:00"), "rn-valve",
          """VALVE CLINIC COORDINATOR 11/12/2026
TAVR auth packet assembled: echo 10/13, Dr. Varga consult 11/3, CTA 11/6, hospital records. CT surgery consult 11/20 - will forward note when signed. Submitting 11/13.
""", custodian="nv-heart")

    # after request
    b.doc("ctsurg-2026-11-20", "11488-4", "Consult note", "Cardiothoracic surgery consultation", dt("2026-11-20", "10:15"), "dr-feld",
          """CARDIOTHORACIC SURGERY CONSULTATION 11/20/2026
Gerald Vukovich 79M - seen and examined in clinic.
Symptomatic severe AS. STS PROM 5.1%, frailty moderate, COPD. I recommend TAVR over SAVR; rationale shared with heart team.
""", encounter="enc-cts-2026-11-20", custodian="nv-cts")

    c = case("bw-tavr-02", "bw10", svc("cpt", "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
             [dx("I35.0", "Nonrheumatic aortic (valve) stenosis"), dx("I50.23", "Acute on chronic systolic (congestive) heart failure")],
             "2026-11-13", "request_info", P,
             ["Observation/ava-2026-10-13", "DocumentReference/struct-2026-11-03", "DocumentReference/progress-2026-10-15",
              "Appointment/appt-ctsurg-2026-11-20"],
             missing=["cardiac surgeon|cardiac surgery|cardiothoracic|CT surgery|surgical evaluation|surgeon"],
             rationale="Symptomatic severe AS and an in-person interventional cardiology evaluation are documented. The cardiac surgeon's only input so far was a phone curbside during the stay (explicitly not seen); his face-to-face consult is booked for after the request date. The consult note dated 11/20 does not exist for this request. Pending required step: ask for it.",
             note="TF-TAVR evaluation. Symptomatic severe AS, AVA 0.74. Submitting early to avoid delay; CT surgery consult 11/20.")
    return c, b


CASES = [tavr01, tavr02]
