package runtime_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
)

const surfaceRerecord = "re-record with: node runtime/testdata/surface/record.js > runtime/lib/surface.json"

// TestSurface: every export node's built-in modules have exists under
// loopviz too, modeled or as a stand-in that throws ERR_LOOPVIZ_UNSUPPORTED,
// and a stand-in says what it stands for.
func TestSurface(t *testing.T) {
	var rec struct {
		Modules map[string]map[string]json.RawMessage
	}
	b, err := os.ReadFile("lib/surface.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	// One program lists, for each module, the exports it lacks.
	var src strings.Builder
	src.WriteString("const want = " + string(mustJSON(t, rec.Modules)) + ";\nconst missing = [];\n")
	src.WriteString(`for (const [name, exports] of Object.entries(want)) {
  let m;
  try {
    m = require(name);
  } catch (e) {
    if (e.code === 'ERR_LOOPVIZ_UNSUPPORTED') continue; // a whole module not modeled yet
    throw e;
  }
  for (const key of Object.keys(exports)) if (!(key in m)) missing.push(name + '.' + key);
}
console.log(missing.join('\n') || 'none');
try { require('fs').watch('.'); } catch (e) { console.log(e.code, e.message.split(':')[0]); }
console.log(require('dns').NOTFOUND, typeof require('zlib').createBrotliCompress);
`)
	res := runSource(t, src.String(), runtime.Options{})
	want := "none\nERR_LOOPVIZ_UNSUPPORTED loopviz does not model fs.watch\nENOTFOUND function\n"
	if got := res.Stdout(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s\nstderr: %s", got, want, res.Stderr())
	}
}

// TestSurfaceRecordingIsCurrent checks lib/surface.json against the node on
// the PATH.
func TestSurfaceRecordingIsCurrent(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipping: node is not on the PATH")
	}
	version, err := scenarios.NodeVersion(context.Background())
	if err != nil || !strings.HasPrefix(version, "v20.") {
		t.Skipf("skipping: node %s is not v20 (err %v)", version, err)
	}
	script, err := filepath.Abs("testdata/surface/record.js")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := os.ReadFile("lib/surface.json")
	if err != nil {
		t.Fatal(err)
	}
	// The recording names the exact node version; compare the modules only.
	strip := func(b []byte) []byte {
		var v struct{ Modules json.RawMessage }
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		return v.Modules
	}
	if !bytes.Equal(strip(out), strip(rec)) {
		t.Errorf("lib/surface.json differs from what node %s exports (%s)", version, surfaceRerecord)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
