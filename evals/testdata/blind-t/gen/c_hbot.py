"""NCD 20.29 cases (hyperbaric oxygen)."""
from fhirlib import *

SVC = {"system": HCPCS, "code": "G0277", "display": "Hbot, full body chamber, 30m"}


def _wounds(c, prefix, rows, performer, site):
    for (d, l, w, dep) in rows:
        tag = d
        c.obs("%s-len-%s" % (prefix, tag), WLEN, dt(d, "10:00"), l, "cm", category="exam", performer=[performer], body_site=site)
        c.obs("%s-wid-%s" % (prefix, tag), WWID, dt(d, "10:00"), w, "cm", category="exam", performer=[performer], body_site=site)
        c.obs("%s-dep-%s" % (prefix, tag), WDEP, dt(d, "10:00"), dep, "cm", category="exam", performer=[performer], body_site=site)


def hbot_01():
    """request_info"""
    c = Chart("bt-p07", "bt-p07", "Curtis Ray", "Mabry", "male", "1961-05-17", city="Medford", mrn="LH4025618")
    c.practitioner("petrov", "Nadia", "Petrov", "DPM, Podiatry / Wound Care", "Dr.")
    c.practitioner("lowe", "Gareth", "Lowe", "MD, Undersea & Hyperbaric Medicine", "Dr.")
    c.practitioner("chen", "Wei", "Chen", "MD, Infectious Disease", "Dr.")
    c.practitioner("dunn", "Harriet", "Dunn", "MD, Family Medicine (PCP)", "Dr.")
    c.practitioner("vogel", "Anja", "Vogel", "RN, CWOCN")
    c.organization("lwc", "Larkspur Wound & Hyperbaric Center", "Hospital outpatient wound center")

    c.condition("cond-t2dm", "E11.621", "2026-08-18", asserter="petrov", text="Type 2 diabetes with L foot ulcer")
    c.condition("cond-ulcer", "L97.524", "2026-08-18", onset="2026-07", asserter="petrov",
                text="Non-pressure chronic ulcer L plantar 1st MTP with bone involvement")
    c.condition("cond-osteo", "M86.172", "2026-08-20", asserter="chen", text="Osteomyelitis L 1st metatarsal head")
    c.condition("cond-htn", "I10", "2012-01-01", asserter="dunn")
    c.condition("cond-hld", "E78.5", "2012-01-01", asserter="dunn")
    c.condition("cond-smoke", "Z87.891", "2015-01-01", asserter="dunn", note="Quit 2014, 30 pack-years.")
    c.condition("cond-toe", "Z89.421", "2022-03-08", asserter="dunn", note="R 2nd toe amputation 2022 (gangrene).")

    c.obs("a1c-2026-05-02", A1C, dt("2026-05-02", "08:00"), 9.1, "%")
    c.obs("a1c-2026-08-19", A1C, dt("2026-08-19", "08:00"), 7.4, "%")
    c.obs("alb-2026-08-19", ALB, dt("2026-08-19", "08:00"), 3.6, "g/dL", ucum="g/dL")
    c.obs("ptb-2026-08-18", local("PTB", "Probe-to-bone test"), dt("2026-08-18", "10:00"), ("cc", "Positive"), category="exam",
          performer=["Practitioner/petrov"])
    c.obs("wagner-2026-08-18", local("WAGNER", "Wagner diabetic foot ulcer grade"), dt("2026-08-18", "10:00"), ("cc", "Grade 3"),
          category="exam", performer=["Practitioner/petrov"])
    site = "Left plantar 1st metatarsal head"
    _wounds(c, "w", [("2026-08-18", 2.4, 1.8, 1.1), ("2026-08-25", 2.5, 1.8, 1.1), ("2026-09-01", 2.4, 1.9, 1.2),
                     ("2026-09-08", 2.4, 1.8, 1.1), ("2026-09-15", 2.5, 1.8, 1.1), ("2026-09-22", 2.4, 1.8, 1.2),
                     ("2026-09-29", 2.4, 1.9, 1.1)], "Practitioner/vogel", site)

    c.med("med-ertapenem", "ertapenem 1 g IV", "2026-08-22", status="completed", rxnorm=("325642", "ertapenem"),
          dosage="1 g IV q24h via PICC x 6 weeks", start="2026-08-22", end="2026-10-03", requester="chen")
    c.med("med-glargine", "insulin glargine 100 units/mL pen", "2024-02-01", rxnorm=("274783", "insulin glargine"),
          dosage="34 units nightly (uptitrated 8/2026)")
    c.med("med-metformin", "metformin 1000 mg tablet", "2016-01-01", rxnorm=("6809", "metformin"), dosage="1000 mg BID")
    c.med("med-atorva", "atorvastatin 40 mg tablet", "2012-01-01", rxnorm=("83367", "atorvastatin"), dosage="40 mg daily")
    c.med("med-lisin", "lisinopril 10 mg tablet", "2012-01-01", rxnorm=("29046", "lisinopril"), dosage="10 mg daily")

    c.doc("wound-initial-2026-08-18", "11488-4", dt("2026-08-18", "11:40"), ["Practitioner/petrov"], """LARKSPUR WOUND CENTER - INITIAL EVALUATION - N. Petrov DPM
Referred by Dr Dunn. 65M T2DM (A1c 9.1 in May), neuropathy, prior R 2nd toe amp (2022), former smoker.
L plantar 1st MTP ulcer x ~6 wks (started as callus/blister in new work boots), home dressings only.

Wound: L plantar 1st met head 2.4 x 1.8 x 1.1 cm, probes to bone, 40% slough, moderate serous drainage,
periwound callus, mild erythema < 1 cm. No crepitus. No fluctuance.
Neuro: absent 10-g monofilament sensation both feet.
Vascular: DP/PT - ___ (template)        Cap refill: ___        ABI: not on file
XR L foot today: cortical irregularity/lucency 1st met head, concerning for osteomyelitis.
Wagner grade 3 (deep ulcer with osteomyelitis).

Procedure: sharp excisional debridement to bone, 4.3 cm2 (11044). Bone specimen to path/micro.
Plan: MRI L foot. ID consult. Offloading - TCC next visit once infection addressed. Collagen-alginate + foam.
Glucose: PCP uptitrating glargine. Nutrition labs.
""", description="Wound center initial evaluation")
    c.procedure("proc-debr-2026-08-18", (CPT, "11044", "Debridement, bone, first 20 sq cm or less"), dt("2026-08-18", "11:00"),
                performer="petrov")
    c.doc("mri-2026-08-20", "18748-4", dt("2026-08-20", "17:00"), ["Organization/lwc"], """MRI LEFT FOOT W/WO - 08/20/2026
Marrow edema and enhancement of the 1st metatarsal head with cortical breakthrough beneath a plantar ulcer,
consistent with acute osteomyelitis. No abscess. No septic arthritis of the 1st MTP.
(Read by outside radiology group; report filed by wound center.)
""", description="MRI foot report")
    c.doc("id-2026-08-22", "11488-4", dt("2026-08-22", "13:00"), ["Practitioner/chen"], """INFECTIOUS DISEASE CONSULT - W. Chen MD
L 1st met head osteomyelitis under DFU, bone cx: MSSA + Strep agalactiae, path acute osteomyelitis.
Plan: ertapenem 1 g IV daily x 6 weeks via PICC (placed today), weekly CBC/BMP. Surgery declined by pt
(wants to avoid ray amputation); podiatry agrees with trial of medical therapy + offloading.
""", description="Infectious disease consultation")
    weekly = [("2026-08-25", "TCC applied today.", "2.5 x 1.8 x 1.1"), ("2026-09-08", "TCC changed.", "2.4 x 1.8 x 1.1"),
              ("2026-09-22", "TCC changed. Pt asking about 'oxygen chamber'.", "2.4 x 1.8 x 1.2"),
              ("2026-09-29", "TCC changed. Refer UHM for HBO evaluation; arterial studies ordered.", "2.4 x 1.9 x 1.1")]
    for d, extra, meas in weekly:
        c.doc("wound-%s" % d, "11506-3", dt(d, "11:30"), ["Practitioner/petrov"], """WOUND CENTER FOLLOW-UP - N. Petrov DPM
65M T2DM, L plantar 1st MTP DFU with osteomyelitis (Wagner 3), on IV ertapenem (ID following).

Wound: L plantar 1st met head %s cm. Base 70%% granular / 30%% fibrinous, bone no longer palpable after
debridement. Drainage small serous. Periwound callus pared. No cellulitis.
Vascular: not assessed this visit.
Procedure: selective sharp debridement (97597).
Dressing: collagen-alginate, foam, TCC.
Offloading: total contact cast, pt adherent (cast intact, no wear).
Glucose: home fasting 120s-150s per log.
Plan: continue. %s
""" % (meas, extra), description="Wound center follow-up")
    c.service_request("sr-art", (CPT, "93923", "Noninvasive physiologic study, lower extremity arteries, multiple levels"),
                      "2026-09-29", requester="petrov", reason=["E11.621"], note="ABI/TBI + PVRs, and TcPO2 L foot. Pre-HBO.")
    c.appointment("appt-vasc", "2026-09-29", dt("2026-10-14", "08:30"), "Vascular lab: ABI/TBI/PVR + TcPO2", service="Vascular lab")
    c.doc("hbo-consult-2026-10-02", "11488-4", dt("2026-10-02", "15:00"), ["Practitioner/lowe"], """<html><body>
<h3>Hyperbaric Medicine Consultation</h3>
<p><b>Consultant:</b> Gareth Lowe MD (UHM) &nbsp; <b>Referring:</b> N. Petrov DPM &nbsp; <b>Date:</b> 10/02/2026</p>
<p><b>Indication:</b> Diabetic foot ulcer, L plantar 1st MTP, Wagner grade 3 (osteomyelitis).</p>
<p><b>Standard wound care to date (since 8/18/2026):</b></p>
<ul>
<li>Serial sharp debridement weekly</li>
<li>Moist wound bed: collagen-alginate/foam</li>
<li>Offloading: total contact cast since 8/25</li>
<li>Infection: IV ertapenem x 6 wk (completes 10/3) per ID</li>
<li>Glycemic control: A1c 9.1 &rarr; 7.4</li>
<li>Nutrition: albumin 3.6</li>
<li>Vascular status: pedal pulses difficult to palpate (edema/TCC). Perfusion presumed adequate for healing.
Formal arterial studies (ABI/TBI, TcPO2) ordered - pending, scheduled 10/14.</li>
</ul>
<p><b>Measurements:</b> 8/25 2.5 x 1.8 x 1.1 cm &rarr; 9/29 2.4 x 1.9 x 1.1 cm. No measurable healing over &gt; 30 days.</p>
<p><b>Chest XR / ECG:</b> cleared. No untreated pneumothorax. Ears: TMs normal, can equalize.</p>
<p><b>Recommendation:</b> HBOT 2.0 ATA x 90 min, 5x/week, 40 treatments, adjunct to continued standard care.
Will review arterial studies and TcPO2 when available.</p>
</body></html>""", ctype="text/html", description="Hyperbaric medicine consultation")
    c.service_request("sr-hbo", (HCPCS, "G0277", "Hbot, full body chamber, 30m"), "2026-10-06", requester="lowe",
                      reason=["E11.621", "L97.524"])
    # after request
    c.obs("abi-l-2026-10-14", local("ABI", "Ankle-brachial index"), dt("2026-10-14", "08:45"), 0.62, "{ratio}",
          category="procedure", body_site="Left lower extremity")
    c.obs("tbi-l-2026-10-14", local("TBI", "Toe-brachial index"), dt("2026-10-14", "08:45"), 0.38, "{ratio}",
          category="procedure", body_site="Left lower extremity")
    c.doc("vasc-2026-10-14", "18748-4", dt("2026-10-14", "12:00"), ["Organization/lwc"], """VASCULAR LAB - ABI/TBI/PVR 10/14/2026
L ABI 0.62, TBI 0.38, dampened PVRs at calf and forefoot - moderate-severe arterial insufficiency L.
R ABI 0.91. TcPO2 L dorsal forefoot 24 mmHg. Recommend vascular surgery evaluation.
""", description="Vascular lab report", custodian="lwc")

    gold = {"recommendation": "request_info", "policy": "NCD 20.29",
            "evidence": ["DocumentReference/hbo-consult-2026-10-02", "DocumentReference/wound-initial-2026-08-18",
                         "Observation/w-len-2026-08-25", "Observation/w-len-2026-09-29", "Observation/wagner-2026-08-18"],
            "missing": ["vascular|ABI|ankle-brachial|TcPO2|transcutaneous|arterial|perfusion|pulses"],
            "rationale": "T2DM with Wagner 3 lower-extremity DFU and no measurable healing for >30 days of debridement, TCC "
                         "offloading, moist care, antibiotics and glucose optimisation. But standard care includes assessment "
                         "(and correction where possible) of vascular status, and before the request the chart has only a "
                         "blank template, 'not assessed' and 'presumed adequate'; studies were pending. The vascular results "
                         "arrive after the request."}
    k = case("bt-hbot-01", "patients/bt-p07.json", SVC, ["E11.621", "L97.524", "M86.172"], "2026-10-06", gold,
             note="Wagner 3 DFU w/ osteomyelitis, failed >30 days SWC. HBOT x40.")
    return k, c


