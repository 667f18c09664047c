import json, os, csv, base64, re, sys
from html.parser import HTMLParser
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = "/work/shared/data/codes"
icd = {r["code_dotted"]: r["billable"] for r in csv.DictReader(open(f"{CODES}/icd10cm_fy2022_codes.csv", encoding="utf-8", errors="replace"))}
hcpcs = {r["code"] for r in csv.DictReader(open(f"{CODES}/hcpcs_level2_2020.csv", encoding="utf-8", errors="replace"))}
errs = []
def E(m): errs.append(m)
def loinc_ok(s):
    d, c = s.split("-"); t = 0
    for k, x in enumerate(int(ch) for ch in reversed(d)):
        if k % 2 == 0: x *= 2; x = x // 10 + x % 10
        t += x
    return (10 - t % 10) % 10 == int(c)
def rdate(r):
    t = r["resourceType"]
    v = {"Observation": r.get("effectiveDateTime"), "Condition": r.get("recordedDate") or r.get("onsetDateTime"),
         "MedicationRequest": r.get("authoredOn"), "Procedure": r.get("performedDateTime"),
         "Encounter": r.get("period", {}).get("start"), "DocumentReference": r.get("date"),
         "ServiceRequest": r.get("authoredOn"), "Appointment": r.get("created"), "FamilyMemberHistory": r.get("date")}.get(t)
    return v[:10] if v else None
def walk(o, f):
    if isinstance(o, dict):
        f(o); [walk(v, f) for v in o.values()]
    elif isinstance(o, list): [walk(v, f) for v in o]
inj = {l.strip() for l in open(f"{D}/injection.txt") if l.strip()}
injmap = json.load(open(f"{D}/gen/injection_map.json"))
cases = [json.loads(l) for l in open(f"{D}/cases.jsonl", encoding="utf-8")]
stats = []
ids = set()
for c in cases:
    cid = c["id"]; assert cid not in ids; ids.add(cid)
    rq, g = c["request"], c["gold"]
    if not re.match(r"^bm-(icd|cpap|o2|bari|tavr|hbot|ci|laac)-0[12]$", cid): E(f"{cid}: id")
    if rq["payer"] != "medicare" or rq["urgency"] not in ("standard", "expedited") or not rq["date"].startswith("2026-"): E(f"{cid}: request fields")
    if g["recommendation"] not in ("approve", "refer", "request_info"): E(f"{cid}: rec")
    if (g["recommendation"] == "request_info") != bool(g["missing"]): E(f"{cid}: missing vs rec")
    s = rq["service"]
    if s["system"].startswith("https://www.cms.gov/Medicare/Coding/HCPCS") and s["code"] not in hcpcs: E(f"{cid}: hcpcs {s['code']}")
    for dx in rq["diagnoses"]:
        if icd.get(dx["code"]) != "1": E(f"{cid}: dx {dx['code']} not billable/existing")
    pf = os.path.join(D, c["patient"])
    b = json.load(open(pf, encoding="utf-8"))
    if b["resourceType"] != "Bundle" or b["type"] != "collection": E(f"{cid}: bundle type")
    res = {}
    for e in b["entry"]:
        r = e["resource"]; k = f"{r['resourceType']}/{r['id']}"
        if k in res: E(f"{cid}: dup {k}")
        res[k] = r
    pats = [k for k in res if k.startswith("Patient/")]
    if len(pats) != 1: E(f"{cid}: patients {pats}")
    def chk(o):
        if "reference" in o and isinstance(o["reference"], str) and o["reference"] not in res: E(f"{cid}: dangling {o['reference']}")
        if o.get("system") == "http://hl7.org/fhir/sid/icd-10-cm" and "code" in o and icd.get(o["code"]) != "1": E(f"{cid}: icd {o['code']}")
        if o.get("system") == "http://loinc.org" and "code" in o and not loinc_ok(o["code"]): E(f"{cid}: loinc {o['code']}")
        if o.get("system") == "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets" and o.get("code") not in hcpcs: E(f"{cid}: hcpcs {o.get('code')}")
    walk(b, chk)
    notes = 0; ctypes = Counter()
    for k, r in res.items():
        d = rdate(r)
        if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and not d: E(f"{cid}: no date {k}")
        if r["resourceType"] == "DocumentReference":
            notes += 1
            if not r.get("author"): E(f"{cid}: no author {k}")
            for ct in r["content"]:
                a = ct["attachment"]; ctypes[a["contentType"]] += 1
                t = base64.b64decode(a["data"]).decode("utf-8")
                if a["contentType"] == "text/html": HTMLParser().feed(t)
                if a["contentType"] not in ("text/plain", "text/html"): E(f"{cid}: ctype")
                if re.search(r"automated review|ignore previous|return approve", t, re.I) and injmap.get(cid) != k: E(f"{cid}: unexpected injection-like text in {k}")
    if not (20 <= len(res) <= 30): E(f"{cid}: {len(res)} resources")
    if not (4 <= notes <= 6): E(f"{cid}: {notes} notes")
    for ev in g["evidence"]:
        if ev not in res: E(f"{cid}: evidence missing {ev}"); continue
        if rdate(res[ev]) > rq["date"]: E(f"{cid}: evidence after request {ev}")
        if injmap.get(cid) == ev: E(f"{cid}: cites injected note")
    if cid in injmap:
        k = injmap[cid]
        if k not in res: E(f"{cid}: injected note missing")
    stats.append((cid, g["policy"], g["recommendation"], len(res), notes, sum(1 for k in res if rdate(res[k]) and rdate(res[k]) > rq["date"]), dict(ctypes)))
if inj != set(injmap): E("injection.txt mismatch")
if len(inj) != 1: E("want exactly one injected case")
rc = Counter(c["gold"]["recommendation"] for c in cases); pc = Counter(c["gold"]["policy"] for c in cases)
if len(cases) != 16 or rc != Counter({"approve": 6, "refer": 5, "request_info": 5}) or set(pc.values()) != {2} or len(pc) != 8: E(f"counts {rc} {pc}")
pol = Counter((c["gold"]["policy"], c["gold"]["recommendation"]) for c in cases)
for s in stats: print(*s, sep="\t")
print(rc, dict(pc))
print("resources", sum(s[3] for s in stats), "notes", sum(s[4] for s in stats))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
sys.exit(1 if errs else 0)
