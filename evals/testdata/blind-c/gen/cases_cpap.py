from fhirlib import *


def pc03():
    b = Bundle("pc03", "Rosalind", "Teague", "female", "1959-11-30", "NG-5120437")
    b.cond("mdd", "F33.1", "Major depressive disorder, recurrent, moderate", "2023-02-14", onset="2019-09-01")
    b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2020-01-10")
    b.cond("fhx-circ", "Z82.49", "Family history of ischemic heart disease and other diseases of the circulatory system", "2025-11-04",
           note="Mother: hypertension, stroke at 79. Father: MI at 61.")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2025-11-04", clinical="inactive", verification="refuted",
           note="Entered as provisional 11/04/2025 after elevated office reading; refuted 12/02/2025 - 24-h ABPM normal (white-coat effect).")
    b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-03-09")
    b.obs("bp-2025-11-04", "2025-11-04", "Blood pressure (office)", loinc=L_BP, category="vital-signs",
          components=[("Systolic blood pressure", L_SBP, 152, "mmHg", "mm[Hg]"), ("Diastolic blood pressure", L_DBP, 94, "mmHg", "mm[Hg]")])
    b.obs("abpm-2025-11-26", "2025-11-26", "24-hour ambulatory BP monitoring - 24 h mean", local="ABPM-24H-MEAN", category="procedure",
          components=[("24 h mean systolic", L_SBP, 124, "mmHg", "mm[Hg]"), ("24 h mean diastolic", L_DBP, 77, "mmHg", "mm[Hg]")],
          note="Daytime mean 129/81, night-time mean 114/68. Normal ABPM.")
    b.obs("phq9-2026-01-20", "2026-01-20", "PHQ-9 total score", 14, "{score}", "{score}", loinc=L_PHQ9, category="survey")
    b.obs("ess-2026-02-10", "2026-02-10", "Epworth Sleepiness Scale total", 7, "{score}", "{score}", local="SLP-ESS", category="survey")
    b.obs("bmi-2026-02-10", "2026-02-10", "BMI", 31.4, "kg/m2", "kg/m2", loinc=L_BMI, category="vital-signs")
    b.obs("hst-rei-2026-03-02", "2026-03-02", "HSAT respiratory event index (REI), hypopneas scored with >=4% desaturation", 11.8, "events/h", "/h",
          local="HSAT-REI-4", category="procedure")
    b.obs("hst-nadir-2026-03-02", "2026-03-02", "HSAT SpO2 nadir", 82, "%", "%", local="HSAT-SPO2-NADIR", category="procedure")
    b.med("sertraline", "36437", "sertraline", "2023-02-14", dosage="sertraline 100 mg by mouth daily", requester="Miriam Ostrowski, MD (Psychiatry)")
    b.med("atorvastatin", "83367", "atorvastatin", "2020-01-10", dosage="atorvastatin 20 mg by mouth nightly")
    b.sr("hst-order", "2026-02-10", "Home sleep apnea test, Type III", code="95806", status="completed",
         requester="Kwame Asante, MD (Sleep Medicine)")

    b.note("pcp-2025-11-04", ts("2025-11-04", "08:50"), "Primary care progress note", "Janet Lindahl, MD (Internal Medicine)", """
Annual visit.

65F, MDD (followed by psychiatry), HLD. Here for wellness visit.

BP 152/94 and repeat 148/90 after 5 min. Pt states home readings "always normal, around 120s" but doesn't have her cuff log. No headaches/CP. Husband reports loud snoring for years and "she stops breathing sometimes" - he sleeps in the other room now. She feels rested most days.

FHx: mother HTN + stroke (79), father MI (61).

A/P:
1. Elevated BP without prior dx - likely white coat vs true HTN. Added HTN to problem list as provisional; not starting meds until 24-h ABPM.
2. Snoring, witnessed apneas - will refer to sleep medicine after BP w/u.
3. MDD - stable per psychiatry, continue sertraline.
4. HLD - continue atorvastatin, lipids today.
""", loinc=D_PROGRESS)

    b.note("pcp-2025-12-02", ts("2025-12-02", "13:10"), "Primary care progress note", "Janet Lindahl, MD (Internal Medicine)", """
F/u ABPM.

24-h ABPM 11/26-11/27/2025: 24 h mean 124/77, daytime 129/81, night 114/68 with normal dipping. This is a NORMAL study. Office elevation is white-coat effect.

Assessment: No hypertension. Removed provisional HTN from problem list (marked refuted). Continue lifestyle; recheck office BP annually.

Sleep: referral to sleep medicine placed today for snoring and witnessed apneas. She also notes more irritability and low mood in weeks with poor sleep; psychiatry aware.

Lipids 11/04: LDL 92 on atorvastatin 20 - at goal. Continue.
RTC 12 months for wellness, sooner if needed. Pt verbalized understanding of the ABPM result and that no BP medication is needed.
""", loinc=D_PROGRESS)

    b.note("psych-2026-01-20", ts("2026-01-20", "16:30"), "Psychiatry medication management note", "Miriam Ostrowski, MD (Psychiatry)", """
Psychiatry f/u - medication management (25 min)

Dx: MDD, recurrent, moderate (F33.1).

Interval: mood "up and down" since fall. PHQ-9 14 today (was 9 in 07/2025). Endorses low energy, anhedonia some days, guilt, poor concentration at her volunteer job. Passive death wish denied; no SI/HI. Sleep: wakes unrefreshed, husband reports snoring/pauses; sleep eval pending.

MSE: casually dressed, good eye contact, mood "meh", affect mildly constricted, thought process linear, no psychosis, insight/judgment good.

Plan: continue sertraline 100 mg daily; CBT referral renewed; untreated sleep apnea may be contributing to depressive symptoms - support sleep w/u. RTC 8 weeks.
""", loinc=D_PROGRESS)

    b.note("sleep-2026-02-10", ts("2026-02-10", "10:00"), "Sleep medicine consult", "Kwame Asante, MD (Sleep Medicine)", """
SLEEP MEDICINE CONSULTATION (in person)

Referred by Dr. Lindahl for snoring and witnessed apneas.

HPI: 66F with years of loud nightly snoring; husband witnesses pauses with gasping several nights/week. Nocturia x2. Occasional morning headache. Bedtime 22:30, wake 06:30. She denies excessive daytime sleepiness (ESS 7/24) and denies drowsy driving. Denies insomnia - falls asleep in < 15 min, no prolonged awakenings. No RLS symptoms, no parasomnias.

PMH: recurrent major depressive disorder (psychiatry, on sertraline; PHQ-9 14 last month, mood worse on poor-sleep weeks), hyperlipidemia. HTN was considered in 11/2025 but ABPM was normal - she does NOT carry a hypertension diagnosis. No CAD, no stroke.

Exam: BMI 31.4, neck 15.5 in, Mallampati IV, retrognathia, tonsils 1+. Nasal septum midline.

Impression: high pretest probability of OSA (STOP-BANG 4).

Plan: Type III home sleep apnea test ordered (nasal pressure, RIP effort belts, oximetry). Will review results with pt at f/u. Sleep hygiene reviewed.
""", loinc=D_CONSULT)

    b.note("hst-2026-03-02", ts("2026-03-02", "17:20"), "Home sleep apnea test report", "Kwame Asante, MD (Sleep Medicine)", """<html><body>
<h3>HOME SLEEP APNEA TEST (HSAT) - INTERPRETATION</h3>
<p><b>Ordering/interpreting physician:</b> Kwame Asante, MD, Diplomate ABSM. <b>Study night:</b> 02/26/2026.</p>
<p><b>Device:</b> Type III portable monitor - channels: nasal pressure airflow, thoracic and abdominal RIP effort, pulse oximetry, heart rate, body position (5 channels). Unattended, patient's home.</p>
<table border="1">
<tr><td>Monitoring time (valid signal)</td><td>7 h 12 min</td></tr>
<tr><td>Obstructive apneas</td><td>8</td></tr>
<tr><td>Central apneas</td><td>1</td></tr>
<tr><td>Hypopneas (&ge;30% airflow reduction with &ge;4% desaturation)</td><td>76</td></tr>
<tr><td>Total respiratory events</td><td>85</td></tr>
<tr><td><b>REI (events/hour of monitoring)</b></td><td><b>11.8</b></td></tr>
<tr><td>Supine REI / non-supine REI</td><td>19.5 / 6.1</td></tr>
<tr><td>ODI 4%</td><td>12.5</td></tr>
<tr><td>SpO2 mean / nadir / time &lt; 88%</td><td>93% / 82% / 6 min</td></tr>
</table>
<p><b>Impression:</b> Mild obstructive sleep apnea (REI 11.8/h, 4% hypopnea rule), positional. Technically adequate study.</p>
</body></html>""", ctype="text/html", loinc=D_PROCNOTE)

    b.note("sleep-2026-03-09", ts("2026-03-09", "11:15"), "Sleep medicine follow-up", "Kwame Asante, MD (Sleep Medicine)", """
Sleep f/u - results visit (in person)

HSAT 2/26/26: REI 11.8/h (4% rule), supine-predominant, nadir 82%. Mild OSA.

Discussed treatment options: APAP, positional therapy, oral appliance. She still denies sleepiness; main complaints are unrefreshing sleep, morning headaches and the effect on mood. Given comorbid recurrent major depressive disorder with active symptoms, I recommend an APAP trial over positional therapy alone. Pt agrees.

Orders: APAP 5-15 cm H2O, heated humidifier, full-face mask fitting per DME. Positional strategies reviewed as an adjunct. Will coordinate with psychiatry regarding mood response once on therapy.
F/u 10 weeks with download.
""", loinc=D_PROGRESS)
    b.sr("cpap-order", "2026-03-09", "CPAP device (auto-titrating), heated humidifier", code="E0601", system=HCPCS,
         requester="Kwame Asante, MD (Sleep Medicine)")

    case = {
        "id": "bc-cpap-01", "patient": "patients/pc03.json",
        "request": {"service": {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"},
                    "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-17"},
        "gold": {"recommendation": "approve", "policy": "NCD 240.4",
                 "evidence": ["Observation/hst-rei-2026-03-02", "DocumentReference/hst-2026-03-02", "DocumentReference/sleep-2026-02-10",
                              "Condition/mdd"],
                 "missing": [],
                 "rationale": "Initial 12-week coverage. Clinical evaluation by sleep physician; Type III HSAT (>=3 channels) ordered by the treating physician; REI 11.8/h with 4% hypopnea rule (5-14 band). Qualifying condition in the 5-14 band: documented mood disorder (recurrent MDD, PHQ-9 14, psychiatry). Sleepiness and insomnia are denied, and hypertension is refuted by ABPM, so they cannot be used."},
    }
    traps = "AHI in the 5-14 band qualifies only through a mood disorder (psychiatry note); hypertension Condition refuted by normal ABPM; denies sleepiness (ESS 7) and insomnia; family history of HTN/MI; HSAT report in HTML"
    return b, case, traps


def pc04():
    b = Bundle("pc04", "Harlan", "Vos", "male", "1954-06-21", "NG-2279364")
    b.cond("oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2019-04-02")
    b.cond("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2017-08-15")
    b.cond("obesity", "E66.9", "Obesity, unspecified", "2022-09-12")
    b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-05-06", note="Added from HSAT result 05/2026.")
    b.enc("awv-2025-09-08", "AMB", "Medicare annual wellness visit", ts("2025-09-08", "08:30"), ts("2025-09-08", "09:10"))
    b.obs("wt-2025-09-08", "2025-09-08", "Body weight", 104, "kg", "kg", loinc=L_WT, category="vital-signs")
    b.obs("bmi-2025-09-08", "2025-09-08", "BMI", 33.2, "kg/m2", "kg/m2", loinc=L_BMI, category="vital-signs")
    b.enc("tel-2026-04-20", "VR", "Telephone encounter", ts("2026-04-20", "15:05"), ts("2026-04-20", "15:12"))
    b.sr("hst-order", "2026-04-20", "Home sleep apnea test, Type III", code="95806", status="completed",
         requester="Caroline Beaumont, DO (Family Medicine)", note="Ordered via telephone encounter; direct-access HSAT pathway.")
    b.obs("hst-rei-2026-05-04", "2026-05-04", "HSAT REI (4% rule)", 27.4, "events/h", "/h", local="HSAT-REI-4", category="procedure")
    b.obs("hst-time-2026-05-04", "2026-05-04", "HSAT valid monitoring time", 6.6, "h", "h", local="HSAT-TIME", category="procedure")
    b.obs("hst-nadir-2026-05-04", "2026-05-04", "HSAT SpO2 nadir", 79, "%", "%", local="HSAT-SPO2-NADIR", category="procedure")
    b.med("omeprazole", "7646", "omeprazole", "2017-08-15", dosage="omeprazole 20 mg by mouth daily")
    b.med("diclofenac-gel", "3355", "diclofenac", "2019-04-02", dosage="diclofenac 1% gel to knees up to four times daily")

    b.note("awv-2025-09-08", ts("2025-09-08", "09:05"), "Annual wellness visit", "Caroline Beaumont, DO (Family Medicine)", """
MEDICARE ANNUAL WELLNESS VISIT

71M. HRA reviewed. Lives with wife, independent in ADLs/IADLs. Drives. No falls in the past year. Hearing: uses no aids, "fine". Vision: cataract surgery 2023.

Preventive: flu vaccine today; RSV vaccine given; colonoscopy 2021 normal (next 2031); AAA screen done 2020 negative.

Cognitive screen (Mini-Cog): 5/5.
Depression screen PHQ-2: 0.
Sleep: reports 7 h/night, "sleeps fine".

Chronic issues: knee OA (diclofenac gel, PT in spring helped), GERD controlled on omeprazole, obesity - BMI 33.2, counseled on diet and activity.

Plan: labs (lipids, A1c) today. RTC 1 yr or prn.
""", loinc=D_PROGRESS, encounter="Encounter/awv-2025-09-08")

    b.note("tel-2026-04-20", ts("2026-04-20", "15:12"), "Telephone encounter", "Caroline Beaumont, DO (Family Medicine)", """
TELEPHONE ENCOUNTER

Caller: Mrs. Vos (wife), pt present but did not come to the phone.

Reason: wife says his snoring has become "unbearable" since winter, she hears him stop breathing and then snort. She has moved to the guest room. She wonders about a sleep study - their neighbor had one done at home.

Per wife, he "dozes off in his chair" in the evenings. Not asked about driving. No further history obtained.

Plan: ordered home sleep apnea test through the direct-access HSAT program (no visit required by the sleep lab). Will call with results. Advised to schedule an office visit to go over results and treatment.

Time: 7 min.
""", loinc=D_TEL, encounter="Encounter/tel-2026-04-20")

    b.note("hst-2026-05-04", ts("2026-05-04", "12:40"), "Home sleep apnea test report", "Adaeze Nwosu, MD (Sleep Medicine)", """
HOME SLEEP APNEA TEST - REPORT

Study date: 05/01/2026 (unattended, home). Direct-access HSAT program.
Referring: C. Beaumont, DO. Indication (from order): snoring, witnessed apneas.
Device: Type III (nasal pressure, thoracic + abdominal effort, oximetry, pulse rate, position).

Valid monitoring time 6 h 36 min. Total events 181 (apneas 97, of which obstructive 94; hypopneas 84, scored with >= 4% desaturation).
REI 27.4 events/h (4% rule). Supine REI 41.0, non-supine 15.2.
SpO2 baseline 94%, nadir 79%, T88 = 22 min.

IMPRESSION: Moderate obstructive sleep apnea, REI 27.4/h.

Recommendations: correlate clinically with referring provider; treatment options include PAP therapy. Interpreted by Adaeze Nwosu, MD (ABIM Sleep Medicine). The interpreting physician did not see the patient.
""", loinc=D_PROCNOTE)

    b.note("result-2026-05-06", ts("2026-05-06", "09:30"), "Result note", "Caroline Beaumont, DO (Family Medicine)", """
Result note - HSAT

HSAT 5/1: moderate OSA, REI 27.4. Called pt's wife (pt at work) and reviewed result. Sent CPAP (APAP 5-20) order to Prairie Home Medical per their request so equipment can be set up sooner. Front desk to schedule office visit to discuss treatment - first available 6/15. Added OSA to problem list.

Wife asked whether he can start the machine before the visit; told her the supplier will contact them about setup and that Dr. Beaumont will go over symptoms, exam and treatment options at the 6/15 appointment. Advised no driving when drowsy.
""", loinc=D_PROGRESS)
    b.sr("cpap-order", "2026-05-06", "CPAP device (auto-titrating 5-20 cm H2O), humidifier, mask", code="E0601", system=HCPCS,
         requester="Caroline Beaumont, DO (Family Medicine)")
    b.appt("pcp-2026-06-15", ts("2026-05-12", "10:02"), ts("2026-06-15", "14:00"), "Office visit - discuss sleep study results, OSA treatment",
           "Caroline Beaumont, DO (Family Medicine)")

    b.note("dme-2026-05-20", ts("2026-05-20", "11:45"), "DME intake form", "Prairie Home Medical - intake coordinator (DME supplier)", """
PRAIRIE HOME MEDICAL - PAP INTAKE

Patient: Harlan Vos. Payer: Medicare Part B.
Item: E0601 APAP with humidifier (E0562), full face mask.
Prescriber: Caroline Beaumont, DO.
Sleep test: HSAT 05/01/2026, Type III, REI 27.4.

Checklist:
[x] Written order on file
[x] Qualifying sleep test (AHI/REI >= 15)
[x] Face-to-face clinical evaluation - "patient evaluated, meets Medicare criteria" (per referral packet)
[ ] Setup/education - pending auth

Notes: family requests setup ASAP. Mask sizing to be done at setup visit. Compliance monitoring by modem after setup. Submit for prior auth.
""")

    b.note("pcp-2026-06-15", ts("2026-06-15", "14:40"), "Primary care progress note", "Caroline Beaumont, DO (Family Medicine)", """
OSA f/u - in person

71M here to discuss HSAT (REI 27.4). Snoring, witnessed apneas per wife. ESS 13 - falls asleep watching TV, once nodded off at a red light last month. Nocturia x2-3. No AM headaches.
BP 138/84. BMI 33.5. Neck 18 in. Mallampati III.
ROS: no insomnia, no mood change. PMH knee OA, GERD, obesity. No HTN, CAD or stroke.
A: moderate OSA, symptomatic (EDS). Recommend APAP; discussed mask options and expected adjustment period. Drowsy-driving counseling given. Weight loss counseling. F/u 8-10 weeks with download.
""", loinc=D_PROGRESS)

    case = {
        "id": "bc-cpap-02", "patient": "patients/pc04.json",
        "request": {"service": {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"},
                    "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-26"},
        "gold": {"recommendation": "request_info", "policy": "NCD 240.4",
                 "evidence": ["Observation/hst-rei-2026-05-04", "DocumentReference/hst-2026-05-04", "DocumentReference/tel-2026-04-20",
                              "Appointment/pcp-2026-06-15"],
                 "missing": ["clinical evaluation|face-to-face|office visit|in-person visit|sleep evaluation|history and physical|evaluation"],
                 "rationale": "Qualifying Type III HSAT (REI 27.4/h, 4% rule) ordered by the treating physician, but NCD 240.4 requires a clinical evaluation plus a positive test. Before the request there is only a 7-minute telephone call with the wife; the interpreting sleep physician did not see the patient; the DME intake's 'patient evaluated, meets criteria' is an unsupported supplier assertion. The office visit is booked for 06/15 (after the request); its note does not exist for the case. Ask for the clinical evaluation."},
    }
    traps = "no clinical evaluation before the request (telephone call with spouse only); DME checklist asserts face-to-face evaluation; evaluation note dated after the request; annual wellness note says 'sleeps fine'"
    return b, case, traps
