"""NCD 20.29 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, CPT
from common import NOTE, rx, icd, case, svc_hcpcs
from pdflib import make_pdf, paginate

POLICY = "NCD 20.29"
SVC = svc_hcpcs("G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval")


def wound(c, oid, when, l, w, d, unit="cm", enc=None, perf=None, note=None, site=None):
    S = c.site
    return c.obs(oid, [(S["flow"], "WOUND-MEAS", "Wound measurements")], "Wound measurement", when, category="exam",
                 encounter=enc, performer=perf, note=note, body_site=site,
                 components=[([(S["flow"], "WND-L", "Length")], "Length", ("q", l, unit, unit)),
                             ([(S["flow"], "WND-W", "Width")], "Width", ("q", w, unit, unit)),
                             ([(S["flow"], "WND-D", "Depth")], "Depth", ("q", d, unit, unit))])


def hbot01():
    c = Chart("brendan", "y11", "2026-05-22T12:44:30-04:00")
    S = c.site
    c.patient("y11", "Whitfield-Ong", ["Lamar"], "male", "1955-07-21", "E1022875",
              address={"city": "Philipsburg", "state": "PA", "postalCode": "16866"})
    c.organization("org-sb", "St. Brendan Regional Hospital")
    c.organization("org-uc", "QuickCare Urgent Care - Route 322", "Outside urgent care")
    c.organization("org-pod", "Centre County Foot & Ankle", "Outside podiatry practice")
    c.practitioner("pr-rao", "Rao", ["Naveen"], "MD", "Urgent Care")
    c.practitioner("pr-kim11", "Kim", ["Esther"], "MD", "Hospital Medicine")
    c.practitioner("pr-albrecht", "Albrecht", ["Jonah"], "DPM", "Podiatry")
    c.practitioner("pr-moyo", "Moyo", ["Felicity"], "MD", "Wound Care / Undersea and Hyperbaric Medicine")
    c.practitioner("pr-wrn11", "Sutter", ["Lena"], "RN, CWCN", "Wound Care Nurse")

    c.condition("cond-dm11", [icd("E11.621", "Type 2 diabetes mellitus with foot ulcer"), (SNOMED, "44054006", "Diabetes mellitus type 2")],
                "T2DM with R foot ulcer", recorded="2026-05-01")
    c.condition("cond-neuro11", [icd("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")], "Diabetic neuropathy",
                recorded="2019-02-11")
    c.condition("cond-ulcer11", [icd("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
                "Ulcer R plantar 1st MTH with osteomyelitis", recorded="2026-05-02", body_site="Right plantar 1st metatarsal head")
    c.condition("cond-osteo11", [icd("M86.171", "Other acute osteomyelitis, right ankle and foot")],
                "Acute osteomyelitis R 1st metatarsal head (MSSA)", recorded="2026-05-02")
    c.condition("cond-noncomp11", [icd("Z91.19", "Patient's noncompliance with other medical treatment and regimen")],
                "Missed podiatry follow-up", recorded="2026-05-01", category="encounter-diagnosis",
                encounter="Encounter/enc-adm11")

    c.encounter("enc-uc11", "2026-02-11T17:30:00-05:00", None, "AMB", "Urgent Care Visit", "Practitioner/pr-rao",
                org="Organization/org-uc")
    uc = """QUICKCARE URGENT CARE                                             02/11/2026
Pt: WHITFIELD-ONG, LAMAR  70M  DM2 (insulin), neuropathy
CC: sore under R big toe x 1 wk, noticed blood on sock.
Exam: 1.0 x 0.8 cm superficial ulcer under R 1st MTH with surrounding callus, mild erythema
<2 cm, no drainage, no probe to bone. Pedal pulses palpable.
Dx: diabetic foot ulcer with mild cellulitis.
Rx: cephalexin 500 mg qid x 7 days. Bandage. Keep off foot as able.
Referred to podiatry (Centre County Foot & Ankle) - appt 2/25. Return if worse."""
    c.doc("doc-uc-0211", "2026-02-11T18:05:00-05:00", NOTE["scan"][0], "Outside Records - Urgent Care",
          make_pdf(paginate(uc), title="Urgent care note"), "application/pdf", author="Practitioner/pr-rao",
          encounter="Encounter/enc-uc11", custodian="Organization/org-uc")
    c.med("med-ceph11", rx("2231", "cephalexin"), "cephalexin 500 mg capsule", "2026-02-11", status="completed",
          dosage="500 mg PO four times daily x 7 days", validity=("2026-02-11", "2026-02-18"), requester="Practitioner/pr-rao")
    c.appointment("appt-pod11", "2026-02-11T18:00:00-05:00", "2026-02-25T09:15:00-05:00", "noshow",
                  "Podiatry new patient - diabetic foot ulcer", "Practitioner/pr-albrecht", "Podiatry")

    c.encounter("enc-adm11", "2026-05-01T20:10:00-04:00", "2026-05-05T12:30:00-04:00", "IMP", "Inpatient Admission",
                "Practitioner/pr-kim11", reason="Diabetic foot infection R", org="Organization/org-sb")
    hp = """H&P 05/01/2026   E. Kim MD (Hospital Medicine)
