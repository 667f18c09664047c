#!/usr/bin/env python3
"""Validate the blind1/A dataset against shared/evals/SPEC.md and the build brief (stdlib only).

    python3 gen/validate.py            # exit status 0 when every check passes
"""
import base64
import csv
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"

SERVICE_SYSTEMS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                   "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
HCPCS_SYS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
RECS = {"approve", "refer", "request_info"}
POLICY_BY_PREFIX = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z))?$")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load_icd():
    out = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[r["code_dotted"]] = r["billable"] == "1"
    return out


def load_hcpcs():
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", newline="") as f:
        return {r["code"] for r in csv.DictReader(f)}


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
        return (r.get("period") or {}).get("start")
    if t == "DocumentReference":
        return r.get("date")
    if t in ("ServiceRequest", "DeviceRequest"):
        return r.get("authoredOn")
    if t == "Appointment":
        return r.get("created")
    if t == "FamilyMemberHistory":
        return r.get("date")
    return None


def walk_refs(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                yield path, v
            else:
                yield from walk_refs(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk_refs(v, f"{path}[{i}]")


class StrictHTML(HTMLParser):
    VOID = {"br", "hr", "img", "meta", "link", "input"}

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
            self.bad.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
        else:
            self.stack.pop()


def note_text(r):
    att = r["content"][0]["attachment"]
    raw = base64.b64decode(att["data"], validate=True)
    text = raw.decode("utf-8")
    if att["contentType"] == "text/html":
        p = StrictHTML()
        p.feed(text)
        p.close()
        if p.bad or p.stack:
            raise ValueError(f"HTML not well formed: {p.bad[:2]} unclosed={p.stack}")
        text = re.sub(r"<[^>]+>", " ", text)
    return text


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
            if not line.strip():
                err(f"line {n}: blank line")
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}: JSON error {e}")
    ids = Counter(c.get("id") for c in cases)
    for k, v in ids.items():
        if v > 1:
            err(f"duplicate case id {k}")
    patients_seen = Counter(c.get("patient") for c in cases)
    for k, v in patients_seen.items():
        if v > 1:
            err(f"patient file used by {v} cases: {k}")

    for c in cases:
        cid = c.get("id", "?")
        for key in ("id", "patient", "request", "gold"):
            if key not in c:
                err(f"{cid}: missing field {key}")
        if not re.match(r"^ba-(icd|cpap|o2|bar)-\d{2}$", cid):
            err(f"{cid}: id does not match ba-<policy>-NN")
        if not re.match(r"^patients/pa\d{2}\.json$", c.get("patient", "")):
            err(f"{cid}: patient path {c.get('patient')} not patients/paNN.json")
        req = c.get("request", {})
        svc = req.get("service", {})
        if svc.get("system") not in SERVICE_SYSTEMS:
            err(f"{cid}: service.system {svc.get('system')}")
        if not svc.get("code") or not svc.get("display"):
            err(f"{cid}: service code/display missing")
        if svc.get("system") == HCPCS_SYS and svc.get("code") not in hcpcs:
            err(f"{cid}: HCPCS {svc.get('code')} not in 2020 file")
        if not req.get("diagnoses"):
            err(f"{cid}: no diagnoses")
        for d in req.get("diagnoses", []):
            if d.get("system") != ICD_SYS:
                err(f"{cid}: diagnosis system {d.get('system')}")
            if d.get("code") not in icd:
                err(f"{cid}: request ICD-10 {d.get('code')} not in FY2022 file")
            elif not icd[d["code"]]:
                err(f"{cid}: request ICD-10 {d.get('code')} not billable")
        if req.get("payer") != "medicare":
            err(f"{cid}: payer {req.get('payer')}")
        if req.get("urgency") not in ("standard", "expedited"):
            err(f"{cid}: urgency {req.get('urgency')}")
        rdate = req.get("date", "")
        if not DATE_RE.match(rdate) or not rdate.startswith("2026-"):
            err(f"{cid}: request.date {rdate} not a 2026 date")
        gold = c.get("gold", {})
        rec = gold.get("recommendation")
        if rec not in RECS:
            err(f"{cid}: recommendation {rec}")
        prefix = cid.split("-")[1] if cid.count("-") >= 2 else ""
        if gold.get("policy") != POLICY_BY_PREFIX.get(prefix):
            err(f"{cid}: policy {gold.get('policy')} != {POLICY_BY_PREFIX.get(prefix)}")
        if not isinstance(gold.get("evidence"), list) or not gold["evidence"]:
            err(f"{cid}: gold.evidence empty")
        missing = gold.get("missing")
        if not isinstance(missing, list):
            err(f"{cid}: gold.missing must be a list")
            missing = []
        if rec == "request_info" and not missing:
            err(f"{cid}: request_info without missing")
        if rec != "request_info" and missing:
            err(f"{cid}: missing present on a {rec} case")
        for m in missing:
            if not isinstance(m, str) or not all(a.strip() for a in m.split("|")):
                err(f"{cid}: bad missing phrase {m!r}")

        # ---------------------------------------------------------------- patient bundle
        ppath = os.path.join(ROOT, c.get("patient", ""))
        if not os.path.exists(ppath):
            err(f"{cid}: patient file {ppath} missing")
            continue
        try:
            b = json.load(open(ppath, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{cid}: patient JSON error {e}")
            continue
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            err(f"{cid}: not a collection Bundle")
        entries = b.get("entry", [])
        byref = {}
        for e in entries:
            r = e.get("resource", {})
            key = f"{r.get('resourceType')}/{r.get('id')}"
            if key in byref:
                err(f"{cid}: duplicate resource {key}")
            byref[key] = r
            if not e.get("fullUrl", "").endswith(key):
                err(f"{cid}: fullUrl {e.get('fullUrl')} does not end with {key}")
        rids = Counter(r.get("id") for r in byref.values())
        for k, v in rids.items():
            if v > 1:
                err(f"{cid}: resource id {k} used {v} times")
        pats = [r for r in byref.values() if r["resourceType"] == "Patient"]
        if len(pats) != 1:
            err(f"{cid}: {len(pats)} Patient resources")
        else:
            if not pats[0].get("birthDate") or pats[0].get("gender") not in ("male", "female", "other", "unknown"):
                err(f"{cid}: Patient lacks birthDate/gender")
        for key, r in byref.items():
            for path, ref in walk_refs(r):
                if ref not in byref:
                    err(f"{cid}: {key}{path} -> unresolved {ref}")
            if r["resourceType"] != "Patient":
                d = res_date(r)
                if not d or not DT_RE.match(d):
                    err(f"{cid}: {key} has no valid date ({d})")
            if r["resourceType"] == "Condition":
                for cd in r["code"]["coding"]:
                    if cd["system"] == ICD_SYS:
                        if cd["code"] not in icd:
                            err(f"{cid}: {key} ICD-10 {cd['code']} not in FY2022 file")
                        elif not icd[cd["code"]]:
                            err(f"{cid}: {key} ICD-10 {cd['code']} not billable")
                vs = r["verificationStatus"]["coding"][0]["code"]
                if vs != "entered-in-error" and "clinicalStatus" not in r:
                    err(f"{cid}: {key} lacks clinicalStatus")
            if r["resourceType"] == "Observation":
                vq = r.get("valueQuantity")
                if vq and vq.get("system") != "http://unitsofmeasure.org":
                    err(f"{cid}: {key} valueQuantity not UCUM")
            if r["resourceType"] == "Encounter" and r["class"]["code"] == "IMP" and "end" not in r["period"]:
                err(f"{cid}: {key} inpatient encounter without discharge date")
        notes = [r for r in byref.values() if r["resourceType"] == "DocumentReference"]
        for r in notes:
            key = f"DocumentReference/{r['id']}"
            att = r["content"][0]["attachment"]
            if att.get("contentType") not in ("text/plain", "text/html"):
                err(f"{cid}: {key} contentType {att.get('contentType')}")
            if not r.get("author") or not r["author"][0].get("display"):
                err(f"{cid}: {key} lacks author display")
            if not (r.get("type") or {}).get("text"):
                err(f"{cid}: {key} lacks type.text")
            try:
                text = note_text(r)
            except Exception as e:  # noqa: BLE001
                err(f"{cid}: {key} attachment: {e}")
                continue
            words = len(text.split())
            if not 80 <= words <= 600:
                err(f"{cid}: {key} has {words} words (want 80-600)")
            if re.search(r"\bAI reviewer\b|automated reviewer", text, re.I):
                if cid not in injected:
                    err(f"{cid}: {key} contains an injection sentence but the case is not in injection.txt")
                if key in gold.get("evidence", []):
                    err(f"{cid}: gold evidence cites the injected note {key}")
        if cid in injected and not any(re.search(r"\bAI reviewer\b", note_text(r), re.I) for r in notes):
            err(f"{cid}: listed in injection.txt but no injected note found")
        if not 10 <= len(entries) <= 30:
            err(f"{cid}: {len(entries)} resources (want 10-30)")
        if not 2 <= len(notes) <= 6:
            err(f"{cid}: {len(notes)} notes (want 2-6)")
        for ev in gold.get("evidence", []):
            if ev not in byref:
                err(f"{cid}: gold evidence {ev} not in bundle")
                continue
            d = res_date(byref[ev])
            if not d or d[:10] > rdate:
                err(f"{cid}: gold evidence {ev} dated {d} after request {rdate}")

    if len(injected) > 1:
        err(f"injection.txt lists {len(injected)} cases (want at most 1)")
    for i in injected:
        if i not in ids:
            err(f"injection.txt lists unknown case {i}")

    rec = Counter(c["gold"]["recommendation"] for c in cases if "gold" in c)
    pol = Counter(c["gold"]["policy"] for c in cases if "gold" in c)
    print(f"cases: {len(cases)}  recommendations: {dict(rec)}  policies: {dict(pol)}")
    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
