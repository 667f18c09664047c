"""NCD 240.4 - CPAP for obstructive sleep apnea (3 cases)."""
from lib import Chart, LOINC, HCPCS, cc

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
E0601 = {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"}


def cpap_01():
    """Clean approve: Type III HST ordered by PCP, AHI (4%) 23.8, face-to-face evaluations. PCP quotes the 3% index."""
    c = Chart("pf04", "MT", "https://fhir.pikespeakfm.example", "http://fhir.frontrangesleep.example/CodeSystem/hst")
    c.patient("Gloria", "Estrada-Finch", "female", "1957-01-19", "Colorado Springs", "CO", "PPFM-220457")
    c.org("ppfm", "Pikes Peak Family Medicine", "primary care practice", "Colorado Springs", "CO")
    c.org("frsd", "Front Range Sleep Diagnostics", "independent diagnostic testing facility (sleep)", "Colorado Springs", "CO")
    c.org("srs", "Summit Respiratory Supply", "DME supplier", "Colorado Springs", "CO")
    c.prac("pcp", "Kevin", "Marchbanks", "MD", "Family Medicine")
    c.prac("sleep", "Anjali", "Deshmukh", "MD", "Sleep Medicine (ABIM/ABSM board certified)")
    c.prac("rn", "Tessa", "Lundquist", "RN", "Sleep clinic nurse")
    c.coverage("2022-01-01")
    c.condition("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-02-24 11:05", asserter="sleep")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2018-04-03 09:30")
    c.condition("obesity", "E66.9", "Obesity, unspecified", "2020-07-21 09:30")
    c.condition("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2015-03-11 10:00")
    c.obs("ess-2026-01-22", "2026-01-22 08:50", ("local", "ESS", "Epworth Sleepiness Scale total score"), 14, "{score}",
          category="survey", note="Patient-completed at check-in.")
    c.bp("bp-2026-01-22", "2026-01-22 08:55", 146, 88, performer="Practitioner/pcp", note="On lisinopril 20 mg.")
    c.obs("bmi-2026-01-22", "2026-01-22 08:55", cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), 33.4, "kg/m2",
          category="vital-signs")
    c.obs("hst-ahi4-2026-02-09", "2026-02-09 22:41", ("local", "HST-AHI4", "Apnea-hypopnea index, hypopneas with >=4% desaturation (HST)"),
          23.8, "/h", category="procedure", performer="Organization/frsd",
          note="157 events / 6.6 h monitoring time. Type III HST.")
    c.obs("hst-ahi3-2026-02-09", "2026-02-09 22:41", ("local", "HST-AHI3", "Apnea-hypopnea index, hypopneas with >=3% desaturation (HST)"),
          31.2, "/h", category="procedure", performer="Organization/frsd")
    c.obs("hst-nadir-2026-02-09", "2026-02-09 22:41", cc(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                                                        text="SpO2 nadir during HST"), 81, "%", category="procedure",
          performer="Organization/frsd", interp="L")
    c.med("lisinopril", "29046", "lisinopril", "2018-04-03 09:45", "pcp", "lisinopril 20 mg by mouth daily")
    c.med("omeprazole", "7646", "omeprazole", "2015-03-11 10:10", "pcp", "omeprazole 20 mg daily before breakfast")
    c.service_request("hst-order", "2026-01-22 09:20", "Home sleep apnea test (Type III)", "pcp",
                      status="completed", reason="Snoring, witnessed apneas, EDS (ESS 14), HTN")

    c.note("pcp-2026-01-22", "2026-01-22 09:24", "11506-3", "Practitioner/pcp", "Office visit - snoring / daytime sleepiness", """
        PIKES PEAK FAMILY MEDICINE                 Office Visit 01/22/2026
        Kevin Marchbanks, MD

        CC: "my husband says I stop breathing at night"
        HPI: 69 y/o F. Husband reports loud nightly snoring x years and pauses in breathing with gasping, worse over
        the last year since she gained ~20 lb. She wakes unrefreshed, dozes reading and once at a red light
        (frightened her - no accident). Morning headaches 2-3x/wk. Nocturia x2. Epworth 14 today.
        HTN on lisinopril 20, home BPs 140s/80s. GERD controlled. No known heart disease, no stroke.
        No opioid use, no alcohol in evening.
        Exam: BP 146/88, HR 74, BMI 33.4, neck circ 16 in. Mallampati IV, retrognathia mild, tonsils 1+.
        Lungs clear, RRR, no edema.
        A/P:
        1. Suspected OSA - high pretest probability (STOP-BANG 6). Order Type III home sleep apnea test through Front
           Range Sleep Diagnostics; I will review with sleep medicine. Drowsy-driving counseling given - no driving
           when sleepy.
        2. HTN, not at goal - add amlodipine? Will recheck after OSA treated; home log.
        3. GERD - stable.
        """, custodian="ppfm")
    c.note("hst-2026-02-13", "2026-02-13 14:05", "28570-0", "Practitioner/sleep", "Home sleep apnea test report", """
        FRONT RANGE SLEEP DIAGNOSTICS - HOME SLEEP APNEA TEST (HSAT) REPORT
        Patient: ESTRADA-FINCH, GLORIA   DOB 01/19/1957   Ordering: K. Marchbanks, MD
        Study night: 02/09/2026 - 02/10/2026     Device: Type III portable monitor (7 channels: nasal pressure
        airflow, oronasal thermistor, thoracic and abdominal RIP effort, SpO2, pulse rate, body position)
        Recording 22:41 - 06:05 (7.4 h). Monitoring time after artifact removal: 6.6 h. Signal quality good.

        Respiratory events (scored per AASM; hypopnea >=30% flow reduction >=10 s):
          Obstructive apneas 61   Central apneas 2   Mixed apneas 1
          Hypopneas with >=4% desaturation 93   (with >=3% desaturation 142)
          AHI (4% rule, CMS definition)   23.8 /h     [157 events / 6.6 h]
          AHI (3% rule)                    31.2 /h
          Supine AHI(4%) 38.0 /h, non-supine 14.1 /h
        Oximetry: baseline SpO2 93% (elevation ~6,000 ft), nadir 81%, time <=88% 27 min. ODI(4%) 21.
        Pulse: sinus-range 58-96, no sustained arrhythmia noted.

        INTERPRETATION: Moderate obstructive sleep apnea (AHI 23.8/h by 4% criteria), positional component.
        Recommend auto-CPAP 5-15 cm H2O with heated humidification and follow-up in sleep clinic.
        Interpreted by Anjali Deshmukh, MD, Diplomate ABSM    02/13/2026
        """, custodian="frsd")
    c.note("rn-2026-02-16", "2026-02-16 10:40", "34746-8", "Practitioner/rn", "Sleep clinic - results telephone call", """
        Telephone - results 02/16/2026 10:40
        Called pt with HST results per Dr. Deshmukh: moderate OSA. Pt relieved to have an answer. Booked sleep
        clinic visit 2/24 to discuss PAP. Pt asked whether she can use her sister's old CPAP machine - advised not
        to (unknown settings/hygiene); we will order her own through a supplier. - T. Lundquist RN
        """, custodian="frsd")
    c.note("sleep-2026-02-24", "2026-02-24 11:10", "11488-4", "Practitioner/sleep", "Sleep medicine consultation", """
        FRONT RANGE SLEEP DIAGNOSTICS - SLEEP MEDICINE CLINIC
        New patient consultation, face to face           02/24/2026
        Referring: Kevin Marchbanks, MD

        69 y/o F with snoring, witnessed apneas, unrefreshing sleep, EDS (ESS 14), morning headaches, HTN
        (not at goal). HST 2/9-10/2026 reviewed in detail: AHI 23.8/h (4%), supine-predominant, nadir 81%.
        No insomnia complaints, no RLS symptoms, no parasomnias. No opioids/sedatives.
        Exam: BMI 33, neck 16", Mallampati IV, nasal passages patent, mild septal deviation R.
        Impression: moderate OSA (G47.33).
        Plan: auto-CPAP 5-15 cm H2O, heated humidifier, mask fitting (start with nasal pillows, full face backup).
        Positional therapy adjunct. Reviewed drowsy driving. Initial 12-week trial with download at 4-8 weeks and
        follow-up visit in ~10 weeks to document benefit and adherence. Oral appliance as second line.
        """, custodian="frsd")
    c.note("dme-2026-03-04", "2026-03-04 15:12", "34109-9", "Organization/srs", "DME supplier intake", """
        SUMMIT RESPIRATORY SUPPLY - Intake / order receipt
        Rx received 03/03/2026 from Dr. Deshmukh: E0601 APAP 5-15, E0562 heated humidifier, nasal pillows + FFM.
        Payer: Medicare Part B (MBI on file). Docs received: HST report 2/13, sleep consult 2/24, PCP note 1/22.
        Set-up and PAP education to be done at delivery (pt prefers in-home). Pt phone verified.
        Status: pending review.  - intake coordinator L. Ybarra
        """, custodian="srs")

    case = {
        "id": "bf-cpap-01", "patient": "patients/pf04.json",
        "request": {
            "service": dict(E0601),
            "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-03-05",
            "note": "APAP 5-15 cm H2O with heated humidifier; moderate OSA on HST (AHI 23.8). Initial 12-week period.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 240.4",
            "evidence": ["Observation/hst-ahi4-2026-02-09", "DocumentReference/hst-2026-02-13", "DocumentReference/pcp-2026-01-22"],
            "missing": [],
            "rationale": "Initial 12-week coverage: clinical evaluation (PCP and sleep physician), Type III HST ordered by the "
                         "treating physician and interpreted by a sleep physician, AHI 23.8/h with 4% hypopnea scoring (>=15). "
                         "The 31.2 3%-rule index is noise; symptoms and HTN are present anyway.",
        },
    }
    return case, c


