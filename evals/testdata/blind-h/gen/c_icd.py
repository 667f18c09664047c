"""NCD 20.4 cases (implantable cardioverter defibrillators)."""
from lib import *

SVC = {"system": CPT, "code": "33249", "display": "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s)"}


def icd01():
    c = Chart("ph01", "CT", "https://ehr.prairiehealth.example/fhir/r4", "http://ehr.prairiehealth.example/CodeSystem/cv-results", "IL")
    c.patient("Okafor", ["Raymond", "T."], "male", "1957-08-22", "Peoria", "61604", "40-118-2297", line="1418 W Columbia Ter")
    c.practitioner("pr-7731", "Whitlock", ["Dana"], suffix="APRN, CNP", qual="Nurse practitioner - heart failure clinic")
    c.practitioner("pr-2290", "Raman", ["Anil"], prefix="Dr.", suffix="MD", qual="MD - Clinical cardiac electrophysiology")
    c.practitioner("pr-1048", "Pike", ["Laura"], prefix="Dr.", suffix="MD, FACC", qual="MD - Cardiovascular disease (general cardiology)")

    c.condition("cd-88101", "I25.5", "Ischemic cardiomyopathy", "2021-06-02 10:15", onset="2021-04-11 06:40", snomed=None)
    c.condition("cd-88102", "I25.2", "Old myocardial infarction", "2021-06-02 10:16", onset="2021-04-11 06:40",
                note="Anterior STEMI 04/11/2021, primary PCI to LAD (2 DES).")
    c.condition("cd-88103", "I50.22", "Chronic systolic (congestive) heart failure", "2025-12-19 16:02", onset="2025-12-15 22:10",
                snomed=("84114007", "Heart failure"))
    c.condition("cd-88104", "I48.0", "Paroxysmal atrial fibrillation", "2025-12-16 09:30", onset="2025-12-16 03:12",
                snomed=("49436004", "Atrial fibrillation"))
    c.condition("cd-88105", "Z85.46", "Personal history of malignant neoplasm of prostate", "2019-02-11 14:00",
                note="Radical retropubic prostatectomy 2017, Gleason 3+4. PSA undetectable.")
    c.condition("cd-88106", "N18.31", "Chronic kidney disease, stage 3a", "2024-08-30 11:20")

    c.proc("px-3310", {"coding": [{"system": CPT, "code": "92941", "display": "Percutaneous transluminal revascularization of acute total/subtotal occlusion during acute myocardial infarction"}],
                       "text": "Primary PCI proximal/mid LAD, 2 overlapping DES"},
           "2021-04-11 07:22", performer="pr-1048", reason="Anterior STEMI")
    c.proc("px-5102", {"coding": [{"system": CPT, "code": "93458", "display": "Left heart catheterization with coronary angiography"}],
                       "text": "Left heart cath / coronary angiography (diagnostic)"},
           "2026-01-13 08:05", performer="pr-1048", reason="Worsening LV function, ischemic evaluation",
           outcome="Diagnostic only. CTO of proximal LAD stent with faint collaterals; LCx 30%; RCA luminal irregularities. No intervention performed.")

    c.obs("ob-40211", c.lc("ECHO-LVEF", "LV ejection fraction (echo)"), "2024-05-20 10:40", ("Quantity", Q(40, "%")),
          category="imaging", note="TTE 5/20/2024, visual estimate.")
    c.obs("ob-51877", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", "LVEF"), "2026-02-10 13:25",
          ("Range", {"low": Q(25, "%"), "high": Q(30, "%")}), category="imaging", method="2D TTE, visual estimate; Simpson biplane 27%",
          note="Reported as 25-30%.")
    c.report("dr-51870", c.lc("TTE-COMPLETE", "Transthoracic echocardiogram"), "2026-02-10 13:25",
             "Dilated LV (LVIDd 6.1 cm) with akinesis of the anterior wall, anterior septum and apex. LVEF 25-30% (Simpson biplane 27%). "
             "Mild functional MR. RVSP 32 mmHg. No LV thrombus.", results=["ob-51877"], performer="pr-1048", category_text="Cardiology imaging",
             issued="2026-02-10 16:02")
    c.report("dr-50944", c.lc("PET-VIAB", "Cardiac PET perfusion (Rb-82) with F-18 FDG viability"), "2026-01-22 09:30",
             "Large matched perfusion-metabolism defect of the LAD territory (anterior wall, anterior septum, apex) consistent with scar. "
             "Hibernating myocardium <5% of LV. No inducible ischemia in the LCx or RCA territories. Gated LVEF (rest) 29%.",
             performer="pr-1048", category_text="Nuclear cardiology", issued="2026-01-22 15:45")
    c.obs("ob-52630", c.lc("AMB-ECG-14D", "14-day ambulatory ECG patch summary"), "2026-02-24 11:00", category="procedure",
          components=[
              {"code": c.lc("AF-BURDEN", "AF burden"), "valueQuantity": Q(4, "%")},
              {"code": c.lc("AF-AVG-VR", "Mean ventricular rate during AF"), "valueQuantity": Q(78, "/min")},
              {"code": c.lc("AF-MAX-VR", "Max ventricular rate during AF"), "valueQuantity": Q(112, "/min")},
              {"code": c.lc("NSVT-LONGEST", "Longest NSVT run"), "valueQuantity": Q(4, "{beats}")},
          ], note="Wear 02/08-02/22/2026. Predominant sinus rhythm. Paroxysmal AF, rate controlled. One 4-beat run of NSVT. No sustained VT.")
    # result after the request date (does not exist for the case)
    c.obs("ob-55902", c.lc("CMR-LVEF", "LV ejection fraction (cardiac MRI)"), "2026-04-02 14:10", ("Quantity", Q(38, "%")),
          category="imaging", note="Research CMR (post-request). LGE transmural anterior/apical scar.")

    c.medreq("mr-60211", rx("6918", "metoprolol", "metoprolol succinate ER 100 mg tablet"), "2025-12-19 15:40", dosage="100 mg PO daily", requester="pr-1048")
    c.medreq("mr-60212", rx(None, "sacubitril-valsartan 49-51 mg tablet"), "2025-12-19 15:41", dosage="1 tab PO BID", requester="pr-1048",
             note="Replaced lisinopril at HF discharge.")
    c.medreq("mr-60213", rx("1364430", "apixaban", "apixaban 5 mg tablet"), "2025-12-19 15:43", dosage="5 mg PO BID", requester="pr-1048")
    c.medreq("mr-60214", rx("9997", "spironolactone", "spironolactone 25 mg tablet"), "2025-12-19 15:44", dosage="25 mg PO daily", requester="pr-1048")

    c.fmh("fh-0901", "2026-03-12 10:05", "BRO", "brother", "Sudden cardiac death", onset_age=52, deceased=True,
          note="Per patient; no autopsy information.", sex="male")

    c.note("dc-71001", "2026-01-28 16:20", "11488-4", "Consult note", "pr-1048", """PRAIRIE HEART ASSOCIATES
2211 N. Knoxville Ave, Suite 300, Peoria IL 61603

January 28, 2026

Re: Raymond T. Okafor    DOB 08/22/1957    MRN 40-118-2297

Dear Dr. Hensley,

Thank you for continuing to share Mr. Okafor's care. I saw him today after his coronary angiogram of 1/13 and his PET viability study of 1/22.

As you know he had an anterior STEMI in April 2021 treated with primary PCI (two overlapping DES to the proximal/mid LAD). His EF after the infarct was 35-40% and was 40% on the May 2024 echo. He was admitted 12/15-12/19/2025 with volume overload and new paroxysmal AF, which prompted the repeat work-up.

Angiogram 1/13/26 (diagnostic only, no intervention): chronic total occlusion of the proximal LAD stent with faint left-to-right collaterals; LCx 30% mid; dominant RCA with luminal irregularities only.

Rb-82 PET with FDG viability 1/22/26: large matched defect of the LAD territory (anterior wall, apex, anterior septum), i.e. scar; <5% of the LV hibernating; no inducible ischemia in the LCx or RCA territories.

We reviewed the films at the combined cardiology / cardiac surgery conference on 1/26. Consensus: no viable myocardium in the LAD territory and no target elsewhere. Neither CTO-PCI nor CABG is expected to improve symptoms or LV function, and he is not a candidate for coronary revascularization. We will continue medical therapy.

Current medications: metoprolol succinate 100 mg daily, sacubitril-valsartan 49/51 mg BID, spironolactone 25 mg daily, empagliflozin 10 mg daily, atorvastatin 80 mg nightly, aspirin 81 mg daily, apixaban 5 mg BID.

Impression
1. Ischemic cardiomyopathy, remote anterior MI (2021). Limited TTE ordered for LVEF. If the EF is still 35% or less he should see Dr. Raman (EP) about a primary-prevention ICD.
2. Paroxysmal AF, rate controlled on metoprolol, anticoagulated. 14-day patch ordered for burden.
3. CKD 3a, creatinine stable at 1.4.

Sincerely,

Laura Pike, MD, FACC
cc: Heart Failure Clinic (D. Whitlock, APRN)
""", title="Cardiology consult letter")

    c.note("dc-71002", "2026-02-17 11:48", "11506-3", "Progress note", "pr-7731", """<html><head><title>HF Clinic Progress Note</title></head><body>
<h3>Heart Failure Clinic &ndash; Return Visit</h3>
<p><b>Date:</b> 02/17/2026 &nbsp; <b>Provider:</b> Dana Whitlock, APRN, CNP &nbsp; <b>Supervising:</b> L. Pike, MD</p>
<p><b>Subjective:</b> 68 y/o M with ICM (anterior MI 2021), HFrEF, pAF. Here for GDMT follow-up. Gets winded walking about a block or up one flight to his bedroom; has to pause halfway. No symptoms at rest. Sleeps on 1 pillow. Weight stable on home scale (194-196 lb). No chest pain. No palpitations he is aware of. Took all meds; no missed doses per pill box.</p>
<p><b>ROS:</b> Constitutional: neg for fever, chills. CV: + DOE as above; neg for chest pain, orthopnea, PND, syncope. Resp: neg for cough, wheeze. GI: neg. GU: neg. Neuro: neg for focal weakness, neg for speech change. Psych: neg. All other systems reviewed and negative.</p>
<table border="1" cellpadding="3">
<tr><th>BP</th><th>HR</th><th>SpO2</th><th>Wt</th></tr>
<tr><td>108/68</td><td>66 reg</td><td>97% RA</td><td>88.6 kg</td></tr>
</table>
<p><b>Exam:</b> NAD. JVP ~7 cm. RRR, no S3. Lungs clear. Trace ankle edema bilaterally.</p>
<p><b>Data:</b> TTE 2/10/26: LVEF twenty-five to thirty percent (biplane 27%), anterior/apical akinesis. K 4.6, Cr 1.4 (2/12).</p>
<p><b>Assessment/Plan:</b></p>
<ol>
<li>HFrEF / ischemic CM, <b>NYHA class II-III</b>, euvolemic. Continue metoprolol succinate 100, sacubitril-valsartan 49/51 BID, spironolactone 25, empagliflozin 10. Not uptitrating ARNI today (SBP 100s).</li>
<li>EF remains &le;35% on GDMT. Not a revascularization candidate per 1/26 conference. Refer EP (Dr. Raman) for primary-prevention ICD. Scheduled a separate shared decision-making visit with me on 3/3; wife will attend.</li>
<li>pAF &ndash; on apixaban; 14-day patch applied 2/8, still wearing.</li>
</ol>
<p>RTC 6 weeks.</p>
<p><i>Electronically signed: Dana Whitlock, APRN, CNP 02/17/2026 12:06</i></p>
</body></html>""", ctype="text/html", title="HF clinic progress note")

    c.note("dc-71003", "2026-03-03 15:10", "11506-3", "Progress note", "pr-7731", """HEART FAILURE CLINIC - SHARED DECISION-MAKING VISIT
Date of service: 03/03/2026   Provider: Dana Whitlock, APRN, CNP
Patient: Raymond Okafor   Accompanied by: wife (Grace)

Purpose: shared decision-making about a primary-prevention implantable cardioverter-defibrillator (ICD), before EP implant visit.

Decision aid used: "Implantable Cardioverter-Defibrillator (ICD) - A decision aid for people considering an ICD" (Colorado Program for Patient Centered Decisions), printed booklet and the 10-minute video, reviewed together in clinic.

Discussed, using the aid:
- His risk of sudden cardiac death with LVEF 25-30% after MI, and what the ICD does and does not do (does not treat heart failure, does not make him live longer if he dies of something else).
- Numbers from the aid: of 100 people like him, about 5-7 fewer die over 5 years with an ICD; about 10-20 of 100 get an inappropriate shock over 5 years; procedure risks (infection, lead problems, about 1-2 in 100).
- Living with a device: driving restrictions after a shock, generator changes, deactivation at end of life and how to ask for it.
- Alternative: no ICD, continue medicines only.

Patient's values in his words: "I want to see my granddaughter graduate. A shock doesn't scare me as much as not waking up." Wife agrees. He asked about MRI compatibility and about his brother who "dropped dead at 52" (not evaluated; no diagnosis known).
Teach-back done: he could explain the benefit and the shock risk correctly.

Decision: patient chooses to proceed with ICD. He understands he can change his mind.
Face-to-face time 34 minutes, more than half counselling.

Dana Whitlock, APRN, CNP
""", title="Shared decision-making visit - ICD")

    c.note("dc-71004", "2026-03-09 09:02", "34748-4", "Telephone encounter Note", "pr-7731", """TELEPHONE ENCOUNTER  03/09/2026 08:41
Caller: patient (and wife on speaker)   Taken by: K. Marsh, RN (HF clinic triage), routed to D. Whitlock APRN

Reason for call: "dizzy spell" Saturday 3/7.
Got up quickly from recliner after a nap, felt lightheaded for a few seconds, sat back down, resolved. No LOC, did not fall, no palpitations, no chest pain, no SOB at rest. Has not had this before. Home BP afterward 104/66, HR 68. Drinking "not much" water on Saturday.
Denies syncope. Denies any episode of passing out ever. No new meds.

RN advice: rise slowly, fluids per HF plan (2 L), keep BP log x 1 week, call back or go to ED for fainting, chest pain or sustained palpitations.
Wife asked whether this means he "needs the defibrillator sooner" - told her EP visit is Thursday 3/12 as planned.

-- Reviewed. Orthostatic symptoms, no syncope. No med change. D. Whitlock APRN 03/09/2026 09:02
""", title="Telephone encounter")

    c.note("dc-71005", "2026-03-12 11:34", "11488-4", "Consult note", "pr-2290", fixed([
        "=" * 78,
        "PRAIRIE HEALTH SYSTEM                CARDIAC ELECTROPHYSIOLOGY CONSULTATION",
        "-" * 78,
        "PATIENT: OKAFOR, RAYMOND T        MRN: 40-118-2297        DOB: 08/22/1957",
        "DATE OF SERVICE: 03/12/2026       LOCATION: HEART & VASCULAR CLINIC 3B",
        "ATTENDING: ANIL RAMAN, MD         REFERRING: LAURA PIKE, MD",
        "-" * 78,
        "REASON FOR CONSULT: PRIMARY PREVENTION ICD EVALUATION",
        "",
        "HPI: 68 YO M W/ ISCHEMIC CM (ANTERIOR STEMI 04/2021, DES X2 PROX/MID LAD),",
        "PAROXYSMAL AF DX 12/2025 ON APIXABAN, CKD 3A, REMOTE PROSTATE CA S/P RRP",
        "2017 (PSA UNDETECTABLE 11/2025). HF ADMISSION 12/2025 FOR VOLUME OVERLOAD;",
        "EUVOLEMIC SINCE ON GDMT. DOE W/ 1 FLIGHT OR ~1 BLOCK. NO ORTHOPNEA/PND.",
        "NO SYNCOPE. ONE EPISODE ORTHOSTATIC LIGHTHEADEDNESS 03/07 (SEE PHONE NOTE",
        "03/09), NO LOC. NO PERSONAL HX OF SUSTAINED VT, VF OR CARDIAC ARREST.",
        "FAMILY HX: BROTHER SUDDEN DEATH AGE 52 (UNEXPLAINED). NO KNOWN LQTS/HCM.",
        "",
        "DATA:",
        " TTE 02/10/2026 ....... LVEF 25-30% (BIPLANE 27%), ANT/APICAL AKINESIS,",
        "                        LVIDD 6.1 CM, MILD MR, RVSP 32",
        " TTE 05/20/2024 ....... LVEF 40%",
        " CATH 01/13/2026 ...... CTO PROX LAD STENT. LCX 30%. DIAGNOSTIC ONLY.",
        " PET 01/22/2026 ....... LAD SCAR, <5% HIBERNATING, NO ISCHEMIA",
        " PATCH 14D (RPT 02/24)  AF BURDEN 4%, AVG VR IN AF 78, 1 RUN NSVT 4 BTS",
        " ECG TODAY ............ SR 64, PR 188, QRS 104 MS, QTC 452, Q WAVES V1-V4",
        " LABS 02/12 ........... NA 138, K 4.6, CR 1.4, EGFR 52",
        "",
        "MEDS: METOPROLOL SUCC 100 QD, SACUBITRIL/VALSARTAN 49/51 BID,",
        "SPIRONOLACTONE 25 QD, EMPAGLIFLOZIN 10 QD, ATORVASTATIN 80, ASA 81,",
        "APIXABAN 5 BID",
        "",
        "EXAM: BP 112/70  HR 64  SPO2 97% RA  WT 88.9 KG",
        " NAD, A&O X3. JVP 7 CM. RRR, NL S1 S2, NO S3. LUNGS CLEAR. NO EDEMA.",
        " NEURO NONFOCAL.",
        "",
        "ASSESSMENT:",
        " 1. ISCHEMIC DILATED CM, LVEF 25-30%, NYHA CLASS II, CLINICALLY STABLE",
        "    OUTPATIENT. MI 2021 (>40 D). LAST PCI 2021 (>3 MO); 01/2026 CATH WAS",
        "    DIAGNOSTIC ONLY. NOT A REVASCULARIZATION CANDIDATE PER 01/26 CONF.",
        " 2. PAROXYSMAL AF, LOW BURDEN, RATE CONTROLLED.",
        " 3. NO NON-CARDIAC ILLNESS EXPECTED TO LIMIT SURVIVAL TO <1 YR.",
        "    NO NEUROLOGIC INJURY.",
        " 4. SDM VISIT 03/03/2026 WITH D. WHITLOCK APRN USING ICD DECISION AID;",
        "    PT ELECTS ICD.",
        "",
        "PLAN: SINGLE-CHAMBER TRANSVENOUS ICD (NO CRT INDICATION, QRS 104 MS).",
        "SUBMIT PRIOR AUTH. HOLD APIXABAN 48 H PRE-PROCEDURE. DEVICE CLINIC F/U.",
        "",
        "ELECTRONICALLY SIGNED: ANIL RAMAN, MD  03/12/2026 11:34",
    ]), title="EP consultation")

    gold = {"recommendation": "approve", "policy": "NCD 20.4",
            "evidence": ["Observation/ob-51877", "DocumentReference/dc-71001", "DocumentReference/dc-71003", "DocumentReference/dc-71005"],
            "missing": [],
            "rationale": "Ischemic CM with prior MI, LVEF 25-30% by echo, NYHA II-III, no revascularization candidacy, MI/PCI outside waiting periods, SDM with decision aid by NP before implant, AF rate controlled, no exclusions."}
    k = case("bh-icd-01", "patients/ph01.json", SVC,
             [("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure"), ("I25.2", "Old myocardial infarction")],
             "2026-03-17", gold, note="Primary prevention single-chamber ICD. Ischemic CM, EF 25-30%.")
    return c, "2026-04-03 07:00", k


