"""Small FHIR R4 resource builders for the blind-u dataset (standard library only).

Everything here is synthetic. Code displays for ICD-10-CM and HCPCS are looked up in the
shared code files so that every display matches the code list.
"""
import base64
import csv
import os

CODES_DIR = os.environ.get("BU_CODES_DIR", "/work/shared/data/codes")
BASE = "https://ehr.lakeshore-msg.example/fhir/"

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
LOCAL = "http://fhir.lakeshore-msg.example/CodeSystem/flowsheet-row"
LOCAL_DOC = "http://fhir.lakeshore-msg.example/CodeSystem/note-type"

_icd = None
_hcpcs = None


def icd_table():
    global _icd
    if _icd is None:
        with open(os.path.join(CODES_DIR, "icd10cm_fy2022_codes.csv"), newline="", encoding="utf-8") as f:
            _icd = {r["code_dotted"]: r for r in csv.DictReader(f)}
    return _icd


def hcpcs_table():
    global _hcpcs
    if _hcpcs is None:
        with open(os.path.join(CODES_DIR, "hcpcs_level2_2020.csv"), newline="", encoding="utf-8") as f:
            _hcpcs = {r["code"]: r for r in csv.DictReader(f)}
    return _hcpcs


def icd_display(code):
    row = icd_table().get(code)
    if row is None:
        raise KeyError("ICD-10-CM code not in FY2022 list: " + code)
    if row["billable"] != "1":
        raise KeyError("ICD-10-CM code not billable: " + code)
    return row["long_description"]


def hcpcs_display(code):
    row = hcpcs_table().get(code)
    if row is None:
        raise KeyError("HCPCS code not in 2020 list: " + code)
    return row["short_description"]


def icd_coding(code):
    return {"system": ICD, "code": code, "display": icd_display(code)}


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class Bundle:
    def __init__(self, bundle_id):
        self.id = bundle_id
        self.entries = []
        self.ids = set()

    def add(self, res):
        key = res["resourceType"] + "/" + res["id"]
        if key in self.ids:
            raise ValueError("duplicate resource " + key)
        self.ids.add(key)
        self.entries.append({"fullUrl": BASE + key, "resource": res})
        return key

    def to_json(self):
        return {
            "resourceType": "Bundle",
            "id": self.id,
            "type": "collection",
            "timestamp": "2026-12-01T08:00:00-06:00",
            "entry": self.entries,
        }


# ---------------------------------------------------------------- builders

def patient(pid, family, given, gender, birth, mrn, city="Port Calder", state="MN", phone=None):
    r = {
        "resourceType": "Patient",
        "id": pid,
        "identifier": [{"system": "http://fhir.lakeshore-msg.example/mrn", "value": mrn}],
        "name": [{"use": "official", "family": family, "given": given}],
        "gender": gender,
        "birthDate": birth,
        "address": [{"city": city, "state": state, "country": "US"}],
    }
    if phone:
        r["telecom"] = [{"system": "phone", "value": phone}]
    return r


def practitioner(prid, family, given, suffix, specialty):
    return {
        "resourceType": "Practitioner",
        "id": prid,
        "name": [{"family": family, "given": given, "suffix": [suffix]}],
        "qualification": [{"code": {"text": specialty}}],
    }


def organization(oid, name):
    return {"resourceType": "Organization", "id": oid, "name": name}


def encounter(eid, pid, start, text, cls="AMB", prac=None, end=None, status="finished", org=None):
    r = {
        "resourceType": "Encounter",
        "id": eid,
        "status": status,
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
        "type": [{"text": text}],
        "subject": {"reference": "Patient/" + pid},
        "period": {"start": start},
    }
    if end:
        r["period"]["end"] = end
    if prac:
        r["participant"] = [{"individual": {"reference": "Practitioner/" + prac}}]
    if org:
        r["serviceProvider"] = {"reference": "Organization/" + org}
    return r


def condition(cid, pid, code, recorded, onset=None, clinical="active", verification="confirmed",
              category="problem-list-item", note=None, text=None, abatement=None, recorder=None):
    r = {
        "resourceType": "Condition",
        "id": cid,
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
        "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]},
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
        "code": {"coding": [icd_coding(code)], "text": text or icd_display(code)},
        "subject": {"reference": "Patient/" + pid},
        "recordedDate": recorded,
    }
    if onset:
        if len(onset) >= 4 and onset[:4].isdigit():
            r["onsetDateTime"] = onset
        else:
            r["onsetString"] = onset
    if abatement:
        r["abatementDateTime"] = abatement
    if note:
        r["note"] = [{"text": note}]
    if recorder:
        r["recorder"] = {"reference": "Practitioner/" + recorder}
    return r


