from fhirlib import *

POLICY = "NCD 240.4"


def cpap_01():
    b = Bundle("bvp03", "Teague", ["Rosalind", "M"], "female", "1964-06-22", "PG-6620417", address_city="Osterby")
    b.prac("nguyen", "Nguyen", ["Bao"], ["Dr."], "MD, Sleep Medicine (ABIM)")
    b.prac("lindqvist", "Lindqvist", ["Karen"], ["Dr."], "MD, Family Medicine")
    b.prac("sorensen", "Sorensen", ["Jill"], [], "RPSGT, Sleep Disorders Center")

    b.cond("obesity", "E66.9", "2019-03-04", recorder="lindqvist")
    b.cond("gerd", "K21.9", "2017-10-10", recorder="lindqvist")
    b.cond("gad", "F41.1", "2012-02-21", recorder="lindqvist")
    b.cond("snoring", "R06.83", "2025-12-02", recorder="lindqvist", clinical="inactive",
           note="Superseded by OSA diagnosis 2/2026.")
    b.cond("osa", "G47.33", "2026-02-05", recorder="nguyen",
           note="Split-night PSG 2/3/2026.")

    b.obs("ess-2026-01-12", "2026-01-12", local("ESS", "Epworth Sleepiness Scale total score"), value=14,
          unit="{score}", category="survey", performer="nguyen")
    b.obs("bmi-2026-01-12", "2026-01-12", loinc("39156-5", "Body mass index (BMI) [Ratio]"), value=33.8,
          unit="kg/m2", category="vital-signs")
    b.obs("neck-2026-01-12", "2026-01-12", local("NECK-CIRC", "Neck circumference"), value=15.5, unit="[in_i]",
          category="exam")
    b.bp("bp-2026-01-12", "2026-01-12", 126, 78)
    b.obs("psg-tst-diag-2026-02-03", "2026-02-03", local("PSG-TST-DX", "PSG diagnostic portion total sleep time"),
          value=98, unit="min", category="procedure", performer="nguyen", time="23:55",
          note="Split-night study; diagnostic portion ended 00:31 when split criteria met.")
    b.obs("psg-events-2026-02-03", "2026-02-03", local("PSG-EVENTS-DX", "PSG diagnostic portion respiratory events (apneas + 4% hypopneas)"),
          value=41, unit="{events}", category="procedure", performer="nguyen", time="23:55",
          note="Obstructive apneas 14, mixed 2, central 1, hypopneas (>=30% flow reduction with >=4% desaturation) 24.")
    b.obs("psg-ahi-2026-02-03", "2026-02-03", local("PSG-AHI4", "Apnea-hypopnea index (hypopnea 4% rule)"),
          value=25.1, unit="/h", category="procedure", performer="nguyen", time="23:55")
    b.obs("psg-ahi3-2026-02-03", "2026-02-03", local("PSG-AHI3A", "Apnea-hypopnea index (hypopnea 3%/arousal rule)"),
          value=34.3, unit="/h", category="procedure", performer="nguyen", time="23:55")
    b.obs("psg-nadir-2026-02-03", "2026-02-03", local("PSG-SPO2-NADIR", "Lowest SpO2 during sleep"),
          value=81, unit="%", category="procedure", time="23:55")

    b.enc("enc-pcp-2025-12-02", "2025-12-02", who="lindqvist")
    b.enc("enc-sleep-2026-01-12", "2026-01-12", type_text="Sleep medicine consultation", who="nguyen")
    b.enc("enc-psg-2026-02-03", "2026-02-03", end="2026-02-04", type_text="Attended polysomnography (sleep laboratory)", who="sorensen")
    b.enc("enc-sleep-2026-02-17", "2026-02-17", type_text="Sleep medicine follow-up", who="nguyen")

    b.sreq("psg-order-2026-01-12", "2026-01-12",
           cpt("95811", "Polysomnography with CPAP titration (split-night)"), status="completed",
           requester="nguyen", note="Attended in-lab PSG, split-night protocol if criteria met. Dx: suspected OSA.")

    b.med("sertraline", "2012-02-21", "36437", "sertraline", "100 mg by mouth daily", requester="lindqvist")
    b.med("omeprazole", "2017-10-10", "7646", "omeprazole", "20 mg by mouth daily", requester="lindqvist")

    b.note("pcp-2025-12-02", "2025-12-02", "Family medicine visit", """FAMILY MEDICINE   12/02/2025
Rosalind, 61, here with her husband, who says her snoring is "shaking the windows" and that
she stops breathing at night. She falls asleep in the evening in front of the TV and once at a red
light last month (didn't drive off the road - "scared me"). Morning headaches 2-3x/week.
BP 124/76. BMI 33.6. Mallampati IV.
A/P: suspected OSA - refer to sleep medicine (Dr. Nguyen). Advised no driving when drowsy.
GAD stable on sertraline. GERD controlled.
Karen Lindqvist, MD
""", "lindqvist", encounter="enc-pcp-2025-12-02")

    b.note("sleep-consult-2026-01-12", "2026-01-12", "Sleep medicine consultation", """SLEEP DISORDERS CENTER - NEW PATIENT CONSULTATION   01/12/2026
Bao Nguyen, MD (Sleep Medicine)   Referred by Karen Lindqvist, MD

HPI: 61-year-old woman with loud habitual snoring, witnessed apneas (husband, nightly), gasping
arousals, unrefreshing sleep and excessive daytime sleepiness. Epworth 14/24. Dozed at a traffic
light in 11/2025. Morning headaches. Nocturia x2. No cataplexy, no RLS symptoms. Bedtime 22:30,
wake 06:15 on workdays.
PMH: obesity, GAD, GERD. No HTN, no CAD, no stroke.
Exam: BMI 33.8. Neck 15.5 in. Mallampati IV, tonsils 1+, retrognathia mild. BP 126/78.
Assessment: high pretest probability of moderate-severe OSA, symptomatic (EDS, drowsy driving).
Plan: attended in-laboratory PSG, split-night protocol if criteria are met (ordered today).
Drowsy driving counseling given.
""", "nguyen", loinc_type=CONSULT, encounter="enc-sleep-2026-01-12")

    b.note("psg-report-2026-02-03", "2026-02-03", "Polysomnography report (split-night)", html("PSG report", """<h2>SLEEP DISORDERS CENTER &ndash; POLYSOMNOGRAPHY REPORT</h2>
<p>Patient: TEAGUE, ROSALIND M &nbsp; DOB 06/22/1964 &nbsp; Study date: 02/03/2026 (night of 2/3&ndash;2/4)<br>
Study type: attended, in-laboratory, full-montage PSG (EEG, EOG, chin/leg EMG, ECG, oronasal thermal, nasal pressure,
thoracic and abdominal RIP belts, SpO2, body position, snore), split-night protocol.<br>
Ordering physician: Bao Nguyen, MD &nbsp; Technologist: Jill Sorensen, RPSGT</p>
<h3>Diagnostic portion (lights out 22:14 &ndash; 00:31)</h3>
<table border="1" cellpadding="3">
<tr><td>Total recording time</td><td>137 min</td></tr>
<tr><td>Total sleep time</td><td>98.0 min</td></tr>
<tr><td>Sleep efficiency</td><td>71.5%</td></tr>
<tr><td>Obstructive apneas / mixed / central</td><td>14 / 2 / 1</td></tr>
<tr><td>Hypopneas, &ge;30% flow reduction with &ge;4% desaturation</td><td>24</td></tr>
<tr><td>AHI (4% hypopnea rule)</td><td>25.1 /h</td></tr>
<tr><td>Hypopneas, &ge;3% desaturation or arousal</td><td>39</td></tr>
<tr><td>AHI (3%/arousal rule, AASM recommended)</td><td>34.3 /h</td></tr>
<tr><td>Supine AHI (4%)</td><td>31.0 /h</td></tr>
<tr><td>SpO2 baseline / nadir</td><td>94% / 81%</td></tr>
</table>
<p>Split criteria met at 00:31. Note: per split-night protocol, diagnostic sleep time was under 2 hours.</p>
<h3>Titration portion (00:38 &ndash; 06:05)</h3>
<p>CPAP 5&ndash;11 cm H2O, nasal pillows. At 9 cm H2O (supine REM observed): AHI 2.1/h, snoring eliminated, SpO2 nadir 91%.
Optimal pressure 9 cm H2O.</p>
<h3>Interpretation</h3>
<p>1. Obstructive sleep apnea, moderate (AHI 25.1/h by 4% hypopnea criteria; 34.3/h by 3%/arousal criteria).<br>
2. Effective CPAP at 9 cm H2O.<br>
Recommend CPAP 9 cm H2O with heated humidification, nasal pillows; follow-up in sleep clinic.</p>
<p>Interpreting physician: Bao Nguyen, MD, Diplomate ABIM Sleep Medicine &nbsp; Signed 02/05/2026</p>"""),
           "nguyen", loinc_type=PROCNOTE, ctype="text/html", time="07:30", encounter="enc-psg-2026-02-03")

    b.note("pcp-2026-02-16", "2026-02-16", "Family medicine - telephone note", """TELEPHONE NOTE 02/16/2026
Pt called re sleep study results. Reviewed: severe OSA, AHI 34. Dr. Nguyen's office is ordering CPAP.
Reminded pt that drowsy driving precautions continue until on treatment.
Karen Lindqvist, MD
""", "lindqvist")

    b.note("sleep-fu-2026-02-17", "2026-02-17", "Sleep medicine follow-up", """SLEEP MEDICINE FOLLOW-UP   02/17/2026
Bao Nguyen, MD
Reviewed split-night PSG of 2/3/2026 with patient: moderate OSA, AHI 25.1/h (4% criteria), nadir 81%,
good response to CPAP 9 cm H2O. Epworth 14. Ongoing sleepiness.
Plan: CPAP 9 cm H2O, heated humidifier, nasal pillows mask (fit in lab). Order sent to DME supplier
today; DME to provide mask fitting and device education before first use. Follow-up in sleep clinic
in 6-8 weeks with device download.
""", "nguyen", encounter="enc-sleep-2026-02-17")

    b.devreq("cpap-order-2026-02-17", "2026-02-17", hcpcs("E0601"), "nguyen",
             note="CPAP 9 cm H2O, heated humidifier, nasal pillows (medium). Length of need 99 months.",
             reason=["G47.33"])

    # after request
    b.obs("cpap-usage-2026-03-30", "2026-03-30", local("CPAP-USE4H", "CPAP nights with use >= 4 h (30-day window)"),
          value=87, unit="%", category="procedure", note="Average use 6 h 12 min; residual AHI 2.4/h.")
    b.note("sleep-fu-2026-03-30", "2026-03-30", "Sleep medicine follow-up", """SLEEP MEDICINE FOLLOW-UP   03/30/2026
Device download 3/1-3/30: use >= 4 h on 26/30 nights (87%), average 6 h 12 min, residual AHI 2.4/h.
Epworth now 6. No drowsy driving. Continue CPAP 9 cm H2O.
Bao Nguyen, MD
""", "nguyen")

    c = case("bv-cpap-01", "bvp03.json", hcpcs("E0601"), ["G47.33"], "2026-02-17", "approve", POLICY,
             ["DocumentReference/psg-report-2026-02-03", "Observation/psg-ahi-2026-02-03",
              "Observation/psg-events-2026-02-03", "Observation/psg-tst-diag-2026-02-03",
              "DocumentReference/sleep-consult-2026-01-12"],
             note="CPAP for moderate OSA, split-night PSG.",
             rationale="Initial 12-week coverage: clinical evaluation, attended in-lab PSG ordered by the treating "
                       "sleep physician, AHI 25.1/h with 4% hypopneas. Diagnostic sleep under 2 h, but 41 events "
                       "exceed the 30 needed in 2 h at >= 15/h. The 3% index and the PCP's 'AHI 34' are not the "
                       "Medicare index; usage data are after the request.")
    return c, b


