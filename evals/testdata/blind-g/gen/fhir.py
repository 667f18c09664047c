"""Small FHIR R4 resource helpers for the blind-g generator (standard library only)."""
import base64
import datetime
import textwrap

LOINC = "http://loinc.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

# standard offset (hours) and whether the zone observes US daylight saving time
ZONES = {"ET": (-5, True), "CT": (-6, True), "MT": (-7, True), "AZ": (-7, False),
         "PT": (-8, True), "AK": (-9, True), "HI": (-10, False)}


def _nth_sunday(year, month, n):
    d = datetime.date(year, month, 1)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return d + datetime.timedelta(days=7 * (n - 1))


def us_dst(date, hhmm):
    """US rule since 2007: 2nd Sunday of March 02:00 to 1st Sunday of November 02:00 (local)."""
    y = date.year
    start = datetime.datetime.combine(_nth_sunday(y, 3, 2), datetime.time(2, 0))
    end = datetime.datetime.combine(_nth_sunday(y, 11, 1), datetime.time(2, 0))
    h, m = map(int, hhmm.split(":"))
    local = datetime.datetime.combine(date, datetime.time(h, m))
    return start <= local < end


def offset(d, hhmm, zone):
    std, dst = ZONES[zone]
    date = datetime.date.fromisoformat(d)
    off = std + (1 if dst and us_dst(date, hhmm) else 0)
    return "%s%02d:00" % ("-" if off < 0 else "+", abs(off))


def ts(d, hhmm, zone):
    return "%sT%s:00%s" % (d, hhmm, offset(d, hhmm, zone))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def clean(text):
    return textwrap.dedent(text).strip("\n") + "\n"


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    c["text"] = text or display
    return c


def icd(code, display):
    return cc(ICD, code, display)