def qty(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    return q


def observation(oid, pid, date, code, display, value=None, unit=None, ucum=None, system=LOINC,
                category="laboratory", text=None, value_string=None, value_int=None, method=None,
                note=None, components=None, interpretation=None, performer=None, status="final",
                encounter_id=None, body_site=None):
    r = {
        "resourceType": "Observation",
        "id": oid,
        "status": status,
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
        "code": {"coding": [{"system": system, "code": code, "display": display}], "text": text or display},
        "subject": {"reference": "Patient/" + pid},
        "effectiveDateTime": date,
    }
    if encounter_id:
        r["encounter"] = {"reference": "Encounter/" + encounter_id}
    if value is not None:
        r["valueQuantity"] = qty(value, unit, ucum)
    elif value_string is not None:
        r["valueString"] = value_string
    elif value_int is not None:
        r["valueInteger"] = value_int
    if method:
        r["method"] = {"text": method}
    if body_site:
        r["bodySite"] = {"text": body_site}
    if note:
        r["note"] = [{"text": note}]
    if components:
        r["component"] = components
    if interpretation:
        r["interpretation"] = [{"text": interpretation}]
    if performer:
        r["performer"] = [{"reference": performer}]
    return r


def component(code, display, value=None, unit=None, ucum=None, system=LOCAL, value_string=None):
    c = {"code": {"coding": [{"system": system, "code": code, "display": display}], "text": display}}
    if value is not None:
        c["valueQuantity"] = qty(value, unit, ucum)
    else:
        c["valueString"] = value_string
    return c


def medication_request(mid, pid, text, authored, rxcui=None, status="active", dosage=None,
                       start=None, end=None, reason_code=None, status_reason=None, requester=None, note=None):
    cc = {"text": text}
    if rxcui:
        cc["coding"] = [{"system": RXNORM, "code": rxcui, "display": text.split(" ")[0].lower()}]
    r = {
        "resourceType": "MedicationRequest",
        "id": mid,
        "status": status,
        "intent": "order",
        "medicationCodeableConcept": cc,
        "subject": {"reference": "Patient/" + pid},
        "authoredOn": authored,
    }
    if dosage:
        r["dosageInstruction"] = [{"text": dosage}]
    if start or end:
        vp = {}
        if start:
            vp["start"] = start
        if end:
            vp["end"] = end
        r["dispenseRequest"] = {"validityPeriod": vp}
    if reason_code:
        r["reasonCode"] = [{"coding": [icd_coding(reason_code)]}]
    if status_reason:
        r["statusReason"] = {"text": status_reason}
    if requester:
        r["requester"] = {"reference": "Practitioner/" + requester}
    if note:
        r["note"] = [{"text": note}]
    return r


def procedure(prid, pid, date, text, code=None, system=CPT, status="completed", note=None,
              performer=None, body_site=None, reason_code=None):
    cc = {"text": text}
    if code:
        cc["coding"] = [{"system": system, "code": code}]
    r = {
        "resourceType": "Procedure",
        "id": prid,
        "status": status,
        "code": cc,
        "subject": {"reference": "Patient/" + pid},
        "performedDateTime": date,
    }
    if note:
        r["note"] = [{"text": note}]
    if performer:
        r["performer"] = [{"actor": {"reference": "Practitioner/" + performer}}]
    if body_site:
        r["bodySite"] = [{"text": body_site}]
    if reason_code:
        r["reasonCode"] = [{"coding": [icd_coding(reason_code)]}]
    return r


def service_request(sid, pid, authored, text, code=None, system=CPT, status="active", requester=None,
                    note=None, reason_code=None):
    cc = {"text": text}
    if code:
        cc["coding"] = [{"system": system, "code": code}]
    r = {
        "resourceType": "ServiceRequest",
        "id": sid,
        "status": status,
        "intent": "order",
        "code": cc,
        "subject": {"reference": "Patient/" + pid},
        "authoredOn": authored,
    }
    if requester:
        r["requester"] = {"reference": "Practitioner/" + requester}
    if note:
        r["note"] = [{"text": note}]
    if reason_code:
        r["reasonCode"] = [{"coding": [icd_coding(reason_code)]}]
    return r


def appointment(aid, pid, created, start, end, description, status="booked", prac=None):
    parts = [{"actor": {"reference": "Patient/" + pid}, "status": "accepted"}]
    if prac:
        parts.append({"actor": {"reference": "Practitioner/" + prac}, "status": "accepted"})
    return {
        "resourceType": "Appointment",
        "id": aid,
        "status": status,
        "description": description,
        "created": created,
        "start": start,
        "end": end,
        "participant": parts,
    }


DOC_TYPES = {
    "consult": ("11488-4", "Consult note"),
    "progress": ("11506-3", "Progress note"),
    "discharge": ("18842-5", "Discharge summary"),
    "procedure": ("28570-0", "Procedure note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "hp": ("34117-2", "History and physical note"),
    "letter": ("34109-9", "Note"),
    "outside": ("34109-9", "Note"),
    "lab": ("11502-2", "Laboratory report"),
    "nursing": ("34746-8", "Nurse note"),
    "admin": ("51851-4", "Administrative note"),
}


def document(did, pid, date, kind, title, text, content_type="text/plain", author=None,
             description=None, encounter_id=None, local_type=None):
    code, disp = DOC_TYPES[kind]
    t = {"coding": [{"system": LOINC, "code": code, "display": disp}], "text": local_type or disp}
    r = {
        "resourceType": "DocumentReference",
        "id": did,
        "status": "current",
        "docStatus": "final",
        "type": t,
        "subject": {"reference": "Patient/" + pid},
        "date": date,
        "description": description or title,
        "content": [{"attachment": {"contentType": content_type,
                                    "language": "en-US",
                                    "data": b64(text),
                                    "title": title,
                                    "creation": date}}],
    }
    if author:
        r["author"] = [{"reference": author if "/" in author else "Practitioner/" + author}]
    if encounter_id:
        r["context"] = {"encounter": [{"reference": "Encounter/" + encounter_id}]}
    return r


def html_doc(title, body):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title +
            "</title></head><body>" + body + "</body></html>")
