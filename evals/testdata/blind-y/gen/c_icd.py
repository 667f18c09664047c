"""NCD 20.4 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, qty
from common import NOTE, rx, icd, case, svc_cpt
from pdflib import make_pdf, paginate

POLICY = "NCD 20.4"


def icd01():
    c = Chart("northlake", "y01", "2026-02-10T16:02:11-06:00")
    S = c.site
    c.patient("y01", "Whitcombe", ["Dennis", "Arlo"], "male", "1954-08-19", "NL0048812",
              extra_ids=[("https://fhir.northlake-health.example/id/legacy-mrn", "CV-771203", "Legacy MRN")],
              address={"city": "Grafton", "state": "WI", "postalCode": "53024"})
    c.organization("org-nl", "Northlake Health")
    c.organization("org-lakeshore", "Lakeshore Heart Institute", "Outside facility")
    c.practitioner("pr-hale", "Hale", ["Miriam"], "MD", "Cardiology - Advanced Heart Failure")
    c.practitioner("pr-osei", "Osei", ["Kwame"], "MD", "Clinical Cardiac Electrophysiology")
    c.practitioner("pr-lindqvist", "Lindqvist", ["Anna"], "APNP", "Nurse Practitioner, Cardiology")
    c.practitioner("pr-yamamoto", "Yamamoto", ["Brett"], "RDCS", "Sonographer")
    c.practitioner("pr-raman", "Raman", ["Priya"], "MD", "Cardiology - Echocardiography")
    c.practitioner("pr-brandt", "Brandt", ["Thomas"], "MD", "Cardiothoracic Surgery")
    c.practitioner("pr-ferraro", "Ferraro", ["Lucia"], "MD", "Emergency Medicine")

    c.condition("cond-old-mi", [icd("I25.2", "Old myocardial infarction"), (ICD9, "412", "Old myocardial infarction")],
                "History of anterior STEMI s/p PCI LAD (2019)", recorded="2020-01-10", onset="2019-06-03")
    c.condition("cond-icm", [icd("I25.5", "Ischemic cardiomyopathy")], "Ischemic cardiomyopathy",
                recorded="2025-09-24", asserter="Practitioner/pr-hale")
    c.condition("cond-hfref", [icd("I50.22", "Chronic systolic (congestive) heart failure"),
                               (SNOMED, "84114007", "Heart failure"), (ICD9, "428.22", "Chronic systolic heart failure")],
                "HFrEF", recorded="2025-09-24", onset="2025-09-20")
    c.condition("cond-cad", [icd("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")],
                "CAD, 3-vessel", recorded="2025-11-18")
    c.condition("cond-htn", [icd("I10", "Essential (primary) hypertension"), (SNOMED, "38341003", "Hypertensive disorder")],
                "Hypertension", recorded="2016-03-02")
    c.condition("cond-ckd", [icd("N18.31", "Chronic kidney disease, stage 3a")], "CKD stage 3a", recorded="2025-09-24")
    c.condition("cond-chestpain", [icd("R07.9", "Chest pain, unspecified")], "Chest pain", recorded="2026-01-08",
                clinical="resolved", abatement="2026-01-08", category="encounter-diagnosis",
                encounter="Encounter/enc-ed-0108")

    c.encounter("enc-adm-0920", "2025-09-20T22:41:00-05:00", "2025-09-24T13:10:00-05:00", "IMP",
                "Inpatient Admission", "Practitioner/pr-hale", reason="Acute on chronic systolic heart failure", org="Organization/org-nl")
    c.encounter("enc-echo-1204", "2025-12-04T08:00:00-06:00", "2025-12-04T09:05:00-06:00", "AMB", "Echo Lab",
                "Practitioner/pr-yamamoto", org="Organization/org-nl")
    c.encounter("enc-ct-1202", "2025-12-02T13:30:00-06:00", None, "AMB", "New Patient Consult",
                "Practitioner/pr-brandt", org="Organization/org-nl", status="finished")
    c.encounter("enc-ed-0108", "2026-01-08T19:12:00-06:00", "2026-01-09T01:40:00-06:00", "EMER", "ED Visit",
                "Practitioner/pr-ferraro", reason="Chest pain", org="Organization/org-nl")
    c.encounter("enc-card-0115", "2026-01-15T10:20:00-06:00", None, "AMB", "Return Patient Visit", "Practitioner/pr-hale",
                org="Organization/org-nl")
    c.encounter("enc-ep-0122", "2026-01-22T14:00:00-06:00", None, "AMB", "New Patient Consult", "Practitioner/pr-osei",
                org="Organization/org-nl")
    c.encounter("enc-sdm-0129", "2026-01-29T09:40:00-06:00", None, "AMB", "Shared Decision Making Visit",
                "Practitioner/pr-lindqvist", org="Organization/org-nl")

    # --- echo 2025-09 (inpatient)
    c.obs("lvef-2025-09-22", [(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LV ejection fraction",
          "2025-09-22T11:05:00-05:00", ("q", 30, "%", "%"), category="imaging", encounter="Encounter/enc-adm-0920",
          performer="Practitioner/pr-raman", method="2D echo, visual estimate")
    # --- echo 2025-12-04: preliminary sonographer value, amended after physician over-read, and an
    # entered-in-error value that belonged to another patient
    c.obs("lvef-2025-12-04-prelim", [(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF (prelim)",
          "2025-12-04T08:47:00-06:00", ("q", 38, "%", "%"), status="preliminary", category="imaging",
          performer="Practitioner/pr-yamamoto", encounter="Encounter/enc-echo-1204", issued="2025-12-04T09:02:00-06:00",
          identifier="ECH25-120488-EF", method="Sonographer preliminary measurement")
    c.obs("lvef-2025-12-04-amended", [(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF",
          "2025-12-04T08:47:00-06:00", ("q", 32, "%", "%"), status="amended", category="imaging",
          performer="Practitioner/pr-raman", encounter="Encounter/enc-echo-1204", issued="2025-12-05T15:31:00-06:00",
          identifier="ECH25-120488-EF", method="Biplane method of disks (Simpson)",
          note="AMENDED 12/05/2025 after physician over-read: LVEF 32% (biplane). Preliminary value of 38% superseded.")
    c.obs("lvef-2025-12-04-eie", [(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF",
          "2025-12-04T10:15:00-06:00", ("q", 55, "%", "%"), status="entered-in-error", category="imaging",
          issued="2025-12-04T10:40:00-06:00", identifier="ECH25-120502-EF",
          note="Result filed to wrong patient. Removed 12/04/2025 16:12 by HIM (ticket 44819).")
    c.obs("lvidd-2025-12-04", [(S["flow"], "ECHO-LVIDD", "LV internal dimension diastole")], "LVIDd",
          "2025-12-04T08:47:00-06:00", ("q", 64, "mm", "mm"), category="imaging", encounter="Encounter/enc-echo-1204")
    echo_txt = """TRANSTHORACIC ECHOCARDIOGRAM - FINAL (AMENDED)
