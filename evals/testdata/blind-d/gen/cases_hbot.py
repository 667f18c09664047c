"""NCD 20.29 HBOT cases (bd-hbot-01..03)."""
from lib import Chart, case, gold, HCPCS, CPT, to_html

SVC = ("G0277", HCPCS, "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval")


def wound(c, id, date, L, W, D, unit="cm", site="", note=None, time="10:00"):
    return c.obs(id, "Wound assessment%s" % (", " + site if site else ""), date, category="exam", time=time,
                 local="WND-ASSESS", note=note,
                 components=[c.comp("Wound length", L, unit, loinc="39126-8"),
                             c.comp("Wound width", W, unit, loinc="39125-0"),
                             c.comp("Wound depth", D, unit, loinc="39127-6")])


# ---------------------------------------------------------------------------------------------------------------
def hbot01():
    """Approve: osteoradionecrosis of the mandible, HBOT as adjunct to planned sequestrectomy after failed
    conservative therapy; no recurrence; diabetic patient but no foot wound (diabetic branch irrelevant)."""
    c = Chart("pd16", -5, local_system="http://ehr.coastal-hn.example/CodeSystem/clinical-local",
              org="Coastal Head and Neck Center")
    c.patient("Oduya", ["Franklin", "K"], "male", "1955-04-17", "CHN-6619023", "Charleston", "SC")
    c.condition("orn", "M27.2", "2025-10-02", onset="2025-09-15",
                text="Osteoradionecrosis, left posterior mandible (post-radiation)")
    c.condition("hx-bot", "Z85.810", "2022-09-01", text="History of SCC base of tongue, p16+, s/p chemoradiation 2022")
    c.condition("hx-rt", "Z92.3", "2022-09-01", text="Personal history of irradiation (70 Gy, 2022)")
    c.condition("t2dm", "E11.9", "2015-06-10", text="Type 2 diabetes mellitus")
    c.condition("gerd", "K21.9", "2018-02-02")
    c.proc("extraction-2025-06-24", "Extraction tooth #18", "2025-06-24", code="D7140",
           system="http://www.ada.org/cdt", performer="Lydia Marsh, DMD (General Dentistry)")
    c.proc("ct-2026-01-08", "CT maxillofacial without contrast", "2026-01-08", code="70486", time="15:30")
    c.obs("orn-exposed-2026-01-20", "Exposed necrotic bone, greatest dimension (left posterior mandible)",
          "2026-01-20", value=15, unit="mm", local="ONC-ORN-EXP", category="exam", time="09:40")
    c.obs("a1c-2026-01-05", "Hemoglobin A1c", "2026-01-05", value=6.9, unit="%", loinc="4548-4", time="08:00")
    c.med("pento", "8013", "pentoxifylline ER 400 mg tablet", "2025-10-02", dose="400 mg PO BID (with vitamin E 1000 IU daily)",
          validity=("2025-10-02", None), reason="Osteoradionecrosis (PENTO protocol)")
    c.med("amox-clav", "723", "amoxicillin-clavulanate 875-125 mg tablet", "2025-11-18", status="completed",
          dose="1 tab PO BID x 14 days", validity=("2025-11-18", "2025-12-02"))
    c.med("metformin", "6809", "metformin 500 mg tablet", "2015-06-10", dose="1000 mg PO BID")
    c.sreq("seq-order", "Sequestrectomy / debridement left mandible", "2026-01-20", code="21025",
           requester="Caroline Stroud, DDS, MD (Oral and Maxillofacial Surgery)", occurrence="2026-03-17")
    # after the request date (must be ignored)
    c.proc("seq-2026-03-17", "Sequestrectomy and debridement, left posterior mandible, primary closure", "2026-03-17",
           code="21025", time="07:45", performer="Caroline Stroud, DDS, MD (Oral and Maxillofacial Surgery)")
    c.sreq("hbo-order", "Hyperbaric oxygen 2.4 ATA x 90 min: 20 pre-op and 10 post-op sessions", "2026-01-27",
           code="G0277", system=HCPCS, requester="Jerome Whitaker, MD (Undersea and Hyperbaric Medicine)")

    c.note("note-dental-2025-06-24", "Dental Note", "2025-06-24", "Lydia Marsh, DMD (General Dentistry)", """
DENTAL -- 06/24/2025
#18 non-restorable caries with periapical abscess. Hx 70 Gy to oropharynx 2022 (base of tongue). Risks of
extraction in irradiated bone discussed, including osteoradionecrosis. Rad onc consulted by phone: left posterior
mandible was within the high-dose field. Pt declined pre-extraction HBOT (travel/cost) and wants the tooth out
today. Consent signed. Local: 2% lidocaine 1:100k x 2 carpules. Atraumatic extraction #18 (sectioned), socket
irrigated, primary closure with 4-0 chromic, chlorhexidine 0.12% rinse BID. Amoxicillin 500 TID x 7 d.
Post-op instructions given. If socket fails to heal, refer OMFS -- HBOT could be reconsidered then.
""", time="14:00")
    c.note("note-radonc-2025-12-15", "Radiation Oncology Follow-up", "2025-12-15",
           "Samira Kell, MD (Radiation Oncology)", """
RADIATION ONCOLOGY SURVIVORSHIP VISIT -- 12/15/2025
70M, p16+ SCC base of tongue (T2N1), definitive chemoradiation: 70 Gy/35 fx with weekly cisplatin, completed
08/2022. Plan review: left posterior mandible (#17-19 region) received 64-68 Gy.
Surveillance PET-CT 12/2025: no evidence of recurrent or residual disease; no nodal uptake. Mild uptake left
posterior mandible corresponding to the area of exposed bone -- consistent with osteoradionecrosis, not tumor.
Xerostomia grade 1. Swallowing normal diet.
Impression: NED at 3+ years. Mandibular ORN after #18 extraction -- followed by OMFS. Agree with HBOT as an
adjunct to surgical management if OMFS proceeds.
""", time="11:30")
    c.note("rpt-ct-2026-01-08", "CT Maxillofacial Report", "2026-01-08", "Arjun Patel, MD (Neuroradiology)", """
CT MAXILLOFACIAL WITHOUT CONTRAST -- 01/08/2026
History: ORN left mandible.
Findings: mixed lytic-sclerotic change of the left posterior mandibular body from the #17 to #19 region, 2.6 cm,
with a 1.1 cm cortical sequestrum at the former #18 socket and buccal cortical disruption. Inferior alveolar canal
intact; no pathologic fracture. No soft tissue mass. No cervical adenopathy.
Comparison: PET-CT 12/2025 (mild uptake at the same site).
IMPRESSION: Osteoradionecrosis of the left posterior mandible with sequestrum; no pathologic fracture; no CT evidence
of recurrent tumor.
""", loinc="24627-2", time="17:00")
    c.note("note-omfs-2026-01-20", "Oral and Maxillofacial Surgery Consult", "2026-01-20",
           "Caroline Stroud, DDS, MD (Oral and Maxillofacial Surgery)", """
OMFS CONSULT -- 01/20/2026
Reason: non-healing #18 extraction site, post-radiation.
HPI: 70M, chemoradiation 2022 (64-68 Gy to this region), #18 extracted 6/24/2025. Socket never healed; exposed bone
noted 9/2025. Since 10/2025 on pentoxifylline + vitamin E, chlorhexidine 0.12% rinses TID, two courses of
amoxicillin-clavulanate for flares of pain/swelling (11/2025, 9/2025). Despite 4 months of conservative therapy the
exposed bone has enlarged from ~8 mm to 15 mm with intermittent purulence and pain.
Exam: 15 x 9 mm exposed necrotic bone left posterior mandible, mobile sequestrum palpable, no orocutaneous fistula,
no trismus. Lower lip sensation intact. No cervical masses.
Imaging: CT 1/8/2026 -- ORN with sequestrum, no fracture. PET 12/2025 -- no recurrence.
Assessment: osteoradionecrosis, left posterior mandible (Notani II), refractory to conservative management.
Plan: sequestrectomy and debridement with primary closure (tentatively 3/17/2026); continue PENTO; adjunctive HBOT
per Marx protocol (20 sessions pre-op, 10 post-op) -- referral to hyperbaric medicine. A1c 6.9 -- acceptable.
""", loinc="11488-4", time="10:30")

    cs = case("bd-hbot-01", "pd16", SVC, ["M27.2", "Z92.3"], "2026-02-03",
              gold("approve", "NCD 20.29",
                   ["Condition/orn", "DocumentReference/note-omfs-2026-01-20", "DocumentReference/rpt-ct-2026-01-08",
                    "DocumentReference/note-radonc-2025-12-15"],
                   "Osteoradionecrosis is a covered condition 'as an adjunct to conventional treatment': ORN of the "
                   "irradiated mandible confirmed clinically and on CT, conventional treatment (PENTO, rinses, antibiotics) "
                   "ongoing and sequestrectomy planned, HBOT requested as the adjunct. PET shows no recurrence. The "
                   "patient's diabetes is irrelevant (no lower-extremity wound; the diabetic-wound criteria do not apply)."),
              note="HBOT adjunct to sequestrectomy for mandibular osteoradionecrosis (Marx 20/10).")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def hbot02():
    """Refer: diabetic foot ulcer with > 30 days failed standard care, but it is Wagner 2 (tendon, no abscess/
    osteomyelitis on MRI, probe-to-bone negative); the hyperbaric consult labels it 'Wagner III'."""
    c = Chart("pd17", -6, local_system="http://fhir.prairiewound.example/CodeSystem/wound-flowsheet",
              org="Prairie Wound and Hyperbaric")
    c.patient("Quist", ["Lorraine", "A"], "female", "1952-10-01", "PWH-1027734", "Sioux Falls", "SD")
    c.condition("t2dm-ulcer", "E11.621", "2026-04-14", text="Type 2 diabetes mellitus with foot ulcer")
    c.condition("ulcer", "L97.515", "2026-04-14",
                text="Non-pressure chronic ulcer, right plantar 1st MTP, muscle/tendon involvement without necrosis")
    c.condition("neuropathy", "E11.42", "2019-03-05", text="Diabetic polyneuropathy")
    c.condition("htn", "I10", "2010-07-21")
    c.obs("abi-2026-04-14", "Ankle-brachial index, right", "2026-04-14", value=1.02, unit="1", local="VASC-ABI-R",
          category="exam", time="10:40", components=[c.comp("Toe-brachial index, right", 0.71, "1", local="VASC-TBI-R")])
    c.obs("a1c-2026-03-30", "Hemoglobin A1c", "2026-03-30", value=9.1, unit="%", loinc="4548-4", time="07:50")
    c.obs("a1c-2026-06-09", "Hemoglobin A1c", "2026-06-09", value=7.8, unit="%", loinc="4548-4", time="07:50")
    wound(c, "wnd-2026-04-14", "2026-04-14", 2.4, 1.9, 0.8, site="R plantar 1st MTP")
    wound(c, "wnd-2026-05-12", "2026-05-12", 2.5, 1.8, 0.8, site="R plantar 1st MTP",
          note="Probe-to-bone negative. FHL tendon visible at base.")
    wound(c, "wnd-2026-06-09", "2026-06-09", 2.4, 1.9, 0.9, site="R plantar 1st MTP")
    c.obs("wagner-2026-06-09", "Wagner grade (podiatry)", "2026-06-09", vint=2, local="WND-WAGNER", category="exam",
          time="10:20")
    c.proc("debr-series", "Selective debridement, weekly (4/14-6/16/2026, 10 sessions)", "2026-04-14", code="97597",
           note="Weekly sharp debridement to bleeding tissue; last 6/16/2026.")
    c.proc("tcc-2026-04-21", "Total contact cast application, right", "2026-04-21", code="29445",
           note="TCC changed weekly since 4/21/2026.")
    c.med("cephalexin", "2231", "cephalexin 500 mg capsule", "2026-04-14", status="completed", dose="500 mg PO QID x 14 d",
          validity=("2026-04-14", "2026-04-28"), reason="Cellulitis around ulcer")
    c.med("glargine", "274783", "insulin glargine 100 units/mL", "2020-05-11", dose="30 units SC nightly")
    c.sreq("hbo-order", "HBOT 2.0 ATA x 90 min, 30 sessions", "2026-06-16", code="G0277", system=HCPCS,
           requester="Victor Albescu, MD (Undersea and Hyperbaric Medicine)")

    c.note("note-wc-2026-04-14", "Wound Center Intake", "2026-04-14", "Mae Thorsen, DPM (Podiatry - Wound Center)", """
WOUND CENTER INTAKE -- 04/14/2026
73F T2DM (A1c 9.1), neuropathy. R plantar 1st MTP ulcer since ~early March after new shoes. Prior care: home
dressings by daughter.
Wound: 2.4 x 1.9 x 0.8 cm, granular base with fibrinous slough, callus rim, mild periwound erythema 1 cm. No probe
to bone. No fluctuance. Mild serous drainage.
Vascular: DP/PT 2+ bilat. ABI R 1.02, TBI 0.71 -- adequate perfusion; no vascular referral needed.
X-ray R foot: no osseous erosion, no gas.
Plan: sharp debridement today; cephalexin x 14 d for cellulitis; total contact cast from next week; endocrine for
glucose optimization; nutrition screen (albumin 3.9 -- ok). Weekly visits.
""", time="11:00")
    c.note("rpt-mri-2026-05-27", "MRI Report", "2026-05-27", "Colin Baptiste, MD (Musculoskeletal Radiology)", to_html("""
MRI RIGHT FOREFOOT WITHOUT AND WITH CONTRAST -- 05/27/2026
Indication: non-healing plantar ulcer 1st MTP, evaluate for osteomyelitis/abscess.
Findings: plantar soft tissue ulcer beneath the 1st MTP joint extending to the flexor hallucis longus tendon sheath,
with mild tenosynovitis. Normal marrow signal of the 1st metatarsal head, sesamoids and proximal phalanx -- no
marrow edema or T1 replacement. No rim-enhancing fluid collection. 1st MTP joint: no effusion.
IMPRESSION: Deep soft tissue ulcer to the FHL tendon sheath. NO osteomyelitis. NO abscess. No septic arthritis.
""", "Radiology Report - MRI Right Forefoot"), ctype="text/html", loinc="24627-2", time="15:10")
    c.note("note-pod-2026-06-09", "Podiatry Wound Progress Note", "2026-06-09", "Mae Thorsen, DPM (Podiatry - Wound Center)", """
WOUND F/U -- 06/09/2026 (week 8)
R plantar 1st MTP: 2.4 x 1.9 x 0.9 cm (4/14: 2.4 x 1.9 x 0.8; 5/12: 2.5 x 1.8 x 0.8). No measurable improvement
after 8 weeks of weekly debridement, TCC offloading, infection treated, A1c improved 9.1 -> 7.8.
Base: FHL tendon visible, granulation sparse. PTB negative again. MRI 5/27: no osteomyelitis or abscess.
Classification: Wagner grade 2 (deep ulcer to tendon/capsule without abscess or osteomyelitis).
Plan: referral to hyperbaric medicine for opinion; consider biologic skin substitute; continue TCC.
""", time="10:40")
    c.note("note-hbo-2026-06-16", "Hyperbaric Medicine Consult", "2026-06-16",
           "Victor Albescu, MD (Undersea and Hyperbaric Medicine)", """
HYPERBARIC MEDICINE CONSULT -- 06/16/2026
73F T2DM with R plantar forefoot ulcer x ~14 weeks, failed > 30 days of standard wound care at our center
(debridement, TCC, infection control, glycemic improvement, adequate perfusion ABI 1.02/TBI 0.71).
Wound: 2.4 x 1.9 x 0.9 cm, tendon exposed.
Assessment: Wagner grade III diabetic foot ulcer (deep, with tendon exposure) -- meets Medicare criteria for HBOT.
No contraindications: no untreated pneumothorax, no bleomycin/doxorubicin, TM mobile bilat, no seizure hx. CXR clear.
Plan: HBOT 2.0 ATA x 90 min daily, 30 sessions, with continued standard care; reassess wound every 30 days.
""", loinc="11488-4", time="13:30")

    cs = case("bd-hbot-02", "pd17", SVC, ["E11.621", "L97.514"], "2026-06-23",
              gold("refer", "NCD 20.29",
                   ["DocumentReference/rpt-mri-2026-05-27", "Observation/wagner-2026-06-09",
                    "DocumentReference/note-pod-2026-06-09", "DocumentReference/note-hbo-2026-06-16"],
                   "Diabetic lower-extremity wound with > 30 days of documented standard care and no measurable healing "
                   "(4/14-6/9), vascular status assessed. But Wagner grade III or higher is not shown: the podiatrist grades "
                   "it Wagner 2; MRI 5/27 shows no osteomyelitis, abscess or joint sepsis; probe-to-bone negative. The "
                   "hyperbaric consult's 'Wagner III' rests on tendon exposure, which is Wagner 2, and the request code "
                   "L97.514 (necrosis of bone) is not supported. Conflicting documentation -> physician review."),
              note="Wagner III DFU, failed 30+ days standard care. HBOT x 30.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def hbot03():
    """Request info: Wagner III (osteomyelitis) DFU, > 30 days no healing (measurements partly in mm), but the
    affected (left) limb's vascular status is never assessed; old duplex is of the right leg; ABI/TcPO2 booked after
    the request."""
    c = Chart("pd18", -7, local_system="http://fhir.highplains-wound.example/CodeSystem/wound",
              org="High Plains Wound Center")
    c.patient("Trevino-Baird", ["Amos", "R"], "male", "1957-01-28", "HPW-5541872", "Pueblo", "CO")
    c.condition("t2dm-ulcer", "E11.621", "2026-07-15", text="Type 2 diabetes mellitus with foot ulcer")
    c.condition("ulcer", "L97.524", "2026-07-15", text="Non-pressure chronic ulcer, left plantar 1st metatarsal head, bone necrosis")
    c.condition("osteo", "M86.672", "2026-07-15", text="Chronic osteomyelitis, left 1st metatarsal head")
    c.condition("neuropathy", "E11.42", "2017-08-01", text="Diabetic polyneuropathy")
    c.condition("pad-right", "I70.211", "2024-05-08",
                text="Atherosclerosis of native arteries, right leg, with intermittent claudication")
    c.condition("ckd", "N18.30", "2021-02-17", text="CKD stage 3")
    c.obs("duplex-r-2024-05-08", "Arterial duplex, right lower extremity", "2024-05-08",
          vstr="50-69% stenosis right mid SFA; triphasic-to-biphasic tibial waveforms. Left leg not studied.",
          local="VASC-DUPLEX-R", category="imaging", time="09:00")
    c.obs("a1c-2026-07-15", "Hemoglobin A1c", "2026-07-15", value=8.9, unit="%", loinc="4548-4", time="07:30")
    c.obs("a1c-2026-09-14", "Hemoglobin A1c", "2026-09-14", value=7.6, unit="%", loinc="4548-4", time="07:30")
    c.obs("alb-2026-07-15", "Albumin", "2026-07-15", value=3.6, unit="g/dL", loinc="1751-7", time="07:30")
    wound(c, "wnd-2026-07-20", "2026-07-20", 3.1, 2.2, 1.1, site="L plantar 1st met head")
    wound(c, "wnd-2026-08-17", "2026-08-17", 30, 23, 11, unit="mm", site="L plantar 1st met head")
    wound(c, "wnd-2026-09-21", "2026-09-21", 3.2, 2.2, 1.2, site="L plantar 1st met head")
    c.proc("biopsy-2026-07-18", "Bone biopsy, left 1st metatarsal head", "2026-07-18", code="20245",
           note="Culture: MSSA. Histology: chronic osteomyelitis.")
    c.med("cefazolin", "2180", "cefazolin 2 g IV", "2026-07-20", status="completed", dose="2 g IV q8h via PICC",
          validity=("2026-07-20", "2026-08-31"), reason="MSSA osteomyelitis L 1st metatarsal")
    c.med("glargine", "274783", "insulin glargine 100 units/mL", "2018-01-09", dose="34 units SC nightly")
    c.sreq("vasc-order", "Noninvasive arterial studies LEFT lower extremity: ABI/TBI + TcPO2 forefoot", "2026-09-24",
           code="93923", requester="Ines Calloway, MD (Undersea and Hyperbaric Medicine)", occurrence="2026-10-08")
    c.appt("appt-vasc-2026-10-08", "Vascular lab: ABI/TBI and TcPO2, left leg", "2026-09-24", "2026-10-08",
           stime="09:30", minutes=60)
    c.sreq("hbo-order", "HBOT 2.4 ATA x 90 min, 30 sessions", "2026-09-24", code="G0277", system=HCPCS,
           requester="Ines Calloway, MD (Undersea and Hyperbaric Medicine)")
    # after the request date (must be ignored)
    c.obs("tcpo2-2026-10-08", "TcPO2, left dorsal forefoot", "2026-10-08", value=22, unit="mm[Hg]",
          local="VASC-TCPO2-LFF", category="exam", time="10:00")

    c.note("rpt-mri-2026-07-15", "MRI Report", "2026-07-15", "Dana Kowalski, MD (Musculoskeletal Radiology)", """
MRI LEFT FOOT W/WO CONTRAST -- 07/15/2026
Plantar ulcer beneath the 1st metatarsal head with a sinus tract to bone. Confluent T1 hypointense marrow
replacement and enhancement of the 1st metatarsal head and medial sesamoid. No abscess. No joint effusion.
Soft tissues: dorsal forefoot edema, no drainable collection. Tendons intact. Lisfranc joint normal. No gas.
Comparison: radiographs 7/10/2026 (subtle cortical erosion of the 1st metatarsal head).
IMPRESSION: Acute-on-chronic osteomyelitis of the left 1st metatarsal head and medial sesamoid underlying the
plantar ulcer.
""", loinc="24627-2", time="14:00")
    c.note("note-wc-2026-07-20", "Wound Center Intake", "2026-07-20", "Ruben Oyelowo, DPM (Podiatry - Wound Center)", """
WOUND CENTER INTAKE -- 07/20/2026
69M T2DM (A1c 8.9), neuropathy, CKD 3. L plantar 1st met head ulcer x ~6 wk; bone biopsy 7/18 MSSA osteomyelitis.
Wound: 3.1 x 2.2 x 1.1 cm, probes to bone, moderate serous drainage, no cellulitis. Wagner grade 3.
Pulses: L DP/PT not palpable -- 2+ pitting edema of L foot/ankle; R DP faint (known R SFA disease, 2024 duplex).
Plan: ID -- cefazolin 6 wk via PICC; weekly sharp debridement; offloading (removable cast walker -- pt declined TCC);
endocrine referral; nutrition (albumin 3.6). Vascular studies when edema improves.
""", time="11:20")
    c.note("note-wc-2026-08-17", "Wound Progress Note", "2026-08-17", "Ruben Oyelowo, DPM (Podiatry - Wound Center)", """
WOUND F/U -- 08/17/2026
L plantar 1st met head: 30 x 23 x 11 mm (new wound nurse records in mm). Base pale-pink, probes to bone.
Debrided to bleeding tissue. Cefazolin through 8/31. Offloading boot: pt admits wearing it "most of the time."
Edema L foot 1+ -- pulses still not palpable. Doppler not done today (machine out for repair).
Periwound: macerated callus rim pared. Drainage small serous. No cellulitis, no odor. Temp 36.8.
A1c pending. Glucose log 140-210 fasting -- endocrine adjusting glargine.
Continue weekly debridement and offloading; reinforced non-weight bearing with knee scooter when possible.
""", time="10:50")
    c.note("note-hbo-2026-09-24", "Hyperbaric Medicine Consult", "2026-09-24",
           "Ines Calloway, MD (Undersea and Hyperbaric Medicine)", """
HYPERBARIC MEDICINE CONSULT -- 09/24/2026
69M T2DM with L plantar 1st met head ulcer and biopsy-proven MSSA osteomyelitis (Wagner 3).
Standard care since 7/20/2026 (66 days): weekly debridement, 6 wk IV cefazolin (completed 8/31), offloading boot,
glycemic optimization (A1c 8.9 -> 7.6), nutrition adequate (albumin 3.6).
Measurements: 7/20 3.1 x 2.2 x 1.1 cm; 8/17 30 x 23 x 11 mm; 9/21 3.2 x 2.2 x 1.2 cm -- no measurable healing.
Vascular: L foot pulses not palpable (edema); no noninvasive arterial testing of the LEFT leg on file -- the 2024
duplex was of the right leg for claudication. Ordered ABI/TBI and TcPO2 of the left leg (vascular lab 10/8). If
perfusion is inadequate, vascular surgery referral before/alongside HBOT.
HBOT screening: no contraindications; CXR clear; TMs normal.
Plan: request HBOT authorization; start after vascular results reviewed.
""", loinc="11488-4", time="15:00")
    # after the request date (must be ignored)
    c.note("rpt-vasc-2026-10-08", "Vascular Lab Report", "2026-10-08", "Kendall Price, MD (Vascular Surgery)", """
NONINVASIVE ARTERIAL STUDY -- LEFT LOWER EXTREMITY -- 10/08/2026
ABI L non-compressible (> 1.4). TBI L 0.32. TcPO2 L dorsal forefoot 22 mmHg (supine). Monophasic tibial waveforms.
Right leg (comparison, limited): ABI 0.84, TBI 0.58.
Technique: segmental pressures limited by calcified vessels; PPG toe pressures; TcPO2 after 20 min equilibration
at 44 C, room air, supine.
IMPRESSION: Significant left infrapopliteal arterial disease; forefoot perfusion inadequate for healing.
Recommend angiography with possible endovascular revascularization. Results called to Dr. Calloway on 10/8 at 13:10.
""", time="13:00")

    cs = case("bd-hbot-03", "pd18", SVC, ["E11.621", "L97.524", "M86.672"], "2026-09-29",
              gold("request_info", "NCD 20.29",
                   ["DocumentReference/note-hbo-2026-09-24", "DocumentReference/rpt-mri-2026-07-15",
                    "Observation/wnd-2026-07-20", "Observation/wnd-2026-09-21", "ServiceRequest/vasc-order"],
                   "Diabetic lower-extremity wound, Wagner 3 (biopsy/MRI osteomyelitis), no measurable healing over > 30 "
                   "days (7/20 to 9/21; 8/17 values in mm are the same size). Standard wound care must include assessment "
                   "of vascular status (and correction if possible): the left leg has never been assessed (pulses not "
                   "palpable, no Doppler/ABI/TcPO2; the 2024 duplex is of the right leg). Left-leg studies are booked "
                   "10/8, after the request; that result does not exist for the case. Ask for the vascular assessment.",
                   missing=["vascular|ABI|ankle brachial|ankle-brachial|TcPO2|transcutaneous|perfusion|arterial"]),
              note="Wagner 3 DFU with osteomyelitis, failed 30+ days standard wound care. HBOT x 30.")
    return c, cs


CASES = [hbot01, hbot02, hbot03]
