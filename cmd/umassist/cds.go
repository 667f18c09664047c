package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-jose/go-jose/v4"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/cdshooks"
)

// cdsCommand registers EHRs with the CDS Hooks service and calls it as
// one would.
func (a *app) cdsCommand() *cli.Command {
	return &cli.Command{
		Name:  "cds",
		Usage: "CDS Hooks (Da Vinci CRD): register an EHR client, call the service as an EHR",
		Commands: []*cli.Command{
			{
				Name:  "keygen",
				Usage: "make a CDS client's key (P-384) and the registry file serve reads (--cds-clients)",
				Description: "Writes DIR/key.pem (the client's private key, mode 0600) and DIR/clients.json (the client with\n" +
					"its public key inline). Run it again to reuse the key. Example:\n" +
					"  umassist cds keygen --dir .umassist/demo-ehr --issuer https://ehr.example.org --client-id ehr",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "dir", Required: true, Usage: "folder for key.pem and clients.json"},
					&cli.StringFlag{Name: "issuer", Required: true, Usage: "the client's issuer (iss of its tokens)"},
					&cli.StringFlag{Name: "client-id", Required: true, Usage: "the client's id (sub of its tokens)"},
					&cli.StringSliceFlag{Name: "fhir-server", Usage: "a FHIR server base the service may read when prefetch is missing (repeatable)"},
					&cli.StringFlag{Name: "payer", Usage: "payer whose policies govern this client's orders when Coverage names none"},
					&cli.StringFlag{Name: "jurisdiction", Usage: "Medicare contractor jurisdiction of this client's orders (JL): local policies for it govern"},
				},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					jurisdiction, err := umassist.ParseJurisdiction(cmd.String("jurisdiction"))
					if err != nil {
						return usageError{fmt.Errorf("--jurisdiction: %w", err)}
					}
					c, err := cdsKeygen(cmd.String("dir"), cdshooks.Client{Issuer: cmd.String("issuer"), ClientID: cmd.String("client-id"),
						FHIRServers: cmd.StringSlice("fhir-server"), Payer: cmd.String("payer"), Jurisdiction: jurisdiction})
					if err != nil {
						return err
					}
					fmt.Fprintf(a.stdout, "client %s (%s): key %s, registry %s\nserve it with: umassist serve --cds-clients %s\n",
						c.ClientID, c.Issuer, filepath.Join(cmd.String("dir"), "key.pem"), filepath.Join(cmd.String("dir"), "clients.json"),
						filepath.Join(cmd.String("dir"), "clients.json"))
					return nil
				},
			},
			{
				Name:        "call",
				Usage:       "call order-sign as an EHR: one order on a patient's Bundle, cards printed",
				Description: "Example:\n  umassist cds call --url http://127.0.0.1:8080 --dir .umassist/demo-ehr --bundle p1.json --service 33249 --diagnosis I50.22",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "url", Value: "http://127.0.0.1:8080", Usage: "the service's base URL"},
					&cli.StringFlag{Name: "dir", Required: true, Usage: "the client's folder from `umassist cds keygen`"},
					&cli.StringFlag{Name: "bundle", Required: true, Usage: "the patient's FHIR Bundle, sent as prefetch"},
					&cli.StringFlag{Name: "service", Required: true, Usage: "the code ordered: CPT, HCPCS, NDC or RxNorm (rxnorm:CODE, ndc:CODE name the system)"},
					&cli.StringSliceFlag{Name: "diagnosis", Usage: "ICD-10-CM reason for the order (repeatable)"},
					&cli.BoolFlag{Name: "expedited", Usage: "an urgent order"},
					&cli.BoolFlag{Name: "json", Usage: "print the CDS Hooks response as JSON"},
				},
				Action: a.cdsCall,
			},
		},
	}
}

