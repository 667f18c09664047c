"""Small helpers for writing synthetic FHIR R4 collection bundles (standard library only)."""
import base64
import csv
import datetime as _dt
import os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("BJ_SHARED_DATA", "/work/shared/data")
ICD_FILE = os.path.join(SHARED, "codes", "icd10cm_fy2022_codes.csv")
HCPCS_FILE = os.path.join(SHARED, "codes", "hcpcs_level2_2020.csv")

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"

_icd = None


def icd_table():
    global _icd
    if _icd is None:
        _icd = {}
        with open(ICD_FILE, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                _icd[row["code_dotted"]] = (row["billable"] == "1", row["long_description"])
    return _icd


def icd(code):
    ok, desc = icd_table().get(code, (False, None))
    if desc is None:
        raise KeyError("ICD-10-CM code not in FY2022 file: " + code)
    if not ok:
        raise KeyError("ICD-10-CM code not billable: " + code)
    return {"system": ICD, "code": code, "display": desc}


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class Bundle:
    def __init__(self, pid, tz, base):
        self.pid = pid
        self.tz = ZoneInfo(tz)
        self.base = base.rstrip("/")
        self.entries = []
        self.ids = set()

    # -- time -----------------------------------------------------------
    def t(self, s):
        """'2026-02-03 09:14' -> ISO 8601 with the zone's offset (daylight saving aware)."""
        s = s.replace("T", " ")
        fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
        naive = _dt.datetime.strptime(s, fmt)
        aware = naive.replace(tzinfo=self.tz)
        # refuse non-existent / ambiguous local times
        back = aware.astimezone(_dt.timezone.utc).astimezone(self.tz)
        if back.replace(tzinfo=None) != naive:
            raise ValueError("non-existent local time " + s)
        return aware.isoformat()

    # -- generic --------------------------------------------------------
    def add(self, res):
        key = res["resourceType"] + "/" + res["id"]
        if key in self.ids:
            raise ValueError("duplicate id " + key)
        self.ids.add(key)
        self.entries.append({"fullUrl": self.base + "/" + key, "resource": res})
        return key

    def ref(self, key, display=None):
        r = {"reference": key}
        if display:
            r["display"] = display
        return r

    @property
    def patient_ref(self):
        return {"reference": "Patient/" + self.pid}

    def json(self, last_updated):
        return {
            "resourceType": "Bundle",
            "id": "bundle-" + self.pid,
            "meta": {"lastUpdated": self.t(last_updated)},
            "type": "collection",
            "entry": self.entries,
        }

    # -- resources --------------------------------------------------------
    def patient(self, family, given, gender, birth, city, state, mrn_system, mrn, phone=None, line=None):
        r = {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"use": "usual", "type": {"text": "MRN"}, "system": mrn_system, "value": mrn}],
            "name": [{"use": "official", "family": family, "given": given}],
            "gender": gender, "birthDate": birth,
            "address": [{"use": "home", "line": [line or "—"], "city": city, "state": state, "country": "US"}],
        }
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        return self.add(r)

    def org(self, id, name, type_text=None, npi=None):
        r = {"resourceType": "Organization", "id": id, "name": name, "active": True}
        if type_text:
            r["type"] = [{"text": type_text}]
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(r)

    def practitioner(self, id, family, given, suffix, qual, npi=None, specialty=None):
        r = {"resourceType": "Practitioner", "id": id, "active": True,
             "name": [{"family": family, "given": given, "suffix": [suffix] if suffix else []}],
             "qualification": [{"code": {"text": qual}}]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        if specialty:
            r["extension"] = [{"url": "http://fhir.example.org/StructureDefinition/practitioner-specialty",
                               "valueString": specialty}]
        return self.add(r)

    def role(self, id, practitioner, org, specialty_text):
        r = {"resourceType": "PractitionerRole", "id": id, "active": True,
             "practitioner": {"reference": practitioner}, "organization": {"reference": org},
             "specialty": [{"text": specialty_text}]}
        return self.add(r)

    def encounter(self, id, start, end=None, cls="AMB", type_text="Office visit", participant=None,
                  org=None, reason=None, status="finished", location=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "VR": "virtual",
                    "EMER": "emergency", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "id": id, "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": cls_disp},
             "type": [{"text": type_text}], "subject": self.patient_ref,
             "period": {"start": self.t(start)}}
        if end:
            r["period"]["end"] = self.t(end)
        if participant:
            r["participant"] = [{"individual": {"reference": p}} for p in
                                ([participant] if isinstance(participant, str) else participant)]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if location:
            r["location"] = [{"location": {"display": location}}]
        return self.add(r)

    def condition(self, id, code, recorded, onset=None, clinical="active", verification="confirmed",
                  category="problem-list-item", note=None, text=None, asserter=None, abatement=None,
                  extra_codings=None):
        coding = [icd(code)] if code else []
        if extra_codings:
            coding += extra_codings
        cc = {"coding": coding}
        if text:
            cc["text"] = text
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                            "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                                "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": category}]}],
             "code": cc, "subject": self.patient_ref, "recordedDate": self.t(recorded)}
        if clinical in ("inactive", "resolved", "remission") and abatement is None:
            pass
        if onset:
            r["onsetDateTime"] = self.t(onset) if " " in onset or "T" in onset else onset
        if abatement:
            r["abatementDateTime"] = self.t(abatement) if " " in abatement else abatement
        if note:
            r["note"] = [{"text": note}]
        if asserter:
            r["asserter"] = {"reference": asserter}
        return self.add(r)

    def obs(self, id, when, code, value=None, category="laboratory", performer=None, components=None,
            note=None, interpretation=None, status="final", method=None, device_text=None, issued=None,
            absent=None, encounter=None, derived=None, body_site=None):
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                       "code": category}]}],
             "code": code, "subject": self.patient_ref, "effectiveDateTime": self.t(when)}
        if issued:
            r["issued"] = self.t(issued)
        if performer:
            r["performer"] = [{"reference": p} for p in ([performer] if isinstance(performer, str) else performer)]
        if value is not None:
            k, v = value
            r[k] = v
        if absent:
            r["dataAbsentReason"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                                                 "code": absent[0]}], "text": absent[1]}
        if components:
            r["component"] = components
        if note:
            r["note"] = [{"text": note}]
        if interpretation:
            r["interpretation"] = [{"text": interpretation}]
        if method:
            r["method"] = {"text": method}
        if device_text:
            r["device"] = {"display": device_text}
        if encounter:
            r["encounter"] = {"reference": encounter}
        if derived:
            r["derivedFrom"] = [{"reference": d} for d in derived]
        if body_site:
            r["bodySite"] = {"text": body_site}
        return self.add(r)

    def medreq(self, id, authored, med, status="active", intent="order", dosage=None, requester=None,
               reason=None, note=None, validity=None, status_reason=None):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": self.patient_ref, "authoredOn": self.t(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if validity:
            vp = {"start": validity[0]}
            if validity[1]:
                vp["end"] = validity[1]
            r["dispenseRequest"] = {"validityPeriod": vp}
        return self.add(r)

    def medstmt(self, id, asserted, med, status="active", start=None, end=None, note=None, source=None, dosage=None):
        r = {"resourceType": "MedicationStatement", "id": id, "status": status,
             "medicationCodeableConcept": med, "subject": self.patient_ref, "dateAsserted": self.t(asserted)}
        if start or end:
            p = {}
            if start:
                p["start"] = start
            if end:
                p["end"] = end
            r["effectivePeriod"] = p
        if note:
            r["note"] = [{"text": note}]
        if source:
            r["informationSource"] = {"reference": source}
        if dosage:
            r["dosage"] = [{"text": dosage}]
        return self.add(r)

    def procedure(self, id, performed, code, status="completed", performer=None, note=None, reason=None,
                  body_site=None, outcome=None, location=None, end=None):
        r = {"resourceType": "Procedure", "id": id, "status": status, "code": code, "subject": self.patient_ref}
        if end:
            r["performedPeriod"] = {"start": self.t(performed), "end": self.t(end)}
        else:
            r["performedDateTime"] = self.t(performed)
        if performer:
            r["performer"] = [{"actor": {"reference": p}} for p in ([performer] if isinstance(performer, str) else performer)]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if location:
            r["location"] = {"display": location}
        return self.add(r)

    def report(self, id, when, code, conclusion=None, results=None, performer=None, presented=None,
               category_text=None, status="final", issued=None, presented_type="text/plain", interpreter=None):
        r = {"resourceType": "DiagnosticReport", "id": id, "status": status, "code": code,
             "subject": self.patient_ref, "effectiveDateTime": self.t(when)}
        if category_text:
            r["category"] = [{"text": category_text}]
        if issued:
            r["issued"] = self.t(issued)
        if performer:
            r["performer"] = [{"reference": p} for p in ([performer] if isinstance(performer, str) else performer)]
        if interpreter:
            r["resultsInterpreter"] = [{"reference": interpreter}]
        if results:
            r["result"] = [{"reference": x} for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if presented:
            r["presentedForm"] = [{"contentType": presented_type, "language": "en-US", "data": b64(presented),
                                   "title": (code.get("text") or "report")}]
        return self.add(r)

    def doc(self, id, when, type_code, title, author, text, ctype="text/plain", encounter=None,
            description=None, custodian=None, status="current", doc_status="final", category_text=None,
            relates_to=None):
        loinc_types = {
            "34117-2": "History and physical note", "11488-4": "Consult note", "18842-5": "Discharge summary",
            "11506-3": "Progress note", "34746-8": "Nurse Note", "34748-4": "Telephone encounter Note",
            "28570-0": "Procedure note", "34109-9": "Note", "51848-0": "Evaluation note",
            "57133-1": "Referral note", "68609-7": "Hospitalist Note", "18748-4": "Diagnostic imaging study",
            "11502-2": "Laboratory report", "47420-5": "Functional status assessment note",
        }
        r = {"resourceType": "DocumentReference", "id": id, "status": status, "docStatus": doc_status,
             "type": {"coding": [{"system": LOINC, "code": type_code, "display": loinc_types[type_code]}],
                      "text": title},
             "subject": self.patient_ref, "date": self.t(when),
             "author": [{"reference": a} for a in ([author] if isinstance(author, str) else author)],
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": b64(text),
                                         "title": title, "creation": self.t(when)}}]}
        if category_text:
            r["category"] = [{"text": category_text}]
        if description:
            r["description"] = description
        if custodian:
            r["custodian"] = {"reference": custodian}
        if encounter:
            r["context"] = {"encounter": [{"reference": encounter}]}
        if relates_to:
            r["relatesTo"] = [{"code": relates_to[0], "target": {"reference": relates_to[1]}}]
        return self.add(r)

    def service_request(self, id, authored, code, status="active", intent="order", requester=None,
                        reason=None, note=None, occurrence=None, performer=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": intent, "code": code,
             "subject": self.patient_ref, "authoredOn": self.t(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        if occurrence:
            r["occurrenceDateTime"] = self.t(occurrence)
        if performer:
            r["performer"] = [{"reference": performer}]
        return self.add(r)

    def appointment(self, id, created, start, end, description, status="booked", participants=None):
        r = {"resourceType": "Appointment", "id": id, "status": status, "created": self.t(created),
             "start": self.t(start), "end": self.t(end), "description": description,
             "participant": [{"actor": self.patient_ref, "status": "accepted"}]}
        for p in (participants or []):
            r["participant"].append({"actor": {"reference": p}, "status": "accepted"})
        return self.add(r)

    def family(self, id, date, relation_code, relation_text, conditions, note=None, status="completed"):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": status, "patient": self.patient_ref,
             "date": date,
             "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                          "code": relation_code}], "text": relation_text},
             "condition": conditions}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)


def cc(text, system=None, code=None, display=None):
    c = {"text": text}
    if system:
        c["coding"] = [{"system": system, "code": code, "display": display or text}]
    return c


def qty(value, unit, code=None):
    return ("valueQuantity", {"value": value, "unit": unit, "system": UCUM, "code": code or unit})


def comp(code, value):
    d = {"code": code}
    k, v = value
    d[k] = v
    return d


def rx(text, code=None, local=None):
    c = {"text": text, "coding": []}
    if code:
        c["coding"].append({"system": RXNORM, "code": code, "display": text.split(" (")[0]})
    if local:
        c["coding"].append({"system": local[0], "code": local[1], "display": text})
    if not c["coding"]:
        del c["coding"]
    return c
