package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

// goFlags are the insecure patterns one Go package carries.
type goFlags struct {
	sqlSprintf, skipVerify, hardSecret, weakHash, weakRand, plainCompare, corsAll, errorDetail,
	openRoute, basicNoB64, plainHTTP, noBodyLimit bool
}

// goFlagsFor draws a package's insecure patterns; the package in slot (its index within a scale
// unit) always carries pattern slot, so that each scale unit holds every pattern.
func goFlagsFor(r *rand.Rand, slot int) goFlags {
	fl := goFlags{
		sqlSprintf: chance(r, 0.3), skipVerify: chance(r, 0.25), hardSecret: chance(r, 0.3),
		weakHash: chance(r, 0.25), weakRand: chance(r, 0.25), plainCompare: chance(r, 0.3),
		corsAll: chance(r, 0.3), errorDetail: chance(r, 0.3), openRoute: chance(r, 0.3),
		basicNoB64: chance(r, 0.2), plainHTTP: chance(r, 0.2), noBodyLimit: chance(r, 0.4),
	}
	all := []*bool{&fl.sqlSprintf, &fl.skipVerify, &fl.hardSecret, &fl.weakHash, &fl.weakRand, &fl.plainCompare,
		&fl.corsAll, &fl.errorDetail, &fl.openRoute, &fl.basicNoB64, &fl.plainHTTP, &fl.noBodyLimit}
	for k := slot; k < len(all); k += goPackagesPerScale {
		*all[k] = true
	}
	return fl
}

// goPkg is one generated package.
type goPkg struct {
	name   string // package name and last path element
	ents   []entity
	vendor string
	fl     goFlags
}

// GenerateGo writes a Go module (example.com/corpus, go 1.22, standard library only) with
// goPackagesPerScale*scale service packages, a server command wiring them up, and an admin
// command exposing pprof.
func GenerateGo(dir string, scale int) (Stats, error) {
	if scale < 1 {
		return Stats{}, fmt.Errorf("scale must be at least 1, got %d", scale)
	}
	w := &writer{root: dir}
	w.write("go.mod", "module example.com/corpus\n\ngo 1.22\n")
	var pkgs []goPkg
	for i := 0; i < goPackagesPerScale*scale; i++ {
		r := rng(2, i)
		p := goPkg{fl: goFlagsFor(r, i%goPackagesPerScale), vendor: pick(r, vendors)}
		for _, noun := range pickN(r, nouns, 1+r.IntN(3)/2) {
			p.ents = append(p.ents, makeEntity(r, noun))
		}
		p.name = fmt.Sprintf("%s%03d", p.ents[0].Plural, i)
		pkgs = append(pkgs, p)
		base := "internal/" + p.name + "/"
		w.write(base+"doc.go", fmt.Sprintf("// Package %s serves the %s API.\npackage %s\n", p.name, strings.Join(names(p.ents), " and "), p.name))
		w.write(base+"models.go", goModels(r, p))
		w.write(base+"store.go", goStore(r, p))
		w.write(base+"handlers.go", goHandlers(r, p))
		w.write(base+"middleware.go", goMiddleware(r, p))
		w.write(base+"client.go", goClient(r, p))
		w.write(base+"crypto.go", goCrypto(r, p))
	}
	w.write("cmd/server/main.go", goServerMain(pkgs))
	w.write("cmd/admin/main.go", goAdminMain())
	st := Stats{GoFiles: w.files, GoLines: w.lines, GoBytes: w.bytes, GoPackages: len(pkgs) + 2}
	return st, w.err
}

func goType(f field) string {
	switch f.Kind {
	case "int":
		return "int"
	case "float":
		return "float64"
	case "bool":
		return "bool"
	case "time":
		return "time.Time"
	}
	return "string"
}

// goImports writes an import block, sorted, with standard library paths only.
func goImports(s *src, paths ...string) {
	sort.Strings(paths)
	s.l(0, "import (")
	for _, p := range paths {
		if i := strings.IndexByte(p, ' '); i >= 0 {
			s.l(1, "%s %q", p[:i], p[i+1:])
			continue
		}
		s.l(1, "%q", p)
	}
	s.l(0, ")")
	s.blank()
}

