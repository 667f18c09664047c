"""NCD 240.2 cases (home oxygen, HCPCS E1390 / E1392)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, HCPCS

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
E1390 = {"system": HCPCS, "code": "E1390", "display": "Oxygen concentrator, single delivery port"}


def o201():
    c = Chart("pi05", "TN", "https://fhir.wtrh.example/r4")
    RT = "http://fhir.wtrh.example/CodeSystem/rt-flowsheet"
    c.patient("Hutchins", ["Earl", "Wayne"], "male", "1948-08-30", "Jackson", "38305", "WT-551208",
              "88 Old Hickory Blvd", "731-555-0110")
    hosp = c.prac("pr-whitfield", "Whitfield", ["Thomas"], "Dr.", "MD", ["Hospital Medicine"])
    pcp = c.prac("pr-morrow", "Morrow", ["Angela"], "Dr.", "MD", ["Family Medicine"])
    rt = c.prac("pr-blevins", "Blevins", ["Kim"], None, "RRT", ["Respiratory Therapist"])
    pulm = c.prac("pr-haddad", "Haddad", ["Omar"], "Dr.", "MD", ["Pulmonary Disease"])
    org = c.org("org-wtrh", "West Tennessee Regional Hospital", "Jackson", "Hospital")
    dme = c.org("org-volunteer", "Volunteer Home Oxygen & Medical", "Jackson", "Durable medical equipment supplier")
    enc = c.enc("enc-ip-0201", "IMP", "Inpatient admission - pneumonia", "2026-02-01 14:02", "2026-02-06 15:30", hosp, org,
                reason="Community-acquired pneumonia with COPD, acute hypoxic respiratory failure")

    c.cond("cond-5501", "J18.9", "Pneumonia, unspecified organism", "2026-02-01 15:10", clinical="resolved",
           category="encounter-diagnosis", recorder=hosp, note="RLL CAP.")
    c.cond("cond-5502", "J44.0", "Chronic obstructive pulmonary disease with (acute) lower respiratory infection",
           "2026-02-01 15:10", category="encounter-diagnosis", recorder=hosp)
    c.cond("cond-5503", "J96.01", "Acute respiratory failure with hypoxia", "2026-02-01 15:12", clinical="resolved",
           abatement="2026-02-05 10:00", category="encounter-diagnosis", recorder=hosp, note="Weaned to room air 02/05.")
    c.cond("cond-5504", "I10", "Essential (primary) hypertension", "2011-06-30 09:00")

    abg = c.obs("obs-pao2-0201", loinc("2703-7", "Oxygen [Partial pressure] in Arterial blood"), "2026-02-01 14:20",
                value=52, unit="mm[Hg]", category="laboratory", encounter=enc,
                note="Room air. pH 7.44, PaCO2 38, SaO2 87%. Drawn in ED on arrival.")
    c.obs("obs-hct-0202", loinc("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count"), "2026-02-02 05:30",
          value=44, unit="%", category="laboratory", encounter=enc)
    c.obs("obs-rvsp-0203", local(RT.replace("rt-flowsheet", "echo"), "RVSP", "Right ventricular systolic pressure (echo)"),
          "2026-02-03 11:00", value=32, unit="mm[Hg]", category="imaging", encounter=enc)
    c.report("dr-echo-0203", loinc("34552-0", "2D echocardiogram panel"), "2026-02-03 11:00", issued="2026-02-03 16:40",
             category="CUS", cat_display="Cardiac Ultrasound", results=["Observation/obs-rvsp-0203"],
             conclusion="Normal LV size and function, LVEF 60%. Normal RV size and function (TAPSE 21 mm). RVSP 32 mmHg. "
                        "No evidence of pulmonary hypertension or cor pulmonale.")
    rest = c.obs("obs-spo2-0205", loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-02-05 10:15",
                 value=93, unit="%", category="vital-signs", performer=rt, encounter=enc, method="At rest, room air x 20 min")
    amb = c.obs("obs-spo2amb-0206", local(RT, "AMB-O2-NADIR", "Ambulatory oximetry - lowest SpO2 on room air",
                                          "Home O2 qualification walk - nadir SpO2, room air"), "2026-02-06 09:40",
                value=91, unit="%", category="activity", performer=rt, encounter=enc,
                note="Ambulated 320 ft on room air, nadir 91%, HR 104, Borg 4. Did not qualify for home O2 (RT).")
    c.obs("obs-spo2-0208", loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-02-08 11:20",
          value=87, unit="%", category="vital-signs", performer=dme,
          note="Measured in patient's home by supplier technician during concentrator set-up, 'at rest after walking to door'.")
    c.obs("obs-spo2-0211", loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-02-11 10:05",
          value=92, unit="%", category="vital-signs", performer=pcp, method="Seated, room air")
    c.medreq("mr-tio", rx("69120", "tiotropium", "tiotropium 18 MCG Inhalation Capsule"), "2019-10-02 09:00", dosage="1 cap inhaled daily")
    c.medreq("mr-alb", rx("435", "albuterol", "albuterol 90 MCG/ACTUAT Metered Dose Inhaler"), "2019-10-02 09:00",
             dosage="2 puffs q4h PRN")
    c.devreq("devr-o2-0206", cc(("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E1390", "Oxygen concentrator")),
             "2026-02-06 12:45", requester=hosp, performer="Organization/org-volunteer",
             note="Home O2 2 L/min NC continuous, with sleep and exertion. Length of need 12 months. Qualifying: ABG 02/01/2026 PaO2 52 on RA.")

    hp = """WEST TENNESSEE REGIONAL HOSPITAL - HISTORY AND PHYSICAL
