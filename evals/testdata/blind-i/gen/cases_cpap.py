"""NCD 240.4 cases (CPAP for obstructive sleep apnea, HCPCS E0601)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, HCPCS

SVC = {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def cpap01():
    c = Chart("pi03", "CO", "https://fhir.sangrefm.example/r4")
    L = "http://fhir.sangrefm.example/CodeSystem/flowsheet"
    c.patient("Whitcomb", ["Gerald", "T."], "male", "1954-10-02", "Pueblo", "81005", "SFM-0093318",
              "2219 Thatcher Ave", "719-555-0162")
    pcp = c.prac("pr-sandoval", "Sandoval", ["Ramon"], "Dr.", "MD", ["Family Medicine"])
    sleep = c.prac("pr-ferris", "Ferris", ["Alison"], "Dr.", "MD", ["Sleep Medicine", "Pulmonary Disease"])
    org = c.org("org-sfm", "Sangre de Cristo Family Medicine", "Pueblo", "Primary care clinic")
    dme = c.org("org-highpeak", "HighPeak Home Medical Supply", "Pueblo", "Durable medical equipment supplier")

    c.cond("cond-3301", "R06.83", "Snoring", "2026-05-12 15:10", recorder=pcp)
    c.cond("cond-3302", "I10", "Essential (primary) hypertension", "2015-08-19 09:00")
    c.cond("cond-3303", "E66.9", "Obesity, unspecified", "2026-05-12 15:10", recorder=pcp)
    c.cond("cond-3304", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-05-12 15:12", verification="provisional",
           recorder=pcp, note="Suspected - STOP-BANG 7/8. Home sleep test ordered.")

    ess = c.obs("obs-ess-0512", local(L, "ESS-TOT", "Epworth Sleepiness Scale total", "Epworth Sleepiness Scale"),
                "2026-05-12 14:40", value=13, unit="{score}", category="survey", performer=pcp)
    c.obs("obs-bp-0512", loinc("85354-9", "Blood pressure panel with all children optional"), "2026-05-12 14:35",
          category="vital-signs", components=[(loinc("8480-6", "Systolic blood pressure"), 148, "mm[Hg]"),
                                              (loinc("8462-4", "Diastolic blood pressure"), 86, "mm[Hg]")])
    c.obs("obs-bmi-0512", loinc("39156-5", "Body mass index (BMI) [Ratio]"), "2026-05-12 14:35", value=33.1, unit="kg/m2",
          category="vital-signs")
    c.obs("obs-odi-0520", local("http://fhir.highpeak-hme.example/CodeSystem/test", "ONOX-ODI4", "Overnight oximetry ODI 4%",
                                "Oxygen desaturation index (4%) - overnight oximetry"), "2026-05-20 22:48",
          period_end="2026-05-21 05:56", value=18.2, unit="/h", ucum="/h", category="procedure", performer=dme,
          note="Screening oximetry arranged by supplier at patient's request. Nonin WristOx2 3150, 2 channels (SpO2, pulse).")
    c.obs("obs-t88-0520", local("http://fhir.highpeak-hme.example/CodeSystem/test", "ONOX-T88", "Time SpO2 < 88%"),
          "2026-05-20 22:48", period_end="2026-05-21 05:56", value=31.4, unit="min", category="procedure", performer=dme)

    sr = c.servreq("sr-hst-0601", cc(("http://www.ama-assn.org/go/cpt", "95806", "Home sleep test, unattended"),
                                     text="Home sleep apnea test (Type III)"), "2026-06-01 08:55", requester=pcp,
                   performer="Practitioner/pr-ferris", reason="Suspected OSA, ESS 13, HTN", status="active")
    c.report("dr-hst-0624", local("http://fhir.sangrefm.example/CodeSystem/sleep", "HSAT3", "Home sleep apnea test, Type III"),
             "2026-06-24 22:10", issued="2026-06-30 11:05", status="partial", category="PF", cat_display="Pulmonary function",
             performer="Practitioner/pr-ferris",
             conclusion="Study acquired 06/24-06/25/2026 with ApneaLink Air (airflow, respiratory effort, SpO2, pulse). "
                        "Technically adequate: 6 h 40 min of valid flow signal. Scoring/physician interpretation pending.")
    c.medreq("mr-lis", rx("29046", "lisinopril", "lisinopril 40 MG Oral Tablet"), "2026-05-12 15:20", requester=pcp,
             dosage="40 mg daily (increased from 20 mg)")
    c.devreq("devr-cpap-0707", cc(("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E0601", "Continuous positive airway pressure (CPAP) device")),
             "2026-07-07 16:30", requester=pcp, performer="Organization/org-highpeak",
             note="APAP 5-15 cm H2O, heated humidifier, full face mask of choice. Dx: OSA.")

    pcpnote = """Sangre de Cristo Family Medicine
