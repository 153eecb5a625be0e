// Package sessions is a test stub of github.com/gorilla/sessions: the exported API surface the
// analyzers resolve by type, with trivial bodies.
package sessions

import "net/http"

// Session stores the values and optional configuration for a session.
type Session struct {
	Values map[interface{}]interface{}
}

// Save saves the session.
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }

// CookieStore stores sessions using secure cookies.
type CookieStore struct{}

// NewCookieStore returns a new CookieStore; keyPairs are authentication and encryption key pairs.
func NewCookieStore(keyPairs ...[]byte) *CookieStore { return &CookieStore{} }

// Get returns a session for the given name.
func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) { return &Session{}, nil }

// FilesystemStore stores sessions in the filesystem.
type FilesystemStore struct{}

// NewFilesystemStore returns a new FilesystemStore.
func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{}
}
