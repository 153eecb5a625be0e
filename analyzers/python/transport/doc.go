// Package transport defines the Python analyzers that report credentials sent or received badly
// by API code: Basic credentials not base64-encoded (AV501), credentials sent over plain HTTP
// (AV502), TLS verification switched off (AV503), TLS versions below 1.2 (AV504), API keys in
// URLs (AV505) and servers that receive credentials without TLS (AV506).
//
// The analyzers share one reading of a file: what each name is bound to, scope by scope
// (binder), string values as templates of constant text and run-time holes (tmpl), and the calls
// of the HTTP client libraries (requests, httpx, aiohttp, urllib, urllib3). Each analyzer is
// named by its rule ID and documented by the rule's catalogue entry (rules/catalog/AVnnn.md).
package transport
