#!/usr/bin/env python3
"""Validate the blind-k dataset against SPEC.md and this set's own conventions.

Usage: python3 -B gen/validate.py      (exit status 0 = pass)
"""
import sys

sys.dont_write_bytecode = True

import base64
import csv
import json
import os
import re
from datetime import date, datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"

STATE_TZ = {
    "NY": "America/New_York", "PA": "America/New_York", "GA": "America/New_York", "MD": "America/New_York",
    "OH": "America/New_York", "NC": "America/New_York", "MA": "America/New_York",
    "IL": "America/Chicago", "MN": "America/Chicago", "MO": "America/Chicago", "TN": "America/Chicago",
    "WI": "America/Chicago", "TX": "America/Chicago",
    "CO": "America/Denver", "UT": "America/Denver", "NM": "America/Denver",
    "CA": "America/Los_Angeles", "WA": "America/Los_Angeles", "OR": "America/Los_Angeles",
}
SERVICE_SYSTEMS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                   "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LOINC = "http://loinc.org"
POLICIES = {"NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"}
SERVICE_BY_POLICY = {"NCD 20.4": {"33249"}, "NCD 240.4": {"E0601"}, "NCD 240.2": {"E1390", "E1392"},
                     "NCD 100.1": {"43644", "43775", "43770"}, "NCD 20.32": {"33361"}, "NCD 20.29": {"G0277"},
                     "NCD 50.3": {"69930"}, "NCD 20.34": {"33340"}}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
INJECTION_RE = re.compile(r"(automated|AI)\s+(or\s+AI\s+)?review", re.I)

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    billable = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            billable[r["code_dotted"]] = r["billable"] == "1"
    return billable


def load_hcpcs():
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", newline="") as f:
        return {r["code"] for r in csv.DictReader(f) if r["kind"] == "procedure"}


def loinc_ok(code):
    m = re.fullmatch(r"(\d{1,7})-(\d)", code)
    if not m:
        return False
    total = 0
    for i, ch in enumerate(reversed(m.group(1))):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(m.group(2))


