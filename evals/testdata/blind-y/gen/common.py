"""Shared bits for the blind-y case builders."""
from fhirlib import LOINC, SNOMED, ICD10, ICD9, RXNORM, CPT, HCPCS

NOTE = {
    "consult": ([(LOINC, "11488-4", "Consult note")], "Consult Note"),
    "progress": ([(LOINC, "11506-3", "Progress note")], "Progress Notes"),
    "dc": ([(LOINC, "18842-5", "Discharge summary")], "Discharge Summary"),
    "hp": ([(LOINC, "34117-2", "History and physical note")], "H&P"),
    "proc": ([(LOINC, "28570-0", "Procedure note")], "Procedures"),
    "imaging": ([(LOINC, "18748-4", "Diagnostic imaging study")], "Imaging Report"),
    "scan": ([(LOINC, "34109-9", "Note")], "Scanned Document - Outside Records"),
    "labrpt": ([(LOINC, "11502-2", "Laboratory report")], "Lab Report"),
}

MEDICARE = "medicare"


def rx(code, name):
    return [(RXNORM, code, name)]


def icd(code, disp):
    return (ICD10, code, disp)


def case(cid, patient_file, service, diagnoses, date, recommendation, policy, evidence, missing=(), rationale=None,
         note=None, urgency="standard"):
    req = {"service": service, "diagnoses": [{"system": ICD10, "code": c, "display": d} for (c, d) in diagnoses],
           "payer": MEDICARE, "urgency": urgency, "date": date}
    if note:
        req["note"] = note
    gold = {"recommendation": recommendation, "policy": policy, "evidence": list(evidence), "missing": list(missing)}
    if rationale:
        gold["rationale"] = rationale
    return {"id": cid, "patient": patient_file, "request": req, "gold": gold}


def svc_cpt(code, display):
    return {"system": CPT, "code": code, "display": display}


def svc_hcpcs(code, display):
    return {"system": HCPCS, "code": code, "display": display}
