// Package taint defines analyzers that report request data reaching a dangerous sink in Python
// web code without validation: SQL text (AV401), a shell (AV402), template source, HTML marked
// safe or a response body served as HTML (AV403), a file path (AV404), a redirect target
// (AV405), a deserializer that runs code (AV406), the host of an outbound request (AV407) and
// eval (AV408).
//
// Sources are Flask's request object (imported or read as flask.request, including the URL and
// referrer the client sent) and the text variables of Flask route rules (`<name>`, `<path:name>`,
// not `<int:id>`), Django request attributes and the URL parameters of what may be a view,
// FastAPI route-handler parameters and Starlette Request methods; in a module that imports no
// framework, the upper-case attributes (GET, POST...) of a request parameter. The flow is followed within each
// function in source order (assignments, string building, containers, attributes, str methods),
// joining the paths where control flow meets again (after if/elif/else, try/except, match and
// loops that may not run), and across functions of the same module through summaries computed
// to a fixed point (a helper that returns its parameter propagates; a helper that hands a
// parameter to a sink is a sink for it). Conversions (int, float, uuid.UUID), sink-specific
// sanitizers (shlex.quote, html.escape, secure_filename, a constant scheme://host/ prefix, a
// place after the "?" of a URL) and
// validation (allowlist membership, regex full match, containment checks) end a flow on the
// paths where they hold: inside `if check(x):`, and after `if not check(x):` when that branch
// exits or replaces x. The analysis of one
// file is shared by the eight analyzers and is bounded: expression and statement depth is
// capped, a loop body is visited at most twice and the summary fixed point is capped.
package taint
