"""Tiny helpers to build FHIR R4 collection Bundles (standard library only)."""
import base64, json

LOCAL = "http://fhir.lakeshore-health.example/CodeSystem/local-obs"
LOINC = "http://loinc.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
SCT = "http://snomed.info/sct"

class P:
    def __init__(self, pid, family, given, gender, birth, mrn):
        self.pid = pid
        self.res = []
        self.add({"resourceType": "Patient", "id": pid,
                  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": mrn}],
                  "name": [{"family": family, "given": [given]}], "gender": gender, "birthDate": birth})
    def add(self, r):
        self.res.append(r); return r
    @property
    def subj(self):
        return {"reference": f"Patient/{self.pid}"}
    def org(self, id, name):
        return self.add({"resourceType": "Organization", "id": id, "name": name})
    def prac(self, id, family, given, qual, org=None):
        r = {"resourceType": "Practitioner", "id": id, "name": [{"family": family, "given": [given], "text": f"{given} {family}, {qual.split(' - ')[0]}"}],
             "qualification": [{"code": {"text": qual}}]}
        if org: r["extension"] = [{"url": "http://fhir.lakeshore-health.example/StructureDefinition/affiliation", "valueReference": {"reference": f"Organization/{org}"}}]
        return self.add(r)
    def enc(self, id, start, text, prac, org, cls="AMB", end=None, reason=None):
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
             "type": [{"text": text}], "subject": self.subj,
             "participant": [{"individual": {"reference": f"Practitioner/{prac}"}}],
             "period": {"start": start, **({"end": end} if end else {})},
             "serviceProvider": {"reference": f"Organization/{org}"}}
        if reason: r["reasonCode"] = [{"text": reason}]
        return self.add(r)
    def cond(self, id, code, display, recorded, clin="active", ver="confirmed", onset=None, note=None, recorder=None, cat="problem-list-item", text=None):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clin}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": ver}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": cat}]}],
             "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": text or display},
             "subject": self.subj, "recordedDate": recorded}
        if onset: r["onsetDateTime"] = onset
        if recorder: r["recorder"] = {"reference": f"Practitioner/{recorder}"}
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def obs(self, id, date, code, text, value=None, unit=None, ucum=None, system=LOINC, vstr=None, comps=None, perf=None, note=None, cat="vital-signs", status="final", interp=None, enc=None):
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": cat}]}],
             "code": {"coding": [{"system": system, "code": code, "display": text}], "text": text},
             "subject": self.subj, "effectiveDateTime": date}
        if value is not None:
            q = {"value": value}
            if unit is not None: q["unit"] = unit
            if ucum is not None: q["system"] = UCUM; q["code"] = ucum
            r["valueQuantity"] = q
        if vstr is not None: r["valueString"] = vstr
        if comps:
            r["component"] = []
            for c in comps:
                cc = {"code": {"coding": [{"system": c.get("system", LOINC), "code": c["code"], "display": c["text"]}], "text": c["text"]}}
                if "value" in c: cc["valueQuantity"] = {"value": c["value"], "unit": c.get("unit"), "system": UCUM, "code": c.get("ucum", c.get("unit"))}
                if "vstr" in c: cc["valueString"] = c["vstr"]
                r["component"].append(cc)
        if perf: r["performer"] = [{"reference": f"{'Organization' if perf.startswith('org') else 'Practitioner'}/{perf}"}]
        if note: r["note"] = [{"text": note}]
        if interp: r["interpretation"] = [{"text": interp}]
        if enc: r["encounter"] = {"reference": f"Encounter/{enc}"}
        return self.add(r)
    def medreq(self, id, date, rx, text, prac, status="active", dose=None, reason=None, note=None, stop=None):
        code = {"text": text}
        if rx: code["coding"] = [{"system": RX, "code": rx, "display": text.split(' ')[0]}]
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": "order",
             "medicationCodeableConcept": code, "subject": self.subj, "authoredOn": date,
             "requester": {"reference": f"Practitioner/{prac}"}}
        if dose: r["dosageInstruction"] = [{"text": dose}]
        if reason: r["reasonCode"] = [{"text": reason}]
        if note: r["note"] = [{"text": note}]
        if stop: r["dispenseRequest"] = {"validityPeriod": {"start": date, "end": stop}}
        return self.add(r)
    def medstmt(self, id, asserted, rx, text, status="active", start=None, end=None, note=None, source=None):
        code = {"text": text}
        if rx: code["coding"] = [{"system": RX, "code": rx, "display": text.split(' ')[0]}]
        r = {"resourceType": "MedicationStatement", "id": id, "status": status, "medicationCodeableConcept": code,
             "subject": self.subj, "dateAsserted": asserted}
        if start: r["effectivePeriod"] = {"start": start, **({"end": end} if end else {})}
        if note: r["note"] = [{"text": note}]
        if source: r["informationSource"] = {"reference": f"Practitioner/{source}"}
        return self.add(r)
    def proc(self, id, date, code, text, perf, status="completed", system=CPT, note=None, outcome=None):
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": {"coding": [{"system": system, "code": code, "display": text}] if code else [], "text": text},
             "subject": self.subj, "performedDateTime": date,
             "performer": [{"actor": {"reference": f"Practitioner/{perf}"}}]}
        if not code: del r["code"]["coding"]
        if note: r["note"] = [{"text": note}]
        if outcome: r["outcome"] = {"text": outcome}
        return self.add(r)
    def dr(self, id, date, code, text, perf, conclusion, results=(), system=LOINC, cat="LAB", status="final", issued=None, form=None):
        r = {"resourceType": "DiagnosticReport", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": cat}]}],
             "code": {"coding": [{"system": system, "code": code, "display": text}], "text": text},
             "subject": self.subj, "effectiveDateTime": date, "issued": (issued or date) + ("T12:00:00Z" if len(issued or date) == 10 else ""),
             "performer": [{"reference": f"{'Organization' if perf.startswith('org') else 'Practitioner'}/{perf}"}],
             "conclusion": conclusion}
        if results: r["result"] = [{"reference": f"Observation/{x}"} for x in results]
        if form: r["presentedForm"] = [{"contentType": "text/plain", "data": base64.b64encode(form.encode()).decode()}]
        return self.add(r)
    def sr(self, id, date, text, prac, status="active", code=None, system=CPT, note=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": {"text": text}, "subject": self.subj, "authoredOn": date, "requester": {"reference": f"Practitioner/{prac}"}}
        if code: r["code"]["coding"] = [{"system": system, "code": code, "display": text}]
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def appt(self, id, created, start, text, prac, status="booked"):
        return self.add({"resourceType": "Appointment", "id": id, "status": status, "created": created,
                         "start": start + "T09:00:00-05:00", "end": start + "T09:40:00-05:00", "description": text,
                         "participant": [{"actor": self.subj, "status": "accepted"}, {"actor": {"reference": f"Practitioner/{prac}"}, "status": "accepted"}]})
    def doc(self, id, date, loinc, title, author, text, ctype="text/plain", enc=None, org=None, relates=None, docstatus="final"):
        r = {"resourceType": "DocumentReference", "id": id, "status": "current", "docStatus": docstatus,
             "type": {"coding": [{"system": LOINC, "code": loinc, "display": title}], "text": title},
             "subject": self.subj, "date": date + ("T16:30:00-05:00" if len(date) == 10 else ""),
             "author": [{"reference": f"Practitioner/{author}"}],
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "title": title,
                                         "data": base64.b64encode(text.strip("\n").encode("utf-8")).decode()}}]}
        if org: r["custodian"] = {"reference": f"Organization/{org}"}
        if enc: r["context"] = {"encounter": [{"reference": f"Encounter/{enc}"}]}
        if relates: r["relatesTo"] = [{"code": "appends", "target": {"reference": f"DocumentReference/{relates}"}}]
        return self.add(r)
    def bundle(self):
        return {"resourceType": "Bundle", "id": f"bundle-{self.pid}", "type": "collection",
                "entry": [{"fullUrl": f"urn:uuid:{self.pid}-{i:03d}", "resource": r} for i, r in enumerate(self.res)]}

# common doc type LOINC codes
PROG = "11506-3"; HP = "34117-2"; CONS = "11488-4"; DC = "18842-5"; NURSE = "34746-8"; PROCN = "28570-0"; NOTE = "34109-9"; TEL = "34748-4"
