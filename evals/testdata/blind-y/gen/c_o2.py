"""NCD 240.2 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, CPT
from common import NOTE, rx, icd, case, svc_hcpcs
from pdflib import make_pdf, paginate

POLICY = "NCD 240.2"
SVC = svc_hcpcs("E1390", "Oxygen concentrator, single delivery port")


def o2_01():
    c = Chart("brendan", "y05", "2026-03-17T10:02:40-04:00")
    S = c.site
    c.patient("y05", "Farquhar", ["Wendell", "J"], "male", "1951-12-03", "E0833120",
              address={"city": "Tyrone Gap", "state": "PA", "postalCode": "16686"})
    c.organization("org-sb", "St. Brendan Regional Hospital")
    c.practitioner("pr-nwosu", "Nwosu", ["Adaeze"], "MD", "Internal Medicine")
    c.practitioner("pr-lindahl", "Lindahl", ["Peter"], "MD", "Vascular Surgery")
    c.practitioner("pr-rt5", "Castellanos", ["Mia"], "RRT", "Respiratory Therapist")
    c.practitioner("pr-pulm5", "Haugen", ["Ingrid"], "MD", "Pulmonology")

    c.condition("cond-copd5", [icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"),
                               (SNOMED, "13645005", "Chronic obstructive lung disease"), (ICD9, "496", "Chronic airway obstruction, NEC")],
                "COPD, moderate (GOLD 2)", recorded="2019-11-20")
    c.condition("cond-cli5", [icd("I70.221", "Atherosclerosis of native arteries of extremities with rest pain, right leg")],
                "PAD right leg with rest pain (chronic limb-threatening ischemia)", recorded="2026-02-19",
                asserter="Practitioner/pr-lindahl")
    c.condition("cond-tob5", [icd("Z87.891", "Personal history of nicotine dependence")], "Former smoker (quit 2021, 55 pk-yr)",
                recorded="2021-06-01")
    c.condition("cond-sob5", [icd("R06.02", "Shortness of breath")], "Dyspnea on exertion", recorded="2026-03-05",
                category="encounter-diagnosis", encounter="Encounter/enc-pcp-0305")

    c.encounter("enc-pft-0114", "2026-01-14T08:30:00-05:00", None, "AMB", "PFT Lab", "Practitioner/pr-rt5", org="Organization/org-sb")
    c.encounter("enc-vasc-0219", "2026-02-19T13:00:00-05:00", None, "AMB", "New Patient Consult", "Practitioner/pr-lindahl",
                org="Organization/org-sb")
    c.encounter("enc-pcp-0305", "2026-03-05T10:10:00-05:00", None, "AMB", "Office Visit", "Practitioner/pr-nwosu",
                org="Organization/org-sb")
    c.encounter("enc-rt-0309", "2026-03-09T08:00:00-04:00", None, "AMB", "Pulmonary Function / Blood Gas Lab",
                "Practitioner/pr-rt5", org="Organization/org-sb")
    c.encounter("enc-pcp-0312", "2026-03-12T15:30:00-04:00", None, "VR", "Telephone / Virtual", "Practitioner/pr-nwosu",
                org="Organization/org-sb")

    c.obs("pft-2026-01-14", [(S["flow"], "PFT-SPIRO", "Spirometry post-bronchodilator")], "Spirometry (post-BD)",
          "2026-01-14T08:50:00-05:00", category="procedure", encounter="Encounter/enc-pft-0114",
          components=[([(S["flow"], "FEV1", "FEV1")], "FEV1", ("q", 1.71, "L", "L")),
                      ([(S["flow"], "FEV1PP", "FEV1 % predicted")], "FEV1 %pred", ("q", 58, "%", "%")),
                      ([(S["flow"], "FEV1FVC", "FEV1/FVC")], "FEV1/FVC", ("q", 0.58, "{ratio}", "{ratio}")),
                      ([(S["flow"], "DLCO", "DLCO % predicted")], "DLCO %pred", ("q", 61, "%", "%"))])

    c.obs("spo2-toe-2026-02-19", [(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")], "SpO2",
          "2026-02-19T13:12:00-05:00", ("q", 86, "%", "%"), category="vital-signs", encounter="Encounter/enc-vasc-0219",
          body_site="Right great toe", method="Probe on toe - weak/poor plethysmographic waveform",
          interp="L")
    c.obs("spo2-finger-2026-02-19", [(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")], "SpO2",
          "2026-02-19T13:14:00-05:00", ("q", 95, "%", "%"), category="vital-signs", encounter="Encounter/enc-vasc-0219",
          body_site="Left index finger", components=[([(S["flow"], "O2DEV", "O2 Device")], "O2 device",
                                                     ("s", "Room air"))])
    c.obs("abi-2026-02-19", [(S["flow"], "VASC-ABI", "Ankle-brachial index")], "ABI", "2026-02-19T13:40:00-05:00",
          category="exam", encounter="Encounter/enc-vasc-0219",
          components=[([(S["flow"], "ABI-R", "ABI right")], "ABI right", ("q", 0.38, "{ratio}", "{ratio}")),
                      ([(S["flow"], "ABI-L", "ABI left")], "ABI left", ("q", 0.71, "{ratio}", "{ratio}"))])
    vasc = """VASCULAR SURGERY CONSULT   02/19/2026   Peter Lindahl, MD
