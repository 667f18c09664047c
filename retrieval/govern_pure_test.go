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
	}
	svc := func(code, display string) umassist.Coding { return umassist.Coding{Code: code, Display: display} }
	tests := []struct {
		name      string
		req       retrieval.PolicyRequest
		hits      []retrieval.Hit
		governing string
		ambiguous bool
		reason    string
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := retrieval.ChoosePolicy(tt.req, pols, tt.hits)
			require.Equal(t, tt.governing, ch.Governing, "%+v", ch)
			require.Equal(t, tt.ambiguous, ch.Ambiguous, "%+v", ch)
			require.NotEmpty(t, ch.Why)
			for _, c := range ch.Candidates {
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
		"Targeted genomic sequence analysis of solid tumor, next generation sequencing": "targeted genomic sequence analysis of solid tumor",
		"Ambulatory blood pressure monitoring, 24 hours":                                "ambulatory blood pressure monitoring",
		"": "",
	} {
		require.Equal(t, want, retrieval.CorePhrase(in), in)
	}
}
