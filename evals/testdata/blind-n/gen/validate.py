"""Validate blind-n: python3 gen/validate.py. Reads code lists from /work/shared/data/codes (read-only)."""
import base64, csv, json, os, re, sys
from html.parser import HTMLParser
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = os.environ.get("CODES_DIR", "/work/shared/data/codes")
ICDSYS = "http://hl7.org/fhir/sid/icd-10-cm"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
errors = []
def err(m): errors.append(m)

icd = {}
with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        icd[r["code_dotted"]] = r["billable"] == "1"
hcpcs = set()
with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace", newline="") as f:
    for r in csv.DictReader(f):
        hcpcs.add(r["code"])

def loinc_ok(code):
    m = re.fullmatch(r"(\d+)-(\d)", code)
    if not m: return False
    digits = m.group(1)[::-1]
    tot = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        tot += d
    return (10 - tot % 10) % 10 == int(m.group(2))

def rdate(r):
    t = r["resourceType"]
    v = {"Observation": r.get("effectiveDateTime"), "Condition": r.get("recordedDate") or r.get("onsetDateTime"),
         "MedicationRequest": r.get("authoredOn"), "MedicationStatement": r.get("dateAsserted"),
         "Procedure": r.get("performedDateTime"), "Encounter": (r.get("period") or {}).get("start"),
         "DocumentReference": r.get("date"), "DiagnosticReport": r.get("effectiveDateTime"),
         "ServiceRequest": r.get("authoredOn"), "Appointment": r.get("created"),
         "AllergyIntolerance": r.get("recordedDate"), "FamilyMemberHistory": r.get("date")}.get(t)
    return v[:10] if v else None

def walk_refs(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str): yield v
            else: yield from walk_refs(v)
    elif isinstance(o, list):
        for x in o: yield from walk_refs(x)

def walk_codings(o):
    if isinstance(o, dict):
        if "system" in o and "code" in o and isinstance(o.get("code"), str): yield o["system"], o["code"]
        for v in o.values(): yield from walk_codings(v)
    elif isinstance(o, list):
        for x in o: yield from walk_codings(x)

def check_icd(c, where):
    if c not in icd: err(f"{where}: ICD-10-CM {c} not in FY2022 file")
    elif not icd[c]: err(f"{where}: ICD-10-CM {c} not billable")

inj = {}
for line in open(os.path.join(ROOT, "injection.txt"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        a, b = line.rstrip("\n").split("\t"); inj.setdefault(a, set()).add(b)

cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if len(set(ids)) != len(ids): err("duplicate case ids")
recs, pols = Counter(), Counter()
tot_res = tot_notes = 0
per = []
for c in cases:
    cid = c["id"]; rq = c["request"]; g = c["gold"]
    if not re.fullmatch(r"bn-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-\d\d", cid): err(f"{cid}: id pattern")
    if not re.fullmatch(r"patients/pn\d\d\.json", c["patient"]): err(f"{cid}: patient path")
    if rq["payer"] != "medicare": err(f"{cid}: payer")
    if rq["urgency"] not in ("standard", "expedited"): err(f"{cid}: urgency")
    if not re.fullmatch(r"2026-\d\d-\d\d", rq["date"]): err(f"{cid}: date")
    if g["recommendation"] not in ("approve", "refer", "request_info"): err(f"{cid}: rec")
    if (g["recommendation"] == "request_info") != bool(g["missing"]): err(f"{cid}: missing iff request_info")
    if not g.get("rationale"): err(f"{cid}: rationale")
    recs[g["recommendation"]] += 1; pols[g["policy"]] += 1
    s = rq["service"]
    if s["system"] == HCPCS and s["code"] not in hcpcs: err(f"{cid}: HCPCS {s['code']} missing")
    for d in rq["diagnoses"]:
        if d["system"] != ICDSYS: err(f"{cid}: dx system")
        check_icd(d["code"], cid)
    path = os.path.join(ROOT, c["patient"])
    bundle = json.load(open(path, encoding="utf-8"))
    if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection": err(f"{cid}: bundle type")
    res = [e["resource"] for e in bundle["entry"]]
    keys = [f"{r['resourceType']}/{r['id']}" for r in res]
    if len(set(keys)) != len(keys): err(f"{cid}: duplicate resource ids")
    idx = dict(zip(keys, res))
    for r in res:
        for rf in walk_refs(r):
            if rf not in idx: err(f"{cid}: unresolved {rf} in {r['resourceType']}/{r['id']}")
        for sysu, code in walk_codings(r):
            if sysu == ICDSYS: check_icd(code, f"{cid} {r['id']}")
            elif sysu == "http://loinc.org" and not loinc_ok(code): err(f"{cid} {r['id']}: LOINC check digit {code}")
            elif sysu == HCPCS and code not in hcpcs: err(f"{cid} {r['id']}: HCPCS {code}")
        d = rdate(r)
        if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and not d: err(f"{cid}: no date {r['id']}")
        if d and not re.fullmatch(r"\d{4}-\d\d-\d\d", d): err(f"{cid}: bad date {r['id']}")
    docs = [r for r in res if r["resourceType"] == "DocumentReference"]
    for dref in docs:
        if not dref.get("author"): err(f"{cid}: doc without author {dref['id']}")
        for ct in dref["content"]:
            a = ct["attachment"]
            if a["contentType"] not in ("text/plain", "text/html"): err(f"{cid}: contentType")
            txt = base64.b64decode(a["data"]).decode("utf-8")
            if a["contentType"] == "text/html":
                p = HTMLParser(); p.feed(txt); p.close()
                if "<html" not in txt: err(f"{cid}: html doc lacks <html>")
    n = len(res); nd = len(docs)
    if not (20 <= n <= 30): err(f"{cid}: {n} resources (want 20-30)")
    if not (4 <= nd <= 6): err(f"{cid}: {nd} notes (want 4-6)")
    if not any(r["resourceType"] == "Practitioner" for r in res) or not any(r["resourceType"] == "Organization" for r in res):
        err(f"{cid}: needs Practitioner and Organization")
    for e in g["evidence"]:
        if e not in idx: err(f"{cid}: evidence {e} missing"); continue
        d = rdate(idx[e])
        if d and d > rq["date"]: err(f"{cid}: evidence {e} dated {d} after request")
        if e in inj.get(cid, set()): err(f"{cid}: evidence cites injected note")
    for e in inj.get(cid, set()):
        if e not in idx: err(f"{cid}: injected resource {e} missing")
    for m in g["missing"]:
        if not all(alt.strip() for alt in m.split("|")): err(f"{cid}: empty missing alternative")
    tot_res += n; tot_notes += nd
    per.append((cid, n, nd))

if len(cases) != 16: err(f"{len(cases)} cases")
if dict(recs) != {"approve": 6, "refer": 5, "request_info": 5}: err(f"rec counts {dict(recs)}")
if any(v != 2 for v in pols.values()) or len(pols) != 8: err(f"policy counts {dict(pols)}")
if sum(len(v) for v in inj.values()) != 1: err("injection.txt must list exactly one case")
for cid, n, nd in per: print(f"{cid}\t{n} resources\t{nd} notes")
print("recommendations", dict(recs)); print("policies", dict(pols)); print("resources", tot_res, "notes", tot_notes)
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
