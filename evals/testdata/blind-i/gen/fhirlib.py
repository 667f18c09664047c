"""Small helpers to write FHIR R4 resources for the blind-i data set (standard library only)."""
import base64
import datetime as dt
import zlib

ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
V3_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"

# Standard US zones (hours from UTC, standard time). Daylight saving: second Sunday of
# March 02:00 local to first Sunday of November 02:00 local (US rule since 2007).
ZONE_STD = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}
STATE_ZONE = {
    "OH": "ET", "PA": "ET", "GA": "ET", "NC": "ET", "MA": "ET", "MI": "ET",
    "TX": "CT", "TN": "CT", "MN": "CT", "LA": "CT", "WI": "CT",
    "CO": "MT", "UT": "MT",
    "OR": "PT", "WA": "PT", "CA": "PT",
}


def dst_bounds(year):
    m = dt.date(year, 3, 1)
    first_sun_mar = m + dt.timedelta((6 - m.weekday()) % 7)
    start = dt.datetime.combine(first_sun_mar + dt.timedelta(7), dt.time(2))
    n = dt.date(year, 11, 1)
    end = dt.datetime.combine(n + dt.timedelta((6 - n.weekday()) % 7), dt.time(2))
    return start, end


def offset_for(zone, local):
    start, end = dst_bounds(local.year)
    h = ZONE_STD[zone] + (1 if start <= local < end else 0)
    return "%s%02d:00" % ("-" if h < 0 else "+", abs(h))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def cc(*codings, text=None):
    out = {"coding": [{"system": s, "code": c, "display": d} for (s, c, d) in codings]}
    if text:
        out["text"] = text
    if not codings:
        out = {"text": text}
    return out


