"""NCD 240.4 (CPAP) cases: bj-cpap-01, bj-cpap-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, HCPCS, UCUM

ICDS = "http://hl7.org/fhir/sid/icd-10-cm"
LOC_FR = "http://frontrangesleep.example/fhir/CodeSystem/sleep-results"


def cpap_01():
    b = Bundle("pj03", "America/Denver", "https://fhir.frontrangesleep.example/api/r4")
    b.patient("Abernathy", ["Lorraine", "K."], "female", "1957-05-30", "Lakewood", "CO",
              "http://frontrangesleep.example/mrn", "FR-2210583", "303-555-0148")
    frsp = b.org("org-frsp", "Front Range Sleep & Pulmonary, PC", "Sleep medicine practice / IDTF")
    agfm = b.org("org-agfm", "Aspen Grove Family Medicine", "Primary care")
    dme = b.org("org-peak", "Peak Home Medical Supply", "DME supplier")
    tran = b.practitioner("pr-tran", "Tran", ["Vivian", "H."], "MD", "MD - Sleep Medicine (ABIM), Pulmonary", "1326071189")
    pcp = b.practitioner("pr-gallegos", "Gallegos", ["Ruben"], "DO", "DO - Family Medicine", "1588802377")
    rt = b.practitioner("pr-okafor-rt", "Okafor", ["Blessing"], "RRT", "Registered Respiratory Therapist (DME intake)")

    b.condition("cond-htn", "I10", "2016-09-20 10:00", text="Essential hypertension", asserter=pcp)
    b.condition("cond-hypothy", "E03.9", "2012-02-14 10:00", text="Hypothyroidism, on levothyroxine")
    b.condition("cond-obesity", "E66.9", "2025-11-18 10:05", text="Obesity")
    b.condition("cond-osa", "G47.33", "2026-01-12 16:20", text="Obstructive sleep apnea (HST 1/2026)", asserter=tran)

    b.obs("obs-bp-20251118", "2025-11-18 09:48", cc("Blood pressure panel", LOINC, "85354-9"),
          category="vital-signs", performer=pcp, components=[
              comp(cc("Systolic", LOINC, "8480-6"), qty(148, "mm[Hg]")),
              comp(cc("Diastolic", LOINC, "8462-4"), qty(88, "mm[Hg]"))],
          note="Repeat 144/86. On lisinopril 20 + amlodipine 5.")
    b.obs("obs-ess-20251209", "2025-12-09 14:10", cc("Epworth Sleepiness Scale total", LOC_FR, "ESS"),
          ("valueInteger", 13), category="survey", performer=tran)
    b.obs("obs-neck-20251209", "2025-12-09 14:12", cc("Neck circumference", LOC_FR, "NECK-CIRC"),
          qty(16, "[in_i]"), category="exam", performer=tran)
    b.obs("obs-psg-2017", "2017-03-22 06:00", cc("Apnea-hypopnea index (outside PSG, Tucson AZ)", LOC_FR, "AHI-EXT"),
          qty(2.8, "/h"), category="procedure",
          note="Outside record (Saguaro Sleep Lab, 03/2017): diagnostic PSG, primary snoring, no OSA. Weight then 71 kg.")
    hst = b.obs("obs-hst-20260107", "2026-01-07 06:30", cc("Home sleep test summary (Type III)", LOC_FR, "HST-SUM"),
                category="procedure", performer=frsp, device_text="NOX T3 home sleep apnea test (Type III)", components=[
                    comp(cc("Monitoring time", LOC_FR, "HST-MT"), qty(390, "min")),
                    comp(cc("Apneas (obstructive 37, central 4)", LOC_FR, "HST-AP"), qty(41, "{events}")),
                    comp(cc("Hypopneas, >=3% desaturation rule", LOC_FR, "HST-HY3"), qty(72, "{events}")),
                    comp(cc("REI (3%)", LOC_FR, "HST-REI3"), qty(17.4, "/h")),
                    comp(cc("ODI (3%)", LOC_FR, "HST-ODI3"), qty(18.1, "/h")),
                    comp(cc("SpO2 nadir", LOINC, "59408-5"), qty(81, "%")),
                    comp(cc("Time SpO2 < 88%", LOC_FR, "HST-T88"), qty(14, "min")),
                ])
    hst_text = """FRONT RANGE SLEEP & PULMONARY, PC  -  HOME SLEEP APNEA TEST REPORT