def icd02():
    c = Chart("ph02", "ET", "https://fhir.lakeshore-care.example/R4", "urn:oid:2.16.840.1.113883.3.7201.4.12", "OH")
    c.patient("Whitfield", ["Carla", "Jean"], "female", "1962-11-03", "Lakewood", "44107", "LSC00918334", line="1520 Grace Ave Apt 2")
    c.practitioner("castellanos-m", "Castellanos", ["Miriam"], prefix="Dr.", suffix="MD", qual="MD - Cardiovascular disease / advanced heart failure")
    c.practitioner("brandt-j", "Brandt", ["Joel"], prefix="Dr.", suffix="MD", qual="MD - Clinical cardiac electrophysiology")
    c.practitioner("ames-k", "Ames", ["Kelly"], suffix="RN", qual="Registered nurse - cardiology")

    c.condition("prob-1", "I42.0", "Dilated cardiomyopathy", "2026-03-02 10:22", onset_string="2025 (per patient, diagnosed in Tucson AZ)",
                text="Nonischemic dilated cardiomyopathy")
    c.condition("prob-2", "I50.22", "Chronic systolic (congestive) heart failure", "2026-03-02 10:23", onset_string="2025")
    c.condition("prob-3", "E03.9", "Hypothyroidism, unspecified", "2026-03-02 10:24")
    c.condition("prob-4", "E78.5", "Hyperlipidemia, unspecified", "2026-03-02 10:24")

    for i, (code, disp, dose) in enumerate([("20352", "carvedilol 25 mg tablet", "25 mg PO BID"),
                                            (None, "sacubitril-valsartan (Entresto) 49-51 mg tablet", "1 tab PO BID"),
                                            ("9997", "spironolactone 25 mg tablet", "25 mg PO daily"),
                                            ("1488564", "dapagliflozin 10 mg tablet", "10 mg PO daily")], start=1):
        c.medstmt("medstmt-%d" % i, rx(code, disp.split(" ")[0] if code else disp, disp), "2026-03-02 10:05", dosage=dose,
                  source="Patient/ph02", note="From handwritten list prepared by daughter. Prescribed by outside cardiologist (Tucson). Start date unknown.")
    c.medreq("rx-20260330-1", rx("20352", "carvedilol", "carvedilol 25 mg tablet"), "2026-03-30 14:12", dosage="25 mg PO BID with food",
             requester="castellanos-m", note="Refill - continuation of outside prescription (not a new start). 90-day supply.")

    c.obs("obs-ne-551", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", "LVEF"), "2026-04-08 09:50", ("Quantity", Q(25, "%")),
          category="imaging", method="TTE, biplane method of discs")
    c.report("rpt-echo-0408", {"text": "Echocardiogram, transthoracic, complete"}, "2026-04-08 09:50",
             "Severely dilated LV (LVIDd 6.4 cm), global hypokinesis, LVEF 25% (biplane). Moderate functional MR. Normal RV size, mildly reduced RV function (TAPSE 1.6 cm). No pericardial effusion.",
             results=["obs-ne-551"], performer="castellanos-m", issued="2026-04-08 14:30", category_text="Cardiac imaging")
    c.report("rpt-cmr-0325", {"text": "Cardiac MRI with and without contrast"}, "2026-03-25 13:00",
             "Dilated LV, LVEF 27%. Mid-wall linear LGE of the basal-mid septum; no subendocardial or transmural LGE. Pattern consistent with non-ischemic cardiomyopathy.",
             performer="castellanos-m", issued="2026-03-26 08:15", category_text="Cardiac imaging")
    c.report("rpt-ccta-0316", {"text": "CT coronary angiography"}, "2026-03-16 07:40",
             "Coronary artery calcium score 0. No coronary plaque or stenosis (CAD-RADS 0). Non-ischemic etiology supported.",
             performer="castellanos-m", issued="2026-03-16 12:10", category_text="Cardiac imaging")
    c.obs("obs-ne-560", {"text": "Extended Holter (14 day) summary"}, "2026-03-20 16:00", category="procedure",
          note="Sinus rhythm throughout. 3 runs of NSVT, longest 7 beats (rate 168). No sustained VT. No AF.")
    c.obs("obs-ne-601", c.lc("HF-NYHA", "NYHA functional class"), "2026-04-21 10:40", ("String", "Class II"), category="exam",
          performer="castellanos-m")
    c.obs("obs-ne-602", cc(LOINC, "85354-9", "Blood pressure panel with all children optional", "BP"), "2026-04-21 10:31", category="vital-signs",
          components=[{"code": cc(LOINC, "8480-6", "Systolic blood pressure"), "valueQuantity": Q(104, "mm[Hg]")},
                      {"code": cc(LOINC, "8462-4", "Diastolic blood pressure"), "valueQuantity": Q(62, "mm[Hg]")}])
    c.obs("obs-ne-520", cc(LOINC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH"), "2026-03-02 11:10",
          ("Quantity", Q(2.1, "m[IU]/L")))

    c.fmh("fmh-1", "2026-03-02 10:10", "FTH", "father", "Heart failure", onset_age=74, deceased=True)

    c.note("doc-0302-np", "2026-03-02 10:58", "34117-2", "History and physical note", "castellanos-m", """LAKESHORE CARE PARTNERS - CARDIOLOGY
NEW PATIENT VISIT                                         03/02/2026
Provider: Miriam Castellanos, MD

CC: establish cardiology care, "weak heart"

HPI: Ms. Whitfield is a 63 y.o. woman who moved from Tucson, AZ to Lakewood in January to live near her daughter. She was told she had a "weak heart" during a hospital stay at Saguaro Regional Medical Center in Tucson for shortness of breath and leg swelling. She is not sure of the month ("last year ... it was hot out, but it's always hot out there"). She was told her "arteries were clean". She does not have her discharge papers or any echo reports.
Medications: she brought a handwritten list her daughter made (see med rec). She does not know when each medicine was started. She says "they kept adding things and changing the doses" and that she did not take the Entresto at first because of cost - she thinks it was started "a while after the others" once her insurance changed. No missed doses since moving per daughter, who fills her pill box.
Currently: walks to the end of her street and back (about 2 blocks) before needing to slow down; stairs are "slow". No orthopnea. No PND. No syncope or near-syncope. No palpitations. No chest pain.

PMH: cardiomyopathy (per pt), hypothyroidism, hyperlipidemia. No diabetes. No known CAD. No alcohol use disorder (1-2 glasses wine/month). No chemotherapy. No illicit drugs.
FHx: father had heart failure in his 70s. No sudden deaths known.
SHx: retired school secretary. Never smoker.

Meds (per list): carvedilol 25 mg BID, Entresto 49/51 mg BID, spironolactone 25 mg daily, Farxiga 10 mg daily, levothyroxine 75 mcg daily, atorvastatin 20 mg.

ROS: Constitutional: negative for fever, weight loss. Eyes: negative. ENT: negative. CV: see HPI. Resp: negative for cough. GI: negative for nausea, melena. GU: negative. MSK: negative. Skin: negative. Neuro: negative for syncope, focal weakness. Psych: negative for depression. Endo: negative for heat/cold intolerance. Heme: negative for easy bruising.

Exam: BP 108/66, HR 64, SpO2 98%, Wt 71.2 kg. JVP not elevated. Displaced PMI. RRR, soft holosystolic murmur apex. Lungs clear. No edema.
ECG: SR 64, QRS 112 ms (IVCD, not LBBB), QTc 468.

Assessment/Plan:
1. Cardiomyopathy, presumed non-ischemic - need our own imaging: TTE, cardiac MRI, coronary CTA. 14-day monitor.
2. HFrEF - continue current regimen. Outside records (H&P, discharge summary, echo, cath, medication history) requested from Saguaro Regional today; ROI signed.
3. Hypothyroidism - TSH today.
RTC after testing.
""", title="Cardiology new patient H&P")

    c.note("doc-0402-tel", "2026-04-02 13:20", "34748-4", "Telephone encounter Note", "ames-k", """Telephone / records follow-up - 04/02/2026 13:05
Kelly Ames, RN

Called Saguaro Regional Medical Center HIM (Tucson) re: outside records requested 03/02 (H&P, discharge summary, echo, cath, med history).
HIM says the request was received 03/03 but is on hold: the authorization form was missing the patient's signature on page 2.
Called patient, she came in today and signed; re-faxed signed ROI at 13:00 to HIM fax. HIM estimates 10-14 business days.
Pt asked if she should keep taking all her heart pills - yes, no changes.
""", title="Telephone encounter - outside records")

    c.note("doc-0421-hf", "2026-04-21 11:15", "11506-3", "Progress note", "castellanos-m", """<html><body>
<h2>Cardiology / Heart Failure Follow-up</h2>
<p>04/21/2026 &middot; Miriam Castellanos, MD</p>
<h4>Interval history</h4>
<p>[Copied from 03/02/2026 note] Ms. Whitfield is a 63 y.o. woman who moved from Tucson, AZ to Lakewood in January to live near her daughter. She was told she had a "weak heart" during a hospital stay at Saguaro Regional Medical Center in Tucson... She does not know when each medicine was started.</p>
<p>Today: feels about the same. Walks about two blocks, slower on stairs, no rest symptoms. No syncope. Adherent per daughter.</p>
<h4>Results reviewed</h4>
<ul>
<li>TTE 4/8/26: LVEF 25% (biplane), LVIDd 6.4 cm, moderate functional MR.</li>
<li>CMR 3/25/26: LVEF 27%, mid-wall septal LGE, non-ischemic pattern.</li>
<li>CCTA 3/16/26: calcium score 0, CAD-RADS 0.</li>
<li>14-day monitor (3/6-3/20): 3 runs NSVT, longest 7 beats; no sustained VT, no AF.</li>
<li>TSH 2.1 (3/2).</li>
</ul>
<h4>Assessment</h4>
<p>Non-ischemic dilated cardiomyopathy, LVEF 25%, NYHA class II. On carvedilol 25 BID, sacubitril-valsartan 49/51 BID, spironolactone 25, dapagliflozin 10 (start dates per outside records - still pending). BP 104/62, HR 62, no room to uptitrate ARNI today.</p>
<p>Shared decision-making: we discussed a primary-prevention ICD at length with the patient and her daughter, using the CardioSmart decision aid "Atrial Fibrillation: Should I take a blood thinner?" (printed). We covered benefit, inappropriate shocks, complications, living with a device, and the option of no device. She will think it over.</p>
<h4>Plan</h4>
<ol><li>Refer EP (Dr. Brandt) for ICD evaluation.</li><li>Continue GDMT. BMP in 2 weeks.</li><li>Re-call Saguaro HIM if no records by 5/1.</li></ol>
</body></html>""", ctype="text/html", title="Heart failure follow-up")

    c.note("doc-0423-add", "2026-04-23 08:02", "11506-3", "Progress note", "castellanos-m", """ADDENDUM to 04/21/2026 progress note - 04/23/2026 07:55 - M. Castellanos, MD

Correction: the decision aid named in the shared decision-making paragraph was entered in error (wrong SmartPhrase). The aid reviewed with the patient and her daughter on 04/21 was the Colorado Program for Patient Centered Decisions ICD decision aid, "Implantable Cardioverter-Defibrillator (ICD): a decision aid for people with heart failure who are considering an ICD" (booklet version), not an atrial fibrillation/anticoagulation aid. Patient took the booklet home. The remainder of the note is unchanged.
""", title="Addendum - correction", relates=("appends", "DocumentReference/doc-0421-hf"))

    c.note("doc-0506-ep", "2026-05-06 15:40", "11488-4", "Consult note", "brandt-j", fixed([
        "LAKESHORE CARE PARTNERS            ELECTROPHYSIOLOGY CONSULT          05/06/2026",
        "PT: WHITFIELD, CARLA J   DOB 11/03/1962   MRN LSC00918334",
        "REQ BY: M. CASTELLANOS MD          CONSULTANT: JOEL BRANDT MD",
        "-" * 78,
        "Q: PRIMARY PREVENTION ICD?",
        "",
        "63F NICM (CMR MID-WALL LGE, CCTA CAD-RADS 0), LVEF 25% TTE 04/08/26 (27% CMR",
        "03/25/26). NYHA II. NO SYNCOPE. NO HX SUSTAINED VT/VF/ARREST. 14D MONITOR:",
        "NSVT X3 (MAX 7 BTS), NO SUST VT, NO AF.",
        "",
        "GDMT: CARVEDILOL 25 BID / SAC-VAL 49/51 BID / SPIRONO 25 / DAPAGLIFLOZIN 10.",
        "  DURATION: UNABLE TO VERIFY. STARTED BY OUTSIDE CARDIOLOGIST (TUCSON, AZ).",
        "  PT DOES NOT RECALL START DATES; ARNI ADDED 'A WHILE AFTER' THE OTHERS.",
        "  OUTSIDE RECORDS REQUESTED 03/02, ROI RE-SENT 04/02 - NOT RECEIVED AS OF",
        "  TODAY. ESTABLISHED WITH US 03/02/26 ON ABOVE REGIMEN.",
        "",
        "SDM: DONE 04/21 W/ DR CASTELLANOS (ICD DECISION AID - SEE ADDENDUM 04/23).",
        "  TODAY PT CONFIRMS SHE WANTS TO PROCEED WITH ICD.",
        "",
        "PMH: HYPOTHYROID (TSH 2.1), HLD. NO CKD, NO CA, NO LIVER DZ.",
        "EXAM: BP 106/64 HR 63 REG. JVP FLAT. S1S2, 2/6 HSM APEX. LUNGS CLR. NO EDEMA.",
        "ECG: SR, QRS 112 IVCD (NON-LBBB) -> NO CRT INDICATION.",
        "",
        "IMP: NICM, EF <=35%, NYHA II, CLINICALLY STABLE. NO NON-CARDIAC LIFE-",
        "LIMITING DZ. NOT A REVASC CANDIDATE (NO CAD).",
        "",
        "PLAN: SINGLE-CHAMBER ICD. AUTH REQUEST SUBMITTED NOW GIVEN EF 25%; WILL",
        "FORWARD OUTSIDE MED RECORDS WHEN RECEIVED. DEFIB VEST NOT INDICATED.",
        "",
        "J. BRANDT MD",
    ]), title="EP consult")

    gold = {"recommendation": "request_info", "policy": "NCD 20.4",
            "evidence": ["Observation/obs-ne-551", "DocumentReference/doc-0421-hf", "DocumentReference/doc-0423-add", "DocumentReference/doc-0506-ep"],
            "missing": ["optimal medical therapy|medical therapy|OMT|GDMT|guideline directed|beta blocker|medication start dates"],
            "rationale": "B4 non-ischemic DCM: LVEF 25% by echo, NYHA II, SDM with ICD decision aid (corrected by addendum), no exclusions; duration of optimal medical therapy (>= 3 months) cannot be established - start dates unknown, outside records not received; documented on regimen only since 03/02/2026."}
    k = case("bh-icd-02", "patients/ph02.json", SVC,
             [("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
             "2026-05-14", gold, note="NICM EF 25% NYHA II on GDMT. Primary prevention ICD.")
    return c, "2026-05-14 17:30", k


def build():
    return [icd01(), icd02()]
