"""NCD 20.4 - implantable cardioverter defibrillators (3 cases)."""
from lib import Chart, LOINC, CPT, RXNORM, cc


def icd_01():
    """Ischemic CM, LVEF 30%, SDM done - but new angina with a high-risk reversible LAD defect (candidate for
    revascularization). EP consult copies forward 'no indication for revascularization'."""
    c = Chart("pf01", "ET", "https://fhir.sciotovalleyheart.example", "http://fhir.sciotovalleyheart.example/CodeSystem/obs-local")
    c.patient("Walter", "Kessling", "male", "1952-08-14", "Grove City", "OH", "SVH-0048213", extra_given="J.")
    c.org("svhv", "Scioto Valley Heart & Vascular", "cardiology practice", "Columbus", "OH")
    c.prac("ep", "Priya", "Natarajan-Holt", "MD", "Cardiac Electrophysiology")
    c.prac("gcard", "Marcus", "Feld", "MD", "Cardiovascular Disease")
    c.prac("pcp", "Janet", "Ostrowski", "DO", "Family Medicine")
    c.prac("hfrn", "Colleen", "Marsh", "RN", "Heart Failure Clinic nurse")
    c.coverage("2017-09-01")
    c.condition("icm", "I25.5", "Ischemic cardiomyopathy", "2019-04-10 11:20", asserter="gcard")
    c.condition("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2019-04-10 11:21", asserter="gcard")
    c.condition("old-mi", "I25.2", "Old myocardial infarction", "2017-09-14 09:02", onset="2017-09-03 06:40",
                note="Inferior STEMI 09/03/2017, DES to mid RCA.")
    c.condition("cad-angina", "I25.118", "Atherosclerotic heart disease of native coronary artery with other forms of angina pectoris",
                "2026-02-05 15:10", asserter="gcard", note="New exertional angina, CCS II, since ~12/2025.")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2012-05-02 10:00")
    c.obs("lvef-2024-03-12", "2024-03-12 10:40", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", text="LVEF (TTE, biplane)"),
          40, "%", category="imaging", performer="Practitioner/gcard")
    c.obs("lvef-2026-01-08", "2026-01-08 10:12", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", text="LVEF (TTE, biplane Simpson)"),
          30, "%", category="imaging", performer="Practitioner/gcard", interp="L")
    c.obs("spect-sds-2026-01-29", "2026-01-29 08:15", ("local", "NUC-SDS", "Summed difference score (regadenoson SPECT)"),
          9, "{score}", category="imaging")
    c.obs("spect-isch-2026-01-29", "2026-01-29 08:15", ("local", "NUC-ISCH", "Ischemic myocardium, % of LV (SPECT)"),
          14, "%", category="imaging")
    c.obs("nyha-2026-02-05", "2026-02-05 14:30", ("local", "NYHA", "NYHA functional class"), value_cc="Class II",
          category="exam", performer="Practitioner/gcard")
    c.report("spect-2026-01-29", "2026-01-29 13:05", ("local", "NUC-RMPI", "Regadenoson SPECT myocardial perfusion imaging"),
             "Organization/svhv",
             "Large area (approx. 14% of LV myocardium) of moderate-to-severe reversible perfusion defect involving the mid "
             "and apical anterior, anteroseptal and apical segments (LAD territory); SDS 9. Fixed inferior/inferolateral "
             "defect consistent with prior infarct without significant peri-infarct ischemia. Post-stress gated LVEF 29%, "
             "TID ratio 1.18. HIGH-RISK study.",
             results=["Observation/spect-sds-2026-01-29", "Observation/spect-isch-2026-01-29"])
    c.med("sacval", "1656339", "sacubitril / valsartan", "2022-06-14 10:00", "gcard", "49/51 mg tablet by mouth twice daily")
    c.med("metoprolol", "6918", "metoprolol", "2019-04-10 12:00", "gcard", "metoprolol succinate ER 100 mg by mouth daily")
    c.med("ntg", "4917", "nitroglycerin", "2026-01-22 16:40", "gcard",
          "0.4 mg sublingual every 5 min as needed for chest pain, max 3 doses", reason="Exertional chest pressure")
    c.service_request("cath-order", "2026-02-05 15:20", (CPT, "93458", "Left heart catheterization with coronary angiography"),
                      "gcard", reason="New angina, high-risk reversible LAD-territory defect; evaluate for revascularization",
                      occurrence="2026-02-26 07:30")
    c.procedure("pci-2026-02-26", "2026-02-26 09:48", (CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent(s)"),
                performer="Organization/svhv", note="Proximal LAD 90% -> DES x1. See cath report.")

    c.note("echo-2026-01-08", "2026-01-08 15:40", "18748-4", "Practitioner/gcard", "Transthoracic echocardiogram report", """
        SCIOTO VALLEY HEART & VASCULAR - ECHOCARDIOGRAPHY LAB
        Transthoracic Echocardiogram

        Patient: KESSLING, WALTER J     MRN: SVH-0048213     DOB: 08/14/1952
        Study date: 01/08/2026 10:12    Sonographer: K. Albers, RDCS
        Indication: ischemic cardiomyopathy, interval LV function on GDMT (I25.5)
        Ht 178 cm  Wt 91 kg  BSA 2.11 m2  BP 122/70  HR 64  Rhythm: sinus

        FINDINGS
        Left ventricle: mildly dilated, LVIDd 6.1 cm. Akinesis of the basal-mid inferior and inferolateral walls
        (known prior inferior MI). Hypokinesis of the mid-apical anterior wall, anteroseptum and apex - NEW compared
        with 03/12/2024. LVEF by biplane method of discs 30%. Grade I diastolic dysfunction.
        Right ventricle: normal size, normal systolic function, TAPSE 19 mm.
        Mitral valve: mild functional MR. Aortic valve: trileaflet, no stenosis.
        IVC: normal, >50% inspiratory collapse. No pericardial effusion.

        CONCLUSIONS
        1. LVEF 30% (biplane), decreased from 40% on 03/12/2024.
        2. New anterior/anteroseptal/apical hypokinesis in addition to the known inferior akinesis.
           Suggest evaluation for ischemia.

        Interpreted and electronically signed: Marcus Feld, MD, FACC   01/08/2026 15:40
        """, custodian="svhv")
    c.note("hfrn-2026-01-22", "2026-01-22 16:32", "34746-8", "Practitioner/hfrn", "HF clinic telephone encounter", """
        Heart Failure Clinic - Telephone Encounter                       01/22/2026 16:32
        Caller: patient (wife also on speaker)

        S: Pt calling about "tightness in the middle of my chest" when he walks up the hill to the mailbox or carries
        the trash cans up the drive. Started around the holidays, now 3-4x/week, lasts "a few minutes", goes away when
        he stops. Used wife's old NTG once (bottle expired 2023) - "I think it helped". No pain at rest, no pain at
        night. No fainting/near fainting. Home wt 200-201 lb, stable x 2 wks. No new swelling. 1 pillow.
        Taking all meds, no missed doses per wife.

        A: New exertional chest pressure in pt w/ ischemic CM.
        P: Discussed with Dr. Feld (on call). Order regadenoson nuclear stress (pt unable to treadmill - knees).
        NTG 0.4 mg SL e-prescribed. Reviewed when to call 911. Pt and wife verbalized understanding.
        Scheduled nuclear 1/29 08:00.

        Colleen Marsh, RN
        """, custodian="svhv")
    c.note("cards-2026-02-05", "2026-02-05 15:18", "11506-3", "Practitioner/gcard", "Cardiology follow-up", """
        SCIOTO VALLEY HEART & VASCULAR
        Cardiology Follow-up Visit          Date of service: 02/05/2026
        Provider: Marcus Feld, MD

        HPI: 73 y/o M with ischemic cardiomyopathy (inferior STEMI 09/2017 s/p DES to mid RCA), chronic HFrEF, HTN,
        here to review testing. Since mid-December he has exertional chest pressure walking uphill / carrying loads,
        relieved by rest within minutes (CCS class II); has used SL NTG twice since 1/22 with relief. Dyspnea only
        with moderate exertion (>1 block brisk pace), NYHA II. No orthopnea/PND, no syncope.

        Testing:
         - TTE 01/08/2026: LVEF 30% (was 40% 03/2024) with NEW anterior/apical hypokinesis.
         - Regadenoson SPECT 01/29/2026: large reversible LAD-territory defect, ~14% ischemic myocardium, SDS 9,
           TID 1.18, fixed inferior scar. High-risk.

        Meds: sacubitril/valsartan 49/51 BID, metoprolol succinate 100 daily, dapagliflozin 10 daily,
        atorvastatin 80, ASA 81, NTG SL prn.

        Exam: BP 118/72, HR 62 reg, Wt 91.2 kg. JVP ~7 cm. Lungs clear. RRR, soft apical systolic murmur.
        No peripheral edema.

        Assessment / Plan:
        1. New stable angina (CCS II) with high-risk ischemia in the LAD territory and a fall in LVEF 40 -> 30%.
           Picture strongly suggests significant proximal/mid LAD disease with ischemic but viable myocardium.
           He IS a candidate for coronary revascularization - coronary angiography with intent to revascularize
           (PCI vs CABG depending on anatomy; heart team if multivessel). Cath booked 2/26 with Dr. Alvarado.
        2. Primary-prevention ICD: Dr. Natarajan-Holt's office has him on the ICD pathway (referred by PCP in the
           fall). My recommendation is to DEFER the ICD until after revascularization and to repeat LVEF ~90 days
           after revascularization; a meaningful share of these patients improve. I will message Dr. N-H.
        3. HFrEF: continue GDMT; no changes today. BMP ordered.
        4. HTN controlled.

        Marcus Feld, MD, FACC    e-signed 02/05/2026 15:18
        """, custodian="svhv")
    c.note("ep-2026-02-10", "2026-02-10 11:52", "11488-4", "Practitioner/ep", "Electrophysiology consultation and ICD shared decision-making", """
        SCIOTO VALLEY HEART & VASCULAR - CARDIAC ELECTROPHYSIOLOGY
        Consultation                                  02/10/2026
        Referring: Janet Ostrowski, DO (PCP)
        Reason: primary-prevention ICD evaluation

        HPI: 73 y/o man with ischemic cardiomyopathy, remote inferior MI (09/2017) s/p RCA PCI, chronic HFrEF on GDMT.
        Most recent LVEF 30% by TTE 01/08/2026. NYHA class II (dyspnea with >1 block at brisk pace).
        No syncope or presyncope. No documented sustained VT/VF. No angina. No clinical indication for
        revascularization per primary cardiologist. No CABG or PCI in the last 3 months; last MI 2017.

        Meds / allergies reviewed in EHR. NKDA.
        ECG today: sinus 63, QRS 104 ms, inferior Q waves. Not a CRT candidate (QRS <130 ms, no LBBB).
        Exam: comfortable, euvolemic, lungs clear, no edema.

        SHARED DECISION-MAKING (documented per CMS NCD 20.4):
        Face-to-face with patient and wife, approx. 25 minutes, using our evidence-based primary-prevention ICD
        decision aid (printed booklet, 2024 edition). Reviewed expected absolute benefit, procedural risks (bleeding,
        pneumothorax, infection, lead problems), inappropriate shocks, driving restrictions, battery replacement,
        and deactivation at end of life. Alternatives (no ICD, wearable defibrillator) discussed. Patient's stated
        priority is "being around for my grandkids". He wishes to proceed with an ICD. Copy of decision aid given.

        ASSESSMENT: Ischemic cardiomyopathy, LVEF <=35%, NYHA II, >40 days post MI, no revascularization within
        3 months. Meets criteria for primary-prevention ICD.
        PLAN: Single-chamber transvenous ICD. Office to obtain prior authorization and schedule.
        Pre-procedure CBC/BMP.

        Priya Natarajan-Holt, MD     02/10/2026 11:52
        """, custodian="svhv")
    c.note("cath-2026-02-26", "2026-02-26 11:05", "28570-0", "Practitioner/gcard", "Cardiac catheterization and PCI report", """
        CARDIAC CATHETERIZATION LABORATORY - PROCEDURE REPORT          02/26/2026
        Operator: R. Alvarado, MD   Referring: M. Feld, MD
        Procedure: LHC, selective coronary angiography, PCI proximal LAD.

        Findings: LM normal. Proximal LAD 90% eccentric calcified stenosis, mid LAD 40%. LCx mild irregularities.
        RCA: patent mid-RCA stent, no in-stent restenosis. LVEDP 18 mmHg.
        Intervention: proximal LAD - IVUS-guided, 3.5 x 28 mm DES, post-dilated; 0% residual, TIMI 3.
        Plan: DAPT (ASA + clopidogrel) 12 months. Repeat TTE in ~3 months, then revisit ICD decision with EP.
        """, custodian="svhv")

    case = {
        "id": "bf-icd-01", "patient": "patients/pf01.json",
        "request": {
            "service": {"system": CPT, "code": "33249", "display": "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s)"},
            "diagnoses": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I25.5", "display": "Ischemic cardiomyopathy"},
                          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.22", "display": "Chronic systolic (congestive) heart failure"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-02-17",
            "note": "Primary prevention single-chamber ICD. Ischemic CM, LVEF 30% (TTE 1/8/26), NYHA II. SDM with decision aid completed 2/10/26.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.4",
            "evidence": ["DiagnosticReport/spect-2026-01-29", "DocumentReference/cards-2026-02-05"],
            "missing": [],
            "rationale": "B3 (ischemic CM, LVEF 30%, NYHA II, SDM done) except the exclusion 'clinical symptoms and findings that "
                         "would make them a candidate for coronary revascularization': new CCS II angina and a high-risk reversible "
                         "LAD defect, and the treating cardiologist documents he is a revascularization candidate and asks to defer. "
                         "The EP note's 'no indication for revascularization' is copied forward and contradicted. The 2/26 PCI is after "
                         "the request date.",
        },
    }
    return case, c


def icd_02():
    """Generator replacement (B6). ERI / battery status not documented as of the request: last interrogation
    14 months old (longevity 1.3 y), patient-reported alert tones, remote transmission not reviewed. No SDM needed."""
    c = Chart("pf02", "CT", "https://fhir.ozarkheartrhythm.example", "http://fhir.ozarkheartrhythm.example/CodeSystem/local")
    c.patient("Mae-Ellen", "Grissom", "female", "1949-11-02", "Nixa", "MO", "OHR-771204")
    c.org("ohra", "Ozark Heart Rhythm Associates", "cardiology / electrophysiology practice", "Springfield", "MO")
    c.org("gcrh", "Greene County Regional Hospital", "hospital", "Springfield", "MO")
    c.prac("ep", "Thomas", "Brandvold", "MD", "Clinical Cardiac Electrophysiology")
    c.prac("np", "Alicia", "Fenwick", "APRN-CNP", "Electrophysiology")
    c.prac("rn", "Dana", "Pruitt", "RN", "Device Clinic")
    c.prac("hf", "Olumide", "Bassey", "MD", "Advanced Heart Failure")
    c.prac("pcp", "Rebecca", "Lantz", "MD", "Internal Medicine")
    c.coverage("2014-11-01")
    c.condition("nicm", "I42.0", "Dilated cardiomyopathy", "2018-10-02 13:00", asserter="hf",
                note="Non-ischemic; normal coronaries on cath 09/2018.")
    c.condition("hf", "I50.22", "Chronic systolic (congestive) heart failure", "2018-10-02 13:01")
    c.condition("icd-status", "Z95.810", "Presence of automatic (implantable) cardiac defibrillator", "2019-03-18 16:00")
    c.condition("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2011-02-14 10:00")
    c.condition("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", "2024-07-09 10:30")
    c.device("icd-gen", "Implantable cardioverter-defibrillator, single chamber", "Corvana Medical", "Sentinel VR-D2",
             "CVS7719204H", note="Implanted 03/18/2019, RV lead Corvana TruSense 7F 65 cm.")
    c.procedure("icd-implant-2019", "2019-03-18 14:10", (CPT, "33249", "Insertion of permanent implantable defibrillator system, transvenous"),
                performer="Practitioner/ep", note="Primary prevention, NICM LVEF 25%. Single-chamber ICD, L cephalic.")
    c.obs("lvef-2018-09-20", "2018-09-20 09:30", cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), 25, "%",
          category="imaging")
    c.obs("lvef-2025-10-21", "2025-10-21 10:15", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", text="LVEF (TTE)"),
          38, "%", category="imaging", performer="Organization/gcrh")
    c.obs("batt-long-2025-04-15", "2025-04-15 10:20", ("local", "ICD-BATT-LONG", "ICD battery estimated longevity"), 1.3, "a",
          category="procedure", performer="Practitioner/rn", note="Range 0.9-1.8 years. Battery status OK (not at ERI).")
    c.obs("egfr-2026-01-20", "2026-01-20 08:05", cc(LOINC, "33914-3", "Glomerular filtration rate/1.73 sq M.predicted by Creatinine-based formula (MDRD)"),
          52, "mL/min/{1.73_m2}", interp="L")
    c.med("metoprolol", "6918", "metoprolol", "2018-10-02 14:00", "hf", "metoprolol succinate ER 50 mg daily")
    c.med("losartan", "52175", "losartan", "2019-06-11 11:00", "hf", "losartan 50 mg daily")
    c.med("levo", "10582", "levothyroxine", "2011-02-14 10:10", "pcp", "levothyroxine 75 mcg daily before breakfast")

    c.note("device-2025-04-15", "2025-04-15 10:48", "28570-0", "Practitioner/rn", "ICD interrogation - in clinic", """
        OZARK HEART RHYTHM ASSOCIATES - DEVICE CLINIC
        In-clinic ICD interrogation                         04/15/2025 10:20

        Device: Corvana Sentinel VR-D2 single-chamber ICD   SN CVS7719204H   Implanted 03/18/2019 (Dr. Brandvold)
        Indication: primary prevention, NICM
        Battery: 2.93 V. Status: OK. Estimated longevity 1.3 years (range 0.9 - 1.8 y). Last charge time 9.8 s.
        RV lead: R-wave 11.2 mV, pacing threshold 0.75 V @ 0.4 ms, impedance 512 ohms (stable). HV impedance 68 ohms.
        Programming: VVI 40. VF zone 200 bpm, VT zone 171 bpm (ATP x2, then shock). <1% RV pacing.
        Episodes since last check: 2 NSVT (6 and 8 beats, max 176 bpm). No treated episodes. No AT/AF detected.
        Alerts: none.

        Plan: Remote monitoring every 3 months; battery alerts enabled (audible tone at RRT/ERI and for lead
        impedance out of range). In-clinic check in 12 months. Anticipate generator change in ~1 year - monitor.
        Reviewed with Dr. Brandvold.
        Dana Pruitt, RN
        """, custodian="ohra")
    c.note("hf-2025-10-28", "2025-10-28 14:05", "11506-3", "Practitioner/hf", "Heart failure clinic visit", """
        Heart Failure Clinic                                 10/28/2025
        Olumide Bassey, MD

        76 y/o F with NICM (dx 2018, LVEF 25% then), single-chamber ICD 2019, CKD 3a, hypothyroidism.
        Doing well. Walks 20 min daily, gardens. NYHA I-II. No ICD shocks ever. No syncope.
        TTE 10/21/2025: LVEF 38% (improved from 25%), mild LV dilation, mild MR, normal RV.
        BP 112/68, HR 66, wt 71.4 kg (stable). Lungs clear, no JVD, no edema.

        A/P: HFimpEF on GDMT. Continue metoprolol succinate 50, losartan 50. Was not able to tolerate
        spironolactone (K 5.6 in 2023). Discussed that ICD generator change will likely come up in 2026; from an
        HF standpoint, even with improved EF I would favor replacement when due (prior EF 25%, NSVT on device).
        RTC 6 months.
        """, custodian="ohra")
    c.note("pcp-2026-01-20", "2026-01-20 09:40", "11506-3", "Practitioner/pcp", "Annual wellness visit", """
        Annual Wellness Visit - Rebecca Lantz, MD        01/20/2026

        Pt feels well. Lives with husband. Independent ADLs/IADLs. Falls: none. Mood good, PHQ-2 = 0.
        Mini-Cog 5/5. Hearing/vision: reading glasses only.
        Chronic: NICM w/ ICD (follows Ozark Heart Rhythm/Dr. Bassey), hypothyroidism (TSH 2.1 today), CKD 3a (eGFR 52,
        stable), OA of hands.
        Immunizations: flu 10/2025, COVID 10/2025, Shingrix x2 done.
        Plan: continue current meds. Colon: aged out per pt preference. DEXA due - ordered.
        """, custodian="ohra")
    c.note("rn-phone-2026-05-27", "2026-05-27 08:51", "34746-8", "Practitioner/rn", "Device clinic telephone note", """
        Device Clinic - Telephone                     05/27/2026 08:51
        Pt called: "my heart gadget beeped at me last night - two times, sounded like a doorbell". Happened again this
        morning while making coffee. No shocks, no dizziness, no syncope, no palpitations.
        Per pt, she has not been home much this spring (staying at daughter's in Branson) and the bedside
        monitor was unplugged - last successful remote transmission on our list is 11/2025.
        Instructed to go home today, plug in monitor and send a manual transmission.
        Alert tones on this device can be battery (RRT/ERI) or lead impedance - will need MD review of transmission.
        --- addendum 05/28/2026 16:10: manual transmission received in Corvana portal, pending physician review. DP
        """, custodian="ohra")
    c.note("np-2026-06-02", "2026-06-02 13:22", "11506-3", "Practitioner/np", "EP office visit - generator change planning", """
        OZARK HEART RHYTHM ASSOCIATES
        EP Office Visit        06/02/2026        Alicia Fenwick, APRN-CNP (collaborating: T. Brandvold, MD)

        Reason: ICD generator change planning.
        Ms. Grissom is a 76 y/o F with NICM, single-chamber ICD implanted 03/2019 for primary prevention. EF has
        improved on GDMT (38% 10/2025). Last in-clinic interrogation 04/2025 showed estimated longevity 1.3 years.
        She reports audible device tones x3 since 5/26. Remote transmission sent 5/28 - not yet reviewed; the
        report is not available in our EHR (vendor portal). Battery is likely at or near ERI given timeline.
        No shocks, no syncope. NYHA I-II. Stable, euvolemic.

        Exam: BP 116/70, HR 68. Pocket well healed, no erosion, no tenderness. Lungs clear. No edema.

        Plan:
        1. Generator change - schedule for June/July; obtain authorization. Single-chamber replacement, keep
           existing RV lead if parameters acceptable at time of procedure.
        2. Dr. Brandvold to review the 5/28 transmission.
        3. Pre-procedure labs: BMP, CBC. Hold nothing (no anticoagulation).
        4. Counseled re: device replacement, infection risk, pocket care.
        """, custodian="ohra")
    c.note("remote-2026-06-12", "2026-06-12 10:02", "28570-0", "Practitioner/ep", "Remote ICD transmission review", """
        Remote transmission review (transmission received 05/28/2026; reviewed 06/12/2026)
        Battery 2.61 V - RRT/ERI reached 05/24/2026. Charge time 14.9 s. RV lead impedance 498 ohms, stable.
        No treated episodes. Recommend generator change within 3 months.
        T. Brandvold, MD
        """, custodian="ohra")

    case = {
        "id": "bf-icd-02", "patient": "patients/pf02.json",
        "request": {
            "service": {"system": CPT, "code": "33262", "display": "Removal of implantable defibrillator pulse generator with replacement of pulse generator; single lead system"},
            "diagnoses": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z45.02", "display": "Encounter for adjustment and management of automatic implantable cardiac defibrillator"},
                          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I42.0", "display": "Dilated cardiomyopathy"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-06-09",
            "note": "ICD generator replacement - device approaching ERI, patient hearing alert tones. Implanted 2019.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.4",
            "evidence": ["DocumentReference/device-2025-04-15", "DocumentReference/np-2026-06-02"],
            "missing": ["interrogation|ERI|elective replacement|battery|replacement indicator|device check|remote transmission"],
            "rationale": "Replacement branch (existing ICD): covered when required for end of battery life, ERI or device/lead "
                         "malfunction; no shared decision-making is required. The only interrogation on file is 14 months old "
                         "(longevity 1.3 y); the alert tones may be battery or lead; the 5/28 transmission had not been reviewed "
                         "by the request date (the 6/12 review is after it). Ask for a current interrogation showing ERI/RRT or a "
                         "malfunction.",
        },
    }
    return case, c


