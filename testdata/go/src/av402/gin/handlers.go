package gin

import (
	"context"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func ping(c *gin.Context) {
	host := c.Query("host")
	exec.CommandContext(context.Background(), "sh", "-c", "ping -c 1 "+host).Run() // want `c.Query\("host"\) \(line 11\) reaches exec.CommandContext`
	exec.CommandContext(context.Background(), "ping", "-c", "1", host).Run()       // ok: AV402
}
