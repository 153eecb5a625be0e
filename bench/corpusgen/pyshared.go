package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// pyFlags are the insecure patterns one Python service carries.
type pyFlags struct {
	debugRun     bool // app.run(debug=True), DEBUG = True, FastAPI(debug=True)
	hardSecret   bool // SECRET_KEY / API key literal
	placeholder  bool // the article's "your_api_key" style assignment
	basicNoB64   bool // f"Basic {user}:{key}"
	verifyFalse  bool // requests/httpx verify=False
	sqlFString   bool // SQL built with an f-string
	debugLogging bool // logging.basicConfig(level=logging.DEBUG)
	keyInURL     bool // ?api_key= in a URL
	weakHash     bool // hashlib.md5 for passwords
	jwtNoVerify  bool // jwt.decode without signature verification
	corsAll      bool // origins "*" with credentials
	noTimeout    bool // requests call without timeout
	plainHTTP    bool // http:// API base URL
	openRoute    bool // a write route without authentication
	errorDetail  bool // str(error) returned to the client
}

// pyFlagsFor draws a service's insecure patterns. Besides the random draw, the service in slot
// (its index within a scale unit) always carries every pyFlagCount/pythonServicesPerScale-th
// pattern, so that each scale unit holds every pattern at least once.
func pyFlagsFor(r *rand.Rand, slot int) pyFlags {
	fl := pyFlags{
		debugRun: chance(r, 0.35), hardSecret: chance(r, 0.35), placeholder: chance(r, 0.25),
		basicNoB64: chance(r, 0.3), verifyFalse: chance(r, 0.3), sqlFString: chance(r, 0.3),
		debugLogging: chance(r, 0.3), keyInURL: chance(r, 0.25), weakHash: chance(r, 0.25),
		jwtNoVerify: chance(r, 0.2), corsAll: chance(r, 0.3), noTimeout: chance(r, 0.3),
		plainHTTP: chance(r, 0.2), openRoute: chance(r, 0.4), errorDetail: chance(r, 0.3),
	}
	// Ordered so that slot k%6 is Flask (0, 3), FastAPI (1, 4) or Django (2, 5) as GeneratePython
	// assigns them, and framework-specific patterns land on a framework that has them.
	all := []*bool{&fl.debugRun, &fl.jwtNoVerify, &fl.hardSecret, &fl.weakHash, &fl.verifyFalse, &fl.placeholder,
		&fl.basicNoB64, &fl.sqlFString, &fl.debugLogging, &fl.keyInURL, &fl.corsAll, &fl.noTimeout, &fl.plainHTTP,
		&fl.openRoute, &fl.errorDetail}
	for k := slot; k < len(all); k += pythonServicesPerScale {
		*all[k] = true
	}
	return fl
}

func fieldNames(e entity) []string {
	var out []string
	for _, f := range e.Fields {
		out = append(out, f.Name)
	}
	return out
}

func pyTuple(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return "(" + q[0] + ",)"
	}
	return "(" + strings.Join(q, ", ") + ")"
}

// pyUtilImports are the imports every utility-function template may use.
func pyUtilImports(s *src) {
	s.l(0, "import functools")
	s.l(0, "import logging")
	s.l(0, "import re")
	s.l(0, "import time")
	s.l(0, "from collections import defaultdict")
	s.l(0, "from datetime import datetime, timezone")
	s.l(0, "from typing import Any, Dict, Iterable, Iterator, List, Optional")
}

