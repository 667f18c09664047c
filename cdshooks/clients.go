package cdshooks

import (
	"context"
	"crypto"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/go-jose/go-jose/v4"

	"github.com/umassist/umassist"
)

// Client is a CDS client (an EHR) registered to call the service, as the
// spec asks a service to know its clients: by issuer and client id, with
// the key set its tokens are signed with.
type Client struct {
	Issuer   string `json:"issuer"`    // the JWT's iss
	ClientID string `json:"client_id"` // the JWT's sub
	Name     string `json:"name,omitempty"`
	// JWKSURL is where the client publishes its public keys; a token's jku
	// header, when present, must name exactly this URL.
	JWKSURL string `json:"jwks_url,omitempty"`
	// JWKS is the key set inline, for clients registered by key.
	JWKS json.RawMessage `json:"jwks,omitempty"`
	// FHIRServers lists the fhirServer base URLs the service may read
	// when prefetch is missing; any other is refused, so a call cannot
	// point the service at an address of the caller's choosing.
	FHIRServers []string `json:"fhir_servers,omitempty"`
	// Payer whose policies govern this client's orders when the order's
	// Coverage does not name one the service knows ("medicare").
	Payer string `json:"payer,omitempty"`
	// Jurisdiction is the Medicare contractor jurisdiction ("JL") this
	// client's orders are reviewed in: a local coverage determination for
	// it then governs before the national policy.
	Jurisdiction string `json:"jurisdiction,omitempty"`
	// OpenCases: at order-sign, each order opens a pre-submission case in
	// this instance's queue, with the record the call brought stored for
	// it (a BPO working the client's orders). Off, nothing is stored.
	OpenCases bool `json:"open_cases,omitempty"`
	// UMClient is the umassist client (health system) the cases this EHR
	// opens are worked for (umassist clients add); empty: the default one.
	UMClient string `json:"umassist_client,omitempty"`
	// EHRWrite lets umassist post a reviewer's question to the ordering
	// clinician's inbox in this EHR, as a FHIR Task, with SMART Backend
	// Services credentials the EHR issued.
	EHRWrite *EHRWrite `json:"ehr_write,omitempty"`
	// Origins are the web origins ("https://app.example.org") of the
	// client's browser-based apps. CDS Hooks leaves CORS to the service:
	// only these origins are answered, and only for the hook routes; the
	// JWT is checked on every call as for any other client.
	Origins []string `json:"origins,omitempty"`

	keys  oidc.KeySet
	write crypto.Signer
}

// EHRWrite is where and how to post Tasks to a client's EHR.
type EHRWrite struct {
	URL      string `json:"url"`       // a FHIR base the client registered in fhir_servers
	ClientID string `json:"client_id"` // umassist's client id at the EHR
	KeyFile  string `json:"key_file"`  // PEM PKCS#8: RSA (RS384) or P-384 (ES384)
	KeyID    string `json:"key_id,omitempty"`
	TokenURL string `json:"token_url,omitempty"` // default: SMART discovery
}

// Clients is the registry of CDS clients.
type Clients struct {
	byIssuer map[string]*Client
}