def icd_03():
    """Familial/genetic branch (B5): hypertrophic cardiomyopathy with risk markers, SDM with decision aid,
    LVEF measured by cardiac MRI. Clean approve; ED note hedges on syncope cause."""
    c = Chart("pf03", "PT", "https://fhir.willamettecardiology.example", "http://fhir.willamettecardiology.example/CodeSystem/results")
    c.patient("Raymond", "Achterberg", "male", "1956-04-30", "Tigard", "OR", "WCG-3308152")
    c.org("wcg", "Willamette Cardiology Group - HCM Center", "cardiology practice", "Portland", "OR")
    c.org("chvi", "Cascade Heart & Vascular Institute", "hospital", "Portland", "OR")
    c.prac("hcm", "Lena", "Vosburgh", "MD", "Cardiovascular Disease (HCM Center)")
    c.prac("ep", "Daniel", "Okonkwo-Reyes", "MD", "Clinical Cardiac Electrophysiology")
    c.prac("gc", "Hannah", "Lindgren", "MS, CGC", "Genetic Counseling")
    c.prac("ed", "Trevor", "Bishop", "MD", "Emergency Medicine")
    c.coverage("2021-05-01")
    c.condition("hcm", "I42.2", "Other hypertrophic cardiomyopathy", "2024-06-18 15:30", asserter="hcm",
                note="Non-obstructive HCM, asymmetric septal, MYBPC3 pathogenic variant.")
    c.condition("fh-scd", "Z82.41", "Family history of sudden cardiac death", "2024-06-18 15:31",
                note="Brother died suddenly age 44 while jogging; autopsy: HCM.")
    c.condition("syncope", "R55", "Syncope and collapse", "2025-12-14 22:40", asserter="ed", category="encounter-diagnosis")
    c.condition("nsvt", "I47.2", "Ventricular tachycardia", "2026-08-12 09:00", asserter="hcm",
                note="Non-sustained VT on 14-day patch (3 runs, longest 9 beats).")
    c.condition("bph", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2019-03-04 10:00")
    c.obs("cmr-lvef-2026-08-19", "2026-08-19 13:10", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", text="LVEF (cardiac MRI)"),
          63, "%", category="imaging", performer="Organization/chvi")
    c.obs("cmr-wall-2026-08-19", "2026-08-19 13:10", ("local", "CMR-MWT", "Maximal LV wall thickness (cardiac MRI)"), 29, "mm",
          category="imaging", performer="Organization/chvi")
    c.obs("cmr-lge-2026-08-19", "2026-08-19 13:10", ("local", "CMR-LGE", "Late gadolinium enhancement extent, % LV mass"), 17, "%",
          category="imaging", performer="Organization/chvi")
    c.obs("lvot-2026-08-27", "2026-08-27 10:05", ("local", "ECHO-LVOTG", "LVOT peak gradient at rest (echo)"), 14, "mm[Hg]",
          category="imaging", note="Valsalva 22 mmHg. Non-obstructive.")
    c.obs("patch-2026-08-12", "2026-08-12 09:00", ("local", "AMB-NSVT", "Ambulatory ECG monitor (14 day) - longest NSVT run"), 9,
          "{beats}", category="procedure", note="3 runs NSVT, max rate 172 bpm. No atrial fibrillation. Sinus 52-118.")
    c.obs("risk-scd-2026-08-27", "2026-08-27 10:30", ("local", "HCM-RISK-SCD", "HCM Risk-SCD 5-year estimate"), 6.8, "%",
          category="survey", performer="Practitioner/hcm")
    c.med("metoprolol", "6918", "metoprolol", "2024-06-18 16:00", "hcm", "metoprolol succinate ER 50 mg daily")
    c.med("atorva", "83367", "atorvastatin", "2016-09-12 10:00", "hcm", "atorvastatin 20 mg nightly")

    c.note("gc-2025-02-11", "2025-02-11 16:00", "34109-9", "Practitioner/gc", "Genetic counseling results letter", """
        Willamette Cardiology Group - Cardiovascular Genetics
        February 11, 2025

        Dear Mr. Achterberg,

        Thank you for meeting with me to review the results of your cardiomyopathy gene panel (82 genes, sent 12/2024).
        RESULT: one PATHOGENIC variant was identified in MYBPC3: c.1504C>T (p.Arg502Trp), heterozygous.
        This variant is well described in hypertrophic cardiomyopathy and confirms the genetic cause of your HCM.
        It is likely the same cause as your brother Gary's HCM (diagnosed at autopsy after his sudden death at 44).
        First-degree relatives (your two daughters, your sister) can have targeted testing; letters enclosed.
        The genetic result itself does not change your ICD decision - that is based on your clinical risk markers,
        which Dr. Vosburgh follows.

        Hannah Lindgren, MS, CGC
        """, custodian="wcg")
    c.note("ed-2025-12-14", "2025-12-14 23:55", "34109-9", "Practitioner/ed", "Emergency department note (outside record)", """
        CASCADE HEART & VASCULAR INSTITUTE - EMERGENCY DEPARTMENT
        Arrival 12/14/2025 21:48   Provider: Trevor Bishop, MD

        CC: passed out
        HPI: 69 y/o M with known HCM. Standing at the kitchen counter after dinner, no prodrome per wife, "just went
        down", out ~15-20 seconds, no jerking, no incontinence, no tongue biting, back to baseline within a minute.
        Had 1 glass of wine. No chest pain or palpitations he can recall. No prior syncope.
        Exam: BP 128/74 supine, 124/76 standing (no orthostasis), HR 58. Harsh 2/6 SEM LLSB, no change w/ Valsalva.
        Small abrasion L elbow. Neuro nonfocal.
        ECG: sinus 58, LVH with deep lateral TWI (old per prior). Troponin I <5 ng/L x2. BMP, CBC normal.
        Monitored 4 h on telemetry: no arrhythmia.
        MDM: Syncope - vasovagal (post-prandial, alcohol) vs arrhythmic in setting of HCM. Cannot exclude arrhythmia.
        Dispo: home, close cardiology f/u (message sent to Dr. Vosburgh), no driving until cleared.
        """, custodian="chvi")
    c.note("cmr-2026-08-19", "2026-08-19 16:20", "18748-4", "Organization/chvi", "Cardiac MRI report", """
        CARDIAC MRI WITH AND WITHOUT CONTRAST            08/19/2026
        Indication: HCM, SCD risk stratification.
        Findings: asymmetric septal hypertrophy, maximal wall thickness 29 mm (basal-mid anteroseptum).
        LVEDV 128 mL, LVESV 47 mL, LVEF 63%. No apical aneurysm. No SAM at rest. RV normal.
        Late gadolinium enhancement: patchy mid-wall LGE in the hypertrophied septum and RV insertion points,
        estimated 17% of LV mass (>=15% - extensive).
        Impression: Non-obstructive HCM with extensive LGE (17%). Normal LV systolic function.
        """, custodian="chvi")
    c.note("hcm-2026-08-27", "2026-08-27 11:15", "11506-3", "Practitioner/hcm", "HCM Center follow-up", """
        <html><head><title>HCM Center follow-up</title></head><body>
        <h2>Willamette Cardiology Group &ndash; HCM Center</h2>
        <p><b>Follow-up visit</b> &nbsp; 08/27/2026 &nbsp; Lena Vosburgh, MD</p>
        <p><b>HPI:</b> 70 y/o man with genotype-positive (MYBPC3) non-obstructive HCM. Unexplained syncope 12/2025
        (ED workup unrevealing, no orthostasis; not typical vasovagal - occurred standing, no prodrome). No further
        episodes. Mild exertional dyspnea climbing 2 flights, NYHA II. No chest pain.</p>
        <p><b>Data reviewed:</b></p>
        <ul>
          <li>Cardiac MRI 08/19/2026: max wall thickness 29 mm, LVEF 63%, LGE 17% of LV mass.</li>
          <li>14-day patch 07/29-08/12/2026: 3 runs NSVT (longest 9 beats, 172 bpm). No AF.</li>
          <li>Echo today: LVOT gradient 14 mmHg rest / 22 mmHg Valsalva. No SAM. No LV apical aneurysm.</li>
          <li>Family history: brother SCD at 44 (HCM at autopsy).</li>
          <li>HCM Risk-SCD estimate 6.8% / 5 years.</li>
        </ul>
        <p><b>Exam:</b> BP 132/78, HR 56. 2/6 SEM LLSB. Lungs clear. No edema.</p>
        <p><b>Assessment:</b> HCM with multiple major SCD risk markers (unexplained syncope, family history of HCM-related
        SCD, extensive LGE &ge;15%, NSVT). Primary-prevention ICD is recommended (class IIa). Clinically stable,
        no other disease limiting survival.</p>
        <p><b>Plan:</b> Refer to Dr. Okonkwo-Reyes (EP) for ICD discussion and shared decision-making. Continue metoprolol.
        Cascade screening for daughters in progress. Follow-up 6 months.</p>
        </body></html>
        """, ctype="text/html", custodian="wcg")
    c.note("ep-2026-09-10", "2026-09-10 15:40", "11488-4", "Practitioner/ep", "EP consultation - ICD shared decision-making", """
        CASCADE HEART & VASCULAR INSTITUTE - ELECTROPHYSIOLOGY
        Consultation / Shared Decision-Making Visit       09/10/2026
        Daniel Okonkwo-Reyes, MD

        Referred by Dr. Vosburgh for primary-prevention ICD in HCM.
        Summary: genotype-positive HCM (MYBPC3), max wall 29 mm, LGE 17%, NSVT on monitor, unexplained syncope 12/2025,
        brother with SCD at 44. LVEF 63% by CMR 8/19/2026. NYHA II. No AF on monitoring. Not on anticoagulation.
        No history of cancer, renal or hepatic disease. Clinically stable.

        Shared decision-making: I met face-to-face with Mr. Achterberg and his daughter (~30 min). We used an
        evidence-based ICD decision aid for hypertrophic cardiomyopathy (printed; includes his individual HCM
        Risk-SCD estimate) and walked through: estimated SCD risk with and without an ICD, transvenous vs
        subcutaneous ICD, complications (infection, lead failure, pneumothorax), inappropriate shocks, driving
        rules, generator changes, and his option to decline. He asked good questions about S-ICD; with bradycardia
        on beta-blocker (HR 52-56) and possible future pacing needs, he prefers a transvenous single-chamber ICD.
        Decision: proceed with ICD. Decision aid copy given to patient.

        Plan: transvenous single-chamber ICD, outpatient. Hold nothing. Pre-op labs.
        """, custodian="chvi")

    case = {
        "id": "bf-icd-03", "patient": "patients/pf03.json",
        "request": {
            "service": {"system": CPT, "code": "33249", "display": "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s)"},
            "diagnoses": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I42.2", "display": "Other hypertrophic cardiomyopathy"},
                          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z82.41", "display": "Family history of sudden cardiac death"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-09-22",
            "note": "Primary prevention ICD for HCM with unexplained syncope, family hx SCD, LGE 17%, NSVT.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.4",
            "evidence": ["Observation/cmr-lvef-2026-08-19", "DocumentReference/hcm-2026-08-27", "DocumentReference/ep-2026-09-10"],
            "missing": [],
            "rationale": "B5 familial/genetic disorder with high risk (HCM named in the NCD) with a formal SDM encounter using an "
                         "evidence-based decision tool before implant; LVEF measured by cardiac MRI; clinically stable; no AF, no "
                         "survival-limiting disease. Normal LVEF does not matter on this branch.",
        },
    }
    return case, c


CASES = [icd_01, icd_02, icd_03]
