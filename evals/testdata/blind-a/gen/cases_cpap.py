"""NCD 240.4 (CPAP) cases: ba-cpap-01 .. ba-cpap-04."""
from fhirkit import Chart, LOINC, LOCAL, HCPCS, ICD

SERVICE = {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"}


def dx(code, display):
    return {"system": ICD, "code": code, "display": display}


def local(code, display):
    return (LOCAL, code, display)


# ======================================================================== ba-cpap-01
def cpap01():
    c = Chart("pa05")
    c.patient("Marchetti", ["Eugene", "P."], "male", "1952-06-18", "LH-2209583")
    c.cond("stroke-2023", "I63.512", "Cerebral infarction due to unspecified occlusion or stenosis of left middle cerebral artery",
           recorded="2023-03-29", onset="2023-03-29", clinical="resolved", category="encounter-diagnosis")
    c.cond("hx-stroke", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
           recorded="2023-05-02")
    c.cond("htn-refuted", "I10", "Essential (primary) hypertension", recorded="2024-07-16", clinical="inactive",
           verification="refuted", note="24-h ABPM 7/2024 mean 121/73 - white-coat effect; removed from active list.")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", recorded="2023-03-31")
    c.cond("bph", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", recorded="2020-02-11")
    c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2026-01-20")
    c.obs("ess-2025-12-02", local("ESS-TOTAL", "Epworth Sleepiness Scale total score"), "2025-12-02T09:30:00-05:00",
          6, "score", category="survey")
    c.obs("bmi-2025-12-02", (LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), "2025-12-02T09:20:00-05:00",
          30.8, "kg/m2")
    c.bp("bp-2025-12-02", "2025-12-02T09:20:00-05:00", 126, 74)
    c.sr("psg-order", "Attended diagnostic polysomnography (in-laboratory)", "2025-12-02", status="completed",
         requester="Dr. L. Fairbanks, Sleep Medicine", reason="Snoring, witnessed apneas; prior ischemic stroke")
    c.obs("ahi-2026-01-08", local("AHI-4", "Apnea-hypopnea index (4% hypopnea rule)"), "2026-01-08T06:00:00-05:00",
          11.6, "/h", category="procedure", method="Attended in-laboratory polysomnography (Type I)",
          performer="Northfield Sleep Disorders Center")
    c.med("clopidogrel", "32968", "clopidogrel 75 MG", "2023-04-02", dosage="75 mg PO daily")
    c.med("atorvastatin", "83367", "atorvastatin 40 MG", "2023-03-31", dosage="40 mg PO nightly")
    c.med("tamsulosin", "77492", "tamsulosin 0.4 MG", "2020-02-11", dosage="0.4 mg PO nightly")
    c.note("neuro-2025-06-17", "2025-06-17T13:00:00-04:00", "Neurology Office Note",
           "Dr. K. Osei, Neurology", """
        VASCULAR NEUROLOGY - FOLLOW-UP
        73 y/o M, L MCA ischemic stroke 3/29/2023 (expressive aphasia, R hand weakness; IV thrombolysis;
        MRI: L frontal/insular infarcts). Etiology: large-artery atherosclerosis (L ICA 50-60%); 30-day
        monitor negative for AF. Full recovery - NIHSS 0, no residual deficits; back to woodworking.
        Secondary prevention: clopidogrel, atorvastatin 40 (LDL 61). Hypertension was listed previously
        but ABPM 7/2024 was normal and he is on no antihypertensives; BP today 124/76.
        Wife reports loud snoring and "he stops breathing" at night. Sleep-disordered breathing is common
        after stroke and is a modifiable risk factor; will refer to sleep medicine.
        Carotid duplex 5/2025: L ICA 50-59%, stable.
        Plan: continue current regimen; sleep medicine referral; RTC 1 year.
        """)
    c.note("ophtho-2025-10-08", "2025-10-08T08:45:00-04:00", "Ophthalmology Note",
           "Dr. B. Lindqvist, Ophthalmology", """
        OPHTHALMOLOGY - ANNUAL EXAM
        73 y/o M, last exam 10/2024. Complains of glare with night driving and blurring when reading.
        VA cc OD 20/30, OS 20/40. IOP 16/17 (applanation). Pupils equal, no APD. Motility full.
        Slit lamp: 2+ nuclear sclerotic cataract OU, OS>OD; cornea clear.
        Dilated fundus: mild AV nicking, no hemorrhages or exudates; C/D 0.4 OU; macula flat. No visual field
        defect on confrontation (history of L MCA stroke - no homonymous defect).
        Plan: discussed cataract extraction OS when symptoms interfere with daily activities; he wishes to
        wait. Updated glasses Rx. Avoid night driving in rain. RTC 12 months.
        """)
    c.note("sleep-consult-2025-12-02", "2025-12-02T10:10:00-05:00", "Sleep Medicine Consultation",
           "Dr. L. Fairbanks, Sleep Medicine", """
        SLEEP MEDICINE CONSULTATION
        Referred by Dr. Osei (neurology) for snoring and witnessed apneas.

        HPI: 73 y/o M. Wife reports loud nightly snoring for years and pauses in breathing "several times a
        night" with gasping; she sometimes nudges him. Sleeps 10:30 pm - 6:15 am, sleep onset <15 min,
        1-2 awakenings for nocturia (BPH). Wakes feeling "fine." Denies excessive daytime sleepiness - does
        not doze while reading or watching TV, no drowsy driving. Denies morning headaches. Mood good, no
        memory complaints. No insomnia.
        Epworth Sleepiness Scale 6/24.

        PMH: L MCA ischemic stroke 3/2023 (tPA, full recovery, no residual deficits) on clopidogrel +
        atorvastatin. "Hypertension" was previously listed, but ambulatory BP monitoring 7/2024 was normal
        (24-h mean 121/73) and the diagnosis was removed; not on antihypertensives. Hyperlipidemia. BPH.
        No known CAD.

        Exam: BP 126/74, BMI 30.8, neck 17 in. Mallampati IV, mild retrognathia, tonsils 1+.
        Nasal septum midline.

        Assessment: High pretest probability of OSA (STOP-BANG 5). Given his prior ischemic stroke, will
        pursue diagnostic testing; in-lab PSG preferred over HSAT given neuro history (to characterize
        central events).
        Plan: attended diagnostic PSG ordered. Sleep hygiene reviewed. RTC after study.
        """)
    c.note("psg-2026-01-08", "2026-01-08T15:30:00-05:00", "Polysomnography Report",
           "Dr. L. Fairbanks, Sleep Medicine (interpreting)", """
        NORTHFIELD SLEEP DISORDERS CENTER - DIAGNOSTIC POLYSOMNOGRAM
        Study: 01/07/2026-01/08/2026, attended in-laboratory PSG (Type I).
        Ordering physician: L. Fairbanks, MD.
        Montage: EEG F4-M1/C4-M1/O2-M1, EOG, chin and leg EMG, ECG, nasal pressure, oronasal thermistor,
        thoracic and abdominal RIP, SpO2, snore, body position.
        Scoring: AASM Manual v3; hypopneas require >=30% airflow reduction with >=4% desaturation (1B).

        Sleep architecture: TIB 458 min, TST 372 min (SE 81%), sleep latency 12 min, REM latency 96 min,
        N1 11%, N2 58%, N3 14%, REM 17%. WASO 74 min.

        Respiratory: obstructive apneas 18, central apneas 2, mixed 0, hypopneas 52.
        AHI 11.6/h (supine 19.4/h, non-supine 6.1/h; REM 15.2/h, NREM 10.9/h). RERAs 16; RDI 14.2/h.
        Central apnea index 0.3/h. No Cheyne-Stokes respiration.
        Oximetry: baseline 94%, nadir 84%, time <88% 3.1 min.
        Cardiac: sinus rhythm, rare PVCs. Limb: PLMI 8/h.

        INTERPRETATION: Mild obstructive sleep apnea (AHI 11.6/h, 4% rule), supine- and REM-accentuated.
        No significant central apnea. Clinical correlation recommended; options include PAP, oral
        appliance, positional therapy.
        L. Fairbanks, MD, Diplomate ABSM
        """)
    c.note("sleep-fu-2026-01-20", "2026-01-20T10:40:00-05:00", "Sleep Medicine Follow-up",
           "Dr. L. Fairbanks, Sleep Medicine", """
        SLEEP MEDICINE FOLLOW-UP
        PSG 1/7-8/26 reviewed with patient and wife: AHI 11.6/h (mild OSA), supine-predominant, nadir 84%.
        He remains free of daytime sleepiness (ESS 6) and has no insomnia.
        Discussed that treating OSA is recommended in patients with prior ischemic stroke (secondary
        vascular prevention) and that positional therapy alone would leave REM events. He prefers CPAP.
        Plan: auto-CPAP 5-15 cm H2O, heated humidification, nasal mask. DME order sent. Follow-up with
        download in 10-12 weeks.
        Dx: G47.33 OSA; Z86.73 history of cerebral infarction without residual deficits.
        """)
    case = {
        "id": "ba-cpap-01", "patient": "patients/pa05.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
                                  dx("Z86.73", "Personal history of TIA and cerebral infarction without residual deficits")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-01-27",
                    "note": "Initial CPAP, auto 5-15."},
        "gold": {"recommendation": "approve", "policy": "NCD 240.4",
                 "evidence": ["Observation/ahi-2026-01-08", "DocumentReference/sleep-consult-2025-12-02",
                              "Condition/hx-stroke"],
                 "missing": [],
                 "rationale": "Initial 12-week CPAP: clinical evaluation and physician-ordered attended PSG with AHI "
                              "11.6 (4% rule) in the 5-14 band, qualified by documented history of stroke. "
                              "Sleepiness is denied and hypertension is refuted, so stroke is the qualifier."},
        "_traps": "AHI 5-14 band: denies sleepiness/insomnia/mood/memory problems (ESS 6), hypertension refuted by "
                  "ABPM, so only the history of stroke qualifies; RDI 14.2 vs AHI 11.6 both in band; "
                  "ophthalmology noise",
    }
    return case, c, "2026-01-30T08:00:00-05:00"


# ======================================================================== ba-cpap-02
def cpap02():
    c = Chart("pa06")
    c.patient("Lindqvist", ["Margaret", "A."], "female", "1956-10-09", "LH-7730215")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2015-06-03")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", recorded="2018-09-21")
    c.cond("obesity", "E66.9", "Obesity, unspecified", recorded="2018-09-21")
    c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2026-01-21")
    c.obs("ess-2025-12-15", local("ESS-TOTAL", "Epworth Sleepiness Scale total score"), "2025-12-15T14:00:00-05:00",
          15, "score", category="survey")
    c.sr("hsat-order", "Home sleep apnea test, Type III", "2025-12-15", status="completed",
         requester="Dr. O. Pruitt, Sleep Medicine")
    c.obs("rei-2026-01-14", local("REI-4", "Respiratory event index, HSAT (4% hypopnea rule)"),
          "2026-01-14T07:00:00-05:00", 27.3, "/h", category="procedure",
          method="Unattended home sleep apnea test, Type III (4 channels)", performer="Lakeshore Sleep Center")
    c.sr("cpap-order", "Auto-CPAP 6-16 cm H2O with heated humidifier, nasal mask", "2026-01-21",
         requester="Dr. O. Pruitt, Sleep Medicine", code=(HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"))
    c.obs("usage-2026-02-17", local("PAP-USE-4H", "PAP usage: percent of days with use >= 4 hours"),
          "2026-02-17T00:00:00-05:00", 43, "%", category="procedure",
          method="Device download, 14-day window 02/03-02/16/2026", performer="Harborview Home Medical (DME)")
    c.obs("usage-2026-04-24", local("PAP-USE-4H", "PAP usage: percent of days with use >= 4 hours"),
          "2026-04-24T00:00:00-04:00", 87, "%", category="procedure",
          method="Device download, 30-day window 03/26-04/24/2026", performer="Harborview Home Medical (DME)")
    c.obs("resid-ahi-2026-04-24", local("PAP-AHI", "Residual AHI on PAP (device-detected)"),
          "2026-04-24T00:00:00-04:00", 2.8, "/h", category="procedure",
          method="Device download, 30-day window 03/26-04/24/2026")
    c.obs("ess-2026-04-28", local("ESS-TOTAL", "Epworth Sleepiness Scale total score"), "2026-04-28T09:00:00-04:00",
          7, "score", category="survey")
    c.med("metformin", "6809", "metformin 1000 MG", "2018-09-21", dosage="1000 mg PO BID")
    c.med("lisinopril", "29046", "lisinopril 20 MG", "2015-06-03", dosage="20 mg PO daily")
    c.note("sleep-consult-2025-12-15", "2025-12-15T14:30:00-05:00", "Sleep Medicine Consultation",
           "Dr. O. Pruitt, Sleep Medicine", """
        SLEEP MEDICINE NEW CONSULT
        69 y/o F referred by PCP for snoring and daytime sleepiness. Husband moved to the guest room because
        of her snoring; he has seen her stop breathing. She falls asleep at church and in the afternoon
        after lunch "every day," nodded off at a red light once in October. ESS 15/24. Morning headaches
        2-3x/week. Nocturia x2.
        PMH: HTN (lisinopril), DM2 (A1c 7.0), obesity.
        Exam: BMI 36.4, neck 15.5 in, Mallampati III, crowded oropharynx. BP 138/82.
        Assessment: suspected moderate-severe OSA, no significant cardiopulmonary or neuromuscular disease
        - appropriate for HSAT.
        Plan: Type III HSAT ordered; drowsy-driving counseling given (she agreed not to drive when sleepy).
        """)
    c.note("hsat-2026-01-14", "2026-01-14T16:00:00-05:00", "Home Sleep Test Report",
           "Dr. O. Pruitt, Sleep Medicine (interpreting)", """
        HOME SLEEP APNEA TEST REPORT (TYPE III)
        Recording night: 01/13/2026. Ordered by O. Pruitt, MD. Device: 4-channel Type III recorder.
        Channels: nasal pressure airflow, respiratory effort (thoracic RIP), SpO2, pulse rate.
        Monitoring time (flow evaluation) 426 min (7.1 h). Technically adequate.
        Events: obstructive apneas 61, central apneas 3, hypopneas (>=30% flow, >=4% desat) 130.
        REI 27.3/h (supine 41.0, non-supine 17.6). ODI4 25.8/h. Nadir SpO2 79%; time <88% 22 min.
        IMPRESSION: Moderate obstructive sleep apnea (REI 27.3/h).
        Recommendation: auto-CPAP trial with follow-up download.
        """)
    c.note("sleep-fu-2026-02-19", "2026-02-19T11:00:00-05:00", "Sleep Medicine Follow-up",
           "T. Greaves, NP, Sleep Medicine", """
        SLEEP CLINIC - EARLY CPAP FOLLOW-UP (week 2)
        CPAP set up 2/3/2026 (auto 6-16, full-face mask). Download 2/3-2/16: use >=4 h on 6/14 nights
        (43%), average 3 h 10 min; large leak 24% of the time; residual AHI 6.4.
        She reports the full-face mask leaks into her eyes and she pulls it off around 2 am. Feels
        "a little less tired" on nights she keeps it on.
        Plan: refit to nasal pillows today (size S), chin strap trial, humidity up to 5. Reinforced
        nightly use. Recheck at 10-12 weeks with 30-day download; face-to-face re-evaluation.
        """)
    c.note("pcp-2026-03-10", "2026-03-10T09:00:00-04:00", "Primary Care Office Note",
           "Dr. H. Castillo, Family Medicine", """
        PRIMARY CARE - DIABETES FOLLOW-UP
        69 y/o F, DM2, HTN, obesity, newly diagnosed OSA.
        A1c 7.1 (from 7.0). Metformin 1000 BID, adherent. Discussed adding a GLP-1 RA; she wants to wait and
        work on diet for 3 more months. Home glucose 120s-150s fasting.
        Foot exam normal, UACR 18. BP 132/80 on lisinopril 20. LDL 92 - statin discussed, she will think
        about it.
        OSA: started CPAP in February. She states she is "not sure the machine is helping yet" - still
        getting used to the new mask after the switch to nasal pillows. Encouraged nightly use; sleep clinic
        is following.
        Plan: recheck A1c in 3 months; diabetic eye exam due - referral placed; flu/pneumococcal up to date.
        """)
    c.note("dme-download-2026-04-24", "2026-04-24T16:20:00-04:00", "DME Compliance Report",
           "Harborview Home Medical - Respiratory Services (DME supplier)", """
        HARBORVIEW HOME MEDICAL - CPAP COMPLIANCE DOWNLOAD (prepared for the treating practitioner)
        Patient: Margaret A. Lindqvist. Set-up date: 02/03/2026. Device: auto-CPAP 6-16 cm H2O with heated
        humidifier. Mask: nasal pillows (size S) since 02/19/2026, previously full face.
        Report window: 03/26/2026 - 04/24/2026 (30 days), data retrieved by modem.
        Days used: 28/30. Days with usage >= 4 h: 26/30 (87%). Average usage (days used): 6 h 18 min.
        Median pressure 8.4 cm H2O; 95th percentile 11.2 cm H2O. Median leak 4 L/min; large leak <1%.
        Residual AHI (device-detected): 2.8/h.
        Supplies: resupply eligible 05/2026. Report faxed to Lakeshore Sleep Center.
        """)
    c.note("sleep-fu-2026-04-28", "2026-04-28T09:30:00-04:00", "Sleep Medicine Follow-up",
           "T. Greaves, NP, Sleep Medicine", """
        SLEEP CLINIC - CPAP RE-EVALUATION (week 12, face to face)
        Subjective: "Night and day." Wakes rested, no longer naps after lunch, no drowsiness driving.
        Morning headaches resolved. Husband reports snoring gone; he has moved back into the bedroom.
        ESS 7 (from 15 at baseline).
        Objective: download 3/26-4/24/26 (30 days): usage >=4 h on 26/30 days (87%), average 6 h 18 min,
        95th percentile pressure 11.2 cm H2O, median leak 4 L/min, residual AHI 2.8/h. Early poor use in
        February was due to full-face mask leak and resolved after the change to nasal pillows.
        BP 126/78.
        Assessment: Moderate OSA (HSAT REI 27.3) with clear subjective and objective benefit from CPAP
        during the initial trial.
        Plan: continue auto-CPAP 6-16; supplies per schedule; annual follow-up.
        """)
    case = {
        "id": "ba-cpap-02", "patient": "patients/pa06.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-05",
                    "note": "Continued coverage of E0601 after initial 12-week period (set-up 02/03/2026)."},
        "gold": {"recommendation": "approve", "policy": "NCD 240.4",
                 "evidence": ["DocumentReference/sleep-fu-2026-04-28", "Observation/usage-2026-04-24",
                              "Observation/rei-2026-01-14"],
                 "missing": [],
                 "rationale": "Continued-coverage branch: qualifying Type III HSAT (REI 27.3) and documented benefit "
                              "during the 12-week trial (face-to-face re-evaluation, ESS 15 to 7, 87% nights "
                              ">=4 h, residual AHI 2.8)."},
        "_traps": "continued-coverage branch; early 14-day download (43%) and PCP's 'not sure it helps' are older "
                  "and superseded by the week-12 re-evaluation; DME supplier download is device data confirmed "
                  "by the treating NP",
    }
    return case, c, "2026-05-06T08:00:00-04:00"


# ======================================================================== ba-cpap-03
def cpap03():
    c = Chart("pa07")
    c.patient("Bonsu", ["Leonard", "K."], "male", "1948-02-14", "LH-1184467")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2009-03-11")
    c.cond("cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
           recorded="2016-08-30")
    c.cond("sleep-apnea", "G47.30", "Sleep apnea, unspecified", recorded="2026-06-02")
    c.obs("ess-2026-04-14", local("ESS-TOTAL", "Epworth Sleepiness Scale total score"), "2026-04-14T10:00:00-04:00",
          12, "score", category="survey")
    c.sr("psg-order", "Attended diagnostic polysomnography (in-laboratory)", "2026-04-14", status="revoked",
         requester="Dr. D. Hargrove, Internal Medicine", note="Cancelled - patient declined in-lab study.")
    c.sr("oximetry-order", "Overnight pulse oximetry on room air", "2026-04-14", status="completed",
         requester="Dr. D. Hargrove, Internal Medicine")
    c.obs("odi-2026-05-21", local("ODI-4", "Oxygen desaturation index (>=4%), overnight oximetry"),
          "2026-05-21T06:30:00-04:00", 19.4, "/h", category="procedure",
          method="Overnight wrist pulse oximetry, single channel (SpO2 with derived pulse rate)",
          performer="Summit Home Medical Supply (DME)")
    c.sr("hsat-order", "Home sleep apnea test (Type III)", "2026-06-02", status="revoked",
         requester="Dr. D. Hargrove, Internal Medicine", note="Cancelled - patient declined home sleep test.")
    c.bp("bp-2026-06-02", "2026-06-02T10:05:00-04:00", 142, 86)
    c.med("amlodipine", "17767", "amlodipine 10 MG", "2012-01-10")
    c.med("lisinopril", "29046", "lisinopril 40 MG", "2009-03-11")
    c.med("aspirin", "1191", "aspirin 81 MG", "2016-08-30")
    c.med("atorvastatin", "83367", "atorvastatin 40 MG", "2016-08-30")
    c.note("pcp-2026-04-14", "2026-04-14T10:30:00-04:00", "Primary Care Office Note",
           "Dr. D. Hargrove, Internal Medicine", """
        PRIMARY CARE - FOLLOW-UP
        78 y/o M, HTN, CAD (stent 2016, asymptomatic since). Wife accompanies: very loud snoring, "he stops
        breathing and then snorts," falls asleep in his recliner by 7 pm and dozed off at their grandson's
        recital. ESS 12. BP 146/88 on amlodipine + lisinopril.
        Discussed sleep study. Pt reluctant - "I did one of those hospital sleep tests for my heart doctor
        years ago, never again." Offered in-lab PSG; he declined. Agreed to a simple overnight oximetry at
        home as a first step.
        A/P: 1) Suspected OSA - overnight oximetry ordered; revisit testing after results. 2) HTN -
        suboptimal, recheck 6 weeks, consider adding chlorthalidone. 3) CAD - stable.
        """)
    c.note("cards-2026-05-05", "2026-05-05T14:00:00-04:00", "Cardiology Office Note",
           "Dr. R. Whitaker, Cardiology", """
        CARDIOLOGY - ANNUAL
        78 y/o M with CAD s/p DES to RCA 8/2016 for stable angina; no angina since. Echo 2024 LVEF 55%,
        mild LVH. Walks 1 mile daily with his wife; no exertional symptoms. No palpitations or syncope.
        BP 144/84, HR 64. No JVD, lungs clear, no edema.
        ECG: SR 64, no ischemic change, unchanged from 2025.
        Lipids: LDL 68 on atorvastatin 40.
        A/P: 1) CAD stable - continue aspirin and statin. 2) HTN above goal - agree with PCP intensifying; wife
        describes loud snoring and apneas, so agree with evaluating for sleep apnea as a contributor.
        RTC 1 year, sooner if symptoms.
        """)
    c.note("oximetry-2026-05-21", "2026-05-21T14:00:00-04:00", "Overnight Oximetry Report",
           "Summit Home Medical Supply - Respiratory Services (DME supplier)", """
        OVERNIGHT PULSE OXIMETRY REPORT
        Performed by: Summit Home Medical Supply, respiratory services (recorder delivered to and picked up from
        the patient's home).
        Ordering physician: D. Hargrove, MD.
        Recording: 05/20/2026 22:41 - 05/21/2026 06:12, room air.
        Device: wrist-worn recording oximeter with finger probe - 1 channel (SpO2; pulse rate derived from the
        plethysmograph). No airflow or respiratory effort sensors.
        Analyzed time 7 h 12 min (artifact 9 min excluded).
        Baseline SpO2 94%. Mean 92%. Nadir 81%. Time SpO2 <= 88%: 14 min.
        ODI (4%): 19.4 events/h. Pulse rate 54-96 bpm.
        Comment: cyclical desaturation pattern suggestive of sleep-disordered breathing. Results faxed to
        ordering physician.
        """)
    c.note("pcp-2026-06-02", "2026-06-02T10:20:00-04:00", "Primary Care Office Note",
           "Dr. D. Hargrove, Internal Medicine", """
        PRIMARY CARE - RESULTS VISIT
        Overnight oximetry 5/20-21: ODI 19.4/h with cyclical desaturations, nadir 81%, 14 min <=88%.
        This is consistent with moderate OSA (roughly an AHI of ~19).
        Discussed that Medicare generally requires a formal sleep study (in-lab or home sleep test) before
        CPAP. I again offered both; he firmly declines either one: "I'm 78, I'm not doing wires and sensors
        again." HSAT order cancelled at his request. Wife supportive of trying a machine.
        Given ODI ~19, daytime sleepiness (ESS 12), HTN and CAD, will order auto-CPAP and see whether
        insurance covers it.
        BP 142/86.
        A/P: Sleep apnea, unspecified (G47.30) - auto-CPAP 5-15 ordered via Summit Home Medical.
        HTN - add chlorthalidone 12.5 mg.
        """)
    case = {
        "id": "ba-cpap-03", "patient": "patients/pa07.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("G47.30", "Sleep apnea, unspecified"), dx("I10", "Essential (primary) hypertension")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-16",
                    "note": "ODI 19.4 on overnight oximetry = moderate OSA. Symptomatic, HTN, CAD."},
        "gold": {"recommendation": "refer", "policy": "NCD 240.4",
                 "evidence": ["Observation/odi-2026-05-21", "DocumentReference/oximetry-2026-05-21",
                              "DocumentReference/pcp-2026-06-02"],
                 "missing": [],
                 "rationale": "The only test is single-channel overnight oximetry (ODI, not AHI/RDI) done by the DME "
                              "supplier, which is not PSG or a Type II-IV HST with >=3 channels; other diagnostic "
                              "tests are nationally insufficient, and the patient has declined PSG and HST."},
        "_traps": "ODI presented as an AHI equivalent; symptoms, HTN and CAD present (would satisfy 5-14 band) but "
                  "no qualifying test type; PSG and HST orders revoked (documented as not happening -> refer, "
                  "not request_info); cardiology noise",
    }
    return case, c, "2026-06-17T08:00:00-04:00"


