package tokenstest

import "testing"

func TestCharge(t *testing.T) {
	if err := Charge("sk_test_"+"UsFyWJ8HVuNURs0eZPd8Scum", 100); err != nil { // ok: AV102
		t.Fatal(err)
	}
	// A live token in a test is still a leak.
	if err := Charge("sk_live_"+"8HVuNURs0eZPd8ScumUsFyWJ", 100); err != nil { // want `Stripe live secret key`
		t.Fatal(err)
	}
}
