"""Tiny FHIR R4 builders for the blind-n set (standard library only)."""
import base64, json

LOINC = "http://loinc.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
LOCAL = "http://fhir.harborview-ridge.example/CodeSystem/obs-local"
LOCALDOC = "http://fhir.harborview-ridge.example/CodeSystem/report-local"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

DOCTYPES = {
    "progress": ("11506-3", "Progress note"),
    "consult": ("11488-4", "Consult note"),
    "discharge": ("18842-5", "Discharge summary"),
    "hp": ("34117-2", "History and physical note"),
    "nurse": ("34746-8", "Nurse Note"),
    "phone": ("34748-4", "Telephone encounter Note"),
    "note": ("34109-9", "Note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "procedure": ("28570-0", "Procedure note"),
}


def ref(r):
    return {"reference": f"{r['resourceType']}/{r['id']}"}


def R(t, i):
    return {"reference": f"{t}/{i}"}


class Bundle:
    def __init__(self, bid):
        self.bid = bid
        self.entries = []

    def add(self, r):
        self.entries.append(r)
        return r

    def write(self, path):
        b = {"resourceType": "Bundle", "id": self.bid, "type": "collection",
             "entry": [{"fullUrl": f"urn:uuid:{self.bid}-{r['resourceType'].lower()}-{r['id']}", "resource": r}
                       for r in self.entries]}
        with open(path, "w", encoding="utf-8") as f:
            json.dump(b, f, indent=1, ensure_ascii=False)
            f.write("\n")

    # --- builders ---------------------------------------------------------
    def patient(self, i, family, given, gender, birth, org=None, gp=None, mrn=None):
        r = {"resourceType": "Patient", "id": i,
             "identifier": [{"system": "http://fhir.harborview-ridge.example/mrn", "value": mrn or ("HR" + i.upper())}],
             "name": [{"family": family, "given": given.split()}], "gender": gender, "birthDate": birth}
        if org: r["managingOrganization"] = R("Organization", org)
        if gp: r["generalPractitioner"] = [R("Practitioner", gp)]
        return self.add(r)

    def org(self, i, name, kind="prov"):
        return self.add({"resourceType": "Organization", "id": i, "name": name,
                         "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": kind}]}]})

    def prac(self, i, family, given, prefix, qual, npi):
        return self.add({"resourceType": "Practitioner", "id": i,
                         "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                         "name": [{"family": family, "given": given.split(), "prefix": [prefix] if prefix else []}],
                         "qualification": [{"code": {"text": qual}}]})

    def cond(self, i, code, display, recorded, pt, clinical="active", ver="confirmed", onset=None,
             recorder=None, note=None, abatement=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": i,
             "clinicalStatus": {"coding": [{"system": CLIN, "code": clinical}]},
             "verificationStatus": {"coding": [{"system": VER, "code": ver}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
             "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display},
             "subject": R("Patient", pt), "recordedDate": recorded}
        if onset: r["onsetDateTime"] = onset
        if abatement: r["abatementDateTime"] = abatement
        if recorder: r["recorder"] = R("Practitioner", recorder)
        if note: r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, i, code, display, date, pt, value=None, unit=None, ucum=None, system=LOINC, performer=None,
            components=None, string=None, cat="laboratory", note=None, status="final", absent=None,
            method=None, interp=None, encounter=None):
        r = {"resourceType": "Observation", "id": i, "status": status,
             "category": [{"coding": [{"system": OBSCAT, "code": cat}]}],
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": R("Patient", pt), "effectiveDateTime": date}
        if performer:
            r["performer"] = [R(*p.split("/")) for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit or ucum, "system": UCUM, "code": ucum or unit}
        if string is not None:
            r["valueString"] = string
        if absent:
            r["dataAbsentReason"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": absent}]}
        if components:
            r["component"] = []
            for c in components:
                csys, ccode, cdisp, cval, cunit = c
                comp = {"code": {"coding": [{"system": csys, "code": ccode, "display": cdisp}], "text": cdisp}}
                if isinstance(cval, str):
                    comp["valueString"] = cval
                else:
                    comp["valueQuantity"] = {"value": cval, "unit": cunit, "system": UCUM, "code": cunit}
                r["component"].append(comp)
        if method: r["method"] = {"text": method}
        if interp: r["interpretation"] = [{"text": interp}]
        if note: r["note"] = [{"text": note}]
        if encounter: r["encounter"] = R("Encounter", encounter)
        return self.add(r)

    def medreq(self, i, rx, name, authored, pt, requester, status="active", dose=None, reason=None, validity=None, note=None):
        r = {"resourceType": "MedicationRequest", "id": i, "status": status, "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": RX, "code": rx, "display": name}], "text": name},
             "subject": R("Patient", pt), "authoredOn": authored, "requester": R("Practitioner", requester)}
        if dose: r["dosageInstruction"] = [{"text": dose}]
        if reason: r["reasonCode"] = [{"text": reason}]
        if validity: r["dispenseRequest"] = {"validityPeriod": validity}
        if note: r["note"] = [{"text": note}]
        return self.add(r)

    def medstmt(self, i, rx, name, date, pt, status="active", note=None, period=None, source=None):
        r = {"resourceType": "MedicationStatement", "id": i, "status": status,
             "medicationCodeableConcept": {"coding": [{"system": RX, "code": rx, "display": name}], "text": name},
             "subject": R("Patient", pt), "dateAsserted": date}
        if period: r["effectivePeriod"] = period
        else: r["effectiveDateTime"] = date
        if note: r["note"] = [{"text": note}]
        if source: r["informationSource"] = R(*source.split("/"))
        return self.add(r)

    def proc(self, i, code, display, date, pt, performer=None, status="completed", system=CPT, note=None,
             reason=None, location_org=None):
        r = {"resourceType": "Procedure", "id": i, "status": status,
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": R("Patient", pt), "performedDateTime": date}
        if performer: r["performer"] = [{"actor": R("Practitioner", performer)}]
        if location_org: r["performer"] = r.get("performer", []) + [{"actor": R("Organization", location_org)}]
        if note: r["note"] = [{"text": note}]
        if reason: r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def enc(self, i, klass, typ, start, pt, end=None, pracs=(), org=None, reason=None, status="finished"):
        codes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": i, "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": klass, "display": codes[klass]},
             "type": [{"text": typ}], "subject": R("Patient", pt),
             "period": {"start": start, **({"end": end} if end else {})}}
        if pracs: r["participant"] = [{"individual": R("Practitioner", p)} for p in pracs]
        if org: r["serviceProvider"] = R("Organization", org)
        if reason: r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def doc(self, i, kind, date, pt, author, text, ctype="text/plain", encounter=None, desc=None, org=None, status="current"):
        code, disp = DOCTYPES[kind]
        r = {"resourceType": "DocumentReference", "id": i, "status": status,
             "type": {"coding": [{"system": LOINC, "code": code, "display": disp}], "text": desc or disp},
             "subject": R("Patient", pt), "date": date + ("T12:00:00Z" if len(date) == 10 else ""),
             "author": [R("Practitioner", author)] + ([R("Organization", org)] if org else []),
             "description": desc or disp,
             "content": [{"attachment": {"contentType": ctype + "; charset=utf-8" if False else ctype,
                                          "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                          "title": (desc or disp)}}]}
        if encounter: r["context"] = {"encounter": [R("Encounter", encounter)]}
        return self.add(r)

    def report(self, i, code, display, date, pt, performer, results=(), conclusion=None, system=LOCALDOC,
               text=None, status="final", cat="CUS"):
        r = {"resourceType": "DiagnosticReport", "id": i, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": cat}]}],
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": R("Patient", pt), "effectiveDateTime": date, "issued": date + "T18:00:00Z",
             "performer": [R(*p.split("/")) for p in (performer if isinstance(performer, list) else [performer])]}
        if results: r["result"] = [R("Observation", x) for x in results]
        if conclusion: r["conclusion"] = conclusion
        if text:
            r["presentedForm"] = [{"contentType": "text/plain", "data": base64.b64encode(text.encode()).decode()}]
        return self.add(r)

    def servreq(self, i, code, display, authored, pt, requester, status="active", system=CPT, note=None, occurrence=None):
        r = {"resourceType": "ServiceRequest", "id": i, "status": status, "intent": "order",
             "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
             "subject": R("Patient", pt), "authoredOn": authored, "requester": R("Practitioner", requester)}
        if note: r["note"] = [{"text": note}]
        if occurrence: r["occurrenceDateTime"] = occurrence
        return self.add(r)

    def appt(self, i, created, start, pt, prac, desc, status="booked"):
        return self.add({"resourceType": "Appointment", "id": i, "status": status, "description": desc,
                         "created": created, "start": start + "T09:00:00Z", "end": start + "T10:00:00Z",
                         "participant": [{"actor": R("Patient", pt), "status": "accepted"},
                                         {"actor": R("Practitioner", prac), "status": "accepted"}]})

    def allergy(self, i, text, date, pt, reaction=None):
        r = {"resourceType": "AllergyIntolerance", "id": i,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
             "code": {"text": text}, "patient": R("Patient", pt), "recordedDate": date}
        if reaction: r["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(r)

    def famhx(self, i, rel, cond_code, cond_disp, date, pt, note=None):
        r = {"resourceType": "FamilyMemberHistory", "id": i, "status": "completed", "patient": R("Patient", pt),
             "date": date, "relationship": {"text": rel},
             "condition": [{"code": {"coding": [{"system": ICD, "code": cond_code, "display": cond_disp}], "text": cond_disp}}]}
        if note: r["note"] = [{"text": note}]
        return self.add(r)
