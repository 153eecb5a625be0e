package rules

import "fmt"

// Family is the hundreds digit of a rule ID.
type Family int

// The rule families, by the hundreds digit of their IDs.
const (
	Secrets   Family = 1
	Debug     Family = 2
	Auth      Family = 3
	Injection Family = 4
	Transport Family = 5
	Crypto    Family = 6
	Hardening Family = 7
)

var familyNames = map[Family]string{
	Secrets:   "secrets",
	Debug:     "debug",
	Auth:      "auth",
	Injection: "injection",
	Transport: "transport",
	Crypto:    "crypto",
	Hardening: "hardening",
}

var familyTitles = map[Family]string{
	Secrets:   "Secrets",
	Debug:     "Debug and exposure",
	Auth:      "Authentication and authorization on routes",
	Injection: "Input validation and injection",
	Transport: "Transport and client credentials",
	Crypto:    "Tokens and crypto",
	Hardening: "HTTP hardening",
}

func (f Family) String() string { return familyNames[f] }

// Title is the family's heading in the documentation.
func (f Family) Title() string { return familyTitles[f] }

// ParseFamily accepts a family name such as "debug".
func ParseFamily(s string) (Family, error) {
	for f, n := range familyNames {
		if n == s {
			return f, nil
		}
	}
	return 0, fmt.Errorf("unknown family %q", s)
}

// Severity orders findings for triage; SARIF's security-severity is derived from it.
type Severity int

// Severities from least to most serious.
const (
	Low Severity = iota + 1
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{Low: "low", Medium: "medium", High: "high", Critical: "critical"}

func (s Severity) String() string { return severityNames[s] }

// ParseSeverity accepts low, medium, high or critical.
func ParseSeverity(s string) (Severity, error) {
	for v, n := range severityNames {
		if n == s {
			return v, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium, high or critical)", s)
}

// SecurityScore is the CVSS-like score GitHub code scanning reads from `security-severity`:
// over 9.0 is critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
func (s Severity) SecurityScore() string {
	switch s {
	case Critical:
		return "9.5"
	case High:
		return "8.0"
	case Medium:
		return "5.5"
	default:
		return "3.0"
	}
}

// SARIFLevel maps a severity to a SARIF result level.
func (s Severity) SARIFLevel() string {
	switch s {
	case Critical, High:
		return "error"
	case Medium:
		return "warning"
	default:
		return "note"
	}
}

// Precision states how often a finding of the rule is a true positive, as SARIF's
// `precision` property spells it.
type Precision string

// Precisions as SARIF and CodeQL spell them.
const (
	VeryHigh      Precision = "very-high"
	HighPrecision Precision = "high"
	MediumPrec    Precision = "medium"
	LowPrecision  Precision = "low"
)

// ParsePrecision accepts very-high, high, medium or low.
func ParsePrecision(s string) (Precision, error) {
	switch p := Precision(s); p {
	case VeryHigh, HighPrecision, MediumPrec, LowPrecision:
		return p, nil
	}
	return "", fmt.Errorf("unknown precision %q (want very-high, high, medium or low)", s)
}
