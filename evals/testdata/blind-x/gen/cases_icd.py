from fhir import Chart, case, dedent, svc_cpt


def icd_01():
    c = Chart("pt-7731", "lakeshore-heart", "Lakeshore Heart & Vascular Associates")
    c.patient("Harold James", "Brennecke", "male", "1951-08-14", "LHV-0047731", "Sheboygan", "WI")
    gen = c.prac("dr-kowalczyk", "Martin", "Kowalczyk", "MD", "Cardiovascular Disease")
    ep = c.prac("dr-sorensen", "Anika", "Sorensen", "MD", "Clinical Cardiac Electrophysiology")
    np_ = c.prac("np-ortega", "Marisol", "Ortega", "NP", "Heart Failure Clinic (AGACNP-BC)")
    ic = c.prac("dr-baptiste", "Reginald", "Baptiste", "MD", "Interventional Cardiology")
    pcp = c.prac("dr-lindqvist", "Karin", "Lindqvist", "DO", "Family Medicine")
    uro = c.prac("dr-hwang", "Daniel", "Hwang", "MD", "Urology")
    rad = c.prac("dr-amadi", "Chioma", "Amadi", "MD", "Cardiovascular Radiology")

    c.cond("mi-2021", "I25.2", "Old myocardial infarction", "2021-05-17", onset="2021-05-16",
           note="Anterior STEMI 05/2021, primary PCI to proximal LAD (DES).")
    c.cond("icm", "I25.5", "Ischemic cardiomyopathy", "2025-10-21", onset="2021-05")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-10-21")
    c.cond("cad-stent", "Z95.5", "Presence of coronary angioplasty implant and graft", "2021-05-17")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2012-03-02")
    c.cond("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", "2024-02-13")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2012-03-02")
    c.cond("hx-prostate-ca", "Z85.46", "Personal history of malignant neoplasm of prostate", "2017-09-20",
           note="Gleason 3+4 adenocarcinoma, radical prostatectomy 09/2017; PSA undetectable since.")
    c.cond("gout", "M10.9", "Gout, unspecified", "2019-07-08", clinical="active")

    c.proc("pci-2021", "2021-05-16", "Primary PCI, drug-eluting stent proximal LAD", code="92941", performer=ic)

    e_echo = c.enc("enc-echo-2025-06", "2025-06-10", "Outpatient echocardiogram", gen)
    c.obs("lvef-echo-2025-06-10", "2025-06-10", "Left ventricular Ejection fraction", 38, "%", loinc="10230-1",
          enc=e_echo, category="imaging", method="Transthoracic echocardiography, biplane Simpson")

    e_card = c.enc("enc-card-2025-10-21", "2025-10-21", "Cardiology follow-up", gen)
    c.obs("nyha-2025-10-21", "2025-10-21", "NYHA functional class", text="nyha-class", concept="Class II",
          enc=e_card, category="survey", performer=gen)
    c.doc("card-2025-10-21", "2025-10-21", "progress", "Cardiology follow-up", dedent("""
        LAKESHORE HEART & VASCULAR - CARDIOLOGY FOLLOW-UP
        Date of service: 10/21/2025        Provider: Martin Kowalczyk, MD

        CC: more short of breath

        HPI: 74M with CAD s/p anterior STEMI 05/2021 treated with primary PCI/DES to pLAD, ischemic
        cardiomyopathy (EF 38% on TTE 06/10/2025), HTN, CKD 3a. Over the last 2-3 months notes DOE walking
        uphill from the lake and carrying groceries up one flight. No rest dyspnea, 1 pillow, no PND. Mild ankle
        swelling at end of day. No chest pain, no exertional chest pressure, no syncope or presyncope. No
        palpitations.

        Meds: carvedilol 25 mg BID, lisinopril 20 mg daily, atorvastatin 80, aspirin 81, allopurinol.

        Exam: BP 134/78  HR 66 reg  Wt 92.4 kg. JVP ~8 cm. Lungs clear. RRR, soft apical holosystolic murmur.
        Trace ankle edema.

        ECG today: sinus rhythm 66, old anterior Q waves, QRS 104 ms.

        A/P:
        1. HFrEF / ischemic CM, NYHA II. Transition lisinopril -> sacubitril-valsartan after 36 h washout. Add
           spironolactone 12.5 mg. BMP 1 wk. Will add SGLT2i at next visit if K/Cr OK.
        2. CAD - no angina, but progressive HF sx; will get LHC to make sure nothing has changed since 2021
           before attributing this to remodeling.
        3. Repeat imaging of LV after 3 mo of GDMT - prefer cardiac MRI (scar/viability + EF).
        RTC 6 weeks.
        """), author=gen, enc=e_card)

    c.med("carvedilol", "2021-05-19", "carvedilol 25 mg oral tablet", "20352", dosage="25 mg by mouth twice daily",
          requester=gen, start="2021-05-19")
    c.med("lisinopril", "2019-01-10", "lisinopril 20 mg oral tablet", "29046", status="stopped",
          dosage="20 mg daily", requester=pcp, start="2019-01-10", end="2025-10-21",
          note="Stopped 10/21/2025 - switched to sacubitril-valsartan (36 h washout).")
    c.med("sac-val", "2025-10-23", "sacubitril 24 mg / valsartan 26 mg oral tablet", dosage="1 tab twice daily",
          requester=gen, start="2025-10-23", note="Uptitrated to 49/51 mg BID on 12/02/2025.")
    c.med("spironolactone", "2025-10-21", "spironolactone 25 mg oral tablet", "9997",
          dosage="12.5 mg (half tablet) daily", requester=gen, start="2025-10-21")
    c.med("empagliflozin", "2025-12-02", "empagliflozin 10 mg oral tablet", "1545653", dosage="10 mg daily",
          requester=gen, start="2025-12-02")
    c.med("atorvastatin", "2021-05-19", "atorvastatin 80 mg oral tablet", "83367", dosage="80 mg nightly",
          requester=gen)
    c.med("aspirin", "2021-05-19", "aspirin 81 mg oral tablet", "1191", dosage="81 mg daily", requester=gen)
    c.med("allopurinol", "2019-07-08", "allopurinol 100 mg oral tablet", "519", dosage="100 mg daily",
          requester=pcp)

    e_cath = c.enc("enc-cath-2025-11-18", "2025-11-18", "Cardiac catheterization lab", ic)
    c.proc("lhc-2025-11-18", "2025-11-18", "Left heart catheterization with coronary angiography", code="93458",
           performer=ic, enc=e_cath)
    c.doc("cath-2025-11-18", "2025-11-18", "cath", "Cardiac catheterization report", dedent("""
        CARDIAC CATHETERIZATION REPORT
        Procedure date: 11/18/2025      Operator: Reginald Baptiste, MD
        Procedures: Left heart catheterization, selective coronary angiography. Right radial access. LV gram not
        performed (CKD; contrast limited to 48 mL).

        Indication: Ischemic cardiomyopathy with progressive NYHA II symptoms; rule out new obstructive disease /
        stent failure.

        Findings:
          LM: normal.
          LAD: prior proximal stent widely patent, no in-stent restenosis. Mid LAD 30% plaque. Apical LAD small
               calibre, diffusely diseased, 50-60%, distal vessel < 1.5 mm.
          LCx: large OM1 with 20% plaque. No obstructive disease.
          RCA: dominant, 30% mid. No obstructive disease.
          LVEDP 19 mm Hg.

        Impression:
          1. Patent LAD stent. No significant new obstructive CAD.
          2. No lesion suitable for PCI and no surgical target; not a candidate for revascularization.
          3. Elevated LVEDP - continue diuretic/GDMT optimization.
        """), author=ic, enc=e_cath)

    e_ed = c.enc("enc-ed-2025-12-08", "2025-12-08", "Emergency department visit", cls="EMER", end="2025-12-09")
    c.obs("nyha-2025-12-08", "2025-12-08", "NYHA functional class", text="nyha-class", concept="Class IV",
          enc=e_ed, category="survey", note="ED triage: dyspnea at rest after high-sodium holiday meal.")
    c.doc("ed-2025-12-08", "2025-12-09", "discharge", "ED observation discharge summary", dedent("""
        EMERGENCY DEPARTMENT - OBSERVATION UNIT DISCHARGE
        Arrived 12/08/2025 21:40, discharged 12/09/2025 14:10.

        74M with ischemic CM presents with 1 day of dyspnea at rest and orthopnea after a family party (ham,
        pickled herring). SpO2 93% RA, BP 158/92, bibasilar crackles, 2+ edema. BNP 1,210. Troponin 0.03 ->
        0.03 ng/mL (flat, at his baseline with CKD). ECG unchanged from prior, sinus.

        Rx: furosemide 40 mg IV x2 with good diuresis (-2.1 L), symptoms resolved, ambulating in hall without
        dyspnea. NYHA IV at arrival, back to baseline on discharge. No ACS.
        Discharge: furosemide 20 mg PO daily x 5 days then as needed for weight gain > 1 kg/day. Dietary
        sodium counselling. Follow up HF clinic within 7 days.
        """), enc=e_ed)
    c.med("furosemide", "2025-12-09", "furosemide 20 mg oral tablet", "4603",
          dosage="20 mg daily x5 days, then as needed for weight gain >1 kg/day", status="active")

    e_hf1 = c.enc("enc-hf-2025-12-15", "2025-12-15", "Heart failure clinic", np_)
    c.doc("hf-2025-12-15", "2025-12-15", "progress", "HF clinic post-ED visit", dedent("""
        HF CLINIC - POST ED VISIT   12/15/2025   Marisol Ortega, NP
        Seen 6 days after ED obs stay for volume overload triggered by dietary indiscretion. Feels back to
        normal. Walks 20 min on flat without stopping, DOE on hills/stairs. No orthopnea. Wt 91.1 kg (dry
        weight ~91). K 4.6, Cr 1.38 (baseline 1.3-1.4).
        Plan: continue sac/val 49/51 BID, carvedilol 25 BID, spiro 12.5, empagliflozin 10 (started 12/02).
        PRN furosemide. Cardiac MRI already ordered for January. NYHA II.
        """), author=np_, enc=e_hf1)

    e_cmr = c.enc("enc-cmr-2026-01-14", "2026-01-14", "Cardiac MRI", rad)
    c.obs("lvef-cmr-2026-01-14", "2026-01-14", "Left ventricular Ejection fraction", 27, "%", loinc="10230-1",
          enc=e_cmr, category="imaging", performer=rad, method="Cardiac MRI, SSFP short-axis volumetrics")
    c.doc("cmr-2026-01-14", "2026-01-14", "imaging", "Cardiac MRI report", dedent("""
        CARDIAC MRI WITH AND WITHOUT CONTRAST (gadobutrol; eGFR 51)
        Date: 01/14/2026   Reading physician: Chioma Amadi, MD

        LV: dilated. LVEDV 248 mL (index 118 mL/m2), LVESV 181 mL. LVEF 27%.
        Akinetic and thinned anterior wall, anteroseptum and apex.
        LGE: transmural (>75% wall thickness) enhancement of the mid-to-apical anterior wall, anteroseptum and
        the apex, consistent with chronic LAD-territory infarction. No viable myocardium in the LAD territory.
        Inferior and lateral walls without LGE.
        RV normal size, RVEF 49%. No LV thrombus. Mild functional MR.

        IMPRESSION: Ischemic cardiomyopathy, LVEF 27%, large non-viable LAD-territory scar.
        """), author=rad, enc=e_cmr)

    e_card2 = c.enc("enc-card-2026-01-20", "2026-01-20", "Cardiology follow-up", gen)
    c.doc("card-2026-01-20", "2026-01-20", "progress", "Cardiology follow-up", dedent("""
        CARDIOLOGY FOLLOW-UP   01/20/2026   Martin Kowalczyk, MD
        S: Doing well since ED visit. Compliant with low sodium diet. DOE on stairs/hills only.
        O: BP 118/70 HR 62. Euvolemic. Wt 90.6 kg.
        Data: Cath 11/18/25 - patent stent, no targets. CMR 1/14/26 - EF 27%, transmural LAD scar, nonviable.
        A/P: ICM, NYHA II, on GDMT at target/max tolerated doses for ~3 months. EF has not recovered.
          Primary prevention ICD discussion: if he remains at or below 35% on the CMR - which he is - he meets
          guideline criteria. Refer to EP (Dr Sorensen). QRS 104, no CRT indication.
          HF clinic to do the ICD decision-aid visit with patient and wife.
        """), author=gen, enc=e_card2)

    e_ep = c.enc("enc-ep-2026-02-04", "2026-02-04", "Electrophysiology consultation", ep)
    c.obs("nyha-2026-02-04", "2026-02-04", "NYHA functional class", text="nyha-class", concept="Class II",
          enc=e_ep, category="survey", performer=ep)
    c.doc("ep-2026-02-04", "2026-02-04", "consult", "Electrophysiology consultation", dedent("""
        ELECTROPHYSIOLOGY CONSULTATION
        Date: 02/04/2026   Consultant: Anika Sorensen, MD   Referring: Martin Kowalczyk, MD
        Reason: primary prevention ICD evaluation

        HPI: 74-year-old man with ischemic cardiomyopathy after anterior STEMI (05/2021, PCI/DES pLAD). LVEF 38%
        by TTE 06/2025. NYHA class II symptoms on GDMT. ED obs stay 12/2025 for volume overload after dietary
        indiscretion, resolved with IV diuresis, no arrhythmia on telemetry. No syncope, presyncope or
        palpitations. No known VT/VF. No family history of sudden death.

        GDMT: carvedilol 25 BID (since 2021), sacubitril-valsartan 49/51 BID (since 10/23/25), spironolactone
        12.5 (since 10/21/25), empagliflozin 10 (since 12/02/25).

        ECG: sinus 64, QRS 104 ms, anterior Q waves. Holter 01/2026: 2% PVCs, 3-beat NSVT x1.
        Labs: Cr 1.36, eGFR 52, K 4.5.
        Cath 11/18/25: patent stent, no revascularization target.
        Other: prostate cancer 2017 s/p prostatectomy, PSA undetectable - not life-limiting.

        Assessment: Ischemic CM, NYHA II, no revascularization option, > 40 days from MI and > 3 months from
        PCI. Meets criteria for primary prevention single-chamber ICD. No CRT indication (QRS < 130).
        Plan: single-chamber transvenous ICD. Patient to complete the decision-aid visit with HF clinic before
        we schedule. Will submit for authorization after SDM documented.
        """), author=ep, enc=e_ep)
    c.doc("ep-2026-02-04-addendum", "2026-02-05", "consult", "Addendum to EP consultation 02/04/2026", dedent("""
        ADDENDUM to consultation of 02/04/2026 - Anika Sorensen, MD - signed 02/05/2026 08:12

        Correction: the HPI above quotes the 06/2025 echocardiogram (EF 38%), which was carried forward from
        the referral template. The current and governing measurement is the cardiac MRI of 01/14/2026:
        LVEF 27%, transmural non-viable LAD scar. Assessment and plan unchanged.
        """), author=ep, enc=e_ep, relates=("appends", "ep-2026-02-04"))

    e_sdm = c.enc("enc-sdm-2026-02-19", "2026-02-19", "Heart failure clinic - ICD shared decision making", np_)
    c.doc("sdm-2026-02-19", "2026-02-19", "progress", "ICD shared decision-making visit", dedent("""
        <html><body>
        <h3>HEART FAILURE CLINIC &mdash; SHARED DECISION-MAKING VISIT (ICD)</h3>
        <p><b>Date:</b> 02/19/2026 &nbsp; <b>Clinician:</b> Marisol Ortega, AGACNP-BC &nbsp; <b>Present:</b>
        patient and wife (Joanne)</p>
        <p><b>Purpose:</b> formal shared decision-making before first ICD implant, as referred by Dr
        Kowalczyk and Dr Sorensen.</p>
        <p><b>Decision tool used:</b> University of Colorado Patient Decision Aid &ldquo;Implantable
        Cardioverter-Defibrillator: Is it right for me?&rdquo; (printed booklet, 2-page summary and video);
        reviewed together page by page, 40 minutes.</p>
        <ul>
          <li>Reviewed his numbers: EF 27% on MRI, NYHA II.</li>
          <li>Benefit: absolute reduction in risk of sudden death over 5 years as shown in the aid; the ICD does
              not improve heart failure symptoms.</li>
          <li>Harms: implant complications, infection, inappropriate shocks, driving restriction after a shock,
              generator change in future, deactivation discussion at end of life.</li>
          <li>Alternatives: continue medical therapy alone.</li>
          <li>Values: he wants to see his grandson graduate; worries about shocks. Teach-back done.</li>
        </ul>
        <p><b>Decision:</b> patient elects to proceed with ICD. Copy of the decision aid given. Dr Sorensen
        informed.</p>
        </body></html>
        """), author=np_, enc=e_sdm, html=True)

    e_uro = c.enc("enc-uro-2025-09-30", "2025-09-30", "Urology surveillance", uro)
    c.obs("psa-2025-09-30", "2025-09-30", "PSA", 0.01, "ng/mL", loinc="2857-1", category="laboratory",
          enc=e_uro, note="Reported as <0.01 ng/mL")
    c.doc("uro-2025-09-30", "2025-09-30", "progress", "Urology surveillance", dedent("""
        Urology - annual surveillance. s/p RRP 09/2017 for pT2 Gleason 3+4. PSA <0.01 (undetectable) for 8
        years. Continence good. No evidence of recurrence; discharge to PCP for annual PSA.
        """), author=uro, enc=e_uro)

    e_lab = c.enc("enc-lab-2026-02-02", "2026-02-02", "Outpatient laboratory")
    c.obs("egfr-2026-02-02", "2026-02-02", "Glomerular filtration rate/1.73 sq M.predicted (CKD-EPI 2021)", 52,
          "mL/min/{1.73_m2}", loinc="62238-1", category="laboratory", enc=e_lab)
    c.obs("k-2026-02-02", "2026-02-02", "Potassium [Moles/volume] in Serum or Plasma", 4.5, "mmol/L",
          loinc="2823-3", category="laboratory", enc=e_lab)

    e_pcp = c.enc("enc-pcp-2026-02-26", "2026-02-26", "Primary care visit", pcp)
    c.doc("pcp-2026-02-26", "2026-02-26", "progress", "Primary care visit - gout flare", dedent("""
        FAMILY MEDICINE   02/26/2026   Karin Lindqvist, DO
        Gout flare L 1st MTP x 3 days after shellfish. Afebrile. No NSAIDs (HF, CKD). Colchicine 0.6 mg
        x 3 days; continue allopurinol, recheck urate 6 wks.
        PMH reviewed: CAD/ICM (EF 38% per echo 06/2025), HTN, CKD3a, prostate ca in remission.
        Cardiology planning ICD - patient says he has decided to go ahead.
        """), author=pcp, enc=e_pcp)

    c.sr("sr-icd", "2026-03-09", "Insertion of single-chamber transvenous implantable defibrillator",
         code="33249", requester=ep, occurrence="2026-04-02", reason="Primary prevention, ischemic CM, LVEF 27%")

    # after the request date
    e_imp = c.enc("enc-icd-2026-04-02", "2026-04-02", "EP lab - ICD implant", ep)
    c.proc("icd-implant-2026-04-02", "2026-04-02", "Single-chamber ICD implantation", code="33249", performer=ep,
           enc=e_imp)
    c.doc("device-2026-04-16", "2026-04-16", "progress", "Device clinic wound check", dedent("""
        Device clinic - 2-week wound check after single-chamber ICD (04/02/2026). Incision healed. Sensing and
        impedance stable. No therapies. Driving counselling repeated.
        """), author=ep)

    cs = case("bx-icd-01", "patients/px7731.json", svc_cpt("33249", "Insertion of implantable defibrillator"),
              [("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
              "2026-03-11", "approve", "NCD 20.4",
              ["Observation/lvef-cmr-2026-01-14", "Observation/nyha-2026-02-04", "Condition/mi-2021",
               "DocumentReference/cath-2025-11-18", "DocumentReference/sdm-2026-02-19"],
              rationale="Prior MI with LVEF 27% by cardiac MRI (newest measurement; the 38% echo is older and "
                        "corrected by addendum), NYHA II on the newest assessment (transient class IV in the ED "
                        "resolved), MI and PCI years ago, cath shows no revascularization target, SDM with an "
                        "evidence-based decision aid by a nurse practitioner (qualified practitioner), no "
                        "life-limiting non-cardiac disease (prostate cancer in remission), sinus rhythm.",
              note="Primary prevention ICD, ischemic CM. EF 27% by CMR. SDM completed 2/19.")
    return cs, c


def icd_02():
    c = Chart("pt-2086", "prairie-valley", "Prairie Valley Health System")
    c.patient("Doreen Marie", "Vasquez-Holt", "female", "1957-04-02", "PVH-2208644", "Salina", "KS")
    card = c.prac("dr-oyelaran", "Tunde", "Oyelaran", "MD", "Cardiovascular Disease (Heart Failure)")
    ep = c.prac("dr-marchetti", "Paolo", "Marchetti", "MD", "Clinical Cardiac Electrophysiology")
    nuc = c.prac("dr-feld", "Abigail", "Feld", "MD", "Nuclear Cardiology")
    pcp = c.prac("dr-tran", "Minh", "Tran", "MD", "Internal Medicine")
    rad = c.prac("dr-okafor", "Emeka", "Okafor", "MD", "Radiology")

    c.cond("dcm", "I42.0", "Dilated cardiomyopathy", "2025-11-14", onset="2025-11")
    c.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2025-11-14")
    c.cond("etoh", "F10.21", "Alcohol dependence, in remission", "2025-11-12",
           note="Drank 6-8 beers/day for ~20 years; abstinent since 11/2025.")
    c.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2014-06-30")
    c.cond("copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2018-02-11",
           note="GOLD 2; reactive airways - bronchospasm with regadenoson 12/2025.")
    c.cond("ex-smoker", "Z87.891", "Personal history of nicotine dependence", "2018-02-11")

    e1 = c.enc("enc-pcp-2025-11-12", "2025-11-12", "Primary care visit", pcp)
    c.doc("pcp-2025-11-12", "2025-11-12", "progress", "Primary care - dyspnea", dedent("""
        INTERNAL MEDICINE   11/12/2025   Minh Tran, MD
        68F, 6 wks of progressive DOE (now 1 block), 3-pillow orthopnea, 4 kg weight gain, ankle swelling.
        Drinks 6-8 beers daily x many years; wants to stop. Occasional "pressure" in chest climbing stairs,
        relieved with rest - she attributes it to breathlessness.
        Exam: BP 142/88, HR 104 reg, JVP 12, crackles bases, S3, 2+ edema.
        ECG sinus tachycardia, LBBB pattern absent, QRS 96, poor R wave progression.
        NT-proBNP 4,870. Troponin < URL. TSH 2.1.
        A/P: new HF - same-week echo and cardiology; furosemide 40 daily; alcohol cessation counselling,
        thiamine/folate. Referred to outpatient alcohol program.
        """), author=pcp, enc=e1)

    e2 = c.enc("enc-echo-2025-11-14", "2025-11-14", "Transthoracic echocardiogram", card)
    c.obs("lvef-2025-11-14", "2025-11-14", "Left ventricular Ejection fraction", 25, "%", loinc="10230-1",
          enc=e2, category="imaging", method="TTE, biplane Simpson")
    c.doc("echo-2025-11-14", "2025-11-14", "echo", "Transthoracic echocardiogram", dedent("""
        TTE 11/14/2025. LV severely dilated (LVIDd 6.4 cm), global hypokinesis without clear regional pattern,
        LVEF 25% (biplane). Grade II diastolic dysfunction. Moderate functional MR. RVSP 44 mm Hg.
        Impression: dilated cardiomyopathy with severely reduced LVEF; etiology to be determined.
        """), author=card, enc=e2)

    e3 = c.enc("enc-card-2025-11-20", "2025-11-20", "Cardiology new patient", card)
    c.doc("card-2025-11-20", "2025-11-20", "consult", "Cardiology new patient consultation", dedent("""
        HEART FAILURE CARDIOLOGY - NEW PATIENT   11/20/2025   Tunde Oyelaran, MD
        68F referred for new HFrEF, EF 25%, dilated LV. Heavy EtOH use until 11/2025 (now abstinent 8 days).
        Exertional chest pressure on stairs, non-radiating. Risk factors: 40 pack-yr ex-smoker, HTN, age.
        Differential: alcoholic CM vs ischemic CM vs tachycardia-mediated vs idiopathic DCM.
        Plan:
         - GDMT: metoprolol succinate 25 (started 11/14 by PCP at my request), start sacubitril-valsartan
           24/26 BID today; add MRA + SGLT2i in 3 weeks.
         - Ischemic evaluation: regadenoson SPECT (she cannot walk on a treadmill). If abnormal -> cath.
         - Repeat echo after 3 months of GDMT and abstinence; ICD decision after that.
        """), author=card, enc=e3)

    c.med("metoprolol", "2025-11-14", "metoprolol succinate 25 mg extended release oral tablet", "6918",
          dosage="titrated to 100 mg daily by 01/2026", requester=card, start="2025-11-14")
    c.med("sac-val", "2025-11-20", "sacubitril 24 mg / valsartan 26 mg oral tablet", dosage="1 tab BID; 97/103 BID since 02/2026",
          requester=card, start="2025-11-20")
    c.med("spironolactone", "2025-12-10", "spironolactone 25 mg oral tablet", "9997", dosage="25 mg daily",
          requester=card, start="2025-12-10")
    c.med("dapagliflozin", "2025-12-10", "dapagliflozin 10 mg oral tablet", "1488564", dosage="10 mg daily",
          requester=card, start="2025-12-10")
    c.med("furosemide", "2025-11-12", "furosemide 40 mg oral tablet", "4603", dosage="20-40 mg daily",
          requester=pcp)
    c.med("levothyroxine", "2014-06-30", "levothyroxine 75 mcg oral tablet", "10582", dosage="75 mcg daily",
          requester=pcp)
    c.med("tiotropium", "2018-02-11", "tiotropium 18 mcg inhalation capsule", "69120", dosage="inhale daily",
          requester=pcp)

    e4 = c.enc("enc-nuc-2025-12-18", "2025-12-18", "Nuclear stress test", nuc)
    c.proc("spect-2025-12-18", "2025-12-18", "Pharmacologic myocardial perfusion SPECT (not completed)",
           code="78452", performer=nuc, status="stopped", enc=e4,
           note="Terminated after regadenoson - bronchospasm; imaging not acquired.")
    c.doc("nuc-2025-12-18", "2025-12-18", "imaging", "Myocardial perfusion imaging report", dedent("""
        MYOCARDIAL PERFUSION IMAGING - REGADENOSON   12/18/2025   Abigail Feld, MD

        Rest images were acquired. Regadenoson 0.4 mg IV given. At 90 seconds the patient developed wheeze,
        chest tightness and SpO2 fall to 86%; aminophylline 100 mg IV and albuterol nebulizer given with
        resolution. Stress isotope was NOT injected; stress imaging was not performed.

        IMPRESSION: NON-DIAGNOSTIC / INCOMPLETE STUDY. No conclusions regarding ischemia or infarction can be
        drawn. Recommend an alternative ischemic evaluation (e.g., coronary CTA or invasive angiography).
        Avoid vasodilator stress in future (reactive airways).
        """), author=nuc, enc=e4)

    e5 = c.enc("enc-card-2026-01-22", "2026-01-22", "Cardiology follow-up", card)
    c.doc("card-2026-01-22", "2026-01-22", "progress", "Cardiology follow-up", dedent("""
        HF CARDIOLOGY   01/22/2026   Tunde Oyelaran, MD
        Feels better. Abstinent 10 weeks. Walks 3 blocks, DOE on stairs. Still has chest "tightness" on
        stairs once or twice a week.
        Stress test 12/18 aborted (bronchospasm to regadenoson) - non-diagnostic.
        Plan: coronary CTA once HR < 65 on metoprolol (HR 78 today) - ordered; Cr OK for contrast.
        Uptitrate metoprolol succ to 100. Continue sac/val, spiro, dapa. Echo in April.
        """), author=card, enc=e5)
    c.sr("sr-ccta", "2026-01-22", "CT angiography of coronary arteries with contrast", code="75574",
         requester=card, reason="New DCM, exertional chest tightness; ischemic evaluation")
    c.appt("appt-ccta", "2026-04-20", "2026-05-19", "booked", "Coronary CTA (rescheduled - prior slots cancelled: HR 81 on 03/03, scanner down 04/07)")

    e6 = c.enc("enc-echo-2026-04-08", "2026-04-08", "Transthoracic echocardiogram", card)
    c.obs("lvef-2026-04-08", "2026-04-08", "Left ventricular Ejection fraction", 30, "%", loinc="10230-1",
          enc=e6, category="imaging", method="TTE, biplane Simpson")
    c.doc("echo-2026-04-08", "2026-04-08", "echo", "Transthoracic echocardiogram", dedent("""
        TTE 04/08/2026. Compared with 11/14/2025. LVIDd 6.1 cm. Global hypokinesis. LVEF 30% (biplane),
        previously 25%. Mild MR (improved). RVSP 32 mm Hg.
        Impression: persistent severe LV systolic dysfunction after ~5 months of GDMT.
        """), author=card, enc=e6)

    e7 = c.enc("enc-card-2026-04-15", "2026-04-15", "Cardiology follow-up", card)
    c.obs("nyha-2026-04-15", "2026-04-15", "NYHA functional class", text="nyha-class", concept="Class II-III",
          enc=e7, category="survey", performer=card)
    c.doc("card-2026-04-15", "2026-04-15", "progress", "Cardiology follow-up", dedent("""
        HF CARDIOLOGY   04/15/2026   Tunde Oyelaran, MD
        EF 30% on repeat echo after 5 months of GDMT at target doses and 5 months of abstinence.
        NYHA II-III (tired after 2 blocks, stops on one flight). BP 108/66, HR 62, euvolemic.
        Coronary CTA still not done (two cancellations) - now booked 05/19.
        A/P: persistent EF <= 35% despite > 3 mo GDMT. Refer to EP for primary prevention ICD discussion.
        Etiology most likely alcohol-related; CAD not yet excluded - CTA pending.
        """), author=card, enc=e7)

    e8 = c.enc("enc-ep-2026-04-22", "2026-04-22", "Electrophysiology consultation", ep)
    c.doc("ep-2026-04-22", "2026-04-22", "consult", "Electrophysiology consultation", dedent("""
        ELECTROPHYSIOLOGY CONSULT   04/22/2026   Paolo Marchetti, MD
        Referred by Dr Oyelaran for primary prevention ICD.

        Diagnosis: Nonischemic dilated cardiomyopathy (alcohol-related), LVEF 25% -> 30%.
        Ischemic workup: negative.
        NYHA class II-III. No syncope. No sustained VT. No AF.
        GDMT >= 3 months: metoprolol succ 100, sac/val 97/103 BID, spironolactone 25, dapagliflozin 10.
        ECG: sinus 60, QRS 98 ms - no CRT indication.

        SHARED DECISION-MAKING: performed today with the patient and her son using the Colorado ICD decision aid
        (primary prevention version). Reviewed expected benefit, risks of implant and of inappropriate shocks,
        alternatives (medical therapy, wearable defibrillator), and life expectancy. She wishes to proceed.

        Plan: single-chamber ICD. Will request authorization.
        """), author=ep, enc=e8)

    c.sr("sr-icd", "2026-05-01", "Insertion of implantable defibrillator (single chamber)", code="33249",
         requester=ep, occurrence="2026-06-04", reason="Primary prevention, NICM, LVEF 30%")

    # after request date
    e9 = c.enc("enc-ccta-2026-05-19", "2026-05-19", "Coronary CT angiography", rad)
    c.proc("ccta-2026-05-19", "2026-05-19", "Coronary CT angiography", code="75574", performer=rad, enc=e9)
    c.doc("ccta-2026-05-19", "2026-05-19", "imaging", "Coronary CTA report", dedent("""
        CORONARY CTA 05/19/2026. Calcium score 46. Mild (<25%) nonobstructive plaque proximal LAD and RCA.
        No stenosis >= 50%. CAD-RADS 1. Dilated LV.
        """), author=rad, enc=e9)

    cs = case("bx-icd-02", "patients/px2086.json", svc_cpt("33249", "Insertion of implantable defibrillator"),
              [("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
              "2026-05-06", "request_info", "NCD 20.4",
              ["Observation/lvef-2026-04-08", "Observation/nyha-2026-04-15",
               "DocumentReference/nuc-2025-12-18", "DocumentReference/ep-2026-04-22"],
              missing=["ischemic evaluation|ischemic workup|coronary evaluation|coronary CTA|CT angiography|"
                       "stress test|catheterization|angiography|angiogram|coronary artery disease|CAD|"
                       "revascularization|ischemia|nonischemic|non-ischemic"],
              rationale="LVEF 30% (newest, by echo), NYHA II-III, GDMT > 3 months by start dates, and an SDM with a "
                        "decision aid are documented. Whether the cardiomyopathy is non-ischemic and whether she "
                        "is a revascularization candidate is undetermined: the stress test was aborted without "
                        "imaging and the coronary CTA was booked after the request. The EP's 'ischemic workup "
                        "negative' is unsupported by the record; the CTA dated after the request does not count.",
              note="NICM EF 30% despite >3 months GDMT, NYHA II-III. SDM done. Primary prevention ICD.")
    return cs, c


CASES = [icd_01, icd_02]
