"""Validate blind-q: python3 gen/validate.py"""
import base64, csv, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = "/work/shared/data/codes"
errs = []
def err(m): errs.append(m)

icd = {}
with open(f"{CODES}/icd10cm_fy2022_codes.csv", encoding="utf-8", errors="replace") as f:
    for r in csv.DictReader(f): icd[r["code"]] = r["billable"] == "1"
hcpcs = set()
with open(f"{CODES}/hcpcs_level2_2020.csv", encoding="utf-8", errors="replace") as f:
    for r in csv.DictReader(f): hcpcs.add(r["code"])

def loinc_ok(code):
    m = re.fullmatch(r"(\d+)-(\d)", code)
    if not m: return False
    digits = m.group(1); total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10 == int(m.group(2))

def rdate(r):
    t = r["resourceType"]
    for k in {"Observation": ["effectiveDateTime"], "Condition": ["recordedDate", "onsetDateTime"], "MedicationRequest": ["authoredOn"],
              "MedicationStatement": ["dateAsserted"], "Procedure": ["performedDateTime"], "DocumentReference": ["date"],
              "DiagnosticReport": ["effectiveDateTime"], "ServiceRequest": ["authoredOn"], "Appointment": ["created"]}.get(t, []):
        if r.get(k): return r[k][:10]
    if t == "Encounter": return r["period"]["start"][:10]
    return None

def walk_refs(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str): yield v
            else: yield from walk_refs(v)
    elif isinstance(o, list):
        for v in o: yield from walk_refs(v)

def walk_codings(o):
    if isinstance(o, dict):
        if "system" in o and "code" in o: yield o["system"], o["code"]
        for v in o.values(): yield from walk_codings(v)
    elif isinstance(o, list):
        for v in o: yield from walk_codings(v)

inj = {}
for line in open(os.path.join(ROOT, "injection.txt")):
    if line.strip(): cid, ref = line.split("\t"); inj[cid] = ref.strip()
cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
rec, pol = Counter(), Counter(); tot_res = tot_notes = 0; ids = set(); pats = set()
POL = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1", "tavr": "NCD 20.32", "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
for c in cases:
    cid = c["id"]
    if cid in ids: err(f"dup id {cid}")
    ids.add(cid)
    m = re.fullmatch(r"bq-([a-z0-9]+)-(\d\d)", cid)
    if not m or POL.get(m.group(1)) != c["gold"]["policy"]: err(f"{cid}: id/policy mismatch")
    if not re.fullmatch(r"patients/pq\d\d\.json", c["patient"]) or c["patient"] in pats: err(f"{cid}: patient path")
    pats.add(c["patient"])
    rq, g = c["request"], c["gold"]
    if rq["payer"] != "medicare" or rq["urgency"] not in ("standard", "expedited") or not rq["date"].startswith("2026-"): err(f"{cid}: request fields")
    s = rq["service"]
    if s["system"] == "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets" and s["code"] not in hcpcs: err(f"{cid}: HCPCS {s['code']}")
    if s["system"] not in ("http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"): err(f"{cid}: service system")
    for d in rq["diagnoses"]:
        if not icd.get(d["code"].replace(".", "")): err(f"{cid}: ICD {d['code']} missing/non-billable")
    if g["recommendation"] not in ("approve", "refer", "request_info"): err(f"{cid}: rec")
    if (g["recommendation"] == "request_info") != bool(g.get("missing")): err(f"{cid}: missing vs rec")
    rec[g["recommendation"]] += 1; pol[g["policy"]] += 1
    b = json.load(open(os.path.join(ROOT, c["patient"]), encoding="utf-8"))
    if b.get("resourceType") != "Bundle" or b.get("type") != "collection": err(f"{cid}: bundle type")
    res = [e["resource"] for e in b["entry"]]
    byref = {}
    for r in res:
        k = f"{r['resourceType']}/{r['id']}"
        if k in byref: err(f"{cid}: dup resource {k}")
        byref[k] = r
    if not (20 <= len(res) <= 30): err(f"{cid}: {len(res)} resources")
    notes = [r for r in res if r["resourceType"] == "DocumentReference"]
    if not (4 <= len(notes) <= 6): err(f"{cid}: {len(notes)} notes")
    tot_res += len(res); tot_notes += len(notes)
    if not any(r["resourceType"] == "Practitioner" for r in res) or not any(r["resourceType"] == "Organization" for r in res): err(f"{cid}: authors")
    for r in res:
        for ref in walk_refs(r):
            if ref not in byref: err(f"{cid}: {r['resourceType']}/{r['id']} dangling {ref}")
        for sysm, code in walk_codings(r):
            if sysm == "http://hl7.org/fhir/sid/icd-10-cm" and not icd.get(code.replace(".", "")): err(f"{cid}: ICD {code}")
            if sysm == "http://loinc.org" and not loinc_ok(code): err(f"{cid}: LOINC check digit {code}")
            if sysm == "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets" and code not in hcpcs: err(f"{cid}: HCPCS {code}")
        if r["resourceType"] != "Patient" and r["resourceType"] not in ("Practitioner", "Organization") and not rdate(r): err(f"{cid}: undated {r['id']}")
        if r["resourceType"] == "DocumentReference":
            a = r["content"][0]["attachment"]
            if a["contentType"] not in ("text/plain", "text/html"): err(f"{cid}: ctype")
            txt = base64.b64decode(a["data"]).decode("utf-8")
            if a["contentType"] == "text/html":
                HTMLParser().feed(txt)
                if "<html" not in txt: err(f"{cid}: html")
        if r["resourceType"] == "DiagnosticReport" and r.get("presentedForm"):
            base64.b64decode(r["presentedForm"][0]["data"]).decode("utf-8")
    for e in g["evidence"]:
        if e not in byref: err(f"{cid}: evidence {e} missing"); continue
        d = rdate(byref[e])
        if not d or d > rq["date"]: err(f"{cid}: evidence {e} dated {d} after {rq['date']}")
        if inj.get(cid) == e: err(f"{cid}: cites injected note")
    if cid in inj and inj[cid] not in byref: err(f"{cid}: injected note absent")
print("cases", len(cases), dict(rec), dict(pol), "resources", tot_res, "notes", tot_notes)
if len(cases) != 16 or rec != Counter({"approve": 6, "refer": 5, "request_info": 5}) or any(v != 2 for v in pol.values()) or len(pol) != 8:
    err("counts wrong")
if len(inj) != 1: err("injection count")
print("\n".join(errs) if errs else "OK: all checks passed"); sys.exit(1 if errs else 0)
