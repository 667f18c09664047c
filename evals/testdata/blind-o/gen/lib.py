"""Tiny FHIR R4 resource helpers for the blind-o set (standard library only)."""
import base64

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
LOCAL = "http://ehr.lakeshore-valley.example/fhir/CodeSystem/flowsheet-row"
NPI = "http://hl7.org/fhir/sid/us-npi"


def loinc_ok(code):
    num, chk = code.split("-")
    digits = [int(d) for d in num][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            total += d // 10 + d % 10
        else:
            total += d
    return (10 - total % 10) % 10 == int(chk)


class Chart:
    def __init__(self, pid):
        self.pid = pid
        self.res = []

    def add(self, r):
        self.res.append(r)
        return r

    def bundle(self):
        return {"resourceType": "Bundle", "id": self.pid, "type": "collection",
                "entry": [{"fullUrl": f"urn:uuid:{self.pid}-{r['resourceType']}-{r['id']}", "resource": r}
                          for r in self.res]}

    # ---- administrative ----
    def patient(self, id, family, given, gender, birth, mrn):
        return self.add({"resourceType": "Patient", "id": id,
                         "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": mrn}],
                         "name": [{"family": family, "given": given}], "gender": gender, "birthDate": birth})

    def org(self, id, name, kind="prov"):
        return self.add({"resourceType": "Organization", "id": id, "name": name,
                         "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": kind}]}]})

    def prac(self, id, family, given, suffix, specialty, npi):
        return self.add({"resourceType": "Practitioner", "id": id,
                         "identifier": [{"system": NPI, "value": npi}],
                         "name": [{"family": family, "given": [given], "suffix": [suffix]}],
                         "qualification": [{"code": {"text": specialty}}]})

    def enc(self, id, start, end, cls, text, prac, org, reason=None):
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
             "type": [{"text": text}], "subject": {"reference": "Patient/pt"},
             "participant": [{"individual": {"reference": f"Practitioner/{prac}"}}],
             "period": {"start": start, "end": end or start},
             "serviceProvider": {"reference": f"Organization/{org}"}}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    # ---- clinical ----
    def cond(self, id, code, display, recorded, clinical="active", verification="confirmed", onset=None,
             recorder=None, note=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
             "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display},
             "subject": {"reference": "Patient/pt"}, "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if recorder:
            r["recorder"] = {"reference": f"Practitioner/{recorder}"}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, id, date, text, code=None, system=LOINC, value=None, unit=None, ucum=None, performer=None,
            components=None, vstring=None, vcc=None, category="exam", note=None, status="final", interp=None,
            method=None, ratio=None, encounter=None, body=None):
        if system == LOINC and code:
            assert loinc_ok(code), code
        if not code:
            system = LOCAL
        coding = [{"system": system, "code": code or id, "display": text}]
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
             "code": {"coding": coding, "text": text}, "subject": {"reference": "Patient/pt"},
             "effectiveDateTime": date}
        if performer:
            r["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        if vstring is not None:
            r["valueString"] = vstring
        if vcc is not None:
            r["valueCodeableConcept"] = {"text": vcc}
        if ratio is not None:
            r["valueRatio"] = {"numerator": {"value": ratio[0], "unit": ratio[2]}, "denominator": {"value": ratio[1], "unit": ratio[2]}}
        if components:
            r["component"] = []
            for c in components:
                cc = {"code": {"coding": [{"system": c.get("system", LOINC), "code": c["code"], "display": c["text"]}], "text": c["text"]}}
                if c.get("system", LOINC) == LOINC:
                    assert loinc_ok(c["code"]), c["code"]
                if "value" in c:
                    cc["valueQuantity"] = {"value": c["value"], "unit": c["unit"], "system": UCUM, "code": c.get("ucum", c["unit"])}
                else:
                    cc["valueString"] = c["vstring"]
                r["component"].append(cc)
        if note:
            r["note"] = [{"text": note}]
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if encounter:
            r["encounter"] = {"reference": f"Encounter/{encounter}"}
        if body:
            r["bodySite"] = {"text": body}
        return self.add(r)

    def medreq(self, id, rxcode, text, authored, requester, status="active", dosage=None, reason=None, note=None,
               stop=None, kind="MedicationRequest"):
        r = {"resourceType": kind, "id": id, "status": status,
             "medicationCodeableConcept": {"coding": [{"system": RX, "code": rxcode, "display": text}], "text": text},
             "subject": {"reference": "Patient/pt"}}
        if kind == "MedicationRequest":
            r["intent"] = "order"
            r["authoredOn"] = authored
            r["requester"] = {"reference": f"Practitioner/{requester}"}
            if dosage:
                r["dosageInstruction"] = [{"text": dosage}]
            if stop:
                r["dispenseRequest"] = {"validityPeriod": {"start": authored, "end": stop}}
        else:
            r["effectivePeriod"] = {"start": authored}
            if stop:
                r["effectivePeriod"]["end"] = stop
            r["dateAsserted"] = authored
            r["informationSource"] = {"reference": f"Practitioner/{requester}"}
            if dosage:
                r["dosage"] = [{"text": dosage}]
        if reason:
            r["statusReason" if status in ("stopped", "cancelled") else "reasonCode"] = (
                {"text": reason} if status in ("stopped", "cancelled") else [{"text": reason}])
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, id, code, text, date, performer, system=CPT, status="completed", note=None, body=None, reason=None):
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": {"coding": [{"system": system, "code": code, "display": text}], "text": text},
             "subject": {"reference": "Patient/pt"}, "performedDateTime": date,
             "performer": [{"actor": {"reference": f"Practitioner/{performer}"}}]}
        if note:
            r["note"] = [{"text": note}]
        if body:
            r["bodySite"] = [{"text": body}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def report(self, id, date, text, performer, results=(), conclusion=None, code=None, system=LOINC, category="RAD",
               status="final"):
        if system == LOINC and code:
            assert loinc_ok(code), code
        if not code:
            system = LOCAL
        r = {"resourceType": "DiagnosticReport", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": category}]}],
             "code": {"coding": [{"system": system, "code": code or id, "display": text}], "text": text},
             "subject": {"reference": "Patient/pt"}, "effectiveDateTime": date, "issued": date + "T17:00:00Z",
             "performer": [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])],
             "result": [{"reference": f"Observation/{x}"} for x in results]}
        if conclusion:
            r["conclusion"] = conclusion
        return self.add(r)

    def servreq(self, id, code, text, authored, requester, status="active", system=CPT, note=None, occurrence=None,
                performer=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": {"coding": [{"system": system, "code": code, "display": text}], "text": text},
             "subject": {"reference": "Patient/pt"}, "authoredOn": authored,
             "requester": {"reference": f"Practitioner/{requester}"}}
        if note:
            r["note"] = [{"text": note}]
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if performer:
            r["performer"] = [{"reference": f"Practitioner/{performer}"}]
        return self.add(r)

    def appt(self, id, created, start, text, prac, status="booked"):
        return self.add({"resourceType": "Appointment", "id": id, "status": status, "created": created,
                         "start": start + "T09:00:00-05:00", "end": start + "T09:40:00-05:00",
                         "serviceType": [{"text": text}],
                         "participant": [{"actor": {"reference": "Patient/pt"}, "status": "accepted"},
                                         {"actor": {"reference": f"Practitioner/{prac}"}, "status": "accepted"}]})

    def note(self, id, date, typecode, typetext, author, text, ctype="text/plain", encounter=None, org=None,
             title=None, status="current"):
        assert loinc_ok(typecode), typecode
        data = base64.b64encode(text.strip("\n").encode("utf-8") + b"\n").decode()
        r = {"resourceType": "DocumentReference", "id": id, "status": status,
             "type": {"coding": [{"system": LOINC, "code": typecode, "display": typetext}], "text": typetext},
             "subject": {"reference": "Patient/pt"}, "date": date + ("" if "T" in date else "T12:00:00-05:00"),
             "author": [{"reference": f"Practitioner/{author}"}] + ([{"reference": f"Organization/{org}"}] if org else []),
             "description": title or typetext,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": data,
                                         "title": (title or typetext)}}]}
        if encounter:
            r["context"] = {"encounter": [{"reference": f"Encounter/{encounter}"}]}
        return self.add(r)
