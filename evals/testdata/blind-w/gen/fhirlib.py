"""Tiny FHIR R4 bundle builder (Python 3 standard library only).

Synthetic data for the blind-w evaluation set. Every name, place and value is invented.
"""
import base64
import datetime as _dt
import json

BASE = "https://fhir.northvale.example"
LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
LOCAL = "https://fhir.northvale.example/CodeSystem/local-observation"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"


def _tz(d):
    """US Eastern offset for a date (DST 2025: Mar 9 - Nov 2; 2026: Mar 8 - Nov 1)."""
    dst = {2024: ("2024-03-10", "2024-11-03"), 2025: ("2025-03-09", "2025-11-02"),
           2026: ("2026-03-08", "2026-11-01"), 2027: ("2027-03-14", "2027-11-07")}
    y = int(d[:4])
    if y in dst and dst[y][0] <= d[:10] < dst[y][1]:
        return "-04:00"
    return "-05:00"


def dt(d, t=None):
    """'2026-03-09' + '14:05' -> full dateTime with offset; date only when t is None."""
    if t is None:
        return d
    return "%sT%s:00%s" % (d, t, _tz(d))


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class Bundle:
    def __init__(self, pid):
        self.pid = pid
        self.res = []
        self.ids = set()

    # ------------------------------------------------------------------ core
    def add(self, r):
        key = (r["resourceType"], r["id"])
        if key in self.ids:
            raise ValueError("duplicate id %s/%s" % key)
        self.ids.add(key)
        self.res.append(r)
        return r

    def subj(self):
        return {"reference": "Patient/%s" % self.pid}

    @staticmethod
    def ref(t, i, display=None):
        r = {"reference": "%s/%s" % (t, i)}
        if display:
            r["display"] = display
        return r

    # ------------------------------------------------------------- resources
    def patient(self, family, given, gender, birth, city, state="OH", mrn=None, lang=None):
        r = {"resourceType": "Patient", "id": self.pid,
             "identifier": [{"system": BASE + "/mrn", "value": mrn or ("NV" + self.pid.upper())}],
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth,
             "address": [{"city": city, "state": state, "country": "US"}]}
        if lang:
            r["communication"] = [{"language": {"text": lang}, "preferred": True}]
        return self.add(r)

    def prac(self, pid, family, given, suffix, role_text):
        return self.add({"resourceType": "Practitioner", "id": pid,
                         "name": [{"family": family, "given": [given], "suffix": [suffix]}],
                         "qualification": [{"code": {"text": role_text}}]})

    def org(self, oid, name, kind):
        return self.add({"resourceType": "Organization", "id": oid, "name": name,
                         "type": [{"text": kind}]})

    def enc(self, eid, cls, type_text, start, end=None, org=None, status="finished",
            disposition=None, reason=None, admit_source=None):
        names = {"IMP": "inpatient encounter", "AMB": "ambulatory", "EMER": "emergency",
                 "NONAC": "inpatient non-acute", "HH": "home health", "VR": "virtual", "OBSENC": "observation encounter"}
        r = {"resourceType": "Encounter", "id": eid, "status": status,
             "class": {"system": ACT, "code": cls, "display": names[cls]},
             "type": [{"text": type_text}], "subject": self.subj(),
             "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if org:
            r["serviceProvider"] = self.ref("Organization", org)
        if reason:
            r["reasonCode"] = [{"text": reason}]
        hosp = {}
        if admit_source:
            hosp["admitSource"] = {"text": admit_source}
        if disposition:
            hosp["dischargeDisposition"] = {"text": disposition}
        if hosp:
            r["hospitalization"] = hosp
        return self.add(r)

    def cond(self, cid, code, display, recorded, onset=None, clinical="active",
             verification="confirmed", category="problem-list-item", note=None,
             abatement=None, encounter=None, onset_string=None):
        r = {"resourceType": "Condition", "id": cid,
             "clinicalStatus": {"coding": [{"system": CLIN, "code": clinical}]},
             "verificationStatus": {"coding": [{"system": VER, "code": verification}]},
             "category": [{"coding": [{"system": CONDCAT, "code": category}]}],
             "code": {"coding": [{"system": ICD10CM, "code": code, "display": display}], "text": display},
             "subject": self.subj(), "recordedDate": recorded}
        if onset:
            r["onsetDateTime"] = onset
        if onset_string:
            r["onsetString"] = onset_string
        if abatement:
            r["abatementDateTime"] = abatement
        if encounter:
            r["encounter"] = self.ref("Encounter", encounter)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def obs(self, oid, code, when, value=None, unit=None, ucum=None, category="laboratory",
            encounter=None, note=None, interp=None, components=None, performer=None,
            method=None, status="final", text=None, body_site=None):
        """code: (system, code, display) or ('local', code, text)."""
        sysname, c, disp = code
        system = LOCAL if sysname == "local" else sysname
        r = {"resourceType": "Observation", "id": oid, "status": status,
             "category": [{"coding": [{"system": OBSCAT, "code": category}]}],
             "code": {"coding": [{"system": system, "code": c, "display": disp}], "text": text or disp},
             "subject": self.subj(), "effectiveDateTime": when}
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            q = {"value": value}
            if unit is not None:
                q["unit"] = unit
            if ucum is not None:
                q["system"] = UCUM
                q["code"] = ucum
            r["valueQuantity"] = q
        elif isinstance(value, str):
            r["valueString"] = value
        elif isinstance(value, dict):
            r["valueCodeableConcept"] = value
        if encounter:
            r["encounter"] = self.ref("Encounter", encounter)
        if performer:
            r["performer"] = [self.ref(*performer) if isinstance(performer, tuple) else self.ref("Practitioner", performer)]
        if note:
            r["note"] = [{"text": note}]
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if body_site:
            r["bodySite"] = {"text": body_site}
        if components:
            comps = []
            for (csys, cc, cdisp, cval, cunit, cucum) in components:
                comp = {"code": {"coding": [{"system": LOCAL if csys == "local" else csys, "code": cc, "display": cdisp}], "text": cdisp}}
                if isinstance(cval, str):
                    comp["valueString"] = cval
                else:
                    q = {"value": cval, "unit": cunit}
                    if cucum:
                        q["system"] = UCUM
                        q["code"] = cucum
                    comp["valueQuantity"] = q
                comps.append(comp)
            r["component"] = comps
        return self.add(r)

    def med(self, mid, rx, display, authored, status="active", dosage=None, start=None,
            end=None, reason=None, status_reason=None, encounter=None, requester=None, note=None,
            intent="order"):
        r = {"resourceType": "MedicationRequest", "id": mid, "status": status, "intent": intent,
             "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": rx, "display": display}], "text": display},
             "subject": self.subj(), "authoredOn": authored}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if status_reason:
            r["statusReason"] = {"text": status_reason}
        if encounter:
            r["encounter"] = self.ref("Encounter", encounter)
        if requester:
            r["requester"] = self.ref("Practitioner", requester)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def proc(self, pid, code, when=None, status="completed", encounter=None, performer=None,
             note=None, outcome=None, performed_string=None, body_site=None):
        sysname, c, disp = code
        r = {"resourceType": "Procedure", "id": pid, "status": status,
             "code": {"coding": [{"system": sysname, "code": c, "display": disp}], "text": disp},
             "subject": self.subj()}
        if when:
            r["performedDateTime"] = when
        if performed_string:
            r["performedString"] = performed_string
        if encounter:
            r["encounter"] = self.ref("Encounter", encounter)
        if performer:
            r["performer"] = [{"actor": self.ref("Practitioner", performer)}]
        if note:
            r["note"] = [{"text": note}]
        if outcome:
            r["outcome"] = {"text": outcome}
        if body_site:
            r["bodySite"] = [{"text": body_site}]
        return self.add(r)

    def doc(self, did, loinc, type_display, title, when, author, text, ctype="text/plain",
            encounter=None, custodian=None, period=None):
        r = {"resourceType": "DocumentReference", "id": did, "status": "current",
             "type": {"coding": [{"system": LOINC, "code": loinc, "display": type_display}], "text": type_display},
             "subject": self.subj(), "date": when, "description": title,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "title": title,
                                         "data": b64(text), "creation": when}}]}
        if author:
            r["author"] = [self.ref("Practitioner", author)] if not isinstance(author, tuple) else [self.ref(*author)]
        if custodian:
            r["custodian"] = self.ref("Organization", custodian)
        ctx = {}
        if encounter:
            ctx["encounter"] = [self.ref("Encounter", encounter)]
        if period:
            ctx["period"] = {"start": period[0], "end": period[1]} if period[1] else {"start": period[0]}
        if ctx:
            r["context"] = ctx
        return self.add(r)

    def sreq(self, sid, code, authored, status="active", occurrence=None, requester=None,
             note=None, reason=None, encounter=None):
        sysname, c, disp = code
        coding = {"display": disp}
        if sysname:
            coding = {"system": sysname, "code": c, "display": disp}
        r = {"resourceType": "ServiceRequest", "id": sid, "status": status, "intent": "order",
             "code": {"coding": [coding], "text": disp}, "subject": self.subj(), "authoredOn": authored}
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if requester:
            r["requester"] = self.ref("Practitioner", requester)
        if note:
            r["note"] = [{"text": note}]
        if reason:
            r["reasonCode"] = [{"text": reason}]
        if encounter:
            r["encounter"] = self.ref("Encounter", encounter)
        return self.add(r)

    def appt(self, aid, created, start, description, practitioner=None, status="booked", minutes=40):
        s = _dt.datetime.fromisoformat(start)
        end = (s + _dt.timedelta(minutes=minutes)).isoformat()
        parts = [{"actor": self.subj(), "status": "accepted"}]
        if practitioner:
            parts.append({"actor": self.ref("Practitioner", practitioner), "status": "accepted"})
        return self.add({"resourceType": "Appointment", "id": aid, "status": status,
                         "description": description, "created": created, "start": start, "end": end,
                         "participant": parts})

    # ---------------------------------------------------------------- output
    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "entry": [{"fullUrl": "%s/%s/%s" % (BASE, r["resourceType"], r["id"]), "resource": r}
                          for r in self.res]}


def html_doc(title, body):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n%s\n</body></html>\n"
            % (title, body))


def table(rows, header=None):
    out = ["<table border=\"1\" cellpadding=\"3\">"]
    if header:
        out.append("<tr>" + "".join("<th>%s</th>" % h for h in header) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join("<td>%s</td>" % c for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