ADMIT DATE: 02/01/2026   ATTENDING: THOMAS WHITFIELD, MD
PATIENT: HUTCHINS, EARL WAYNE   77 YO M

CC: SOB, COUGH, FEVER X 3 DAYS

HPI: 77 YO M WITH COPD (FEV1 54% PRED 2024), FORMER SMOKER 45 PK-YR (QUIT 2012), HTN, PRESENTS
WITH 3 DAYS PRODUCTIVE COUGH (GREEN SPUTUM), FEVER TO 101.8, PLEURITIC R CHEST PAIN AND
WORSENING DYSPNEA. NOT ON HOME O2. BASELINE: WALKS TO MAILBOX, MOWS WITH RIDING MOWER.
IN ED SPO2 84% RA -> 94% ON 3 L NC. ABG ON RA: 7.44/38/52, SAO2 87%.
CXR: RLL CONSOLIDATION.

ROS: + FEVER, CHILLS, COUGH, DOE, PLEURITIC CP. NEG FOR HEMOPTYSIS, LEG SWELLING, ORTHOPNEA.

EXAM: T 38.4 HR 108 BP 132/76 RR 26 SPO2 94% 3L
LUNGS: COARSE CRACKLES RLL, DIFFUSE EXPIRATORY WHEEZE. CV: TACHY REG. EXT: NO EDEMA.

A/P:
1. CAP RLL WITH ACUTE HYPOXIC RESPIRATORY FAILURE - CEFTRIAXONE + AZITHROMYCIN, O2 TO KEEP
   SAT 88-92, INCENTIVE SPIROMETRY.
2. COPD WITH ACUTE LRI - DUONEBS Q4H, PREDNISONE 40 MG X 5 D.
3. HTN - CONTINUE HOME MEDS.
DVT PPX: ENOXAPARIN. CODE: FULL.
"""
    c.doc("doc-hp-0201", "34117-2", "History and Physical", "2026-02-01 18:30", hosp, hp, custodian=org, encounter=enc)

    rtnote = """RESPIRATORY THERAPY - HOME OXYGEN QUALIFICATION ASSESSMENT
Date/Time: 02/06/2026 09:40        Therapist: Kim Blevins, RRT
Order: Ambulatory oximetry for home O2 evaluation (Dr. Whitfield)

