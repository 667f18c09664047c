"""Small helpers for writing synthetic FHIR R4 collection bundles (standard library only)."""
import base64
import datetime as _dt

# US zones: (standard offset, daylight offset) in hours
ZONES = {"ET": (-5, -4), "CT": (-6, -5), "MT": (-7, -6), "PT": (-8, -7)}

LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(weeks=n - 1)


def is_dst(local):
    """US rule since 2007: 02:00 local on the second Sunday of March to 02:00 on the first Sunday of November."""
    start = _dt.datetime.combine(_nth_sunday(local.year, 3, 2), _dt.time(2, 0))
    end = _dt.datetime.combine(_nth_sunday(local.year, 11, 1), _dt.time(2, 0))
    return start <= local < end


def offset_for(zone, local):
    std, dst = ZONES[zone]
    h = dst if is_dst(local) else std
    return "%+03d:00" % h


def ts(zone, s):
    """'2026-03-17 09:14' (or '2026-03-17', noon assumed) -> ISO dateTime with the zone's offset."""
    s = s.strip()
    if len(s) == 10:
        s += " 12:00"
    local = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return local.strftime("%Y-%m-%dT%H:%M:00") + offset_for(zone, local)


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        c["text"] = text
    return c


def txt(text):
    return {"text": text}


