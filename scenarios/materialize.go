package scenarios

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// MaterializeFS writes every file of fsys under dir/<name>-<digest of the
// files>/ unless it is there already, and returns that folder. Programs
// read their own file and require their neighbours, so embedded programs
// (lessons' examples, demos) run from a real folder; naming it by digest
// means a newer loopviz never runs an old copy, and the same loopviz reuses
// its copy.
func MaterializeFS(fsys fs.FS, dir, name string) (string, error) {
	h := sha256.New()
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		files = append(files, p)
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	root := filepath.Join(dir, name+"-"+hex.EncodeToString(h.Sum(nil))[:12])
	if st, err := os.Stat(root); err == nil && st.IsDir() {
		return root, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(dir, "."+name+"-")
	if err != nil {
		return "", err
	}
	for _, p := range files {
		var b []byte
		b, err = fs.ReadFile(fsys, p)
		dst := filepath.Join(tmp, filepath.FromSlash(p))
		if err == nil {
			err = os.MkdirAll(filepath.Dir(dst), 0o755)
		}
		if err == nil {
			err = os.WriteFile(dst, b, 0o644)
		}
		if err != nil {
			break
		}
	}
	if err == nil {
		err = os.Rename(tmp, root)
		// Another loopviz may have made the same folder meanwhile: theirs is as good.
		if st, serr := os.Stat(root); err != nil && serr == nil && st.IsDir() {
			err = nil
		}
	}
	if err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return root, nil
}
