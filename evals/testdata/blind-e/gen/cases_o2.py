"""NCD 240.2 Home use of oxygen: be-o2-01..03."""
from chart import Chart, CPT, HCPCS, ICD10, npi


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


SVC_CONC = {"system": HCPCS, "code": "E1390",
            "display": "Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen "
                       "concentration at the prescribed flow rate"}
SVC_POC = {"system": HCPCS, "code": "E1392", "display": "Portable oxygen concentrator, rental"}


# ------------------------------------------------------------------------------------------------
def o201():
    """Approve: Group I exercise - rest 93% RA, walk 85% RA, 92% on 2 L; portable concentrator requested."""
    c = Chart(7, "arizona", "ehr.saguaro-pulm.example", "http://fhir.saguaro-pulm.example/CodeSystem/local-obs")
    org = c.org("saguaro", "Saguaro Pulmonary Associates", city="Casa Verde", state="AZ")
    hosp = c.org("desert-vista", "Desert Vista Hospital - Pulmonary Function Laboratory", city="Casa Verde", state="AZ")
    dme = c.org("sunbelt", "Sunbelt Oxygen & Medical", kind="other", city="Casa Verde", state="AZ")
    c.patient("Eugene", "Marchetti", "male", "1951-06-21", "Casa Verde", "AZ", "85399", "520-555-0176",
              "SPA-208817", org, extra_given="Paul")
    c.coverage("5RW1-EV6-HN38", "2016-06-01")
    pulm = c.prac("dr-achterberg", "Rosalind", "Achterberg", "MD", "Pulmonary Disease", npi(177530684))
    pcp = c.prac("dr-lowell", "Emeka", "Lowell", "MD", "Internal Medicine", npi(177530702))
    rt = c.prac("rt-begay", "Tanya", "Begay", "RRT", "Respiratory therapist - PFT laboratory", npi(177530720))
    dmert = c.prac("crt-sifuentes", "Marco", "Sifuentes", "CRT", "Respiratory therapist - DME supplier", npi(177530738))

    ipf = c.cond("ipf", "J84.112", "Idiopathic pulmonary fibrosis", "2023-10-11 10:00", onset="2023-09-01",
                 recorder=pulm)
    c.cond("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2020-02-02 10:00", recorder=pcp)
    c.cond("bph", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2019-08-12 10:00",
           recorder=pcp)

    c.obs("spo2-2026-01-13", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "2026-01-13 09:20",
          94, "%", performer=pulm, text="SpO2 at rest, room air (clinic)")
    c.obs("fvc-2026-01-13", "fvc-pp", "FVC percent predicted", "2026-01-13 09:00", 58, "%", loinc=False,
          category="procedure", performer=pulm, note="DLCO 38% predicted same day.")
    rest = c.obs("spo2-rest-ra-2026-02-10", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                 "2026-02-10 08:42", 93, "%", performer=rt, category="procedure",
                 text="SpO2 at rest, room air, seated 10 min (pre-walk)")
    exra = c.obs("spo2-exercise-ra-2026-02-10", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                 "2026-02-10 08:47", 85, "%", performer=rt, category="procedure", interp="L",
                 text="SpO2 nadir during 6-minute walk, room air")
    exo2 = c.obs("spo2-exercise-o2-2026-02-10", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                 "2026-02-10 09:20", 92, "%", performer=rt, category="procedure",
                 text="SpO2 nadir during repeat walk on supplemental O2 2 L/min continuous")
    c.obs("6mwd-2026-02-10", "6mwd", "Six-minute walk distance (room air)", "2026-02-10 08:52", 312, "m", loinc=False,
          category="activity", performer=rt)
    c.med("nintedanib", None, "nintedanib 150 mg oral capsule", "2023-11-02 10:00", pulm, "150 mg by mouth twice daily",
          reason_text="Idiopathic pulmonary fibrosis")
    c.med("omeprazole", "7646", "omeprazole", "2020-02-02 10:10", pcp, "20 mg by mouth daily", reason_text="GERD")
    walk = c.proc("6mwt-2026-02-10", CPT, "94618",
                  "Six-minute walk test with oximetry and oxygen titration",
                  "2026-02-10 08:30", performer=rt, reason=[ipf])

    c.note("pulm-2026-01-13", "2026-01-13 09:50", pulm, "11506-3", "Progress note", "Pulmonary follow-up",
           """SAGUARO PULMONARY ASSOCIATES - Follow-up 01/13/2026 - Rosalind Achterberg, MD

Dx: idiopathic pulmonary fibrosis (UIP pattern on HRCT 09/2023), on nintedanib since 11/2023, tolerating with
loperamide PRN.
Interval: more winded over the holidays. Has to stop halfway to the mailbox (about 150 ft) and on the slope of his
driveway. Stopped golfing. No fever, no change in cough. No leg swelling.
Spirometry today: FVC 58% predicted (62% in July). DLCO 38%.
Exam: SpO2 94% RA at rest. Bibasilar velcro crackles. Clubbing. No edema.
Assessment: IPF with slow functional decline and exertional dyspnea; suspect exertional desaturation.
Plan: 6-minute walk with oximetry and O2 titration at Desert Vista PFT lab (ordered). Continue nintedanib.
Pulmonary rehab referral. Return in 4-5 weeks.
""")

    c.note("pcp-2026-02-05", "2026-02-05 14:20", pcp, "11506-3", "Progress note", "PCP visit",
           """Internal Medicine - 02/05/2026 - Emeka Lowell, MD
BPH follow-up and med review. Urinary symptoms controlled without tamsulosin. Lungs followed by Dr. Achterberg.
Vitals: BP 126/74, HR 88, SpO2 91% on room air (taken right after he walked in from the parking lot - rechecked
after 5 min seated: 94%).
A/P: BPH stable. IPF per pulmonology, walk test next week. Flu and pneumococcal vaccines up to date.
""")

    c.note("6mwt-2026-02-10", "2026-02-10 10:05", rt, "28570-0", "Procedure note",
           "Six-minute walk test with oxygen titration",
           """DESERT VISTA HOSPITAL - PULMONARY FUNCTION LABORATORY
Six-Minute Walk Test with Oximetry and Oxygen Titration        Date: 02/10/2026
Ordering / interpreting physician: Rosalind Achterberg, MD     Performed by: Tanya Begay, RRT

Pre-walk (seated 10 min, room air): SpO2 93%, HR 84, Borg dyspnea 1.
WALK 1 - ROOM AIR: 312 m in 6 min (stopped once for 20 s at 4 min).
  SpO2 nadir 85% at 2:10, remained 85-87% through end of walk. HR peak 118. Borg 5.
Recovery: 92% at 3 min seated, room air.
WALK 2 - SUPPLEMENTAL O2 2 L/min continuous via nasal cannula (after 20-min rest):
  SpO2 nadir 92%, HR peak 110, Borg 3. Distance 338 m.

Technologist comment: good effort; probe waveform good throughout.
Interpretation (R. Achterberg, MD, 02/10/2026): exertional hypoxemia (SpO2 85% on room air) with normal resting
saturation (93%); corrected with 2 L/min continuous (nadir 92%).
""", custodian=hosp)

    c.note("pulm-2026-02-17", "2026-02-17 10:30", pulm, "11506-3", "Progress note", "Pulmonary follow-up - walk test",
           """<html><body>
<p><b>Saguaro Pulmonary Associates</b> &mdash; Follow-up 02/17/2026 &mdash; Rosalind Achterberg, MD</p>
<p><b>Reason:</b> review 6-minute walk test.</p>
<p>I reviewed the 02/10/2026 test that I ordered at the Desert Vista PFT laboratory: resting SpO2 93% on room air;
desaturation to <b>85% on room air</b> during the walk; on 2 L/min continuous the nadir was <b>92%</b>.
Overnight oximetry 08/2025 did not show nocturnal desaturation (time &le; 88% 0.4 min).</p>
<p>He remains very limited with exertion, which is what we are treating: dyspnea walking to the mailbox, at the
grocery store and at pulmonary rehab, which starts 03/02.</p>
<p><b>Assessment:</b> IPF with exertional hypoxemia that improves with supplemental oxygen. No indication for
continuous resting or nocturnal oxygen at this time.</p>
<p><b>Plan:</b></p>
<ul>
<li>Oxygen 2 L/min with exertion and ambulation. He is active in and out of the home and needs a portable
system: <b>portable oxygen concentrator</b>, pulse setting equivalent to 2 L/min to be verified on exertion at setup.</li>
<li>Length of need: 99 months (lifetime).</li>
<li>Continue nintedanib; pulmonary rehab.</li>
</ul>
</body></html>""", html=False)

    c.note("dme-2026-02-20", "2026-02-20 15:45", dmert, "34109-9", "Note", "DME intake and home assessment",
           """SUNBELT OXYGEN & MEDICAL - Intake / Home Assessment
02/20/2026 - Marco Sifuentes, CRT

Order received from Dr. Achterberg: portable O2 concentrator, 2 L/min equivalent with exertion.
Home visit: single-level home, 3 steps at entry. Patient walks to mailbox and drives to rehab/grocery.
Supplier walk check in the hallway (our oximeter, room air): 84% after 2 laps; on POC setting 2: 91%.
(Supplier readings are for setup only; qualifying test on file from Desert Vista PFT lab 02/10/2026.)
Education on cannula, battery swaps, no smoking/open flames (pt quit 1994). Delivery pending authorization.
""", custodian=dme)

    c.dreq("poc-order", "E1392", "Portable oxygen concentrator, rental", "2026-02-24 08:15", pulm,
           reason="Exertional hypoxemia due to idiopathic pulmonary fibrosis",
           note="O2 2 L/min (pulse-dose equivalent) with exertion/ambulation; length of need 99 months.")

    case = {
        "id": "be-o2-01", "num": 7,
        "request": {"service": SVC_POC,
                    "diagnoses": [dx("J84.112", "Idiopathic pulmonary fibrosis")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-24"},
        "gold": {"recommendation": "approve", "policy": "NCD 240.2",
                 "evidence": ["Observation/spo2-rest-ra-2026-02-10", "Observation/spo2-exercise-ra-2026-02-10",
                              "Observation/spo2-exercise-o2-2026-02-10", "DocumentReference/6mwt-2026-02-10",
                              "DocumentReference/pulm-2026-02-17"],
                 "missing": [],
                 "rationale": "Group I exercise branch: resting saturation 93% on room air (>= 89%), 85% on room air "
                              "during exercise (<= 88%), improved to 92% on 2 L/min. Test ordered and evaluated by "
                              "the treating pulmonologist and performed in a hospital PFT lab (qualified, not the DME "
                              "supplier) at the time of need. Exercise qualification does not bar a portable unit. "
                              "The PCP's post-walk 91% and the supplier's own 84% are distractors."},
        "criteria": [
            ["tester", "Test ordered and evaluated by the treating practitioner; performed by a qualified provider "
                       "(not the DME supplier)", "met", ["DocumentReference/6mwt-2026-02-10",
                                                          "DocumentReference/pulm-2026-02-17"]],
            ["rest", "At rest on room air: saturation >= 89% (exercise branch)", "met",
             ["Observation/spo2-rest-ra-2026-02-10"]],
            ["exercise", "During exercise on room air: saturation <= 88%", "met",
             ["Observation/spo2-exercise-ra-2026-02-10"]],
            ["improves", "Oxygen improves the exercise hypoxemia", "met", ["Observation/spo2-exercise-o2-2026-02-10"]],
            ["time-of-need", "Tested during the period the treating practitioner notes symptoms relieved by oxygen",
             "met", ["DocumentReference/pulm-2026-01-13", "DocumentReference/pulm-2026-02-17"]],
        ],
        "traps": "normal resting SpO2 tempts a 'no hypoxemia' refer; exercise vs rest setting; DME supplier's own walk "
                 "test (not qualifying, but the lab test is); PCP post-exertion 91% reading; normal 2025 overnight oximetry",
    }
    c._stamp = "2026-02-24 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def o202():
    """Refer: hypoxemia only on admission; the test within 2 days of discharge is non-qualifying."""
    c = Chart(8, "central", "ehr.bendcounty-rh.example", "http://fhir.bendcounty-rh.example/CodeSystem/local-obs")
    hosp = c.org("bcrh", "Bend County Regional Hospital", city="Pawnee Crossing", state="NE")
    clinic = c.org("sandhill", "Sandhill Family Clinic", city="Pawnee Crossing", state="NE")
    c.patient("Loretta", "Vance", "female", "1945-02-11", "Pawnee Crossing", "NE", "68999", "308-555-0134",
              "BC-0771240", hosp, extra_given="Mae")
    c.coverage("8HF4-JU2-LD56", "2010-02-01")
    hosp_md = c.prac("dr-kowalczyk", "Arvid", "Kowalczyk", "MD", "Hospital Medicine", npi(288641795))
    ed = c.prac("dr-hartwell", "Simone", "Hartwell", "MD", "Emergency Medicine", npi(288641813))
    rt = c.prac("rrt-petersen", "Gail", "Petersen", "RRT", "Respiratory therapist", npi(288641831))
    pcp = c.prac("dr-delacorte", "Wynn", "Delacorte", "MD", "Family Medicine", npi(288641859))
    rn = c.prac("rn-oyelowo", "Bisi", "Oyelowo", "RN", "Registered Nurse - medical floor", npi(288641877))

    adm = c.enc("adm-2026-03-02", "IMP", "2026-03-02 19:30", "2026-03-09 11:05",
                "Inpatient admission - COPD exacerbation with pneumonia", participant=hosp_md, location_org=hosp,
                reason="Acute hypoxic respiratory failure, COPD exacerbation, community-acquired pneumonia")
    c.cond("copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2018-05-07 10:00", recorder=pcp)
    c.cond("copd-exac", "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation",
           "2026-03-02 20:40", recorder=hosp_md, category="encounter-diagnosis", clinical="resolved",
           abatement="2026-03-09 11:00")
    c.cond("cap", "J18.9", "Pneumonia, unspecified organism", "2026-03-02 20:41", recorder=hosp_md,
           category="encounter-diagnosis", clinical="resolved", abatement="2026-03-09 11:00")
    c.cond("ahrf", "J96.01", "Acute respiratory failure with hypoxia", "2026-03-02 20:42", recorder=hosp_md,
           category="encounter-diagnosis", clinical="resolved", abatement="2026-03-06 09:00")

    c.obs("pao2-2026-03-02", "2703-7", "Oxygen [Partial pressure] in Arterial blood", "2026-03-02 18:55", 52, "mm[Hg]",
          category="laboratory", interp="L", performer=ed,
          note="Drawn in ED on room air (FiO2 0.21) before oxygen applied. pH 7.36, PaCO2 47.")
    c.obs("spo2-ed-2026-03-02", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "2026-03-02 18:40",
          86, "%", performer=ed, interp="L", text="SpO2 room air at ED triage")
    rest = c.obs("spo2-rest-ra-2026-03-07", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                 "2026-03-07 14:30", 94, "%", performer=rt, category="procedure",
                 text="Home O2 qualification: SpO2 at rest, room air (after 20 min off O2)")
    amb = c.obs("spo2-amb-ra-2026-03-07", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                "2026-03-07 14:45", 91, "%", performer=rt, category="procedure",
                text="Home O2 qualification: SpO2 nadir with ambulation, room air")
    c.obs("spo2-pcp-2026-03-10", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "2026-03-10 10:20",
          95, "%", performer=pcp, text="SpO2 at rest, room air (clinic)")
    c.med("tiotropium", "69120", "tiotropium", "2018-05-07 10:10", pcp, "2 inhalations (2.5 mcg) once daily",
          reason_text="COPD")
    c.med("prednisone", "8640", "prednisone", "2026-03-03 09:00", hosp_md, "40 mg by mouth daily x 5 days",
          stop="2026-03-08", status="completed", reason_text="COPD exacerbation")
    c.med("albuterol", "435", "albuterol", "2018-05-07 10:11", pcp, "2 puffs every 4-6 h as needed",
          reason_text="COPD")

    c.note("hp-2026-03-02", "2026-03-02 21:15", hosp_md, "34117-2", "History and physical note", "Admission H&P",
           """BEND COUNTY REGIONAL HOSPITAL - ADMISSION HISTORY & PHYSICAL
03/02/2026 21:15   Arvid Kowalczyk, MD (Hospitalist)

CC: shortness of breath x 3 days, productive cough.
HPI: 81 y/o F with COPD (GOLD 2, never on home O2), HTN, presenting with 3 days of increasing dyspnea, green
sputum, fever to 38.4. In ED: SpO2 86% on room air, RR 26. ABG on room air: pH 7.36 / PaCO2 47 / PaO2 52.
CXR: RLL consolidation. Placed on 2 L NC with SpO2 93%.
Home meds: tiotropium daily, albuterol PRN, amlodipine 5.
Social: former smoker (50 pack-years, quit 2012). Lives alone, independent, drives.
Exam: T 38.1, HR 104, BP 142/80, RR 24, SpO2 93% 2 L. Diffuse wheeze, RLL crackles. No edema.
Assessment/Plan:
1. Acute hypoxic respiratory failure due to COPD exacerbation and RLL community-acquired pneumonia:
   ceftriaxone + azithromycin, prednisone 40 x5, nebs, O2 titrate to 88-92%.
2. HTN - continue amlodipine.
3. Disposition: anticipate 3-4 days. Will need home O2 evaluation before discharge.
""", encounter=adm, custodian=hosp)

    c.note("rn-2026-03-05", "2026-03-05 06:30", rn, "34746-8", "Nurse note", "Nursing progress note",
           """Nursing progress note 03/05/2026 06:30 - Bisi Oyelowo, RN
Night uneventful. O2 weaned from 2 L to 1 L NC overnight, SpO2 93-95%. Ambulated to bathroom with standby assist,
SpO2 92% on 1 L. Cough less productive. Afebrile x 24 h. Pt asking when she can go home; worried about her cat.
""", encounter=adm, custodian=hosp)

    c.note("rt-o2-qual-2026-03-07", "2026-03-07 15:05", rt, "34109-9", "Note",
           "Respiratory therapy - home oxygen qualification",
           """RESPIRATORY THERAPY - HOME OXYGEN QUALIFYING ASSESSMENT
03/07/2026 14:30-15:00    Gail Petersen, RRT   (ordered by Dr. Kowalczyk for discharge planning)

O2 discontinued at 14:05.
At rest, room air, after 25 min: SpO2 94%, HR 82, RR 18.
Ambulation on room air: 180 ft in hallway with rolling walker; SpO2 nadir 91%, HR 98; mild dyspnea, no stop needed.
Recovery 94% at 2 min.
RESULT: does NOT meet home oxygen criteria at rest or with exertion (no SpO2 <= 88%).
Patient remains on room air. RN and MD notified.
""", encounter=adm, custodian=hosp)

    c.note("discharge-2026-03-09", "2026-03-09 10:50", hosp_md, "18842-5", "Discharge summary", "Discharge summary",
           """<html><body>
<h3>Bend County Regional Hospital &mdash; Discharge Summary</h3>
<p><b>Admit:</b> 03/02/2026 &nbsp; <b>Discharge:</b> 03/09/2026 &nbsp; <b>Attending:</b> Arvid Kowalczyk, MD</p>
<p><b>Discharge diagnoses:</b> acute hypoxic respiratory failure (resolved); COPD with acute exacerbation; RLL
community-acquired pneumonia; hypertension.</p>
<p><b>Hospital course:</b> treated with ceftriaxone/azithromycin (switched to oral cefpodoxime 03/06), prednisone
40 mg x 5 days, scheduled nebulizers. Oxygen weaned to room air by 03/06. Home O2 evaluation 03/07 by RT: 94% at
rest and 91% with ambulation on room air. Stayed two additional nights for deconditioning / PT evaluation;
cleared for home with walker.</p>
<p><b>Discharge medications:</b> cefpodoxime through 03/11; tiotropium; albuterol PRN; amlodipine 5 mg.</p>
<p><b>Home oxygen:</b> oxygen 2 L/min nasal cannula continuous via concentrator &mdash; patient was hypoxemic this
admission (PaO2 52 on room air on arrival). Order sent to DME.</p>
<p><b>Follow-up:</b> PCP Dr. Delacorte within 7 days; pulmonary clinic 4-6 weeks.</p>
</body></html>""", html=True, encounter=adm, custodian=hosp)

    c.note("pcp-2026-03-10", "2026-03-10 10:45", pcp, "11506-3", "Progress note", "Transitional care visit",
           """SANDHILL FAMILY CLINIC - Transitional Care Visit 03/10/2026 - Wynn Delacorte, MD

Discharged yesterday after COPD exacerbation + RLL pneumonia. Feeling "about 70%". Finishing cefpodoxime.
Home oxygen concentrator not delivered yet - DME told her they are waiting for insurance.
SpO2 95% on room air at rest in clinic today; 92% after walking the hallway.
Lungs: scattered end-expiratory wheeze, improved crackles at R base.
A/P: COPD exacerbation / CAP resolving. Hospital ordered home O2; her saturations today and the RT test before
discharge were not in the hypoxemic range. Will ask pulmonology to weigh in at her 4-week visit. Pulmonary rehab
referral. Vaccines reviewed.
""", custodian=clinic)

    c.dreq("o2-order", "E1390", SVC_CONC["display"], "2026-03-09 10:40", hosp_md,
           reason="Hypoxemia - COPD exacerbation with pneumonia",
           note="O2 2 L/min continuous via NC; stationary concentrator; length of need 12 months.")

    case = {
        "id": "be-o2-02", "num": 8,
        "request": {"service": SVC_CONC,
                    "diagnoses": [dx("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
                                  dx("J96.01", "Acute respiratory failure with hypoxia")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-11",
                    "note": "PaO2 52 on room air this admission."},
        "gold": {"recommendation": "refer", "policy": "NCD 240.2",
                 "evidence": ["Observation/spo2-rest-ra-2026-03-07", "Observation/spo2-amb-ra-2026-03-07",
                              "DocumentReference/rt-o2-qual-2026-03-07", "Encounter/adm-2026-03-02",
                              "DocumentReference/discharge-2026-03-09"],
                 "missing": [],
                 "rationale": "For an inpatient the time of need is within 2 days of discharge (03/09). The only test in "
                              "that window (RT, 03/07) shows 94% at rest and 91% with ambulation on room air: not "
                              "hypoxemic. The PaO2 52 was drawn on arrival 7 days before discharge, during the acute "
                              "illness, and does not qualify. Post-discharge 95% confirms. Criterion documented as not "
                              "met; physician review."},
        "criteria": [
            ["tester", "Qualifying test ordered/evaluated by treating practitioner, qualified tester", "met",
             ["DocumentReference/rt-o2-qual-2026-03-07"]],
            ["time-of-need", "Inpatient: qualifying test within 2 days of discharge", "not_met",
             ["Encounter/adm-2026-03-02", "DocumentReference/rt-o2-qual-2026-03-07"]],
            ["hypoxemia", "Group I: PaO2 <= 55 or SpO2 <= 88% at rest/exercise/sleep on room air (or Group II)",
             "not_met", ["Observation/spo2-rest-ra-2026-03-07", "Observation/spo2-amb-ra-2026-03-07"]],
        ],
        "traps": "qualifying-looking PaO2 52 outside the 2-day window; discharge summary cites it; date arithmetic "
                 "across the DST change; post-discharge clinic SpO2 95%",
    }
    c._stamp = "2026-03-11 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def o203():
    """Request info: sleep-only branch via a >5% fall (95 -> 89), no value <= 88; symptoms never documented."""
    c = Chart(9, "pacific", "ehr.cascadia-ls.example", "http://fhir.cascadia-ls.example/CodeSystem/local-obs")
    org = c.org("cascadia", "Cascadia Lung & Sleep", city="Skookum Bay", state="WA")
    idtf = c.org("evergreen-idtf", "Evergreen Diagnostic Testing, LLC (IDTF)", city="Olympia", state="WA")
    c.patient("Martin", "Oyelaran", "male", "1949-08-05", "Skookum Bay", "WA", "98599", "360-555-0190",
              "CLS-661902", org, extra_given="Adebayo")
    c.coverage("1XA7-PK5-GW30", "2014-08-01")
    pulm = c.prac("dr-soto", "Hildegard", "Soto", "MD", "Pulmonary Disease", npi(399752906))
    pcp = c.prac("dr-marsh", "Quentin", "Marsh", "MD", "Family Medicine", npi(399752924))
    idtfdoc = c.prac("dr-holcomb", "Ravi", "Holcomb", "MD", "Sleep Medicine (IDTF medical director)", npi(399752942))

    copd = c.cond("copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2019-03-21 10:00",
                  recorder=pulm)
    c.cond("obesity", "E66.9", "Obesity, unspecified", "2019-03-21 10:01", recorder=pcp)
    c.cond("knee-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2021-06-14 10:00", recorder=pcp)

    awake = c.obs("spo2-rest-2026-08-20", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                  "2026-08-20 13:40", 94, "%", performer=pulm, text="SpO2 at rest, awake, room air (clinic)")
    c.obs("fev1-2026-08-20", "fev1-pp", "FEV1 percent predicted (post-bronchodilator)", "2026-08-20 13:20", 41, "%",
          loinc=False, category="procedure", performer=pulm, note="FEV1/FVC 0.52.")
    c.obs("hct-2026-08-20", "4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "2026-08-20 14:05",
          44, "%", category="laboratory", interp="N")
    ono = c.obs("ono-2026-09-09", "ono-summary", "Overnight oximetry summary (room air)", "2026-09-09 22:35",
                89, "%", loinc=False, category="procedure", performer=idtfdoc, text="Overnight oximetry - SpO2 nadir",
                components=[("ono-baseline", "Baseline SpO2 awake, supine, before sleep", 95, "%", False),
                            ("ono-mean", "Mean SpO2 during sleep", 91, "%", False),
                            ("ono-t88", "Time with SpO2 <= 88%", 0, "min", False),
                            ("ono-t90", "Time with SpO2 <= 90%", 68, "min", False),
                            ("ono-rec", "Recording time", 442, "min", False)],
                note="Room air. Sustained plateau 89-90% for about 45 min (03:10-03:55).")
    c.obs("ahi-2024-05-16", "ahi-4pct", "Apnea-hypopnea index (hypopnea >=4% desaturation rule)", "2024-05-16 22:00",
          3.1, "/h", loinc=False, category="procedure", performer=pulm, note="In-lab PSG 05/2024; no OSA.")
    c.med("tiotropium", "69120", "tiotropium", "2019-03-21 10:10", pulm, "2 inhalations (2.5 mcg) once daily",
          reason_text="COPD")
    c.med("budesonide-formoterol", None, "budesonide 160 mcg / formoterol 4.5 mcg inhaler", "2022-01-11 10:10", pulm,
          "2 puffs twice daily", reason_text="COPD")
    c.proc("ono-proc-2026-09-09", CPT, "94762",
           "Overnight pulse oximetry", "2026-09-09 22:35",
           performer=idtfdoc, reason=[copd])

    c.note("pulm-2026-08-20", "2026-08-20 14:15", pulm, "11506-3", "Progress note", "Pulmonary follow-up",
           """CASCADIA LUNG & SLEEP - Pulmonary follow-up 08/20/2026 - Hildegard Soto, MD

COPD, GOLD 3 (FEV1 41% predicted post-BD today, FEV1/FVC 0.52). Exacerbations 02/2026 and 07/2026, both outpatient
(prednisone).
Dyspnea mMRC 2. On tiotropium + budesonide/formoterol, rescue albuterol 2-3x/week.
PSG 05/2024: AHI 3.1, no OSA.
Exam: SpO2 94% RA at rest. Prolonged expiration, no wheeze. No edema. BMI 32.
Hct 44. TTE 11/2025: normal RV size and function, RVSP 28 mmHg.
Wife reports he snores lightly; she has not noticed pauses in breathing.
Plan: overnight oximetry on room air through Evergreen Diagnostic Testing. Continue inhalers. Pulmonary rehab
maintenance. Flu vaccine in October.
""")

    c.note("ono-2026-09-09", "2026-09-11 09:00", idtfdoc, "28570-0", "Procedure note", "Overnight oximetry report",
           """EVERGREEN DIAGNOSTIC TESTING, LLC - Independent Diagnostic Testing Facility
OVERNIGHT PULSE OXIMETRY - ROOM AIR
Patient: Oyelaran, Martin A     Night of 09/09/2026     Ordering physician: Hildegard Soto, MD
Device: recording pulse oximeter, 1-second sampling. Recording 22:35-05:57 (7 h 22 min), artifact 2%.

Baseline awake (supine, before sleep onset): 95%
Mean SpO2: 91%       Nadir SpO2: 89%
Time at SpO2 <= 88%: 0.0 min (0%)
Time at SpO2 <= 90%: 68 min (15%)
Pattern: gradual sustained decline beginning about 01:00, plateau at 89-90% for ~45 min (03:10-03:55), most likely
REM-related hypoventilation; no cyclical (sawtooth) pattern.

Interpretation: no saturation at or below 88%. Sustained nocturnal fall of 6 percentage points from the awake
baseline (95% -> 89%). Clinical correlation recommended.
Ravi Holcomb, MD, Medical Director - 09/11/2026
""", custodian=idtf)

    c.note("pulm-2026-09-30", "2026-09-30 11:10", pulm, "11506-3", "Progress note", "Pulmonary follow-up - oximetry",
           """<html><body>
<p><b>Cascadia Lung &amp; Sleep</b> &mdash; 09/30/2026 &mdash; Hildegard Soto, MD</p>
<p><b>Overnight oximetry 09/09/2026 (IDTF, room air)</b>, which I ordered and reviewed: awake baseline 95%, nadir
89%, no time at or below 88%, sustained decline of 6 points during sleep.</p>
<p><b>Interval:</b> no exacerbation since July. Uses rescue inhaler 2-3 times a week. Inhaler technique
reviewed with spacer. Walks the dog 20 minutes daily without stopping.</p>
<p><b>Exam:</b> SpO2 95% RA. Distant breath sounds. No clubbing, no edema.</p>
<p><b>Assessment:</b> COPD GOLD 3 with nocturnal oxygen desaturation (fall &gt; 5% from awake baseline during
sleep). No resting or exertional hypoxemia.</p>
<p><b>Plan:</b> nocturnal oxygen 1 L/min via concentrator, during sleep only. No portable system. Recheck oximetry
on O2 after 2-3 months. Continue inhalers.</p>
</body></html>""", html=False)

    c.note("pcp-2026-10-02", "2026-10-02 15:30", pcp, "11506-3", "Progress note", "PCP chronic care visit",
           """Family Medicine - 10/02/2026 - Quentin Marsh, MD
Knee OA bilateral - steroid injection R knee today (tolerated). Weight 101 kg, BMI 32.
COPD per Dr. Soto; she is arranging night-time oxygen.
Influenza vaccine given. Colon screening up to date (2023).
BP 128/78. Labs next visit.
""")

    c.dreq("o2-order", "E1390", SVC_CONC["display"], "2026-10-14 09:00", pulm,
           reason="Nocturnal oxygen desaturation, COPD",
           note="O2 1 L/min via nasal cannula during sleep only; stationary concentrator; no portable. Length of need 12 months.")

    case = {
        "id": "be-o2-03", "num": 9,
        "request": {"service": SVC_CONC,
                    "diagnoses": [dx("J44.9", "Chronic obstructive pulmonary disease, unspecified"),
                                  dx("G47.36", "Sleep related hypoventilation in conditions classified elsewhere")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-10-14"},
        "gold": {"recommendation": "request_info", "policy": "NCD 240.2",
                 "evidence": ["Observation/ono-2026-09-09", "Observation/spo2-rest-2026-08-20",
                              "DocumentReference/ono-2026-09-09", "DocumentReference/pulm-2026-09-30"],
                 "missing": ["insomnia|restlessness|restless|cognitive|cognition|symptoms|symptom|signs"],
                 "rationale": "Awake 94-95% and no sleep value <= 88%, so the only route is the sleep branch's "
                              "'greater than normal fall' (> 5%: 95 -> 89, met), which must be associated with symptoms "
                              "or signs attributable to hypoxemia (e.g. impaired cognition, nocturnal restlessness, "
                              "insomnia). No note documents any. Group II does not apply (no edema, RVSP 28, Hct 44). "
                              "Stationary-only request fits the sleep branch. Ask for the symptoms or signs."},
        "criteria": [
            ["tester", "Test ordered/evaluated by treating practitioner; performed by an IDTF (qualified)", "met",
             ["DocumentReference/ono-2026-09-09", "DocumentReference/pulm-2026-09-30"]],
            ["awake", "Awake saturation >= 89% (sleep branch)", "met", ["Observation/spo2-rest-2026-08-20"]],
            ["sleep-fall", "Sleep: SpO2 <= 88% (no) or fall > 5% (yes: 95 -> 89)", "met", ["Observation/ono-2026-09-09"]],
            ["symptoms", "Fall associated with symptoms/signs attributable to hypoxemia", "not_documented",
             ["DocumentReference/pulm-2026-09-30"]],
            ["unit", "Sleep branch: one stationary unit only, no portable", "met", ["DocumentReference/pulm-2026-09-30"]],
        ],
        "traps": "nadir 89% is not <= 88%; the '>5% fall' branch needs symptoms or signs, which no note records; "
                 "Group II 89% distractor ruled out by RVSP/Hct/no edema; old PSG AHI 3.1 (no OSA) is noise",
    }
    c._stamp = "2026-10-14 17:00"
    return c, case


CASES = [o201, o202, o203]
