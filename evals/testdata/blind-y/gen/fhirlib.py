"""Small helpers that write FHIR R4 resources the way EHR bulk exports tend to look.

Standard library only. Each Chart is one patient's collection Bundle.
"""
import base64
import json

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9 = "http://hl7.org/fhir/sid/icd-9-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
DAR = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"

SITES = {
    "northlake": {
        "name": "Northlake Health",
        "base": "https://fhir.northlake-health.example/r4",
        "mrn": "https://fhir.northlake-health.example/id/mrn",
        "flow": "https://fhir.northlake-health.example/CodeSystem/flowsheet-row",
        "lab": "https://fhir.northlake-health.example/CodeSystem/lab-result",
        "order": "https://fhir.northlake-health.example/CodeSystem/procedure-order",
        "med": "https://fhir.northlake-health.example/CodeSystem/formulary",
        "notetype": "https://fhir.northlake-health.example/CodeSystem/note-type",
    },
    "carver": {
        "name": "Carver Valley Medical Center",
        "base": "https://ehr-api.carvervalley.example/fhir",
        "mrn": "urn:oid:2.25.118830112233445566778899001",
        "flow": "urn:oid:2.25.118830112233445566778899002",
        "lab": "urn:oid:2.25.118830112233445566778899003",
        "order": "urn:oid:2.25.118830112233445566778899004",
        "med": "urn:oid:2.25.118830112233445566778899005",
        "notetype": "urn:oid:2.25.118830112233445566778899006",
    },
    "brendan": {
        "name": "St. Brendan Regional Hospital",
        "base": "https://interop.stbrendan.example/api/FHIR/R4",
        "mrn": "https://interop.stbrendan.example/NamingSystem/MRN",
        "flow": "https://interop.stbrendan.example/CodeSystem/IP-flowsheet",
        "lab": "https://interop.stbrendan.example/CodeSystem/LAB-component",
        "order": "https://interop.stbrendan.example/CodeSystem/EAP",
        "med": "https://interop.stbrendan.example/CodeSystem/ERX",
        "notetype": "https://interop.stbrendan.example/CodeSystem/note-type",
    },
}


def cc(codings=None, text=None):
    out = {}
    if codings:
        out["coding"] = [dict(system=s, code=c, **({"display": d} if d else {})) for (s, c, d) in codings]
    if text:
        out["text"] = text
    return out


def ref(key, display=None):
    r = {"reference": key}
    if display:
        r["display"] = display
    return r


def qty(v, unit, code=None, comparator=None, system=UCUM):
    q = {"value": v, "unit": unit}
    if comparator:
        q["comparator"] = comparator
    if code is not None:
        q["system"] = system
        q["code"] = code
    return q


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.b64encode(data).decode("ascii")


