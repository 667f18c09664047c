"""Tiny stdlib helpers that build FHIR R4 resources for the blind1/A dataset.

Every resource is a plain dict.  A Chart collects the resources of one patient
and renders them as a Bundle of type "collection".
"""
import base64
import textwrap

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOCAL = "http://emr.lakeshore-health.example/CodeSystem/local-obs"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
BASE = "https://fhir.lakeshore-health.example/R4"

UNIT = {
    "%": ("%", "%"),
    "/h": ("/h", "/h"),
    "mmHg": ("mm[Hg]", "mmHg"),
    "ng/L": ("ng/L", "ng/L"),
    "mmol/L": ("mmol/L", "mmol/L"),
    "mg/dL": ("mg/dL", "mg/dL"),
    "kg": ("kg", "kg"),
    "lb": ("[lb_av]", "lb"),
    "cm": ("cm", "cm"),
    "in": ("[in_i]", "in"),
    "kg/m2": ("kg/m2", "kg/m2"),
    "L": ("L", "L"),
    "m": ("m", "m"),
    "min": ("min", "min"),
    "h": ("h", "h"),
    "score": ("{score}", "{score}"),
    "1": ("1", "fraction"),
    "cmH2O": ("cm[H2O]", "cmH2O"),
    "L/min": ("L/min", "L/min"),
    "ms": ("ms", "ms"),
}


def qty(value, unit):
    code, disp = UNIT[unit]
    return {"value": value, "unit": disp, "system": UCUM, "code": code}


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    c["text"] = text or display
    return c


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"


