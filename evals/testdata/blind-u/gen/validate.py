"""Validate the blind-u dataset against shared/evals/SPEC.md and the shared code lists.

Usage: python3 gen/validate.py   (standard library only; exit 1 on any error)
"""
import base64
import csv
import html
import html.parser
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = os.environ.get("BU_CODES_DIR", "/work/shared/data/codes")
MCD = os.environ.get("BU_MCD_DIR", "/work/shared/data/mcd")

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
SERVICE_SYSTEMS = {CPT, HCPCS, "http://www.cms.gov/Medicare/Coding/ICD10",
                   "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
POLICIES = {"NCD 20.4": "icd", "NCD 240.4": "cpap", "NCD 240.2": "o2", "NCD 100.1": "bar",
            "NCD 20.32": "tavr", "NCD 20.29": "hbot", "NCD 50.3": "ci", "NCD 20.34": "laac"}
RECS = {"approve", "refer", "request_info"}
EXPECTED = {"approve": 6, "refer": 5, "request_info": 5}

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), newline="", encoding="utf-8") as f:
        return {r["code_dotted"]: r for r in csv.DictReader(f)}


def load_hcpcs():
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), newline="", encoding="utf-8") as f:
        return {r["code"]: r for r in csv.DictReader(f)}


def resource_date(r):
    t = r["resourceType"]
    v = None
    if t == "Observation":
        v = r.get("effectiveDateTime") or (r.get("effectivePeriod") or {}).get("start") or r.get("issued")
    elif t == "Condition":
        v = r.get("recordedDate") or r.get("onsetDateTime")
    elif t == "MedicationRequest":
        v = r.get("authoredOn")
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
    elif t == "FamilyMemberHistory":
        v = r.get("date")
    elif t == "DiagnosticReport":
        v = r.get("effectiveDateTime") or r.get("issued")
    return v[:10] if v else None


def walk(obj, fn):
    if isinstance(obj, dict):
        fn(obj)
        for v in obj.values():
            walk(v, fn)
    elif isinstance(obj, list):
        for v in obj:
            walk(v, fn)


class StrictHTML(html.parser.HTMLParser):
    VOID = {"br", "meta", "img", "hr", "input", "link"}

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
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unexpected </%s> (open: %s)" % (tag, self.stack[-3:]))
        else:
            self.stack.pop()


def ncd_shingles(n=7):
    """Word n-grams of the eight NCD texts, to check that no NCD wording was copied."""
    csv.field_size_limit(10 ** 9)
    sh = set()
    with open(os.path.join(MCD, "ncd_trkg.csv"), encoding="cp1252", newline="") as f:
        for row in csv.DictReader(f):
            if row["NCD_mnl_sect"] in {"20.4", "240.4", "240.2", "100.1", "20.32", "20.29", "50.3", "20.34"}:
                text = " ".join(row[k] for k in ("itm_srvc_desc", "indctn_lmtn"))
                text = html.unescape(re.sub(r"<[^>]+>", " ", text)).lower()
                words = re.findall(r"[a-z0-9]+", text)
                for i in range(len(words) - n + 1):
                    sh.add(" ".join(words[i:i + n]))
    return sh


