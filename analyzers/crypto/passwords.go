package crypto

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/internal/credentials"
)

// PasswordHashAnalyzer reports passwords hashed with a fast hash or compared in plain text (AV606).
var PasswordHashAnalyzer = analysisutil.New("AV606", runPasswordHash, inspect.Analyzer)

const (
	fastHashGoMsg = `%s hashes a password with a fast hash: GPUs try billions of %s guesses a second and a salt does not ` +
		`slow them down; use a password hashing function (golang.org/x/crypto/bcrypt, argon2 or scrypt)`
	plainCompareGoMsg = `the password from the request is compared with the stored one in plain text, so passwords are ` +
		`stored unhashed: whoever reads the database gets them all; store a bcrypt hash and check it with ` +
		`bcrypt.CompareHashAndPassword`
)

// fastSums are the one-shot hash functions of the standard library and x/crypto, with the
// algorithm's name.
var fastSums = map[string]string{
	"crypto/md5.Sum": "MD5", "crypto/sha1.Sum": "SHA-1", "crypto/sha256.Sum256": "SHA-256",
	"crypto/sha256.Sum224": "SHA-224", "crypto/sha512.Sum512": "SHA-512", "crypto/sha512.Sum384": "SHA-384",
	"crypto/sha512.Sum512_224": "SHA-512", "crypto/sha512.Sum512_256": "SHA-512",
	"crypto/sha3.Sum256": "SHA3", "crypto/sha3.Sum512": "SHA3", "golang.org/x/crypto/sha3.Sum256": "SHA3",
	"golang.org/x/crypto/sha3.Sum512": "SHA3", "golang.org/x/crypto/blake2b.Sum256": "BLAKE2b",
	"golang.org/x/crypto/blake2b.Sum512": "BLAKE2b",
}

// fastNews are the constructors of those hashes.
var fastNews = map[string]string{
	"crypto/md5.New": "MD5", "crypto/sha1.New": "SHA-1", "crypto/sha256.New": "SHA-256",
	"crypto/sha256.New224": "SHA-224", "crypto/sha512.New": "SHA-512", "crypto/sha512.New384": "SHA-384",
	"crypto/sha3.New256": "SHA3", "crypto/sha3.New512": "SHA3",
	"golang.org/x/crypto/sha3.New256": "SHA3", "golang.org/x/crypto/sha3.New512": "SHA3",
}

var hashPaths = []string{"crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/sha3",
	"golang.org/x/crypto/sha3", "golang.org/x/crypto/blake2b"}

func qualified(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return ""
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

func runPasswordHash(pass *analysis.Pass) (any, error) {
	hashing := analysisutil.Imports(pass.Pkg, hashPaths...)
	if !hashing && !analysisutil.Imports(pass.Pkg, webPaths...) {
		return nil, nil
	}
	info := pass.TypesInfo
	files := slices.Collect(shippedFiles(pass))
	r := &reader{info: info, defs: indexDefs(info, files), keywords: credentials.PasswordKeywords}
	for _, file := range files {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				if !hashing {
					continue
				}
				fn := callee(info, n)
				if algo, ok := fastSums[qualified(fn)]; ok && len(n.Args) == 1 && r.holdsPassword(c, n.Args[0]) && !protocolDigest(c, n.Args[0]) {
					analysisutil.Report(pass, n, fastHashGoMsg, types.ExprString(n.Fun), algo)
					continue
				}
				// h := sha256.New(); h.Write([]byte(password)) / io.WriteString(h, password)
				var h, data ast.Expr
				switch {
				case fn != nil && fn.Name() == "Write" && len(n.Args) == 1:
					if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
						h, data = sel.X, n.Args[0]
					}
				case qualified(fn) == "io.WriteString" && len(n.Args) == 2:
					h, data = n.Args[0], n.Args[1]
				}
				if h == nil {
					continue
				}
				if algo := r.fastHasher(h); algo != "" && r.holdsPassword(c, data) && !protocolDigest(c, data) {
					analysisutil.Report(pass, n, fastHashGoMsg, types.ExprString(n.Fun), algo)
				}
			case *ast.BinaryExpr:
				if (n.Op != token.EQL && n.Op != token.NEQ) || !comparable(info, n.X) {
					continue
				}
				a, b := r.classify(n.X, 0), r.classify(n.Y, 0)
				if credentials.PlainCompare(a, b) || credentials.PlainCompare(b, a) {
					analysisutil.Report(pass, n, plainCompareGoMsg)
				}
			}
		}
	}
	return nil, nil
}

// fastHasher returns the algorithm of a hash made by md5.New, sha256.New, ... (directly or in a
// variable assigned once), or "".
func (r *reader) fastHasher(e ast.Expr) string {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			return fastNews[qualified(callee(r.info, x))]
		case *ast.Ident:
			if e = r.defs.value(x); e == nil {
				return ""
			}
		default:
			return ""
		}
	}
	return ""
}

// holdsPassword reports whether a hashed value contains a password-named variable or field:
// []byte(password), []byte(salt + req.Password), append(salt, password...). Calls other than
// conversions, append and string helpers are not entered: what a function makes of a password
// is its own business.
func (r *reader) holdsPassword(c inspector.Cursor, e ast.Expr) bool {
	ec, ok := c.FindNode(e)
	if !ok {
		return false
	}
	found := false
	ec.Inspect([]ast.Node{(*ast.Ident)(nil), (*ast.SelectorExpr)(nil), (*ast.CallExpr)(nil), (*ast.FuncLit)(nil)}, func(c inspector.Cursor) bool {
		if found {
			return false
		}
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if tv, ok := r.info.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && r.info.Uses[id] == types.Universe.Lookup("append") {
				return true
			}
			q := qualified(callee(r.info, n))
			return strings.HasPrefix(q, "strings.") || strings.HasPrefix(q, "bytes.") || q == "fmt.Sprintf" || q == "fmt.Sprint"
		case *ast.SelectorExpr:
			if s, ok := r.info.Selections[n]; ok && s.Kind() == types.FieldVal && r.passwordName(n.Sel.Name) {
				found = true
				return false
			}
			return true
		case *ast.Ident:
			if v, ok := r.info.Uses[n].(*types.Var); ok && !v.IsField() && r.passwordName(n.Name) && !r.workingDir(v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// nonceWords name the per-request values that authentication protocols hash together with a
// password (HTTP Digest, WS-Security): such a hash is a one-time proof, not a stored hash.
var nonceWords = map[string]bool{"nonce": true, "cnonce": true, "timestamp": true, "now": true, "challenge": true, "realm": true}

// protocolDigest reports whether a hashed expression names a nonce, a timestamp or a challenge.
func protocolDigest(c inspector.Cursor, e ast.Expr) bool {
	ec, ok := c.FindNode(e)
	if !ok {
		return false
	}
	for ic := range ec.Preorder((*ast.Ident)(nil)) {
		for _, w := range credentials.Words(ic.Node().(*ast.Ident).Name) {
			if nonceWords[w] {
				return true
			}
		}
	}
	return false
}

func (r *reader) passwordName(name string) bool {
	kind, _ := credentials.KindOf(name, credentials.PasswordKeywords)
	return kind == credentials.Password
}

// workingDir reports whether v holds the working directory (pwd, _ := os.Getwd()).
func (r *reader) workingDir(v *types.Var) bool {
	d, ok := r.defs.only(v)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(d.expr).(*ast.CallExpr)
	return ok && analysisutil.IsPkgFunc(r.info, call, "os", "Getwd")
}
