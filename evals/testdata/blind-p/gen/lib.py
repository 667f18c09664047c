"""Helpers for building synthetic FHIR R4 resources (blind-p set). Standard library only."""
import base64, json

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
SCT = "http://snomed.info/sct"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"

NOTE_TYPES = {  # LOINC document type codes
    "progress": ("11506-3", "Progress note"),
    "hp": ("34117-2", "History and physical note"),
    "discharge": ("18842-5", "Discharge summary"),
    "consult": ("11488-4", "Consult note"),
    "nurse": ("34746-8", "Nurse note"),
    "phone": ("34748-4", "Telephone encounter Note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "procedure": ("28570-0", "Procedure note"),
    "note": ("34109-9", "Note"),
    "operative": ("11504-8", "Surgical operation note"),
    "ekg": ("11524-6", "EKG study"),
}


class Bundle:
    def __init__(self, pid, local_system):
        self.pid = pid
        self.loc = local_system
        self.res = []

    def add(self, r):
        self.res.append(r)
        return f"{r['resourceType']}/{r['id']}"

    def bundle(self):
        return {
            "resourceType": "Bundle", "id": self.pid, "type": "collection",
            "entry": [{"fullUrl": f"https://fhir.blind-p.example/{r['resourceType']}/{r['id']}", "resource": r}
                      for r in self.res],
        }

    # ---- administrative ----
    def patient(self, id, given, family, gender, birth, city, state, mrn):
        return self.add({"resourceType": "Patient", "id": id,
                         "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99", "value": mrn}],
                         "name": [{"family": family, "given": given.split()}], "gender": gender,
                         "birthDate": birth, "address": [{"city": city, "state": state}]})

    def prac(self, id, given, family, qual, npi):
        return self.add({"resourceType": "Practitioner", "id": id,
                         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                         "name": [{"family": family, "given": given.split()}],
                         "qualification": [{"code": {"text": qual}}]})

    def org(self, id, name, kind):
        return self.add({"resourceType": "Organization", "id": id, "name": name, "type": [{"text": kind}]})

    # ---- clinical ----
    def enc(self, id, cls, text, start, end=None, prac=None, org=None, reason=None):
        clsmap = {"AMB": "ambulatory", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health",
                  "EMER": "emergency"}
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": ACT, "code": cls, "display": clsmap[cls]},
             "type": [{"text": text}], "subject": {"reference": f"Patient/{self.pid}"},
             "period": {"start": start, **({"end": end} if end else {})}}
        if prac:
            r["participant"] = [{"individual": {"reference": prac}}]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def cond(self, id, icd, disp, recorded, clin="active", ver="confirmed", onset=None, asserter=None,
             note=None, enc=None, text=None):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": CLIN, "code": clin}]},
             "verificationStatus": {"coding": [{"system": VER, "code": ver}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": "problem-list-item"}]}],
             "code": {"coding": [{"system": ICD, "code": icd, "display": disp}], "text": text or disp},
             "subject": {"reference": f"Patient/{self.pid}"}, "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if asserter:
            r["asserter"] = {"reference": asserter}
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r)

    def obs(self, id, code, date, value=None, unit=None, ucum=None, vstr=None, performer=None, comps=None,
            cat="exam", note=None, status="final", method=None, interp=None, enc=None, vcc=None):
        """code: ('loinc', '10230-1', 'display') or ('local', 'AHI', 'text')"""
        kind, c, disp = code
        system = LOINC if kind == "loinc" else self.loc
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": OBSCAT, "code": cat}]}],
             "code": {"coding": [{"system": system, "code": c, "display": disp}], "text": disp},
             "subject": {"reference": f"Patient/{self.pid}"}, "effectiveDateTime": date}
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit or ucum, "system": UCUM, "code": ucum}
            if ucum is None:
                del r["valueQuantity"]["system"], r["valueQuantity"]["code"]
        if vstr is not None:
            r["valueString"] = vstr
        if vcc is not None:
            r["valueCodeableConcept"] = {"text": vcc}
        if performer:
            r["performer"] = [{"reference": p} for p in performer]
        if comps:
            r["component"] = []
            for cc in comps:
                ck, ccode, cdisp, cval, cunit, cucum = cc
                comp = {"code": {"coding": [{"system": LOINC if ck == "loinc" else self.loc, "code": ccode,
                                             "display": cdisp}], "text": cdisp}}
                if isinstance(cval, str):
                    comp["valueString"] = cval
                else:
                    comp["valueQuantity"] = {"value": cval, "unit": cunit}
                    if cucum:
                        comp["valueQuantity"].update({"system": UCUM, "code": cucum})
                r["component"].append(comp)
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = {"text": method}
        if interp:
            r["interpretation"] = [{"text": interp}]
        if enc:
            r["encounter"] = {"reference": enc}
        return self.add(r)

    def medreq(self, id, rx, text, authored, requester, dosage, status="active", reason=None, validity=None,
               note=None):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": "order",
             "medicationCodeableConcept": {"text": text}, "subject": {"reference": f"Patient/{self.pid}"},
             "authoredOn": authored, "requester": {"reference": requester},
             "dosageInstruction": [{"text": dosage}]}
        if rx:
            r["medicationCodeableConcept"]["coding"] = [{"system": RXN, "code": rx, "display": text.split(" ")[0]}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if validity:
            vp = {"start": validity[0]}
            if validity[1]:
                vp["end"] = validity[1]
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medstmt(self, id, rx, text, asserted, status="active", effective=None, source=None, note=None):
        r = {"resourceType": "MedicationStatement", "id": id, "status": status,
             "medicationCodeableConcept": {"text": text}, "subject": {"reference": f"Patient/{self.pid}"},
             "dateAsserted": asserted}
        if rx:
            r["medicationCodeableConcept"]["coding"] = [{"system": RXN, "code": rx, "display": text.split(" ")[0]}]
        if effective:
            r["effectivePeriod"] = {"start": effective[0], **({"end": effective[1]} if effective[1] else {})}
        if source:
            r["informationSource"] = {"reference": source} if "/" in source else {"display": source}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, id, cpt, text, date, performer=None, status="completed", note=None, reason=None,
             location=None):
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": {"coding": [{"system": CPT, "code": cpt, "display": text}], "text": text},
             "subject": {"reference": f"Patient/{self.pid}"}}
        if date:
            r["performedDateTime"] = date
        if performer:
            r["performer"] = [{"actor": {"reference": p}} for p in performer]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if location:
            r["location"] = {"display": location}
        return self.add(r)

    def dr(self, id, code, date, conclusion, results=None, performer=None, cat="RAD", issued=None,
           presented=None):
        kind, c, disp = code
        r = {"resourceType": "DiagnosticReport", "id": id, "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": cat}]}],
             "code": {"coding": [{"system": {"loinc": LOINC, "cpt": CPT}.get(kind, self.loc), "code": c,
                                  "display": disp}], "text": disp},
             "subject": {"reference": f"Patient/{self.pid}"}, "effectiveDateTime": date,
             "issued": (issued or date) + ("T17:00:00Z" if len(issued or date) == 10 else ""),
             "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if performer:
            r["performer"] = [{"reference": p} for p in performer]
        if presented:
            r["presentedForm"] = [{"contentType": "text/plain", "data": b64(presented)}]
        return self.add(r)

    def doc(self, id, kind, date, author, text, title, ctype="text/plain", enc=None, custodian=None,
            relates=None, status="current"):
        lc, ld = NOTE_TYPES[kind]
        r = {"resourceType": "DocumentReference", "id": id, "status": status, "docStatus": "final",
             "type": {"coding": [{"system": LOINC, "code": lc, "display": ld}], "text": ld},
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                       "code": "clinical-note"}]}],
             "subject": {"reference": f"Patient/{self.pid}"},
             "date": date if "T" in date else date + "T12:00:00-05:00",
             "author": [{"reference": author}], "description": title,
             "content": [{"attachment": {"contentType": ctype, "data": b64(text), "title": title}}]}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        if custodian:
            r["custodian"] = {"reference": custodian}
        if relates:
            r["relatesTo"] = [{"code": "appends", "target": {"reference": relates}}]
        return self.add(r)

    def sreq(self, id, cpt, text, authored, requester, status="active", occurrence=None, note=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": {"coding": [{"system": CPT, "code": cpt, "display": text}], "text": text} if cpt else {"text": text},
             "subject": {"reference": f"Patient/{self.pid}"}, "authoredOn": authored,
             "requester": {"reference": requester}}
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appt(self, id, text, created, start, status, actors):
        return self.add({"resourceType": "Appointment", "id": id, "status": status,
                         "serviceType": [{"text": text}], "description": text, "created": created,
                         "start": start, "participant": [{"actor": {"reference": a}, "status": "accepted"}
                                                          for a in [f"Patient/{self.pid}"] + actors]})

    def fmh(self, id, rel, reltext, cond_text, date, note=None, icd=None):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": "completed",
             "patient": {"reference": f"Patient/{self.pid}"}, "date": date,
             "relationship": {"coding": [{"system": ROLE, "code": rel}], "text": reltext},
             "condition": [{"code": {"text": cond_text}}]}
        if icd:
            r["condition"][0]["code"]["coding"] = [{"system": ICD, "code": icd}]
        if note:
            r["condition"][0]["note"] = [{"text": note}]
        return self.add(r)

    def allergy(self, id, text, date, reaction):
        return self.add({"resourceType": "AllergyIntolerance", "id": id,
                         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
                         "code": {"text": text}, "patient": {"reference": f"Patient/{self.pid}"},
                         "recordedDate": date, "reaction": [{"description": reaction}]})

    def devreq(self, id, hcpcs, text, authored, requester, note=None):
        r = {"resourceType": "DeviceRequest", "id": id, "status": "active", "intent": "order",
             "codeCodeableConcept": {"coding": [{"system": HCPCS, "code": hcpcs, "display": text}], "text": text},
             "subject": {"reference": f"Patient/{self.pid}"}, "authoredOn": authored,
             "requester": {"reference": requester}}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def svc(system, code, display):
    sysmap = {"cpt": CPT, "hcpcs": HCPCS}
    return {"system": sysmap[system], "code": code, "display": display}


def dx(code, display):
    return {"system": ICD, "code": code, "display": display}
