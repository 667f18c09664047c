"""Small standard-library helpers to write synthetic FHIR R4 charts for blind-t.

Everything here is invented. No real patients, clinicians or facilities.
"""
import base64
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CODES_DIR = "/work/shared/data/codes"

BASE = "http://fhir.larkspur-health.example/fhir/"
LOCAL = "http://fhir.larkspur-health.example/CodeSystem/obs-local"
LOCAL_MED = "http://fhir.larkspur-health.example/CodeSystem/formulary"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"

_ICD = None
_HCPCS = None


def icd_table():
    global _ICD
    if _ICD is None:
        _ICD = {}
        with open(os.path.join(CODES_DIR, "icd10cm_fy2022_codes.csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                _ICD[row["code_dotted"]] = row
    return _ICD


def hcpcs_table():
    global _HCPCS
    if _HCPCS is None:
        _HCPCS = {}
        with open(os.path.join(CODES_DIR, "hcpcs_level2_2020.csv"), newline="", encoding="utf-8", errors="replace") as f:
            for row in csv.DictReader(f):
                _HCPCS[row["code"]] = row
    return _HCPCS


def icd_display(code):
    row = icd_table().get(code)
    if row is None:
        raise KeyError("ICD-10-CM code not in FY2022 file: " + code)
    if row["billable"] != "1":
        raise KeyError("ICD-10-CM code not billable: " + code)
    return row["long_description"]


def hcpcs_display(code):
    row = hcpcs_table().get(code)
    if row is None:
        raise KeyError("HCPCS code not in 2020 file: " + code)
    return row["short_description"]


def tz_for(date):
    m = int(date[5:7])
    return "-04:00" if 4 <= m <= 10 else "-05:00"


def dt(date, time="09:00"):
    if len(time) == 5:
        time += ":00"
    return "%sT%s%s" % (date, time, tz_for(date))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def ref(rtype, rid, display=None):
    r = {"reference": "%s/%s" % (rtype, rid)}
    if display:
        r["display"] = display
    return r


class Chart:
    def __init__(self, bundle_id, pid, given, family, gender, birth, city="Larkspur", state="OR", mrn=None):
        self.bundle_id = bundle_id
        self.pid = pid
        self.entries = []
        self.ids = set()
        self.add({
            "resourceType": "Patient",
            "id": pid,
            "identifier": [{"system": "http://fhir.larkspur-health.example/mrn", "value": mrn or ("LH" + pid.upper().replace("-", ""))}],
            "name": [{"use": "official", "family": family, "given": given.split()}],
            "gender": gender,
            "birthDate": birth,
            "address": [{"city": city, "state": state, "country": "US"}],
        })

    # ------------------------------------------------------------------ core
    def add(self, res):
        key = (res["resourceType"], res["id"])
        if key in self.ids:
            raise ValueError("duplicate id %s/%s in %s" % (key[0], key[1], self.bundle_id))
        self.ids.add(key)
        self.entries.append(res)
        return res

    @property
    def subj(self):
        return ref("Patient", self.pid)

    def bundle(self, timestamp):
        return {
            "resourceType": "Bundle",
            "id": self.bundle_id,
            "type": "collection",
            "timestamp": timestamp,
            "entry": [{"fullUrl": BASE + "%s/%s" % (r["resourceType"], r["id"]), "resource": r} for r in self.entries],
        }

    # ------------------------------------------------------------- resources
    def practitioner(self, rid, given, family, qual, prefix=None):
        name = {"family": family, "given": given.split()}
        if prefix:
            name["prefix"] = [prefix]
        return self.add({
            "resourceType": "Practitioner", "id": rid, "name": [name],
            "qualification": [{"code": {"text": qual}}],
        })

    def organization(self, rid, name, type_text):
        return self.add({"resourceType": "Organization", "id": rid, "name": name,
                         "type": [{"text": type_text}]})

    def encounter(self, rid, cls, start, end=None, type_text=None, participants=(), provider=None, reason=None):
        classes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": rid, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": classes[cls]},
             "subject": self.subj, "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if type_text:
            r["type"] = [{"text": type_text}]
        if participants:
            r["participant"] = [{"individual": ref("Practitioner", p)} for p in participants]
        if provider:
            r["serviceProvider"] = ref("Organization", provider)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def condition(self, rid, code, recorded, onset=None, clinical="active", verification="confirmed",
                  abatement=None, note=None, asserter=None, category="problem-list-item", text=None):
        r = {"resourceType": "Condition", "id": rid,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
             "code": {"coding": [{"system": ICD, "code": code, "display": icd_display(code)}], "text": text or icd_display(code)},
             "subject": self.subj, "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if asserter:
            r["asserter"] = ref("Practitioner", asserter)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, rid, code, date, value=None, unit=None, ucum=None, category="laboratory", performer=(),
            method=None, note=None, interpretation=None, components=None, status="final", issued=None, text=None,
            body_site=None, device_text=None):
        """code: (system, code, display). value: number (with unit), str, or ('cc', text)."""
        system, c, disp = code
        cc = {"coding": [{"system": system, "code": c, "display": disp}], "text": text or disp}
        r = {"resourceType": "Observation", "id": rid, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
             "code": cc, "subject": self.subj, "effectiveDateTime": date}
        if issued:
            r["issued"] = issued
        if performer:
            r["performer"] = [ref(*p.split("/", 1)) for p in performer]
        if isinstance(value, bool):
            r["valueBoolean"] = value
        elif isinstance(value, (int, float)):
            q = {"value": value}
            if unit:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        elif isinstance(value, tuple) and value[0] == "cc":
            r["valueCodeableConcept"] = {"text": value[1]}
        elif isinstance(value, str):
            r["valueString"] = value
        if method:
            r["method"] = {"text": method}
        if body_site:
            r["bodySite"] = {"text": body_site}
        if device_text:
            r["device"] = {"display": device_text}
        if note:
            r["note"] = [{"text": note}]
        if interpretation:
            r["interpretation"] = [{"text": interpretation}]
        if components:
            comps = []
            for (csys, ccode, cdisp, cval, cunit) in components:
                comp = {"code": {"coding": [{"system": csys, "code": ccode, "display": cdisp}], "text": cdisp}}
                if isinstance(cval, (int, float)):
                    comp["valueQuantity"] = {"value": cval, "unit": cunit, "system": UCUM, "code": cunit}
                else:
                    comp["valueString"] = str(cval)
                comps.append(comp)
            r["component"] = comps
        return self.add(r)

    def med(self, rid, text, authored, status="active", rxnorm=None, dosage=None, requester=None,
            reason=None, status_reason=None, start=None, end=None, note=None, local_code=None):
        coding = []
        if rxnorm:
            coding.append({"system": RXN, "code": rxnorm[0], "display": rxnorm[1]})
        if local_code:
            coding.append({"system": LOCAL_MED, "code": local_code, "display": text})
        mc = {"text": text}
        if coding:
            mc["coding"] = coding
        r = {"resourceType": "MedicationRequest", "id": rid, "status": status, "intent": "order",
             "medicationCodeableConcept": mc, "subject": self.subj, "authoredOn": authored}
        if requester:
            r["requester"] = ref("Practitioner", requester)
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if reason:
            r["reasonCode"] = [{"coding": [{"system": ICD, "code": reason, "display": icd_display(reason)}]}]
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def procedure(self, rid, code, date, performer=None, status="completed", note=None, reason=None, outcome=None):
        system, c, disp = code
        r = {"resourceType": "Procedure", "id": rid, "status": status,
             "code": {"coding": [{"system": system, "code": c, "display": disp}], "text": disp},
             "subject": self.subj, "performedDateTime": date}
        if performer:
            r["performer"] = [{"actor": ref("Practitioner", performer)}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, rid, loinc, date, authors, text, ctype="text/plain", description=None, encounter=None,
            relates=None, doc_status="final", title=None, custodian=None):
        types = {
            "11488-4": "Consult note", "11506-3": "Progress note", "18842-5": "Discharge summary",
            "34117-2": "History and physical note", "18748-4": "Diagnostic imaging study",
            "34109-9": "Note", "28570-0": "Procedure note", "34746-8": "Nurse note",
            "34111-5": "Emergency department note", "11524-6": "EKG study",
            "83320-2": "Respiratory therapy note", "67852-4": "Hospital admission evaluation note",
        }
        r = {"resourceType": "DocumentReference", "id": rid, "status": "current", "docStatus": doc_status,
             "type": {"coding": [{"system": LOINC, "code": loinc, "display": types[loinc]}], "text": types[loinc]},
             "subject": self.subj, "date": date,
             "author": [ref(*a.split("/", 1)) for a in authors],
             "content": [{"attachment": {"contentType": ctype, "data": b64(text),
                                         "title": title or description or types[loinc],
                                         "creation": date}}]}
        if description:
            r["description"] = description
        if encounter:
            r["context"] = {"encounter": [ref("Encounter", encounter)]}
        if relates:
            r["relatesTo"] = [{"code": "appends", "target": ref("DocumentReference", relates)}]
        if custodian:
            r["custodian"] = ref("Organization", custodian)
        return self.add(r)

    def service_request(self, rid, code, authored, status="active", requester=None, reason=None, note=None,
                        occurrence=None, performer=None):
        system, c, disp = code
        r = {"resourceType": "ServiceRequest", "id": rid, "status": status, "intent": "order",
             "code": {"coding": [{"system": system, "code": c, "display": disp}], "text": disp},
             "subject": self.subj, "authoredOn": authored}
        if requester:
            r["requester"] = ref("Practitioner", requester)
        if performer:
            r["performer"] = [ref(*performer.split("/", 1))]
        if reason:
            r["reasonCode"] = [{"coding": [{"system": ICD, "code": x, "display": icd_display(x)}]} for x in reason]
        if note:
            r["note"] = [{"text": note}]
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        return self.add(r)

    def appointment(self, rid, created, start, description, practitioner=None, status="booked", service=None):
        parts = [{"actor": self.subj, "status": "accepted"}]
        if practitioner:
            parts.append({"actor": ref("Practitioner", practitioner), "status": "accepted"})
        r = {"resourceType": "Appointment", "id": rid, "status": status, "description": description,
             "created": created, "start": start, "participant": parts}
        if service:
            r["serviceType"] = [{"text": service}]
        return self.add(r)


def icd_dx(code):
    return {"system": ICD, "code": code, "display": icd_display(code)}


def case(cid, patient_file, service, diagnoses, date, gold, urgency="standard", note=None):
    req = {"service": service, "diagnoses": [icd_dx(d) for d in diagnoses], "payer": "medicare",
           "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    return {"id": cid, "patient": patient_file, "request": req, "gold": gold}


# Common observation codes
LVEF = (LOINC, "10230-1", "Left ventricular Ejection fraction")
SPO2 = (LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")
PAO2 = (LOINC, "2703-7", "Oxygen [Partial pressure] in Arterial blood")
PACO2 = (LOINC, "2019-8", "Carbon dioxide [Partial pressure] in Arterial blood")
PH = (LOINC, "2744-1", "pH of Arterial blood")
BMI = (LOINC, "39156-5", "Body mass index (BMI) [Ratio]")
WT = (LOINC, "29463-7", "Body weight")
HT = (LOINC, "8302-2", "Body height")
SBP = (LOINC, "8480-6", "Systolic blood pressure")
DBP = (LOINC, "8462-4", "Diastolic blood pressure")
BP = (LOINC, "85354-9", "Blood pressure panel with all children optional")
HR = (LOINC, "8867-4", "Heart rate")
A1C = (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")
K = (LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")
MG = (LOINC, "19123-9", "Magnesium [Mass/volume] in Serum or Plasma")
CREAT = (LOINC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")
HGB = (LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood")
INR = (LOINC, "6301-6", "INR in Platelet poor plasma by Coagulation assay")
TNI = (LOINC, "10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma")
NTBNP = (LOINC, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")
ALB = (LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")
TSH = (LOINC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")
PHQ9 = (LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
WLEN = (LOINC, "39126-8", "Wound length")
WWID = (LOINC, "39125-0", "Wound width")
WDEP = (LOINC, "39127-6", "Wound depth")


def local(code, display):
    return (LOCAL, code, display)


def bp(chart, rid, date, sys_, dia, performer=()):
    return chart.obs(rid, BP, date, category="vital-signs", performer=performer,
                     components=[(LOINC, "8480-6", "Systolic blood pressure", sys_, "mm[Hg]"),
                                 (LOINC, "8462-4", "Diastolic blood pressure", dia, "mm[Hg]")])