// pyUtilFuncs writes n module-level helpers about e, drawn from a set of templates; tag keeps the
// names unique within the file.
func pyUtilFuncs(s *src, r *rand.Rand, e entity, n int, tag string) {
	for i := 0; i < n; i++ {
		s.blank()
		s.blank()
		suffix := fmt.Sprintf("%s_%s%d", e.Name, tag, i)
		switch r.IntN(10) {
		case 0:
			s.l(0, "def summarize_%s(items: Iterable[Dict[str, Any]]) -> Dict[str, Any]:", suffix)
			s.l(1, `"""Count %s by status and add up their amounts."""`, e.Plural)
			s.l(1, "counts: Dict[str, int] = defaultdict(int)")
			s.l(1, "total = 0.0")
			s.l(1, "size = 0")
			s.l(1, "for item in items:")
			s.l(2, `key = item.get("status") or "unknown"`)
			s.l(2, "counts[key] += 1")
			s.l(2, `total += float(item.get("amount") or 0)`)
			s.l(2, "size += 1")
			s.l(1, `return {"counts": dict(counts), "total": round(total, 2), "size": size}`)
		case 1:
			s.l(0, "def normalize_%s(data: Dict[str, Any]) -> Dict[str, Any]:", suffix)
			s.l(1, `"""Strip strings, drop empty values and unknown keys from a %s payload."""`, e.Name)
			s.l(1, "allowed = %s", pyTuple(fieldNames(e)))
			s.l(1, "out = {}")
			s.l(1, "for key, value in data.items():")
			s.l(2, "if key not in allowed:")
			s.l(3, "continue")
			s.l(2, "if isinstance(value, str):")
			s.l(3, "value = value.strip()")
			s.l(3, "if not value:")
			s.l(4, "continue")
			s.l(2, "out[key] = value")
			s.l(1, "return out")
		case 2:
			s.l(0, "def chunk_%s(items: List[Any], size: int = 100) -> Iterator[List[Any]]:", suffix)
			s.l(1, `"""Yield successive batches of %s."""`, e.Plural)
			s.l(1, "if size <= 0:")
			s.l(2, `raise ValueError("size must be positive")`)
			s.l(1, "for start in range(0, len(items), size):")
			s.l(2, "yield items[start:start + size]")
		case 3:
			s.l(0, "def parse_%s_filters(args: Dict[str, str]) -> Dict[str, Any]:", suffix)
			s.l(1, `"""Read list filters from query arguments, ignoring malformed ones."""`)
			s.l(1, "filters: Dict[str, Any] = {}")
			s.l(1, "for key in (\"page\", \"per_page\", \"priority\"):")
			s.l(2, "raw = args.get(key)")
			s.l(2, "if raw is None:")
			s.l(3, "continue")
			s.l(2, "try:")
			s.l(3, "filters[key] = max(0, int(raw))")
			s.l(2, "except (TypeError, ValueError):")
			s.l(3, `logging.getLogger(__name__).debug("ignoring filter %%s=%%r", key, raw)`)
			s.l(1, `if args.get("status") in ("open", "closed", "pending"):`)
			s.l(2, `filters["status"] = args["status"]`)
			s.l(1, "return filters")
		case 4:
			cls := e.Class + "Cache" + strings.ToUpper(tag) + fmt.Sprint(i)
			s.l(0, "class %s:", cls)
			s.l(1, `"""A small time-bounded cache of %s keyed by id."""`, e.Plural)
			s.blank()
			s.l(1, "def __init__(self, ttl: float = 60.0):")
			s.l(2, "self.ttl = ttl")
			s.l(2, "self._items: Dict[int, Any] = {}")
			s.l(2, "self._stamps: Dict[int, float] = {}")
			s.blank()
			s.l(1, "def get(self, key: int) -> Optional[Any]:")
			s.l(2, "stamp = self._stamps.get(key)")
			s.l(2, "if stamp is None or time.monotonic() - stamp > self.ttl:")
			s.l(3, "self._items.pop(key, None)")
			s.l(3, "return None")
			s.l(2, "return self._items.get(key)")
			s.blank()
			s.l(1, "def set(self, key: int, value: Any) -> None:")
			s.l(2, "self._items[key] = value")
			s.l(2, "self._stamps[key] = time.monotonic()")
			s.blank()
			s.l(1, "def __len__(self) -> int:")
			s.l(2, "return len(self._items)")
		case 5:
			s.l(0, "def retry_%s(attempts: int = 3, delay: float = 0.2):", suffix)
			s.l(1, `"""Retry the decorated call on exceptions, backing off between attempts."""`)
			s.blank()
			s.l(1, "def decorator(func):")
			s.l(2, "@functools.wraps(func)")
			s.l(2, "def wrapper(*args, **kwargs):")
			s.l(3, "last_error = None")
			s.l(3, "for attempt in range(attempts):")
			s.l(4, "try:")
			s.l(5, "return func(*args, **kwargs)")
			s.l(4, "except Exception as exc:  # noqa: BLE001")
			s.l(5, "last_error = exc")
			s.l(5, "time.sleep(delay * (2 ** attempt))")
			s.l(3, "raise last_error")
			s.blank()
			s.l(2, "return wrapper")
			s.blank()
			s.l(1, "return decorator")
		case 6:
			s.l(0, "def format_%s_row(item: Dict[str, Any]) -> str:", suffix)
			s.l(1, `"""Render a %s as one line for logs and CSV exports."""`, e.Name)
			s.l(1, `name = item.get("name", "?")`)
			s.l(1, `created = item.get("created_at") or datetime.now(timezone.utc).isoformat()`)
			s.l(1, `parts = [f"{key}={item[key]!r}" for key in sorted(item) if key not in ("name", "created_at")]`)
			s.l(1, `return f"{name} [{created}] " + " ".join(parts)`)
		case 7:
			s.l(0, "def diff_%s(old: List[Dict[str, Any]], new: List[Dict[str, Any]]) -> Dict[str, List[int]]:", suffix)
			s.l(1, `"""Compare two snapshots of %s by id."""`, e.Plural)
			s.l(1, `before = {item["id"]: item for item in old if "id" in item}`)
			s.l(1, `after = {item["id"]: item for item in new if "id" in item}`)
			s.l(1, "added = sorted(set(after) - set(before))")
			s.l(1, "removed = sorted(set(before) - set(after))")
			s.l(1, "changed = sorted(key for key in set(before) & set(after) if before[key] != after[key])")
			s.l(1, `return {"added": added, "removed": removed, "changed": changed}`)
		case 8:
			s.l(0, "SLUG_RE_%s = re.compile(r\"[^a-z0-9]+\")", strings.ToUpper(suffix))
			s.blank()
			s.blank()
			s.l(0, "def slugify_%s(value: str, max_length: int = 64) -> str:", suffix)
			s.l(1, `"""Make a URL-safe slug from a %s name."""`, e.Name)
			s.l(1, `slug = SLUG_RE_%s.sub("-", value.lower()).strip("-")`, strings.ToUpper(suffix))
			s.l(1, "if len(slug) > max_length:")
			s.l(2, `slug = slug[:max_length].rstrip("-")`)
			s.l(1, `return slug or "item"`)
		default:
			s.l(0, "def rank_%s(items: List[Dict[str, Any]], limit: int = 10) -> List[Dict[str, Any]]:", suffix)
			s.l(1, `"""Return the top %s by priority, then score, then name."""`, e.Plural)
			s.l(1, "ranked = sorted(")
			s.l(2, "items,")
			s.l(2, `key=lambda item: (-int(item.get("priority") or 0), -float(item.get("score") or 0), item.get("name", "")),`)
			s.l(1, ")")
			s.l(1, "return ranked[:limit]")
		}
	}
}