Northlake Health Echo Lab           Study date: 12/04/2025
Patient: WHITCOMBE, DENNIS A      MRN NL0048812      DOB 08/19/1954
Indication: Ischemic cardiomyopathy, reassessment of LV function on GDMT
Sonographer: B. Yamamoto, RDCS     Reading physician: P. Raman, MD

FINDINGS
Left ventricle: Moderately dilated (LVIDd 6.4 cm). Akinesis of the mid-distal anterior wall,
anteroseptum and apex; severe hypokinesis of the inferior wall. LVEF 32% by biplane Simpson.
Right ventricle: normal size, low-normal function (TAPSE 17 mm).
Valves: mild functional MR. No AS.
No pericardial effusion.

IMPRESSION
1. Dilated LV with regional wall motion abnormalities in a coronary distribution.
   LVEF 32% (biplane). [Amended 12/05/2025: preliminary worksheet value 38% replaced after over-read.]
2. Mild functional mitral regurgitation.
Compared with 09/22/2025 (LVEF ~30%): no meaningful change.
"""
    c.report("rpt-echo-1204", [(LOINC, "18748-4", "Diagnostic imaging study")], "Echocardiogram complete TTE",
             "2025-12-04T08:47:00-06:00", status="amended", results=["Observation/lvef-2025-12-04-amended",
                                                                     "Observation/lvidd-2025-12-04"],
             conclusion="LVEF 32% (biplane). Dilated LV, coronary-distribution WMA.", performer="Practitioner/pr-raman",
             issued="2025-12-05T15:31:00-06:00", category="CUS", presented=("text/plain", echo_txt),
             encounter="Encounter/enc-echo-1204")

    # --- outside cath (scanned, OCR)
    cath = """LAKESHORE HEART INSTITUTE          FAX 414-555-0199        11/20/2025 08:14   P.002/003
CARDIAC CATHETERIZATION REPORT
Patient: WHITCOMBE, DENNIS      DOB: 08/19/1954      Acct: LH-2291044
Date of procedure: 11/18/2025        Operator: J. Ng, MD, FACC
Indication: lschemic cardiomyopathy, LVEF 30%, evaluate for revascularization
Procedure: Left heart catheterization, selective coronary angiography. Right radial approach.

FINDINGS
LM: mild luminal irregularities.
LAD: patent mid-LAD stent (2019) with mild ISR. Diffuse disease of distal LAD, vessel
     2.0 mm or less, diffusely diseased to apex.
LCx: 70-80% diffuse disease of OM1 and OM2, small caliber vessels (<2.0 mm).
RCA: chronic total occlusion of mid RCA with faint left-to-right collaterals; distal
     PDA small and diffusely diseased.
