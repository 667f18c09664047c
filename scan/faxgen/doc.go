// Package faxgen writes prior-authorization fax packets whose content is
// known, for measuring how well scanned packets are read: a request form
// in one of several layouts a payer might use, then the notes, lab and
// imaging reports sent with it, as a text PDF; Fax renders that PDF the
// way a fax machine delivers it (204×196 dpi, 1-bit, CCITT G4, multi-page
// TIFF) with skew, speckle noise and JPEG artefacts from a scanner on the
// way.
//
// Every name, identifier and clinical detail is invented; the codes are
// real ICD-10-CM and HCPCS/CPT codes used as identifiers only.
package faxgen
