"""NCD 240.4 cases (CPAP)."""
from fhirlib import *

SVC = {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"}


def cpap_01():
    """request_info"""
    c = Chart("bt-p15", "bt-p15", "Maribel", "Quintana", "female", "1959-06-27", city="Eugene", mrn="LH6602145")
    c.practitioner("whitfield", "Laura", "Whitfield", "MD, Family Medicine (PCP)", "Dr.")
    c.practitioner("lindqvist", "Tobias", "Lindqvist", "MD, Sleep Medicine (ABIM board certified)", "Dr.")
    c.practitioner("moss", "Jared", "Moss", "RPSGT, sleep technologist")
    c.organization("lsc", "Larkspur Sleep Center", "Sleep laboratory (AASM accredited)")
    c.organization("coastline", "Coastline Medical Supply", "DME supplier")

    c.condition("cond-hypothyroid", "E03.9", "2012-04-18", asserter="whitfield")
    c.condition("cond-oa", "M17.0", "2019-10-02", asserter="whitfield")
    c.condition("cond-gerd", "K21.9", "2016-01-20", asserter="whitfield")
    c.condition("cond-obesity", "E66.9", "2025-12-02", asserter="lindqvist")
    c.condition("cond-bmi", "Z68.31", "2025-12-02", asserter="lindqvist")
    c.condition("cond-snoring", "R06.83", "2025-08-19", asserter="whitfield")
    c.condition("cond-osa", "G47.33", "2026-01-12", asserter="lindqvist")

    c.med("med-levo", "levothyroxine 88 mcg tablet", "2012-04-18", rxnorm=("10582", "levothyroxine"), dosage="88 mcg PO daily")
    c.med("med-omep", "omeprazole 20 mg capsule", "2016-01-20", rxnorm=("7646", "omeprazole"), dosage="20 mg PO daily PRN heartburn")
    c.med("med-apap", "acetaminophen 500 mg tablet", "2019-10-02", rxnorm=("161", "acetaminophen"), dosage="1000 mg PO TID PRN knee pain")

    bp(c, "bp-2025-08-19", dt("2025-08-19", "09:05"), 118, 72, ["Practitioner/whitfield"])
    bp(c, "bp-2025-12-02", dt("2025-12-02", "13:20"), 124, 76, ["Practitioner/lindqvist"])
    c.obs("tsh-2025-08-19", TSH, dt("2025-08-19", "08:30"), 2.1, "m[IU]/L", ucum="m[IU]/L")
    c.obs("phq2-2025-08-19", local("PHQ2", "PHQ-2 depression screen total score"), dt("2025-08-19", "09:00"), 0, "{score}",
          category="survey", performer=["Practitioner/whitfield"])
    c.obs("minicog-2025-08-19", local("MINICOG", "Mini-Cog total score"), dt("2025-08-19", "09:00"), 5, "{score}",
          category="survey", performer=["Practitioner/whitfield"])
    c.obs("bmi-2025-12-02", BMI, dt("2025-12-02", "13:20"), 31.2, "kg/m2", ucum="kg/m2", category="vital-signs")
    c.obs("neck-2025-12-02", local("NECK", "Neck circumference"), dt("2025-12-02", "13:20"), 38, "cm", category="exam")

    c.doc("awv-2025-08-19", "11506-3", dt("2025-08-19", "09:45"), ["Practitioner/whitfield"], """MEDICARE ANNUAL WELLNESS VISIT (subsequent) - L. Whitfield MD

Health risk assessment reviewed (pt-completed form scanned to media).
Depression screen: PHQ-2 = 0. Denies depressed mood or anhedonia.
Cognitive screen: Mini-Cog 5/5 (3-word recall 3/3, clock normal).
Functional: independent ADLs/IADLs. Falls: none in past year.
Vitals: BP 118/72, HR 70, Wt 80.3 kg.

Concerns raised by pt: husband (Ernesto) reports loud snoring for years and that she "stops breathing"
for a few seconds at night - he has been sleeping in the guest room. She wonders if she needs a sleep test.

A/P:
1. Snoring with witnessed apneas -> refer Sleep Medicine (Dr Lindqvist).
2. Hypothyroidism - TSH 2.1, continue levothyroxine 88.
3. Knee OA - tylenol PRN, PT exercises.
4. Preventive: mammogram ordered, colonoscopy due 2027, Shingrix #2 today.
""", description="Annual wellness visit")

    c.encounter("enc-sleep-consult", "AMB", dt("2025-12-02", "13:00"), dt("2025-12-02", "13:45"), "Sleep medicine new patient",
                ["lindqvist"], "lsc")
    c.doc("sleep-consult-2025-12-02", "11488-4", dt("2025-12-02", "14:10"), ["Practitioner/lindqvist"], """SLEEP MEDICINE NEW PATIENT CONSULTATION
Tobias Lindqvist, MD - Larkspur Sleep Center
Referring: L. Whitfield MD         Reason: snoring, witnessed apneas

HPI: 66 y.o. F referred for evaluation of possible OSA. Bed partner describes loud, nightly snoring with
pauses in breathing for several years, worse supine. Pt unaware of the pauses. Occasional dry mouth on waking.
Sleep schedule: bed ~22:30, lights out 23:00, wake 06:30 without alarm on most days.
Epworth Sleepiness Scale: ***/24
Nocturia x1. No RLS symptoms. No dream enactment. No cataplexy.
Caffeine: 1 cup coffee AM. EtOH: rare. No sedative/hypnotics.

PMH: hypothyroidism (euthyroid on replacement), bilateral knee OA, GERD.
No history of HTN, CAD, CHF, AF, stroke/TIA, or diabetes.

Exam: BP 124/76. BMI 31.2. Neck 38 cm. Mallampati III, tonsils 1+, retrognathia mild. Nasal: mild
septal deviation L. Lungs clear. RRR.

Impression: Clinical picture suggestive of obstructive sleep apnea (habitual loud snoring, witnessed apneas,
crowded oropharynx, BMI 31).
Plan: Type III home sleep apnea test (HSAT) - ordered. Results visit after.
""", description="Sleep medicine consultation", encounter="enc-sleep-consult")

    c.service_request("sr-hsat", (CPT, "95806", "Home sleep test, type III (airflow, effort, oximetry)"), "2025-12-02",
                      status="completed", requester="lindqvist", reason=["R06.83"], performer="Organization/lsc")
    c.procedure("proc-hsat", (CPT, "95806", "Home sleep test, type III (airflow, effort, oximetry)"), dt("2026-01-08", "22:40"),
                performer="moss", note="Device dispensed and retrieved by sleep center staff. Scored by RPSGT, interpreted by "
                "T. Lindqvist MD.")
    ahi_note = "Scored by J. Moss RPSGT; interpreted 1/12/2026 by T. Lindqvist MD."
    c.obs("hst-mt-2026-01-08", local("HST-MT", "HSAT monitoring time (flow evaluation)"), dt("2026-01-08", "22:40"), 6.6, "h",
          category="procedure", performer=["Practitioner/moss"])
    c.obs("hst-ahi3-2026-01-08", local("HST-AHI3", "Apnea-hypopnea index, hypopneas scored with >=3% desaturation (AASM 1A)"),
          dt("2026-01-08", "22:40"), 19.5, "/h", ucum="/h", category="procedure", performer=["Practitioner/moss"], note=ahi_note)
    c.obs("hst-ahi4-2026-01-08", local("HST-AHI4", "Apnea-hypopnea index, hypopneas scored with >=4% desaturation (CMS)"),
          dt("2026-01-08", "22:40"), 11.4, "/h", ucum="/h", category="procedure", performer=["Practitioner/moss"], note=ahi_note)
    c.obs("hst-nadir-2026-01-08", local("HST-NADIR", "Oxygen saturation nadir during sleep test"), dt("2026-01-08", "22:40"), 83, "%",
          category="procedure", performer=["Practitioner/moss"])

    c.doc("hst-report-2026-01-08", "28570-0", dt("2026-01-12", "16:50"), ["Practitioner/lindqvist"], """<html><body>
<h2>Larkspur Sleep Center - Home Sleep Apnea Test Report</h2>
<p><b>Patient:</b> Quintana, Maribel &nbsp; <b>DOB:</b> 06/27/1959 &nbsp; <b>Study date:</b> 01/08/2026<br/>
<b>Ordering physician:</b> Tobias Lindqvist MD &nbsp; <b>Interpreting physician:</b> Tobias Lindqvist MD<br/>
<b>Device:</b> Type III portable monitor. Channels: nasal pressure airflow, oronasal thermistor, thoracic and
abdominal RIP effort belts, pulse oximetry (SpO2, pulse rate), body position.</p>
<h3>Recording</h3>
<table border="1" cellpadding="3">
<tr><td>Total recording time</td><td>7.4 h</td></tr>
<tr><td>Monitoring time (flow evaluation)</td><td>6.6 h</td></tr>
<tr><td>Supine time</td><td>41%</td></tr>
</table>
<h3>Respiratory events</h3>
<table border="1" cellpadding="3">
<tr><th></th><th>Hypopnea rule 3% (AASM 1A)</th><th>Hypopnea rule 4% (AASM 1B / CMS)</th></tr>
<tr><td>Obstructive apneas</td><td>31</td><td>31</td></tr>
<tr><td>Central apneas</td><td>2</td><td>2</td></tr>
<tr><td>Hypopneas</td><td>96</td><td>42</td></tr>
<tr><td>Total events</td><td>129</td><td>75</td></tr>
<tr><td><b>AHI (events/h)</b></td><td><b>19.5</b></td><td><b>11.4</b></td></tr>
<tr><td>Supine AHI</td><td>31.0</td><td>18.2</td></tr>
<tr><td>Non-supine AHI</td><td>11.6</td><td>6.7</td></tr>
</table>
<h3>Oximetry</h3>
<p>Baseline SpO2 95%. Nadir 83%. Time SpO2 &lt; 90%: 4.2%. ODI (4%) 10.9/h.</p>
<h3>Interpretation</h3>
<p>Technically adequate study. Findings consistent with <b>moderate obstructive sleep apnea</b> by AASM
recommended (3%) scoring, AHI 19.5/h, supine predominant. By 4% hypopnea criteria AHI 11.4/h (mild range).
Recommend clinical correlation; treatment options include PAP, oral appliance, positional therapy.</p>
<p>Electronically signed: Tobias Lindqvist MD, 01/12/2026 16:48</p>
</body></html>""", ctype="text/html", description="Home sleep apnea test report")

    c.doc("sleep-phone-2026-01-22", "34109-9", dt("2026-01-22", "11:30"), ["Practitioner/lindqvist"], """Telephone encounter - T. Lindqvist MD (results call, 12 min)
Reviewed HSAT 1/8: moderate OSA (AHI 19.5 AASM), supine predominant. Discussed options: APAP vs oral appliance
vs positional therapy. Pt would like to try CPAP - husband "wants his bedroom back."
Plan: APAP 5-15 cm H2O, heated humidifier, mask fitting by DME. Order sent to Coastline Medical Supply.
F/u 10-12 weeks after start with download.
""", description="Telephone encounter - sleep study results")
    c.service_request("sr-cpap", (HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"), "2026-01-22",
                      requester="lindqvist", reason=["G47.33"], performer="Organization/coastline",
                      note="APAP 5-15 cm H2O, heated humidifier, mask of choice. Dx: OSA, AHI 19.5 on HSAT 1/8/26.")

    gold = {"recommendation": "request_info", "policy": "NCD 240.4",
            "evidence": ["Observation/hst-ahi4-2026-01-08", "DocumentReference/hst-report-2026-01-08",
                         "DocumentReference/sleep-consult-2025-12-02", "DocumentReference/awv-2025-08-19"],
            "missing": ["sleepiness|Epworth|ESS|insomnia|daytime symptoms|symptoms"],
            "rationale": "The headline AHI 19.5 uses 3% hypopneas; by the NCD's 4% hypopnea definition the AHI is 11.4, the "
                         "5-14 band, which needs a listed symptom or comorbidity. No HTN, IHD or stroke; mood and cognition "
                         "screens negative; the Epworth field is blank and daytime sleepiness/insomnia are never addressed."}
    k = case("bt-cpap-01", "patients/bt-p15.json", SVC, ["G47.33"], "2026-01-27", gold,
             note="Moderate OSA on HSAT 1/8/26, AHI 19.5. APAP 5-15 with humidifier. Please approve.")
    return k, c


def cpap_02():
    """refer"""
    c = Chart("bt-p02", "bt-p02", "Vernon Lee", "Tibbs", "male", "1957-03-30", city="Lebanon", mrn="LH3318864")
    c.practitioner("oyelaran", "Sandra", "Oyelaran", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("boateng", "Ama", "Boateng", "MD, Sleep Medicine", "Dr.")
    c.practitioner("pike", "Carla", "Pike", "RRT, Beacon Home Respiratory")
    c.organization("beacon", "Beacon Home Respiratory", "DME supplier")

    c.condition("cond-htn", "I10", "2013-06-10", asserter="oyelaran")
    c.condition("cond-hld", "E78.5", "2013-06-10", asserter="oyelaran")
    c.condition("cond-bph", "N40.0", "2020-02-14", asserter="oyelaran")
    c.condition("cond-obesity", "E66.9", "2026-04-28", asserter="oyelaran")
    c.condition("cond-osa", "G47.33", "2026-05-12", asserter="oyelaran", note="Per overnight home study 5/9/26.")
    c.med("med-amlo", "amlodipine 10 mg tablet", "2013-06-10", rxnorm=("17767", "amlodipine"), dosage="10 mg PO daily")
    c.med("med-atorva", "atorvastatin 20 mg tablet", "2013-06-10", rxnorm=("83367", "atorvastatin"), dosage="20 mg PO daily")
    c.med("med-tams", "tamsulosin 0.4 mg capsule", "2020-02-14", rxnorm=("77492", "tamsulosin"), dosage="0.4 mg PO qHS")
    bp(c, "bp-2026-04-28", dt("2026-04-28", "10:10"), 138, 84, ["Practitioner/oyelaran"])
    c.obs("ess-2026-04-28", local("ESS", "Epworth Sleepiness Scale total score"), dt("2026-04-28", "10:15"), 12, "{score}",
          category="survey", performer=["Practitioner/oyelaran"])
    c.obs("bmi-2026-04-28", BMI, dt("2026-04-28", "10:10"), 33.4, "kg/m2", ucum="kg/m2", category="vital-signs")

    c.doc("pcp-2026-04-28", "11506-3", dt("2026-04-28", "10:40"), ["Practitioner/oyelaran"], """Office visit - S. Oyelaran MD
CC: snoring, tired

HPI: 69M here w/ wife. She reports loud snoring, gasping at night. He dozes off watching TV and once at a red
light last month (!). ESS 12 today. Wakes unrefreshed. HTN on amlodipine.

Exam: BP 138/84, BMI 33.4, neck 44 cm, crowded airway.

A/P:
1. Suspected OSA - discussed in-lab PSG vs home sleep test. He will not do an in-lab study ("I won't
   sleep in a lab"). Beacon Home Respiratory offers a home overnight screening - ordered through them, quicker.
   Counseled: no driving when drowsy.
2. HTN - above goal, recheck after OSA treated.
""", description="PCP office visit")
    c.service_request("sr-oxim", (CPT, "94762", "Noninvasive ear or pulse oximetry, overnight monitoring"), "2026-04-28",
                      status="completed", requester="oyelaran", performer="Organization/beacon",
                      note="Home overnight sleep screening via Beacon.")
    c.obs("odi-2026-05-09", local("OXI-ODI4", "Oxygen desaturation index (4%), overnight pulse oximetry"),
          dt("2026-05-09", "22:15"), 23.6, "/h", ucum="/h", category="procedure", performer=["Organization/beacon"],
          device_text="Wrist-worn recording pulse oximeter (SpO2, pulse rate)")
    c.obs("oxi-nadir-2026-05-09", local("OXI-NADIR", "Oxygen saturation nadir, overnight pulse oximetry"),
          dt("2026-05-09", "22:15"), 79, "%", category="procedure", performer=["Organization/beacon"])
    c.doc("oximetry-2026-05-09", "28570-0", dt("2026-05-10", "15:05"), ["Organization/beacon", "Practitioner/pike"], """BEACON HOME RESPIRATORY - OVERNIGHT HOME SLEEP SCREENING REPORT
Patient: TIBBS, VERNON     DOB 03/30/1957     Recording night: 05/09/2026
Ordering: S. Oyelaran MD
Equipment: wrist-worn recording pulse oximeter with finger sensor. Channels recorded: SpO2, pulse rate.
Set-up and download: C. Pike RRT (Beacon).

Total recording time: 7 h 48 min (artifact-free 7 h 31 min)
Mean SpO2 92%   Nadir SpO2 79%   Time < 88%: 18 min
ODI 4%: 23.6 events/h    Pulse-rate rises accompanying desaturation: frequent
Pattern: cyclical "saw-tooth" desaturations, clustered.

Comment: Pattern is consistent with sleep-disordered breathing, moderate range (estimated AHI ~24).
Recommend physician review. Patient may qualify for PAP therapy.

Received and reviewed: "Abnormal - c/w OSA. Start CPAP. -SO 5/12/26"
""", description="DME overnight oximetry report", custodian="beacon")

    c.doc("sleep-econsult-2026-05-20", "11488-4", dt("2026-05-20", "08:55"), ["Practitioner/boateng"], """E-CONSULT RESPONSE - Sleep Medicine - A. Boateng MD
Question (Dr Oyelaran): 69M, ODI 23.6 on home overnight oximetry, ESS 12, HTN. OK to start CPAP?

Response: Thank you. High pretest probability of OSA. However, a 2-channel overnight oximetry (SpO2 and pulse
only) is a screening test; it does not measure airflow or effort and is not a diagnostic sleep test for OSA,
nor does it qualify for PAP coverage. Recommend a Type III HSAT (we can mail a device; no lab stay needed)
or attended PSG. Happy to see him. Placed order for HSAT - our scheduler will call.
""", description="Sleep medicine e-consult")
    c.service_request("sr-hsat", (CPT, "95806", "Home sleep test, type III (airflow, effort, oximetry)"), "2026-05-20",
                      status="revoked", requester="boateng", reason=["R06.83"],
                      note="Cancelled 6/3/26 - patient declined (see telephone note).")
    c.doc("pcp-phone-2026-06-03", "34109-9", dt("2026-06-03", "16:20"), ["Practitioner/oyelaran"], """Telephone encounter - S. Oyelaran MD
Sleep center called pt x2 to arrange HSAT. Pt declines - "I already did a sleep test." Discussed Dr Boateng's
recommendation; he is not willing to do another test at this time. Wife very frustrated by snoring.
Will send CPAP order to Beacon and see if insurance covers. Advised drowsy driving precautions again.
""", description="Telephone encounter")
    c.service_request("sr-cpap", (HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"), "2026-06-10",
                      requester="oyelaran", reason=["G47.33", "I10"], performer="Organization/beacon",
                      note="APAP 5-20 cm H2O. OSA, AHI 24 per home sleep study 5/9/26. HTN, daytime sleepiness.")

    gold = {"recommendation": "refer", "policy": "NCD 240.4",
            "evidence": ["DocumentReference/oximetry-2026-05-09", "Observation/odi-2026-05-09",
                         "DocumentReference/sleep-econsult-2026-05-20", "DocumentReference/pcp-phone-2026-06-03"],
            "missing": [],
            "rationale": "The only test is 2-channel overnight oximetry (ODI, labelled 'estimated AHI'), not a PSG or a Type "
                         "II/III/IV HST with >=3 channels; other diagnostic tests are not sufficient under the NCD. The "
                         "qualifying HSAT was offered and declined. Symptoms and HTN are documented but cannot stand in for a "
                         "qualifying test."}
    k = case("bt-cpap-02", "patients/bt-p02.json", SVC, ["G47.33", "I10"], "2026-06-16", gold,
             note="Home sleep study 5/9/26 AHI 24. HTN, daytime sleepiness (ESS 12). Start APAP.")
    return k, c
