package runtime

import (
	"errors"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// vfs is the file system a run sees: the real disk, read through, under an
// in-memory overlay that takes every write. Nothing a program does ever
// changes the real disk; later reads see the program's own writes. Paths are
// resolved against the main module's directory (process.cwd()).
type vfs struct {
	cwd     string
	overlay map[string]*vnode // by clean absolute path; lookups only
	fds     map[int]*openFile
	nextFd  int
	rng     *rand.Rand // mkdtemp's names
}

// vnode is a file or directory the program created, changed or removed.
type vnode struct {
	dir     bool
	data    []byte
	deleted bool // removed: hides the real entry (and, for a directory, all below it)
}

type openFile struct {
	path     string
	readable bool
	writable bool
	append   bool
	pos      int64
	disk     *os.File // the real file, opened for reading at the first read of a file the overlay lacks
}

// errno is a file-system error as libuv reports it.
type errno struct {
	code string
	num  int
	desc string
}

var (
	errENOENT    = errno{"ENOENT", -2, "no such file or directory"}
	errEEXIST    = errno{"EEXIST", -17, "file already exists"}
	errENOTDIR   = errno{"ENOTDIR", -20, "not a directory"}
	errEISDIR    = errno{"EISDIR", -21, "illegal operation on a directory"}
	errENOTEMPTY = errno{"ENOTEMPTY", -39, "directory not empty"}
	errEBADF     = errno{"EBADF", -9, "bad file descriptor"}
	errEACCES    = errno{"EACCES", -13, "permission denied"}
	errEINVAL    = errno{"EINVAL", -22, "invalid argument"}
	errEPERM     = errno{"EPERM", -1, "operation not permitted"}
)

// fsError is an errno with the call that failed, worded as Node words it:
// "ENOENT: no such file or directory, open 'data.txt'".
type fsError struct {
	errno
	syscall string
	path    string // as the program gave it
	dest    string
	hasPath bool
}

func (e *fsError) Error() string {
	msg := e.code + ": " + e.desc + ", " + e.syscall
	if e.hasPath {
		msg += " '" + e.path + "'"
		if e.dest != "" {
			msg += " -> '" + e.dest + "'"
		}
	}
	return msg
}

func newVFS(cwd string) *vfs {
	// fd 0 is standard input: empty, as node's is under `node app.js </dev/null`.
	stdin := &openFile{path: os.DevNull, readable: true}
	return &vfs{cwd: cwd, overlay: map[string]*vnode{}, fds: map[int]*openFile{0: stdin}, nextFd: 18}
}

// abs resolves a program's path against the working directory.
func (v *vfs) abs(p string) string {
	if !filepath.IsAbs(p) {
		p = filepath.Join(v.cwd, p)
	}
	return filepath.Clean(p)
}

// hidden reports whether a removal in the overlay hides p (p or an ancestor).
func (v *vfs) hidden(abs string) bool {
	for p := abs; ; p = filepath.Dir(p) {
		if n, ok := v.overlay[p]; ok && n.deleted {
			return true
		}
		if p == "/" || p == "." {
			return false
		}
	}
}

// regularOnDisk reports whether the real path is a regular file. A program
// reads only those through the overlay: a device such as /dev/zero or
// /dev/urandom never ends, and reading a pipe could block loopviz forever, so
// they answer EACCES (docs/SECURITY.md). /dev/null, always empty, is allowed.
func regularOnDisk(abs string) bool {
	if abs == os.DevNull { // empty, and standard input reads it (see stdin.go)
		return true
	}
	st, err := os.Stat(abs)
	return err == nil && st.Mode().IsRegular()
}

// kind is what a path is: 0 missing, 1 file, 2 directory. size is a file's
// length.
func (v *vfs) kind(abs string) (k int, size int64) {
	if v.hidden(abs) {
		return 0, 0
	}
	if n, ok := v.overlay[abs]; ok {
		if n.dir {
			return 2, 4096
		}
		return 1, int64(len(n.data))
	}
	st, err := os.Stat(abs)
	if err != nil {
		return 0, 0
	}
	if st.IsDir() {
		return 2, 4096
	}
	return 1, st.Size()
}

// parentOK checks that the directory holding abs exists.
func (v *vfs) parentOK(abs string) *errno {
	k, _ := v.kind(filepath.Dir(abs))
	switch k {
	case 0:
		return &errENOENT
	case 1:
		return &errENOTDIR
	}
	return nil
}

// readAll returns the contents of a file.
func (v *vfs) readAll(abs string) ([]byte, *errno) {
	k, _ := v.kind(abs)
	switch k {
	case 0:
		return nil, &errENOENT
	case 2:
		return nil, &errEISDIR
	}
	if n, ok := v.overlay[abs]; ok && !n.deleted {
		return n.data, nil
	}
	if !regularOnDisk(abs) {
		return nil, &errEACCES
	}
	b, err := os.ReadFile(abs)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, &errEACCES
		}
		return nil, &errENOENT
	}
	return b, nil
}