74M, former smoker, COPD, referred for R foot pain at night x 6 weeks, relieved by dangling the leg.
Exam: R foot cool, dependent rubor, elevation pallor, toes dusky; no tissue loss. R DP/PT not
palpable, monophasic doppler signals. L DP faint.
Pulse ox probe on R great toe read 86% with a poor waveform; finger probe 95% on room air - the
toe reading reflects the ischemic foot, not systemic hypoxemia.
ABI R 0.38, L 0.71.
Impression: chronic limb-threatening ischemia R leg (rest pain, Rutherford 4).
Plan: CTA runoff, then angiogram with possible endovascular revascularization. No HF - start
cilostazol 100 mg bid. Continue statin/ASA."""
    c.doc("doc-vasc-0219", "2026-02-19T14:30:00-05:00", NOTE["consult"][0], NOTE["consult"][1], vasc,
          author="Practitioner/pr-lindahl", encounter="Encounter/enc-vasc-0219")

    pcp = """OFFICE VISIT 03/05/2026   A. Nwosu MD
74M COPD (FEV1 58%), new CLTI R leg (vascular f/u pending angio). Main complaint today: breathless
walking to the mailbox and up 1 flight; mMRC 2. No chest pain. No leg swelling.
Vascular note reports pulse ox 86% -> ?hypoxemic. Today finger SpO2 94% RA at rest.
Lungs: diminished, no wheeze. No edema. Heart RRR.
Plan: ABG on room air + 6-minute walk with oximetry (RT lab) to assess for home O2.
Tiotropium continue; albuterol prn."""
    c.doc("doc-pcp-0305", "2026-03-05T11:00:00-05:00", NOTE["progress"][0], NOTE["progress"][1], pcp,
          author="Practitioner/pr-nwosu", encounter="Encounter/enc-pcp-0305")
    c.obs("spo2-2026-03-05", [(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")], "SpO2",
          "2026-03-05T10:14:00-05:00", ("q", 94, "%", "%"), category="vital-signs", encounter="Encounter/enc-pcp-0305")

    # ABG reported by the hospital lab in kPa
    c.obs("abg-2026-03-09", [(S["lab"], "ABG-RA", "Blood gas, arterial")], "ABG - arterial (room air)",
          "2026-03-09T08:22:00-04:00", category="laboratory", performer="Practitioner/pr-rt5",
          encounter="Encounter/enc-rt-0309", issued="2026-03-09T08:41:00-04:00",
          note="Drawn R radial, patient seated at rest x 10 min, room air. Analyzer reports partial pressures in kPa.",
          components=[([(LOINC, "2744-1", "pH of Arterial blood")], "pH", ("q", 7.41, "[pH]", "[pH]")),
                      ([(LOINC, "2019-8", "Carbon dioxide [Partial pressure] in Arterial blood")], "pCO2",
                       ("q", 5.6, "kPa", "kPa")),
                      ([(LOINC, "2703-7", "Oxygen [Partial pressure] in Arterial blood")], "pO2",
                       ("q", 10.1, "kPa", "kPa")),
                      ([(LOINC, "2708-6", "Oxygen saturation in Arterial blood")], "sO2", ("q", 95.2, "%", "%")),
                      ([(LOINC, "3150-0", "Inhaled oxygen concentration")], "FiO2", ("q", 21, "%", "%"))])
    c.obs("6mwt-2026-03-09", [(S["flow"], "6MWT", "Six minute walk test")], "6-minute walk (room air)",
          "2026-03-09T09:05:00-04:00", category="procedure", performer="Practitioner/pr-rt5",
          encounter="Encounter/enc-rt-0309",
          components=[([(S["flow"], "6MWT-DIST", "Distance")], "Distance", ("q", 240, "m", "m")),
                      ([(S["flow"], "6MWT-SPO2-REST", "SpO2 at rest (RA)")], "SpO2 rest RA", ("q", 95, "%", "%")),
                      ([(S["flow"], "6MWT-SPO2-NADIR", "SpO2 nadir (RA)")], "SpO2 nadir RA", ("q", 91, "%", "%")),
                      ([(S["flow"], "6MWT-BORG", "Borg dyspnea")], "Borg dyspnea", ("int", 5)),
                      ([(S["flow"], "6MWT-STOP", "Stop reason")], "Stopped", ("s", "R calf/foot pain at 4 min 10 s"))],
          note="Walk stopped early for claudication; no desaturation to <=88% at any point on room air.")
    c.obs("hct-2026-03-09", [(LOINC, "4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count")],
          "Hematocrit", "2026-03-09T08:22:00-04:00", ("q", 0.44, "L/L", "L/L"), ref_range="0.40-0.52 L/L")
    c.obs("echo-pasp-2025-11", [(S["flow"], "ECHO-RVSP", "RV systolic pressure")], "RVSP (TTE)",
          "2025-11-04T09:00:00-05:00", ("q", 30, "mmHg", "mm[Hg]"), category="imaging",
          note="Normal RV size and function. No pulmonary hypertension.")

    tel = """VIRTUAL VISIT (phone) 03/12/2026   A. Nwosu MD