def cpap_02():
    """Refer: PSG shows predominantly central sleep apnea with Cheyne-Stokes (HFrEF); sleep physician diagnoses CSA
    and advises against home CPAP before a titration study; PCP orders CPAP coded as OSA."""
    c = Chart("pf05", "ET", "https://fhir.savannahriverim.example", "http://fhir.augustasleep.example/CodeSystem/psg")
    c.patient("Curtis", "Bellweather", "male", "1950-06-07", "Evans", "GA", "SRIM-118830")
    c.org("srim", "Savannah River Internal Medicine", "primary care practice", "Augusta", "GA")
    c.org("asnc", "Augusta Sleep & Neurodiagnostics Center", "sleep laboratory (AASM accredited)", "Augusta", "GA")
    c.prac("pcp", "Lawrence", "Dupree", "MD", "Internal Medicine")
    c.prac("sleep", "Miriam", "Osei", "MD", "Sleep Medicine")
    c.prac("hf", "Samuel", "Ravenel", "MD", "Cardiovascular Disease")
    c.coverage("2015-07-01")
    c.condition("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2023-02-14 10:00", asserter="hf")
    c.condition("af", "I48.19", "Other persistent atrial fibrillation", "2024-05-20 10:00", asserter="hf")
    c.condition("csa", "G47.37", "Central sleep apnea in conditions classified elsewhere", "2026-06-22 16:30", asserter="sleep",
                note="Predominantly central apnea with Cheyne-Stokes respiration, related to HFrEF.")
    c.condition("osa-pcp", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-07-09 11:42", asserter="pcp",
                note="Added at 7/9 visit: 'sleep apnea AHI 38'.")
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2016-08-01 10:00")
    c.obs("lvef-2026-03-10", "2026-03-10 10:00", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 30, "%",
          category="imaging", performer="Practitioner/hf", interp="L")
    c.obs("psg-ahi-2026-06-16", "2026-06-16 21:58", ("local", "PSG-AHI", "Apnea-hypopnea index (PSG, 4% hypopnea rule)"), 38.2, "/h",
          category="procedure", performer="Organization/asnc")
    c.obs("psg-cai-2026-06-16", "2026-06-16 21:58", ("local", "PSG-CAI", "Central apnea index (PSG)"), 24.1, "/h",
          category="procedure", performer="Organization/asnc")
    c.obs("psg-oai-2026-06-16", "2026-06-16 21:58", ("local", "PSG-OAI", "Obstructive apnea index (PSG)"), 3.2, "/h",
          category="procedure", performer="Organization/asnc")
    c.obs("psg-csr-2026-06-16", "2026-06-16 21:58", ("local", "PSG-CSR", "Cheyne-Stokes respiration, % of total sleep time"), 41, "%",
          category="procedure", performer="Organization/asnc")
    c.med("carvedilol", "20352", "carvedilol", "2023-02-14 11:00", "hf", "carvedilol 12.5 mg twice daily")
    c.med("sacval", "1656339", "sacubitril / valsartan", "2023-05-02 11:00", "hf", "24/26 mg twice daily")
    c.med("furosemide", "4603", "furosemide", "2023-02-14 11:00", "hf", "furosemide 40 mg daily")
    c.med("apixaban", "1364430", "apixaban", "2024-05-20 11:00", "hf", "apixaban 5 mg twice daily")
    c.appointment("appt-titration", "2026-06-25", "2026-08-11 20:30", "Attended PAP titration polysomnogram",
                  ["Organization/asnc"], minutes=600)

    c.note("psg-2026-06-22", "2026-06-22 16:28", "28570-0", "Practitioner/sleep", "Diagnostic polysomnogram report", """
        AUGUSTA SLEEP & NEURODIAGNOSTICS CENTER
        ATTENDED DIAGNOSTIC POLYSOMNOGRAM (Type I, in-laboratory)
        Patient: BELLWEATHER, CURTIS   DOB 06/07/1950    Study date: 06/16/2026 (lights out 21:58)
        Ordering physician: Lawrence Dupree, MD      Interpreting: Miriam Osei, MD

        Indication: snoring, witnessed pauses, nocturnal awakenings; HFrEF (LVEF 30%), persistent AF.
        Sleep: TST 5.6 h (336 min), efficiency 71%, N3 4%, REM 11%. Arousal index 34/h.
        Respiratory (AASM; hypopneas scored with >=4% desaturation per CMS):
          Central apneas 135 (CAI 24.1/h)   Obstructive apneas 18 (OAI 3.2/h)   Mixed 6 (1.1/h)
          Hypopneas 55 (9.8/h) - predominantly central morphology (no flattening, no paradox)
          AHI 38.2/h   Central events 74% of all apneas + hypopneas
          Cheyne-Stokes respiration (crescendo-decrescendo, cycle length ~55 s) in 41% of TST, mostly N1/N2.
        Oximetry: baseline 94%, nadir 84%, T<88% 19 min.  ECG: atrial fibrillation, rate 70-95.
        Snoring: intermittent, mild.

        INTERPRETATION: Severe sleep-disordered breathing that is PREDOMINANTLY CENTRAL - central sleep apnea with
        Cheyne-Stokes respiration in the setting of HFrEF (G47.37). The obstructive component is minor (OAI 3.2/h).
        This study does NOT establish clinically significant obstructive sleep apnea.
        RECOMMENDATIONS: (1) optimize HF therapy with cardiology; (2) attended PAP titration to assess response of
        central events - do not start unattended home CPAP before titration; (3) ASV is contraindicated with LVEF <=45%;
        (4) sleep clinic follow-up.
        Miriam Osei, MD, D-ABSM   06/22/2026
        """, custodian="asnc")
    c.note("sleep-2026-06-25", "2026-06-25 10:15", "11506-3", "Practitioner/sleep", "Sleep clinic follow-up", """
        Sleep clinic follow-up 06/25/2026 - M. Osei, MD
        Reviewed PSG with pt and wife in person. Explained central vs obstructive apnea and the link to his heart
        failure. Wife's description ("stops breathing, then breathes really fast and deep") matches the periodic
        breathing seen on the study. ESS 9.
        Plan: message to Dr. Ravenel re: volume status / GDMT optimization. Attended titration booked 8/11/2026.
        If central events persist on CPAP in lab, consider oxygen or phrenic nerve stimulation referral. Will not
        order home PAP until titration done.
        """, custodian="asnc")
    c.note("hf-2026-07-01", "2026-07-01 14:00", "11506-3", "Practitioner/hf", "Cardiology follow-up", """
        Cardiology - Samuel Ravenel, MD    07/01/2026
        76 y/o M HFrEF (LVEF 30% 3/2026), persistent AF rate-controlled on carvedilol, apixaban.
        Sleep study: central sleep apnea / Cheyne-Stokes - Dr. Osei's note reviewed; consistent with his HF.
        Wt up 2 kg, mild ankle edema, JVP 10 cm. NYHA II-III.
        Plan: furosemide 40 -> 60 mg x 1 week then reassess; uptitrate sacubitril/valsartan to 49/51 when BP allows.
        Agree with in-lab titration before any home PAP. F/u 4 weeks.
        """, custodian="srim")
    c.note("pcp-2026-07-09", "2026-07-09 11:40", "11506-3", "Practitioner/pcp", "Primary care follow-up", """
        <html><body>
        <h3>Savannah River Internal Medicine &ndash; Follow-up</h3>
        <p>Date: 07/09/2026 &nbsp;&nbsp; Provider: Lawrence Dupree, MD</p>
        <p><b>Subjective:</b> Here for DM/HF follow-up. Had his sleep study last month. Wife says he snores and stops
        breathing. He wants to "get the machine" - a friend from church loves his CPAP.</p>
        <p><b>Objective:</b> BP 124/74, HR 82 irreg irreg, Wt 94.8 kg. Trace ankle edema.</p>
        <p><b>Labs:</b> A1c 7.1%. Cr 1.2.</p>
        <p><b>Assessment/Plan:</b></p>
        <ol>
          <li>Sleep apnea &ndash; AHI 38 on sleep study = severe. Will order CPAP through DME, auto 5-15.
          Dx OSA G47.33. Pt agreeable.</li>
          <li>T2DM &ndash; controlled, continue metformin.</li>
          <li>HFrEF/AF &ndash; per Dr. Ravenel.</li>
        </ol>
        </body></html>
        """, ctype="text/html", custodian="srim")
    c.note("portal-2026-07-10", "2026-07-10 19:22", "51855-5", "Practitioner/pcp", "Patient portal message", """
        Patient message (MyChart) 07/10/2026 19:22  From: Curtis Bellweather  To: Dr. Dupree
        Thank you for ordering the breathing machine. The sleep doctor's office had said they wanted me to come back
        for another overnight test in August first - do I still need to do that one? Just want to do it right.
        -- Reply 07/13/2026 (clinic RN): Dr. Dupree says keep the August appointment.
        """, custodian="srim")

    case = {
        "id": "bf-cpap-02", "patient": "patients/pf05.json",
        "request": {
            "service": dict(E0601),
            "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-07-14",
            "note": "Auto-CPAP 5-15. Severe sleep apnea, AHI 38 on in-lab PSG 6/16/26.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 240.4",
            "evidence": ["DocumentReference/psg-2026-06-22", "Observation/psg-cai-2026-06-16"],
            "missing": [],
            "rationale": "NCD 240.4 covers CPAP for OSA. The AHI of 38 is predominantly central (CAI 24.1, OAI 3.2, Cheyne-Stokes "
                         "41% of TST); the interpreting sleep physician diagnoses central sleep apnea and states the study does "
                         "not establish significant OSA. The PCP's OSA code contradicts the test. Physician review needed.",
        },
    }
    return case, c


