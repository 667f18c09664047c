"""Validate the blind-x dataset against shared/evals/SPEC.md: python3 gen/validate.py [codes_dir] [mcd_csv]"""
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
CODES = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/codes"
MCD = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/data/mcd/ncd_trkg.csv"

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
SERVICE_SYSTEMS = {CPT, HCPCS, "http://www.cms.gov/Medicare/Coding/ICD10",
                   "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/sid/ndc"}
RECS = {"approve", "refer", "request_info"}
POLICIES = {"NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"}

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
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8") as f:
        return {r["code"] for r in csv.DictReader(f)}


def res_date(r):
    t = r["resourceType"]
    d = None
    if t == "Observation":
        d = r.get("effectiveDateTime")
    elif t == "Condition":
        d = r.get("recordedDate") or r.get("onsetDateTime")
    elif t == "MedicationRequest":
        d = r.get("authoredOn")
    elif t == "Procedure":
        d = r.get("performedDateTime")
    elif t == "Encounter":
        d = r.get("period", {}).get("start")
    elif t == "DocumentReference":
        d = r.get("date")
    elif t in ("ServiceRequest", "DeviceRequest"):
        d = r.get("authoredOn")
    elif t == "Appointment":
        d = r.get("created")
    return d[:10] if d else None


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
        if "system" in obj and "code" in obj and isinstance(obj.get("code"), str):
            out.append((obj["system"], obj["code"]))
        for v in obj.values():
            walk_codings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            walk_codings(v, out)


