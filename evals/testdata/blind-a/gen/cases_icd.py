"""NCD 20.4 (ICD) cases: ba-icd-01 .. ba-icd-04."""
from fhirkit import Chart, LOINC, LOCAL, CPT, ICD

SERVICE = {"system": CPT, "code": "33249",
           "display": "Insertion of implantable defibrillator"}


def dx(code, display):
    return {"system": ICD, "code": code, "display": display}


# ======================================================================== ba-icd-01
def icd01():
    c = Chart("pa01")
    c.patient("Brennan", ["Walter", "J."], "male", "1954-03-12", "LH-4471902")
    c.enc("enc-ed-2026-01-09", "EMER", "2026-01-09T06:31:00-05:00", "2026-01-09T11:05:00-05:00",
          "Emergency department visit", reason="Palpitations, near-syncope")
    c.enc("adm-2026-01-09", "IMP", "2026-01-09T11:05:00-05:00", "2026-01-14T15:20:00-05:00",
          "Inpatient admission - cardiology", reason="Sustained ventricular tachycardia",
          disposition="Home with wearable cardioverter-defibrillator")
    c.cond("vt-2026-01-09", "I47.2", "Ventricular tachycardia", recorded="2026-01-09", onset="2026-01-09",
           category="encounter-diagnosis")
    c.cond("old-mi", "I25.2", "Old myocardial infarction", recorded="2014-05-20", onset="2014-05-17",
           note="Inferior STEMI 05/2014, treated medically at outside facility (late presentation).")
    c.cond("icm", "I25.5", "Ischemic cardiomyopathy", recorded="2016-03-03")
    c.cond("paf", "I48.0", "Paroxysmal atrial fibrillation", recorded="2022-08-15")
    c.cond("hx-prostate-ca", "Z85.46", "Personal history of malignant neoplasm of prostate",
           recorded="2019-11-04", note="RALP 11/2019, Gleason 3+4, pT2N0. PSA undetectable since.")
    c.obs("k-2026-01-09", (LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma"),
          "2026-01-09T06:58:00-05:00", 4.2, "mmol/L", category="laboratory")
    c.obs("mg-2026-01-09", (LOINC, "19123-9", "Magnesium [Mass/volume] in Serum or Plasma"),
          "2026-01-09T06:58:00-05:00", 2.1, "mg/dL", category="laboratory")
    c.obs("hstni-2026-01-09a", (LOINC, "89579-7",
          "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"),
          "2026-01-09T07:05:00-05:00", 14, "ng/L", category="laboratory",
          note="Assay 99th percentile URL 35 ng/L.")
    c.obs("hstni-2026-01-09b", (LOINC, "89579-7",
          "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"),
          "2026-01-09T10:12:00-05:00", 17, "ng/L", category="laboratory")
    c.obs("lvef-2023-05-18", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2023-05-18T10:00:00-04:00", 45, "%", category="imaging", method="Transthoracic echocardiogram")
    c.obs("lvef-2026-01-10", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2026-01-10T13:40:00-05:00", 40, "%", category="imaging",
          method="Transthoracic echocardiogram, biplane Simpson",
          performer="Lakeshore General Echo Lab")
    c.proc("dccv-2026-01-09", "Synchronized external cardioversion 150 J", "2026-01-09T07:12:00-05:00",
           performer="Dr. P. Amundsen, Emergency Medicine")
    c.proc("lhc-2026-01-11", "Left heart catheterization with selective coronary angiography",
           "2026-01-11T09:30:00-05:00", performer="Dr. L. Castellanos, Interventional Cardiology",
           note="CTO mid RCA with L->R collaterals (unchanged vs 2019). LAD 30%, LCx 20%. No culprit lesion. "
                "No revascularization target.")
    c.med("metoprolol", "6918", "metoprolol succinate 50 MG extended release", "2022-08-15",
          dosage="50 mg PO daily")
    c.med("apixaban", "1364430", "apixaban 5 MG", "2022-08-15", dosage="5 mg PO BID")
    c.med("atorvastatin", "83367", "atorvastatin 80 MG", "2014-05-22", dosage="80 mg PO nightly")
    c.med("amiodarone-2026-01-10", "703", "amiodarone 200 MG", "2026-01-10",
          dosage="400 mg PO BID x 14 days, then 200 mg daily")
    c.note("derm-2025-11-18", "2025-11-18T10:15:00-05:00", "Dermatology Office Note",
           "Dr. H. Sato, Dermatology", """
        DERMATOLOGY - RETURN VISIT
        Reason: recheck actinic keratoses scalp/forearms.
        71 y/o M, retired roofer, extensive sun exposure history. Last seen 5/2025, LN2 to 9 AKs.
        Exam: Fitzpatrick II. Scalp: 6 gritty erythematous scaly papules vertex/frontal. Dorsal forearms:
        4 AKs. R temple: 4 mm pearly papule - previously biopsied 5/2025, benign (irritated SK).
        No suspicious pigmented lesions on full skin exam.
        A/P:
        1. Actinic keratoses x10 - cryotherapy (LN2, 2 freeze-thaw cycles) performed today; discussed blistering.
           Consider field therapy with 5-FU cream in spring if recurrent.
        2. Seborrheic keratoses - benign, reassurance.
        3. Sun protection counseling; SPF 50 daily, broad-brim hat.
        Anticoagulated on apixaban - minor bleeding after cryo expected, pressure if needed.
        RTC 6 months.
        """)
    c.note("ed-2026-01-09", "2026-01-09T09:55:00-05:00", "Emergency Department Physician Note",
           "Dr. P. Amundsen, Emergency Medicine", """
        ED PHYSICIAN NOTE                                   DOS 01/09/2026  arrival 06:31
        CC: "heart racing," lightheaded

        HPI: 71 y/o M w/ hx inferior MI 2014, ischemic CM (EF 45% 2023), pAF on apixaban, prostate ca
        s/p RALP 2019 (in remission), who woke ~05:15 with rapid pounding heartbeat and feeling he would
        pass out. Wife called 911. EMS strip: regular wide-complex tachycardia 180s, BP 90/60.
        Denies chest pain. Denies syncope. No recent illness, vomiting or diarrhea. No new meds; no
        OTC decongestants, no alcohol or stimulants. Took his usual meds last night.

        Exam on arrival: HR 188, BP 84/52, RR 22, SpO2 95% RA. Pale, diaphoretic, alert and oriented x3.
        Lungs: faint bibasilar crackles. No JVD appreciated. Ext warm, no edema.

        ECG 06:44: regular WCT 188 bpm, QRS 168 ms, RBBB-like morphology, superior axis, visible AV
        dissociation in II - consistent with monomorphic VT.

        ED course: amiodarone 150 mg IV over 10 min at 06:50 - no conversion. Rhythm remained continuous
        on the monitor. 07:09 BP 78/48 -> procedural sedation (etomidate 10 mg) and synchronized DC
        cardioversion 150 J x1 at 07:12 -> sinus rhythm 72. Post-conversion BP 112/68, mentating normally.
        Post-conversion ECG: SR 72, old inferior Q waves III/aVF, no acute ST elevation or depression.
        Amiodarone infusion started.

        Labs: K 4.2, Mg 2.1, Cr 1.0, Hgb 13.9. hs-TnI 14 ng/L (07:05); repeat 10:12 = 17 ng/L.
        CXR: mild vascular congestion, no consolidation.

        MDM: Sustained monomorphic VT (continuous on the monitor for ~40 min from arrival; ~2 h by history) with
        hypotension, requiring electrical cardioversion. r/o ACS - no chest pain, ECG without acute
        ischemic change, hs-troponin low and flat. Likely scar-related VT from prior inferior infarct.
        Possible contribution of electrolytes excluded (K/Mg normal).

        Dx: Ventricular tachycardia, sustained. Dispo: admit CCU. Cardiology (Dr. Reyes) and EP
        (Dr. Mbeki) notified and agree.
        """)
    c.note("ep-consult-2026-01-12", "2026-01-12T16:20:00-05:00", "Electrophysiology Consultation",
           "Dr. N. Mbeki, Cardiac Electrophysiology", """
        ELECTROPHYSIOLOGY CONSULTATION
        Requesting: Dr. R. Feld (Hospital Medicine)        Reason: sustained VT

        HPI: 71 y/o M admitted 1/9 after presenting with sustained monomorphic VT at 188 bpm with
        hypotension (BP 78/48), refractory to IV amiodarone, terminated with synchronized DCCV 150 J in
        the ED. No recurrence on telemetry; IV amiodarone converted to PO 1/10.

        Ischemic evaluation: hs-TnI 14 -> 17 ng/L (flat, below the 99th percentile URL of 35 ng/L for our
        assay); no acute MI. LHC 1/11 (Dr. Castellanos): chronic total occlusion of mid RCA with
        well-developed left-to-right collaterals, unchanged from 2019 films; mild nonobstructive LAD and
        LCx disease; no culprit lesion and no target for revascularization.

        Reversible causes reviewed: K 4.2, Mg 2.1, TSH 2.3, QTc 438 ms off drugs, no QT-prolonging or
        proarrhythmic medications, no stimulants, afebrile, no sepsis. None identified.

        TTE 1/10: LVEF 40% (biplane Simpson), inferior and inferolateral akinesis with wall thinning,
        mild MR, no LV thrombus.

        Other history: pAF - low burden; on apixaban and metoprolol; episodes on prior monitor with
        ventricular rates 60s-80s, no RVR this admission. Prostate adenocarcinoma Gleason 3+4, RALP
        11/2019; PSA undetectable 10/2025, followed by urology as cured. No cognitive impairment;
        independent in ADLs, still drives and volunteers at his church.

        Impression: Sustained monomorphic VT, scar-mediated (inferior/inferolateral substrate), in a
        patient with ischemic cardiomyopathy and mildly reduced LVEF. The arrhythmia is not associated
        with an acute MI and no transient or reversible cause has been found.

        Recommendations:
        1. ICD for secondary prevention. Single-chamber device unless a pacing indication emerges.
        2. Continue amiodarone 400 mg BID x 2 weeks then 200 mg daily; continue metoprolol.
        3. Patient asks to attend his granddaughter's wedding on 1/31 before any procedure. Reasonable to
           discharge with a wearable cardioverter-defibrillator and implant as an outpatient in early
           February.
        4. Risks, benefits and alternatives of ICD (infection, lead dislodgement, pneumothorax,
           inappropriate shocks, driving restriction) reviewed with patient and wife; they wish to proceed.
        """)
    c.note("dc-summary-2026-01-14", "2026-01-14T15:05:00-05:00", "Discharge Summary",
           "Dr. R. Feld, Hospital Medicine", """
        DISCHARGE SUMMARY
        Admit 01/09/2026  Discharge 01/14/2026
        Principal dx: sustained monomorphic ventricular tachycardia. Secondary: ischemic cardiomyopathy
        (LVEF 40%), CAD with chronic RCA occlusion, paroxysmal AF, hx prostate cancer (remission).

        Hospital course: Presented with VT 188 bpm with hypotension, DC cardioversion in ED. Monitored in
        CCU x 48 h then telemetry; no recurrent VT, 3 short runs of NSVT (4-6 beats) on 1/10. Troponin
        flat. LHC without culprit; chronic RCA CTO. TTE LVEF 40%. EP recommends secondary-prevention
        ICD; patient prefers outpatient implant after a family event, discharged with wearable
        cardioverter-defibrillator (fitted 1/13, education completed).

        Condition at discharge: stable, ambulating independently, BP 116/70, HR 62 SR.
        Meds: amiodarone 400 mg BID until 1/24 then 200 mg daily (NEW); metoprolol succinate 50 mg daily;
        apixaban 5 mg BID; atorvastatin 80 mg.
        Follow-up: EP clinic 1/20/2026 (Dr. Mbeki). Labs (LFT, TSH) in 6 weeks on amiodarone.
        """)
    c.note("ep-clinic-2026-01-20", "2026-01-20T11:30:00-05:00", "Electrophysiology Clinic Note",
           "Dr. N. Mbeki, Cardiac Electrophysiology", """
        EP CLINIC - POST-HOSPITAL FOLLOW-UP
        Seen 6 days after discharge for sustained VT (1/9/2026). Wearing WCD ~23 h/day; device report:
        no treated or untreated arrhythmia episodes, no alarms.
        Symptoms: denies palpitations, presyncope or syncope; no chest pain. Mild dyspnea on 2 flights
        of stairs (baseline). Tolerating amiodarone, mild nausea resolved with food.
        Exam: BP 118/70, HR 60, well-appearing, no JVD, lungs clear, no edema.
        ECG: sinus 60, QRS 104 ms, QTc 462 ms.

        A/P: Sustained monomorphic VT, no reversible cause, ischemic CM LVEF 40%. Plan
        single-chamber transvenous ICD, secondary prevention. Clinically stable for elective implant.
        Tentative implant date 2/3/2026; hold apixaban 48 h pre-procedure per protocol.
        Prior authorization submitted today.
        """)
    c.sr("icd-implant-order", "Implantation of single-chamber transvenous ICD", "2026-01-20",
         requester="Dr. N. Mbeki, Cardiac Electrophysiology", code=(CPT, "33249",
         "Insertion of implantable defibrillator"),
         reason="Secondary prevention - sustained monomorphic VT 01/09/2026")
    c.appt("icd-implant-appt", "2026-01-20T11:45:00-05:00", "2026-02-03T07:30:00-05:00",
           "ICD implant - EP lab 2", minutes=120, practitioner="Dr. N. Mbeki")
    case = {
        "id": "ba-icd-01", "patient": "patients/pa01.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("I47.2", "Ventricular tachycardia"), dx("I25.5", "Ischemic cardiomyopathy")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-01-21",
                    "note": "Single-chamber ICD, secondary prevention after sustained VT 1/9/2026."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                 "evidence": ["DocumentReference/ed-2026-01-09", "DocumentReference/ep-consult-2026-01-12",
                              "Observation/lvef-2026-01-10"],
                 "missing": [],
                 "rationale": "B1 secondary prevention: sustained monomorphic VT needing cardioversion, not due to "
                              "acute MI (flat troponin, no culprit) or a reversible cause; clinically stable, LVEF "
                              "measured by echo; no exclusion. LVEF 40% and absent SDM do not matter for B1."},
        "_traps": "secondary-prevention branch B1: LVEF 40% fails the B2/B3 thresholds and no SDM is documented "
                  "(not required for B1); 'r/o ACS' hedge with flat troponin; AF with controlled rates; "
                  "prostate cancer in remission (history, not life-limiting); dermatology noise",
    }
    return case, c, "2026-01-21T18:00:00-05:00"


# ======================================================================== ba-icd-02
def icd02():
    c = Chart("pa02")
    c.patient("Kowalczyk", ["Denise", "R."], "female", "1959-08-23", "LH-5520816")
    c.enc("adm-2025-05-13", "IMP", "2025-05-13T19:40:00-04:00", "2025-05-18T12:00:00-04:00",
          "Inpatient admission - heart failure", reason="New-onset decompensated heart failure")
    c.cond("cad-suspected", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris",
           recorded="2025-05-13", clinical="inactive", verification="refuted",
           note="Suspected on admission; angiographically normal coronaries on LHC 5/16/2025.")
    c.cond("dcm", "I42.0", "Dilated cardiomyopathy", recorded="2025-05-16")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", recorded="2025-05-18")
    c.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", recorded="2019-01-10")
    c.cond("osteoporosis", "M81.0", "Age-related osteoporosis without current pathological fracture",
           recorded="2025-12-04")
    c.obs("lvef-2025-05-14", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2025-05-14T09:20:00-04:00", vrange=(20, 25, "%"), category="imaging",
          method="Transthoracic echocardiogram (visual estimate)")
    c.obs("lvef-2026-01-28", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2026-01-28T14:00:00-05:00", 0.31, "1", category="imaging", method="Cardiac MRI (SSFP volumetric)",
          performer="Lakeshore Cardiovascular Imaging")
    c.obs("lvef-2026-03-30", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2026-03-30T10:10:00-04:00", vrange=(40, 45, "%"), category="imaging",
          method="Transthoracic echocardiogram (limited)")
    c.proc("lhc-2025-05-16", "Left heart catheterization with coronary angiography", "2025-05-16T10:45:00-04:00",
           performer="Dr. G. Iverson, Interventional Cardiology",
           note="Angiographically normal coronary arteries. LVEDP 24 mmHg.")
    c.med("carvedilol", "20352", "carvedilol 25 MG", "2025-05-17", dosage="25 mg PO BID (titrated from 3.125 mg)")
    c.med("arni", "1656339", "sacubitril / valsartan 49 MG / 51 MG", "2025-05-17", dosage="49/51 mg PO BID")
    c.med("spironolactone", "9997", "spironolactone 25 MG", "2025-06-24", status="stopped",
          start="2025-06-24", end="2025-10-02", reason="Hyperkalemia (K 5.7)")
    c.med("empagliflozin", "1545653", "empagliflozin 10 MG", "2025-08-05", dosage="10 mg PO daily")
    c.med("furosemide", "4603", "furosemide 20 MG", "2025-05-17", dosage="20 mg PO daily")
    c.med("levothyroxine", "10582", "levothyroxine 75 MCG", "2019-01-10", dosage="75 mcg PO daily")
    c.note("pcp-2025-12-04", "2025-12-04T09:40:00-05:00", "Primary Care Office Note",
           "Dr. A. Whitlow, Internal Medicine", """
        PRIMARY CARE - ANNUAL VISIT
        66 y/o F. Cardiomyopathy followed by Dr. Lindgren (HF clinic) - "doing OK," meds managed there.
        DEXA 11/20/2025: L-spine T -2.6, fem neck T -2.1 -> osteoporosis. No fractures. Vit D 24.
        Hypothyroidism: TSH 2.9 on levothyroxine 75 mcg, continue.
        Immunizations: flu and updated COVID given today; Shingrix series complete.
        A/P: 1) Osteoporosis - start alendronate 70 mg weekly (reviewed upright positioning), vit D3 2000 IU,
        calcium from diet; repeat DEXA 2 yrs. 2) Hypothyroid - stable. 3) NICM/HFrEF - per cardiology.
        4) Colon cancer screening up to date (2022 colonoscopy).
        """)
    c.note("cmr-report-2026-01-28", "2026-01-28T17:30:00-05:00", "Cardiac MRI Report",
           "Dr. T. Abernathy, Cardiovascular Imaging", """
        CARDIAC MRI WITH AND WITHOUT GADOLINIUM
        Indication: NICM, reassess LV function on GDMT (ICD decision).
        LV: moderately dilated, LVEDVi 128 mL/m2, LVESVi 88 mL/m2, global hypokinesis. LVEF 0.31.
        RV: normal size, RVEF 0.47.
        LGE: linear mid-wall enhancement of the basal-mid septum. No subendocardial or transmural
        (infarct-pattern) enhancement in any coronary territory.
        Trabeculation: noncompacted/compacted ratio 1.6 - does not meet criteria for LV noncompaction.
        No LV thrombus. Mild functional MR. No pericardial effusion.
        IMPRESSION: Non-ischemic dilated cardiomyopathy with LVEF 0.31 and septal mid-wall fibrosis.
        """)
    c.note("hf-clinic-2026-01-30", "2026-01-30T10:00:00-05:00", "Heart Failure Clinic Note",
           "Dr. E. Lindgren, Advanced Heart Failure Cardiology", """
        ADVANCED HEART FAILURE CLINIC - FOLLOW-UP
        66 y/o F with non-ischemic dilated cardiomyopathy diagnosed 05/2025 (presented in decompensated
        HF; echo LVEF 20-25%; LHC 5/16/25 angiographically normal coronary arteries). Genetic panel 7/2025:
        no pathogenic variant. No alcohol, no cardiotoxic chemo, TSH normal.

        Interval: "Better than last spring but not normal." Walks the dog about 2 blocks on flat ground,
        then has to stop to catch her breath; stops at the top of one flight of stairs. No orthopnea or
        PND. Weight stable 71-72 kg. No syncope or presyncope, no palpitations. Pillbox, pharmacy refill
        history reviewed - fills on time.

        GDMT timeline:
        - carvedilol started 5/17/25, at 25 mg BID since 8/2025 (HR 64; further titration limited by
          fatigue/BP)
        - sacubitril/valsartan started 5/17/25, 49/51 BID since 7/2025; 97/103 tried 9/2025 -> SBP 88,
          lightheaded -> back to 49/51
        - spironolactone 25 mg started 6/24/25, STOPPED 10/2/25 for K 5.7; not rechallenged
        - empagliflozin 10 mg daily since 8/5/25
        - furosemide 20 mg daily
        All at maximally tolerated doses.

        Vitals: BP 104/66, HR 64, wt 71.6 kg. JVP 7 cm, lungs clear, no edema, S3 absent.
        Data: Cardiac MRI 1/28/26 - LVEF 0.31, mid-wall septal LGE, no infarct-pattern scar; the
        "possible LV noncompaction" raised on the 5/2025 echo is not supported.
        14-day patch monitor 12/2025: sinus, 2 runs NSVT (5 and 7 beats), no sustained VT.

        Assessment: NICM / HFrEF with persistent LVEF <=35% after >8 months of GDMT at maximally
        tolerated doses. NYHA class II (symptoms with ordinary exertion). Euvolemic.
        Plan: continue GDMT; BMP today; refer to EP (Dr. Farouk) for primary-prevention ICD. QRS 102 ms -
        no CRT indication. RTC 3 months.
        """)
    c.note("ep-consult-2026-02-10", "2026-02-10T09:15:00-05:00", "Electrophysiology Consultation",
           "Dr. S. Farouk, Cardiac Electrophysiology", """
        EP CONSULTATION - PRIMARY PREVENTION ICD
        Referred by Dr. Lindgren. 66 y/o F, NICM dx 5/2025, normal coronaries on LHC 5/2025.
        CMR 1/28/26 LVEF 0.31 with septal mid-wall LGE. On carvedilol, sacubitril/valsartan,
        empagliflozin since mid-2025 (MRA stopped for hyperkalemia). NYHA II, occasionally II-III on
        humid days. Denies syncope, presyncope, palpitations. No personal history of sustained VT or
        cardiac arrest. No chest pain; no ischemic evaluation needed beyond normal LHC. Family history:
        father had "a pacemaker" in his 80s; no sudden death in family.
        Comorbidities: hypothyroidism (controlled), osteoporosis. No cancer, no CKD (Cr 0.9), no liver
        disease. Independent, works part-time as a school librarian.
        ECG: sinus 66, QRS 102 ms, LBBB absent.
        Assessment: Non-ischemic dilated cardiomyopathy, LVEF <=35% despite >3 months of optimal medical
        therapy, NYHA II - primary-prevention ICD is reasonable. Not a CRT candidate.
        Plan: Shared decision-making visit today with K. Haldane, NP (separate note). Single-chamber ICD;
        tentative implant 3/3/2026 pending authorization.
        """)
    c.note("sdm-2026-02-10", "2026-02-10T10:05:00-05:00", "Shared Decision-Making Note",
           "K. Haldane, NP, Cardiac Electrophysiology", """
        <html><body>
        <h3>Shared Decision-Making Visit &mdash; Primary Prevention ICD</h3>
        <p><b>Date:</b> 02/10/2026 &nbsp; <b>Clinician:</b> K. Haldane, NP (EP) &nbsp; <b>Duration:</b> 25 min face to face
        (patient and husband present)</p>
        <p><b>Decision tool used:</b> evidence-based ICD decision aid for primary prevention (Colorado Program
        for Patient Centered Decisions, printed booklet); reviewed page by page with the patient. She had watched the
        video version at home after her January HF visit.</p>
        <ul>
          <li>Reviewed her estimated 5-year risk of sudden cardiac death with and without an ICD using the aid's
          icon arrays (about 7 fewer deaths per 100 similar patients over 5 years).</li>
          <li>Discussed risks: infection, lead problems, pneumothorax, inappropriate shocks, device replacement,
          6-month driving restriction after any shock, and deactivation options at end of life.</li>
          <li>Alternatives: continue medical therapy alone; wearable defibrillator not appropriate long term.</li>
          <li>Patient values: &quot;I want to see my grandkids graduate&quot;; worried about shocks; willing to accept
          the device.</li>
        </ul>
        <p><b>Decision:</b> patient chooses to proceed with ICD implantation. Questions answered; copy of the
        decision aid given.</p>
        </body></html>
        """, ctype="text/html")
    c.note("echo-2026-03-30", "2026-03-30T11:00:00-04:00", "Echocardiogram Report",
           "Dr. T. Abernathy, Cardiovascular Imaging", """
        LIMITED TRANSTHORACIC ECHOCARDIOGRAM
        Indication: interval reassessment of LV function (NICM on GDMT); requested by HF clinic.
        Technical quality: fair, apical windows adequate; no contrast used.
        LV: mildly dilated (LVIDd 5.8 cm). Global hypokinesis, less pronounced than on prior studies.
        LVEF 40-45% by visual estimate; biplane not performed (limited study).
        RV: normal size and function, TAPSE 20 mm.
        Valves: mild functional MR, trace TR, RVSP 28 mmHg.
        No pericardial effusion. IVC normal with respiratory collapse.
        Comparison: CMR 1/28/2026 LVEF 0.31; TTE 5/2025 LVEF 20-25%.
        IMPRESSION: Improved LV systolic function, LVEF 40-45%. Mild MR.
        """)
    case = {
        "id": "ba-icd-02", "patient": "patients/pa02.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("I42.0", "Dilated cardiomyopathy"),
                                  dx("I50.22", "Chronic systolic (congestive) heart failure")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-17",
                    "note": "Primary prevention ICD, NICM."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.4",
                 "evidence": ["Observation/lvef-2026-01-28", "DocumentReference/hf-clinic-2026-01-30",
                              "DocumentReference/ep-consult-2026-02-10", "DocumentReference/sdm-2026-02-10"],
                 "missing": [],
                 "rationale": "B4 non-ischemic DCM: LVEF 0.31 by CMR, NYHA II, >3 months of maximally tolerated "
                              "GDMT, no MI/revascularization issue (normal coronaries), SDM with a decision aid "
                              "documented. The improved echo is dated after the request."},
        "_traps": "LVEF as a fraction (0.31, unit '1') on CMR; older range 20-25% superseded; LVEF 40-45% echo "
                  "dated AFTER the request must be ignored; OMT duration from start dates with MRA stopped for "
                  "hyperkalemia (max tolerated); refuted CAD Condition; SDM note in HTML",
    }
    return case, c, "2026-04-02T08:00:00-04:00"