// writeAll replaces (or, appending, extends) a file's contents in the overlay.
func (v *vfs) writeAll(abs string, data []byte, appendTo bool) *errno {
	k, _ := v.kind(abs)
	if k == 2 {
		return &errEISDIR
	}
	if e := v.parentOK(abs); e != nil {
		return e
	}
	if appendTo && k == 1 {
		old, e := v.readAll(abs)
		if e != nil {
			return e
		}
		data = append(slices.Clone(old), data...)
	}
	v.overlay[abs] = &vnode{data: slices.Clone(data)}
	return nil
}

// readdir lists a directory: the real entries merged with the overlay's,
// sorted by name as libuv sorts them.
func (v *vfs) readdir(abs string) ([]string, []bool, *errno) {
	k, _ := v.kind(abs)
	switch k {
	case 0:
		return nil, nil, &errENOENT
	case 1:
		return nil, nil, &errENOTDIR
	}
	names := map[string]bool{} // name -> is directory (lookups, then sorted)
	if n, ok := v.overlay[abs]; !ok || !n.dir {
		if ents, err := os.ReadDir(abs); err == nil {
			for _, e := range ents {
				names[e.Name()] = e.IsDir()
			}
		}
	}
	prefix := abs + "/"
	if abs == "/" {
		prefix = "/"
	}
	for p, n := range v.overlay {
		if rest, ok := strings.CutPrefix(p, prefix); ok && !strings.Contains(rest, "/") && rest != "" {
			if n.deleted {
				delete(names, rest)
			} else {
				names[rest] = n.dir
			}
		}
	}
	list := make([]string, 0, len(names))
	for name := range names {
		list = append(list, name)
	}
	slices.Sort(list)
	dirs := make([]bool, len(list))
	for i, name := range list {
		dirs[i] = names[name]
	}
	return list, dirs, nil
}

// mkdir creates a directory (and its parents when recursive); it returns the
// first directory it created, as Node's recursive mkdir reports.
func (v *vfs) mkdir(abs string, recursive bool) (string, *errno) {
	k, _ := v.kind(abs)
	if k != 0 {
		if recursive && k == 2 {
			return "", nil
		}
		if recursive {
			return "", &errENOTDIR
		}
		return "", &errEEXIST
	}
	if e := v.parentOK(abs); e != nil {
		if !recursive || *e != errENOENT {
			return "", e
		}
		first, e := v.mkdir(filepath.Dir(abs), true)
		if e != nil {
			return "", e
		}
		v.overlay[abs] = &vnode{dir: true}
		return first, nil
	}
	v.overlay[abs] = &vnode{dir: true}
	return abs, nil
}

// remove deletes a file (dir false) or an empty directory (dir true), or a
// whole tree when recursive.
func (v *vfs) remove(abs string, dir, recursive bool) *errno {
	k, _ := v.kind(abs)
	switch {
	case k == 0:
		return &errENOENT
	case !dir && k == 2 && !recursive:
		return &errEISDIR
	case dir && k == 1:
		return &errENOTDIR
	}
	if k == 2 && !recursive {
		names, _, _ := v.readdir(abs)
		if len(names) > 0 {
			return &errENOTEMPTY
		}
	}
	// Drop overlay entries below, then hide the real ones.
	for p := range v.overlay {
		if strings.HasPrefix(p, abs+"/") {
			delete(v.overlay, p)
		}
	}
	v.overlay[abs] = &vnode{deleted: true}
	return nil
}

// rename moves a file or a directory tree.
func (v *vfs) rename(from, to string) *errno {
	k, _ := v.kind(from)
	if k == 0 {
		return &errENOENT
	}
	if e := v.parentOK(to); e != nil {
		return e
	}
	if k == 1 {
		data, e := v.readAll(from)
		if e != nil {
			return e
		}
		if tk, _ := v.kind(to); tk == 2 {
			return &errEISDIR
		}
		v.overlay[to] = &vnode{data: slices.Clone(data)}
		v.overlay[from] = &vnode{deleted: true}
		return nil
	}
	if strings.HasPrefix(to+"/", from+"/") {
		return &errEINVAL
	}
	// Copy the tree into the overlay under its new name.
	var copyTree func(src, dst string) *errno
	copyTree = func(src, dst string) *errno {
		v.overlay[dst] = &vnode{dir: true}
		names, dirs, e := v.readdir(src)
		if e != nil {
			return e
		}
		for i, name := range names {
			s, d := filepath.Join(src, name), filepath.Join(dst, name)
			if dirs[i] {
				if e := copyTree(s, d); e != nil {
					return e
				}
				continue
			}
			data, e := v.readAll(s)
			if e != nil {
				return e
			}
			v.overlay[d] = &vnode{data: slices.Clone(data)}
		}
		return nil
	}
	if e := copyTree(from, to); e != nil {
		return e
	}
	return v.remove(from, true, true)
}

