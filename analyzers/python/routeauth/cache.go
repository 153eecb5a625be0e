package routeauth

import (
	"runtime"
	"sync"

	"github.com/apivet/apivet/analyzers/python"
)

// models caches the model of the files being analysed, so that the four analyzers (and Extract)
// of one file build it once. A key holds its File alive, so its address cannot be reused by
// another File while the entry exists; the cache keeps the most recent files only (the driver
// analyses a file's rules one after the other, one file per worker).
var models struct {
	sync.Mutex
	order  []*python.File
	byFile map[*python.File]*model
}

func modelOf(f *python.File) *model {
	models.Lock()
	defer models.Unlock()
	if m, ok := models.byFile[f]; ok && m.tree == f.Tree {
		return m
	}
	if models.byFile == nil {
		models.byFile = map[*python.File]*model{}
	}
	m := newModel(f)
	if _, ok := models.byFile[f]; !ok {
		models.order = append(models.order, f)
	}
	models.byFile[f] = m
	for limit := 2*runtime.GOMAXPROCS(0) + 2; len(models.order) > limit; {
		delete(models.byFile, models.order[0])
		models.order = models.order[1:]
	}
	return m
}
