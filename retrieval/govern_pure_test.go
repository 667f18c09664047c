package retrieval_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
)

func TestChoosePolicy(t *testing.T) {
	t.Parallel()
	pols := []retrieval.PolicyInfo{
		{ID: "NCD 20.8.3", Title: "Single Chamber and Dual Chamber Permanent Cardiac Pacemakers"},
		{ID: "NCD 20.8.4", Title: "Leadless Pacemakers"},
		{ID: "NCD 160.27", Title: "Transcutaneous Electrical Nerve Stimulation (TENS) for Chronic Low Back Pain (CLBP)", BenefitCategories: []string{"Durable Medical Equipment"}},
		{ID: "NCD 280.13", Title: "Transcutaneous Electrical Nerve Stimulators (TENS) - RETIRED", BenefitCategories: []string{"Durable Medical Equipment"}},
		{ID: "NCD 220.6.17", Title: "Positron Emission Tomography (FDG) for Oncologic Conditions"},
		{ID: "NCD 220.6", Title: "Positron Emission Tomography (PET) Scans - RETIRED"},
		{ID: "LCD L39999", Title: "Leadless Cardiac Pacemakers", Source: "doc"},
		{ID: "NCD 240.4", Title: "Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)"},
		{ID: "NCD 100.1", Title: "Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity"},
		{ID: "NCD 260.2", Title: "Pediatric Liver Transplantation"},
		{ID: "NCD 240.4.1", Title: "Sleep Testing for Obstructive Sleep Apnea (OSA)"},
		{ID: "NCD 150.2", Title: "Osteogenic Stimulators"},
		{ID: "NCD 160.12", Title: "Neuromuscular Electrical Stimulation (NMES)"},
		{ID: "NCD 130.8", Title: "Hemodialysis for Treatment of Schizophrenia"},
		{ID: "NCD 200.3", Title: "Monoclonal Antibodies Directed Against Amyloid for the Treatment of Alzheimer's Disease (AD)", BenefitCategories: []string{"Drugs and Biologicals"}},
		{ID: "NCD 210.7", Title: "Screening for the Human Immunodeficiency Virus (HIV) Infection"},
		{ID: "NCD 150.9", Title: "Arthroscopic Lavage and Arthroscopic Debridement for the Osteoarthritic Knee"},
		{ID: "ACME-RX-017", Title: "Tumor Necrosis Factor Blockers for Rheumatoid Arthritis", Source: "doc"},
		{ID: "NCD 110.3", Title: "Anti-Inhibitor Coagulant Complex (AICC)", BenefitCategories: []string{"Blood Clotting Factors for Hemophilia Patients"}},
		{ID: "NCD 230.2", Title: "Uroflowmetric Evaluations", BenefitCategories: []string{"Diagnostic Tests (other)"}},
		{ID: "NCD 150.10", Title: "Lumbar Artificial Disc Replacement (LADR)"},
		{ID: "NCD 50.2", Title: "Electronic Speech Aids", BenefitCategories: []string{"Prosthetic Devices"}},
		{ID: "NCD 110.17", Title: "Anti-Cancer Chemotherapy for Colorectal Cancer", BenefitCategories: []string{"Drugs and Biologicals"}},
		{ID: "NCD 150.6", Title: "Vitamin B12 Injections to Strengthen Tendons, Ligaments, etc., of the Foot", BenefitCategories: []string{"Drugs and Biologicals"}},
		{ID: "NCD 80.12", Title: "Intraocular Lenses (IOLs)"},
	}
	svc := func(code, display string) umassist.Coding { return umassist.Coding{Code: code, Display: display} }
	tests := []struct {
		name      string
		req       retrieval.PolicyRequest
		hits      []retrieval.Hit
		text      map[string][]string // the service words each policy's text names
		governing string
		// notCandidate is a policy that must not even be listed.
		notCandidate string
		ambiguous    bool
		reason       string
		strength     string // of the governing choice, where the case tests it
	}{
		{name: "the title naming the service governs", req: retrieval.PolicyRequest{Service: svc("33274", "Transcatheter insertion of leadless pacemaker")},
			governing: "NCD 20.8.4", reason: "its title names “leadless”, “pacemakers”"},
		{name: "an acronym in capitals is spelled out by a title, even a retired one, which never governs", req: retrieval.PolicyRequest{Service: svc("E0730", "TENS unit, four lead")},
			hits:      []retrieval.Hit{{PassageID: "NCD 160.27#B1", PolicyID: "NCD 160.27"}},
			governing: "NCD 160.27", reason: "its benefit category Durable Medical Equipment fits E0730"},
		{name: "a diagnosis word helps a title that names the service", req: retrieval.PolicyRequest{Service: svc("78815", "PET/CT imaging"), Diagnoses: []umassist.Coding{{Code: "C34.11", Display: "Malignant neoplasm of lung"}}},
			governing: "NCD 220.6.17", reason: "“oncologic”"},
		{name: "a code the policy's text names", req: retrieval.PolicyRequest{Service: svc("E0601", "Airway pressure device")},
			hits:      []retrieval.Hit{{PassageID: "NCD 240.4#B1", PolicyID: "NCD 240.4", Text: "Devices billed as E0601 are covered when ..."}},
			governing: "NCD 240.4", reason: "its text names E0601"},
		{name: "two about equal: both listed, none chosen", req: retrieval.PolicyRequest{Service: svc("33274", "Leadless cardiac pacemaker")},
			hits:      []retrieval.Hit{{PassageID: "NCD 20.8.4#A", PolicyID: "NCD 20.8.4"}, {PassageID: "LCD L39999#1", PolicyID: "LCD L39999"}},
			ambiguous: true, reason: "could both govern"},
		{name: "nothing names the service", req: retrieval.PolicyRequest{Service: svc("99999", "Experimental gene editing")}},
		{name: "the diagnoses alone never choose a procedure's policy", req: retrieval.PolicyRequest{Service: svc("27447", "Total knee arthroplasty"), Diagnoses: []umassist.Coding{{Code: "E66.01", Display: "Morbid obesity"}}}},
		{name: "polysomnography is sleep testing, not a pediatric transplant",
			req:       retrieval.PolicyRequest{Service: svc("95782", "Pediatric polysomnography")},
			hits:      []retrieval.Hit{{PassageID: "NCD 240.4.1#D", PolicyID: "NCD 240.4.1"}, {PassageID: "NCD 260.2#B", PolicyID: "NCD 260.2"}},
			text:      map[string][]string{"NCD 260.2": {"pediatric"}, "NCD 240.4.1": {"pediatric", "polysomnography", "sleep"}},
			governing: "NCD 240.4.1", reason: "its title names “sleep”"},
		{name: "a clinical root matches its plain word", req: retrieval.PolicyRequest{Service: svc("20974", "Electrical bone growth stimulation, noninvasive")},
			hits:      []retrieval.Hit{{PassageID: "NCD 160.12#B8", PolicyID: "NCD 160.12"}, {PassageID: "NCD 150.2#A", PolicyID: "NCD 150.2"}},
			text:      map[string][]string{"NCD 160.12": {"electrical", "stimulation"}, "NCD 150.2": {"electrical", "bone", "growth", "stimulation", "noninvasive"}},
			governing: "NCD 150.2", reason: "“osteogenic”"},
		{name: "a drug is not governed by a procedure's policy for its diagnosis", req: retrieval.PolicyRequest{Service: svc("J2426", "Paliperidone palmitate extended release injection"),
			Diagnoses: []umassist.Coding{{Code: "F20.9", Display: "Schizophrenia"}}},
			hits: []retrieval.Hit{{PassageID: "NCD 130.8#B", PolicyID: "NCD 130.8"}},
			text: map[string][]string{"NCD 130.8": {"extended"}}},
		{name: "a drug policy in the drugs benefit category governs by the class and the diagnosis", req: retrieval.PolicyRequest{Service: umassist.Coding{System: "http://www.nlm.nih.gov/research/umls/rxnorm", Code: "2557215", Display: "lecanemab 100 MG/ML Injection"},
			Diagnoses: []umassist.Coding{{Code: "G30.1", Display: "Alzheimer's disease with late onset"}}},
			hits:      []retrieval.Hit{{PassageID: "NCD 200.3#D", PolicyID: "NCD 200.3"}},
			text:      map[string][]string{},
			governing: "NCD 200.3", reason: "Drugs and Biologicals fits 2557215"},
		{name: "a payer's drug policy without a benefit category governs when its text names the drug", req: retrieval.PolicyRequest{
			Service:   umassist.Coding{System: "http://www.nlm.nih.gov/research/umls/rxnorm", Code: "1537035", Display: "adalimumab 40 MG/0.4 ML Pen Injector"},
			Diagnoses: []umassist.Coding{{Code: "M05.79", Display: "Rheumatoid arthritis with rheumatoid factor of multiple sites"}}},
			hits:      []retrieval.Hit{{PassageID: "ACME-RX-017#2", PolicyID: "ACME-RX-017"}},
			text:      map[string][]string{"ACME-RX-017": {"adalimumab"}},
			governing: "ACME-RX-017", reason: "its text names “adalimumab”"},
		{name: "an acronym in capitals in the core is spelled out", req: retrieval.PolicyRequest{Service: svc("G0475", "HIV antigen/antibody, combination assay, screening")},
			hits:      []retrieval.Hit{{PassageID: "NCD 210.7#D", PolicyID: "NCD 210.7"}},
			text:      map[string][]string{"NCD 210.7": {"hiv", "screening"}},
			governing: "NCD 210.7", reason: "“immunodeficiency”"},
		{name: "a drugs-only policy does not govern a test that shares a word of its title", req: retrieval.PolicyRequest{Service: svc("51741", "Complex uroflowmetry (eg, calibrated electronic equipment)")},
			hits:      []retrieval.Hit{{PassageID: "NCD 110.3#B", PolicyID: "NCD 110.3"}, {PassageID: "NCD 230.2#A", PolicyID: "NCD 230.2"}},
			text:      map[string][]string{"NCD 110.3": {"complex"}, "NCD 230.2": {"uroflowmetry"}},
			governing: "NCD 230.2", strength: retrieval.StrengthModerate},
		{name: "a title about another part of the body does not govern", req: retrieval.PolicyRequest{Service: svc("29827", "Arthroscopy, shoulder, surgical; with rotator cuff repair")},
			hits: []retrieval.Hit{{PassageID: "NCD 150.9#C", PolicyID: "NCD 150.9"}},
			text: map[string][]string{}},
		{name: "an artificial larynx is not a lumbar artificial disc", req: retrieval.PolicyRequest{Service: umassist.Coding{System: umassist.SystemHCPCS, Code: "L8500", Display: "Artificial larynx, any type"}},
			hits: []retrieval.Hit{{PassageID: "NCD 150.10#B", PolicyID: "NCD 150.10"}, {PassageID: "NCD 50.2#B", PolicyID: "NCD 50.2"}},
			text: map[string][]string{"NCD 50.2": {"larynx"}},
			// Weak by its score, but its text names the larynx: it governs.
			governing: "NCD 50.2", strength: retrieval.StrengthWeak, reason: "a weak choice: its title does not name the service, its text names a part of it"},
		{name: "weak, and naming little of the service: the nearest is listed, not chosen", req: retrieval.PolicyRequest{Service: svc("31611", "Tracheoesophageal puncture for voice prosthesis")},
			hits:   []retrieval.Hit{{PassageID: "NCD 50.2#B", PolicyID: "NCD 50.2"}},
			text:   map[string][]string{"NCD 50.2": {"voice"}},
			reason: "no policy in force governs this service closely enough: the nearest, NCD 50.2 (Electronic Speech Aids), only because"},
		{name: "a policy whose text names the drug governs it, though its title names only the disease", req: retrieval.PolicyRequest{
			Service:   umassist.Coding{System: umassist.SystemHCPCS, Code: "J9055", Display: "Injection, cetuximab, 10 mg"},
			Diagnoses: []umassist.Coding{{Code: "C18.7", Display: "Malignant neoplasm of sigmoid colon"}}},
			hits:      []retrieval.Hit{{PassageID: "NCD 150.6#B", PolicyID: "NCD 150.6"}, {PassageID: "NCD 110.17#B", PolicyID: "NCD 110.17"}},
			text:      map[string][]string{"NCD 110.17": {"cetuximab"}},
			governing: "NCD 110.17", reason: "its text names the drug, “cetuximab”", strength: retrieval.StrengthStrong},
		{name: "a title sharing only the body part does not govern: a knee orthosis is not the knee's lavage", req: retrieval.PolicyRequest{
			Service:   umassist.Coding{System: umassist.SystemHCPCS, Code: "L1833", Display: "Knee orthosis, adjustable knee joints, positional orthosis, rigid support, prefabricated, off-the-shelf"},
			Diagnoses: []umassist.Coding{{Code: "M17.11", Display: "Unilateral primary osteoarthritis, right knee"}}},
			hits:   []retrieval.Hit{{PassageID: "NCD 150.9#C", PolicyID: "NCD 150.9"}},
			text:   map[string][]string{"NCD 150.9": {"knee"}},
			reason: "the nearest, NCD 150.9 (Arthroscopic Lavage and Arthroscopic Debridement for the Osteoarthritic Knee), only because its title names “osteoarthritic”, “knee”; but of the service only where it is done"},
		{name: "a lens is the plural's singular", req: retrieval.PolicyRequest{Service: svc("66984", "Cataract removal with intraocular lens insertion")},
			hits:      []retrieval.Hit{{PassageID: "NCD 80.12#A", PolicyID: "NCD 80.12"}},
			text:      map[string][]string{"NCD 80.12": {"lens", "cataract"}},
			governing: "NCD 80.12", reason: "“intraocular”, “lenses”"},
		{name: "roots name organs, not procedures: a joint injection is not arthroscopy", req: retrieval.PolicyRequest{Service: svc("20610", "Arthrocentesis, aspiration and/or injection, major joint")},
			text: map[string][]string{}, notCandidate: "NCD 150.9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := retrieval.ChoosePolicy(tt.req, pols, retrieval.PolicyEvidence{Searches: [][]retrieval.Hit{tt.hits}, TextWords: tt.text})
			require.Equal(t, tt.governing, ch.Governing, "%+v", ch)
			if tt.strength != "" {
				require.Equal(t, tt.strength, ch.Strength, "%+v", ch)
			}
			if ch.Governing == "" {
				require.Empty(t, ch.Strength, "no choice, no strength")
			}
			require.Equal(t, tt.ambiguous, ch.Ambiguous, "%+v", ch)
			require.NotEmpty(t, ch.Why)
			for _, c := range ch.Candidates {
				require.NotEqual(t, tt.notCandidate, c.PolicyID)
				require.NotContains(t, []string{"NCD 280.13", "NCD 220.6"}, c.PolicyID, "a retired policy is never a candidate")
			}
			if tt.reason != "" {
				require.Contains(t, ch.Why, tt.reason)
			}
		})
	}
}