LVEDP 18 mmHg.

IMPRESSION
Diffuse severe three-vessel CAD with poor distal targets. No focal lesion amenable to
PCI. Case reviewed with CT surgery (Dr. T. Brandt, Northlake) - poor surgical targets.
RECOMMENDATION: continue maximal medical therapy. Not a candidate for revascularization
at this time. Consider primary prevention ICD per HF team.

Electronically signed: J Ng MD 11/18/2025 17:52
**** scanned by HIM 11/21/2025 - 3 pages received, page 1 fax cover not retained ****"""
    c.doc("doc-cath-lakeshore", "2025-11-18T17:52:00-06:00", NOTE["scan"][0], "Outside Records - Cardiac Cath",
          make_pdf(paginate(cath), title="Outside cath report"), "application/pdf",
          custodian="Organization/org-lakeshore", description="Outside cath report (scanned, OCR)", category="clinical-note")
    c.proc("proc-cath-1118", [("http://www.ama-assn.org/go/cpt", "93458", "Left heart catheterization with coronary angiography")],
           "LHC / coronary angiography (outside - Lakeshore)", "2025-11-18T10:30:00-06:00",
           note="Outside procedure, abstracted from scanned report.", reports=None)
    c.proc("proc-pci-2019", [], "PCI with DES to mid LAD (outside hospital)", "2019-06-03T04:10:00-05:00",
           note="Historical - patient reported; confirmed on 11/2025 cath (patent LAD stent).")

    ct = """CARDIOTHORACIC SURGERY CONSULT
Date of service: 12/02/2025      Requesting: M. Hale, MD
Reason: evaluate for surgical revascularization

71 y/o man with ischemic cardiomyopathy (EF ~30%), prior anterior STEMI with LAD stent 2019, HF
admission 9/2025. Cath at Lakeshore 11/18/2025 reviewed personally with Dr. Ng: diffuse 3-vessel
disease, distal LAD and OM branches diffusely diseased and small (<1.5-2.0 mm), RCA CTO with
poor distal PDA.

Exam: comfortable, JVP not elevated, lungs clear, no edema.

Assessment/Plan:
Not a candidate for CABG - no adequate distal targets and surgical risk not justified for
expected benefit. Agree with medical therapy and HF team evaluation for primary prevention ICD.
No further CT surgery follow-up needed.
T. Brandt, MD"""
    c.doc("doc-ctsurg-1202", "2025-12-02T15:10:00-06:00", NOTE["consult"][0], NOTE["consult"][1], ct,
          author="Practitioner/pr-brandt", encounter="Encounter/enc-ct-1202")

    # --- ED 2026-01-08: ACS ruled out
    for i, (t, v) in enumerate([("2026-01-08T19:40:00-06:00", 14), ("2026-01-08T22:45:00-06:00", 15)]):
        c.obs("trop-2026-01-08-%d" % (i + 1), [(S["lab"], "HSTNT", "Troponin T, high sensitivity")],
              "hs-Troponin T", t, ("q", v, "ng/L", "ng/L"), encounter="Encounter/enc-ed-0108",
              ref_range="<=19 ng/L (male)")
    ed = """ED PROVIDER NOTE  01/08/2026