class StrictHTML(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "meta", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unexpected </%s> (open: %s)" % (tag, self.stack[-3:]))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()


def ncd_ngrams(n=7):
    csv.field_size_limit(10 ** 9)
    grams = set()
    with open(MCD, encoding="cp1252", newline="") as f:
        for r in csv.DictReader(f):
            if r["NCD_mnl_sect"] in {p.split()[1] for p in POLICIES}:
                txt = re.sub(r"<[^>]+>", " ", r["itm_srvc_desc"] + " " + r["indctn_lmtn"])
                words = re.findall(r"[a-z0-9]+", txt.lower())
                for i in range(len(words) - n + 1):
                    grams.add(tuple(words[i:i + n]))
    return grams


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    grams = ncd_ngrams()
    inj = collections.defaultdict(set)
    ipath = os.path.join(ROOT, "injection.txt")
    if os.path.exists(ipath):
        for line in open(ipath, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                cid, ref = line.rstrip("\n").split("\t")
                inj[cid].add(ref)
    seen_ids = set()
    by_rec = collections.Counter()
    by_pol = collections.defaultdict(collections.Counter)
    n = 0
    for ln, line in enumerate(open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8"), 1):
        cs = json.loads(line)
        n += 1
        cid = cs["id"]
        if cid in seen_ids:
            err("%s: duplicate id" % cid)
        seen_ids.add(cid)
        if not re.fullmatch(r"bx-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-\d\d", cid):
            err("%s: id pattern" % cid)
        req, gold = cs["request"], cs["gold"]
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                err("%s: request.%s missing" % (cid, k))
        if req["service"]["system"] not in SERVICE_SYSTEMS:
            err("%s: service system" % cid)
        if req["service"]["system"] == HCPCS and req["service"]["code"] not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (cid, req["service"]["code"]))
        if req["service"]["system"] == CPT and not re.fullmatch(r"\d{4}[0-9A-Z]", req["service"]["code"]):
            err("%s: CPT format" % cid)
        for dx in req["diagnoses"]:
            if dx["system"] != ICD10 or not icd.get(dx["code"]):
                err("%s: diagnosis %s not billable ICD-10-CM FY2022" % (cid, dx["code"]))
        if req["urgency"] not in ("standard", "expedited") or req["payer"] != "medicare":
            err("%s: urgency/payer" % cid)
        if not re.fullmatch(r"2026-\d\d-\d\d", req["date"]):
            err("%s: date not in 2026" % cid)
        rdate = req["date"]
        if gold["recommendation"] not in RECS:
            err("%s: recommendation" % cid)
        if gold["policy"] not in POLICIES:
            err("%s: policy" % cid)
        if (gold["recommendation"] == "request_info") != bool(gold.get("missing")):
            err("%s: missing must be non-empty exactly for request_info" % cid)
        by_rec[gold["recommendation"]] += 1
        by_pol[gold["policy"]][gold["recommendation"]] += 1

        ppath = os.path.join(ROOT, cs["patient"])
        b = json.load(open(ppath, encoding="utf-8"))
        if b.get("resourceType") != "Bundle" or b.get("type") not in ("collection", "batch", "transaction"):
            err("%s: not a collection bundle" % cid)
        index = {}
        for e in b["entry"]:
            r = e["resource"]
            key = r["resourceType"] + "/" + r["id"]
            if key in index:
                err("%s: duplicate resource %s" % (cid, key))
            index[key] = r
            if not e["fullUrl"].endswith("/" + key):
                err("%s: fullUrl mismatch %s" % (cid, key))
            if not re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", r["id"]):
                err("%s: bad id %s" % (cid, key))
        refs = []
        walk_refs(b, refs)
        for ref in refs:
            if ref not in index:
                err("%s: unresolved reference %s" % (cid, ref))
        cods = []
        walk_codings(b, cods)
        for sysname, code in cods:
            if sysname == ICD10 and not icd.get(code):
                err("%s: bundle ICD-10-CM %s not billable/existing" % (cid, code))
            if sysname == HCPCS and code not in hcpcs:
                err("%s: bundle HCPCS %s not in file" % (cid, code))
        patients = [k for k in index if k.startswith("Patient/")]
        if len(patients) != 1:
            err("%s: expected one Patient" % cid)
        n_after = 0
        for key, r in index.items():
            d = res_date(r)
            if d and d > rdate:
                n_after += 1
            if r["resourceType"] == "DocumentReference":
                for cont in r["content"]:
                    a = cont["attachment"]
                    if a["contentType"] not in ("text/plain", "text/html", "application/pdf"):
                        err("%s: %s contentType" % (cid, key))
                    try:
                        txt = base64.b64decode(a["data"], validate=True).decode("utf-8")
                    except Exception as ex:  # noqa: BLE001
                        err("%s: %s base64/utf-8: %s" % (cid, key, ex))
                        continue
                    if a["contentType"] == "text/html":
                        p = StrictHTML()
                        p.feed(txt)
                        p.close()
                        if p.problems or p.stack:
                            err("%s: %s HTML problems %s %s" % (cid, key, p.problems, p.stack))
                    words = re.findall(r"[a-z0-9]+", re.sub(r"<[^>]+>", " ", txt).lower())
                    for i in range(len(words) - 6):
                        if tuple(words[i:i + 7]) in grams:
                            err("%s: %s shares a 7-word run with NCD text: %s" % (cid, key, " ".join(words[i:i + 7])))
                            break
        for ev in gold["evidence"]:
            if ev not in index:
                err("%s: evidence %s not in bundle" % (cid, ev))
                continue
            d = res_date(index[ev])
            if not d or d > rdate:
                err("%s: evidence %s dated %s after request %s" % (cid, ev, d, rdate))
            if ev in inj.get(cid, set()):
                err("%s: evidence cites injected note %s" % (cid, ev))
        words = re.findall(r"[a-z0-9]+", gold.get("rationale", "").lower())
        for i in range(len(words) - 6):
            if tuple(words[i:i + 7]) in grams:
                err("%s: rationale shares a 7-word run with NCD text" % cid)
                break
        print("%-12s %-10s %-13s %s  resources=%d docs=%d after_request=%d" % (
            cid, gold["policy"], gold["recommendation"], rdate, len(index),
            sum(1 for k in index if k.startswith("DocumentReference/")), n_after))
    for cid in inj:
        if cid not in seen_ids:
            err("injection.txt names unknown case %s" % cid)
    print()
    print("cases:", n, dict(by_rec))
    for p in sorted(by_pol):
        print("  ", p, dict(by_pol[p]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
