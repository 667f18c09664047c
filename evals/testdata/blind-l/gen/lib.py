"""Tiny FHIR R4 bundle builder for the blind-l set (standard library only)."""
import base64, json

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
SCT = "http://snomed.info/sct"
V2_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"

NOTE_TYPES = {
    "progress": ("11506-3", "Progress note"),
    "hp": ("34117-2", "History and physical note"),
    "consult": ("11488-4", "Consult note"),
    "discharge": ("18842-5", "Discharge summary"),
    "nurse": ("34746-8", "Nurse note"),
    "telephone": ("34748-4", "Telephone encounter Note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "procedure": ("28570-0", "Procedure note"),
    "note": ("34109-9", "Note"),
    "cath": ("18745-0", "Cardiac catheterization study"),
    "echo": ("34552-0", "Cardiac 2D echo study"),
    "stress": ("18752-6", "Exercise stress test study"),
    "audiology": ("28615-3", "Audiology study"),
}


class Chart:
    def __init__(self, pid, local_system):
        self.pid = pid
        self.local = local_system
        self.res = []

    def _add(self, r):
        assert not any(x["id"] == r["id"] and x["resourceType"] == r["resourceType"] for x in self.res), r["id"]
        self.res.append(r)
        return f'{r["resourceType"]}/{r["id"]}'

    # ---- administrative
    def patient(self, family, given, gender, birth, mrn, city="Springfield", state="IL"):
        return self._add({"resourceType": "Patient", "id": self.pid,
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": mrn}],
                          "name": [{"family": family, "given": given.split()}],
                          "gender": gender, "birthDate": birth,
                          "address": [{"city": city, "state": state}]})

    def prac(self, id, family, given, suffix, specialty):
        return self._add({"resourceType": "Practitioner", "id": id,
                          "name": [{"family": family, "given": given.split(), "suffix": [suffix] if suffix else []}],
                          "qualification": [{"code": {"text": f"{suffix} - {specialty}" if suffix else specialty}}]})

    def org(self, id, name, kind="prov"):
        return self._add({"resourceType": "Organization", "id": id, "name": name,
                          "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": kind}]}]})

    @property
    def subj(self):
        return {"reference": f"Patient/{self.pid}"}

    def enc(self, id, start, cls="AMB", typ="Office visit", prac=None, org=None, end=None, reason=None):
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": V2_ACT, "code": cls}, "type": [{"text": typ}],
             "subject": self.subj, "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if prac:
            r["participant"] = [{"individual": {"reference": f"Practitioner/{prac}"}}]
        if org:
            r["serviceProvider"] = {"reference": f"Organization/{org}"}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self._add(r)

    def cond(self, id, code, display, recorded, onset=None, clin="active", ver="confirmed", asserter=None, note=None, text=None, abatement=None):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": CLIN, "code": clin}]},
             "verificationStatus": {"coding": [{"system": VER, "code": ver}]},
             "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": text or display},
             "subject": self.subj, "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if asserter:
            r["asserter"] = {"reference": f"Practitioner/{asserter}"}
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def obs(self, id, code, date, value=None, unit=None, ucum=None, text=None, cat="laboratory", performer=None,
            vstring=None, components=None, note=None, status="final", method=None, enc=None, interp=None, vcode=None):
        system, c, disp = code
        if system == "local":
            system = self.local
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": OBSCAT, "code": cat}]}],
             "code": {"coding": [{"system": system, "code": c, "display": disp}], "text": text or disp},
             "subject": self.subj, "effectiveDateTime": date}
        if value is not None:
            q = {"value": value}
            if unit:
                q["unit"] = unit
            if ucum:
                q.update({"system": UCUM, "code": ucum})
            r["valueQuantity"] = q
        if vstring is not None:
            r["valueString"] = vstring
        if vcode is not None:
            r["valueCodeableConcept"] = {"text": vcode}
        if components:
            r["component"] = components
        if performer:
            r["performer"] = [{"reference": p} for p in ([performer] if isinstance(performer, str) else performer)]
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = {"text": method}
        if enc:
            r["encounter"] = {"reference": f"Encounter/{enc}"}
        if interp:
            r["interpretation"] = [{"text": interp}]
        return self._add(r)

    def comp(self, code, value=None, unit=None, ucum=None, vstring=None):
        system, c, disp = code
        if system == "local":
            system = self.local
        d = {"code": {"coding": [{"system": system, "code": c, "display": disp}], "text": disp}}
        if value is not None:
            q = {"value": value}
            if unit:
                q["unit"] = unit
            if ucum:
                q.update({"system": UCUM, "code": ucum})
            d["valueQuantity"] = q
        if vstring is not None:
            d["valueString"] = vstring
        return d

    def med(self, id, rxcui, display, authored, status="active", requester=None, dosage=None, start=None, end=None, note=None):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": RXN, "code": rxcui, "display": display}], "text": display},
             "subject": self.subj, "authoredOn": authored}
        if requester:
            r["requester"] = {"reference": f"Practitioner/{requester}"}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def proc(self, id, code, date, status="completed", performer=None, note=None, text=None):
        system, c, disp = code
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": {"coding": [{"system": system, "code": c, "display": disp}], "text": text or disp},
             "subject": self.subj, "performedDateTime": date}
        if performer:
            r["performer"] = [{"actor": {"reference": f"Practitioner/{performer}"}}]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def sr(self, id, code, authored, status="active", requester=None, note=None, occurrence=None, text=None):
        system, c, disp = code
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": {"coding": [{"system": system, "code": c, "display": disp}] if system else [], "text": text or disp},
             "subject": self.subj, "authoredOn": authored}
        if requester:
            r["requester"] = {"reference": f"Practitioner/{requester}"}
        if note:
            r["note"] = [{"text": note}]
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        return self._add(r)

    def appt(self, id, created, start, desc, prac=None, status="booked"):
        parts = [{"actor": {"reference": f"Patient/{self.pid}"}, "status": "accepted"}]
        if prac:
            parts.append({"actor": {"reference": f"Practitioner/{prac}"}, "status": "accepted"})
        return self._add({"resourceType": "Appointment", "id": id, "status": status, "description": desc,
                          "created": created, "start": start + "T09:00:00-05:00", "participant": parts})

    def fam(self, id, date, relationship_code, relationship_text, code, display, note=None, deceased=None):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": "completed", "patient": self.subj,
             "date": date,
             "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": relationship_code}],
                              "text": relationship_text},
             "condition": [{"code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display}}]}
        if note:
            r["note"] = [{"text": note}]
        if deceased is not None:
            r["deceasedBoolean"] = deceased
        return self._add(r)

    def doc(self, id, date, kind, title, author, text, ctype="text/plain", enc=None, doc_status="final", org=None, relates=None):
        code, disp = NOTE_TYPES[kind]
        r = {"resourceType": "DocumentReference", "id": id, "status": "current", "docStatus": doc_status,
             "type": {"coding": [{"system": LOINC, "code": code, "display": disp}], "text": title},
             "subject": self.subj, "date": date + "T12:00:00-05:00" if len(date) == 10 else date,
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "title": title,
                                         "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}]}
        r["author"] = [{"reference": a} for a in ([author] if isinstance(author, str) else author)]
        if org:
            r["custodian"] = {"reference": f"Organization/{org}"}
        if enc:
            r["context"] = {"encounter": [{"reference": f"Encounter/{enc}"}]}
        if relates:
            r["relatesTo"] = [{"code": "appends", "target": {"reference": relates}}]
        return self._add(r)

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"bundle-{self.pid}", "type": "collection",
                "entry": [{"fullUrl": f'https://fhir.blind-l.example/{self.pid}/{r["resourceType"]}/{r["id"]}', "resource": r} for r in self.res]}

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.bundle(), f, indent=1, ensure_ascii=False)
