"""Small helpers for writing synthetic FHIR R4 resources (standard library only)."""
import base64
from datetime import datetime
from zoneinfo import ZoneInfo

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
DR_CAT = "http://terminology.hl7.org/CodeSystem/v2-0074"
DOC_CAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"

STATE_TZ = {
    "NY": "America/New_York", "PA": "America/New_York", "GA": "America/New_York", "MD": "America/New_York",
    "OH": "America/New_York", "NC": "America/New_York", "MA": "America/New_York",
    "IL": "America/Chicago", "MN": "America/Chicago", "MO": "America/Chicago", "TN": "America/Chicago",
    "WI": "America/Chicago", "TX": "America/Chicago",
    "CO": "America/Denver", "UT": "America/Denver", "NM": "America/Denver",
    "CA": "America/Los_Angeles", "WA": "America/Los_Angeles", "OR": "America/Los_Angeles",
}


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def cc(system=None, code=None, display=None, text=None):
    c = {}
    if system:
        c["coding"] = [{"system": system, "code": code}]
        if display:
            c["coding"][0]["display"] = display
    if text or display:
        c["text"] = text or display
    return c


def q(value, unit, code=None):
    d = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    return d


class Chart:
    """Collects the resources of one synthetic patient chart."""

    def __init__(self, pid, state, base):
        self.pid = pid
        self.state = state
        self.tz = ZoneInfo(STATE_TZ[state])
        self.base = base.rstrip("/")
        self.res = []
        self.ids = set()

    # -- time -------------------------------------------------------------
    def ts(self, s):
        """'2026-02-10 14:32' -> ISO 8601 with the zone's offset (DST-aware); '2026-02-10' -> date."""
        if s is None:
            return None
        if len(s) in (4, 7, 10):
            return s
        fmt = "%Y-%m-%d %H:%M:%S" if len(s) == 19 else "%Y-%m-%d %H:%M"
        d = datetime.strptime(s, fmt).replace(tzinfo=self.tz)
        return d.isoformat()

    # -- plumbing ---------------------------------------------------------
    def add(self, r):
        key = f"{r['resourceType']}/{r['id']}"
        assert key not in self.ids, key
        self.ids.add(key)
        self.res.append(r)
        return key

    @property
    def subj(self):
        return {"reference": f"Patient/{self.pid}"}

    def bundle(self, bid, stamp):
        return {
            "resourceType": "Bundle",
            "id": bid,
            "type": "collection",
            "timestamp": self.ts(stamp),
            "entry": [{"fullUrl": f"{self.base}/{r['resourceType']}/{r['id']}", "resource": r} for r in self.res],
        }

    # -- resources --------------------------------------------------------
    def patient(self, family, given, gender, birth, city, line, postal, mrn, mrn_system, phone=None, lang=None):
        r = {
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
                            "system": mrn_system, "value": mrn}],
            "name": [{"use": "official", "family": family, "given": given}],
            "gender": gender, "birthDate": birth,
            "address": [{"use": "home", "line": [line], "city": city, "state": self.state, "postalCode": postal, "country": "US"}],
        }
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if lang:
            r["communication"] = [{"language": cc("urn:ietf:bcp:47", lang), "preferred": True}]
        return self.add(r)

    def practitioner(self, pid, family, given, suffix, qual, npi=None):
        r = {"resourceType": "Practitioner", "id": pid,
             "name": [{"family": family, "given": given, "suffix": [suffix] if suffix else []}],
             "qualification": [{"code": {"text": qual}}]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(r)

    def org(self, oid, name, type_text, city=None):
        r = {"resourceType": "Organization", "id": oid, "active": True, "name": name,
             "type": [{"text": type_text}]}
        if city:
            r["address"] = [{"city": city, "state": self.state, "country": "US"}]
        return self.add(r)

    def coverage(self, cid, mbi, start, payer_org):
        r = {"resourceType": "Coverage", "id": cid, "status": "active",
             "type": cc(ACT, "SUBSIDIZ", "subsidized health program", text="Medicare Part B"),
             "subscriberId": mbi, "beneficiary": self.subj,
             "period": {"start": start},
             "payor": [{"reference": payer_org}]}
        return self.add(r)

    def encounter(self, eid, cls, type_text, start, end=None, who=None, org=None, status="finished", reason=None):
        codes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": eid, "status": status,
             "class": {"system": ACT, "code": cls, "display": codes[cls]},
             "type": [{"text": type_text}], "subject": self.subj,
             "period": {"start": self.ts(start)}}
        if end:
            r["period"]["end"] = self.ts(end)
        if who:
            r["participant"] = [{"individual": {"reference": who}}]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def condition(self, cid, code, display, recorded=None, onset=None, clinical="active", verification="confirmed",
                  category="problem-list-item", note=None, recorder=None, abatement=None, system=ICD10CM, text=None,
                  encounter=None):
        r = {"resourceType": "Condition", "id": cid,
             "clinicalStatus": cc(COND_CLIN, clinical), "verificationStatus": cc(COND_VER, verification),
             "category": [cc(COND_CAT, category)],
             "code": cc(system, code, display, text=text) if code else {"text": text or display},
             "subject": self.subj}
        for k in ("clinicalStatus", "verificationStatus", "category"):
            pass
        r["clinicalStatus"].pop("text", None)
        r["verificationStatus"].pop("text", None)
        r["category"][0].pop("text", None)
        if clinical is None:
            r.pop("clinicalStatus")
        if onset:
            r["onsetDateTime"] = self.ts(onset)
        if abatement:
            r["abatementDateTime"] = self.ts(abatement)
        if recorded:
            r["recordedDate"] = self.ts(recorded)
        if recorder:
            r["recorder"] = {"reference": recorder}
        if encounter:
            r["encounter"] = {"reference": encounter}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, oid, code, when, value=None, cat="laboratory", comps=None, performer=None, note=None,
            interp=None, status="final", method=None, encounter=None, issued=None, body_site=None, device_text=None):
        r = {"resourceType": "Observation", "id": oid, "status": status,
             "category": [{"coding": [{"system": OBS_CAT, "code": cat}]}],
             "code": code, "subject": self.subj, "effectiveDateTime": self.ts(when)}
        if issued:
            r["issued"] = self.ts(issued)
        if performer:
            r["performer"] = [{"reference": p} for p in ([performer] if isinstance(performer, str) else performer)]
        _val(r, value)
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if body_site:
            r["bodySite"] = {"text": body_site}
        if device_text:
            r["device"] = {"display": device_text}
        if encounter:
            r["encounter"] = {"reference": encounter}
        if comps:
            r["component"] = []
            for c in comps:
                cd, v = c[0], c[1]
                comp = {"code": cd}
                _val(comp, v)
                if len(c) > 2 and c[2]:
                    comp["interpretation"] = [{"text": c[2]}]
                r["component"].append(comp)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medreq(self, mid, med, authored, status="active", requester=None, dosage=None, reason=None,
               status_reason=None, validity=None, rxnorm=None, intent="order", note=None, med_system=None):
        code = cc(med_system or RXNORM, rxnorm, text=med) if rxnorm else {"text": med}
        if rxnorm and "coding" in code:
            code["coding"][0]["display"] = med
        r = {"resourceType": "MedicationRequest", "id": mid, "status": status, "intent": intent,
             "medicationCodeableConcept": code, "subject": self.subj, "authoredOn": self.ts(authored)}
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if validity:
            vp = {"start": self.ts(validity[0])}
            if len(validity) > 1 and validity[1]:
                vp["end"] = self.ts(validity[1])
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medstmt(self, mid, med, status, start=None, end=None, asserted=None, rxnorm=None, reason=None, note=None,
                source=None, status_reason=None, dosage=None):
        code = cc(RXNORM, rxnorm, med, text=med) if rxnorm else {"text": med}
        r = {"resourceType": "MedicationStatement", "id": mid, "status": status,
             "medicationCodeableConcept": code, "subject": self.subj}
        if start or end:
            r["effectivePeriod"] = {}
            if start:
                r["effectivePeriod"]["start"] = self.ts(start)
            if end:
                r["effectivePeriod"]["end"] = self.ts(end)
        if asserted:
            r["dateAsserted"] = self.ts(asserted)
        if source:
            r["informationSource"] = {"reference": source}
        if status_reason:
            r["statusReason"] = [{"text": status_reason}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if dosage:
            r["dosage"] = [{"text": dosage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def procedure(self, pid, code, performed, performer=None, status="completed", note=None, reason=None,
                  body_site=None, outcome=None, encounter=None, end=None, location_text=None):
        r = {"resourceType": "Procedure", "id": pid, "status": status, "code": code, "subject": self.subj}
        if end:
            r["performedPeriod"] = {"start": self.ts(performed), "end": self.ts(end)}
        else:
            r["performedDateTime"] = self.ts(performed)
        if performer:
            r["performer"] = [{"actor": {"reference": p}} for p in ([performer] if isinstance(performer, str) else performer)]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if encounter:
            r["encounter"] = {"reference": encounter}
        if location_text:
            r["location"] = {"display": location_text}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def report(self, rid, code, effective, issued, conclusion=None, performer=None, results=None, cat="CUS",
               presented=None, presented_title=None, status="final", interpreter=None, encounter=None,
               conclusion_code=None):
        cats = {"CUS": "Cardiac Ultrasound", "RAD": "Radiology", "LAB": "Laboratory", "CTH": "Cardiac Catheterization",
                "PF": "Pulmonary Function", "AU": "Audiology", "OTH": "Other", "CT": "CAT Scan", "NMR": "Nuclear Magnetic Resonance",
                "PHY": "Physician", "SP": "Surgical Pathology", "MB": "Microbiology", "BG": "Blood Gases", "EC": "Electrocardiac"}
        r = {"resourceType": "DiagnosticReport", "id": rid, "status": status,
             "category": [cc(DR_CAT, cat, cats.get(cat))], "code": code, "subject": self.subj,
             "effectiveDateTime": self.ts(effective), "issued": self.ts(issued)}
        r["category"][0].pop("text", None)
        if performer:
            r["performer"] = [{"reference": p} for p in ([performer] if isinstance(performer, str) else performer)]
        if interpreter:
            r["resultsInterpreter"] = [{"reference": interpreter}]
        if encounter:
            r["encounter"] = {"reference": encounter}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if conclusion_code:
            r["conclusionCode"] = [conclusion_code]
        if presented:
            r["presentedForm"] = [{"contentType": "text/plain", "data": b64(presented), "title": presented_title or "Report"}]
        return self.add(r)

    def note(self, did, when, type_code, type_display, title, text, author, ctype="text/plain", encounter=None,
             doc_status="final", relates=None, custodian=None, period=None, category="clinical-note", authenticator=None):
        tcode = cc(LOINC, type_code, type_display) if type_code else {"text": type_display}
        r = {"resourceType": "DocumentReference", "id": did, "status": "current", "docStatus": doc_status,
             "type": tcode,
             "category": [{"coding": [{"system": DOC_CAT, "code": category, "display": "Clinical Note"}]}],
             "subject": self.subj, "date": self.ts(when),
             "author": [{"reference": a} for a in ([author] if isinstance(author, str) else author)],
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": b64(text), "title": title,
                                         "creation": self.ts(when)}}]}
        if authenticator:
            r["authenticator"] = {"reference": authenticator}
        if custodian:
            r["custodian"] = {"reference": custodian}
        ctx = {}
        if encounter:
            ctx["encounter"] = [{"reference": encounter}]
        if period:
            ctx["period"] = {"start": self.ts(period[0])}
            if len(period) > 1 and period[1]:
                ctx["period"]["end"] = self.ts(period[1])
        if ctx:
            r["context"] = ctx
        if relates:
            r["relatesTo"] = [{"code": relates[0], "target": {"reference": relates[1]}}]
        return self.add(r)

    def servicereq(self, sid, code, authored, status="active", requester=None, occurrence=None, note=None,
                   reason=None, intent="order", performer=None):
        r = {"resourceType": "ServiceRequest", "id": sid, "status": status, "intent": intent, "code": code,
             "subject": self.subj, "authoredOn": self.ts(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [{"reference": performer}]
        if occurrence:
            r["occurrenceDateTime"] = self.ts(occurrence)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def devicereq(self, did, code, authored, requester=None, status="active", note=None, reason=None):
        r = {"resourceType": "DeviceRequest", "id": did, "status": status, "intent": "order",
             "codeCodeableConcept": code, "subject": self.subj, "authoredOn": self.ts(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, aid, status, start, end, created, desc, who=None, service_text=None):
        r = {"resourceType": "Appointment", "id": aid, "status": status, "description": desc,
             "start": self.ts(start), "end": self.ts(end), "created": self.ts(created),
             "participant": [{"actor": {"reference": f"Patient/{self.pid}"}, "status": "accepted"}]}
        if who:
            r["participant"].append({"actor": {"reference": who}, "status": "accepted"})
        if service_text:
            r["serviceType"] = [{"text": service_text}]
        return self.add(r)

    def famhx(self, fid, rel_code, rel_display, cond_text, date, onset_age=None, deceased=None, icd=None, icd_display=None):
        cond = {"code": cc(ICD10CM, icd, icd_display, text=cond_text) if icd else {"text": cond_text}}
        if onset_age is not None:
            cond["onsetAge"] = {"value": onset_age, "unit": "yr", "system": UCUM, "code": "a"}
        r = {"resourceType": "FamilyMemberHistory", "id": fid, "status": "completed", "patient": self.subj,
             "date": self.ts(date),
             "relationship": cc("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display),
             "condition": [cond]}
        if deceased is not None:
            r["deceasedBoolean"] = deceased
        return self.add(r)

    def allergy(self, aid, text, recorded, reaction=None):
        r = {"resourceType": "AllergyIntolerance", "id": aid,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "code": "confirmed"}]},
             "code": {"text": text}, "patient": self.subj, "recordedDate": self.ts(recorded)}
        if reaction:
            r["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(r)


def _val(r, value):
    if value is None:
        return
    if isinstance(value, dict):
        if "value" in value and "unit" in value:
            r["valueQuantity"] = value
        elif "coding" in value or "text" in value:
            r["valueCodeableConcept"] = value
        elif "low" in value or "high" in value:
            r["valueRange"] = value
        else:
            raise ValueError(value)
    elif isinstance(value, bool):
        r["valueBoolean"] = value
    elif isinstance(value, int):
        r["valueInteger"] = value
    elif isinstance(value, str):
        r["valueString"] = value
    else:
        raise ValueError(value)
