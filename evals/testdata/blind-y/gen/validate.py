"""Validate blind-y: python3 gen/validate.py. Exits non-zero on any problem."""
import base64
import csv
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DS = os.path.dirname(HERE)
SHARED = "/work/shared/data"
from pdflib import extract_text  # noqa: E402

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
SERVICE_SYSTEMS = {CPT, HCPCS, "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
POLICIES = {"NCD 20.4": "icd", "NCD 240.4": "cpap", "NCD 240.2": "o2", "NCD 100.1": "bar", "NCD 20.32": "tavr",
            "NCD 20.29": "hbot", "NCD 50.3": "ci", "NCD 20.34": "laac"}
STATUS = {
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled",
                         "entered-in-error", "unknown"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"},
    "Encounter": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    "Appointment": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error",
                    "checked-in", "waitlist"},
    "DeviceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
}
DOCSTATUS = {"preliminary", "final", "amended", "entered-in-error"}

errors = []


def err(msg):
    errors.append(msg)


def load_codes():
    icd = {}
    with open(os.path.join(SHARED, "codes/icd10cm_fy2022_codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            icd[r["code_dotted"]] = r["billable"] == "1"
    hcpcs = set()
    with open(os.path.join(SHARED, "codes/hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            hcpcs.add(r["code"])
    return icd, hcpcs


def res_date(r):
    t = r["resourceType"]
    v = None
    if t == "Observation" or t == "DiagnosticReport":
        v = r.get("effectiveDateTime") or r.get("issued")
    elif t == "Condition":
        v = r.get("recordedDate") or r.get("onsetDateTime")
    elif t == "MedicationRequest" or t == "ServiceRequest" or t == "DeviceRequest":
        v = r.get("authoredOn")
    elif t == "Procedure":
        v = r.get("performedDateTime")
    elif t == "Encounter":
        v = r.get("period", {}).get("start")
    elif t == "DocumentReference":
        v = r.get("date")
    elif t == "Appointment":
        v = r.get("created")
    return v[:10] if v else None


def walk_refs(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                walk_refs(v, out)
    elif isinstance(o, list):
        for x in o:
            walk_refs(x, out)


def walk_codings(o, out):
    if isinstance(o, dict):
        if "system" in o and "code" in o and isinstance(o.get("code"), str):
            out.append((o["system"], o["code"]))
        for v in o.values():
            walk_codings(v, out)
    elif isinstance(o, list):
        for x in o:
            walk_codings(x, out)


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []

    def handle_data(self, d):
        self.text.append(d)


def decode_attachment(ctype, data, where):
    try:
        raw = base64.b64decode(data, validate=True)
    except Exception as e:  # noqa
        err("%s: base64 does not decode (%s)" % (where, e))
        return ""
    if ctype == "text/plain":
        return raw.decode("utf-8")
    if ctype == "text/html":
        p = _HP()
        p.feed(raw.decode("utf-8"))
        p.close()
        return html.unescape(" ".join(p.text))
    if ctype == "application/pdf":
        if not raw.startswith(b"%PDF-"):
            err("%s: not a PDF" % where)
        txt = ""
        if shutil.which("pdftotext"):
            with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as tf:
                tf.write(raw)
                name = tf.name
            try:
                txt = subprocess.run(["pdftotext", "-layout", name, "-"], capture_output=True, text=True,
                                     check=True).stdout
            except Exception as e:  # noqa
                err("%s: pdftotext failed (%s)" % (where, e))
            finally:
                os.unlink(name)
        else:
            txt = extract_text(raw)
        if len(txt.strip()) < 40:
            err("%s: PDF has no text layer" % where)
        return txt
    err("%s: contentType %s not allowed" % (where, ctype))
    return ""


def ncd_shingles(n=8):
    csv.field_size_limit(10 ** 9)
    sh = set()
    with open(os.path.join(SHARED, "mcd/ncd_trkg.csv"), encoding="cp1252", newline="") as f:
        for r in csv.DictReader(f):
            if r["NCD_mnl_sect"] in ("20.4", "240.4", "240.2", "100.1", "20.32", "20.29", "50.3", "20.34"):
                t = html.unescape(re.sub(r"<[^>]+>", " ", r["itm_srvc_desc"] + " " + r["indctn_lmtn"]))
                w = re.findall(r"[a-z0-9]+", t.lower())
                for i in range(len(w) - n + 1):
                    sh.add(" ".join(w[i:i + n]))
    return sh


def main():
    icd, hcpcs = load_codes()
    shingles = ncd_shingles()
    injected = {}
    inj_path = os.path.join(DS, "injection.txt")
    if os.path.exists(inj_path):
        for ln in open(inj_path, encoding="utf-8"):
            if ln.strip() and not ln.startswith("#"):
                cid, ref = ln.strip().split("\t")
                injected.setdefault(cid, set()).add(ref)
    cases = []
    with open(os.path.join(DS, "cases.jsonl"), encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            if not ln.strip():
                continue
            try:
                cases.append(json.loads(ln))
            except Exception as e:  # noqa
                err("cases.jsonl line %d: %s" % (i, e))
    ids = set()
    counts_rec, counts_pol = {}, {}
    all_text = []
    for cs in cases:
        cid = cs.get("id")
        if cid in ids:
            err("duplicate case id " + cid)
        ids.add(cid)
        req, gold = cs["request"], cs["gold"]
        for k in ("service", "diagnoses", "payer", "urgency", "date"):
            if k not in req:
                err("%s: request.%s missing" % (cid, k))
        if req["service"]["system"] not in SERVICE_SYSTEMS:
            err("%s: service system" % cid)
        sc = req["service"]["code"]
        if req["service"]["system"] == HCPCS and sc not in hcpcs:
            err("%s: HCPCS %s not in 2020 list" % (cid, sc))
        if req["service"]["system"] == CPT and not re.fullmatch(r"\d{4}[0-9T]", sc):
            err("%s: CPT %s malformed" % (cid, sc))
        for d in req["diagnoses"]:
            if d["system"] != ICD10 or not icd.get(d["code"]):
                err("%s: diagnosis %s not billable ICD-10-CM FY2022" % (cid, d["code"]))
        if req["urgency"] not in ("standard", "expedited"):
            err("%s: urgency" % cid)
        if req["payer"] != "medicare":
            err("%s: payer" % cid)
        if not re.fullmatch(r"2026-\d\d-\d\d", req["date"]):
            err("%s: date" % cid)
        rec = gold["recommendation"]
        if rec not in ("approve", "refer", "request_info"):
            err("%s: recommendation" % cid)
        pol = gold["policy"]
        if pol not in POLICIES:
            err("%s: policy %s" % (cid, pol))
        elif not re.fullmatch(r"by-%s-\d\d" % POLICIES[pol], cid):
            err("%s: id does not match policy" % cid)
        counts_rec[rec] = counts_rec.get(rec, 0) + 1
        counts_pol.setdefault(pol, {}).setdefault(rec, 0)
        counts_pol[pol][rec] += 1
        if rec == "request_info":
            if not gold.get("missing"):
                err("%s: missing empty on request_info" % cid)
        elif gold.get("missing"):
            err("%s: missing set on non-request_info" % cid)
        all_text.append(json.dumps(cs))
        # bundle
        ppath = os.path.join(DS, cs["patient"])
        if not os.path.exists(ppath):
            err("%s: patient file missing" % cid)
            continue
        b = json.load(open(ppath, encoding="utf-8"))
        if b.get("resourceType") != "Bundle" or b.get("type") not in ("collection", "batch", "transaction"):
            err("%s: not a collection bundle" % cid)
        res = {}
        for e in b["entry"]:
            r = e["resource"]
            key = "%s/%s" % (r["resourceType"], r["id"])
            if key in res:
                err("%s: duplicate %s" % (cid, key))
            res[key] = r
            if not e.get("fullUrl", "").endswith("/" + key):
                err("%s: fullUrl mismatch %s" % (cid, key))
            st = STATUS.get(r["resourceType"])
            if st and r.get("status") not in st:
                err("%s: %s bad status %s" % (cid, key, r.get("status")))
            if r["resourceType"] == "DocumentReference" and r.get("docStatus") and r["docStatus"] not in DOCSTATUS:
                err("%s: %s bad docStatus" % (cid, key))
            if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and r["resourceType"] != "Appointment":
                subj = r.get("subject") or r.get("patient")
                if not subj:
                    err("%s: %s has no subject" % (cid, key))
            if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and not res_date(r):
                err("%s: %s has no date" % (cid, key))
        pats = [k for k in res if k.startswith("Patient/")]
        if len(pats) != 1:
            err("%s: %d Patient resources" % (cid, len(pats)))
        refs = []
        walk_refs(b, refs)
        for rf in refs:
            if rf not in res:
                err("%s: unresolved reference %s" % (cid, rf))
        cods = []
        walk_codings(b, cods)
        for s, c in cods:
            if s == ICD10 and not icd.get(c):
                err("%s: ICD-10-CM %s not billable/absent" % (cid, c))
            if s == HCPCS and c not in hcpcs:
                err("%s: HCPCS %s absent" % (cid, c))
            if s == CPT and not re.fullmatch(r"\d{4}[0-9T]", c):
                err("%s: CPT %s malformed" % (cid, c))
            if s == "http://loinc.org" and not re.fullmatch(r"\d{1,6}-\d", c):
                err("%s: LOINC %s malformed" % (cid, c))
        for ev in gold["evidence"]:
            if ev not in res:
                err("%s: evidence %s not in bundle" % (cid, ev))
                continue
            d = res_date(res[ev])
            if not d or d > req["date"]:
                err("%s: evidence %s dated %s after request %s" % (cid, ev, d, req["date"]))
            if res[ev].get("status") in ("entered-in-error", "cancelled", "superseded"):
                err("%s: evidence %s has status %s" % (cid, ev, res[ev].get("status")))
            if ev in injected.get(cid, set()):
                err("%s: evidence cites injected note %s" % (cid, ev))
        # attachments
        for key, r in res.items():
            atts = []
            if r["resourceType"] == "DocumentReference":
                atts = [c["attachment"] for c in r["content"]]
            elif r["resourceType"] == "DiagnosticReport":
                atts = r.get("presentedForm", [])
            for a in atts:
                all_text.append(decode_attachment(a["contentType"], a["data"], "%s %s" % (cid, key)))
            for k in ("conclusion",):
                if r.get(k):
                    all_text.append(r[k])
            for n in r.get("note", []):
                all_text.append(n.get("text", ""))
    readme = os.path.join(DS, "README.md")
    if os.path.exists(readme):
        all_text.append(open(readme, encoding="utf-8").read())
    # no NCD text copied (8-word shingles)
    hits = set()
    for t in all_text:
        w = re.findall(r"[a-z0-9]+", t.lower())
        for i in range(len(w) - 7):
            s = " ".join(w[i:i + 8])
            if s in shingles:
                hits.add(s)
    for h in sorted(hits):
        err("NCD wording reproduced (8-word run): '%s'" % h)
    print("cases:", len(cases))
    print("by recommendation:", json.dumps(counts_rec, sort_keys=True))
    print("by policy:", json.dumps(counts_pol, sort_keys=True))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