func goModels(r *rand.Rand, p goPkg) string {
	s := newGo()
	s.l(0, "package %s", p.name)
	s.blank()
	goImports(s, "errors", "fmt", "sort", "strings", "time")
	s.l(0, "// ErrNotFound is returned when a record does not exist.")
	s.l(0, "var ErrNotFound = errors.New(%q)", p.name+": not found")
	for _, e := range p.ents {
		c := e.Class
		recv := strings.ToLower(c[:1])
		s.blank()
		s.l(0, "// %s is one %s as stored and served.", c, e.Name)
		s.l(0, "type %s struct {", c)
		s.l(1, "ID int64 `json:\"id\"`")
		for _, f := range e.Fields {
			s.l(1, "%s %s `json:\"%s,omitempty\"`", camel(f.Name), goType(f), f.Name)
		}
		s.l(1, "CreatedAt time.Time `json:\"created_at\"`")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Validate reports the first problem with %s.", recv)
		s.l(0, "func (%s *%s) Validate() error {", recv, c)
		s.l(1, "if strings.TrimSpace(%s.Name) == \"\" {", recv)
		s.l(2, "return fmt.Errorf(\"%s: name is required\")", e.Name)
		s.l(1, "}")
		for _, f := range e.Fields {
			fn := camel(f.Name)
			switch f.Kind {
			case "str":
				s.l(1, "if len(%s.%s) > 255 {", recv, fn)
				s.l(2, "return fmt.Errorf(\"%s: %s is longer than 255 bytes\")", e.Name, f.Name)
				s.l(1, "}")
			case "int", "float":
				s.l(1, "if %s.%s < 0 {", recv, fn)
				s.l(2, "return fmt.Errorf(\"%s: %s must not be negative, got %%v\", %s.%s)", e.Name, f.Name, recv, fn)
				s.l(1, "}")
			case "time":
				s.l(1, "if !%s.%s.IsZero() && %s.%s.Before(%s.CreatedAt) {", recv, fn, recv, fn, recv)
				s.l(2, "return fmt.Errorf(\"%s: %s is before creation\")", e.Name, f.Name)
				s.l(1, "}")
			}
		}
		s.l(1, "return nil")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Normalize trims %s's text fields.", recv)
		s.l(0, "func (%s *%s) Normalize() {", recv, c)
		for _, f := range e.Fields {
			if f.Kind == "str" {
				if f.Name == "email" {
					s.l(1, "%s.%s = strings.ToLower(strings.TrimSpace(%s.%s))", recv, camel(f.Name), recv, camel(f.Name))
				} else {
					s.l(1, "%s.%s = strings.TrimSpace(%s.%s)", recv, camel(f.Name), recv, camel(f.Name))
				}
			}
		}
		s.l(0, "}")
		s.blank()
		s.l(0, "// Filter%s returns the %s for which keep returns true.", camel(e.Plural), e.Plural)
		s.l(0, "func Filter%s(items []%s, keep func(%s) bool) []%s {", camel(e.Plural), c, c, c)
		s.l(1, "var out []%s", c)
		s.l(1, "for _, it := range items {")
		s.l(2, "if keep(it) {")
		s.l(3, "out = append(out, it)")
		s.l(2, "}")
		s.l(1, "}")
		s.l(1, "return out")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Sort%sByName orders items by name, then id.", camel(e.Plural))
		s.l(0, "func Sort%sByName(items []%s) {", camel(e.Plural), c)
		s.l(1, "sort.Slice(items, func(i, j int) bool {")
		s.l(2, "if items[i].Name != items[j].Name {")
		s.l(3, "return items[i].Name < items[j].Name")
		s.l(2, "}")
		s.l(2, "return items[i].ID < items[j].ID")
		s.l(1, "})")
		s.l(0, "}")
		s.blank()
		s.l(0, "// %sSummary aggregates a list of %s.", c, e.Plural)
		s.l(0, "type %sSummary struct {", c)
		s.l(1, "Count  int       `json:\"count\"`")
		s.l(1, "Total  float64   `json:\"total\"`")
		s.l(1, "Latest time.Time `json:\"latest\"`")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Summarize%s counts items, adds up their numbers and finds the newest.", camel(e.Plural))
		s.l(0, "func Summarize%s(items []%s) %sSummary {", camel(e.Plural), c, c)
		s.l(1, "var sum %sSummary", c)
		s.l(1, "for _, it := range items {")
		s.l(2, "sum.Count++")
		for _, f := range e.Fields {
			switch f.Kind {
			case "int":
				s.l(2, "sum.Total += float64(it.%s)", camel(f.Name))
			case "float":
				s.l(2, "sum.Total += it.%s", camel(f.Name))
			}
		}
		s.l(2, "if it.CreatedAt.After(sum.Latest) {")
		s.l(3, "sum.Latest = it.CreatedAt")
		s.l(2, "}")
		s.l(1, "}")
		s.l(1, "return sum")
		s.l(0, "}")
	}
	return s.String()
}

func goColumns(e entity) []string {
	cols := []string{"id"}
	cols = append(cols, fieldNames(e)...)
	return append(cols, "created_at")
}

