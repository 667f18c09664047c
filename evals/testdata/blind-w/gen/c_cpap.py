"""NCD 240.4 cases (CPAP)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 240.4"


def cpap01():
    b = Bundle("bw03")
    b.patient("Whitcomb", ["Dolores", "A"], "female", "1957-09-30", "Cedar Falls")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("brookside", "Brookside Care Center", "Skilled nursing facility")
    b.org("nv-sleep", "Northvale Sleep Disorders Center", "Hospital-based sleep laboratory (AASM accredited)")
    b.prac("dr-amundsen", "Amundsen", "Erik", "MD", "Orthopaedic surgery")
    b.prac("dr-lindqvist", "Lindqvist", "Anna", "MD", "Hospital medicine")
    b.prac("dr-pryce", "Pryce", "Gwen", "MD", "Sleep medicine (board certified)")
    b.prac("dr-obi", "Obi", "Samuel", "MD", "SNF attending physician")
    b.prac("rpsgt-lee", "Lee", "Jordan", "RPSGT", "Polysomnographic technologist")

    b.enc("enc-hosp-2026-01-14", "IMP", "Inpatient admission - orthopaedics", dt("2026-01-14", "18:20"), dt("2026-01-20", "12:00"), org="nvrmc",
          admit_source="Emergency department", disposition="Skilled nursing facility (Brookside)", reason="Right femoral neck fracture after fall")
    b.enc("enc-snf-2026-01-20", "NONAC", "Skilled nursing facility stay (rehab)", dt("2026-01-20", "15:30"), dt("2026-02-13", "10:00"), org="brookside",
          disposition="Home")
    b.enc("enc-sleep-2026-02-24", "AMB", "Sleep medicine new patient consultation", dt("2026-02-24", "13:00"), dt("2026-02-24", "13:50"), org="nv-sleep")
    b.enc("enc-psg-2026-03-10", "AMB", "Attended in-laboratory polysomnography", dt("2026-03-10", "21:00"), dt("2026-03-11", "06:10"), org="nv-sleep")
    b.enc("enc-sleep-2026-03-18", "AMB", "Sleep medicine follow-up (results)", dt("2026-03-18", "10:00"), dt("2026-03-18", "10:30"), org="nv-sleep")

    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2011-04-05",
           note="On amlodipine and losartan. Followed by PCP.")
    b.cond("c-hipfx", "S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture", "2026-01-14",
           category="encounter-diagnosis", encounter="enc-hosp-2026-01-14", clinical="resolved")
    b.cond("c-hemi", "Z96.641", "Presence of right artificial hip joint", "2026-01-20")
    b.cond("c-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-03-18")
    b.med("rx-amlodipine", "17767", "amlodipine 10 mg oral tablet", "2025-08-12", dosage="10 mg daily", start="2025-08-12")
    b.med("rx-losartan", "52175", "losartan 100 mg oral tablet", "2025-08-12", dosage="100 mg daily", start="2025-08-12")
    b.med("rx-enox", "67108", "enoxaparin 40 mg/0.4 mL prefilled syringe", dt("2026-01-16", "09:00"), status="completed", dosage="40 mg SC daily x 28 days (VTE prophylaxis after hip surgery)",
          encounter="enc-hosp-2026-01-14", start="2026-01-16", end="2026-02-12")
    b.proc("proc-hemi-2026-01-15", (CPT, "27125", "Hemiarthroplasty, hip, partial"), dt("2026-01-15", "10:40"), encounter="enc-hosp-2026-01-14",
           performer="dr-amundsen")
    b.obs("oxim-2026-01-17", ("local", "OXIM-ODI", "Overnight continuous pulse oximetry - oxygen desaturation index"), dt("2026-01-17", "06:00"), 19,
          "/h", "/h", category="procedure", encounter="enc-hosp-2026-01-14",
          note="Bedside continuous pulse oximetry (finger probe, single channel SpO2 + pulse rate) on room air, post-op night 2. Nadir 81%. Not a sleep study.")
    b.doc("dc-summary-2026-01-20", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-01-20", "11:15"), "dr-lindqvist",
          """DISCHARGE SUMMARY  01/14/2026 - 01/20/2026
WHITCOMB, Dolores  68F   Disposition: Brookside Care Center (SNF)

