package crypto

import "github.com/apivet/apivet/analyzers/python"

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{
	JWTVerificationDisabled, JWTNoneAlgorithm, JWTWithoutAlgorithms, JWTAlgorithmConfusion,
	SecretComparison, WeakPasswordHash,
}
