from fhir import Chart, case, dedent, svc_hcpcs


def cpap_01():
    c = Chart("pt-5410", "copper-ridge", "Copper Ridge Family Medicine")
    c.patient("Walter Eugene", "Stroud", "male", "1954-09-30", "CRF-554100", "Bluefield", "WV")
    pcp = c.prac("dr-halvorsen", "Erik", "Halvorsen", "MD", "Family Medicine")
    sleep = c.prac("dr-natarajan", "Priya", "Natarajan", "MD", "Pulmonary and Sleep Medicine")
    rt = c.prac("rt-mcclain", "Dustin", "McClain", "RRT", "Respiratory therapist, Restwell Medical Supply (DME)")

    c.cond("htn", "I10", "Essential (primary) hypertension", "2011-05-16")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2016-10-03")
    c.cond("gout", "M10.9", "Gout, unspecified", "2020-01-21")
    c.cond("snoring", "R06.83", "Snoring", "2025-12-09")
    c.cond("osa-pcp", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-01-13",
           verification="provisional", recorder=pcp,
           note="Added by PCP 01/13/2026 from home sleep screen.")

    e1 = c.enc("enc-pcp-2025-12-09", "2025-12-09", "Primary care visit", pcp)
    c.bp("bp-2025-12-09", "2025-12-09", 138, 84, enc=e1)
    c.obs("ess-2025-12-09", "2025-12-09", "Epworth Sleepiness Scale total", 13, "{score}", text="ess-total",
          enc=e1, category="survey", ucum="{score}")
    c.doc("pcp-2025-12-09", "2025-12-09", "progress", "Primary care visit", dedent("""
        COPPER RIDGE FAMILY MEDICINE   12/09/2025   Erik Halvorsen, MD
        71M for DM/HTN follow-up. Wife reports loud snoring and pauses in breathing "every night", he
        dozes off watching TV and once at a red light last month. ESS 13. Neck 17.5 in. BMI 33.
        A1c 7.1. BP 138/84 on lisinopril/amlodipine.
        A/P: 1) Suspected OSA - ordered home sleep test through Restwell Medical Supply (they bring the unit
        to the house). Counselled not to drive drowsy. 2) DM2 - continue metformin. 3) HTN - at goal.
        """), author=pcp, enc=e1)
    c.sr("sr-hst", "2025-12-09", "Home sleep test", requester=pcp, reason="Suspected OSA; snoring, witnessed apneas")
    c.med("metformin", "2016-10-03", "metformin 1000 mg oral tablet", "6809", dosage="1000 mg BID", requester=pcp)
    c.med("lisinopril", "2011-05-16", "lisinopril 40 mg oral tablet", "29046", dosage="40 mg daily", requester=pcp)
    c.med("amlodipine", "2019-03-11", "amlodipine 5 mg oral tablet", "17767", dosage="5 mg daily", requester=pcp)
    c.med("allopurinol", "2020-01-21", "allopurinol 300 mg oral tablet", "519", dosage="300 mg daily", requester=pcp)

    c.obs("odi-2026-01-06", "2026-01-06", "Oxygen desaturation index (4%)", 27.4, "/h", text="odi-4pct",
          category="procedure", performer=rt, ucum="/h",
          note="Overnight recording, 2 channels (SpO2, pulse rate). Recording time 7.1 h.")
    c.doc("oximetry-2026-01-06", "2026-01-06", "procedure", "Home sleep screening report (Restwell Medical Supply)", dedent("""
        <html><body>
        <h3>RESTWELL MEDICAL SUPPLY &mdash; HOME SLEEP SCREENING REPORT</h3>
        <p>Patient: Walter Stroud &nbsp; Study night: 01/05/2026 &ndash; 01/06/2026 &nbsp; Ordering: Erik Halvorsen, MD</p>
        <p>Device: wrist-worn overnight recorder, finger probe. <b>Channels recorded: 2 (SpO2, pulse rate).</b>
        No airflow, effort or position channels.</p>
        <table border="1">
          <tr><td>Recording time</td><td>7.1 h</td></tr>
          <tr><td>ODI (4%)</td><td>27.4 /h</td></tr>
          <tr><td>Mean SpO2</td><td>92%</td></tr>
          <tr><td>Nadir SpO2</td><td>79%</td></tr>
          <tr><td>Time SpO2 &lt; 88%</td><td>34 min</td></tr>
        </table>
        <p><b>Impression:</b> cyclical desaturation pattern consistent with moderate-to-severe sleep apnea.
        Recommend CPAP.</p>
        <p>Prepared by: Dustin McClain, RRT (Restwell). Not reviewed by a physician.</p>
        </body></html>
        """), author=rt, html=True)

    e2 = c.enc("enc-pcp-2026-01-13", "2026-01-13", "Primary care visit", pcp)
    c.doc("pcp-2026-01-13", "2026-01-13", "progress", "Primary care - results", dedent("""
        COPPER RIDGE FAMILY MEDICINE   01/13/2026   Erik Halvorsen, MD
        Home sleep study back - moderate-severe OSA, AHI 27.4. Discussed CPAP; he is willing.
        Referred to sleep medicine for CPAP set-up and titration; will order CPAP through Restwell.
        """), author=pcp, enc=e2)

    e3 = c.enc("enc-sleep-2026-02-03", "2026-02-03", "Sleep medicine consultation", sleep)
    c.doc("sleep-2026-02-03", "2026-02-03", "consult", "Sleep medicine consultation", dedent("""
        PULMONARY & SLEEP MEDICINE CONSULTATION   02/03/2026   Priya Natarajan, MD
        Referred by Dr Halvorsen for "OSA, AHI 27, needs CPAP".

        History: loud snoring, witnessed apneas, drowsy driving episode 11/2025, ESS 13. HTN, DM2. BMI 33,
        neck 17.5 in, Mallampati IV.

        Review of the 01/06/2026 study: this is two-channel overnight oximetry (SpO2 and pulse rate) supplied by
        the DME company. It reports an oxygen desaturation index, not an apnea-hypopnea index - there is no
        airflow or effort channel, so apneas and hypopneas cannot be scored. It is not a diagnostic sleep
        study and cannot be used to qualify him for PAP.

        Impression: high pretest probability of moderate-severe OSA; diagnosis not yet established.

        Plan discussed: in-lab PSG (split-night) or a Type III home sleep apnea test.
        The patient DECLINES further sleep testing at this time ("I already did a sleep test"), and asks to
        start CPAP now. I explained that I cannot confirm OSA or support a PAP order on this test. He will
        think about a home test after his daughter's wedding in the spring. Drowsy-driving precautions
        reviewed and documented. Return PRN.
        """), author=sleep, enc=e3)

    c.devreq("dr-cpap", "2026-02-10", "CPAP device", "E0601", requester=pcp,
             reason="OSA confirmed by home sleep study AHI 27.4", note="Auto-CPAP 5-15 cm H2O, heated humidifier, full face mask.")
    e4 = c.enc("enc-pcp-2026-02-10", "2026-02-10", "Telephone encounter", pcp, cls="VR")
    c.doc("pcp-2026-02-10", "2026-02-10", "progress", "Telephone encounter - CPAP order", dedent("""
        Phone: patient upset that sleep doctor "won't give him the machine". He declines more testing.
        Sleep study (Restwell 1/6) showed AHI 27.4 = moderate-severe OSA. Will order CPAP myself.
        Order faxed to Restwell. -- E. Halvorsen MD
        """), author=pcp, enc=e4)

    cs = case("bx-cpap-01", "patients/px5410.json", svc_hcpcs("E0601", "Continuous positive airway pressure (CPAP) device"),
              [("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2026-02-17", "refer", "NCD 240.4",
              ["DocumentReference/oximetry-2026-01-06", "DocumentReference/sleep-2026-02-03"],
              rationale="The only test is two-channel overnight oximetry reporting an ODI; it is not PSG or a "
                        "Type II/III/IV (>= 3 channel) HST, and the sleep physician documents that it cannot "
                        "diagnose OSA. The PCP misreads the ODI as an AHI. The patient declined a qualifying test. "
                        "Symptoms and hypertension are present but cannot replace a qualifying test.",
              note="OSA confirmed on home sleep study, AHI 27.4. HTN, DM2, sleepy driver. Please approve CPAP.")
    return cs, c


def cpap_02():
    c = Chart("pt-6692", "harborview-sleep", "Harborview Sleep & Lung Center")
    c.patient("Lorraine Beatrice", "Okonkwo-Fisher", "female", "1959-06-21", "HSL-669201", "Portland", "ME")
    sleep = c.prac("dr-delacroix", "Simone", "Delacroix", "MD", "Sleep Medicine")
    pcp = c.prac("dr-ashworth", "Nathaniel", "Ashworth", "MD", "Internal Medicine")
    rn = c.prac("rn-pike", "Colleen", "Pike", "RN", "Primary care nurse")
    ofc = c.prac("ofc-bianchi", "Gina", "Bianchi", "", "Prior authorization coordinator, sleep center")

    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2015-08-03")
    c.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2009-01-15")
    c.cond("osteoporosis", "M81.0", "Age-related osteoporosis w/o current pathological fracture", "2021-04-22")
    c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2026-05-06", recorder=sleep)
    c.cond("elev-bp", "R03.0", "Elevated blood-pressure reading, without diagnosis of hypertension", "2026-05-19",
           recorder=pcp)
    c.med("atorvastatin", "2015-08-03", "atorvastatin 20 mg oral tablet", "83367", dosage="20 mg daily", requester=pcp)
    c.med("levothyroxine", "2009-01-15", "levothyroxine 88 mcg oral tablet", "10582", dosage="88 mcg daily", requester=pcp)

    e0 = c.enc("enc-pcp-2025-11-04", "2025-11-04", "Primary care annual wellness", pcp)
    c.bp("bp-2025-11-04", "2025-11-04", 128, 78, enc=e0)
    c.doc("pcp-2025-11-04", "2025-11-04", "progress", "Annual wellness visit", dedent("""
        ANNUAL WELLNESS VISIT   11/04/2025   Nathaniel Ashworth, MD
        66F. Husband complains of her snoring, has moved to the guest room. She feels rested most days.
        BP 128/78. BMI 31.8. Lipids at goal. TSH normal.
        Plan: sleep medicine referral for snoring / possible OSA. DEXA due 2026.
        """), author=pcp, enc=e0)

    e1 = c.enc("enc-sleep-2026-04-14", "2026-04-14", "Sleep medicine consultation", sleep)
    c.bp("bp-2026-04-14", "2026-04-14", 138, 84, enc=e1)
    c.obs("ess-2026-04-14", "2026-04-14", "Epworth Sleepiness Scale total", 7, "{score}", text="ess-total",
          enc=e1, category="survey", ucum="{score}")
    c.obs("phq9-2026-04-14", "2026-04-14", "PHQ-9 total score", 2, "{score}", loinc="44261-6", enc=e1,
          category="survey", ucum="{score}")
    c.doc("sleep-2026-04-14", "2026-04-14", "consult", "Sleep medicine consultation", dedent("""
        HARBORVIEW SLEEP & LUNG - NEW PATIENT   04/14/2026   Simone Delacroix, MD
        Reason: loud snoring, witnessed pauses (husband).

        Sleep history: bed 22:30, up 06:30, sleep latency 10 min, 1-2 awakenings for nocturia, falls back to sleep
        quickly. Wakes rested most mornings; occasional dry mouth. Denies excessive daytime sleepiness, no naps,
        no drowsy driving. ESS 7/24. No insomnia complaint. Mood good (PHQ-9 = 2). No memory or concentration
        complaints.
        PMH: hyperlipidemia, hypothyroidism (treated), osteoporosis. No hypertension, no coronary disease, no
        stroke/TIA.
        Exam: BMI 31.6, neck 15 in, Mallampati III, retrognathia. BP 138/84.
        Impression: snoring with witnessed apneas; rule out OSA.
        Plan: Type III home sleep apnea test (airflow, effort, oximetry, position, pulse).
        """), author=sleep, enc=e1)
    c.sr("sr-hsat", "2026-04-14", "Home sleep apnea test, Type III", code="G0399",
         system="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", requester=sleep, status="completed")

    c.obs("ahi3-2026-05-02", "2026-05-02", "Apnea-hypopnea index (hypopneas scored with 3% desaturation)", 16.2,
          "/h", text="ahi-3pct", category="procedure", performer=sleep, ucum="/h")
    c.obs("ahi4-2026-05-02", "2026-05-02", "Apnea-hypopnea index (hypopneas scored with 4% desaturation)", 9.4,
          "/h", text="ahi-4pct", category="procedure", performer=sleep, ucum="/h")
    c.doc("hsat-2026-05-02", "2026-05-06", "procedure", "Home sleep apnea test report", dedent("""
        HOME SLEEP APNEA TEST - INTERPRETATION
        Study date: 05/01-05/02/2026   Device: Type III (nasal pressure airflow, thoracic and abdominal RIP effort,
        SpO2, pulse, body position)   Ordered and interpreted by: Simone Delacroix, MD (ABIM Sleep Medicine)

        Monitoring time (flow evaluation): 7 h 22 min. Technically adequate.
        Apneas: 31 (obstructive 29, central 2). Hypopneas (>= 30% flow reduction, >= 3% desat): 88.
        Hypopneas meeting >= 4% desaturation: 38.
          AHI (AASM recommended, 3% rule) ............ 16.2 /h
          AHI (4% rule, CMS definition) .............. 9.4 /h
        Supine AHI (4%) 18.1, non-supine 4.0. ODI 4% 8.8. Nadir SpO2 84%. T90 1.2%.

        INTERPRETATION: Obstructive sleep apnea - moderate by AASM 3% criteria; mild by 4% criteria.
        Positional component. Treatment options: CPAP, oral appliance, positional therapy.
        """), author=sleep)

    e2 = c.enc("enc-pcp-2026-05-19", "2026-05-19", "Primary care visit", pcp)
    c.bp("bp-2026-05-19a", "2026-05-19", 152, 94, enc=e2, note="Seated, after 5 min rest, left arm, adult large cuff.")
    c.bp("bp-2026-05-19b", "2026-05-19", 148, 92, enc=e2, note="Repeat at end of visit.")
    c.doc("pcp-2026-05-19", "2026-05-19", "progress", "Primary care visit", dedent("""
        INTERNAL MEDICINE   05/19/2026   Nathaniel Ashworth, MD
        F/u sleep test: mild-moderate OSA per sleep medicine; she is leaning toward CPAP.
        BP today 152/94, repeat 148/92. Prior office readings 120s-130s/70s-80s. Anxious today (husband's
        surgery next week), had 2 coffees.
        A/P: Elevated BP reading without diagnosis of hypertension. Not labelling as HTN on one visit.
          - Home BP log twice daily x 2 weeks (validated upper-arm cuff), bring/upload readings
          - RN BP check in ~2 weeks, then decide on diagnosis/treatment
        """), author=pcp, enc=e2)
    c.appt("appt-rn-bp-1", "2026-05-19", "2026-06-05", "cancelled", "RN blood pressure check + home log review (cancelled by patient - husband's surgery)", rn)
    c.appt("appt-rn-bp-2", "2026-06-04", "2026-06-16", "booked", "RN blood pressure check + home log review (rescheduled)", rn)

    e3 = c.enc("enc-sleep-2026-05-28", "2026-05-28", "Sleep medicine follow-up", sleep)
    c.doc("sleep-2026-05-28", "2026-05-28", "progress", "Sleep medicine follow-up", dedent("""
        SLEEP MEDICINE FOLLOW-UP   05/28/2026   Simone Delacroix, MD
        Reviewed HSAT: AHI 16.2 (3%) / 9.4 (4%). Still denies daytime sleepiness, ESS 7. Husband's main
        concern is snoring.
        Options reviewed: CPAP, oral appliance, positional therapy. She prefers CPAP.
        Coverage: by the 4% rule her AHI is in the 5-14 range; Medicare will need a qualifying symptom or
        comorbidity. PCP is currently evaluating her for hypertension after elevated readings on 5/19 - if
        hypertension is confirmed she will qualify. Will place the CPAP order now so the supplier can start the
        paperwork; APAP 5-15.
        """), author=sleep, enc=e3)
    c.devreq("dr-cpap", "2026-05-28", "CPAP device", "E0601", requester=sleep, reason="OSA",
             note="APAP 5-15 cm H2O, heated humidifier, nasal pillows.")
    c.doc("pa-cover-2026-06-09", "2026-06-09", "note", "Prior authorization cover sheet", dedent("""
        HARBORVIEW SLEEP & LUNG - PRIOR AUTHORIZATION REQUEST
        Submitted 06/09/2026 by Gina Bianchi (authorization coordinator) on behalf of Dr Delacroix.
        Item: E0601 CPAP. Dx G47.33.
        Clinical summary: Moderate OSA, AHI 16.2 on HSAT 5/2/2026. Comorbidity: hypertension.
        Attachments: consult 4/14, HSAT report, follow-up 5/28.
        """), author=ofc)

    # after the request date
    e4 = c.enc("enc-rn-2026-06-16", "2026-06-16", "Nurse visit - BP check", rn)
    c.bp("bp-2026-06-16", "2026-06-16", 146, 90, enc=e4, note="Home log average 143/89 (26 readings).")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2026-06-18", recorder=pcp)
    c.med("amlodipine", "2026-06-18", "amlodipine 5 mg oral tablet", "17767", dosage="5 mg daily", requester=pcp)

    cs = case("bx-cpap-02", "patients/px6692.json", svc_hcpcs("E0601", "Continuous positive airway pressure (CPAP) device"),
              [("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2026-06-09", "request_info", "NCD 240.4",
              ["Observation/ahi4-2026-05-02", "DocumentReference/hsat-2026-05-02", "DocumentReference/sleep-2026-04-14",
               "DocumentReference/pcp-2026-05-19"],
              missing=["hypertension|blood pressure|BP"],
              rationale="Under the NCD's 4% hypopnea definition the AHI is 9.4 (5-14 band); the 16.2 figure uses 3% "
                        "scoring. Sleepiness, insomnia, mood and cognitive symptoms are documented absent; no "
                        "ischemic heart disease or stroke. Hypertension is under evaluation (elevated readings, "
                        "diagnosis deferred, recheck rescheduled after the request); the coordinator's "
                        "'hypertension' is not a diagnosis. The hypertension diagnosis dated after the request "
                        "does not count.",
              note="Moderate OSA AHI 16.2, hypertension.")
    return cs, c


CASES = [cpap_01, cpap_02]