Principal dx: R femoral neck fracture after mechanical fall on ice. Procedure: R hip hemiarthroplasty 1/15 (Dr. Amundsen).
Other issues:
- Suspected obstructive sleep apnea: nursing noted loud snoring with witnessed pauses and desaturation to low 80s on post-op nights while on opioids. Continuous oximetry 1/17 (RA) ODI 19/h, nadir 81%. Not diagnostic. Did not require supplemental O2 on discharge. RECOMMEND outpatient sleep medicine referral and formal sleep study after rehab; referral placed.
- HTN: continue amlodipine 10, losartan 100.
- VTE ppx: enoxaparin 40 daily through 2/12.
Weight bearing as tolerated. PT/OT at SNF.
""", encounter="enc-hosp-2026-01-14", custodian="nvrmc")
    b.doc("snf-dc-2026-02-13", "18842-5", "Discharge summary", "SNF discharge summary (Brookside)", dt("2026-02-13", "09:40"), "dr-obi",
          """BROOKSIDE CARE CENTER - DISCHARGE SUMMARY
Resident: Dolores Whitcomb   Stay 01/20/2026 - 02/13/2026
Rehab after R hip hemiarthroplasty. Ambulating 300 ft with cane, independent with stairs x12 with rail. Home with husband.
Sleep: roommate and night staff report loud snoring; no O2 needs. Hospital recommended sleep study - outpatient sleep referral appointment 2/24 confirmed with family.
BP on current regimen 124-146/70-86.
Meds: amlodipine 10, losartan 100, acetaminophen prn, enoxaparin completed 2/12.
""", encounter="enc-snf-2026-01-20", custodian="brookside")

    b.obs("bp-2026-02-24", (LOINC, "85354-9", "Blood pressure panel with all children optional"), dt("2026-02-24", "13:05"), category="vital-signs",
          encounter="enc-sleep-2026-02-24",
          components=[(LOINC, "8480-6", "Systolic blood pressure", 138, "mmHg", "mm[Hg]"),
                      (LOINC, "8462-4", "Diastolic blood pressure", 84, "mmHg", "mm[Hg]")])
    b.obs("bmi-2026-02-24", (LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), dt("2026-02-24", "13:05"), 31.4, "kg/m2", "kg/m2",
          category="vital-signs", encounter="enc-sleep-2026-02-24")
    b.obs("ess-2026-02-24", ("local", "ESS", "Epworth Sleepiness Scale total score"), dt("2026-02-24", "13:10"), 7, "{score}", "{score}",
          category="survey", encounter="enc-sleep-2026-02-24")
    b.doc("sleep-consult-2026-02-24", "11488-4", "Consult note", "Sleep medicine consultation", dt("2026-02-24", "14:10"), "dr-pryce",
          """NORTHVALE SLEEP DISORDERS CENTER - NEW PATIENT CONSULTATION
Date: 02/24/2026   Patient: Dolores Whitcomb 68F   Physician: Gwen Pryce MD
Referred by: A. Lindqvist MD (hospital medicine) after hip fracture admission.

HPI: Husband reports years of loud snoring and "stops breathing" episodes, worse on her back. Desaturations to low 80s noted on post-op nights in hospital (on opioids). She wakes 1-2x/night to urinate. She denies excessive daytime sleepiness - she does not doze while reading or watching TV - and denies insomnia, morning headaches, memory or mood problems. No drowsy driving.
PMH: hypertension x 15 years on amlodipine 10 + losartan 100; R hip hemiarthroplasty 1/2026. No CAD, no stroke, no AF.
Meds: amlodipine, losartan, acetaminophen prn. No opioids since SNF discharge. No sedatives.
Exam: BP 138/84, BMI 31.4, neck 40 cm, Mallampati IV, retrognathia, enlarged tongue. Lungs clear.
Epworth: 7/24.

