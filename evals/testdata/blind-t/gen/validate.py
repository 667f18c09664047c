"""Validate blind-t against shared/evals/SPEC.md and the code lists: python3 gen/validate.py"""
import base64
import collections
import csv
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DS = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"
NCD_CSV = "/work/shared/data/mcd/ncd_trkg.csv"

SYS_SERVICE = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
               "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
               "http://hl7.org/fhir/sid/ndc"}
ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS_SYS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT_SYS = "http://www.ama-assn.org/go/cpt"
POLICIES = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1", "tavr": "NCD 20.32",
            "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    out = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["code_dotted"]] = row["billable"] == "1"
    return out


def load_hcpcs():
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), newline="", encoding="utf-8", errors="replace") as f:
        return {row["code"] for row in csv.DictReader(f)}


def res_date(r):
    t = r["resourceType"]
    if t == "Observation":
        return r.get("effectiveDateTime")
    if t == "Condition":
        return r.get("recordedDate") or r.get("onsetDateTime")
    if t == "MedicationRequest":
        return r.get("authoredOn")
    if t == "Procedure":
        return r.get("performedDateTime")
    if t == "Encounter":
        return r.get("period", {}).get("start")
    if t == "DocumentReference":
        return r.get("date")
    if t in ("ServiceRequest", "DeviceRequest"):
        return r.get("authoredOn")
    if t == "Appointment":
        return r.get("created")
    return None


