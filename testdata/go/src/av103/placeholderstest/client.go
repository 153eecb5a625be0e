// Package placeholderstest has tests full of placeholders, which are fine there.
package placeholderstest

// Login checks credentials.
func Login(user, password string) bool { return user != "" && password != "" }
