// Package crypto defines the Python analyzers of the tokens and crypto family: JWTs decoded
// without verification (AV601), the "none" algorithm (AV602), verification that lets the token
// pick its algorithm (AV603), HMAC and public-key algorithms accepted together (AV604), secrets
// compared with == (AV605), and passwords stored in plain text or hashed with a fast hash
// (AV606).
//
// Libraries are recognised through the file's imports (PyJWT is `jwt`, python-jose is
// `jose.jwt`), never by a variable's name alone: `jwt = JWTManager(app)` is not PyJWT. Secrets
// are recognised by the credential-name rules of internal/secrets, by the request headers and
// settings they come from, and by HMAC calls. Values assigned once in the same function (or at
// module level) are followed a few steps; anything decided at run time beyond that is left
// alone. Test files are skipped by every analyzer: tests decode tokens without verifying them,
// build unsigned tokens and compare secrets on purpose.
package crypto
