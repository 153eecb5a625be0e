package driver

import (
	"testing"
	"time"

	"github.com/apivet/apivet/analyzers/python"
)

// A job that overruns is abandoned: analyse returns, the next job runs on a new goroutine, and
// the abandoned goroutine finishes its job and exits.
func TestWorkerAbandonsAnOverrunningJob(t *testing.T) {
	w := &worker{parser: python.NewParser()}
	defer w.close()

	ran := 0
	for range 3 {
		if !w.analyse(time.Minute, func() { ran++ }) {
			t.Fatal("a quick job was abandoned")
		}
	}
	if ran != 3 {
		t.Fatalf("%d quick jobs ran, want 3", ran)
	}

	release, exited := make(chan struct{}), make(chan struct{})
	if w.analyse(10*time.Millisecond, func() {
		<-release
		defer close(exited)
	}) {
		t.Fatal("a job blocked past its time was reported finished")
	}
	after := make(chan bool, 1)
	go func() { after <- w.analyse(time.Minute, func() {}) }()
	select {
	case ok := <-after:
		if !ok {
			t.Fatal("the job after an abandoned one was not finished")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the job after an abandoned one did not run while the abandoned one was stuck")
	}
	close(release)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatal("the abandoned job never finished once released")
	}
}
