package fhir

import "strings"

// r4Types lists the FHIR R4 resource types: a wrong resourceType is
// refused by name.
var r4Types = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`Account ActivityDefinition AdverseEvent AllergyIntolerance Appointment
	AppointmentResponse AuditEvent Basic Binary BiologicallyDerivedProduct BodyStructure Bundle
	CapabilityStatement CarePlan CareTeam CatalogEntry ChargeItem ChargeItemDefinition Claim
	ClaimResponse ClinicalImpression CodeSystem Communication CommunicationRequest
	CompartmentDefinition Composition ConceptMap Condition Consent Contract Coverage
	CoverageEligibilityRequest CoverageEligibilityResponse DetectedIssue Device DeviceDefinition
	DeviceMetric DeviceRequest DeviceUseStatement DiagnosticReport DocumentManifest
	DocumentReference EffectEvidenceSynthesis Encounter Endpoint EnrollmentRequest
	EnrollmentResponse EpisodeOfCare EventDefinition Evidence EvidenceVariable ExampleScenario
	ExplanationOfBenefit FamilyMemberHistory Flag Goal GraphDefinition Group GuidanceResponse
	HealthcareService ImagingStudy Immunization ImmunizationEvaluation ImmunizationRecommendation
	ImplementationGuide InsurancePlan Invoice Library Linkage List Location Measure MeasureReport
	Media Medication MedicationAdministration MedicationDispense MedicationKnowledge
	MedicationRequest MedicationStatement MedicinalProduct MedicinalProductAuthorization
	MedicinalProductContraindication MedicinalProductIndication MedicinalProductIngredient
	MedicinalProductInteraction MedicinalProductManufactured MedicinalProductPackaged
	MedicinalProductPharmaceutical MedicinalProductUndesirableEffect MessageDefinition
	MessageHeader MolecularSequence NamingSystem NutritionOrder Observation
	ObservationDefinition OperationDefinition OperationOutcome Organization
	OrganizationAffiliation Parameters Patient PaymentNotice PaymentReconciliation Person
	PlanDefinition Practitioner PractitionerRole Procedure Provenance Questionnaire
	QuestionnaireResponse RelatedPerson RequestGroup ResearchDefinition ResearchElementDefinition
	ResearchStudy ResearchSubject RiskAssessment RiskEvidenceSynthesis Schedule SearchParameter
	ServiceRequest Slot Specimen SpecimenDefinition StructureDefinition StructureMap
	Subscription Substance SubstanceNucleicAcid SubstancePolymer SubstanceProtein
	SubstanceReferenceInformation SubstanceSourceMaterial SubstanceSpecification SupplyDelivery
	SupplyRequest Task TerminologyCapabilities TestReport TestScript ValueSet VerificationResult
	VisionPrescription`) {
		m[t] = true
	}
	return m
}()

// KnownType reports whether t is a FHIR R4 resource type.
func KnownType(t string) bool { return r4Types[t] }

// DateParam is the search parameter that filters a type by the date the
// store indexes (see Resource.DateString); "" when the type has none.
func DateParam(typ string) string {
	switch typ {
	case "Observation", "DiagnosticReport", "Procedure", "DocumentReference", "Immunization", "Encounter", "CarePlan":
		return "date"
	case "Condition":
		return "recorded-date"
	case "MedicationRequest":
		return "authoredon"
	case "MedicationStatement", "MedicationAdministration":
		return "effective"
	case "ImagingStudy":
		return "started"
	case "Claim", "ExplanationOfBenefit":
		return "created"
	}
	return ""
}

// PatientParam is the search parameter naming a type's patient.
func PatientParam(typ string) string {
	switch typ {
	case "Patient":
		return "_id"
	case "Coverage":
		return "beneficiary"
	}
	return "patient"
}
