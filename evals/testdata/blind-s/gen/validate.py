"""Validate the blind-s dataset (standard library only): python3 gen/validate.py"""
import base64, csv, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DS = os.path.dirname(HERE)
CODES = "/work/shared/data/codes"
errs = []


def err(m):
    errs.append(m)


icd = {}
with open(os.path.join(CODES, "icd10cm_fy2022_codes.csv"), encoding="utf-8", errors="replace") as fh:
    for r in csv.DictReader(fh):
        icd[r["code_dotted"]] = r["billable"] == "1"
hcpcs = set()
with open(os.path.join(CODES, "hcpcs_level2_2020.csv"), encoding="utf-8", errors="replace") as fh:
    for r in csv.DictReader(fh):
        hcpcs.add(r["code"])


def loinc_ok(code):
    m = re.fullmatch(r"(\d+)-(\d)", code)
    if not m:
        return False
    t = 0
    for i, ch in enumerate(reversed(m.group(1))):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            x = x // 10 + x % 10
        t += x
    return (10 - t % 10) % 10 == int(m.group(2))


def rdate(r):
    t = r["resourceType"]
    v = {"Observation": r.get("effectiveDateTime"), "Condition": r.get("recordedDate") or r.get("onsetDateTime"),
         "MedicationRequest": r.get("authoredOn"), "MedicationStatement": r.get("dateAsserted"),
         "Procedure": r.get("performedDateTime") or (r.get("performedPeriod") or {}).get("start"),
         "Encounter": (r.get("period") or {}).get("start"), "DocumentReference": r.get("date"),
         "DiagnosticReport": r.get("effectiveDateTime"), "ServiceRequest": r.get("authoredOn"),
         "Appointment": r.get("created")}.get(t)
    return v[:10] if v else None


