package runtime

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"math/rand"
	"sync"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
	"golang.org/x/crypto/scrypt"
)

// The crypto module's computations, in Go: real results (a pbkdf2 key is the
// key node derives), with costs that scale with the work, so that a 100,000
// iteration pbkdf2 holds a threadpool slot as long as it does in node (about
// 86 ms with sha512 on the machine the figures were measured on). Random
// bytes come from a generator seeded by the run's seed: the same program gives
// the same "random" bytes every run.

// hashes are the digests loopviz offers, with their per-block cost in pbkdf2.
var hashes = map[string]struct {
	new        func() hash.Hash
	iterCost   sim.Time // one pbkdf2 iteration
	digestSize int
}{
	"md5":        {md5.New, 150 * sim.Nanosecond, 16},
	"sha1":       {sha1.New, 150 * sim.Nanosecond, 20},
	"sha224":     {sha256.New224, 200 * sim.Nanosecond, 28},
	"sha256":     {sha256.New, 200 * sim.Nanosecond, 32},
	"sha384":     {sha512.New384, 860 * sim.Nanosecond, 48},
	"sha512":     {sha512.New, 860 * sim.Nanosecond, 64},
	"sha512-224": {sha512.New512_224, 860 * sim.Nanosecond, 28},
	"sha512-256": {sha512.New512_256, 860 * sim.Nanosecond, 32},
}

// hashNames lists them as crypto.getHashes() does (sorted).
var hashNames = []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256"}

// Costs of the rest (docs/MODEL.md).
const (
	costHashBase     = 1 * sim.Microsecond
	costHashPerByte  = 4 * sim.Nanosecond
	costRandomBase   = 50 * sim.Microsecond
	costScryptUnit   = 45 * sim.Millisecond // N=16384, r=8, p=1 (node's defaults)
	costRandomPerKiB = 300 * sim.Nanosecond
)