func goStore(r *rand.Rand, p goPkg) string {
	s := newGo()
	s.l(0, "package %s", p.name)
	s.blank()
	goImports(s, "context", "database/sql", "errors", "fmt", "strings")
	s.l(0, "// Store reads and writes the package's records.")
	s.l(0, "type Store struct {")
	s.l(1, "db *sql.DB")
	s.l(0, "}")
	s.blank()
	s.l(0, "// NewStore returns a store over db.")
	s.l(0, "func NewStore(db *sql.DB) *Store { return &Store{db: db} }")
	s.blank()
	s.l(0, "type scanner interface{ Scan(dest ...any) error }")
	s.blank()
	s.l(0, "// WithTx runs fn in a transaction, committing when it returns nil.")
	s.l(0, "func (s *Store) WithTx(ctx context.Context, fn func(*sql.Tx) error) error {")
	s.l(1, "tx, err := s.db.BeginTx(ctx, nil)")
	s.l(1, "if err != nil {")
	s.l(2, "return fmt.Errorf(\"begin: %%w\", err)")
	s.l(1, "}")
	s.l(1, "if err := fn(tx); err != nil {")
	s.l(2, "return errors.Join(err, tx.Rollback())")
	s.l(1, "}")
	s.l(1, "return tx.Commit()")
	s.l(0, "}")
	for _, e := range p.ents {
		c, pl := e.Class, camel(e.Plural)
		cols := goColumns(e)
		var quoted []string
		for _, col := range cols {
			quoted = append(quoted, fmt.Sprintf("%q", col))
		}
		s.blank()
		s.l(0, "var %sColumns = strings.Join([]string{%s}, \", \")", e.Name, strings.Join(quoted, ", "))
		s.blank()
		s.l(0, "func scan%s(row scanner) (%s, error) {", c, c)
		s.l(1, "var it %s", c)
		var dests []string
		dests = append(dests, "&it.ID")
		for _, f := range e.Fields {
			dests = append(dests, "&it."+camel(f.Name))
		}
		dests = append(dests, "&it.CreatedAt")
		s.l(1, "err := row.Scan(%s)", strings.Join(dests, ", "))
		s.l(1, "return it, err")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Get%s returns the %s with the id.", c, e.Name)
		s.l(0, "func (s *Store) Get%s(ctx context.Context, id int64) (%s, error) {", c, c)
		s.l(1, "it, err := scan%s(s.db.QueryRowContext(ctx, \"SELECT \"+%sColumns+\" FROM %s WHERE id = $1\", id))", c, e.Name, e.Plural)
		s.l(1, "if errors.Is(err, sql.ErrNoRows) {")
		s.l(2, "return %s{}, ErrNotFound", c)
		s.l(1, "}")
		s.l(1, "if err != nil {")
		s.l(2, "return %s{}, fmt.Errorf(\"get %s %%d: %%w\", id, err)", c, e.Name)
		s.l(1, "}")
		s.l(1, "return it, nil")
		s.l(0, "}")
		s.blank()
		s.l(0, "// List%s returns a page of %s, newest first.", pl, e.Plural)
		s.l(0, "func (s *Store) List%s(ctx context.Context, limit, offset int) ([]%s, error) {", pl, c)
		s.l(1, "rows, err := s.db.QueryContext(ctx, \"SELECT \"+%sColumns+\" FROM %s ORDER BY created_at DESC LIMIT $1 OFFSET $2\", limit, offset)", e.Name, e.Plural)
		s.l(1, "if err != nil {")
		s.l(2, "return nil, fmt.Errorf(\"list %s: %%w\", err)", e.Plural)
		s.l(1, "}")
		s.l(1, "defer rows.Close()")
		s.l(1, "return collect%s(rows)", c)
		s.l(0, "}")
		s.blank()
		s.l(0, "func collect%s(rows *sql.Rows) ([]%s, error) {", c, c)
		s.l(1, "var out []%s", c)
		s.l(1, "for rows.Next() {")
		s.l(2, "it, err := scan%s(rows)", c)
		s.l(2, "if err != nil {")
		s.l(3, "return nil, err")
		s.l(2, "}")
		s.l(2, "out = append(out, it)")
		s.l(1, "}")
		s.l(1, "return out, rows.Err()")
		s.l(0, "}")
		s.blank()
		var ph, args []string
		for i, f := range e.Fields {
			ph = append(ph, fmt.Sprintf("$%d", i+1))
			args = append(args, "it."+camel(f.Name))
		}
		s.l(0, "// Create%s inserts it and fills in its id and creation time.", c)
		s.l(0, "func (s *Store) Create%s(ctx context.Context, it *%s) error {", c, c)
		s.l(1, "const q = \"INSERT INTO %s (%s) VALUES (%s) RETURNING id, created_at\"", e.Plural, strings.Join(fieldNames(e), ", "), strings.Join(ph, ", "))
		s.l(1, "if err := s.db.QueryRowContext(ctx, q, %s).Scan(&it.ID, &it.CreatedAt); err != nil {", strings.Join(args, ", "))
		s.l(2, "return fmt.Errorf(\"create %s: %%w\", err)", e.Name)
		s.l(1, "}")
		s.l(1, "return nil")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Delete%s removes the %s with the id.", c, e.Name)
		s.l(0, "func (s *Store) Delete%s(ctx context.Context, id int64) error {", c)
		s.l(1, "res, err := s.db.ExecContext(ctx, \"DELETE FROM %s WHERE id = $1\", id)", e.Plural)
		s.l(1, "if err != nil {")
		s.l(2, "return fmt.Errorf(\"delete %s %%d: %%w\", id, err)", e.Name)
		s.l(1, "}")
		s.l(1, "n, err := res.RowsAffected()")
		s.l(1, "if err != nil {")
		s.l(2, "return err")
		s.l(1, "}")
		s.l(1, "if n == 0 {")
		s.l(2, "return ErrNotFound")
		s.l(1, "}")
		s.l(1, "return nil")
		s.l(0, "}")
		s.blank()
		s.l(0, "// Search%s finds %s whose name contains term.", pl, e.Plural)
		s.l(0, "func (s *Store) Search%s(ctx context.Context, term string) ([]%s, error) {", pl, c)
		if p.fl.sqlSprintf {
			s.l(1, "query := fmt.Sprintf(\"SELECT %%s FROM %s WHERE name LIKE '%%%%%%s%%%%' LIMIT 50\", %sColumns, term)", e.Plural, e.Name)
			s.l(1, "rows, err := s.db.QueryContext(ctx, query)")
		} else {
			s.l(1, "rows, err := s.db.QueryContext(ctx, \"SELECT \"+%sColumns+\" FROM %s WHERE name LIKE $1 LIMIT 50\", \"%%\"+term+\"%%\")", e.Name, e.Plural)
		}
		s.l(1, "if err != nil {")
		s.l(2, "return nil, fmt.Errorf(\"search %s: %%w\", err)", e.Plural)
		s.l(1, "}")
		s.l(1, "defer rows.Close()")
		s.l(1, "return collect%s(rows)", c)
		s.l(0, "}")
	}
	return s.String()
}