--------------------------------------------------------------------------
Patient: ABERNATHY, LORRAINE K      DOB 05/30/1957     MRN FR-2210583
Study date: 01/06/2026 - 01/07/2026 (night of)      Device: NOX T3 (Type III)
Ordering physician: Vivian H. Tran, MD              Scored by: J. Lindgren, RPSGT
Channels: nasal pressure airflow, thoracic + abdominal RIP effort, SpO2/pulse,
body position, snore (5 channels)
--------------------------------------------------------------------------
Recording start 22:41   Recording end 06:30   Total recording time 7 h 49 min
Monitoring time (artifact-free, lights out to up) ..... 6 h 30 min (390 min)

RESPIRATORY EVENTS
  Obstructive apneas ............ 37
  Central apneas ................  4
  Mixed apneas ..................  0
  Hypopneas ..................... 72
  REI (events / monitoring hr) .. 17.4 /h     supine 29.1 /h   non-supine 8.0 /h
  CMS (4%) hypopnea index ....... --
  ODI 3% ........................ 18.1 /h

OXIMETRY
  Baseline SpO2 94%   Mean 92%   Nadir 81%   Time < 88%: 14 min   Time < 90%: 31 min

SCORING: AASM Manual v3. Apnea >= 90% drop in flow >= 10 s. Hypopnea >= 30% drop in
nasal pressure >= 10 s with >= 3% oxygen desaturation (arousals cannot be scored on HST).

INTERPRETATION
Moderate obstructive sleep apnea, worse supine. No Cheyne-Stokes pattern. Mild
nocturnal hypoxemia. Recommend auto-PAP 5-15 cm H2O with heated humidification,
follow-up in clinic in 6-10 weeks.

Interpreting physician: Vivian H. Tran, MD, Diplomate ABIM Sleep Medicine
Signed 01/12/2026 16:05
"""
    b.report("dr-hst-20260107", "2026-01-07 06:30", cc("Home sleep apnea test", LOC_FR, "HSAT-RPT"),
             conclusion="Moderate OSA, REI 17.4/h (3% hypopnea rule), supine-predominant; nadir SpO2 81%.",
             results=[hst], performer=frsp, interpreter=tran, presented=hst_text, issued="2026-01-12 16:05",
             category_text="Sleep study")
    b.service_request("sr-hst-20251209", "2025-12-09 14:40", cc("Home sleep apnea test, Type III", LOC_FR, "HSAT"),
                      status="completed", requester=tran, reason="Suspected OSA: snoring, witnessed apneas, EDS, HTN")
    b.service_request("sr-apap-20260114", "2026-01-14 11:20",
                      cc("CPAP device (auto-titrating), heated humidifier, mask and supplies", HCPCS, "E0601",
                         "Continuous positive airway pressure (CPAP) device"),
                      requester=tran, performer=dme, reason="OSA",
                      note="APAP 5-15 cm H2O, EPR 2. Medium nasal pillows. Heated humidifier E0562.")
    b.medreq("mr-lisin", "2024-06-03 10:00", rx("lisinopril 20 MG Oral Tablet", "29046"), dosage="20 mg daily",
             requester=pcp)
    b.medreq("mr-amlo", "2025-02-11 10:00", rx("amlodipine 5 MG Oral Tablet", "17767"), dosage="5 mg daily",
             requester=pcp)

    pcpnote = """ASPEN GROVE FAMILY MEDICINE
Office Visit   11/18/2025   Ruben Gallegos, DO
Pt: Lorraine Abernathy   68 y.o. F

CHIEF COMPLAINT: "tired all the time", husband complains about snoring

HPI: Pt is a 68 y.o. female w/ HTN, hypothyroidism here for fatigue x 6-8 months. Husband
says she snores loudly and "stops breathing" at night; he has moved to the guest room. She
wakes with dry mouth and morning headaches 2-3x/wk. Nods off watching TV and once in church.
No drowsy-driving events. Gained ~15 lb since retiring in 2023. TSH last month 2.4 on current
levothyroxine dose.

