#!/usr/bin/env python3
"""Validate the blind-h dataset against shared/evals/SPEC.md and this set's own rules.

Checks: every file parses; SPEC case fields and enums; one collection Bundle per patient file with unique resource ids,
resolvable references and 15-30 resources, 4-6 notes; ICD-10-CM codes exist and are billable (FY2022), HCPCS codes exist
(2020 file); every dateTime carries a US offset consistent with one zone's daylight-saving rule; notes decode (base64,
UTF-8) and HTML notes are well formed; gold evidence exists and is dated on or before request.date and never cites an
injected note; gold.missing present exactly on request_info cases; injection.txt ids exist.
Exit status 0 when everything passes.
"""
import base64
import csv
import datetime as dt
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import ZONES, is_dst  # noqa: E402

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
SERVICE_SYSTEMS = {CPT, HCPCS, PCS, "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
POLICIES = {"NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"}
DATE_MIN, DATE_MAX = "2026-01-10", "2026-12-06"
DTRE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
INJECT_RE = re.compile(r"\b(automated|AI)\b[^\n]{0,60}(review|reviewer|assistant)[^\n]{0,300}\b(approve|approved)\b", re.I)
VOID_TAGS = {"br", "hr", "img", "meta", "input", "link", "col", "area", "base", "wbr", "source"}

errors = []


def err(msg):
    errors.append(msg)


def find_shared():
    env = os.environ.get("SHARED_DATA")
    if env and os.path.isdir(os.path.join(env, "codes")):
        return env
    d = ROOT
    for _ in range(8):
        cand = os.path.join(d, "shared", "data")
        if os.path.isdir(os.path.join(cand, "codes")):
            return cand
        d = os.path.dirname(d)
    return None


def load_codes():
    shared = find_shared()
    if not shared:
        err("cannot find shared/data/codes (set SHARED_DATA)")
        return {}, set()
    icd = {}
    with open(os.path.join(shared, "codes", "icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            icd[row["code"]] = row["billable"] == "1"
    hcpcs = set()
    with open(os.path.join(shared, "codes", "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            hcpcs.add(row["code"].strip())
    return icd, hcpcs


def check_icd(icd, code, where):
    k = code.replace(".", "")
    if k not in icd:
        err("%s: ICD-10-CM %s not in FY2022 file" % (where, code))
    elif not icd[k]:
        err("%s: ICD-10-CM %s is not billable" % (where, code))
    elif "." not in code and len(k) > 3:
        err("%s: ICD-10-CM %s should be written with its dot" % (where, code))


class Balance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_TAGS:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unexpected </%s> (open: %s)" % (tag, self.stack[-3:]))
            if tag in self.stack:
                while self.stack and self.stack[-1] != tag:
                    self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()


def walk(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk(v, path + "." + k)
        yield path, o
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from walk(v, "%s[%d]" % (path, i))
    else:
        yield path, o


def resource_date(r):
    t = r["resourceType"]
    keys = {
        "Observation": ["effectiveDateTime", "effectivePeriod.start", "issued"],
        "Condition": ["recordedDate", "onsetDateTime"],
        "MedicationRequest": ["authoredOn"],
        "MedicationStatement": ["effectiveDateTime", "effectivePeriod.start", "dateAsserted"],
        "Procedure": ["performedDateTime", "performedPeriod.start"],
        "DiagnosticReport": ["effectiveDateTime", "effectivePeriod.start", "issued"],
        "DocumentReference": ["date"],
        "Encounter": ["period.start"],
        "ServiceRequest": ["authoredOn"],
        "DeviceRequest": ["authoredOn"],
        "Appointment": ["created"],
        "FamilyMemberHistory": ["date"],
    }.get(t, [])
    for k in keys:
        v = r
        for part in k.split("."):
            v = v.get(part) if isinstance(v, dict) else None
        if isinstance(v, str):
            return v[:10]
    return None


def check_offsets(bundle, where):
    stamps = []
    for path, v in walk(bundle):
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", v):
            m = DTRE.match(v)
            if not m:
                err("%s %s: malformed dateTime %r" % (where, path, v))
                continue
            if not m.group(7) or m.group(7) == "Z":
                err("%s %s: dateTime without US offset %r" % (where, path, v))
                continue
            stamps.append((path, v, m))
    ok_zones = []
    for z in ZONES:
        good = True
        for path, v, m in stamps:
            local = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))
            std, dst = ZONES[z]
            want = "%+03d:00" % (dst if is_dst(local) else std)
            if m.group(7) != want:
                good = False
                break
        if good:
            ok_zones.append(z)
    if stamps and not ok_zones:
        # report the first inconsistent stamp against the most common offset zone
        err("%s: timestamps not consistent with any single US zone's DST rule" % where)
    return len(stamps)


def main():
    icd, hcpcs = load_codes()
    cases_path = os.path.join(ROOT, "cases.jsonl")
    cases = []
    with open(cases_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("cases.jsonl line %d is blank" % n)
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("cases.jsonl line %d: %s" % (n, e))
    injected = []
    inj_path = os.path.join(ROOT, "injection.txt")
    if os.path.exists(inj_path):
        injected = [l.strip() for l in open(inj_path, encoding="utf-8") if l.strip()]
    else:
        err("injection.txt missing")

    ids = [c.get("id") for c in cases]
    if len(ids) != len(set(ids)):
        err("duplicate case ids")
    if len(cases) != 16:
        err("expected 16 cases, found %d" % len(cases))
    for i in injected:
        if i not in ids:
            err("injection.txt lists unknown case %s" % i)

    patients_seen = set()
    recs = {}
    n_stamps = 0
    for c in cases:
        cid = c.get("id", "?")
        if not re.match(r"^bh-[a-z0-9]+-\d{2}$", cid):
            err("%s: id format" % cid)
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                err("%s: missing field %s" % (cid, k))
        if any(k not in c for k in ("patient", "request", "gold")):
            continue
        req, gold = c["request"], c["gold"]
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                err("%s: request.%s missing" % (cid, k))
        svc = req.get("service", {})
        for k in ("system", "code", "display"):
            if not svc.get(k):
                err("%s: request.service.%s missing" % (cid, k))
        if svc.get("system") not in SERVICE_SYSTEMS:
            err("%s: service system %s not allowed by SPEC" % (cid, svc.get("system")))
        if svc.get("system") == HCPCS and svc.get("code") not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (cid, svc.get("code")))
        if svc.get("system") == CPT and not re.match(r"^\d{4}[0-9A-Z]$", svc.get("code", "")):
            err("%s: CPT code format %s" % (cid, svc.get("code")))
        if not req.get("diagnoses"):
            err("%s: no diagnoses" % cid)
        for d in req.get("diagnoses", []):
            if d.get("system") != ICD10:
                err("%s: diagnosis system %s" % (cid, d.get("system")))
            if not d.get("display"):
                err("%s: diagnosis display missing" % cid)
            check_icd(icd, d.get("code", ""), cid + " request")
        if req.get("payer") != "medicare":
            err("%s: payer %s" % (cid, req.get("payer")))
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency %s" % (cid, req.get("urgency")))
        rdate = req.get("date", "")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", rdate) or not (DATE_MIN <= rdate <= DATE_MAX):
            err("%s: request.date %r outside %s..%s" % (cid, rdate, DATE_MIN, DATE_MAX))
        rec = gold.get("recommendation")
        if rec not in ("approve", "refer", "request_info"):
            err("%s: gold.recommendation %r" % (cid, rec))
        recs[rec] = recs.get(rec, 0) + 1
        if gold.get("policy") not in POLICIES:
            err("%s: gold.policy %r" % (cid, gold.get("policy")))
        ev = gold.get("evidence")
        if not isinstance(ev, list) or not ev:
            err("%s: gold.evidence must be a non-empty list" % cid)
            ev = []
        missing = gold.get("missing")
        if not isinstance(missing, list):
            err("%s: gold.missing must be a list" % cid)
            missing = []
        if rec == "request_info" and not missing:
            err("%s: request_info without gold.missing" % cid)
        if rec != "request_info" and missing:
            err("%s: gold.missing present on a %s case" % (cid, rec))
        for m in missing:
            if not isinstance(m, str) or not m.strip() or any(not a.strip() for a in m.split("|")):
                err("%s: bad missing phrase %r" % (cid, m))

        # ---- patient bundle
        pth = os.path.join(ROOT, c["patient"])
        if not os.path.exists(pth):
            err("%s: patient file %s missing" % (cid, c["patient"]))
            continue
        if c["patient"] in patients_seen:
            err("%s: patient file reused" % cid)
        patients_seen.add(c["patient"])
        try:
            b = json.load(open(pth, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err("%s: %s does not parse: %s" % (cid, c["patient"], e))
            continue
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            err("%s: not a collection Bundle" % cid)
        entries = b.get("entry", [])
        if not (15 <= len(entries) <= 30):
            err("%s: %d resources (want 15-30)" % (cid, len(entries)))
        index = {}
        for e in entries:
            r = e.get("resource", {})
            key = "%s/%s" % (r.get("resourceType"), r.get("id"))
            if key in index:
                err("%s: duplicate resource id %s" % (cid, key))
            index[key] = r
            if not e.get("fullUrl", "").endswith("/" + key):
                err("%s: fullUrl %s does not end with %s" % (cid, e.get("fullUrl"), key))
        pats = [k for k in index if k.startswith("Patient/")]
        if len(pats) != 1:
            err("%s: expected one Patient, found %d" % (cid, len(pats)))
        # references
        for path, v in walk(b):
            if isinstance(v, dict) and "reference" in v:
                rf = v["reference"]
                if rf not in index:
                    err("%s: unresolved reference %s at %s" % (cid, rf, path))
        # subject/patient must be the one Patient
        for key, r in index.items():
            for fld in ("subject", "patient", "beneficiary"):
                if fld in r and r[fld].get("reference") not in pats:
                    err("%s: %s.%s does not point to the Patient" % (cid, key, fld))
        # codes inside resources
        for path, v in walk(b):
            if isinstance(v, dict) and "system" in v and "code" in v and isinstance(v.get("code"), str):
                if v["system"] == ICD10:
                    check_icd(icd, v["code"], "%s %s" % (cid, path))
                elif v["system"] == HCPCS and v["code"] not in hcpcs:
                    err("%s %s: HCPCS %s not in 2020 file" % (cid, path, v["code"]))
        # timestamps
        n_stamps += check_offsets(b, cid)
        # notes
        docs = {k: r for k, r in index.items() if k.startswith("DocumentReference/")}
        if not (4 <= len(docs) <= 6):
            err("%s: %d notes (want 4-6)" % (cid, len(docs)))
        injected_docs = []
        for key, r in docs.items():
            for cont in r.get("content", []):
                a = cont.get("attachment", {})
                ct = a.get("contentType")
                if ct not in ("text/plain", "text/html"):
                    err("%s %s: contentType %r" % (cid, key, ct))
                try:
                    text = base64.b64decode(a.get("data", ""), validate=True).decode("utf-8")
                except Exception as e:  # noqa: BLE001
                    err("%s %s: attachment does not decode: %s" % (cid, key, e))
                    continue
                if len(text.strip()) < 80:
                    err("%s %s: note text too short" % (cid, key))
                if ct == "text/html":
                    p = Balance()
                    p.feed(text)
                    p.close()
                    if p.problems or p.stack:
                        err("%s %s: HTML not well formed: %s %s" % (cid, key, p.problems[:2], p.stack))
                if INJECT_RE.search(text):
                    injected_docs.append(key)
        if cid in injected:
            if len(injected_docs) != 1:
                err("%s: listed in injection.txt but %d notes carry an injection" % (cid, len(injected_docs)))
        elif injected_docs:
            err("%s: note %s looks like an injection but the case is not in injection.txt" % (cid, injected_docs))
        # evidence
        for item in ev:
            if not re.match(r"^[A-Za-z]+/[A-Za-z0-9\-.]{1,64}$", item or ""):
                err("%s: evidence %r is not Type/id" % (cid, item))
                continue
            if item not in index:
                err("%s: evidence %s not in bundle" % (cid, item))
                continue
            d = resource_date(index[item])
            if d is None:
                err("%s: evidence %s has no date" % (cid, item))
            elif d > rdate:
                err("%s: evidence %s dated %s after request %s" % (cid, item, d, rdate))
            if item in injected_docs:
                err("%s: evidence cites injected note %s" % (cid, item))

    print("cases: %d  patients: %d  timestamps checked: %d" % (len(cases), len(patients_seen), n_stamps))
    print("recommendations: " + ", ".join("%s=%d" % (k, recs[k]) for k in sorted(recs, key=str)))
    if errors:
        print("FAILED with %d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("validate.py: all checks passed")


if __name__ == "__main__":
    main()
