from fhirlib import *

POLICY = "NCD 240.2"

SPO2 = loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")


def o2_01():
    b = Bundle("bvp05", "Marchetti", ["Eugene", "A"], "male", "1947-04-09", "PG-2093377", address_city="Vining")
    b.prac("haddad", "Haddad", ["Farida"], ["Dr."], "MD, Pulmonary Disease")
    b.prac("olayinka", "Olayinka", ["Tess"], [], "RN, Pulmonary Clinic")
    b.prac("engstrom", "Engstrom", ["Ruth"], ["Dr."], "MD, Family Medicine")
    b.prac("okafor", "Okafor", ["Samuel"], ["Dr."], "MD, Cardiovascular Disease")

    b.cond("copd", "J44.9", "2014-06-17", recorder="engstrom", note="GOLD 3 (FEV1 38% 8/2025).")
    b.cond("hthd-hf", "I11.0", "2023-03-08", recorder="okafor")
    b.cond("hfpef", "I50.32", "2023-03-08", recorder="okafor", note="HFpEF, LVEF 60%.")
    b.cond("chronic-hypox", "J96.11", "2026-01-20", recorder="haddad")
    b.cond("ex-smoker", "Z87.891", "2014-06-17", recorder="engstrom", note="50 pack-years, quit 2014.")
    b.cond("bph", "N40.0", "2018-02-01", recorder="engstrom")

    b.obs("fev1-2025-08-12", "2025-08-12", local("PFT-FEV1PP", "FEV1 percent predicted (post-bronchodilator)"),
          value=38, unit="%", category="procedure", note="FEV1/FVC 0.41.")
    b.obs("lvef-2025-06-10", "2025-06-10", loinc("10230-1", "Left ventricular Ejection fraction"), value=60,
          unit="%", category="imaging", method="Transthoracic echocardiography")
    b.obs("pasp-2025-06-10", "2025-06-10", local("ECHO-PASP", "Pulmonary artery systolic pressure (echo estimate)"),
          string="Not estimated - inadequate tricuspid regurgitation jet", category="imaging")
    b.obs("spo2-2025-10-14", "2025-10-14", SPO2, value=91, unit="%", category="vital-signs",
          note="Room air, at rest.", performer="engstrom")
    b.obs("spo2-rest-2026-01-20", "2026-01-20", SPO2, text="SpO2 at rest, room air (home O2 evaluation)",
          value=89, unit="%", category="vital-signs", performer="olayinka", time="10:05",
          note="Seated at rest 10 minutes, breathing room air, good pleth waveform. Ordered and reviewed by Dr. Haddad.",
          components=[{"code": {"text": "Oxygen delivery"}, "valueString": "room air"},
                      {"code": {"text": "Activity"}, "valueString": "at rest, seated"}])
    b.obs("spo2-walk-2026-01-20", "2026-01-20", SPO2, text="SpO2 during ambulation, room air",
          value=86, unit="%", category="vital-signs", performer="olayinka", time="10:15",
          note="Hall walk 3 minutes on room air. Test on supplemental oxygen not performed.",
          components=[{"code": {"text": "Oxygen delivery"}, "valueString": "room air"},
                      {"code": {"text": "Activity"}, "valueString": "walking"}])
    b.obs("edema-2026-01-20", "2026-01-20", local("EXAM-EDEMA", "Peripheral edema (exam)"),
          string="2+ pitting edema, bilateral lower legs to mid-shin", category="exam", performer="haddad",
          time="10:30")
    b.obs("bnp-2026-01-20", "2026-01-20", loinc("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma"),
          value=412, unit="pg/mL", category="laboratory", time="11:10")
    b.obs("hct-2026-01-20", "2026-01-20", loinc("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count"),
          value=50.8, unit="%", category="laboratory", time="11:10")
    b.obs("weight-2026-01-20", "2026-01-20", loinc("29463-7", "Body weight"), value=88.6, unit="kg",
          category="vital-signs")
    b.bp("bp-2026-01-20", "2026-01-20", 138, 78)

    b.med("tiotropium", "2016-03-02", "69120", "tiotropium", "2 inhalations once daily", requester="engstrom")
    b.med("albuterol", "2014-06-17", "435", "albuterol", "2 puffs every 4-6 hours as needed", requester="engstrom")
    b.med("furosemide-40", "2026-01-20", "4603", "furosemide", "40 mg by mouth daily (increased from 20 mg)",
          requester="haddad")
    b.med("furosemide-20", "2023-03-08", "4603", "furosemide", "20 mg by mouth daily", status="stopped",
          reason_stopped="Dose increased 1/20/2026", requester="okafor")
    b.med("lisinopril", "2019-07-15", "29046", "lisinopril", "10 mg by mouth daily", requester="okafor")

    b.enc("enc-pcp-2025-10-14", "2025-10-14", who="engstrom")
    b.enc("enc-pulm-2026-01-20", "2026-01-20", type_text="Pulmonary clinic visit", who="haddad")

    b.note("echo-2025-06-10", "2025-06-10", "Transthoracic echocardiogram report", """ECHO REPORT 06/10/2025   MARCHETTI, EUGENE
LV normal size, concentric remodeling, LVEF 60%. Grade II diastolic dysfunction (E/e' 16).
RV normal size and function. Tricuspid regurgitation trace - jet inadequate for RVSP estimate.
IVC 1.9 cm, <50% collapse.
Impression: HFpEF physiology. Pulmonary pressures could not be estimated.
Samuel Okafor, MD
""", "okafor", loinc_type=IMAGING)

    b.note("pcp-2025-10-14", "2025-10-14", "Family medicine visit", """FAMILY MEDICINE 10/14/2025
COPD stable, 1 exacerbation last winter. Walks to mailbox, rests once. SpO2 91% RA at rest.
No leg swelling. Lungs: diminished, no wheeze. Flu vaccine today. RSV vaccine given 2024.
Plan: continue tiotropium; pulmonary f/u January.
Ruth Engstrom, MD
""", "engstrom", encounter="enc-pcp-2025-10-14")

    b.note("pulm-2026-01-20", "2026-01-20", "Pulmonary clinic note", html("Pulmonary clinic note", """<h2>Pulmonary Clinic &ndash; Follow-up</h2>
<p><b>Date:</b> 01/20/2026 &nbsp; <b>Physician:</b> Farida Haddad, MD</p>
<p><b>HPI:</b> 78-year-old man with GOLD 3 COPD (FEV1 38%) and HFpEF. Over the last 3 weeks: more breathless, now
stops halfway to the mailbox, sleeps on 2 pillows, ankles and shins swollen by evening. Weight up 3 kg. No fever,
no change in sputum. Has never used home oxygen.</p>
<p><b>Exam:</b> BP 138/78, HR 88, RR 20. JVP 9 cm. Bibasilar crackles, diminished breath sounds.
<b>2+ pitting edema of both lower legs to mid-shin.</b></p>
<p><b>Oxygen evaluation today</b> (performed by clinic RN at my order, results reviewed by me):</p>
<ul>
<li>At rest, seated 10 minutes, room air: <b>SpO2 89%</b></li>
<li>Walking 3 minutes, room air: SpO2 86% &ndash; no repeat on oxygen (clinic oxygen cart unavailable).</li>
</ul>
<p><b>Labs today:</b> BNP 412 pg/mL, Hct 50.8%.</p>
<h3>Assessment / Plan</h3>
<ol>
<li>Chronic hypoxemic respiratory failure due to COPD with volume overload from HFpEF. He qualifies for home oxygen
&ndash; desaturation to 86% with exertion. Stationary concentrator 2 L/min continuous, including sleep and
exertion.</li>
<li>HFpEF with dependent edema &ndash; furosemide increased to 40 mg daily; BMP 1 week; message to Dr. Okafor.</li>
<li>COPD &ndash; continue tiotropium; pulmonary rehab referral once euvolemic.</li>
</ol>
<p>Return 4 weeks.</p>"""), "haddad", loinc_type=PROGRESS, ctype="text/html", encounter="enc-pulm-2026-01-20")

    b.devreq("o2-order-2026-01-20", "2026-01-20", hcpcs("E1390"), "haddad",
             note="Oxygen concentrator, 2 L/min via nasal cannula, continuous. Length of need 12 months.",
             reason=["J96.11", "J44.9", "I50.32"])

    # after request
    b.obs("spo2-2026-02-17", "2026-02-17", SPO2, value=92, unit="%", category="vital-signs",
          note="Room air at rest, after diuresis.")
    b.note("pulm-2026-02-17", "2026-02-17", "Pulmonary clinic note", """PULMONARY FOLLOW-UP 02/17/2026
Down 3.5 kg on furosemide 40. Trace ankle edema only. RA SpO2 at rest 92% today. Uses O2 at night
and with walking. Continue; re-evaluate need at 3 months.
Farida Haddad, MD
""", "haddad")

    c = case("bv-o2-01", "bvp05.json", hcpcs("E1390"), ["J96.11", "J44.9", "I50.32"], "2026-01-27",
             "approve", POLICY,
             ["Observation/spo2-rest-2026-01-20", "Observation/edema-2026-01-20",
              "DocumentReference/pulm-2026-01-20"],
             note="Home O2 concentrator, COPD with hypoxemia.",
             rationale="Resting room-air SpO2 of 89% is above the Group I limit, so Group I rest fails and the "
                       "walking test lacks the on-oxygen improvement the exercise route needs. Group II applies: "
                       "89% with dependent edema suggesting heart failure (2+ pitting, HFpEF, BNP 412). Test "
                       "ordered and evaluated by the treating physician at the time of need. Hct and the echo are "
                       "non-qualifying distractors; the February 92% reading is after the request.")
    return c, b