def cpap_02():
    b = Bundle("bvp04", "Brandvold", ["Walter", "E"], "male", "1953-12-01", "PG-3309184", address_city="Tenmile")
    b.prac("fairbanks", "Fairbanks", ["Anita"], ["Dr."], "MD, Family Medicine")
    b.prac("quist", "Quist", ["Leonard"], [], "RRT, Home Diagnostics")

    b.cond("htn", "I10", "2015-04-22", recorder="fairbanks")
    b.cond("hld", "E78.5", "2015-04-22", recorder="fairbanks")
    b.cond("bph", "N40.0", "2019-08-30", recorder="fairbanks")
    b.cond("osa", "G47.33", "2026-05-05", recorder="fairbanks", note="Per overnight oximetry 4/28/2026.")

    b.bp("bp-2026-04-14", "2026-04-14", 148, 88)
    b.bp("bp-2026-05-05", "2026-05-05", 144, 86)
    b.obs("ess-2026-04-14", "2026-04-14", local("ESS", "Epworth Sleepiness Scale total score"), value=12,
          unit="{score}", category="survey", performer="fairbanks")
    b.obs("bmi-2026-04-14", "2026-04-14", loinc("39156-5", "Body mass index (BMI) [Ratio]"), value=31.2,
          unit="kg/m2", category="vital-signs")
    b.obs("odi-2026-04-29", "2026-04-29", local("ONOX-ODI4", "Overnight oximetry oxygen desaturation index (4%)"),
          value=19.6, unit="/h", category="procedure", performer="quist", time="06:30",
          note="Recording 7.1 h. Channels: SpO2 and pulse rate (finger probe).")
    b.obs("t88-2026-04-29", "2026-04-29", local("ONOX-T88", "Overnight oximetry time with SpO2 < 88%"),
          value=42, unit="min", category="procedure", time="06:30")

    b.med("lisinopril", "2015-04-22", "29046", "lisinopril", "20 mg by mouth daily", requester="fairbanks")
    b.med("amlodipine", "2021-10-05", "17767", "amlodipine", "5 mg by mouth daily", requester="fairbanks")
    b.med("atorvastatin", "2015-04-22", "83367", "atorvastatin", "20 mg by mouth daily", requester="fairbanks")
    b.med("tamsulosin", "2019-08-30", "77492", "tamsulosin", "0.4 mg by mouth at bedtime", requester="fairbanks")

    b.enc("enc-pcp-2026-04-14", "2026-04-14", who="fairbanks")
    b.enc("enc-pcp-2026-05-05", "2026-05-05", who="fairbanks")

    b.sreq("onox-order-2026-04-14", "2026-04-14", cpt("94762", "Noninvasive oximetry, continuous overnight monitoring"),
           status="completed", requester="fairbanks", text="Overnight pulse oximetry, room air")
    b.sreq("sleep-referral-2026-04-14", "2026-04-14", local("REF-SLEEP", "Referral to sleep medicine for PSG or home sleep apnea test"),
           status="revoked", requester="fairbanks",
           note="Cancelled 5/5/2026: patient declines sleep medicine evaluation and sleep testing.")

    b.note("pcp-2026-04-14", "2026-04-14", "Family medicine visit", """FAMILY MEDICINE   04/14/2026   Anita Fairbanks, MD
S: Walter, 72, here for BP follow-up. Wife sent a note: loud snoring, "he stops breathing and then
snorts", and he naps every afternoon. He feels tired, Epworth 12. Denies chest pain. Still drives
to the co-op daily, no drowsy driving episodes.
BP 148/88 on lisinopril 20 + amlodipine 5.
O: BMI 31.2, neck 17.5 in, crowded oropharynx.
A/P:
1. Suspected OSA with HTN. Discussed sleep medicine referral for in-lab PSG or a home sleep apnea
   test. He "won't sleep with all those wires" and does not want to drive 90 minutes to the sleep
   center. Compromise: overnight oximetry at home through Home Diagnostics to start; sleep referral
   placed in case he changes his mind.
2. HTN not at goal - may improve with OSA treatment; recheck 3 weeks.
""", "fairbanks", encounter="enc-pcp-2026-04-14")

    b.note("oximetry-report-2026-04-29", "2026-04-29", "Overnight oximetry report", """HOME DIAGNOSTICS - OVERNIGHT PULSE OXIMETRY REPORT
Patient: BRANDVOLD, WALTER E   DOB 12/01/1953
Recording night: 04/28/2026 - 04/29/2026, room air, at home.
Ordering: Anita Fairbanks, MD
Device: wrist-worn recording pulse oximeter with finger probe.
Channels recorded: (1) SpO2, (2) pulse rate.
No airflow, respiratory effort or sleep staging channels; sleep time is not measured
(analysis uses total recording time).

Recording time      7.1 h (22:41 - 05:47)
Mean SpO2           92%
Nadir SpO2          79%
Time SpO2 < 88%     42 min
ODI (>=4% drops)    19.6 /h  (139 events)
Pattern: cyclical "saw-tooth" desaturations clustered 01:00-04:30, consistent with sleep-disordered
breathing.

Comment: Oximetry alone cannot distinguish obstructive from central events and is not a diagnostic
sleep study. Correlate clinically; consider PSG or home sleep apnea testing.
Reviewed: Leonard Quist, RRT
""", "quist", loinc_type=PROCNOTE, time="11:00")

    b.note("pcp-2026-05-05", "2026-05-05", "Family medicine visit", """FAMILY MEDICINE   05/05/2026   Anita Fairbanks, MD
S: Follow-up of home sleep test. Still snoring, tired. BP at home 140s/80s.
O: BP 144/86.
Home sleep test (overnight oximetry 4/28): ODI 19.6/h, nadir 79%, 42 min < 88%. Saw-tooth pattern.
A/P:
1. OSA, moderate (ODI 19.6 ~ AHI), with HTN and daytime sleepiness. I believe he meets Medicare
   criteria for CPAP. Again offered sleep medicine / PSG / HST - declines ("just want the machine").
   Sleep referral cancelled at his request. Auto-CPAP 5-15 cm H2O ordered through DME.
2. HTN - add HCTZ? Will hold until CPAP started; recheck 6 weeks.
""", "fairbanks", encounter="enc-pcp-2026-05-05")

    b.devreq("cpap-order-2026-05-05", "2026-05-05", hcpcs("E0601"), "fairbanks",
             note="Auto-CPAP 5-15 cm H2O, heated humidifier, full face mask. Dx OSA per home sleep test (overnight oximetry).",
             reason=["G47.33", "I10"])

    c = case("bv-cpap-02", "bvp04.json", hcpcs("E0601"), ["G47.33", "I10"], "2026-05-19", "refer", POLICY,
             ["DocumentReference/oximetry-report-2026-04-29", "Observation/odi-2026-04-29",
              "DocumentReference/pcp-2026-05-05", "ServiceRequest/sleep-referral-2026-04-14"],
             note="Moderate OSA by home sleep test with HTN and sleepiness.",
             rationale="The only test is two-channel overnight oximetry (SpO2 and pulse rate), not an attended PSG "
                       "nor an HST of Type II/III or Type IV with >= 3 channels; other tests are expressly not "
                       "sufficient. The ODI is not an AHI/RDI. The patient declined qualifying testing and the "
                       "referral was cancelled, so nothing is pending.")
    return c, b


CASES = [cpap_01, cpap_02]
