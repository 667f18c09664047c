"""NCD 240.2 cases (home oxygen)."""
from lib import *

E1390 = {"system": HCPCS, "code": "E1390", "display": "Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen concentration at the prescribed flow rate"}
E1392 = {"system": HCPCS, "code": "E1392", "display": "Portable oxygen concentrator, rental"}


def spo2(c, id, when, val, flow, note=None, performer=None, method=None, encounter=None):
    comps = [{"code": cc(LOINC, "3151-8", "Inhaled oxygen flow rate"), "valueQuantity": Q(flow, "L/min")}]
    return c.obs(id, cc(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "SpO2"), when, ("Quantity", Q(val, "%")),
                 category="vital-signs", components=comps, note=note, performer=performer, method=method, encounter=encounter)


def o201():
    c = Chart("ph05", "ET", "https://fhir.threerivers-ch.example/r4", "https://fhir.threerivers-ch.example/CodeSystem/flowsheet", "PA")
    c.patient("Kaczmarek", ["Walter", "J."], "male", "1951-06-07", "McKees Rocks", "15136", "TRC-0088213", line="412 Chartiers Ave")
    c.practitioner("hosp-natarajan", "Natarajan", ["Priya"], prefix="Dr.", suffix="MD", qual="MD - Internal medicine (hospitalist)")
    c.practitioner("rt-bell", "Bell", ["Marcus"], suffix="RRT", qual="Registered respiratory therapist - Three Rivers Community Hospital")
    c.org("org-trch", "Three Rivers Community Hospital", "Hospital (acute care)")
    c.org("org-keystone", "Keystone Home Oxygen", "DME supplier")
    c.encounter("enc-ip-0207", "IMP", "Inpatient admission - medicine", "2026-02-07 18:55", "2026-02-12 13:30", who="hosp-natarajan",
                reason="COPD exacerbation with acute hypoxemic respiratory failure", service_provider="org-trch")

    c.condition("dx-1", "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", "2026-02-07 19:20",
                category="encounter-diagnosis", snomed=("13645005", "Chronic obstructive lung disease"))
    c.condition("dx-2", "J96.01", "Acute respiratory failure with hypoxia", "2026-02-07 19:21", category="encounter-diagnosis")
    c.condition("dx-3", "I10", "Essential (primary) hypertension", "2014-05-06 10:00")

    spo2(c, "fs-ed-spo2", "2026-02-07 16:42", 82, 0, note="ED triage, room air, 'low 80s'.", encounter="enc-ip-0207")
    c.obs("lab-abg-0207", cc(LOINC, "24336-0", "Gas panel - Arterial blood", "ABG"), "2026-02-07 17:20", category="laboratory",
          encounter="enc-ip-0207",
          components=[{"code": cc(LOINC, "2744-1", "pH of Arterial blood"), "valueQuantity": Q(7.33, "[pH]")},
                      {"code": cc(LOINC, "2019-8", "Carbon dioxide [Partial pressure] in Arterial blood"), "valueQuantity": Q(52, "mm[Hg]")},
                      {"code": cc(LOINC, "2703-7", "Oxygen [Partial pressure] in Arterial blood"), "valueQuantity": Q(64, "mm[Hg]")},
                      {"code": cc(LOINC, "3151-8", "Inhaled oxygen flow rate"), "valueQuantity": Q(4, "L/min")}],
          note="Drawn on 4 L/min nasal cannula.")
    c.obs("lab-hct-0208", cc(LOINC, "4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "Hct"), "2026-02-08 05:10",
          ("Quantity", Q(47.8, "%")), encounter="enc-ip-0207")
    c.servreq("ord-o2eval", c.lc("RT-O2-QUAL", "Home oxygen qualification: room-air SpO2 at rest and with ambulation"), "2026-02-10 17:05",
              status="completed", requester="hosp-natarajan", reason="Anticipated discharge; persistent O2 requirement",
              note="Obtain RA SpO2 at rest (>=10 min off O2 seated) and with ambulation; then on 2 L.")
    spo2(c, "fs-0211-0920", "2026-02-11 09:20", 87, 0, note="At rest, seated, after 10 min on room air. Good pleth waveform.",
         performer="rt-bell", method="Finger probe, hospital bedside oximeter", encounter="enc-ip-0207")
    spo2(c, "fs-0211-0930", "2026-02-11 09:30", 93, 2, note="At rest on 2 L NC.", performer="rt-bell", encounter="enc-ip-0207")
    spo2(c, "fs-0211-1005", "2026-02-11 10:05", 84, 0, note="Ambulating 120 ft on room air; stopped for dyspnea.", performer="rt-bell", encounter="enc-ip-0207")
    c.devreq("dme-o2-0212", {"coding": [{"system": HCPCS, "code": "E1390", "display": "Oxygen concentrator, single delivery port"}],
                             "text": "Stationary oxygen concentrator, 2 L/min continuous via NC"}, "2026-02-12 10:40",
             requester="hosp-natarajan", reason="Resting hypoxemia on room air (SpO2 87% 02/11/2026)",
             params=[("flow", "2 L/min"), ("frequency", "continuous, rest/exertion/sleep"), ("length of need", "99 months")])
    c.medreq("rx-pred", rx("8640", "prednisone", "prednisone 10 mg tablet"), "2026-02-12 10:45", dosage="40 mg daily x 2 more days then stop",
             requester="hosp-natarajan")
    c.medreq("rx-tio", rx("69120", "tiotropium", "tiotropium 18 mcg inhalation capsule"), "2026-02-12 10:46", dosage="1 capsule inhaled daily",
             requester="hosp-natarajan")
    c.medreq("rx-alb", rx("435", "albuterol", "albuterol HFA 90 mcg/actuation"), "2026-02-12 10:47", dosage="2 puffs q4-6h PRN",
             requester="hosp-natarajan")

    c.note("doc-hp-0207", "2026-02-07 21:35", "34117-2", "History and physical note", "hosp-natarajan", """THREE RIVERS COMMUNITY HOSPITAL - ADMISSION H&P
Date: 02/07/2026  Time: 21:10   Attending: Priya Natarajan, MD (Hospitalist)

CC: SOB x 4 days

HPI: 74M w/ COPD (GOLD 3; FEV1 41% pred 2024), 50 pk-yr, quit 2019, not on home O2, p/w 4 d of worsening DOE, cough productive of green sputum, wheeze. Using albuterol q2h at home without relief. Daughter brought him in. In ED sats in the low 80s on room air, 92% on 4 L NC. ABG on 4 L: 7.33/52/64. CXR: hyperinflation, no infiltrate, no effusion. Trop neg x1. BNP 88.

PMH: COPD, HTN, BPH. No CHF. No OSA.
Meds: tiotropium (ran out ~1 mo ago), albuterol PRN, amlodipine 5, tamsulosin.
Social: lives with daughter in 2-story home; ambulatory without device; ex-smoker.

ROS: Const: + fatigue, neg fever. CV: neg CP, neg orthopnea, neg LE swelling. Resp: + SOB, + cough, + wheeze. GI: neg. GU: neg. Neuro: neg. Psych: neg. All others reviewed and negative.

Exam: T 37.6, HR 108, BP 146/84, RR 26, SpO2 92% 4L. Tripoding, accessory muscle use. Diffuse exp wheeze, prolonged expiration. No JVD. No edema.

A/P:
1. AECOPD with acute hypoxemic (and mild hypercapnic) respiratory failure - duonebs q4h, methylpred 40 IV daily -> PO pred, azithromycin x5d, titrate O2 to 88-92%. BiPAP not needed at this time.
2. Home O2 evaluation before discharge - will order RA sat at rest and with ambulation when off BiPAP/stable.
3. HTN - continue amlodipine.
DVT ppx: enoxaparin. Code: Full.
""", title="Admission H&P", encounter="enc-ip-0207")

    c.note("doc-rt-0211", "2026-02-11 10:20", "34109-9", "Note", "rt-bell", fixed([
        "THREE RIVERS COMMUNITY HOSPITAL - RESPIRATORY THERAPY FLOWSHEET EXPORT",
        "PT: KACZMAREK, WALTER J    MRN TRC-0088213    RM 4W-412",
        "ORDER: HOME O2 QUALIFICATION (NATARAJAN, P MD 02/10/26 17:05)",
        "-" * 76,
        "DATE/TIME      ACTIVITY       O2 DEVICE  FLOW  SPO2  HR   RR  COMMENT",
        "02/11/26 0905  REST, SEATED   NC         2 L   93%   84   18  BASELINE ON O2",
        "02/11/26 0910  REST, SEATED   ROOM AIR   0     --    --   --  O2 REMOVED",
        "02/11/26 0920  REST, SEATED   ROOM AIR   0     87%   88   20  10 MIN RA, GOOD WAVE",
        "02/11/26 0922  REST, SEATED   NC         2 L   --    --   --  O2 REPLACED",
        "02/11/26 0930  REST, SEATED   NC         2 L   93%   82   18",
        "02/11/26 1005  AMBULATION     ROOM AIR   0     84%   104  26  120 FT, STOP-DYSPNEA",
        "02/11/26 1008  AMBULATION     NC         2 L   90%   98   22  COMPLETED 200 FT",
        "-" * 76,
        "RT: M. BELL, RRT   RESULTS CALLED TO DR NATARAJAN 10:15",
    ]), title="RT flowsheet - O2 qualification", encounter="enc-ip-0207")

    c.note("doc-dc-0212", "2026-02-12 13:05", "18842-5", "Discharge summary", "hosp-natarajan", """DISCHARGE SUMMARY
Three Rivers Community Hospital
Patient: Walter J. Kaczmarek   MRN TRC-0088213
Admit: 02/07/2026   Discharge: 02/12/2026   Attending: Priya Natarajan, MD

Principal diagnosis: COPD with acute exacerbation
Secondary: acute hypoxemic respiratory failure (resolving, persistent resting hypoxemia on room air); HTN; BPH

Hospital course: Treated with nebulized bronchodilators, systemic steroids (methylprednisolone -> prednisone) and azithromycin x 5 days. Wheeze and work of breathing improved; remained on 1-2 L NC. Weaning attempts to room air on 2/10 and 2/11 were not tolerated.

Home oxygen evaluation (ordered by me 2/10, performed by hospital RT 2/11, reviewed by me): room-air SpO2 at rest 87% after 10 minutes seated; 84% with ambulation on room air; 93% at rest and 90% ambulating on 2 L. He meets criteria for home oxygen based on resting hypoxemia. Prescribed: 2 L/min continuous via stationary concentrator; portable system for ambulation.

Condition at discharge: stable, afebrile, ambulating with O2.
Discharge meds: prednisone 40 mg x 2 more days then stop; tiotropium 18 mcg daily (new Rx - he had run out); albuterol HFA PRN; amlodipine 5 mg; tamsulosin 0.4 mg.
DME: Keystone Home Oxygen to deliver today.
Follow-up: PCP (Dr. Fenwick) in 7 days; pulmonology 4-6 weeks; repeat oxygen assessment at pulmonary visit.

Priya Natarajan, MD  02/12/2026 13:05
""", title="Discharge summary", encounter="enc-ip-0207")

    c.note("doc-dme-0213", "2026-02-13 11:30", "34109-9", "Note", "Organization/org-keystone", """KEYSTONE HOME OXYGEN - DELIVERY / SET-UP RECORD
Date: 02/13/2026 10:40   Technician: S. Ruffing, CRT (Keystone staff)
Patient: Walter Kaczmarek, McKees Rocks PA

Delivered: stationary concentrator (5 L), 50 ft tubing, humidifier bottle; E-cylinders x4 with regulator for ambulation (portable).
Rx on file: 2 L/min continuous, Dr. P. Natarajan (Three Rivers CH).
Home safety check done (no smokers in home; smoke detectors present; no open flame). Patient and daughter instructed on equipment.
Spot check by technician: SpO2 90% on room air at rest (patient had removed cannula ~3-4 min before check while talking); 95% on 2 L.
Patient asks about a portable concentrator instead of tanks - will send request to physician.
""", title="DME delivery record")

    c.note("doc-pcp-0213", "2026-02-13 15:45", "34748-4", "Telephone encounter Note", "hosp-natarajan", """<html><body>
<p><b>Transitional care call</b> &ndash; 02/13/2026 15:20 &ndash; Three Rivers Hospitalist Group (call made by A. Duda, RN for Dr. Natarajan)</p>
<ul>
<li>Patient home since yesterday. Oxygen delivered this morning; using 2 L continuously, wearing it at night and walking in house.</li>
<li>Breathing &ldquo;a lot better than Saturday&rdquo;. No fever. Taking prednisone, tiotropium.</li>
<li>Daughter asks about a lighter portable unit &ndash; told to discuss with PCP/pulmonary; stationary order stands.</li>
<li>PCP f/u 2/19 booked. Pulm 3/18 booked.</li>
</ul>
</body></html>""", ctype="text/html", title="Transitional care call")

    gold = {"recommendation": "approve", "policy": "NCD 240.2",
            "evidence": ["Observation/fs-0211-0920", "DocumentReference/doc-dc-0212", "DocumentReference/doc-rt-0211"],
            "missing": [],
            "rationale": "Group I: room-air SpO2 87% at rest on 02/11, within 2 days of discharge (02/12), ordered and evaluated by the treating hospitalist, performed by hospital RT. ABG was on 4 L (not a room-air study); DME technician's spot check does not count."}
    k = case("bh-o2-01", "patients/ph05.json", E1390,
             [("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), ("J96.01", "Acute respiratory failure with hypoxia")],
             "2026-02-13", gold, note="Home O2 2 L continuous, stationary concentrator, post-discharge.")
    return c, "2026-02-13 18:00", k


def o202():
    c = Chart("ph06", "MT", "https://fhir.frontrange-pulm.example/R4", "http://frontrange-pulm.example/fhir/CodeSystem/pft-local", "CO")
    c.patient("Voss", ["Harriet", "A."], "female", "1947-03-15", "Lakewood", "80227", "FRP-220417", line="2980 S Wadsworth Blvd #114")
    c.practitioner("solberg", "Solberg", ["Ingrid"], prefix="Dr.", suffix="MD", qual="MD - Pulmonary disease")
    c.practitioner("greene", "Greene", ["Marcus"], prefix="Dr.", suffix="MD", qual="MD - Internal medicine (primary care)")
    c.org("frontrange-oxy", "Front Range Oxygen & Medical", "DME supplier")
    c.encounter("ip-0909", "IMP", "Inpatient admission", "2026-09-09 14:20", "2026-09-14 11:00", reason="Community-acquired pneumonia")

    c.condition("pl-ipf", "J84.112", "Idiopathic pulmonary fibrosis", "2025-02-18 10:00", asserter="solberg")
    c.condition("pl-sob", "R06.02", "Shortness of breath", "2026-10-20 10:40", asserter="solberg")
    c.condition("pl-ph", "I27.20", "Pulmonary hypertension, unspecified", "2026-10-03 09:00", verification="provisional",
                note="Added from echo report (RVSP 41). No right heart catheterization. Pulmonology: borderline, not established.")

    spo2(c, "ox-0911", "2026-09-11 06:00", 88, 0, note="Inpatient, febrile 38.9 C, RA at rest.", encounter="ip-0909")
    spo2(c, "ox-0913", "2026-09-13 10:15", 94, 0, note="Inpatient pre-discharge, RA at rest; 92% ambulating on RA.", encounter="ip-0909")
    spo2(c, "ox-1020-rest", "2026-10-20 09:50", 91, 0, note="Pulmonary clinic, seated 10 min, RA.", performer="solberg")
    c.obs("pft-6mwt-1020", c.lc("6MWT", "Six-minute walk test"), "2026-10-20 10:05", category="activity", performer="solberg",
          components=[{"code": c.lc("6MWT-DIST", "Distance walked"), "valueQuantity": Q(312, "m")},
                      {"code": c.lc("6MWT-SPO2-NADIR", "SpO2 nadir during walk"), "valueQuantity": Q(90, "%")},
                      {"code": c.lc("6MWT-O2", "Supplemental O2 during walk"), "valueQuantity": Q(0, "L/min")},
                      {"code": c.lc("6MWT-BORG", "Borg dyspnea score at end"), "valueQuantity": Q(4, "{score}")}],
          note="Room air. Nadir 90% at minute 5, good waveform (forehead probe). Stopped once for 20 s (breathless), no desaturation below 90%.")
    c.obs("pft-dlco-1020", c.lc("DLCO-PP", "DLCO, % predicted"), "2026-10-20 11:00", ("Quantity", Q(48, "%")), category="procedure")
    c.obs("ox-dme-rest", cc(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "SpO2"), "2026-10-29 14:05",
          ("Quantity", Q(89, "%")), category="vital-signs", performer="Organization/frontrange-oxy",
          note="Supplier qualification test at patient's home, RA at rest.")
    c.obs("ox-dme-ex", cc(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "SpO2"), "2026-10-29 14:15",
          ("Quantity", Q(86, "%")), category="vital-signs", performer="Organization/frontrange-oxy",
          note="Supplier qualification test at patient's home, RA walking in apartment hallway.")
    c.obs("echo-rvsp-1002", c.lc("ECHO-RVSP", "Estimated RV systolic pressure (echo)"), "2026-10-02 13:30", ("Quantity", Q(41, "mm[Hg]")),
          category="imaging", note="Normal RV size and function. TAPSE 2.1 cm.")
    c.obs("lab-hct-1020", cc(LOINC, "4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "Hct"), "2026-10-20 11:30",
          ("Quantity", Q(42, "%")))
    c.devreq("poc-1103", {"coding": [{"system": HCPCS, "code": "E1392", "display": "Portable oxygen concentrator, rental"}],
                          "text": "Portable oxygen concentrator, pulse dose setting 2, with exertion and travel"}, "2026-11-03 16:20",
             requester="greene", reason="Exertional desaturation 86% (supplier walk test 10/29)")
    c.medreq("rx-nint", rx(None, "nintedanib 150 mg capsule"), "2025-03-04 10:00", dosage="150 mg PO BID", requester="solberg")
    c.servreq("sr-hast", c.lc("HAST", "High altitude simulation test"), "2026-11-06 08:40", requester="solberg", reason="Air travel assessment")

    c.note("n-dc-0914", "2026-09-14 10:40", "18842-5", "Discharge summary", "greene", """DISCHARGE SUMMARY - St. Anthony West (community hospital)
Admitted 09/09/2026 - Discharged 09/14/2026
Attending: Marcus Greene, MD (admitting for his own patient)

Dx: community-acquired pneumonia, RLL. IPF (on nintedanib, followed by Dr. Solberg).
Course: ceftriaxone + azithromycin, then PO amoxicillin-clavulanate. Febrile to 38.9 on HD 1-3. Needed 2 L NC on HD 1-3 (RA sat 88% on 9/11 while febrile). Weaned to room air 9/12.
Home O2 assessment 9/13: RA at rest 94%, ambulating 92% on RA. Does not qualify for home oxygen; none prescribed.
Elevation note: patient lives in Lakewood, CO (~5,500 ft).
Disposition: home with daughter. PCP f/u 1 wk; pulm f/u as scheduled 10/20.
""", title="Discharge summary", encounter="ip-0909")

    c.note("n-pulm-1020", "2026-10-20 12:10", "11506-3", "Progress note", "solberg", """<html><body>
<h3>Front Range Pulmonary &amp; Sleep &ndash; Clinic Note</h3>
<p>10/20/2026 &middot; Ingrid Solberg, MD</p>
<p><b>HPI</b>: 79 y.o. woman with IPF (dx 02/2025, on nintedanib since 03/2025), recovered from CAP in September. She is breathless going up the stairs to her unit and on the hill to the mailbox. No resting dyspnea, no orthopnea, no leg swelling. Asks about oxygen &ldquo;to have more energy&rdquo; and because she is flying to Phoenix for Thanksgiving.</p>
<p><b>Today</b>:</p>
<ul>
<li>Resting SpO2 on room air (seated 10 min): <b>91%</b></li>
<li>6MWT on room air: 312 m, nadir <b>90%</b> at minute 5 (forehead probe), Borg 4, one 20-second pause.</li>
<li>Spirometry/DLCO: FVC 71% pred (stable vs 4/2026), DLCO 48% pred (from 52%).</li>
<li>Hct 42%. Echo 10/2 (ordered by PCP): RVSP est. 41 mmHg, normal RV size/function &ndash; borderline, not diagnostic of PH; no RHC indicated now.</li>
</ul>
<p><b>Exam</b>: bibasilar fine crackles, mild clubbing, no edema, JVP normal.</p>
<p><b>Assessment</b>: IPF, mild-moderate, slow progression. No resting or exertional hypoxemia at our testing today; at her home altitude these values are expected. Dyspnea is from deconditioning and fibrosis, not hypoxemia. Home oxygen is not indicated at this time.</p>
<p><b>Plan</b>: continue nintedanib; pulmonary rehabilitation referral; repeat 6MWT and PFTs in 3 months. Air travel: discuss high-altitude simulation test if she wants in-flight O2 assessment.</p>
</body></html>""", ctype="text/html", title="Pulmonary clinic note")

    c.note("n-dme-1029", "2026-10-29 15:00", "34109-9", "Note", "Organization/frontrange-oxy", fixed([
        "FRONT RANGE OXYGEN & MEDICAL - OXYGEN QUALIFICATION TEST",
        "Patient: VOSS, HARRIET A     DOB 03/15/1947     Test location: pt home",
        "Requested by: patient (self-referral, travel)  Performed by: J. Ruiz, CRT",
        "Oximeter: Front Range unit #7 (finger probe)",
        "-" * 68,
        "CONDITION                 O2          SPO2    HR",
        "Rest, seated 5 min        Room air    89%     88",
        "Walking hallway 3 min     Room air    86%     104",
        "Walking, on POC pulse 2   POC         93%     98",
        "-" * 68,
        "Result: qualifies for exertional oxygen (86% RA with exertion,",
        "improves to 93% on POC setting 2). Faxed to PCP Dr. M. Greene for order.",
    ]), title="Supplier oxygen qualification test")

    c.note("n-pcp-1103", "2026-11-03 16:30", "34748-4", "Telephone encounter Note", "greene", """Telephone note - 11/03/2026 16:12 - Marcus Greene, MD
Front Range Oxygen faxed qualifying walk test (86% RA with exertion on 10/29, improves to 93% on POC). Patient called asking for a portable concentrator before her Thanksgiving trip to Phoenix. Signed order for POC, pulse setting 2, with exertion and travel. Will let pulmonary know.
""", title="Telephone encounter")

    c.note("n-pulm-1106", "2026-11-06 09:05", "34748-4", "Telephone encounter Note", "solberg", """Pulmonary - provider message 11/06/2026 08:50 - I. Solberg MD
Re: POC order from Dr. Greene (copied to me).
I reviewed the supplier walk test. It was done by the oxygen company's technician in her apartment, not by a lab or our clinic. Our measured values 10/20 (RA rest 91%, 6MWT nadir 90% with good signal) do not show hypoxemia, and at 5,500 ft those numbers are within what I expect for her. I do not think she meets criteria for home or portable oxygen now and would not support the order. Pulmonary rehab referral stands. For the flight I have ordered a HAST. Called patient and left a message; will discuss with Dr. Greene.
""", title="Provider message")

    gold = {"recommendation": "refer", "policy": "NCD 240.2",
            "evidence": ["Observation/ox-1020-rest", "Observation/pft-6mwt-1020", "DocumentReference/n-pulm-1020", "DocumentReference/n-pulm-1106"],
            "missing": [],
            "rationale": "Practitioner-evaluated tests show RA rest 91% and exertional nadir 90% (no Group I or II value); the only qualifying values come from the DME supplier, which is not a qualified tester; September 88% was febrile and not at the time of need (and >2 days before discharge). Breathlessness without hypoxemia; pulmonologist documents criteria not met."}
    k = case("bh-o2-02", "patients/ph06.json", E1392,
             [("J84.112", "Idiopathic pulmonary fibrosis"), ("R06.02", "Shortness of breath")], "2026-11-10", gold,
             note="POC for exertional desaturation and travel.")
    return c, "2026-11-10 17:00", k


def build():
    return [o201(), o202()]
