"""Small FHIR R4 helpers for the blind-r synthetic set (standard library only)."""
import base64

CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
SCT = "http://snomed.info/sct"


class Chart:
    def __init__(self, pid, local_system):
        self.pid = pid
        self.local = local_system
        self.res = []

    def add(self, r):
        self.res.append(r)
        return r["resourceType"] + "/" + r["id"]

    # ---- actors -------------------------------------------------------
    def patient(self, given, family, gender, birth, mrn, city, state):
        return self.add({"resourceType": "Patient", "id": self.pid,
                         "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99", "value": mrn}],
                         "name": [{"family": family, "given": given.split()}], "gender": gender,
                         "birthDate": birth, "address": [{"city": city, "state": state}]})

    def practitioner(self, rid, given, family, suffix, specialty, npi):
        return self.add({"resourceType": "Practitioner", "id": rid,
                         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                         "name": [{"family": family, "given": [given], "suffix": [suffix]}],
                         "qualification": [{"code": {"text": specialty}}]})

    def org(self, rid, name, kind):
        return self.add({"resourceType": "Organization", "id": rid, "name": name,
                         "type": [{"text": kind}]})

    # ---- clinical -----------------------------------------------------
    def _subj(self):
        return {"reference": "Patient/" + self.pid}

    def encounter(self, rid, start, cls, type_text, pract, org, end=None, reason=None):
        clsmap = {"AMB": "ambulatory", "IMP": "inpatient encounter", "VR": "virtual", "EMER": "emergency", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": rid, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsmap[cls]},
             "type": [{"text": type_text}], "subject": self._subj(),
             "participant": [{"individual": {"reference": pract}}],
             "period": {"start": start, "end": end or start}, "serviceProvider": {"reference": org}}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def condition(self, rid, code, display, recorded, clinical="active", verif="confirmed", onset=None,
                  asserter=None, note=None, abatement=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": rid,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verif}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
             "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display},
             "subject": self._subj(), "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if asserter:
            r["asserter"] = {"reference": asserter}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, rid, code, display, date, value=None, unit=None, performer=None, category="exam",
            system=None, text=None, components=None, string=None, interp=None, note=None, status="final",
            method=None, code_str=None, enc=None):
        system = system or self.local
        r = {"resourceType": "Observation", "id": rid, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": text or display},
             "subject": self._subj(), "effectiveDateTime": date}
        if performer:
            r["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            if isinstance(value, (int, float)):
                r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": code_str or unit}
            elif isinstance(value, dict):
                r["valueCodeableConcept"] = value
        if string is not None:
            r["valueString"] = string
        if components:
            r["component"] = []
            for c in components:
                cc = {"code": {"coding": [{"system": c.get("system", LOINC), "code": c["code"], "display": c["display"]}], "text": c["display"]}}
                if "value" in c:
                    cc["valueQuantity"] = {"value": c["value"], "unit": c["unit"], "system": UCUM, "code": c.get("ucum", c["unit"])}
                else:
                    cc["valueString"] = c["string"]
                r["component"].append(cc)
        if interp:
            r["interpretation"] = [{"text": interp}]
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = {"text": method}
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r)

    def med(self, rid, rxcui, text, authored, requester, status="active", dosage=None, stop=None, reason=None,
            note=None, kind="MedicationRequest"):
        cc = {"text": text}
        if rxcui:
            cc["coding"] = [{"system": RXN, "code": rxcui, "display": text.split(" ")[0]}]
        r = {"resourceType": kind, "id": rid, "status": status, "medicationCodeableConcept": cc, "subject": self._subj()}
        if kind == "MedicationRequest":
            r["intent"] = "order"
            r["authoredOn"] = authored
            r["requester"] = {"reference": requester}
            vp = {"start": authored}
            if stop:
                vp["end"] = stop
            r["dispenseRequest"] = {"validityPeriod": vp}
        else:
            r["effectivePeriod"] = {"start": authored, **({"end": stop} if stop else {})}
            r["dateAsserted"] = authored
            r["informationSource"] = {"reference": requester}
        if dosage:
            r["dosageInstruction" if kind == "MedicationRequest" else "dosage"] = [{"text": dosage}]
        if reason:
            r["statusReason" if kind == "MedicationRequest" else "statusReason"] = [{"text": reason}] if kind != "MedicationRequest" else {"text": reason}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def procedure(self, rid, cpt, display, date, performer, status="completed", note=None, org=None, reason=None):
        r = {"resourceType": "Procedure", "id": rid, "status": status,
             "code": {"coding": [{"system": CPT, "code": cpt, "display": display}], "text": display},
             "subject": self._subj(), "performedDateTime": date,
             "performer": [{"actor": {"reference": performer}}]}
        if org:
            r["performer"][0]["onBehalfOf"] = {"reference": org}
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def report(self, rid, code, display, date, performer, conclusion, results=(), system=LOINC, category="RAD"):
        return self.add({"resourceType": "DiagnosticReport", "id": rid, "status": "final",
                         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": category}]}],
                         "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
                         "subject": self._subj(), "effectiveDateTime": date, "issued": date + "T17:00:00Z",
                         "performer": [{"reference": performer}], "result": [{"reference": x} for x in results],
                         "conclusion": conclusion})

    def service_request(self, rid, code, display, authored, requester, status="active", note=None, system=CPT):
        r = {"resourceType": "ServiceRequest", "id": rid, "status": status, "intent": "order",
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": self._subj(), "authoredOn": authored, "requester": {"reference": requester}}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, rid, created, start, desc, pract, status="booked"):
        return self.add({"resourceType": "Appointment", "id": rid, "status": status, "created": created,
                         "start": start + "T09:30:00-05:00", "description": desc,
                         "participant": [{"actor": {"reference": "Patient/" + self.pid}, "status": "accepted"},
                                         {"actor": {"reference": pract}, "status": "accepted"}]})

    def note(self, rid, loinc, title, date, author, text, ctype="text/plain", org=None, enc=None):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        r = {"resourceType": "DocumentReference", "id": rid, "status": "current",
             "type": {"coding": [{"system": LOINC, "code": loinc, "display": title}], "text": title},
             "subject": self._subj(), "date": date + "T12:00:00-05:00" if "T" not in date else date,
             "author": [{"reference": author}],
             "content": [{"attachment": {"contentType": ctype, "data": data, "title": title, "creation": date[:10]}}]}
        if org:
            r["custodian"] = {"reference": org}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r)

    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "entry": [{"fullUrl": "urn:uuid:%s-%s" % (r["resourceType"].lower(), r["id"]), "resource": r} for r in self.res]}


def case(cid, pid, service, diagnoses, date, rec, policy, evidence, missing=(), rationale="", note=None, urgency="standard"):
    svc_sys = HCPCS if service[0][0].isalpha() else CPT
    req = {"service": {"system": svc_sys, "code": service[0], "display": service[1]},
           "diagnoses": [{"system": ICD, "code": c, "display": d} for c, d in diagnoses],
           "payer": "medicare", "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    return {"id": cid, "patient": "patients/%s.json" % pid, "request": req,
            "gold": {"recommendation": rec, "policy": policy, "evidence": list(evidence),
                     "missing": list(missing), "rationale": rationale}}
