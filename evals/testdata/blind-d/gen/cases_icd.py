"""NCD 20.4 ICD cases (bd-icd-01..03)."""
from lib import Chart, case, gold, CPT, LOINC

SVC = ("33249", CPT, "Insertion or replacement of permanent implantable defibrillator system, transvenous lead(s)")


# ---------------------------------------------------------------------------------------------------------------
def icd01():
    """Approve: B5 HCM with high-risk markers; preserved LVEF is not a barrier; AF now rate-controlled."""
    c = Chart("pd01", -5, org="Lakemont Health")
    c.patient("Vail", ["Terrence", "J"], "male", "1957-08-19", "LKM-4471902", "Cortland", "NY")
    c.condition("hocm", "I42.1", "2019-05-02", onset="2019-04-11", text="Hypertrophic obstructive cardiomyopathy (MYBPC3+)")
    c.condition("paf", "I48.0", "2024-11-10", text="Paroxysmal atrial fibrillation")
    c.condition("htn", "I10", "2015-03-02", text="Hypertension")
    c.condition("attr-suspected", "E85.82", "2025-09-30", clinical="inactive", verification="refuted",
                text="Suspected wild-type ATTR cardiac amyloidosis",
                note="Phenocopy excluded: Tc-99m PYP 10/21/2025 Perugini grade 0, H/CL 1.02; SPEP/UPEP with "
                     "immunofixation negative, free light chain ratio normal. Refuted 10/28/2025 (Cardiology).")
    c.condition("syncope-2025", "R55", "2025-08-14", clinical="resolved", abatement="2025-08-14",
                text="Syncope, unexplained (ED visit 8/14/2025)")
    c.fmh("fmh-brother", "BRO", "brother", "Sudden cardiac death while jogging; autopsy: hypertrophic cardiomyopathy",
          "2025-12-03", onset_age=49, deceased=True)
    c.obs("echo-lvot-2025-09-16", "LVOT gradient, peak (rest / Valsalva)", "2025-09-16", value=38, unit="mm[Hg]",
          local="ECHO-LVOT-PK", category="imaging", time="10:20",
          components=[c.comp("LVOT peak gradient, Valsalva", 74, "mm[Hg]", local="ECHO-LVOT-VAL")])
    c.obs("cmr-lvef-2025-10-08", "LV ejection fraction (cardiac MRI)", "2025-10-08", value=64, unit="%",
          loinc="10230-1", local="CMR-LVEF", category="imaging", method="Cardiac magnetic resonance imaging",
          time="13:05")
    c.obs("cmr-mwt-2025-10-08", "Maximal LV wall thickness, anteroseptum (CMR)", "2025-10-08", value=31, unit="mm",
          local="CMR-MWT", category="imaging", time="13:05")
    c.obs("cmr-lge-2025-10-08", "Late gadolinium enhancement, % LV mass", "2025-10-08", value=17, unit="%",
          local="CMR-LGE-PCT", category="imaging", time="13:05")
    c.obs("patch-2025-11-20", "Ambulatory ECG patch (14 d): NSVT longest run", "2025-11-20", value=9, unit="{beats}",
          local="AECG-NSVT-LONG", category="procedure", time="08:00",
          components=[c.comp("NSVT episodes (count)", 3, "{episodes}", local="AECG-NSVT-N"),
                      c.comp("NSVT maximum rate", 178, "/min", local="AECG-NSVT-RATE"),
                      c.comp("AF burden", 2, "%", local="AECG-AF-BURDEN"),
                      c.comp("Mean ventricular rate during AF", 84, "/min", local="AECG-AF-MVR")])
    c.obs("hr-2025-03-18", "Heart rate (clinic ECG)", "2025-03-18", value=138, unit="/min", loinc="8867-4",
          category="vital-signs", time="14:12", note="ECG: atrial fibrillation with rapid ventricular response")
    c.obs("ecg-hr-2026-01-07", "Heart rate (12-lead ECG)", "2026-01-07", value=62, unit="/min", loinc="8867-4",
          category="vital-signs", time="09:40", note="Sinus rhythm, LVH with repolarization abnormality. QTc 452 ms.")
    c.med("metoprolol", "6918", "metoprolol succinate ER 100 mg tablet", "2025-03-18",
          dose="100 mg by mouth once daily", validity=("2025-03-18", None), reason="HCM / AF rate control")
    c.med("apixaban", "1364430", "apixaban 5 mg tablet", "2024-11-12", dose="5 mg by mouth twice daily",
          reason="Atrial fibrillation with HCM")
    c.proc("cmr-2025-10-08", "Cardiac MRI with gadolinium", "2025-10-08", code="75561", time="12:10")
    c.sreq("icd-order", "Transvenous ICD implant, primary prevention", "2026-01-14", code="33249",
           requester="Rafael Quintanilla-Moss, MD (Cardiac Electrophysiology)", occurrence="2026-02-04")

    c.note("note-cards-2025-03-18", "Cardiology Progress Note", "2025-03-18",
           "Miriam Achterberg, MD (Cardiology)", """
CARDIOLOGY FOLLOW-UP                                  03/18/2025
Pt: VAIL, TERRENCE J   DOB 08/19/1957   MRN LKM-4471902

Reason: HCM f/u; palpitations x 2 wk

S: 67M w/ HOCM (dx 2019; septum 28 mm on TTE 2019; MYBPC3 pathogenic variant on panel 2020), pAF dx 11/2024
on apixaban, HTN. Reports racing heartbeat x 2 weeks, worse on stairs, mild DOE at 1 flight. No CP. No syncope or
presyncope. No orthopnea/PND.

O: BP 132/84  HR 138 irreg irreg  SpO2 97% RA. 3/6 SEM LLSB, louder w/ Valsalva. Lungs clear. No edema.
ECG today: AF w/ RVR ~136, LVH w/ repol abnormality.

A/P:
1. AF with RVR -- rate poorly controlled on metoprolol tartrate 25 bid. Change to metoprolol succinate 100 mg daily.
   Avoid vasodilators/dihydropyridines w/ LVOTO. Refer EP re rhythm control (ablation vs AAD).
2. Anticoagulation: HCM + AF -> anticoagulate regardless of score. Continue apixaban 5 bid.
3. HCM: due for SCD risk restratification -- order CMR w/ LGE. Ask about family hx at next visit (pt thinks a
   brother "had heart trouble").
RTC 6 wk or sooner prn. Pt verbalized understanding.
""")
    c.note("note-pcp-2025-11-12", "Annual Wellness Visit", "2025-11-12",
           "Gretchen Yoo, MD (Internal Medicine)", """
MEDICARE ANNUAL WELLNESS VISIT -- 11/12/2025

Problem list (reviewed, carried forward): HOCM; paroxysmal AF on apixaban; HTN; syncope 8/2025 (workup per
cardiology/EP); seborrheic keratoses; hx L inguinal hernia repair 2012.

Screening: PHQ-2 = 0. Mini-Cog 5/5. Falls: none in 12 mo (the 8/2025 syncope was a faint, not a trip/fall).
Colonoscopy 05/2024 -- 2 small tubular adenomas, repeat 2031. AAA screen n/a (never smoker). Low-dose CT n/a.
No personal history of cancer. Labs 10/2025: Cr 0.9, eGFR 88, Hgb 14.6, LFTs wnl, TSH 2.1.

Functional status: independent in ADLs/IADLs, still works part-time in the school district garage, walks
the dog daily. Lives with wife.

Immunizations: flu and updated COVID given today; Shingrix series complete.

Advance care planning: full code; wife is HCP; MOLST not desired at this time.

Plan: continue current meds; keep EP appointment 12/3 for "defibrillator question"; derm for SKs prn.
""")
    c.note("note-ep-2025-12-03", "Electrophysiology Consult", "2025-12-03",
           "Rafael Quintanilla-Moss, MD (Cardiac Electrophysiology)", """
ELECTROPHYSIOLOGY CONSULTATION
Date: 12/03/2025   Referring: Dr. Achterberg (Cardiology)
Reason: SCD risk stratification in HCM

HPI: 68M with obstructive HCM (MYBPC3 pathogenic variant), pAF, HTN. On 8/14/2025 he had abrupt loss of
consciousness while carrying groceries up his driveway -- no prodrome, no palpitations beforehand, down ~20 s per
wife, no incontinence, no post-ictal confusion. ED: orthostatics negative, ECG sinus, hs-troponin negative x2.
Not felt to be vasovagal or orthostatic; LVOT obstruction vs arrhythmia considered. Since March his AF has been
rate-controlled on metoprolol succinate 100 mg; no further palpitations.

Family history: brother Dale died suddenly at 49 while jogging; autopsy showed hypertrophic cardiomyopathy. Father
d. 81 "old age". Two adult children -- cascade genetic testing offered.

Data:
- TTE 9/16/2025: asymmetric septal hypertrophy, SAM, LVOT peak gradient 38 mmHg rest / 74 mmHg Valsalva.
- CMR 10/8/2025: maximal wall thickness 31 mm (anteroseptum), LVEF 64%, LGE 17% of LV mass (patchy,
  mid-wall septal), no apical aneurysm.
- 14-day patch (ended 11/20/2025): 3 runs NSVT, longest 9 beats at 178 bpm; AF burden 2% with mean ventricular
  rate 84 bpm, max 112 bpm in AF. No pauses.
- Amyloid phenocopy excluded (PYP grade 0; immunofixation negative).
- Labs: Cr 0.9. No non-cardiac life-limiting illness; independent, working part-time.

Assessment: HCM with several major sudden-death risk markers -- unexplained syncope within 6 months, first-degree
relative with SCD < 50 y attributed to HCM, maximal wall thickness >= 30 mm, extensive LGE >= 15%, NSVT.
LVEF is preserved (64%). AF is paroxysmal and now rate-controlled; hemodynamically stable, not in shock.
Not a candidate for septal reduction at this time (symptoms mild, NYHA I-II).

Recommendation: primary-prevention ICD is reasonable and I recommend it. Transvenous single-chamber system
preferred given AF (atrial lead not needed; S-ICD discussed -- acceptable alternative, but he would like the
option of ATP given NSVT).

Plan:
1. Formal shared decision-making visit with our EP nurse practitioner using the ICD decision aid before scheduling;
   wife to attend.
2. Continue metoprolol succinate 100 mg daily and apixaban.
3. Driving: no restriction for primary prevention implant beyond 1 week post-op.
""")
    c.note("note-sdm-2026-01-08", "Shared Decision-Making Note", "2026-01-08",
           "Alana Brighton, APRN, CNP (Cardiac Electrophysiology)", """
<html><body>
<h3>Shared Decision-Making Encounter &mdash; Implantable Cardioverter-Defibrillator</h3>
<p><b>Date:</b> 01/08/2026 &nbsp; <b>Patient:</b> Terrence Vail &nbsp; <b>Present:</b> patient, wife (Linda)</p>
<p><b>Indication under discussion:</b> primary prevention of sudden cardiac death in hypertrophic cardiomyopathy
(see EP consult 12/3/2025).</p>
<p><b>Decision tool used:</b> evidence-based patient decision aid for primary-prevention ICD (printed
8-page booklet, 2024 edition), reviewed page by page with the patient and his wife; 5-year SCD risk estimate from
the HCM Risk-SCD calculator (7.9%) shown alongside.</p>
<ul>
<li>Benefits discussed: reduction in risk of sudden death; what a shock is and how often it may occur.</li>
<li>Risks: procedural complications (bleeding, pneumothorax, lead dislodgement ~1-3%), device infection,
inappropriate shocks (including from AF), generator replacement every ~10-12 years, driving rules after a shock.</li>
<li>Alternatives: no ICD with continued monitoring; subcutaneous ICD.</li>
<li>Values elicited: &ldquo;I want to be around for my grandkids.&rdquo; Worried about being shocked while operating
equipment at work &mdash; addressed.</li>
</ul>
<p>Teach-back completed; questions answered. <b>Decision:</b> patient chooses a transvenous ICD. Copy of decision aid
given to patient. Today's ECG: sinus rhythm 62 bpm.</p>
<p>Total time 40 min, &gt;50% counseling.</p>
</body></html>
""", ctype="text/html", time="11:30")

    cs = case("bd-icd-01", "pd01", SVC, ["I42.1", "Z82.41"], "2026-01-21",
              gold("approve", "NCD 20.4",
                   ["Condition/hocm", "DocumentReference/note-ep-2025-12-03", "DocumentReference/note-sdm-2026-01-08",
                    "Observation/cmr-lvef-2025-10-08"],
                   "B5 (familial/genetic disorder with high risk of life-threatening tachyarrhythmia: HCM with unexplained "
                   "syncope, SCD of brother at 49, MWT 31 mm, LGE 17%, NSVT). B5 has no LVEF threshold; LVEF measured by "
                   "CMR (64%). Formal SDM with an NP using an evidence-based decision tool on 1/8/2026. Clinically stable; "
                   "AF with RVR in 3/2025 is superseded by rate control (patch mean 84, sinus on 1/7/2026). Suspected ATTR "
                   "refuted; no non-cardiac life-limiting disease."),
              note="Primary prevention ICD for HCM with high-risk features. SDM completed 1/8/26.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def icd02():
    """Refer: ischemic CM, EF 25-30%, SDM done -- but documented candidate for CABG (viable myocardium)."""
    c = Chart("pd02", -6, local_system="http://ehr.prairie-ridge.example/fhir/CodeSystem/flowsheet",
              org="Prairie Ridge Medical Center")
    c.patient("Fetters", ["Rosalind", "M"], "female", "1951-04-02", "PR-0093317", "Salina", "KS")
    c.condition("icm", "I25.5", "2024-02-14", text="Ischemic cardiomyopathy")
    c.condition("hfref", "I50.22", "2024-02-14", text="Chronic systolic heart failure")
    c.condition("old-mi", "I25.2", "2021-06-12", onset="2021-06-11", text="Old MI (inferior STEMI 6/2021, RCA DES)")
    c.condition("cad", "I25.10", "2021-06-12", text="CAD native vessel")
    c.condition("htn", "I10", "2012-08-20")
    c.condition("ckd3a", "N18.31", "2023-05-02", text="CKD stage 3a")
    c.proc("pci-2021-06-12", "PCI with drug-eluting stent, mid RCA", "2021-06-12", code="92928", time="03:40")
    c.proc("lhc-2026-01-20", "Left heart catheterization with coronary angiography", "2026-01-20", code="93458",
           time="08:15", performer="Owen Lindgren, MD (Interventional Cardiology)")
    c.obs("lvef-2024-02-14", "LV ejection fraction (TTE)", "2024-02-14", value=45, unit="%", loinc="10230-1",
          local="ECHO-LVEF", category="imaging", method="Transthoracic echocardiography")
    c.obs("lvef-2026-01-06", "LV ejection fraction (TTE)", "2026-01-06", vrange=(25, 30, "%"), loinc="10230-1",
          local="ECHO-LVEF", category="imaging", method="Transthoracic echocardiography", time="10:45",
          note="Reported as 25-30% by visual estimate; biplane Simpson's not obtainable")
    c.obs("pet-viability-2026-02-03", "Hibernating (viable) myocardium, % of LV (Rb-82/FDG PET)", "2026-02-03",
          value=22, unit="%", local="PET-HIBERN", category="imaging", time="13:00",
          note="Perfusion-metabolism mismatch in LAD and LCx territories; scar limited to inferior wall (~8%).")
    c.obs("nyha-2026-02-10", "NYHA functional class", "2026-02-10", vstr="Class II", local="HF-NYHA",
          category="exam", time="10:10")
    c.obs("cr-2026-01-20", "Creatinine", "2026-01-20", value=1.3, unit="mg/dL", loinc="2160-0", time="06:30")
    c.med("carvedilol", "20352", "carvedilol 12.5 mg tablet", "2024-02-20", dose="12.5 mg PO BID")
    c.med("arni", "1656328", "sacubitril-valsartan 49-51 mg tablet", "2024-03-15", dose="1 tab PO BID")
    c.med("spiro", "9997", "spironolactone 25 mg tablet", "2024-03-15", dose="25 mg PO daily")
    c.med("empa", "1545653", "empagliflozin 10 mg tablet", "2024-06-03", dose="10 mg PO daily")
    c.med("atorva", "83367", "atorvastatin 80 mg tablet", "2021-06-13", dose="80 mg PO nightly")
    c.appt("cts-fu-2026-03-03", "Cardiothoracic surgery follow-up: CABG decision", "2026-02-18", "2026-03-03",
           who="Ingrid Solberg, MD (Cardiothoracic Surgery)")
    c.sreq("icd-order", "ICD implant, primary prevention", "2026-02-20", code="33249",
           requester="Samuel Achebe, MD (Cardiac Electrophysiology)", occurrence="2026-03-04")

    c.note("rpt-tte-2026-01-06", "Echocardiogram Report", "2026-01-06", "Hannah Voss, MD (Cardiology - Echo)", """
TRANSTHORACIC ECHOCARDIOGRAM -- FINAL REPORT                     01/06/2026 10:45
Indication: worsening DOE, known ICM. Comparison: 02/14/2024 (LVEF 45%).

LV: mildly dilated (LVIDd 6.0 cm). Global hypokinesis with akinesis of the anterior wall, anteroseptum and apex;
inferior wall thin and akinetic (old infarct). LVEF 25-30% by visual estimate (biplane not obtainable -- foreshortened
apical views). Grade II diastolic dysfunction.
RV: normal size, mildly reduced function (TAPSE 1.6 cm).
Valves: moderate functional MR. Trace TR, RVSP 38 mmHg. AV trileaflet, no AS.
No pericardial effusion.

IMPRESSION: Interval decline in LV systolic function, LVEF now 25-30% (was 45%). New anterior/apical wall motion
abnormalities in a non-inferior distribution -- recommend ischemic evaluation.
""", loinc="34552-0", time="12:10")
    c.note("rpt-cath-2026-01-20", "Cardiac Catheterization Report", "2026-01-20",
           "Owen Lindgren, MD (Interventional Cardiology)", """
<html><body>
<h2>CARDIAC CATHETERIZATION REPORT</h2>
<p><b>Date:</b> 01/20/2026 &nbsp; <b>Access:</b> R radial 6F &nbsp; <b>Contrast:</b> 68 mL iohexol</p>
<p><b>Indication:</b> new LV dysfunction (EF 25-30%) with anterior WMA; prior RCA DES 2021.</p>
<table border="1">
<tr><th>Vessel</th><th>Findings</th></tr>
<tr><td>Left main</td><td>Distal 70% stenosis, calcified</td></tr>
<tr><td>LAD</td><td>Proximal 90% tubular stenosis; mid 60%; D1 small</td></tr>
<tr><td>LCx</td><td>OM1 80% ostial/proximal</td></tr>
<tr><td>RCA</td><td>Mid-RCA stent widely patent (20% in-stent narrowing); dominant</td></tr>
</table>
<p><b>Hemodynamics:</b> Ao 118/64, LVEDP 22 mmHg.</p>
<p><b>Impression:</b> Severe distal left main and two-vessel CAD (LM/LAD/OM1), new since 2021. Anatomy not favorable
for PCI (distal LM bifurcation with heavy calcium). <b>Recommend cardiothoracic surgery evaluation for CABG</b> and
viability assessment (PET) to guide revascularization. No intervention performed today.</p>
</body></html>
""", ctype="text/html", loinc="18745-0", time="11:20")
    c.note("note-sdm-2026-02-10", "Shared Decision-Making Note", "2026-02-10",
           "Corinne Maddox, PA-C (Heart Failure Clinic)", """
HEART FAILURE CLINIC -- SDM VISIT (ICD)                            02/10/2026
74F, ICM, LVEF 25-30% (TTE 1/6/26), NYHA II (walks 2 blocks then rests; no rest symptoms). MI 2021. On GDMT:
carvedilol, sacubitril-valsartan, spironolactone, empagliflozin (all > 18 months).

Shared decision making for primary-prevention ICD performed today using an evidence-based ICD decision aid
(printed option grid, primary prevention, 2023 version). Reviewed: annual risk of sudden death with EF <= 35%,
expected benefit, implant risks, infection, inappropriate shocks, battery changes, deactivation at end of life.
Alternatives: medical therapy alone; wearable defibrillator as bridge.
Patient values: independence, avoid repeated hospital stays. She asked whether "the heart surgery" would change
things -- explained that this is for surgery team/EP to coordinate.
Patient leaning toward ICD. Teach-back done. 30 min.
""", time="10:40")
    c.note("note-cts-2026-02-18", "Cardiothoracic Surgery Consult", "2026-02-18",
           "Ingrid Solberg, MD (Cardiothoracic Surgery)", """
CARDIOTHORACIC SURGERY CONSULTATION                                     02/18/2026
Requesting: Dr. Lindgren (Interventional Cardiology)
Reason: multivessel CAD incl. left main; ? CABG

HPI: Mrs. Fetters is a 74-year-old retired school librarian with hypertension, CKD 3a, and an inferior STEMI in
June 2021 treated with a mid-RCA drug-eluting stent. She did well until last fall, when she noticed exertional
dyspnea and chest "pressure" walking uphill to church, relieved by rest within a few minutes. Echo 1/6/2026 showed a
new decline in LVEF to 25-30% with anterior and apical akinesis. Catheterization on 1/20/2026 demonstrated distal
left main 70%, proximal LAD 90%, and OM1 80% disease; the RCA stent is patent. She has had no rest angina and no
hospitalizations. She lives alone, drives, and manages her own medications; her daughter lives nearby.

PMH: as above; no prior sternotomy; no stroke; no COPD. PSH: cholecystectomy 1998. Meds: carvedilol,
sacubitril-valsartan, spironolactone, empagliflozin, atorvastatin 80, aspirin 81. Allergies: sulfa (rash).
Social: never smoker; no alcohol. Widowed 2019; daughter (RN) is her health care proxy. Independent in ADLs and
IADLs; gardens; walks 15-20 minutes most days when weather allows.
ROS: positive for exertional dyspnea and chest pressure as above; mild ankle swelling by evening. Negative for
syncope, presyncope, palpitations, orthopnea, PND, claudication, TIA symptoms, melena, or recent infection.
Dental: full dentures; no active dental issues.
Exam: BP 124/70, HR 64, BMI 27. Sternum intact. Lungs clear. No JVD. Trace ankle edema. Radial access site
healed. Palpable DP/PT bilaterally; vein mapping pending.

Data: Rb-82/FDG PET 2/3/2026 -- perfusion-metabolism mismatch (hibernating myocardium) involving the LAD and
circumflex territories, about 22% of the LV, with only a small fixed inferior scar. In my reading of the images with
Dr. Park, the anterior and lateral walls are predominantly viable, so there is a reasonable expectation of
functional recovery after revascularization.
STS PROM for isolated CABG 2.9%; morbidity/mortality 14%. Cr 1.3. Carotid duplex: < 50% bilaterally.

Assessment and recommendation: She has symptomatic distal left main and two-vessel coronary disease with
substantial viable myocardium. She is an acceptable surgical candidate, and I have recommended surgical
revascularization with CABG x3 (LIMA-LAD, SVG-OM1, SVG-diagonal if suitable). We discussed risks including
stroke, bleeding, renal injury, prolonged ventilation, and a 4-6 week recovery. She would like time to discuss the
operation with her daughter and will let us know at her follow-up visit on 3/3. If she declines surgery we would
ask interventional cardiology to reconsider high-risk PCI.

Regarding the defibrillator question raised by the EP team: timing of any ICD is deferred to EP/cardiology; of
note, LV function may improve after revascularization.

Preop if she proceeds: vein mapping, PFTs, type and screen, carotid duplex reviewed (done), HbA1c, MRSA screen,
preop education class. Hold empagliflozin 3 days and spironolactone the morning before surgery. Continue
atorvastatin and aspirin. I will see her with her daughter on 3/3; if she elects surgery we will book the first
available OR date. Total time 70 minutes, more than half in counseling and coordination.
""", loinc="11488-4", time="15:50")
    c.note("note-ep-2026-02-20", "Electrophysiology Consult", "2026-02-20",
           "Samuel Achebe, MD (Cardiac Electrophysiology)", """
EP CONSULT -- primary prevention ICD                                02/20/2026
74F ICM, prior inferior MI 2021 (> 40 days), last PCI 06/2021 (> 3 months), LVEF 25-30% (TTE 1/6/26),
NYHA II, on GDMT > 3 months. QRS 104 ms, no LBBB -> no CRT indication. Not in shock, euvolemic.
SDM completed 2/10/26 with HF PA using decision aid.

A: Meets CMS criteria for primary prevention ICD (prior MI with EF <= 30%; ischemic CM EF <= 35% NYHA II).
P: Single-chamber ICD, tentatively 3/4/2026. Hold empagliflozin morning of procedure. Continue apixaban? -- n/a,
not anticoagulated; continue aspirin. CT surgery has seen her re: CABG; pt undecided.
""", loinc="11488-4", time="09:30")

    cs = case("bd-icd-02", "pd02", SVC, ["I25.5", "I50.22", "I25.2"], "2026-02-25",
              gold("refer", "NCD 20.4",
                   ["DocumentReference/note-cts-2026-02-18", "DocumentReference/rpt-cath-2026-01-20",
                    "Observation/pet-viability-2026-02-03"],
                   "B2/B3 would otherwise fit (prior MI 2021, LVEF 25-30% <= 0.30 by TTE, NYHA II, SDM with decision aid "
                   "by a PA, MI > 40 days and PCI > 3 months ago), but B2 and B3 exclude patients with clinical symptoms "
                   "and findings that make them a candidate for coronary revascularization: new LM/LAD/OM1 disease on the "
                   "1/20/2026 cath, viable myocardium on PET, and a CT surgeon who recommended CABG on 2/18/2026 (decision "
                   "pending). The EP note only asserts that criteria are met. Physician review."),
              note="Primary prevention ICD. Ischemic CM, EF 25-30%, NYHA II, SDM done. Meets CMS criteria.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def icd03():
    """Request info: EF 30%, NYHA II, SDM done; etiology undetermined (CCTA pending) decides B3 vs B4 (OMT 2 mo)."""
    c = Chart("pd03", -7, local_system="http://fhir.frontrange-health.example/CodeSystem/obs-local",
              org="Front Range Health")
    c.patient("Lindqvist", ["Howard", "E"], "male", "1959-10-30", "FRH-20558841", "Greeley", "CO")
    c.enc("adm-2026-01-25", "IMP", "Inpatient admission - acute decompensated heart failure", "2026-01-25",
          "2026-01-29", reason="New-onset HF, volume overload", stime="21:40", etime="13:15",
          disposition="Home")
    c.condition("cm-unsp", "I42.9", "2026-01-26", text="Cardiomyopathy, etiology under evaluation")
    c.condition("icm-prov", "I25.5", "2026-01-27", verification="provisional",
                text="Ischemic cardiomyopathy (presumed)",
                note="Entered by hospitalist: 'presumed ischemic given DM/tobacco; ischemic eval deferred for AKI'")
    c.condition("nstemi-ro", "I21.4", "2026-01-25", clinical="inactive", verification="refuted",
                text="NSTEMI - ruled out",
                note="hs-TnI 88 -> 104 -> 97 ng/L, flat; type 2 myocardial injury in ADHF. Not an MI (cardiology 1/27).")
    c.condition("hf", "I50.22", "2026-03-24", text="Chronic systolic heart failure (HFrEF)")
    c.condition("t2dm", "E11.9", "2016-04-11", text="Type 2 diabetes mellitus")
    c.condition("tob", "F17.210", "2016-04-11", text="Nicotine dependence, cigarettes (quit 01/2026)")
    c.condition("aki", "N17.9", "2026-01-27", clinical="resolved", abatement="2026-02-09", text="AKI (cardiorenal)")
    c.obs("lvef-2026-01-26", "LV ejection fraction (TTE)", "2026-01-26", value=25, unit="%", loinc="10230-1",
          local="LVEF-ECHO", category="imaging", method="Transthoracic echocardiography", time="11:05")
    c.obs("cr-2026-01-27", "Creatinine", "2026-01-27", value=2.1, unit="mg/dL", loinc="2160-0", time="05:10")
    c.obs("cr-2026-03-18", "Creatinine", "2026-03-18", value=1.1, unit="mg/dL", loinc="2160-0", time="08:00")
    c.obs("lvef-2026-03-18", "LV ejection fraction (TTE)", "2026-03-18", value=30, unit="%", loinc="10230-1",
          local="LVEF-ECHO", category="imaging", method="Transthoracic echocardiography, biplane Simpson", time="09:35")
    c.obs("nyha-2026-03-24", "NYHA functional class", "2026-03-24", vstr="II", local="NYHA-CLASS", category="exam",
          time="14:00")
    c.med("carvedilol", "20352", "carvedilol 6.25 mg tablet", "2026-01-28", dose="6.25 mg PO BID",
          validity=("2026-01-28", None))
    c.med("arni", "1656328", "sacubitril-valsartan 24-26 mg tablet", "2026-02-12", dose="1 tab PO BID",
          validity=("2026-02-12", None), note="Started after AKI resolved")
    c.med("spiro", "9997", "spironolactone 12.5 mg", "2026-02-12", dose="12.5 mg PO daily")
    c.med("dapa", "1488564", "dapagliflozin 10 mg tablet", "2026-02-26", dose="10 mg PO daily")
    c.med("furosemide", "4603", "furosemide 40 mg tablet", "2026-01-29", dose="40 mg PO daily")
    c.sreq("ccta-order", "Coronary CT angiography - ischemic evaluation of new cardiomyopathy", "2026-02-10",
           code="75574", requester="Beatriz Olvera, MD (Cardiology - Heart Failure)", occurrence="2026-04-07",
           reason="Cardiomyopathy, etiology undetermined")
    c.appt("appt-ccta-2026-04-07", "Coronary CTA (cardiac CT suite)", "2026-02-10", "2026-04-07", stime="07:30")
    c.sreq("icd-order", "ICD implant, primary prevention", "2026-03-26", code="33249",
           requester="Tomasz Wrona, MD (Cardiac Electrophysiology)")
    # after the request date (must be ignored)
    c.obs("ccta-2026-04-07", "Coronary CTA CAD-RADS category", "2026-04-07", vstr="CAD-RADS 1 (minimal, <25%)",
          local="CCTA-CADRADS", category="imaging", time="07:55")

    c.note("note-dc-2026-01-29", "Discharge Summary", "2026-01-29", "Kelsey Brandt, MD (Hospital Medicine)", """
DISCHARGE SUMMARY
Admit 01/25/2026  Discharge 01/29/2026  Attending: K. Brandt, MD

Dx: New-onset acute decompensated HFrEF; cardiomyopathy, etiology TBD; AKI (cardiorenal) -- Cr peak 2.1;
type 2 myocardial injury (NSTEMI ruled out -- troponin flat, no ischemic ECG changes); T2DM; tobacco use.

Course: 66M smoker with DM presented with 3 wk progressive DOE, orthopnea, 18 lb weight gain. BNP 2,410. TTE
1/26: LVEF 25%, global hypokinesis, no regional WMA, LVIDd 6.4 cm. Diuresed 7.2 kg with IV furosemide. Cardiology
consulted: cardiomyopathy presumed ischemic given risk factors; coronary evaluation deferred while Cr elevated --
to be done as outpatient (CCTA vs cath once Cr < 1.5). Carvedilol started 1/28. ARNI/MRA held for AKI; to start
at HF clinic once renal function recovers.

Discharge meds: carvedilol 6.25 bid, furosemide 40 daily, metformin held until Cr rechecked, atorvastatin 40.
Follow-up: HF clinic 2 wk; labs 1 wk; outpatient ischemic evaluation.
""", loinc="18842-5", enc="adm-2026-01-25", time="13:00")
    c.note("note-hf-2026-03-24", "Heart Failure Clinic Note", "2026-03-24",
           "Beatriz Olvera, MD (Cardiology - Heart Failure)", """
HF CLINIC F/U                                                          03/24/2026
66M, new HFrEF dx 1/2026. Feeling better. Walks ~3 blocks before needing to slow down; climbs 1 flight with
mild SOB; no orthopnea since discharge. Weight stable at 212 lb. Quit smoking 1/25.
NYHA II.

GDMT timeline: carvedilol since 1/28 (now 6.25 bid, HR 58 -- no further uptitration); sacubitril-valsartan and
spironolactone since 2/12 after Cr normalized; dapagliflozin since 2/26. Cr 1.1, K 4.6 (3/18).

Repeat TTE 3/18: LVEF 30% (biplane), LVIDd 6.2 cm, no regional WMA, mild MR.

Etiology: still not established. CCTA ordered 2/10 -- first available 4/7. Problem list has "ischemic CM" from the
admission, but that was presumptive. If CCTA shows obstructive CAD -> cath. If non-ischemic -> continue GDMT
optimization and reassess EF at 3+ months of therapy.

Plan: continue GDMT; EP referral (pt asked about "the defibrillator" after reading online); CCTA 4/7; BMP 2 wk.
""", loinc="11506-3", time="15:10")
    c.note("note-ep-2026-03-26", "Electrophysiology Consult", "2026-03-26",
           "Tomasz Wrona, MD (Cardiac Electrophysiology)", """
EP CONSULT                                                               03/26/2026
Referral: primary prevention ICD evaluation.
66M, HFrEF dx 1/2026, LVEF 25% -> 30% on repeat TTE 3/18 despite GDMT; NYHA II. Etiology presumed ischemic
(DM, 40 pk-yr smoking) -- CCTA pending. No syncope, no sustained VT. QRS 112 ms, IVCD (not LBBB). No prior MI
(troponin leak in Jan was type 2 injury, NSTEMI ruled out). No revascularization history. Clinically stable.

SDM: performed today by me with the patient and his son using the evidence-based ICD decision aid (primary
prevention booklet); reviewed benefits, risks, alternatives incl. waiting for EF recovery and a wearable
defibrillator. He prefers to proceed with an ICD.

Impression: persistent LVEF <= 35%, NYHA II; ischemic cardiomyopathy presumed. Will submit for single-chamber ICD.
If the cardiomyopathy turns out to be non-ischemic we will need to revisit timing relative to GDMT duration.
""", loinc="11488-4", time="10:20")
    # after the request date (must be ignored)
    c.note("rpt-ccta-2026-04-07", "CT Coronary Angiography Report", "2026-04-07",
           "Lionel Sato, MD (Cardiac Imaging)", """
CORONARY CT ANGIOGRAPHY -- 04/07/2026
Indication: new cardiomyopathy (LVEF 25-30%), ischemic evaluation. Cr 1.0 today.
Technique: prospective ECG-gated 320-detector CT; metoprolol 50 mg PO and SL nitroglycerin 0.8 mg given; HR 58;
75 mL iopamidol. Image quality good.
Calcium score: Agatston 14 (LAD 14), 38th percentile for age/sex.
Coronary arteries (right dominant):
- LM: normal.
- LAD: minimal non-calcified plaque proximal LAD, < 25%. Diagonals normal.
- LCx/OM: normal.
- RCA/PDA: normal.
Non-coronary: LV dilated (LVEDD 6.1 cm); no LV thrombus; no myocardial thinning or subendocardial fat to suggest
prior infarction. LA mildly enlarged. Small bilateral pleural effusions resolved compared with 1/2026 CXR.
IMPRESSION: CAD-RADS 1. No obstructive coronary artery disease. Findings do not support an ischemic etiology of the
cardiomyopathy.
""", loinc="18747-6", time="10:40")
    c.note("note-hf-2026-04-10", "Heart Failure Clinic Note", "2026-04-10",
           "Beatriz Olvera, MD (Cardiology - Heart Failure)", """
HF CLINIC -- phone f/u 04/10/2026
Called pt with CCTA result (4/7): calcium score 14, CAD-RADS 1, no obstructive CAD -> this is a non-ischemic
dilated cardiomyopathy. Discussed with Dr. Wrona (EP): for non-ischemic DCM, CMS and guidelines expect at least
3 months of optimized GDMT before a primary-prevention ICD decision; we will continue GDMT optimization (uptitrate
sacubitril-valsartan to 49-51 bid if BP allows; carvedilol limited by HR 58), and repeat TTE after >= 3 months of
full GDMT (late June/July). Cardiac MRI ordered for LGE/etiology (myocarditis, infiltrative). Pt agreeable; ICD
authorization request to be withdrawn for now.
Updated problem list: ischemic CM removed; non-ischemic DCM added. BMP next week.
""", time="16:05")

    cs = case("bd-icd-03", "pd03", SVC, ["I42.9", "I50.22"], "2026-03-31",
              gold("request_info", "NCD 20.4",
                   ["Observation/lvef-2026-03-18", "Observation/nyha-2026-03-24",
                    "DocumentReference/note-ep-2026-03-26", "ServiceRequest/ccta-order"],
                   "Primary prevention, no sustained VT/VF, no prior MI (NSTEMI refuted), so B2 does not apply. LVEF 30% "
                   "by TTE, NYHA II, SDM with decision tool by EP physician are documented. Branch depends on etiology: "
                   "ischemic DCM (B3, no OMT duration) vs non-ischemic DCM (B4, needs >= 3 months OMT; GDMT began "
                   "1/28/2026, about 2 months before the request). Etiology is only presumed (provisional Condition); the "
                   "ischemic evaluation (CCTA) was ordered and is pending 4/7/2026. The CCTA result and 4/10 note are "
                   "after the request date and do not exist for the case. Ask for the ischemic evaluation.",
                   missing=["ischemic evaluation|ischemic workup|ischemic work-up|coronary angiography|coronary angiogram|"
                            "catheterization|coronary CTA|CT angiography|CCTA|etiology|ischemic"]),
              note="Primary prevention ICD, ischemic cardiomyopathy, EF 30%, NYHA II, SDM done 3/26.")
    return c, cs


CASES = [icd01, icd02, icd03]