# ======================================================================== ba-cpap-04
def cpap04():
    c = Chart("pa08")
    c.patient("Tate", ["Rosalind", "M."], "female", "1958-12-01", "LH-8842290")
    c.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", recorded="2012-05-14")
    c.cond("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", recorded="2019-03-02")
    c.cond("lbp", "M54.50", "Low back pain, unspecified", recorded="2026-07-08")
    c.cond("elevated-bp", "R03.0", "Elevated blood-pressure reading, without diagnosis of hypertension",
           recorded="2026-07-08", category="encounter-diagnosis")
    c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2026-08-12")
    c.fmh("fmh-mother", "2026-07-08", "MTH", "mother", "Hypertension; ischemic stroke", onset_age=71)
    c.bp("bp-2026-07-08", "2026-07-08T09:10:00-04:00", 146, 90)
    c.obs("bmi-2026-07-08", (LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), "2026-07-08T09:10:00-04:00",
          33.1, "kg/m2")
    c.sr("hsat-order", "Home sleep apnea test, Type III", "2026-07-08", status="completed",
         requester="Dr. F. Amari, Family Medicine")
    c.obs("rei-2026-07-30", local("REI-4", "Respiratory event index, HSAT (4% hypopnea rule)"),
          "2026-07-30T07:00:00-04:00", 9.8, "/h", category="procedure",
          method="Unattended home sleep apnea test, Type III", performer="Lakeshore Sleep Center")
    c.bp("bp-2026-08-12", "2026-08-12T10:00:00-04:00", 124, 78)
    c.obs("ess-2026-09-09", local("ESS-TOTAL", "Epworth Sleepiness Scale total score"), "2026-09-09T09:00:00-04:00",
          14, "score", category="survey")
    c.med("levothyroxine", "10582", "levothyroxine 100 MCG", "2012-05-14")
    c.med("omeprazole", "7646", "omeprazole 20 MG", "2019-03-02")
    c.note("pcp-awv-2026-07-08", "2026-07-08T09:40:00-04:00", "Annual Wellness Visit",
           "Dr. F. Amari, Family Medicine", """
        MEDICARE ANNUAL WELLNESS VISIT + PROBLEM VISIT
        67 y/o F. Health risk assessment reviewed.
        Depression screen PHQ-2: 0. Cognitive screen (Mini-Cog): 5/5, normal. Falls: none. Hearing: no
        concerns. Advance directive on file.
        Problem visit: Husband, present today, complains of her loud snoring; says she "stops breathing for
        a few seconds and then gasps," several times a night. She was unaware.
        Also 3 weeks of low back pain after gardening - no red flags, no radicular symptoms.
        PMH: hypothyroidism (TSH 1.8), GERD.
        FHx: mother - hypertension, stroke at 71; father - COPD.
        Vitals: BP 146/90 (repeat 142/88), HR 76, BMI 33.1, neck 16 in.
        A/P:
        1. Snoring with witnessed apneas - Type III HSAT ordered through Lakeshore Sleep Center. Epworth
           questionnaire given to take home and complete; bring to results visit.
        2. Elevated BP reading without dx of HTN - likely situational/pain; recheck at next visit, home
           cuff log.
        3. LBP - heat, stretching handout, acetaminophen PRN; PT if not better 4 weeks.
        4. Preventive: mammogram ordered, colonoscopy due 2027, Tdap today.
        """)
    c.note("hsat-2026-07-30", "2026-07-30T15:00:00-04:00", "Home Sleep Test Report",
           "Dr. O. Pruitt, Sleep Medicine (interpreting)", """
        HOME SLEEP APNEA TEST REPORT (TYPE III)
        Ordered by: F. Amari, MD. Recording night 07/29/2026.
        Channels: nasal pressure airflow, thoracic and abdominal effort (RIP), SpO2, pulse rate, body
        position.
        Monitoring time 373 min (6.2 h), technically adequate.
        Events: obstructive apneas 14, central apneas 1, hypopneas (>=30% flow, >=4% desat) 46 - total 61.
        REI 9.8/h (supine 16.2, non-supine 5.1). ODI4 9.2/h. Nadir SpO2 85%, time <88% 2 min.
        Pre-test questionnaire (sleepiness section): not completed by patient.
        IMPRESSION: Mild obstructive sleep apnea (REI 9.8/h), positional. Clinical correlation with
        symptoms and comorbidities recommended.
        """)
    c.note("pcp-2026-08-12", "2026-08-12T10:30:00-04:00", "Primary Care Office Note",
           "Dr. F. Amari, Family Medicine", """
        PRIMARY CARE - SLEEP STUDY RESULTS
        HSAT 7/29/26: REI 9.8/h, mild OSA, supine-predominant.
        She forgot the Epworth form at home again; will bring it to the next visit. Husband not present.
        Home BP log (2 weeks): 118-128/72-80. Office BP today 124/78 - no hypertension; the July reading was
        likely pain-related. No chest pain history, no cardiac disease. No history of stroke or TIA.
        Back pain resolved.
        Discussed options for mild OSA: CPAP, positional therapy, oral appliance. She would like to try
        CPAP "to get my husband some sleep."
        A/P: Mild OSA (G47.33) - auto-CPAP 5-15 ordered via DME. RTC 4 weeks with Epworth form;
        positional pillow in the meantime.
        """)
    c.note("pcp-2026-09-09", "2026-09-09T09:30:00-04:00", "Primary Care Office Note",
           "Dr. F. Amari, Family Medicine", """
        PRIMARY CARE - FOLLOW-UP
        Brought the Epworth form today: ESS 14. Reports dozing while reading and during afternoon TV most
        days, and once briefly at a long traffic light last month - counseled not to drive when drowsy.
        Daytime sleepiness present. Husband confirms she naps most afternoons.
        CPAP not yet delivered - insurance review pending; DME aware.
        BP 122/76. Thyroid: TSH 2.0 on levothyroxine 100 mcg.
        A/P: Mild OSA with excessive daytime sleepiness - forward today's note to the DME supplier for the
        pending review. Positional therapy meanwhile. RTC 3 months.
        """)
    case = {
        "id": "ba-cpap-04", "patient": "patients/pa08.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-19"},
        "gold": {"recommendation": "request_info", "policy": "NCD 240.4",
                 "evidence": ["Observation/rei-2026-07-30", "DocumentReference/pcp-2026-08-12",
                              "DocumentReference/pcp-awv-2026-07-08"],
                 "missing": ["sleepiness|Epworth|ESS|insomnia|symptoms|daytime sleepiness|excessive daytime"],
                 "rationale": "Valid physician-ordered Type III HST with REI 9.8 (5-14 band). No hypertension "
                              "(R03.0, normal home log), no IHD, no stroke (mother's stroke is family history); "
                              "mood and cognition screens normal; sleepiness was never assessed before the "
                              "request (Epworth form pending)."},
        "_traps": "5-14 band with the qualifier silent: elevated BP reading without HTN diagnosis (R03.0), family "
                  "history of HTN/stroke, normal PHQ-2/Mini-Cog; Epworth pending; ESS 14 note dated AFTER the "
                  "request must be ignored",
    }
    return case, c, "2026-09-10T08:00:00-04:00"


CASES = [cpap01, cpap02, cpap03, cpap04]