Resting, room air (off O2 since 02/05 08:00):   SpO2 93%   HR 88
Ambulation on room air, 320 ft, steady pace:    SpO2 lowest 91%   HR 104   Borg dyspnea 4/10
Recovery 2 min:                                 SpO2 93%

Result: Patient does NOT meet criteria for home oxygen at rest or with exertion on room air.
No O2 titration performed (not indicated). Pt and daughter informed; daughter concerned about
him going home "without a tank". Physician notified.
"""
    c.doc("doc-rt-0206", "11506-3", "Respiratory Therapy Assessment", "2026-02-06 10:05", rt, rtnote, custodian=org, encounter=enc)

    ds = """DISCHARGE SUMMARY
West Tennessee Regional Hospital     Admit 02/01/2026   Discharge 02/06/2026
Attending: Thomas Whitfield, MD

Discharge diagnoses: RLL community-acquired pneumonia; COPD with acute lower respiratory infection;
acute hypoxic respiratory failure - resolved; HTN.

Course: Treated with ceftriaxone/azithromycin (transitioned to cefpodoxime to complete 7 days) and
5 days prednisone. O2 weaned off 02/05 AM; on room air since with resting sats 92-94%. TTE 02/03:
normal biventricular function, RVSP 32, no pulmonary hypertension.
Home O2: ambulatory oximetry this morning nadir 91% on RA per RT. Patient still gets winded walking
to the bathroom and he and his daughter are very anxious about going home without oxygen. Given
his qualifying ABG on admission (PaO2 52 on RA, 02/01), will order home O2 2 L NC with sleep and
exertion; reassess at PCP follow-up.

Discharge meds: cefpodoxime 200 mg BID x 2 days; tiotropium; albuterol PRN; home O2 2 L.
Follow-up: PCP Dr. Morrow in 5 days; pulmonology (Dr. Haddad) 2-3 weeks.
Condition: stable, ambulating independently.

T. Whitfield, MD   02/06/2026 14:55
"""
    c.doc("doc-ds-0206", "18842-5", "Discharge Summary", "2026-02-06 14:55", hosp, ds, custodian=org, encounter=enc)

    dmenote = """VOLUNTEER HOME OXYGEN & MEDICAL - SET-UP / INTAKE
Date: 02/08/2026 11:20      Tech: R. Pruitt (delivery technician)
Equipment delivered: stationary concentrator (E1390) 5 L, 50 ft tubing, NC. Portable not ordered.
Qualifying test on file: ABG 02/01/2026 PaO2 52 mmHg RA (hospital).
Home check: SpO2 87% RA at rest after walking to door; 95% on 2 L.
Education: fire safety, no smoking, tubing trip hazards. CMN sent to Dr. Morrow for signature.
"""
    c.doc("doc-dme-0208", "11506-3", "Supplier Set-up Note", "2026-02-08 12:00", dme, dmenote, custodian=dme,
          description="DME intake/set-up note (received by fax)")

    pcpnote = """Jackson Family Practice - Post-hospital follow-up
02/11/2026   Angela Morrow, MD

S: Seen 5 days after discharge for RLL pneumonia. Cough improving, no fever. Still "winded" going
from the bedroom to the kitchen but better each day. Using the oxygen "when I get short of breath"
and at night. Daughter present.
O: T 98.1  HR 86  BP 128/74  RR 18  SpO2 92% RA seated; 90% after walking hallway ~100 ft (MA).
Lungs: scattered rhonchi RLL, improved. No edema.
A/P:
1. CAP - resolving. CXR in 6 weeks.
2. COPD - continue tiotropium; pulmonary rehab referral.
3. Home O2 - DME CMN received listing admission ABG as qualifying test; signed. Will let
   pulmonology reassess need at 2-3 wk visit; overnight oximetry ordered by pulm.