CC: chest pressure
71M hx ICM (EF 32%), CAD s/p LAD PCI 2019, HFrEF. Had 10 min of left chest pressure while shoveling
snow, resolved with rest before arrival. ECG sinus, old anterior Q waves, no acute ST changes
(unchanged from 12/2025). hs-TnT 14 -> 15 ng/L (0/3h), below 99th percentile, delta not significant.
MDM: ACS ruled out by serial troponin. Likely demand/exertional in setting of known diffuse CAD, no
change from baseline. Discussed with cardiology on call, no inpatient work-up needed.
Dispo: home, f/u Dr. Hale next week as scheduled.
L. Ferraro, MD"""
    c.doc("doc-ed-0108", "2026-01-09T01:32:00-06:00", [(S["notetype"], "ED-PROV", "ED Provider Note")], "ED Provider Notes",
          ed, author="Practitioner/pr-ferraro", encounter="Encounter/enc-ed-0108")

    # --- cardiology 01-15
    c.obs("nyha-2025-09-24", [(S["flow"], "HF-NYHA", "NYHA functional class")], "NYHA class",
          "2025-09-24T10:00:00-05:00", ("cc", [(S["flow"], "NYHA-3", "Class III")], "III"), category="survey",
          encounter="Encounter/enc-adm-0920")
    c.obs("nyha-2026-01-15", [(S["flow"], "HF-NYHA", "NYHA functional class")], "NYHA class",
          "2026-01-15T10:32:00-06:00", ("cc", [(S["flow"], "NYHA-2", "Class II")], "Class II"), category="survey",
          encounter="Encounter/enc-card-0115", performer="Practitioner/pr-hale")
    c.obs("bp-2026-01-15", [(LOINC, "85354-9", "Blood pressure panel with all children optional")], "BP",
          "2026-01-15T10:25:00-06:00", category="vital-signs", encounter="Encounter/enc-card-0115",
          components=[([(LOINC, "8480-6", "Systolic blood pressure")], None, ("q", 108, "mmHg", "mm[Hg]")),
                      ([(LOINC, "8462-4", "Diastolic blood pressure")], None, ("q", 66, "mmHg", "mm[Hg]"))])
    c.obs("ntbnp-2026-01-15", [(LOINC, "33762-6", "NT-proBNP")], "NT-proBNP", "2026-01-15T09:50:00-06:00",
          ("q", 1840, "pg/mL", "pg/mL"), identifier="L26-0115-3391", interp="H")
    c.obs("ntbnp-2026-01-15-r", [(LOINC, "33762-6", "NT-proBNP")], "NT-proBNP", "2026-01-15T09:50:00-06:00",
          ("q", 1840, "pg/mL", "pg/mL"), identifier="L26-0115-3391", interp="H",
          note="Result re-transmitted by interface 01/16/2026 02:00 (no change).")
    c.obs("ecg-2026-01-15", [(LOINC, "11524-6", "EKG study")], "12-lead ECG", "2026-01-15T10:28:00-06:00",
          ("s", "Sinus rhythm 64 bpm. Old anterior infarct. QRS 118 ms. No AF."), category="procedure",
          encounter="Encounter/enc-card-0115",
          components=[([(LOINC, "8867-4", "Heart rate")], None, ("q", 64, "/min", "/min")),
                      ([(S["flow"], "ECG-QRSD", "QRS duration")], "QRS duration", ("q", 118, "ms", "ms"))])
    card = """HEART FAILURE CLINIC - RETURN VISIT                         01/15/2026
Provider: Miriam Hale, MD

S: Seen after ED visit 1/8 (ACS ruled out). Walks ~2 blocks before stopping for breath, comfortable
at rest, sleeps on 1 pillow. No orthopnea/PND. No syncope or presyncope. Weight stable.
Tolerating GDMT: carvedilol 12.5 bid, sacubitril-valsartan 49/51 bid, spironolactone 25, empagliflozin 10.

O: BP 108/66, HR 64. JVP 7 cm. Lungs clear. No edema.
Echo 12/04/2025 (amended final): LVEF 32% biplane, dilated LV. NT-proBNP 1840.
Cath 11/2025 (Lakeshore): diffuse 3VD, no PCI targets; CT surgery 12/2 - not a CABG candidate.

A/P:
1. Ischemic dilated cardiomyopathy, HFrEF, NYHA class II. EF persistently <=35% despite >3 months
   of GDMT, no revascularization option. No history of sustained VT/VF or arrest.
   -> Refer to EP (Dr. Osei) for primary prevention ICD discussion.
2. CAD - continue ASA/statin. Chest pain 1/8 exertional, stable pattern.
3. CKD 3a - Cr 1.38, K 4.6 - stable on MRA.
Return 3 months."""
    c.doc("doc-card-0115", "2026-01-15T11:48:00-06:00", NOTE["progress"][0], NOTE["progress"][1], card,
          author="Practitioner/pr-hale", encounter="Encounter/enc-card-0115")

    ep = """ELECTROPHYSIOLOGY CONSULTATION
Date: 01/22/2026     Consultant: Kwame Osei, MD     Referred by: Miriam Hale, MD

HPI: 71 y/o M, ischemic CM after anterior STEMI 2019 (PCI LAD), EF 30% (9/2025) and 32% (12/2025,
biplane) on GDMT since 9/2025. NYHA II. No syncope. Never had ICD shock/arrest, no documented
sustained VT. Holter 12/2025: sinus, 3 runs of NSVT (longest 6 beats), PVC burden 4%.
Last MI 2019; last PCI 2019; no CABG. Cath 11/2025: no revascularization options (CT surgery agrees).
No AF. Stable as outpatient; no malignancy, no neuro deficits. CKD 3a only.

Impression: Primary prevention ICD indicated - ischemic dilated CM, NYHA II, LVEF 32% (echo),
no recent MI/revascularization, not a revascularization candidate.
Plan: single-chamber transvenous ICD (no pacing indication; QRS 118 ms, not a CRT candidate).
Formal SDM visit with decision aid to be completed with Anna Lindqvist, NP before implant.
K. Osei, MD"""
    c.doc("doc-ep-0122", "2026-01-22T15:20:00-06:00", NOTE["consult"][0], NOTE["consult"][1], ep,
          author="Practitioner/pr-osei", encounter="Encounter/enc-ep-0122")
    c.obs("holter-2025-12", [(S["flow"], "HOLTER-SUM", "Holter summary")], "48-hour Holter",
          "2025-12-10T08:00:00-06:00", ("s", "Sinus rhythm. 3 runs NSVT, longest 6 beats at 160 bpm. PVC burden 4%. No sustained VT. No AF."),
          category="procedure")

    sdm = """<html><head><title>SDM visit</title></head><body>
