"""Validate the blind-v dataset against shared/evals/SPEC.md and the shared code lists.

Usage: python3 gen/validate.py      (exit status 1 on any error)
Standard library only.
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
DS = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
NDC = "http://hl7.org/fhir/sid/ndc"
SERVICE_SYSTEMS = {CPT, HCPCS, PCS, RXNORM, NDC}
POLICIES = {"NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.29", "NCD 50.3", "NCD 20.34"}
SHORT = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1", "tavr": "NCD 20.32",
         "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}

errors = []


def err(msg):
    errors.append(msg)


def load_codes():
    icd = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            icd[row["code_dotted"]] = row
    hc = {}
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            hc[row["code"]] = row
    return icd, hc


def res_date(r):
    """The date a resource counts from (YYYY-MM-DD) or None."""
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


class _HTMLCheck(html.parser.HTMLParser):
    VOID = {"br", "meta", "img", "hr", "input", "link", "col"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.bad = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.bad.append(tag)
        else:
            self.stack.pop()


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
            out.append(obj)
        for v in obj.values():
            walk_codings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            walk_codings(v, out)


def main():
    icd, hc = load_codes()
    inj_path = os.path.join(HERE, "injections.json")
    injections = json.load(open(inj_path)) if os.path.exists(inj_path) else {}
    inj_listed = [l.strip() for l in open(os.path.join(DS, "injection.txt"))] if os.path.exists(os.path.join(DS, "injection.txt")) else []
    if sorted(inj_listed) != sorted(injections):
        err("injection.txt does not match gen/injections.json")

    cases = []
    with open(os.path.join(DS, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("blank line %d" % n)
                continue
            try:
                cases.append(json.loads(line))
            except ValueError as e:
                err("line %d: %s" % (n, e))
    ids = [c.get("id") for c in cases]
    if len(set(ids)) != len(ids):
        err("duplicate case ids")
    rec_count = collections.Counter()
    pol_count = collections.Counter()
    patients_seen = set()

    for c in cases:
        cid = c.get("id", "?")
        m = re.fullmatch(r"bv-([a-z0-9]+)-(\d\d)", cid)
        if not m or m.group(1) not in SHORT:
            err("%s: id pattern" % cid)
        for k in ("id", "patient", "request", "gold"):
            if k not in c:
                err("%s: missing %s" % (cid, k))
        req, gold = c["request"], c["gold"]
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                err("%s: request.%s missing" % (cid, k))
        if req.get("payer") != "medicare":
            err("%s: payer" % cid)
        if req.get("urgency") not in ("standard", "expedited"):
            err("%s: urgency" % cid)
        date = req.get("date", "")
        if not re.fullmatch(r"2026-\d\d-\d\d", date):
            err("%s: request date %s" % (cid, date))
        svc = req["service"]
        if svc.get("system") not in SERVICE_SYSTEMS:
            err("%s: service system %s" % (cid, svc.get("system")))
        if svc.get("system") == HCPCS and svc.get("code") not in hc:
            err("%s: HCPCS %s not in 2020 file" % (cid, svc.get("code")))
        if svc.get("system") == CPT and not re.fullmatch(r"\d{4}[0-9FTU]", svc.get("code", "")):
            err("%s: CPT code shape %s" % (cid, svc.get("code")))
        for d in req["diagnoses"]:
            if d.get("system") != ICD:
                err("%s: diagnosis system" % cid)
            row = icd.get(d.get("code"))
            if not row or row["billable"] != "1":
                err("%s: ICD %s not billable/existing" % (cid, d.get("code")))
        rec = gold.get("recommendation")
        if rec not in ("approve", "refer", "request_info"):
            err("%s: recommendation %s" % (cid, rec))
        rec_count[rec] += 1
        pol = gold.get("policy")
        pol_count[pol] += 1
        if pol not in POLICIES or (m and SHORT.get(m.group(1)) != pol):
            err("%s: policy %s" % (cid, pol))
        missing = gold.get("missing", [])
        if rec == "request_info":
            if len(missing) != 1 or not all(isinstance(x, str) and x.strip() for x in missing):
                err("%s: request_info needs exactly one missing phrase set" % cid)
        elif missing:
            err("%s: missing set on non-request_info" % cid)
        if not gold.get("evidence"):
            err("%s: no evidence" % cid)

        # bundle
        ppath = os.path.join(DS, c["patient"])
        if not os.path.exists(ppath):
            err("%s: patient file missing" % cid)
            continue
        if c["patient"] in patients_seen:
            err("%s: patient file reused" % cid)
        patients_seen.add(c["patient"])
        bundle = json.load(open(ppath, encoding="utf-8"))
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") not in ("collection", "batch", "transaction"):
            err("%s: not a collection bundle" % cid)
        byref = {}
        patient_ids = []
        for e in bundle["entry"]:
            r = e["resource"]
            key = r["resourceType"] + "/" + r["id"]
            if key in byref:
                err("%s: duplicate resource %s" % (cid, key))
            byref[key] = r
            if not e.get("fullUrl", "").endswith("/" + key):
                err("%s: fullUrl mismatch %s" % (cid, key))
            if r["resourceType"] == "Patient":
                patient_ids.append(key)
            elif r["resourceType"] not in ("Practitioner",) and res_date(r) is None and not (
                    r["resourceType"] == "Procedure" and "performedString" in r):
                err("%s: resource without a date %s" % (cid, key))
        if len(patient_ids) != 1:
            err("%s: expected one Patient" % cid)
        for key, r in byref.items():
            refs = []
            walk_refs(r, refs)
            for ref in refs:
                if ref not in byref:
                    err("%s: %s has unresolved reference %s" % (cid, key, ref))
            cods = []
            walk_codings(r, cods)
            for cd in cods:
                if cd["system"] == ICD:
                    row = icd.get(cd["code"])
                    if not row or row["billable"] != "1":
                        err("%s: %s ICD %s invalid" % (cid, key, cd["code"]))
                elif cd["system"] == HCPCS and cd["code"] not in hc:
                    err("%s: %s HCPCS %s invalid" % (cid, key, cd["code"]))
                elif cd["system"] == CPT and not re.fullmatch(r"\d{4}[0-9FTU]", cd["code"]):
                    err("%s: %s CPT shape %s" % (cid, key, cd["code"]))
            if r["resourceType"] == "DocumentReference":
                for ct in r["content"]:
                    a = ct["attachment"]
                    if a.get("contentType") not in ("text/plain", "text/html", "application/pdf"):
                        err("%s: %s contentType" % (cid, key))
                    try:
                        raw = base64.b64decode(a["data"], validate=True)
                        txt = raw.decode("utf-8")
                    except Exception as ex:  # noqa: BLE001
                        err("%s: %s base64/utf-8: %s" % (cid, key, ex))
                        continue
                    if a.get("contentType") == "text/html":
                        p = _HTMLCheck()
                        p.feed(txt)
                        if p.bad or p.stack:
                            err("%s: %s HTML not well nested: %s %s" % (cid, key, p.bad, p.stack))
        for ev in gold.get("evidence", []):
            if ev not in byref:
                err("%s: evidence %s not in bundle" % (cid, ev))
                continue
            d = res_date(byref[ev])
            if d is None or d > date:
                err("%s: evidence %s dated %s after request %s" % (cid, ev, d, date))
            if ev in injections.get(cid, []):
                err("%s: evidence cites injected note %s" % (cid, ev))
        for inj in injections.get(cid, []):
            if inj not in byref:
                err("%s: injected note %s missing" % (cid, inj))
        after = sum(1 for r in byref.values() if (res_date(r) or "") > date)
        print("%-11s %-10s %-12s %-13s resources=%3d after_request=%d" % (cid, pol, date, rec, len(byref), after))

    print("by recommendation:", dict(rec_count))
    print("by policy:", dict(sorted(pol_count.items())))
    pfiles = set("patients/" + f for f in os.listdir(os.path.join(DS, "patients")))
    if pfiles != patients_seen:
        err("patient files not matching cases: %s" % sorted(pfiles ^ patients_seen))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