class Chart:
    """Collects the resources of one patient bundle."""

    def __init__(self, pid, host, zone, local_system=None):
        self.pid = pid
        self.host = host
        self.zone = zone
        self.local = local_system or ("http://fhir.%s/CodeSystem/local-observation" % host)
        self.res = []

    # -- plumbing ---------------------------------------------------------
    def t(self, when, zone=None):
        d, hm = when
        return ts(d, hm, zone or self.zone)

    def add(self, r):
        self.res.append(r)
        return "%s/%s" % (r["resourceType"], r["id"])

    @property
    def pref(self):
        return {"reference": "Patient/%s" % self.pid}

    def bundle(self, bid, stamp):
        return {
            "resourceType": "Bundle",
            "id": bid,
            "meta": {"lastUpdated": stamp},
            "type": "collection",
            "timestamp": stamp,
            "entry": [{"fullUrl": "https://%s/fhir/R4/%s/%s" % (self.host, r["resourceType"], r["id"]),
                       "resource": r} for r in self.res],
        }

    def lc(self, code, display):
        return cc(self.local, code, display)

    # -- administrative ---------------------------------------------------
    def patient(self, given, family, gender, birth, line, city, state, postal, mrn, phone=None, lang=None):
        r = {"resourceType": "Patient", "id": self.pid,
             "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "https://%s/mrn" % self.host, "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city, "state": state, "postalCode": postal, "country": "US"}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if lang:
            r["communication"] = [{"language": {"text": lang}, "preferred": True}]
        return self.add(r)

    def practitioner(self, id, given, family, suffix, qual, npi):
        r = {"resourceType": "Practitioner", "id": id,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
             "name": [{"family": family, "given": given, "suffix": [suffix] if suffix else []}],
             "qualification": [{"code": {"text": qual}}]}
        if not suffix:
            del r["name"][0]["suffix"]
        return self.add(r)

    def organization(self, id, name, kind, city, state, phone=None):
        r = {"resourceType": "Organization", "id": id, "active": True, "name": name,
             "type": [{"text": kind}],
             "address": [{"city": city, "state": state, "country": "US"}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        return self.add(r)

    def coverage(self, id, payor, mbi, start, plan="Medicare Part B"):
        return self.add({"resourceType": "Coverage", "id": id, "status": "active",
                         "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "SUBSIDIZ", "display": "subsidized health program"}], "text": "Medicare"},
                         "subscriberId": mbi, "beneficiary": self.pref,
                         "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]},
                         "period": {"start": start}, "payor": [{"reference": payor}],
                         "class": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan"}]}, "value": "PART-AB", "name": plan}]})

    # -- clinical ---------------------------------------------------------
    def encounter(self, id, cls, kind, start, end=None, who=None, org=None, reason=None, zone=None):
        codes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": id, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": codes[cls]},
             "type": [{"text": kind}], "subject": self.pref,
             "period": {"start": self.t(start, zone)}}
        if end:
            r["period"]["end"] = self.t(end, zone)
        if who:
            r["participant"] = [{"individual": {"reference": w}} for w in who]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def condition(self, id, code, display, recorded, onset=None, clinical="active", verification="confirmed",
                  asserter=None, note=None, abatement=None, category="problem-list-item", zone=None):
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}],
             "code": icd(code, display), "subject": self.pref,
             "recordedDate": self.t(recorded, zone)}
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        if asserter:
            r["asserter"] = {"reference": asserter}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, id, code, when, value=None, unit=None, ucum=None, s=None, category="laboratory", performer=None,
            note=None, components=None, interp=None, method=None, status="final", zone=None, device=None, enc=None):
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [{"coding": [{"system": OBSCAT, "code": category}]}],
             "code": code, "subject": self.pref, "effectiveDateTime": self.t(when, zone)}
        if enc:
            r["encounter"] = {"reference": enc}
        if performer:
            r["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            q = {"value": value}
            if unit is not None:
                q["unit"] = unit
                q["system"] = UCUM
                q["code"] = ucum or unit
            r["valueQuantity"] = q
        elif s is not None:
            r["valueString"] = s
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if device:
            r["device"] = {"display": device}
        if components:
            comps = []
            for c_code, c_val, c_unit, c_ucum in components:
                comp = {"code": c_code}
                if isinstance(c_val, str):
                    comp["valueString"] = c_val
                else:
                    comp["valueQuantity"] = {"value": c_val, "unit": c_unit, "system": UCUM, "code": c_ucum or c_unit}
                comps.append(comp)
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def med(self, id, text, authored, status="active", rx=None, dosage=None, requester=None, reason=None,
            validity=None, status_reason=None, note=None, intent="order", zone=None):
        mc = {"text": text}
        if rx:
            mc["coding"] = [{"system": RXNORM, "code": rx[0], "display": rx[1]}]
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": intent,
             "medicationCodeableConcept": mc, "subject": self.pref, "authoredOn": self.t(authored, zone)}
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonCode"] = [icd(*reason)]
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if validity:
            vp = {"start": validity[0]}
            if validity[1]:
                vp["end"] = validity[1]
            r["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, id, code, when, performer=None, status="completed", note=None, reason=None, body=None,
             period_end=None, zone=None, outcome=None):
        r = {"resourceType": "Procedure", "id": id, "status": status, "code": code, "subject": self.pref}
        if period_end:
            r["performedPeriod"] = {"start": self.t(when, zone), "end": self.t(period_end, zone)}
        else:
            r["performedDateTime"] = self.t(when, zone)
        if performer:
            r["performer"] = [{"actor": {"reference": p}} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = [icd(*reason)]
        if body:
            r["bodySite"] = [{"text": body}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def doc(self, id, when, kind, title, authors, text, ctype="text/plain", custodian=None, enc=None, zone=None):
        loinc = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
                 "discharge": ("18842-5", "Discharge summary"), "hp": ("34117-2", "History and physical note"),
                 "procedure": ("28570-0", "Procedure note"), "nurse": ("34746-8", "Nurse note"),
                 "imaging": ("18748-4", "Diagnostic imaging study"), "lab": ("11502-2", "Laboratory report"),
                 "note": ("34109-9", "Note"), "referral": ("57133-1", "Referral note"), "ekg": ("11524-6", "EKG study")}[kind]
        if ctype == "text/plain":
            body = clean(text)
        else:
            body = text.strip() + "\n"
        r = {"resourceType": "DocumentReference", "id": id, "status": "current", "docStatus": "final",
             "type": cc(LOINC, loinc[0], loinc[1]),
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "code": "clinical-note", "display": "Clinical Note"}]}],
             "subject": self.pref, "date": self.t(when, zone),
             "author": [{"reference": a} for a in (authors if isinstance(authors, list) else [authors])],
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "title": title,
                                         "data": b64(body), "creation": self.t(when, zone)}}]}
        if custodian:
            r["custodian"] = {"reference": custodian}
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r)

    def sreq(self, id, code, authored, status="active", requester=None, reason=None, note=None, occurrence=None,
             intent="order", zone=None, performer=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": intent, "code": code,
             "subject": self.pref, "authoredOn": self.t(authored, zone)}
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [{"reference": performer}]
        if reason:
            r["reasonCode"] = [icd(*x) for x in reason]
        if occurrence:
            r["occurrenceDateTime"] = self.t(occurrence, zone)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def devreq(self, id, code, display, authored, requester=None, reason=None, note=None, status="active", zone=None):
        r = {"resourceType": "DeviceRequest", "id": id, "status": status, "intent": "order",
             "codeCodeableConcept": cc(HCPCS, code, display), "subject": self.pref, "authoredOn": self.t(authored, zone)}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonCode"] = [icd(*x) for x in reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appt(self, id, created, start, minutes, desc, participants, status="booked", zone=None):
        s = self.t(start, zone)
        sd = datetime.datetime.fromisoformat(s)
        e = (sd + datetime.timedelta(minutes=minutes)).isoformat()
        parts = [{"actor": self.pref, "status": "accepted"}] + [{"actor": {"reference": p}, "status": "accepted"} for p in participants]
        return self.add({"resourceType": "Appointment", "id": id, "status": status, "description": desc,
                         "start": s, "end": e, "created": self.t(created, zone), "participant": parts})

    def fmh(self, id, rel_code, rel_display, condition, when, note=None, zone=None):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": "completed", "patient": self.pref,
             "date": self.t(when, zone),
             "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": rel_code, "display": rel_display}]},
             "condition": [{"code": {"text": condition}}]}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def allergy(self, id, substance, reaction, recorded, zone=None):
        return self.add({"resourceType": "AllergyIntolerance", "id": id,
                         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]},
                         "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "code": "confirmed"}]},
                         "code": {"text": substance}, "patient": self.pref, "recordedDate": self.t(recorded, zone),
                         "reaction": [{"manifestation": [{"text": reaction}]}]})


def html_doc(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n%s\n</body></html>"
            % (title, textwrap.dedent(body).strip()))


def as_text(body):
    """Render a small HTML fragment as the plain text an EHR export would carry."""
    import html as _html
    import re as _re
    s = textwrap.dedent(body).strip()
    s = _re.sub(r"\s*\n\s*", " ", s)
    s = _re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = _re.sub(r"(?i)<li>", "\n  - ", s)
    s = _re.sub(r"(?i)</(p|h\d|ul|ol|table)>", "\n", s)
    s = _re.sub(r"(?i)<(p|h\d|ul|ol|table)[^>]*>", "\n", s)
    s = _re.sub(r"(?i)<tr[^>]*>", "\n", s)
    s = _re.sub(r"(?i)</t[dh]>\s*<t[dh][^>]*>", " | ", s)
    s = _re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s)
    s = _re.sub(r"[ \t]+", " ", s)
    s = "\n".join(line.strip() if not line.startswith("  - ") else line.rstrip() for line in s.split("\n"))
    s = _re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()
