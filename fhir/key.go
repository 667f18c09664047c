package fhir

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"

	"github.com/umassist/umassist"
)

// ParsePrivateKeyPEM reads a SMART Backend Services signing key: an RSA
// key (PKCS #1 or #8) or an ECDSA P-384 key (SEC 1 or PKCS #8).
func ParsePrivateKeyPEM(b []byte) (crypto.Signer, error) {
	block, _ := pem.Decode(b)
	if block == nil {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: SMART key is not PEM")
	}
	var key any
	var err error
	switch block.Type {
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		key, err = x509.ParseECPrivateKey(block.Bytes)
	default:
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	}
	if err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: SMART key: %v", err)
	}
	switch k := key.(type) {
	case *rsa.PrivateKey:
		if k.N.BitLen() < 2048 {
			return nil, umassist.Errorf(umassist.EINVALID, "fhir: SMART RSA key has %d bits; 2048 or more are required", k.N.BitLen())
		}
		return k, nil
	case *ecdsa.PrivateKey:
		if k.Curve != elliptic.P384() {
			return nil, umassist.Errorf(umassist.EINVALID, "fhir: SMART EC key must be on P-384 for ES384")
		}
		return k, nil
	}
	return nil, umassist.Errorf(umassist.EINVALID, "fhir: SMART key must be RSA or ECDSA, not %T", key)
}
