"""Shared bits for the blind-g case modules."""
from fhir import CPT, HCPCS, ICD, LOINC, cc


def medicare(C, mbi, start):
    cms = C.organization("cms-medicare", "Centers for Medicare & Medicaid Services (Medicare Part A/B)", "payer", "Baltimore", "MD")
    C.coverage("cov-medicare", cms, mbi, start)
    return cms


def case(cid, pid, service, diagnoses, date, rec, policy, evidence, rationale, missing=None, note=None, urgency="standard"):
    sysmap = {"cpt": CPT, "hcpcs": HCPCS}
    req = {"service": {"system": sysmap[service[0]], "code": service[1], "display": service[2]},
           "diagnoses": [{"system": ICD, "code": c, "display": d} for c, d in diagnoses],
           "payer": "medicare", "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    gold = {"recommendation": rec, "policy": policy, "evidence": evidence, "missing": missing or [], "rationale": rationale}
    return {"id": cid, "patient": "patients/%s.json" % pid, "request": req, "gold": gold}


def lo(code, display):
    return cc(LOINC, code, display)