class Chart:
    def __init__(self, pid):
        self.pid = pid
        self.res = []

    @property
    def pref(self):
        return {"reference": f"Patient/{self.pid}"}

    def add(self, r):
        self.res.append(r)
        return r

    # ------------------------------------------------------------ Patient
    def patient(self, family, given, gender, birth, mrn, city="Lakeshore", state="MI"):
        return self.add({
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "https://fhir.lakeshore-health.example/mrn", "value": mrn}],
            "name": [{"use": "official", "family": family, "given": given}],
            "gender": gender, "birthDate": birth,
            "address": [{"city": city, "state": state, "country": "US"}],
        })

    # ------------------------------------------------------------ Condition
    def cond(self, rid, code, display, recorded=None, onset=None, clinical="active",
             verification="confirmed", category="problem-list-item", note=None, text=None):
        r = {"resourceType": "Condition", "id": rid}
        if verification != "entered-in-error":
            r["clinicalStatus"] = cc(CLIN, clinical, clinical.capitalize())
        r["verificationStatus"] = cc(VER, verification, verification.capitalize())
        r["category"] = [cc(COND_CAT, category,
                            "Problem List Item" if category == "problem-list-item" else "Encounter Diagnosis")]
        r["code"] = cc(ICD, code, display, text)
        r["subject"] = self.pref
        if onset:
            r["onsetDateTime"] = onset
        if recorded:
            r["recordedDate"] = recorded
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ------------------------------------------------------------ Observation
    def obs(self, rid, code, date, value=None, unit=None, category="vital-signs", text=None,
            vrange=None, vstring=None, vcode=None, method=None, performer=None, note=None,
            components=None, interpretation=None, status="final"):
        """code: (system, code, display) tuple or a text-only string."""
        r = {"resourceType": "Observation", "id": rid, "status": status,
             "category": [cc(OBS_CAT, category, category.replace("-", " ").title())]}
        if isinstance(code, tuple):
            sysu, c, d = code
            r["code"] = cc(sysu, c, d, text)
        else:
            r["code"] = {"text": code}
        r["subject"] = self.pref
        r["effectiveDateTime"] = date
        if performer:
            r["performer"] = [{"display": performer}]
        if value is not None:
            r["valueQuantity"] = qty(value, unit)
        elif vrange is not None:
            lo, hi, u = vrange
            r["valueRange"] = {"low": qty(lo, u), "high": qty(hi, u)}
        elif vstring is not None:
            r["valueString"] = vstring
        elif vcode is not None:
            r["valueCodeableConcept"] = {"text": vcode}
        if components:
            r["component"] = [{"code": (cc(*c[0]) if isinstance(c[0], tuple) else {"text": c[0]}),
                               "valueQuantity": qty(c[1], c[2])} for c in components]
        if method:
            r["method"] = {"text": method}
        if interpretation:
            r["interpretation"] = [{"text": interpretation}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def bp(self, rid, date, sys_, dia, method=None, performer=None, note=None):
        return self.obs(rid, (LOINC, "85354-9", "Blood pressure panel with all children optional"), date,
                        components=[((LOINC, "8480-6", "Systolic blood pressure"), sys_, "mmHg"),
                                    ((LOINC, "8462-4", "Diastolic blood pressure"), dia, "mmHg")],
                        method=method, performer=performer, note=note)

    # ------------------------------------------------------------ MedicationRequest
    def med(self, rid, rxcui, display, authored, status="active", dosage=None, start=None, end=None,
            reason=None, note=None, requester=None):
        r = {"resourceType": "MedicationRequest", "id": rid, "status": status, "intent": "order"}
        if rxcui:
            r["medicationCodeableConcept"] = cc(RXNORM, rxcui, display)
        else:
            r["medicationCodeableConcept"] = {"text": display}
        r["subject"] = self.pref
        r["authoredOn"] = authored
        if requester:
            r["requester"] = {"display": requester}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason:
            r["statusReason"] = {"text": reason}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ------------------------------------------------------------ Procedure
    def proc(self, rid, text, date, status="completed", code=None, performer=None, note=None, location=None):
        r = {"resourceType": "Procedure", "id": rid, "status": status}
        r["code"] = cc(*code, text) if code else {"text": text}
        r["subject"] = self.pref
        r["performedDateTime"] = date
        if performer:
            r["performer"] = [{"actor": {"display": performer}}]
        if location:
            r["location"] = {"display": location}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ------------------------------------------------------------ Encounter
    def enc(self, rid, cls, start, end=None, type_text=None, status="finished", reason=None, disposition=None):
        names = {"IMP": "inpatient encounter", "AMB": "ambulatory", "EMER": "emergency", "VR": "virtual"}
        r = {"resourceType": "Encounter", "id": rid, "status": status,
             "class": {"system": ACT, "code": cls, "display": names[cls]}}
        if type_text:
            r["type"] = [{"text": type_text}]
        r["subject"] = self.pref
        r["period"] = {"start": start}
        if end:
            r["period"]["end"] = end
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if disposition:
            r["hospitalization"] = {"dischargeDisposition": {"text": disposition}}
        return self.add(r)

    # ------------------------------------------------------------ ServiceRequest / Appointment
    def sr(self, rid, text, authored, status="active", intent="order", requester=None, occurrence=None,
           note=None, code=None, reason=None):
        r = {"resourceType": "ServiceRequest", "id": rid, "status": status, "intent": intent}
        r["code"] = cc(*code, text) if code else {"text": text}
        r["subject"] = self.pref
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        r["authoredOn"] = authored
        if requester:
            r["requester"] = {"display": requester}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appt(self, rid, created, start, description, status="booked", minutes=30, practitioner=None):
        h, m = int(start[11:13]), int(start[14:16])
        m += minutes
        h += m // 60
        m %= 60
        end = f"{start[:11]}{h:02d}:{m:02d}{start[16:]}"
        parts = [{"actor": dict(self.pref), "status": "accepted"}]
        if practitioner:
            parts.append({"actor": {"display": practitioner}, "status": "accepted"})
        return self.add({"resourceType": "Appointment", "id": rid, "status": status,
                         "description": description, "start": start, "end": end,
                         "created": created, "participant": parts})

    def fmh(self, rid, date, rel_code, rel_display, condition_text, onset_age=None, note=None):
        c = {"code": {"text": condition_text}}
        if onset_age:
            c["onsetAge"] = {"value": onset_age, "unit": "yr", "system": UCUM, "code": "a"}
        r = {"resourceType": "FamilyMemberHistory", "id": rid, "status": "completed",
             "patient": self.pref, "date": date,
             "relationship": cc(ROLE, rel_code, rel_display), "condition": [c]}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ------------------------------------------------------------ DocumentReference
    def note(self, rid, date, type_text, author, text, ctype="text/plain", title=None):
        data = base64.b64encode(dedent(text).encode("utf-8")).decode("ascii")
        return self.add({
            "resourceType": "DocumentReference", "id": rid, "status": "current",
            "type": {"text": type_text},
            "category": [{"text": "Clinical Note"}],
            "subject": self.pref, "date": date,
            "author": [{"display": author}],
            "description": title or type_text,
            "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": data,
                                        "title": title or type_text}}],
        })

    # ------------------------------------------------------------ Bundle
    def bundle(self, timestamp):
        return {
            "resourceType": "Bundle", "id": f"bundle-{self.pid}", "type": "collection",
            "timestamp": timestamp,
            "entry": [{"fullUrl": f"{BASE}/{r['resourceType']}/{r['id']}", "resource": r} for r in self.res],
        }
