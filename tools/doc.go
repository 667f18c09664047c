// Package tools holds the agent's tools: typed Go functions over the
// patient's FHIR record and the policy corpus, each with a JSON Schema
// generated from its argument struct and a description written for a
// model.
//
// Safety is built in rather than left to the model: a tool set is bound to
// one case (its patient and request date) when it is made, results are
// bounded in size with an explicit truncation marker, every call that reads
// patient data writes an audit entry, and tool output is returned as data —
// text inside a note is never an instruction.
package tools