def Q(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    return q


def R(x, default="Practitioner"):
    return x if "/" in x else default + "/" + x


def ref(r, display=None, default="Practitioner"):
    d = {"reference": R(r, default)}
    if display:
        d["display"] = display
    return d


class Chart:
    def __init__(self, pid, zone, base, local_system, state):
        self.pid = pid
        self.zone = zone
        self.base = base.rstrip("/") + "/"
        self.local = local_system
        self.state = state
        self.res = []
        self.ids = set()

    # ---- infrastructure
    def T(self, s):
        return ts(self.zone, s)

    def add(self, r):
        key = (r["resourceType"], r["id"])
        if key in self.ids:
            raise ValueError("duplicate id %s/%s in %s" % (key + (self.pid,)))
        self.ids.add(key)
        self.res.append(r)
        return r

    @property
    def subj(self):
        return {"reference": "Patient/" + self.pid}

    def bundle(self, exported):
        return {
            "resourceType": "Bundle",
            "id": self.pid + "-export",
            "type": "collection",
            "timestamp": self.T(exported),
            "entry": [{"fullUrl": self.base + r["resourceType"] + "/" + r["id"], "resource": r} for r in self.res],
        }

    def lc(self, code, display):
        """local code system concept with readable text"""
        return {"coding": [{"system": self.local, "code": code, "display": display}], "text": display}

    # ---- administrative
    def patient(self, family, given, gender, birth, city, postal, mrn, line="", phone=None, language=None):
        r = {"resourceType": "Patient", "id": self.pid,
             "identifier": [{"use": "usual", "type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
                             "system": self.base + "mrn", "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line] if line else [], "city": city, "state": self.state, "postalCode": postal, "country": "US"}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if language:
            r["communication"] = [{"language": cc("urn:ietf:bcp:47", language, language), "preferred": True}]
        return self.add(r)

    def practitioner(self, id, family, given, prefix=None, suffix=None, qual=None):
        r = {"resourceType": "Practitioner", "id": id, "name": [{"family": family, "given": given}]}
        if prefix:
            r["name"][0]["prefix"] = [prefix]
        if suffix:
            r["name"][0]["suffix"] = [suffix]
        if qual:
            r["qualification"] = [{"code": {"text": qual}}]
        return self.add(r)

    def org(self, id, name, type_text=None):
        r = {"resourceType": "Organization", "id": id, "name": name, "active": True}
        if type_text:
            r["type"] = [{"text": type_text}]
        return self.add(r)

    def encounter(self, id, cls, type_text, start, end=None, who=None, status="finished", reason=None, service_provider=None):
        classes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": id, "status": status,
             "class": {"system": ACTCODE, "code": cls, "display": classes[cls]},
             "type": [{"text": type_text}], "subject": self.subj,
             "period": {"start": self.T(start)}}
        if end:
            r["period"]["end"] = self.T(end)
        if who:
            r["participant"] = [{"individual": ref(who)}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if service_provider:
            r["serviceProvider"] = ref(service_provider, default="Organization")
        return self.add(r)

    # ---- clinical
    def condition(self, id, code, display, recorded, onset=None, clinical="active", verification="confirmed",
                  category="problem-list-item", note=None, snomed=None, asserter=None, abatement=None, text=None, onset_string=None):
        codings = [{"system": ICD10, "code": code, "display": display}]
        if snomed:
            codings.append({"system": SNOMED, "code": snomed[0], "display": snomed[1]})
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": cc(COND_CLIN, clinical, clinical.capitalize()),
             "verificationStatus": cc(COND_VER, verification, verification.capitalize()),
             "category": [cc(COND_CAT, category, "Problem List Item" if category == "problem-list-item" else "Encounter Diagnosis")],
             "code": {"coding": codings, "text": text or display},
             "subject": self.subj, "recordedDate": self.T(recorded)}
        if onset:
            r["onsetDateTime"] = self.T(onset)
        if onset_string:
            r["onsetString"] = onset_string
        if abatement:
            r["abatementDateTime"] = self.T(abatement)
        if asserter:
            r["asserter"] = ref(asserter)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, id, code, when, value=None, category="laboratory", performer=None, note=None, components=None,
            method=None, interp=None, status="final", issued=None, body_site=None, encounter=None, derived=None, device_text=None):
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [cc(OBSCAT, category, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "exam": "Exam",
                                                 "survey": "Survey", "imaging": "Imaging", "procedure": "Procedure",
                                                 "therapy": "Therapy", "activity": "Activity"}[category])],
             "code": code, "subject": self.subj, "effectiveDateTime": self.T(when)}
        if issued:
            r["issued"] = self.T(issued)
        if encounter:
            r["encounter"] = ref(encounter, default="Encounter")
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            k, v = value
            r["value" + k] = v
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if body_site:
            r["bodySite"] = {"text": body_site}
        if components:
            r["component"] = components
        if derived:
            r["derivedFrom"] = [ref(d, default="Observation") for d in derived]
        if device_text:
            r["device"] = {"display": device_text}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medreq(self, id, med, authored, status="active", dosage=None, requester=None, reason=None, status_reason=None,
               validity=None, note=None, intent="order"):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": self.subj, "authoredOn": self.T(authored)}
        if requester:
            r["requester"] = ref(requester)
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if validity:
            vp = {"start": self.T(validity[0])}
            if validity[1]:
                vp["end"] = self.T(validity[1])
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def medstmt(self, id, med, asserted, status="active", dosage=None, effective=None, source=None, note=None):
        r = {"resourceType": "MedicationStatement", "id": id, "status": status, "medicationCodeableConcept": med,
             "subject": self.subj, "dateAsserted": self.T(asserted)}
        if effective:
            r["effectiveDateTime"] = self.T(effective)
        if dosage:
            r["dosage"] = [{"text": dosage}]
        if source:
            r["informationSource"] = ref(source)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, id, code, when, status="completed", performer=None, note=None, end=None, reason=None, body_site=None, outcome=None):
        r = {"resourceType": "Procedure", "id": id, "status": status, "code": code, "subject": self.subj}
        if end:
            r["performedPeriod"] = {"start": self.T(when), "end": self.T(end)}
        else:
            r["performedDateTime"] = self.T(when)
        if performer:
            r["performer"] = [{"actor": ref(performer)}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def report(self, id, code, when, conclusion, results=None, performer=None, category_text=None, issued=None,
               status="final", presented=None):
        r = {"resourceType": "DiagnosticReport", "id": id, "status": status, "code": code, "subject": self.subj,
             "effectiveDateTime": self.T(when), "issued": self.T(issued or when), "conclusion": conclusion}
        if category_text:
            r["category"] = [{"text": category_text}]
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if results:
            r["result"] = [ref(x, default="Observation") for x in results]
        if presented:
            r["presentedForm"] = [{"contentType": "text/plain", "data": b64(presented), "title": "report"}]
        return self.add(r)

    def note(self, id, when, loinc, loinc_display, author, text, ctype="text/plain", title=None, encounter=None,
             doc_status="final", relates=None, period=None):
        r = {"resourceType": "DocumentReference", "id": id, "status": "current", "docStatus": doc_status,
             "type": cc(LOINC, loinc, loinc_display),
             "category": [cc(DOCCAT, "clinical-note", "Clinical Note")],
             "subject": self.subj, "date": self.T(when),
             "author": [ref(a) for a in (author if isinstance(author, list) else [author])],
             "content": [{"attachment": {"contentType": ctype, "language": "en-US",
                                         "data": b64(text), "title": title or loinc_display,
                                         "creation": self.T(when)}}]}
        if encounter or period:
            r["context"] = {}
            if encounter:
                r["context"]["encounter"] = [ref(encounter, default="Encounter")]
            if period:
                r["context"]["period"] = {"start": self.T(period[0]), "end": self.T(period[1])}
        if relates:
            r["relatesTo"] = [{"code": relates[0], "target": ref(relates[1])}]
        return self.add(r)

    def servreq(self, id, code, authored, status="active", requester=None, reason=None, note=None, occurrence=None, intent="order"):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": intent, "code": code,
             "subject": self.subj, "authoredOn": self.T(authored)}
        if requester:
            r["requester"] = ref(requester)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if occurrence:
            r["occurrenceDateTime"] = self.T(occurrence)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def devreq(self, id, code, authored, status="active", requester=None, reason=None, note=None, params=None, intent="order"):
        r = {"resourceType": "DeviceRequest", "id": id, "status": status, "intent": intent, "codeCodeableConcept": code,
             "subject": self.subj, "authoredOn": self.T(authored)}
        if requester:
            r["requester"] = ref(requester)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if params:
            r["parameter"] = [{"code": {"text": k}, "valueCodeableConcept": {"text": v}} for k, v in params]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, id, created, start, end, desc, status="booked", who=None, service_text=None):
        parts = [{"actor": self.subj, "status": "accepted"}]
        if who:
            parts.append({"actor": ref(who), "status": "accepted"})
        r = {"resourceType": "Appointment", "id": id, "status": status, "description": desc,
             "created": self.T(created), "start": self.T(start), "end": self.T(end), "participant": parts}
        if service_text:
            r["serviceType"] = [{"text": service_text}]
        return self.add(r)

    def fmh(self, id, when, relation_code, relation_display, cond_text, onset_age=None, deceased=None, note=None, sex=None):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": "completed", "patient": self.subj,
             "date": self.T(when), "relationship": cc("http://terminology.hl7.org/CodeSystem/v3-RoleCode", relation_code, relation_display),
             "condition": [{"code": {"text": cond_text}}]}
        if onset_age is not None:
            r["condition"][0]["onsetAge"] = {"value": onset_age, "unit": "a", "system": UCUM, "code": "a"}
        if deceased is not None:
            r["deceasedBoolean"] = deceased
        if sex:
            r["sex"] = cc("http://hl7.org/fhir/administrative-gender", sex, sex)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def coverage(self, id, payor_org, member_id, start, plan_text="Medicare Part A and B"):
        r = {"resourceType": "Coverage", "id": id, "status": "active", "beneficiary": self.subj,
             "payor": [ref(payor_org, default="Organization")], "subscriberId": member_id,
             "period": {"start": self.T(start)},
             "class": [{"type": {"text": "plan"}, "value": "MEDICARE", "name": plan_text}]}
        return self.add(r)

    def device(self, id, type_text, manufacturer=None, serial=None, model=None):
        r = {"resourceType": "Device", "id": id, "type": {"text": type_text}, "patient": self.subj, "status": "active"}
        if manufacturer:
            r["manufacturer"] = manufacturer
        if serial:
            r["serialNumber"] = serial
        if model:
            r["modelNumber"] = model
        return self.add(r)


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def rx(code, display, text=None):
    if code is None:
        return {"text": text or display}
    return {"coding": [{"system": RXNORM, "code": code, "display": display}], "text": text or display}


def fixed(rows, width=78):
    """Render a fixed-width export block: rows is a list of strings; long lines hard-wrapped like a legacy print queue."""
    out = []
    for line in rows:
        while len(line) > width:
            out.append(line[:width])
            line = "  " + line[width:]
        out.append(line)
    return "\n".join(out) + "\n"


def case(cid, pfile, service, diagnoses, date, gold, urgency="standard", note=None):
    req = {"service": service, "diagnoses": [{"system": ICD10, "code": c, "display": d} for c, d in diagnoses],
           "payer": "medicare", "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    return {"id": cid, "patient": pfile, "request": req, "gold": gold}