70M T2DM on insulin with neuropathy. R forefoot ulcer since ~2/2026. Seen at urgent care 2/11,
given cephalexin; did not go to podiatry ("felt it was getting better"), treated at home with
drugstore bandages and kept working (warehouse, on feet all day). No offloading, no debridement.
Past 5 days: swelling, redness, drainage, odor.
Exam: R plantar 1st MTH ulcer 3.4 x 2.2 cm, probes to bone, purulent drainage, erythema to midfoot.
DP/PT palpable bilaterally.
Labs: WBC 13.8, CRP 96, A1c 9.4%. X-ray: erosion 1st MT head.
A/P: DFI with probable osteomyelitis - IV vancomycin + pip/tazo, MRI, podiatry consult."""
    c.doc("doc-hp-0501", "2026-05-01T23:40:00-04:00", NOTE["hp"][0], NOTE["hp"][1], hp, author="Practitioner/pr-kim11",
          encounter="Encounter/enc-adm11")
    c.obs("a1c11", [(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")], "HbA1c", "2026-05-01T21:00:00-04:00",
          ("q", 9.4, "%", "%"), interp="H", encounter="Encounter/enc-adm11")
    c.report("rpt-mri11", [(LOINC, "18748-4", "Diagnostic imaging study")], "MRI R foot w/wo contrast",
             "2026-05-02T08:15:00-04:00", category="RAD", encounter="Encounter/enc-adm11",
             conclusion="Osteomyelitis of the R 1st metatarsal head with adjacent soft tissue ulcer and small sinus tract. "
                        "No abscess.")
    c.proc("proc-debr11", [(CPT, "11044", "Debridement, muscle and/or bone, first 20 sq cm or less")],
           "Excisional debridement R 1st MTH ulcer to bone with bone biopsy", "2026-05-02T14:00:00-04:00",
           performer="Practitioner/pr-albrecht", encounter="Encounter/enc-adm11",
           note="Bone culture: MSSA. Post-debridement 3.3 x 2.2 x 1.5 cm.")
    c.med("med-cefaz11", rx("2180", "cefazolin"), "cefazolin 2 g IV q8h via PICC", "2026-05-04", dosage="2 g IV q8h x 6 weeks",
          validity=("2026-05-04", "2026-06-14"), requester="Practitioner/pr-kim11", category="community")

    visits = [("2026-05-06", 3.2, 2.1, 1.4, "cm"), ("2026-05-13", 3.1, 2.0, 1.3, "cm"), ("2026-05-20", 29, 19, 12, "mm")]
    for i, (d, l, w, dp, u) in enumerate(visits):
        eid = "enc-wc11-%d" % (i + 1)
        c.encounter(eid, d + "T10:00:00-04:00", None, "AMB", "Wound Clinic Visit",
                    ["Practitioner/pr-moyo", "Practitioner/pr-wrn11"], org="Organization/org-sb")
        wound(c, "wound-" + d, d + "T10:10:00-04:00", l, w, dp, u, enc="Encounter/" + eid, perf="Practitioner/pr-wrn11",
              site="Right plantar 1st metatarsal head")
        c.proc("debr-" + d, [(CPT, "11042", "Debridement, subcutaneous tissue, first 20 sq cm or less")],
               "Selective sharp debridement", d + "T10:25:00-04:00", performer="Practitioner/pr-moyo",
               encounter="Encounter/" + eid)
    c.obs("wagner-2026-05-06", [(S["flow"], "WAGNER", "Wagner grade")], "Wagner grade", "2026-05-06T10:12:00-04:00",
          ("s", "III"), category="exam", encounter="Encounter/enc-wc11-1")
    c.obs("abi11", [(S["flow"], "VASC-ABI", "ABI/TBI")], "ABI/TBI", "2026-05-06T11:00:00-04:00", category="exam",
          encounter="Encounter/enc-wc11-1",
          components=[([(S["flow"], "ABI-R", "ABI right")], "ABI R", ("q", 1.04, "{ratio}", "{ratio}")),
                      ([(S["flow"], "ABI-L", "ABI left")], "ABI L", ("q", 1.08, "{ratio}", "{ratio}")),
                      ([(S["flow"], "TBI-R", "TBI right")], "TBI R", ("q", 0.71, "{ratio}", "{ratio}"))])
    wc1 = """WOUND CLINIC - INITIAL VISIT   05/06/2026   F. Moyo MD / L. Sutter RN CWCN
