package echo

// SetInternal sets the error's internal error, which the default error handler logs but does not
// send to the client.
func (he *HTTPError) SetInternal(err error) *HTTPError {
	he.Internal = err
	return he
}

// WithInternal returns a clone of the error with the internal error set.
func (he *HTTPError) WithInternal(err error) *HTTPError {
	return &HTTPError{Code: he.Code, Message: he.Message, Internal: err}
}
