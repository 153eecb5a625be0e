package main

import "github.com/gin-gonic/gin"

// RegisterPartnerRoutes registers the partner API on the router and with the authentication
// middleware another package gives it: nobody in this package calls it.
func RegisterPartnerRoutes(r gin.IRouter, partnerAuth gin.HandlerFunc) {
	r.GET("/partners/orders", partnerAuth, partnerOrders)
	r.POST("/partners/orders/:id/cancel", partnerCancel) // want `POST /partners/orders/:id/cancel \(partnerCancel\) is registered on the router r this function receives without authentication while 1 other route of this router sits behind partnerAuth`
}

func partnerOrders(c *gin.Context) {}
func partnerCancel(c *gin.Context) {}
