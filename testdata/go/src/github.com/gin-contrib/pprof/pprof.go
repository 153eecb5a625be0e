// Package pprof is a stub of github.com/gin-contrib/pprof for apivet's analyzer tests: it
// registers net/http/pprof's handlers on a gin router.
package pprof

import (
	"net/http/pprof"

	"github.com/gin-gonic/gin"
)

// DefaultPrefix is the url prefix of pprof.
const DefaultPrefix = "/debug/pprof"

// Register the standard HandlerFuncs from the net/http/pprof package with the provided gin.Engine.
func Register(r *gin.Engine, prefixOptions ...string) {
	RouteRegister(&r.RouterGroup, prefixOptions...)
}

// RouteRegister the standard HandlerFuncs from the net/http/pprof package with the provided
// gin.IRouter.
func RouteRegister(rg gin.IRouter, prefixOptions ...string) {
	prefix := DefaultPrefix
	if len(prefixOptions) > 0 {
		prefix = prefixOptions[0]
	}
	prefixRouter := rg.Group(prefix)
	prefixRouter.GET("/", gin.WrapF(pprof.Index))
	prefixRouter.GET("/cmdline", gin.WrapF(pprof.Cmdline))
	prefixRouter.GET("/profile", gin.WrapF(pprof.Profile))
	prefixRouter.GET("/symbol", gin.WrapF(pprof.Symbol))
	prefixRouter.GET("/trace", gin.WrapF(pprof.Trace))
	prefixRouter.GET("/heap", gin.WrapH(pprof.Handler("heap")))
}
