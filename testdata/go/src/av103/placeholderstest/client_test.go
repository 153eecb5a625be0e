package placeholderstest

import "testing"

const apiKey = "your_api_key" // ok: AV103

func TestLogin(t *testing.T) {
	if !Login("admin", "changeme") { // ok: AV103
		t.Fatal("login failed")
	}
}
