package python

import (
	"math/rand/v2"
	"testing"
)

// TestKeywordsMatchesContainsAny checks the one-pass scan against ContainsAny on random sources
// made of the keywords' own bytes, where near misses and overlaps are common.
func TestKeywordsMatchesContainsAny(t *testing.T) {
	lists := [][]string{{"request", "req", "q"}, {"jwt", "decode"}, {"verify", "ssl", "CERT_NONE"}, nil, {"ab", "aab", "b"}}
	k := NewKeywords(lists...)
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("reqstjwdcoabvfiylCERT_NON ")
	for range 20000 {
		src := make([]byte, r.IntN(24))
		for i := range src {
			src[i] = alphabet[r.IntN(len(alphabet))]
		}
		found := k.Scan(src)
		for _, list := range lists {
			if got, want := found.Any(list), ContainsAny(src, list); got != want {
				t.Fatalf("%q in %q: Scan says %v, ContainsAny %v", list, src, got, want)
			}
		}
	}
}

// FuzzKeywords checks the same on any input.
func FuzzKeywords(f *testing.F) {
	f.Add([]byte("from flask import request\nrequests.get(url, verify=False)\n"), "verify")
	f.Fuzz(func(t *testing.T, src []byte, word string) {
		lists := [][]string{{word}, {"request", "verify"}, {"x"}}
		found := NewKeywords(lists...).Scan(src)
		for _, list := range lists {
			if word == "" && len(list) == 1 && list[0] == "" {
				continue // an empty keyword is not indexed
			}
			if got, want := found.Any(list), ContainsAny(src, list); got != want {
				t.Fatalf("%q in %q: Scan says %v, ContainsAny %v", list, src, got, want)
			}
		}
	})
}