class Chart:
    def __init__(self, site_key, bundle_id, timestamp):
        self.site = SITES[site_key]
        self.bundle_id = bundle_id
        self.timestamp = timestamp
        self.entries = []
        self.keys = set()
        self.pid = None

    # ------------------------------------------------------------------ core
    def add(self, r):
        key = "%s/%s" % (r["resourceType"], r["id"])
        if key in self.keys:
            raise ValueError("duplicate id " + key)
        self.keys.add(key)
        self.entries.append(r)
        return key

    def _value(self, r, value):
        if value is None:
            return
        kind = value[0]
        if kind == "q":
            r["valueQuantity"] = qty(*value[1:])
        elif kind == "s":
            r["valueString"] = value[1]
        elif kind == "cc":
            r["valueCodeableConcept"] = cc(value[1], value[2] if len(value) > 2 else None)
        elif kind == "range":
            rg = {}
            if value[1] is not None:
                rg["low"] = qty(value[1], value[3], value[4])
            if value[2] is not None:
                rg["high"] = qty(value[2], value[3], value[4])
            r["valueRange"] = rg
        elif kind == "ratio":
            r["valueRatio"] = {"numerator": qty(value[1], value[3], value[4]),
                               "denominator": qty(value[2], value[3], value[4])}
        elif kind == "int":
            r["valueInteger"] = value[1]
        elif kind == "bool":
            r["valueBoolean"] = value[1]
        elif kind == "dt":
            r["valueDateTime"] = value[1]
        else:
            raise ValueError(kind)

    # --------------------------------------------------------------- people
    def patient(self, pid, family, given, gender, birth, mrn, extra_ids=(), address=None, phone=None, lang=None):
        self.pid = pid
        r = {"resourceType": "Patient", "id": pid,
             "identifier": [{"use": "usual", "type": cc([("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")]),
                             "system": self.site["mrn"], "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth}
        for (sysu, val, label) in extra_ids:
            r["identifier"].append({"use": "secondary", "type": {"text": label}, "system": sysu, "value": val})
        if address:
            r["address"] = [address]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if lang:
            r["communication"] = [{"language": cc([("urn:ietf:bcp:47", lang[0], lang[1])]), "preferred": True}]
        return self.add(r)

    @property
    def P(self):
        return ref("Patient/" + self.pid)

    def practitioner(self, pid, family, given, suffix=None, qual=None, ident=None):
        r = {"resourceType": "Practitioner", "id": pid, "name": [{"family": family, "given": given}]}
        if suffix:
            r["name"][0]["suffix"] = [suffix]
        if qual:
            r["qualification"] = [{"code": {"text": qual}}]
        if ident:
            r["identifier"] = [{"system": self.site["base"] + "/id/provider", "value": ident}]
        return self.add(r)

    def organization(self, oid, name, typ=None):
        r = {"resourceType": "Organization", "id": oid, "name": name, "active": True}
        if typ:
            r["type"] = [{"text": typ}]
        return self.add(r)

    def encounter(self, eid, start, end=None, cls="AMB", type_text="Office Visit", prac=None, status="finished",
                  reason=None, org=None, dept=None, hosp=None):
        clsdisp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                   "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "id": eid, "status": status,
             "class": {"system": ACTCODE, "code": cls, "display": clsdisp},
             "type": [{"text": type_text}], "subject": self.P, "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if prac:
            r["participant"] = [{"individual": ref(p)} for p in (prac if isinstance(prac, list) else [prac])]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if org:
            r["serviceProvider"] = ref(org)
        if dept:
            r["location"] = [{"location": {"display": dept}}]
        if hosp:
            r["hospitalization"] = hosp
        return self.add(r)

    # -------------------------------------------------------------- clinical
    def condition(self, cid, codings, text, recorded=None, onset=None, clinical="active", verification="confirmed",
                  category="problem-list-item", note=None, asserter=None, encounter=None, abatement=None,
                  severity=None, body_site=None):
        r = {"resourceType": "Condition", "id": cid,
             "clinicalStatus": cc([(CONDCLIN, clinical, None)]),
             "verificationStatus": cc([(CONDVER, verification, None)]),
             "category": [cc([(CONDCAT, category, None)])],
             "code": cc(codings, text), "subject": self.P}
        if severity:
            r["severity"] = {"text": severity}
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        if encounter:
            r["encounter"] = ref(encounter)
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if recorded:
            r["recordedDate"] = recorded
        if asserter:
            r["asserter"] = ref(asserter)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, oid, codings, text, when, value=None, status="final", category="laboratory", performer=None,
            encounter=None, components=None, note=None, interp=None, issued=None, method=None, body_site=None,
            dar=None, ref_range=None, identifier=None, derived_from=None, has_member=None, device=None):
        r = {"resourceType": "Observation", "id": oid, "status": status}
        if identifier:
            r["identifier"] = [{"system": self.site["base"] + "/id/result", "value": identifier}]
        if category:
            cats = category if isinstance(category, list) else [category]
            r["category"] = [cc([(OBSCAT, c, None)]) if c in ("laboratory", "vital-signs", "exam", "procedure",
                                                                "survey", "imaging", "activity", "social-history",
                                                                "therapy") else {"text": c} for c in cats]
        r["code"] = cc(codings, text)
        r["subject"] = self.P
        if encounter:
            r["encounter"] = ref(encounter)
        r["effectiveDateTime"] = when
        if issued:
            r["issued"] = issued
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        self._value(r, value)
        if dar:
            r["dataAbsentReason"] = cc([(DAR, dar[0], dar[1])], dar[2] if len(dar) > 2 else None)
        if interp:
            r["interpretation"] = [cc([(INTERP, interp, None)])]
        if note:
            r["note"] = [{"text": n} for n in (note if isinstance(note, list) else [note])]
        if method:
            r["method"] = {"text": method}
        if body_site:
            r["bodySite"] = {"text": body_site}
        if device:
            r["device"] = {"display": device}
        if ref_range:
            r["referenceRange"] = [{"text": ref_range}]
        if derived_from:
            r["derivedFrom"] = [ref(x) for x in derived_from]
        if has_member:
            r["hasMember"] = [ref(x) for x in has_member]
        if components:
            r["component"] = []
            for comp in components:
                c = {"code": cc(comp[0], comp[1])}
                if comp[2] is None and len(comp) > 3:
                    c["dataAbsentReason"] = cc([(DAR, comp[3][0], comp[3][1])])
                else:
                    self._value(c, comp[2])
                r["component"].append(c)
        return self.add(r)

    def report(self, rid, codings, text, when, status="final", results=(), conclusion=None, performer=None,
               issued=None, encounter=None, category="LAB", presented=None, identifier=None):
        r = {"resourceType": "DiagnosticReport", "id": rid, "status": status}
        if identifier:
            r["identifier"] = [{"system": self.site["base"] + "/id/report", "value": identifier}]
        catmap = {"LAB": "Laboratory", "RAD": "Radiology", "CUS": "Cardiac Ultrasound", "CTH": "Cardiac Catheterization",
                  "PF": "Pulmonary Function", "OTH": "Other", "AU": "Audiology", "NMS": "Nuclear Medicine Scan",
                  "VUS": "Vascular Ultrasound", "NRS": "Nursing Service Measures", "PHY": "Physician"}
        r["category"] = [cc([("http://terminology.hl7.org/CodeSystem/v2-0074", category, catmap.get(category))])]
        r["code"] = cc(codings, text)
        r["subject"] = self.P
        if encounter:
            r["encounter"] = ref(encounter)
        r["effectiveDateTime"] = when
        if issued:
            r["issued"] = issued
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if results:
            r["result"] = [ref(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if presented:
            r["presentedForm"] = [{"contentType": presented[0], "data": b64(presented[1]),
                                   **({"title": presented[2]} if len(presented) > 2 else {})}]
        return self.add(r)

    def med(self, mid, codings, text, authored, status="active", intent="order", dosage=None, status_reason=None,
            note=None, validity=None, requester=None, encounter=None, category="outpatient", reported=False):
        r = {"resourceType": "MedicationRequest", "id": mid, "status": status, "intent": intent}
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        r["category"] = [cc([("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category, None)])]
        if reported:
            r["reportedBoolean"] = True
        r["medicationCodeableConcept"] = cc(codings, text)
        r["subject"] = self.P
        if encounter:
            r["encounter"] = ref(encounter)
        r["authoredOn"] = authored
        if requester:
            r["requester"] = ref(requester)
        if note:
            r["note"] = [{"text": n} for n in (note if isinstance(note, list) else [note])]
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if validity:
            vp = {"start": validity[0]}
            if validity[1]:
                vp["end"] = validity[1]
            r["dispenseRequest"] = {"validityPeriod": vp}
        return self.add(r)

    def proc(self, pid, codings, text, when, status="completed", performer=None, note=None, reason=None,
             body_site=None, reports=None, encounter=None, outcome=None, status_reason=None, category=None):
        r = {"resourceType": "Procedure", "id": pid, "status": status}
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if category:
            r["category"] = {"text": category}
        r["code"] = cc(codings, text)
        r["subject"] = self.P
        if encounter:
            r["encounter"] = ref(encounter)
        r["performedDateTime"] = when
        if performer:
            r["performer"] = [{"actor": ref(p)} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if reports:
            r["report"] = [ref(x) for x in reports]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, did, date, type_codings, type_text, content, ctype="text/plain", author=None, encounter=None,
            status="current", doc_status="final", description=None, title=None, category="clinical-note",
            relates=None, custodian=None):
        r = {"resourceType": "DocumentReference", "id": did, "status": status}
        if doc_status:
            r["docStatus"] = doc_status
        r["type"] = cc(type_codings, type_text)
        r["category"] = [cc([(DOCCAT, category, "Clinical Note" if category == "clinical-note" else None)])]
        r["subject"] = self.P
        r["date"] = date
        if author:
            r["author"] = [ref(a) for a in (author if isinstance(author, list) else [author])]
        if custodian:
            r["custodian"] = ref(custodian)
        if relates:
            r["relatesTo"] = [{"code": relates[0], "target": ref(relates[1])}]
        if description:
            r["description"] = description
        att = {"contentType": ctype, "data": b64(content)}
        if ctype.startswith("text/"):
            att["contentType"] = ctype
        if title:
            att["title"] = title
        att["creation"] = date
        r["content"] = [{"attachment": att}]
        if encounter:
            r["context"] = {"encounter": [ref(encounter)]}
        return self.add(r)

    def service_request(self, sid, codings, text, authored, status="active", intent="order", requester=None,
                        note=None, reason=None, occurrence=None, encounter=None, performer=None):
        r = {"resourceType": "ServiceRequest", "id": sid, "status": status, "intent": intent,
             "code": cc(codings, text), "subject": self.P, "authoredOn": authored}
        if encounter:
            r["encounter"] = ref(encounter)
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if requester:
            r["requester"] = ref(requester)
        if performer:
            r["performer"] = [ref(performer)]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, aid, created, start, status="booked", description=None, prac=None, service=None):
        r = {"resourceType": "Appointment", "id": aid, "status": status, "created": created, "start": start}
        if service:
            r["serviceType"] = [{"text": service}]
        if description:
            r["description"] = description
        parts = [{"actor": self.P, "status": "accepted"}]
        if prac:
            parts.append({"actor": ref(prac), "status": "accepted"})
        r["participant"] = parts
        return self.add(r)

    def allergy(self, aid, text, recorded, reaction=None):
        r = {"resourceType": "AllergyIntolerance", "id": aid,
             "clinicalStatus": cc([("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", None)]),
             "verificationStatus": cc([("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", None)]),
             "code": {"text": text}, "patient": self.P, "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(r)

    def device_request(self, did, codings, text, authored, status="active", requester=None, note=None):
        r = {"resourceType": "DeviceRequest", "id": did, "status": status, "intent": "order",
             "codeCodeableConcept": cc(codings, text), "subject": self.P, "authoredOn": authored}
        if requester:
            r["requester"] = ref(requester)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ---------------------------------------------------------------- output
    def bundle(self):
        return {"resourceType": "Bundle", "id": self.bundle_id, "type": "collection", "timestamp": self.timestamp,
                "entry": [{"fullUrl": "%s/%s/%s" % (self.site["base"], r["resourceType"], r["id"]), "resource": r}
                          for r in self.entries]}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)
        f.write("\n")
