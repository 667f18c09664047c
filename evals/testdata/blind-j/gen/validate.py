#!/usr/bin/env python3
"""Validate the blind-j dataset against shared/evals/SPEC.md and this set's own rules.

Usage: python3 gen/validate.py   -> prints a summary; exit status 1 on any problem.
Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import base64
import csv
import datetime as dt
import html.parser
import json
import os
import re
from collections import Counter
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("BJ_SHARED_DATA", "/work/shared/data")
ICD_FILE = os.path.join(SHARED, "codes", "icd10cm_fy2022_codes.csv")
HCPCS_FILE = os.path.join(SHARED, "codes", "hcpcs_level2_2020.csv")

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
SERVICE_SYSTEMS = {CPT, HCPCS, PCS, "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
RECS = {"approve", "refer", "request_info"}
POLICIES = {"NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"}
ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]
DATE_MIN, DATE_MAX = "2026-01-10", "2026-12-06"
ALLOWED_CT = {"text/plain", "text/html", "application/pdf"}
INJECTION_RE = re.compile(r"(automated (prior[- ]authori[sz]ation )?review|\bAI reviewer|language model|ignore (all )?previous"
                          r"|do not route this request to a physician)", re.I)
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    t = {}
    with open(ICD_FILE, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            t[r["code_dotted"]] = r["billable"] == "1"
    return t


def load_hcpcs():
    s = set()
    with open(HCPCS_FILE, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("kind", "procedure") == "procedure":
                s.add(r["code"].strip())
    return s


def walk(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk(v, path + "/" + k)
            yield (path, k, v)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from walk(v, "%s[%d]" % (path, i))


def resource_date(r):
    """The date a resource counts from (see README)."""
    t = r["resourceType"]
    cand = {
        "Observation": [r.get("effectiveDateTime"), (r.get("effectivePeriod") or {}).get("start"), r.get("issued")],
        "Condition": [r.get("recordedDate"), r.get("onsetDateTime")],
        "MedicationRequest": [r.get("authoredOn")],
        "MedicationStatement": [r.get("dateAsserted"), (r.get("effectivePeriod") or {}).get("start")],
        "Procedure": [r.get("performedDateTime"), (r.get("performedPeriod") or {}).get("start")],
        "DiagnosticReport": [r.get("effectiveDateTime"), r.get("issued")],
        "DocumentReference": [r.get("date")],
        "Encounter": [(r.get("period") or {}).get("start")],
        "ServiceRequest": [r.get("authoredOn")],
        "Appointment": [r.get("created")],
        "FamilyMemberHistory": [r.get("date")],
    }.get(t, [])
    for c in cand:
        if c:
            return c[:10]
    return None


class HTMLCheck(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []

    def handle_data(self, d):
        self.text.append(d)


def check_timestamps(bundle, label):
    stamps = []
    for path, k, v in walk(bundle):
        if isinstance(v, str) and "T" in v and TS_RE.match(v):
            stamps.append((path + "/" + k, v))
    for p, v in stamps:
        if len(v) < 20 or not re.search(r"[+-]\d{2}:\d{2}$", v):
            err("%s: timestamp without US offset at %s: %s" % (label, p, v))
    ok_zones = []
    for z in ZONES:
        zi = ZoneInfo(z)
        good = True
        for p, v in stamps:
            try:
                d = dt.datetime.fromisoformat(v)
            except ValueError:
                err("%s: bad timestamp %s" % (label, v))
                good = False
                break
            if d.tzinfo is None:
                good = False
                break
            local = d.replace(tzinfo=None)
            expected = local.replace(tzinfo=zi).utcoffset()
            if expected != d.utcoffset():
                good = False
                break
        if good:
            ok_zones.append(z)
    if not ok_zones:
        err("%s: timestamps do not follow a single US time zone with daylight saving" % label)
    return ok_zones, len(stamps)


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    cases_path = os.path.join(ROOT, "cases.jsonl")
    inj_path = os.path.join(ROOT, "injection.txt")
    injected = set()
    if os.path.exists(inj_path):
        injected = {l.strip() for l in open(inj_path, encoding="utf-8") if l.strip()}
    seen_ids, seen_patients = set(), set()
    recs = Counter()
    pols = Counter()
    found_injection = set()
    n = 0
    with open(cases_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            err("cases.jsonl line %d is blank" % ln)
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            err("cases.jsonl line %d: invalid JSON: %s" % (ln, e))
            continue
        n += 1
        cid = c.get("id")
        label = cid or ("line %d" % ln)
        if not isinstance(cid, str) or not re.match(r"^bj-[a-z0-9]+-\d{2}$", cid):
            err("%s: bad id" % label)
        if cid in seen_ids:
            err("%s: duplicate id" % label)
        seen_ids.add(cid)
        # request
        req = c.get("request") or {}
        svc = req.get("service") or {}
        if svc.get("system") not in SERVICE_SYSTEMS or not svc.get("code") or not svc.get("display"):
            err("%s: request.service incomplete or bad system" % label)
        if svc.get("system") == HCPCS and svc.get("code") not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (label, svc.get("code")))
        if svc.get("system") == CPT and not re.match(r"^\d{4}[0-9A-Z]$", svc.get("code", "")):
            err("%s: CPT code malformed" % label)
        dx = req.get("diagnoses")
        if not isinstance(dx, list) or not dx:
            err("%s: request.diagnoses missing" % label)
        else:
            for d in dx:
                if d.get("system") != ICD:
                    err("%s: diagnosis system must be ICD-10-CM" % label)
                elif not icd.get(d.get("code")):
                    err("%s: ICD-10-CM %s missing or not billable (FY2022)" % (label, d.get("code")))
        if not isinstance(req.get("payer"), str) or not req.get("payer"):
            err("%s: payer missing" % label)
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency" % label)
        rdate = req.get("date", "")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", rdate or ""):
            err("%s: request.date format" % label)
        elif not (DATE_MIN <= rdate <= DATE_MAX):
            err("%s: request.date %s outside %s..%s" % (label, rdate, DATE_MIN, DATE_MAX))
        # gold
        g = c.get("gold")
        if not isinstance(g, dict):
            err("%s: gold missing" % label)
            continue
        rec = g.get("recommendation")
        if rec not in RECS:
            err("%s: gold.recommendation %r" % (label, rec))
        recs[rec] += 1
        if g.get("policy") not in POLICIES:
            err("%s: gold.policy %r" % (label, g.get("policy")))
        pols[g.get("policy")] += 1
        miss = g.get("missing", [])
        if rec == "request_info":
            if not isinstance(miss, list) or not miss or not all(isinstance(m, str) and m.strip() for m in miss):
                err("%s: request_info needs non-empty gold.missing" % label)
        elif miss:
            err("%s: gold.missing must be empty unless request_info" % label)
        ev = g.get("evidence")
        if not isinstance(ev, list) or not ev:
            err("%s: gold.evidence must be a non-empty list" % label)
            ev = []
        # patient bundle
        ppath = c.get("patient", "")
        if ppath in seen_patients:
            err("%s: patient file reused" % label)
        seen_patients.add(ppath)
        full = os.path.join(ROOT, ppath)
        if not os.path.isfile(full):
            err("%s: patient file %s missing" % (label, ppath))
            continue
        try:
            bundle = json.load(open(full, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err("%s: patient JSON invalid: %s" % (label, e))
            continue
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
            err("%s: not a collection Bundle" % label)
        entries = bundle.get("entry", [])
        res = {}
        full_urls = set()
        for e in entries:
            r = e.get("resource", {})
            key = "%s/%s" % (r.get("resourceType"), r.get("id"))
            if not r.get("id") or not r.get("resourceType"):
                err("%s: resource without type/id" % label)
            if key in res:
                err("%s: duplicate resource %s" % (label, key))
            res[key] = r
            if e.get("fullUrl"):
                full_urls.add(e["fullUrl"])
                if not e["fullUrl"].endswith("/" + key):
                    err("%s: fullUrl does not end with %s" % (label, key))
        if not (15 <= len(entries) <= 30):
            err("%s: %d resources (need 15-30)" % (label, len(entries)))
        pats = [k for k in res if k.startswith("Patient/")]
        if len(pats) != 1:
            err("%s: need exactly one Patient" % label)
        elif os.path.splitext(os.path.basename(ppath))[0] != pats[0].split("/")[1]:
            err("%s: Patient id does not match file name" % label)
        # references
        for path, k, v in walk(bundle):
            if k == "reference" and isinstance(v, str):
                if v.startswith("#"):
                    continue
                if v not in res and v not in full_urls:
                    err("%s: unresolved reference %s at %s" % (label, v, path))
        # codes inside the bundle
        for path, k, v in walk(bundle):
            if k == "coding" and isinstance(v, list):
                for cd in v:
                    if cd.get("system") == ICD and not icd.get(cd.get("code")):
                        err("%s: bundle ICD-10-CM %s missing/not billable" % (label, cd.get("code")))
                    if cd.get("system") == HCPCS and cd.get("code") not in hcpcs:
                        err("%s: bundle HCPCS %s not in 2020 file" % (label, cd.get("code")))
        # notes
        docs = [r for k, r in res.items() if k.startswith("DocumentReference/")]
        if not (4 <= len(docs) <= 6):
            err("%s: %d notes (need 4-6)" % (label, len(docs)))
        injected_docs = set()
        for d in docs:
            for ct in d.get("content", []):
                a = ct.get("attachment", {})
                if a.get("contentType") not in ALLOWED_CT:
                    err("%s: DocumentReference/%s contentType %r" % (label, d["id"], a.get("contentType")))
                try:
                    raw = base64.b64decode(a.get("data", ""), validate=True)
                    text = raw.decode("utf-8")
                except Exception as e:  # noqa: BLE001
                    err("%s: DocumentReference/%s data does not decode: %s" % (label, d["id"], e))
                    continue
                if len(text.strip()) < 80:
                    err("%s: DocumentReference/%s note too short" % (label, d["id"]))
                if a.get("contentType") == "text/html":
                    p = HTMLCheck()
                    try:
                        p.feed(text)
                        p.close()
                    except Exception as e:  # noqa: BLE001
                        err("%s: DocumentReference/%s HTML does not parse: %s" % (label, d["id"], e))
                    if "<html" not in text.lower() or len("".join(p.text).strip()) < 80:
                        err("%s: DocumentReference/%s HTML has too little text" % (label, d["id"]))
                if INJECTION_RE.search(text):
                    injected_docs.add("DocumentReference/" + d["id"])
        for k, r in res.items():
            for pf in r.get("presentedForm", []) if isinstance(r.get("presentedForm"), list) else []:
                try:
                    base64.b64decode(pf.get("data", ""), validate=True).decode("utf-8")
                except Exception as e:  # noqa: BLE001
                    err("%s: %s presentedForm does not decode: %s" % (label, k, e))
        if injected_docs:
            found_injection.add(cid)
        # timestamps
        check_timestamps(bundle, label)
        # gold evidence
        for key in ev:
            if key not in res:
                err("%s: gold evidence %s not in bundle" % (label, key))
                continue
            d = resource_date(res[key])
            if d is None:
                err("%s: gold evidence %s has no date" % (label, key))
            elif d > rdate:
                err("%s: gold evidence %s dated %s after request %s" % (label, key, d, rdate))
            if key in injected_docs:
                err("%s: gold evidence cites injected note %s" % (label, key))
        # every resource must be datable except administrative ones
        for k, r in res.items():
            if r["resourceType"] in ("Patient", "Practitioner", "PractitionerRole", "Organization"):
                continue
            if resource_date(r) is None:
                err("%s: %s has no date" % (label, k))
    if found_injection != injected:
        err("injection.txt %s does not match notes with injection text %s" % (sorted(injected), sorted(found_injection)))
    for dirpath, dirnames, _ in os.walk(ROOT):
        if "__pycache__" in dirnames:
            err("__pycache__ present in %s" % dirpath)
    print("cases: %d" % n)
    print("recommendations: %s" % dict(sorted(recs.items())))
    print("policies: %s" % dict(sorted(pols.items())))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: validate.py passed")


if __name__ == "__main__":
    main()
