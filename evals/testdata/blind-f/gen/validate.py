#!/usr/bin/env python3
"""Validate the blind-f set (standard library only).

Checks: every cases.jsonl line parses and has the SPEC fields and enums; ids bf-<policy>-NN; 24 cases, exactly
3 per policy (one approve, one refer, one request_info); payer medicare; request dates in 2026; patient files are
FHIR R4 collection Bundles with unique ids whose references all resolve; 15-30 resources and 4-6 notes per bundle;
base64 decodes (UTF-8), HTML parses; every effectiveDateTime / performedDateTime / DocumentReference.date (and every
other datetime) carries a US time-zone offset; every ICD-10-CM code exists and is billable in the FY2022 file; HCPCS
service codes exist in the 2020 file; gold evidence exists and is dated on or before request.date, never cites the
injected note; `missing` is non-empty exactly on request_info cases.
"""
import base64
import collections
import csv
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = os.environ.get("CODES_DIR", "/work/shared/data/codes")

POLICY_OF = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1",
             "tavr": "NCD 20.32", "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
SERVICE_SYSTEMS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                   "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
US_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(-0[4-9]:00|-10:00)$")
DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT")
INJECTION_MARKERS = ["automated review", "ai reviewer", "disregard prior instructions", "ignore previous instructions",
                     "ignore prior instructions"]

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    out = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[r["code_dotted"]] = r["billable"] == "1"
    return out


def load_hcpcs():
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace") as f:
        return {r["code"] for r in csv.DictReader(f)}


