package credentials

import "strings"

// An Operand is what an analyzer knows about one side of a comparison or one hashed value.
// Each front end fills it from its own syntax; the decisions below are the same for both.
type Operand struct {
	Constant  bool   // a literal, None or nil, a length: never a secret
	Request   bool   // read from the request (or a route handler's parameter)
	Config    bool   // configuration, the environment, a module- or package-level credential
	Digest    bool   // an HMAC digest computed in the code
	Kind      Kind   // what its name, header or key says it holds
	What      string // how a message names it
	Stored    bool   // a field or item of an object that is not the request: a model, a row
	Derived   bool   // a variable assigned from a call we do not know (password = hash(password))
	Confirm   bool   // the second entry of a password in a form
	MayBeNone bool   // Python: a .get() or getenv() that returns None when the value is missing
	Column    bool   // an ORM column (User.api_key == key builds a query, it compares nothing)
}

// Secret reports whether the operand is known to hold a secret.
func (o Operand) Secret() bool { return o.Digest || o.Kind != None }

// Merge combines the parts of a concatenation or formatted string: the result holds whatever
// secret a part holds ("sha256=" + digest is a digest).
func Merge(a, b Operand) Operand {
	if a.Constant {
		return b
	}
	if b.Constant {
		return a
	}
	out := a
	if rank(b) > rank(a) {
		out = b
	}
	out.Request = a.Request || b.Request
	out.Config = a.Config || b.Config
	out.Digest = a.Digest || b.Digest
	out.MayBeNone = a.MayBeNone || b.MayBeNone
	return out
}

func rank(o Operand) int {
	switch {
	case o.Digest:
		return 5
	case o.Config && o.Kind != None:
		return 4
	case o.Request && o.Kind != None:
		return 3
	case o.Kind != None:
		return 2
	case o.Request:
		return 1
	}
	return 0
}

// TimingLeak decides whether comparing a with b by == leaks a secret through timing, and names
// the secret. web says that the file or package serves HTTP or does cryptography: only there
// is a credential-named value compared with an unknown one reported, so a tokenizer's
// `token == expected` stays quiet.
func TimingLeak(a, b Operand, web bool) (string, bool) {
	switch {
	case a.Constant || b.Constant:
		return "", false // None, "", "Bearer", a length: nothing secret to recover
	case a.Column || b.Column:
		return "", false // a query condition: the database compares
	case a.Request && b.Request:
		return "", false // both from the client: a double-submit check, a confirmation field
	case a.Kind == Password || b.Kind == Password:
		// A password against the configured one (ADMIN_PASSWORD, settings, the environment).
		// Against a stored one it is plain-text storage (see PlainCompare).
		if a.Config != b.Config {
			if a.Config {
				return a.What, true
			}
			return b.What, true
		}
		return "", false
	}
	for _, o := range []Operand{a, b} {
		if o.Digest {
			return o.What, true
		}
	}
	if a.Config && b.Config {
		return "", false // configuration checked against configuration: no client in the loop
	}
	for _, o := range []Operand{a, b} {
		if o.Config && o.Kind != None && o.Kind != Auth {
			return o.What, true
		}
	}
	for _, o := range []Operand{a, b} {
		if o.Request && o.Kind != None {
			return o.What, true // the Authorization header is a secret, whatever its name says
		}
	}
	if web {
		for _, o := range []Operand{a, b} {
			if o.Kind != None && o.Kind != Auth {
				return o.What, true
			}
		}
	}
	return "", false
}

// PlainCompare reports whether typed is a password as the user typed it and stored a password
// kept on a model or row, or a password column in a query: comparing them means passwords are
// stored unhashed.
func PlainCompare(typed, stored Operand) bool {
	return typed.Kind == Password && !typed.Stored && !typed.Column && !typed.Derived && !typed.Config && !typed.Confirm &&
		stored.Kind == Password && stored.Stored && !stored.Request && !stored.Confirm
}

// AlgorithmFamily tells HMAC JWT algorithms ("hmac": HS256...) from public-key ones ("public":
// RS*, PS*, ES*, EdDSA); others give "".
func AlgorithmFamily(alg string) string {
	a := strings.ToUpper(alg)
	switch {
	case strings.HasPrefix(a, "HS"):
		return "hmac"
	case strings.HasPrefix(a, "RS"), strings.HasPrefix(a, "PS"), strings.HasPrefix(a, "ES"), strings.HasPrefix(a, "ED"):
		return "public"
	}
	return ""
}

// MixedAlgorithms returns an HMAC and a public-key algorithm of algs, if it holds both.
func MixedAlgorithms(algs []string) (hmac, public string, ok bool) {
	for _, a := range algs {
		switch AlgorithmFamily(a) {
		case "hmac":
			if hmac == "" {
				hmac = a
			}
		case "public":
			if public == "" {
				public = a
			}
		}
	}
	return hmac, public, hmac != "" && public != ""
}