<div class="note-header"><b>SHARED DECISION-MAKING VISIT &ndash; IMPLANTABLE CARDIOVERTER-DEFIBRILLATOR</b><br/>
Date of service: 01/29/2026 &nbsp;|&nbsp; Provider: Anna Lindqvist, APNP (Cardiology)<br/>
Attending of record: Kwame Osei, MD</div>
<p>Patient seen with his wife (Carol) for a dedicated shared decision-making encounter regarding a
<b>primary-prevention ICD</b>, as recommended by EP.</p>
<p><b>Decision tool used:</b> printed ICD patient decision aid (&ldquo;Implantable Cardioverter-Defibrillator:
Is it right for me?&rdquo;, evidence-based option grid, 2024 edition) &ndash; reviewed page by page with
the patient; copy given to patient.</p>
<table border="1" cellpadding="3">
<tr><th>Topic</th><th>Discussed</th></tr>
<tr><td>Expected benefit (absolute risk reduction of sudden death) vs. no ICD</td><td>Yes</td></tr>
<tr><td>Risks: infection, lead problems, inappropriate shocks, driving restrictions</td><td>Yes</td></tr>
<tr><td>Deactivation at end of life / goals of care</td><td>Yes</td></tr>
<tr><td>Patient values &amp; preferences</td><td>Wants to &ldquo;be around for grandkids&rdquo;; accepts shock risk</td></tr>
</table>
<p>Teach-back completed. Patient chooses to proceed with ICD implant. Questions answered.</p>
<p>Time spent: 35 minutes, &gt;50% counseling.</p>
<p>&mdash; A. Lindqvist, APNP &nbsp; e-signed 01/29/2026 10:31</p>
</body></html>"""
    c.doc("doc-sdm-0129", "2026-01-29T10:31:00-06:00", [(S["notetype"], "SDM", "Shared Decision Making")],
          "Shared Decision Making Note", sdm, "text/html", author="Practitioner/pr-lindqvist",
          encounter="Encounter/enc-sdm-0129")

    for mid, code, name, dose, auth in [
        ("med-carvedilol", "20352", "carvedilol", "12.5 mg PO twice daily", "2025-09-24"),
        ("med-spiro", "9997", "spironolactone", "25 mg PO daily", "2025-09-24"),
        ("med-empa", "1545653", "empagliflozin", "10 mg PO daily", "2025-10-14"),
        ("med-atorva", "83367", "atorvastatin", "80 mg PO nightly", "2019-06-05"),
        ("med-asa", "1191", "aspirin", "81 mg PO daily", "2019-06-05")]:
        c.med(mid, rx(code, name), name + " " + dose.split(" PO")[0], auth, dosage=dose,
              requester="Practitioner/pr-hale", validity=(auth, None))
    c.med("med-arni", [(S["med"], "FRM-77120", "SACUBITRIL-VALSARTAN 49-51 MG TAB")], "Entresto 49-51 mg tablet",
          "2025-11-03", dosage="1 tab PO twice daily", requester="Practitioner/pr-hale", validity=("2025-11-03", None))
    c.med("med-lisinopril", rx("29046", "lisinopril"), "lisinopril 10 mg", "2025-09-24", status="stopped",
          status_reason="Switched to sacubitril-valsartan (36 h washout)", validity=("2025-09-24", "2025-10-31"),
          requester="Practitioner/pr-hale")

    c.appointment("appt-implant", "2026-02-10T15:44:00-06:00", "2026-02-26T07:30:00-06:00", "booked",
                  "ICD implant - EP lab 2 (pending authorization)", "Practitioner/pr-osei", "Electrophysiology")
    # after the request: post-implant check (does not count)
    c.encounter("enc-devclinic-0312", "2026-03-12T09:00:00-05:00", None, "AMB", "Device Clinic", "Practitioner/pr-osei",
                org="Organization/org-nl")
    c.doc("doc-devclinic-0312", "2026-03-12T09:40:00-05:00", NOTE["progress"][0], NOTE["progress"][1],
          "DEVICE CLINIC 03/12/2026\nWound check 2 weeks post single-chamber ICD. Site healing well. Interrogation: normal "
          "function, no events. Remote monitoring enrolled.", author="Practitioner/pr-osei",
          encounter="Encounter/enc-devclinic-0312")

    cs = case("by-icd-01", "patients/y01.json",
              svc_cpt("33249", "Insertion or replacement of permanent implantable defibrillator system, transvenous lead(s)"),
              [("I25.5", "Ischemic cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
              "2026-02-10", "approve", POLICY,
              ["Observation/lvef-2025-12-04-amended", "Observation/nyha-2026-01-15", "DocumentReference/doc-cath-lakeshore",
               "DocumentReference/doc-sdm-0129"],
              rationale="Ischemic dilated cardiomyopathy branch: amended echo LVEF 32% (preliminary and misfiled values "
                        "do not count), NYHA II, no revascularization option, remote MI/PCI, SDM with a decision aid by an NP.",
              note="Primary prevention ICD, ischemic CM. EF 32%. SDM completed 1/29.")
    return cs, c


def icd02():
    c = Chart("carver", "y02", "2026-06-15T11:20:40-05:00")
    S = c.site
    c.patient("y02", "Delacroix-Mbeki", ["Yvonne", "R."], "female", "1960-02-27", "CV3318805",
              address={"city": "Harlan Falls", "state": "IA", "postalCode": "50301"})
    c.organization("org-cv", "Carver Valley Medical Center")
    c.organization("org-prairie", "Prairie Cardiology Associates (closed 03/2026)", "Outside practice")
    c.practitioner("pr-nakashima", "Nakashima", ["Eric"], "MD", "Cardiology")
    c.practitioner("pr-abara", "Abara", ["Chidi"], "MD", "Clinical Cardiac Electrophysiology")
    c.practitioner("pr-voss", "Voss", ["Hannah"], "PA-C", "Physician Assistant, Electrophysiology")
    c.practitioner("pr-readecho2", "Kessler", ["Ruth"], "MD", "Cardiology - Echocardiography")
    c.practitioner("pr-pcp2", "Lindgren", ["Mark"], "DO", "Family Medicine")

    c.condition("cond-nicm", [icd("I42.0", "Dilated cardiomyopathy"), (ICD9, "425.4", "Other primary cardiomyopathies")],
                "Nonischemic dilated cardiomyopathy", recorded="2026-04-06", onset="2024",
                note="Converted from legacy problem list 04/06/2026. Legacy entry date 02/2024.")
    c.condition("cond-hf2", [icd("I50.22", "Chronic systolic (congestive) heart failure")], "Chronic HFrEF",
                recorded="2026-04-06", onset="2024")
    c.condition("cond-lbbb", [(ICD10, "I44.7", "Left bundle-branch block, unspecified")], "LBBB",
                recorded="2026-04-06", clinical="active", verification="refuted",
                note="Not present on ECGs 4/2026 or 5/2026 (IVCD only, QRS 112). Legacy entry refuted.")
    c.condition("cond-hypothyroid", [icd("E03.9", "Hypothyroidism, unspecified")], "Hypothyroidism", recorded="2026-04-06")
    c.condition("cond-knee", [icd("M17.11", "Unilateral primary osteoarthritis, right knee")], "OA right knee",
                recorded="2026-04-06")

    c.encounter("enc-new-0406", "2026-04-06T08:40:00-05:00", None, "AMB", "New Patient Visit", "Practitioner/pr-nakashima",
                org="Organization/org-cv")
    c.encounter("enc-echo-0520", "2026-05-20T07:30:00-05:00", None, "AMB", "Echo", "Practitioner/pr-readecho2",
                org="Organization/org-cv")
    c.encounter("enc-card-0527", "2026-05-27T13:00:00-05:00", None, "AMB", "Return Patient Visit", "Practitioner/pr-nakashima",
                org="Organization/org-cv")
    c.encounter("enc-ep-0602", "2026-06-02T10:00:00-05:00", None, "AMB", "New Patient Consult",
                ["Practitioner/pr-abara", "Practitioner/pr-voss"], org="Organization/org-cv")

    newpt = """CARDIOLOGY NEW PATIENT VISIT - 04/06/2026