def cpap_03():
    """Request_info: AHI(4%) 10.9 (5-14 band), no HTN/IHD/stroke; mood and cognition screens negative, 'sleeps fine';
    daytime sleepiness never assessed (Epworth left blank). NP quotes the 3% index 16.4 as 'moderate'."""
    c = Chart("pf06", "CT", "https://fhir.brushycreekpc.example", "http://fhir.hillcountrysleep.example/CodeSystem/hsat")
    c.patient("Leonard", "Kowalczyk", "male", "1955-09-23", "Round Rock", "TX", "BCPC-604418")
    c.org("bcpc", "Brushy Creek Primary Care", "primary care practice", "Round Rock", "TX")
    c.org("hcst", "Hill Country Sleep Testing", "independent diagnostic testing facility (sleep)", "Austin", "TX")
    c.prac("np", "Maribel", "Soto", "APRN, FNP-C", "Family Nurse Practitioner")
    c.prac("pcp", "Steven", "Albrecht", "MD", "Family Medicine")
    c.prac("sleep", "Richard", "Halvorsen", "MD", "Sleep Medicine")
    c.prac("lvn", "Kim", "Tran", "LVN", "Clinic nurse")
    c.prac("dds", "Aaron", "Pike", "DDS", "General Dentistry")
    c.coverage("2020-10-01")
    c.condition("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-11-12 10:48", asserter="np")
    c.condition("snoring", "R06.83", "Snoring", "2026-09-30 14:20", asserter="np")
    c.condition("hld", "E78.5", "Hyperlipidemia, unspecified", "2012-06-05 09:00")
    c.condition("bph", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", "2019-01-15 09:00")
    c.obs("phq2-2026-03-18", "2026-03-18 09:10", ("local", "PHQ2", "PHQ-2 depression screen total"), 0, "{score}",
          category="survey")
    c.obs("minicog-2026-03-18", "2026-03-18 09:12", ("local", "MINICOG", "Mini-Cog total score"), 5, "{score}", category="survey")
    c.bp("bp-2026-09-30", "2026-09-30 14:02", 134, 82, performer="Practitioner/lvn")
    c.bp("bp-2026-11-12", "2026-11-12 10:20", 128, 80, performer="Practitioner/lvn")
    c.obs("bmi-2026-11-12", "2026-11-12 10:20", cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), 29.8, "kg/m2",
          category="vital-signs")
    c.obs("hst-ahi4-2026-10-27", "2026-10-27 22:15", ("local", "HSAT-AHI-4", "AHI - hypopneas with >=4% desaturation (CMS)"), 10.9, "/h",
          category="procedure", performer="Organization/hcst", note="Type III HSAT; 75 events / 6.9 h.")
    c.obs("hst-ahi3-2026-10-27", "2026-10-27 22:15", ("local", "HSAT-AHI-3", "AHI - hypopneas with >=3% desaturation (AASM 1A)"), 16.4, "/h",
          category="procedure", performer="Organization/hcst")
    c.med("atorva", "83367", "atorvastatin", "2012-06-05 09:30", "pcp", "atorvastatin 40 mg nightly")
    c.med("tamsulosin", "77492", "tamsulosin", "2019-01-15 09:30", "pcp", "tamsulosin 0.4 mg at bedtime")
    c.service_request("hst-order", "2026-09-30 14:25", "Home sleep apnea test, Type III", "np", status="completed",
                      reason="Snoring reported by dentist and spouse")

    c.note("awv-2026-03-18", "2026-03-18 09:40", "11506-3", "Practitioner/pcp", "Annual wellness visit", """
        BRUSHY CREEK PRIMARY CARE - Medicare Annual Wellness Visit     03/18/2026
        Steven Albrecht, MD

        70 y/o M, retired HVAC contractor. Lives with wife. Independent. Walks 2 mi most mornings.
        Screens: PHQ-2 = 0. Mini-Cog 5/5 (3-word recall 3/3, clock normal). Falls: none. Hearing: mild, declines aids.
        PMH: hyperlipidemia, BPH with LUTS (on tamsulosin), GERD (PRN antacids), R rotator cuff repair 2017.
        Family hx: mother - hypertension, stroke at 88; father - prostate ca.
        BP 126/78. No history of hypertension, CAD, or stroke.
        Plan: lipids/CMP ordered, PSA discussion - declines, AAA screen done 2021 (neg). RTC 1 yr.
        """, custodian="bcpc")
    c.note("dds-2026-09-12", "2026-09-12 11:00", "34109-9", "Practitioner/dds", "Dental referral letter", """
        Round Rock Family Dentistry
        September 12, 2026

        Re: Leonard Kowalczyk, DOB 09/23/1955

        Dear Brushy Creek Primary Care,
        During Mr. Kowalczyk's recall visit his wife mentioned that he snores loudly. On exam he has a scalloped
        tongue, a Mallampati III airway and moderate bruxism wear facets. We screen our patients for possible sleep-
        disordered breathing and would appreciate a medical evaluation. If a sleep study shows mild-moderate OSA and
        he does not tolerate CPAP, we are happy to discuss an oral appliance.
        Sincerely, Aaron Pike, DDS
        """, custodian="bcpc")
    c.note("np-2026-09-30", "2026-09-30 14:18", "11506-3", "Practitioner/np", "Office visit - snoring", """
        BRUSHY CREEK PRIMARY CARE      Office visit 09/30/2026
        Maribel Soto, APRN, FNP-C  (supervising: S. Albrecht, MD)

        CC: snoring (referred by dentist)
        HPI: 71 y/o M. Dentist letter 9/12 reviewed. Wife reports loud snoring "for years", occasionally she hears him
        snort/gasp; she sleeps in the guest room some nights. Pt states he sleeps fine and gets up once to void.
        No morning headaches.
        PMH/Meds/Allergies reviewed.
        Exam: BP 134/82, BMI 29.9, neck 17 in, Mallampati III, nasal turbinates mildly enlarged. Lungs clear. RRR.
        A/P: Snoring with witnessed gasping - r/o OSA. Order home sleep test (Hill Country Sleep Testing).
        Sleep hygiene, avoid alcohol near bedtime, side sleeping. F/u after study.
        """, custodian="bcpc")
    c.note("hst-2026-10-30", "2026-10-30 16:45", "28570-0", "Practitioner/sleep", "Home sleep apnea test - interpretation", """
        HILL COUNTRY SLEEP TESTING - HSAT REPORT
        Patient: KOWALCZYK, LEONARD   DOB 09/23/1955    Study night 10/27/2026 22:15 - 05:40
        Ordered by: Maribel Soto, APRN (Brushy Creek Primary Care)
        Device: Type III (airflow by nasal pressure + thermistor, thoracic/abdominal effort, SpO2, pulse, position)
        Monitoring time 6.9 h. Technically adequate.

        Obstructive apneas 19, central 1, mixed 0. Hypopneas: 55 with >=4% desaturation; 93 with >=3% desaturation.
          AHI (4% - CMS/Medicare)   10.9 /h
          AHI (3% - AASM recommended) 16.4 /h
        ODI 4% 9.8/h. Baseline SpO2 95%, nadir 86%, T<=88% 4 min. Supine AHI(4%) 18.2/h.

        Impression: Obstructive sleep apnea - MILD by 4% (CMS) criteria, moderate by AASM 3% criteria.
        Comment for Medicare beneficiaries: with AHI 5-14/h (4%), PAP coverage requires documented excessive daytime
        sleepiness, impaired cognition, mood disorder or insomnia, or documented hypertension, ischemic heart disease
        or prior stroke. Please document these in the clinical evaluation. Options: CPAP, oral appliance, positional.
        Richard Halvorsen, MD, D-ABSM    10/30/2026
        """, custodian="hcst")
    c.note("lvn-2026-11-12", "2026-11-12 10:24", "34746-8", "Practitioner/lvn", "Rooming / intake note", """
        Rooming 11/12/2026 10:20 - K. Tran, LVN
        Reason for visit: sleep study results.
        Vitals: BP 128/80, P 66, SpO2 97% RA, Wt 204 lb, BMI 29.8.
        Med rec done. Allergies NKDA.
        Epworth Sleepiness Scale form given - returned BLANK (pt forgot reading glasses; says he will fill it out
        at home and bring it next visit).
        """, custodian="bcpc")
    c.note("np-2026-11-12", "2026-11-12 10:50", "11506-3", "Practitioner/np", "Office visit - sleep study results", """
        BRUSHY CREEK PRIMARY CARE      Office visit 11/12/2026
        Maribel Soto, APRN, FNP-C

        Here to review HST. Study 10/27/2026: AHI 16.4 - moderate obstructive sleep apnea per report, nadir 86%.
        Discussed with pt and wife. Options reviewed: CPAP vs oral appliance (dentist offered). Pt would like to try
        CPAP first; wife "will do anything so I can sleep in my own bed again".
        Exam unchanged. BP 128/80.
        A/P: OSA (G47.33). Order auto-CPAP 5-15 cm H2O, heated humidifier, mask of choice via DME.
        Follow-up 6-8 weeks after set-up with download.
        """, custodian="bcpc")

    case = {
        "id": "bf-cpap-03", "patient": "patients/pf06.json",
        "request": {
            "service": dict(E0601),
            "diagnoses": [{"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-11-18",
            "note": "Auto-CPAP for moderate OSA (HST AHI 16.4).",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 240.4",
            "evidence": ["Observation/hst-ahi4-2026-10-27", "DocumentReference/hst-2026-10-30", "DocumentReference/lvn-2026-11-12"],
            "missing": ["sleepiness|Epworth|somnolence|sleepy"],
            "rationale": "The NCD uses hypopneas with >=4% desaturation: AHI 10.9 (5-14 band); the 16.4 quoted by the NP is the "
                         "3% index. In the 5-14 band coverage needs a documented qualifying symptom or HTN/IHD/stroke. No HTN, "
                         "IHD or stroke (normal BPs, family history only); mood (PHQ-2 0), cognition (Mini-Cog 5/5) and insomnia "
                         "('sleeps fine') are documented negative; daytime sleepiness was never assessed (Epworth returned blank). "
                         "Ask for the sleepiness assessment.",
        },
    }
    return case, c


CASES = [cpap_01, cpap_02, cpap_03]