// open opens a file with Node's flags ("r", "w", "a", "r+", "wx"...).
func (v *vfs) open(abs, flags string) (int, *errno) {
	k, _ := v.kind(abs)
	read := strings.ContainsAny(flags, "r+") && !(strings.HasPrefix(flags, "w") || strings.HasPrefix(flags, "a")) || strings.Contains(flags, "+")
	write := strings.ContainsAny(flags, "wa+")
	excl := strings.Contains(flags, "x")
	create := strings.HasPrefix(flags, "w") || strings.HasPrefix(flags, "a")
	switch {
	case k == 0 && !create:
		return 0, &errENOENT
	case k != 0 && excl:
		return 0, &errEEXIST
	case k == 2 && write:
		return 0, &errEISDIR
	}
	if k == 0 {
		if e := v.parentOK(abs); e != nil {
			return 0, e
		}
		v.overlay[abs] = &vnode{}
	} else if strings.HasPrefix(flags, "w") {
		v.overlay[abs] = &vnode{}
	}
	fd := v.nextFd
	v.nextFd++
	v.fds[fd] = &openFile{path: abs, readable: read, writable: write, append: strings.HasPrefix(flags, "a")}
	return fd, nil
}

func (v *vfs) file(fd int) (*openFile, *errno) {
	f, ok := v.fds[fd]
	if !ok {
		return nil, &errEBADF
	}
	return f, nil
}

// read reads up to n bytes at pos (or the file position when pos < 0), into
// a new slice the caller owns.
func (v *vfs) read(fd, n int, pos int64) ([]byte, *errno) {
	f, e := v.file(fd)
	if e != nil {
		return nil, e
	}
	if !f.readable {
		return nil, &errEBADF
	}
	at := pos
	if at < 0 {
		at = f.pos
	}
	var chunk []byte
	if node, ok := v.overlay[f.path]; ok || v.hidden(f.path) {
		// The program's own version of the file.
		if !ok || node.deleted || node.dir {
			return nil, &errENOENT
		}
		if at < int64(len(node.data)) {
			chunk = slices.Clone(node.data[at:min(int64(len(node.data)), at+int64(n))])
		}
	} else {
		// Read through to the real disk, a chunk at a time, so streaming a
		// big file costs memory for one chunk, not for the file.
		if f.disk == nil {
			if !regularOnDisk(f.path) {
				return nil, &errEACCES
			}
			d, err := os.Open(f.path)
			if err != nil {
				return nil, &errENOENT
			}
			f.disk = d
		}
		buf := make([]byte, n)
		got, err := f.disk.ReadAt(buf, at)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, &errEISDIR
		}
		chunk = buf[:got:got]
	}
	if pos < 0 {
		f.pos = at + int64(len(chunk))
	}
	return chunk, nil
}

// write writes b at pos (or the file position, or the end when appending).
func (v *vfs) write(fd int, b []byte, pos int64) (int, *errno) {
	f, e := v.file(fd)
	if e != nil {
		return 0, e
	}
	if !f.writable {
		return 0, &errEBADF
	}
	node, ok := v.overlay[f.path]
	if !ok || node.deleted {
		// First write to a real file opened without truncation ("r+", "a"):
		// the overlay takes a copy of it. (Callers copy what read returns, so
		// the overlay's bytes can then change in place.)
		data, e := v.readAll(f.path)
		if e != nil {
			return 0, e
		}
		node = &vnode{data: slices.Clone(data)}
		v.overlay[f.path] = node
	}
	at := pos
	switch {
	case f.append:
		at = int64(len(node.data))
	case at < 0:
		at = f.pos
	}
	if need := at + int64(len(b)); need > int64(len(node.data)) {
		node.data = append(node.data, make([]byte, need-int64(len(node.data)))...)
	}
	copy(node.data[at:], b)
	if pos < 0 || f.append {
		f.pos = at + int64(len(b))
	}
	return len(b), nil
}

func (v *vfs) close(fd int) *errno {
	f, ok := v.fds[fd]
	if !ok {
		return &errEBADF
	}
	if f.disk != nil {
		_ = f.disk.Close()
	}
	delete(v.fds, fd)
	return nil
}
