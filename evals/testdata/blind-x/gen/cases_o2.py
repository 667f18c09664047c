from fhir import Chart, case, dedent, svc_hcpcs


def o2_01():
    c = Chart("pt-3158", "granite-falls", "Granite Falls Medical Group")
    c.patient("Eldon Ray", "Pettibone", "male", "1948-11-05", "GFM-315802", "Granite Falls", "NC")
    pcp = c.prac("dr-whitlock", "Sarah", "Whitlock", "MD", "Family Medicine")
    pulm = c.prac("dr-achterberg", "Gideon", "Achterberg", "MD", "Pulmonary Disease")
    lab = c.prac("rt-greer", "Tamika", "Greer", "RRT", "Pulmonary function / blood gas laboratory, Caldwell Memorial Hospital")
    dme = c.prac("dme-summit", "Kyle", "Renner", "", "Service technician, Summit Home Medical (DME supplier)")

    c.cond("copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2016-03-14",
           note="GOLD 3, FEV1 41% predicted (09/2025).")
    c.cond("hypoxemia", "R09.02", "Hypoxemia", "2026-01-16", recorder=pulm)
    c.cond("bph", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2018-06-01")
    c.cond("cataract", "H25.13", "Age-related nuclear cataract, bilateral", "2023-02-09")
    c.cond("ex-smoker", "Z87.891", "Personal history of nicotine dependence", "2016-03-14",
           note="55 pack-years, quit 2016.")
    c.med("tiotropium", "2016-03-14", "tiotropium 2.5 mcg/actuation inhalation spray", "69120",
          dosage="2 puffs daily", requester=pulm)
    c.med("fluticasone", "2021-10-05", "fluticasone / salmeterol 250/50 inhalation powder",
          dosage="1 inhalation BID", requester=pulm)
    c.med("albuterol", "2016-03-14", "albuterol 90 mcg/actuation inhaler", "435", dosage="2 puffs q4-6h PRN",
          requester=pcp)
    c.med("tamsulosin", "2018-06-01", "tamsulosin 0.4 mg oral capsule", "77492", dosage="0.4 mg nightly",
          requester=pcp)

    e1 = c.enc("enc-pcp-2025-12-16", "2025-12-16", "Primary care visit", pcp)
    c.obs("spo2-2025-12-16", "2025-12-16", "Oxygen saturation in Arterial blood by Pulse oximetry", 91, "%",
          loinc="59408-5", category="vital-signs", enc=e1, note="At rest, room air.")
    c.doc("pcp-2025-12-16", "2025-12-16", "progress", "Primary care visit", dedent("""
        GRANITE FALLS MEDICAL GROUP   12/16/2025   Sarah Whitlock, MD
        77M with severe COPD. More DOE over 2 months: now stops after ~50 yards, short of breath dressing.
        Ankles mildly puffy. No fever, sputum baseline. Adherent to inhalers.
        SpO2 91% RA at rest. RR 20. Prolonged expiration, scattered wheeze.
        A/P: COPD, progressive dyspnea. Does not qualify for home oxygen at this time (SpO2 91% RA).
        Pulmonology follow-up moved up to January. Pulmonary rehab referral.
        """), author=pcp, enc=e1)

    e2 = c.enc("enc-pulm-2026-01-13", "2026-01-13", "Pulmonology follow-up", pulm)
    c.obs("spo2-2026-01-13", "2026-01-13", "Oxygen saturation in Arterial blood by Pulse oximetry", 90, "%",
          loinc="59408-5", category="vital-signs", enc=e2, performer=pulm,
          note="Clinic oximeter, seated after 10 minutes rest, room air. Cold fingers, variable waveform.")
    c.doc("pulm-2026-01-13", "2026-01-13", "progress", "Pulmonology follow-up", dedent("""
        PULMONARY CLINIC   01/13/2026   Gideon Achterberg, MD
        Interval: worsening exertional dyspnea, morning headaches, more fatigue. mMRC 3. No exacerbation
        requiring steroids since 07/2025.
        Exam: thin, pursed-lip breathing, distant breath sounds. Trace pedal edema. Fingers cold, poor
        oximeter waveform. Resting SpO2 on RA 89-90% (clinic oximeter).
        Walk test deferred - right knee effusion, using a cane.
        Assessment: severe COPD with borderline resting oximetry; oximetry unreliable today (poor perfusion
        signal). Not qualifying on today's reading.
        Plan: arterial blood gas at rest on room air at Caldwell Memorial pulmonary lab this week; I will
        review and decide on home oxygen. Echo to look for PH.
        """), author=pulm, enc=e2)
    c.sr("sr-abg", "2026-01-13", "Arterial blood gas, room air, at rest", requester=pulm, status="completed",
         reason="Severe COPD, evaluate for resting hypoxemia / home oxygen")

    e3 = c.enc("enc-abg-2026-01-15", "2026-01-15", "Hospital outpatient blood gas laboratory", lab)
    c.obs("abg-ph-2026-01-15", "2026-01-15", "pH of Arterial blood", 7.41, "[pH]", loinc="2744-1",
          category="laboratory", enc=e3, performer=lab)
    c.obs("abg-paco2-2026-01-15", "2026-01-15", "Carbon dioxide [Partial pressure] in Arterial blood", 47,
          "mm[Hg]", loinc="2019-8", category="laboratory", enc=e3, performer=lab)
    c.obs("abg-pao2-2026-01-15", "2026-01-15", "Oxygen [Partial pressure] in Arterial blood", 54, "mm[Hg]",
          loinc="2703-7", category="laboratory", enc=e3, performer=lab,
          note="Room air (FiO2 0.21), seated at rest x 15 min, right radial, Allen test normal.")
    c.obs("abg-sao2-2026-01-15", "2026-01-15", "Oxygen saturation in Arterial blood", 88.4, "%", loinc="2708-6",
          category="laboratory", enc=e3, performer=lab, method="Co-oximetry")
    c.doc("abg-2026-01-15", "2026-01-15", "lab", "Arterial blood gas report", dedent("""
        CALDWELL MEMORIAL HOSPITAL - PULMONARY FUNCTION & BLOOD GAS LABORATORY (CLIA-certified)
        Collected 01/15/2026 10:42. Ordering: G. Achterberg, MD.
        Conditions: room air, FiO2 0.21, seated at rest 15 minutes. Right radial puncture.
          pH 7.41   PaCO2 47 mm Hg   PaO2 54 mm Hg   HCO3 29.5   SaO2 (co-ox) 88.4%   COHb 1.1%
        Performed by: Tamika Greer, RRT.
        """), author=lab, enc=e3)

    c.doc("pulm-2026-01-16-addendum", "2026-01-16", "progress", "Addendum - ABG result", dedent("""
        ADDENDUM to 01/13/2026 visit - Gideon Achterberg, MD - 01/16/2026
        ABG reviewed: PaO2 54 mm Hg, SaO2 88.4% at rest on room air (01/15/2026). This is a qualifying resting
        hypoxemia. The clinic oximetry (89-90%) was discordant, with poor signal; the blood gas is the
        reliable measurement. Ordering continuous home oxygen 2 L/min via concentrator, target SpO2 90-92%.
        Discussed fire safety (no smoking in home, confirmed).
        """), author=pulm, enc=e2, relates=("appends", "pulm-2026-01-13"))
    c.devreq("dr-o2", "2026-01-16", "Oxygen concentrator, stationary", "E1390", requester=pulm,
             reason="Severe COPD with resting hypoxemia, PaO2 54 mm Hg RA", note="2 L/min continuous, 24 h/day. Length of need 99 months.")

    c.obs("ono-2026-01-20", "2026-01-20", "Overnight oximetry - time SpO2 <= 88%", 12, "%", text="ono-t88",
          category="procedure", performer=dme, note="Recorder set up and downloaded by Summit Home Medical.")
    c.doc("dme-2026-01-20", "2026-01-20", "note", "Summit Home Medical overnight oximetry printout", dedent("""
        SUMMIT HOME MEDICAL - OVERNIGHT OXIMETRY (supplier courtesy test)
        Night of 01/19-01/20/2026, room air. Recording 6 h 48 min. Mean SpO2 89%, nadir 81%, time <= 88%: 12%.
        Technician: Kyle Renner.
        """), author=dme)

    e4 = c.enc("enc-pcp-2026-01-22", "2026-01-22", "Primary care visit", pcp)
    c.doc("pcp-2026-01-22", "2026-01-22", "progress", "Primary care visit", dedent("""
        GRANITE FALLS MEDICAL GROUP   01/22/2026   Sarah Whitlock, MD
        F/u BPH and knee. R knee effusion improving, aspirated 12/30 (no crystals).
        Problem list reviewed:
          COPD severe - does not qualify for home oxygen at this time (SpO2 91% RA 12/16/25). Pulm following.
          BPH - stable on tamsulosin.
          Cataracts - ophthalmology 03/2026.
        Patient mentions the oxygen company called him about delivery.
        """), author=pcp, enc=e4)

    cs = case("bx-o2-01", "patients/px3158.json", svc_hcpcs("E1390", "Oxygen concentrator, single delivery port"),
              [("J44.9", "Chronic obstructive pulmonary disease, unspecified"), ("R09.02", "Hypoxemia")],
              "2026-01-27", "approve", "NCD 240.2",
              ["Observation/abg-pao2-2026-01-15", "DocumentReference/pulm-2026-01-16-addendum"],
              rationale="Group I at rest: PaO2 54 mm Hg on room air at rest, ordered and evaluated by the treating "
                        "pulmonologist and performed by a hospital laboratory, during the period of symptoms "
                        "(outpatient). When ABG and oximetry conflict, the ABG is preferred. The PCP's 'does not "
                        "qualify' line is copied forward from December; the supplier's overnight oximetry is not "
                        "a qualifying test and is not needed.",
              note="Severe COPD, resting PaO2 54 on RA. Stationary concentrator 2 L continuous.")
    return cs, c


def o2_02():
    c = Chart("pt-8823", "st-brendan", "St. Brendan Regional Hospital")
    c.patient("Agnes Theresa", "Kowalski", "female", "1943-07-19", "SBR-882305", "Scranton", "PA")
    hosp = c.prac("dr-osei", "Kwame", "Osei", "MD", "Hospital Medicine")
    ed = c.prac("dr-lambert", "Julia", "Lambert", "MD", "Emergency Medicine")
    rt = c.prac("rt-dunleavy", "Patrick", "Dunleavy", "RRT", "Respiratory Therapy")
    cm = c.prac("cm-ferraro", "Donna", "Ferraro", "RN", "Case Management")
    pcp = c.prac("dr-sandoval", "Luis", "Sandoval", "MD", "Internal Medicine")

    c.cond("cap", "J18.9", "Pneumonia, unspecified organism", "2026-03-01", clinical="resolved",
           abatement="2026-03-09")
    c.cond("ahrf", "J96.01", "Acute respiratory failure with hypoxia", "2026-03-01", clinical="resolved",
           abatement="2026-03-06")
    c.cond("sob", "R06.02", "Shortness of breath", "2026-03-09")
    c.cond("hfpef", "I50.32", "Chronic diastolic (congestive) heart failure", "2022-10-12")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2004-01-01")
    c.cond("oa-knee", "M17.0", "Bilateral primary osteoarthritis of knee", "2015-05-20")

    e_ed = c.enc("enc-ed-2026-03-01", "2026-03-01", "Emergency department", ed, cls="EMER")
    c.obs("spo2-2026-03-01", "2026-03-01", "Oxygen saturation in Arterial blood by Pulse oximetry", 84, "%",
          loinc="59408-5", category="vital-signs", enc=e_ed, note="Room air, at triage. Placed on 3 L NC -> 94%.")
    c.doc("ed-2026-03-01", "2026-03-01", "note", "Emergency department note", dedent("""
        ED NOTE 03/01/2026 Julia Lambert, MD
        82F, 3 days cough, fever 38.6, confusion per daughter. SpO2 84% RA -> 94% on 3 L. RR 26.
        CXR: RLL consolidation. WBC 16.2, lactate 1.8. CURB-65 = 3.
        Ceftriaxone + azithromycin. Admit to medicine, telemetry.
        """), author=ed, enc=e_ed)

    e_ip = c.enc("enc-ip-2026-03-01", "2026-03-01", "Inpatient admission - medicine", hosp, cls="IMP", end="2026-03-09")
    c.doc("hp-2026-03-01", "2026-03-01", "hp", "Admission history and physical", dedent("""
        ADMISSION H&P 03/01/2026 Kwame Osei, MD
        CAP RLL with acute hypoxic respiratory failure (SpO2 84% RA), HFpEF, HTN. Home: independent with
        walker, lives with daughter. No home oxygen. Never smoked.
        Plan: IV abx, O2 titrate to SpO2 >= 92%, gentle diuresis if needed, PT/OT.
        """), author=hosp, enc=e_ip)
    c.doc("prog-2026-03-06", "2026-03-06", "progress", "Hospital progress note day 6", dedent("""
        PROGRESS NOTE HD#6 03/06/2026 Kwame Osei, MD
        S: cough improving, afebrile 72 h, eating. O: SpO2 93% on RA since this morning (weaned off 1 L at 06:00).
        A/P: CAP improving, hypoxemia resolved. Switch to PO cefpodoxime. PT: ambulating 100 ft with walker.
        """), author=hosp, enc=e_ip)

    c.obs("spo2-rest-2026-03-08", "2026-03-08", "Oxygen saturation in Arterial blood by Pulse oximetry", 94, "%",
          loinc="59408-5", category="vital-signs", enc=e_ip, performer=rt, note="At rest, room air, 10 min.")
    c.obs("spo2-amb-2026-03-08", "2026-03-08", "Oxygen saturation in Arterial blood by Pulse oximetry", 91, "%",
          loinc="59408-5", category="vital-signs", enc=e_ip, performer=rt,
          note="Lowest value during 6-minute ambulation with walker, room air (220 ft). Recovered to 94% in 1 min.")
    c.doc("rt-o2eval-2026-03-08", "2026-03-08", "nurse", "Respiratory therapy home oxygen qualification", dedent("""
        <html><body>
        <h4>RESPIRATORY THERAPY &mdash; HOME O2 QUALIFICATION WALK</h4>
        <p>Date/time: 03/08/2026 14:20 &nbsp; RT: Patrick Dunleavy, RRT &nbsp; Ordered by: Dr Osei</p>
        <table border="1">
        <tr><th>Condition</th><th>SpO2</th><th>HR</th></tr>
        <tr><td>Rest, room air (10 min)</td><td>94%</td><td>84</td></tr>
        <tr><td>Ambulation, room air, 6 min with walker (220 ft)</td><td>91% (lowest)</td><td>102</td></tr>
        <tr><td>Recovery, room air, 1 min</td><td>94%</td><td>88</td></tr>
        </table>
        <p>Patient c/o dyspnea 4/10 (Borg) with ambulation. <b>Does not meet criteria for home O2 at rest or
        with exertion.</b> Test on O2 not indicated.</p>
        </body></html>
        """), author=rt, enc=e_ip, html=True)

    c.doc("dc-2026-03-09", "2026-03-09", "discharge", "Discharge summary", dedent("""
        DISCHARGE SUMMARY
        Admitted 03/01/2026  Discharged 03/09/2026  Attending: Kwame Osei, MD

        Principal diagnosis: community-acquired pneumonia, RLL.
        Secondary: acute hypoxic respiratory failure (resolved); chronic diastolic HF; HTN; knee OA.

        Hospital course: 82F presented with RLL pneumonia and acute hypoxic respiratory failure, SpO2 84% on room
        air requiring 3 L NC. Treated with ceftriaxone/azithromycin, transitioned to cefpodoxime. Oxygen weaned.
        Mild volume overload treated with IV furosemide x2. Ambulating with walker with PT.

        Condition at discharge: stable, afebrile. Gets short of breath walking to the bathroom and is anxious
        about going home.
        Discharge oxygen: home oxygen 2 L/min NC with exertion and as needed for dyspnea/comfort.
        Follow-up: PCP (Dr Sandoval) within 1 week; repeat CXR in 6 weeks.
        """), author=hosp, enc=e_ip)
    c.doc("cm-2026-03-09", "2026-03-09", "nurse", "Case management discharge note", dedent("""
        CASE MANAGEMENT 03/09/2026 Donna Ferraro, RN
        Discharge home with daughter. Home O2 ordered by Dr Osei - qualifying saturation 84% on room air
        documented. Referral and face sheet sent to Keystone Home Oxygen; delivery to home this evening.
        Home health PT/RN referral placed. Patient and daughter agree with plan.
        """), author=cm, enc=e_ip)
    c.devreq("dr-o2", "2026-03-09", "Oxygen concentrator, stationary", "E1390", requester=hosp,
             reason="Pneumonia, acute hypoxic respiratory failure", note="2 L/min NC with exertion and PRN dyspnea.")
    c.med("cefpodoxime", "2026-03-06", "cefpodoxime 200 mg oral tablet", dosage="200 mg BID to complete 7 days",
          status="completed", requester=hosp, start="2026-03-06", end="2026-03-08")

    # after the request date
    e_pcp = c.enc("enc-pcp-2026-03-17", "2026-03-17", "Primary care post-discharge visit", pcp)
    c.obs("spo2-2026-03-17", "2026-03-17", "Oxygen saturation in Arterial blood by Pulse oximetry", 86, "%",
          loinc="59408-5", category="vital-signs", enc=e_pcp, note="At rest on room air (O2 off 15 min).")
    c.doc("pcp-2026-03-17", "2026-03-17", "progress", "Post-discharge visit", dedent("""
        Post-discharge visit 03/17/2026 Luis Sandoval, MD. SpO2 86% RA at rest after O2 off 15 min; 3 kg weight
        gain, edema. HFpEF exacerbation - increase furosemide. Continue home O2.
        """), author=pcp, enc=e_pcp)

    cs = case("bx-o2-02", "patients/px8823.json", svc_hcpcs("E1390", "Oxygen concentrator, single delivery port"),
              [("J18.9", "Pneumonia, unspecified organism"), ("R06.02", "Shortness of breath")],
              "2026-03-10", "refer", "NCD 240.2",
              ["Observation/spo2-rest-2026-03-08", "Observation/spo2-amb-2026-03-08",
               "DocumentReference/rt-o2eval-2026-03-08", "DocumentReference/dc-2026-03-09"],
              rationale="Inpatient origin: the qualifying test must be within 2 days of discharge. The RT test on "
                        "03/08 shows 94% at rest and 91% lowest with exertion on room air - not hypoxemic. The 84% "
                        "saturation is from ED arrival 8 days before discharge (quoted by the case manager and "
                        "the copied hospital course). Oxygen for dyspnea/comfort without hypoxemia is "
                        "non-covered. The 86% reading at the PCP visit is dated after the request.",
              note="Discharged on home O2 after pneumonia with acute hypoxic respiratory failure, sat 84% RA.")
    return cs, c


CASES = [o2_01, o2_02]
