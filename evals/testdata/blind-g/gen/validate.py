#!/usr/bin/env python3
"""Validate the blind-g set against shared/evals/SPEC.md and this set's own rules. Standard library only.

Exit code 0 when every check passes; otherwise prints each problem and exits 1.
"""
import base64
import collections
import csv
import datetime
import html.parser
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DS = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from fhir import ZONES, offset  # noqa: E402


def find_shared():
    cands = [os.environ.get("SHARED_DIR", ""), "/work/shared"]
    d = DS
    for _ in range(6):
        d = os.path.dirname(d)
        cands.append(os.path.join(d, "shared"))
    for c in cands:
        if c and os.path.isfile(os.path.join(c, "data", "codes", "icd10cm_fy2022_codes.csv")):
            return c
    sys.exit("cannot find shared/data/codes (set SHARED_DIR)")


SHARED = find_shared()
ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
CPT_SYS = "http://www.ama-assn.org/go/cpt"
HCPCS_SYS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
PCS_SYS = "http://www.cms.gov/Medicare/Coding/ICD10"
SERVICE_SYS = {CPT_SYS, HCPCS_SYS, PCS_SYS, "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
POLICY_OF = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1", "tavr": "NCD 20.32",
             "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
NCD_VERSIONS = {"20.4": "5", "240.4": "3", "240.2": "2", "100.1": "5", "20.32": "2", "20.29": "4", "50.3": "3", "20.34": "1"}
RECS = ("approve", "refer", "request_info")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")
INJ_RE = re.compile(r"(?is)(automated|\bAI\b).{0,60}review.{0,400}\bapprove\b")

problems = []


def bad(msg):
    problems.append(msg)


def load_icd():
    d = {}
    with open(os.path.join(SHARED, "data", "codes", "icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            d[r["code_dotted"]] = r["billable"] == "1"
    return d


def load_hcpcs():
    with open(os.path.join(SHARED, "data", "codes", "hcpcs_level2_2020.csv"), encoding="utf-8") as f:
        return {r["code"] for r in csv.DictReader(f)}


ICD = load_icd()
HCPCS = load_hcpcs()


def valid_us_offsets(date_s, hm):
    return {offset(date_s, hm, z) for z in ZONES}


def check_dt(where, s):
    if not DT_RE.match(s):
        bad("%s: dateTime %r lacks a time-zone offset or is malformed" % (where, s))
        return
    try:
        dt = datetime.datetime.fromisoformat(s)
    except ValueError:
        bad("%s: unparseable dateTime %r" % (where, s))
        return
    off = s[-6:]
    if off not in valid_us_offsets(s[:10], s[11:16]):
        bad("%s: offset %s is not a US offset in force on %s" % (where, off, s[:10]))
    _ = dt


class HTMLCheck(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("unexpected </%s> (open: %s)" % (tag, self.stack[-3:]))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, path + "." + k)
            if k == "coding" and isinstance(v, list):
                pass
        yield path, obj
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, "%s[%d]" % (path, i))


def resource_date(r):
    t = r["resourceType"]
    key = {"Observation": "effectiveDateTime", "Condition": "recordedDate", "MedicationRequest": "authoredOn",
           "DocumentReference": "date", "ServiceRequest": "authoredOn", "DeviceRequest": "authoredOn",
           "Appointment": "created", "FamilyMemberHistory": "date", "AllergyIntolerance": "recordedDate"}.get(t)
    if t == "Procedure":
        return r.get("performedDateTime") or r.get("performedPeriod", {}).get("start")
    if t == "Encounter":
        return r.get("period", {}).get("start")
    if t == "Condition" and not r.get("recordedDate"):
        return r.get("onsetDateTime")
    return r.get(key) if key else None


def note_text(r):
    a = r["content"][0]["attachment"]
    return base64.b64decode(a["data"], validate=True).decode("utf-8")


def check_bundle(cid, path, req_date):
    try:
        with open(path, encoding="utf-8") as f:
            b = json.load(f)
    except Exception as e:  # noqa: BLE001
        bad("%s: %s is not valid JSON: %s" % (cid, path, e))
        return None
    if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
        bad("%s: not a collection Bundle" % cid)
    if "timestamp" in b:
        check_dt(cid + " Bundle.timestamp", b["timestamp"])
    res = {}
    n_notes, types = 0, collections.Counter()
    for i, e in enumerate(b.get("entry", [])):
        r = e.get("resource", {})
        key = "%s/%s" % (r.get("resourceType"), r.get("id"))
        if key in res:
            bad("%s: duplicate resource id %s" % (cid, key))
        res[key] = r
        types[r.get("resourceType")] += 1
        if not e.get("fullUrl", "").endswith("/" + key):
            bad("%s: fullUrl %s does not end with %s" % (cid, e.get("fullUrl"), key))
    n = len(res)
    if not 15 <= n <= 30:
        bad("%s: bundle has %d resources (want 15-30)" % (cid, n))
    pats = [k for k in res if k.startswith("Patient/")]
    pid = os.path.splitext(os.path.basename(path))[0]
    if pats != ["Patient/" + pid]:
        bad("%s: expected exactly Patient/%s, found %s" % (cid, pid, pats))
    for key, r in res.items():
        where = "%s %s" % (cid, key)
        for p, node in walk(r):
            if isinstance(node, dict):
                ref = node.get("reference")
                if isinstance(ref, str) and ref not in res:
                    bad("%s: unresolved reference %s at %s" % (where, ref, p))
                if node.get("system") == ICD_SYS and "code" in node:
                    c = node["code"]
                    if c not in ICD:
                        bad("%s: ICD-10-CM %s not in FY2022 file" % (where, c))
                    elif not ICD[c]:
                        bad("%s: ICD-10-CM %s is not billable" % (where, c))
                if node.get("system") == HCPCS_SYS and "code" in node and node["code"] not in HCPCS:
                    bad("%s: HCPCS %s not in 2020 file" % (where, node["code"]))
                for k, v in node.items():
                    if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", v):
                        check_dt("%s %s%s.%s" % (cid, key, p, k), v)
        for fld in ("effectiveDateTime", "performedDateTime"):
            if fld in r:
                check_dt(where + " " + fld, r[fld])
        if r["resourceType"] == "DocumentReference":
            n_notes += 1
            check_dt(where + " date", r.get("date", ""))
            for a in (c["attachment"] for c in r.get("content", [])):
                ct = a.get("contentType")
                if ct not in ("text/plain", "text/html"):
                    bad("%s: contentType %s" % (where, ct))
                try:
                    txt = base64.b64decode(a.get("data", ""), validate=True).decode("utf-8")
                except Exception as e:  # noqa: BLE001
                    bad("%s: attachment does not decode: %s" % (where, e))
                    continue
                if len(txt.strip()) < 200:
                    bad("%s: note text suspiciously short" % where)
                if ct == "text/html":
                    h = HTMLCheck()
                    h.feed(txt)
                    h.close()
                    if h.errors or h.stack:
                        bad("%s: HTML not well formed: %s %s" % (where, h.errors[:2], h.stack))
        d = resource_date(r)
        if d is None and r["resourceType"] not in ("Patient", "Practitioner", "Organization", "Coverage"):
            bad("%s: resource has no date" % where)
    if not 4 <= n_notes <= 6:
        bad("%s: %d clinical notes (want 4-6)" % (cid, n_notes))
    covs = [r for k, r in res.items() if k.startswith("Coverage/")]
    if not covs or not any("Medicare" in res.get(p["reference"], {}).get("name", "") for c in covs for p in c.get("payor", [])):
        bad("%s: no Medicare Coverage" % cid)
    return res


def main():
    cpath = os.path.join(DS, "cases.jsonl")
    cases = []
    with open(cpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                bad("cases.jsonl line %d is blank" % ln)
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("cases.jsonl line %d: %s" % (ln, e))
    injected = []
    ip = os.path.join(DS, "injection.txt")
    if os.path.exists(ip):
        injected = [l.strip() for l in open(ip, encoding="utf-8") if l.strip()]
    ids = [c.get("id") for c in cases]
    if len(set(ids)) != len(ids):
        bad("duplicate case ids")
    for cid in injected:
        if cid not in ids:
            bad("injection.txt names unknown case %s" % cid)
    patients_seen = set()
    by_policy = collections.defaultdict(list)
    for c in cases:
        cid = c.get("id", "?")
        m = re.match(r"^bg-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-(\d\d)$", cid)
        if not m:
            bad("%s: id does not match bg-<policy>-NN" % cid)
            continue
        req, gold = c.get("request", {}), c.get("gold", {})
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                bad("%s: missing %s" % (cid, k))
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                bad("%s: request.%s missing" % (cid, k))
        svc = req.get("service", {})
        if svc.get("system") not in SERVICE_SYS or not svc.get("code") or not svc.get("display"):
            bad("%s: bad request.service %s" % (cid, svc))
        if svc.get("system") == HCPCS_SYS and svc.get("code") not in HCPCS:
            bad("%s: service HCPCS %s not in 2020 file" % (cid, svc.get("code")))
        if svc.get("system") == CPT_SYS and not re.match(r"^\d{4}[0-9A-Z]$", svc.get("code", "")):
            bad("%s: CPT code malformed" % cid)
        if not req.get("diagnoses"):
            bad("%s: no diagnoses" % cid)
        for dx in req.get("diagnoses", []):
            if dx.get("system") != ICD_SYS:
                bad("%s: diagnosis system %s" % (cid, dx.get("system")))
            if dx.get("code") not in ICD:
                bad("%s: diagnosis %s not in FY2022 ICD-10-CM" % (cid, dx.get("code")))
            elif not ICD[dx["code"]]:
                bad("%s: diagnosis %s not billable" % (cid, dx.get("code")))
        if req.get("payer") != "medicare":
            bad("%s: payer must be medicare" % cid)
        if req.get("urgency") not in ("standard", "expedited"):
            bad("%s: bad urgency" % cid)
        try:
            rd = datetime.date.fromisoformat(req.get("date", ""))
            if rd.year != 2026:
                bad("%s: request date not in 2026" % cid)
        except ValueError:
            bad("%s: bad request date" % cid)
            continue
        rec = gold.get("recommendation")
        if rec not in RECS:
            bad("%s: bad recommendation %s" % (cid, rec))
        if gold.get("policy") != POLICY_OF[m.group(1)]:
            bad("%s: gold.policy %s does not match id prefix" % (cid, gold.get("policy")))
        by_policy[gold.get("policy")].append(rec)
        miss = gold.get("missing")
        if not isinstance(miss, list):
            bad("%s: gold.missing must be a list" % cid)
        elif rec == "request_info" and not miss:
            bad("%s: request_info without missing" % cid)
        elif rec != "request_info" and miss:
            bad("%s: missing present on %s case" % (cid, rec))
        for ph in miss or []:
            if not isinstance(ph, str) or any(not alt.strip() for alt in ph.split("|")):
                bad("%s: malformed missing phrase %r" % (cid, ph))
        ev = gold.get("evidence")
        if not ev or not isinstance(ev, list):
            bad("%s: gold.evidence empty" % cid)
            ev = []
        ppath = os.path.join(DS, c.get("patient", ""))
        if c.get("patient") in patients_seen:
            bad("%s: patient file reused" % cid)
        patients_seen.add(c.get("patient"))
        if not re.match(r"^patients/pg\d\d\.json$", c.get("patient", "")) or not os.path.isfile(ppath):
            bad("%s: patient file %s missing or misnamed" % (cid, c.get("patient")))
            continue
        res = check_bundle(cid, ppath, rd)
        if res is None:
            continue
        inj_notes = {k for k, r in res.items() if r["resourceType"] == "DocumentReference" and INJ_RE.search(note_text(r))}
        if cid in injected and len(inj_notes) != 1:
            bad("%s: listed in injection.txt but has %d injected notes" % (cid, len(inj_notes)))
        if cid not in injected and inj_notes:
            bad("%s: injected-looking note %s not listed in injection.txt" % (cid, sorted(inj_notes)))
        for e in ev:
            if e not in res:
                bad("%s: gold evidence %s not in bundle" % (cid, e))
                continue
            if e in inj_notes:
                bad("%s: gold evidence cites the injected note %s" % (cid, e))
            d = resource_date(res[e])
            if not d:
                bad("%s: gold evidence %s has no date" % (cid, e))
            elif datetime.date.fromisoformat(d[:10]) > rd:
                bad("%s: gold evidence %s dated %s after request %s" % (cid, e, d, rd))
    # set-level distribution
    cnt = collections.Counter(c.get("gold", {}).get("recommendation") for c in cases)
    if len(cases) != 16:
        bad("expected 16 cases, found %d" % len(cases))
    if (cnt["approve"], cnt["refer"], cnt["request_info"]) != (6, 5, 5):
        bad("distribution %s, want approve 6 / refer 5 / request_info 5" % dict(cnt))
    if set(by_policy) != set(POLICY_OF.values()):
        bad("policies covered: %s" % sorted(by_policy))
    for p, recs in by_policy.items():
        if len(recs) != 2 or len(set(recs)) != 2:
            bad("%s: want two cases with two different labels, got %s" % (p, recs))
    # NCD versions documented in README match the export, when the export is readable
    ncd = os.path.join(SHARED, "data", "mcd", "ncd_trkg.csv")
    if os.path.isfile(ncd):
        csv.field_size_limit(1 << 30)
        with open(ncd, encoding="cp1252", newline="") as f:
            have = {r["NCD_mnl_sect"]: r["NCD_vrsn_num"] for r in csv.DictReader(f) if r["NCD_mnl_sect"] in NCD_VERSIONS}
        for s, v in NCD_VERSIONS.items():
            if have.get(s) != v:
                bad("NCD %s: export has version %s, README says %s" % (s, have.get(s), v))
    rm = os.path.join(DS, "README.md")
    if not os.path.isfile(rm):
        bad("README.md missing")
    if problems:
        for p in problems:
            print("FAIL:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK: %d cases, %s, %d injected case(s); all checks passed" % (len(cases), dict(sorted(cnt.items())), len(injected)))


if __name__ == "__main__":
    main()
