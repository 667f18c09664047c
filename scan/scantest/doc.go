// Package scantest builds files for tests of fax intake: TIFF headers
// whose pages are only declared (no pixels), to test what is refused
// before anything is decoded.
package scantest