"""
    c.doc("doc-pcp-0211", "11506-3", "Post-hospital Follow-up", "2026-02-11 11:10", pcp, pcpnote, custodian=org)

    pulmnote = """PULMONARY CLINIC - NEW PATIENT   02/24/2026   Omar Haddad, MD
COPD GOLD 2 (FEV1 54%), recent CAP. Overnight oximetry (IDTF) 02/20-21/2026 on room air: time SpO2
<= 88% 48 min, nadir 82%; awake resting SpO2 93%. Recommend nocturnal O2 2 L; no exertional
requirement (6MWT today on RA: nadir 90%, 340 m).
"""
    c.doc("doc-pulm-0224", "11488-4", "Pulmonary Consultation", "2026-02-24 15:30", pulm, pulmnote, custodian=org)

    case = {
        "id": "bi-o2-01", "patient": "patients/pi05.json",
        "request": {"service": E1390,
                    "diagnoses": [{"system": ICD, "code": "J44.0", "display": "Chronic obstructive pulmonary disease with (acute) lower respiratory infection"},
                                  {"system": ICD, "code": "J18.9", "display": "Pneumonia, unspecified organism"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-12",
                    "note": "Home oxygen after hospitalization. Qualifying ABG PaO2 52 mmHg on room air."},
        "gold": {"recommendation": "refer", "policy": "NCD 240.2",
                 "evidence": [abg, rest, amb, "DocumentReference/doc-ds-0206"],
                 "missing": [],
                 "rationale": "Oxygen ordered at hospital discharge, so the qualifying test must be within 2 days of discharge. "
                              "The only qualifying value (PaO2 52, 02/01) is 5 days before discharge; tests in the window show "
                              "SpO2 93% at rest and nadir 91% with ambulation on room air (RT: does not qualify). Supplier home "
                              "reading (87%) is not from a qualified provider; PCP reading 92%. No cor pulmonale. Overnight oximetry "
                              "is after the request. Hypoxemia at the time of need is documented as not met."},
    }
    return case, c


def o202():
    c = Chart("pi06", "PA", "https://fhir.alleghenyridge.example/r4")
    L = "http://fhir.alleghenyridge.example/CodeSystem/obs"
    c.patient("Thornbury", ["Margaret", "A."], "female", "1950-03-03", "Altoona", "16602", "ARP-309118",
              "412 Walton Ave", "814-555-0176")
    pulm = c.prac("pr-greaves", "Greaves", ["Nathan"], "Dr.", "MD", ["Pulmonary Disease", "Critical Care Medicine"])
    pcp = c.prac("pr-kapinski", "Kapinski", ["Lisa"], "Dr.", "DO", ["Family Medicine"])
    card = c.prac("pr-adeyemi", "Adeyemi", ["Samuel"], "Dr.", "MD", ["Cardiovascular Disease", "Echocardiography"])
    org = c.org("org-arp", "Allegheny Ridge Pulmonary Associates", "Altoona", "Pulmonology practice")
    hosp = c.org("org-bvh", "Blair Valley Hospital", "Altoona", "Hospital (CLIA-certified laboratory)")
    keystone = c.org("org-keystone", "Keystone Home Respiratory", "Altoona", "Durable medical equipment supplier")

    c.cond("cond-6601", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2018-04-11 10:00", recorder=pulm)
    c.cond("cond-6602", "I27.23", "Pulmonary hypertension due to lung diseases and hypoxia", "2026-10-14 11:30", recorder=pulm,
           note="Echo 09/30/2026 RVSP ~57 mmHg, RV dilated, TAPSE 14 mm.")
    c.cond("cond-6603", "R60.0", "Localized edema", "2026-10-14 11:30", recorder=pulm, note="Bilateral ankle, 1+ pitting.")
    c.cond("cond-6604", "I10", "Essential (primary) hypertension", "2009-02-17 09:00")

    c.obs("obs-pao2-2024", loinc("2703-7", "Oxygen [Partial pressure] in Arterial blood"), "2024-05-20 10:30", value=62,
          unit="mm[Hg]", category="laboratory", note="Room air, at rest.")
    c.obs("obs-fev1-0311", local(L, "PFT-FEV1PP", "FEV1 % predicted (post-bronchodilator)"), "2026-03-11 09:30", value=38,
          unit="%", category="procedure", performer=pulm, note="Post-BD FEV1 0.82 L (38% pred), FEV1/FVC 0.46.")
    rvsp = c.obs("obs-rvsp-0930", local(L, "ECHO-RVSP", "RV systolic pressure (echo estimate)"), "2026-09-30 13:20", value=57,
                 unit="mm[Hg]", category="imaging", performer=card)
    echo = c.report("dr-echo-0930", loinc("34552-0", "2D echocardiogram panel"), "2026-09-30 13:20", issued="2026-09-30 17:05",
                    category="CUS", cat_display="Cardiac Ultrasound", interpreter=card, results=[rvsp],
                    conclusion="Normal LV size, LVEF 60-65%. RV moderately dilated with mildly reduced function (TAPSE 14 mm). "
                               "Systolic septal flattening. TR Vmax 3.5 m/s, RAP 8 mmHg, estimated RVSP 57 mmHg. "
                               "Impression: moderate pulmonary hypertension.")
    c.obs("obs-spo2-1002", loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-10-02 10:10", value=94,
          unit="%", category="vital-signs", performer=pcp, note="On 2 L/min nasal cannula (patient's own borrowed concentrator).")
    spo2 = c.obs("obs-spo2-1014", loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-10-14 10:25",
                 value=89, unit="%", category="vital-signs", performer=pulm, method="Seated at rest 10 min, room air, finger probe (Masimo)")
    pao2 = c.obs("obs-pao2-1014", loinc("2703-7", "Oxygen [Partial pressure] in Arterial blood"), "2026-10-14 11:50", value=7.6,
                 unit="kPa", category="laboratory", performer="Organization/org-bvh", issued="2026-10-14 16:05",
                 note="Room air, at rest. Reported in SI units.")
    c.obs("obs-paco2-1014", loinc("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood"), "2026-10-14 11:50", value=6.1,
          unit="kPa", category="laboratory", performer="Organization/org-bvh", issued="2026-10-14 16:05")
    c.report("dr-abg-1014", loinc("24336-0", "Gas panel - Arterial blood"), "2026-10-14 11:50", issued="2026-10-14 16:05",
             category="LAB", cat_display="Laboratory", performer="Organization/org-bvh",
             results=["Observation/obs-pao2-1014", "Observation/obs-paco2-1014"],
             conclusion="Arterial blood gas, room air: pH 7.39, PaCO2 6.1 kPa, PaO2 7.6 kPa, HCO3 27 mmol/L, SaO2 89.6%.")
    c.medreq("mr-tiool", medtext("tiotropium 2.5 MCG / olodaterol 2.5 MCG per actuation inhalation spray (Stiolto Respimat)"),
             "2022-01-20 09:00", requester=pulm, dosage="2 inhalations once daily")
    c.medreq("mr-furo", rx("4603", "furosemide", "furosemide 20 MG Oral Tablet"), "2026-10-14 11:40", requester=pulm,
             dosage="20 mg daily")
    c.devreq("devr-o2-1022", cc(("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E1390", "Oxygen concentrator")),
             "2026-10-22 09:00", requester=pulm, performer=keystone, note="2 L/min via NC, continuous. Group II.")

    echotxt = """BLAIR VALLEY HOSPITAL - ECHOCARDIOGRAPHY LABORATORY
