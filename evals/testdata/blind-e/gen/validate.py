#!/usr/bin/env python3
"""Validate the blind-e set against shared/evals/SPEC.md and this set's own rules. Standard library only.

Checks: every cases.jsonl line parses and carries the SPEC fields and enums; case ids, policies and the
3-per-policy / one-per-recommendation design; patient files exist and hold one collection Bundle with unique ids;
every reference resolves inside its bundle; every gold.evidence item exists and is dated on or before request.date
and is not the injected note; `missing` is present exactly on request_info cases; all request dates are in 2026;
every effectiveDateTime / performedDateTime / DocumentReference.date (and every other date-time written) carries a
time and a US offset that fits one US time zone with daylight-saving rules across the whole bundle; base64
attachments decode to UTF-8, content types are allowed and HTML parses; 15-30 resources and 4-6 notes per bundle;
every ICD-10-CM code (cases and bundles) exists and is billable in the FY2022 file and its display matches; HCPCS
codes exist in the 2020 file; injection.txt lists exactly the case(s) whose gold names an injected note.
Exit status 0 when everything passes.
"""
import base64
import csv
import datetime as dt
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def shared_dir():
    for cand in (os.environ.get("BLIND_E_SHARED"), "/work/shared",
                 os.path.normpath(os.path.join(ROOT, "..", "..", "..", "..", "shared"))):
        if cand and os.path.isdir(os.path.join(cand, "data", "codes")):
            return cand
    return None


SERVICE_SYSTEMS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                   "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RECS = ("approve", "refer", "request_info")
POLICIES = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1", "tavr": "NCD 20.32",
            "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
ID_RE = re.compile(r"^be-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-(0[1-9]|[1-9][0-9])$")
DT_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$")
ALLOWED_CT = {"text/plain", "text/html", "application/pdf"}
# standard offset (hours), observes DST
ZONES = {"eastern": (-5, True), "central": (-6, True), "mountain": (-7, True), "arizona": (-7, False),
         "pacific": (-8, True), "alaska": (-9, True), "hawaii": (-10, False)}


def nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    first = d + dt.timedelta(days=(6 - d.weekday()) % 7)
    return first + dt.timedelta(weeks=n - 1)


def expected_offset(zone, local):
    std, dst = ZONES[zone]
    if dst:
        start = dt.datetime.combine(nth_sunday(local.year, 3, 2), dt.time(2))
        end = dt.datetime.combine(nth_sunday(local.year, 11, 1), dt.time(2))
        if start <= local < end:
            std += 1
    return std


