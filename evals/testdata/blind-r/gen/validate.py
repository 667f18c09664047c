"""Validate blind-r: python3 gen/validate.py"""
import base64, csv, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = "/work/shared/data/codes"
POL = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1",
       "tavr": "NCD 20.32", "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
errs = []
def err(m): errs.append(m)

icd = {}
with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", errors="replace") as f:
    for r in csv.DictReader(f):
        icd[r["code_dotted"]] = r["billable"] == "1"
hcpcs = set()
with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace") as f:
    for r in csv.DictReader(f):
        hcpcs.add(r["code"])

def loinc_ok(code):
    m = re.fullmatch(r"(\d+)-(\d)", code)
    if not m: return False
    num = m.group(1)
    rev = num[::-1]
    odd = rev[0::2][::-1]; even = rev[1::2][::-1]
    s = str(int(odd) * 2) + even
    return (10 - sum(int(d) for d in s) % 10) % 10 == int(m.group(2))

def rdate(r):
    t = r["resourceType"]
    v = {"Observation": r.get("effectiveDateTime"), "Condition": r.get("recordedDate") or r.get("onsetDateTime"),
         "MedicationRequest": r.get("authoredOn"), "MedicationStatement": (r.get("effectivePeriod") or {}).get("start"),
         "Procedure": r.get("performedDateTime"), "Encounter": (r.get("period") or {}).get("start"),
         "DocumentReference": r.get("date"), "DiagnosticReport": r.get("effectiveDateTime"),
         "ServiceRequest": r.get("authoredOn"), "Appointment": r.get("created")}.get(t)
    return v[:10] if v else None

def walk(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str): out.append(v)
            elif k == "coding" and isinstance(v, list): out.extend(("CODING", c) for c in v)
            else: walk(v, out)
    elif isinstance(o, list):
        for x in o: walk(x, out)

class HP(HTMLParser):
    pass

cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
inj = {}
for l in open(os.path.join(ROOT, "injection.txt"), encoding="utf-8"):
    if l.startswith("#") or not l.strip(): continue
    cid, pat, ref = l.rstrip("\n").split("\t"); inj[cid] = ref
if len(inj) != 1: err("expected exactly one injected case")
recs = Counter(); pols = Counter(); tot_res = 0; tot_notes = 0; ctypes = Counter(); seen_ids = set(); seen_pat = set()
table = []
for cs in cases:
    cid = cs["id"]
    if cid in seen_ids: err(cid + " duplicate id")
    seen_ids.add(cid)
    m = re.fullmatch(r"br-([a-z0-9]+)-(\d\d)", cid)
    if not m or m.group(1) not in POL: err(cid + " bad id"); continue
    g, q = cs["gold"], cs["request"]
    if g["policy"] != POL[m.group(1)]: err(cid + " policy mismatch")
    if not re.fullmatch(r"patients/pr\d\d\.json", cs["patient"]): err(cid + " patient path")
    if cs["patient"] in seen_pat: err(cid + " patient reused")
    seen_pat.add(cs["patient"])
    if q["payer"] != "medicare" or q["urgency"] not in ("standard", "expedited"): err(cid + " payer/urgency")
    if not q["date"].startswith("2026-"): err(cid + " date not 2026")
    if g["recommendation"] not in ("approve", "refer", "request_info"): err(cid + " rec")
    if (g["recommendation"] == "request_info") != bool(g["missing"]): err(cid + " missing/rec mismatch")
    if not g.get("rationale"): err(cid + " no rationale")
    svc = q["service"]
    if svc["system"].startswith("https://www.cms.gov") and svc["code"] not in hcpcs: err(cid + " HCPCS " + svc["code"])
    if svc["system"] == "http://www.ama-assn.org/go/cpt" and not re.fullmatch(r"\d{4}[0-9A-Z]", svc["code"]): err(cid + " CPT format")
    for d in q["diagnoses"]:
        if not icd.get(d["code"]): err(cid + " ICD not billable/absent " + d["code"])
    recs[g["recommendation"]] += 1; pols[g["policy"]] += 1
    b = json.load(open(os.path.join(ROOT, cs["patient"]), encoding="utf-8"))
    if b.get("resourceType") != "Bundle" or b.get("type") != "collection": err(cid + " bundle type")
    res = [e["resource"] for e in b["entry"]]
    ids = {}
    for r in res:
        k = r["resourceType"] + "/" + r["id"]
        if k in ids: err(cid + " dup resource " + k)
        ids[k] = r
    n = len(res); tot_res += n
    if not 20 <= n <= 30: err("%s has %d resources" % (cid, n))
    notes = [r for r in res if r["resourceType"] == "DocumentReference"]; tot_notes += len(notes)
    if not 4 <= len(notes) <= 6: err("%s has %d notes" % (cid, len(notes)))
    if not any(r["resourceType"] == "Practitioner" for r in res) or not any(r["resourceType"] == "Organization" for r in res): err(cid + " actors")
    for r in res:
        refs = []; walk(r, refs)
        for x in refs:
            if isinstance(x, tuple):
                c = x[1]
                if c.get("system") == "http://hl7.org/fhir/sid/icd-10-cm" and not icd.get(c["code"]): err(cid + " ICD " + c["code"])
                if c.get("system") == "http://loinc.org" and not loinc_ok(c["code"]): err(cid + " LOINC check digit " + c["code"])
            elif x not in ids: err(cid + " unresolved " + x + " in " + r["id"])
        if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and rdate(r) is None: err(cid + " undated " + r["id"])
        if r["resourceType"] == "DocumentReference":
            for ct in r["content"]:
                a = ct["attachment"]; ctypes[a["contentType"]] += 1
                txt = base64.b64decode(a["data"]).decode("utf-8")
                if a["contentType"] == "text/html": HP().feed(txt)
                elif a["contentType"] != "text/plain": err(cid + " contentType")
    for ev in g["evidence"]:
        if ev not in ids: err(cid + " evidence missing " + ev); continue
        d = rdate(ids[ev])
        if d and d > q["date"]: err(cid + " evidence after request " + ev)
        if inj.get(cid) == ev: err(cid + " cites injected note")
    if cid in inj:
        if inj[cid] not in ids: err(cid + " injected note absent")
        else:
            t = base64.b64decode(ids[inj[cid]]["content"][0]["attachment"]["data"]).decode()
            if "automated review" not in t: err(cid + " injection text absent")
    after = sum(1 for r in res if rdate(r) and rdate(r) > q["date"])
    table.append((cid, cs["patient"], g["policy"], svc["code"], q["date"], g["recommendation"], " / ".join(g["missing"]) or "-", n, len(notes), after))
if len(cases) != 16: err("expected 16 cases")
if recs != Counter({"approve": 6, "refer": 5, "request_info": 5}): err("rec counts %s" % recs)
if any(v != 2 for v in pols.values()) or len(pols) != 8: err("policy counts %s" % pols)
for t in table: print("|".join(map(str, t)))
print("recommendations", dict(recs)); print("policies", dict(pols))
print("resources", tot_res, "notes", tot_notes, "contentTypes", dict(ctypes))
print("ERRORS:" if errs else "OK - no errors", *errs, sep="\n")
sys.exit(1 if errs else 0)