func goHandlers(r *rand.Rand, p goPkg) string {
	s := newGo()
	s.l(0, "package %s", p.name)
	s.blank()
	goImports(s, "encoding/json", "errors", "log", "net/http", "strconv")
	s.l(0, "// Handler serves the package's HTTP API.")
	s.l(0, "type Handler struct {")
	s.l(1, "store  *Store")
	s.l(1, "logger *log.Logger")
	s.l(0, "}")
	s.blank()
	s.l(0, "// NewHandler returns a handler over store.")
	s.l(0, "func NewHandler(store *Store, logger *log.Logger) *Handler {")
	s.l(1, "return &Handler{store: store, logger: logger}")
	s.l(0, "}")
	s.blank()
	s.l(0, "// Register adds the package's routes to mux.")
	s.l(0, "func (h *Handler) Register(mux *http.ServeMux) {")
	for _, e := range p.ents {
		c, pl := e.Class, camel(e.Plural)
		s.l(1, "mux.HandleFunc(\"GET /api/%s\", h.list%s)", e.Plural, pl)
		s.l(1, "mux.HandleFunc(\"GET /api/%s/{id}\", h.get%s)", e.Plural, c)
		s.l(1, "mux.HandleFunc(\"GET /api/%s/search\", h.search%s)", e.Plural, pl)
		s.l(1, "mux.Handle(\"POST /api/%s\", RequireAuth(http.HandlerFunc(h.create%s)))", e.Plural, c)
		if p.fl.openRoute {
			s.l(1, "mux.HandleFunc(\"DELETE /api/%s/{id}\", h.delete%s)", e.Plural, c)
		} else {
			s.l(1, "mux.Handle(\"DELETE /api/%s/{id}\", RequireAuth(http.HandlerFunc(h.delete%s)))", e.Plural, c)
		}
	}
	s.l(0, "}")
	s.blank()
	s.l(0, "func writeJSON(w http.ResponseWriter, status int, v any) {")
	s.l(1, "w.Header().Set(\"Content-Type\", \"application/json\")")
	s.l(1, "w.WriteHeader(status)")
	s.l(1, "if err := json.NewEncoder(w).Encode(v); err != nil {")
	s.l(2, "log.Printf(\"write response: %%v\", err)")
	s.l(1, "}")
	s.l(0, "}")
	s.blank()
	s.l(0, "func (h *Handler) fail(w http.ResponseWriter, err error) {")
	s.l(1, "if errors.Is(err, ErrNotFound) {")
	s.l(2, "writeJSON(w, http.StatusNotFound, map[string]string{\"error\": \"not found\"})")
	s.l(2, "return")
	s.l(1, "}")
	s.l(1, "h.logger.Printf(\"internal error: %%v\", err)")
	if p.fl.errorDetail {
		s.l(1, "http.Error(w, err.Error(), http.StatusInternalServerError)")
	} else {
		s.l(1, "writeJSON(w, http.StatusInternalServerError, map[string]string{\"error\": \"internal server error\"})")
	}
	s.l(0, "}")
	s.blank()
	s.l(0, "func queryInt(r *http.Request, key string, def, max int) int {")
	s.l(1, "v, err := strconv.Atoi(r.URL.Query().Get(key))")
	s.l(1, "if err != nil || v < 0 {")
	s.l(2, "return def")
	s.l(1, "}")
	s.l(1, "if v > max {")
	s.l(2, "return max")
	s.l(1, "}")
	s.l(1, "return v")
	s.l(0, "}")
	s.blank()
	s.l(0, "func pathID(r *http.Request) (int64, bool) {")
	s.l(1, "id, err := strconv.ParseInt(r.PathValue(\"id\"), 10, 64)")
	s.l(1, "return id, err == nil && id > 0")
	s.l(0, "}")
	for _, e := range p.ents {
		c, pl := e.Class, camel(e.Plural)
		s.blank()
		s.l(0, "func (h *Handler) list%s(w http.ResponseWriter, r *http.Request) {", pl)
		s.l(1, "limit := queryInt(r, \"limit\", 20, 100)")
		s.l(1, "offset := queryInt(r, \"offset\", 0, 1<<20)")
		s.l(1, "items, err := h.store.List%s(r.Context(), limit, offset)", pl)
		s.l(1, "if err != nil {")
		s.l(2, "h.fail(w, err)")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "writeJSON(w, http.StatusOK, map[string]any{\"items\": items, \"summary\": Summarize%s(items)})", pl)
		s.l(0, "}")
		s.blank()
		s.l(0, "func (h *Handler) get%s(w http.ResponseWriter, r *http.Request) {", c)
		s.l(1, "id, ok := pathID(r)")
		s.l(1, "if !ok {")
		s.l(2, "writeJSON(w, http.StatusBadRequest, map[string]string{\"error\": \"bad id\"})")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "it, err := h.store.Get%s(r.Context(), id)", c)
		s.l(1, "if err != nil {")
		s.l(2, "h.fail(w, err)")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "writeJSON(w, http.StatusOK, it)")
		s.l(0, "}")
		s.blank()
		s.l(0, "func (h *Handler) create%s(w http.ResponseWriter, r *http.Request) {", c)
		if !p.fl.noBodyLimit {
			s.l(1, "r.Body = http.MaxBytesReader(w, r.Body, 1<<20)")
		}
		s.l(1, "var it %s", c)
		s.l(1, "dec := json.NewDecoder(r.Body)")
		s.l(1, "dec.DisallowUnknownFields()")
		s.l(1, "if err := dec.Decode(&it); err != nil {")
		s.l(2, "writeJSON(w, http.StatusBadRequest, map[string]string{\"error\": \"invalid JSON body\"})")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "it.Normalize()")
		s.l(1, "if err := it.Validate(); err != nil {")
		s.l(2, "writeJSON(w, http.StatusBadRequest, map[string]string{\"error\": err.Error()})")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "if err := h.store.Create%s(r.Context(), &it); err != nil {", c)
		s.l(2, "h.fail(w, err)")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "writeJSON(w, http.StatusCreated, it)")
		s.l(0, "}")
		s.blank()
		s.l(0, "func (h *Handler) delete%s(w http.ResponseWriter, r *http.Request) {", c)
		s.l(1, "id, ok := pathID(r)")
		s.l(1, "if !ok {")
		s.l(2, "writeJSON(w, http.StatusBadRequest, map[string]string{\"error\": \"bad id\"})")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "if err := h.store.Delete%s(r.Context(), id); err != nil {", c)
		s.l(2, "h.fail(w, err)")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "w.WriteHeader(http.StatusNoContent)")
		s.l(0, "}")
		s.blank()
		s.l(0, "func (h *Handler) search%s(w http.ResponseWriter, r *http.Request) {", pl)
		s.l(1, "term := r.URL.Query().Get(\"q\")")
		s.l(1, "if term == \"\" {")
		s.l(2, "writeJSON(w, http.StatusBadRequest, map[string]string{\"error\": \"q is required\"})")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "items, err := h.store.Search%s(r.Context(), term)", pl)
		s.l(1, "if err != nil {")
		s.l(2, "h.fail(w, err)")
		s.l(2, "return")
		s.l(1, "}")
		s.l(1, "Sort%sByName(items)", pl)
		s.l(1, "writeJSON(w, http.StatusOK, items)")
		s.l(0, "}")
	}
	return s.String()
}