Assessment: Clinical picture consistent with obstructive sleep apnea (snoring, witnessed apneas, crowded airway, post-op desaturations) in a patient with long-standing hypertension. Not sleepy. The inpatient oximetry is not diagnostic.
Plan: Attended in-laboratory diagnostic polysomnography (ordered today). Hypopneas to be scored with the 4% desaturation rule for Medicare, with the 3%/arousal rule also reported. Follow-up after study.
""", encounter="enc-sleep-2026-02-24", custodian="nv-sleep")
    b.sreq("sr-psg", (CPT, "95810", "Polysomnography, attended, sleep staging with 4 or more additional parameters"), "2026-02-24",
           status="completed", requester="dr-pryce", reason="Suspected OSA; hypertension", encounter="enc-sleep-2026-02-24")

    b.obs("psg-tst-2026-03-10", ("local", "PSG-TST", "Total sleep time (polysomnography)"), dt("2026-03-11", "06:00"), 356, "min", "min",
          category="procedure", encounter="enc-psg-2026-03-10")
    b.obs("ahi4-2026-03-10", ("local", "PSG-AHI4", "Apnea-hypopnea index, hypopneas scored with >=4% desaturation"), dt("2026-03-11", "06:00"), 12.2,
          "/h", "/h", category="procedure", encounter="enc-psg-2026-03-10", performer="dr-pryce",
          note="Attended diagnostic PSG, sleep laboratory. 72 events (apneas 31, hypopneas 41) over 5.9 h TST.")
    b.obs("ahi3-2026-03-10", ("local", "PSG-AHI3A", "Apnea-hypopnea index, hypopneas scored with >=3% desaturation or arousal (AASM 1A)"),
          dt("2026-03-11", "06:00"), 16.9, "/h", "/h", category="procedure", encounter="enc-psg-2026-03-10", performer="dr-pryce")
    b.doc("psg-report-2026-03-10", "28570-0", "Procedure note", "Polysomnography report", dt("2026-03-12", "16:45"), "dr-pryce",
          """NORTHVALE SLEEP DISORDERS CENTER
DIAGNOSTIC POLYSOMNOGRAPHY REPORT (ATTENDED, IN-LAB, TYPE I)
Patient: Dolores Whitcomb   DOB 09/30/1957   Study date: 03/10/2026 - 03/11/2026
Ordering/interpreting physician: Gwen Pryce MD   Technologist: J. Lee RPSGT
Montage: EEG (F4, C4, O2), EOG x2, chin EMG, ECG, nasal pressure, oronasal thermistor, thoracic and abdominal RIP belts, SpO2, body position, bilateral leg EMG, snore mic, video.

Sleep architecture: Lights out 22:04, lights on 05:52. TIB 468 min. TST 356 min (5.9 h). Sleep efficiency 76%. Sleep latency 18 min. REM 14%.

Respiratory events:
- Obstructive apneas 29, central apneas 2, mixed 0 (all >= 10 s).
- Hypopneas (>=30% airflow reduction >= 10 s with >=4% desaturation): 41.
- AHI (4% hypopnea rule, Medicare/CMS definition): 72 events / 5.93 h = 12.2 per hour.
- AHI (AASM recommended 3% or arousal rule): 16.9 per hour.
- Supine AHI (4%) 21.5; non-supine 6.0. REM AHI (4%) 18.0.
- SpO2 baseline 94%, nadir 83%, time below 88%: 6.1 min.
Cardiac: sinus rhythm 58-84. Limb movements: PLMI 4.

Interpretation: Obstructive sleep apnea, MILD by the 4% hypopnea criterion (AHI 12.2/h), moderate by the AASM 3%/arousal criterion (16.9/h), positional and REM-accentuated. No significant central apnea. No hypoventilation.
Recommendation: see follow-up visit. Comorbid hypertension noted.
""", encounter="enc-psg-2026-03-10", custodian="nv-sleep")
    b.doc("sleep-fu-2026-03-18", "11506-3", "Progress note", "Sleep medicine follow-up and CPAP order", dt("2026-03-18", "10:40"), "dr-pryce",
          """SLEEP MEDICINE FOLLOW-UP  03/18/2026
Dolores Whitcomb 68F

Reviewed PSG 3/10 with patient and husband. OSA - AHI 12.2/h (4% rule), 16.9/h (3%/arousal). Positional, worse in REM.
She still denies daytime sleepiness (ESS 7). Hypertension on two agents (amlodipine 10, losartan 100); office BP today 136/82.

Plan:
- Auto-CPAP 5-15 cm H2O, heated humidity, mask fitting at DME. Order signed today.
- Discussed positional therapy as adjunct.
- Compliance download and visit at 6 and 10 weeks after start.
Dx: G47.33 OSA; I10 hypertension.
""", encounter="enc-sleep-2026-03-18", custodian="nv-sleep")

    # after the request
    b.doc("dme-setup-2026-03-27", "34109-9", "Note", "DME CPAP setup and education", dt("2026-03-27", "11:00"), None,
          """HomeAir Medical Supply - CPAP set-up 03/27/2026. Auto-CPAP 5-15, medium nasal pillows. Patient and husband educated on use, cleaning, mask fit. Return demonstration ok.
