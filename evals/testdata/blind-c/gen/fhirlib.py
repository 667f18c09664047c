"""Small helpers that build FHIR R4 resources for the blind2/C dataset (stdlib only)."""
import base64

LOINC = "http://loinc.org"
LOCAL = "http://fhir.northgate-health.example/CodeSystem/flowsheet-local"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
TZ = "-06:00"


def ts(d, t="09:00"):
    """date + time -> FHIR dateTime with offset"""
    return "%sT%s:00%s" % (d, t, TZ)


class Bundle:
    def __init__(self, pid, given, family, gender, birth, mrn):
        self.pid = pid
        self.entries = []
        self.ids = set()
        self.add({"resourceType": "Patient", "id": pid,
                  "identifier": [{"system": "http://fhir.northgate-health.example/mrn", "value": mrn}],
                  "name": [{"family": family, "given": [given]}],
                  "gender": gender, "birthDate": birth})

    @property
    def subj(self):
        return {"reference": "Patient/" + self.pid}

    def add(self, r):
        key = r["resourceType"] + "/" + r["id"]
        if key in self.ids:
            raise ValueError("duplicate id " + key)
        self.ids.add(key)
        self.entries.append(r)
        return key

    # ---- Condition
    def cond(self, id, code, display, recorded, clinical="active", verification="confirmed", onset=None, note=None, abatement=None, category="problem-list-item"):
        r = {"resourceType": "Condition", "id": id}
        if clinical and verification != "entered-in-error":
            r["clinicalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical}]}
        r["verificationStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]}
        r["category"] = [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": category}]}]
        r["code"] = {"coding": [{"system": ICD, "code": code, "display": display}], "text": display}
        r["subject"] = self.subj
        if onset:
            r["onsetDateTime"] = onset
        if abatement:
            r["abatementDateTime"] = abatement
        r["recordedDate"] = recorded
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ---- Observation
    def obs(self, id, date, text, value=None, unit=None, ucum=None, loinc=None, local=None, category="exam",
            string=None, comparator=None, components=None, note=None, performer=None, method=None, interp=None):
        coding = []
        if loinc:
            coding.append({"system": LOINC, "code": loinc[0], "display": loinc[1]})
        if local:
            coding.append({"system": LOCAL, "code": local, "display": text})
        r = {"resourceType": "Observation", "id": id, "status": "final",
             "category": [{"coding": [{"system": OBSCAT, "code": category}]}],
             "code": {"coding": coding, "text": text}, "subject": self.subj,
             "effectiveDateTime": date}
        if performer:
            r["performer"] = [{"display": performer}]
        if value is not None:
            q = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
            if comparator:
                q = {"value": value, "comparator": comparator, "unit": unit, "system": UCUM, "code": ucum or unit}
            r["valueQuantity"] = q
        elif string is not None:
            r["valueString"] = string
        if interp:
            r["interpretation"] = [{"text": interp}]
        if method:
            r["method"] = {"text": method}
        if components:
            r["component"] = []
            for (ctext, cloinc, cval, cunit, cucum) in components:
                c = {"code": {"text": ctext}}
                if cloinc:
                    c["code"]["coding"] = [{"system": LOINC, "code": cloinc, "display": ctext}]
                c["valueQuantity"] = {"value": cval, "unit": cunit, "system": UCUM, "code": cucum}
                r["component"].append(c)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ---- MedicationRequest
    def med(self, id, rxcui, name, authored, status="active", dosage=None, start=None, end=None, reason=None, requester=None):
        r = {"resourceType": "MedicationRequest", "id": id, "status": status, "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": rxcui, "display": name}], "text": name},
             "subject": self.subj, "authoredOn": authored}
        if reason:
            r["statusReason"] = {"text": reason}
        if requester:
            r["requester"] = {"display": requester}
        if dosage:
            r["dosageInstruction"] = [{"text": dosage}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        return self.add(r)

    # ---- Procedure
    def proc(self, id, date, text, cpt=None, status="completed", note=None, performer=None):
        code = {"text": text}
        if cpt:
            code["coding"] = [{"system": CPT, "code": cpt, "display": text}]
        r = {"resourceType": "Procedure", "id": id, "status": status, "code": code,
             "subject": self.subj, "performedDateTime": date}
        if performer:
            r["performer"] = [{"actor": {"display": performer}}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ---- Encounter
    def enc(self, id, cls, text, start, end=None, reason=None, status="finished"):
        r = {"resourceType": "Encounter", "id": id, "status": status,
             "class": {"system": ACT, "code": cls, "display": {"IMP": "inpatient encounter", "AMB": "ambulatory", "EMER": "emergency", "VR": "virtual"}[cls]},
             "type": [{"text": text}], "subject": self.subj, "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if reason:
            r["reasonCode"] = [{"text": reason}]
        return self.add(r)

    # ---- ServiceRequest
    def sr(self, id, authored, text, code=None, system=CPT, status="active", requester=None, note=None, occurrence=None):
        c = {"text": text}
        if code:
            c["coding"] = [{"system": system, "code": code, "display": text}]
        r = {"resourceType": "ServiceRequest", "id": id, "status": status, "intent": "order",
             "code": c, "subject": self.subj, "authoredOn": authored}
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        if requester:
            r["requester"] = {"display": requester}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    # ---- Appointment
    def appt(self, id, created, start, description, with_display, status="booked", minutes=30):
        r = {"resourceType": "Appointment", "id": id, "status": status, "description": description,
             "created": created, "start": start, "minutesDuration": minutes,
             "participant": [{"actor": self.subj, "status": "accepted"},
                             {"actor": {"display": with_display}, "status": "accepted"}]}
        return self.add(r)

    # ---- DocumentReference
    def note(self, id, date, type_text, author, text, ctype="text/plain", loinc=None, encounter=None, title=None):
        data = base64.b64encode(text.strip().encode("utf-8")).decode("ascii")
        t = {"text": type_text}
        if loinc:
            t["coding"] = [{"system": LOINC, "code": loinc[0], "display": loinc[1]}]
        r = {"resourceType": "DocumentReference", "id": id, "status": "current", "docStatus": "final",
             "type": t, "subject": self.subj, "date": date, "author": [{"display": author}],
             "description": title or type_text,
             "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": data,
                                         "title": title or type_text, "creation": date}}]}
        if encounter:
            r["context"] = {"encounter": [{"reference": encounter}]}
        return self.add(r)

    def bundle(self):
        return {"resourceType": "Bundle", "id": "bundle-" + self.pid, "type": "collection",
                "timestamp": "2027-01-15T08:00:00-06:00",
                "entry": [{"fullUrl": "http://fhir.northgate-health.example/fhir/%s/%s" % (r["resourceType"], r["id"]), "resource": r}
                          for r in self.entries]}