func lookupHash(name string) (func() hash.Hash, bool) {
	h, ok := hashes[lowerASCII(name)]
	return h.new, ok
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// installCrypto adds the crypto primitives to the internal object. The
// JavaScript API (lib/crypto.js) validates arguments and shapes results.
func (r *runner) installCrypto(in *goja.Object) {
	rt := r.rt
	rng := rand.New(rand.NewSource(r.opts.Seed ^ 0x5eed))
	random := func(n int) []byte {
		b := make([]byte, n)
		_, _ = rng.Read(b)
		return b
	}
	bytesArg := func(v goja.Value) []byte {
		if b, ok := r.bufferBytes(v); ok {
			return b
		}
		return []byte(v.String())
	}
	// hashNew(alg, key?) -> handle id; hashUpdate(id, bytes); hashDigest(id) -> Buffer
	type hstate struct{ h hash.Hash }
	var states []*hstate
	_ = in.Set("hashNew", func(c goja.FunctionCall) goja.Value {
		mk, ok := lookupHash(c.Argument(0).String())
		if !ok {
			return goja.Null()
		}
		var h hash.Hash
		if k := c.Argument(1); !goja.IsUndefined(k) {
			h = hmac.New(mk, bytesArg(k))
		} else {
			h = mk()
		}
		states = append(states, &hstate{h: h})
		return rt.ToValue(len(states) - 1)
	})
	_ = in.Set("hashUpdate", func(c goja.FunctionCall) goja.Value {
		b := bytesArg(c.Argument(1))
		r.world.Charge(costHashBase + sim.Time(len(b))*costHashPerByte)
		states[c.Argument(0).ToInteger()].h.Write(b)
		return goja.Undefined()
	})
	_ = in.Set("hashDigest", func(c goja.FunctionCall) goja.Value {
		return r.newBuffer(states[c.Argument(0).ToInteger()].h.Sum(nil))
	})
	_ = in.Set("hashCopy", func(c goja.FunctionCall) goja.Value {
		old := states[c.Argument(0).ToInteger()].h
		// The standard library's hashes can clone their state.
		if cl, ok := old.(hash.Cloner); ok {
			if h, err := cl.Clone(); err == nil {
				states = append(states, &hstate{h: h})
				return rt.ToValue(len(states) - 1)
			}
		}
		return goja.Null()
	})
	_ = in.Set("getHashes", func(goja.FunctionCall) goja.Value {
		list := make([]any, len(hashNames))
		for i, n := range hashNames {
			list[i] = n
		}
		return rt.NewArray(list...)
	})
	// pbkdf2(password, salt, iterations, keylen, digest) -> [Buffer, costNs] or null for a bad digest.
	_ = in.Set("pbkdf2", func(c goja.FunctionCall) goja.Value {
		name := lowerASCII(c.Argument(4).String())
		h, ok := hashes[name]
		if !ok {
			return goja.Null()
		}
		iter := int(c.Argument(2).ToInteger())
		keylen := int(c.Argument(3).ToInteger())
		password, salt := bytesArg(c.Argument(0)), bytesArg(c.Argument(1))
		key, err := derivedKeys.get(func() ([]byte, error) {
			return pbkdf2.Key(h.new, string(password), salt, iter, keylen)
		}, "pbkdf2", name, iter, keylen, password, salt)
		if err != nil {
			return goja.Null()
		}
		blocks := (keylen + h.digestSize - 1) / h.digestSize
		cost := sim.Time(iter*max(blocks, 1)) * h.iterCost
		return rt.NewArray(r.newBuffer(key), int64(cost))
	})
	// scrypt(password, salt, keylen, N, r, p) -> [Buffer, costNs] or an error message.
	_ = in.Set("scrypt", func(c goja.FunctionCall) goja.Value {
		n, rr, p := int(c.Argument(3).ToInteger()), int(c.Argument(4).ToInteger()), int(c.Argument(5).ToInteger())
		password, salt, keylen := bytesArg(c.Argument(0)), bytesArg(c.Argument(1)), int(c.Argument(2).ToInteger())
		key, err := derivedKeys.get(func() ([]byte, error) {
			return scrypt.Key(password, salt, n, rr, p, keylen)
		}, "scrypt", n, rr, p, keylen, password, salt)
		if err != nil {
			return rt.ToValue(err.Error())
		}
		cost := sim.Time(float64(costScryptUnit) * float64(n*rr*p) / float64(16384*8))
		return rt.NewArray(r.newBuffer(key), int64(cost))
	})
	// randomBytes(n) -> [Buffer, costNs]: the bytes of the seeded generator.
	_ = in.Set("randomBytes", func(c goja.FunctionCall) goja.Value {
		n := int(c.Argument(0).ToInteger())
		cost := costRandomBase + sim.Time(n/1024)*costRandomPerKiB
		return rt.NewArray(r.newBuffer(random(n)), int64(cost))
	})
	_ = in.Set("randomUUID", func(goja.FunctionCall) goja.Value {
		b := random(16)
		b[6] = b[6]&0x0f | 0x40
		b[8] = b[8]&0x3f | 0x80
		const hexd = "0123456789abcdef"
		out := make([]byte, 0, 36)
		for i, x := range b {
			if i == 4 || i == 6 || i == 8 || i == 10 {
				out = append(out, '-')
			}
			out = append(out, hexd[x>>4], hexd[x&15])
		}
		return rt.ToValue(string(out))
	})
	_ = in.Set("randomInt", func(c goja.FunctionCall) goja.Value {
		lo, hi := c.Argument(0).ToInteger(), c.Argument(1).ToInteger()
		return rt.ToValue(lo + rng.Int63n(hi-lo))
	})
}

// keyCache remembers derived keys. Key derivation is slow on purpose (100,000
// pbkdf2 iterations take tens of milliseconds of real time), and explore runs
// a program once per order of its race points: the same inputs give the same
// key, so each is computed once per process.
type keyCache struct {
	mu   sync.Mutex
	keys map[string][]byte
}

var derivedKeys keyCache

const keyCacheMax = 256

func (c *keyCache) get(derive func() ([]byte, error), params ...any) ([]byte, error) {
	id := fmt.Sprintf("%#v", params)
	c.mu.Lock()
	key, ok := c.keys[id]
	c.mu.Unlock()
	if ok {
		return key, nil
	}
	key, err := derive()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.keys == nil || len(c.keys) >= keyCacheMax {
		c.keys = map[string][]byte{}
	}
	c.keys[id] = key
	c.mu.Unlock()
	return key, nil
}