""")
    b.obs("cpap-use-2026-05-08", ("local", "PAP-USE", "PAP adherence download (30 days)"), dt("2026-05-08", "09:00"),
          "Used 27/30 nights; >=4 h on 24/30 nights (80%); residual AHI 2.1/h", category="procedure")

    c = case("bw-cpap-01", "bw03", svc("hcpcs", "E0601", "Continuous positive airway pressure (CPAP) device"),
             [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), dx("I10", "Essential (primary) hypertension")],
             "2026-03-20", "approve", P,
             ["DocumentReference/psg-report-2026-03-10", "Observation/ahi4-2026-03-10", "Condition/c-htn",
              "DocumentReference/sleep-consult-2026-02-24"],
             rationale="Initial 12-week coverage: clinical evaluation by the sleep physician, who ordered an attended in-lab PSG; AHI by the 4% rule is 12.2/h (5-14 band) with documented hypertension, which qualifies even though she denies sleepiness. The inpatient oximetry is not a qualifying test and is not needed.",
             note="New CPAP. PSG 3/10: AHI 12.2 (4%) / 16.9 (3%). HTN on 2 agents.")
    return c, b


def cpap02():
    b = Bundle("bw04")
    b.patient("Marchetti", ["Eugene", "P"], "male", "1958-06-14", "Port Haldane")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("nv-sleep", "Northvale Sleep Disorders Center", "Hospital-based sleep laboratory")
    b.org("harbor-fp", "Harbor Family Practice", "Primary care clinic")
    b.prac("dr-bauer", "Bauer", "Nina", "MD", "Hospital medicine")
    b.prac("rt-quinn", "Quinn", "Morgan", "RRT", "Respiratory therapy")
    b.prac("dr-pryce", "Pryce", "Gwen", "MD", "Sleep medicine")
    b.prac("dr-ahmed", "Ahmed", "Tariq", "DO", "Family medicine (PCP)")

    b.enc("enc-hosp-2026-05-03", "IMP", "Inpatient admission - hospital medicine (telemetry)", dt("2026-05-03", "02:10"), dt("2026-05-07", "14:00"),
          org="nvrmc", admit_source="Emergency department", disposition="Home", reason="Atrial fibrillation with rapid ventricular response")
    b.enc("enc-sleep-2026-05-19", "AMB", "Sleep medicine consultation", dt("2026-05-19", "15:00"), dt("2026-05-19", "15:40"), org="nv-sleep")
    b.enc("enc-pcp-2026-05-21", "AMB", "Primary care post-hospital follow-up", dt("2026-05-21", "08:30"), dt("2026-05-21", "09:00"), org="harbor-fp")

    b.cond("c-af", "I48.91", "Unspecified atrial fibrillation", "2026-05-03")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2014-10-20")
    b.cond("c-obesity", "E66.9", "Obesity, unspecified", "2018-03-02")
    b.cond("c-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-05-05", verification="provisional",
           note="Entered by hospital medicine on the basis of overnight oximetry; no diagnostic sleep study.")
    b.med("rx-apix", "1364430", "apixaban 5 mg oral tablet", dt("2026-05-04", "09:00"), dosage="5 mg twice daily", encounter="enc-hosp-2026-05-03",
          requester="dr-bauer", start="2026-05-04")
    b.med("rx-metop", "6918", "metoprolol succinate ER 100 mg oral tablet", dt("2026-05-05", "09:00"), dosage="100 mg daily",
          encounter="enc-hosp-2026-05-03", requester="dr-bauer", start="2026-05-05")
    b.med("rx-lisin", "29046", "lisinopril 20 mg oral tablet", "2024-02-14", dosage="20 mg daily", start="2024-02-14")

    b.obs("oximetry-2026-05-05", ("local", "OXIM-ODI", "Overnight pulse oximetry - oxygen desaturation index (4%)"), dt("2026-05-05", "06:30"), 31,
          "/h", "/h", category="procedure", encounter="enc-hosp-2026-05-03", performer="rt-quinn",
          note="Wrist-worn recording oximeter, 2 channels (SpO2, pulse rate), room air, 22:40-05:55. ODI-4% 31/h, time SpO2 <88% 42 min, nadir 78%. No airflow or effort channels.")
    b.doc("rt-oximetry-2026-05-05", "34109-9", "Note", "Respiratory therapy - overnight oximetry report", dt("2026-05-05", "07:15"), "rt-quinn",
          """RESPIRATORY CARE - OVERNIGHT OXIMETRY   05/04-05/05/2026
