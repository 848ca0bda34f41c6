package runtime_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
)

// A program that writes files sees its own writes, but the real disk is
// never touched: not /tmp, not the script's own folder.
func TestWritesNeverReachTheDisk(t *testing.T) {
	dir := t.TempDir()
	tmpTarget := filepath.Join(os.TempDir(), "loopviz-test-"+filepath.Base(dir)+".txt")
	existing := filepath.Join(dir, "existing.txt")
	if err := os.WriteFile(existing, []byte("original"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `const fs = require('fs');
fs.writeFileSync(` + jsString(tmpTarget) + `, 'in tmp');
fs.writeFileSync(__dirname + '/new.txt', 'next to the script');
fs.appendFileSync('existing.txt', ' + appended');
fs.mkdirSync('made/deep', { recursive: true });
fs.writeFile('made/deep/x.txt', 'async', (err) => {
  console.log(err, fs.readFileSync('made/deep/x.txt', 'utf8'));
  fs.unlink('existing.txt', (err) => console.log('unlinked', err, fs.existsSync('existing.txt')));
});
console.log(fs.readFileSync(` + jsString(tmpTarget) + `, 'utf8'), fs.readFileSync('new.txt', 'utf8'), fs.readFileSync('existing.txt', 'utf8'));
console.log(fs.readdirSync('.').sort().join(','));
`
	prog := filepath.Join(dir, "writer.js")
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := runtime.Run(runtime.Options{File: prog})
	if err != nil {
		t.Fatal(err)
	}
	want := "in tmp next to the script original + appended\nexisting.txt,made,new.txt,writer.js\nnull async\nunlinked null false\n"
	if got := res.Stdout(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr: %s", got, want, res.Stderr())
	}
	for _, p := range []string{tmpTarget, filepath.Join(dir, "new.txt"), filepath.Join(dir, "made")} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s exists on the real disk", p)
		}
	}
	if b, err := os.ReadFile(existing); err != nil || string(b) != "original" {
		t.Errorf("existing.txt changed on disk: %q %v", b, err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "existing.txt,writer.js" {
		t.Errorf("the script's folder now holds %v", names)
	}
}

func jsString(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}