func goMiddleware(r *rand.Rand, p goPkg) string {
	s := newGo()
	s.l(0, "package %s", p.name)
	s.blank()
	goImports(s, "crypto/subtle", "log", "net/http", "os", "strings", "time")
	if p.fl.hardSecret {
		s.l(0, "const serviceToken = %q", fakeSecret(r))
		s.blank()
	}
	s.l(0, "// RequireAuth lets through requests that carry the service token.")
	s.l(0, "func RequireAuth(next http.Handler) http.Handler {")
	s.l(1, "return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {")
	s.l(2, "token := strings.TrimPrefix(r.Header.Get(\"Authorization\"), \"Bearer \")")
	s.l(2, "if !validToken(token) {")
	s.l(3, "http.Error(w, \"unauthorized\", http.StatusUnauthorized)")
	s.l(3, "return")
	s.l(2, "}")
	s.l(2, "next.ServeHTTP(w, r)")
	s.l(1, "})")
	s.l(0, "}")
	s.blank()
	s.l(0, "func validToken(token string) bool {")
	if p.fl.hardSecret {
		s.l(1, "want := serviceToken")
	} else {
		s.l(1, "want := os.Getenv(\"API_TOKEN\")")
	}
	s.l(1, "if want == \"\" || token == \"\" {")
	s.l(2, "return false")
	s.l(1, "}")
	if p.fl.plainCompare {
		s.l(1, "return token == want")
	} else {
		s.l(1, "return subtle.ConstantTimeCompare([]byte(token), []byte(want)) == 1")
	}
	s.l(0, "}")
	s.blank()
	s.l(0, "// HasHeader reports whether r carries the header with exactly the value want.")
	s.l(0, "func HasHeader(r *http.Request, name, want string) bool {")
	s.l(1, "return subtle.ConstantTimeCompare([]byte(r.Header.Get(name)), []byte(want)) == 1")
	s.l(0, "}")
	s.blank()
	s.l(0, "type statusRecorder struct {")
	s.l(1, "http.ResponseWriter")
	s.l(1, "status int")
	s.l(0, "}")
	s.blank()
	s.l(0, "func (s *statusRecorder) WriteHeader(code int) {")
	s.l(1, "s.status = code")
	s.l(1, "s.ResponseWriter.WriteHeader(code)")
	s.l(0, "}")
	s.blank()
	s.l(0, "// Logging logs each request with its status and duration.")
	s.l(0, "func Logging(logger *log.Logger) func(http.Handler) http.Handler {")
	s.l(1, "return func(next http.Handler) http.Handler {")
	s.l(2, "return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {")
	s.l(3, "start := time.Now()")
	s.l(3, "rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}")
	s.l(3, "next.ServeHTTP(rec, r)")
	s.l(3, "logger.Printf(\"%%s %%s %%d %%s\", r.Method, r.URL.Path, rec.status, time.Since(start))")
	s.l(2, "})")
	s.l(1, "}")
	s.l(0, "}")
	s.blank()
	s.l(0, "// Recover turns a panic into a 500 answer.")
	s.l(0, "func Recover(logger *log.Logger, next http.Handler) http.Handler {")
	s.l(1, "return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {")
	s.l(2, "defer func() {")
	s.l(3, "if v := recover(); v != nil {")
	s.l(4, "logger.Printf(\"panic serving %%s: %%v\", r.URL.Path, v)")
	s.l(4, "http.Error(w, \"internal server error\", http.StatusInternalServerError)")
	s.l(3, "}")
	s.l(2, "}()")
	s.l(2, "next.ServeHTTP(w, r)")
	s.l(1, "})")
	s.l(0, "}")
	s.blank()
	s.l(0, "// CORS answers cross-origin requests from the configured origin.")
	s.l(0, "func CORS(next http.Handler) http.Handler {")
	s.l(1, "origin := os.Getenv(\"CORS_ORIGIN\")")
	s.l(1, "return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {")
	if p.fl.corsAll {
		s.l(2, "w.Header().Set(\"Access-Control-Allow-Origin\", \"*\")")
		s.l(2, "w.Header().Set(\"Access-Control-Allow-Credentials\", \"true\")")
		s.l(2, "_ = origin")
	} else {
		s.l(2, "if o := r.Header.Get(\"Origin\"); o != \"\" && o == origin {")
		s.l(3, "w.Header().Set(\"Access-Control-Allow-Origin\", o)")
		s.l(3, "w.Header().Set(\"Vary\", \"Origin\")")
		s.l(2, "}")
	}
	s.l(2, "if r.Method == http.MethodOptions {")
	s.l(3, "w.WriteHeader(http.StatusNoContent)")
	s.l(3, "return")
	s.l(2, "}")
	s.l(2, "next.ServeHTTP(w, r)")
	s.l(1, "})")
	s.l(0, "}")
	return s.String()
}

