"""NCD 240.4 - CPAP for obstructive sleep apnea (HCPCS E0601)."""
from fhirlib import Chart, cc, q, LOINC, ICD10CM, CPT, HCPCS

CPAP_SERVICE = {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"}


def cpap01():
    c = Chart("pk03", "CO", "https://api.frontrange-fm.example/fhir")
    LOC = "http://frontrange-fm.example/codes/obs"
    SLP = "http://pikespeak-sleep.example/fhir/CodeSystem/hst-indices"
    c.patient("Vigil", ["Lorraine", "M"], "female", "1959-09-03", "Colorado Springs", "4410 Palmer Park Blvd Apt 12",
              "80909", "FR-221904", "http://frontrange-fm.example/mrn", phone="719-555-0142")
    pcp = c.practitioner("pr-ortega", "Ortega", ["Marcus"], "DO", "Family Medicine", "1912054478")
    slp = c.practitioner("pr-ng", "Ng", ["Helen"], "MD", "Sleep Medicine (ABIM board certified)", "1386207744")
    clinic = c.org("org-frfm", "Front Range Family Medicine", "Primary care clinic", "Colorado Springs")
    idtf = c.org("org-ppsd", "Pikes Peak Sleep Diagnostics", "Independent diagnostic testing facility (sleep)", "Colorado Springs")
    dme = c.org("org-summit", "Summit Home Medical Supply", "DME supplier", "Pueblo")
    v1 = c.encounter("enc-0212", "AMB", "Office visit - established", "2026-02-12 14:00", "2026-02-12 14:35", pcp, clinic)
    v2 = c.encounter("enc-0402", "AMB", "Office visit - established", "2026-04-02 10:40", "2026-04-02 11:05", pcp, clinic)
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2019-05-21 09:30", onset="2019")
    c.condition("cond-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2026-03-20 16:02", recorder=pcp)
    c.condition("cond-obes", "E66.9", "Obesity, unspecified", recorded="2021-01-11 10:00")
    c.obs("bp-2026-02-12", cc(LOINC, "85354-9", "Blood pressure panel with all children optional"), "2026-02-12 14:08",
          cat="vital-signs", encounter=v1,
          comps=[(cc(LOINC, "8480-6", "Systolic blood pressure"), q(146, "mm[Hg]")),
                 (cc(LOINC, "8462-4", "Diastolic blood pressure"), q(88, "mm[Hg]"))])
    c.obs("bmi-2026-02-12", cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), "2026-02-12 14:08", q(33.4, "kg/m2"),
          cat="vital-signs", encounter=v1)
    c.obs("ess-2026-02-12", cc(LOC, "ESS", text="Epworth Sleepiness Scale total"), "2026-02-12 14:15", 13, cat="survey",
          encounter=v1)
    sr = c.servicereq("sr-hst", cc(HCPCS, "G0399", "Home sleep test (HST) with type III portable monitor, unattended"),
                      "2026-02-12 14:31", status="completed", requester=pcp, performer=idtf,
                      reason="Snoring, witnessed apneas, EDS, HTN - r/o OSA")
    hst = c.obs("hst-indices-2026-03-03", cc(SLP, "HST-SUMMARY", text="Home sleep test summary indices"), "2026-03-03 22:47",
                cat="procedure", performer=idtf, issued="2026-03-09 11:20",
                device_text="NightTrak III type III portable monitor",
                comps=[(cc(SLP, "MT", text="Valid monitoring time (min)"), q(412, "min")),
                       (cc(SLP, "REI3", text="Respiratory event index, hypopnea 3% rule"), q(17.9, "/h")),
                       (cc(SLP, "AI", text="Apnea index"), q(2.5, "/h")),
                       (cc(SLP, "APN-N", text="Apneas (count)"), 17),
                       (cc(SLP, "HYP3-N", text="Hypopneas, 3% rule (count)"), 106),
                       (cc(SLP, "ODI3", text="Oxygen desaturation index >=3%"), q(19.4, "/h")),
                       (cc(SLP, "ODI4", text="Oxygen desaturation index >=4%"), q(6.8, "/h")),
                       (cc(SLP, "SPO2-NADIR", text="SpO2 nadir"), q(81, "%")),
                       (cc(SLP, "T88", text="Time SpO2 <= 88% (min)"), q(14.2, "min"))])
    hst_text = """PIKES PEAK SLEEP DIAGNOSTICS - HOME SLEEP APNEA TEST REPORT
Patient: VIGIL, LORRAINE M     DOB: 09/03/1959     Study date: 03/03/2026 (night of)
Ordering: Marcus Ortega, DO (Front Range Family Medicine)     Interpreting: Helen Ng, MD
Device: NightTrak III, Type III portable monitor - channels: nasal pressure airflow, thoracic effort belt,
        pulse oximetry (SpO2 and pulse rate), body position.

RECORDING: Start 22:47, end 06:31. Valid flow/oximetry time 6 h 52 min (412 min).
SCORING: Apneas >= 90% airflow drop >= 10 s. Hypopneas scored when airflow is reduced >= 30% for >= 10 s with
         >= 3% oxygen desaturation (AASM recommended rule 1A; arousals cannot be scored on this device).

RESULTS                                    TOTAL     SUPINE    NON-SUPINE
  Apneas (obstructive 16 / central 1)         17
  Hypopneas (3%)                             106
  REI (events/h of monitoring time)         17.9      31.2        9.6
  Apnea index                                2.5
  ODI >=3% (/h)                             19.4
  ODI >=4% (/h)                              6.8
  Baseline SpO2 93%   Mean SpO2 91%   Nadir SpO2 81%   Time <=88%: 14.2 min
  Mean pulse 71 bpm, no sustained arrhythmia on pulse channel.

INTERPRETATION
  Technically adequate study. Findings are consistent with MODERATE obstructive sleep apnea (REI 17.9/h),
  markedly worse supine. Mild nocturnal hypoxemia. Recommend clinical correlation; treatment options include
  auto-titrating or fixed CPAP; positional therapy alone less likely to suffice. Re-testing with in-lab PSG if
  symptoms persist despite treatment.

Electronically signed: Helen Ng, MD, Diplomate ABIM Sleep Medicine   03/09/2026 11:20 MDT
"""
    c.report("hst-2026-03-03", cc(CPT, "95806", "Home sleep apnea test, unattended"),
             "2026-03-03 22:47", "2026-03-09 11:20", cat="PF", performer=idtf, interpreter=slp, results=[hst],
             conclusion="Moderate obstructive sleep apnea, REI 17.9/h (hypopneas scored with 3% desaturation).",
             presented=hst_text, presented_title="HST report")
    c.medreq("lisinopril-2019", "lisinopril", "2019-05-21 09:40", requester=pcp, rxnorm="29046", dosage="20 mg PO daily")
    c.medreq("amlodipine-2024", "amlodipine", "2024-08-15 15:10", requester=pcp, rxnorm="17767", dosage="5 mg PO daily")

    ov = """Front Range Family Medicine
OFFICE VISIT  02/12/2026  2:00 PM     Marcus Ortega, DO
Patient: Lorraine M. Vigil   66 y.o. female

S: Here with her husband for "snoring and being tired all the time." Husband reports loud snoring for years, now
with pauses in breathing and gasping several nights a week; he has moved to the couch. She wakes unrefreshed, naps
most afternoons, and dozed off at a red light last month (no accident). Some morning headaches. Nocturia x2.
No cataplexy, no hypnagogic hallucinations. Bedtime 10:30-11 pm, up at 6:30. 1 cup of coffee. No alcohol at
night. Does not use sleep aids. Mood "fine, just tired."
HTN for ~7 yrs on lisinopril + amlodipine; home readings 140s/80s.

ROS: Gen: +fatigue. HEENT: neg. CV: no chest pain, no palpitations. Resp: no cough, no SOB. Neuro: no focal
symptoms. Psych: denies depression, denies anxiety. All other systems reviewed and negative.

O: BP 146/88  P 78  Wt 88.5 kg  Ht 162.8 cm  BMI 33.4  Neck circ 40 cm.
   Oropharynx Mallampati IV, tonsils 1+. Nasal septum midline. Heart RRR no m. Lungs clear. No LE edema.
   Epworth Sleepiness Scale 13/24. STOP-BANG 6/8.

A/P:
1. Suspected obstructive sleep apnea - high pretest probability (STOP-BANG 6, ESS 13, witnessed apneas,
   HTN). No significant cardiopulmonary disease, no opioids, no neuromuscular disease -> appropriate for home
   testing. Ordered Type III HST through Pikes Peak Sleep Diagnostics. Drowsy driving counseling given.
2. Essential hypertension, not at goal. Continue lisinopril 20 mg, amlodipine 5 mg; recheck after OSA workup.
3. Obesity BMI 33. Discussed diet/activity.
RTC after sleep study.
"""
    c.note("ov-2026-02-12", "2026-02-12 15:12", "11506-3", "Progress note", "Office visit", ov, pcp, encounter=v1)

    tel = """TELEPHONE NOTE - 03/20/2026 3:48 PM
Spoke with pt re: home sleep test from 3/3. Dr. Ng's read: moderate OSA, REI about 18, worse on her back, O2 low
81%. Reviewed that CPAP is first-line. Pt agreeable to CPAP; would like Summit Home Medical (Pueblo) - in network
per pt. Will see her 4/2 to go over results in person and sign order. Added OSA to problem list.
- M. Ortega, DO
"""
    c.note("tel-2026-03-20", "2026-03-20 16:02", "34748-4", "Telephone encounter Note", "Telephone note", tel, pcp)

    fu = """OFFICE VISIT 04/02/2026     Marcus Ortega, DO
Lorraine M. Vigil, 66F

Follow-up of home sleep study. Study reviewed with patient (report in chart). Continues to have daytime sleepiness
and loud snoring per husband. BP today 142/86.

A/P:
1. OSA, moderate per HST 3/3/26 (REI 17.9). Face-to-face evaluation today. Ordered auto-CPAP 5-15 cm H2O with
   heated humidifier and nasal pillows mask via Summit Home Medical. Mask fitting and device teaching by supplier.
   Reassess symptoms and download at 6-8 weeks.
2. HTN - expect some improvement with OSA treatment; continue current meds.
"""
    c.note("ov-2026-04-02", "2026-04-02 11:20", "11506-3", "Progress note", "Office visit - sleep study follow-up", fu, pcp,
           encounter=v2)

    form = """[SCANNED DOCUMENT - received by fax 04/03/2026 09:14 from SUMMIT HOME MEDICAL SUPPLY]
------------------------------------------------------------------
   PAP INTAKE / QUALIFICATION WORKSHEET          Page 1 of 1
------------------------------------------------------------------
Patient: VIGIL, LORRAINE      DOB: 09/03/1959    Medicare: Part B
Ordering physician: ORTEGA, MARCUS DO          NPI: 1912054478
Item(s):  [X] E0601 CPAP   [ ] E0470 BPAP   [X] E0562 heated humidifier
          [X] A7034 nasal interface
Sleep test type: [ ] PSG (in lab)  [X] HST Type III  [ ] HST Type IV
Test date: 03/03/2026    AHI/RDI/REI: 17.9    >=15?  [X] Yes  [ ] No
Face-to-face eval before test: [X] 02/12/2026
Symptoms (if AHI 5-14): ____________
Supplier note: qualifies per AHI >= 15. Schedule set-up.
Intake by: J. Romero    Date: 04/03/2026
------------------------------------------------------------------
"""
    c.note("dme-intake-2026-04-03", "2026-04-03 09:14", None, "Scanned document - DME intake form",
           "DME PAP intake worksheet (fax)", form, dme, custodian=clinic)

    case = {
        "id": "bk-cpap-01", "patient": "patients/pk03.json",
        "request": {"service": CPAP_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-07",
                    "note": "Initial CPAP, moderate OSA on HST (AHI 17.9)."},
        "gold": {"recommendation": "request_info", "policy": "NCD 240.4",
                 "evidence": ["DiagnosticReport/hst-2026-03-03", "DocumentReference/ov-2026-02-12", "ServiceRequest/sr-hst",
                              "Condition/cond-htn"],
                 "missing": ["4%|4 percent|four percent|AASM 1B|rule 1B|hypopnea criteria|hypopnea definition|hypopnea scoring|desaturation criteria|desaturation criterion"],
                 "rationale": "Clinical evaluation, physician-ordered Type III HST and hypertension are documented, but the only "
                              "index (REI 17.9) counts hypopneas with a 3% desaturation; the NCD defines hypopnea with >=4% "
                              "desaturation. ODI4 (6.8/h) is not an AHI. The AHI/RDI scored with the 4% rule decides whether "
                              "either threshold is met and is not in the record."}}
    return case, c, "2026-04-07 12:00"