TRANSTHORACIC ECHOCARDIOGRAM REPORT
Patient: THORNBURY, MARGARET A    DOB 03/03/1950    Study: 09/30/2026 13:20
Referring: L. Kapinski, DO       Reading: Samuel Adeyemi, MD
Indication: dyspnea, edema
-------------------------------------------------------------------------
LV: normal size, LVEF 60-65% (biplane), no RWMA. Grade I diastolic dysfunction.
RV: moderately dilated (basal 4.6 cm), mildly reduced systolic function, TAPSE 14 mm, S' 8 cm/s.
    Systolic flattening of the interventricular septum.
RA: moderately enlarged.  IVC 2.2 cm, < 50% collapse -> RAP 8 mmHg.
TR: mild-moderate, Vmax 3.5 m/s, peak gradient 49 mmHg. Estimated RVSP 57 mmHg.
Valves: aortic sclerosis without stenosis; trace MR.
-------------------------------------------------------------------------
CONCLUSION: Moderate pulmonary hypertension (RVSP ~57 mmHg) with RV dilation and mildly reduced
RV function. Preserved LV function. Consider right heart catheterization if clinically indicated.
"""
    c.doc("doc-echo-0930", "18748-4", "Echocardiogram Report", "2026-09-30 17:05", card, echotxt, custodian=hosp)

    pcpnote = """Kapinski Family Medicine - Office Visit 10/02/2026   Lisa Kapinski, DO
