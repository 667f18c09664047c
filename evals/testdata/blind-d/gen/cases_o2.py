"""NCD 240.2 home oxygen cases (bd-o2-01..03)."""
from lib import Chart, case, gold, HCPCS, CPT, to_html

SVC_STAT = ("E1390", HCPCS, "Oxygen concentrator, single delivery port")
SVC_PORT = ("E1392", HCPCS, "Portable oxygen concentrator, rental")


# ---------------------------------------------------------------------------------------------------------------
def o201():
    """Approve: exercise qualification (rest 93% RA, walk nadir 86% RA, 90% on 2 L) in a hospital PFT lab,
    portable concentrator requested; smoker (not an NCD exclusion)."""
    c = Chart("pd07", -5, local_system="http://ehr.riverside-med.example/CodeSystem/pft-flowsheet",
              org="Riverside Medical Center")
    c.patient("Pell", ["Ignatius", "B"], "male", "1950-12-05", "RMC-3318470", "Lynchburg", "VA")
    c.condition("copd", "J44.9", "2018-04-23", text="COPD, severe (GOLD 3)")
    c.condition("tob", "F17.210", "2018-04-23", text="Nicotine dependence, cigarettes -- current, 1/2 ppd")
    c.condition("htn", "I10", "2010-01-12")
    c.condition("cataract", "H25.13", "2026-01-13", text="Age-related nuclear cataract, bilateral")
    c.obs("fev1pct-2025-11-18", "FEV1, % predicted (post-bronchodilator)", "2025-11-18", value=38, unit="%",
          local="PFT-FEV1-PCT", category="procedure", time="09:30",
          components=[c.comp("FEV1/FVC ratio", 0.46, "1", local="PFT-FEV1FVC")])
    c.obs("spo2-office-2026-02-24", "SpO2 (pulse oximetry), office, room air at rest", "2026-02-24", value=94,
          unit="%", loinc="59408-5", category="vital-signs", time="10:05")
    c.sreq("6mwt-order", "Six-minute walk test with oxygen titration (hospital pulmonary function lab)",
           "2026-02-24", status="completed", code="94618", requester="Celeste Amari, MD (Pulmonology)",
           occurrence="2026-03-03")
    c.proc("6mwt-2026-03-03", "Six-minute walk test with O2 titration", "2026-03-03", code="94618", time="08:30",
           performer="Riverside Medical Center Pulmonary Function Laboratory (R. Dunn, RRT)")
    c.obs("spo2-rest-ra-2026-03-03", "SpO2 at rest, room air (6MWT baseline)", "2026-03-03", value=93, unit="%",
          loinc="59408-5", local="6MW-SPO2-REST-RA", category="procedure", time="08:34")
    c.obs("spo2-ex-ra-2026-03-03", "SpO2 nadir during walk, room air", "2026-03-03", value=86, unit="%",
          loinc="59408-5", local="6MW-SPO2-NADIR-RA", category="procedure", time="08:40",
          note="Walk stopped at 3:10 for desaturation/dyspnea (Borg 7).")
    c.obs("spo2-ex-o2-2026-03-03", "SpO2 nadir during walk on supplemental O2", "2026-03-03", value=90, unit="%",
          loinc="59408-5", local="6MW-SPO2-NADIR-O2", category="procedure", time="09:05",
          components=[c.comp("Inhaled oxygen flow rate", 2, "L/min", loinc="3151-8")],
          note="2 L/min continuous via nasal cannula; completed 6 min, 312 m.")
    c.med("tiotropium", "69120", "tiotropium 18 mcg inhalation capsule", "2019-02-11", dose="1 cap inhaled daily")
    c.med("albuterol", "435", "albuterol HFA 90 mcg/actuation", "2018-04-23", dose="2 puffs q4-6h prn")
    c.sreq("o2-order", "Portable oxygen concentrator, 2 L/min (pulse-dose equivalent) with exertion",
           "2026-03-06", code="E1392", system=HCPCS, requester="Celeste Amari, MD (Pulmonology)")

    c.note("note-ophtho-2026-01-13", "Ophthalmology Note", "2026-01-13", "Harlan Mbeki, MD (Ophthalmology)", """
OPHTHALMOLOGY 01/13/2026
CC: glare driving at night. VA cc OD 20/40, OS 20/50. IOP 16/17. 2+ NS cataract OU. Fundus: mild drusen OU,
no CNV. A/P: visually significant cataract OU -- discussed CE/IOL OS first; pt wants to wait until spring.
Note: pt uses inhalers for COPD; can lie flat for ~20 min per pt (relevant for surgery positioning). Smoker --
counseled. Anesthesia: MAC with topical; will need pulmonary clearance letter when scheduled.
Meds reviewed: tiotropium, albuterol prn. No alpha-blockers (no IFIS risk). RTC 3 mo or when ready to schedule.
""", time="11:20")
    c.note("note-pulm-2026-02-24", "Pulmonology Progress Note", "2026-02-24", "Celeste Amari, MD (Pulmonology)", """
PULMONARY CLINIC -- 02/24/2026
75M COPD GOLD 3 (FEV1 38% pred post-BD 11/2025, FEV1/FVC 0.46), current smoker 1/2 ppd (down from 1 ppd).
Interval: no exacerbations since 8/2025. Increasing breathlessness with exertion over 3 months -- has to stop
halfway to the mailbox (~150 ft), can't carry groceries in from the car without stopping. Rest: comfortable.
No orthopnea, no LE edema. Uses tiotropium daily, albuterol 2-3x/day.

Exam: RR 18, SpO2 94% RA at rest, HR 88. Prolonged expiration, scattered wheeze, no crackles. No edema. No
clubbing.

A/P:
1. COPD with progressive exertional dyspnea -- suspect exertional hypoxemia. Order 6MWT with O2 titration at the
   hospital PFT lab; if he desaturates on RA and corrects on O2 we will prescribe ambulatory oxygen.
2. Tobacco -- 7 min cessation counseling; starting varenicline declined; agrees to nicotine patch trial. Discussed
   fire safety and that oxygen and smoking must never be combined (he smokes only on the porch).
3. Pulmonary rehab referral.
Resting saturation is normal, so continuous O2 not indicated at this time.
""", time="10:40")
    c.note("rpt-6mwt-2026-03-03", "Six-Minute Walk Test Report", "2026-03-03",
           "Celeste Amari, MD (Pulmonology) - interpreting; R. Dunn, RRT - performing", """
<html><body>
<h3>RIVERSIDE MEDICAL CENTER &mdash; PULMONARY FUNCTION LABORATORY</h3>
<p><b>Six-Minute Walk Test with Oxygen Titration</b> &nbsp; Date: 03/03/2026 08:30 &nbsp; Ordered by: C. Amari, MD</p>
<p>Course: 30 m indoor corridor. Oximeter: finger probe, waveform verified. Patient seated 10 min before baseline.</p>
<table border="1" cellpadding="3">
<tr><th>Phase</th><th>O2</th><th>SpO2</th><th>HR</th><th>Borg dyspnea</th><th>Distance</th></tr>
<tr><td>Baseline, seated rest</td><td>Room air</td><td>93%</td><td>86</td><td>1</td><td>&mdash;</td></tr>
<tr><td>Walk 1</td><td>Room air</td><td>nadir <b>86%</b> at 2:40</td><td>118</td><td>7</td><td>stopped at 3:10 / 148 m</td></tr>
<tr><td>Recovery</td><td>Room air</td><td>94% at 4 min</td><td>92</td><td>2</td><td>&mdash;</td></tr>
<tr><td>Walk 2</td><td>2 L/min continuous NC</td><td>nadir <b>90%</b></td><td>104</td><td>4</td><td>6:00 / 312 m</td></tr>
</table>
<p><b>Interpretation (C. Amari, MD):</b> Resting saturation on room air is 93%. Significant exertional
desaturation on room air to 86%, which improves to a nadir of 90% with 2 L/min supplemental oxygen, with doubling
of walk distance and less dyspnea. Recommend ambulatory oxygen 2 L/min with exertion.</p>
</body></html>
""", ctype="text/html", loinc="64098-7", time="11:15")
    c.note("note-pulm-2026-03-06", "Pulmonology Telephone Note", "2026-03-06", "Celeste Amari, MD (Pulmonology)", """
PHONE -- 03/06/2026
Reviewed 6MWT results with pt: desaturates to 86% on RA with walking, 90% on 2 L. Will order portable O2
concentrator for use with exertion (2 L continuous or pulse-dose equivalent setting verified by RT at delivery).
No nocturnal or resting O2 needed now (rest 93-94% RA); overnight oximetry if symptoms suggest nocturnal hypoxemia.
Reinforced no smoking while using oxygen, no open flames, keep tubing away from the stove; wife will remove
lighters from the house. He agrees to use the nicotine patch.
Pulm rehab intake 3/20. Follow-up clinic 6 weeks with repeat walk on oxygen at rehab.
""", time="16:45")

    cs = case("bd-o2-01", "pd07", SVC_PORT, ["J44.9", "R09.02"], "2026-03-10",
              gold("approve", "NCD 240.2",
                   ["DocumentReference/rpt-6mwt-2026-03-03", "Observation/spo2-rest-ra-2026-03-03",
                    "Observation/spo2-ex-ra-2026-03-03", "Observation/spo2-ex-o2-2026-03-03",
                    "DocumentReference/note-pulm-2026-02-24"],
                   "Group I exercise branch: resting SpO2 93% on room air (>= 89%), nadir 86% on room air during a formal "
                   "exercise test, improving to 90% on 2 L/min. Test ordered and interpreted by the treating pulmonologist "
                   "and performed in the hospital pulmonary function lab (not a DME supplier), at the time of need "
                   "(outpatient with exertional symptoms). Oxygen for exercise supports a portable unit. Active smoking is "
                   "not an NCD exclusion."),
              note="COPD with exertional desaturation to 86% on RA, corrects on 2 L.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def o202():
    """Refer: inpatient; the qualifying 86% RA reading is 5 days before discharge; RA checks within 2 days of
    discharge are 93/91/94%."""
    c = Chart("pd08", -6, local_system="http://fhir.stagathe.example/CodeSystem/nursing-flowsheet",
              org="St Agathe Regional")
    c.patient("Castellanos", ["Minerva", "L"], "female", "1944-07-27", "SAR-6604119", "Waco", "TX")
    c.enc("adm-2026-02-26", "IMP", "Inpatient admission - community-acquired pneumonia", "2026-02-26",
          "2026-03-05", reason="CAP with acute hypoxic respiratory failure", stime="14:10", etime="12:30",
          disposition="Home with home health")
    c.condition("cap", "J18.9", "2026-02-26", clinical="resolved", abatement="2026-03-05",
                text="Community-acquired pneumonia, RLL")
    c.condition("ahrf", "J96.01", "2026-02-26", clinical="resolved", abatement="2026-03-03",
                text="Acute hypoxic respiratory failure")
    c.condition("htn", "I10", "2004-06-30")
    c.condition("osteop", "M81.0", "2016-09-12")
    c.condition("gad", "F41.1", "2012-03-08", text="Generalized anxiety disorder")
    c.obs("abg-pao2-2026-02-26", "PaO2 (arterial blood gas, room air, ED)", "2026-02-26", value=52, unit="mm[Hg]",
          loinc="2703-7", time="15:02")
    c.obs("spo2-ra-2026-02-28", "SpO2, room air (RT weaning trial)", "2026-02-28", value=86, unit="%",
          loinc="59408-5", local="FS-SPO2-RA", category="vital-signs", time="10:20",
          note="Off O2 x 15 min at rest in bed; returned to 2 L NC.")
    c.obs("spo2-o2-2026-02-28", "SpO2 on 2 L/min nasal cannula", "2026-02-28", value=95, unit="%",
          loinc="59408-5", local="FS-SPO2-O2", category="vital-signs", time="10:40",
          components=[c.comp("Inhaled oxygen flow rate", 2, "L/min", loinc="3151-8")])
    c.obs("spo2-ra-rest-2026-03-04", "SpO2, room air, at rest (home O2 qualification)", "2026-03-04", value=93,
          unit="%", loinc="59408-5", local="FS-SPO2-RA", category="vital-signs", time="07:40",
          note="Off O2 since 06:15 (> 1 h); sitting in chair.")
    c.obs("spo2-ra-amb-2026-03-04", "SpO2, room air, with ambulation (home O2 qualification)", "2026-03-04",
          value=91, unit="%", loinc="59408-5", local="FS-SPO2-RA-AMB", category="vital-signs", time="10:15",
          note="Ambulated 120 ft in hallway with walker; lowest reading 91%.")
    c.obs("spo2-ra-2026-03-05", "SpO2, room air, at rest", "2026-03-05", value=94, unit="%", loinc="59408-5",
          local="FS-SPO2-RA", category="vital-signs", time="06:50")
    c.med("ceftriaxone", "2193", "ceftriaxone 1 g IV", "2026-02-26", status="completed", dose="1 g IV q24h",
          validity=("2026-02-26", "2026-03-02"))
    c.med("azithro", "18631", "azithromycin 500 mg", "2026-02-26", status="completed", dose="500 mg daily x 3 days",
          validity=("2026-02-26", "2026-02-28"))
    c.med("amlodipine", "17767", "amlodipine 5 mg tablet", "2012-03-08", dose="5 mg PO daily")
    c.med("sertraline", "36437", "sertraline 50 mg tablet", "2012-03-08", dose="50 mg PO daily")
    c.sreq("o2-order", "Home oxygen concentrator, 2 L/min continuous via NC", "2026-03-05", code="E1390",
           system=HCPCS, requester="Darnell Whitfield, MD (Hospital Medicine)")

    c.note("note-hp-2026-02-26", "History and Physical", "2026-02-26", "Darnell Whitfield, MD (Hospital Medicine)", """
ADMISSION H&P -- 02/26/2026 16:30
81F HTN, osteoporosis, GAD, presents with 4 d cough, fever 38.9, dyspnea. Lives alone, independent, no home O2.
ED: SpO2 84% RA, RR 28. ABG on RA: pH 7.46 / PaCO2 33 / PaO2 52. CXR: RLL consolidation. WBC 16.2. Procalcitonin
1.8. CURB-65 = 2.
A/P: CAP RLL with acute hypoxic respiratory failure -- admit med floor, O2 to keep SpO2 >= 92%, ceftriaxone +
azithromycin, blood/sputum cx, incentive spirometry. DVT ppx. Home meds continued.
""", loinc="34117-2", enc="adm-2026-02-26", time="16:30")
    c.note("note-rt-2026-02-28", "Respiratory Therapy Note", "2026-02-28", "Kyra Oyelaran, RRT (Respiratory Therapy)", """
RT NOTE 02/28/2026 10:45
O2 weaning trial per protocol: pt on 2 L NC, SpO2 95%. Placed on RA at rest in bed -- after 15 min SpO2 86%, RR 24.
Returned to 2 L NC, SpO2 95%. Will re-attempt wean daily. IS 750 mL (goal 1250). Productive cough, yellow sputum,
rhonchi RLL, diminished bases. Albuterol neb given x1 with mild improvement in aeration. HR 96, T 37.8.
Plan: continue 2 L NC titrate to SpO2 >= 92%, IS q1h while awake, flutter valve, RT reassess in AM.
""", enc="adm-2026-02-26", time="10:45")
    c.note("note-rn-2026-03-04", "Nursing Note", "2026-03-04", "Alondra Vega, RN (Medical-Surgical Nursing)", """
NURSING NOTE -- 03/04/2026
Per MD order "home O2 qualification: RA sats at rest and with ambulation":
07:40 -- Pt off O2 since 06:15 (removed cannula during sleep, not replaced per RT). Sitting in chair, SpO2 93% RA,
RR 18, no distress.
10:15 -- Ambulated 120 ft in hall with rolling walker and standby assist, RA. Lowest SpO2 91%, HR 98, mild DOE,
recovered to 94% within 1 min of sitting.
Pt states she "feels better with the oxygen on" and is anxious about going home without it. Reassured; MD aware.
Afebrile x 48 h. Tolerating diet.
""", enc="adm-2026-02-26", time="11:05")
    c.note("note-dc-2026-03-05", "Discharge Summary", "2026-03-05", "Darnell Whitfield, MD (Hospital Medicine)", """
DISCHARGE SUMMARY
Admitted 02/26/2026  Discharged 03/05/2026
Principal dx: CAP, RLL. Secondary: acute hypoxic respiratory failure (resolved), HTN, GAD.

Hospital course: treated with ceftriaxone x 5 d + azithromycin x 3 d with clinical improvement. Weaned off O2 on
3/3. RA saturations 93-94% at rest, 91% with ambulation on 3/4.

Home O2: Pt very anxious about going home without oxygen and reports she breathes easier with it. Will send home
on 2 L NC continuous -- qualifying saturation 86% on RA documented 2/28 (RT). Reassess need at PCP visit.

Discharge meds: amlodipine 5, sertraline 50 (antibiotic course complete).
Follow-up: PCP Dr. Lozano 1 wk; repeat CXR 6-8 wk. Home health PT/RN.
""", loinc="18842-5", enc="adm-2026-02-26", time="11:50")
    c.note("note-cm-2026-03-05", "Case Management Note", "2026-03-05", "Tamsin Reyes, RN (Case Management)", """
CM NOTE 03/05/2026
Discharge planning: home with home health (PT/RN) -- agency accepted, start of care 3/6. DME: home O2 concentrator
2 L ordered per Dr. Whitfield; qualifying sat on order form taken from RT note 2/28 (86% RA). Supplier to deliver to
home this afternoon; portable tank for ride home not requested. Daughter to transport and will stay with pt for
the first week. Medicare A/B, no secondary. PCP appointment made for 3/12. Pt and daughter agree with plan.
""", enc="adm-2026-02-26", time="12:05")

    # after the request date (must be ignored)
    c.note("note-pcp-2026-03-12", "Primary Care Progress Note", "2026-03-12", "Rafael Lozano, MD (Family Medicine)", """
PCP HOSPITAL FOLLOW-UP -- 03/12/2026
81F seen 1 week after discharge for RLL CAP. Feels "about 80%". Cough improving, no fever. Using the oxygen
concentrator at night and when anxious; home health RN visiting twice weekly.
Vitals: T 36.7, HR 82, RR 16, BP 136/78. SpO2 95% RA at rest; 93% RA after walking the hallway (~100 ft).
Lungs: faint crackles RLL, improved.
A/P: CAP resolving -- repeat CXR in 6 weeks. No resting or exertional hypoxemia today; discussed that oxygen is not
needed for breathlessness related to anxiety and deconditioning. Will discuss discontinuing the concentrator at next
visit; pt reluctant. GAD: continue sertraline; counseling referral. Home PT to continue.
""", time="15:00")

    cs = case("bd-o2-02", "pd08", SVC_STAT, ["J18.9", "J96.01"], "2026-03-05",
              gold("refer", "NCD 240.2",
                   ["Encounter/adm-2026-02-26", "Observation/spo2-ra-rest-2026-03-04",
                    "Observation/spo2-ra-amb-2026-03-04", "Observation/spo2-ra-2026-03-05",
                    "DocumentReference/note-dc-2026-03-05"],
                   "Inpatient: the qualifying test must be within 2 days of discharge (3/5/2026). The 86% RA reading "
                   "(2/28) and PaO2 52 (2/26) are 5-7 days before discharge, during the acute phase. Tests at the time of "
                   "need show 93% and 94% at rest and 91% with ambulation on room air -- not hypoxemic under Group I or "
                   "II. Oxygen ordered for anxiety/comfort is breathlessness without hypoxemia (non-covered). The 3/12 PCP visit is after the request."),
              note="Home O2 at discharge, CAP, qualifying sat 86% RA.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def o203():
    """Request info: ABG PaO2 7.6 kPa (= 57 mm Hg, Group II band); office SpO2 91% conflicts (ABG preferred);
    no edema, Hct 47%, no P pulmonale; echo for pulmonary hypertension booked after the request."""
    c = Chart("pd09", -5, local_system="http://fhir.northfield-mg.example/CodeSystem/lab-local",
              org="Northfield Medical Group")
    c.patient("Whitlock", ["Otis", "G"], "male", "1947-02-14", "NMG-9021774", "Akron", "OH")
    c.condition("copd", "J44.9", "2016-11-02", text="COPD")
    c.condition("hypox", "R09.02", "2026-06-02", text="Hypoxemia")
    c.condition("htn", "I10", "2008-03-19")
    c.condition("exsmoker", "Z87.891", "2016-11-02", text="Former smoker, 45 pack-years, quit 2016")
    c.obs("spo2-2026-05-14", "SpO2, room air (PCP office)", "2026-05-14", value=91, unit="%", loinc="59408-5",
          category="vital-signs", time="14:05")
    c.obs("abg-pao2-2026-06-02", "PaO2, arterial, room air at rest", "2026-06-02", value=7.6, unit="kPa",
          loinc="2703-7", category="laboratory", time="09:48", performer="Northfield General Hospital Blood Gas Lab",
          note="Patient seated at rest on room air (FiO2 0.21) for 20 min before puncture.")
    c.obs("abg-paco2-2026-06-02", "PaCO2, arterial", "2026-06-02", value=6.1, unit="kPa", loinc="2019-8",
          time="09:48")
    c.obs("abg-ph-2026-06-02", "pH, arterial", "2026-06-02", value=7.39, unit="[pH]", loinc="2744-1", time="09:48")
    c.obs("spo2-2026-06-02", "SpO2, room air at rest (clinic, pulse oximetry)", "2026-06-02", value=91, unit="%",
          loinc="59408-5", category="vital-signs", time="09:20")
    c.obs("hct-2026-06-02", "Hematocrit", "2026-06-02", value=47.2, unit="%", loinc="4544-3", time="09:50")
    c.obs("ecg-pwave-2026-06-02", "P wave amplitude, lead II (12-lead ECG)", "2026-06-02", value=2.0, unit="mm",
          local="ECG-PAMP-II", category="procedure", time="10:10")
    c.med("tiotropium", "69120", "tiotropium 18 mcg inhalation capsule", "2017-01-10", dose="1 cap inhaled daily")
    c.med("albuterol", "435", "albuterol HFA 90 mcg/actuation", "2016-11-02", dose="2 puffs q4-6h prn")
    c.med("lisinopril", "29046", "lisinopril 20 mg tablet", "2008-03-19", dose="20 mg PO daily")
    c.sreq("tte-order", "Transthoracic echocardiogram - evaluate for pulmonary hypertension / cor pulmonale",
           "2026-06-02", code="93306", requester="Priscilla Oduya, MD (Pulmonology)", occurrence="2026-06-24")
    c.appt("appt-tte-2026-06-24", "Transthoracic echocardiogram (echo lab)", "2026-06-02", "2026-06-24",
           stime="13:00", minutes=60)
    c.sreq("o2-order", "Home oxygen concentrator 2 L/min continuous", "2026-06-12", code="E1390", system=HCPCS,
           requester="Priscilla Oduya, MD (Pulmonology)")
    # after the request date (must be ignored)
    c.obs("tte-rvsp-2026-06-24", "RV systolic pressure (TTE)", "2026-06-24", value=54, unit="mm[Hg]",
          local="ECHO-RVSP", category="imaging", time="13:40")

    c.note("note-pcp-2026-05-14", "Primary Care Progress Note", "2026-05-14", "Gerald Fenn, MD (Internal Medicine)", """
IM OFFICE VISIT -- 05/14/2026
79M COPD, HTN. More winded over the winter; uses albuterol 3-4x/day. SpO2 91% RA today (was 95% last year).
No chest pain. No leg swelling. BP 132/80.
Exam: decreased BS bilat, no wheeze today; no JVD; no pedal edema.
A/P: COPD, progressive dyspnea, borderline saturation -> pulmonology (Dr. Oduya) for evaluation incl. ABG and
whether he needs home O2. Continue tiotropium/albuterol; inhaler technique reviewed (good). Labs: CBC, BMP.
HTN at goal on lisinopril. Vaccines: pneumococcal up to date; RSV vaccine given today.
""", time="14:40")
    c.note("note-pulm-2026-06-02", "Pulmonology Consult", "2026-06-02", "Priscilla Oduya, MD (Pulmonology)", to_html("""
PULMONARY CONSULT -- 06/02/2026
Referred by Dr. Fenn for dyspnea and borderline oximetry.

HPI: 79M ex-smoker (45 pk-yr, quit 2016), COPD (FEV1 44% pred 2024). DOE at 1 block. Morning headaches on some
days. No orthopnea/PND. No leg swelling. No syncope. Sleeps on 1 pillow.

Exam: RR 18, HR 84, BP 130/78. SpO2 91% RA seated. Barrel chest, distant BS, no crackles. JVP not elevated.
Heart: regular, no loud P2 appreciated, no RV heave. Ext: no pedal or pretibial edema, no cyanosis, no clubbing.

Data today:
- ABG (hospital blood gas lab, seated at rest, room air x 20 min): pH 7.39 / PaCO2 6.1 kPa / PaO2 7.6 kPa
  (our analyzer reports in kPa since the 2025 upgrade).
- Hct 47.2%.
- ECG: sinus rhythm 82, right axis deviation, P wave 2.0 mm in II -- no P pulmonale.

Assessment: COPD with chronic resting hypoxemia -- borderline; the PaO2 on its own does not reach the <= 55 mm Hg
level. No dependent edema, no erythrocythemia, no P pulmonale. Pulmonary hypertension/cor pulmonale not yet
evaluated.

Plan:
1. TTE to assess RVSP / RV function -- first available 6/24. If there is evidence of PH or cor pulmonale he would
   qualify for continuous home O2.
2. Optimize inhalers: add LABA/ICS? -- will start with LAMA/LABA switch at f/u.
3. Pulmonary rehab referral.
""", "Northfield Medical Group - Pulmonary Consultation"), ctype="text/html", loinc="11488-4", time="11:30")
    c.note("rpt-ecg-2026-06-02", "ECG Report", "2026-06-02", "Priscilla Oduya, MD (Pulmonology) - overread", """
12-LEAD ECG -- 06/02/2026 10:10
Rate 82, PR 164, QRS 92, QT/QTc 368/430. Sinus rhythm. Right axis deviation (+100). P wave amplitude lead II
2.0 mm, lead III 1.5 mm, aVF 1.5 mm -- does not meet criteria for P pulmonale. No RVH voltage criteria. No acute
ST-T changes. Compared with 2024: axis shifted rightward.
Interpretation: abnormal ECG -- right axis deviation, possible early right heart strain; no P pulmonale by
amplitude criteria (P > 2.5-3 mm in II, III, aVF not met). Correlate with echocardiography.
""", loinc="11524-6", time="10:25")
    c.note("note-pulm-2026-06-12", "Pulmonology Telephone Note", "2026-06-12", "Priscilla Oduya, MD (Pulmonology)", """
PHONE 06/12/2026
Pt's daughter called -- asking about oxygen; pt tired, wants to "get it started." Explained that his blood gas is
low but in the borderline range, and that the echo on 6/24 will tell us whether his heart/lungs pressure is
affected, which would make oxygen appropriate. Placed DME order now so the supplier can begin paperwork;
will forward echo when done. Precautions reviewed; ED if worse (chest pain, confusion, blue lips, dyspnea at
rest). Daughter also asked about pulmonary rehab -- intake appointment 6/30 confirmed.
""", time="15:20")
    # after the request date (must be ignored)
    c.note("rpt-tte-2026-06-24", "Echocardiogram Report", "2026-06-24", "Miles Ferreira, MD (Cardiology - Echo)", """
TRANSTHORACIC ECHOCARDIOGRAM -- 06/24/2026
Indication: COPD with hypoxemia, evaluate for pulmonary hypertension. Image quality limited (hyperinflation);
subcostal windows used.
LV: normal size and wall thickness, LVEF 60%. No regional WMA. Grade I diastolic dysfunction.
RV: mildly dilated, TAPSE 1.5 cm, RV S' 8.9 cm/s (mildly reduced). Flattened septum in systole.
RA: mildly dilated. IVC 2.0 cm, < 50% collapse (RAP 8).
Valves: moderate TR, peak TR velocity 3.4 m/s; estimated RVSP 54 mmHg. Trace MR. AV normal.
IMPRESSION: Moderate pulmonary hypertension with mild RV dysfunction.
""", loinc="34552-0", time="15:00")

    cs = case("bd-o2-03", "pd09", SVC_STAT, ["J44.9", "R09.02"], "2026-06-16",
              gold("request_info", "NCD 240.2",
                   ["Observation/abg-pao2-2026-06-02", "Observation/hct-2026-06-02",
                    "DocumentReference/note-pulm-2026-06-02", "DocumentReference/rpt-ecg-2026-06-02",
                    "Appointment/appt-tte-2026-06-24"],
                   "ABG at rest on room air: PaO2 7.6 kPa = 57 mm Hg, in the Group II band (56-59); the ABG is preferred "
                   "over the conflicting 91% oximetry. Group II also needs dependent edema, pulmonary hypertension/cor "
                   "pulmonale, or Hct > 56%: no edema, Hct 47.2%, no P pulmonale on ECG. Pulmonary hypertension has not "
                   "been evaluated; the echo is booked for 6/24 (after the request). The echo result is later and does not "
                   "exist for the case. Ask for the echo / evidence of pulmonary hypertension.",
                   missing=["pulmonary hypertension|cor pulmonale|echocardiogram|echo|pulmonary artery pressure|RVSP"]),
              note="COPD, resting hypoxemia on ABG. Home O2 continuous.")
    return c, cs


CASES = [o201, o202, o203]
