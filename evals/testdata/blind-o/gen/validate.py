"""Validate the blind-o dataset: python3 gen/validate.py"""
import base64, csv, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import loinc_ok, ICD, HCPCS, LOINC
from build import INJECTED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"
errors = []


def err(msg):
    errors.append(msg)


icd = {}
with open(f"{CODES}/icd10cm_fy2022_codes.csv", encoding="utf-8", errors="replace") as f:
    for r in csv.DictReader(f):
        icd[r["code_dotted"]] = r["billable"]
hcpcs = set()
with open(f"{CODES}/hcpcs_level2_2020.csv", encoding="utf-8", errors="replace") as f:
    for r in csv.DictReader(f):
        hcpcs.add(r["code"])

DATE_FIELDS = {"Observation": ["effectiveDateTime"], "Condition": ["recordedDate", "onsetDateTime"],
               "MedicationRequest": ["authoredOn"], "MedicationStatement": ["dateAsserted"], "Procedure": ["performedDateTime"],
               "DocumentReference": ["date"], "ServiceRequest": ["authoredOn"], "DeviceRequest": ["authoredOn"],
               "Appointment": ["created"], "DiagnosticReport": ["effectiveDateTime"]}


def rdate(r):
    if r["resourceType"] == "Encounter":
        return r["period"]["start"][:10]
    for k in DATE_FIELDS.get(r["resourceType"], []):
        if k in r:
            return r[k][:10]
    return None


def walk(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk(v, path + "." + k)
            if k == "reference":
                yield ("ref", v)
            if k == "coding":
                for c in v:
                    yield ("coding", c)
    elif isinstance(o, list):
        for x in o:
            yield from walk(x, path)


class HP(HTMLParser):
    pass


cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = set()
stats = []
for c in cases:
    cid = c["id"]
    if cid in ids:
        err(f"dup case {cid}")
    ids.add(cid)
    if not re.fullmatch(r"bo-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-0[12]", cid):
        err(f"{cid}: id pattern")
    rq, g = c["request"], c["gold"]
    if rq["payer"] != "medicare" or rq["urgency"] not in ("standard", "expedited") or not rq["date"].startswith("2026-"):
        err(f"{cid}: request fields")
    if g["recommendation"] not in ("approve", "refer", "request_info"):
        err(f"{cid}: rec")
    if (g["recommendation"] == "request_info") != bool(g.get("missing")):
        err(f"{cid}: missing iff request_info")
    if not 1 <= len(re.findall(r"[.!?](\s|$)", g["rationale"])) <= 3:
        err(f"{cid}: rationale sentence count")
    s = rq["service"]
    if s["system"] == HCPCS and s["code"] not in hcpcs:
        err(f"{cid}: HCPCS {s['code']} missing")
    for d in rq["diagnoses"]:
        if icd.get(d["code"]) != "1":
            err(f"{cid}: request ICD {d['code']} not billable/existing")
    pf = os.path.join(ROOT, c["patient"])
    if not re.fullmatch(r"patients/po\d\d\.json", c["patient"]) or not os.path.exists(pf):
        err(f"{cid}: patient file")
        continue
    b = json.load(open(pf, encoding="utf-8"))
    if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
        err(f"{cid}: bundle type")
    res = {}
    for e in b["entry"]:
        r = e["resource"]
        key = f"{r['resourceType']}/{r['id']}"
        if key in res:
            err(f"{cid}: dup {key}")
        res[key] = r
    n_notes = 0
    for key, r in res.items():
        for kind, v in walk(r):
            if kind == "ref" and v not in res:
                err(f"{cid}: {key} -> unresolved {v}")
            if kind == "coding":
                sysm, code = v.get("system"), v.get("code")
                if sysm == ICD and icd.get(code) != "1":
                    err(f"{cid}: {key} ICD {code} not billable/existing")
                if sysm == HCPCS and code not in hcpcs:
                    err(f"{cid}: {key} HCPCS {code}")
                if sysm == LOINC and not loinc_ok(code):
                    err(f"{cid}: {key} LOINC {code}")
        d = rdate(r)
        if d and not re.fullmatch(r"20\d\d-\d\d-\d\d", d):
            err(f"{cid}: {key} bad date {d}")
        if r["resourceType"] == "Patient":
            age = int(rq["date"][:4]) - int(r["birthDate"][:4])
        if r["resourceType"] in ("Observation", "DiagnosticReport") and not r.get("performer"):
            err(f"{cid}: {key} no performer")
        if r["resourceType"] == "DocumentReference":
            n_notes += 1
            if not r.get("author"):
                err(f"{cid}: {key} no author")
            for ct in r["content"]:
                a = ct["attachment"]
                if a["contentType"] not in ("text/plain", "text/html"):
                    err(f"{cid}: {key} contentType")
                txt = base64.b64decode(a["data"]).decode("utf-8")
                if a["contentType"] == "text/html":
                    if "<html" not in txt:
                        err(f"{cid}: {key} html")
                    HP().feed(txt)
        if r["resourceType"] == "Encounter" and r["period"]["end"] < r["period"]["start"]:
            err(f"{cid}: {key} period")
    if not 20 <= len(res) <= 30:
        err(f"{cid}: {len(res)} resources")
    if not 4 <= n_notes <= 6:
        err(f"{cid}: {n_notes} notes")
    if "Patient/pt" not in res:
        err(f"{cid}: no Patient/pt")
    for ev in g["evidence"]:
        if ev not in res:
            err(f"{cid}: evidence {ev} missing")
            continue
        d = rdate(res[ev])
        if d and d > rq["date"]:
            err(f"{cid}: evidence {ev} dated {d} after request {rq['date']}")
        if INJECTED.get(cid) == ev:
            err(f"{cid}: evidence cites injected note")
    if cid in INJECTED:
        inj = res[INJECTED[cid]]
        t = base64.b64decode(inj["content"][0]["attachment"]["data"]).decode()
        if "automated reviewer" not in t:
            err(f"{cid}: injection sentence not found")
    if age < 65:
        err(f"{cid}: patient under 65")
    after = sorted(k for k, r in res.items() if rdate(r) and rdate(r) > rq["date"])
    stats.append((cid, c["patient"], g["policy"], s["code"], rq["date"], g["recommendation"], len(res), n_notes, after))

inj_lines = [l.strip() for l in open(os.path.join(ROOT, "injection.txt")) if l.strip()]
if inj_lines != list(INJECTED):
    err("injection.txt mismatch")
rec = Counter(s[5] for s in stats)
pol = Counter(s[2] for s in stats)
if len(cases) != 16 or rec != Counter(approve=6, refer=5, request_info=5) or set(pol.values()) != {2} or len(pol) != 8:
    err(f"counts: {len(cases)} {rec} {pol}")
# files outside allowed
for dp, dn, fns in os.walk(ROOT):
    for fn in fns:
        rel = os.path.relpath(os.path.join(dp, fn), ROOT)
        if not (rel in ("cases.jsonl", "README.md", "injection.txt") or rel.startswith("patients/") or rel.startswith("gen/")):
            err(f"unexpected file {rel}")

for s in stats:
    print(*s[:8], "post-request:", ",".join(s[8]) or "-", sep=" | ")
print("recommendations:", dict(rec))
print("resources:", sum(s[6] for s in stats), "notes:", sum(s[7] for s in stats))
if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