// pyClient writes a client module for a third-party API, with requests (sync) or httpx (async).
func pyClient(s *src, r *rand.Rand, fl pyFlags, vendor string, ents []entity, async bool) {
	cls := strings.ToUpper(vendor[:1]) + vendor[1:] + "Client"
	env := strings.ToUpper(vendor)
	s.l(0, `"""Client for the %s API."""`, strings.ToUpper(vendor[:1])+vendor[1:])
	s.l(0, "import logging")
	s.l(0, "import os")
	if fl.weakHash || fl.basicNoB64 {
		s.l(0, "import base64")
	}
	s.l(0, "from typing import Any, Dict, List, Optional")
	s.blank()
	if async {
		s.l(0, "import httpx")
	} else {
		s.l(0, "import requests")
		s.l(0, "from requests.adapters import HTTPAdapter")
	}
	s.blank()
	s.l(0, "logger = logging.getLogger(__name__)")
	s.blank()
	scheme := "https"
	if fl.plainHTTP {
		scheme = "http"
	}
	s.l(0, `BASE_URL = os.environ.get("%s_URL", "%s://api.%s.com/v1")`, env, scheme, vendor)
	switch {
	case fl.hardSecret:
		s.l(0, `API_KEY = "%s"`, fakeSecret(r))
	case fl.placeholder:
		s.l(0, `api_key = "%s"`, placeholder(r))
		s.l(0, `API_KEY = os.environ.get("%s_API_KEY", api_key)`, env)
	default:
		s.l(0, `API_KEY = os.environ.get("%s_API_KEY", "")`, env)
	}
	s.l(0, `USERNAME = os.environ.get("%s_USER", "service")`, env)
	s.l(0, "DEFAULT_TIMEOUT = %d", 5+r.IntN(26))
	s.blank()
	s.blank()
	s.l(0, "class %sError(Exception):", cls)
	s.l(1, `"""Raised when the %s API answers with an error."""`, vendor)
	s.blank()
	s.l(1, "def __init__(self, status: int, detail: str):")
	s.l(2, `super().__init__(f"{status}: {detail}")`)
	s.l(2, "self.status = status")
	s.l(2, "self.detail = detail")
	s.blank()
	s.blank()
	s.l(0, "class %s:", cls)
	s.l(1, "def __init__(self, api_key: Optional[str] = None, base_url: str = BASE_URL, timeout: int = DEFAULT_TIMEOUT):")
	s.l(2, "self.api_key = api_key or API_KEY")
	s.l(2, `self.base_url = base_url.rstrip("/")`)
	s.l(2, "self.timeout = timeout")
	verify := ""
	if fl.verifyFalse {
		verify = ", verify=False"
	}
	if async {
		s.l(2, "self.client = httpx.AsyncClient(base_url=self.base_url, timeout=timeout%s)", verify)
		verify = ""
	} else {
		s.l(2, "self.session = requests.Session()")
		s.l(2, `self.session.mount("https://", HTTPAdapter(max_retries=3))`)
	}
	s.blank()
	s.l(1, "def _headers(self) -> Dict[str, str]:")
	if fl.basicNoB64 {
		s.l(2, "return {")
		s.l(3, `"Authorization": f"Basic {USERNAME}:{self.api_key}",`)
		s.l(3, `"Content-Type": "application/json",`)
		s.l(2, "}")
	} else {
		s.l(2, `return {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}`)
	}
	if fl.basicNoB64 {
		s.blank()
		s.l(1, "def _basic(self) -> str:")
		s.l(2, `token = base64.b64encode(f"{USERNAME}:{self.api_key}".encode()).decode()`)
		s.l(2, `return f"Basic {token}"`)
	}
	s.blank()
	s.l(1, "def _check(self, response) -> Any:")
	s.l(2, "if response.status_code >= 400:")
	s.l(3, `logger.warning("%s API error %%s on %%s", response.status_code, response.url)`, vendor)
	s.l(3, "raise %sError(response.status_code, response.text[:200])", cls)
	s.l(2, "return response.json()")
	for _, e := range ents {
		s.blank()
		if async {
			s.l(1, "async def list_%s(self, page: int = 1, per_page: int = 50) -> List[Dict[str, Any]]:", e.Plural)
			s.l(2, `response = await self.client.get("/%s", headers=self._headers(), params={"page": page, "per_page": per_page})`, e.Plural)
			s.l(2, `return self._check(response).get("data", [])`)
			s.blank()
			s.l(1, "async def get_%s(self, item_id: int) -> Dict[str, Any]:", e.Name)
			s.l(2, `response = await self.client.get(f"/%s/{item_id}", headers=self._headers())`, e.Plural)
			s.l(2, "return self._check(response)")
			s.blank()
			s.l(1, "async def create_%s(self, payload: Dict[str, Any]) -> Dict[str, Any]:", e.Name)
			s.l(2, `response = await self.client.post("/%s", headers=self._headers(), json=payload)`, e.Plural)
			s.l(2, "return self._check(response)")
		} else {
			s.l(1, "def list_%s(self, page: int = 1, per_page: int = 50) -> List[Dict[str, Any]]:", e.Plural)
			s.l(2, "response = self.session.get(")
			s.l(3, `f"{self.base_url}/%s",`, e.Plural)
			s.l(3, "headers=self._headers(),")
			s.l(3, `params={"page": page, "per_page": per_page},`)
			s.l(3, "timeout=self.timeout%s,", verify)
			s.l(2, ")")
			s.l(2, `return self._check(response).get("data", [])`)
			s.blank()
			s.l(1, "def get_%s(self, item_id: int) -> Dict[str, Any]:", e.Name)
			s.l(2, `response = self.session.get(f"{self.base_url}/%s/{item_id}", headers=self._headers(), timeout=self.timeout)`, e.Plural)
			s.l(2, "return self._check(response)")
			s.blank()
			s.l(1, "def create_%s(self, payload: Dict[str, Any]) -> Dict[str, Any]:", e.Name)
			if fl.noTimeout {
				s.l(2, `response = requests.post(f"{self.base_url}/%s", headers=self._headers(), json=payload)`, e.Plural)
			} else {
				s.l(2, `response = self.session.post(f"{self.base_url}/%s", headers=self._headers(), json=payload, timeout=self.timeout)`, e.Plural)
			}
			s.l(2, "return self._check(response)")
		}
	}
	s.blank()
	if async {
		s.l(1, "async def ping(self) -> bool:")
		if fl.keyInURL {
			s.l(2, `response = await self.client.get(f"/ping?api_key={self.api_key}")`)
		} else {
			s.l(2, `response = await self.client.get("/ping", headers=self._headers())`)
		}
		s.l(2, "return response.status_code == 200")
		s.blank()
		s.l(1, "async def close(self) -> None:")
		s.l(2, "await self.client.aclose()")
	} else {
		s.l(1, "def ping(self) -> bool:")
		if fl.keyInURL {
			s.l(2, `response = requests.get(f"{self.base_url}/ping", params={"api_key": self.api_key}, timeout=5)`)
		} else {
			s.l(2, `response = requests.get(f"{self.base_url}/ping", headers=self._headers(), timeout=5)`)
		}
		s.l(2, "return response.ok")
		s.blank()
		s.l(1, "def close(self) -> None:")
		s.l(2, "self.session.close()")
	}
	s.blank()
	s.blank()
	s.l(0, "def default_client() -> %s:", cls)
	s.l(1, `"""Build a client from the environment."""`)
	s.l(1, "return %s()", cls)
}

