"""NCD 240.4 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, CPT
from common import NOTE, rx, icd, case, svc_hcpcs
from pdflib import make_pdf, paginate

POLICY = "NCD 240.4"
SVC = svc_hcpcs("E0601", "Continuous positive airway pressure (CPAP) device")


def cpap01():
    c = Chart("brendan", "y03", "2026-01-27T09:14:55-05:00")
    S = c.site
    c.patient("y03", "Okonkwo-Hart", ["Reginald"], "male", "1958-05-11", "E1190274",
              address={"city": "Millbrook", "state": "PA", "postalCode": "16801"})
    c.organization("org-sb", "St. Brendan Regional Hospital")
    c.organization("org-sbsleep", "St. Brendan Sleep Disorders Center", "Sleep laboratory (AASM accredited)")
    c.practitioner("pr-whitfield", "Whitfield", ["Jane"], "MD", "Internal Medicine")
    c.practitioner("pr-varghese", "Varghese", ["Sunita"], "MD", "Sleep Medicine")
    c.practitioner("pr-marsh", "Marsh", ["Colin"], "RPSGT", "Polysomnographic Technologist")

    c.condition("cond-osa", [icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), (SNOMED, "78275009", "Obstructive sleep apnea syndrome")],
                "Obstructive sleep apnea, moderate", recorded="2026-01-20", asserter="Practitioner/pr-varghese")
    c.condition("cond-snore", [icd("R06.83", "Snoring")], "Snoring", recorded="2025-10-02", clinical="active")
    c.condition("cond-obes", [icd("E66.9", "Obesity, unspecified")], "Obesity", recorded="2025-10-02")
    c.condition("cond-bph", [icd("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")], "BPH",
                recorded="2021-05-14")
    c.condition("cond-psor", [icd("L40.0", "Psoriasis vulgaris")], "Psoriasis", recorded="2012-09-01")

    c.encounter("enc-pcp-1002", "2025-10-02T09:00:00-04:00", None, "AMB", "Office Visit", "Practitioner/pr-whitfield",
                org="Organization/org-sb")
    c.encounter("enc-sleep-1208", "2025-12-08T13:20:00-05:00", None, "AMB", "New Patient Consult", "Practitioner/pr-varghese",
                org="Organization/org-sbsleep")
    c.encounter("enc-psg-0106", "2026-01-06T21:00:00-05:00", "2026-01-07T06:05:00-05:00", "AMB",
                "Sleep Study - Attended PSG", "Practitioner/pr-marsh", org="Organization/org-sbsleep")
    c.encounter("enc-sleep-0120", "2026-01-20T10:40:00-05:00", None, "AMB", "Return Patient Visit", "Practitioner/pr-varghese",
                org="Organization/org-sbsleep")

    pcp = """OFFICE VISIT 10/02/2025 - J. Whitfield MD
Annual visit. Wife reports loud snoring for years and pauses in breathing at night; he wakes
unrefreshed, dozes off watching TV and once at a red light last month (no accident).
BP 128/78 (no hx HTN, no meds). BMI 33.4. Neck 17.5 in.
Psoriasis stable on topicals. BPH - no LUTS, no meds.
A/P: suspected OSA - refer Sleep Medicine. Counseled not to drive drowsy."""
    c.doc("doc-pcp-1002", "2025-10-02T09:55:00-04:00", NOTE["progress"][0], NOTE["progress"][1], pcp,
          author="Practitioner/pr-whitfield", encounter="Encounter/enc-pcp-1002")
    c.obs("bmi-2025-10-02", [(LOINC, "39156-5", "Body mass index (BMI) [Ratio]")], "BMI", "2025-10-02T09:05:00-04:00",
          ("q", 33.4, "kg/m2", "kg/m2"), category="vital-signs", encounter="Encounter/enc-pcp-1002")

    c.obs("ess-2025-12-08", [(S["flow"], "3040104", "Epworth Sleepiness Scale")], "Epworth Sleepiness Scale total",
          "2025-12-08T13:25:00-05:00", ("int", 13), category="survey", encounter="Encounter/enc-sleep-1208",
          components=[([(S["flow"], "ESS-%d" % i, q)], q, ("int", v)) for i, (q, v) in enumerate([
              ("Sitting and reading", 2), ("Watching TV", 3), ("Sitting inactive in public place", 1),
              ("Passenger in car for an hour", 2), ("Lying down in afternoon", 3), ("Sitting and talking", 0),
              ("Sitting quietly after lunch", 2), ("In a car stopped in traffic", 0)], start=1)])
    consult = """SLEEP MEDICINE CONSULTATION                  12/08/2025