def qty(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    return q


class Chart:
    def __init__(self, pid, state, base):
        self.pid = pid
        self.zone = STATE_ZONE[state]
        self.state = state
        self.base = base.rstrip("/")
        self.res = []
        self.ids = set()

    # -- time ---------------------------------------------------------------
    def t(self, s):
        """'YYYY-MM-DD HH:MM' (local wall clock) -> ISO 8601 with the correct US offset."""
        local = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
        return local.strftime("%Y-%m-%dT%H:%M:00") + offset_for(self.zone, local)

    # -- core ---------------------------------------------------------------
    def add(self, r):
        key = (r["resourceType"], r["id"])
        if key in self.ids:
            raise ValueError("duplicate id %s/%s in %s" % (key + (self.pid,)))
        self.ids.add(key)
        self.res.append(r)
        return "%s/%s" % key

    @property
    def pref(self):
        return {"reference": "Patient/" + self.pid}

    def patient(self, family, given, gender, birth, city, postal, mrn, line, phone=None, lang=None):
        r = {"resourceType": "Patient", "id": self.pid,
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": self.base + "/mrn", "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city, "state": self.state, "postalCode": postal, "country": "US"}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if lang:
            r["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        return self.add(r)

    def prac(self, id, family, given, prefix=None, suffix=None, qual=None):
        r = {"resourceType": "Practitioner", "id": id,
             "identifier": [{"system": self.base + "/provider-id", "value": "P" + str(zlib.crc32(id.encode()) % 900000 + 100000)}],
             "name": [{"family": family, "given": given}]}
        if prefix:
            r["name"][0]["prefix"] = [prefix]
        if suffix:
            r["name"][0]["suffix"] = [suffix]
        if qual:
            r["qualification"] = [{"code": {"text": q}} for q in (qual if isinstance(qual, list) else [qual])]
        return self.add(r)

    def org(self, id, name, city, kind=None, line=None):
        r = {"resourceType": "Organization", "id": id, "active": True, "name": name,
             "address": [{"line": [line] if line else [], "city": city, "state": self.state, "country": "US"}]}
        if kind:
            r["type"] = [{"text": kind}]
        return self.add(r)

    def enc(self, id, klass, type_text, start, end=None, practitioner=None, org=None, reason=None, status="finished"):
        classes = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}
        r = {"resourceType": "Encounter", "id": id, "status": status,
             "class": {"system": V3_ACT, "code": klass, "display": classes[klass]},
             "type": [{"text": type_text}], "subject": self.pref,
             "period": {"start": self.t(start)}}
        if end:
            r["period"]["end"] = self.t(end)
        if practitioner:
            r["participant"] = [{"individual": {"reference": practitioner}}]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def cond(self, id, icd, display, recorded, onset=None, clinical="active", verification="confirmed",
             category="problem-list-item", note=None, recorder=None, abatement=None, text=None, extra_coding=None):
        code = {"coding": [{"system": ICD10CM, "code": icd, "display": display}]}
        if extra_coding:
            code["coding"].append({"system": extra_coding[0], "code": extra_coding[1], "display": extra_coding[2]})
        if text:
            code["text"] = text
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[category]
        r = {"resourceType": "Condition", "id": id,
             "clinicalStatus": cc((COND_CLIN, clinical, clinical.capitalize())),
             "verificationStatus": cc((COND_VER, verification, verification.capitalize())),
             "category": [cc((COND_CAT, category, cat_disp))],
             "code": code, "subject": self.pref, "recordedDate": self.t(recorded)}
        if onset:
            r["onsetDateTime"] = self.t(onset)
        if abatement:
            r["abatementDateTime"] = self.t(abatement)
        if recorder:
            r["recorder"] = {"reference": recorder}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, id, code, when, value=None, unit=None, ucum=None, vstr=None, vcc=None, vrange=None,
            components=None, category="vital-signs", performer=None, note=None, interp=None, method=None,
            status="final", issued=None, encounter=None, derived=None, body_site=None, period_end=None):
        cat_disp = {"vital-signs": "Vital Signs", "laboratory": "Laboratory", "exam": "Exam", "imaging": "Imaging",
                    "procedure": "Procedure", "survey": "Survey", "activity": "Activity", "social-history": "Social History"}[category]
        r = {"resourceType": "Observation", "id": id, "status": status,
             "category": [cc((OBS_CAT, category, cat_disp))],
             "code": code, "subject": self.pref}
        if period_end:
            r["effectivePeriod"] = {"start": self.t(when), "end": self.t(period_end)}
        else:
            r["effectiveDateTime"] = self.t(when)
        if issued:
            r["issued"] = self.t(issued)
        if performer:
            r["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            r["valueQuantity"] = qty(value, unit, ucum)
        elif vstr is not None:
            r["valueString"] = vstr
        elif vcc is not None:
            r["valueCodeableConcept"] = vcc
        elif vrange is not None:
            lo, hi, u = vrange
            r["valueRange"] = {"low": qty(lo, u), "high": qty(hi, u)}
        if components:
            r["component"] = []
            for c in components:
                comp = {"code": c[0]}
                if isinstance(c[1], str):
                    comp["valueString"] = c[1]
                else:
                    comp["valueQuantity"] = qty(c[1], c[2], c[3] if len(c) > 3 else None)
                r["component"].append(comp)
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if body_site:
            r["bodySite"] = {"text": body_site}
        if note:
            r["note"] = [{"text": note}]
        if encounter:
            r["encounter"] = {"reference": encounter}
        if derived:
            r["derivedFrom"] = [{"reference": d} for d in derived]
        return self.add(r)

    def medreq(self, id, med, authored, status="active", dosage=None, requester=None, reason=None,
               note=None, validity=None, intent="order"):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": self.pref, "authoredOn": self.t(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        if validity:
            vp = {"start": self.t(validity[0])}
            if validity[1]:
                vp["end"] = self.t(validity[1])
            r["dispenseRequest"] = {"validityPeriod": vp}
        return self.add(r)

    def medstmt(self, id, med, start, end=None, status="active", asserted=None, note=None, reason=None, source=None):
        r = {"resourceType": "MedicationStatement", "id": id, "status": status,
             "medicationCodeableConcept": med, "subject": self.pref,
             "effectivePeriod": {"start": self.t(start)}}
        if end:
            r["effectivePeriod"]["end"] = self.t(end)
        if asserted:
            r["dateAsserted"] = self.t(asserted)
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["statusReason"] = [{"text": reason}]
        if source:
            r["informationSource"] = {"reference": source}
        return self.add(r)

    def proc(self, id, code, performed, status="completed", performer=None, note=None, reason=None,
             outcome=None, body_site=None, end=None, location_text=None):
        r = {"resourceType": "Procedure", "id": id, "status": status, "code": code, "subject": self.pref}
        if end:
            r["performedPeriod"] = {"start": self.t(performed), "end": self.t(end)}
        else:
            r["performedDateTime"] = self.t(performed)
        if performer:
            r["performer"] = [{"actor": {"reference": p}} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def report(self, id, code, effective, issued=None, status="final", conclusion=None, results=None,
               performer=None, category="RAD", cat_display="Radiology", interpreter=None):
        r = {"resourceType": "DiagnosticReport", "id": id, "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", category, cat_display))],
             "code": code, "subject": self.pref, "effectiveDateTime": self.t(effective)}
        if issued:
            r["issued"] = self.t(issued)
        if performer:
            r["performer"] = [{"reference": performer}]
        if interpreter:
            r["resultsInterpreter"] = [{"reference": interpreter}]
        if results:
            r["result"] = [{"reference": x} for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        return self.add(r)

    def doc(self, id, type_code, title, date, author, text, ctype="text/plain", custodian=None,
            encounter=None, status="current", doc_status="final", appends=None, description=None):
        loinc_docs = {
            "11488-4": "Consult note", "18842-5": "Discharge summary", "11506-3": "Progress note",
            "34117-2": "History and physical note", "34748-6": "Telephone encounter note", "11526-1": "Pathology study",
            "28570-0": "Procedure note", "51845-6": "Outpatient consult note", "68608-9": "Summary note",
            "18748-4": "Diagnostic imaging study", "34109-9": "Note",
            "11505-5": "Physician procedure note", "18761-7": "Transfer summary note", "57133-1": "Referral note",
        }
        r = {"resourceType": "DocumentReference", "id": id, "status": status, "docStatus": doc_status,
             "type": cc((LOINC, type_code, loinc_docs[type_code])), "subject": self.pref,
             "date": self.t(date), "author": [{"reference": a} for a in (author if isinstance(author, list) else [author])],
             "description": description or title,
             "content": [{"attachment": {"contentType": ctype,
                                         "language": "en-US", "title": title, "data": b64(text),
                                         "creation": self.t(date)}}]}
        if custodian:
            r["custodian"] = {"reference": custodian}
        ctx = {}
        if encounter:
            ctx["encounter"] = [{"reference": encounter}]
        if ctx:
            r["context"] = ctx
        if appends:
            r["relatesTo"] = [{"code": "appends", "target": {"reference": appends}}]
        return self.add(r)

    def servreq(self, id, code, authored, status="active", intent="order", requester=None, note=None,
                occurrence=None, reason=None, performer=None):
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": intent, "code": code,
             "subject": self.pref, "authoredOn": self.t(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [{"reference": performer}]
        if occurrence:
            r["occurrenceDateTime"] = self.t(occurrence)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def devreq(self, id, code, authored, status="active", requester=None, note=None, reason=None, performer=None):
        r = {"resourceType": "DeviceRequest", "id": id, "status": status, "intent": "order",
             "codeCodeableConcept": code, "subject": self.pref, "authoredOn": self.t(authored)}
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = {"reference": performer}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appt(self, id, status, created, start, end, practitioner, description, service_type=None, comment=None):
        r = {"resourceType": "Appointment", "id": id, "status": status, "created": self.t(created),
             "start": self.t(start), "end": self.t(end), "description": description,
             "participant": [{"actor": self.pref, "status": "accepted"},
                             {"actor": {"reference": practitioner}, "status": "accepted"}]}
        if service_type:
            r["serviceType"] = [{"text": service_type}]
        if comment:
            r["comment"] = comment
        return self.add(r)

    def fmh(self, id, date, rel_code, rel_display, conditions, note=None, sex=None):
        r = {"resourceType": "FamilyMemberHistory", "id": id, "status": "completed", "patient": self.pref,
             "date": self.t(date),
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display)),
             "condition": [{"code": {"text": c[0]}, **({"onsetAge": {"value": c[1], "unit": "yr", "system": UCUM, "code": "a"}} if c[1] else {}),
                            **({"contributedToDeath": True} if len(c) > 2 and c[2] else {})} for c in conditions]}
        if sex:
            r["sex"] = cc(("http://hl7.org/fhir/administrative-gender", sex, sex.capitalize()))
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # -- output ---------------------------------------------------------------
    def bundle(self, stamp):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "timestamp": self.t(stamp),
                "entry": [{"fullUrl": "%s/%s/%s" % (self.base, r["resourceType"], r["id"]), "resource": r} for r in self.res]}


def loinc(code, display, text=None):
    return cc((LOINC, code, display), text=text)


def local(system, code, display, text=None):
    return cc((system, code, display), text=text or display)


def rx(code, display, text=None):
    return cc((RXNORM, code, display), text=text)


def medtext(text, system=None, code=None):
    if system:
        return cc((system, code, text), text=text)
    return {"text": text}
