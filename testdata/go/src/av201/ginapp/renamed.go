package main

import (
	web "github.com/gin-gonic/gin"
)

func renamedImport() {
	web.SetMode("debug")         // want `gin runs in debug mode`
	web.SetMode((web.DebugMode)) // want `gin runs in debug mode`
}