func goClient(r *rand.Rand, p goPkg) string {
	s := newGo()
	s.l(0, "package %s", p.name)
	s.blank()
	goImports(s, "context", "crypto/tls", "encoding/json", "fmt", "net/http", "os", "time")
	cls := strings.ToUpper(p.vendor[:1]) + p.vendor[1:] + "Client"
	scheme := "https"
	if p.fl.plainHTTP {
		scheme = "http"
	}
	s.l(0, "const default%sURL = \"%s://api.%s.com/v1\"", cls, scheme, p.vendor)
	s.blank()
	s.l(0, "// %s calls the %s API.", cls, p.vendor)
	s.l(0, "type %s struct {", cls)
	s.l(1, "http    *http.Client")
	s.l(1, "baseURL string")
	s.l(1, "user    string")
	s.l(1, "apiKey  string")
	s.l(0, "}")
	s.blank()
	s.l(0, "// New%s returns a client configured from the environment.", cls)
	s.l(0, "func New%s() *%s {", cls, cls)
	s.l(1, "tr := &http.Transport{")
	if p.fl.skipVerify {
		s.l(2, "TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: true},")
	} else {
		s.l(2, "TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},")
	}
	s.l(2, "MaxIdleConns:    %d,", 10+r.IntN(90))
	s.l(2, "IdleConnTimeout: 90 * time.Second,")
	s.l(1, "}")
	s.l(1, "return &%s{", cls)
	s.l(2, "http:    &http.Client{Transport: tr, Timeout: %d * time.Second},", 5+r.IntN(26))
	s.l(2, "baseURL: default%sURL,", cls)
	s.l(2, "user:    os.Getenv(\"%s_USER\"),", strings.ToUpper(p.vendor))
	s.l(2, "apiKey:  os.Getenv(\"%s_API_KEY\"),", strings.ToUpper(p.vendor))
	s.l(1, "}")
	s.l(0, "}")
	s.blank()
	s.l(0, "func (c *%s) get(ctx context.Context, path string, out any) error {", cls)
	s.l(1, "req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+path, nil)")
	s.l(1, "if err != nil {")
	s.l(2, "return err")
	s.l(1, "}")
	if p.fl.basicNoB64 {
		s.l(1, "req.Header.Set(\"Authorization\", \"Basic \"+c.user+\":\"+c.apiKey)")
	} else {
		s.l(1, "req.SetBasicAuth(c.user, c.apiKey)")
	}
	s.l(1, "req.Header.Set(\"Accept\", \"application/json\")")
	s.l(1, "resp, err := c.http.Do(req)")
	s.l(1, "if err != nil {")
	s.l(2, "return fmt.Errorf(\"%s %%s: %%w\", path, err)", p.vendor)
	s.l(1, "}")
	s.l(1, "defer resp.Body.Close()")
	s.l(1, "if resp.StatusCode >= 400 {")
	s.l(2, "return fmt.Errorf(\"%s %%s: status %%d\", path, resp.StatusCode)", p.vendor)
	s.l(1, "}")
	s.l(1, "return json.NewDecoder(resp.Body).Decode(out)")
	s.l(0, "}")
	for _, e := range p.ents {
		s.blank()
		s.l(0, "// Fetch%s returns the %s the %s API knows.", camel(e.Plural), e.Plural, p.vendor)
		s.l(0, "func (c *%s) Fetch%s(ctx context.Context) ([]%s, error) {", cls, camel(e.Plural), e.Class)
		s.l(1, "var out struct {")
		s.l(2, "Data []%s `json:\"data\"`", e.Class)
		s.l(1, "}")
		s.l(1, "err := c.get(ctx, \"/%s\", &out)", e.Plural)
		s.l(1, "return out.Data, err")
		s.l(0, "}")
	}
	return s.String()
}