Sunita Varghese, MD  |  Referred by: Jane Whitfield, MD

HPI: 67M with loud habitual snoring, witnessed apneas (wife), non-restorative sleep and daytime
sleepiness (ESS 13/24). Nocturia x1. Drowsy-driving near miss 9/2025. No cataplexy, no RLS
symptoms. Sleep 23:00-06:30 on weekdays. 2 cups coffee/day. EtOH 1-2 beers weekends.
Exam: BMI 33.2, neck 17.5 in, Mallampati IV, retrognathia mild, tonsils 1+. BP 126/80.
STOP-BANG 6/8.

Impression: high pretest probability of moderate-to-severe OSA.
Plan:
- Attended in-lab diagnostic polysomnography (CPT 95810). AASM scoring, hypopneas scored with
  the 4% desaturation rule (CMS) with 3% rule reported for reference.
- Drowsy driving counseling.
- Return after study to review results and treatment options.
S. Varghese, MD"""
    c.doc("doc-sleep-1208", "2025-12-08T14:30:00-05:00", NOTE["consult"][0], NOTE["consult"][1], consult,
          author="Practitioner/pr-varghese", encounter="Encounter/enc-sleep-1208")
    c.service_request("sr-psg", [(CPT, "95810", "Polysomnography, attended, 4 or more parameters")],
                      "Polysomnography - diagnostic, attended (in-lab)", "2025-12-08T14:28:00-05:00", status="completed",
                      requester="Practitioner/pr-varghese", reason="Suspected OSA", encounter="Encounter/enc-sleep-1208")

    # The PSG: original report had a transcription error (8.5), re-sent once by the interface,
    # then a corrected report (18.5). Event counts support the corrected value.
    comps = [
        ([(S["flow"], "PSG-TST", "Total sleep time")], "Total sleep time", ("q", 366, "min", "min")),
        ([(S["flow"], "PSG-EFF", "Sleep efficiency")], "Sleep efficiency", ("q", 81, "%", "%")),
        ([(S["flow"], "PSG-OA", "Obstructive apneas")], "Obstructive apneas", ("int", 38)),
        ([(S["flow"], "PSG-CA", "Central apneas")], "Central apneas", ("int", 4)),
        ([(S["flow"], "PSG-HYP4", "Hypopneas (>=4% desat)")], "Hypopneas (4%)", ("int", 71)),
        ([(S["flow"], "PSG-HYP3", "Hypopneas (>=3% desat or arousal)")], "Hypopneas (3% / arousal)", ("int", 109)),
        ([(S["flow"], "PSG-NADIR", "SpO2 nadir")], "SpO2 nadir", ("q", 81, "%", "%")),
    ]
    c.obs("psg-events-2026-01-06", [(S["flow"], "PSG-SUM", "PSG event summary")], "PSG summary",
          "2026-01-06T22:14:00-05:00", category="procedure", components=comps, encounter="Encounter/enc-psg-0106",
          performer="Practitioner/pr-marsh", issued="2026-01-08T16:02:00-05:00")
    c.obs("ahi-2026-01-06-orig", [(S["flow"], "PSG-AHI4", "Apnea-hypopnea index (4% rule)")], "AHI",
          "2026-01-06T22:14:00-05:00", ("q", 8.5, "/h", "/h"), category="procedure", issued="2026-01-08T16:02:00-05:00",
          identifier="PSG26-0041-AHI", performer="Practitioner/pr-varghese", encounter="Encounter/enc-psg-0106")
    c.obs("ahi-2026-01-06-orig-resend", [(S["flow"], "PSG-AHI4", "Apnea-hypopnea index (4% rule)")], "AHI",
          "2026-01-06T22:14:00-05:00", ("q", 8.5, "/h", "/h"), category="procedure", issued="2026-01-09T02:00:11-05:00",
          identifier="PSG26-0041-AHI", performer="Practitioner/pr-varghese", encounter="Encounter/enc-psg-0106",
          note="ORU re-transmission (interface replay 01/09/2026).")
    c.obs("ahi-2026-01-06-corr", [(S["flow"], "PSG-AHI4", "Apnea-hypopnea index (4% rule)")], "AHI",
          "2026-01-06T22:14:00-05:00", ("q", 18.5, "/h", "/h"), status="corrected", category="procedure",
          issued="2026-01-13T11:47:00-05:00", identifier="PSG26-0041-AHI", performer="Practitioner/pr-varghese",
          encounter="Encounter/enc-psg-0106",
          note="CORRECTED REPORT 01/13/2026: AHI previously reported as 8.5/h - transcription error. Event counts "
               "unchanged: 113 events (42 apneas + 71 hypopneas >=4%) over 6.1 h TST = 18.5/h.")
    c.obs("ahi3-2026-01-06", [(S["flow"], "PSG-AHI3", "Apnea-hypopnea index (3% / arousal rule)")], "AHI 3%",
          "2026-01-06T22:14:00-05:00", ("q", 24.7, "/h", "/h"), category="procedure", issued="2026-01-08T16:02:00-05:00",
          encounter="Encounter/enc-psg-0106", note="For reference only (AASM 1A).")

    orig_txt = """ST. BRENDAN SLEEP DISORDERS CENTER - DIAGNOSTIC POLYSOMNOGRAPHY REPORT
