package transport

import (
	"fmt"

	"github.com/apivet/apivet/analyzers/python"
)

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{BasicAuth, PlainHTTP, TLSVerify, TLSVersion, KeyInURL, PlainServer}

var sprintf = fmt.Sprintf