// LoadClients reads a registry file: {"clients": [Client...]}.
func LoadClients(ctx context.Context, path string) (*Clients, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cdshooks: clients: %w", err)
	}
	var f struct {
		Clients []Client `json:"clients"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: clients %s: %v", path, err)
	}
	return NewClients(ctx, f.Clients...)
}

// NewClients checks and indexes clients. Each needs an issuer, a client id
// and exactly one of a key set URL or an inline key set.
func NewClients(ctx context.Context, cs ...Client) (*Clients, error) {
	r := &Clients{byIssuer: map[string]*Client{}}
	for i := range cs {
		c := cs[i]
		switch {
		case c.Issuer == "" || c.ClientID == "":
			return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %d needs an issuer and a client_id", i+1)
		case (c.JWKSURL == "") == (len(c.JWKS) == 0):
			return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s needs exactly one of jwks_url or jwks", c.Issuer)
		case r.byIssuer[c.Issuer] != nil:
			return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s is registered twice", c.Issuer)
		case r.byClientID(c.ClientID) != nil:
			// The client id names the health system in every record kept
			// of its orders: it must name one client only.
			return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client_id %s is registered for two issuers", c.ClientID)
		}
		j, err := umassist.ParseJurisdiction(c.Jurisdiction)
		if err != nil {
			return nil, fmt.Errorf("cdshooks: client %s: %w", c.Issuer, err)
		}
		c.Jurisdiction = j
		if c.JWKSURL != "" {
			c.keys = oidc.NewRemoteKeySet(context.WithoutCancel(ctx), c.JWKSURL)
		} else {
			var set jose.JSONWebKeySet
			if err := json.Unmarshal(c.JWKS, &set); err != nil || len(set.Keys) == 0 {
				return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s: jwks is not a JWK Set with keys", c.Issuer)
			}
			var pub []crypto.PublicKey
			for _, k := range set.Keys {
				if !k.IsPublic() {
					return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s: jwks holds a private key; register the public half only", c.Issuer)
				}
				pub = append(pub, k.Key)
			}
			c.keys = &oidc.StaticKeySet{PublicKeys: pub}
		}
		for j, o := range c.Origins {
			norm, ok := webOrigin(o)
			if !ok {
				return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s: origin %q is not scheme://host[:port]", c.Issuer, o)
			}
			c.Origins[j] = norm
		}
		if w := c.EHRWrite; w != nil {
			if !c.allowsFHIRServer(w.URL) || w.ClientID == "" {
				return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s: ehr_write needs a url from fhir_servers and a client_id", c.Issuer)
			}
			key, err := readSigner(w.KeyFile)
			if err != nil {
				return nil, umassist.Errorf(umassist.EINVALID, "cdshooks: client %s: ehr_write key: %v", c.Issuer, err)
			}
			c.write = key
		}
		r.byIssuer[c.Issuer] = &c
	}
	return r, nil
}

// readSigner reads a PEM PKCS#8 private key.
func readSigner(path string) (crypto.Signer, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	blk, _ := pem.Decode(raw)
	if blk == nil {
		return nil, fmt.Errorf("%s is not PEM", path)
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	signer, ok := k.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("%s holds no signing key", path)
	}
	return signer, nil
}

// byClientID finds a registered client by its client id.
func (r *Clients) byClientID(id string) *Client {
	if r == nil {
		return nil
	}
	for _, c := range r.byIssuer {
		if c.ClientID == id {
			return c
		}
	}
	return nil
}

// Len is the number of registered clients.
func (r *Clients) Len() int {
	if r == nil {
		return 0
	}
	return len(r.byIssuer)
}

// allowsFHIRServer reports whether the client registered base as a FHIR
// server the service may read.
func (c *Client) allowsFHIRServer(base string) bool {
	return base != "" && slices.Contains(c.FHIRServers, strings.TrimSuffix(base, "/"))
}

// Algorithms a client may sign with: the two CDS Hooks 2.0 names. HMAC
// and "none" are refused before any key is looked at.
var algorithms = []jose.SignatureAlgorithm{jose.ES384, jose.RS384}

// maxLifetime bounds exp − iat, as the spec bounds a token's life.
const maxLifetime = 5 * time.Minute

// clockSkew tolerated between the client's clock and ours.
const clockSkew = time.Minute

// Caller is a verified call: which client, and the token's id and expiry
// for the replay check.
type Caller struct {
	Client  *Client
	JTI     string
	Expires time.Time
	Tenant  string
}

type claims struct {
	Issuer   string          `json:"iss"`
	Subject  string          `json:"sub"`
	Audience json.RawMessage `json:"aud"`
	Expiry   *float64        `json:"exp"`
	IssuedAt *float64        `json:"iat"`
	JTI      string          `json:"jti"`
	Tenant   string          `json:"tenant,omitempty"`
}

func (c claims) audiences() []string {
	var one string
	if json.Unmarshal(c.Audience, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(c.Audience, &many)
	return many
}

func unix(f float64) time.Time { return time.Unix(int64(f), 0) }

// Verify checks a bearer token as CDS Hooks 2.0 asks: signed (ES384 or
// RS384) by a key of the registered client named by iss, sub = its client
// id, aud = the service URL called, unexpired and short-lived, with a jti.
// The replay check on the jti is the caller's, with Caller.JTI. Every
// failure is EUNAUTHORIZED with a reason the client's developers can act
// on; no token content is echoed.
func (r *Clients) Verify(ctx context.Context, token, audience string, now time.Time) (*Caller, error) {
	deny := func(format string, args ...any) (*Caller, error) {
		return nil, umassist.Errorf(umassist.EUNAUTHORIZED, "cds hooks: "+format, args...)
	}
	if r.Len() == 0 {
		return deny("no CDS clients are registered with this service")
	}
	jws, err := jose.ParseSigned(token, algorithms)
	if err != nil {
		return deny("the bearer token is not a JWT signed with ES384 or RS384")
	}
	if len(jws.Signatures) != 1 {
		return deny("the token must carry exactly one signature")
	}
	h := jws.Signatures[0].Protected
	if h.KeyID == "" {
		return deny("the token's header has no kid")
	}
	var unverified claims
	if err := json.Unmarshal(jws.UnsafePayloadWithoutVerification(), &unverified); err != nil {
		return deny("the token's payload is not a JSON object of claims")
	}
	c := r.byIssuer[unverified.Issuer]
	if c == nil {
		return deny("the token's issuer is not a registered CDS client")
	}
	if jku, ok := h.ExtraHeaders["jku"].(string); ok && jku != c.JWKSURL {
		return deny("the token's jku is not the key set URL registered for its issuer")
	}
	payload, err := c.keys.VerifySignature(ctx, token)
	if err != nil {
		return deny("the token's signature does not verify with the keys registered for its issuer")
	}
	var cl claims
	if err := json.Unmarshal(payload, &cl); err != nil {
		return deny("the token's payload is not a JSON object of claims")
	}
	switch {
	case cl.Issuer != c.Issuer:
		return deny("the token's issuer changed between reads")
	case cl.Subject != c.ClientID:
		return deny("the token's sub is not the client id registered for its issuer")
	case !slices.Contains(cl.audiences(), audience):
		return deny("the token's aud must be this service's URL, %s", audience)
	case cl.Expiry == nil || cl.IssuedAt == nil:
		return deny("the token needs exp and iat")
	case !now.Before(unix(*cl.Expiry).Add(clockSkew)):
		return deny("the token has expired")
	case unix(*cl.IssuedAt).After(now.Add(clockSkew)):
		return deny("the token was issued in the future")
	case unix(*cl.Expiry).Sub(unix(*cl.IssuedAt)) > maxLifetime:
		return deny("the token lives longer than %s (exp − iat)", maxLifetime)
	case cl.JTI == "":
		return deny("the token needs a jti")
	}
	return &Caller{Client: c, JTI: cl.JTI, Expires: unix(*cl.Expiry).Add(clockSkew), Tenant: cl.Tenant}, nil
}

// webOrigin is o as a browser sends it in Origin: scheme and host (and a
// port), lower case, nothing after; ok is false for anything else.
func webOrigin(o string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(o))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", false
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), true
}

// AllowsOrigin reports whether a registered client's browser apps run at
// origin (an Origin header's value).
func (r *Clients) AllowsOrigin(origin string) bool {
	if r == nil || origin == "" {
		return false
	}
	o := strings.ToLower(origin)
	for _, c := range r.byIssuer {
		if slices.Contains(c.Origins, o) {
			return true
		}
	}
	return false
}