# ======================================================================== ba-icd-03
def icd03():
    c = Chart("pa03")
    c.patient("Achterberg", ["Raymond", "T."], "male", "1950-11-02", "LH-3087745")
    c.cond("old-mi", "I25.2", "Old myocardial infarction", recorded="2017-02-20", onset="2017-02-18",
           note="Inferior NSTEMI 02/2017; RCA CTO, medically managed.")
    c.cond("icm", "I25.5", "Ischemic cardiomyopathy", recorded="2019-06-10")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", recorded="2019-06-10")
    c.cond("cad-angina", "I25.119", "Atherosclerotic heart disease of native coronary artery with unspecified angina pectoris",
           recorded="2026-01-22")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", recorded="2010-04-02")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2008-09-15")
    c.cond("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", recorded="2023-03-01")
    c.obs("lvef-2026-01-22", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2026-01-22T11:10:00-05:00", vrange=(30, 35, "%"), category="imaging",
          method="Transthoracic echocardiogram (visual estimate)")
    c.proc("mpi-2026-02-04", "Regadenoson SPECT myocardial perfusion imaging", "2026-02-04T08:30:00-05:00",
           performer="Lakeshore Nuclear Cardiology")
    c.proc("lhc-2026-02-19", "Left heart catheterization with selective coronary angiography",
           "2026-02-19T10:15:00-05:00", performer="Dr. M. Quintero, Interventional Cardiology")
    c.sr("pci-lad-order", "Staged PCI of proximal LAD (IVL/atherectomy as needed)", "2026-02-19", status="on-hold",
         requester="Dr. M. Quintero, Interventional Cardiology",
         note="On hold - patient undecided, wishes to discuss with family.")
    c.med("metoprolol", "6918", "metoprolol succinate 100 MG", "2019-06-12", dosage="100 mg PO daily (from 50 mg 2/19/26)")
    c.med("lisinopril", "29046", "lisinopril 10 MG", "2012-05-01", dosage="10 mg PO daily")
    c.med("atorvastatin", "83367", "atorvastatin 80 MG", "2017-02-21")
    c.med("aspirin", "1191", "aspirin 81 MG", "2017-02-21")
    c.med("ntg", "4917", "nitroglycerin 0.4 MG sublingual", "2026-01-22", dosage="0.4 mg SL q5min PRN chest pain, max 3")
    c.med("ismn", None, "isosorbide mononitrate ER 30 mg tablet", "2026-02-19", dosage="30 mg PO daily")
    c.med("metformin", "6809", "metformin 500 MG", "2010-04-02", dosage="500 mg PO BID (reduced for eGFR 52)")
    c.note("cards-2026-01-22", "2026-01-22T14:00:00-05:00", "Cardiology Office Note",
           "Dr. J. Halvorsen, General Cardiology", """
        CARDIOLOGY FOLLOW-UP
        75 y/o M with CAD (inferior NSTEMI 2017, RCA CTO medically managed), ischemic CM, HTN, DM2,
        CKD 3a. Last seen 7/2025, LVEF then 40%.
        Interval: Since about December, new chest "pressure" when walking uphill to his mailbox or
        carrying groceries, 2-3 times a week, lasting 3-5 minutes and easing with rest. Never at rest.
        More short of breath on one flight of stairs. No syncope. No orthopnea. CCS class II angina,
        NYHA II.
        Exam: BP 132/74, HR 72. JVP normal, lungs clear, trace ankle edema.
        ECG: SR, old inferior Qs, new 1 mm horizontal ST depression V4-V6 vs 2024.
        Echo today: EF est 30-35% (down from 40%), new anterior and apical hypokinesis, inferior akinesis
        (old).
        Assessment: New exertional angina with decline in LVEF and new anterior WMA - concern for
        progressive LAD disease.
        Plan: Regadenoson SPECT; SL NTG PRN; if high-risk -> cath. Also discussed that with EF in the
        30-35% range he may be a candidate for a primary-prevention ICD; refer to EP to start that
        conversation.
        """)
    c.note("mpi-report-2026-02-04", "2026-02-04T15:45:00-05:00", "Nuclear Stress Test Report",
           "Dr. F. Oyelaran, Nuclear Cardiology", """
        REGADENOSON SPECT MYOCARDIAL PERFUSION IMAGING (1-day rest/stress Tc-99m)
        Stress: regadenoson 0.4 mg IV; symptoms: chest tightness; ECG: 1.5 mm horizontal ST depression
        V4-V6 resolving at 4 min recovery. No arrhythmia.
        Perfusion: Large, severe, reversible defect of the anterior wall, anteroseptum and apex (LAD
        territory). Medium fixed defect of the inferior wall (prior infarct).
        SSS 16, SRS 4, SDS 12 - approximately 18% of LV myocardium ischemic. TID ratio 1.25.
        Gated: post-stress LVEF 32%, anterior/apical hypokinesis.
        IMPRESSION: HIGH-RISK study. Extensive reversible ischemia in the LAD territory with transient
        ischemic dilation. Old inferior infarct without peri-infarct ischemia. Recommend coronary
        angiography.
        """)
    c.note("cath-report-2026-02-19", "2026-02-19T13:30:00-05:00", "Cardiac Catheterization Report",
           "Dr. M. Quintero, Interventional Cardiology", """
        CARDIAC CATHETERIZATION REPORT
        Procedure: LHC, selective coronary angiography. LV gram deferred (eGFR 52). Access R radial 6F,
        TR band. Contrast 45 mL iodixanol. Moderate sedation, fentanyl/midazolam.
        Indication: new CCS II angina, ischemic CM with EF 30-35%, high-risk SPECT (18% reversible
        anterior ischemia, TID).
        Hemodynamics: Ao 128/70, LVEDP 18 mmHg.
        Coronary anatomy (right dominant):
        - LM: normal.
        - LAD: proximal 90% eccentric, heavily calcified stenosis before D1; mid LAD 40%. D1 ostial 50%.
        - LCx: mid 50-60%, not flow-limiting by visual; OM1 small with diffuse disease.
        - RCA: known proximal CTO with grade 2 septal collaterals (2017 inferior MI territory, fixed defect
          on SPECT).
        IMPRESSION: Severe proximal LAD stenosis subtending a large, viable, ischemic anterior territory -
        culprit for his new angina and likely for the EF decline. Anatomy suitable for PCI with
        intravascular lithotripsy/atherectomy; SYNTAX 19. Case reviewed at the heart-team huddle today with
        CT surgery (Dr. Varga): PCI of the proximal LAD recommended as the revascularization strategy; LV
        function may improve after revascularization.
        Plan: Discussed findings and recommendation with patient and daughter at bedside. He is hesitant -
        would like to "talk it over with my son" and said he would rather "get the defibrillator done first
        if I have to do anything." PCI not performed today; staged PCI order placed on hold pending his
        decision. Increase metoprolol to 100 mg, add isosorbide mononitrate 30 mg daily. Follow up in 2
        weeks.
        """)
    c.note("podiatry-2026-02-26", "2026-02-26T09:00:00-05:00", "Podiatry Note",
           "Dr. C. Bell, Podiatry", """
        PODIATRY - DIABETIC FOOT CARE
        75 y/o M with DM2 (A1c 7.2), CKD 3a, CAD. Routine at-risk foot care; no new complaints.
        Neuro: Semmes-Weinstein monofilament intact bilaterally 10/10 sites; vibration mildly reduced at
        hallux bilaterally.
        Vascular: DP/PT pulses 1+ bilaterally, CFT <3 s, no dependent rubor; hair growth sparse.
        Derm: onychomycosis toenails x6 - thickened, dystrophic, painful in shoes; debrided (11721).
        Mild hallux valgus L. No ulcers, no pre-ulcerative callus, no interdigital maceration.
        A/P: 1) Onychomycosis, symptomatic - debridement today. 2) Diabetes with mild sensory loss - daily foot
        checks, moisturizer (not between toes), footwear counseling. RTC 10 weeks.
        """)
    c.note("ep-2026-03-03", "2026-03-03T13:20:00-05:00", "Electrophysiology Clinic Note",
           "Dr. P. Lindahl, Cardiac Electrophysiology", """
        EP CLINIC - ICD EVALUATION
        Referred by Dr. Halvorsen for primary-prevention ICD. 75 y/o M, ischemic CM, prior inferior MI 2017,
        LVEF 30-35% on TTE 1/22/26 (gated SPECT 32%). NYHA class II. No history of sustained VT/VF,
        syncope or cardiac arrest.
        Still getting chest tightness walking uphill 2-3x/week despite the added nitrate; used SL NTG once
        last week. Otherwise feels well. Has not decided about the "balloon procedure"; asks whether he
        can have the ICD first.
        ECG: SR 64, QRS 110 ms, old inferior Q waves.
        Criteria review: Meets criteria for primary-prevention ICD - ischemic cardiomyopathy with LVEF
        <=35%, NYHA II, no MI within 40 days, no CABG/PCI within 3 months, shared decision-making completed
        today (see separate note). Not in shock. No non-cardiac disease limiting survival (CKD 3a stable).
        Plan: submit for authorization; single-chamber ICD, tentative 3/24/2026.
        """)
    c.note("sdm-2026-03-03", "2026-03-03T13:50:00-05:00", "Shared Decision-Making Note",
           "Dr. P. Lindahl, Cardiac Electrophysiology", """
        SHARED DECISION-MAKING - ICD (PRIMARY PREVENTION)
        Face-to-face with patient and daughter, 20 minutes, EP clinic.
        Tool: evidence-based ICD decision aid for primary prevention (patient booklet version), reviewed page by
        page with icon-array estimates of benefit (sudden death prevented over 5 years) and harms.
        Topics: what the device does and does not do (does not treat heart failure symptoms), shock experience
        and inappropriate shocks, infection and lead risks, battery changes, driving restrictions after
        implant and after shocks, and deactivation options near end of life.
        Teach-back done; patient restated the trade-offs accurately.
        Patient values: wants to avoid sudden death and "be around for the grandkids"; not worried about the
        procedure. Decision: prefers ICD. Copy of the decision aid provided.
        """)
    case = {
        "id": "ba-icd-03", "patient": "patients/pa03.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("I25.5", "Ischemic cardiomyopathy"),
                                  dx("I50.22", "Chronic systolic (congestive) heart failure")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-10"},
        "gold": {"recommendation": "refer", "policy": "NCD 20.4",
                 "evidence": ["DocumentReference/cath-report-2026-02-19", "DocumentReference/mpi-report-2026-02-04",
                              "DocumentReference/cards-2026-01-22"],
                 "missing": [],
                 "rationale": "B3 requires no clinical symptoms and findings that make the patient a candidate for "
                              "coronary revascularization; he has ongoing angina, high-risk SPECT ischemia and a "
                              "heart-team PCI recommendation (on hold). EP note's 'meets criteria' omits this."},
        "_traps": "EP note asserts 'meets criteria' and SDM is done; decisive revascularization recommendation sits "
                  "mid-way in a long cath report; PCI 'on hold' (not performed) is not a PCI-window issue but a "
                  "revascularization-candidate exclusion; EF as range 30-35%; podiatry noise",
    }
    return case, c, "2026-03-12T08:00:00-05:00"