Results: ABG on room air at rest - pH 7.41, pCO2 5.6 kPa, pO2 10.1 kPa, sat 95%. 6MWT 240 m, sats
95% -> nadir 91% on RA, stopped for leg pain.
Patient still very breathless and anxious; wife asks for "oxygen at home to help him breathe".
He says the oxygen at his brother's house "made him feel better".
Plan: will order home O2 concentrator 2 L/min prn dyspnea - vascular clinic documented sat 86%.
Pulm referral (Dr. Haugen) for dyspnea out of proportion. Pulmonary rehab referral."""
    c.doc("doc-pcp-0312", "2026-03-12T15:52:00-04:00", NOTE["progress"][0], "Telephone Encounter", tel,
          author="Practitioner/pr-nwosu", encounter="Encounter/enc-pcp-0312")
    c.device_request("dr-o2", [("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E1390", "Oxygen concentrator")],
                     "Home oxygen concentrator 2 L/min via NC, prn dyspnea", "2026-03-12T15:50:00-04:00",
                     requester="Practitioner/pr-nwosu",
                     note="Qualifying: SpO2 86% (02/19/2026). Dx COPD, PAD.")
    for mid, code, name, dose, auth in [("med-tio5", "69120", "tiotropium", "2 inhalations daily", "2020-01-10"),
                                        ("med-alb5", "435", "albuterol", "2 puffs q4h prn", "2019-11-20"),
                                        ("med-cilo5", "21107", "cilostazol", "100 mg bid", "2026-02-19"),
                                        ("med-ator5", "83367", "atorvastatin", "40 mg daily", "2021-06-01"),
                                        ("med-asa5", "1191", "aspirin", "81 mg daily", "2021-06-01")]:
        c.med(mid, rx(code, name), name, auth, dosage=dose)
    # after request: pulmonology
    c.encounter("enc-pulm-0402", "2026-04-02T09:00:00-04:00", None, "AMB", "New Patient Consult", "Practitioner/pr-pulm5",
                org="Organization/org-sb")
    c.doc("doc-pulm-0402", "2026-04-02T10:10:00-04:00", NOTE["consult"][0], NOTE["consult"][1],
          "PULMONARY CONSULT 04/02/2026\nCOPD GOLD 2, dyspnea multifactorial (deconditioning, claudication-limited). "
          "Overnight oximetry ordered.", author="Practitioner/pr-pulm5", encounter="Encounter/enc-pulm-0402")

    cs = case("by-o2-01", "patients/y05.json", SVC,
              [("J44.9", "Chronic obstructive pulmonary disease, unspecified"), ("R06.02", "Shortness of breath")],
              "2026-03-17", "refer", POLICY,
              ["Observation/abg-2026-03-09", "Observation/6mwt-2026-03-09", "Observation/spo2-toe-2026-02-19"],
              rationale="The 86% reading was a toe probe on an ischemic foot (desaturation from peripheral vascular "
                        "disease); room-air ABG at rest (10.1 kPa, about 76 mmHg, sat 95%) and the walk test (nadir 91%) "
                        "do not show hypoxemia in any group. Breathlessness without hypoxemia.",
              note="Home O2 for COPD, sat 86%.")
    return cs, c


def o2_02():
    c = Chart("northlake", "y06", "2026-04-10T08:45:19-05:00")
    S = c.site
    c.patient("y06", "Beaudette", ["Lorraine", "M."], "female", "1956-10-17", "NL0193377",
              address={"city": "Port Ulao", "state": "WI", "postalCode": "53074"})
    c.organization("org-nl", "Northlake Health")
    c.practitioner("pr-hosp6", "Gutierrez", ["Marisol"], "MD", "Hospital Medicine")
    c.practitioner("pr-rn6", "Pfeiffer", ["Dana"], "RN", "Registered Nurse")
    c.practitioner("pr-rt6", "Kowal", ["Jerome"], "RRT", "Respiratory Therapist")
    c.practitioner("pr-pcp6", "Thorsen", ["Bjorn"], "MD", "Family Medicine")

    c.condition("cond-copd6", [icd("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
                               (SNOMED, "13645005", "Chronic obstructive lung disease")],
                "COPD with acute exacerbation", recorded="2026-04-02", category="encounter-diagnosis",
                encounter="Encounter/enc-adm-0402")
    c.condition("cond-pna6", [icd("J18.9", "Pneumonia, unspecified organism")], "Community-acquired pneumonia, RLL",
                recorded="2026-04-02", category="encounter-diagnosis", encounter="Encounter/enc-adm-0402",
                clinical="resolved", abatement="2026-04-09")
    c.condition("cond-hypox6", [icd("J96.01", "Acute respiratory failure with hypoxia")], "Acute hypoxic respiratory failure",
                recorded="2026-04-02", category="encounter-diagnosis", encounter="Encounter/enc-adm-0402")
    c.condition("cond-copdpl6", [icd("J44.9", "Chronic obstructive pulmonary disease, unspecified")], "COPD (GOLD 3)",
                recorded="2018-02-01")
    c.condition("cond-osteo6", [(ICD10, "M81.0", "Age-related osteoporosis without current pathological fracture")],
                "Osteoporosis", recorded="2022-07-15")

    c.encounter("enc-adm-0402", "2026-04-02T18:20:00-05:00", "2026-04-09T14:05:00-05:00", "IMP", "Inpatient Admission",
                "Practitioner/pr-hosp6", reason="COPD exacerbation, pneumonia", org="Organization/org-nl",
                hosp={"dischargeDisposition": {"text": "Home with home health and DME"}})

    c.obs("abg-2026-04-02", [(S["lab"], "ABG", "Arterial blood gas")], "ABG", "2026-04-02T19:05:00-05:00",
          encounter="Encounter/enc-adm-0402", note="On 4 L/min nasal cannula (ED).",
          components=[([(LOINC, "2744-1", "pH of Arterial blood")], "pH", ("q", 7.33, "[pH]", "[pH]")),
                      ([(LOINC, "2019-8", "Carbon dioxide [Partial pressure] in Arterial blood")], "pCO2",
                       ("q", 52, "mm[Hg]", "mm[Hg]")),
                      ([(LOINC, "2703-7", "Oxygen [Partial pressure] in Arterial blood")], "pO2",
                       ("q", 61, "mm[Hg]", "mm[Hg]")),
                      ([(LOINC, "3151-8", "Inhaled oxygen flow rate")], "O2 flow", ("q", 4, "L/min", "L/min"))])

    # flowsheet SpO2 rows: value + O2 device + flow as components
    rows = [
        ("2026-04-02T18:31:00-05:00", 84, "Room air", None, "ED triage"),
        ("2026-04-03T09:02:00-05:00", 85, "Room air", None, "Brief RA check by RN - placed back on 3 L"),
        ("2026-04-05T08:10:00-05:00", 92, "Nasal cannula", 3, None),
        ("2026-04-07T08:00:00-05:00", 94, "Nasal cannula", 2, None),
        ("2026-04-07T20:00:00-05:00", 93, "Nasal cannula", 2, None),
        ("2026-04-08T06:10:00-05:00", 87, None, None, None),
        ("2026-04-08T14:00:00-05:00", 94, "Nasal cannula", 2, None),
        ("2026-04-09T08:00:00-05:00", 93, "Nasal cannula", 2, None),
    ]
    for t, v, dev, flow, nt in rows:
        oid = "spo2-" + t[:10] + "-" + t[11:13] + t[14:16]
        comps = []
        if dev:
            comps.append(([(S["flow"], "301070", "O2 Device")], "O2 Device", ("s", dev)))
        else:
            comps.append(([(S["flow"], "301070", "O2 Device")], "O2 Device", None, ("unknown", "Unknown")))
        if flow is not None:
            comps.append(([(S["flow"], "250026", "O2 Flow Rate (L/min)")], "O2 Flow Rate",
                          ("q", flow, "L/min", "L/min")))
        else:
            comps.append(([(S["flow"], "250026", "O2 Flow Rate (L/min)")], "O2 Flow Rate", None,
                          ("unknown", "Unknown")))
        comps.append(([(S["flow"], "301071", "Patient Activity")], "Activity", ("s", "At rest")))
        c.obs(oid, [(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")], "SpO2", t,
              ("q", v, "%", "%"), category="vital-signs", encounter="Encounter/enc-adm-0402",
              performer="Practitioner/pr-rn6", components=comps, note=nt)
    c.obs("cxr-0402", [(LOINC, "18748-4", "Diagnostic imaging study")], "CXR 2 view", "2026-04-02T18:55:00-05:00",
          ("s", "RLL consolidation. Hyperinflation. No effusion."), category="imaging", encounter="Encounter/enc-adm-0402")

    dc = """<html><body>