ROS:
Constitutional: Positive for fatigue. Negative for fever and unexpected weight change.
HENT: Negative for congestion and sore throat.
Respiratory: Negative for cough and shortness of breath.
Cardiovascular: Negative for chest pain and leg swelling.
Gastrointestinal: Negative for abdominal pain.
Neurological: Positive for headaches. Negative for dizziness.
Psychiatric/Behavioral: Negative for depressed mood. The patient is not nervous/anxious.

Vitals: BP 148/88 (repeat 144/86)  P 78  Wt 88.5 kg  Ht 162 cm  BMI 33.7
Exam: crowded oropharynx, Mallampati IV. Neck thick. Heart RRR. Lungs CTA.

A/P:
1. Snoring with witnessed apneas, daytime sleepiness - suspect OSA. Refer Front Range Sleep.
2. HTN - above goal. Continue lisinopril 20 + amlodipine 5; recheck after sleep eval.
3. Hypothyroidism - TSH nl, continue levothyroxine 75 mcg.
"""
    b.doc("doc-pcp-20251118", "2025-11-18 10:05", "11506-3", "Office Visit - Family Medicine", pcp, pcpnote,
          custodian=agfm)

    consult = """<html><body>
<p><b>FRONT RANGE SLEEP &amp; PULMONARY</b><br/>New Patient Sleep Consultation &mdash; 12/09/2025<br/>
Vivian H. Tran, MD &nbsp;|&nbsp; Referring: Ruben Gallegos, DO</p>
<p><b>Dear Dr. Gallegos,</b> thank you for asking me to see Mrs. Abernathy, a 68-year-old woman with hypertension and
hypothyroidism, for suspected sleep apnea.</p>
<p><b>Sleep history:</b> bedtime 22:30, wake 06:30, sleep latency ~10 min, 2-3 awakenings (nocturia x1). Loud habitual snoring,
witnessed pauses per husband, occasional gasping arousals. Morning headaches. Drowsy in the afternoons; dozes when reading.
No cataplexy, no hypnagogic hallucinations, no RLS symptoms. No shift work. Caffeine 2 cups AM. Alcohol rare.</p>
<table border="1" cellpadding="2">
<tr><td>Epworth Sleepiness Scale</td><td>13 / 24</td></tr>
<tr><td>STOP-BANG</td><td>6 / 8 (snoring, tired, observed, pressure, age, neck)</td></tr>
<tr><td>Neck circumference</td><td>16 in</td></tr>
<tr><td>BMI</td><td>33.8</td></tr>
<tr><td>BP today</td><td>142/84</td></tr>
</table>
<p><b>Exam:</b> Mallampati IV, tonsils 1+, retrognathia mild, nasal septum midline. Lungs clear. No edema.</p>
<p><b>Impression:</b> High pre-test probability of moderate-severe OSA with hypersomnolence, in the setting of treated but
uncontrolled hypertension. No features of central apnea, hypoventilation or narcolepsy; no significant cardiopulmonary disease
that would preclude home testing.</p>
<p><b>Plan:</b> Type III home sleep apnea test (ordered today). Return to review results; if positive, start APAP.</p>
<p>Sincerely,<br/>Vivian H. Tran, MD</p></body></html>"""
    b.doc("doc-sleep-consult-20251209", "2025-12-09 15:02", "11488-4", "Sleep Medicine Consultation", tran,
          consult, ctype="text/html", custodian=frsp)

    tel = """FRSP - TELEPHONE ENCOUNTER
01/14/2026 11:12 AM   Vivian H. Tran, MD
Called pt with HST results (1/6-7/26): moderate OSA, REI 17.4, supine 29, nadir 81%.
Discussed options: PAP (preferred), positional therapy alone not adequate given overall
index, oral appliance as alternative. Pt agrees to PAP trial. Order sent to Peak Home
Medical for APAP 5-15 + heated humidifier, nasal pillows. F/u visit 31-90 days after
setup to review download and symptoms.
"""
    b.doc("doc-tel-20260114", "2026-01-14 11:18", "34748-4", "Telephone Encounter - results", tran, tel,
          custodian=frsp)

    dmeform = """PEAK HOME MEDICAL SUPPLY - PAP INTAKE / QUALIFICATION WORKSHEET        (fax received 01/20/2026)
