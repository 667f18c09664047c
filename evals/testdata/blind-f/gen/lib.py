"""Small standard-library helpers that build FHIR R4 resources for the blind-f set.

Every datetime is written with the US time-zone offset that applies on that local
date (daylight saving time is computed for the zones that observe it).
"""
import base64
import datetime
import textwrap

LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

_STD = {"ET": -5, "CT": -6, "MT": -7, "AZ": -7, "PT": -8, "AK": -9, "HI": -10}
_NO_DST = {"AZ", "HI"}


def _in_dst(d):
    y = d.year
    start = datetime.date(y, 3, 8)
    start += datetime.timedelta((6 - start.weekday()) % 7)   # second Sunday of March
    end = datetime.date(y, 11, 1)
    end += datetime.timedelta((6 - end.weekday()) % 7)       # first Sunday of November
    return start <= d < end


def offset(tz, d):
    o = _STD[tz]
    if tz not in _NO_DST and _in_dst(d):
        o += 1
    return "%+03d:00" % o


def dt(tz, s):
    """'2026-02-05 14:32' -> '2026-02-05T14:32:00-05:00' (zone-aware)."""
    s = s.strip()
    if " " in s:
        d, hm = s.split(" ")
    else:
        d, hm = s, "09:00"
    dd = datetime.date.fromisoformat(d)
    return "%sT%s:00%s" % (d, hm, offset(tz, dd))


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        c["text"] = text
    return c


def txt(text):
    return {"text": text}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def clean(s):
    return textwrap.dedent(s).strip("\n") + "\n"


