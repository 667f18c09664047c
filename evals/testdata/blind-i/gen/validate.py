#!/usr/bin/env python3
"""Validate the blind-i data set. Standard library only. Exit status 1 on any problem.

    python3 gen/validate.py
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = None
for cand in [os.path.join(ROOT, *([".."] * k), "shared") for k in range(2, 7)] + ["/work/shared"]:
    if os.path.isdir(os.path.join(cand, "data", "codes")):
        SHARED = os.path.abspath(cand)
        break

ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
PROC_SYSTEMS = {CPT, HCPCS, "http://www.cms.gov/Medicare/Coding/ICD10",
                "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
POLICY_SERVICES = {
    "NCD 20.4": {"33249"}, "NCD 240.4": {"E0601"}, "NCD 240.2": {"E1390", "E1392"},
    "NCD 100.1": {"43644", "43775", "43770"}, "NCD 20.32": {"33361"}, "NCD 20.29": {"G0277"},
    "NCD 50.3": {"69930"}, "NCD 20.34": {"33340"},
}
PREFIX = {"NCD 20.4": "icd", "NCD 240.4": "cpap", "NCD 240.2": "o2", "NCD 100.1": "bar", "NCD 20.32": "tavr",
          "NCD 20.29": "hbot", "NCD 50.3": "ci", "NCD 20.34": "laac"}
ZONE_STD = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}
STATE_ZONE = {"OH": "ET", "PA": "ET", "GA": "ET", "NC": "ET", "MA": "ET", "MI": "ET", "NY": "ET", "FL": "ET",
              "TX": "CT", "TN": "CT", "MN": "CT", "LA": "CT", "WI": "CT", "IL": "CT",
              "CO": "MT", "UT": "MT", "NM": "MT", "OR": "PT", "WA": "PT", "CA": "PT"}
DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def expected_offset(zone, local):
    y = local.year
    m = dt.date(y, 3, 1)
    start = dt.datetime.combine(m + dt.timedelta((6 - m.weekday()) % 7 + 7), dt.time(2))
    n = dt.date(y, 11, 1)
    end = dt.datetime.combine(n + dt.timedelta((6 - n.weekday()) % 7), dt.time(2))
    h = ZONE_STD[zone] + (1 if start <= local < end else 0)
    return "%s%02d:00" % ("-" if h < 0 else "+", abs(h))


def load_codes():
    icd, hcpcs = {}, set()
    if not SHARED:
        return None, None
    with open(os.path.join(SHARED, "data", "codes", "icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            icd[row["code_dotted"]] = row["billable"] == "1"
    with open(os.path.join(SHARED, "data", "codes", "hcpcs_level2_2020.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            hcpcs.add(row["code"])
    return icd, hcpcs


class HTMLCheck(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.problems, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unexpected </%s> (open: %s)" % (tag, self.stack[-3:]))
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def resource_date(r):
    t = r["resourceType"]
    g = r.get
    if t == "Observation":
        return g("effectiveDateTime") or (g("effectivePeriod") or {}).get("start")
    if t == "Condition":
        return g("recordedDate") or g("onsetDateTime")
    if t == "MedicationRequest":
        return g("authoredOn")
    if t == "MedicationStatement":
        return (g("effectivePeriod") or {}).get("start") or g("effectiveDateTime") or g("dateAsserted")
    if t == "Procedure":
        return g("performedDateTime") or (g("performedPeriod") or {}).get("start")
    if t == "DiagnosticReport":
        return g("issued") or g("effectiveDateTime")
    if t == "DocumentReference":
        return g("date")
    if t == "Encounter":
        return (g("period") or {}).get("start")
    if t in ("ServiceRequest", "DeviceRequest"):
        return g("authoredOn")
    if t == "Appointment":
        return g("created")
    if t == "FamilyMemberHistory":
        return g("date")
    return None


def walk(obj, fn, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, fn, path + "." + k)
            fn(path + "." + k, k, v, obj)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, fn, "%s[%d]" % (path, i))


def check_codings(where, obj, icd, hcpcs):
    def fn(path, key, value, parent):
        if key == "coding" and isinstance(value, list):
            for cd in value:
                s, c = cd.get("system"), cd.get("code")
                if not s or not c:
                    err(where, "%s: coding without system/code" % path)
                    continue
                if s == ICD10CM and icd is not None:
                    if c not in icd:
                        err(where, "%s: ICD-10-CM %s not in FY2022 file" % (path, c))
                    elif not icd[c]:
                        err(where, "%s: ICD-10-CM %s not billable" % (path, c))
                if s == HCPCS and hcpcs is not None and c not in hcpcs:
                    err(where, "%s: HCPCS %s not in 2020 file" % (path, c))
                if s == CPT and not re.fullmatch(r"\d{4}[0-9FTU]", c):
                    err(where, "%s: CPT %s malformed" % (path, c))
    walk(obj, fn)


def check_bundle(case, icd, hcpcs, injected):
    cid = case["id"]
    path = os.path.join(ROOT, case["patient"])
    if not os.path.isfile(path):
        err(cid, "patient file %s missing" % case["patient"])
        return
    try:
        b = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        err(cid, "patient JSON invalid: %s" % e)
        return
    if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
        err(cid, "not a collection Bundle")
    entries = b.get("entry", [])
    if not 15 <= len(entries) <= 30:
        err(cid, "bundle has %d resources (want 15-30)" % len(entries))
    ids = {}
    for e in entries:
        r = e.get("resource", {})
        key = "%s/%s" % (r.get("resourceType"), r.get("id"))
        if key in ids:
            err(cid, "duplicate resource %s" % key)
        ids[key] = r
        if not e.get("fullUrl", "").endswith("/" + key):
            err(cid, "fullUrl does not end with %s" % key)
    patients = [r for k, r in ids.items() if k.startswith("Patient/")]
    if len(patients) != 1:
        err(cid, "want exactly one Patient, have %d" % len(patients))
        return
    state = patients[0].get("address", [{}])[0].get("state")
    zone = STATE_ZONE.get(state)
    if not zone:
        err(cid, "patient state %r has no known zone" % state)
        return

    # references
    def ref_fn(p, key, value, parent):
        if key == "reference" and isinstance(value, str):
            if value not in ids:
                err(cid, "%s: reference %s does not resolve" % (p, value))
    walk(b, ref_fn)

    # timestamps
    def ts_fn(p, key, value, parent):
        if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", value):
            m = DATETIME.match(value)
            if not m:
                err(cid, "%s: malformed dateTime %s" % (p, value))
                return
            if not m.group(7) or m.group(7) == "Z":
                err(cid, "%s: dateTime without US offset %s" % (p, value))
                return
            local = dt.datetime(*[int(m.group(i)) for i in range(1, 6)])
            want = expected_offset(zone, local)
            if m.group(7) != want:
                err(cid, "%s: %s has offset %s, want %s (%s)" % (p, value, m.group(7), want, state))
    walk(b, ts_fn)

    # notes
    docs = [r for k, r in ids.items() if k.startswith("DocumentReference/")]
    if not 4 <= len(docs) <= 6:
        err(cid, "%d notes (want 4-6)" % len(docs))
    for d in docs:
        for ct in d.get("content", []):
            a = ct.get("attachment", {})
            if a.get("contentType") not in ("text/plain", "text/html"):
                err(cid, "DocumentReference/%s contentType %r" % (d["id"], a.get("contentType")))
                continue
            try:
                text = base64.b64decode(a.get("data", ""), validate=True).decode("utf-8")
            except Exception as e:  # noqa: BLE001
                err(cid, "DocumentReference/%s base64/utf-8: %s" % (d["id"], e))
                continue
            if len(text.strip()) < 80:
                err(cid, "DocumentReference/%s note too short" % d["id"])
            if a["contentType"] == "text/html":
                h = HTMLCheck()
                h.feed(text)
                h.close()
                if h.problems or h.stack:
                    err(cid, "DocumentReference/%s HTML: %s %s" % (d["id"], h.problems[:2], h.stack))
                if "<html" not in text.lower():
                    err(cid, "DocumentReference/%s HTML without <html>" % d["id"])
        if not d.get("date"):
            err(cid, "DocumentReference/%s without date" % d["id"])

    # dated resources
    for k, r in ids.items():
        if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and not resource_date(r):
            err(cid, "%s has no date" % k)

    check_codings(cid, b, icd, hcpcs)

    # gold evidence
    gold = case.get("gold")
    if gold:
        for ev in gold.get("evidence", []):
            if ev not in ids:
                err(cid, "gold evidence %s not in bundle" % ev)
                continue
            d = resource_date(ids[ev])
            if not d:
                err(cid, "gold evidence %s has no date" % ev)
            elif d[:10] > case["request"]["date"]:
                err(cid, "gold evidence %s dated %s after request %s" % (ev, d[:10], case["request"]["date"]))
            if ev in injected.get(cid, set()):
                err(cid, "gold evidence cites injected note %s" % ev)
        if not gold.get("evidence"):
            err(cid, "gold evidence empty")
    for ref in injected.get(cid, set()):
        if ref not in ids:
            err(cid, "injected note %s not in bundle" % ref)
        else:
            text = base64.b64decode(ids[ref]["content"][0]["attachment"]["data"]).decode("utf-8").lower()
            if "automated" not in text and "ai " not in text:
                err(cid, "injected note %s has no instruction to an automated reviewer" % ref)


def check_case(line_no, case, icd, hcpcs, seen):
    where = "line %d" % line_no
    for k in ("id", "patient", "request", "gold"):
        if k not in case:
            err(where, "missing %s" % k)
            return False
    cid = case["id"]
    where = cid
    if cid in seen:
        err(where, "duplicate id")
    seen.add(cid)
    req = case["request"]
    for k in ("service", "diagnoses", "payer", "urgency", "date"):
        if k not in req:
            err(where, "request.%s missing" % k)
            return False
    svc = req["service"]
    if svc.get("system") not in PROC_SYSTEMS or not svc.get("code") or not svc.get("display"):
        err(where, "request.service malformed")
    if svc.get("system") == HCPCS and hcpcs is not None and svc["code"] not in hcpcs:
        err(where, "service HCPCS %s not in 2020 file" % svc["code"])
    if svc.get("system") == CPT and not re.fullmatch(r"\d{5}", svc.get("code", "")):
        err(where, "service CPT malformed")
    if not isinstance(req["diagnoses"], list) or not req["diagnoses"]:
        err(where, "request.diagnoses empty")
    for dx in req["diagnoses"]:
        if dx.get("system") != ICD10CM:
            err(where, "diagnosis system %r" % dx.get("system"))
        elif icd is not None and not icd.get(dx.get("code")):
            err(where, "diagnosis %s missing or not billable in FY2022" % dx.get("code"))
    if req["payer"] != "medicare":
        err(where, "payer %r" % req["payer"])
    if req["urgency"] not in ("standard", "expedited"):
        err(where, "urgency %r" % req["urgency"])
    try:
        d = dt.date.fromisoformat(req["date"])
        if not dt.date(2026, 1, 10) <= d <= dt.date(2026, 12, 6):
            err(where, "request date %s outside 2026-01-10..2026-12-06" % d)
    except ValueError:
        err(where, "request.date malformed")
    gold = case["gold"]
    if gold.get("recommendation") not in ("approve", "refer", "request_info"):
        err(where, "gold.recommendation %r" % gold.get("recommendation"))
    pol = gold.get("policy")
    if pol not in POLICY_SERVICES:
        err(where, "gold.policy %r" % pol)
    else:
        if svc.get("code") not in POLICY_SERVICES[pol]:
            err(where, "service %s not a %s service" % (svc.get("code"), pol))
        if not re.fullmatch(r"bi-%s-\d{2}" % PREFIX[pol], cid):
            err(where, "id does not follow bi-%s-NN" % PREFIX[pol])
    if not isinstance(gold.get("evidence"), list):
        err(where, "gold.evidence not a list")
    miss = gold.get("missing")
    if not isinstance(miss, list):
        err(where, "gold.missing not a list")
    elif gold.get("recommendation") == "request_info":
        if not miss or not all(isinstance(m, str) and m.strip() for m in miss):
            err(where, "request_info without missing phrases")
    elif miss:
        err(where, "missing present on a %s case" % gold.get("recommendation"))
    if not re.fullmatch(r"patients/pi\d{2}\.json", case["patient"]):
        err(where, "patient path %s" % case["patient"])
    return True


def check_readme_versions():
    if not SHARED:
        return
    p = os.path.join(SHARED, "data", "mcd", "ncd_trkg.csv")
    readme = os.path.join(ROOT, "README.md")
    if not os.path.isfile(p) or not os.path.isfile(readme):
        return
    csv.field_size_limit(10 ** 9)
    versions = {}
    with open(p, encoding="cp1252", errors="replace") as f:
        for row in csv.DictReader(f):
            versions["NCD " + row["NCD_mnl_sect"].strip()] = (row["NCD_vrsn_num"].strip(), row["NCD_efctv_dt"][:10])
    found = 0
    for line in open(readme, encoding="utf-8"):
        m = re.match(r"\| (NCD [\d.]+) \| .* \| v(\d+) \| (\d{4}-\d{2}-\d{2}) \|", line)
        if m:
            found += 1
            got = versions.get(m.group(1))
            if got != (m.group(2), m.group(3)):
                err("README", "%s version/effective %s/%s, export says %s" % (m.group(1), m.group(2), m.group(3), got))
    if found != 8:
        err("README", "policy version table has %d rows (want 8)" % found)


def main():
    icd, hcpcs = load_codes()
    if icd is None:
        print("warning: shared code files not found; code checks skipped", file=sys.stderr)
    injected = {}
    inj_path = os.path.join(ROOT, "injection.txt")
    inj_ids = [l.strip() for l in open(inj_path, encoding="utf-8") if l.strip()] if os.path.isfile(inj_path) else []
    cases = []
    with open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("line %d" % i, "blank line")
                continue
            try:
                cases.append((i, json.loads(line)))
            except ValueError as e:
                err("line %d" % i, "invalid JSON: %s" % e)
    # locate injected notes: the note in the case's bundle containing an instruction to automated reviewers
    by_id = {c.get("id"): c for _, c in cases}
    for cid in inj_ids:
        if cid not in by_id:
            err("injection.txt", "unknown case id %s" % cid)
            continue
        try:
            b = json.load(open(os.path.join(ROOT, by_id[cid]["patient"]), encoding="utf-8"))
        except (OSError, ValueError):
            continue
        hits = set()
        for e in b["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                text = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8").lower()
                if re.search(r"(automated|ai) (review|reviewer|review systems|system)", text):
                    hits.add("DocumentReference/" + r["id"])
        if not hits:
            err(cid, "listed in injection.txt but no note addresses an automated reviewer")
        injected[cid] = hits
    seen = set()
    for i, case in cases:
        if check_case(i, case, icd, hcpcs, seen):
            check_bundle(case, icd, hcpcs, injected)
    if len(cases) != 16:
        err("cases.jsonl", "%d cases (want 16)" % len(cases))
    patients = [c["patient"] for _, c in cases]
    if len(set(patients)) != len(patients):
        err("cases.jsonl", "patient file shared between cases")
    check_readme_versions()
    for dirpath, dirnames, _ in os.walk(ROOT):
        if "__pycache__" in dirnames:
            err("tree", "__pycache__ left in %s" % os.path.relpath(dirpath, ROOT))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    recs = {}
    for _, c in cases:
        recs[c["gold"]["recommendation"]] = recs.get(c["gold"]["recommendation"], 0) + 1
    print("OK: %d cases, %s; all checks passed" % (len(cases), ", ".join("%s %d" % kv for kv in sorted(recs.items()))))


if __name__ == "__main__":
    main()