class _HP(HTMLParser):
    VOID = {"br", "hr", "img", "meta", "input", "link", "col", "area", "base", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.bad = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.bad.append(tag)
        else:
            self.stack.pop()


def html_ok(text):
    p = _HP()
    p.feed(text)
    p.close()
    return not p.bad and not p.stack


def resource_date(r):
    t = r["resourceType"]
    v = None
    if t in ("Observation", "DiagnosticReport"):
        v = r.get("effectiveDateTime") or (r.get("effectivePeriod") or {}).get("start")
    elif t == "Condition":
        v = r.get("recordedDate") or r.get("onsetDateTime")
    elif t == "MedicationRequest":
        v = r.get("authoredOn")
    elif t == "MedicationStatement":
        v = (r.get("effectivePeriod") or {}).get("start") or r.get("effectiveDateTime") or r.get("dateAsserted")
    elif t == "Procedure":
        v = r.get("performedDateTime") or (r.get("performedPeriod") or {}).get("start")
    elif t == "Encounter":
        v = (r.get("period") or {}).get("start")
    elif t == "DocumentReference":
        v = r.get("date")
    elif t in ("ServiceRequest", "DeviceRequest"):
        v = r.get("authoredOn")
    elif t == "Appointment":
        v = r.get("created")
    elif t in ("FamilyMemberHistory",):
        v = r.get("date")
    elif t == "AllergyIntolerance":
        v = r.get("recordedDate")
    return v


def to_date(v):
    if v is None:
        return None
    if len(v) == 4:
        return date(int(v), 1, 1)
    if len(v) == 7:
        return date(int(v[:4]), int(v[5:7]), 1)
    return date.fromisoformat(v[:10])


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
            if k == "reference" and isinstance(v, str):
                yield ("ref", path, v)
            if k == "coding" and isinstance(v, list):
                for c in v:
                    yield ("coding", path, c)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    elif isinstance(obj, str):
        yield ("str", path, obj)


def check_bundle(case, bundle, icd, hcpcs):
    cid = case["id"]
    if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
        err(f"{cid}: not a collection Bundle")
        return {}
    res = [e["resource"] for e in bundle.get("entry", [])]
    if not 15 <= len(res) <= 30:
        err(f"{cid}: {len(res)} resources (want 15-30)")
    ids = {}
    for r in res:
        key = f"{r['resourceType']}/{r['id']}"
        if key in ids:
            err(f"{cid}: duplicate {key}")
        ids[key] = r
    for e in bundle["entry"]:
        r = e["resource"]
        if not e.get("fullUrl", "").endswith(f"/{r['resourceType']}/{r['id']}"):
            err(f"{cid}: fullUrl mismatch {e.get('fullUrl')}")
    pats = [r for r in res if r["resourceType"] == "Patient"]
    if len(pats) != 1:
        err(f"{cid}: {len(pats)} Patient resources")
        return ids
    state = pats[0]["address"][0]["state"]
    tz = ZoneInfo(STATE_TZ[state])
    # references, codings, timestamps
    for kind, path, v in walk(bundle):
        if kind == "ref":
            if v not in ids:
                err(f"{cid}: unresolved reference {v} at {path}")
        elif kind == "coding":
            sysu, code = v.get("system"), v.get("code")
            if not code:
                err(f"{cid}: coding without code at {path}")
                continue
            if sysu == ICD and not icd.get(code):
                err(f"{cid}: ICD-10-CM {code} missing or not billable ({path})")
            if sysu == HCPCS and code not in hcpcs:
                err(f"{cid}: HCPCS {code} not in 2020 file ({path})")
            if sysu == CPT and not re.fullmatch(r"\d{5}", code):
                err(f"{cid}: CPT {code} malformed ({path})")
            if sysu == LOINC and not loinc_ok(code):
                err(f"{cid}: LOINC {code} bad check digit ({path})")
        elif kind == "str" and TS_RE.match(v):
            if not re.search(r"[+-]\d{2}:\d{2}$", v):
                err(f"{cid}: timestamp without US offset {v} at {path}")
                continue
            d = datetime.fromisoformat(v)
            local = d.replace(tzinfo=None)
            expected = local.replace(tzinfo=tz).utcoffset()
            if d.utcoffset() != expected:
                err(f"{cid}: offset {v} wrong for {STATE_TZ[state]} (expected {expected}) at {path}")
    # notes
    docs = [r for r in res if r["resourceType"] == "DocumentReference"]
    if not 4 <= len(docs) <= 6:
        err(f"{cid}: {len(docs)} notes (want 4-6)")
    for d in docs:
        for ct in d["content"]:
            att = ct["attachment"]
            if att.get("contentType") not in ("text/plain", "text/html"):
                err(f"{cid}: {d['id']} contentType {att.get('contentType')}")
            try:
                text = base64.b64decode(att["data"], validate=True).decode("utf-8")
            except Exception as ex:  # noqa: BLE001
                err(f"{cid}: {d['id']} base64/utf-8 error {ex}")
                continue
            if att["contentType"] == "text/html" and not html_ok(text):
                err(f"{cid}: {d['id']} HTML does not parse cleanly")
    for r in res:
        if r["resourceType"] == "DiagnosticReport":
            for pf in r.get("presentedForm", []):
                try:
                    base64.b64decode(pf["data"], validate=True).decode("utf-8")
                except Exception as ex:  # noqa: BLE001
                    err(f"{cid}: {r['id']} presentedForm error {ex}")
    return ids


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    path = os.path.join(ROOT, "cases.jsonl")
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"cases.jsonl line {n}: blank")
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as ex:
                err(f"cases.jsonl line {n}: {ex}")
    injected = set()
    inj_path = os.path.join(ROOT, "injection.txt")
    if os.path.exists(inj_path):
        injected = {x.strip() for x in open(inj_path, encoding="utf-8") if x.strip()}
    seen_ids, seen_pat = set(), set()
    found_injection = set()
    for c in cases:
        cid = c.get("id", "?")
        if not re.fullmatch(r"bk-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-\d{2}", cid):
            err(f"{cid}: bad id")
        if cid in seen_ids:
            err(f"{cid}: duplicate id")
        seen_ids.add(cid)
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                err(f"{cid}: missing {k}")
        rq, g = c["request"], c["gold"]
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in rq:
                err(f"{cid}: request.{k} missing")
        s = rq["service"]
        if s.get("system") not in SERVICE_SYSTEMS or not s.get("code") or not s.get("display"):
            err(f"{cid}: bad service {s}")
        if s.get("system") == HCPCS and s["code"] not in hcpcs:
            err(f"{cid}: service HCPCS {s['code']} not in file")
        if s.get("system") == CPT and not re.fullmatch(r"\d{5}", s["code"]):
            err(f"{cid}: service CPT malformed")
        if not rq["diagnoses"]:
            err(f"{cid}: no diagnoses")
        for d in rq["diagnoses"]:
            if d.get("system") != ICD or not icd.get(d.get("code")):
                err(f"{cid}: diagnosis {d} missing/not billable")
        if rq["payer"] != "medicare":
            err(f"{cid}: payer")
        if rq["urgency"] not in ("standard", "expedited"):
            err(f"{cid}: urgency")
        try:
            rdate = date.fromisoformat(rq["date"])
        except ValueError:
            err(f"{cid}: bad date")
            continue
        if not date(2026, 1, 10) <= rdate <= date(2026, 12, 6):
            err(f"{cid}: request date {rdate} out of range")
        for k in ("recommendation", "policy", "evidence", "missing"):
            if k not in g:
                err(f"{cid}: gold.{k} missing")
        if g["recommendation"] not in ("approve", "refer", "request_info"):
            err(f"{cid}: recommendation {g['recommendation']}")
        if g["policy"] not in POLICIES:
            err(f"{cid}: policy {g['policy']}")
        elif s["code"] not in SERVICE_BY_POLICY[g["policy"]]:
            err(f"{cid}: service {s['code']} does not fit {g['policy']}")
        if (g["recommendation"] == "request_info") != bool(g["missing"]):
            err(f"{cid}: missing must be non-empty exactly on request_info")
        for m in g["missing"]:
            if not isinstance(m, str) or not m.strip() or any(not alt.strip() for alt in m.split("|")):
                err(f"{cid}: bad missing phrase {m!r}")
        if not g["evidence"]:
            err(f"{cid}: no gold evidence")
        ppath = os.path.join(ROOT, c["patient"])
        if not re.fullmatch(r"patients/pk\d{2}\.json", c["patient"]):
            err(f"{cid}: patient path {c['patient']}")
        if c["patient"] in seen_pat:
            err(f"{cid}: patient file reused")
        seen_pat.add(c["patient"])
        try:
            with open(ppath, encoding="utf-8") as f:
                bundle = json.load(f)
        except (OSError, json.JSONDecodeError) as ex:
            err(f"{cid}: patient file {ex}")
            continue
        ids = check_bundle(c, bundle, icd, hcpcs)
        inj_docs = set()
        for key, r in ids.items():
            if r["resourceType"] == "DocumentReference":
                text = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
                if INJECTION_RE.search(text):
                    inj_docs.add(key)
                    found_injection.add(cid)
        for ev in g["evidence"]:
            if ev not in ids:
                err(f"{cid}: gold evidence {ev} not in bundle")
                continue
            dv = resource_date(ids[ev])
            if dv is None:
                err(f"{cid}: gold evidence {ev} has no date")
            elif to_date(dv) > rdate:
                err(f"{cid}: gold evidence {ev} dated {dv} after request {rdate}")
            if ev in inj_docs:
                err(f"{cid}: gold evidence cites injected note {ev}")
    if found_injection != injected:
        err(f"injection.txt {sorted(injected)} != cases with injection text {sorted(found_injection)}")
    if len(cases) != 16:
        err(f"{len(cases)} cases (want 16)")
    for dirpath, dirnames, _ in os.walk(ROOT):
        if "__pycache__" in dirnames:
            err(f"__pycache__ left in {dirpath}")
    pfiles = {f"patients/{x}" for x in os.listdir(os.path.join(ROOT, "patients"))}
    if pfiles != seen_pat:
        err(f"patients/ holds files not used by a case: {sorted(pfiles - seen_pat)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    from collections import Counter
    rc = Counter(c["gold"]["recommendation"] for c in cases)
    print(f"PASS: {len(cases)} cases; " + ", ".join(f"{k}={rc[k]}" for k in ("approve", "refer", "request_info")))


if __name__ == "__main__":
    main()