// pyTestHeader writes the common imports of a pytest module.
func pyTestHeader(s *src, doc string) {
	s.l(0, `"""%s"""`, doc)
	s.l(0, "import json")
	s.l(0, "from unittest import mock")
	s.blank()
	s.l(0, "import pytest")
	s.blank()
}

// pyTestCases writes pytest functions exercising e's endpoints through a client fixture.
func pyTestCases(s *src, r *rand.Rand, e entity, prefix, jsonCall string, n int) {
	for i := 0; i < n; i++ {
		s.blank()
		s.blank()
		switch i % 5 {
		case 0:
			s.l(0, "def test_list_%s_requires_auth_%d(client):", e.Plural, i)
			s.l(1, `response = client.get("%s/%s")`, prefix, e.Plural)
			s.l(1, "assert response.status_code in (401, 403)")
		case 1:
			s.l(0, "def test_create_%s_%d(client, auth_headers):", e.Name, i)
			s.l(1, "payload = {")
			for _, f := range e.Fields {
				s.l(2, `"%s": %s,`, f.Name, pyExample(r, f))
			}
			s.l(1, "}")
			s.l(1, `response = client.post("%s/%s", data=json.dumps(payload), headers=auth_headers)`, prefix, e.Plural)
			s.l(1, "assert response.status_code == 201")
			s.l(1, `assert response.%s["name"] == payload["name"]`, jsonCall)
		case 2:
			s.l(0, "def test_get_missing_%s_%d(client, auth_headers):", e.Name, i)
			s.l(1, `response = client.get("%s/%s/999999", headers=auth_headers)`, prefix, e.Plural)
			s.l(1, "assert response.status_code == 404")
		case 3:
			s.l(0, `@pytest.mark.parametrize("page,expected", [(1, 200), (2, 200), (-1, 400)])`)
			s.l(0, "def test_%s_pagination_%d(client, auth_headers, page, expected):", e.Plural, i)
			s.l(1, `response = client.get(f"%s/%s?page={page}", headers=auth_headers)`, prefix, e.Plural)
			s.l(1, "assert response.status_code == expected")
		default:
			s.l(0, "def test_%s_client_is_called_%d(client, auth_headers):", e.Name, i)
			s.l(1, `with mock.patch("requests.Session.get") as fake_get:`)
			s.l(2, `fake_get.return_value.status_code = 200`)
			s.l(2, `fake_get.return_value.json.return_value = {"data": []}`)
			s.l(2, `response = client.get("%s/%s/sync", headers=auth_headers)`, prefix, e.Plural)
			s.l(1, "assert response.status_code in (200, 404)")
		}
	}
}

