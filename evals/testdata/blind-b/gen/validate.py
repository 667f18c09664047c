#!/usr/bin/env python3
"""Validate the blind1/B dataset against shared/evals/SPEC.md and this set's own rules (stdlib only)."""
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

ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
SERVICE_SYS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
               "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
               "http://hl7.org/fhir/sid/ndc"}
RECS = {"approve", "refer", "request_info"}
URGENCY = {"standard", "expedited"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    d = {}
    with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            d[row["code"]] = row["billable"] == "1"
    return d


def load_hcpcs():
    s = set()
    with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            s.add(row["code"])
    return s


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


def walk_refs(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from walk_refs(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_refs(v)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return " ".join(p.parts)


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    injected = set()
    ipath = os.path.join(ROOT, "injection.txt")
    if os.path.exists(ipath):
        injected = {l.strip() for l in open(ipath, encoding="utf-8") if l.strip()}
    seen_ids = set()
    seen_patients = set()
    n = 0
    with open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {ln}: does not parse: {e}")
                continue
            n += 1
            cid = case.get("id")
            where = f"{cid or 'line ' + str(ln)}"
            if not cid or cid in seen_ids:
                err(f"{where}: missing or duplicate id")
            seen_ids.add(cid)
            if not re.match(r"^bb-(tavr|hbot|ci|laac)-\d\d$", cid or ""):
                err(f"{where}: id does not follow bb-<policy>-NN")
            # request
            req = case.get("request", {})
            for k in ("service", "diagnoses", "payer", "urgency", "date"):
                if k not in req:
                    err(f"{where}: request.{k} missing")
            svc = req.get("service", {})
            if svc.get("system") not in SERVICE_SYS or not svc.get("code"):
                err(f"{where}: bad service {svc}")
            if svc.get("system") == "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets" and svc.get("code") not in hcpcs:
                err(f"{where}: HCPCS {svc.get('code')} not in 2020 file")
            for d in req.get("diagnoses", []):
                if d.get("system") != ICD_SYS:
                    err(f"{where}: diagnosis system {d.get('system')}")
                code = d.get("code", "").replace(".", "")
                if not icd.get(code):
                    err(f"{where}: diagnosis {d.get('code')} missing or not billable")
            if req.get("payer") != "medicare":
                err(f"{where}: payer {req.get('payer')}")
            if req.get("urgency") not in URGENCY:
                err(f"{where}: urgency {req.get('urgency')}")
            rdate = req.get("date", "")
            if not re.match(r"^2026-\d{2}-\d{2}$", rdate):
                err(f"{where}: request date {rdate} not a 2026 date")
            # gold
            gold = case.get("gold", {})
            rec = gold.get("recommendation")
            if rec not in RECS:
                err(f"{where}: recommendation {rec}")
            if not re.match(r"^NCD \d+\.\d+$", gold.get("policy", "")):
                err(f"{where}: policy {gold.get('policy')}")
            if not isinstance(gold.get("evidence"), list) or not gold["evidence"]:
                err(f"{where}: evidence must be a non-empty list")
            missing = gold.get("missing", [])
            if rec == "request_info" and not missing:
                err(f"{where}: request_info without missing")
            if rec != "request_info" and missing:
                err(f"{where}: missing present on {rec}")
            # patient
            ppath = os.path.join(ROOT, case.get("patient", ""))
            if not os.path.isfile(ppath):
                err(f"{where}: patient file {case.get('patient')} missing")
                continue
            if not re.match(r"^patients/pb\d\d\.json$", case["patient"]):
                err(f"{where}: patient path naming")
            if case["patient"] in seen_patients:
                err(f"{where}: patient file reused")
            seen_patients.add(case["patient"])
            with open(ppath, encoding="utf-8") as pf:
                bundle = json.load(pf)
            if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
                err(f"{where}: not a collection Bundle")
            res = [e["resource"] for e in bundle.get("entry", [])]
            keys = [f"{r['resourceType']}/{r['id']}" for r in res]
            if len(keys) != len(set(keys)):
                err(f"{where}: duplicate resource keys")
            ids = [r["id"] for r in res]
            if len(ids) != len(set(ids)):
                err(f"{where}: duplicate resource ids")
            index = dict(zip(keys, res))
            pats = [r for r in res if r["resourceType"] == "Patient"]
            if len(pats) != 1 or not pats[0].get("birthDate") or pats[0].get("gender") not in ("male", "female", "other", "unknown"):
                err(f"{where}: need exactly one Patient with birthDate and gender")
            if not 10 <= len(res) <= 30:
                err(f"{where}: {len(res)} resources (want 10-30)")
            for ref in walk_refs(bundle):
                if ref not in index:
                    err(f"{where}: unresolved reference {ref}")
            notes = [r for r in res if r["resourceType"] == "DocumentReference"]
            if not 2 <= len(notes) <= 6:
                err(f"{where}: {len(notes)} notes (want 2-6)")
            for r in res:
                t = r["resourceType"]
                if t not in ("Patient",):
                    d = res_date(r)
                    if not d or not DATE_RE.match(d):
                        err(f"{where}: {t}/{r['id']} has no usable date")
                if t == "Condition":
                    for c in r["code"]["coding"]:
                        if c["system"] != ICD_SYS or not icd.get(c["code"].replace(".", "")):
                            err(f"{where}: Condition/{r['id']} code {c['code']} missing or not billable")
                    for k in ("clinicalStatus", "verificationStatus"):
                        if k not in r:
                            err(f"{where}: Condition/{r['id']} lacks {k}")
                if t == "Observation":
                    if "valueQuantity" in r and r["valueQuantity"].get("system") != "http://unitsofmeasure.org":
                        err(f"{where}: Observation/{r['id']} unit not UCUM")
                if t == "DocumentReference":
                    att = r["content"][0]["attachment"]
                    ct = att.get("contentType")
                    if ct not in ("text/plain", "text/html", "application/pdf"):
                        err(f"{where}: {r['id']} contentType {ct}")
                    try:
                        raw = base64.b64decode(att["data"], validate=True)
                        text = raw.decode("utf-8")
                    except Exception as e:  # noqa: BLE001
                        err(f"{where}: {r['id']} base64/utf-8: {e}")
                        continue
                    if ct == "text/html":
                        try:
                            text = html_text(text)
                        except Exception as e:  # noqa: BLE001
                            err(f"{where}: {r['id']} HTML: {e}")
                    words = len(text.split())
                    if not 80 <= words <= 600:
                        err(f"{where}: {r['id']} has {words} words (want 80-600)")
                    if not r.get("author") or not r.get("type", {}).get("text"):
                        err(f"{where}: {r['id']} lacks author/type.text")
            # evidence
            inj_notes = set()
            if cid in injected:
                for r in notes:
                    t = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8").lower()
                    if "automated reviewer" in t:
                        inj_notes.add(f"DocumentReference/{r['id']}")
                if not inj_notes:
                    err(f"{where}: listed in injection.txt but no injected note found")
            for ev in gold.get("evidence", []):
                if ev not in index:
                    err(f"{where}: evidence {ev} not in bundle")
                    continue
                d = res_date(index[ev])
                if not d or d[:10] > rdate:
                    err(f"{where}: evidence {ev} dated {d} after request {rdate}")
                if ev in inj_notes:
                    err(f"{where}: evidence cites the injected note {ev}")
            if cid not in injected:
                for r in notes:
                    t = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8").lower()
                    if "automated reviewer" in t:
                        err(f"{where}: injected sentence in a case not listed in injection.txt")
    if n != 16:
        err(f"expected 16 cases, found {n}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {n} cases, {len(seen_patients)} patient bundles validated")


if __name__ == "__main__":
    main()