<h3>DISCHARGE SUMMARY</h3>
<p><b>Admit:</b> 04/02/2026 &nbsp; <b>Discharge:</b> 04/09/2026 &nbsp; <b>Attending:</b> Marisol Gutierrez, MD</p>
<p><b>Principal dx:</b> Acute exacerbation of COPD with RLL community-acquired pneumonia; acute hypoxic respiratory failure (resolved to chronic O2 need).</p>
<p><b>Hospital course:</b> Presented with 4 days of worsening dyspnea and productive cough. SpO2 84% RA at triage, ABG on 4 L
7.33/52/61. Treated with nebs, prednisone 40 mg x5 d, ceftriaxone + azithromycin (completed). No NIV needed. Weaned to
2 L/min NC by 4/7. Ambulating in hall with PT by 4/8.</p>
<p><b>Home oxygen:</b> Home O2 qualification completed per RT. Patient qualifies for home oxygen &ndash; 2 L/min continuous via
concentrator; portable for ambulation. DME (Lakeview Medical Supply) delivered to home 4/9.</p>
<table border="1"><tr><th>Discharge vitals (04/09 08:00)</th></tr>
<tr><td>T 36.8 &nbsp; HR 84 &nbsp; BP 128/72 &nbsp; RR 18 &nbsp; SpO2 93% on 2 L NC</td></tr></table>
<p><b>Follow-up:</b> PCP Dr. Thorsen within 7 days; pulmonology 4-6 weeks; re-evaluate oxygen need at 90 days.</p>
<p><b>Discharge medications:</b> tiotropium/olodaterol daily, albuterol prn, prednisone taper complete, alendronate weekly.</p>
<p>e-signed M. Gutierrez MD 04/09/2026 15:22</p>
</body></html>"""
    c.doc("doc-dc-0409", "2026-04-09T15:22:00-05:00", NOTE["dc"][0], NOTE["dc"][1], dc, "text/html",
          author="Practitioner/pr-hosp6", encounter="Encounter/enc-adm-0402")
    prog = """HOSPITALIST PROGRESS NOTE  04/08/2026  M. Gutierrez MD
