"""NCD 20.29 Hyperbaric oxygen therapy cases (bb-hbot-01..04)."""
from fhir import Bundle, comp, wound_components, LOINC, LOCAL, CPT, HCPCS

G0277 = {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}
CPT99183 = {"system": CPT, "code": "99183", "display": "Physician attendance and supervision of hyperbaric oxygen therapy"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def dx(code, display):
    return {"system": ICD, "code": code, "display": display}


def wound(b, oid, date, l, w, d, site):
    return b.obs(oid, date, "Wound assessment - measurements", code="wound-measure-panel", category="exam",
                 components=wound_components(l, w, d), note=f"Site: {site}. Area (L x W) {round(l * w, 2)} cm2.")


def wagner(b, oid, date, grade, note=None):
    return b.obs(oid, date, "Wagner diabetic foot ulcer grade", code="wagner-grade", category="exam",
                 value_string=f"Grade {grade}", note=note)


# ---------------------------------------------------------------------------
VASC_HTML_05 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Noninvasive Arterial Study</title></head>
<body>
<h2>Lakeshore Regional Vascular Laboratory</h2>
<p><b>Exam:</b> Bilateral lower-extremity arterial Doppler, ABI/TBI, transcutaneous oximetry<br>
<b>Date:</b> 01/05/2026 &nbsp; <b>Technologist:</b> R. Delacroix, RVT<br>
<b>Indication:</b> Diabetic foot ulcer, right plantar 1st metatarsal head; pre-healing assessment</p>
<table border="1" cellpadding="3">
<tr><th></th><th>Right</th><th>Left</th></tr>
<tr><td>Brachial pressure (mmHg)</td><td>138</td><td>136</td></tr>
<tr><td>DP pressure (mmHg)</td><td>142</td><td>150</td></tr>
<tr><td>PT pressure (mmHg)</td><td>144</td><td>152</td></tr>
<tr><td>ABI</td><td>1.04</td><td>1.10</td></tr>
<tr><td>Great-toe pressure (mmHg)</td><td>98</td><td>107</td></tr>
<tr><td>TBI</td><td>0.71</td><td>0.78</td></tr>
<tr><td>TcPO2, dorsal forefoot (mmHg)</td><td>46</td><td>-</td></tr>
<tr><td>Doppler waveforms</td><td>triphasic CFA/popliteal, biphasic DP/PT</td><td>triphasic throughout</td></tr>
</table>
<p>Chest reference TcPO2 62 mmHg.</p>
<h3>Impression</h3>
<p>No hemodynamically significant arterial occlusive disease of either lower extremity. Non-compressible vessels
excluded by toe pressures. Right forefoot TcPO2 46 mmHg - adequate perfusion for wound healing.
<b>No revascularization indicated.</b></p>
<p>Interpreted by: Hamid Sorensen, MD, Vascular Surgery - 01/05/2026</p>
</body></html>
"""


def hbot01():
    b = Bundle("pb05")
    b.patient("Luis Alberto", "Ferreira", "male", "1953-11-03", city="Bay City")
    b.condition("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2025-12-30")
    b.condition("c-ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-01-14")
    b.condition("c-osteo", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-01-14")
    b.condition("c-pn", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2016-05-02")
    b.condition("c-cvi", "I87.2", "Venous insufficiency (chronic) (peripheral)", "2022-11-15", note="Left leg. Compression stocking.")
    b.condition("c-vlu", "L97.821", "Non-pressure chronic ulcer of other part of left lower leg limited to breakdown of skin", "2023-02-07",
                clinical="resolved", abatement="2023-08-22", note="Venous stasis ulcer L medial malleolus - healed 08/2023 with compression.")
    wagner(b, "wagner-2025-12-30", "2025-12-30", 2, note="Probes to subcutaneous tissue; no bone or tendon exposed.")
    wagner(b, "wagner-2026-01-14", "2026-01-14", 3, note="Probe to bone positive; MRI 1/13 osteomyelitis 1st MT head.")
    site = "right plantar 1st metatarsal head"
    wound(b, "wm-2025-12-30", "2025-12-30", 2.6, 2.0, 0.6, site)
    wound(b, "wm-2026-01-14", "2026-01-14", 2.7, 2.0, 1.1, site)
    wound(b, "wm-2026-01-28", "2026-01-28", 2.6, 2.1, 1.1, site)
    wound(b, "wm-2026-02-18", "2026-02-18", 2.7, 2.0, 1.2, site)
    b.obs("a1c-2026-01-12", "2026-01-12", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.6, "%", code="4548-4", system=LOINC, category="laboratory")
    b.obs("alb-2026-01-12", "2026-01-12", "Albumin [Mass/volume] in Serum or Plasma", 3.7, "g/dL", code="1751-7", system=LOINC, category="laboratory")
    b.med("med-glargine", "274783", "insulin glargine 100 units/mL", "2017-03-09", dose="36 units subcut at bedtime (titrated)")
    b.med("med-metf", "6809", "metformin 1000 mg oral tablet", "2005-01-11", dose="1000 mg twice daily")
    b.med("med-erta", "325642", "ertapenem 1 g IV", "2026-01-16", dose="1 g IV every 24 h via PICC x 6 weeks",
          start="2026-01-16", end="2026-02-27", requester="Dr. Beatriz Cardenas, Infectious Diseases")
    b.med("med-lisin", "29046", "lisinopril 20 mg oral tablet", "2012-07-30", dose="20 mg daily")
    b.procedure("proc-debr-2026-01-14", "Excisional debridement, bone, with bone biopsy, right 1st metatarsal head", "2026-01-14",
                code="11044", performer="Dr. Anneliese Fong")
    b.procedure("proc-debr-2026-02-11", "Excisional debridement, subcutaneous tissue, right plantar foot ulcer", "2026-02-11",
                code="11042", performer="Dr. Anneliese Fong")

    b.note("wound-2025-12-30", "2025-12-30T10:40:00-05:00", "Wound Center New Patient Evaluation", "Dr. Anneliese Fong, Wound Care & Hyperbaric Medicine", """
        WOUND CENTER - NEW PATIENT
        72M, T2DM since ~2004 (insulin since 2017) with peripheral neuropathy, referred by PCP (Dr. Halloran) for a
        R plantar forefoot ulcer.
        HPI: noticed drainage on his sock around 11/20/25; painless (neuropathy). PCP started silver foam dressings
        12/01; no offloading so far; still walking in work boots. No fever or chills.
        PMH: T2DM with polyneuropathy, HTN, HLD. Chronic venous insufficiency L leg - venous stasis ulcer of L medial
        malleolus 2023, healed 08/2023 with compression, no recurrence; wears 20-30 mmHg stocking on the L.
        Meds: glargine 34 u qHS, metformin 1000 bid, lisinopril 20, atorvastatin 40.

        Exam: R plantar 1st MTH ulcer 2.6 x 2.0 x 0.6 cm, 80% pink granulation / 20% adherent fibrin, thick
        periwound callus, probes to subcutaneous tissue - no bone palpable. No erythema, no fluctuance, scant serous
        drainage. Monofilament 0/10 bilaterally. DP/PT palpable 1+ R, 2+ L; CFT < 3 s.
        L leg: hemosiderin staining, healed scar medial malleolus, no open areas.
        Wagner grade 2.

        Procedure: sharp excisional debridement of callus and fibrin to subcutaneous level, 5.2 cm2. Tolerated.

        Plan:
        - Total contact cast applied today; weekly cast changes.
        - Noninvasive arterial studies (ABI/TBI, TcPO2) - booked 1/5.
        - HbA1c, CBC, CMP, albumin/prealbumin, ESR/CRP; X-ray R foot 3 views.
        - Glycemic control: last A1c 9.2% (10/2025) - message to PCP to titrate glargine.
        - Dietitian referral (protein intake).
        - RTC 1 week.
        """)
    b.note("vasc-2026-01-05", "2026-01-05T15:30:00-05:00", "Vascular Lab - Noninvasive Arterial Study", "Dr. Hamid Sorensen, Vascular Surgery",
           VASC_HTML_05, ctype="text/html")
    b.note("wound-2026-01-14", "2026-01-14T11:15:00-05:00", "Wound Center Progress Note", "Dr. Anneliese Fong, Wound Care & Hyperbaric Medicine", """
        WOUND CENTER - PROGRESS (week 3)
        TCC well tolerated, no cast sores. Glucose logs 120s-190s since glargine increase.
        Ulcer R plantar 1st MTH: 2.7 x 2.0 x 1.1 cm - deeper than last week; now probes to bone at the base.
        Scant purulence, 1 cm periwound erythema.
        X-ray 1/2: no erosions. MRI R foot 1/13 (Dr. Nakamura): T1 marrow replacement and edema of the 1st
        metatarsal head and medial sesamoid consistent with osteomyelitis; no abscess.
        Wagner grade 3 (deep ulcer with osteomyelitis) - upgraded from grade 2.
        Labs 1/12: A1c 7.6%, albumin 3.7 g/dL, prealbumin 19 mg/dL, ESR 62, CRP 3.8 mg/dL.
        Arterial study 1/5: ABI 1.04, TBI 0.71, TcPO2 46 mmHg - no revascularization indicated (Dr. Sorensen).

        Procedure: excisional debridement to bone with bone biopsy of the 1st MT head (path + culture).
        Plan:
        - ID consult today for IV antibiotics; PICC.
        - Offloading: change from TCC to an instant total contact cast (walker rendered irremovable) so the wound
          can be inspected twice weekly during treatment of osteomyelitis.
        - Calcium alginate + foam; dressing changes 3x/week by home health.
        - Continue glycemic and nutrition plan.
        """)
    b.note("id-2026-01-16", "2026-01-16T14:00:00-05:00", "Infectious Diseases Consultation", "Dr. Beatriz Cardenas, Infectious Diseases", """
        ID CONSULT
        72M with T2DM, Wagner 3 R 1st MTH ulcer with MRI-confirmed osteomyelitis. Bone culture (1/14): MSSA and
        Enterobacter cloacae (ertapenem S, cefepime S). Path: acute and chronic osteomyelitis.
        No fever; WBC 9.1. eGFR 72. Allergies: none.
        Assessment: diabetic foot osteomyelitis, 1st MT head, polymicrobial, no abscess.
        Plan: ertapenem 1 g IV q24h via PICC x 6 weeks (1/16 - 2/27), weekly CBC/CMP/CRP. Podiatric surgery
        discussed 1st ray resection - patient prefers limb-sparing medical therapy with debridement; reasonable.
        Follow-up ID clinic 3 weeks.
        """)
    b.note("wound-2026-02-18", "2026-02-18T13:40:00-05:00", "Wound Center Progress Note - HBOT evaluation", "Dr. Anneliese Fong, Wound Care & Hyperbaric Medicine", """
        WOUND CENTER - PROGRESS / HBOT EVALUATION
        Ulcer R plantar 1st MTH, Wagner 3 (osteomyelitis) since 1/14.

        Measurements (L x W x D, cm):
          12/30/25   2.6 x 2.0 x 0.6
          01/14/26   2.7 x 2.0 x 1.1
          01/28/26   2.6 x 2.1 x 1.1
          02/18/26   2.7 x 2.0 x 1.2
        Base: pale granulation, bone no longer exposed after debridement; no purulence; no erythema.

        Standard wound care delivered:
        - Offloading continuously since 12/30 (TCC, then instant TCC from 1/14); adherence confirmed at each visit.
        - Debridement 12/30, 1/14, 1/28, 2/11.
        - Moist wound bed: calcium alginate/foam.
        - Glycemic control: A1c 9.2% (10/25) -> 7.6% (1/12/26); glargine titrated; SMBG 110-170.
        - Nutrition: albumin 3.7, prealbumin 19; dietitian 1/7; protein supplement BID.
        - Infection: ertapenem since 1/16 (day 34 of 42); CRP 3.8 -> 0.9 mg/dL.
        - Vascular: ABI 1.04 / TBI 0.71 / TcPO2 46 mmHg - no correctable disease (1/5).

        Assessment: diabetic foot ulcer due to neuropathy, Wagner grade 3, with no measurable signs of healing
        despite 7 weeks of standard care (5 weeks since the Wagner 3 upgrade).
        Plan: adjunctive HBOT 2.0 ATA x 90 min, 5 days/week, 30 treatments, in addition to ongoing wound care;
        wound re-evaluation at least every 30 days. CXR 2/16 clear; no pneumothorax history; ETD screen normal;
        no claustrophobia. Request submitted.
        """)
    return {
        "id": "bb-hbot-01", "bundle": b,
        "request": {"service": G0277, "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                                    dx("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
                    "date": "2026-02-24", "note": "Wagner 3 DFU R 1st MTH, failed standard wound care. HBOT 30 treatments."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.29",
                 "evidence": ["Observation/wagner-2026-01-14", "Observation/wm-2026-01-14", "Observation/wm-2026-02-18",
                              "DocumentReference/vasc-2026-01-05", "DocumentReference/wound-2026-02-18"],
                 "rationale": "Type 2 diabetic lower-extremity wound, Wagner 3 since 01/14 (newer grade supersedes the initial grade 2), no measurable healing over more than 30 days of complete standard care (offloading, debridement, glucose, nutrition, infection treated, vascular assessed with nothing to correct)."},
        "traps": "Wagner grade 2 at intake superseded by grade 3; healing must be judged from serial L x W x D (areas 5.2 -> 5.4 cm2 over 50 days); resolved venous stasis ulcer (non-covered type) on the other leg; vascular study only in an HTML report",
    }


# ---------------------------------------------------------------------------
def hbot02():
    b = Bundle("pb06")
    b.patient("Carol Anne", "Tennant", "female", "1957-07-19", city="Petoskey")
    b.condition("c-ssnhl", "H91.21", "Sudden idiopathic hearing loss, right ear", "2026-03-09", onset="2026-03-03")
    b.condition("c-dcs", "T70.3XXA", "Caisson disease [decompression sickness], initial encounter", "2026-03-06",
                clinical="inactive", verification="refuted",
                note="Entered at urgent care 3/6 as 'r/o DCS' for triage. Refuted 3/9 by ENT: no compressed-gas diving since 2019.")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2015-09-21")
    b.condition("c-hypothy", "E03.9", "Hypothyroidism, unspecified", "2010-04-02")
    b.obs("cohb-2026-03-06", "2026-03-06", "Carboxyhemoglobin (pulse CO-oximetry)", 1.1, "%", code="cohb-spco", category="vital-signs")
    b.obs("audio-2026-03-09", "2026-03-09", "Audiogram summary", code="audiogram-summary", category="exam",
          components=[comp("Pure-tone average 0.5/1/2/4 kHz, right", 68, "dB", "pta-right"),
                      comp("Pure-tone average 0.5/1/2/4 kHz, left", 18, "dB", "pta-left"),
                      comp("Word recognition score, right (95 dB HL)", 28, "%", "wrs-right"),
                      comp("Word recognition score, left", 100, "%", "wrs-left")])
    b.obs("audio-2026-03-16", "2026-03-16", "Audiogram summary", code="audiogram-summary", category="exam",
          components=[comp("Pure-tone average 0.5/1/2/4 kHz, right", 63, "dB", "pta-right"),
                      comp("Word recognition score, right (95 dB HL)", 36, "%", "wrs-right")])
    b.med("med-pred", "8640", "prednisone 20 mg oral tablet", "2026-03-09", dose="60 mg daily x 7 days, then taper over 7 days",
          start="2026-03-09", end="2026-03-23")
    b.med("med-levo", "10582", "levothyroxine 88 mcg oral tablet", "2010-04-02", dose="88 mcg daily")
    b.med("med-hctz", "5487", "hydrochlorothiazide 25 mg oral tablet", "2015-09-21", dose="25 mg daily")
    b.procedure("proc-itd-2026-03-12", "Intratympanic dexamethasone injection, right ear", "2026-03-12", code="69801",
                performer="Dr. Nadia Petrosyan")
    b.service_request("sr-mri-2026-03-09", "MRI internal auditory canals with and without gadolinium", "2026-03-09",
                      requester="Dr. Nadia Petrosyan, Otolaryngology", reason="Asymmetric sudden SNHL - exclude retrocochlear lesion")

    b.note("pcp-2026-02-02", "2026-02-02T08:50:00-05:00", "Annual Wellness Visit", "Dr. Gregory Laine, Internal Medicine", """
        MEDICARE ANNUAL WELLNESS VISIT
        68F, HTN, hypothyroidism. Feels well. Planning a Caribbean cruise at the end of February with her sister.
        Functional: independent ADLs/IADLs. Falls screen negative. PHQ-2 0. Mini-Cog 5/5.
        Hearing: passes whispered-voice test bilaterally; no hearing complaints.
        Vision: up to date with optometry.
        BP 128/76. TSH 2.1 (1/2026). Lipids acceptable.
        Labs: BMP normal (Na 139, K 4.0, Cr 0.8). A1c 5.5%.
        Advance care planning: health-care proxy (sister) on file; full code.
        Plan: continue HCTZ, levothyroxine. Shingrix #2 today. Colonoscopy due 2027. Mammogram ordered.
        Travel: motion-sickness counseling; she asked about diving - advised to follow her dive-medicine guidance.
        """)
    b.note("uc-2026-03-06", "2026-03-06T17:25:00-05:00", "Urgent Care Visit", "J. Whitfield, PA-C, Urgent Care", """
        URGENT CARE
        CC: R ear "plugged" and ringing x 3 days.
        HPI: 68F woke on 3/3 with muffled hearing in the R ear and loud roaring tinnitus. No pain, no drainage, no
        vertigo, no URI symptoms. Returned 2/26 from a Caribbean cruise - snorkeled at two ports. She is a certified
        scuba diver but did NOT scuba dive on this trip; last dive 2019. Flew home 2/27. OTC decongestant without
        change.
        Exam: afebrile. Canals clear, no cerumen. TMs intact, pearly, no effusion, landmarks normal bilaterally.
        Weber (512 Hz) lateralizes to the LEFT. Rinne AC > BC bilaterally. Finger rub absent R.
        Neuro: CN II-XII intact, no nystagmus, Romberg negative, gait normal. Skin: no rash or marbling. No joint pain.
        SpCO 1.1% (nonsmoker; no fuel-burning heaters at home).
        Assessment: acute R hearing loss, sensorineural pattern on tuning forks. Ddx: sudden SNHL vs inner-ear
        barotrauma vs inner-ear DCS (unlikely - no compressed-gas diving). Entered as r/o DCS for triage.
        Plan: urgent ENT referral (seen 3/9 - appointment made); explained SSNHL is time-sensitive. No flying or diving.
        """)
    b.note("ent-2026-03-09", "2026-03-09T11:30:00-05:00", "Otolaryngology New Patient Note", "Dr. Nadia Petrosyan, Otolaryngology", """
        OTOLARYNGOLOGY - NEW PATIENT (urgent)
        HPI: sudden R hearing loss noted on awakening 3/3/26 (day 6), with tinnitus and aural fullness. No vertigo,
        otalgia or otorrhea. No head trauma. Diving history reviewed in detail: PADI Advanced Open Water; last scuba
        dive Cozumel 2019; on this cruise snorkeled at the surface only, no breath-hold dives deeper than ~2 m.
        Air travel 2/27 without ear pain.
        Audiogram today: R flat moderately-severe SNHL, PTA 68 dB HL, WRS 28% at 95 dB HL; L PTA 18 dB HL, WRS 100%.
        Tympanometry type A bilaterally; acoustic reflexes absent R.
        Exam: TMs intact, no hemotympanum; fistula test negative; Dix-Hallpike negative; no spontaneous nystagmus.

        Impression: idiopathic sudden sensorineural hearing loss, right ear, day 6. Decompression illness and
        perilymph fistula/barotrauma excluded on history and exam; DCS removed from the problem list.
        Plan:
        - Prednisone 60 mg daily x 7 days then taper (started today).
        - Intratympanic dexamethasone R, first injection 3/12.
        - MRI IAC with/without gadolinium to exclude a retrocochlear lesion (ordered).
        - Referral to Hyperbaric Medicine: HBOT within 2 weeks of onset combined with steroids is an option per the
          AAO-HNS sudden hearing loss guideline.
        - Repeat audiogram 3/16.
        """)
    b.note("hbo-2026-03-13", "2026-03-13T15:00:00-04:00", "Hyperbaric Medicine Consultation", "Dr. Gustav Eriksen, Undersea & Hyperbaric Medicine", """
        HYPERBARIC MEDICINE CONSULTATION
        Reason for referral: idiopathic sudden SNHL, R ear, onset 3/3/26 (day 10). On oral prednisone since 3/9;
        IT dexamethasone 3/12.
        Indication: idiopathic sudden sensorineural hearing loss - an accepted UHMS indication since 2011; best
        results when HBOT starts within 14 days of onset together with steroids. This is not decompression
        illness or arterial gas embolism: no compressed-gas exposure since 2019, neurologic exam normal.
        HBOT screening: CXR 3/13 clear, no bullae or pneumothorax. No seizure disorder. No prior thoracic surgery.
        Mild claustrophobia - tolerated chamber orientation. Able to autoinflate both ears (Valsalva).
        Not on disulfiram, no recent chemotherapy.
        Plan: HBOT 2.4 ATA x 90 minutes daily, 10 treatments, starting on authorization; repeat audiogram after 5 and
        10 treatments; extend to 20 if improving.
        Diagnosis for authorization: H91.21 sudden idiopathic hearing loss, right ear.
        """)
    return {
        "id": "bb-hbot-02", "bundle": b,
        "request": {"service": CPT99183, "diagnoses": [dx("H91.21", "Sudden idiopathic hearing loss, right ear")],
                    "date": "2026-03-17", "note": "ISSNHL R ear, day 14; UHMS-approved indication. Requesting 10-20 HBOT sessions."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                 "evidence": ["Condition/c-ssnhl", "DocumentReference/ent-2026-03-09", "DocumentReference/hbo-2026-03-13"],
                 "rationale": "Idiopathic sudden sensorineural hearing loss is not among the NCD 20.29 covered conditions (a UHMS indication is not Medicare coverage); decompression illness was considered and refuted, so no covered indication applies."},
        "traps": "a UHMS/guideline indication that is not in the NCD list; refuted decompression-sickness Condition (a covered condition) from urgent-care triage; diving history with negations ('did NOT scuba dive', last dive 2019); normal CO level",
    }


# ---------------------------------------------------------------------------
def hbot03():
    b = Bundle("pb07")
    b.patient("Beatrice Louise", "Mwangi", "female", "1954-12-12", city="Flint")
    b.condition("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-05-04", onset="2026-05-02")
    b.condition("c-ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-05-14")
    b.condition("c-osteo", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-05-14")
    b.condition("c-pn", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-08-20")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2008-03-03")
    b.obs("a1c-2026-05-04", "2026-05-04", "Hemoglobin A1c/Hemoglobin.total in Blood", 8.9, "%", code="4548-4", system=LOINC, category="laboratory")
    b.obs("abi-2026-05-13", "2026-05-13", "Ankle-brachial index, right", 0.98, "{ratio}", code="abi-right", category="procedure",
          note="TBI R 0.66. Biphasic pedal waveforms. No significant arterial disease.")
    wagner(b, "wagner-2026-05-14", "2026-05-14", 3, note="MRI 5/14: osteomyelitis 5th metatarsal head.")
    site = "right plantar-lateral 5th metatarsal head"
    wound(b, "wm-2026-05-11", "2026-05-11", 3.4, 2.2, 0.8, site)
    wound(b, "wm-2026-05-18", "2026-05-18", 3.5, 2.2, 1.0, site)
    wound(b, "wm-2026-05-25", "2026-05-25", 3.4, 2.3, 1.0, site)
    b.med("med-ceph", "2231", "cephalexin 500 mg oral capsule", "2026-05-04", status="completed", dose="500 mg four times daily x 7 days",
          start="2026-05-04", end="2026-05-11")
    b.med("med-doxy", "3640", "doxycycline 100 mg oral tablet", "2026-05-15", dose="100 mg twice daily x 6 weeks", start="2026-05-15", end="2026-06-26")
    b.med("med-cipro", "2551", "ciprofloxacin 750 mg oral tablet", "2026-05-15", dose="750 mg twice daily x 6 weeks", start="2026-05-15", end="2026-06-26")
    b.med("med-glargine", "274783", "insulin glargine 100 units/mL", "2021-02-01", dose="28 units at bedtime")

    b.note("ed-2026-05-04", "2026-05-04T19:40:00-04:00", "Emergency Department Note", "Dr. Tomasz Wierzbicki, Emergency Medicine", """
        EMERGENCY DEPARTMENT
        CC: R foot redness and blister.
        HPI: 71F with T2DM and neuropathy. Bought new sandals 4/25 for her granddaughter's wedding (5/2). Noticed a
        blister on the outside of the R foot under the little-toe joint the evening of Saturday 5/2 after dancing;
        it broke 5/3 with cloudy drainage. Son noticed redness spreading today. No fever at home. No prior foot
        ulcers.
        Exam: T 37.6, HR 92, BP 146/84. R plantar-lateral 5th MTH: ulcer 2.0 x 1.5 cm, shallow, yellow base,
        purulent drainage, erythema extending 4 cm, warm. No crepitus. Pedal pulses 1+. Monofilament absent.
        X-ray R foot: lateral forefoot soft-tissue swelling; no gas; no cortical erosion.
        Labs: WBC 11.8, CRP 6.2 mg/dL, glucose 284, A1c 8.9%.
        Assessment: new diabetic foot ulcer R 5th MTH (onset 5/2/26) with moderate cellulitis.
        Plan: cephalexin 500 mg QID x 7 days; foam dressing; post-op shoe, limit walking; wound center referral
        (appointment 5/11); PCP follow-up for glucose.
        """)
    b.note("wound-2026-05-11", "2026-05-11T09:30:00-04:00", "Wound Center New Patient Evaluation", "Dr. Omar Said, Wound Care", """
        WOUND CENTER - NEW PATIENT
        71F, T2DM (A1c 8.9%), neuropathy, referred from ED 5/4 for R plantar-lateral 5th MTH ulcer from new
        sandals (blister first noticed 5/2). Completing cephalexin today; redness improved. Home dressing with foam
        and bacitracin since 5/4.
        Exam: ulcer 3.4 x 2.2 x 0.8 cm after debridement; probes to joint capsule, bone questionable; fibrinous
        base; erythema 1 cm. Pulses: DP 1+, PT 1+.
        Procedure: excisional debridement to subcutaneous tissue.
        Plan (standard care starts today):
        - Offloading: removable cast walker now (TCC deferred until infection settled).
        - MRI R foot to evaluate for osteomyelitis; ESR/CRP.
        - ABI/TBI (5/13).
        - Endocrine referral; glargine titration; dietitian.
        - Weekly visits with measurements.
        """)
    b.note("pod-2026-05-21", "2026-05-21T16:05:00-04:00", "Referral Letter (outside podiatry)", "Dr. Lyle Brandeis, DPM, Cedar Foot & Ankle (outside practice)", """
        CEDAR FOOT & ANKLE - REFERRAL LETTER
        Re: Beatrice Mwangi  DOB 12/12/1954
        Dear Dr. Said,
        I saw Mrs. Mwangi today in follow-up of her right foot. She has a Wagner grade 3 diabetic foot ulcer with
        osteomyelitis of the 5th metatarsal head (MRI 5/14). She has failed over 30 days of standard wound care
        including debridement, offloading and antibiotics, and I recommend adjunctive hyperbaric oxygen therapy to
        avoid a ray resection. Please arrange HBOT evaluation and authorization at your center.
        Thank you for seeing her.
        Lyle Brandeis, DPM
        """)
    b.note("wound-2026-05-25", "2026-05-25T10:15:00-04:00", "Wound Center Progress Note", "Dr. Omar Said, Wound Care", """
        WOUND CENTER - PROGRESS
        Ulcer R plantar-lateral 5th MTH. Patient says the wound has been there "about a month." Tolerating walker.
        Measurements: 5/11 3.4 x 2.2 x 0.8 cm; 5/18 3.5 x 2.2 x 1.0 cm; today 3.4 x 2.3 x 1.0 cm. Fibrinous base,
        bone palpable at the base today; no cellulitis.
        MRI 5/14: osteomyelitis of the 5th metatarsal head -> Wagner grade 3.
        ID (telephone consult 5/15): doxycycline + ciprofloxacin x 6 weeks.
        ABI 5/13: R 0.98, TBI 0.66 - no significant arterial disease.
        A1c 8.9% - glargine increased to 28 u; endocrine visit 6/2.
        Procedure: excisional debridement to bone, bone specimen sent.
        Plan: Dr. Brandeis (podiatry) requests HBOT - authorization request submitted at his request. Continue weekly
        debridement and offloading; consider TCC now that cellulitis has resolved.
        """)
    return {
        "id": "bb-hbot-03", "bundle": b,
        "request": {"service": G0277, "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                                    dx("M86.171", "Other acute osteomyelitis, right ankle and foot")],
                    "date": "2026-05-26", "note": "Wagner 3 DFU with osteomyelitis, failed >30 days of standard wound care per podiatry."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                 "evidence": ["DocumentReference/ed-2026-05-04", "DocumentReference/wound-2026-05-11", "Observation/wm-2026-05-25"],
                 "rationale": "Wagner 3 diabetic foot ulcer, but the wound began 05/02 and standard wound care started 05/04-05/11, so at most 15-22 days of standard therapy precede the request; the 30-day failure of standard care is documented as not met despite the podiatry letter's claim."},
        "traps": "outside referral letter asserts '>30 days of standard care'; dates show onset 5/2 and standard care from 5/11 (durations must be computed); patient's 'about a month'; otherwise-qualifying Wagner 3 and vascular study",
    }


# ---------------------------------------------------------------------------
def hbot04():
    b = Bundle("pb08")
    b.patient("Theodore James", "Halvorsen", "male", "1948-04-30", city="Marquette")
    b.condition("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-06-16")
    b.condition("c-ulcer", "L97.414", "Non-pressure chronic ulcer of right heel and midfoot with necrosis of bone", "2026-06-16",
                note="Plantar midfoot (cuboid) ulcer over Charcot rocker-bottom deformity.")
    b.condition("c-charcot", "E11.610", "Type 2 diabetes mellitus with diabetic neuropathic arthropathy", "2021-09-14")
    b.condition("c-pn", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2015-01-06")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2010-10-10")
    wagner(b, "wagner-2026-06-16", "2026-06-16", 3, note="Deep plantar abscess with cuboid involvement at I&D.")
    site = "right plantar midfoot (cuboid)"
    wound(b, "wm-2026-06-23", "2026-06-23", 4.1, 3.0, 1.4, site)
    wound(b, "wm-2026-07-07", "2026-07-07", 4.2, 3.0, 1.5, site)
    wound(b, "wm-2026-07-21", "2026-07-21", 4.0, 3.1, 1.5, site)
    wound(b, "wm-2026-08-04", "2026-08-04", 4.2, 3.0, 1.4, site)
    b.obs("a1c-2026-06-20", "2026-06-20", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.1, "%", code="4548-4", system=LOINC, category="laboratory")
    b.obs("alb-2026-06-20", "2026-06-20", "Albumin [Mass/volume] in Serum or Plasma", 3.9, "g/dL", code="1751-7", system=LOINC, category="laboratory")
    b.obs("abi-2026-08-19", "2026-08-19", "Ankle-brachial index, right", 0.58, "{ratio}", code="abi-right", category="procedure",
          note="TBI R 0.31; monophasic tibial waveforms.")
    b.med("med-glargine", "274783", "insulin glargine 100 units/mL", "2018-05-22", dose="22 units at bedtime")
    b.med("med-metf", "6809", "metformin 500 mg oral tablet", "2015-01-06", dose="1000 mg twice daily")
    b.med("med-cefaz", "2180", "cefazolin 2 g IV", "2026-06-16", status="completed", dose="2 g IV q8h then oral step-down; total 4 weeks",
          start="2026-06-16", end="2026-07-14")
    b.service_request("sr-vasc-2026-07-28", "Arterial duplex with ABI and toe pressures, right lower extremity", "2026-07-28",
                      requester="Dr. Ines Harrow, Wound Care", reason="Diabetic foot ulcer; nonpalpable pedal pulses")
    b.appointment("appt-vasc-2026-08-19", "2026-07-29T09:02:00-04:00", "2026-08-19T08:00:00-04:00",
                  "Vascular lab: arterial duplex + ABI/TBI right leg")

    b.note("pod-2026-06-16", "2026-06-16T18:20:00-04:00", "Podiatric Surgery Operative Note", "Dr. Renata Sokolova, DPM, Podiatric Surgery", """
        PODIATRIC SURGERY - OPERATIVE NOTE
        Pre/post-op dx: infected R plantar midfoot ulcer with deep space abscess; Charcot midfoot (consolidated).
        Procedure: incision and drainage of plantar abscess, excisional debridement to bone (cuboid), cultures.
        Findings: 15 mL purulence tracking to the plantar cuboid; cuboid cortex soft at the base - bone sent for
        path/culture. Wound left open, packed.
        Wagner grade 3 (deep ulcer with abscess and bone involvement).
        Vascular: DP and PT not palpable bilaterally - exam limited by pitting edema; CFT ~3 s; foot warm.
        Noninvasive arterial testing to follow once edema settles.
        Post-op: cefazolin IV, strict non-weight-bearing, wound VAC deferred. Diabetic team consult for glucose.
        """)
    b.note("wound-2026-07-07", "2026-07-07T10:00:00-04:00", "Wound Center Progress Note", "Dr. Ines Harrow, Wound Care", """
        WOUND CENTER - PROGRESS
        78M, T2DM with Charcot midfoot, s/p I&D of plantar abscess 6/16 (Dr. Sokolova). Cefazolin -> oral step-down,
        finishing 7/14. Total contact cast since 6/30 (infection controlled), changed weekly.
        Denies claudication or rest pain. Walks with walker in TCC.
        Ulcer R plantar midfoot: 4.2 x 3.0 x 1.5 cm (6/23: 4.1 x 3.0 x 1.4). Red granulation with fibrin edges, no
        purulence, no exposed bone.
        Pulses: not palpable; edema improved. Arterial studies not yet done.
        A1c 7.1%, albumin 3.9.
        Procedure: excisional debridement, subcutaneous.
        Plan: continue TCC, alginate; weekly debridement; glucose per PCP.
        """)
    b.note("wound-2026-08-04", "2026-08-04T11:30:00-04:00", "Wound Center Progress Note - HBOT referral", "Dr. Ines Harrow, Wound Care", """
        WOUND CENTER - PROGRESS / HBOT REFERRAL
        R plantar midfoot DFU, Wagner 3 (abscess/bone at I&D 6/16).
        Serial measurements (cm):
          06/23  4.1 x 3.0 x 1.4
          07/07  4.2 x 3.0 x 1.5
          07/21  4.0 x 3.1 x 1.5
          08/04  4.2 x 3.0 x 1.4
        No measurable healing over 6 weeks of standard care.

        Standard care: TCC since 6/30, weekly; sharp debridement weekly; alginate/foam moist dressings;
        A1c 7.1% (6/20); albumin 3.9, dietitian seen; infection treated - 4 weeks of antibiotics completed 7/14,
        no clinical signs of residual infection, CRP normalized.
        Vascular: pedal pulses nonpalpable; denies claudication or rest pain. Arterial duplex/ABI/TBI ordered 7/28,
        scheduled at the vascular lab 8/19. Family history: father with PAD and below-knee amputation.

        Assessment: Wagner 3 diabetic plantar midfoot ulcer, failed 6 weeks of standard wound care.
        Plan: request adjunctive HBOT now to avoid delay; will forward vascular results when available. Continue
        TCC and weekly debridement.
        """)
    b.note("vasclab-2026-08-19", "2026-08-19T10:45:00-04:00", "Vascular Lab - Arterial Duplex/ABI", "Dr. Hamid Sorensen, Vascular Surgery", """
        VASCULAR LAB - ARTERIAL DUPLEX, ABI/TBI, RIGHT LOWER EXTREMITY
        Indication: nonhealing diabetic plantar midfoot ulcer; nonpalpable pedal pulses.
        Brachial 146/144. R DP 84, R PT 82 -> R ABI 0.58. R great-toe pressure 45 mmHg -> TBI 0.31.
        Waveforms: triphasic CFA, biphasic SFA/popliteal, monophasic PT/DP.
        Duplex: patent CFA/SFA/popliteal with moderate calcified plaque (< 50%); occlusion of the tibioperoneal trunk
        and proximal PT; AT patent with diffuse disease; peroneal reconstitutes distally.
        Impression: moderate-severe PAD R leg, likely limiting wound healing. Recommend vascular surgery
        consultation for angiography and possible tibial revascularization.
        """)
    return {
        "id": "bb-hbot-04", "bundle": b,
        "request": {"service": G0277, "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                                    dx("L97.414", "Non-pressure chronic ulcer of right heel and midfoot with necrosis of bone")],
                    "date": "2026-08-11", "note": "Wagner 3 DFU, no healing x 6 weeks of standard care. Vascular studies pending."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.29",
                 "evidence": ["Observation/wagner-2026-06-16", "Observation/wm-2026-06-23", "Observation/wm-2026-08-04",
                              "DocumentReference/wound-2026-08-04", "ServiceRequest/sr-vasc-2026-07-28"],
                 "missing": ["vascular|ABI|ankle-brachial|arterial|TcPO2|transcutaneous|toe pressure|perfusion|Doppler|duplex|pulses|revascularization"],
                 "rationale": "Wagner 3 diabetic foot ulcer with more than 30 days of no measurable healing, but the vascular-status assessment that standard wound care requires has not been done (nonpalpable pulses; study booked 8/19, after the request); ask for the arterial evaluation."},
        "traps": "ABI 0.58 and vascular-lab note dated after the request must be ignored; 'denies claudication' and family history are not a vascular assessment; ordered/booked study is planned, not performed",
    }


CASES = [hbot01, hbot02, hbot03, hbot04]