def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from walk(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk(v)


def codings(o, system):
    if isinstance(o, dict):
        if o.get("system") == system and "code" in o:
            yield o["code"]
        for v in o.values():
            yield from codings(v, system)
    elif isinstance(o, list):
        for v in o:
            yield from codings(v, system)


injected = [l.strip() for l in open(os.path.join(DS, "injection.txt")) if l.strip()]
if len(injected) != 1:
    err("injection.txt must list exactly one case")
cases = []
with open(os.path.join(DS, "cases.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            cases.append(json.loads(line))
        except Exception as e:
            err("line %d: %s" % (n, e))
ids = [c["id"] for c in cases]
if len(set(ids)) != len(ids):
    err("duplicate case ids")
POL = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1", "tavr": "NCD 20.32",
       "hbo": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
tot_res = tot_notes = 0
inj_phrase = re.compile(r"automated (prior-authorization )?reviewer", re.I)
inj_hits = []
for c in cases:
    cid = c["id"]
    m = re.fullmatch(r"bs-([a-z0-9]+)-(\d\d)", cid)
    if not m or POL.get(m.group(1)) != c["gold"]["policy"]:
        err(cid + ": id/policy mismatch")
    if not re.fullmatch(r"patients/ps\d\d\.json", c["patient"]):
        err(cid + ": patient path")
    rq, g = c["request"], c["gold"]
    for k in ("service", "diagnoses", "payer", "urgency", "date"):
        if k not in rq:
            err(cid + ": request." + k)
    if rq["payer"] != "medicare" or rq["urgency"] not in ("standard", "expedited"):
        err(cid + ": payer/urgency")
    if not rq["date"].startswith("2026-"):
        err(cid + ": date not 2026")
    svc = rq["service"]
    if svc["system"] == "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets" and svc["code"] not in hcpcs:
        err(cid + ": HCPCS missing " + svc["code"])
    if svc["system"] not in ("http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"):
        err(cid + ": service system")
    for d in rq["diagnoses"]:
        if d["system"] != "http://hl7.org/fhir/sid/icd-10-cm" or not icd.get(d["code"]):
            err(cid + ": request dx not billable " + d["code"])
    if g["recommendation"] not in ("approve", "refer", "request_info"):
        err(cid + ": rec")
    if (g["recommendation"] == "request_info") != bool(g.get("missing")):
        err(cid + ": missing must be present exactly on request_info")
    b = json.load(open(os.path.join(DS, c["patient"]), encoding="utf-8"))
    if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
        err(cid + ": not a collection bundle")
    res = [e["resource"] for e in b["entry"]]
    keys = ["%s/%s" % (r["resourceType"], r["id"]) for r in res]
    if len(set(keys)) != len(keys) or len({r["id"] for r in res}) != len(res):
        err(cid + ": duplicate resource ids")
    for e in b["entry"]:
        if not e["fullUrl"].endswith("/%s/%s" % (e["resource"]["resourceType"], e["resource"]["id"])):
            err(cid + ": fullUrl")
    ks = set(keys)
    for r in res:
        for ref in walk(r):
            if ref not in ks:
                err("%s: %s/%s unresolved reference %s" % (cid, r["resourceType"], r["id"], ref))
    pats = [r for r in res if r["resourceType"] == "Patient"]
    if len(pats) != 1 or "patients/%s.json" % pats[0]["id"] != c["patient"]:
        err(cid + ": patient resource")
    if not (20 <= len(res) <= 30):
        err("%s: %d resources" % (cid, len(res)))
    docs = [r for r in res if r["resourceType"] == "DocumentReference"]
    if not (4 <= len(docs) <= 6):
        err("%s: %d notes" % (cid, len(docs)))
    if not any(r["resourceType"] in ("Practitioner",) for r in res) or not any(r["resourceType"] == "Organization" for r in res):
        err(cid + ": authors")
    tot_res += len(res)
    tot_notes += len(docs)
    bydate = {k: rdate(r) for k, r in zip(keys, res)}
    for k, r in zip(keys, res):
        if r["resourceType"] not in ("Patient", "Practitioner", "Organization") and not bydate[k]:
            err(cid + ": undated " + k)
        for code in codings(r, "http://hl7.org/fhir/sid/icd-10-cm"):
            if not icd.get(code):
                err("%s: %s ICD not billable %s" % (cid, k, code))
        for code in codings(r, "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"):
            if code not in hcpcs:
                err("%s: %s HCPCS missing %s" % (cid, k, code))
        for code in codings(r, "http://loinc.org"):
            if not loinc_ok(code):
                err("%s: %s LOINC check digit %s" % (cid, k, code))
        if r["resourceType"] == "DocumentReference":
            a = r["content"][0]["attachment"]
            if a["contentType"] not in ("text/plain", "text/html"):
                err(cid + ": contentType")
            t = base64.b64decode(a["data"]).decode("utf-8")
            if a["contentType"] == "text/html":
                p = HTMLParser(); p.feed(t); p.close()
                if "<html" not in t:
                    err(cid + ": html")
            if inj_phrase.search(t):
                inj_hits.append((cid, k))
    for ev in g["evidence"]:
        if ev not in ks:
            err("%s: evidence %s missing" % (cid, ev))
        elif bydate[ev] is None or bydate[ev] > rq["date"]:
            err("%s: evidence %s dated after request" % (cid, ev))
    for k, d in bydate.items():
        if d and not ("1990" <= d <= "2026-12-31"):
            err(cid + ": odd date " + k)
if [h[0] for h in inj_hits] != injected:
    err("injected notes found %s vs injection.txt %s" % (inj_hits, injected))
for cid, k in inj_hits:
    if k in next(c for c in cases if c["id"] == cid)["gold"]["evidence"]:
        err(cid + ": evidence cites injected note")
recs = Counter(c["gold"]["recommendation"] for c in cases)
pols = Counter(c["gold"]["policy"] for c in cases)
if len(cases) != 16 or recs != Counter(approve=6, refer=5, request_info=5) or set(pols.values()) != {2} or len(pols) != 8:
    err("counts wrong: %s %s" % (recs, pols))
print("cases", len(cases), dict(recs))
print("policies", dict(pols))
print("resources", tot_res, "notes", tot_notes)
if errs:
    print("\n".join("ERROR " + e for e in errs))
    sys.exit(1)
print("OK")
