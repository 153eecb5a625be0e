package corpusgen

import "fmt"

// GeneratePython writes pythonServicesPerScale*scale services under dir: Flask, FastAPI and
// Django/DRF in turn, each from its own seed.
func GeneratePython(dir string, scale int) (Stats, error) {
	if scale < 1 {
		return Stats{}, fmt.Errorf("scale must be at least 1, got %d", scale)
	}
	w := &writer{root: dir}
	for i := 0; i < pythonServicesPerScale*scale; i++ {
		r := rng(1, i)
		fl := pyFlagsFor(r, i%pythonServicesPerScale)
		var ents []entity
		for _, noun := range pickN(r, nouns, 3) {
			ents = append(ents, makeEntity(r, noun))
		}
		switch i % 3 {
		case 0:
			flaskService(w, r, fmt.Sprintf("flask_%s_%03d", ents[0].Plural, i), ents, fl)
		case 1:
			fastapiService(w, r, fmt.Sprintf("fastapi_%s_%03d", ents[0].Plural, i), ents, fl)
		default:
			djangoService(w, r, fmt.Sprintf("django_%s_%03d", ents[0].Plural, i), ents, fl)
		}
	}
	return Stats{PythonFiles: w.files, PythonLines: w.lines, PythonBytes: w.bytes}, w.err
}
