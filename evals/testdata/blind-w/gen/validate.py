"""Validate the blind-w dataset: python3 gen/validate.py"""
import base64
import collections
import csv
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = os.environ.get("CODES_DIR", "/work/shared/data/codes")

ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
CPT_SYS = "http://www.ama-assn.org/go/cpt"
HCPCS_SYS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
SERVICE_SYS = {CPT_SYS, HCPCS_SYS, "http://www.cms.gov/Medicare/Coding/ICD10",
               "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
POLICIES = {"NCD 20.4": "icd", "NCD 240.4": "cpap", "NCD 240.2": "o2", "NCD 100.1": "bar",
            "NCD 20.32": "tavr", "NCD 20.29": "hbot", "NCD 50.3": "ci", "NCD 20.34": "laac"}
CTYPES = {"text/plain", "text/html", "application/pdf"}
DATE_FIELD = {"Observation": "effectiveDateTime", "Condition": "recordedDate", "MedicationRequest": "authoredOn",
              "Procedure": "performedDateTime", "Encounter": ("period", "start"), "DocumentReference": "date",
              "ServiceRequest": "authoredOn", "Appointment": "created"}

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    out = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            out[row["code_dotted"]] = row["billable"] == "1"
    return out


def load_hcpcs():
    out = set()
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            out.add(row["code"])
    return out


def res_date(r):
    f = DATE_FIELD.get(r["resourceType"])
    if f is None:
        return None
    if isinstance(f, tuple):
        v = r.get(f[0], {}).get(f[1])
    else:
        v = r.get(f)
        if v is None and r["resourceType"] == "Condition":
            v = r.get("onsetDateTime")
    return v


def parse_date(s):
    if len(s) == 10:
        return datetime.date.fromisoformat(s)
    return datetime.datetime.fromisoformat(s).date()


def walk_refs(obj, out):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                walk_refs(v, out)
    elif isinstance(obj, list):
        for v in obj:
            walk_refs(v, out)


def walk_codings(obj, out):
    if isinstance(obj, dict):
        if "system" in obj and "code" in obj:
            out.append((obj["system"], obj["code"]))
        for v in obj.values():
            walk_codings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            walk_codings(v, out)


class StrictHTML(HTMLParser):
    VOID = {"br", "meta", "hr", "img", "input", "link"}

    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            raise ValueError("unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
        self.stack.pop()


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    injected = set()
    ipath = os.path.join(ROOT, "injection.txt")
    if os.path.exists(ipath):
        injected = {l.strip() for l in open(ipath, encoding="utf-8") if l.strip()}
    rec_count = collections.Counter()
    pol_count = collections.defaultdict(collections.Counter)
    ids = set()
    nres = {}
    with open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            c = json.loads(line)
        except Exception as e:
            err("line %d: bad JSON %s" % (n, e))
            continue
        cid = c.get("id")
        if cid in ids:
            err("duplicate case id %s" % cid)
        ids.add(cid)
        req, gold = c.get("request", {}), c.get("gold", {})
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                err("%s: request.%s missing" % (cid, k))
        if req.get("payer") != "medicare":
            err("%s: payer" % cid)
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency" % cid)
        rdate = datetime.date.fromisoformat(req["date"])
        if rdate.year != 2026:
            err("%s: request date not in 2026" % cid)
        svc = req["service"]
        if svc.get("system") not in SERVICE_SYS:
            err("%s: service system" % cid)
        if svc.get("system") == HCPCS_SYS and svc.get("code") not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (cid, svc.get("code")))
        if svc.get("system") == CPT_SYS and not re.fullmatch(r"\d{4}[0-9A-Z]", svc.get("code", "")):
            err("%s: CPT id format" % cid)
        for d in req["diagnoses"]:
            if d.get("system") != ICD_SYS:
                err("%s: diagnosis system" % cid)
            if not icd.get(d.get("code")):
                err("%s: ICD-10-CM %s missing or not billable" % (cid, d.get("code")))
        rec = gold.get("recommendation")
        if rec not in ("approve", "refer", "request_info"):
            err("%s: recommendation %s" % (cid, rec))
        pol = gold.get("policy")
        if pol not in POLICIES:
            err("%s: policy %s" % (cid, pol))
        elif not re.fullmatch(r"bw-%s-\d\d" % POLICIES[pol], cid):
            err("%s: id does not match policy" % cid)
        miss = gold.get("missing")
        if rec == "request_info":
            if not miss:
                err("%s: request_info without missing" % cid)
        elif miss:
            err("%s: missing set on %s" % (cid, rec))
        rec_count[rec] += 1
        pol_count[pol][rec] += 1

        ppath = os.path.join(ROOT, c["patient"])
        if not os.path.exists(ppath):
            err("%s: patient file %s missing" % (cid, c["patient"]))
            continue
        bundle = json.load(open(ppath, encoding="utf-8"))
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") not in ("collection", "batch", "transaction"):
            err("%s: bundle type" % cid)
        index = {}
        pats = 0
        for e in bundle["entry"]:
            r = e["resource"]
            key = "%s/%s" % (r["resourceType"], r["id"])
            if key in index:
                err("%s: duplicate resource %s" % (cid, key))
            index[key] = r
            if not e.get("fullUrl", "").endswith("/" + key):
                err("%s: fullUrl mismatch %s" % (cid, key))
            if r["resourceType"] == "Patient":
                pats += 1
            if r["resourceType"] in DATE_FIELD:
                d = res_date(r)
                if d is None and not (r["resourceType"] == "Procedure" and r.get("performedString")):
                    err("%s: %s has no date" % (cid, key))
                elif d is not None:
                    try:
                        parse_date(d)
                    except Exception:
                        err("%s: %s bad date %s" % (cid, key, d))
            if r["resourceType"] == "DocumentReference":
                for ct in r["content"]:
                    a = ct["attachment"]
                    if a.get("contentType") not in CTYPES:
                        err("%s: %s contentType" % (cid, key))
                    try:
                        txt = base64.b64decode(a["data"], validate=True).decode("utf-8")
                    except Exception as ex:
                        err("%s: %s base64/utf-8 %s" % (cid, key, ex))
                        continue
                    if a.get("contentType") == "text/html":
                        p = StrictHTML()
                        try:
                            p.feed(txt)
                            p.close()
                            if p.stack:
                                err("%s: %s unclosed html %s" % (cid, key, p.stack))
                        except Exception as ex:
                            err("%s: %s html %s" % (cid, key, ex))
            codings = []
            walk_codings(r, codings)
            for sysu, code in codings:
                if sysu == ICD_SYS and not icd.get(code):
                    err("%s: %s ICD-10-CM %s missing or not billable" % (cid, key, code))
                if sysu == HCPCS_SYS and code not in hcpcs:
                    err("%s: %s HCPCS %s" % (cid, key, code))
                if sysu == CPT_SYS and not re.fullmatch(r"\d{4}[0-9A-Z]", code):
                    err("%s: %s CPT format %s" % (cid, key, code))
        if pats != 1:
            err("%s: %d Patient resources" % (cid, pats))
        for e in bundle["entry"]:
            refs = []
            walk_refs(e["resource"], refs)
            for ref in refs:
                if ref not in index:
                    err("%s: unresolved reference %s in %s/%s" % (cid, ref, e["resource"]["resourceType"], e["resource"]["id"]))
        for ev in gold.get("evidence", []):
            if ev not in index:
                err("%s: evidence %s not in bundle" % (cid, ev))
                continue
            d = res_date(index[ev])
            if d is None:
                err("%s: evidence %s undated" % (cid, ev))
            elif parse_date(d) > rdate:
                err("%s: evidence %s dated %s after request %s" % (cid, ev, d, rdate))
        if cid in injected:
            pass
        nres[cid] = len(index)

    # injected notes must not be cited as evidence
    import importlib
    sys.path.insert(0, HERE)
    build = importlib.import_module("build")
    for cid, ref in build.INJECTED.items():
        if cid not in injected:
            err("injection.txt lacks %s" % cid)
    for line in lines:
        c = json.loads(line)
        if c["id"] in build.INJECTED and build.INJECTED[c["id"]] in c["gold"]["evidence"]:
            err("%s: injected note cited as evidence" % c["id"])

    print("cases:", len(lines), dict(rec_count))
    for p in POLICIES:
        print("  %-10s %s" % (p, dict(pol_count[p])))
    print("resources per case:", nres)
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