def o2_02():
    b = Bundle("bvp06", "Pettibone", ["Joan", "L"], "female", "1954-09-30", "PG-7781550", address_city="Larkin Falls")
    b.prac("siddiqui", "Siddiqui", ["Ahmed"], ["Dr."], "MD, Hospital Medicine")
    b.prac("castro", "Castro", ["Elena"], ["Dr."], "MD, Emergency Medicine")
    b.prac("haddad", "Haddad", ["Farida"], ["Dr."], "MD, Pulmonary Disease")

    b.cond("copd", "J44.9", "2016-11-02", recorder="haddad")
    b.cond("copd-exac", "J44.1", "2026-02-28", recorder="castro", clinical="resolved")
    b.cond("arf-hypox", "J96.01", "2026-02-28", recorder="castro", clinical="resolved")
    b.cond("htn", "I10", "2010-03-15")
    b.cond("ex-smoker", "Z87.891", "2016-11-02", note="Quit 2019, 45 pack-years.")

    b.enc("inpatient-2026-02-28", "2026-02-28", end="2026-03-06", cls="IMP", type_text="Inpatient admission",
          who="siddiqui", reason="COPD exacerbation with acute hypoxemic respiratory failure")

    b.obs("abg-2026-02-28", "2026-02-28", loinc("2703-7", "Oxygen [Partial pressure] in Arterial blood"),
          text="PaO2 (ABG, room air)", value=51, unit="mm[Hg]", category="laboratory", time="19:42",
          note="ED, breathing room air on arrival. pH 7.36, PaCO2 48, SaO2 86%. Northfork General Hospital clinical laboratory.")
    b.obs("spo2-2026-03-03", "2026-03-03", SPO2, value=94, unit="%", category="vital-signs", time="08:00",
          components=[{"code": {"coding": [loinc("3151-8", "Inhaled oxygen flow rate")]},
                       "valueQuantity": {"value": 3, "unit": "L/min", "system": UCUM, "code": "L/min"}}])
    b.obs("spo2-2026-03-05", "2026-03-05", SPO2, value=93, unit="%", category="vital-signs", time="08:00",
          note="At rest.",
          components=[{"code": {"coding": [loinc("3151-8", "Inhaled oxygen flow rate")]},
                       "valueQuantity": {"value": 2, "unit": "L/min", "system": UCUM, "code": "L/min"}}])
    b.obs("spo2-2026-03-06", "2026-03-06", SPO2, value=94, unit="%", category="vital-signs", time="07:45",
          components=[{"code": {"coding": [loinc("3151-8", "Inhaled oxygen flow rate")]},
                       "valueQuantity": {"value": 2, "unit": "L/min", "system": UCUM, "code": "L/min"}}])

    b.med("prednisone", "2026-03-01", "8640", "prednisone", "40 mg by mouth daily x 5 days", status="completed",
          start="2026-03-01", end="2026-03-05", requester="siddiqui")
    b.med("azithromycin", "2026-02-28", "18631", "azithromycin", "500 mg daily x 3 days", status="completed",
          start="2026-02-28", end="2026-03-02", requester="siddiqui")
    b.med("tiotropium", "2017-01-10", "69120", "tiotropium", "2 inhalations once daily", requester="haddad")
    b.med("albuterol", "2016-11-02", "435", "albuterol", "2 puffs every 4-6 hours as needed", requester="haddad")
    b.med("amlodipine", "2012-05-01", "17767", "amlodipine", "5 mg by mouth daily")

    b.note("ed-2026-02-28", "2026-02-28", "Emergency department note", """EMERGENCY DEPARTMENT   02/28/2026 19:20   Elena Castro, MD
71F COPD, 4 days of increased dyspnea and purulent sputum. RR 28, SpO2 85% RA on arrival.
ABG on room air: 7.36/48/51, SaO2 86%.
CXR: hyperinflation, no consolidation. Nebs x3, methylprednisolone 125 mg IV, azithromycin.
Placed on 3 L NC -> SpO2 92%. Admit to medicine.
""", "castro", loinc_type=NOTE, time="21:30", encounter="inpatient-2026-02-28")

    b.note("progress-2026-03-05", "2026-03-05", "Hospital medicine progress note", """HOSPITAL DAY 6   03/05/2026   Ahmed Siddiqui, MD
Breathing better, ambulating in hall with PT on 2 L. Unable to wean below 2 L overnight per nursing.
SpO2 93% on 2 L at rest.
Plan: anticipate discharge tomorrow. RT to perform home O2 qualification today. Case management for
DME. Finish prednisone today.
""", "siddiqui", encounter="inpatient-2026-02-28")

    b.note("discharge-2026-03-06", "2026-03-06", "Discharge summary", """DISCHARGE SUMMARY
Patient: Joan L Pettibone    Admit 02/28/2026    Discharge 03/06/2026
Attending: Ahmed Siddiqui, MD

Principal diagnosis: COPD with acute exacerbation.
Secondary: acute hypoxemic respiratory failure, resolved to chronic O2 need; HTN.

Hospital course: Presented with 4 days of worsening dyspnea; room-air ABG in the ED 7.36/48/51.
Treated with scheduled bronchodilators, prednisone 40 mg x 5 days, azithromycin x 3 days.
Oxygen weaned from 3 L to 2 L NC; could not be weaned to room air. Home oxygen qualification was
completed by respiratory therapy on 3/5/2026 and the patient meets criteria for home oxygen - see
RT documentation. Ambulated with PT independently.

Discharge condition: stable. SpO2 94% on 2 L.
Discharge equipment: home oxygen concentrator 2 L/min continuous via NC; portable tanks per DME.
Follow-up: Dr. Haddad (pulmonary) in 2 weeks; PCP in 1 week.
Medications: tiotropium, albuterol PRN, amlodipine 5 mg.
""", "siddiqui", loinc_type=DISCHARGE, time="13:10", encounter="inpatient-2026-02-28")

    b.devreq("o2-order-2026-03-06", "2026-03-06", hcpcs("E1390"), "siddiqui",
             note="Oxygen concentrator 2 L/min continuous. Qualifying test: see RT home O2 evaluation 3/5/2026. Length of need 99.",
             reason=["J44.9", "J96.01"])

    # after request
    b.obs("spo2-2026-03-20", "2026-03-20", SPO2, value=87, unit="%", category="vital-signs",
          note="Room air, at rest 5 min, pulmonary clinic.")
    b.note("pulm-2026-03-20", "2026-03-20", "Pulmonary clinic note", """PULMONARY FOLLOW-UP 03/20/2026   Farida Haddad, MD
Post-hospital visit. Using O2 2 L continuously. Off O2 at rest x5 min: SpO2 87% RA. Back on 2 L: 93%.
Continue home oxygen. Pulmonary rehab referral.
""", "haddad")

    c = case("bv-o2-02", "bvp06.json", hcpcs("E1390"), ["J44.9", "J96.01"], "2026-03-09", "request_info", POLICY,
             ["DocumentReference/discharge-2026-03-06", "Observation/abg-2026-02-28",
              "DocumentReference/progress-2026-03-05"],
             missing=["oxygen saturation|saturation|SpO2|room air|qualifying test|qualification test|"
                      "qualification results|oximetry|blood gas|ABG|PaO2|RT documentation|RT evaluation|"
                      "respiratory therapy|home oxygen evaluation|home O2 evaluation"],
             note="Home O2 after COPD admission, discharged on 2 L.",
             rationale="Inpatient origin: the qualifying test must fall within 2 days of discharge. The only "
                       "room-air value in the packet is the admission ABG six days before discharge; the RT "
                       "qualification of 3/5 is referred to but its result (room-air value, setting) is not in "
                       "the record. On-oxygen saturations do not qualify. The 3/20 clinic value is after the request.")
    return c, b


CASES = [o2_01, o2_02]