class StrictHTML(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            raise ValueError("unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
        self.stack.pop()


def resource_date(r):
    t = r["resourceType"]
    v = None
    if t == "Observation":
        v = r.get("effectiveDateTime")
    elif t == "Condition":
        v = r.get("recordedDate") or r.get("onsetDateTime")
    elif t == "MedicationRequest":
        v = r.get("authoredOn")
    elif t == "Procedure":
        v = r.get("performedDateTime")
    elif t == "Encounter":
        v = r.get("period", {}).get("start")
    elif t == "DocumentReference":
        v = r.get("date")
    elif t in ("ServiceRequest", "DeviceRequest"):
        v = r.get("authoredOn")
    elif t == "DiagnosticReport":
        v = r.get("effectiveDateTime") or r.get("issued")
    elif t == "Appointment":
        v = r.get("created")
    elif t == "AllergyIntolerance":
        v = r.get("recordedDate")
    return v[:10] if v else None


def walk(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk(v, path + "." + k)
            if k == "reference" and isinstance(v, str):
                yield ("ref", path, v)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from walk(v, path + "[%d]" % i)
    elif isinstance(o, str) and DATETIME.match(o):
        yield ("dt", path, o)


def note_text(r):
    att = r["content"][0]["attachment"]
    return base64.b64decode(att["data"], validate=True).decode("utf-8")


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    injected = set()
    inj_path = os.path.join(ROOT, "injection.txt")
    if os.path.exists(inj_path):
        injected = {l.strip() for l in open(inj_path, encoding="utf-8") if l.strip()}

    cases = []
    with open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("cases.jsonl line %d: %s" % (n, e))
    if len(cases) != 24:
        err("expected 24 cases, found %d" % len(cases))
    ids = [c.get("id") for c in cases]
    if len(set(ids)) != len(ids):
        err("duplicate case ids")
    for cid in injected:
        if cid not in ids:
            err("injection.txt names unknown case " + cid)

    per_policy = collections.defaultdict(list)
    patients_seen = set()
    for c in cases:
        cid = c.get("id", "?")
        m = re.match(r"^bf-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-(\d\d)$", cid)
        if not m:
            err("%s: bad id" % cid)
            continue
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                err("%s: missing %s" % (cid, k))
        req, gold = c["request"], c["gold"]
        svc = req.get("service", {})
        if svc.get("system") not in SERVICE_SYSTEMS or not svc.get("code") or not svc.get("display"):
            err("%s: bad service %s" % (cid, svc))
        if svc.get("system") == HCPCS and svc.get("code") not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (cid, svc.get("code")))
        if not req.get("diagnoses"):
            err("%s: no diagnoses" % cid)
        for d in req.get("diagnoses", []):
            if d.get("system") != ICD or not d.get("display"):
                err("%s: bad diagnosis %s" % (cid, d))
            elif not icd.get(d.get("code")):
                err("%s: ICD-10-CM %s missing or not billable" % (cid, d.get("code")))
        if req.get("payer") != "medicare":
            err("%s: payer must be medicare" % cid)
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: bad urgency" % cid)
        date = req.get("date", "")
        if not re.match(r"^2026-\d\d-\d\d$", date):
            err("%s: request date not in 2026" % cid)
        rec = gold.get("recommendation")
        if rec not in ("approve", "refer", "request_info"):
            err("%s: bad recommendation" % cid)
        if gold.get("policy") != POLICY_OF[m.group(1)]:
            err("%s: policy %s != %s" % (cid, gold.get("policy"), POLICY_OF[m.group(1)]))
        per_policy[gold.get("policy")].append(rec)
        missing = gold.get("missing")
        if not isinstance(missing, list):
            err("%s: missing must be a list" % cid)
        elif rec == "request_info" and not missing:
            err("%s: request_info without missing" % cid)
        elif rec != "request_info" and missing:
            err("%s: missing on a non-request_info case" % cid)
        if not isinstance(gold.get("evidence"), list) or not gold["evidence"]:
            err("%s: evidence must be a non-empty list" % cid)

        # ---- patient bundle
        ppath = os.path.join(ROOT, c["patient"])
        if not re.match(r"^patients/pf\d\d\.json$", c["patient"]):
            err("%s: patient path %s" % (cid, c["patient"]))
        if c["patient"] in patients_seen:
            err("%s: patient file reused" % cid)
        patients_seen.add(c["patient"])
        try:
            b = json.load(open(ppath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err("%s: cannot load %s: %s" % (cid, ppath, e))
            continue
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            err("%s: not a collection Bundle" % cid)
        res = {}
        for e in b.get("entry", []):
            r = e["resource"]
            key = "%s/%s" % (r["resourceType"], r["id"])
            if key in res:
                err("%s: duplicate resource %s" % (cid, key))
            res[key] = r
            if not e.get("fullUrl", "").endswith(key):
                err("%s: fullUrl mismatch %s" % (cid, key))
        if not 15 <= len(res) <= 30:
            err("%s: %d resources (need 15-30)" % (cid, len(res)))
        if sum(1 for k in res if k.startswith("Patient/")) != 1:
            err("%s: need exactly one Patient" % cid)
        docs = [r for k, r in res.items() if k.startswith("DocumentReference/")]
        if not 4 <= len(docs) <= 6:
            err("%s: %d notes (need 4-6)" % (cid, len(docs)))
        for key, r in res.items():
            for kind, path, v in walk(r):
                if kind == "ref" and v not in res:
                    err("%s: %s%s -> unresolved %s" % (cid, key, path, v))
                if kind == "dt" and not US_OFFSET.match(v):
                    err("%s: %s%s datetime without US offset: %s" % (cid, key, path, v))
            if r["resourceType"] in ("Observation", "Procedure", "DocumentReference", "Condition",
                                     "MedicationRequest", "ServiceRequest", "DeviceRequest", "DiagnosticReport",
                                     "Encounter", "Appointment") and not resource_date(r):
                err("%s: %s has no date" % (cid, key))
            if r["resourceType"] == "Condition":
                for cd in r["code"]["coding"]:
                    if cd["system"] == ICD and not icd.get(cd["code"]):
                        err("%s: %s ICD-10-CM %s missing or not billable" % (cid, key, cd["code"]))
            if r["resourceType"] == "DocumentReference":
                att = r["content"][0]["attachment"]
                if att.get("contentType") not in ("text/plain", "text/html"):
                    err("%s: %s contentType %s" % (cid, key, att.get("contentType")))
                try:
                    t = note_text(r)
                except Exception as e:  # noqa: BLE001
                    err("%s: %s base64/utf-8: %s" % (cid, key, e))
                    continue
                if att.get("contentType") == "text/html":
                    p = StrictHTML()
                    try:
                        p.feed(t)
                        p.close()
                        if p.stack:
                            raise ValueError("unclosed " + ",".join(p.stack))
                    except Exception as e:  # noqa: BLE001
                        err("%s: %s HTML: %s" % (cid, key, e))
                if not r.get("author"):
                    err("%s: %s has no author" % (cid, key))
        # evidence
        for ev in gold.get("evidence", []):
            if ev not in res:
                err("%s: evidence %s not in bundle" % (cid, ev))
                continue
            d = resource_date(res[ev])
            if not d:
                err("%s: evidence %s undated" % (cid, ev))
            elif d > date:
                err("%s: evidence %s dated %s after request %s" % (cid, ev, d, date))
            if ev.startswith("DocumentReference/"):
                low = note_text(res[ev]).lower()
                if any(mk in low for mk in INJECTION_MARKERS):
                    err("%s: evidence %s is an injected note" % (cid, ev))
        # injection bookkeeping
        has_inj = any(any(mk in note_text(r).lower() for mk in INJECTION_MARKERS) for r in docs)
        if has_inj and cid not in injected:
            err("%s: carries an injection but is not in injection.txt" % cid)
        if cid in injected and not has_inj:
            err("%s: listed in injection.txt but no injected note found" % cid)

    for pol, recs in per_policy.items():
        if sorted(recs) != ["approve", "refer", "request_info"]:
            err("%s: labels %s (need one of each)" % (pol, sorted(recs)))
    if len(per_policy) != 8:
        err("expected 8 policies, found %d" % len(per_policy))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    cnt = collections.Counter(c["gold"]["recommendation"] for c in cases)
    print("OK: %d cases, %s" % (len(cases), dict(sorted(cnt.items()))))


if __name__ == "__main__":
    main()