class Chart:
    """Collects the resources of one patient bundle."""

    def __init__(self, pid, tz, base, local_system):
        self.pid = pid
        self.tz = tz
        self.base = base
        self.local = local_system
        self.res = []
        self.ids = set()

    # ----- plumbing -------------------------------------------------------
    def t(self, s):
        return dt(self.tz, s)

    def add(self, r):
        key = "%s/%s" % (r["resourceType"], r["id"])
        if key in self.ids:
            raise ValueError("duplicate id " + key)
        self.ids.add(key)
        self.res.append(r)
        return key

    @property
    def pref(self):
        return {"reference": "Patient/pt"}

    def bundle(self, bid, stamp):
        return {
            "resourceType": "Bundle",
            "id": bid,
            "type": "collection",
            "timestamp": self.t(stamp),
            "entry": [
                {"fullUrl": "%s/%s/%s" % (self.base, r["resourceType"], r["id"]), "resource": r}
                for r in self.res
            ],
        }

    # ----- administrative ---------------------------------------------------
    def patient(self, given, family, gender, birth, city, state, mrn, phone=None, extra_given=None):
        names = [given] + ([extra_given] if extra_given else [])
        r = {
            "resourceType": "Patient", "id": "pt",
            "identifier": [{"type": txt("MRN"), "system": self.base + "/mrn", "value": mrn}],
            "name": [{"use": "official", "family": family, "given": names}],
            "gender": gender, "birthDate": birth,
            "address": [{"use": "home", "city": city, "state": state, "country": "US"}],
        }
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        return self.add(r)

    def org(self, oid, name, kind, city=None, state=None):
        r = {"resourceType": "Organization", "id": oid, "name": name, "type": [txt(kind)]}
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        return self.add(r)

    def prac(self, pid, given, family, creds, specialty):
        r = {
            "resourceType": "Practitioner", "id": pid,
            "name": [{"family": family, "given": given.split(" "), "suffix": [creds]}],
            "qualification": [{"code": txt("%s - %s" % (creds, specialty))}],
        }
        return self.add(r)

    def coverage(self, start, kind="Medicare Part B", mbi="1EG4-TE5-MK72"):
        self.org("cms", "Medicare (Centers for Medicare & Medicaid Services)", "payer")
        r = {
            "resourceType": "Coverage", "id": "cov-medicare", "status": "active",
            "type": txt(kind),
            "subscriberId": mbi,
            "beneficiary": self.pref,
            "relationship": cc("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"),
            "period": {"start": start},
            "payor": [{"reference": "Organization/cms"}],
        }
        return self.add(r)

    def encounter(self, eid, start, cls, kind, prac, org, end=None, reason=None):
        classes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "VR": "virtual", "EMER": "emergency",
                   "HH": "home health"}
        r = {
            "resourceType": "Encounter", "id": eid, "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls,
                      "display": classes[cls]},
            "type": [txt(kind)],
            "subject": self.pref,
            "participant": [{"individual": {"reference": "Practitioner/" + prac}}],
            "period": {"start": self.t(start)},
            "serviceProvider": {"reference": "Organization/" + org},
        }
        if end:
            r["period"]["end"] = self.t(end)
        if reason:
            r["reasonCode"] = [txt(reason)]
        return self.add(r)

    # ----- clinical ---------------------------------------------------------
    def condition(self, cid, code, display, recorded, onset=None, status="active", verification="confirmed",
                  asserter=None, note=None, category="problem-list-item"):
        r = {
            "resourceType": "Condition", "id": cid,
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.title()),
            "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification,
                                     verification.title()),
            "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", category,
                            "Problem List Item" if category == "problem-list-item" else "Encounter Diagnosis")],
            "code": cc(ICD10CM, code, display),
            "subject": self.pref,
            "recordedDate": self.t(recorded),
        }
        if onset:
            r["onsetDateTime"] = self.t(onset)
        if asserter:
            r["asserter"] = {"reference": "Practitioner/" + asserter}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, oid, when, code, value=None, unit=None, ucum=None, category="laboratory", performer=None,
            note=None, interp=None, components=None, status="final", method=None, device_text=None,
            value_string=None, value_cc=None, ref_range=None):
        if isinstance(code, tuple):
            system, c, disp = code
            if system == "local":
                system = self.local
            code = cc(system, c, disp, text=disp)
        r = {
            "resourceType": "Observation", "id": oid, "status": status,
            "category": [cc(OBSCAT, category, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                               "exam": "Exam", "procedure": "Procedure", "imaging": "Imaging",
                                               "survey": "Survey", "activity": "Activity",
                                               "social-history": "Social History"}[category])],
            "code": code,
            "subject": self.pref,
            "effectiveDateTime": self.t(when),
        }
        if performer:
            r["performer"] = [{"reference": performer}]
        if value is not None:
            q = {"value": value}
            if unit:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        if value_string is not None:
            r["valueString"] = value_string
        if value_cc is not None:
            r["valueCodeableConcept"] = txt(value_cc)
        if interp:
            r["interpretation"] = [cc("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                                      interp, {"H": "High", "L": "Low", "N": "Normal", "A": "Abnormal",
                                               "HH": "Critical high", "LL": "Critical low"}[interp])]
        if ref_range:
            r["referenceRange"] = [{"text": ref_range}]
        if method:
            r["method"] = txt(method)
        if device_text:
            r["device"] = {"display": device_text}
        if components:
            comps = []
            for (csys, ccode, cdisp, cval, cunit) in components:
                if csys == "local":
                    csys = self.local
                comp = {"code": cc(csys, ccode, cdisp, text=cdisp)}
                if isinstance(cval, str):
                    comp["valueString"] = cval
                else:
                    comp["valueQuantity"] = {"value": cval, "unit": cunit, "system": UCUM, "code": cunit}
                comps.append(comp)
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def bp(self, oid, when, sys_, dia, performer=None, note=None):
        return self.obs(oid, when, cc(LOINC, "85354-9", "Blood pressure panel with all children optional",
                                      text="Blood pressure"),
                        category="vital-signs", performer=performer, note=note,
                        components=[(LOINC, "8480-6", "Systolic blood pressure", sys_, "mm[Hg]"),
                                    (LOINC, "8462-4", "Diastolic blood pressure", dia, "mm[Hg]")])

    def med(self, mid, rx, display, authored, requester, dosage, status="active", start=None, end=None,
            reason=None, status_reason=None, note=None, intent="order"):
        r = {
            "resourceType": "MedicationRequest", "id": mid, "status": status, "intent": intent,
            "medicationCodeableConcept": cc(RXNORM, rx, display),
            "subject": self.pref,
            "authoredOn": self.t(authored),
            "requester": {"reference": "Practitioner/" + requester},
            "dosageInstruction": [{"text": dosage}],
        }
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason:
            r["reasonCode"] = [txt(reason)]
        if status_reason:
            r["statusReason"] = txt(status_reason)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def procedure(self, pid, when, code, performer=None, status="completed", note=None, reason=None,
                  body_site=None):
        if isinstance(code, tuple):
            system, c, disp = code
            code = cc(system, c, disp, text=disp)
        elif isinstance(code, str):
            code = txt(code)
        r = {
            "resourceType": "Procedure", "id": pid, "status": status, "code": code,
            "subject": self.pref, "performedDateTime": self.t(when),
        }
        if performer:
            r["performer"] = [{"actor": {"reference": performer}}]
        if reason:
            r["reasonCode"] = [txt(reason)]
        if body_site:
            r["bodySite"] = [txt(body_site)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def service_request(self, sid, authored, code, requester, status="active", reason=None, note=None,
                        occurrence=None, intent="order"):
        if isinstance(code, tuple):
            system, c, disp = code
            code = cc(system, c, disp, text=disp)
        elif isinstance(code, str):
            code = txt(code)
        r = {
            "resourceType": "ServiceRequest", "id": sid, "status": status, "intent": intent, "code": code,
            "subject": self.pref, "authoredOn": self.t(authored),
            "requester": {"reference": "Practitioner/" + requester},
        }
        if reason:
            r["reasonCode"] = [txt(reason)]
        if occurrence:
            r["occurrenceDateTime"] = self.t(occurrence)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def device_request(self, did, authored, code, requester, status="active", reason=None, note=None):
        system, c, disp = code
        r = {
            "resourceType": "DeviceRequest", "id": did, "status": status, "intent": "order",
            "codeCodeableConcept": cc(system, c, disp),
            "subject": self.pref, "authoredOn": self.t(authored),
            "requester": {"reference": "Practitioner/" + requester},
        }
        if reason:
            r["reasonCode"] = [txt(reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def device(self, did, kind, manufacturer, model, serial, status="active", note=None):
        r = {
            "resourceType": "Device", "id": did, "status": status, "type": txt(kind),
            "manufacturer": manufacturer, "modelNumber": model, "serialNumber": serial,
            "patient": self.pref,
        }
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, aid, created, start, desc, participants, status="booked", minutes=60):
        st = self.t(start)
        sd = datetime.datetime.fromisoformat(st)
        en = (sd + datetime.timedelta(minutes=minutes)).isoformat()
        r = {
            "resourceType": "Appointment", "id": aid, "status": status, "description": desc,
            "created": self.t(created)[:10], "start": st, "end": en,
            "participant": [{"actor": self.pref, "status": "accepted"}] +
                           [{"actor": {"reference": p}, "status": "accepted"} for p in participants],
        }
        return self.add(r)

    def allergy(self, aid, substance, recorded, reaction=None):
        r = {
            "resourceType": "AllergyIntolerance", "id": aid,
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active",
                                 "Active"),
            "code": txt(substance), "patient": self.pref, "recordedDate": self.t(recorded),
        }
        if reaction:
            r["reaction"] = [{"manifestation": [txt(reaction)]}]
        return self.add(r)

    def report(self, rid, when, code, performer, conclusion, results=(), category="imaging", status="final"):
        if isinstance(code, tuple):
            system, c, disp = code
            if system == "local":
                system = self.local
            code = cc(system, c, disp, text=disp)
        r = {
            "resourceType": "DiagnosticReport", "id": rid, "status": status,
            "category": [txt(category)], "code": code, "subject": self.pref,
            "effectiveDateTime": self.t(when), "issued": self.t(when),
            "performer": [{"reference": performer}],
            "conclusion": conclusion,
        }
        if results:
            r["result"] = [{"reference": x} for x in results]
        return self.add(r)

    def note(self, did, when, loinc, author, title, text, ctype="text/plain", custodian=None,
             encounter=None):
        types = {
            "11488-4": "Consult note", "11506-3": "Progress note", "18842-5": "Discharge summary",
            "34117-2": "History and physical note", "28570-0": "Procedure note", "34746-8": "Nurse Note",
            "18748-4": "Diagnostic imaging study", "11502-2": "Laboratory report", "34109-9": "Note",
            "51855-5": "Patient Note", "34108-1": "Outpatient Note",
        }
        body = clean(text)
        r = {
            "resourceType": "DocumentReference", "id": did, "status": "current", "docStatus": "final",
            "type": cc(LOINC, loinc, types[loinc], text=title),
            "subject": self.pref,
            "date": self.t(when),
            "author": [{"reference": author}],
            "description": title,
            "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": b64(body),
                                        "title": title, "creation": self.t(when)}}],
        }
        if custodian:
            r["custodian"] = {"reference": "Organization/" + custodian}
        if encounter:
            r["context"] = {"encounter": [{"reference": "Encounter/" + encounter}]}
        return self.add(r)