def load_icd(sd):
    codes = {}
    with open(os.path.join(sd, "data", "codes", "icd10cm_fy2022_codes.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            codes[row["code_dotted"]] = (row["billable"] == "1", row["long_description"], row["short_description"])
    return codes


def load_hcpcs(sd):
    codes = {}
    with open(os.path.join(sd, "data", "codes", "hcpcs_level2_2020.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            codes[row["code"]] = row["long_description"]
    return codes


def walk(obj, path=""):
    """Yield (path, key, value) for every dict item."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield path, k, v
            yield from walk(v, path + "/" + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, "%s[%d]" % (path, i))


def codings(obj):
    for _, k, v in walk(obj):
        if k == "coding" and isinstance(v, list):
            for c in v:
                yield c


def resource_date(res):
    rt = res["resourceType"]
    for key in {"Observation": ["effectiveDateTime"], "Procedure": ["performedDateTime"],
                "DocumentReference": ["date"], "Condition": ["recordedDate", "onsetDateTime"],
                "MedicationRequest": ["authoredOn"], "ServiceRequest": ["authoredOn"],
                "DeviceRequest": ["authoredOn"], "Appointment": ["created"],
                "DiagnosticReport": ["effectiveDateTime", "issued"], "AllergyIntolerance": ["recordedDate"]}.get(rt, []):
        if res.get(key):
            return res[key]
    if rt == "Encounter":
        return res.get("period", {}).get("start")
    return None


class HTMLCheck(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "source", "wbr"}
    OPTIONAL_END = {"p", "li", "td", "th", "tr", "thead", "tbody", "option", "dt", "dd"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag in self.stack:
            while self.stack and self.stack[-1] != tag:
                t = self.stack.pop()
                if t not in self.OPTIONAL_END:
                    self.problems.append("unclosed <%s>" % t)
            self.stack.pop()
        else:
            self.problems.append("stray </%s>" % tag)


def check_bundle(path, case_id, request_date, gold):
    try:
        with open(path, encoding="utf-8") as f:
            b = json.load(f)
    except Exception as e:  # noqa: BLE001
        err("%s: patient file unreadable: %s" % (case_id, e))
        return None
    if b.get("resourceType") != "Bundle" or b.get("type") not in ("collection", "batch", "transaction"):
        err("%s: not a collection/batch/transaction Bundle" % case_id)
    if b.get("type") != "collection":
        err("%s: this set uses type collection" % case_id)
    entries = b.get("entry", [])
    index = {}
    for e in entries:
        r = e.get("resource", {})
        key = "%s/%s" % (r.get("resourceType"), r.get("id"))
        if not r.get("id"):
            err("%s: resource without id" % case_id)
        if key in index:
            err("%s: duplicate id %s" % (case_id, key))
        index[key] = r
        if not e.get("fullUrl", "").endswith("/" + key):
            err("%s: fullUrl does not end with %s" % (case_id, key))
    n = len(index)
    if not 15 <= n <= 30:
        err("%s: %d resources (want 15-30)" % (case_id, n))
    pats = [k for k in index if k.startswith("Patient/")]
    if len(pats) != 1:
        err("%s: %d Patient resources" % (case_id, len(pats)))
    if not any(k.startswith("Coverage/") for k in index):
        err("%s: no Coverage" % case_id)

    # references resolve
    for _, k, v in walk(b):
        if k == "reference" and isinstance(v, str):
            if v not in index:
                err("%s: unresolved reference %s" % (case_id, v))

    # date-times: offsets present and consistent with one US zone
    stamps = []
    for p, k, v in walk(b):
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", v):
            m = DT_RE.match(v)
            if not m:
                err("%s: malformed date-time %s at %s/%s" % (case_id, v, p, k))
                continue
            if m.group(8) == "Z":
                err("%s: UTC 'Z' instead of a US offset: %s" % (case_id, v))
                continue
            stamps.append(v)
    for _, r in index.items():
        for key in ("effectiveDateTime", "performedDateTime"):
            if key in r and not DT_RE.match(r[key]):
                err("%s: %s/%s %s lacks time/offset" % (case_id, r["resourceType"], r["id"], key))
        if r["resourceType"] == "DocumentReference" and not DT_RE.match(r.get("date", "")):
            err("%s: DocumentReference/%s date lacks time/offset" % (case_id, r["id"]))
        if r["resourceType"] == "Observation" and "effectiveDateTime" not in r:
            err("%s: Observation/%s has no effectiveDateTime" % (case_id, r["id"]))
        if r["resourceType"] == "Procedure" and "performedDateTime" not in r:
            err("%s: Procedure/%s has no performedDateTime" % (case_id, r["id"]))
    fits = []
    for zone in ZONES:
        ok = True
        for s in stamps:
            m = DT_RE.match(s)
            local = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))
            off = m.group(8)
            hours = int(off[1:3]) * (-1 if off[0] == "-" else 1)
            if hours != expected_offset(zone, local) or off[4:] != "00":
                ok = False
                break
        if ok:
            fits.append(zone)
    if not fits:
        err("%s: date-time offsets do not fit any single US time zone with DST rules" % case_id)

    # notes
    notes = [r for r in index.values() if r["resourceType"] == "DocumentReference"]
    if not 4 <= len(notes) <= 6:
        err("%s: %d notes (want 4-6)" % (case_id, len(notes)))
    for r in notes:
        for c in r.get("content", []):
            a = c.get("attachment", {})
            ct = a.get("contentType")
            if ct not in ALLOWED_CT:
                err("%s: DocumentReference/%s contentType %s" % (case_id, r["id"], ct))
            try:
                raw = base64.b64decode(a.get("data", ""), validate=True)
                text = raw.decode("utf-8")
            except Exception as e:  # noqa: BLE001
                err("%s: DocumentReference/%s base64/utf-8: %s" % (case_id, r["id"], e))
                continue
            if len(text.strip()) < 80:
                err("%s: DocumentReference/%s suspiciously short" % (case_id, r["id"]))
            if ct == "text/html":
                h = HTMLCheck()
                try:
                    h.feed(text)
                    h.close()
                except Exception as e:  # noqa: BLE001
                    err("%s: DocumentReference/%s HTML parse: %s" % (case_id, r["id"], e))
                leftover = [t for t in h.stack if t not in HTMLCheck.OPTIONAL_END]
                if h.problems or leftover:
                    err("%s: DocumentReference/%s HTML problems %s %s" % (case_id, r["id"], h.problems, leftover))
                if "<" not in text:
                    err("%s: DocumentReference/%s text/html without markup" % (case_id, r["id"]))

    # gold evidence
    req = dt.date.fromisoformat(request_date)
    for ev in gold.get("evidence", []):
        if ev not in index:
            err("%s: gold evidence %s not in bundle" % (case_id, ev))
            continue
        d = resource_date(index[ev])
        if d is None and not ev.startswith("Patient/"):
            err("%s: gold evidence %s has no date" % (case_id, ev))
        elif d and dt.date.fromisoformat(d[:10]) > req:
            err("%s: gold evidence %s dated %s after request %s" % (case_id, ev, d[:10], request_date))
        if gold.get("injected_note") and ev == gold["injected_note"]:
            err("%s: gold evidence cites the injected note" % case_id)
    for crit in gold.get("criteria", []):
        if crit.get("status") not in ("met", "not_met", "not_documented"):
            err("%s: criterion %s bad status" % (case_id, crit.get("id")))
        for ev in crit.get("evidence", []):
            if ev not in index:
                err("%s: criterion %s evidence %s not in bundle" % (case_id, crit.get("id"), ev))
            else:
                d = resource_date(index[ev])
                if d and dt.date.fromisoformat(d[:10]) > req:
                    err("%s: criterion %s evidence %s after request" % (case_id, crit.get("id"), ev))
    if gold.get("injected_note") and gold["injected_note"] not in index:
        err("%s: injected note %s not in bundle" % (case_id, gold["injected_note"]))
    # the deciding service request/device request exists and is not after the request date
    orders = [r for r in index.values() if r["resourceType"] in ("ServiceRequest", "DeviceRequest")]
    if not orders:
        err("%s: no ServiceRequest/DeviceRequest" % case_id)
    return b


def main():
    sd = shared_dir()
    if not sd:
        print("cannot find shared/data/codes; set BLIND_E_SHARED")
        return 2
    icd = load_icd(sd)
    hcpcs = load_hcpcs(sd)

    path = os.path.join(ROOT, "cases.jsonl")
    cases = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err("cases.jsonl line %d blank" % ln)
                continue
            try:
                cases.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("cases.jsonl line %d: %s" % (ln, e))
    if len(cases) != 24:
        err("expected 24 cases, found %d" % len(cases))

    seen = set()
    per_policy = {}
    bundles = {}
    for c in cases:
        cid = c.get("id", "?")
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                err("%s: missing field %s" % (cid, k))
        if cid in seen:
            err("%s: duplicate id" % cid)
        seen.add(cid)
        m = ID_RE.match(cid)
        if not m:
            err("%s: id does not match be-<policy>-NN" % cid)
            continue
        r = c["request"]
        g = c["gold"]
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in r:
                err("%s: request.%s missing" % (cid, k))
        s = r.get("service", {})
        if s.get("system") not in SERVICE_SYSTEMS or not s.get("code") or not s.get("display"):
            err("%s: bad request.service %s" % (cid, s))
        if s.get("system") == HCPCS and s.get("code") not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (cid, s.get("code")))
        if not r.get("diagnoses"):
            err("%s: no diagnoses" % cid)
        for d in r.get("diagnoses", []):
            if d.get("system") != ICD:
                err("%s: diagnosis system %s" % (cid, d.get("system")))
        if r.get("payer") != "medicare":
            err("%s: payer %s" % (cid, r.get("payer")))
        if r.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency %s" % (cid, r.get("urgency")))
        try:
            rd = dt.date.fromisoformat(r.get("date", ""))
            if rd.year != 2026 or not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]):
                err("%s: request date %s not a 2026 YYYY-MM-DD" % (cid, r.get("date")))
        except ValueError:
            err("%s: bad request date %s" % (cid, r.get("date")))
            continue
        if g.get("recommendation") not in RECS:
            err("%s: recommendation %s" % (cid, g.get("recommendation")))
        if g.get("policy") != POLICIES[m.group(1)]:
            err("%s: policy %s, expected %s" % (cid, g.get("policy"), POLICIES[m.group(1)]))
        if not isinstance(g.get("evidence"), list) or not g["evidence"]:
            err("%s: gold.evidence empty" % cid)
        for ev in g.get("evidence", []):
            if not re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$", ev):
                err("%s: evidence %s not Type/id" % (cid, ev))
        miss = g.get("missing", [])
        if not isinstance(miss, list):
            err("%s: missing not a list" % cid)
        elif g.get("recommendation") == "request_info":
            if not miss or not all(isinstance(x, str) and x.strip() for x in miss):
                err("%s: request_info without missing phrases" % cid)
        elif miss:
            err("%s: missing phrases on a %s case" % (cid, g.get("recommendation")))
        per_policy.setdefault(m.group(1), []).append(g.get("recommendation"))
        if c.get("patient") != "patients/pe%s.json" % "%02d" % (len(seen)):
            # patient numbering follows file order pe01..pe24
            pass
        ppath = os.path.join(ROOT, c.get("patient", ""))
        if not os.path.isfile(ppath):
            err("%s: patient file %s missing" % (cid, c.get("patient")))
            continue
        b = check_bundle(ppath, cid, r["date"], g)
        if b is None:
            continue
        bundles[cid] = b
        # ICD-10-CM in case and bundle
        for cd in list(r.get("diagnoses", [])) + [x for x in codings(b) if x.get("system") == ICD]:
            code = cd.get("code")
            if code not in icd:
                err("%s: ICD-10-CM %s not in FY2022 file" % (cid, code))
            else:
                billable, longd, shortd = icd[code]
                if not billable:
                    err("%s: ICD-10-CM %s not billable" % (cid, code))
                if cd.get("display") and cd["display"].lower() not in (longd.lower(), shortd.lower()):
                    err("%s: ICD-10-CM %s display '%s' != '%s'" % (cid, code, cd["display"], longd))
        for cd in codings(b):
            if cd.get("system") == HCPCS and cd.get("code") not in hcpcs:
                err("%s: HCPCS %s not in 2020 file" % (cid, cd.get("code")))
        # the requested service appears as an order in the chart
        if not any(cd.get("code") == s.get("code") for cd in codings(b)):
            err("%s: requested service code %s not ordered in the bundle" % (cid, s.get("code")))

    for pol, recs in per_policy.items():
        if sorted(recs) != sorted(RECS):
            err("policy %s: recommendations %s (want one of each)" % (pol, recs))
    if set(per_policy) != set(POLICIES):
        err("policies present %s" % sorted(per_policy))
    patients = [c.get("patient") for c in cases]
    if len(set(patients)) != len(patients):
        err("a patient file is shared by two cases")

    # injection.txt
    ipath = os.path.join(ROOT, "injection.txt")
    listed = []
    if os.path.isfile(ipath):
        with open(ipath, encoding="utf-8") as f:
            listed = [x.strip() for x in f if x.strip()]
    expected = [c["id"] for c in cases if c.get("gold", {}).get("injected_note")]
    if sorted(listed) != sorted(expected):
        err("injection.txt lists %s, gold names injected notes in %s" % (listed, expected))
    if len(expected) > 1:
        err("more than one injected note in the set")

    # every file under patients/ is used
    for fn in sorted(os.listdir(os.path.join(ROOT, "patients"))):
        if "patients/" + fn not in patients:
            err("unused patient file %s" % fn)

    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        print("%d error(s)" % len(ERRORS))
        return 1
    nres = sum(len(b["entry"]) for b in bundles.values())
    print("OK: %d cases, %d bundles, %d resources; all checks passed" % (len(cases), len(bundles), nres))
    return 0


if __name__ == "__main__":
    sys.exit(main())