OFFICE VISIT 05/12/2026   Provider: Ramon Sandoval, MD
Patient: Gerald T Whitcomb   71 y.o. male

SUBJECTIVE
Chief Complaint: "My snoring is driving my wife out of the bedroom"
HPI: Here with wife Donna. She reports loud nightly snoring, pauses in his breathing "that scare me"
and gasping arousals for at least 2 years, worse since he gained ~25 lb after knee replacement. He
wakes 2-3x/night to urinate. Morning headaches "some days". Dozes in his recliner every evening and
admits he nodded off at a red light last month - scared him, now avoids driving after dinner.
Says he "had a sleep test about 10 years ago in Tucson" and was told it was "mild"; never started
treatment, no records available.
Home BP log 138-156/80-92 on lisinopril 20 mg.

Epworth Sleepiness Scale: 13
STOP-BANG: 7/8 (snoring, tired, observed apneas, HTN, BMI > 35? no - 33, age, neck 17.5 in, male)

ROS:
General: positive fatigue. Negative fever, weight loss.
HEENT: negative for nasal obstruction.
Cardiac: negative chest pain, palpitations, edema.
Resp: negative cough, wheeze, dyspnea.
Neuro: positive for morning headache. Negative for weakness.
Psych: negative for depression. PHQ-2 = 0.

OBJECTIVE
BP 148/86  P 74  Wt 231 lb  Ht 5'10"  BMI 33.1  Neck 17.5 in
Oropharynx: Mallampati IV, large tongue base, tonsils 1+.
Heart RRR. Lungs clear. No edema.

ASSESSMENT / PLAN
1. Suspected obstructive sleep apnea - high pretest probability, excessive daytime sleepiness with
   a drowsy-driving event. Counseled not to drive when drowsy. Will order home sleep apnea test
   through Southern Colorado Sleep Center (Dr. Ferris) - referral placed; HST order to follow once
   insurance verified.
2. Essential hypertension, not at goal - increase lisinopril to 40 mg daily. Recheck 4 wk.
3. Obesity, BMI 33 - diet/exercise counseling.
RTC 4-6 weeks.
Ramon Sandoval, MD
"""
    c.doc("doc-pcp-0512", "11506-3", "Office Visit", "2026-05-12 16:02", pcp, pcpnote, custodian=org)

    oxi = """HIGHPEAK HOME MEDICAL SUPPLY         OVERNIGHT PULSE OXIMETRY REPORT
========================================================================
Patient : WHITCOMB, GERALD T          DOB : 10/02/1954
Device  : Nonin WristOx2 3150  S/N 515-22041      Channels: SpO2, Pulse
Recorded: 05/20/2026 22:48  to  05/21/2026 05:56   Duration: 7:08
Setting : Patient home, room air                  Tech: J. Kessler, CRT
------------------------------------------------------------------------
                     Mean SpO2 ........ 92 %
                     Lowest SpO2 ...... 81 %
                     Time < 90% ....... 58.2 min
                     Time < 88% ....... 31.4 min
                     ODI (4%) ......... 18.2 /h
                     Mean pulse ....... 71 bpm
