"""Small standard-library helpers that build one synthetic FHIR R4 collection Bundle per case.

Every clinical date is written as a local date-time with the correct US offset for the
practice's time zone (daylight saving time computed by the US rule: second Sunday of March
to first Sunday of November, 02:00 local).
"""
import base64
import datetime as _dt
import html
import re

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
UCUM = "http://unitsofmeasure.org"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"

# standard offsets (hours) and whether the zone observes DST
ZONES = {
    "eastern": (-5, True),
    "central": (-6, True),
    "mountain": (-7, True),
    "arizona": (-7, False),
    "pacific": (-8, True),
}


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    first = d + _dt.timedelta(days=(6 - d.weekday()) % 7)
    return first + _dt.timedelta(weeks=n - 1)


def offset_for(zone, local):
    std, dst = ZONES[zone]
    if dst:
        start = _dt.datetime.combine(_nth_sunday(local.year, 3, 2), _dt.time(2, 0))
        end = _dt.datetime.combine(_nth_sunday(local.year, 11, 1), _dt.time(2, 0))
        if start <= local < end:
            std += 1
    return std


def local_iso(zone, s):
    """'2026-02-03 09:14' -> '2026-02-03T09:14:00-05:00' (offset from the zone)."""
    s = s.strip()
    if len(s) == 10:
        s += " 12:00"
    local = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = offset_for(zone, local)
    sign = "-" if off < 0 else "+"
    return local.strftime("%Y-%m-%dT%H:%M:00") + "%s%02d:00" % (sign, abs(off))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def html_to_text(src):
    """Render a small HTML note the way an EHR 'plain text' export does."""
    s = re.sub(r"(?is)<head>.*?</head>", "", src)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)<li[^>]*>", "- ", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"(?i)</(p|h[1-6]|li|tr|table|ul|ol|div)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    lines = [re.sub(r"[ \t]+", " ", ln).strip().rstrip("|").strip() for ln in s.split("\n")]
    out = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


def cc(system, code, display, text=None):
    c = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        c["text"] = text
    return c