================================================================================
Beneficiary: ABERNATHY, LORRAINE      Medicare: on file      DOB: 05/30/1957
Ordering MD: Tran, Vivian H.          NPI 1326071189
Item: E0601 APAP  /  E0562 humidifier  /  A7034 mask  /  supplies

Face-to-face eval date: 12/09/2025   [X] notes received
Sleep test: [ ] PSG   [X] HST   Type: III    Date: 01/06/2026
AHI / RDI: 17.4        Total sleep / monitoring time: 6.5 h
Hypopnea scoring:  [ ] 4%   [X] 3%   [ ] not stated
Qualifies (supplier review):  [X] >=15    [ ] 5-14 + symptoms/comorbid
Symptoms/comorbidities noted: HTN, EDS (ESS 13)

Setup/education: scheduled 01/28/2026 with B. Okafor RRT
Notes: __________________________________________________________
Reviewed by: B. Okafor, RRT  01/20/2026
"""
    b.doc("doc-dme-intake-20260120", "2026-01-20 15:40", "34109-9", "DME PAP Intake Worksheet (fax)", rt, dmeform,
          custodian=dme, description="Supplier worksheet received by fax")

    case = {
        "id": "bj-cpap-01", "patient": "patients/pj03.json",
        "request": {
            "service": {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"},
            "diagnoses": [{"system": ICDS, "code": "G47.33", "display": icd("G47.33")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-01-27",
            "note": "Initial 12-week APAP trial. Moderate OSA on HST, REI 17.4.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 240.4",
            "evidence": ["DiagnosticReport/dr-hst-20260107", "DocumentReference/doc-sleep-consult-20251209",
                         "Condition/cond-htn"],
            "missing": ["4%|4 percent|four percent|AHI4|rescore|rescored|hypopnea criteria|hypopnea scoring|hypopnea definition|desaturation criteria"],
            "rationale": "Clinical evaluation, Type III HST ordered/interpreted by the treating sleep physician, hypertension and EDS documented. The only index (REI 17.4) counts hypopneas at >=3% desaturation; NCD defines hypopnea with >=4% desaturation and no 4% index is reported. Ask for the 4% AHI/REI.",
        },
    }
    return case, b, "2026-01-27 08:00"


LOC_PC = "http://pacificcrestsleep.example/fhir/CodeSystem/local"


def cpap_02():
    b = Bundle("pj04", "America/Los_Angeles", "https://fhir.pacificcrestsleep.example/r4")
    b.patient("Calderon", ["Ernesto", "V."], "male", "1953-08-21", "Pasadena", "CA",
              "http://pacificcrestsleep.example/mrn", "PCS-0091447")
    pcs = b.org("org-pcs", "Pacific Crest Sleep Center", "Sleep center (AASM accredited)")
    mh = b.org("org-mhpc", "Mission Hills Primary Care", "Primary care")
    dme = b.org("org-sierra", "Sierra Respiratory Homecare", "DME supplier")
    md = b.practitioner("pr-whitfield", "Whitfield", ["Graham"], "MD", "MD - Sleep Medicine", "1841527703")
    pcp = b.practitioner("pr-nguyen", "Nguyen", ["Thao"], "MD", "MD - Internal Medicine", "1205983361")
    rt = b.practitioner("pr-castillo", "Castillo", ["Ana"], "RRT", "Registered Respiratory Therapist")

    b.condition("cond-osa", "G47.33", "2026-03-05 12:00", text="Obstructive sleep apnea, moderate", asserter=md)
    b.condition("cond-htn", "I10", "2011-04-01 09:00", text="Hypertension")
    b.condition("cond-dm", "E11.9", "2018-10-22 09:00", text="Type 2 diabetes mellitus")
    b.condition("cond-bph", "N40.0", "2020-01-15 09:00", text="BPH", note="Nocturia x2-3 attributed to BPH; on tamsulosin.")

    b.obs("obs-ess-20260210", "2026-02-10 08:55", cc("Epworth Sleepiness Scale", LOC_PC, "ESS"), ("valueInteger", 16),
          category="survey", performer=md)
    psg = b.obs("obs-psg-20260302", "2026-03-02 05:45", cc("Split-night PSG - diagnostic portion summary", LOC_PC, "PSG-DX"),
                category="procedure", performer=pcs, components=[
                    comp(cc("Total sleep time, diagnostic portion", LOC_PC, "PSG-TST-DX"), qty(144, "min")),
                    comp(cc("Apneas (obstructive 20, mixed 2)", LOC_PC, "PSG-AP"), qty(22, "{events}")),
                    comp(cc("Hypopneas with >=4% desaturation", LOC_PC, "PSG-HY4"), qty(16, "{events}")),
                    comp(cc("AHI (hypopnea >=4% desaturation)", LOC_PC, "PSG-AHI4"), qty(15.8, "/h")),
                    comp(cc("AHI (AASM 3% or arousal)", LOC_PC, "PSG-AHI3A"), qty(27.1, "/h")),
                    comp(cc("RDI", LOC_PC, "PSG-RDI"), qty(31.0, "/h")),
                    comp(cc("SpO2 nadir", LOINC, "59408-5"), qty(79, "%")),
                    comp(cc("Optimal CPAP pressure", LOC_PC, "PSG-OPT"), qty(10, "cm[H2O]")),
                ])
    psg_text = """PACIFIC CREST SLEEP CENTER                         ATTENDED POLYSOMNOGRAPHY - SPLIT NIGHT