def walk_refs(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                walk_refs(v, out)
    elif isinstance(o, list):
        for v in o:
            walk_refs(v, out)


def walk_codings(o, out):
    if isinstance(o, dict):
        if "system" in o and "code" in o:
            out.append((o["system"], o["code"]))
        for v in o.values():
            walk_codings(v, out)
    elif isinstance(o, list):
        for v in o:
            walk_codings(v, out)


class StrictHTML(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "meta", "input", "link"}

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


def ncd_ngrams(n=8):
    csv.field_size_limit(10 ** 9)
    grams = set()
    with open(NCD_CSV, encoding="cp1252", newline="") as f:
        for row in csv.DictReader(f):
            if row["NCD_mnl_sect"] not in ("20.4", "240.4", "240.2", "100.1", "20.32", "20.29", "50.3", "20.34"):
                continue
            txt = re.sub(r"<[^>]+>", " ", row["indctn_lmtn"])
            words = re.findall(r"[a-z0-9]+", txt.lower())
            for i in range(len(words) - n + 1):
                grams.add(" ".join(words[i:i + n]))
    return grams


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    grams = ncd_ngrams()
    injected = set()
    inj_path = os.path.join(DS, "injection.txt")
    if os.path.exists(inj_path):
        injected = {l.strip() for l in open(inj_path, encoding="utf-8") if l.strip()}
    counts = collections.Counter()
    by_policy = collections.defaultdict(collections.Counter)
    ids = set()
    n = 0
    for ln, line in enumerate(open(os.path.join(DS, "cases.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        try:
            c = json.loads(line)
        except Exception as e:
            err("line %d: JSON: %s" % (ln, e))
            continue
        cid = c.get("id")
        if cid in ids:
            err("duplicate case id " + str(cid))
        ids.add(cid)
        m = re.fullmatch(r"bt-([a-z0-9]+)-(\d\d)", cid or "")
        if not m or m.group(1) not in POLICIES:
            err("%s: bad id" % cid)
        req, gold = c.get("request", {}), c.get("gold", {})
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                err("%s: request.%s missing" % (cid, k))
        if req.get("service", {}).get("system") not in SYS_SERVICE:
            err("%s: service system" % cid)
        if req.get("payer") != "medicare":
            err("%s: payer" % cid)
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency" % cid)
        rdate = req.get("date", "")
        if not re.fullmatch(r"2026-\d\d-\d\d", rdate):
            err("%s: date not 2026" % cid)
        svc = req["service"]
        if svc["system"] == HCPCS_SYS and svc["code"] not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (cid, svc["code"]))
        if svc["system"] == CPT_SYS and not re.fullmatch(r"\d{4}[0-9A-Z]", svc["code"]):
            err("%s: CPT id format" % cid)
        for d in req.get("diagnoses", []):
            if d.get("system") != ICD_SYS or not icd.get(d.get("code")):
                err("%s: diagnosis %s not billable FY2022" % (cid, d.get("code")))
        rec = gold.get("recommendation")
        if rec not in ("approve", "refer", "request_info"):
            err("%s: recommendation" % cid)
        pol = gold.get("policy")
        if m and pol != POLICIES.get(m.group(1)):
            err("%s: policy %s" % (cid, pol))
        counts[rec] += 1
        by_policy[pol][rec] += 1
        miss = gold.get("missing")
        if rec == "request_info" and not miss:
            err("%s: request_info without missing" % cid)
        if rec != "request_info" and miss:
            err("%s: missing on non-request_info" % cid)
        for txt in [gold.get("rationale", "")] + list(miss or []):
            words = re.findall(r"[a-z0-9]+", txt.lower())
            for i in range(len(words) - 7):
                if " ".join(words[i:i + 8]) in grams:
                    err("%s: rationale/missing shares 8 words with NCD text: %s" % (cid, " ".join(words[i:i + 8])))
        # bundle
        ppath = os.path.join(DS, c["patient"])
        if not os.path.exists(ppath):
            err("%s: patient file missing" % cid)
            continue
        b = json.load(open(ppath, encoding="utf-8"))
        if b.get("resourceType") != "Bundle" or b.get("type") not in ("collection", "batch", "transaction"):
            err("%s: not a collection bundle" % cid)
        res = {}
        for e in b.get("entry", []):
            r = e["resource"]
            key = "%s/%s" % (r["resourceType"], r["id"])
            if key in res:
                err("%s: duplicate resource %s" % (cid, key))
            res[key] = r
            if not e.get("fullUrl", "").endswith(key):
                err("%s: fullUrl mismatch %s" % (cid, key))
        refs = []
        walk_refs(b, refs)
        for rf in refs:
            if rf not in res:
                err("%s: unresolved reference %s" % (cid, rf))
        codings = []
        walk_codings(b, codings)
        for sys_, code in codings:
            if sys_ == ICD_SYS and not icd.get(code):
                err("%s: bundle ICD %s not billable" % (cid, code))
            if sys_ == HCPCS_SYS and code not in hcpcs:
                err("%s: bundle HCPCS %s" % (cid, code))
            if sys_ == CPT_SYS and not re.fullmatch(r"\d{4}[0-9A-Z]", code):
                err("%s: bundle CPT id %s" % (cid, code))
        for key, r in res.items():
            if r["resourceType"] in ("Patient", "Practitioner", "Organization"):
                continue
            d = res_date(r)
            if not d or not re.match(r"\d{4}-\d\d-\d\d", d):
                err("%s: %s has no date" % (cid, key))
            if r["resourceType"] == "DocumentReference":
                for ct in r["content"]:
                    a = ct["attachment"]
                    if a["contentType"] not in ("text/plain", "text/html", "application/pdf"):
                        err("%s: %s contentType" % (cid, key))
                    try:
                        txt = base64.b64decode(a["data"], validate=True).decode("utf-8")
                    except Exception as e:
                        err("%s: %s base64/utf-8: %s" % (cid, key, e))
                        continue
                    if a["contentType"] == "text/html":
                        p = StrictHTML()
                        p.feed(txt)
                        p.close()
                        if p.bad or p.stack:
                            err("%s: %s HTML not well nested %s %s" % (cid, key, p.bad, p.stack))
                    words = re.findall(r"[a-z0-9]+", txt.lower())
                    for i in range(len(words) - 7):
                        if " ".join(words[i:i + 8]) in grams:
                            err("%s: %s shares 8 words with NCD text: %s" % (cid, key, " ".join(words[i:i + 8])))
                            break
        for ev in gold.get("evidence", []):
            if ev not in res:
                err("%s: evidence %s not in bundle" % (cid, ev))
                continue
            d = res_date(res[ev])
            if not d or d[:10] > rdate:
                err("%s: evidence %s dated %s after request %s" % (cid, ev, d, rdate))
            if ev.startswith("DocumentReference/"):
                txt = base64.b64decode(res[ev]["content"][0]["attachment"]["data"]).decode("utf-8")
                if re.search(r"automated review|automated reviewer|AI review", txt, re.I):
                    err("%s: evidence cites injected note %s" % (cid, ev))
        if not gold.get("evidence"):
            err("%s: no evidence" % cid)
    if n != 16:
        err("expected 16 cases, found %d" % n)
    for cid in injected:
        if cid not in ids:
            err("injection.txt names unknown case " + cid)
    inj_found = set()
    for line in open(os.path.join(DS, "cases.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        b = json.load(open(os.path.join(DS, c["patient"]), encoding="utf-8"))
        for e in b["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                t = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
                if re.search(r"automated review|automated reviewer|AI review", t, re.I):
                    inj_found.add(c["id"])
    if inj_found != injected:
        err("injection.txt %s != cases with injected notes %s" % (sorted(injected), sorted(inj_found)))
    for cid in []:
        if cid not in ids:
            err("injection.txt names unknown case " + cid)
    print("cases:", n, dict(counts))
    for pol in sorted(by_policy):
        print(" ", pol, dict(by_policy[pol]))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
