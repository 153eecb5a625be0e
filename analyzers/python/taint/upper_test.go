package taint

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// readsDjangoUpper must accept exactly what the regular expression it replaced matched.
func TestReadsDjangoUpperMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\brequest\.(?:GET|POST|COOKIES|META|FILES)\b`)
	cases := []string{
		"", "request.GET", "request.GETS", "xrequest.GET", "_request.POST", "self.request.META['X']",
		"request.FILES\n", "request. GET", "request.get", "request.COOKIE", "é request.POST",
		"érequest.POST", "request.request.FILES", "requestrequest.GET", "request.GET_x", "request.GET-x",
		"request.", "request.GE", "(request.COOKIES)",
	}
	pieces := []string{"request", ".", "GET", "POST", "COOKIES", "META", "FILES", "x", "_", " ", "é", "r", "equest", "\n", "9"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := ""
		for range rng.IntN(8) {
			s += pieces[rng.IntN(len(pieces))]
		}
		cases = append(cases, s)
	}
	for _, c := range cases {
		if got, want := readsDjangoUpper([]byte(c)), re.MatchString(c); got != want {
			t.Errorf("readsDjangoUpper(%q) = %v, the expression says %v", c, got, want)
		}
	}
}
