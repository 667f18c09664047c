#!/usr/bin/env python3
"""Validate the bd (blind3/D) dataset against shared/evals/SPEC.md and the brief. Standard library only.
Usage: python3 gen/validate.py   (exit code 0 = pass)"""
import base64, csv, collections, html.parser, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ICD_FILE = "/work/shared/data/codes/icd10cm_fy2022_codes.csv"
HCPCS_FILE = "/work/shared/data/codes/hcpcs_level2_2020.csv"
ICD_SYS = "http://hl7.org/fhir/sid/icd-10-cm"
SERVICE_SYSTEMS = {"http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                   "http://www.cms.gov/Medicare/Coding/ICD10", "http://www.nlm.nih.gov/research/umls/rxnorm",
                   "http://hl7.org/fhir/sid/ndc"}
HCPCS_SYS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RECS = {"approve", "refer", "request_info"}
POLICY_BY_PREFIX = {"icd": "NCD 20.4", "cpap": "NCD 240.4", "o2": "NCD 240.2", "bar": "NCD 100.1",
                    "tavr": "NCD 20.32", "hbot": "NCD 20.29", "ci": "NCD 50.3", "laac": "NCD 20.34"}
TZ_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def load_icd():
    t = {}
    with open(ICD_FILE, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            t[r["code_dotted"]] = r["billable"] == "1"
    return t


def load_hcpcs():
    with open(HCPCS_FILE, encoding="utf-8", newline="") as f:
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
        return r.get("performedDateTime") or (r.get("performedPeriod") or {}).get("start")
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


def refs(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from refs(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from refs(v)


class TagChecker(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "meta", "input", "link", "col"}

    def __init__(self):
        super().__init__()
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unbalanced </%s>" % tag)
        else:
            self.stack.pop()


def main():
    icd = load_icd()
    hcpcs = load_hcpcs()
    path = os.path.join(ROOT, "cases.jsonl")
    injected = {}
    ip = os.path.join(ROOT, "injection.txt")
    if os.path.exists(ip):
        for line in open(ip, encoding="utf-8"):
            if line.strip():
                cid, ref = line.split("\t")
                injected[cid.strip()] = ref.strip()
    if len(injected) > 1:
        err("more than one injected case")
    seen_ids = set()
    per_policy = collections.defaultdict(collections.Counter)
    n = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        try:
            cs = json.loads(line)
        except Exception as e:  # noqa
            err("line %d: JSON parse error %s" % (ln, e))
            continue
        cid = cs.get("id")
        where = "%s (line %d)" % (cid, ln)
        m = re.match(r"^bd-(icd|cpap|o2|bar|tavr|hbot|ci|laac)-(\d\d)$", cid or "")
        if not m:
            err(where + ": bad id")
            continue
        if cid in seen_ids:
            err(where + ": duplicate id")
        seen_ids.add(cid)
        req, gold = cs.get("request"), cs.get("gold")
        if not isinstance(req, dict) or not isinstance(gold, dict):
            err(where + ": request/gold missing")
            continue
        svc = req.get("service", {})
        if svc.get("system") not in SERVICE_SYSTEMS or not svc.get("code") or not svc.get("display"):
            err(where + ": bad service")
        if svc.get("system") == HCPCS_SYS and svc.get("code") not in hcpcs:
            err(where + ": HCPCS code not in 2020 file: %s" % svc.get("code"))
        if svc.get("system") == "http://www.ama-assn.org/go/cpt" and not re.match(r"^\d{4}[0-9T]$", svc.get("code", "")):
            err(where + ": CPT code format")
        dxs = req.get("diagnoses")
        if not dxs:
            err(where + ": no diagnoses")
        for d in dxs or []:
            if d.get("system") != ICD_SYS:
                err(where + ": diagnosis system")
            if not icd.get(d.get("code")):
                err(where + ": ICD-10-CM code missing or not billable: %s" % d.get("code"))
        if req.get("payer") != "medicare":
            err(where + ": payer")
        if req.get("urgency") not in ("standard", "expedited"):
            err(where + ": urgency")
        rdate = req.get("date", "")
        if not DATE_RE.match(rdate) or not rdate.startswith("2026-"):
            err(where + ": request date must be 2026-MM-DD")
        rec = gold.get("recommendation")
        if rec not in RECS:
            err(where + ": recommendation")
        pol = gold.get("policy")
        if pol != POLICY_BY_PREFIX[m.group(1)]:
            err(where + ": policy %s does not match id prefix" % pol)
        per_policy[pol][rec] += 1
        missing = gold.get("missing")
        if not isinstance(missing, list):
            err(where + ": missing must be a list")
            missing = []
        if rec == "request_info" and not missing:
            err(where + ": request_info without missing")
        if rec != "request_info" and missing:
            err(where + ": missing on non-request_info case")
        for ph in missing:
            if not isinstance(ph, str) or not ph.strip() or any(not a.strip() for a in ph.split("|")):
                err(where + ": bad missing phrase %r" % ph)
        ev = gold.get("evidence")
        if not isinstance(ev, list) or not ev:
            err(where + ": evidence must be a non-empty list")
            ev = []

        # ---------------------------------------------------------------- patient bundle
        ppath = os.path.join(ROOT, cs.get("patient", ""))
        if not os.path.isfile(ppath):
            err(where + ": patient file missing")
            continue
        try:
            b = json.load(open(ppath, encoding="utf-8"))
        except Exception as e:  # noqa
            err(where + ": patient JSON %s" % e)
            continue
        if b.get("resourceType") != "Bundle" or b.get("type") != "collection":
            err(where + ": not a collection Bundle")
        entries = b.get("entry", [])
        index = {}
        for e in entries:
            r = e.get("resource", {})
            key = "%s/%s" % (r.get("resourceType"), r.get("id"))
            if key in index:
                err(where + ": duplicate resource id %s" % key)
            index[key] = r
            if not e.get("fullUrl", "").endswith("/" + key):
                err(where + ": fullUrl does not end with %s" % key)
        ids_only = [k.split("/", 1)[1] for k in index]
        if len(ids_only) != len(set(ids_only)):
            err(where + ": resource ids not unique across types")
        pats = [k for k in index if k.startswith("Patient/")]
        if len(pats) != 1:
            err(where + ": expected exactly one Patient")
        else:
            p = index[pats[0]]
            if not p.get("birthDate") or p.get("gender") not in ("male", "female", "other", "unknown"):
                err(where + ": Patient birthDate/gender")
        if not (10 <= len(index) <= 30):
            err(where + ": %d resources (want 10-30)" % len(index))
        for key, r in index.items():
            for ref in refs(r):
                if ref not in index:
                    err(where + ": unresolved reference %s in %s" % (ref, key))
            d = res_date(r)
            if r["resourceType"] != "Patient" and not d:
                err(where + ": %s has no date" % key)
            if d and "T" in d and not TZ_RE.match(d):
                err(where + ": %s datetime without offset %s" % (key, d))
            if r["resourceType"] == "Observation":
                if not r.get("code", {}).get("text"):
                    err(where + ": %s code.text" % key)
                vq = r.get("valueQuantity")
                if vq and vq.get("system") != "http://unitsofmeasure.org":
                    err(where + ": %s valueQuantity not UCUM" % key)
            if r["resourceType"] == "Condition":
                for cd in r.get("code", {}).get("coding", []):
                    if cd.get("system") == ICD_SYS and not icd.get(cd.get("code")):
                        err(where + ": %s ICD-10-CM not billable/missing %s" % (key, cd.get("code")))
                if not r.get("verificationStatus"):
                    err(where + ": %s verificationStatus" % key)
            if r["resourceType"] == "Encounter" and r.get("class", {}).get("code") == "IMP":
                if not r.get("period", {}).get("end"):
                    err(where + ": %s inpatient without period.end" % key)
        notes = [r for k, r in index.items() if k.startswith("DocumentReference/")]
        if not (2 <= len(notes) <= 6):
            err(where + ": %d notes (want 2-6)" % len(notes))
        for r in notes:
            key = "DocumentReference/" + r["id"]
            att = r.get("content", [{}])[0].get("attachment", {})
            ct = att.get("contentType")
            if ct not in ("text/plain", "text/html"):
                err(where + ": %s contentType %s" % (key, ct))
            try:
                text = base64.b64decode(att.get("data", ""), validate=True).decode("utf-8")
            except Exception as e:  # noqa
                err(where + ": %s base64/utf-8 %s" % (key, e))
                continue
            if ct == "text/html":
                tc = TagChecker()
                tc.feed(text)
                tc.close()
                if tc.problems or tc.stack:
                    err(where + ": %s HTML problems %s %s" % (key, tc.problems, tc.stack))
            wc = len(re.findall(r"\S+", re.sub(r"<[^>]+>", " ", text)))
            if not (80 <= wc <= 600):
                err(where + ": %s has %d words" % (key, wc))
            if not r.get("author") or not r.get("type", {}).get("text") or not r.get("date"):
                err(where + ": %s author/type/date" % key)
        for evid in ev:
            if evid not in index:
                err(where + ": evidence %s not in bundle" % evid)
                continue
            d = res_date(index[evid])
            if not d or d[:10] > rdate:
                err(where + ": evidence %s dated %s after request %s" % (evid, d, rdate))
            if injected.get(cid) == evid:
                err(where + ": evidence cites injected note")
        if cid in injected and injected[cid] not in index:
            err(where + ": injected note %s not in bundle" % injected[cid])

    if n != 24:
        err("expected 24 cases, found %d" % n)
    for pol, cnt in per_policy.items():
        if cnt != collections.Counter({"approve": 1, "refer": 1, "request_info": 1}):
            err("%s: distribution %s" % (pol, dict(cnt)))
    if len(per_policy) != 8:
        err("expected 8 policies, found %d" % len(per_policy))
    for cid in injected:
        if cid not in seen_ids:
            err("injection.txt lists unknown case %s" % cid)

    if errors:
        print("VALIDATION FAILED (%d problems)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: %d cases, %d policies, all checks passed" % (n, len(per_policy)))


if __name__ == "__main__":
    main()