Referred from inpatient stay 5/1-5/5 (R 1st MTH DFU with MSSA osteomyelitis, debrided 5/2, cefazolin
via PICC through 6/14).
Prior wound care: urgent care 2/11 (cephalexin, bandage). No podiatry visits, no offloading,
no debridement until admission. Standard wound care begins now.
Wound: R plantar 1st MTH 3.2 x 2.1 x 1.4 cm, probes to bone, 80% granular / 20% fibrin, mod serous.
Wagner grade 3 (osteomyelitis).
Vascular: DP/PT palpable, ABI R 1.04, TBI R 0.71 - adequate perfusion.
Glucose: A1c 9.4 - endocrine referral, insulin adjusted. Albumin 3.2 - dietitian consult.
Plan: weekly sharp debridement, alginate + foam, offloading walker boot + knee scooter, off work.
Reassess weekly; measurable healing expected over next 4 weeks."""
    c.doc("doc-wc-0506", "2026-05-06T12:00:00-04:00", NOTE["progress"][0], "Wound Care Note", wc1,
          author="Practitioner/pr-moyo", encounter="Encounter/enc-wc11-1")
    wc3 = """WOUND CLINIC   05/20/2026   F. Moyo MD
Wound R plantar 1st MTH: 29 x 19 x 12 mm (was 32 x 21 x 14 mm on 5/6). Granulation 90%. No
purulence. Tolerating boot; scooter most of day. Cefazolin day 17/42. FSG 140s-180s.
Podiatry (Dr. Albrecht) asks that we request HBOT given bone involvement.
Plan: continue standard care; HBOT consult/authorization requested per referring podiatrist."""
    c.doc("doc-wc-0520", "2026-05-20T11:40:00-04:00", NOTE["progress"][0], "Wound Care Note", wc3,
          author="Practitioner/pr-moyo", encounter="Encounter/enc-wc11-3")
    ref = """CENTRE COUNTY FOOT & ANKLE          FAX 814-555-0177           05/19/2026 16:40   P.1/1
