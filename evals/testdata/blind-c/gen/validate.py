#!/usr/bin/env python3
"""Validate the blind2/C dataset against shared/evals/SPEC.md (stdlib only). Exit 1 on any error."""
import base64
import csv
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SERVICE_SYSTEMS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                   "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RECS = {"approve", "refer", "request_info"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load_icd():
    d = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            d[r["code_dotted"]] = r["billable"] == "1"
    return d


def load_hcpcs():
    s = set()
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace", newline="") as f:
        for r in csv.DictReader(f):
            if r["kind"] == "procedure":
                s.add(r["code"])
    return s


def res_date(r):
    t = r["resourceType"]
    v = None
    if t == "Observation":
        v = r.get("effectiveDateTime") or (r.get("effectivePeriod") or {}).get("start")
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
    return v[:10] if v else None


def iter_refs(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from iter_refs(v)
    elif isinstance(obj, list):
        for x in obj:
            yield from iter_refs(x)


class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []

    def handle_data(self, d):
        self.text.append(d)


def html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return " ".join(p.text)


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    injected = {}
    inj_path = os.path.join(ROOT, "injection.txt")
    if os.path.exists(inj_path):
        for line in open(inj_path, encoding="utf-8"):
            if line.strip():
                cid, ref = line.split("\t")
                injected.setdefault(cid, set()).add(ref.strip())
    ids = set()
    patients_seen = set()
    n = 0
    with open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except Exception as e:
            err("line %d: JSON error %s" % (ln, e))
            continue
        n += 1
        cid = c.get("id")
        where = "case %s" % cid
        if not cid or cid in ids:
            err("%s: missing or duplicate id" % where)
        ids.add(cid)
        if not re.match(r"^bc-[a-z0-9]+-\d{2}$", cid or ""):
            err("%s: id format" % where)
        req = c.get("request") or {}
        svc = req.get("service") or {}
        if svc.get("system") not in SERVICE_SYSTEMS or not svc.get("code"):
            err("%s: service system/code" % where)
        if svc.get("system") == HCPCS and svc.get("code") not in hcpcs:
            err("%s: HCPCS %s not in 2020 file" % (where, svc.get("code")))
        diags = req.get("diagnoses")
        if not isinstance(diags, list) or not diags:
            err("%s: diagnoses" % where)
        for d in diags or []:
            if d.get("system") != ICD:
                err("%s: diagnosis system" % where)
            if not icd.get(d.get("code")):
                err("%s: diagnosis %s not billable/existing" % (where, d.get("code")))
        if req.get("payer") != "medicare":
            err("%s: payer" % where)
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency" % where)
        rdate = req.get("date", "")
        if not DATE_RE.match(rdate) or not rdate.startswith("2026"):
            err("%s: request.date %r" % (where, rdate))
        g = c.get("gold") or {}
        rec = g.get("recommendation")
        if rec not in RECS:
            err("%s: recommendation %r" % (where, rec))
        if not re.match(r"^NCD \d+(\.\d+)?$", g.get("policy", "")):
            err("%s: policy %r" % (where, g.get("policy")))
        miss = g.get("missing")
        if not isinstance(miss, list):
            err("%s: missing must be a list" % where)
            miss = []
        if rec == "request_info" and not miss:
            err("%s: request_info without missing" % where)
        if rec != "request_info" and miss:
            err("%s: missing on non-request_info" % where)
        for m in miss:
            if not isinstance(m, str) or not all(a.strip() for a in m.split("|")):
                err("%s: bad missing phrase %r" % (where, m))
        # patient bundle
        ppath = os.path.join(ROOT, c.get("patient", ""))
        if not os.path.isfile(ppath):
            err("%s: patient file missing %s" % (where, ppath))
            continue
        if c["patient"] in patients_seen:
            err("%s: patient file reused" % where)
        patients_seen.add(c["patient"])
        try:
            bundle = json.load(open(ppath, encoding="utf-8"))
        except Exception as e:
            err("%s: bundle JSON %s" % (where, e))
            continue
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
            err("%s: not a collection Bundle" % where)
        res = {}
        for e in bundle.get("entry", []):
            r = e.get("resource") or {}
            key = "%s/%s" % (r.get("resourceType"), r.get("id"))
            if key in res:
                err("%s: duplicate resource %s" % (where, key))
            res[key] = r
        pats = [k for k in res if k.startswith("Patient/")]
        if len(pats) != 1:
            err("%s: expected exactly one Patient" % where)
        else:
            p = res[pats[0]]
            if not p.get("birthDate") or p.get("gender") not in ("male", "female", "other", "unknown"):
                err("%s: Patient birthDate/gender" % where)
        if not (10 <= len(res) <= 30):
            err("%s: %d resources (want 10-30)" % (where, len(res)))
        for key, r in res.items():
            for ref in iter_refs(r):
                if ref not in res:
                    err("%s: %s has unresolved reference %s" % (where, key, ref))
            if r["resourceType"] != "Patient" and not res_date(r):
                err("%s: %s has no date" % (where, key))
            if r["resourceType"] == "Condition":
                for cd in r["code"].get("coding", []):
                    if cd.get("system") == ICD and not icd.get(cd.get("code")):
                        err("%s: %s ICD-10-CM %s not billable/existing" % (where, key, cd.get("code")))
                vs = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
                if vs == "entered-in-error" and "clinicalStatus" in r:
                    err("%s: %s entered-in-error with clinicalStatus" % (where, key))
            if r["resourceType"] == "Observation":
                vq = r.get("valueQuantity")
                if vq and vq.get("system") != "http://unitsofmeasure.org":
                    err("%s: %s valueQuantity not UCUM" % (where, key))
        notes = [r for k, r in res.items() if k.startswith("DocumentReference/")]
        if not (2 <= len(notes) <= 6):
            err("%s: %d notes (want 2-6)" % (where, len(notes)))
        for r in notes:
            key = "DocumentReference/" + r["id"]
            att = r["content"][0]["attachment"]
            ct = att.get("contentType")
            if ct not in ("text/plain", "text/html"):
                err("%s: %s contentType %s" % (where, key, ct))
            try:
                txt = base64.b64decode(att["data"], validate=True).decode("utf-8")
            except Exception as e:
                err("%s: %s base64/utf-8 %s" % (where, key, e))
                continue
            if ct == "text/html":
                try:
                    txt = html_text(txt)
                except Exception as e:
                    err("%s: %s HTML parse %s" % (where, key, e))
            words = len(txt.split())
            if not (80 <= words <= 600):
                err("%s: %s has %d words (want 80-600)" % (where, key, words))
            if not r.get("author") or not r["author"][0].get("display") or not r.get("type", {}).get("text") or not r.get("date"):
                err("%s: %s author/type/date" % (where, key))
        # gold evidence
        ev = g.get("evidence")
        if not isinstance(ev, list) or not ev:
            err("%s: evidence empty" % where)
            ev = []
        for ref in ev:
            if ref not in res:
                err("%s: evidence %s not in bundle" % (where, ref))
                continue
            d = res_date(res[ref])
            if not d or d > rdate:
                err("%s: evidence %s dated %s after request %s" % (where, ref, d, rdate))
            if ref in injected.get(cid, set()):
                err("%s: evidence cites injected note %s" % (where, ref))
        for ref in injected.get(cid, set()):
            if ref not in res:
                err("%s: injection.txt ref %s not in bundle" % (where, ref))
    for cid in injected:
        if cid not in ids:
            err("injection.txt: unknown case %s" % cid)
    if len(injected) > 1:
        err("more than one injected case")
    for fn in os.listdir(os.path.join(ROOT, "patients")):
        if "patients/" + fn not in patients_seen:
            err("orphan patient file %s" % fn)
    for e in errors:
        print("ERROR:", e)
    print("%d cases checked, %d errors" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