Day 7. Breathing better, cough less. Walked 150 ft with PT.
Vitals reviewed. Lungs with scattered rhonchi R base, improved.
A/P: AECOPD + CAP - abx complete. Steroid day 5/5. Will arrange home O2 - RT to do qualifying sats
(rest, room air) before discharge. Anticipate d/c tomorrow."""
    c.doc("doc-prog-0408", "2026-04-08T11:05:00-05:00", NOTE["progress"][0], NOTE["progress"][1], prog,
          author="Practitioner/pr-hosp6", encounter="Encounter/enc-adm-0402")
    c.service_request("sr-o2qual", [(S["order"], "RT-O2QUAL", "Home O2 qualification (RT)")],
                      "RT: home oxygen qualification - room air sats at rest and with ambulation",
                      "2026-04-08T11:02:00-05:00", status="completed", requester="Practitioner/pr-hosp6",
                      encounter="Encounter/enc-adm-0402", performer="Practitioner/pr-rt6",
                      note="Status set to completed by system at discharge (order auto-discontinue).")
    c.med("med-tio6", [(S["med"], "41235", "TIOTROPIUM-OLODATEROL 2.5-2.5 MCG/ACT INHALER")], "Stiolto Respimat",
          "2023-05-10", dosage="2 inhalations daily")
    c.med("med-pred6", rx("8640", "prednisone"), "prednisone 40 mg", "2026-04-04", status="completed",
          dosage="40 mg daily x 5 days", validity=("2026-04-04", "2026-04-08"), category="inpatient",
          encounter="Encounter/enc-adm-0402")
    c.device_request("dr-o2-6", [("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E1390", "Oxygen concentrator")],
                     "Home O2 2 L/min continuous via concentrator", "2026-04-09T10:40:00-05:00",
                     requester="Practitioner/pr-hosp6")
    # after the request
    c.encounter("enc-pcp-0415", "2026-04-15T10:00:00-05:00", None, "AMB", "Hospital Follow-up", "Practitioner/pr-pcp6",
                org="Organization/org-nl")
    c.doc("doc-pcp-0415", "2026-04-15T10:40:00-05:00", NOTE["progress"][0], NOTE["progress"][1],
          "HOSPITAL FOLLOW-UP 04/15/2026  B. Thorsen MD\nUsing home O2 2 L. SpO2 today 89% RA at rest after 10 min off O2.",
          author="Practitioner/pr-pcp6", encounter="Encounter/enc-pcp-0415")

    cs = case("by-o2-02", "patients/y06.json", SVC,
              [("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
               ("J96.01", "Acute respiratory failure with hypoxia")],
              "2026-04-10", "request_info", POLICY,
              ["Observation/spo2-2026-04-08-0610", "DocumentReference/doc-dc-0409"],
              missing=["room air|oxygen delivery|O2 device|supplemental oxygen|on oxygen|qualifying saturation|"
                       "qualifying test|SpO2|blood gas|ABG"],
              rationale="Inpatient: the qualifying test must fall within 2 days of discharge. The only reading in that "
                        "window low enough (87% on 04/08) has a blank O2-device/flow row, so whether it was on room "
                        "air is unknown; room-air values from 04/02-04/03 are outside the window and the summary gives "
                        "no numbers. The clinic value is dated after the request.",
              note="Home O2 after AECOPD admission; qualified per RT.")
    return cs, c


CASES = [o2_01, o2_02]