def hbot_02():
    """refer"""
    c = Chart("bt-p14", "bt-p14", "Bernadette O", "Nkemelu", "female", "1967-03-09", city="Grants Pass", mrn="LH5567402")
    c.practitioner("petrov", "Nadia", "Petrov", "DPM, Podiatry / Wound Care", "Dr.")
    c.practitioner("lowe", "Gareth", "Lowe", "MD, Undersea & Hyperbaric Medicine", "Dr.")
    c.practitioner("reyes", "Oscar", "Reyes", "DPM, Podiatric Surgery", "Dr.")
    c.practitioner("fry", "Martha", "Fry", "MD, Emergency Medicine", "Dr.")
    c.practitioner("vogel", "Anja", "Vogel", "RN, CWOCN")
    c.practitioner("ames", "Robert", "Ames", "MD, Internal Medicine (PCP)", "Dr.")
    c.organization("lwc", "Larkspur Wound & Hyperbaric Center", "Hospital outpatient wound center")
    c.organization("lmc", "Larkspur Medical Center - Radiology", "Hospital radiology department")

    c.condition("cond-t2dm", "E11.621", "2026-04-28", asserter="reyes", text="Type 2 diabetes with R foot ulcer")
    c.condition("cond-ulcer", "L97.413", "2026-04-28", onset="2026-04-21", asserter="reyes",
                text="Non-pressure ulcer R plantar midfoot")
    c.condition("cond-abscess", "L02.611", "2026-05-04", clinical="resolved", abatement="2026-05-12", asserter="fry")
    c.condition("cond-ckd", "N18.31", "2024-01-10", asserter="ames")
    c.condition("cond-htn", "I10", "2010-01-01", asserter="ames")
    c.obs("a1c-2026-05-04", A1C, dt("2026-05-04", "18:00"), 9.8, "%")
    c.obs("wagner-2026-04-28", local("WAGNER", "Wagner diabetic foot ulcer grade"), dt("2026-04-28", "10:00"), ("cc", "Grade 2"),
          category="exam", performer=["Practitioner/reyes"])
    c.obs("wagner-2026-05-12", local("WAGNER", "Wagner diabetic foot ulcer grade"), dt("2026-05-12", "10:00"), ("cc", "Grade 3"),
          category="exam", performer=["Practitioner/petrov"], note="Post I&D of plantar abscess 5/5.")
    c.obs("abi-r-2026-05-13", local("ABI", "Ankle-brachial index"), dt("2026-05-13", "09:00"), 1.02, "{ratio}",
          category="procedure", body_site="Right lower extremity")
    c.obs("tbi-r-2026-05-13", local("TBI", "Toe-brachial index"), dt("2026-05-13", "09:00"), 0.78, "{ratio}",
          category="procedure", body_site="Right lower extremity")
    site = "Right plantar midfoot"
    _wounds(c, "w", [("2026-05-12", 3.2, 2.6, 1.4), ("2026-05-19", 3.0, 2.4, 1.3), ("2026-05-26", 2.7, 2.2, 1.1)],
            "Practitioner/vogel", site)
    c.med("med-augmentin", "amoxicillin 875 mg / clavulanate 125 mg tablet", "2026-05-07", status="completed",
          local_code="F-AMC-875", dosage="1 tab PO BID x 14 days", start="2026-05-07", end="2026-05-21", requester="reyes")
    c.med("med-vanc", "vancomycin IV per pharmacy", "2026-05-04", status="completed", rxnorm=("11124", "vancomycin"),
          dosage="per pharmacy dosing", start="2026-05-04", end="2026-05-07")
    c.med("med-glargine", "insulin glargine 100 units/mL pen", "2026-05-07", rxnorm=("274783", "insulin glargine"),
          dosage="start 14 units nightly, titrate", requester="ames")
    c.med("med-metformin", "metformin 500 mg tablet", "2019-01-01", rxnorm=("6809", "metformin"), dosage="500 mg BID")

    c.doc("podiatry-2026-04-28", "11488-4", dt("2026-04-28", "10:45"), ["Practitioner/reyes"], """PODIATRY NEW PATIENT - O. Reyes DPM
59F T2DM (poorly controlled), neuropathy. Noticed drainage on sock about 1 week ago (~4/21); no injury recalled.
R plantar midfoot ulcer 2.0 x 1.6 x 0.6 cm, base to tendon sheath, no bone. Mild periwound erythema.
Pulses DP/PT 2+ bilat. Wagner 2.
Debrided. Post-op shoe, foam dressing. XR: no osteomyelitis, no gas. Rx doxy. F/u 1 wk.
""", description="Podiatry consult")
    c.encounter("enc-ed", "EMER", dt("2026-05-04", "17:10"), dt("2026-05-07", "12:00"), "ED -> observation/inpatient",
                ["fry", "reyes"])
    c.doc("ed-2026-05-04", "34111-5", dt("2026-05-04", "18:40"), ["Practitioner/fry"], """ED NOTE - M. Fry MD
R foot swelling, fever 38.6, worsening pain x 3 d. Fluctuant plantar midfoot collection around known ulcer.
WBC 16.2, glucose 342, A1c 9.8. XR: soft tissue gas absent. Vanc/pip-tazo. Podiatry for I&D. Admit.
""", description="Emergency department note", encounter="enc-ed")
    c.procedure("proc-id-2026-05-05", (CPT, "28002", "Incision and drainage below fascia, foot, single bursal space"),
                dt("2026-05-05", "09:30"), performer="reyes", note="I&D R plantar midfoot abscess, debridement of necrotic "
                "plantar fascia/muscle, packed open. Cx: MSSA.")
    c.doc("mri-2026-05-06", "18748-4", dt("2026-05-06", "15:00"), ["Organization/lmc"], """MRI R FOOT - 05/06/2026 (post I&D)
Post-surgical plantar midfoot soft tissue defect with packing. Residual small fluid collection 0.8 cm.
No marrow edema to suggest osteomyelitis.
""", description="MRI foot report")
    for d, meas, extra in [("2026-05-12", "3.2 x 2.6 x 1.4", "First wound center visit after discharge. Plan TCC once drainage decreases."),
                           ("2026-05-19", "3.0 x 2.4 x 1.3", "Granulation 60%. Offloading boot."),
                           ("2026-05-26", "2.7 x 2.2 x 1.1", "Granulation 80%, contracting edges. Referred to UHM per pt request.")]:
        c.doc("wound-%s" % d, "11506-3", dt(d, "11:15"), ["Practitioner/petrov"], """WOUND CENTER - N. Petrov DPM
59F T2DM, R plantar midfoot DFU s/p I&D 5/5 (Wagner 3 at I&D).
Wound: %s cm. Moist, beefy granulation, no undermining, no purulence.
Debridement: selective (97597). Dressing: alginate + foam. Offloading: removable walker boot.
Vascular: ABI 1.02 / TBI 0.78 R (5/13) - adequate.
A1c 9.8 on 5/4 - glargine started by PCP.
%s
""" % (meas, extra), description="Wound center visit")
    c.doc("hbo-consult-2026-05-27", "11488-4", dt("2026-05-27", "16:00"), ["Practitioner/lowe"], """HYPERBARIC MEDICINE CONSULTATION - G. Lowe MD
Indication: Diabetic foot ulcer, Wagner grade 3, R plantar midfoot.

Patient with T2DM and lower-extremity diabetic wound, Wagner grade III, who has failed > 30 days of standard
wound care including debridement, offloading, infection control and glucose management, with no measurable
signs of healing. Vascular status assessed (ABI 1.02). Meets CMS criteria for adjunctive HBOT.

Exam: R plantar midfoot wound, granulating. TMs normal. Lungs clear.
Rec: HBOT 2.0 ATA x 90 min daily M-F x 30 tx with continued wound care.
""", description="Hyperbaric medicine consultation")
    c.service_request("sr-hbo", (HCPCS, "G0277", "Hbot, full body chamber, 30m"), "2026-05-29", requester="lowe",
                      reason=["E11.621", "L97.413"])

    gold = {"recommendation": "refer", "policy": "NCD 20.29",
            "evidence": ["Observation/w-len-2026-05-12", "Observation/w-len-2026-05-26", "Observation/w-wid-2026-05-12",
                         "Observation/w-wid-2026-05-26", "DocumentReference/podiatry-2026-04-28",
                         "DocumentReference/hbo-consult-2026-05-27"],
            "missing": [],
            "rationale": "Wagner 3 only since the 5/5 I&D; the ulcer itself began ~4/21 and wound-centre care 5/12, so there "
                         "cannot have been 30 days without measurable healing. Serial measurements show the wound shrinking "
                         "(3.2x2.6x1.4 to 2.7x2.2x1.1 cm). The consult's 'failed >30 days, no measurable healing' is templated "
                         "text contradicted by the dated record."}
    k = case("bt-hbot-02", "patients/bt-p14.json", SVC, ["E11.621", "L97.413"], "2026-05-29", gold,
             note="Wagner 3 DFU, failed standard wound care > 30 days. HBOT x30.")
    return k, c
