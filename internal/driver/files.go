package driver

// FileReader returns a function that reads a file by the path findings show for it (relative to
// root, or absolute); report writers use it to convert columns.
func FileReader(root string) func(string) ([]byte, error) {
	return newLineCache(root).ReadFile
}