func pyExample(r *rand.Rand, f field) string {
	switch f.Kind {
	case "int":
		return fmt.Sprint(r.IntN(100))
	case "float":
		return fmt.Sprintf("%d.%02d", r.IntN(1000), r.IntN(100))
	case "bool":
		return pick(r, []string{"True", "False"})
	case "time":
		return `"2024-05-01T12:00:00Z"`
	}
	if f.Name == "email" {
		return fmt.Sprintf(`"user%d@example.com"`, r.IntN(1000))
	}
	return fmt.Sprintf(`"%s-%d"`, f.Name, r.IntN(1000))
}

// withHelpers inserts the helper imports after a module's docstring and appends n helpers
// about the entities: real modules carry such functions beside their framework code.
func withHelpers(content string, r *rand.Rand, ents []entity, n int, tag string) string {
	if n <= 0 {
		return content
	}
	head, rest, ok := strings.Cut(content, "\n")
	if !ok || !strings.HasPrefix(head, `"""`) {
		return content
	}
	s := newPy()
	s.b.WriteString(head + "\n")
	pyUtilImports(s)
	s.b.WriteString(rest)
	for i := 0; i < n; i++ {
		pyUtilFuncs(s, r, ents[i%len(ents)], 1, fmt.Sprintf("%s%d", tag, i))
	}
	return s.String()
}
