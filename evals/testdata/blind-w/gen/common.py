"""Shared helpers for the blind-w case builders."""
from fhirlib import CPT, HCPCS, ICD10CM


def svc(system, code, display):
    s = {"cpt": CPT, "hcpcs": HCPCS}[system]
    return {"system": s, "code": code, "display": display}


def dx(code, display):
    return {"system": ICD10CM, "code": code, "display": display}


def case(cid, pfile, service, diagnoses, date, recommendation, policy, evidence,
         missing=None, rationale="", note=None, urgency="standard"):
    req = {"service": service, "diagnoses": diagnoses, "payer": "medicare",
           "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    gold = {"recommendation": recommendation, "policy": policy, "evidence": evidence,
            "missing": missing or [], "rationale": rationale}
    return {"id": cid, "patient": "patients/%s.json" % pfile, "request": req, "gold": gold}
