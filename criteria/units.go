package criteria

import (
	"math"
	"strings"
)

// valueUnit is the unit of a reading obsValue gave: the measure's, into
// which it converts ("101 min" is read as 1.68 h); the record's own when
// the measure has none.
func valueUnit(m *Measure, recorded string) string {
	if m.Unit != "" {
		return m.Unit
	}
	return recorded
}

// obsValue is an observation's value in the measure's unit: low and high
// differ when the result is a range ("LVEF 25-30 %").
func obsValue(it *Item, m *Measure) (lo, hi float64, ok bool) {
	if !unitFits(m.Unit, it.Unit) {
		// 64 minutes below 88 % is no saturation of 64 %: a value whose
		// unit measures something else is not a reading of the measure.
		return 0, 0, false
	}
	if it.Value != nil {
		u := strings.ToLower(it.Unit)
		in := func(v float64) float64 {
			if m.FractionToPercent && v <= 1 && u != "%" {
				v = round(v*100, 4)
			}
			return convert(m.ID, v, u)
		}
		lo = in(*it.Value)
		hi = lo
		if it.High != nil {
			hi = in(*it.High)
		}
		// A bound leaves the other end open, so a threshold on that side
		// is never met by it.
		switch it.Comparator {
		case "<", "<=":
			lo = math.Inf(-1)
		case ">", ">=":
			hi = math.Inf(1)
		}
		return lo, hi, true
	}
	if it.ValueText != "" {
		if mm := romanInText.FindStringSubmatch(it.ValueText); mm != nil {
			v, ok := parseValue(mm[1], m)
			return v, v, ok
		}
	}
	return 0, 0, false
}

// unitDimension names what a unit measures, for the units readings come
// in; "" when unknown.
func unitDimension(unit string) string {
	u := strings.ToLower(strings.TrimSpace(unit))
	u = strings.NewReplacer("{events}", "", "{", "", "}", "", " ", "").Replace(u)
	switch u {
	case "%", "percent", "pct":
		return "fraction"
	case "s", "sec", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours":
		return "time"
	case "/h", "/hr", "events/h", "/hour", "perhour", "events/hour":
		return "rate"
	case "mmhg", "mm[hg]", "kpa":
		return "pressure"
	case "kg", "g", "lb", "lbs", "[lb_av]", "pounds":
		return "mass"
	case "cm", "m", "in", "[in_i]", "inches":
		return "length"
	case "cm2", "cm^2":
		return "area"
	case "kg/m2", "kg/m^2":
		return "bmi"
	}
	return ""
}

// unitFits reports whether a reading in unit can be a value of a measure
// in measureUnit: unknown or missing units are given the benefit of the
// doubt (a coded observation often carries none).
func unitFits(measureUnit, unit string) bool {
	a, b := unitDimension(measureUnit), unitDimension(unit)
	return a == "" || b == "" || a == b
}

// convert brings a value in unit into the measure's unit (pounds to
// kilograms, inches to centimetres).
func convert(measure string, v float64, unit string) float64 {
	u := strings.ToLower(strings.TrimSpace(unit))
	switch {
	case measure == "body_weight" && (u == "lb" || u == "lbs" || u == "pounds" || u == "[lb_av]"):
		return round(v*0.45359237, 2)
	case measure == "body_height" && (u == "in" || u == "inches" || u == "[in_i]"):
		return round(v*2.54, 2)
	case measure == "body_height" && u == "m":
		return v * 100
	case measure == "pao2" && u == "kpa":
		return round(v*7.50062, 1)
	case measure == "recording_hours" && (u == "min" || u == "mins" || u == "minute" || u == "minutes"):
		return round(v/60, 2)
	}
	return v
}

// displayUnit writes a UCUM unit as a nurse reads it: annotations such as
// "{ratio}" say nothing, "mm[Hg]" is mmHg.
func displayUnit(u string) string {
	if strings.HasPrefix(u, "{") && strings.HasSuffix(u, "}") {
		return ""
	}
	return strings.NewReplacer("[", "", "]", "").Replace(u)
}