Patient : CALDERON, ERNESTO V          DOB 08/21/1953        MRN PCS-0091447
Date    : 03/01/2026 - 03/02/2026      Referring / ordering : G. Whitfield, MD
Tech    : M. Aoki, RPSGT               Scoring: AASM v3; hypopneas ALSO scored with 4% rule (CMS)

DIAGNOSTIC PORTION  (lights out 22:18 - CPAP start 01:01)
  Time in bed .................... 163 min
  Total sleep time ............... 144 min   (2 h 24 min)   Sleep efficiency 88 %
  Obstructive apneas ............. 20        Mixed 2    Central 0
  Hypopneas (>=4% desat) ......... 16
  Hypopneas (>=3% desat/arousal) . 43
  AHI, 4% rule ................... 15.8 /h   (38 events / 2.4 h)
  AHI, 3%/arousal rule ........... 27.1 /h   (65 events / 2.4 h)
  RDI (incl. RERAs) .............. 31.0 /h
  SpO2 baseline 95 %, nadir 79 %, T<88% 9.5 min
  ECG: sinus rhythm, occasional PVCs

TITRATION PORTION (01:01 - 05:45)
  CPAP 5 -> 12 cm H2O. At 10 cm H2O (supine REM observed): AHI 1.8/h, no snoring,
  SpO2 nadir 92 %. Mask: medium nasal; mouth leak noted at 11-12 cm.

IMPRESSION
  1. Moderate obstructive sleep apnea (AHI 15.8/h by 4% criteria; 27.1/h by 3%/arousal).
  2. Effective CPAP 10 cm H2O. Consider chin strap or full-face mask if mouth leak.
