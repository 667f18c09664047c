"""Small FHIR R4 helper library for the bd (blind3/D) dataset. Standard library only."""
import base64, csv, datetime as dt, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ICD_FILE = "/work/shared/data/codes/icd10cm_fy2022_codes.csv"
ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
SNOMED = "http://snomed.info/sct"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"

_ICD = None


def icd_table():
    global _ICD
    if _ICD is None:
        _ICD = {}
        with open(ICD_FILE, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                _ICD[r["code_dotted"]] = (r["billable"] == "1", r["long_description"])
    return _ICD


def icd_display(code):
    t = icd_table()
    if code not in t:
        raise KeyError("ICD-10-CM code not in FY2022 file: " + code)
    return t[code][1]


# ---------------------------------------------------------------- time zones
def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def us_offset(date_str, std_hours):
    """UTC offset string for a US zone (std_hours e.g. -5 for Eastern) honouring DST."""
    d = dt.date.fromisoformat(date_str)
    start = _nth_sunday(d.year, 3, 2)
    end = _nth_sunday(d.year, 11, 1)
    h = std_hours + (1 if start <= d < end else 0)
    sign = "-" if h < 0 else "+"
    return "%s%02d:00" % (sign, abs(h))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def words(text):
    t = re.sub(r"<[^>]+>", " ", text)
    return len(re.findall(r"\S+", t))


class Chart:
    """Collects resources for one patient bundle."""

    def __init__(self, pid, std_hours=-5, local_system="http://ehr.lakemont-health.example/CodeSystem/flowsheet-row",
                 org="Lakemont Health"):
        self.pid = pid
        self.std = std_hours
        self.local = local_system
        self.org = org
        self.res = []
        self.ids = set()
        self.base = "https://fhir.%s.example/R4" % org.lower().replace(" ", "-").replace("&", "and")

    # -- helpers
    def ts(self, date, time="09:00"):
        if len(time) == 5:
            time += ":00"
        return "%sT%s%s" % (date, time, us_offset(date, self.std))

    def _add(self, r):
        key = (r["resourceType"], r["id"])
        if key in self.ids:
            raise ValueError("duplicate id %s/%s" % key)
        self.ids.add(key)
        self.res.append(r)
        return "%s/%s" % key

    def subj(self):
        return {"reference": "Patient/" + self.pid}

    # -- resources
    def patient(self, family, given, gender, birth, mrn, city="", state=""):
        r = {"resourceType": "Patient", "id": self.pid,
             "identifier": [{"system": "http://ehr.%s.example/mrn" % self.org.lower().replace(" ", "-"), "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth}
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        return self._add(r)

    def condition(self, id, code, recorded, clinical="active", verification="confirmed", onset=None,
                  abatement=None, note=None, text=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                            "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                                "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": category}]}],
             "code": {"coding": [{"system": ICD_SYS, "code": code, "display": icd_display(code)}],
                      "text": text or icd_display(code)},
             "subject": self.subj(), "recordedDate": recorded}
        if clinical is None:
            del r["clinicalStatus"]
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def obs(self, id, text, when, value=None, unit=None, loinc=None, local=None, category="laboratory",
            vstr=None, vrange=None, vint=None, components=None, note=None, performer=None, method=None,
            interp=None, status="final", time="09:00", ucum=None, loinc_display=None):
        coding = []
        if loinc:
            coding.append({"system": LOINC, "code": loinc, **({"display": loinc_display} if loinc_display else {})})
        if local:
            coding.append({"system": self.local, "code": local, "display": text})
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                       "code": category}]}],
             "code": {"coding": coding, "text": text}, "subject": self.subj(),
             "effectiveDateTime": when if "T" in when else self.ts(when, time)}
        if value is not None:
            q = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
            r["valueQuantity"] = q
        elif vstr is not None:
            r["valueString"] = vstr
        elif vrange is not None:
            lo, hi, u = vrange
            r["valueRange"] = {"low": {"value": lo, "unit": u, "system": UCUM, "code": u},
                               "high": {"value": hi, "unit": u, "system": UCUM, "code": u}}
        elif vint is not None:
            r["valueInteger"] = vint
        if components:
            r["component"] = components
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if performer:
            r["performer"] = [{"display": performer}]
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def comp(self, text, value=None, unit=None, loinc=None, local=None, vstr=None, ucum=None):
        coding = []
        if loinc:
            coding.append({"system": LOINC, "code": loinc})
        if local:
            coding.append({"system": self.local, "code": local, "display": text})
        c = {"code": {"coding": coding, "text": text}}
        if value is not None:
            c["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        elif vstr is not None:
            c["valueString"] = vstr
        return c

    def med(self, id, rxcui, name, authored, status="active", dose=None, validity=None, reason=None, note=None,
            requester=None):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": rxcui, "display": name.split(" ")[0]}],
                                           "text": name},
             "subject": self.subj(), "authoredOn": authored}
        if dose:
            r["dosageInstruction"] = [{"text": dose}]
        if validity:
            vp = {"start": validity[0]}
            if validity[1]:
                vp["end"] = validity[1]
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        if requester:
            r["requester"] = {"display": requester}
        return self._add(r)

    def proc(self, id, text, performed, code=None, system=CPT, status="completed", performer=None, note=None,
             time="10:00", reason=None):
        r = {"resourceType": "Procedure", "id": id, "status": status,
             "code": {"text": text}, "subject": self.subj(),
             "performedDateTime": performed if "T" in performed else self.ts(performed, time)}
        if code:
            r["code"]["coding"] = [{"system": system, "code": code}]
        if performer:
            r["performer"] = [{"actor": {"display": performer}}]
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self._add(r)

    def enc(self, id, cls, text, start, end=None, reason=None, stime="08:00", etime="14:00", disposition=None):
        codes = {"IMP": "inpatient encounter", "AMB": "ambulatory", "EMER": "emergency", "VR": "virtual"}
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls,
                       "display": codes.get(cls, cls)},
             "type": [{"text": text}], "subject": self.subj(),
             "period": {"start": start if "T" in start else self.ts(start, stime)}}
        if end:
            r["period"]["end"] = end if "T" in end else self.ts(end, etime)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if disposition:
            r["hospitalization"] = {"dischargeDisposition": {"text": disposition}}
        return self._add(r)

    def sreq(self, id, text, authored, status="active", intent="order", occurrence=None, requester=None,
             code=None, system=CPT, note=None, reason=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": intent,
             "code": {"text": text}, "subject": self.subj(), "authoredOn": authored}
        if code:
            r["code"]["coding"] = [{"system": system, "code": code}]
        if occurrence:
            r["occurrenceDateTime"] = occurrence if "T" in occurrence else self.ts(occurrence)
        if requester:
            r["requester"] = {"display": requester}
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self._add(r)

    def appt(self, id, desc, created, start, status="booked", who=None, minutes=30, stime="10:00"):
        s = start if "T" in start else self.ts(start, stime)
        st = dt.datetime.fromisoformat(s)
        en = (st + dt.timedelta(minutes=minutes)).isoformat()
        parts = [{"actor": {"reference": "Patient/" + self.pid}, "status": "accepted"}]
        if who:
            parts.append({"actor": {"display": who}, "status": "accepted"})
        r = {"resourceType": "Appointment", "id": id, "status": status, "description": desc,
             "created": created, "start": s, "end": en, "participant": parts}
        return self._add(r)

    def fmh(self, id, relation_code, relation_text, cond_text, date, onset_age=None, deceased=None, note=None):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": "completed",
             "patient": self.subj(), "date": date,
             "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                          "code": relation_code}], "text": relation_text},
             "condition": [{"code": {"text": cond_text}}]}
        if onset_age:
            r["condition"][0]["onsetAge"] = {"value": onset_age, "unit": "a", "system": UCUM, "code": "a"}
        if deceased is not None:
            r["deceasedBoolean"] = deceased
        if note:
            r["note"] = [{"text": note}]
        return self._add(r)

    def note(self, id, type_text, date, author, text, ctype="text/plain", loinc="11506-3", enc=None,
             title=None, time="16:30", status="current"):
        when = date if "T" in date else self.ts(date, time)
        r = {"resourceType": "DocumentReference", "id": id, "status": status, "docStatus": "final",
             "type": {"coding": [{"system": LOINC, "code": loinc}], "text": type_text},
             "subject": self.subj(), "date": when, "author": [{"display": author}],
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": b64(text.strip() + "\n"),
                                         "title": title or type_text}}]}
        if enc:
            r["context"] = {"encounter": [{"reference": "Encounter/" + enc}]}
        return self._add(r)

    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "timestamp": "2026-12-01T08:00:00-05:00",
                "entry": [{"fullUrl": "%s/%s/%s" % (self.base, r["resourceType"], r["id"]), "resource": r}
                          for r in self.res]}


def case(cid, pnum, service, dxs, date, gold, note=None, urgency="standard"):
    code, system, display = service
    req = {"service": {"system": system, "code": code, "display": display},
           "diagnoses": [dx(c) for c in dxs], "payer": "medicare", "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    return {"id": cid, "patient": "patients/%s.json" % pnum, "request": req, "gold": gold}


def gold(rec, policy, evidence, rationale, missing=None):
    g = {"recommendation": rec, "policy": policy, "evidence": evidence, "missing": missing or []}
    g["rationale"] = rationale
    return g


def dx(code):
    return {"system": ICD_SYS, "code": code, "display": icd_display(code)}


def to_html(text, title):
    """Wrap a plain-text note as simple EHR-style HTML (paragraphs split on blank lines, line breaks kept)."""
    import html as _h
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join("<p>%s</p>" % "<br/>\n".join(_h.escape(l) for l in p.splitlines()) for p in paras)
    return "<html><head><title>%s</title></head><body>\n<h3>%s</h3>\n%s\n</body></html>" % (
        _h.escape(title), _h.escape(title), body)