Margaret is here with her son. Increasing shortness of breath over the summer, now stops to rest
walking from the parking lot. Ankles swell by evening. A neighbor lent her his late wife's oxygen
concentrator and she has been using it "at 2" at night and when she feels bad.
Vitals: BP 136/80, HR 92, SpO2 94% - on her borrowed 2 L (she came in wearing it; declined to take
it off - anxious). Wt 151 lb (up 5 lb).
Echo 9/30: moderate pulmonary HTN, RV dilated.
A/P: COPD with likely PH/cor pulmonale; explained she should not use someone else's equipment and
needs a proper oxygen evaluation. Urgent pulmonology referral (Dr. Greaves). 
"""
    c.doc("doc-pcp-1002", "11506-3", "Office Visit", "2026-10-02 11:00", pcp, pcpnote, custodian=org)

    pulmtxt = """ALLEGHENY RIDGE PULMONARY ASSOCIATES - CONSULTATION
Date of service: 10/14/2026          Physician: Nathan Greaves, MD
Referring: Lisa Kapinski, DO

HPI: 76-year-old woman with COPD (GOLD 3, post-BD FEV1 38% predicted 03/2026), former smoker
(50 pack-years, quit 2016), HTN, referred for worsening dyspnea (mMRC 3), fatigue and evening
ankle swelling over 6 months. Echo 09/30/2026 shows moderate pulmonary hypertension (RVSP ~57 mmHg)
with RV dilation. She has been using a borrowed concentrator; instructed to stop - she left it off
since 10/12. No exacerbations this year. No orthopnea. Denies chest pain or syncope.

EXAM: BP 134/78, HR 90, RR 20, afebrile.
Resting oximetry by clinic RN after 10 minutes seated on room air: eighty-nine percent (89%),
HR 90; on 2 L NC 95%.
Decreased breath sounds, prolonged expiration, no crackles. JVP ~10 cm. Loud P2. 1+ pitting edema
both ankles to mid-shin.

DATA: PFT 03/2026 as above. ABG 05/2024 PaO2 62 RA (prior).

ASSESSMENT:
1. Severe COPD with chronic hypoxemia - resting SpO2 89% on room air.
2. Pulmonary hypertension (WHO group 3) with RV dysfunction by echo; dependent edema.
3. Qualifies for long-term oxygen therapy if confirmed - ABG on room air drawn today at Blair
   Valley Hospital lab.

PLAN: Start furosemide 20 mg daily. ABG today. If confirmed, continuous home O2 2 L/min. Pulmonary
rehab. Consider RHC after oxygen established. Return 6 weeks.

Nathan Greaves, MD
"""
    c.doc("doc-pulm-1014", "11488-4", "Pulmonary Consultation", "2026-10-14 12:30", pulm, pulmtxt, custodian=org)

    tel = """TELEPHONE - 10/20/2026 08:50   N. Greaves MD