# ======================================================================== ba-icd-04
def icd04():
    c = Chart("pa04")
    c.patient("Whitcomb", ["Gary", "L."], "male", "1957-01-30", "LH-6619034")
    c.cond("stemi-2025-09", "I21.09", "ST elevation (STEMI) myocardial infarction involving other coronary artery of anterior wall",
           recorded="2026-02-20", onset="2025-09-12", clinical="resolved", category="encounter-diagnosis",
           note="Per outside discharge summary (Mercy Regional, OH).")
    c.cond("old-mi", "I25.2", "Old myocardial infarction", recorded="2026-02-20")
    c.cond("icm", "I25.5", "Ischemic cardiomyopathy", recorded="2026-02-20")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", recorded="2026-02-20")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2026-02-20")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", recorded="2026-02-20")
    c.proc("pci-2025-09-12", "Primary PCI mid LAD, drug-eluting stent x1", "2025-09-12", location="Mercy Regional Medical Center (outside)",
           note="Abstracted from outside discharge summary provided by patient.")
    c.obs("lvef-2026-03-18", (LOINC, "10230-1", "Left ventricular Ejection fraction"),
          "2026-03-18T09:45:00-04:00", 26, "%", category="imaging",
          method="Transthoracic echocardiogram, biplane Simpson")
    c.med("aspirin", "1191", "aspirin 81 MG", "2026-02-20", dosage="81 mg daily (continued from outside Rx)")
    c.med("ticagrelor", "1116632", "ticagrelor 90 MG", "2026-02-20", dosage="90 mg BID (continued from outside Rx)")
    c.med("metoprolol", "6918", "metoprolol succinate 100 MG", "2026-02-20")
    c.med("arni", "1656339", "sacubitril / valsartan 49 MG / 51 MG", "2026-02-20")
    c.med("atorvastatin", "83367", "atorvastatin 80 MG", "2026-02-20")
    c.med("dapagliflozin", "1488564", "dapagliflozin 10 MG", "2026-02-20", dosage="10 mg daily (NEW 2/20/26)")
    c.note("outside-dc-2025-09-15", "2025-09-15T12:00:00-04:00", "Outside Discharge Summary (scanned)",
           "Mercy Regional Medical Center - Hospitalist Service", """
        [SCANNED DOCUMENT - provided by patient at new-patient visit 02/20/2026]
        MERCY REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY
        Admission 09/12/2025  Discharge 09/15/2025   Attending: Hospitalist service
        Diagnosis: Acute anterior STEMI.
        Procedure: Emergent LHC 09/12/2025 - mid LAD thrombotic occlusion; primary PCI with DES x1
        (door-to-balloon 58 min). Non-culprit: RCA 60-70% (moderate), LCx mild disease - medical therapy,
        reassess if symptoms.
        Echo 9/13: LVEF ~35%, anterior/apical akinesis, no LV thrombus.
        Course: uncomplicated, no arrhythmias after first 24 h, peak troponin high.
        Discharge meds: ASA 81, ticagrelor 90 BID, metoprolol succinate 50, lisinopril 5, atorvastatin 80.
        Follow-up: cardiology 2 weeks, cardiac rehab referral, repeat echo in 3 months.
        """)
    c.note("cards-newpt-2026-02-20", "2026-02-20T10:30:00-05:00", "Cardiology New Patient Note",
           "Dr. A. Sorensen, General Cardiology", """
        CARDIOLOGY - NEW PATIENT VISIT
        69 y/o M, relocated from Ohio in 12/2025 to live near his daughter.

        HPI: Anterior STEMI 9/12/2025 at Mercy Regional - primary PCI with DES to mid LAD (scanned
        discharge summary brought by pt). EF at discharge "~35%". Completed 10 cardiac rehab sessions
        before moving.
        He also states that he "had to go back in and get another stent" at the same hospital "a couple of
        months ago" when he had chest tightness shoveling snow on a visit back to Ohio; he is not sure which
        artery, and says it was "just an overnight." His daughter thinks it was "right after New Year's, or
        maybe before Christmas." He has no paperwork from that stay.
        Currently no angina. Walks 20-30 min on a treadmill at slow pace; short of breath after 2 flights of
        stairs. NYHA II. No orthopnea/PND, no syncope, no palpitations.

        Meds: ASA 81, ticagrelor 90 BID, metoprolol succinate 100, sacubitril/valsartan 49/51 BID,
        atorvastatin 80.
        Exam: BP 118/72, HR 62, BMI 29. JVP normal, lungs clear, no edema.
        ECG: SR 62, Q waves V1-V4, QRS 98 ms.

        A/P:
        1. Ischemic cardiomyopathy s/p anterior STEMI 9/2025 - repeat TTE now (>90 days post-MI on GDMT).
           If LVEF remains <=35% -> EP referral re primary-prevention ICD. Add dapagliflozin 10 mg.
        2. CAD s/p PCI LAD 9/2025; reported second PCI (date and vessel unknown) - ROI signed today for all
           Mercy Regional records including cath reports. Continue DAPT.
        3. HTN - controlled. 4. HLD - on high-intensity statin.
        """)
    c.note("roi-log-2026-03-30", "2026-03-30T15:10:00-04:00", "Medical Records Request Log",
           "M. Ruiz, Health Information Management", """
        OUTSIDE RECORDS REQUEST LOG - Mercy Regional Medical Center HIM
        Patient: Gary L. Whitcomb. Requesting clinician: Dr. A. Sorensen (cardiology); cc Dr. V. Castellano (EP).
        Records requested: all cardiology notes, catheterization and PCI reports, echo reports, discharge
        summaries 09/2025 - present.
        02/20/2026 request faxed with signed ROI to Mercy HIM (fax confirmation on file).
        03/02/2026 no records received; request re-faxed, phone message left with release-of-information desk.
        03/30/2026 phone call to Mercy HIM - told the request is "in queue," expected 10-14 business days.
        Nothing received to date. Will call again 04/13/2026 and notify Dr. Castellano when records arrive.
        """)
    c.note("ep-2026-03-25", "2026-03-25T14:00:00-04:00", "Electrophysiology Consultation",
           "Dr. V. Castellano, Cardiac Electrophysiology", """
        EP CONSULTATION - PRIMARY PREVENTION ICD
        69 y/o M, anterior STEMI 9/12/2025 with primary PCI to LAD. TTE 3/18/26: LVEF 0.26 (biplane),
        anterior/apical akinesis, no LV thrombus. On beta-blocker, ARNI, statin, SGLT2i. NYHA II. No
        sustained VT, no syncope, no cardiac arrest. No angina since moving here.
        Timing: MI 9/12/2025, i.e. >6 months ago. Last revascularization documented in our records: LAD DES
        9/12/2025 (outside DC summary). Patient again describes a second stent procedure at Mercy Regional
        "after the holidays"; outside records have not arrived despite two requests.
        No non-cardiac life-limiting illness; not in shock; no AF.
        Assessment: Ischemic cardiomyopathy, prior MI, LVEF <=0.30 - primary-prevention ICD discussed.
        Plan: Shared decision-making visit done today (see note). Submit for authorization; tentative
        implant 4/22/2026. Ask HIM to keep pursuing the outside cath report.
        """)
    c.note("sdm-2026-03-25", "2026-03-25T14:40:00-04:00", "Shared Decision-Making Note",
           "Dr. V. Castellano, Cardiac Electrophysiology", """
        SHARED DECISION-MAKING - PRIMARY PREVENTION ICD
        In person, patient and daughter, 20 minutes.
        Evidence-based ICD decision aid (primary prevention) reviewed together: expected benefit over 5 years
        shown with icon arrays, risk of inappropriate shocks, infection and lead problems, generator changes,
        driving rules after implant and after a shock, and turning off shock therapy near end of life.
        Alternatives discussed: continued medical therapy alone; repeat echo in 3 months.
        Patient's priorities: staying independent and living to see his grandson's wedding; he is not bothered
        by the idea of a device. Teach-back confirmed understanding.
        Decision: he elects to proceed with an ICD. Copy of the decision aid given.
        """)
    c.note("outside-records-2026-04-21", "2026-04-21T09:00:00-04:00", "Outside Records - Scanned",
           "M. Ruiz, Health Information Management", """
        [SCANNED - received from Mercy Regional Medical Center HIM 04/21/2026]
        CARDIAC CATHETERIZATION REPORT - 01/27/2026
        Patient: Gary L. Whitcomb. Operator: Dr. K. Brandt, Interventional Cardiology.
        Indication: unstable angina (chest tightness while shoveling snow), serial troponins negative.
        Access: right radial. Contrast 110 mL.
        Findings: patent mid-LAD stent without in-stent restenosis. Proximal RCA 90% stenosis (progressed from
        60-70% in 9/2025). LCx mild luminal irregularities. LVEDP 16.
        Intervention: PCI proximal RCA with DES x1, 0% residual stenosis, TIMI 3 flow, no complications.
        Discharged 01/28/2026 on aspirin and ticagrelor; continue high-intensity statin.
        Scanned by HIM; routed to Dr. Sorensen and Dr. Castellano.
        """)
    case = {
        "id": "ba-icd-04", "patient": "patients/pa04.json",
        "request": {"service": SERVICE,
                    "diagnoses": [dx("I25.5", "Ischemic cardiomyopathy"), dx("I25.2", "Old myocardial infarction")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-08",
                    "note": "Primary prevention ICD, ischemic CM, LVEF 26%."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.4",
                 "evidence": ["DocumentReference/cards-newpt-2026-02-20", "Observation/lvef-2026-03-18",
                              "DocumentReference/ep-2026-03-25"],
                 "missing": ["PCI date|date of PCI|stent date|date of the stent|second stent|second PCI|"
                             "revascularization date|outside records|cath report|catheterization report"],
                 "rationale": "B2 otherwise met (prior MI, LVEF 0.26 by echo, no NYHA IV, MI >40 days, SDM done), "
                              "but a second PCI reported 'a couple of months ago' has no date; the 3-month PCI "
                              "exclusion cannot be checked until the outside cath report is obtained."},
        "_traps": "patient-reported second stent with no date (records requested, pending); documented 9/2025 PCI "
                  "Procedure is outside the window and lures an approve; outside records dated AFTER the request "
                  "(PCI 1/27/2026) must be ignored; LVEF written as a fraction 0.26",
    }
    return case, c, "2026-04-22T08:00:00-04:00"


CASES = [icd01, icd02, icd03, icd04]
