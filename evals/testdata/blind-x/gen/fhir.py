"""Small FHIR R4 helpers for the blind-x dataset (standard library only)."""
import base64
import textwrap

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"

DOC_TYPES = {
    "consult": ("11488-4", "Consult note"),
    "progress": ("11506-3", "Progress note"),
    "discharge": ("18842-5", "Discharge summary"),
    "hp": ("34117-2", "History and physical note"),
    "procedure": ("28570-0", "Procedure note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "lab": ("11502-2", "Laboratory report"),
    "nurse": ("34746-8", "Nurse note"),
    "note": ("34109-9", "Note"),
    "echo": ("11522-0", "Echocardiography study"),
    "cath": ("18745-0", "Cardiac catheterization study"),
}


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"


class Chart:
    def __init__(self, pid, org_slug, org_name):
        self.pid = pid
        self.org_slug = org_slug
        self.org_name = org_name
        self.base = "https://fhir.%s.example/r4" % org_slug
        self.local = "http://fhir.%s.example/CodeSystem/observation-local" % org_slug
        self.resources = []
        self.ids = set()
        self.add({"resourceType": "Organization", "id": "org-" + org_slug, "name": org_name,
                  "active": True})

    # ------------------------------------------------------------------
    def add(self, r):
        key = r["resourceType"] + "/" + r["id"]
        if key in self.ids:
            raise ValueError("duplicate id " + key)
        self.ids.add(key)
        self.resources.append(r)
        return key

    @property
    def pref(self):
        return {"reference": "Patient/" + self.pid}

    def patient(self, given, family, gender, birth, mrn, city, state, extra=None):
        r = {"resourceType": "Patient", "id": self.pid,
             "identifier": [{"system": "http://fhir.%s.example/mrn" % self.org_slug, "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "gender": gender, "birthDate": birth,
             "address": [{"city": city, "state": state, "country": "US"}],
             "managingOrganization": {"reference": "Organization/org-" + self.org_slug}}
        if extra:
            r.update(extra)
        self.add(r)
        self.add({"resourceType": "Coverage", "id": "cov-medicare", "status": "active",
                  "type": {"text": "Medicare Part A/B"}, "beneficiary": self.pref,
                  "payor": [{"display": "Medicare"}]})

    def prac(self, pid, given, family, suffix, specialty):
        name = {"family": family, "given": given.split()}
        if suffix:
            name["suffix"] = [suffix]
        self.add({"resourceType": "Practitioner", "id": pid, "name": [name],
                  "qualification": [{"code": {"text": (suffix + ", " if suffix else "") + specialty}}]})
        disp = "%s %s" % (given, family) + (", " + suffix if suffix else "")
        return {"reference": "Practitioner/" + pid, "display": disp}

    def enc(self, eid, start, type_text, prac=None, cls="AMB", end=None, status="finished"):
        r = {"resourceType": "Encounter", "id": eid, "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls,
                       "display": {"AMB": "ambulatory", "IMP": "inpatient encounter",
                                   "EMER": "emergency", "VR": "virtual"}[cls]},
             "type": [{"text": type_text}], "subject": self.pref,
             "period": {"start": start}, "serviceProvider": {"reference": "Organization/org-" + self.org_slug}}
        if end:
            r["period"]["end"] = end
        if prac:
            r["participant"] = [{"individual": prac}]
        self.add(r)
        return {"reference": "Encounter/" + eid}

    def cond(self, cid, code, display, recorded, onset=None, clinical="active", verification="confirmed",
             category="problem-list-item", note=None, abatement=None, recorder=None):
        r = {"resourceType": "Condition", "id": cid,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                            "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                                "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": category}]}],
             "code": {"coding": [{"system": ICD10, "code": code, "display": display}], "text": display},
             "subject": self.pref, "recordedDate": recorded}
        if clinical in ("inactive", "resolved", "remission") and abatement is None and verification not in ("refuted", "entered-in-error"):
            abatement = recorded
        if verification in ("refuted", "entered-in-error"):
            r.pop("clinicalStatus")  # constraint con-5: no clinicalStatus for entered-in-error
            if verification == "refuted":
                r["clinicalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "inactive"}]}
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if note:
            r["note"] = [{"text": note}]
        if recorder:
            r["recorder"] = recorder
        self.add(r)
        return "Condition/" + cid

    def obs(self, oid, date, code, value=None, unit=None, text=None, loinc=None, enc=None, performer=None,
            note=None, category="exam", string=None, concept=None, components=None, method=None,
            status="final", interp=None, ucum=None):
        """code: display text. loinc: LOINC code; else a local code derived from oid prefix."""
        if loinc:
            coding = [{"system": LOINC, "code": loinc, "display": code}]
        else:
            coding = [{"system": self.local, "code": text or code.lower().replace(" ", "-")[:40], "display": code}]
        r = {"resourceType": "Observation", "id": oid, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                       "code": category}]}],
             "code": {"coding": coding, "text": code}, "subject": self.pref, "effectiveDateTime": date}
        if value is not None:
            q = {"value": value}
            if unit:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        if string is not None:
            r["valueString"] = string
        if concept is not None:
            r["valueCodeableConcept"] = {"text": concept}
        if components:
            r["component"] = components
        if enc:
            r["encounter"] = enc
        if performer:
            r["performer"] = [performer]
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = {"text": method}
        if interp:
            r["interpretation"] = [{"text": interp}]
        self.add(r)
        return "Observation/" + oid

    def comp(self, code, value, unit, loinc=None, ucum=None):
        c = {"code": {"text": code}, "valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}}
        if loinc:
            c["code"]["coding"] = [{"system": LOINC, "code": loinc, "display": code}]
        return c

    def bp(self, oid, date, sys_, dia, enc=None, note=None, performer=None):
        return self.obs(oid, date, "Blood pressure panel", loinc="85354-9", category="vital-signs", enc=enc, note=note,
                        performer=performer,
                        components=[self.comp("Systolic blood pressure", sys_, "mm[Hg]", "8480-6"),
                                    self.comp("Diastolic blood pressure", dia, "mm[Hg]", "8462-4")])

    def proc(self, pid, date, text, code=None, system=CPT, performer=None, status="completed", note=None,
             enc=None, reason=None):
        r = {"resourceType": "Procedure", "id": pid, "status": status, "subject": self.pref,
             "code": {"text": text}}
        if code:
            r["code"]["coding"] = [{"system": system, "code": code, "display": text}]
        if status == "completed":
            r["performedDateTime"] = date
        else:
            r["performedDateTime"] = date
        if performer:
            r["performer"] = [{"actor": performer}]
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = enc
        if reason:
            r["reasonReference"] = [{"reference": x} for x in reason]
        self.add(r)
        return "Procedure/" + pid

    def med(self, mid, authored, text, rxcui=None, status="active", dosage=None, requester=None, start=None,
            end=None, reason=None, note=None, intent="order", rxname=None):
        r = {"resourceType": "MedicationRequest", "id": mid, "status": status, "intent": intent,
             "medicationCodeableConcept": {"text": text}, "subject": self.pref, "authoredOn": authored}
        if rxcui:
            r["medicationCodeableConcept"]["coding"] = [{"system": RXNORM, "code": rxcui, "display": rxname or text.split(" ")[0]}]
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if requester:
            r["requester"] = requester
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        self.add(r)
        return "MedicationRequest/" + mid

    def doc(self, did, date, kind, title, text, author=None, enc=None, html=False, relates=None,
            doc_status="final", period=None, authenticator=None):
        code, disp = DOC_TYPES[kind]
        ctype = "text/html" if html else "text/plain"
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        r = {"resourceType": "DocumentReference", "id": did, "status": "current", "docStatus": doc_status,
             "type": {"coding": [{"system": LOINC, "code": code, "display": disp}], "text": title},
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                       "code": "clinical-note", "display": "Clinical Note"}]}],
             "subject": self.pref, "date": date + ("T12:00:00Z" if len(date) == 10 else ""),
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": data, "title": title}}]}
        if author:
            r["author"] = [author]
        if authenticator:
            r["authenticator"] = authenticator
        ctx = {}
        if enc:
            ctx["encounter"] = [enc]
        if period:
            ctx["period"] = period
        if ctx:
            r["context"] = ctx
        if relates:
            r["relatesTo"] = [{"code": relates[0], "target": {"reference": "DocumentReference/" + relates[1]}}]
        self.add(r)
        return "DocumentReference/" + did

    def sr(self, sid, authored, text, status="active", requester=None, occurrence=None, code=None, system=CPT,
           note=None, reason=None, intent="order"):
        r = {"resourceType": "ServiceRequest", "id": sid, "status": status, "intent": intent,
             "code": {"text": text}, "subject": self.pref, "authoredOn": authored}
        if code:
            r["code"]["coding"] = [{"system": system, "code": code, "display": text}]
        if requester:
            r["requester"] = requester
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        self.add(r)
        return "ServiceRequest/" + sid

    def appt(self, aid, created, start, status, description, actor=None):
        parts = [{"actor": self.pref, "status": "accepted"}]
        if actor:
            parts.append({"actor": actor, "status": "accepted"})
        r = {"resourceType": "Appointment", "id": aid, "status": status, "description": description,
             "created": created, "start": start + "T09:00:00Z" if len(start) == 10 else start,
             "end": (start + "T09:30:00Z") if len(start) == 10 else start, "participant": parts}
        self.add(r)
        return "Appointment/" + aid

    def devreq(self, did, authored, text, code, status="active", requester=None, note=None, reason=None):
        r = {"resourceType": "DeviceRequest", "id": did, "status": status, "intent": "order",
             "codeCodeableConcept": {"coding": [{"system": HCPCS, "code": code, "display": text}], "text": text},
             "subject": self.pref, "authoredOn": authored}
        if requester:
            r["requester"] = requester
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        self.add(r)
        return "DeviceRequest/" + did

    def bundle(self, bid):
        return {"resourceType": "Bundle", "id": bid, "type": "collection",
                "timestamp": "2026-12-01T00:00:00Z",
                "entry": [{"fullUrl": "%s/%s/%s" % (self.base, r["resourceType"], r["id"]), "resource": r}
                          for r in self.resources]}


def case(cid, patient_file, service, diagnoses, date, recommendation, policy, evidence, missing=None,
         rationale="", note=None, urgency="standard"):
    req = {"service": service, "diagnoses": [{"system": ICD10, "code": c, "display": d} for c, d in diagnoses],
           "payer": "medicare", "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    g = {"recommendation": recommendation, "policy": policy, "evidence": evidence,
         "missing": missing or [], "rationale": rationale}
    return {"id": cid, "patient": patient_file, "request": req, "gold": g}


def svc_cpt(code, display):
    return {"system": CPT, "code": code, "display": display}


def svc_hcpcs(code, display):
    return {"system": HCPCS, "code": code, "display": display}