func TestCorePhrase(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Insertion of permanent pacemaker with atrial and ventricular leads":            "permanent pacemaker",
		"Transcatheter insertion of leadless pacemaker, right ventricular":              "leadless pacemaker",
		"Targeted genomic sequence analysis of solid tumor, next generation sequencing": "Targeted genomic sequence analysis of solid tumor",
		"HIV antigen/antibody, combination assay, screening":                            "HIV antigen/antibody",
		"Ambulatory blood pressure monitoring, 24 hours":                                "Ambulatory blood pressure monitoring",
		"": "",
	} {
		require.Equal(t, want, retrieval.CorePhrase(in), in)
	}
}

// TestChoosePolicyReadsShortForms: a request's clinical short form is its
// word. Held-out 10's "cardiac rehab session with continuous ECG
// monitoring" named nothing of the rehabilitation policy, and the
// monitoring one's "cardiac" and "monitoring" won.
func TestChoosePolicyReadsShortForms(t *testing.T) {
	t.Parallel()
	pols := []retrieval.PolicyInfo{
		{ID: "NCD 20.10.1", Title: "Cardiac Rehabilitation Programs"},
		{ID: "NCD 20.16", Title: "Cardiac Output Monitoring by Thoracic Electrical Bioimpedance (TEB)"},
		{ID: "NCD 20.8.1", Title: "Cardiac Pacemaker Evaluation Services"},
	}
	req := retrieval.PolicyRequest{Service: umassist.Coding{Code: "93798", Display: "Outpatient cardiac rehab session with continuous ECG monitoring"}}
	ch := retrieval.ChoosePolicy(req, pols, retrieval.PolicyEvidence{Searches: [][]retrieval.Hit{{{PassageID: "NCD 20.16#C3", PolicyID: "NCD 20.16"}, {PassageID: "NCD 20.10.1#A", PolicyID: "NCD 20.10.1"}}}})
	require.Equal(t, "NCD 20.10.1", ch.Candidates[0].PolicyID, "%+v", ch)
	require.Contains(t, ch.Candidates[0].Reasons, "its title names “cardiac”, “rehabilitation”")
}
