// Package redact hides secrets when configurations and URLs are printed: the masks it writes
// are not placeholders that ship as credentials.
package redact

import (
	"fmt"
	"net/url"
)

// Config is a service configuration.
type Config struct {
	User     string
	Password string
}

// String prints the configuration with the password masked.
func (c Config) String() string {
	c.Password = "********" // ok: AV103
	return fmt.Sprintf("%+v", c)
}

// RedactURL hides the password of u, as (*url.URL).Redacted does.
func RedactURL(u *url.URL) string {
	v := *u
	if _, ok := v.User.Password(); ok {
		v.User = url.UserPassword(v.User.Username(), "xxxxx") // ok: AV103
	}
	return v.String()
}

// Default ships the mask as the actual password: nothing is hidden here.
var Default = Config{User: "svc", Password: "********"} // want `placeholder password \(8 chars\) assigned to "Password"`
