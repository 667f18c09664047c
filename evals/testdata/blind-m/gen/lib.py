import base64, json
LOCAL = "http://fhir.bm-audit.example/CodeSystem/obs-local"
LOINC = "http://loinc.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
DOCTYPES = {"progress": ("11506-3", "Progress note"), "hp": ("34117-2", "History and physical note"),
            "consult": ("11488-4", "Consult note"), "discharge": ("18842-5", "Discharge summary"),
            "nurse": ("34746-8", "Nurse note"), "procedure": ("28570-0", "Procedure note"),
            "imaging": ("18748-4", "Diagnostic imaging study"), "lab": ("11502-2", "Laboratory report"),
            "note": ("34109-9", "Note")}

class B:
    def __init__(self, pid):
        self.pid = pid; self.res = []
    def add(self, r):
        self.res.append(r); return r
    def ref(self, t, i): return {"reference": f"{t}/{i}"}
    def patient(self, given, family, gender, birth, city):
        return self.add({"resourceType": "Patient", "id": self.pid, "name": [{"family": family, "given": [given]}],
            "gender": gender, "birthDate": birth, "address": [{"city": city, "state": "OH", "country": "US"}]})
    def prac(self, i, given, family, cred, role):
        return self.add({"resourceType": "Practitioner", "id": i, "name": [{"family": family, "given": [given], "suffix": [cred]}],
            "qualification": [{"code": {"text": f"{cred} - {role}"}}]})
    def org(self, i, name, kind="prov"):
        return self.add({"resourceType": "Organization", "id": i, "name": name,
            "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": kind}]}]})
    def enc(self, i, start, text, prac, org, cls="AMB", end=None):
        r = {"resourceType": "Encounter", "id": i, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
             "type": [{"text": text}], "subject": self.ref("Patient", self.pid),
             "participant": [{"individual": self.ref("Practitioner", prac)}],
             "period": {"start": start, **({"end": end} if end else {})}, "serviceProvider": self.ref("Organization", org)}
        return self.add(r)
    def cond(self, i, code, display, recorded, onset=None, clinical="active", ver="confirmed", note=None, rec=None):
        r = {"resourceType": "Condition", "id": i,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": ver}]},
             "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display},
             "subject": self.ref("Patient", self.pid), "recordedDate": recorded}
        if onset: r["onsetDateTime"] = onset
        if note: r["note"] = [{"text": note}]
        if rec: r["recorder"] = self.ref("Practitioner", rec)
        return self.add(r)
    def obs(self, i, date, code, value, perf=None, cat="exam", note=None, method=None, enc=None, status="final", interp=None):
        sysm, c, disp = code
        r = {"resourceType": "Observation", "id": i, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": cat}]}],
             "code": {"coding": [{"system": sysm, "code": c, "display": disp}], "text": disp},
             "subject": self.ref("Patient", self.pid), "effectiveDateTime": date}
        if isinstance(value, tuple):
            v, unit, ucum = value
            r["valueQuantity"] = {"value": v, "unit": unit, "system": UCUM, "code": ucum}
        elif isinstance(value, str):
            r["valueString"] = value
        if perf: r["performer"] = [self.ref(*p.split("/")) for p in ([perf] if isinstance(perf, str) else perf)]
        if note: r["note"] = [{"text": note}]
        if method: r["method"] = {"text": method}
        if enc: r["encounter"] = self.ref("Encounter", enc)
        if interp: r["interpretation"] = [{"text": interp}]
        return self.add(r)
    def bp(self, i, date, sys_, dia, perf=None):
        r = self.obs(i, date, (LOINC, "85354-9", "Blood pressure panel"), None, perf, cat="vital-signs")
        r["component"] = [
            {"code": {"coding": [{"system": LOINC, "code": "8480-6", "display": "Systolic blood pressure"}]}, "valueQuantity": {"value": sys_, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
            {"code": {"coding": [{"system": LOINC, "code": "8462-4", "display": "Diastolic blood pressure"}]}, "valueQuantity": {"value": dia, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]
        return r
    def med(self, i, rx, text, authored, prac, status="active", start=None, end=None, reason=None, dose=None, note=None):
        r = {"resourceType": "MedicationRequest", "id": i, "status": status, "intent": "order",
             "medicationCodeableConcept": {"coding": ([{"system": RX, "code": rx, "display": text.split(' ')[0]}] if rx else []), "text": text},
             "subject": self.ref("Patient", self.pid), "authoredOn": authored, "requester": self.ref("Practitioner", prac)}
        if dose: r["dosageInstruction"] = [{"text": dose}]
        if start or end:
            r["dispenseRequest"] = {"validityPeriod": {**({"start": start} if start else {}), **({"end": end} if end else {})}}
        if reason: r["reasonCode"] = [{"text": reason}]
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def proc(self, i, system, code, display, date, perf, status="completed", note=None, reason=None):
        r = {"resourceType": "Procedure", "id": i, "status": status,
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": self.ref("Patient", self.pid), "performer": [{"actor": self.ref("Practitioner", perf)}]}
        if status == "completed": r["performedDateTime"] = date
        else: r["performedDateTime"] = date
        if note: r["note"] = [{"text": note}]
        if reason: r["reasonCode"] = [{"text": reason}]
        return self.add(r)
    def sr(self, i, system, code, display, authored, prac, status="active", note=None):
        r = {"resourceType": "ServiceRequest", "id": i, "status": status, "intent": "order",
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": self.ref("Patient", self.pid), "authoredOn": authored, "requester": self.ref("Practitioner", prac)}
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def appt(self, i, created, start, desc, prac, status="booked"):
        return self.add({"resourceType": "Appointment", "id": i, "status": status, "description": desc, "created": created,
            "start": start + "T09:00:00-05:00", "end": start + "T09:40:00-05:00",
            "participant": [{"actor": self.ref("Patient", self.pid), "status": "accepted"},
                            {"actor": self.ref("Practitioner", prac), "status": "accepted"}]})
    def fmh(self, i, date, rel_code, rel_text, code, display, note=None):
        r = {"resourceType": "FamilyMemberHistory", "id": i, "status": "completed", "patient": self.ref("Patient", self.pid), "date": date,
             "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": rel_code, "display": rel_text}]},
             "condition": [{"code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display}}]}
        if note: r["note"] = [{"text": note}]
        return self.add(r)
    def doc(self, i, date, author, org, kind, title, text, ctype="text/plain", enc=None, status="current"):
        code, disp = DOCTYPES[kind]
        data = base64.b64encode(text.strip().encode("utf-8")).decode()
        r = {"resourceType": "DocumentReference", "id": i, "status": status,
             "type": {"coding": [{"system": LOINC, "code": code, "display": disp}], "text": title},
             "subject": self.ref("Patient", self.pid), "date": date + ("T12:00:00-05:00" if len(date) == 10 else ""),
             "author": [self.ref("Practitioner", author)], "custodian": self.ref("Organization", org),
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": data, "title": title, "creation": date}}]}
        if enc: r["context"] = {"encounter": [self.ref("Encounter", enc)]}
        return self.add(r)
    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "entry": [{"fullUrl": f"urn:uuid:{self.pid}-{r['resourceType'].lower()}-{r['id']}", "resource": r} for r in self.res]}