To: St. Brendan Wound & Hyperbaric Center
Re: Lamar Whitfield-Ong  DOB 07/21/1955
Please evaluate for HYPERBARIC OXYGEN THERAPY.
Dx: Wagner grade 3 diabetic foot ulcer R 1st MTH with osteomyelitis. Ulcer present since
February 2026 (> 3 months) and has FAILED conservative treatment. Standard wound care > 30 days.
Thank you,  J. Albrecht, DPM"""
    c.doc("doc-ref-0519", "2026-05-19T16:40:00-04:00", NOTE["scan"][0], "Outside Records - Referral",
          make_pdf(paginate(ref), title="Podiatry referral"), "application/pdf", author="Practitioner/pr-albrecht",
          custodian="Organization/org-pod")
    c.service_request("sr-hbo11", [("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "G0277", "HBOT per 30 min")],
                      "HBOT 2.4 ATA x 90 min, 5x/week x 30 treatments", "2026-05-22T09:00:00-04:00", status="draft",
                      requester="Practitioner/pr-moyo", reason="Wagner 3 DFU with osteomyelitis")

    cs = case("by-hbot-01", "patients/y11.json", SVC,
              [("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
               ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
              "2026-05-22", "refer", POLICY,
              ["DocumentReference/doc-wc-0506", "Observation/wound-2026-05-06", "Observation/wound-2026-05-20"],
              rationale="Diabetic Wagner 3 wound, but standard wound therapy only began at the 05/02 debridement and "
                        "05/06 clinic visit (an urgent-care antibiotic course and home bandages are not standard care), "
                        "so fewer than 30 days before the request, and the wound is measurably healing (3.2x2.1x1.4 cm "
                        "to 2.9x1.9x1.2 cm). The referral letter's 'failed > 30 days' is contradicted by the record.",
              note="HBOT for Wagner 3 DFU with osteomyelitis, failed conservative care since 02/2026.")
    return cs, c


def hbot02():
    c = Chart("northlake", "y12", "2026-10-07T09:58:12-05:00")
    S = c.site
    c.patient("y12", "Rasmussen-Tighe", ["Opal"], "female", "1953-09-09", "NL0210458",
              address={"city": "Cedar Grove", "state": "WI", "postalCode": "53013"})
    c.organization("org-nl", "Northlake Health")
    c.practitioner("pr-ostrowski", "Ostrowski", ["Calvin"], "DPM", "Podiatric Surgery")
    c.practitioner("pr-szabo", "Szabo", ["Renata"], "MD", "Wound Care / Hyperbaric Medicine")
    c.practitioner("pr-odell", "O'Dell", ["Maggie"], "RN, CWON", "Wound Care Nurse")
    c.practitioner("pr-imani", "Imani", ["Harold"], "MD", "Infectious Disease")
    c.practitioner("pr-tran", "Tran", ["Lucy"], "MD", "Endocrinology")
    c.practitioner("pr-rd12", "Kaur", ["Simran"], "RDN", "Registered Dietitian")
    c.practitioner("pr-hosp12", "Brennan", ["Owen"], "MD", "Hospital Medicine")

    c.condition("cond-dm12", [icd("E11.621", "Type 2 diabetes mellitus with foot ulcer"), (ICD9, "250.80", "Diabetes with other specified manifestations, type II")],
                "T2DM with L heel ulcer", recorded="2026-07-16")
    c.condition("cond-neuro12", [icd("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")], "Neuropathy",
                recorded="2017-05-01")
    c.condition("cond-ulcer12", [icd("L97.424", "Non-pressure chronic ulcer of left heel and midfoot with necrosis of bone")],
                "L heel ulcer with calcaneal osteomyelitis", recorded="2026-07-17", body_site="Left plantar-posterior heel")
    c.condition("cond-osteo12", [icd("M86.172", "Other acute osteomyelitis, left ankle and foot")], "Calcaneal osteomyelitis",
                recorded="2026-07-16", clinical="resolved", abatement="2026-08-29",
                note="Treated: partial calcanectomy 7/17 + 6 weeks IV cefazolin (completed 8/29).")
    c.condition("cond-ckd12", [icd("N18.31", "Chronic kidney disease, stage 3a")], "CKD 3a", recorded="2022-01-01")

    c.encounter("enc-adm12", "2026-07-16T11:00:00-05:00", "2026-07-21T15:00:00-05:00", "IMP", "Inpatient Admission",
                "Practitioner/pr-hosp12", reason="L heel abscess / osteomyelitis", org="Organization/org-nl")
    hp = """ADMISSION H&P 07/16/2026   O. Brennan MD