Patient: Marchetti, Eugene   Room 4W-12   Ordered by: N. Bauer MD
Device: recording wrist oximeter (SpO2 + pulse rate only). Room air.
Recording 22:40 - 05:55 (7.25 h of recording; sleep not measured).
Results: mean SpO2 92%, nadir 78%, ODI (4%) 31/h, T<88% 42 min. Cyclical desaturation pattern. Pulse rate 62-118 (AF).
Comment: pattern suggestive of sleep-disordered breathing. Oximetry alone cannot distinguish obstructive from central events and does not measure airflow/effort or sleep.
Auto-CPAP (hospital unit) trial started 05/05 night per MD order.
""", encounter="enc-hosp-2026-05-03", custodian="nvrmc")
    b.doc("dc-summary-2026-05-07", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-05-07", "13:20"), "dr-bauer",
          """DISCHARGE SUMMARY  05/03/2026 - 05/07/2026
MARCHETTI, Eugene  67M   Disposition: home

1. New AF with RVR - rate controlled on metoprolol succinate 100; CHA2DS2-VASc 2 (HTN, age 65-74) -> apixaban 5 BID. TTE: LVEF 55%, LA moderately dilated.
2. "Severe OSA" - overnight oximetry 5/5 ODI 31/h, nadir 78%. Tolerated hospital auto-CPAP 5/5 and 5/6 nights, says he slept better. Untreated OSA likely contributing to AF. Recommended outpatient attended PSG or home sleep test; patient declined - "I already did a sleep test here." Referred to sleep medicine anyway; DME CPAP order written at patient request.
3. HTN - lisinopril 20.
Follow-up: PCP 1-2 weeks, sleep medicine 5/19, cardiology 4 weeks.
""", encounter="enc-hosp-2026-05-03", custodian="nvrmc")
    b.doc("sleep-clinic-2026-05-19", "11488-4", "Consult note", "Sleep medicine consultation", dt("2026-05-19", "16:05"), "dr-pryce",
          """NORTHVALE SLEEP DISORDERS CENTER - CONSULTATION   05/19/2026
Eugene Marchetti 67M   Referred by hospital medicine (N. Bauer MD)

HPI: Loud snoring for years per wife, witnessed pauses, unrefreshing sleep, dozes watching TV (ESS 13). New AF 5/2026. Hospital overnight oximetry ODI 31/h.
Exam: BMI 34, neck 44 cm, Mallampati III.

Assessment: High pretest probability of obstructive sleep apnea with comorbid AF and HTN. However, no diagnostic sleep test has been performed: the inpatient study was oximetry only (2 channels, no airflow/effort, no sleep measurement) and does not establish the diagnosis or AHI/RDI.

Discussion: Recommended a home sleep apnea test (Type III, can be done this week) or in-lab PSG. Explained that oximetry is not a diagnostic sleep test and that CPAP cannot be ordered on that basis through our center. Patient declines any further sleep testing - "I'm not doing another test, I already know I have it, just give me the machine." Wife tried to persuade him. He understands; decision is his.
Plan: No study scheduled at patient's request. Will see again if he changes his mind. Sent letter to PCP.
""", encounter="enc-sleep-2026-05-19", custodian="nv-sleep")
    b.doc("pcp-2026-05-21", "11506-3", "Progress note", "PCP post-hospital visit and CPAP order", dt("2026-05-21", "09:10"), "dr-ahmed",
          """HARBOR FAMILY PRACTICE   05/21/2026
Eugene Marchetti 67M - hospital follow-up (AF, OSA)

Doing well, HR 70s, no bleeding on apixaban. Wants the CPAP machine "like in the hospital." Saw sleep doctor 5/19, did not want to repeat test.
A/P:
- AF: rate controlled, on apixaban. Cardiology 6/4.
- OSA, severe: hospital sleep study 5/5 AHI 31 - ordering CPAP auto 5-20 with humidifier, full face mask. Will send prior auth.
- HTN: BP 132/80, continue lisinopril.
""", encounter="enc-pcp-2026-05-21", custodian="harbor-fp")

    c = case("bw-cpap-02", "bw04", svc("hcpcs", "E0601", "Continuous positive airway pressure (CPAP) device"),
             [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), dx("I48.91", "Unspecified atrial fibrillation")],
             "2026-05-22", "refer", P,
             ["Observation/oximetry-2026-05-05", "DocumentReference/sleep-clinic-2026-05-19", "DocumentReference/dc-summary-2026-05-07"],
             rationale="The only test is two-channel inpatient overnight oximetry, which is not a PSG or a qualifying home sleep test; the PCP's 'AHI 31' is the oximetry ODI. The patient declined a home or in-lab sleep test, so no qualifying test is pending. Positive qualifying test documented not met: physician reviewer.",
             note="CPAP for severe OSA per hospital sleep study (AHI 31). Tolerated CPAP in hospital.")
    return c, b


CASES = [cpap01, cpap02]
