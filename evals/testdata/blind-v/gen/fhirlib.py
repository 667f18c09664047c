"""Small helpers to write FHIR R4 collection Bundles for the blind-v set.

Standard library only. Every resource is cited as Type/id; ids are unique within a bundle.
ICD-10-CM and HCPCS displays are read from the shared code files so that they match them exactly.
"""
import base64
import csv
import os

CODES_DIR = "/work/shared/data/codes"
BASE = "https://fhir.prairiegate-health.example/r4"
LOCAL = "http://fhir.prairiegate-health.example/CodeSystem/local-observation"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
TZ = "-06:00"

_icd = None
_hcpcs = None


def icd_table():
    global _icd
    if _icd is None:
        _icd = {}
        with open(os.path.join(CODES_DIR, "icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                _icd[row["code_dotted"]] = row
    return _icd


def hcpcs_table():
    global _hcpcs
    if _hcpcs is None:
        _hcpcs = {}
        with open(os.path.join(CODES_DIR, "hcpcs_level2_2020.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                _hcpcs[row["code"]] = row
    return _hcpcs


def icd(code):
    row = icd_table()[code]
    if row["billable"] != "1":
        raise ValueError("not billable: " + code)
    return {"system": ICD10CM, "code": code, "display": row["long_description"]}


def hcpcs(code):
    row = hcpcs_table()[code]
    return {"system": HCPCS, "code": code, "display": row["short_description"]}


def cpt(code, display):
    return {"system": CPT, "code": code, "display": display}


def loinc(code, display):
    return {"system": LOINC, "code": code, "display": display}


def local(code, display):
    return {"system": LOCAL, "code": code, "display": display}


def rx(code, display):
    return {"system": RXNORM, "code": code, "display": display}


def ts(d, t="09:00"):
    """date 'YYYY-MM-DD' -> dateTime with local offset"""
    return "%sT%s:00%s" % (d, t, TZ)


class Bundle:
    def __init__(self, pid, family, given, gender, birth, mrn, address_city="Larkin Falls", state="MN"):
        self.pid = pid
        self.entries = []
        self.ids = set()
        self.add({
            "resourceType": "Patient", "id": pid,
            "identifier": [{"system": "http://fhir.prairiegate-health.example/mrn", "value": mrn}],
            "name": [{"use": "official", "family": family, "given": given}],
            "gender": gender, "birthDate": birth,
            "address": [{"city": address_city, "state": state, "country": "US"}],
        })

    # -- core --------------------------------------------------------
    def add(self, res):
        key = res["resourceType"] + "/" + res["id"]
        if key in self.ids:
            raise ValueError("duplicate id " + key)
        self.ids.add(key)
        self.entries.append({"fullUrl": BASE + "/" + key, "resource": res})
        return key

    @property
    def subj(self):
        return {"reference": "Patient/" + self.pid}

    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "timestamp": "2026-12-15T08:00:00" + TZ, "entry": self.entries}

    # -- resources ---------------------------------------------------
    def prac(self, id, family, given, prefix, qual):
        return self.add({"resourceType": "Practitioner", "id": id,
                         "name": [{"family": family, "given": given, "prefix": prefix}],
                         "qualification": [{"code": {"text": qual}}]})

    def enc(self, id, start, end=None, cls="AMB", type_text="Office visit", who=None, reason=None):
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
             "type": [{"text": type_text}], "subject": self.subj,
             "period": {"start": ts(start, "08:30")}}
        if end:
            r["period"]["end"] = ts(end, "14:00")
        if who:
            r["participant"] = [{"individual": {"reference": "Practitioner/" + who}}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def cond(self, id, code, recorded, onset=None, clinical="active", verification="confirmed",
             category="problem-list-item", note=None, recorder=None, text=None):
        c = icd(code)
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
             "code": {"coding": [c], "text": text or c["display"]},
             "subject": self.subj, "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if recorder:
            r["recorder"] = {"reference": "Practitioner/" + recorder}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, id, date, coding, text=None, value=None, unit=None, ucum=None, string=None,
            components=None, category="exam", performer=None, note=None, interp=None, time="10:00",
            method=None, status="final"):
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
             "code": {"coding": [coding], "text": text or coding["display"]},
             "subject": self.subj, "effectiveDateTime": ts(date, time)}
        if value is not None:
            q = {"value": value}
            if unit is not None:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        if string is not None:
            r["valueString"] = string
        if components:
            r["component"] = components
        if performer:
            r["performer"] = [{"reference": "Practitioner/" + performer}]
        if note:
            r["note"] = [{"text": note}]
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        return self.add(r)

    def bp(self, id, date, sys, dia, performer=None, time="09:40"):
        return self.obs(id, date, loinc("85354-9", "Blood pressure panel with all children optional"),
                        text="Blood pressure", category="vital-signs", performer=performer, time=time,
                        components=[
                            {"code": {"coding": [loinc("8480-6", "Systolic blood pressure")]},
                             "valueQuantity": {"value": sys, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                            {"code": {"coding": [loinc("8462-4", "Diastolic blood pressure")]},
                             "valueQuantity": {"value": dia, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}])

    def med(self, id, authored, code, display, dosage, status="active", start=None, end=None,
            reason_stopped=None, requester=None, note=None, intent="order"):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": intent,
             "medicationCodeableConcept": {"coding": [rx(code, display)], "text": display},
             "subject": self.subj, "authoredOn": authored,
             "dosageInstruction": [{"text": dosage}]}
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason_stopped:
            r["statusReason"] = {"text": reason_stopped}
        if requester:
            r["requester"] = {"reference": "Practitioner/" + requester}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, id, code, date=None, period=None, performed_string=None, status="completed",
             performer=None, note=None, reason=None, text=None):
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": {"coding": [code], "text": text or code["display"]}, "subject": self.subj}
        if date:
            r["performedDateTime"] = ts(date, "11:00")
        if period:
            r["performedPeriod"] = {"start": ts(period[0], "08:00"), "end": ts(period[1], "12:00")}
        if performed_string:
            r["performedString"] = performed_string
        if performer:
            r["performer"] = [{"actor": {"reference": "Practitioner/" + performer}}]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def sreq(self, id, authored, code, status="active", requester=None, note=None, text=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": {"coding": [code], "text": text or code["display"]},
             "subject": self.subj, "authoredOn": ts(authored, "11:30")}
        if requester:
            r["requester"] = {"reference": "Practitioner/" + requester}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def devreq(self, id, authored, code, requester, note=None, reason=None):
        r = {"resourceType": "DeviceRequest", "id": id, "status": "active", "intent": "order",
             "codeCodeableConcept": {"coding": [code], "text": code["display"]},
             "subject": self.subj, "authoredOn": ts(authored, "15:00"),
             "requester": {"reference": "Practitioner/" + requester}}
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"coding": [icd(c)]} for c in reason]
        return self.add(r)

    def appt(self, id, created, start, desc, status="booked", who=None):
        parts = [{"actor": self.subj, "status": "accepted"}]
        if who:
            parts.append({"actor": {"reference": "Practitioner/" + who}, "status": "accepted"})
        return self.add({"resourceType": "Appointment", "id": id, "status": status,
                         "description": desc, "created": created,
                         "start": ts(start, "09:00"), "end": ts(start, "10:00"),
                         "participant": parts})

    def note(self, id, date, title, text, author, loinc_type=("11506-3", "Progress note"),
             ctype="text/plain", time="16:00", encounter=None):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        r = {"resourceType": "DocumentReference", "id": id, "status": "current", "docStatus": "final",
             "type": {"coding": [loinc(loinc_type[0], loinc_type[1])], "text": title},
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                       "code": "clinical-note", "display": "Clinical Note"}]}],
             "subject": self.subj, "date": ts(date, time), "description": title,
             "content": [{"attachment": {"contentType": ctype, "data": data, "title": title,
                                         "creation": ts(date, time)}}]}
        if author:
            r["author"] = [{"reference": "Practitioner/" + author}]
        if encounter:
            r["context"] = {"encounter": [{"reference": "Encounter/" + encounter}]}
        return self.add(r)


CONSULT = ("11488-4", "Consult note")
PROGRESS = ("11506-3", "Progress note")
DISCHARGE = ("18842-5", "Discharge summary")
HP = ("34117-2", "History and physical note")
PROCNOTE = ("28570-0", "Procedure note")
IMAGING = ("18748-4", "Diagnostic imaging study")
NOTE = ("34109-9", "Note")
OPNOTE = ("11504-8", "Surgical operation note")


def html(title, body):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n%s\n</body></html>\n"
            % (title, body))


def case(id, patient_file, service, diagnoses, date, recommendation, policy, evidence, missing=None,
         note=None, rationale=None, urgency="standard"):
    req = {"service": service, "diagnoses": [icd(d) for d in diagnoses], "payer": "medicare",
           "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    gold = {"recommendation": recommendation, "policy": policy, "evidence": evidence,
            "missing": missing or []}
    if rationale:
        gold["rationale"] = rationale
    return {"id": id, "patient": "patients/" + patient_file, "request": req, "gold": gold}