------------------------------------------------------------------------
SUPPLIER COMMENT: Cyclical desaturation pattern consistent with moderate
sleep disordered breathing. Recommend CPAP titration / APAP. Results faxed
to Dr. Sandoval 05/21/2026.
(This screening study was requested by the patient's spouse.)
"""
    c.doc("doc-oxi-0521", "11506-3", "Overnight Oximetry (supplier)", "2026-05-21 11:30", dme, oxi, custodian=dme,
          description="Overnight oximetry report received by fax from DME supplier")

    tel1 = """Southern Colorado Sleep Center - TELEPHONE NOTE
06/30/2026 11:05  Staff: M. Archuleta, RPSGT

Called pt re: home sleep test. ApneaLink Air (Type III - nasal flow, effort belt, SpO2, pulse)
dispensed 06/24, returned 06/25. Data uploaded and checked: technically adequate, 6 h 40 min valid
flow. Study is in queue for scoring and physician interpretation by Dr. Ferris - current backlog
about 2-3 weeks. Results will be sent to Dr. Sandoval when signed. Pt asked "did I stop breathing?"
- advised tech cannot give results; physician will review.
"""
    c.doc("doc-tel-0630", "34748-6", "Telephone Note - Sleep Center", "2026-06-30 11:05", sleep, tel1, custodian=org)

    tel2 = """TELEPHONE ENCOUNTER 07/07/2026 16:12
Caller: Gerald Whitcomb
Reason: wants to start CPAP

Pt states the tech "told me I stopped breathing a lot". Home study done 6/24; formal report not
yet back from sleep center (called them - still pending read). Given significant daytime
sleepiness and the drowsy driving episode, will send APAP order to HighPeak today so they can start
insurance paperwork; will forward the HST report as soon as it is signed.
Reminded pt not to drive drowsy.
R. Sandoval MD
"""
    c.doc("doc-tel-0707", "34748-6", "Telephone Encounter", "2026-07-07 16:12", pcp, tel2, custodian=org)

    interp = """SOUTHERN COLORADO SLEEP CENTER
HOME SLEEP APNEA TEST - INTERPRETATION
Patient: Gerald T. Whitcomb   DOB 10/02/1954   Study date: 06/24/2026
Ordering: R. Sandoval, MD     Interpreting: Alison Ferris, MD (ABIM Sleep Medicine)
Device: ApneaLink Air (Type III)

Monitoring time (flow) 6 h 40 min.
Apneas 71 (obstructive 66, central 3, mixed 2). Hypopneas (>= 4% desaturation) 85.
REI (4%) 23.4 /h. Supine REI 31.0 /h, non-supine 12.2 /h.
Mean SpO2 92%, nadir 80%, T<88% 29 min.

IMPRESSION: Moderate obstructive sleep apnea (REI 23.4/h, hypopneas scored with 4% desaturation).
RECOMMENDATION: APAP 5-15 cm H2O with heated humidification; follow-up in sleep clinic 6-10 weeks
after start with device download.

Electronically signed: Alison Ferris, MD 07/15/2026 08:40
"""
    c.doc("doc-hst-0715", "11506-3", "Home Sleep Test Interpretation", "2026-07-15 08:40", sleep, interp, custodian=org)

    case = {
        "id": "bi-cpap-01", "patient": "patients/pi03.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-07-09",
                    "note": "Moderate OSA - overnight oximetry ODI 18. HST completed 06/24/2026. Initial APAP."},
        "gold": {"recommendation": "request_info", "policy": "NCD 240.4",
                 "evidence": ["DiagnosticReport/dr-hst-0624", "DocumentReference/doc-tel-0630", "DocumentReference/doc-pcp-0512"],
                 "missing": ["AHI|RDI|REI|apnea hypopnea index|sleep study|sleep test|HST|polysomnography|PSG|interpretation"],
                 "rationale": "Clinical evaluation and symptoms/HTN documented, but no positive qualifying sleep test before the "
                              "request: the Type III HST was recorded but its scoring/interpretation was pending (report signed "
                              "07/15, after the request). Supplier overnight oximetry is not a covered diagnostic test (and was done "
                              "by the DME). Patient-reported old 'mild' study has no report. Ask for the HST AHI/RDI."},
    }
    return case, c


def cpap02():
    c = Chart("pi04", "OR", "https://fhir.willamette-health.example/r4")
    L = "http://fhir.willamette-health.example/CodeSystem/sleep-lab"
    c.patient("Esposito", ["Linda", "Marie"], "female", "1959-12-14", "Salem", "97302", "WH-7720193",
              "1588 Madrona Ave S", "503-555-0129")
    sleep = c.prac("pr-nakamura", "Nakamura", ["Kenji"], "Dr.", "MD", ["Sleep Medicine"])
    pcp = c.prac("pr-hollis", "Hollis", ["Sarah", "J."], "Dr.", "MD", ["Internal Medicine"])
    rt = c.prac("pr-reyes", "Reyes", ["Javier"], None, "RRT", ["Respiratory Therapist (DME)"])
    org = c.org("org-wsdc", "Willamette Sleep Disorders Center", "Salem", "Sleep laboratory (attended PSG)")
    dme = c.org("org-cascade", "Cascade Respiratory & Home Medical", "Salem", "Durable medical equipment supplier")

    c.cond("cond-4401", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-03-09 12:00", recorder=sleep)
    htn = c.cond("cond-4402", "I10", "Essential (primary) hypertension", "2017-05-22 09:30", recorder=pcp,
                 note="On amlodipine + losartan.")
    c.cond("cond-4403", "G47.00", "Insomnia, unspecified", "2026-02-10 10:30", recorder=sleep,
           note="Sleep-maintenance insomnia, wakes 3-4x/night.")
    c.cond("cond-4404", "E78.5", "Hyperlipidemia, unspecified", "2019-01-15 09:00")

    c.obs("obs-ess-0210", local(L, "ESS", "Epworth Sleepiness Scale score"), "2026-02-10 09:50", value=12, unit="{score}",
          category="survey", performer=sleep)
    c.obs("obs-bp-0210", loinc("85354-9", "Blood pressure panel with all children optional"), "2026-02-10 09:45",
          components=[(loinc("8480-6", "Systolic blood pressure"), 142, "mm[Hg]"), (loinc("8462-4", "Diastolic blood pressure"), 88, "mm[Hg]")])
    ahi4 = c.obs("obs-ahi4-0304", local(L, "AHI-4PCT", "AHI, hypopneas with >=4% desaturation (CMS)", "Apnea-hypopnea index (4% rule)"),
                 "2026-03-04 22:14", period_end="2026-03-05 05:31", value=10.6, unit="/h", ucum="/h", category="procedure",
                 performer=sleep)
    c.obs("obs-ahi3-0304", local(L, "AHI-3PCT-AR", "AHI, hypopneas with >=3% desaturation or arousal (AASM 1A)"),
          "2026-03-04 22:14", period_end="2026-03-05 05:31", value=17.9, unit="/h", ucum="/h", category="procedure",
          performer=sleep)
    c.obs("obs-nadir-0304", loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "SpO2 nadir during PSG"),
          "2026-03-04 22:14", period_end="2026-03-05 05:31", value=84, unit="%", category="procedure")
    psg = c.report("dr-psg-0304", local(L, "PSG-DX", "Polysomnography, attended, diagnostic"), "2026-03-04 22:14",
                   issued="2026-03-09 14:20", category="PF", cat_display="Pulmonary function", interpreter=sleep,
                   results=["Observation/obs-ahi4-0304", "Observation/obs-ahi3-0304", "Observation/obs-nadir-0304"],
                   conclusion="Attended in-laboratory diagnostic PSG. TST 372 min. AHI (4% rule, CMS) 10.6/h; AHI (AASM 1A, 3%/arousal) "
                              "17.9/h. Supine AHI4% 18.2/h, REM AHI4% 22.0/h. Nadir SpO2 84%. Impression: obstructive sleep apnea, mild "
                              "by 4% criteria / moderate by AASM 3% criteria.")
    dl = c.obs("obs-dl-0603", local(L, "PAP-DL30", "PAP compliance download, 30 days", "CPAP 30-day usage download"),
               "2026-05-05 00:00", period_end="2026-06-03 23:59", category="procedure", performer=sleep, issued="2026-06-04 14:00",
               components=[(local(L, "PAP-PCT4H", "Days with usage >= 4 h (%)"), 83, "%"),
                           (local(L, "PAP-AVGH", "Average usage on days used"), 6.4, "h"),
                           (local(L, "PAP-RAHI", "Residual AHI (device)"), 2.1, "/h"),
                           (local(L, "PAP-LEAK", "Median leak"), 8, "L/min")])
    c.obs("obs-ess-0604", local(L, "ESS", "Epworth Sleepiness Scale score"), "2026-06-04 14:10", value=5, unit="{score}",
          category="survey", performer=sleep)
    c.obs("obs-bp-0604", loinc("85354-9", "Blood pressure panel with all children optional"), "2026-06-04 14:05",
          components=[(loinc("8480-6", "Systolic blood pressure"), 128, "mm[Hg]"), (loinc("8462-4", "Diastolic blood pressure"), 78, "mm[Hg]")])
    c.medreq("mr-amlo", rx("17767", "amlodipine", "amlodipine 10 MG Oral Tablet"), "2019-04-03 10:00", requester=pcp,
             dosage="10 mg daily")
    c.medreq("mr-losa", rx("52175", "losartan", "losartan potassium 100 MG Oral Tablet"), "2021-09-14 10:00", requester=pcp,
             dosage="100 mg daily")
    c.devreq("devr-apap", cc(("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E0601", "Continuous positive airway pressure (CPAP) device")),
             "2026-03-12 11:00", requester=sleep, performer="Organization/org-cascade",
             note="APAP 5-15 cm H2O, heated humidifier (E0562), mask per fitting. 12-week initial period.")

    consult = """WILLAMETTE SLEEP DISORDERS CENTER - NEW PATIENT CONSULTATION
Date of Service: 02/10/2026
Patient: Linda M. Esposito   DOB: 12/14/1959   Referring: Sarah Hollis, MD
Consultant: Kenji Nakamura, MD, Sleep Medicine

Reason for referral: insomnia, fatigue, snoring.

HPI: 66-year-old woman with long-standing hypertension (amlodipine 10, losartan 100; still 140s
at home) referred for "insomnia". Falls asleep easily but wakes 3-4 times nightly, sometimes
gasping, and cannot get back to sleep for 30-60 min. Husband reports snoring and "holding her
breath". Morning headaches 3-4 days/week. Feels unrefreshed; dozes when reading or as a passenger.
Denies drowsy driving. No cataplexy, hypnagogic hallucinations or RLS symptoms. Caffeine 2 cups
AM. No alcohol. Father "had sleep apnea, used a machine".
Epworth Sleepiness Scale 12/24. ISI 17.

ROS (template): Constitutional - fatigue. Cardiovascular - negative for chest pain, palpitations,
edema. Respiratory - negative for cough, dyspnea. Neuro - headaches; negative for weakness, stroke
symptoms. Psych - negative for depression (PHQ-9 4). GU - nocturia x1.

Exam: BP 142/88, HR 70, BMI 29.8, neck 15 in. Mallampati III, retrognathia, crowded oropharynx.
Lungs clear. RRR.

Assessment: Symptoms suggest obstructive sleep apnea with sleep-maintenance insomnia, in a patient
with hypertension not at goal on two agents.
Plan: Attended in-lab diagnostic polysomnography (preferred over home testing given insomnia /
risk of low recorded sleep time). Sleep hygiene handout. Follow-up after study.

Kenji Nakamura, MD
"""
    c.doc("doc-consult-0210", "11488-4", "Sleep Medicine Consultation", "2026-02-10 11:05", sleep, consult, custodian=org)

    psgtxt = """WILLAMETTE SLEEP DISORDERS CENTER          DIAGNOSTIC POLYSOMNOGRAM REPORT
Study date : 03/04/2026 (night)      Type: Attended in-lab PSG (Level 1)
Patient    : ESPOSITO, LINDA M        DOB : 12/14/1959      Age: 66
Ordering   : K. Nakamura, MD          Scored by: T. Blum, RPSGT
--------------------------------------------------------------------------------
Lights out 22:14    Lights on 05:31    TIB 437.0 min    TST 372.0 min
Sleep efficiency 85.1%   Sleep latency 11.5 min   REM latency 96.0 min
Stages: N1 9%  N2 58%  N3 14%  REM 19%     WASO 53.5 min   Arousal index 24.8/h
--------------------------------------------------------------------------------
RESPIRATORY EVENTS                    Count      Index (/h)
  Obstructive apneas                    12          1.9
  Central apneas                         1          0.2
  Mixed apneas                           0          0.0
  Hypopneas (>=30% flow, >=4% desat)    53          8.5
  Hypopneas (>=30% flow, >=3% or arous) 98         15.8
  AHI - 4% rule (CMS)                               10.6
  AHI - AASM recommended (1A)                       17.9
  RERAs                                 19          3.1
  Supine AHI (4%) 18.2   Non-supine AHI (4%) 5.9   REM AHI (4%) 22.0
OXIMETRY: baseline 95%  mean 94%  nadir 84%  T<88% 3.2 min
CARDIAC: sinus rhythm, mean HR 66, no arrhythmia
LIMB: PLM index 4.1/h
--------------------------------------------------------------------------------
IMPRESSION: Obstructive sleep apnea. AHI 10.6/h using 4% desaturation hypopnea criteria
(17.9/h using 3%/arousal criteria), worse supine and in REM. Minimal hypoxemia.
RECOMMENDATIONS: APAP 5-15 cm H2O with heated humidification; mask fitting; follow-up with
download 8-12 weeks after start. Positional therapy adjunct.
Interpreting physician: Kenji Nakamura, MD (ABMS Sleep Medicine)  03/09/2026 14:20
"""
    c.doc("doc-psg-0309", "11506-3", "Polysomnogram Report", "2026-03-09 14:20", sleep, psgtxt, custodian=org)

    rtnote = """CASCADE RESPIRATORY & HOME MEDICAL - RT FOLLOW-UP NOTE
04/09/2026 13:30   RT: Javier Reyes, RRT    Set-up date: 03/26/2026 (education & mask fitting done at set-up)
Device: ResMed AirSense 11 AutoSet 5-15, humidifier. Mask: full face (F20), size M.

14-day download (03/26-04/08): used 12/14 days; days >= 4 h: 5/14 (36%); avg use on days used 3 h 06 min;
AHI 3.4; leak 95th pct 31 L/min (high).
Pt reports dry mouth, mask "pushing up into my eyes". States "I think I wear it all night" - data show
removal around 02:00-03:00 most nights.
Action: refit to nasal pillows (AirFit P30i, size S) + chin strap; humidity 4 -> 6. Reviewed cleaning.
Will recheck in 2 weeks. Copy to Dr. Nakamura.
"""
    c.doc("doc-rt-0409", "11506-3", "DME RT Follow-up", "2026-04-09 13:30", rt, rtnote, custodian=dme)

    pcpnote = """Internal Medicine - Progress Note 05/20/2026    Sarah J. Hollis, MD
HTN follow-up. Home BP 120s-130s/70s. Started CPAP in late March; says she is "using it most nights
now, sleeping better, fewer headaches". BP 131/80 today. Continue amlodipine 10, losartan 100.
Lipids stable on atorvastatin. RTC 6 mo.
"""
    c.doc("doc-pcp-0520", "11506-3", "Internal Medicine Progress Note", "2026-05-20 10:40", pcp, pcpnote, custodian=org)

    fu = """<html><body>
<h3>Willamette Sleep Disorders Center &ndash; Follow-up Visit</h3>
<p>Date of service: 06/04/2026 &nbsp;|&nbsp; Kenji Nakamura, MD &nbsp;|&nbsp; Patient: Linda M. Esposito (DOB 12/14/1959)</p>
<p><b>History (from 02/10/2026 consult):</b> 66-year-old woman with hypertension referred for insomnia. Wakes 3-4 times nightly,
gasping. Morning headaches. Epworth 12/24. Struggling with sleep maintenance.</p>
<p><b>Interval history:</b> APAP started 03/26/2026. Early mask leak and dry mouth &rarr; changed to nasal pillows 04/09.
Since then uses it every night. &ldquo;I feel like a different person.&rdquo; Wakes once a night, back to sleep quickly. Morning
headaches resolved. Husband reports no snoring with the mask on. Epworth today <b>5</b>.</p>
<table border="1" cellpadding="3">
<tr><th colspan="2">Device download 05/05/2026 &ndash; 06/03/2026 (30 days)</th></tr>
<tr><td>Days used</td><td>29 / 30</td></tr>
<tr><td>Days with usage &ge; 4 h</td><td>25 / 30 (83%)</td></tr>
<tr><td>Average usage (days used)</td><td>6 h 22 min</td></tr>
<tr><td>Residual AHI</td><td>2.1 /h</td></tr>
<tr><td>Median leak / 95th pct</td><td>8 / 19 L/min</td></tr>
<tr><td>95th pct pressure</td><td>11.2 cm H2O</td></tr>
</table>
<p><b>Exam:</b> BP 128/78, HR 68, BMI 29.5. Nasal pillow marks minimal.</p>
<p><b>Assessment:</b> Obstructive sleep apnea (AHI 10.6/h by 4% criteria on attended PSG 03/04/2026) with hypertension and
insomnia. During the initial 12-week period she has used APAP consistently with clear clinical benefit: sleepiness improved
(Epworth 12 &rarr; 5), headaches resolved, sleep maintenance improved, BP now at goal, residual AHI 2.1.</p>
<p><b>Plan:</b> Continue APAP 5-15 cm H2O. Letter to supplier for continued coverage. Follow-up 12 months or sooner PRN.</p>
<p>Kenji Nakamura, MD &ndash; signed 06/04/2026 15:02</p>
</body></html>"""
    c.doc("doc-fu-0604", "11506-3", "Sleep Clinic Follow-up", "2026-06-04 15:02", sleep, fu, ctype="text/html", custodian=org)

    case = {
        "id": "bi-cpap-02", "patient": "patients/pi04.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"},
                                  {"system": ICD, "code": "I10", "display": "Essential (primary) hypertension"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-18",
                    "note": "Continued CPAP coverage after initial 12-week period (set-up 03/26/2026)."},
        "gold": {"recommendation": "approve", "policy": "NCD 240.4",
                 "evidence": [psg, htn, "DocumentReference/doc-consult-0210", dl, "DocumentReference/doc-fu-0604"],
                 "missing": [],
                 "rationale": "Clinical evaluation plus attended in-lab PSG ordered by the treating physician; AHI by the NCD's 4% "
                              "hypopnea rule is 10.6/h (5-14 band; the 17.9 figure uses 3%/arousal scoring), so documented hypertension "
                              "(and insomnia, sleepiness) is required and present. Continued coverage: benefit during the 12-week "
                              "period documented face to face (ESS 12->5, headaches resolved, download 83% nights >= 4 h). Early "
                              "low use superseded; patient-reported use not relied on."},
    }
    return case, c
