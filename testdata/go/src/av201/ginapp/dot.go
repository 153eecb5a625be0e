package main

import (
	. "github.com/gin-gonic/gin"
)

func dotImported() {
	SetMode(DebugMode) // want `gin runs in debug mode`
	SetMode("debug")   // want `gin runs in debug mode`
	SetMode(TestMode)  // ok: AV201
}
