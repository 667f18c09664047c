"""NCD 20.4 (ICD) cases."""
from fhir import as_text, Chart, CPT, RXNORM, cc, html_doc
from common import medicare, case, lo


def icd01():
    pid, D = "pg01", "2026-02-24"
    C = Chart(pid, "ehr.tamarackvalleyheart.example", "ET")
    C.patient(["Walter", "J."], "Pruitt", "male", "1954-08-19", "412 Sycamore Ridge Rd", "Millbrook", "PA", "17055", "TV-0048812", "717-555-0182")
    ep = C.practitioner("castellanos", ["Miriam"], "Castellanos", "MD", "Clinical Cardiac Electrophysiology", "1740298315")
    pa = C.practitioner("nandakumar", ["Priya"], "Nandakumar", "PA-C", "Physician Assistant, Electrophysiology", "1568830127")
    gc = C.practitioner("ekwueme", ["Thomas"], "Ekwueme", "MD", "Cardiovascular Disease", "1902447716")
    nuc = C.practitioner("voss", ["Lena"], "Voss", "MD", "Nuclear Cardiology", "1376651940")
    org = C.organization("tvhv", "Tamarack Valley Heart & Vascular", "prov", "Millbrook", "PA", "717-555-0100")
    medicare(C, "4TN7-QK2-WM38", "2019-09-01")

    C.condition("icm", "I25.5", "Ischemic cardiomyopathy", ("2019-11-20", "10:14"), onset="2019-10", asserter=gc)
    C.condition("old-mi", "I25.2", "Old myocardial infarction", ("2019-11-20", "10:15"), onset="2019-10-02", asserter=gc,
                note="Anterior STEMI 10/02/2019, primary PCI LAD (Millbrook Community Hospital).")
    C.condition("hfref", "I50.22", "Chronic systolic (congestive) heart failure", ("2020-01-08", "14:02"), asserter=gc)
    C.condition("paf", "I48.0", "Paroxysmal atrial fibrillation", ("2024-05-13", "11:40"), asserter=gc)
    C.proc("pci-2019-10-02", cc(CPT, "92928", "PCI with stent, single major coronary artery"), ("2019-10-02", "03:26"),
           note="Outside record (Millbrook Community Hospital): primary PCI, DES x1 proximal LAD, TIMI 3 flow. Transcribed 11/2019.")

    C.obs("lvef-2025-06-18", lo("10230-1", "Left ventricular Ejection fraction"), ("2025-06-18", "10:05"), 33, "%", category="imaging",
          performer=gc, method="TTE, biplane method of discs")
    C.obs("nyha-2025-09-14", C.lc("NYHA", "NYHA functional class"), ("2025-09-14", "19:30"), s="Class III", category="exam",
          note="Entered from Millbrook Community Hospital admission H&P (volume overload, NSAID use). Not a clinic assessment.")
    C.obs("lvef-2026-01-14", lo("10230-1", "Left ventricular Ejection fraction"), ("2026-01-14", "09:48"), 30, "%", category="imaging",
          performer=gc, method="TTE, biplane method of discs (contrast-enhanced)")
    C.obs("nyha-2026-02-10", C.lc("NYHA", "NYHA functional class"), ("2026-02-10", "14:20"), s="Class II", category="exam", performer=ep)
    C.obs("hr-2026-02-10", lo("8867-4", "Heart rate"), ("2026-02-10", "13:52"), 64, "/min", category="vital-signs")

    C.med("rx-sacval", "sacubitril-valsartan 49 mg-51 mg tablet", ("2023-03-02", "15:10"), dosage="1 tablet by mouth twice daily",
          requester=gc, reason=("I50.22", "Chronic systolic (congestive) heart failure"))
    C.med("rx-metoprolol", "metoprolol succinate ER 100 mg tablet", ("2019-10-05", "09:00"), rx=("6918", "metoprolol"),
          dosage="1 tablet by mouth daily", requester=gc)
    C.med("rx-apixaban", "apixaban 5 mg tablet", ("2024-05-13", "11:52"), rx=("1364430", "apixaban"),
          dosage="1 tablet by mouth twice daily", requester=gc, reason=("I48.0", "Paroxysmal atrial fibrillation"))

    C.doc("nuc-spect-2025-12-09", ("2025-12-09", "16:42"), "imaging", "Regadenoson SPECT myocardial perfusion study", nuc, """
        TAMARACK VALLEY HEART & VASCULAR - NUCLEAR CARDIOLOGY
        MYOCARDIAL PERFUSION IMAGING, Tc-99m tetrofosmin, 1-day rest/stress, REGADENOSON

        Patient: PRUITT, WALTER J     MRN: TV-0048812     DOB: 08/19/1954
        Study date: 12/09/2025        Ordering: Thomas Ekwueme, MD
        Indication: ischemic cardiomyopathy with persistent LV dysfunction; evaluate for inducible
        ischemia / viability prior to device decision.

        Protocol: regadenoson 0.4 mg IV bolus (pharmacologic; unable to exercise - R knee OA).
        Rest HR 61 bpm, BP 124/72. Peak HR 84 bpm, BP 118/70. No chest pain. Mild flushing, resolved.
        ECG: sinus rhythm, Q waves V1-V4. No diagnostic ST change with regadenoson. No arrhythmia.

        PERFUSION: Large, severe, FIXED defect of the anterior wall, anteroseptum and apex (~24% of LV
        myocardium), consistent with transmural scar. No reversible defect in any territory. Inferior and
        lateral walls normal.
        GATED SPECT: EDV 178 mL, ESV 126 mL, post-stress LVEF 29%. Apical akinesis, anterior hypokinesis.
        TID ratio 1.02.

        IMPRESSION
        1. No scintigraphic evidence of inducible ischemia.
        2. Large fixed anterior/apical infarct; no significant viability in the LAD territory by perfusion
           criteria (<50% peak uptake).
        3. Gated LVEF 29%.

        Electronically signed: Lena Voss, MD  12/09/2025 16:42
        """, custodian=org)

    C.doc("echo-2026-01-14", ("2026-01-14", "11:20"), "imaging", "Transthoracic echocardiogram", gc, """
        TRANSTHORACIC ECHOCARDIOGRAM - FINAL REPORT
        Tamarack Valley Heart & Vascular Echo Lab            Study date: 01/14/2026 09:30
        Patient: Pruitt, Walter J  (TV-0048812)  71 y  M   Ht 178 cm  Wt 88 kg  BSA 2.08 m2
        Indication: ischemic cardiomyopathy, reassess LV function on GDMT, ICD candidacy.
        Rhythm during study: sinus rhythm, HR 62.  Image quality: fair, Definity contrast used.

        LEFT VENTRICLE: moderately dilated (LVIDd 6.2 cm, LVEDVi 92 mL/m2). Normal wall thickness.
        Akinetic apex, apical septum and distal anterior wall; hypokinesis of the mid anterior wall and
        mid anteroseptum. No LV thrombus with contrast.
        LVEF 30% by biplane method of discs (visual estimate 30-35%). GLS -9.8%.
        Grade II diastolic dysfunction (E/e' 15).
        RIGHT VENTRICLE: normal size, TAPSE 1.9 cm.
        VALVES: trileaflet aortic valve without stenosis. Mild functional MR. Trace TR, RVSP 31 mmHg.
        ATRIA: LA moderately dilated (LAVI 41 mL/m2). RA normal.
        PERICARDIUM: no effusion.

        COMPARISON: 06/18/2025 - LVEF 33%, similar wall motion.

        IMPRESSION: Ischemic cardiomyopathy. LVEF 30% (biplane) on guideline-directed medical therapy,
        essentially unchanged from 06/2025. No LV thrombus.

        Thomas Ekwueme, MD, FACC - electronically signed 01/14/2026 11:20
        """, custodian=org)

    C.doc("ep-consult-2026-02-10", ("2026-02-10", "15:05"), "consult", "Electrophysiology consultation - ICD evaluation", ep, """
        ELECTROPHYSIOLOGY CONSULTATION
        Date of service: 02/10/2026      Referring: Thomas Ekwueme, MD (general cardiology)
        Reason for consult: primary prevention ICD evaluation

        HPI: 71 yo man with ischemic cardiomyopathy after anterior STEMI 10/2019 (primary PCI, DES to
        proximal LAD). LVEF has not recovered on GDMT: 33% (06/2025), 30% biplane on TTE 01/14/2026.
        Currently: dyspnea walking up the hill to his mailbox and carrying groceries up one flight. Fine
        on level ground at his own pace. No rest dyspnea, sleeps on one pillow, no PND. No syncope or
        near-syncope. No sustained palpitations. One HF admission 09/2025 at Millbrook Community
        (volume overload after a holiday weekend + OTC naproxen for his knee) - diuresed, class III at
        that time, back to baseline since. No angina.
        Regadenoson SPECT 12/09/2025: large fixed anterior/apical scar, no reversible ischemia.
        Reviewed with Dr. Ekwueme: no ischemic territory or target for revascularization; medical therapy.
        No PCI since 2019, never had CABG, no MI since 2019.
        PAF: diagnosed 05/2024. 14-day patch 01/2026: AF burden 2%, mean ventricular rate in AF 78 bpm,
        max 104; no VT. On metoprolol + apixaban.

        MEDS: sacubitril-valsartan 49/51 mg BID, metoprolol succinate 100 mg daily, spironolactone 25 mg
        daily, empagliflozin 10 mg daily (since 04/2024), apixaban 5 mg BID, atorvastatin 80 mg,
        tamsulosin 0.4 mg. Allergies: NKDA.
        SOCIAL: retired HVAC technician, lives with wife, never smoker, 1-2 beers/week. Drives.
        FAMILY: father MI at 68. No family history of sudden cardiac death.

        EXAM: BP 118/70, HR 64 regular, SpO2 97% RA, Wt 87.6 kg. JVP 7 cm. Lungs clear. RRR, soft
        apical holosystolic murmur. No edema. Alert, oriented, conversant.
        ECG today: sinus rhythm 64, PR 178, QRS 104 ms, old anterior Q waves. QTc 452.
        LABS 01/30/2026: Na 138, K 4.6, Cr 1.38 (eGFR 52), Hgb 13.7.

        ASSESSMENT
        1. Ischemic cardiomyopathy, LVEF 30% by echo >6 years after MI, NYHA class II. Remote PCI only
           (2019); no ischemia on SPECT, not a revascularization candidate. No history of sustained
           VT/VF. Primary prevention indication.
        2. QRS 104 ms - no CRT indication.
        3. PAF, low burden, rate controlled.
        4. CKD 3a, stable. No other illness limiting life expectancy; cognitively intact; clinically
           stable and euvolemic today.

        PLAN
        - Single-chamber transvenous ICD (no pacing indication).
        - Formal shared decision-making visit with Priya (PA-C) using our ICD decision aid before we
          schedule; wife to attend.
        - Hold apixaban 48 h pre-procedure; no bridging.
        - Continue GDMT.

        Miriam Castellanos, MD - Cardiac Electrophysiology
        """, custodian=org)

    C.doc("sdm-2026-02-17", ("2026-02-17", "10:45"), "progress", "Shared decision-making visit - ICD", pa, html_doc("SDM visit - ICD", """
        <h2>Electrophysiology Clinic &ndash; Shared Decision-Making Visit</h2>
        <p><b>Date:</b> 02/17/2026 &nbsp; <b>Provider:</b> Priya Nandakumar, PA-C (supervising physician M. Castellanos, MD)<br>
        <b>Present:</b> patient, wife (Darlene)</p>
        <h3>Purpose</h3>
        <p>Formal shared decision-making encounter regarding a primary-prevention implantable cardioverter-defibrillator, prior to initial implantation.</p>
        <h3>Decision tool</h3>
        <p>Evidence-based ICD patient decision aid (<i>HeartChoices ICD Decision Aid &ndash; primary prevention edition</i>, printed booklet with
        outcome pictographs; 1,000-person charts for benefit and harm). Reviewed page by page; teach-back used.</p>
        <h3>Discussed</h3>
        <ul>
          <li>Expected benefit: reduction in risk of sudden cardiac death over 5 years given EF 30%; explained absolute numbers with the pictograph.</li>
          <li>Risks: bleeding/hematoma (on apixaban), infection, lead dislodgement or fracture, pneumothorax, inappropriate shocks, device advisories.</li>
          <li>Living with the device: driving restrictions after shocks, generator changes, remote monitoring, MRI conditional status.</li>
          <li>Alternatives: continued medical therapy without ICD; wearable defibrillator not indicated.</li>
          <li>Deactivation at end of life and how to request it.</li>
        </ul>
        <h3>Patient values / preferences</h3>
        <p>States his priority is &ldquo;being around for Maddie's graduation&rdquo; and that he can accept the risk of a shock. Wife's concerns about
        infection addressed. No decisional conflict on SURE screen (4/4).</p>
        <h3>Decision</h3>
        <p>Patient elects to proceed with single-chamber ICD. Booklet sent home. Total time 34 minutes, &gt;50% counseling.</p>
        <p>&mdash; Priya Nandakumar, PA-C</p>
        """), ctype="text/html", custodian=org)

    C.doc("pcp-2026-01-06", ("2026-01-06", "16:12"), "progress", "Internal medicine office visit", C.practitioner(
        "breckenridge", ["Hannah"], "Breckenridge", "DO", "Internal Medicine", "1285573309"), """
        MILLBROOK INTERNAL MEDICINE - OFFICE VISIT 01/06/2026
        CC: R knee pain; f/u HTN/HF/CKD

        S: 71M here mainly for R knee - worse since raking leaves in Nov. Asks for "something stronger than
        Tylenol". Took OTC naproxen before the Sept hospital stay - we talked about that again today.
        Breathing "about the same" - walks to the end of the street with the dog, has to stop on the hill.
        1 pillow. No CP. Home wt 192-194 lb, stable.
        Cardiology (Dr Ekwueme) following - pt says they are talking about "a defibrillator", echo next week.

        PMH: ischemic CM (STEMI 2019, LAD stent), HFrEF, PAF on apixaban, CKD 3a, HLD, R knee OA, BPH.
        Meds reviewed and reconciled (see list). Allergies NKDA.

        O: BP 122/68  HR 66  Wt 87.9 kg. Lungs clear. No edema. R knee: crepitus, small effusion, no warmth,
        ROM 5-115.
        Labs 12/30/25: Cr 1.34, K 4.7, Hgb 13.9, A1c 5.8.

        A/P
        1. R knee OA - IA triamcinolone 40 mg today, tolerated. Topical diclofenac OK. NO oral NSAIDs
           (HF/CKD/apixaban) - pt verbalized. PT referral.
        2. HFrEF/ischemic CM - euvolemic, per cardiology.
        3. PAF - rate controlled on metoprolol, apixaban; CHA2DS2-VASc 3 (CHF, age, vascular).
        4. CKD 3a - stable.
        5. HCM: flu vaccine given; Shingrix #2 due - pharmacy.
        RTC 3 months.
        Hannah Breckenridge, DO
        """, custodian=org)

    C.sreq("sr-icd", cc(CPT, "33249", "Insertion of implantable defibrillator (transvenous)"), (D, "08:40"), requester=ep,
           reason=[("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
           note="Single-chamber ICD, primary prevention. SDM completed 2/17/26.")

    cs = case("bg-icd-01", pid, ("cpt", "33249", "Insertion of implantable defibrillator"),
              [("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")], D,
              "approve", "NCD 20.4",
              ["Observation/lvef-2026-01-14", "Observation/nyha-2026-02-10", "DocumentReference/nuc-spect-2025-12-09",
               "DocumentReference/ep-consult-2026-02-10", "DocumentReference/sdm-2026-02-17"],
              "B2/B3: prior MI (2019), LVEF 30% by echo, NYHA II (current; the class III value is from the 09/2025 admission), "
              "no PCI/CABG within 3 months or MI within 40 days, SPECT shows no ischemia (not a revascularization candidate); "
              "formal SDM with a PA-C using an evidence-based decision aid before implant. Clinically stable, AF rate-controlled, "
              "no life-limiting non-cardiac disease.",
              note="Primary prevention single-chamber ICD. Ischemic CM, EF 30%. SDM completed 2/17/26.")
    return cs, C


def icd02():
    pid, D = "pg02", "2026-03-18"
    C = Chart(pid, "emr.prairiebendcardiology.example", "CT")
    C.patient(["Rosalind", "M."], "Achterberg", "female", "1957-03-02", "2207 Cottonwood Ln", "Prairie Bend", "KS", "67114", "PBC-771203")
    ep = C.practitioner("oyelaran", ["Samuel"], "Oyelaran", "MD", "Clinical Cardiac Electrophysiology", "1093357281")
    hf = C.practitioner("halvorsen", ["Ingrid"], "Halvorsen", "MD", "Advanced Heart Failure and Transplant Cardiology", "1619080345")
    pt = C.practitioner("whitcomb", ["Dana"], "Whitcomb", "PT, DPT", "Physical Therapist", "1457726390")
    np_ = C.practitioner("baptiste", ["Renee"], "Baptiste", "APRN", "Nurse Practitioner, Electrophysiology", "1821196604")
    org = C.organization("pbca", "Prairie Bend Cardiology Associates", "prov", "Prairie Bend", "KS", "620-555-0140")
    medicare(C, "7HC2-UY4-PD61", "2022-03-01")

    C.condition("nicm", "I42.0", "Dilated cardiomyopathy", ("2025-08-15", "13:30"), onset="2025-08", asserter=hf,
                note="Non-ischemic. Cath 8/14/25 without obstructive CAD; CMR mid-wall septal LGE.")
    C.condition("hfref", "I50.22", "Chronic systolic (congestive) heart failure", ("2025-08-15", "13:31"), asserter=hf)
    C.condition("hypothyroid", "E03.9", "Hypothyroidism, unspecified", ("2016-04-11", "09:00"))
    C.condition("r-tha", "Z96.641", "Presence of right artificial hip joint", ("2025-12-09", "17:45"),
                note="R THA 12/09/2025 (posterior approach), Dr. K. Zdrojewski, Prairie Bend Orthopedics.")

    C.obs("nyha-2025-08-11", C.lc("NYHA", "NYHA functional class"), ("2025-08-11", "22:40"), s="Class IV", category="exam",
          note="Admission H&P, acute decompensated HF (Prairie Bend Regional).")
    C.obs("lvef-2025-08-12", lo("10230-1", "Left ventricular Ejection fraction"), ("2025-08-12", "10:15"), 20, "%", category="imaging",
          method="TTE, biplane")
    C.proc("cath-2025-08-14", cc(CPT, "93458", "Left heart catheterization with coronary angiography"), ("2025-08-14", "08:55"),
           note="Prairie Bend Regional cath lab: LAD 20% luminal irregularity, LCx and RCA normal. LVEDP 28 mmHg. No obstructive CAD.")
    C.obs("lvef-cmr-2025-09-22", lo("10230-1", "Left ventricular Ejection fraction"), ("2025-09-22", "13:10"), 24, "%", category="imaging",
          method="Cardiac MRI (SSFP volumetrics)", note="Mid-wall septal LGE; no subendocardial/infarct-pattern LGE.")
    C.obs("lvef-2026-02-24", lo("10230-1", "Left ventricular Ejection fraction"), ("2026-02-24", "09:35"), 28, "%", category="imaging",
          performer=hf, method="TTE, biplane method of discs")
    C.obs("ntprobnp-2026-02-24", lo("33762-6", "NT-proBNP [Mass/volume] in Serum or Plasma"), ("2026-02-24", "08:10"), 612, "pg/mL")
    C.obs("k-2026-02-24", lo("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), ("2026-02-24", "08:10"), 4.9, "mmol/L")

    C.med("rx-sacval", "sacubitril-valsartan 97 mg-103 mg tablet", ("2025-08-16", "11:00"), dosage="1 tablet twice daily (titrated from 24/26 mg; current dose since 11/2025)",
          requester=hf, validity=("2025-08-16", None))
    C.med("rx-metoprolol", "metoprolol succinate ER 100 mg tablet", ("2025-08-16", "11:02"), rx=("6918", "metoprolol"),
          dosage="1 tablet daily (titrated from 25 mg)", requester=hf, validity=("2025-08-16", None))
    C.med("rx-spironolactone", "spironolactone 25 mg tablet", ("2025-09-10", "10:20"), rx=("9997", "spironolactone"),
          dosage="1 tablet daily", requester=hf, validity=("2025-09-10", None))
    C.med("rx-dapagliflozin", "dapagliflozin 10 mg tablet", ("2025-09-10", "10:21"), rx=("1488564", "dapagliflozin"),
          dosage="1 tablet daily", requester=hf, validity=("2025-09-10", None))

    C.doc("hf-clinic-2026-02-26", ("2026-02-26", "11:50"), "progress", "Heart failure clinic follow-up", hf, """
        PRAIRIE BEND CARDIOLOGY - HEART FAILURE CLINIC
        DOS 02/26/2026   Ingrid Halvorsen, MD

        Interval: 68 yo woman with NICM dx 08/2025 (admitted in cardiogenic congestion, EF 20%; cath no
        obstructive CAD; CMR mid-wall septal LGE, no infarct pattern). Titrated to full GDMT. Had R THA
        12/09/25 (severe OA) - uneventful peri-op course from HF standpoint.

        Today: she says her breathing is "nothing like August". Sleeps flat, no PND, no orthopnea, no leg
        swelling, no palpitations, no syncope. Functional status is hard to judge right now - she has been
        mostly in the house since the hip surgery, walker indoors, cane for short distances, outpatient PT
        twice a week. She walked in from the waiting room (~40 m) with the walker, slow because of the
        hip, not visibly winded. KCCQ not done today (forgot her glasses) - do next visit.
        Home wts 161-163 lb. Home BP 100s-110s/60s.

        Meds: sac/val 97/103 BID, metoprolol succ 100 daily, spironolactone 25 daily, dapagliflozin 10 daily,
        levothyroxine 75 mcg, atorvastatin 20 (stopped - no CAD), apixaban 2.5 BID x 35 d post-THA (done).

        Exam: BP 108/64, HR 62, Wt 73.6 kg. JVP not elevated. Lungs clear. S1 S2, no S3. No edema.
        Echo 02/24/26: LVEF 28% (biplane), LVIDd 6.0 cm, mild MR. (CMR 9/25 24%, TTE 8/25 20%).
        Labs 2/24: K 4.9, Cr 1.02, NT-proBNP 612 (was 6,840 on admission). TSH 1.9 (01/2026).

        A/P
        1. NICM / HFrEF - persistent LVEF 28% after >6 months of GDMT at target/max tolerated doses.
           K 4.9 - no further MRA uptitration. Euvolemic.
        2. SCD risk - meets EF threshold for primary prevention ICD after adequate GDMT trial; she wants
           to hear more. Will do formal SDM visit with the decision guide next week, then EP referral.
        3. QRS 112 ms, no LBBB - no CRT.
        4. R THA recovery - per ortho; PT ongoing.
        RTC 3 months, labs 1 month.
        """, custodian=org)

    C.doc("pt-2026-03-02", ("2026-03-02", "10:30"), "progress", "Outpatient physical therapy daily note", pt, """
        PRAIRIE BEND REHAB - OUTPATIENT PT DAILY NOTE     03/02/2026   Visit 9 of 16
        Dx: s/p R THA 12/09/25 (posterior approach). Precautions: posterior hip precautions through 03/09.
        Cardiac hx per chart: HFrEF - monitor vitals/RPE.

        S: Pt reports hip pain 3/10, "stiff in the mornings". Walking more in the house, uses cane at church.
        Has not tried stairs outside the home yet. Daughter drives her to appointments.

        O: Pre: HR 74, BP 112/66, SpO2 97% RA.
        Gait training 150 ft x 2 with RW, then 75 ft with SPC, min guard. Post-gait HR 96, SpO2 95%,
        RPE 13/20, mild dyspnea (pt describes as "about like the hip pain - it slows me down").
        Stairs 4 steps with rail, step-to pattern.
        Therex: heel slides, glute sets, SAQ, standing hip abd 2x10.
        6MWT deferred - hip precautions; plan to perform at re-eval.

        A: Progressing toward goals; gait endurance limited by hip and general deconditioning.
        P: continue 2x/wk, progress to SPC outdoors, 6MWT at re-eval 03/16.
        Dana Whitcomb, PT, DPT
        """, custodian=org)

    C.doc("sdm-2026-03-05", ("2026-03-05", "15:25"), "progress", "Shared decision-making visit - ICD", hf, as_text("""
        <h3>Shared Decision-Making Encounter: Primary Prevention ICD</h3>
        <p><b>03/05/2026</b> &middot; Ingrid Halvorsen, MD &middot; Patient and daughter (Karen) present &middot; 40 min</p>
        <p><b>Tool used:</b> <i>Defibrillator Decision Guide</i> (Mid-Plains Shared Decisions Collaborative, 2023 edition) &ndash; evidence-based
        patient decision aid for primary-prevention ICDs, including icon arrays of 5-year outcomes with and without an ICD.</p>
        <p><b>Clinical context reviewed with patient:</b> non-ischemic cardiomyopathy, LVEF 28% on echo 2/24/26 after more than six months of
        full medical therapy.</p>
        <ul>
          <li>Benefits: lower risk of sudden cardiac death; absolute risk reduction shown on the icon array.</li>
          <li>Harms: procedural complications (~3-4%), infection, lead problems, inappropriate shocks, anxiety about shocks, driving limits after a shock.</li>
          <li>Option of waiting and repeating the echo in 3-6 months; option of declining.</li>
          <li>Future choices: generator change, deactivation at end of life.</li>
        </ul>
        <p><b>What matters to her:</b> independence, getting back to quilting group and traveling to see grandchildren in Tulsa. Worried about pain
        from a shock; reassured about programming.</p>
        <p><b>Decision:</b> Patient chooses to proceed with ICD; referral to Dr. Oyelaran (EP). Copy of the guide given.</p>
        """), custodian=org)

    C.doc("ep-consult-2026-03-12", ("2026-03-12", "14:05"), "consult", "EP consultation - primary prevention ICD", ep, """
        CARDIAC ELECTROPHYSIOLOGY - NEW CONSULT        03/12/2026
        Samuel Oyelaran, MD      Ref: Ingrid Halvorsen, MD (HF)

        Reason: primary prevention ICD, non-ischemic cardiomyopathy.

        History: 69F (DOB 3/2/57). NICM diagnosed 08/2025 with acute decompensated HF. Cath 8/14/25: no
        obstructive CAD. CMR 9/25: LVEF 24%, mid-wall septal LGE. GDMT since 8/16/25 (ARNI + beta-blocker),
        MRA + SGLT2i since 9/10/25, at target doses since 11/2025. Echo 2/24/26: LVEF 28%.
        No syncope. No known VT/VF. No palpitations. No family history of sudden death or cardiomyopathy
        (sister - "irregular heartbeat", details unknown). Current HF symptoms are difficult to separate
        from her deconditioning after the R THA in December; she denies rest dyspnea, orthopnea or edema.
        Formal SDM done 3/5 with Dr. Halvorsen (decision guide) - she wants the device.

        Exam: BP 104/62, HR 60, Wt 73.1 kg. Euvolemic. Well-healed R hip incision. Neuro intact.
        ECG: SR 60, PR 166, QRS 112 ms (nonspecific IVCD), QTc 448.
        Holter 01/2026 (ordered by HF): 31 PVCs/24 h, one 4-beat NSVT, no AF.

        Impression: NICM with persistent LVEF 28% despite >6 months of optimal medical therapy. No CAD,
        no recent MI/revascularization. Not a CRT candidate (QRS 112, non-LBBB). Clinically stable; no
        illness limiting survival.
        Plan: single-chamber transvenous ICD (DF-4), tentatively 04/02/2026 pending authorization.
        Pre-procedure visit with Renee Baptiste, APRN. Continue GDMT; no anticoagulant to hold.
        """, custodian=org)

    C.doc("preproc-hp-2026-03-30", ("2026-03-30", "09:20"), "hp", "Pre-procedure history and physical - ICD", np_, """
        PRE-PROCEDURE H&P - ICD IMPLANT (scheduled 04/02/2026)      03/30/2026
        Renee Baptiste, APRN (EP)

        69F with NICM, LVEF 28% (TTE 2/24/26) on GDMT since 8/2025, here for pre-procedure evaluation.
        Now walking with a cane outside, 2 blocks before she has to stop for breath; NYHA class II.
        No rest symptoms, no orthopnea. No syncope. Hip recovering well (PT re-eval 3/16: 6MWT 318 m).
        Meds unchanged. NKDA. Chlorhexidine wash instructions given.
        Exam: BP 110/66, HR 61, afebrile. Lungs clear, no edema. Labs 3/27: K 4.7, Cr 0.98, Hgb 12.9.
        Plan: proceed 4/2 as scheduled; consent reviewed.
        """, custodian=org)

    C.sreq("sr-icd", cc(CPT, "33249", "Insertion of implantable defibrillator (transvenous)"), (D, "10:15"), requester=ep,
           reason=[("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
           note="Primary prevention ICD, NICM, EF 28% on GDMT > 6 months. SDM 3/5/26.")

    cs = case("bg-icd-02", pid, ("cpt", "33249", "Insertion of implantable defibrillator"),
              [("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")], D,
              "request_info", "NCD 20.4",
              ["Observation/lvef-2026-02-24", "DocumentReference/hf-clinic-2026-02-26", "DocumentReference/sdm-2026-03-05",
               "DocumentReference/ep-consult-2026-03-12"],
              "B4 (non-ischemic DCM): LVEF 28% by echo, >3 months OMT (ARNI/BB since 8/16/25, MRA/SGLT2i since 9/10/25), no CAD, "
              "no recent MI/revascularization, SDM with a physician using a decision guide. The current NYHA class (must be II or III) "
              "is not documented on or before the request: the only class on file is IV from the 08/2025 admission, the clinic notes "
              "describe symptoms confounded by hip-surgery recovery without a class, and the 'NYHA class II' statement is in an H&P dated "
              "after the request.",
              missing=["NYHA|functional class|New York Heart Association|heart failure class|HF class"],
              note="Primary prevention ICD, non-ischemic CM, EF 28% on GDMT > 6 months. SDM done 3/5/26.")
    return cs, C