func goCrypto(r *rand.Rand, p goPkg) string {
	s := newGo()
	s.l(0, "package %s", p.name)
	s.blank()
	imps := []string{"crypto/hmac", "crypto/rand", "crypto/sha256", "encoding/hex"}
	if p.fl.weakHash {
		imps = append(imps, "crypto/md5")
	}
	if p.fl.weakRand {
		imps = append(imps, "mathrand math/rand", "strconv")
	}
	goImports(s, imps...)
	s.l(0, "// Sign returns the hex HMAC-SHA256 of msg under secret.")
	s.l(0, "func Sign(secret, msg []byte) string {")
	s.l(1, "m := hmac.New(sha256.New, secret)")
	s.l(1, "m.Write(msg)")
	s.l(1, "return hex.EncodeToString(m.Sum(nil))")
	s.l(0, "}")
	s.blank()
	s.l(0, "// VerifySignature checks sig against msg in constant time.")
	s.l(0, "func VerifySignature(secret, msg []byte, sig string) bool {")
	s.l(1, "want, err := hex.DecodeString(sig)")
	s.l(1, "if err != nil {")
	s.l(2, "return false")
	s.l(1, "}")
	s.l(1, "m := hmac.New(sha256.New, secret)")
	s.l(1, "m.Write(msg)")
	s.l(1, "return hmac.Equal(m.Sum(nil), want)")
	s.l(0, "}")
	s.blank()
	s.l(0, "// NewToken returns a random 256-bit token.")
	s.l(0, "func NewToken() (string, error) {")
	s.l(1, "b := make([]byte, 32)")
	s.l(1, "if _, err := rand.Read(b); err != nil {")
	s.l(2, "return \"\", err")
	s.l(1, "}")
	s.l(1, "return hex.EncodeToString(b), nil")
	s.l(0, "}")
	if p.fl.weakHash {
		s.blank()
		s.l(0, "// HashPassword hashes a password for storage.")
		s.l(0, "func HashPassword(password string) string {")
		s.l(1, "sum := md5.Sum([]byte(password))")
		s.l(1, "return hex.EncodeToString(sum[:])")
		s.l(0, "}")
	}
	if p.fl.weakRand {
		s.blank()
		s.l(0, "// NewResetCode returns a six-digit password reset code.")
		s.l(0, "func NewResetCode() string {")
		s.l(1, "return strconv.Itoa(100000 + mathrand.Intn(900000))")
		s.l(0, "}")
	}
	return s.String()
}