72F T2DM (insulin), neuropathy, CKD 3a. L heel wound x 3 weeks after new shoes, now swollen, draining.
Exam: L posterior-plantar heel 4.5 x 3.5 cm ulcer with fluctuance and purulence, probes to bone.
Vascular: deferred - bulky dressing / edema.
MRI: calcaneal osteomyelitis with plantar abscess.
Plan: IV abx, podiatry for I&D."""
    c.doc("doc-hp-0716", "2026-07-16T14:00:00-05:00", NOTE["hp"][0], NOTE["hp"][1], hp, author="Practitioner/pr-hosp12",
          encounter="Encounter/enc-adm12")
    c.proc("proc-calc12", [(CPT, "28120", "Partial excision (craterization, saucerization, sequestrectomy, or diaphysectomy) bone; talus or calcaneus")],
           "I&D L heel abscess, partial calcanectomy", "2026-07-17T09:30:00-05:00", performer="Practitioner/pr-ostrowski",
           encounter="Encounter/enc-adm12", note="Bone culture MSSA + Proteus mirabilis. Margins sent.")
    c.med("med-cefaz12", rx("2180", "cefazolin"), "cefazolin 2 g IV q8h", "2026-07-18", status="completed",
          validity=("2026-07-18", "2026-08-29"), requester="Practitioner/pr-imani", dosage="2 g IV q8h x 6 weeks")
    c.med("med-glar12", rx("274783", "insulin glargine"), "insulin glargine", "2018-01-01", dosage="28 units nightly")

    c.service_request("sr-vasc12", [(S["order"], "VASC-ART-LE", "Noninvasive arterial study LE: ABI/TBI/PVR + TcPO2")],
                      "Arterial Doppler with ABI/TBI and TcPO2, bilateral LE", "2026-07-28T10:40:00-05:00",
                      status="active", requester="Practitioner/pr-szabo", reason="Non-healing diabetic heel wound")
    c.report("rpt-vasc12", [(S["order"], "VASC-ART-LE", "Noninvasive arterial study LE")], "Arterial study LE",
             "2026-08-04T13:00:00-05:00", status="cancelled", category="VUS",
             conclusion="Exam not performed - patient left before study (medical transport pick-up). No data.")
    c.appointment("appt-vasc12", "2026-09-22T11:20:00-05:00", "2026-10-14T08:30:00-05:00", "booked",
                  "Vascular lab: ABI/TBI + TcPO2 (rescheduled)", None, "Vascular Lab")

    vis = [("2026-07-28", 5.0, 3.8, 1.6, "cm"), ("2026-08-11", 4.4, 3.5, 1.1, "cm"), ("2026-08-25", 4.1, 3.3, 0.9, "cm"),
           ("2026-09-08", 4.2, 3.2, 0.9, "cm"), ("2026-09-22", 41, 34, 10, "mm"), ("2026-10-05", 4.2, 3.3, 0.9, "cm")]
    for i, (d, l, w, dp, u) in enumerate(vis):
        eid = "enc-wc12-%d" % (i + 1)
        c.encounter(eid, d + "T13:00:00-05:00", None, "AMB", "Wound Clinic Visit",
                    ["Practitioner/pr-szabo", "Practitioner/pr-odell"], org="Organization/org-nl")
        wound(c, "wound12-" + d, d + "T13:10:00-05:00", l, w, dp, u, enc="Encounter/" + eid,
              perf="Practitioner/pr-odell", site="Left heel")
        c.proc("debr12-" + d, [(CPT, "11042", "Debridement, subcutaneous tissue, first 20 sq cm or less")],
               "Selective sharp debridement", d + "T13:30:00-05:00", performer="Practitioner/pr-szabo",
               encounter="Encounter/" + eid)
    c.obs("wagner12", [(S["flow"], "WAGNER", "Wagner grade")], "Wagner grade", "2026-07-28T13:12:00-05:00",
          ("s", "Grade 3 (deep ulcer with osteomyelitis/abscess)"), category="exam", encounter="Encounter/enc-wc12-1")

    tmpl = """WOUND CARE PROGRESS NOTE   {date}   R. Szabo MD / M. O'Dell RN CWON
Wound: L heel (post partial calcanectomy 7/17). {meas}. Base {base}. Exudate moderate serous.
Periwound intact. No odor, no purulence.
Vascular: DP pulse ***   PT pulse ***   Cap refill ***
Sensation: absent to 10 g monofilament.
Offloading: heel offloading boot, wheelchair for mobility - adherent per daughter.
Dressing: calcium alginate silver + bordered foam, changed 3x/week by home health.
Procedure: selective sharp debridement of fibrin/slough to bleeding tissue.
{extra}
Plan: continue weekly debridement and current regimen."""
    notes = {
        "2026-07-28": ("5.0 x 3.8 x 1.6 cm", "60% granular, 40% fibrin",
                       "Initial wound clinic visit. Wagner 3. Order arterial study (ABI/TBI, TcPO2). Dietitian referral."),
        "2026-08-25": ("4.1 x 3.3 x 0.9 cm", "80% granular, pale",
                       "Cefazolin ends 8/29 (ID). A1c 7.3 - endocrine following. Albumin 3.7. Arterial study 8/4 not done - patient left."),
        "2026-09-22": ("41 x 34 x 10 mm", "80% granular, pale, no contraction at edges",
                       "No measurable change since 8/25. Arterial study still outstanding - rescheduled 10/14. Discuss HBOT."),
        "2026-10-05": ("4.2 x 3.3 x 0.9 cm", "80% granular, pale",
                       "No measurable healing x 6 weeks (8/25 -> 10/5) despite standard care. HBOT consult today."),
    }
    for i, (d, *_r) in enumerate(vis):
        if d in notes:
            m, b, e = notes[d]
            c.doc("doc-wc12-" + d, d + "T15:00:00-05:00", NOTE["progress"][0], "Wound Care Note",
                  tmpl.format(date=d[5:7] + "/" + d[8:10] + "/" + d[:4], meas=m, base=b, extra=e),
                  author="Practitioner/pr-szabo", encounter="Encounter/enc-wc12-%d" % (i + 1))
    c.obs("alb12", [(LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")], "Albumin", "2026-08-25T09:00:00-05:00",
          ("q", 3.7, "g/dL", "g/dL"))
    c.obs("a1c12", [(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")], "HbA1c", "2026-08-20T09:00:00-05:00",
          ("q", 7.3, "%", "%"), interp="H")
    c.obs("crp12", [(LOINC, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")], "CRP",
          "2026-08-27T09:00:00-05:00", ("q", 8, "mg/L", "mg/L"))
    idn = """INFECTIOUS DISEASE FOLLOW-UP 08/27/2026  H. Imani MD
