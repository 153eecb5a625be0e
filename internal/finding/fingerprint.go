package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// FingerprintKey names apivet's partialFingerprints entry in SARIF. The version suffix changes
// whenever the recipe below changes, so that baselines never match on a different recipe.
const FingerprintKey = "apivetFingerprint/v1"

// Fingerprints fills Fingerprint for every finding from the rule, the file and the flagged line's
// text with its white space folded, plus the occurrence number of that triple within the file.
// It does not use line numbers, so code moving up or down keeps its fingerprint. lineText returns
// the text of a line of a file.
func Fingerprints(fs []Finding, lineText func(file string, line int) string) {
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		text := strings.Join(strings.Fields(lineText(f.File, f.Line)), " ")
		key := f.Rule + "\x00" + f.File + "\x00" + text
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		f.Fingerprint = hex.EncodeToString(sum[:16])
	}
}