Study: 01/06/2026 (attended, in-lab, Type I)      Ordering/Interpreting: S. Varghese, MD
Technologist: C. Marsh, RPSGT
Recording: EEG, EOG, chin/leg EMG, ECG, nasal pressure, oronasal thermistor, thoracic and
abdominal RIP belts, SpO2, body position, snore microphone.
TIB 452 min, TST 366 min (6.1 h), sleep efficiency 81%.
Respiratory events: obstructive apneas 38, central apneas 4, hypopneas (>=4% desaturation) 71.
AHI (4% rule): 8.5/h.  Supine AHI 29.0/h, non-supine 10.2/h.  REM AHI 31.0/h.
SpO2 nadir 81%; time <88%: 14 min.
Impression: obstructive sleep apnea.
Electronically signed S. Varghese MD 01/08/2026 15:58"""
    c.report("rpt-psg-orig", [(CPT, "95810", "Polysomnography")], "Polysomnography report", "2026-01-06T22:14:00-05:00",
             status="final", results=["Observation/ahi-2026-01-06-orig", "Observation/psg-events-2026-01-06"],
             conclusion="OSA. AHI 8.5/h (4% rule).", performer="Practitioner/pr-varghese",
             issued="2026-01-08T16:02:00-05:00", category="OTH", presented=("text/plain", orig_txt),
             identifier="PSG26-0041")
    corr_txt = orig_txt.replace("AHI (4% rule): 8.5/h.", "AHI (4% rule): 18.5/h.   ** CORRECTED **").replace(
        "Impression: obstructive sleep apnea.",
        "Impression: MODERATE obstructive sleep apnea (AHI 18.5/h, 4% hypopnea rule).\n"
        "*** CORRECTED REPORT 01/13/2026: the AHI in the original report (8.5/h) was a transcription error.\n"
        "    Event counts and all other values unchanged (113 events / 6.1 h = 18.5/h). ***").replace(
        "Electronically signed S. Varghese MD 01/08/2026 15:58",
        "Electronically signed S. Varghese MD 01/08/2026 15:58\nCorrection signed S. Varghese MD 01/13/2026 11:45")
    c.report("rpt-psg-corr", [(CPT, "95810", "Polysomnography")], "Polysomnography report (CORRECTED)",
             "2026-01-06T22:14:00-05:00", status="corrected",
             results=["Observation/ahi-2026-01-06-corr", "Observation/psg-events-2026-01-06"],
             conclusion="Moderate OSA. AHI 18.5/h (4% rule). Corrected report.", performer="Practitioner/pr-varghese",
             issued="2026-01-13T11:47:00-05:00", category="OTH",
             presented=("application/pdf", make_pdf(paginate(corr_txt), font="Helvetica", title="PSG corrected"),
                        "PSG_2026-01-06_CORRECTED.pdf"), identifier="PSG26-0041")

    fu = """SLEEP MEDICINE FOLLOW-UP   01/20/2026   S. Varghese MD