Eric Nakashima, MD

Transfer of care: her cardiologist at Prairie Cardiology Associates retired and the practice closed
in March. Records request (ROI #CV-26-01877) sent 04/02/2026 to the custodian of records; so far we
have received only a 2024 cath report and a 2024 echo (scanned to Media). Office notes and medication
history not yet received.

HPI: 66 y/o woman with nonischemic dilated CM diagnosed 02/2024 after presenting with dyspnea. Cath
02/2024 normal coronaries. Reports she has been "on these heart pills a good while" and that the
prior cardiologist increased the doses "a couple of times". Cannot say when each was started.
Currently gets winded after 1 flight of stairs or 1-2 blocks; fine at rest. No syncope, no
palpitations, no ICD discussion before.

Meds (patient's bottles, reconciled today): carvedilol 25 mg bid, Entresto 97/103 bid,
spironolactone 25 mg daily, dapagliflozin 10 mg daily, levothyroxine 75 mcg.

Exam: BP 104/62, HR 62. No JVD. Lungs clear. Trace ankle edema.
ECG: sinus, IVCD QRS 112 ms (legacy 'LBBB' entry not supported).

A/P: NICM/HFrEF, NYHA II. Continue current regimen unchanged. Repeat TTE to reassess LVEF.
Will follow up on outside records (med history, prior echo series)."""
    c.doc("doc-new-0406", "2026-04-06T10:02:00-05:00", [(S["notetype"], "1", "Progress Notes")], "Progress Notes",
          newpt, author="Practitioner/pr-nakashima", encounter="Encounter/enc-new-0406")

    cath24 = """PRAIRIE CARDIOLOGY ASSOCIATES / MERCY HARLAN CATH LAB
CARDIAC CATHETERIZATION          DATE: 02/14/2024
PT: DELACROIX-MBEKI, YVONNE      DOB 02/27/1960
INDICATION: New cardiomyopathy, EF 25%. Rule out ischemic etiology.
RESULTS: LM normal. LAD normal. LCx normal. RCA dominant, normal.
         No angiographic coronary artery disease.
LVEDP 16.
CONCLUSION: Normal coronary arteries. Nonischemic cardiomyopathy.
-- scanned 04/08/2026 (ROI partial release 1 of ?) --"""
    c.doc("doc-cath-2024", "2024-02-14T12:00:00-06:00", NOTE["scan"][0], "Media - Outside Cath Report",
          make_pdf(paginate(cath24), title="Outside cath 2024"), "application/pdf",
          custodian="Organization/org-prairie", description="Scanned outside record (ROI partial release)")
    c.obs("lvef-2024-02-echo", [(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF (outside)",
          "2024-02-09", ("s", "20-25%"), category="imaging",
          note="Abstracted from scanned outside echo 02/09/2024 by HIM.")

    # echo 2026-05-20: panel with components, EF as range text + biplane number
    c.obs("lvef-2026-05-20", [(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LV EF",
          "2026-05-20T08:15:00-05:00", ("q", 27, "%", "%"), category="imaging", encounter="Encounter/enc-echo-0520",
          performer="Practitioner/pr-readecho2", method="Biplane Simpson")
    c.obs("echo-panel-2026-05-20", [(S["flow"], "ECHO-ADULT-PANEL", "Adult TTE measurements")], "TTE measurements",
          "2026-05-20T08:15:00-05:00", category="imaging", encounter="Encounter/enc-echo-0520",
          components=[([(S["flow"], "EF-VIS", "LVEF visual estimate")], "LVEF visual", ("s", "25 - 30 %")),
                      ([(S["flow"], "LVIDD", "LVIDd")], "LVIDd", ("q", 6.1, "cm", "cm")),
                      ([(S["flow"], "MR-GRADE", "MR severity")], "MR", ("s", "mild-moderate, functional")),
                      ([(S["flow"], "RVSP", "RVSP")], "RVSP", ("q", 34, "mmHg", "mm[Hg]"))],
          has_member=["Observation/lvef-2026-05-20"])
    c.report("rpt-echo-0520", [(LOINC, "18748-4", "Diagnostic imaging study")], "TTE complete",
             "2026-05-20T08:15:00-05:00", results=["Observation/lvef-2026-05-20", "Observation/echo-panel-2026-05-20"],
             conclusion="Dilated LV with global hypokinesis, LVEF 27% (biplane). Mild-moderate functional MR.",
             performer="Practitioner/pr-readecho2", category="CUS", encounter="Encounter/enc-echo-0520")

    c.obs("nyha-2026-05-27", [(S["flow"], "NYHA", "NYHA Class")], "NYHA Class", "2026-05-27T13:10:00-05:00",
          ("s", "II"), category="survey", encounter="Encounter/enc-card-0527")
    f27 = """CARDIOLOGY FOLLOW-UP  05/27/2026   E. Nakashima MD
Echo 5/20: LVEF 27% biplane, LVIDd 6.1 cm. No improvement vs outside 2024 study (20-25%).
NYHA II - stairs x1 flight, 2 blocks. No syncope. BP 102/60. K 4.5, Cr 0.92.
Meds reviewed - tolerating, no changes; at max tolerated doses.
Outside office notes / pharmacy history: still not received (2nd ROI request faxed 5/12).
Plan: EP referral for primary prevention ICD (NICM, EF <=35%, NYHA II)."""
    c.doc("doc-card-0527", "2026-05-27T14:05:00-05:00", [(S["notetype"], "1", "Progress Notes")], "Progress Notes", f27,
          author="Practitioner/pr-nakashima", encounter="Encounter/enc-card-0527")

    ep = """EP CONSULT - 06/02/2026
Attending: Chidi Abara, MD     PA: Hannah Voss, PA-C

66F NICM (normal coronaries 2/2024), LVEF 27% on TTE 5/20/2026, NYHA II. No sustained VT, no arrest,
no syncope. No AF. No CABG/PCI ever; no MI. Not a revascularization candidate (no CAD).
Medical therapy: carvedilol 25 bid, sacubitril-valsartan 97/103 bid, spironolactone 25, dapagliflozin 10
- "present at transfer 4/2026", per Dr. Nakashima at maximally tolerated doses.
ECG: SR, QRS 112 ms - no CRT indication.

SHARED DECISION-MAKING (same visit, H. Voss PA-C with Dr. Abara present):
Used the evidence-based ICD decision aid (Colorado Program for Patient Centered Decisions, primary
prevention ICD) - reviewed benefits (reduction of sudden death risk), risks (infection, lead failure,
inappropriate shocks), living with device, deactivation. Patient verbalized understanding and wishes
to proceed.

Plan: single-chamber ICD. Submit prior authorization."""
    c.doc("doc-ep-0602", "2026-06-02T11:30:00-05:00", NOTE["consult"][0], NOTE["consult"][1], ep,
          author=["Practitioner/pr-abara", "Practitioner/pr-voss"], encounter="Encounter/enc-ep-0602")

    conv = "Historical medication converted from legacy EHR on go-live 04/06/2026; original start date not available."
    for mid, codings, text, dose in [
        ("med-carv2", rx("20352", "carvedilol"), "carvedilol 25 mg tablet", "25 mg PO twice daily"),
        ("med-arni2", [(S["med"], "600331", "ENTRESTO 97-103 MG TABLET")], "sacubitril-valsartan 97-103 mg", "1 tab PO twice daily"),
        ("med-spiro2", rx("9997", "spironolactone"), "spironolactone 25 mg", "25 mg PO daily"),
        ("med-dapa2", rx("1488564", "dapagliflozin"), "dapagliflozin 10 mg", "10 mg PO daily"),
        ("med-levo2", rx("10582", "levothyroxine"), "levothyroxine 75 mcg", "75 mcg PO daily")]:
        c.med(mid, codings, text, "2026-04-06T09:58:00-05:00", dosage=dose, note=conv, reported=True,
              requester="Practitioner/pr-nakashima", category="community")
    c.obs("k-2026-05-27", [(LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "Potassium",
          "2026-05-27T12:10:00-05:00", ("q", 4.5, "mmol/L", "mmol/L"))
    c.obs("cr-2026-05-27", [(LOINC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")], "Creatinine",
          "2026-05-27T12:10:00-05:00", ("q", 0.92, "mg/dL", "mg/dL"))
    c.obs("tsh-2026-05-27", [(S["lab"], "TSH3", "TSH")], "TSH", "2026-05-27T12:10:00-05:00",
          ("q", 2.1, "m[IU]/L", "m[IU]/L"))
    # ROI tracking as a document
    roi = """RELEASE OF INFORMATION - REQUEST LOG
Request #CV-26-01877   Requested from: Prairie Cardiology Associates (custodian: Medvault Records Storage)
04/02/2026 request faxed (cardiology office notes 2024-2026, medication list/history, echo reports)
04/08/2026 partial release received: cath report 02/14/2024, echo summary 02/09/2024 -> scanned to Media
05/12/2026 2nd request faxed for remaining items
06/10/2026 status: OPEN - custodian reports backlog, est. 4-6 weeks"""
    c.doc("doc-roi-log", "2026-06-10T16:00:00-05:00", [(S["notetype"], "HIM-ROI", "HIM correspondence")],
          "HIM Correspondence", roi, category="clinical-note", custodian="Organization/org-cv",
          description="Release of information log")
    # after request date: records arrive
    late = """RELEASE OF INFORMATION - RECORDS RECEIVED 07/06/2026
Prairie Cardiology med history: carvedilol started 03/2024 (uptitrated to 25 bid 08/2024); Entresto
started 06/2024; spironolactone 05/2024; dapagliflozin 01/2025."""
    c.doc("doc-roi-0706", "2026-07-06T09:12:00-05:00", [(S["notetype"], "HIM-ROI", "HIM correspondence")],
          "HIM Correspondence", late, custodian="Organization/org-cv", description="Outside records received")

    cs = case("by-icd-02", "patients/y02.json",
              svc_cpt("33249", "Insertion or replacement of permanent implantable defibrillator system, transvenous lead(s)"),
              [("I42.0", "Dilated cardiomyopathy"), ("I50.22", "Chronic systolic (congestive) heart failure")],
              "2026-06-15", "request_info", POLICY,
              ["Observation/lvef-2026-05-20", "Observation/nyha-2026-05-27", "DocumentReference/doc-ep-0602",
               "DocumentReference/doc-new-0406"],
              missing=["medical therapy|GDMT|start date|start dates|duration|3 months|three months|medication history"],
              rationale="Non-ischemic branch needs at least 3 months of optimal medical therapy; the medications were "
                        "converted at transfer with no start dates and the outside history had not arrived by the request "
                        "date (it is dated after). Everything else is documented.",
              note="NICM EF 27%, NYHA II, on GDMT. Primary prevention ICD. SDM done 6/2.")
    return cs, c


CASES = [icd01, icd02]
