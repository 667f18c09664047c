package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/pasclient"
)

// pasCommand sends a Da Vinci PAS request to a payer and asks where it
// stands, as a provider's system would: for operators checking a payer's
// endpoint, and for the demo.
func (a *app) pasCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "url", Value: "http://127.0.0.1:8080/fhir", Usage: "the payer's FHIR base (…/Claim/$submit is appended)"},
		&cli.StringFlag{Name: "token", Usage: "the bearer token the payer issued", Sources: cli.EnvVars("UMASSIST_PAS_TOKEN")},
		&cli.BoolFlag{Name: "json", Usage: "print the ClaimResponse Bundle as it came"},
	}
	return &cli.Command{
		Name:  "pas",
		Usage: "Da Vinci PAS as a provider: submit a prior-authorization request Bundle, inquire about it",
		Commands: []*cli.Command{
			{
				Name: "submit", Usage: "POST a PAS request Bundle to the payer's Claim/$submit and print the answer",
				ArgsUsage: "BUNDLE", Flags: flags,
				Action: func(ctx context.Context, cmd *cli.Command) error { return a.pasCall(ctx, cmd, "$submit") },
			},
			{
				Name: "inquire", Usage: "ask the payer's Claim/$inquire where the request in BUNDLE stands",
				ArgsUsage: "BUNDLE", Flags: flags,
				Action: func(ctx context.Context, cmd *cli.Command) error { return a.pasCall(ctx, cmd, "$inquire") },
			},
		},
	}
}

func (a *app) pasCall(ctx context.Context, cmd *cli.Command, op string) error {
	path, err := oneArg(cmd, "BUNDLE")
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("pas: %w", err)
	}
	sub, err := pas.ParseRequest(raw)
	if err != nil {
		return usageError{err}
	}
	body := raw
	if op == "$inquire" {
		if body, err = inquiryFor(raw, sub); err != nil {
			return err
		}
	}
	answer, err := pasclient.PostBundle(ctx, nil, cmd.String("url"), op, cmd.String("token"), body)
	if err != nil {
		return err
	}
	if cmd.Bool("json") {
		_, err := a.stdout.Write(append(answer, '\n'))
		return err
	}
	r, err := pas.ParseResponse(answer)
	if err != nil {
		return err
	}
	printClaimResponse(a.stdout, r)
	return nil
}

// inquiryFor is the $inquire Bundle for a request: its identifiers, its
// patient, its service.
func inquiryFor(raw []byte, sub *pas.Submission) ([]byte, error) {
	var patient json.RawMessage
	for _, p := range sub.Records {
		if p.Res.Ref() == sub.Patient {
			patient = p.Res.Raw
		}
	}
	payer := sub.Request.Payer
	if payer == "" {
		payer = "payer"
	}
	return pas.BuildInquiry(pas.InquiryInput{Identifiers: sub.Identifiers, Patient: patient, Payer: payer, Service: sub.Request.Service, Now: time.Now()})
}

// printClaimResponse says what a payer answered, in words.
func printClaimResponse(w io.Writer, r *pas.Response) {
	fmt.Fprintf(w, "%s %s: %s", r.Action, r.Action.Display(), r.Outcome)
	if r.PreAuthRef != "" {
		fmt.Fprintf(w, ", authorization %s", r.PreAuthRef)
	}
	if r.HumanReviewed {
		fmt.Fprintf(w, ", decided by a %s", r.ReviewerRole)
	}
	fmt.Fprintln(w)
	for _, it := range r.Items {
		if it.Reason != "" {
			fmt.Fprintf(w, "  item %d: %s (%s)\n", it.Sequence, it.Action, it.Reason)
		}
	}
	if r.Disposition != "" {
		fmt.Fprintf(w, "  %s\n", r.Disposition)
	}
}