Reviewed PSG 1/6/2026 with patient and wife. NOTE: corrected report 1/13 - AHI 18.5/h by the 4% hypopnea
rule (original printed 8.5 in error). Moderate OSA, worse supine and REM. Nadir 81%.
ESS 13. Drowsy driving history.
Discussed options: CPAP (first line), oral appliance, positional therapy, weight loss.
Patient prefers CPAP.
Plan: APAP 5-15 cm H2O, heated humidifier, full face mask fitting by DME. Order sent to
Keystone Home Respiratory. Follow-up 6-10 weeks with download to document benefit and use."""
    c.doc("doc-sleep-0120", "2026-01-20T11:30:00-05:00", NOTE["progress"][0], NOTE["progress"][1], fu,
          author="Practitioner/pr-varghese", encounter="Encounter/enc-sleep-0120")
    c.device_request("dr-cpap", [("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E0601", "CPAP device")],
                     "Auto-CPAP 5-15 cm H2O with heated humidifier", "2026-01-20T11:28:00-05:00",
                     requester="Practitioner/pr-varghese")
    c.med("med-clobetasol", [(S["med"], "RX-40418", "CLOBETASOL 0.05% OINT")], "clobetasol 0.05% ointment", "2024-03-01", dosage="apply bid to plaques prn")
    c.appointment("appt-fu", "2026-01-20T11:35:00-05:00", "2026-03-17T10:40:00-04:00", "booked",
                  "CPAP follow-up with download", "Practitioner/pr-varghese", "Sleep Medicine")

    cs = case("by-cpap-01", "patients/y03.json", SVC,
              [("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2026-01-27", "approve", POLICY,
              ["Observation/ahi-2026-01-06-corr", "DocumentReference/doc-sleep-1208"],
              rationale="Clinical evaluation, then an attended in-lab PSG ordered by the sleep physician; the corrected "
                        "report (AHI 18.5/h by the 4% rule, supported by event counts) replaces the mistyped 8.5 that "
                        "was also re-sent. Initial 12-week period.",
              note="New start CPAP - moderate OSA on in-lab PSG.")
    return cs, c


def cpap02():
    c = Chart("carver", "y04", "2026-08-04T13:40:02-05:00")
    S = c.site
    c.patient("y04", "Quill", ["Bernadette", "A."], "female", "1955-03-22", "CV2207731",
              address={"city": "Osceola Bend", "state": "IA", "postalCode": "50213"})
    c.organization("org-cv", "Carver Valley Medical Center")
    c.organization("org-dme", "Heartland Home Medical Supply", "DME supplier")
    c.practitioner("pr-achterberg", "Achterberg", ["Samuel"], "DO", "Family Medicine")
    c.practitioner("pr-rn4", "Dwyer", ["Kelly"], "RN", "Registered Nurse")

    c.condition("cond-htn4", [icd("I10", "Essential (primary) hypertension"), (ICD9, "401.9", "Unspecified essential hypertension")],
                "Hypertension", recorded="2014-06-11")
    c.condition("cond-osa4", [icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "OSA (per overnight oximetry)",
                recorded="2026-06-24", verification="provisional", asserter="Practitioner/pr-achterberg")
    c.condition("cond-claus", [(ICD10, "F40.240", "Claustrophobia")], "Claustrophobia", recorded="2019-04-02")
    c.condition("cond-cataract", [icd("H25.13", "Age-related nuclear cataract, bilateral")], "Cataracts", recorded="2023-01-12")

    c.encounter("enc-pcp-0603", "2026-06-03T09:20:00-05:00", None, "AMB", "Office Visit", "Practitioner/pr-achterberg",
                org="Organization/org-cv")
    c.encounter("enc-oxi-0610", "2026-06-10T21:00:00-05:00", "2026-06-11T07:00:00-05:00", "HH",
                "Home overnight oximetry", "Practitioner/pr-rn4", org="Organization/org-cv")
    c.encounter("enc-pcp-0624", "2026-06-24T15:00:00-05:00", None, "AMB", "Office Visit", "Practitioner/pr-achterberg",
                org="Organization/org-cv")

    v1 = """OFFICE VISIT 06/03/2026 - Samuel Achterberg, DO