Calcaneal osteomyelitis s/p partial calcanectomy 7/17, MSSA + Proteus. Cefazolin x 6 weeks ends 8/29.
CRP 96 -> 8. ESR 22. Wound clean. Stop antibiotics 8/29, PICC out. No further ID follow-up needed."""
    c.doc("doc-id-0827", "2026-08-27T10:30:00-05:00", NOTE["progress"][0], NOTE["progress"][1], idn,
          author="Practitioner/pr-imani")
    rd = """NUTRITION CONSULT 08/11/2026  S. Kaur RDN
Albumin 3.3 (7/21). Intake ~70% needs. Added protein supplement bid, multivitamin, zinc x 14 d.
Goal 1.2-1.5 g/kg protein."""
    c.doc("doc-rd-0811", "2026-08-11T14:00:00-05:00", NOTE["consult"][0], "Nutrition Note", rd, author="Practitioner/pr-rd12")
    hbo = """HYPERBARIC MEDICINE CONSULT   10/05/2026   R. Szabo MD
72F T2DM, L heel DFU Wagner 3 (calcaneal osteomyelitis, partial calcanectomy 7/17, abx complete 8/29).
Standard wound care since 7/28: weekly sharp debridement, moist dressings (Ag alginate), heel offloading
boot + wheelchair, infection treated, A1c 7.3 with endocrine, nutrition optimized (albumin 3.7).
Measurements 8/25 4.1 x 3.3 x 0.9 cm -> 10/5 4.2 x 3.3 x 0.9 cm: no measurable healing > 30 days.
Chest X-ray clear, no pneumothorax history. No claustrophobia. Ears: TMs normal.
Recommend HBOT 2.0-2.4 ATA x 90 min, 5x/week, 30 treatments, adjunct to ongoing standard care.
Submit authorization."""
    c.doc("doc-hbo-1005", "2026-10-05T16:00:00-05:00", NOTE["consult"][0], NOTE["consult"][1], hbo,
          author="Practitioner/pr-szabo", encounter="Encounter/enc-wc12-6")
    # after the request
    c.report("rpt-vasc12b", [(S["order"], "VASC-ART-LE", "Noninvasive arterial study LE")], "Arterial study LE",
             "2026-10-14T08:40:00-05:00", status="final", category="VUS",
             conclusion="ABI non-compressible bilaterally. TBI L 0.38. TcPO2 L heel 24 mmHg. Moderate-severe infrapopliteal disease.")

    cs = case("by-hbot-02", "patients/y12.json", SVC,
              [("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
               ("L97.424", "Non-pressure chronic ulcer of left heel and midfoot with necrosis of bone")],
              "2026-10-07", "request_info", POLICY,
              ["Observation/wagner12", "Observation/wound12-2026-08-25", "Observation/wound12-2026-10-05",
               "DocumentReference/doc-hbo-1005"],
              missing=["vascular|ABI|ankle brachial|toe brachial|TcPO2|transcutaneous|arterial|perfusion|pulses|doppler"],
              rationale="Diabetic Wagner 3 heel wound with no measurable healing from 08/25 to 10/05 under documented "
                        "debridement, offloading, moist dressings, infection, glucose and nutrition care, but the "
                        "limb's vascular status was never assessed (study cancelled, pulse fields left as unfilled "
                        "template wildcards, restudy booked after the request).",
              note="HBOT - Wagner 3 DFU L heel, no healing > 30 days of standard care.")
    return cs, c


CASES = [hbot01, hbot02]