ABG from 10/14 (Blair Valley lab, room air): pH 7.39 / PaCO2 6.1 kPa (~46 mmHg) / PaO2 7.6 kPa.
Their analyzer reports in kPa - converts to PaO2 about 57 mmHg. Consistent with resting sat 89% in
clinic. With the pulmonary hypertension on echo and her edema she meets criteria. Called patient -
ordering concentrator; written order to Keystone Home Respiratory.
"""
    c.doc("doc-tel-1020", "34748-6", "Telephone Note", "2026-10-20 08:50", pulm, tel, custodian=org)

    dwo = """<html><body>
<h3>Standard Written Order &ndash; Home Oxygen</h3>
<table border="1" cellpadding="4">
<tr><td><b>Beneficiary</b></td><td>Margaret A. Thornbury, DOB 03/03/1950</td></tr>
<tr><td><b>Order date</b></td><td>10/22/2026</td></tr>
<tr><td><b>Item</b></td><td>E1390 stationary oxygen concentrator (no portable system ordered)</td></tr>
<tr><td><b>Flow / route / frequency</b></td><td>2 L/min via nasal cannula, continuous 24 h including sleep and exertion</td></tr>
<tr><td><b>Length of need</b></td><td>99 months (lifetime)</td></tr>
<tr><td><b>Diagnoses</b></td><td>J44.9 COPD; I27.23 pulmonary hypertension due to lung disease/hypoxia; R60.0 edema</td></tr>
<tr><td><b>Qualifying tests</b></td><td>SpO2 89% room air at rest, 10/14/2026 (Allegheny Ridge Pulmonary, RN, physician-supervised);
ABG room air 10/14/2026 PaO2 7.6 kPa (57 mmHg), Blair Valley Hospital laboratory</td></tr>
<tr><td><b>Supporting findings</b></td><td>Echo 09/30/2026: RVSP ~57 mmHg, RV dilation; bilateral dependent ankle edema</td></tr>
<tr><td><b>Ordering practitioner</b></td><td>Nathan Greaves, MD &ndash; signed electronically 10/22/2026 09:00</td></tr>
</table>
</body></html>"""
    c.doc("doc-dwo-1022", "34109-9", "Written Order - Home Oxygen", "2026-10-22 09:00", pulm, dwo, ctype="text/html", custodian=org)

    dme = """KEYSTONE HOME RESPIRATORY - DELIVERY TICKET 10/29/2026 14:10
Delivered E1390 concentrator. Pt ambulating in home. Tech spot check SpO2 85% RA at rest, 94% on 2 L.
Safety education completed. Next service visit 3 months.
"""
    c.doc("doc-dme-1029", "11506-3", "Supplier Delivery Ticket", "2026-10-29 14:10", keystone, dme, custodian=keystone,
          description="Supplier delivery ticket (scanned)")

    case = {
        "id": "bi-o2-02", "patient": "patients/pi06.json",
        "request": {"service": E1390,
                    "diagnoses": [{"system": ICD, "code": "J44.9", "display": "Chronic obstructive pulmonary disease, unspecified"},
                                  {"system": ICD, "code": "I27.23", "display": "Pulmonary hypertension due to lung diseases and hypoxia"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-10-27"},
        "gold": {"recommendation": "approve", "policy": "NCD 240.2",
                 "evidence": [spo2, pao2, echo, "DocumentReference/doc-pulm-1014"],
                 "missing": [],
                 "rationale": "Group II: resting room-air SpO2 89% (physician office, supervised) and ABG PaO2 7.6 kPa = 57 mmHg "
                              "(hospital lab), both in the Group II range and consistent, with pulmonary hypertension by "
                              "echocardiogram (RVSP ~57) and dependent edema. Outpatient time of need during symptoms. Stationary "
                              "unit only. The 94% value was on oxygen; the 2024 ABG is old; supplier reading is after the request."},
    }
    return case, c