# common LOINC codes
L_LVEF = ("10230-1", "Left ventricular Ejection fraction")
L_SPO2 = ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")
L_PAO2 = ("2703-7", "Oxygen [Partial pressure] in Arterial blood")
L_BMI = ("39156-5", "Body mass index (BMI) [Ratio]")
L_WT = ("29463-7", "Body weight")
L_HT = ("8302-2", "Body height")
L_HR = ("8867-4", "Heart rate")
L_BP = ("85354-9", "Blood pressure panel with all children optional")
L_SBP = "8480-6"
L_DBP = "8462-4"
L_A1C = ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")
L_HGB = ("718-7", "Hemoglobin [Mass/volume] in Blood")
L_PHQ9 = ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
L_CRP = ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")
L_ESR = ("4537-7", "Erythrocyte sedimentation rate by Westergren method")
L_PSA = ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")

D_CONSULT = ("11488-4", "Consult note")
D_PROGRESS = ("11506-3", "Progress note")
D_DISCHARGE = ("18842-5", "Discharge summary")
D_HP = ("34117-2", "History and physical note")
D_ED = ("34111-5", "Emergency department note")
D_PROCNOTE = ("28570-0", "Procedure note")
D_IMAGING = ("18748-4", "Diagnostic imaging study")
D_TEL = ("34748-4", "Telephone encounter Note")