class Chart:
    def __init__(self, num, zone, host, local_system):
        self.num = num
        self.zone = zone
        self.base = "https://%s/fhir" % host
        self.local = local_system
        self.entries = []
        self.ids = {}
        self.pid = "pe%02d-pt" % num
        self.notes = []  # ids of DocumentReferences
        self.html_notes = []

    # ---- plumbing -------------------------------------------------------------------------
    def t(self, s):
        return local_iso(self.zone, s)

    def add(self, res):
        key = "%s/%s" % (res["resourceType"], res["id"])
        if key in self.ids:
            raise ValueError("duplicate id " + key)
        self.ids[key] = res
        self.entries.append({"fullUrl": "%s/%s" % (self.base, key), "resource": res})
        return key

    def ref(self, key, display=None):
        r = {"reference": key}
        if display:
            r["display"] = display
        return r

    def subj(self):
        return {"reference": "Patient/" + self.pid}

    def bundle(self):
        return {
            "resourceType": "Bundle",
            "id": "pe%02d" % self.num,
            "type": "collection",
            "timestamp": self.t(self._stamp),
            "entry": self.entries,
        }

    # ---- administrative ---------------------------------------------------------------------
    def patient(self, given, family, gender, birth, city, state, postal, phone, mrn, org_key, extra_given=None):
        names = [given] + ([extra_given] if extra_given else [])
        self.add({
            "resourceType": "Patient", "id": self.pid,
            "identifier": [{"type": cc("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"),
                            "system": self.base.replace("/fhir", "") + "/mrn", "value": mrn}],
            "name": [{"use": "official", "family": family, "given": names}],
            "gender": gender, "birthDate": birth,
            "telecom": [{"system": "phone", "value": phone, "use": "home"}],
            "address": [{"line": ["(synthetic)"], "city": city, "state": state, "postalCode": postal, "country": "US"}],
            "managingOrganization": {"reference": org_key},
        })

    def org(self, oid, name, kind="prov", city=None, state=None):
        r = {"resourceType": "Organization", "id": oid, "active": True,
             "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                         {"prov": "Healthcare Provider", "ins": "Insurance Company", "other": "Other"}[kind])],
             "name": name}
        if city:
            r["address"] = [{"city": city, "state": state, "country": "US"}]
        return self.add(r)

    def prac(self, pid, given, family, suffix, specialty, npi):
        return self.add({
            "resourceType": "Practitioner", "id": pid,
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
            "name": [{"family": family, "given": given.split(), "suffix": [suffix]}],
            "qualification": [{"code": {"text": specialty}}],
        })

    def coverage(self, mbi, start):
        self.add({"resourceType": "Organization", "id": "cms", "active": True,
                  "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")],
                  "name": "Centers for Medicare & Medicaid Services"})
        return self.add({
            "resourceType": "Coverage", "id": "medicare", "status": "active",
            "type": cc("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program",
                       "Medicare Part A and B (Original Medicare)"),
            "subscriberId": mbi, "beneficiary": self.subj(),
            "period": {"start": start},
            "payor": [{"reference": "Organization/cms", "display": "Medicare"}],
            "class": [{"type": cc("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan"),
                       "value": "Part B", "name": "Original Medicare Part B"}],
        })

    # ---- clinical ---------------------------------------------------------------------------
    def cond(self, cid, code, display, recorded, onset=None, clinical="active", ver="confirmed",
             note=None, recorder=None, abatement=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": cid,
             "clinicalStatus": cc(COND_CLIN, clinical, clinical.capitalize()),
             "verificationStatus": cc(COND_VER, ver, ver.capitalize()),
             "category": [cc(COND_CAT, category, {"problem-list-item": "Problem List Item",
                                                   "encounter-diagnosis": "Encounter Diagnosis"}[category])],
             "code": cc(ICD10, code, display),
             "subject": self.subj(),
             "recordedDate": self.t(recorded)}
        if onset:
            r["onsetDateTime"] = self.t(onset)
        if abatement:
            r["abatementDateTime"] = self.t(abatement)
        if recorder:
            r["recorder"] = {"reference": recorder}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, oid, code, display, when, value=None, unit=None, ucum=None, loinc=True, text=None,
            performer=None, category="vital-signs", note=None, components=None, interp=None,
            value_text=None, method=None, status="final", derived=None, value_str=None):
        r = {"resourceType": "Observation", "id": oid, "status": status,
             "category": [cc(OBS_CAT, category, {"vital-signs": "Vital Signs", "laboratory": "Laboratory",
                                                 "exam": "Exam", "procedure": "Procedure", "imaging": "Imaging",
                                                 "survey": "Survey", "activity": "Activity"}[category])],
             "code": cc(LOINC if loinc else self.local, code, display, text or display),
             "subject": self.subj(),
             "effectiveDateTime": self.t(when)}
        if performer:
            r["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        if value_text is not None:
            r["valueCodeableConcept"] = {"text": value_text}
        if value_str is not None:
            r["valueString"] = value_str
        if interp:
            code_i = {"L": "Low", "H": "High", "N": "Normal", "A": "Abnormal", "LL": "Critical low"}[interp]
            r["interpretation"] = [cc("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interp, code_i)]
        if method:
            r["method"] = {"text": method}
        if note:
            r["note"] = [{"text": note}]
        if derived:
            r["derivedFrom"] = [{"reference": d} for d in derived]
        if components:
            comps = []
            for c in components:
                ccode, cdisp, cval, cunit, cloinc = c
                comp = {"code": cc(LOINC if cloinc else self.local, ccode, cdisp, cdisp)}
                if isinstance(cval, str):
                    comp["valueString"] = cval
                else:
                    comp["valueQuantity"] = {"value": cval, "unit": cunit, "system": UCUM, "code": cunit}
                comps.append(comp)
            r["component"] = comps
        return self.add(r)

    def bp(self, oid, when, sys_, dia, performer=None):
        return self.obs(oid, "85354-9", "Blood pressure panel with all children optional", when,
                        performer=performer,
                        components=[("8480-6", "Systolic blood pressure", sys_, "mm[Hg]", True),
                                    ("8462-4", "Diastolic blood pressure", dia, "mm[Hg]", True)])

    def med(self, mid, rx, display, authored, requester, dosage, status="active", stop=None, reason_text=None,
            status_reason=None, note=None, intent="order"):
        r = {"resourceType": "MedicationRequest", "id": mid, "status": status, "intent": intent,
             "medicationCodeableConcept": (cc(RXNORM, rx, display, display) if rx else {"text": display}),
             "subject": self.subj(), "authoredOn": self.t(authored),
             "requester": {"reference": requester},
             "dosageInstruction": [{"text": dosage}]}
        vp = {"start": self.t(authored)[:10]}
        if stop:
            vp["end"] = self.t(stop)[:10]
        r["dispenseRequest"] = {"validityPeriod": vp}
        if reason_text:
            r["reasonCode"] = [{"text": reason_text}]
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, pid, system, code, display, when, performer=None, status="completed", note=None, reason=None,
             text=None):
        r = {"resourceType": "Procedure", "id": pid, "status": status,
             "code": cc(system, code, display, text or display) if code else {"text": text or display},
             "subject": self.subj(), "performedDateTime": self.t(when)}
        if performer:
            r["performer"] = [{"actor": {"reference": performer}}]
        if reason:
            r["reasonReference"] = [{"reference": x} for x in reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def enc(self, eid, klass, start, end=None, type_text="", participant=None, location_org=None, reason=None):
        names = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                 "HH": "home health"}
        r = {"resourceType": "Encounter", "id": eid, "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": klass,
                       "display": names[klass]},
             "type": [{"text": type_text}], "subject": self.subj(),
             "period": {"start": self.t(start)}}
        if end:
            r["period"]["end"] = self.t(end)
        if participant:
            r["participant"] = [{"individual": {"reference": participant}}]
        if location_org:
            r["serviceProvider"] = {"reference": location_org}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def note(self, nid, when, author, loinc_code, loinc_display, title, text, html=False, encounter=None,
             custodian=None, status="current", doc_status="final"):
        if not html and text.lstrip().lower().startswith("<html"):
            text = html_to_text(text)
        ctype = "text/html" if html else "text/plain"
        r = {"resourceType": "DocumentReference", "id": nid, "status": status, "docStatus": doc_status,
             "type": cc(LOINC, loinc_code, loinc_display),
             "category": [cc("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                             "clinical-note", "Clinical Note")],
             "subject": self.subj(), "date": self.t(when),
             "author": [{"reference": author}],
             "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US",
                                         "data": b64(text), "title": title,
                                         "creation": self.t(when)}}]}
        if encounter or custodian:
            ctx = {}
            if encounter:
                ctx["encounter"] = [{"reference": encounter}]
            r["context"] = ctx
        if custodian:
            r["custodian"] = {"reference": custodian}
        self.notes.append(nid)
        if html:
            self.html_notes.append(nid)
        return self.add(r)

    def sreq(self, sid, system, code, display, authored, requester, status="active", reason=None, note=None,
             occurrence=None, text=None):
        r = {"resourceType": "ServiceRequest", "id": sid, "status": status, "intent": "order",
             "code": cc(system, code, display, text or display) if code else {"text": text or display},
             "subject": self.subj(), "authoredOn": self.t(authored), "requester": {"reference": requester}}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if note:
            r["note"] = [{"text": note}]
        if occurrence:
            r["occurrenceDateTime"] = self.t(occurrence)
        return self.add(r)

    def dreq(self, did, code, display, authored, requester, note=None, reason=None):
        r = {"resourceType": "DeviceRequest", "id": did, "status": "active", "intent": "order",
             "codeCodeableConcept": cc(HCPCS, code, display, display),
             "subject": self.subj(), "authoredOn": self.t(authored), "requester": {"reference": requester}}
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    def appt(self, aid, created, start, minutes, desc, practitioner=None, status="booked"):
        s = self.t(start)
        st = _dt.datetime.strptime(start, "%Y-%m-%d %H:%M") + _dt.timedelta(minutes=minutes)
        r = {"resourceType": "Appointment", "id": aid, "status": status, "description": desc,
             "created": self.t(created),
             "start": s, "end": self.t(st.strftime("%Y-%m-%d %H:%M")),
             "participant": [{"actor": self.subj(), "status": "accepted"}]}
        if practitioner:
            r["participant"].append({"actor": {"reference": practitioner}, "status": "accepted"})
        return self.add(r)

    def allergy(self, aid, text, recorded, reaction=None):
        r = {"resourceType": "AllergyIntolerance", "id": aid,
             "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active"),
             "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                                      "confirmed", "Confirmed"),
             "code": {"text": text}, "patient": self.subj(), "recordedDate": self.t(recorded)}
        if reaction:
            r["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(r)

    def report(self, rid, code, display, when, results, conclusion, performer=None, loinc=True, category="RAD"):
        r = {"resourceType": "DiagnosticReport", "id": rid, "status": "final",
             "category": [cc("http://terminology.hl7.org/CodeSystem/v2-0074", category,
                             {"RAD": "Radiology", "LAB": "Laboratory", "CUS": "Cardiac Ultrasound",
                              "PF": "Pulmonary Function", "NRS": "Nursing Service Measures",
                              "OTH": "Other", "AU": "Audiology", "EC": "Electrocardiac",
                              "MB": "Microbiology", "SP": "Surgical Pathology"}[category])],
             "code": cc(LOINC if loinc else self.local, code, display, display),
             "subject": self.subj(), "effectiveDateTime": self.t(when), "issued": self.t(when),
             "result": [{"reference": x} for x in results], "conclusion": conclusion}
        if performer:
            r["performer"] = [{"reference": performer}]
        return self.add(r)


def npi(seed):
    """A syntactically valid (Luhn, 80840 prefix) but invented 10-digit NPI from a 9-digit seed."""
    base = "%09d" % seed
    digits = "80840" + base
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return base + str(check)
