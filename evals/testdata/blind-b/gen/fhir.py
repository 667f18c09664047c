"""Small helpers that build FHIR R4 resources for the synthetic bundles (stdlib only)."""
import base64
import textwrap

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOCAL = "http://fhir.lakeshore-regional.example/CodeSystem/obs-local"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

UNIT_SYS = "http://unitsofmeasure.org"


def clean(text):
    """Dedent a triple-quoted note and strip the leading/trailing blank lines."""
    return textwrap.dedent(text).strip("\n") + "\n"


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class Bundle:
    def __init__(self, pid):
        self.pid = pid
        self.resources = []

    @property
    def subj(self):
        return {"reference": f"Patient/{self.pid}"}

    def add(self, res):
        self.resources.append(res)
        return res

    def to_json(self):
        return {
            "resourceType": "Bundle",
            "id": f"bundle-{self.pid}",
            "type": "collection",
            "entry": [
                {"fullUrl": f"urn:uuid:{self.pid}-{r['resourceType'].lower()}-{r['id']}", "resource": r}
                for r in self.resources
            ],
        }

    # ---- resources -------------------------------------------------------
    def patient(self, given, family, gender, birth, city="Lakeshore", state="MI", mrn=None):
        return self.add({
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"system": "http://fhir.lakeshore-regional.example/mrn", "value": mrn or ("LRM" + self.pid[2:].rjust(7, "0"))}],
            "name": [{"use": "official", "family": family, "given": given.split()}],
            "gender": gender, "birthDate": birth,
            "address": [{"city": city, "state": state, "country": "US"}],
        })

    def condition(self, cid, code, display, recorded, clinical="active", verification="confirmed",
                  onset=None, abatement=None, note=None, category="problem-list-item"):
        r = {
            "resourceType": "Condition", "id": cid,
            "clinicalStatus": {"coding": [{"system": COND_CLIN, "code": clinical}]},
            "verificationStatus": {"coding": [{"system": COND_VER, "code": verification}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
            "code": {"coding": [{"system": ICD10, "code": code, "display": display}], "text": display},
            "subject": self.subj,
            "recordedDate": recorded,
        }
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, oid, date, text, value=None, unit=None, code=None, system=LOCAL, category="exam",
            components=None, value_string=None, note=None, interp=None, performer=None, status="final"):
        coding = {"system": system, "code": code or oid.split("-20")[0], "display": text}
        r = {
            "resourceType": "Observation", "id": oid, "status": status,
            "category": [{"coding": [{"system": OBS_CAT, "code": category}]}],
            "code": {"coding": [coding], "text": text},
            "subject": self.subj,
            "effectiveDateTime": date,
        }
        if value is not None:
            r["valueQuantity"] = qty(value, unit)
        if value_string is not None:
            r["valueString"] = value_string
        if components:
            r["component"] = components
        if interp:
            r["interpretation"] = [{"text": interp}]
        if note:
            r["note"] = [{"text": note}]
        if performer:
            r["performer"] = [{"display": performer}]
        return self.add(r)

    def med(self, mid, rxcui, name, authored, status="active", dose=None, start=None, end=None, reason=None,
            requester=None):
        r = {
            "resourceType": "MedicationRequest", "id": mid, "status": status, "intent": "order",
            "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": rxcui, "display": name.split(" ")[0]}], "text": name},
            "subject": self.subj, "authoredOn": authored,
        }
        if dose:
            r["dosageInstruction"] = [{"text": dose}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason:
            r["statusReason"] = {"text": reason}
        if requester:
            r["requester"] = {"display": requester}
        return self.add(r)

    def procedure(self, pid_, text, date, status="completed", code=None, code_system=CPT, performer=None, note=None):
        c = {"text": text}
        if code:
            c["coding"] = [{"system": code_system, "code": code, "display": text[:60]}]
        r = {"resourceType": "Procedure", "id": pid_, "status": status, "code": c,
             "subject": self.subj, "performedDateTime": date}
        if performer:
            r["performer"] = [{"actor": {"display": performer}}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def encounter(self, eid, date, text, cls="AMB", practitioner=None, end=None, status="finished"):
        display = {"AMB": "ambulatory", "VR": "virtual", "EMER": "emergency", "IMP": "inpatient encounter"}[cls]
        r = {"resourceType": "Encounter", "id": eid, "status": status,
             "class": {"system": ACT, "code": cls, "display": display},
             "type": [{"text": text}], "subject": self.subj,
             "period": {"start": date}}
        if end:
            r["period"]["end"] = end
        if practitioner:
            r["participant"] = [{"individual": {"display": practitioner}}]
        return self.add(r)

    def service_request(self, sid, text, authored, status="active", requester=None, reason=None, note=None):
        r = {"resourceType": "ServiceRequest", "id": sid, "status": status, "intent": "order",
             "code": {"text": text}, "subject": self.subj, "authoredOn": authored}
        if requester:
            r["requester"] = {"display": requester}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, aid, created, start, description, status="booked", practitioner=None, minutes=40):
        from datetime import datetime, timedelta
        st = datetime.fromisoformat(start)
        en = st + timedelta(minutes=minutes)
        parts = [{"actor": {"reference": f"Patient/{self.pid}", "display": "patient"}, "status": "accepted"}]
        if practitioner:
            parts.append({"actor": {"display": practitioner}, "status": "accepted"})
        return self.add({"resourceType": "Appointment", "id": aid, "status": status,
                         "description": description, "created": created,
                         "start": st.isoformat(), "end": en.isoformat(), "participant": parts})

    def note(self, nid, date, type_text, author, text, ctype="text/plain", encounter=None, title=None):
        body = clean(text) if ctype == "text/plain" else text
        r = {"resourceType": "DocumentReference", "id": nid, "status": "current",
             "type": {"text": type_text}, "subject": self.subj, "date": date,
             "author": [{"display": author}],
             "content": [{"attachment": {"contentType": ctype, "data": b64(body),
                                          "title": title or type_text}}]}
        if encounter:
            r["context"] = {"encounter": [{"reference": f"Encounter/{encounter}"}]}
        return self.add(r)


def qty(value, unit):
    return {"value": value, "unit": unit, "system": UNIT_SYS, "code": unit}


def comp(text, value=None, unit=None, code=None, system=LOCAL, value_string=None):
    c = {"code": {"coding": [{"system": system, "code": code or text.lower().replace(" ", "-")[:40], "display": text}], "text": text}}
    if value is not None:
        c["valueQuantity"] = qty(value, unit)
    if value_string is not None:
        c["valueString"] = value_string
    return c


def wound_components(length, width, depth):
    return [comp("Wound length", length, "cm", "39126-8", LOINC),
            comp("Wound width", width, "cm", "39125-0", LOINC),
            comp("Wound depth", depth, "cm", "39127-6", LOINC)]
