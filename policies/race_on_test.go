//go:build race

package policies_test

// raceDetector reports a -race build: the whole-export measurements then
// read a sample, the race detector making them ten times slower.
const raceDetector = true
