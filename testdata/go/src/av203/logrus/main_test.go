package main

import (
	"testing"

	"github.com/sirupsen/logrus"
)

func TestUsers(t *testing.T) {
	logrus.SetLevel(logrus.TraceLevel) // ok: AV203
	s := newServer()
	s.log.Level = logrus.DebugLevel // ok: AV203
}