Interpreted and signed: Graham Whitfield, MD (D-ABSM)   03/04/2026 17:20
"""
    b.report("dr-psg-20260302", "2026-03-02 05:45", cc("Polysomnography, split-night", LOC_PC, "PSG-SPLIT"),
             conclusion="Moderate OSA: AHI 15.8/h (4% hypopnea rule) over 144 min diagnostic sleep; CPAP 10 cm H2O effective.",
             results=[psg], performer=pcs, interpreter=md, presented=psg_text, issued="2026-03-04 17:20",
             category_text="Sleep study")
    b.service_request("sr-psg-20260210", "2026-02-10 09:30", cc("Attended polysomnography, split-night protocol", LOC_PC, "PSG"),
                      status="completed", requester=md, reason="Suspected OSA with EDS, HTN, T2DM")
    b.service_request("sr-cpap-20260305", "2026-03-05 12:10",
                      cc("CPAP 10 cm H2O with heated humidifier", HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"),
                      requester=md, performer=dme, reason="Moderate OSA", status="active")

    dl = b.obs("obs-cpap-dl-20260621", "2026-06-21 23:59", cc("CPAP adherence download (12-week trial)", LOC_PC, "PAP-DL"),
               category="therapy", performer=dme, device_text="ResMed AirSense 11 CPAP, SN 2318-44-0721",
               components=[
                   comp(cc("Download period", LOC_PC, "PAP-PER"), ("valueString", "03/30/2026 - 06/21/2026 (84 days)")),
                   comp(cc("Days used", LOC_PC, "PAP-DAYS"), ("valueString", "79 of 84")),
                   comp(cc("Days with usage >= 4 h", LOC_PC, "PAP-4H"), qty(85.7, "%")),
                   comp(cc("Average usage, days used", LOC_PC, "PAP-AVG"), qty(373, "min")),
                   comp(cc("Residual AHI (device)", LOC_PC, "PAP-RAHI"), qty(2.4, "/h")),
                   comp(cc("Median leak", LOC_PC, "PAP-LEAK"), qty(6.1, "L/min")),
                   comp(cc("Pressure", LOC_PC, "PAP-P"), qty(10, "cm[H2O]")),
               ], note="Cloud download (AirView) requested by Dr. Whitfield's office.")
    b.obs("obs-ess-20260623", "2026-06-23 10:15", cc("Epworth Sleepiness Scale", LOC_PC, "ESS"), ("valueInteger", 6),
          category="survey", performer=md)
    b.obs("obs-bp-20260623", "2026-06-23 10:05", cc("Blood pressure panel", LOINC, "85354-9"), category="vital-signs",
          performer=md, components=[comp(cc("Systolic", LOINC, "8480-6"), qty(128, "mm[Hg]")),
                                    comp(cc("Diastolic", LOINC, "8462-4"), qty(76, "mm[Hg]"))])

    consult = """PACIFIC CREST SLEEP CENTER - HISTORY AND PHYSICAL (NEW PATIENT)
Date: 02/10/2026 08:40        Provider: Graham Whitfield, MD
Referred by: Thao Nguyen, MD (Mission Hills Primary Care)

CC: daytime sleepiness, snoring

HPI: 72 yo M with HTN, T2DM (A1c 7.1), BPH. Wife reports loud snoring for years, pauses
in breathing "every night", gasping. He falls asleep in meetings at church, in the
recliner by 8 pm, and twice nodded off at red lights in the past 6 months (no accidents;
counseled today not to drive drowsy). Wakes unrefreshed. Nocturia 2-3x (on tamsulosin
per urology). No morning headaches.

ROS (14-point, negatives as documented):
 CONST: + fatigue; - fever, - weight loss
 EYES: - vision change
 ENT: - nasal obstruction, - epistaxis
 CV: - chest pain, - palpitations, - edema
 RESP: - cough, - wheeze, - dyspnea
 GI: - reflux, - dysphagia
 GU: + nocturia (BPH); - hematuria
 MSK: - joint pain
 NEURO: - weakness, - seizures, - cataplexy
 PSYCH: - depression, - anxiety
 HEME: - easy bruising
 ENDO: + diabetes (known)
 SKIN: - rash
 ALLERGY: - seasonal allergies

Meds: lisinopril 20, metformin 1000 BID, tamsulosin 0.4, atorvastatin 20.
Exam: BP 146/90, HR 74, BMI 31.9, neck 17.5 in. Mallampati III. Lungs clear. No edema.
ESS 16/24.

Assessment: High probability moderate-severe OSA with excessive daytime sleepiness,
drowsy driving, HTN and T2DM.
Plan: in-lab split-night PSG (drowsy driving + diabetes; prefer attended study).
"""
    b.doc("doc-hp-20260210", "2026-02-10 09:28", "34117-2", "Sleep Medicine H&P", md, consult, custodian=pcs)

    setup = """SIERRA RESPIRATORY HOMECARE - PAP SETUP NOTE
