// Package policies turns coverage policies into something the agent can cite
// and check: the CMS Medicare Coverage Database NCD import, payer policy
// documents (PDF, HTML, Markdown, text), section-aware chunking into
// passages with stable ids ("NCD 20.4#B3"), and our criteria packs.
package policies