func goServerMain(pkgs []goPkg) string {
	s := newGo()
	s.l(0, "// Command server serves every API of the corpus on one mux.")
	s.l(0, "package main")
	s.blank()
	s.l(0, "import (")
	for _, p := range []string{"database/sql", "log", "net/http", "os", "time"} {
		s.l(1, "%q", p)
	}
	s.blank()
	for _, p := range pkgs {
		s.l(1, "%q", "example.com/corpus/internal/"+p.name)
	}
	s.l(0, ")")
	s.blank()
	s.l(0, "func main() {")
	s.l(1, "logger := log.New(os.Stderr, \"server \", log.LstdFlags|log.Lmicroseconds)")
	s.l(1, "db, err := sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))")
	s.l(1, "if err != nil {")
	s.l(2, "logger.Fatal(err)")
	s.l(1, "}")
	s.l(1, "defer db.Close()")
	s.l(1, "mux := http.NewServeMux()")
	for _, p := range pkgs {
		s.l(1, "%s.NewHandler(%s.NewStore(db), logger).Register(mux)", p.name, p.name)
	}
	last := pkgs[len(pkgs)-1].name
	s.l(1, "handler := %s.Recover(logger, %s.Logging(logger)(%s.CORS(mux)))", last, last, last)
	s.l(1, "srv := &http.Server{")
	s.l(2, "Addr:              \":8080\",")
	s.l(2, "Handler:           handler,")
	s.l(2, "ReadHeaderTimeout: 5 * time.Second,")
	s.l(2, "ReadTimeout:       15 * time.Second,")
	s.l(2, "WriteTimeout:      30 * time.Second,")
	s.l(2, "IdleTimeout:       120 * time.Second,")
	s.l(1, "}")
	s.l(1, "logger.Fatal(srv.ListenAndServe())")
	s.l(0, "}")
	return s.String()
}

func goAdminMain() string {
	return `// Command admin serves operational endpoints on a side port.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
)

func main() {
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	})
	log.Fatal(http.ListenAndServe(":6060", nil))
}
`
}