// cdsKeygen writes (or reuses) a client's key and its registry file.
func cdsKeygen(dir string, c cdshooks.Client) (cdshooks.Client, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return c, fmt.Errorf("cds keygen: %w", err)
	}
	key, err := readECKey(filepath.Join(dir, "key.pem"))
	if errors.Is(err, fs.ErrNotExist) {
		if key, err = ecdsa.GenerateKey(elliptic.P384(), rand.Reader); err != nil {
			return c, fmt.Errorf("cds keygen: %w", err)
		}
		der, err := x509.MarshalPKCS8PrivateKey(key)
		if err != nil {
			return c, fmt.Errorf("cds keygen: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, "key.pem"), pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
			return c, fmt.Errorf("cds keygen: %w", err)
		}
	} else if err != nil {
		return c, err
	}
	c.JWKS, err = json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: cdsKeyID, Algorithm: "ES384", Use: "sig"}}})
	if err != nil {
		return c, fmt.Errorf("cds keygen: %w", err)
	}
	b, err := json.MarshalIndent(struct {
		Clients []cdshooks.Client `json:"clients"`
	}{[]cdshooks.Client{c}}, "", "  ")
	if err != nil {
		return c, fmt.Errorf("cds keygen: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clients.json"), append(b, '\n'), 0o600); err != nil {
		return c, fmt.Errorf("cds keygen: %w", err)
	}
	return c, nil
}

// cdsKeyID names the one key keygen makes.
const cdsKeyID = "ehr-1"

func readECKey(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	blk, _ := pem.Decode(raw)
	if blk == nil {
		return nil, fmt.Errorf("cds: %s is not a PEM key", path)
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("cds: %s: %w", path, err)
	}
	ec, ok := k.(*ecdsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("cds: %s is not an ECDSA key", path)
	}
	return ec, nil
}

// ehrFrom is the client keygen wrote in dir, calling url.
func ehrFrom(dir, url string) (*cdshooks.EHR, error) {
	key, err := readECKey(filepath.Join(dir, "key.pem"))
	if err != nil {
		return nil, fmt.Errorf("cds: %w (run umassist cds keygen first)", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "clients.json"))
	if err != nil {
		return nil, fmt.Errorf("cds: %w", err)
	}
	var reg struct {
		Clients []cdshooks.Client `json:"clients"`
	}
	if err := json.Unmarshal(raw, &reg); err != nil || len(reg.Clients) == 0 {
		return nil, fmt.Errorf("cds: %s registers no client", filepath.Join(dir, "clients.json"))
	}
	c := reg.Clients[0]
	return &cdshooks.EHR{BaseURL: url, Key: key, KeyID: cdsKeyID, Issuer: c.Issuer, ClientID: c.ClientID}, nil
}

func (a *app) cdsCall(ctx context.Context, cmd *cli.Command) error {
	ehr, err := ehrFrom(cmd.String("dir"), cmd.String("url"))
	if err != nil {
		return err
	}
	bundle, err := os.ReadFile(cmd.String("bundle"))
	if err != nil {
		return fmt.Errorf("cds call: %w", err)
	}
	svc, dx, err := requestCodes(cmd.String("service"), cmd.StringSlice("diagnosis"))
	if err != nil {
		return usageError{err}
	}
	call, err := cdshooks.OrderSign(randomHex(8), "", bundle, svc, dx, cmd.Bool("expedited"))
	if err != nil {
		return usageError{err}
	}
	res, err := ehr.Call(ctx, "umassist-crd-order-sign", call)
	if err != nil {
		return err
	}
	if cmd.Bool("json") {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	printCards(a.stdout, res)
	return nil
}

// printCards shows a CDS Hooks answer as a clinician would see it.
func printCards(w io.Writer, res *cdshooks.Response) {
	for _, c := range res.Cards {
		fmt.Fprintf(w, "[%s] %s\n", strings.ToUpper(string(c.Indicator)), c.Summary)
		for _, s := range c.Suggestions {
			fmt.Fprintf(w, "  suggestion: %s\n", s.Label)
		}
	}
	for _, a := range res.SystemActions {
		fmt.Fprintf(w, "  system action: %s (%s)\n", a.Type, a.Description)
	}
}
