package nethttp

import (
	"net/http"
	"os/exec"
	"strconv"
)

func convert(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("file")
	exec.Command("sh", "-c", "convert "+name+" out.png").Run() // want `r.FormValue\("file"\) \(line 10\) reaches exec.Command through string concatenation: request data in a command line`
	exec.Command(r.URL.Query().Get("tool"), "--version").Run() // want `reaches exec.Command`
	exec.Command("convert", name, "out.png").Run()             // ok: AV402
	exec.Command("sh", "-c", "convert in.png out.png").Run()   // ok: AV402
}

func script(name string) *exec.Cmd { return exec.Command("bash", "-c", "ls "+name) }

func viaHelper(w http.ResponseWriter, r *http.Request) {
	script(r.Header.Get("X-Dir")).Run() // want `reaches exec.Command through script`
	script("/tmp").Run()                // ok: AV402
}

// quoted puts the value in Go quotes, which a shell does not honour: "$(id)" still runs id.
func quoted(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	exec.Command("sh", "-c", "ping -c 1 "+strconv.Quote(host)).Run() // want `reaches exec.Command through string concatenation`
	exec.Command("ping", "-c", "1", strconv.Quote(host)).Run()       // ok: AV402
}