03/30/2026 14:00  Home visit. Ana Castillo, RRT
Device: ResMed AirSense 11, CPAP 10 cm H2O, ramp auto, EPR 2, heated humidifier (setting 4).
Mask: ResMed AirFit N30i medium (nasal cradle).
Patient and wife educated on assembly, cleaning, water chamber, mask fit, what to do with leaks,
modem/cloud data. Return demonstration satisfactory. Written instructions left.
Pt states he is "willing to give it a real try."
"""
    b.doc("doc-setup-20260330", "2026-03-30 15:10", "34746-8", "DME Setup / Education Note", rt, setup, custodian=dme)

    tel = """Telephone Encounter - Pacific Crest Sleep Center
04/09/2026 3:42 PM   Taken by: L. Ferris, MA   Routed to: Dr. Whitfield

Pt calling: "mask keeps blowing air in my eyes and my mouth is dry as a bone." Using it ~3 h/night
then takes it off. Says he is "thinking about giving the machine back."
Per Dr. Whitfield: change to full-face mask (AirFit F30 M), humidity up to 5, call DME today.
DME (Sierra) notified - full-face mask delivered 4/11 per DME fax.
[Addendum 04/24/2026 10:05 L. Ferris MA] Follow-up call: pt reports full-face mask "much
better", wearing all night most nights. No further complaints.
"""
    b.doc("doc-tel-20260409", "2026-04-09 15:42", "34748-4", "Telephone Encounter", md, tel, custodian=pcs)

    fu = """PACIFIC CREST SLEEP CENTER - FOLLOW-UP VISIT (PAP)
06/23/2026 10:00   Graham Whitfield, MD   (in person; day 85 of therapy)

S: On CPAP 10 since 3/30/26, full-face mask since 4/11. Wife reports snoring and pauses
gone. He "feels like a new man": no longer dozing in church or in the recliner, no drowsy
driving episodes since April. Nocturia down to 1x. Minor nasal dryness only.
Download 3/30-6/21/26: used 79/84 nights, >= 4 h on 85.7% of nights, avg 6 h 13 min on
nights used, residual AHI 2.4, leak acceptable.
ESS today 6 (was 16). BP 128/76 (was 146/90 at baseline).

A: Moderate OSA with clear clinical benefit from CPAP during the initial 12-week trial:
resolution of EDS and drowsy driving, objective adherence, controlled residual AHI.
P: Continue CPAP 10 cm H2O long term. Supplies per schedule. RTC 1 year or PRN.
Letter to DME and Dr. Nguyen.
"""
    b.doc("doc-fu-20260623", "2026-06-23 10:45", "11506-3", "Sleep Medicine Follow-up", md, fu, custodian=pcs)

    # after the request date
    b.obs("obs-cpap-dl-20260803", "2026-08-03 23:59", cc("CPAP adherence download", LOC_PC, "PAP-DL"),
          category="therapy", performer=dme, components=[
              comp(cc("Download period", LOC_PC, "PAP-PER"), ("valueString", "07/04/2026 - 08/02/2026 (30 days)")),
              comp(cc("Days with usage >= 4 h", LOC_PC, "PAP-4H"), qty(43.3, "%")),
              comp(cc("Average usage, days used", LOC_PC, "PAP-AVG"), qty(188, "min"))],
          note="Usage dropped while traveling (no distilled water on trip).")

    case = {
        "id": "bj-cpap-02", "patient": "patients/pj04.json",
        "request": {
            "service": {"system": HCPCS, "code": "E0601", "display": "Continuous positive airway pressure (CPAP) device"},
            "diagnoses": [{"system": ICDS, "code": "G47.33", "display": icd("G47.33")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-07-08",
            "note": "Continued CPAP coverage after the initial 12-week period (therapy start 03/30/2026).",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 240.4",
            "evidence": ["DiagnosticReport/dr-psg-20260302", "Observation/obs-cpap-dl-20260621",
                         "DocumentReference/doc-fu-20260623", "DocumentReference/doc-hp-20260210"],
            "missing": [],
            "rationale": "Initial qualification: clinical evaluation + attended PSG with AHI 15.8 (4% rule) over 144 min of sleep. Continued coverage: benefit during the 12-week trial documented (ESS 16->6, EDS resolved, adherence and residual AHI).",
        },
    }
    return case, b, "2026-07-08 08:00"
