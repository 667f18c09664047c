"""Tiny FHIR R4 resource helpers for the blind-s set (standard library only)."""
import base64, json

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
BASE = "https://fhir.blind-s.example"


def cc(system, code, display=None, text=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    out = {"coding": [c]}
    if text:
        out["text"] = text
    return out


def txt(t):
    return {"text": t}


def ref(r, display=None):
    o = {"reference": r}
    if display:
        o["display"] = display
    return o


class Chart:
    def __init__(self, pid, local_system):
        self.pid = pid
        self.local_system = local_system
        self.res = []

    @property
    def pref(self):
        return ref("Patient/" + self.pid)

    def add(self, r):
        self.res.append(r)
        return "%s/%s" % (r["resourceType"], r["id"])

    # --- administrative -------------------------------------------------
    def patient(self, given, family, gender, birth, mrn, city="", state=""):
        return self.add({"resourceType": "Patient", "id": self.pid,
                         "identifier": [{"system": BASE + "/mrn", "value": mrn}],
                         "name": [{"family": family, "given": given.split()}],
                         "gender": gender, "birthDate": birth,
                         "address": [{"city": city, "state": state}] if city else []})

    def org(self, id, name, kind="prov"):
        return self.add({"resourceType": "Organization", "id": id, "name": name,
                         "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", kind)]})

    def pract(self, id, given, family, suffix, specialty, npi):
        return self.add({"resourceType": "Practitioner", "id": id,
                         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                         "name": [{"family": family, "given": given.split(), "suffix": [suffix]}],
                         "qualification": [{"code": txt(specialty)}]})

    def encounter(self, id, start, end, klass, typetext, pract, org, reason=None, status="finished"):
        r = {"resourceType": "Encounter", "id": id, "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": klass},
             "type": [txt(typetext)], "subject": self.pref,
             "participant": [{"individual": ref("Practitioner/" + pract)}],
             "period": {"start": start, "end": end or start},
             "serviceProvider": ref("Organization/" + org)}
        if reason:
            r["reasonCode"] = [txt(reason)]
        return self.add(r)

    # --- clinical ---------------------------------------------------------
    def condition(self, id, code, display, recorded, clinical="active", verification="confirmed",
                  onset=None, asserter=None, note=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical),
             "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification),
             "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", category)],
             "code": cc(ICD, code, display), "subject": self.pref, "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if asserter:
            r["asserter"] = ref("Practitioner/" + asserter)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, id, date, code, value=None, performer=None, unit=None, ucum=None, components=None,
            category="exam", note=None, interp=None, method=None, status="final", encounter=None):
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [cc("http://terminology.hl7.org/CodeSystem/observation-category", category)],
             "code": code, "subject": self.pref, "effectiveDateTime": date}
        if encounter:
            r["encounter"] = ref("Encounter/" + encounter)
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        elif isinstance(value, str):
            r["valueString"] = value
        elif isinstance(value, dict):
            r["valueCodeableConcept"] = value
        if components:
            r["component"] = components
        if note:
            r["note"] = [{"text": note}]
        if interp:
            r["interpretation"] = [txt(interp)]
        if method:
            r["method"] = txt(method)
        return self.add(r)

    def local(self, code, text):
        return {"coding": [{"system": self.local_system, "code": code, "display": text}], "text": text}

    def procedure(self, id, system, code, display, date, performer=None, status="completed", note=None,
                  period_end=None, reason=None):
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": cc(system, code, display), "subject": self.pref}
        if period_end:
            r["performedPeriod"] = {"start": date, "end": period_end}
        else:
            r["performedDateTime"] = date
        if performer:
            r["performer"] = [{"actor": ref("Practitioner/" + performer)}]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [txt(reason)]
        return self.add(r)

    def medreq(self, id, rx, display, authored, requester, status="active", dosage=None, start=None,
               stop=None, note=None, intent="order"):
        med = cc(RXN, rx, display) if rx else txt(display)
        if rx:
            med["text"] = display
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": self.pref, "authoredOn": authored,
             "requester": ref("Practitioner/" + requester)}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or stop:
            vp = {}
            if start:
                vp["start"] = start
            if stop:
                vp["end"] = stop
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medstmt(self, id, rx, display, date, status="active", start=None, end=None, note=None, source=None):
        med = cc(RXN, rx, display) if rx else txt(display)
        r = {"resourceType": "MedicationStatement", "id": id, "status": status,
             "medicationCodeableConcept": med, "subject": self.pref, "dateAsserted": date}
        if start or end:
            r["effectivePeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        if note:
            r["note"] = [{"text": note}]
        if source:
            r["informationSource"] = ref(source)
        return self.add(r)

    def report(self, id, date, code, performer, conclusion, results=(), category="LAB", status="final",
               issued=None):
        r = {"resourceType": "DiagnosticReport", "id": id, "status": status,
             "category": [cc("http://terminology.hl7.org/CodeSystem/v2-0074", category)],
             "code": code, "subject": self.pref, "effectiveDateTime": date,
             "issued": (issued or date) + ("T17:00:00Z" if len(issued or date) == 10 else ""),
             "performer": [ref(p) for p in (performer if isinstance(performer, list) else [performer])],
             "conclusion": conclusion}
        if results:
            r["result"] = [ref(x) for x in results]
        return self.add(r)

    def servicereq(self, id, system, code, display, authored, requester, status="active", note=None,
                   reason=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": cc(system, code, display), "subject": self.pref, "authoredOn": authored,
             "requester": ref("Practitioner/" + requester)}
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [txt(reason)]
        return self.add(r)

    def appointment(self, id, created, start, status, desc, pract):
        return self.add({"resourceType": "Appointment", "id": id, "status": status, "created": created,
                         "start": start, "description": desc,
                         "participant": [{"actor": self.pref, "status": "accepted"},
                                         {"actor": ref("Practitioner/" + pract), "status": "accepted"}]})

    def note(self, id, date, loinc, loinc_display, title, author, text, ctype="text/plain", encounter=None,
             custodian=None, relates=None):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        r = {"resourceType": "DocumentReference", "id": id, "status": "current",
             "type": cc(LOINC, loinc, loinc_display), "subject": self.pref,
             "date": date + ("T12:00:00Z" if len(date) == 10 else ""),
             "author": [ref("Practitioner/" + a) for a in (author if isinstance(author, list) else [author])],
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "title": title,
                                         "data": data}}]}
        if encounter:
            r["context"] = {"encounter": [ref("Encounter/" + encounter)]}
        if custodian:
            r["custodian"] = ref("Organization/" + custodian)
        if relates:
            r["relatesTo"] = [{"code": "appends", "target": ref("DocumentReference/" + relates)}]
        return self.add(r)

    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "entry": [{"fullUrl": "%s/%s/%s" % (BASE, r["resourceType"], r["id"]), "resource": r}
                          for r in self.res]}


def q(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


def comp(code, value=None, unit=None, ucum=None, string=None):
    c = {"code": code}
    if string is not None:
        c["valueString"] = string
    else:
        c["valueQuantity"] = q(value, unit, ucum)
    return c
