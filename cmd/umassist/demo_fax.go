package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/demo"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/faxgen"
)

// demoFaxLine is who uploads the demo's faxes, for the audit log: a fax
// server's account.
var demoFaxLine = umassist.Actor{ID: "demo-fax-line", Name: "Demo fax line", Role: umassist.RoleOperator}

// demoNurse confirms the first demo fax as read.
var demoNurse = umassist.Actor{ID: "nurse", Name: "Demo nurse", Role: umassist.RoleNurse}

// faxResult is what the demo prints about its faxes.
type faxResult struct {
	Packet  *umassist.IntakePacket
	Read    scan.Extraction
	Pages   []postgres.IntakePage
	CaseID  string
	Waiting *umassist.IntakePacket // the one left for whoever runs the demo
	Matches string                 // the demo patient it is about
}

// demoFax receives two generated faxes, dated today, rendered as a fax
// machine delivers them (204×196 dpi, 1-bit, skewed, speckled, through
// JPEG) and read by OCR: a CPAP request for a new patient, which the demo
// nurse confirms as read so it is drafted with the queue; and an ICD
// request for a demo patient, left waiting at /intake for whoever runs the
// demo to check against the page images and confirm.
func (a *app) demoFax(ctx context.Context, pool *pgxpool.Pool, cases *postgres.CaseStore, demoCases []demo.Case, today time.Time) (*faxResult, error) {
	codes := a.codeList("")
	store := postgres.NewIntakeStore(pool, nil)
	reader := &scan.Reader{Store: store, Engine: &scan.Engine{}, Codes: codes, Logger: a.log}
	day := time.Date(today.Year(), today.Month(), today.Day(), 9, 30, 0, 0, time.UTC).AddDate(0, 0, -1)
	receive := func(p faxgen.Packet, name string) (*umassist.IntakePacket, error) {
		p.Request.RequestDate = day
		pdf, _, err := p.PDF()
		if err != nil {
			return nil, err
		}
		tif, err := faxgen.Fax(ctx, pdf, faxgen.Conditions[len(faxgen.Conditions)-1].Degrade)
		if err != nil {
			return nil, err
		}
		info, err := scan.Inspect(ctx, tif, scan.DefaultLimits)
		if err != nil {
			return nil, err
		}
		pk, created, err := store.Create(ctx, postgres.NewPacket{Filename: name, Format: string(info.Format), Pages: info.Pages, File: tif, Actor: demoFaxLine})
		if err != nil {
			return nil, err
		}
		if created {
			// The demo reads here rather than through the queue, so it can
			// print what it read.
			if err := reader.ReadPacket(ctx, pk.ID); err != nil {
				return nil, err
			}
		}
		return store.Get(ctx, pk.ID)
	}

	res := &faxResult{}
	var err error
	if res.Packet, err = receive(faxgen.Find(7, "E0601", 0), "fax-cpap-"+day.Format("20060102")+".tif"); err != nil {
		return nil, err
	}
	pages, xj, err := store.Read(ctx, res.Packet.ID)
	if err != nil {
		return nil, err
	}
	res.Pages = pages
	if err := json.Unmarshal(xj, &res.Read); err != nil {
		return nil, err
	}
	switch res.Packet.Status {
	case umassist.IntakeConfirmed:
		res.CaseID = res.Packet.CaseID
	case umassist.IntakeNeedsReview:
		cs, err := scan.ConfirmPacket(ctx, store, cases, codes, scan.Confirmation{PacketID: res.Packet.ID, Values: res.Read.Values(),
			Patient: scan.NewPatient, Actor: demoNurse})
		if err != nil {
			return nil, fmt.Errorf("demo: confirm the fax as read: %w", err)
		}
		res.CaseID = cs.ID
	default:
		return nil, fmt.Errorf("demo: the fax was not read: %s %s", res.Packet.Status, res.Packet.Error)
	}

	// The second fax is about demo-01's patient: the intake page offers
	// that patient, by name and birth date.
	icd := faxgen.Find(7, "33249", 1)
	for _, c := range demoCases {
		if c.Scenario != "icd" {
			continue
		}
		given, family, born, ok := demoPatientName(c.Bundle)
		if !ok {
			break
		}
		icd.Request.Given, icd.Request.Family, icd.Request.BirthDate = given, family, born
		res.Matches = given + " " + family + " (Patient/" + c.PatientID + ")"
		break
	}
	if res.Waiting, err = receive(icd, "fax-icd-"+day.Format("20060102")+".tif"); err != nil {
		return nil, err
	}
	return res, nil
}

// demoPatientName reads the patient's name and birth date from a demo
// bundle.
func demoPatientName(bundle []byte) (given, family string, born time.Time, ok bool) {
	var b struct {
		Entry []struct {
			Resource struct {
				ResourceType string               `json:"resourceType"`
				Name         []umassist.HumanName `json:"name"`
				BirthDate    string               `json:"birthDate"`
			} `json:"resource"`
		} `json:"entry"`
	}
	if json.Unmarshal(bundle, &b) != nil {
		return "", "", time.Time{}, false
	}
	for _, e := range b.Entry {
		r := e.Resource
		if r.ResourceType != "Patient" || len(r.Name) == 0 || len(r.Name[0].Given) == 0 {
			continue
		}
		t, err := time.Parse(time.DateOnly, r.BirthDate)
		if err != nil {
			return "", "", time.Time{}, false
		}
		return r.Name[0].Given[0], r.Name[0].Family, t, true
	}
	return "", "", time.Time{}, false
}

// printFax prints what the demo's faxes became.
func (a *app) printFax(ctx context.Context, pool *pgxpool.Pool, r *faxResult, addr string) error {
	var kinds []string
	for _, p := range r.Pages {
		kinds = append(kinds, scan.Kind(p.Kind).Label())
	}
	fmt.Fprintf(a.stdout, "\nfax intake  %s: %d pages read by OCR (%s)\n", r.Packet.ID, len(r.Pages), strings.Join(kinds, ", "))
	for _, n := range scan.FieldNames {
		f := r.Read.Get(n)
		if f.Value == "" {
			fmt.Fprintf(a.stdout, "  %-30s —\n", n.Label())
			continue
		}
		fmt.Fprintf(a.stdout, "  %-30s %-28s page %d, confidence %.0f\n", n.Label(), f.Value, f.Page, f.Conf)
	}
	d, _, err := postgres.LatestDraft(ctx, pool, r.CaseID)
	if err != nil {
		return err
	}
	if w := r.Read.Waits(); len(w) > 0 {
		fmt.Fprintf(a.stdout, "  pointed out for the nurse to check first: %s\n", strings.Join(w, "; "))
	}
	fmt.Fprintf(a.stdout, "  confirmed as read by the demo nurse → case %s, drafted: %s (%s)\n", r.CaseID, d.Recommendation, orDash(d.Policy))
	if r.Waiting != nil {
		fmt.Fprintf(a.stdout, "  waiting for a nurse: http://%s/intake/%s", addr, r.Waiting.ID)
		if r.Matches != "" {
			fmt.Fprintf(a.stdout, " (an ICD request for %s)", r.Matches)
		}
		fmt.Fprintln(a.stdout)
	}
	return nil
}