def cpap02():
    c = Chart("pk04", "CA", "https://fhir.sierravalley-med.example/R4")
    LOC = "http://sierravalley-med.example/CodeSystem/sleep-lab"
    c.patient("Tran", ["Gerald", "Minh"], "male", "1958-12-19", "Sacramento", "2716 Fruitridge Rd", "95820", "SVM-00418833",
              "http://sierravalley-med.example/mrn")
    pcp = c.practitioner("pr-kaur", "Kaur", ["Simran"], "MD", "Internal Medicine", "1548273610")
    slp = c.practitioner("pr-haddad", "Haddad", ["Yousef"], "MD", "Sleep Medicine", "1770564123")
    tech = c.practitioner("pr-bautista", "Bautista", ["Rene"], "RPSGT", "Registered Polysomnographic Technologist")
    org = c.org("org-svm", "Sierra Valley Medical Group - Sleep Disorders Center", "Sleep laboratory (hospital-based)", "Sacramento")
    e1 = c.encounter("enc-pcp-0708", "AMB", "Annual wellness / office visit", "2026-07-08 08:30", "2026-07-08 09:00", pcp, org)
    e2 = c.encounter("enc-slp-0730", "AMB", "Sleep medicine new patient", "2026-07-30 13:00", "2026-07-30 13:50", slp, org)
    e3 = c.encounter("enc-psg-0826", "AMB", "Attended polysomnography (split night)", "2026-08-26 21:15", "2026-08-27 06:05",
                     tech, org)
    e4 = c.encounter("enc-slp-0910", "VR", "Sleep medicine follow-up (video)", "2026-09-10 15:30", "2026-09-10 15:50", slp, org)
    c.condition("cond-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2026-09-10 15:45", recorder=slp)
    c.condition("cond-snore", "R06.83", "Snoring", recorded="2026-07-08 08:52", recorder=pcp, clinical="active")
    c.condition("cond-bph", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms",
                recorded="2021-03-02 10:00")
    c.obs("bp-2026-07-30", cc(LOINC, "85354-9", "Blood pressure panel"), "2026-07-30 13:06", cat="vital-signs", encounter=e2,
          comps=[(cc(LOINC, "8480-6", "Systolic blood pressure"), q(126, "mm[Hg]")),
                 (cc(LOINC, "8462-4", "Diastolic blood pressure"), q(76, "mm[Hg]"))])
    c.obs("ess-2026-07-30", cc(LOC, "ESS", text="Epworth sleepiness scale"), "2026-07-30 13:10", 9, cat="survey", encounter=e2)
    c.servicereq("sr-psg", cc(CPT, "95811", "Polysomnography, attended, split night"),
                 "2026-07-30 13:48", status="completed", requester=slp, performer=org,
                 reason="Suspected OSA - loud snoring, witnessed apneas", note="Split night if AHI >= 20 in first 2 h per lab protocol")
    diag = c.obs("psg-diag-2026-08-26", cc(LOC, "PSG-DIAG", text="PSG diagnostic portion indices"), "2026-08-26 22:31",
                 cat="procedure", performer=org, issued="2026-08-28 09:05", encounter=e3,
                 comps=[(cc(LOC, "TST", text="Total sleep time, diagnostic portion"), q(101, "min")),
                        (cc(LOC, "OA", text="Obstructive apneas (n)"), 17),
                        (cc(LOC, "CA", text="Central apneas (n)"), 2),
                        (cc(LOC, "HYP4", text="Hypopneas >=4% desaturation (n)"), 23),
                        (cc(LOC, "NADIR", text="SpO2 nadir"), q(79, "%"))])
    whole = c.obs("psg-total-2026-08-26", cc(LOC, "PSG-TOT", text="PSG total-night indices (all pressures)"),
                  "2026-08-26 22:31", cat="procedure", performer=org, issued="2026-08-28 09:05", encounter=e3,
                  comps=[(cc(LOC, "TST", text="Total sleep time, whole night"), q(325, "min")),
                         (cc(LOC, "AHI", text="AHI, total night"), q(11.3, "/h"))])
    psg = """SIERRA VALLEY SLEEP DISORDERS CENTER -- ATTENDED POLYSOMNOGRAM (SPLIT-NIGHT) REPORT
Patient: TRAN, GERALD M.   DOB 12/19/1958   Study: 08/26/2026   Referring/ordering: Y. Haddad, MD
Montage: EEG (F4, C4, O2, M1), EOG x2, chin EMG, ECG, nasal pressure, oronasal thermistor, thoracic/abdominal RIP,
SpO2, leg EMG, position, snore. Technologist: R. Bautista, RPSGT (attended throughout).
Scoring: AASM Manual v3. Hypopneas: >=30% flow reduction >=10 s with >=4% desaturation (rule 1B / CMS criteria).

SUMMARY                          DIAGNOSTIC          TITRATION         TOTAL NIGHT
                                 22:31-01:14         01:14-05:42
  Total recording time (min)        163                 268               431
  Total sleep time (min)            101                 224               325
  Sleep efficiency                  62%                 84%               75%
  REM (min)                           0                  51                51
  Obstructive apneas                 17                   -                 -
  Central apneas                      2                   -                 -
  Hypopneas (4%)                     23                   -                 -
  Total respiratory events           42                  19                61
  AHI (/h)                          see text            5.1              11.3
  SpO2 nadir                         79%                 90%               79%

Diagnostic portion: sleep onset latency 34 min; patient slept poorly at first. Split criteria met at 01:14.
AHI for the diagnostic portion = 42 events / 1.68 h of sleep.
Titration: CPAP 5 -> 11 cm H2O. At 9 cm H2O (98 min incl. supine REM) AHI 1.8/h, snoring eliminated, SpO2 nadir
92%. Mask: medium nasal (patient preference). No central apnea emergence.

IMPRESSION
 1. Obstructive sleep apnea, moderate-to-severe based on the diagnostic portion (AHI approximately 25/h). The
    total-night AHI (11.3/h) includes time on CPAP and should not be used to grade severity.
 2. Effective CPAP pressure 9 cm H2O.
 3. No periodic limb movement disorder.

Interpreted and electronically signed: Yousef Haddad, MD, Sleep Medicine   08/28/2026 09:05 PDT
"""
    c.report("psg-2026-08-26", cc(CPT, "95811", "Polysomnography with CPAP initiation (split night)"), "2026-08-26 22:31",
             "2026-08-28 09:05", cat="PF", performer=org, interpreter=slp, results=[diag, whole], encounter=e3,
             conclusion="OSA; diagnostic-portion AHI ~25/h (42 events in 101 min sleep, 4% hypopnea rule). "
                        "Total night AHI 11.3 includes CPAP titration. Effective CPAP 9 cm H2O.",
             presented=psg, presented_title="PSG report")
    c.medreq("tamsulosin", "tamsulosin", "2021-03-02 10:12", requester=pcp, rxnorm="77492", dosage="0.4 mg PO nightly")
    c.devicereq("dr-cpap", cc(HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"), "2026-09-10 15:48",
                requester=slp, reason="OSA", note="CPAP 9 cm H2O, heated humidifier, nasal mask, 99 months")
    c.obs("cpap-dl-2026-10-22", cc(LOC, "PAP-DL", text="PAP adherence download (30 days)"), "2026-10-22 10:00",
          cat="procedure", comps=[(cc(LOC, "USE4H", text="Nights used >=4 h"), q(87, "%")),
                                  (cc(LOC, "RESAHI", text="Residual AHI"), q(2.1, "/h"))])

    pcpn = """Progress Note - Simran Kaur, MD (Internal Medicine)      07/08/2026
Gerald Tran, 67 M. Annual visit.

Wife (present) is worried about his snoring - "he stops breathing and then snorts", several times a night, worse
after a glass of wine. Pt himself feels he sleeps "okay". His smartwatch sleep app shows "breathing disturbances
high" and SpO2 "dips". He had a home sleep test in 2019 in Medford, OR (ordered by previous PCP), told "mild, AHI 8"
and nothing was done. Wants a proper lab study this time, not home.

PMH: BPH. No HTN (never on BP meds), no CAD, no stroke, no diabetes.
Meds: tamsulosin 0.4 mg qhs.
Vitals: BP 124/78, HR 70, BMI 29.6, neck 43 cm.
Exam: crowded oropharynx, Mallampati III. Otherwise unremarkable.

A/P: Loud snoring with witnessed apneas. Refer to sleep medicine (Dr. Haddad). Consumer wearable data is not
diagnostic. Labs ordered for annual visit. Return 1 yr.
"""
    c.note("pcp-2026-07-08", "2026-07-08 09:21", "11506-3", "Progress note", "PCP annual visit", pcpn, pcp, encounter=e1)

    cons = """SLEEP MEDICINE - NEW PATIENT CONSULTATION
Date: 07/30/2026     Provider: Yousef Haddad, MD     Referring: Simran Kaur, MD
Patient: Gerald M. Tran, 67 y/o M

CC: snoring, witnessed apneas.

HPI: Loud habitual snoring x 10+ yrs; wife witnesses apneas with gasping 3-4 nights/week. Bedtime 23:00, wake
06:30, 1-2 awakenings for nocturia. Wakes somewhat unrefreshed, which he attributes to getting up twice to urinate (BPH), but denies excessive daytime sleepiness; he
does not nap and has no drowsy driving. Denies insomnia. Denies memory or concentration problems. Mood good.
No RLS symptoms. Prior HST (2019, outside): reportedly AHI 8, no treatment - report not available.

ROS (12-point): Constitutional: negative for fatigue, weight change. Eyes: negative. ENT: + nasal congestion in
spring. CV: negative for chest pain, palpitations, edema. Resp: negative for dyspnea, cough. GI: negative. GU: +
nocturia (BPH). MSK: negative. Neuro: negative for headaches, weakness. Psych: negative for depression, anxiety.
Heme: negative.

PMH: BPH. No hypertension, ischemic heart disease, stroke or diabetes. No opioids.
Exam: BP 126/76, HR 68, BMI 29.8, neck 43 cm. Mallampati III, tonsils 1+, retrognathia mild. Lungs clear, RRR.
Epworth 9.

Assessment: High probability of OSA (witnessed apneas, snoring, neck 43 cm). Patient prefers an in-lab study.
Plan: attended in-lab PSG with split-night protocol. Reviewed sleep hygiene and positional strategies.
"""
    c.note("slp-consult-2026-07-30", "2026-07-30 14:32", "11488-4", "Consult note", "Sleep medicine consultation", cons, slp,
           encounter=e2)

    techn = """PSG TECHNOLOGIST NOTE  08/26-27/2026
Pt arrived 21:15, hook-up completed 22:20, lights out 22:31. Pt anxious about the wires, long sleep latency,
repeated awakenings early. Frequent obstructive events once asleep, supine, SpO2 to 79%. Split criteria reached
per protocol (AHI >20 with >=2 h recording); CPAP started 01:14 at 5 cm, titrated to 11 cm. Best control at
9 cm incl supine REM. Pt tolerated nasal mask, said he "actually felt rested" in the AM. Lights on 05:42.
- R. Bautista, RPSGT
"""
    c.note("psg-tech-2026-08-27", "2026-08-27 06:05", "34109-9", "Note", "PSG technologist note", techn, tech, encounter=e3)

    fu = """SLEEP MEDICINE FOLLOW-UP (video visit)  09/10/2026  Yousef Haddad, MD
Reviewed split-night PSG of 8/26/26 with patient and wife. Diagnostic AHI ~25/h over 101 min of sleep (42 events,
hypopneas scored with 4% desaturation), nadir 79%; CPAP 9 cm H2O effective. Diagnosis: obstructive sleep apnea.
Plan: CPAP 9 cm H2O with heated humidifier, medium nasal mask. Order sent to DME. Follow up with download in
6-10 weeks to document use and benefit.
"""
    c.note("slp-fu-2026-09-10", "2026-09-10 15:52", "11506-3", "Progress note", "Sleep follow-up (video)", fu, slp, encounter=e4)

    later = """SLEEP MEDICINE FOLLOW-UP 10/22/2026
CPAP download 30 days: used 87% of nights >=4 h, residual AHI 2.1. Feels better. Continue.
- Y. Haddad, MD
"""
    c.note("slp-fu-2026-10-22", "2026-10-22 10:30", "11506-3", "Progress note", "Sleep follow-up - adherence", later, slp)

    case = {
        "id": "bk-cpap-02", "patient": "patients/pk04.json",
        "request": {"service": CPAP_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-09-15",
                    "note": "CPAP 9 cm H2O after split-night PSG."},
        "gold": {"recommendation": "approve", "policy": "NCD 240.4",
                 "evidence": ["DiagnosticReport/psg-2026-08-26", "Observation/psg-diag-2026-08-26",
                              "DocumentReference/slp-consult-2026-07-30", "ServiceRequest/sr-psg"],
                 "missing": [],
                 "rationale": "Clinical evaluation by sleep physician, attended in-lab PSG ordered by the treating physician; "
                              "diagnostic-portion AHI 42/1.68 h = ~25/h with 4% hypopneas; sleep < 2 h but 42 events >= the 30 "
                              "required for >=15/h in 2 h. The total-night AHI 11.3 mixes CPAP time and is not the diagnostic "
                              "index. Initial 12-week coverage. Adherence download is after the request."}}
    return case, c, "2026-09-15 12:00"


CASES = [cpap01, cpap02]