def copied(text, shingles, n=7):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) in shingles]


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    shingles = ncd_shingles()
    injected = set()
    inj_path = os.path.join(ROOT, "injection.txt")
    if os.path.exists(inj_path):
        injected = {l.strip() for l in open(inj_path, encoding="utf-8") if l.strip()}
    cases = []
    with open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("blank line %d" % n)
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: %s" % (n, e))
    ids = [c.get("id") for c in cases]
    if len(set(ids)) != len(ids):
        err("duplicate case ids")
    for cid in injected:
        if cid not in ids:
            err("injection.txt names unknown case " + cid)
    rec_count = Counter()
    pol_count = Counter()
    pol_rec = Counter()
    patients_used = Counter()
    for c in cases:
        cid = c.get("id", "?")
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                err(cid + ": missing " + k)
        req, gold = c["request"], c["gold"]
        m = re.fullmatch(r"bu-([a-z0-9]+)-(\d\d)", cid)
        if not m:
            err(cid + ": id pattern")
        if POLICIES.get(gold.get("policy")) != (m.group(1) if m else None):
            err(cid + ": policy %r does not match id" % gold.get("policy"))
        svc = req.get("service", {})
        if svc.get("system") not in SERVICE_SYSTEMS:
            err(cid + ": service system")
        if svc.get("system") == HCPCS and svc.get("code") not in hcpcs:
            err(cid + ": HCPCS service code not in 2020 list: " + str(svc.get("code")))
        if svc.get("system") == CPT and not re.fullmatch(r"\d{4}[0-9A-Z]", svc.get("code", "")):
            err(cid + ": CPT identifier format")
        if not req.get("diagnoses"):
            err(cid + ": no diagnoses")
        for d in req.get("diagnoses", []):
            if d.get("system") != ICD:
                err(cid + ": diagnosis system")
            row = icd.get(d.get("code"))
            if not row or row["billable"] != "1":
                err(cid + ": diagnosis code not billable/existing: " + str(d.get("code")))
            elif d.get("display") and d["display"] != row["long_description"]:
                err(cid + ": diagnosis display mismatch " + d["code"])
        if req.get("payer") != "medicare":
            err(cid + ": payer")
        if req.get("urgency") not in ("standard", "expedited"):
            err(cid + ": urgency")
        rdate = req.get("date", "")
        if not re.fullmatch(r"2026-\d\d-\d\d", rdate):
            err(cid + ": request date not in 2026")
        rec = gold.get("recommendation")
        if rec not in RECS:
            err(cid + ": recommendation")
        rec_count[rec] += 1
        pol_count[gold.get("policy")] += 1
        pol_rec[(gold.get("policy"), rec)] += 1
        missing = gold.get("missing")
        if not isinstance(missing, list):
            err(cid + ": missing must be a list")
        elif rec == "request_info" and not missing:
            err(cid + ": request_info without missing")
        elif rec != "request_info" and missing:
            err(cid + ": missing on non-request_info")
        for phrase in missing or []:
            for alt in phrase.split("|"):
                if not alt.strip():
                    err(cid + ": empty alternative in missing")
        if copied(gold.get("rationale", ""), shingles):
            err(cid + ": rationale copies NCD wording: %s" % copied(gold["rationale"], shingles)[:2])

        # ---- bundle
        ppath = os.path.join(ROOT, c["patient"])
        patients_used[c["patient"]] += 1
        if not os.path.exists(ppath):
            err(cid + ": patient file missing")
            continue
        with open(ppath, encoding="utf-8") as f:
            bundle = json.load(f)
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") not in ("collection", "batch", "transaction"):
            err(cid + ": not a collection Bundle")
        res = {}
        for e in bundle.get("entry", []):
            r = e["resource"]
            key = r["resourceType"] + "/" + r["id"]
            if key in res:
                err(cid + ": duplicate resource " + key)
            res[key] = r
            if not e.get("fullUrl", "").endswith("/" + key):
                err(cid + ": fullUrl mismatch " + key)
        if sum(1 for k in res if k.startswith("Patient/")) != 1:
            err(cid + ": bundle must hold exactly one Patient")
        n_docs = sum(1 for k in res if k.startswith("DocumentReference/"))
        if n_docs < 2:
            err(cid + ": fewer than 2 notes")

        def check_ref(d):
            ref = d.get("reference")
            if isinstance(ref, str) and ref not in res:
                err(cid + ": unresolved reference " + ref)
        walk(bundle, check_ref)

        def check_coding(d):
            if d.get("system") == ICD and "code" in d:
                row = icd.get(d["code"])
                if not row or row["billable"] != "1":
                    err(cid + ": bundle ICD code invalid " + d["code"])
                elif d.get("display") and d["display"] != row["long_description"]:
                    err(cid + ": bundle ICD display mismatch " + d["code"])
            if d.get("system") == HCPCS and "code" in d and d["code"] not in hcpcs:
                err(cid + ": bundle HCPCS code invalid " + d["code"])
            if d.get("system") == CPT and "code" in d and not re.fullmatch(r"\d{4}[0-9A-Z]", d["code"]):
                err(cid + ": bundle CPT format " + d["code"])
        walk(bundle, check_coding)

        for key, r in res.items():
            if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and not resource_date(r):
                err(cid + ": no date on " + key)
            if r["resourceType"] == "DocumentReference":
                if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", r.get("date", "")):
                    err(cid + ": DocumentReference.date not an instant " + key)
                for ct in r["content"]:
                    a = ct["attachment"]
                    if a.get("contentType") not in ("text/plain", "text/html", "application/pdf"):
                        err(cid + ": contentType " + key)
                    try:
                        text = base64.b64decode(a["data"], validate=True).decode("utf-8")
                    except Exception as e:  # noqa: BLE001
                        err(cid + ": base64/utf-8 decode failed %s: %s" % (key, e))
                        continue
                    if a["contentType"] == "text/html":
                        p = StrictHTML()
                        p.feed(text)
                        p.close()
                        if p.problems or p.stack:
                            err(cid + ": HTML problems in %s: %s %s" % (key, p.problems[:2], p.stack))
                    hits = copied(text, shingles)
                    if hits:
                        err(cid + ": note %s copies NCD wording: %s" % (key, hits[:2]))

        for ev in gold.get("evidence", []):
            if ev not in res:
                err(cid + ": evidence not in bundle " + ev)
                continue
            d = resource_date(res[ev])
            if not d or d > rdate:
                err(cid + ": evidence dated after request " + ev + " " + str(d))
        if not gold.get("evidence"):
            err(cid + ": no evidence")
        if cid in injected:
            from build import INJECTED  # noqa: E402
            if INJECTED[cid] in gold.get("evidence", []):
                err(cid + ": injected note cited as evidence")
            if INJECTED[cid] not in res:
                err(cid + ": injected note missing")

    if len(cases) != 16:
        err("expected 16 cases, got %d" % len(cases))
    for k, v in EXPECTED.items():
        if rec_count[k] != v:
            err("expected %d %s, got %d" % (v, k, rec_count[k]))
    for p in POLICIES:
        if pol_count[p] != 2:
            err("expected 2 cases for %s, got %d" % (p, pol_count[p]))
    for p, n in patients_used.items():
        if n != 1:
            err("patient file shared: " + p)

    print("cases: %d" % len(cases))
    print("by recommendation: " + json.dumps(dict(rec_count)))
    print("by policy: " + json.dumps(dict(pol_count)))
    print("by policy x recommendation: " + json.dumps({"%s %s" % k: v for k, v in sorted(pol_rec.items())}))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