71F here for BP f/u and fatigue. Husband says she snores "like a freight train" and stops breathing
at night. Tired in the afternoons, naps daily. ESS 11. BP 142/84 on lisinopril 20 + amlodipine 5.
STOP-BANG 5.
Discussed sleep testing. Patient declines in-lab polysomnography (claustrophobia - panic during MRI
2019, "I will not sleep in a hospital room hooked to wires"). Also declines a home sleep apnea test
after seeing the kit (nasal cannula + chest belt): "I won't wear that." Agrees to a fingertip
overnight pulse oximeter at home only.
Plan: overnight oximetry (clinic device, RN to set up). Continue BP meds."""
    c.doc("doc-pcp-0603", "2026-06-03T10:05:00-05:00", [(S["notetype"], "1", "Progress Notes")], "Progress Notes", v1,
          author="Practitioner/pr-achterberg", encounter="Encounter/enc-pcp-0603")
    c.service_request("sr-oxi", [(S["order"], "POX-ONT", "Overnight pulse oximetry, home")], "Overnight oximetry (home)",
                      "2026-06-03T10:01:00-05:00", status="completed", requester="Practitioner/pr-achterberg",
                      reason="Snoring, witnessed apneas; declined PSG and HSAT")
    c.service_request("sr-hsat", [(CPT, "95806", "Sleep study, unattended, simultaneous recording")],
                      "Home sleep apnea test", "2026-06-03T09:58:00-05:00", status="revoked",
                      requester="Practitioner/pr-achterberg", note="Cancelled - patient declined.")

    # interface mapped the oximeter's ODI into an 'AHI' result row
    c.obs("ahi-2026-06-10", [(S["flow"], "SLEEP-AHI", "Apnea-Hypopnea Index")], "AHI (home study)",
          "2026-06-10T22:30:00-05:00", ("q", 24.1, "/h", "/h"), category="procedure", encounter="Encounter/enc-oxi-0610",
          note="Imported from oximetry software export, source field 'ODI4'.", device="Overnight pulse oximeter (SpO2, pulse rate)")
    c.obs("spo2-nadir-2026-06-10", [(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")],
          "SpO2 nadir (overnight)", "2026-06-10T22:30:00-05:00", ("q", 79, "%", "%"), category="procedure",
          encounter="Encounter/enc-oxi-0610")
    oxi = """CARVER VALLEY MEDICAL CENTER - OVERNIGHT PULSE OXIMETRY REPORT
Patient: QUILL, BERNADETTE A   DOB 03/22/1955   MRN CV2207731
Study date: 06/10/2026 - 06/11/2026 (home, unattended)      Ordered by: S. Achterberg, DO
Device: wrist-worn pulse oximeter with finger sensor. Channels recorded: (1) SpO2, (2) pulse rate.
No airflow, no respiratory effort, no sleep staging.
Recording time: 7 h 12 min (artifact-free 6 h 40 min)
Mean SpO2 92%   Nadir 79%   Time SpO2 < 88%: 38 min (9.5%)
Oxygen desaturation index (>=4%): 24.1 events/h
Pulse rate: mean 68, range 54-101
Interpretation (S. Achterberg, DO): cyclical desaturation pattern suggestive of sleep-disordered
breathing. NOTE: overnight oximetry is a screening study and is not a diagnostic test for sleep
apnea; an ODI is not an AHI. Recommend HSAT or PSG if patient agrees."""
    c.doc("doc-oxi-report", "2026-06-12T08:30:00-05:00", [(S["notetype"], "RPT-POX", "Overnight Oximetry Report")],
          "Results - Overnight Oximetry", make_pdf(paginate(oxi), title="Overnight oximetry"), "application/pdf",
          author="Practitioner/pr-achterberg", encounter="Encounter/enc-oxi-0610")

    v2 = """OFFICE VISIT 06/24/2026 - Samuel Achterberg, DO
