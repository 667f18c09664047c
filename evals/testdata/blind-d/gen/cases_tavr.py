"""NCD 20.32 TAVR cases (bd-tavr-01..03)."""
from lib import Chart, case, gold, CPT

SVC = ("33361", CPT, "Transcatheter aortic valve replacement (TAVR/TAVI), percutaneous femoral artery approach")


# ---------------------------------------------------------------------------------------------------------------
def tavr01():
    """Approve: low-flow low-gradient AS confirmed severe on dobutamine stress echo; symptomatic; interventional
    cardiologist and cardiac surgeon each examined her face-to-face (surgeon statement mid-note, HTML)."""
    c = Chart("pd13", -5, local_system="http://ehr.brightwater-heart.example/CodeSystem/echo-measures",
              org="Brightwater Heart Institute")
    c.patient("Holloway", ["Beatrix", "E"], "female", "1943-09-09", "BHI-0552187", "Asheville", "NC")
    c.condition("as", "I35.0", "2024-04-10", text="Aortic stenosis, calcific")
    c.condition("hfref", "I50.22", "2026-03-30", text="Chronic systolic heart failure, LVEF 38%")
    c.condition("htn", "I10", "2001-05-14")
    c.condition("ckd", "N18.31", "2022-08-09", text="CKD stage 3a")
    c.condition("amd", "H35.30", "2019-10-21", text="Macular degeneration, dry")
    c.obs("tte-mg-2024-04-10", "Aortic valve mean gradient (TTE)", "2024-04-10", value=21, unit="mm[Hg]",
          local="AV-MG", category="imaging", components=[c.comp("Aortic valve area (continuity)", 1.2, "cm2",
                                                                  local="AV-AVA")])
    c.obs("tte-lvef-2026-03-30", "LV ejection fraction (TTE)", "2026-03-30", value=38, unit="%", loinc="10230-1",
          local="LVEF", category="imaging", time="10:30")
    c.obs("tte-av-2026-03-30", "Aortic valve mean gradient (TTE, rest)", "2026-03-30", value=27, unit="mm[Hg]",
          local="AV-MG", category="imaging", time="10:30",
          components=[c.comp("Aortic valve area (continuity)", 0.78, "cm2", local="AV-AVA"),
                      c.comp("Aortic peak velocity", 3.3, "m/s", local="AV-VMAX"),
                      c.comp("Stroke volume index", 29, "mL/m2", local="LV-SVI")])
    c.proc("dse-2026-04-21", "Low-dose dobutamine stress echocardiogram", "2026-04-21", code="93350", time="09:00")
    c.obs("dse-av-2026-04-21", "Aortic valve mean gradient, peak dobutamine (20 mcg/kg/min)", "2026-04-21", value=43,
          unit="mm[Hg]", local="DSE-AV-MG", category="imaging", time="09:40",
          components=[c.comp("Aortic peak velocity, peak dobutamine", 4.1, "m/s", local="DSE-AV-VMAX"),
                      c.comp("Aortic valve area, peak dobutamine", 0.86, "cm2", local="DSE-AV-AVA"),
                      c.comp("Stroke volume increase from baseline", 24, "%", local="DSE-SV-RESERVE")])
    c.obs("nyha-2026-05-05", "NYHA functional class", "2026-05-05", vstr="III", local="NYHA", category="exam",
          time="10:00")
    c.obs("sts-2026-05-12", "STS predicted risk of mortality (isolated AVR)", "2026-05-12", value=6.8, unit="%",
          local="STS-PROM", category="survey", time="14:00")
    c.proc("cta-tavr-2026-05-01", "CT angiography chest/abdomen/pelvis, TAVR planning protocol", "2026-05-01",
           time="11:00", note="Annulus perimeter 71.2 mm, area 392 mm2; iliofemoral minimal diameter 6.4 mm R / 6.1 mm L.")
    c.med("furosemide", "4603", "furosemide 20 mg tablet", "2026-03-30", dose="20 mg PO daily")
    c.med("losartan", "52175", "losartan 25 mg tablet", "2018-02-01", dose="25 mg PO daily")
    c.sreq("tavr-order", "TF-TAVR", "2026-05-20", code="33361",
           requester="Desmond Achterhof, MD (Interventional Cardiology - Structural Heart)")

    c.note("note-ophtho-2026-02-02", "Ophthalmology Note", "2026-02-02", "Lena Sorensen, MD (Ophthalmology - Retina)", """
RETINA CLINIC 02/02/2026
Dry AMD OU, intermediate. VA OD 20/40, OS 20/60. IOP 15/16. Pseudophakic OU (2019). OCT: large soft drusen OU,
no subretinal fluid, no CNV. Fundus: pigmentary change, no hemorrhage.
A/P: intermediate dry AMD -- continue AREDS2. Amsler grid daily; call for new distortion. Low-vision referral for
magnifiers and a talking-watch resource list. Discussed fall risk with reduced vision. Pt mentions she has "a heart valve problem" and gets winded walking in from the parking lot -- defers
to cardiology. Large-print materials given. RTC 6 mo.
""", time="10:50")
    c.note("rpt-tte-2026-03-30", "Echocardiogram Report", "2026-03-30", "Hugo Brennan, MD (Cardiology - Echo)", """
TRANSTHORACIC ECHO -- 03/30/2026
Indication: AS follow-up, worsening DOE. Comparison 04/10/2024 (mean gradient 21 mmHg, AVA 1.2 cm2).
LV: normal size, mild concentric LVH, global hypokinesis, LVEF 38%. SVi 29 mL/m2 (low flow).
AV: severely calcified trileaflet, reduced excursion. Vmax 3.3 m/s, mean gradient 27 mmHg, AVA 0.78 cm2
(continuity), DVI 0.22.
MV: mild MAC, mild MR. RVSP 36 mmHg.
IMPRESSION: Low-flow, low-gradient aortic stenosis with reduced LVEF -- discordant grading (AVA in severe range,
gradient in moderate range). Recommend low-dose dobutamine stress echo to distinguish true-severe from
pseudo-severe AS.
""", loinc="34552-0", time="12:00")
    c.note("rpt-dse-2026-04-21", "Dobutamine Stress Echo Report", "2026-04-21", "Hugo Brennan, MD (Cardiology - Echo)", """
<html><body>
<h3>LOW-DOSE DOBUTAMINE STRESS ECHOCARDIOGRAM</h3>
<p>Date: 04/21/2026 &nbsp; Protocol: dobutamine 5 &rarr; 10 &rarr; 20 mcg/kg/min, 5-min stages.</p>
<table border="1" cellpadding="3">
<tr><th>Stage</th><th>HR</th><th>SV (mL)</th><th>Vmax (m/s)</th><th>Mean gradient (mmHg)</th><th>AVA (cm&sup2;)</th></tr>
<tr><td>Baseline</td><td>68</td><td>49</td><td>3.3</td><td>27</td><td>0.78</td></tr>
<tr><td>10 mcg</td><td>74</td><td>56</td><td>3.8</td><td>36</td><td>0.82</td></tr>
<tr><td>20 mcg</td><td>82</td><td>61</td><td>4.1</td><td>43</td><td>0.86</td></tr>
</table>
<p>Contractile (flow) reserve present: stroke volume increased 24%. No ischemic wall-motion changes; no
arrhythmia.</p>
<p><b>Impression:</b> TRUE SEVERE low-flow, low-gradient aortic stenosis &mdash; mean gradient rises to 43 mmHg with
AVA remaining &lt; 1.0 cm&sup2;. Contractile reserve present.</p>
</body></html>
""", ctype="text/html", loinc="18107-3", time="12:30")
    c.note("note-ic-2026-05-05", "Structural Heart Consult", "2026-05-05",
           "Desmond Achterhof, MD (Interventional Cardiology - Structural Heart)", """
STRUCTURAL HEART CLINIC -- NEW CONSULTATION                               05/05/2026
Referring: Dr. Nakamura (general cardiology)

HPI: Mrs. Holloway is an 82-year-old retired postmistress with hypertension, CKD 3a and dry macular degeneration,
referred for management of aortic stenosis. Over the last 6 months she has developed dyspnea climbing a single
flight of stairs and walking from the parking lot into church, with two episodes of lightheadedness on the stairs
that made her sit down. She sleeps on two pillows. She has stopped driving at night because of her eyes, and her
son now does her grocery shopping. No chest pain. No syncope.

Data: TTE 3/30/2026 -- LVEF 38%, SVi 29, AVA 0.78 cm2, mean gradient 27 mmHg (low-flow low-gradient). DSE
4/21/2026 -- true severe AS (mean gradient 43 mmHg at peak, AVA 0.86, flow reserve 24%). TAVR CT 5/1 -- annulus
392 mm2; femoral access adequate bilaterally; porcelain-like calcification of the ascending aorta. Cath 2025:
non-obstructive CAD.

Exam: I examined her in person in clinic today with her son present. BP 118/64, HR 70. Late-peaking 3/6 systolic
murmur at RUSB, single S2. Bibasilar crackles. 1+ ankle edema. 5-m gait speed 6.9 s. Grip strength reduced.
Alert, fully oriented, manages her own medications (large-print labels).

Assessment: symptomatic (NYHA III, exertional presyncope) severe low-flow, low-gradient aortic stenosis with
reduced LVEF and contractile reserve. STS risk intermediate-to-high; frailty markers present; calcified ascending
aorta raises surgical complexity. In my judgement transfemoral TAVR is the preferred strategy over SAVR; medical
therapy alone would carry a poor prognosis. She and her son understand and wish to proceed.

Plan: cardiac surgery evaluation (Dr. Varga) for heart team review; dental clearance received; heart team
conference 5/19.
""", loinc="11488-4", time="11:40")
    c.note("note-cts-2026-05-12", "Cardiac Surgery Consult", "2026-05-12",
           "Tamas Varga, MD (Cardiothoracic Surgery)", """
<html><body>
<h3>CARDIAC SURGERY CONSULTATION &mdash; Heart Valve Team</h3>
<p><b>Date:</b> 05/12/2026 &nbsp; <b>Patient:</b> Holloway, Beatrix (82 F) &nbsp; <b>Requesting:</b> Dr. Achterhof</p>
<p><b>History:</b> Progressive exertional dyspnea and lightheadedness over 6 months; NYHA class III. LVEF 38%.
Low-flow, low-gradient AS confirmed true-severe on DSE (4/21). PMH: HTN, CKD 3a (Cr 1.2), dry AMD, no prior
cardiac surgery, no lung disease.</p>
<p><b>Examination:</b> seen together with my PA, Ms. Ortiz; I saw and examined the patient face to face in clinic
today with her son present. Frail-appearing, ambulates with a cane. Harsh late-peaking systolic murmur, absent A2.
Sternum intact. Lungs: faint bibasilar crackles.</p>
<p><b>Risk:</b> STS PROM 6.8% (isolated AVR). Frailty: gait speed 6.9 s, reduced grip, albumin 3.3. CT: heavily
calcified ascending aorta (partial porcelain aorta), which would make aortic cannulation and cross-clamping
hazardous.</p>
<p><b>Assessment and recommendation:</b> I agree that she has symptomatic severe aortic stenosis. Given frailty and
the calcified ascending aorta, I consider her high risk for surgical AVR and recommend transfemoral TAVR. I will
participate in the procedure as the heart team surgeon. Rationale documented here and shared with the structural
heart team.</p>
</body></html>
""", ctype="text/html", loinc="11488-4", time="15:20")
    c.note("note-hteam-2026-05-19", "Heart Team Conference Note", "2026-05-19",
           "Priya Raman-Cole, NP (Structural Heart Program)", """
HEART TEAM CONFERENCE -- 05/19/2026
Present: Dr. Achterhof (IC), Dr. Varga (CT surgery), Dr. Brennan (imaging), Dr. Nakamura (general cardiology),
P. Raman-Cole NP.
Case: 82F, symptomatic true-severe LFLG AS (DSE), LVEF 38%, STS 6.8%, frail, calcified ascending aorta.
Both IC and surgeon have independently evaluated the patient in clinic (5/5 and 5/12).
Imaging reviewed: TTE 3/30 (LFLG, EF 38%), DSE 4/21 (true severe, flow reserve present), CT 5/1 (annulus 392 mm2,
adequate iliofemoral access, calcified ascending aorta).
Consensus: TF-TAVR, 23 mm balloon-expandable valve per CT sizing. Conscious sedation. Post-op: DAPT not required;
aspirin 81 mg. Pre-procedure labs, dental clearance on file. Tentative date 6/9/2026 pending authorization.
""", time="13:00")

    cs = case("bd-tavr-01", "pd13", SVC, ["I35.0", "I50.22"], "2026-05-26",
              gold("approve", "NCD 20.32",
                   ["DocumentReference/rpt-dse-2026-04-21", "Observation/dse-av-2026-04-21",
                    "DocumentReference/note-ic-2026-05-05", "DocumentReference/note-cts-2026-05-12"],
                   "Symptomatic (NYHA III, exertional presyncope) severe AS: resting TTE was low-flow low-gradient "
                   "(27 mmHg, AVA 0.78); DSE confirmed true-severe (43 mmHg, AVA 0.86, flow reserve) -- the older 2024 "
                   "moderate study is superseded. Interventional cardiologist (5/5) and cardiac surgeon (5/12) each "
                   "examined her face-to-face, assessed SAVR/TAVR/medical therapy and documented their rationale; heart "
                   "team consensus. No comorbidity precluding benefit."),
              note="TF-TAVR for symptomatic severe LFLG AS; heart team consensus 5/19.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def tavr02():
    """Refer: very severe AS but documented asymptomatic (normal ETT 10.1 METs); request note says 'symptomatic'."""
    c = Chart("pd14", -8, local_system="http://fhir.sierravista-cv.example/CodeSystem/cv-results",
              org="Sierra Vista Cardiovascular")
    c.patient("Ashcombe", ["Reginald", "T"], "male", "1948-02-03", "SVC-3390146", "Fresno", "CA")
    c.condition("as", "I35.0", "2022-05-18", text="Aortic stenosis (bicuspid excluded, trileaflet calcific)")
    c.condition("hld", "E78.00", "2012-09-04", text="Hypercholesterolemia")
    c.condition("bph", "N40.0", "2020-01-15")
    c.obs("tte-av-2026-07-21", "Aortic peak velocity (TTE)", "2026-07-21", value=4.9, unit="m/s", local="AV-VMAX",
          category="imaging", time="09:30",
          components=[c.comp("Aortic valve mean gradient", 58, "mm[Hg]", local="AV-MG"),
                      c.comp("Aortic valve area (continuity)", 0.62, "cm2", local="AV-AVA")])
    c.obs("tte-lvef-2026-07-21", "LV ejection fraction (TTE)", "2026-07-21", value=62, unit="%", loinc="10230-1",
          category="imaging", time="09:30")
    c.obs("bnp-2026-07-21", "BNP", "2026-07-21", value=88, unit="pg/mL", loinc="30934-4", time="08:00")
    c.proc("ett-2026-08-11", "Exercise treadmill test (Bruce protocol)", "2026-08-11", code="93015", time="08:00")
    c.obs("ett-mets-2026-08-11", "Exercise capacity (treadmill), METs", "2026-08-11", value=10.1, unit="{MET}",
          local="ETT-METS", category="procedure", time="08:30",
          components=[c.comp("Exercise duration", 9.1, "min", local="ETT-DUR"),
                      c.comp("Symptoms during exercise", vstr="None (stopped for target HR / leg fatigue)",
                             local="ETT-SX"),
                      c.comp("Blood pressure response", vstr="Normal rise 132/78 -> 186/82", local="ETT-BPR")])
    c.med("rosuva", "301542", "rosuvastatin 10 mg tablet", "2012-09-04", dose="10 mg PO daily")
    c.med("tamsulosin", "77492", "tamsulosin 0.4 mg capsule", "2020-01-15", dose="0.4 mg PO nightly")
    c.sreq("tavr-order", "TF-TAVR", "2026-09-08", code="33361", requester="Noor Haddad, MD (Interventional Cardiology)")

    c.note("note-pcp-2026-07-07", "Annual Physical", "2026-07-07", "Gwen Alvarado, MD (Internal Medicine)", """
ANNUAL EXAM -- 07/07/2026
78M. Feels well. Plays pickleball 3 mornings/wk (doubles, 90 min), walks the dog 2 miles daily, does his own yard
work. Denies chest pain, pressure, dyspnea on exertion, lightheadedness, syncope, palpitations, orthopnea, edema.
Sleeps well.
Murmur: 4/6 late-peaking SEM RUSB, softer A2 -- louder than last year. Known AS followed by cardiology; last echo
2025 "severe" (Vmax 4.3).
Labs: LDL 72, A1c 5.5, Cr 0.9.
A/P: asymptomatic severe AS -- repeat TTE and cardiology f/u now (overdue). BPH stable. Colonoscopy aged out.
""", time="10:30")
    c.note("rpt-tte-2026-07-21", "Echocardiogram Report", "2026-07-21", "Sunita Rao, MD (Cardiology - Echo)", """
TTE -- 07/21/2026
LV normal size, moderate concentric LVH, LVEF 62%, GLS -17%. AV: heavily calcified trileaflet. Vmax 4.9 m/s,
mean gradient 58 mmHg, AVA 0.62 cm2 (0.31 cm2/m2), DVI 0.20. Mild AR. MV normal. RVSP 28.
Comparison 6/2025: Vmax 4.3 m/s, MG 44 mmHg.
LA mildly enlarged. Aortic root 3.6 cm. No pericardial effusion. Rhythm: sinus 62.
IMPRESSION: Very severe aortic stenosis (Vmax >= 4.5 m/s) with rapid progression (+0.6 m/s/yr). Normal LVEF.
Recommend structural heart referral. Findings discussed with ordering provider (Dr. Alvarado) by phone.
""", loinc="34552-0", time="11:00")
    c.note("rpt-ett-2026-08-11", "Exercise Stress Test Report", "2026-08-11", "Noor Haddad, MD (Interventional Cardiology)", """
EXERCISE TREADMILL TEST -- 08/11/2026 (physician-supervised; indication: asymptomatic severe AS)
Bruce protocol, 9 min 05 s, 10.1 METs, peak HR 128 (90% APMHR). Stopped: target heart rate reached / leg fatigue.
Symptoms: none -- no chest pain, dyspnea out of proportion, dizziness.
BP: 132/78 -> 186/82 (normal rise), recovery appropriate. No arrhythmia. ECG: 1 mm upsloping ST depression,
non-diagnostic with LVH.
Pre-test: resting ECG sinus 64, LVH with repolarization change. Patient counseled; physician present throughout.
IMPRESSION: Normal exercise capacity for age without symptoms or hemodynamic abnormality. Truly asymptomatic
severe AS.
""", loinc="18752-6", time="10:00")
    c.note("note-ic-2026-08-20", "Structural Heart Consult", "2026-08-20", "Noor Haddad, MD (Interventional Cardiology)", """
STRUCTURAL HEART CONSULT -- 08/20/2026 (in-person)
78M, very active, with very severe calcific AS: Vmax 4.9 m/s, MG 58, AVA 0.62, LVEF 62%, BNP 88, rapid
progression over 12 months. He is asymptomatic by careful history and on formal exercise testing (10.1 METs, no
symptoms, normal BP response).

I examined him today: BP 128/74, HR 66, 4/6 late-peaking SEM with absent A2, lungs clear, no edema.

Discussion: guidelines allow AVR in asymptomatic patients with very severe AS (Vmax >= 5 m/s is class IIa; he is at
4.9 with rapid progression), and recent trial data favor early intervention over surveillance. He would prefer to
"get it done while I'm healthy." Discussed TAVR vs SAVR, durability at his age, and surveillance every 6 months as an
alternative. CT surgery evaluation requested; TAVR CT ordered.
Impression: asymptomatic very severe AS -- early valve replacement reasonable; patient prefers TAVR.
""", loinc="11488-4", time="14:30")
    c.note("note-cts-2026-09-01", "Cardiac Surgery Consult", "2026-09-01", "Elias Drummond, MD (Cardiothoracic Surgery)", """
CARDIAC SURGERY -- 09/01/2026 (seen in clinic, face to face)
78M with very severe AS (Vmax 4.9), LVEF 62%, STS PROM 1.9%. Remains asymptomatic -- plays pickleball, no DOE, no
angina, no syncope. Exam: loud SEM, no edema.
He is low surgical risk and would be a good SAVR candidate; TAVR also reasonable at 78 per patient preference after
discussion of durability. No contraindication to either. Agree with early intervention for asymptomatic very
severe AS with rapid progression rather than waiting for symptoms. Heart team: TF-TAVR acceptable.
""", loinc="11488-4", time="16:00")

    cs = case("bd-tavr-02", "pd14", SVC, ["I35.0"], "2026-09-15",
              gold("refer", "NCD 20.32",
                   ["DocumentReference/rpt-ett-2026-08-11", "Observation/ett-mets-2026-08-11",
                    "DocumentReference/note-ic-2026-08-20", "DocumentReference/note-cts-2026-09-01"],
                   "NCD 20.32 covers TAVR for symptomatic aortic valve stenosis. Severity is very severe and both the "
                   "interventional cardiologist and the cardiac surgeon examined him in person, but every note documents "
                   "him as asymptomatic (normal ETT 10.1 METs without symptoms, PCP, IC and surgeon histories). The request "
                   "note's 'symptomatic' contradicts the record. Criterion documented as not met: physician review."),
              note="Symptomatic severe aortic stenosis -- heart team recommends TAVR.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def tavr03():
    """Request info: symptomatic, both heart-team physicians examined her, but no echo/valve measurements in the
    record (outside TTE only asserted; repeat TTE booked after the request)."""
    c = Chart("pd15", -6, local_system="http://fhir.lakesregion-heart.example/CodeSystem/obs",
              org="Lakes Region Heart")
    c.patient("Brandvold", ["Eulalia", "M"], "female", "1940-12-12", "LRH-2008843", "Duluth", "MN")
    c.condition("as", "I35.0", "2026-09-29", verification="unconfirmed",
                text="Aortic stenosis, severe per outside records")
    c.condition("syncope", "R55", "2026-08-12", clinical="resolved", abatement="2026-08-12",
                text="Exertional syncope (outside ED, Arizona)")
    c.condition("htn", "I10", "2003-03-03")
    c.condition("hypothyroid", "E03.9", "1998-06-15")
    c.condition("osteop", "M81.0", "2015-11-30")
    c.obs("nyha-2026-09-29", "NYHA functional class", "2026-09-29", vstr="III", local="NYHA", category="exam",
          time="09:30")
    c.obs("bnp-2026-09-29", "NT-proBNP", "2026-09-29", value=2140, unit="pg/mL", loinc="33762-6", time="08:15")
    c.proc("ct-tavr-2026-10-06", "CT angiography, TAVR planning protocol", "2026-10-06", time="13:00")
    c.obs("ct-annulus-2026-10-06", "Aortic annulus area (CT)", "2026-10-06", value=368, unit="mm2",
          local="CT-ANN-AREA", category="imaging", time="13:00",
          components=[c.comp("Aortic annulus perimeter (CT)", 69.4, "mm", local="CT-ANN-PERIM")])
    c.med("levo", "10582", "levothyroxine 50 mcg tablet", "1998-06-15", dose="50 mcg PO daily")
    c.med("hctz", "5487", "hydrochlorothiazide 12.5 mg", "2003-03-03", dose="12.5 mg PO daily")
    c.sreq("tte-order", "Transthoracic echocardiogram, complete (AS severity)", "2026-09-29", code="93306",
           requester="Anders Lindahl, MD (Interventional Cardiology)", occurrence="2026-10-27")
    c.appt("appt-tte-2026-10-27", "Transthoracic echocardiogram", "2026-09-30", "2026-10-27", stime="08:00", minutes=60)
    c.sreq("tavr-order", "TF-TAVR", "2026-10-15", code="33361", requester="Anders Lindahl, MD (Interventional Cardiology)")
    # after the request date (must be ignored)
    c.obs("tte-av-2026-10-27", "Aortic valve area (TTE, continuity)", "2026-10-27", value=0.7, unit="cm2",
          local="AV-AVA", category="imaging", time="08:40",
          components=[c.comp("Aortic valve mean gradient", 46, "mm[Hg]", local="AV-MG")])

    c.note("letter-transfer-2026-09-15", "Outside Correspondence", "2026-09-15",
           "Wendell Price, MD (Family Medicine, Mesa AZ) - outside provider", """
Dear Dr. Lindahl,
Thank you for seeing Mrs. Eulalia Brandvold, who has moved to Duluth to live with her daughter. She has severe
aortic stenosis diagnosed on an echocardiogram here in December 2025 (I will ask our records department to send
the report). She fainted while walking uphill in August and was seen in the ED. She has hypertension and
hypothyroidism, both well controlled, and osteoporosis on calcium/vitamin D. Current medications are
levothyroxine 50 mcg and hydrochlorothiazide 12.5 mg. She was hoping to have the valve addressed once settled.
Sincerely, Wendell Price, MD
""", loinc="11506-3", time="10:00")
    c.note("note-ic-2026-09-29", "Structural Heart Consult", "2026-09-29", "Anders Lindahl, MD (Interventional Cardiology)", """
STRUCTURAL HEART CLINIC -- NEW PATIENT (in person)                        09/29/2026
85F recently relocated from Arizona. Referred with "severe AS" per outside PCP letter.
Symptoms: DOE after ~1 block or 1 flight (NYHA III); exertional syncope 8/12/2026 walking uphill (outside ED, no
injury). No angina. 2-pillow orthopnea.
Exam: BP 142/70, HR 72. Harsh 3/6 late-peaking SEM RUSB radiating to carotids, soft single S2, delayed carotid
upstroke. Lungs clear. Trace edema.
Data: no echo report available -- outside TTE 12/2025 reportedly "severe AS" but images/report not yet received
despite two requests. NT-proBNP 2,140. ECG: sinus, LVH with strain.
Impression: clinical picture consistent with symptomatic severe AS, but severity needs to be confirmed with
measurements. TTE here ordered (first available 10/27); TAVR CT ordered to avoid delay; CT surgery referral.
""", loinc="11488-4", time="10:15")
    c.note("rpt-ct-2026-10-06", "CT TAVR Planning Report", "2026-10-06", "Helena Strand, MD (Cardiovascular Imaging)", """
CTA TAVR PROTOCOL -- 10/06/2026
Aortic valve: trileaflet, heavily calcified leaflets. Annulus: area 368 mm2, perimeter 69.4 mm, min/max diameter
19.8/24.0 mm. Sinus of Valsalva 29 mm. Coronary heights: LM 11 mm, RCA 13 mm. STJ 25 mm.
Iliofemoral: minimal luminal diameter R 5.9 mm, L 6.2 mm, moderate calcification, mild tortuosity -- suitable for
transfemoral access.
Incidental: 4 mm RUL nodule (no follow-up needed per Fleischner in this age group); moderate hiatal hernia.
No functional grading of stenosis is provided by this protocol.
""", loinc="24627-2", time="16:20")
    c.note("note-cts-2026-10-13", "Cardiac Surgery Consult", "2026-10-13", "Gunnar Haugen, MD (Cardiothoracic Surgery)", """
CARDIAC SURGERY CONSULT -- 10/13/2026 (patient seen and examined in clinic with daughter)
85F, NYHA III, exertional syncope 8/2026, murmur of AS. STS PROM 5.9%. Frail (gait speed 7.4 s), lives with
daughter, independent in ADLs. CT: TF access suitable.
Assessment: if echocardiography confirms severe AS, she is intermediate-high risk for SAVR and I would favor
TF-TAVR. I have not seen an echo report -- agree with awaiting the TTE on 10/27 for valve measurements.
Rationale shared with Dr. Lindahl.
""", loinc="11488-4", time="14:45")
    # after the request date (must be ignored)
    c.note("rpt-tte-2026-10-27", "Echocardiogram Report", "2026-10-27", "Ilse Nygaard, MD (Cardiology - Echo)", """
TRANSTHORACIC ECHOCARDIOGRAM -- 10/27/2026
Indication: AS severity prior to TAVR. Comparison: none available (outside study not received).
LV: normal size, concentric LVH, LVEF 60%. Grade II diastolic dysfunction.
AV: severely calcified trileaflet valve with markedly reduced excursion. Vmax 4.3 m/s, mean gradient 46 mmHg,
AVA 0.7 cm2 (continuity), DVI 0.23. Mild AR.
MV: moderate MAC, mild MR. RVSP 40 mmHg.
Technically adequate study; apical windows good. Rhythm: sinus 74.
IMPRESSION: Severe aortic stenosis with preserved LVEF. Results routed to Dr. Lindahl and Dr. Haugen.
""", loinc="34552-0", time="10:00")

    cs = case("bd-tavr-03", "pd15", SVC, ["I35.0", "R55"], "2026-10-20",
              gold("request_info", "NCD 20.32",
                   ["DocumentReference/note-ic-2026-09-29", "DocumentReference/note-cts-2026-10-13",
                    "Appointment/appt-tte-2026-10-27"],
                   "Symptoms (NYHA III, exertional syncope) are documented and the interventional cardiologist and "
                   "cardiac surgeon each examined her in person. Severe AS (the FDA-labelled indication) is not "
                   "documented: the outside echo is only asserted in a letter and never received, the CT does not grade "
                   "stenosis, and the surgeon explicitly awaits the TTE booked for 10/27 (after the request). The 10/27 "
                   "echo does not exist for the case. Ask for the echocardiogram.",
                   missing=["echocardiogram|echo|TTE|aortic valve area|AVA|gradient|severity"]),
              note="Symptomatic severe AS, exertional syncope. Heart team evaluation complete.")
    return c, cs


CASES = [tavr01, tavr02, tavr03]