Reviewed overnight oximetry: ODI 24/h, nadir 79%, 38 min <88%. Consistent with at least moderate OSA
in my opinion.
Explained again that Medicare requires a sleep study (lab or home) for CPAP coverage. Patient again
declines both PSG and HSAT. She wants to try CPAP and understands she may have to self-pay.
BP 138/82.
Plan: CPAP auto 5-15 ordered to Heartland Home Medical. Mask desensitization tips given.
Dx: OSA (clinical + oximetry), HTN."""
    c.doc("doc-pcp-0624", "2026-06-24T15:45:00-05:00", [(S["notetype"], "1", "Progress Notes")], "Progress Notes", v2,
          author="Practitioner/pr-achterberg", encounter="Encounter/enc-pcp-0624")
    c.device_request("dr-cpap4", [("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E0601", "CPAP device")],
                     "Auto CPAP 5-15 cmH2O", "2026-06-24T15:40:00-05:00", requester="Practitioner/pr-achterberg")
    for i, (d, s, di) in enumerate([("2026-06-03T09:25:00-05:00", 142, 84), ("2026-06-24T15:05:00-05:00", 138, 82)]):
        c.obs("bp4-%d" % i, [(LOINC, "85354-9", "Blood pressure panel with all children optional")], "Blood pressure", d,
              category="vital-signs",
              components=[([(LOINC, "8480-6", "Systolic blood pressure")], None, ("q", s, "mm[Hg]", "mm[Hg]")),
                          ([(LOINC, "8462-4", "Diastolic blood pressure")], None, ("q", di, "mm[Hg]", "mm[Hg]"))])
    c.med("med-lisin4", rx("29046", "lisinopril"), "lisinopril 20 mg tablet", "2019-02-10", dosage="20 mg daily")
    c.med("med-amlo4", rx("17767", "amlodipine"), "amlodipine 5 mg tablet", "2021-08-30", dosage="5 mg daily")
    intake = """HEARTLAND HOME MEDICAL SUPPLY - CPAP INTAKE / PRIOR AUTH WORKSHEET   07/30/2026
Pt: Quill, Bernadette   Payer: Medicare Part B
Order: E0601 auto CPAP, heated humidifier, mask - ordering DO S. Achterberg 06/24/2026
Qualifying test on file: home study 06/10/2026, "AHI 24.1" (per EHR result feed)
Face-to-face: 06/03/2026, 06/24/2026
Submitted for review 08/04/2026."""
    c.doc("doc-dme-intake", "2026-07-30T11:00:00-05:00", [(S["notetype"], "OUT-CORR", "Outside correspondence")],
          "Outside Correspondence", intake, custodian="Organization/org-dme", description="DME intake worksheet (faxed)")
    # after the request: she later agreed to an HSAT -- not available on the request date
    c.encounter("enc-hsat-0826", "2026-08-26T21:30:00-05:00", "2026-08-27T06:15:00-05:00", "HH", "Home sleep apnea test",
                org="Organization/org-cv")
    c.obs("hsat-ahi-2026-08-26", [(S["flow"], "HSAT-AHI4", "HSAT AHI (4% rule)")], "HSAT AHI",
          "2026-08-26T22:40:00-05:00", ("q", 21.6, "/h", "/h"), category="procedure", encounter="Encounter/enc-hsat-0826",
          note="Type III HSAT (airflow, effort, SpO2, HR). Patient agreed after education visit 8/12.")

    cs = case("by-cpap-02", "patients/y04.json", SVC,
              [("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), ("I10", "Essential (primary) hypertension")],
              "2026-08-04", "refer", POLICY,
              ["DocumentReference/doc-oxi-report", "DocumentReference/doc-pcp-0624"],
              rationale="The only test before the request is two-channel overnight oximetry (an ODI filed by the "
                        "interface under an 'AHI' label); the patient declined PSG and HSAT, so no qualifying test "
                        "exists. The later HSAT is dated after the request.",
              note="CPAP for OSA, home study AHI 24.1, HTN.")
    return cs, c


CASES = [cpap01, cpap02]
