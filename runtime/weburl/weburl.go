// Package weburl parses and serializes URLs as the WHATWG URL Standard says
// (https://url.spec.whatwg.org/), which is what node's URL class implements.
// It follows the standard's basic URL parser state by state, including the
// "state override" entry points its setters use, so that new URL(input, base),
// every URL getter and every setter give node's results.
//
// Where the standard moved after node 20 was released, node 20 wins: '^' is
// left as is in paths (node 20's path percent-encode set predates it).
package weburl

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// URL is a URL record. A nil Host means the URL has no host (null in the
// standard), an empty one the empty host.
type URL struct {
	Scheme   string
	Username string
	Password string
	Host     *string
	Port     int // -1 when null
	Path     []string
	Opaque   bool   // the path is opaque (mailto:x, data:...): OpaquePath holds it
	OpaqueP  string // the opaque path
	Query    *string
	Fragment *string
}

// state is a state of the basic URL parser.
type state int

const (
	noOverride state = iota
	schemeStart
	schemeState
	noScheme
	specialRelativeOrAuthority
	pathOrAuthority
	relative
	relativeSlash
	specialAuthoritySlashes
	specialAuthorityIgnoreSlashes
	authority
	hostState
	hostnameState
	portState
	file
	fileSlash
	fileHost
	pathStart
	pathState
	opaquePath
	query
	fragment
)

const eof = -1

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

// IsSpecial reports whether scheme is one of the standard's special schemes.
func IsSpecial(scheme string) bool {
	_, ok := specialPorts[scheme]
	return ok
}

// DefaultPort is the default port of a special scheme, or -1.
func DefaultPort(scheme string) int {
	if p, ok := specialPorts[scheme]; ok {
		return p
	}
	return -1
}

func strp(s string) *string { return &s }

// Clone returns a deep copy of u.
func (u *URL) Clone() *URL {
	c := *u
	c.Path = append([]string(nil), u.Path...)
	if u.Host != nil {
		c.Host = strp(*u.Host)
	}
	if u.Query != nil {
		c.Query = strp(*u.Query)
	}
	if u.Fragment != nil {
		c.Fragment = strp(*u.Fragment)
	}
	return &c
}

// Parse parses input against an optional base URL. ok is false when the
// input is not a valid URL.
func Parse(input string, base *URL) (*URL, bool) {
	u := &URL{Port: -1}
	input = strings.TrimFunc(input, func(r rune) bool { return r <= 0x20 })
	if !parse(input, base, u, noOverride) {
		return nil, false
	}
	return u, true
}

func isASCIIAlpha(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }
func isASCIIHex(c rune) bool {
	return isASCIIDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func lowerRune(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// isWindowsDriveLetter: an ASCII letter then ':' or '|' (normalized: ':').
func isWindowsDriveLetter(s string, normalized bool) bool {
	if len(s) != 2 || !isASCIIAlpha(rune(s[0])) {
		return false
	}
	return s[1] == ':' || !normalized && s[1] == '|'
}

// startsWithWindowsDriveLetter looks at the code points from i on.
func startsWithWindowsDriveLetter(in []rune, i int) bool {
	if len(in)-i < 2 || !isASCIIAlpha(in[i]) || (in[i+1] != ':' && in[i+1] != '|') {
		return false
	}
	if len(in)-i == 2 {
		return true
	}
	switch in[i+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *URL) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isWindowsDriveLetter(u.Path[0], true) {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func (u *URL) hasCredentials() bool { return u.Username != "" || u.Password != "" }

// parse is the basic URL parser. With a state override it modifies u in
// place (the setters) and its result only says whether it failed.
func parse(s string, base *URL, u *URL, override state) bool {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
	in := []rune(s)
	st := override
	if st == noOverride {
		st = schemeStart
	}
	var buf []rune
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	remainingStartsWith := func(i int, s string) bool {
		rs := []rune(s)
		if i+1+len(rs) > len(in) {
			return false
		}
		for k, r := range rs {
			if in[i+1+k] != r {
				return false
			}
		}
		return true
	}
	special := func() bool { return IsSpecial(u.Scheme) }

	for p := 0; p <= len(in); p++ {
		c := rune(eof)
		if p < len(in) {
			c = in[p]
		}
		switch st {
		case schemeStart:
			switch {
			case isASCIIAlpha(c):
				buf = append(buf, lowerRune(c))
				st = schemeState
			case override == noOverride:
				st = noScheme
				p--
			default:
				return false
			}

		case schemeState:
			switch {
			case isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.':
				buf = append(buf, lowerRune(c))
			case c == ':':
				scheme := string(buf)
				if override != noOverride {
					if IsSpecial(u.Scheme) != IsSpecial(scheme) {
						return true
					}
					if (u.hasCredentials() || u.Port >= 0) && scheme == "file" {
						return true
					}
					if u.Scheme == "file" && u.Host != nil && *u.Host == "" {
						return true
					}
				}
				u.Scheme = scheme
				if override != noOverride {
					if u.Port == DefaultPort(u.Scheme) {
						u.Port = -1
					}
					return true
				}
				buf = buf[:0]
				switch {
				case u.Scheme == "file":
					st = file
				case special() && base != nil && base.Scheme == u.Scheme:
					st = specialRelativeOrAuthority
				case special():
					st = specialAuthoritySlashes
				case remainingStartsWith(p, "/"):
					st = pathOrAuthority
					p++
				default:
					u.Opaque = true
					u.OpaqueP = ""
					st = opaquePath
				}
			case override == noOverride:
				buf = buf[:0]
				st = noScheme
				p = -1
			default:
				return false
			}

		case noScheme:
			switch {
			case base == nil || base.Opaque && c != '#':
				return false
			case base.Opaque && c == '#':
				u.Scheme = base.Scheme
				u.Opaque, u.OpaqueP = true, base.OpaqueP
				u.Query = clonep(base.Query)
				u.Fragment = strp("")
				st = fragment
			case base.Scheme != "file":
				st = relative
				p--
			default:
				st = file
				p--
			}

		case specialRelativeOrAuthority:
			if c == '/' && remainingStartsWith(p, "/") {
				st = specialAuthorityIgnoreSlashes
				p++
			} else {
				st = relative
				p--
			}

		case pathOrAuthority:
			if c == '/' {
				st = authority
			} else {
				st = pathState
				p--
			}

		case relative:
			u.Scheme = base.Scheme
			switch {
			case c == '/':
				st = relativeSlash
			case special() && c == '\\':
				st = relativeSlash
			default:
				u.Username, u.Password, u.Host, u.Port = base.Username, base.Password, clonep(base.Host), base.Port
				u.Path = append([]string(nil), base.Path...)
				u.Query = clonep(base.Query)
				switch c {
				case '?':
					u.Query = strp("")
					st = query
				case '#':
					u.Fragment = strp("")
					st = fragment
				case eof:
				default:
					u.Query = nil
					u.shortenPath()
					st = pathState
					p--
				}
			}

		case relativeSlash:
			switch {
			case special() && (c == '/' || c == '\\'):
				st = specialAuthorityIgnoreSlashes
			case c == '/':
				st = authority
			default:
				u.Username, u.Password, u.Host, u.Port = base.Username, base.Password, clonep(base.Host), base.Port
				st = pathState
				p--
			}

		case specialAuthoritySlashes:
			if c == '/' && remainingStartsWith(p, "/") {
				st = specialAuthorityIgnoreSlashes
				p++
			} else {
				st = specialAuthorityIgnoreSlashes
				p--
			}

		case specialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = authority
				p--
			}

		case authority:
			switch {
			case c == '@':
				if atSignSeen {
					buf = append([]rune("%40"), buf...)
				}
				atSignSeen = true
				for _, cp := range buf {
					if cp == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					enc := percentEncodeRune(cp, userinfoSet)
					if passwordTokenSeen {
						u.Password += enc
					} else {
						u.Username += enc
					}
				}
				buf = buf[:0]
			case c == eof || c == '/' || c == '?' || c == '#' || special() && c == '\\':
				if atSignSeen && len(buf) == 0 {
					return false
				}
				p -= len(buf) + 1
				buf = buf[:0]
				st = hostState
			default:
				buf = append(buf, c)
			}

		case hostState, hostnameState:
			switch {
			case override != noOverride && u.Scheme == "file":
				p--
				st = fileHost
			case c == ':' && !insideBrackets:
				if len(buf) == 0 {
					return false
				}
				if override == hostnameState {
					return false
				}
				h, ok := parseHost(string(buf), !special())
				if !ok {
					return false
				}
				u.Host = &h
				buf = buf[:0]
				st = portState
			case c == eof || c == '/' || c == '?' || c == '#' || special() && c == '\\':
				p--
				if special() && len(buf) == 0 {
					return false
				}
				if override != noOverride && len(buf) == 0 && (u.hasCredentials() || u.Port >= 0) {
					return false
				}
				h, ok := parseHost(string(buf), !special())
				if !ok {
					return false
				}
				u.Host = &h
				buf = buf[:0]
				st = pathStart
				if override != noOverride {
					return true
				}
			default:
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf = append(buf, c)
			}

		case portState:
			switch {
			case isASCIIDigit(c):
				buf = append(buf, c)
			case c == eof || c == '/' || c == '?' || c == '#' || special() && c == '\\' || override != noOverride:
				if len(buf) > 0 {
					port := 0
					for _, d := range buf {
						port = port*10 + int(d-'0')
						if port > 65535 {
							return false
						}
					}
					if port == DefaultPort(u.Scheme) {
						u.Port = -1
					} else {
						u.Port = port
					}
					buf = buf[:0]
				}
				if override != noOverride {
					return true
				}
				st = pathStart
				p--
			default:
				return false
			}

		case file:
			u.Scheme = "file"
			u.Host = strp("")
			switch {
			case c == '/' || c == '\\':
				st = fileSlash
			case base != nil && base.Scheme == "file":
				u.Host = clonep(base.Host)
				u.Path = append([]string(nil), base.Path...)
				u.Query = clonep(base.Query)
				switch c {
				case '?':
					u.Query = strp("")
					st = query
				case '#':
					u.Fragment = strp("")
					st = fragment
				case eof:
				default:
					u.Query = nil
					if !startsWithWindowsDriveLetter(in, p) {
						u.shortenPath()
					} else {
						u.Path = nil
					}
					st = pathState
					p--
				}
			default:
				st = pathState
				p--
			}

		case fileSlash:
			if c == '/' || c == '\\' {
				st = fileHost
			} else {
				if base != nil && base.Scheme == "file" {
					u.Host = clonep(base.Host)
					if !startsWithWindowsDriveLetter(in, p) && len(base.Path) > 0 && isWindowsDriveLetter(base.Path[0], true) {
						u.Path = append(u.Path, base.Path[0])
					}
				}
				st = pathState
				p--
			}

		case fileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				switch {
				case override == noOverride && isWindowsDriveLetter(string(buf), false):
					st = pathState
				case len(buf) == 0:
					u.Host = strp("")
					if override != noOverride {
						return true
					}
					st = pathStart
				default:
					h, ok := parseHost(string(buf), false)
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.Host = &h
					if override != noOverride {
						return true
					}
					buf = buf[:0]
					st = pathStart
				}
			} else {
				buf = append(buf, c)
			}

		case pathStart:
			switch {
			case special():
				st = pathState
				if c != '/' && c != '\\' {
					p--
				}
			case override == noOverride && c == '?':
				u.Query = strp("")
				st = query
			case override == noOverride && c == '#':
				u.Fragment = strp("")
				st = fragment
			case c != eof:
				st = pathState
				if c != '/' {
					p--
				}
			case override != noOverride && u.Host == nil:
				u.Path = append(u.Path, "")
			}

		case pathState:
			if c == eof || c == '/' || special() && c == '\\' || override == noOverride && (c == '?' || c == '#') {
				slash := c == '/' || special() && c == '\\'
				b := string(buf)
				switch {
				case isDoubleDot(b):
					u.shortenPath()
					if !slash {
						u.Path = append(u.Path, "")
					}
				case isSingleDot(b) && !slash:
					u.Path = append(u.Path, "")
				case !isSingleDot(b):
					if u.Scheme == "file" && len(u.Path) == 0 && isWindowsDriveLetter(b, false) {
						b = b[:1] + ":"
					}
					u.Path = append(u.Path, b)
				}
				buf = buf[:0]
				if c == '?' {
					u.Query = strp("")
					st = query
				}
				if c == '#' {
					u.Fragment = strp("")
					st = fragment
				}
			} else {
				buf = append(buf, []rune(percentEncodeRune(c, pathSet))...)
			}

		case opaquePath:
			switch c {
			case '?':
				u.Query = strp("")
				st = query
			case '#':
				u.Fragment = strp("")
				st = fragment
			case eof:
			default:
				u.OpaqueP += percentEncodeRune(c, c0ControlSet)
			}

		case query:
			if override == noOverride && c == '#' || c == eof {
				set := querySet
				if special() {
					set = specialQuerySet
				}
				q := ""
				if u.Query != nil {
					q = *u.Query
				}
				for _, r := range buf {
					q += percentEncodeRune(r, set)
				}
				u.Query = &q
				buf = buf[:0]
				if c == '#' {
					u.Fragment = strp("")
					st = fragment
				}
			} else if c != eof {
				buf = append(buf, c)
			}

		case fragment:
			if c != eof {
				f := ""
				if u.Fragment != nil {
					f = *u.Fragment
				}
				f += percentEncodeRune(c, fragmentSet)
				u.Fragment = &f
			}
		}
	}
	return true
}

func clonep(s *string) *string {
	if s == nil {
		return nil
	}
	return strp(*s)
}

// Href serializes the URL.
func (u *URL) Href() string {
	var b strings.Builder
	b.WriteString(u.Scheme)
	b.WriteByte(':')
	if u.Host != nil {
		b.WriteString("//")
		if u.hasCredentials() {
			b.WriteString(u.Username)
			if u.Password != "" {
				b.WriteByte(':')
				b.WriteString(u.Password)
			}
			b.WriteByte('@')
		}
		b.WriteString(*u.Host)
		if u.Port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.Port))
		}
	} else if !u.Opaque && len(u.Path) > 1 && u.Path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.Pathname())
	if u.Query != nil {
		b.WriteByte('?')
		b.WriteString(*u.Query)
	}
	if u.Fragment != nil {
		b.WriteByte('#')
		b.WriteString(*u.Fragment)
	}
	return b.String()
}

// Pathname is the serialized path.
func (u *URL) Pathname() string {
	if u.Opaque {
		return u.OpaqueP
	}
	var b strings.Builder
	for _, seg := range u.Path {
		b.WriteByte('/')
		b.WriteString(seg)
	}
	return b.String()
}

// Origin is the serialized origin: "null" for an opaque origin.
func (u *URL) Origin() string {
	switch u.Scheme {
	case "blob":
		inner, ok := Parse(u.Pathname(), nil)
		if ok && (inner.Scheme == "http" || inner.Scheme == "https") {
			return inner.Origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		o := u.Scheme + "://" + *u.Host
		if u.Port >= 0 {
			o += ":" + strconv.Itoa(u.Port)
		}
		return o
	}
	return "null"
}

// Hostname is the serialized host, or "".
func (u *URL) Hostname() string {
	if u.Host == nil {
		return ""
	}
	return *u.Host
}

// HostPort is the host with its port: URL.host.
func (u *URL) HostPort() string {
	if u.Host == nil {
		return ""
	}
	if u.Port < 0 {
		return *u.Host
	}
	return *u.Host + ":" + strconv.Itoa(u.Port)
}

// PortString is URL.port.
func (u *URL) PortString() string {
	if u.Port < 0 {
		return ""
	}
	return strconv.Itoa(u.Port)
}

// Search is URL.search: "" or "?query".
func (u *URL) Search() string {
	if u.Query == nil || *u.Query == "" {
		return ""
	}
	return "?" + *u.Query
}

// Hash is URL.hash: "" or "#fragment".
func (u *URL) Hash() string {
	if u.Fragment == nil || *u.Fragment == "" {
		return ""
	}
	return "#" + *u.Fragment
}

func (u *URL) cannotHaveCredentialsOrPort() bool {
	return u.Host == nil || *u.Host == "" || u.Scheme == "file"
}

// SetHref replaces the whole URL; false when value is not a valid URL.
func (u *URL) SetHref(value string) bool {
	n, ok := Parse(value, nil)
	if !ok {
		return false
	}
	*u = *n
	return true
}

// SetProtocol is the protocol setter.
func (u *URL) SetProtocol(value string) {
	c := u.Clone()
	if parse(value+":", nil, c, schemeStart) {
		*u = *c
	}
}

// SetUsername is the username setter.
func (u *URL) SetUsername(value string) {
	if u.cannotHaveCredentialsOrPort() {
		return
	}
	u.Username = percentEncodeString(value, userinfoSet)
}

// SetPassword is the password setter.
func (u *URL) SetPassword(value string) {
	if u.cannotHaveCredentialsOrPort() {
		return
	}
	u.Password = percentEncodeString(value, userinfoSet)
}

// SetHost is the host setter.
func (u *URL) SetHost(value string) {
	if u.Opaque {
		return
	}
	c := u.Clone()
	if parse(value, nil, c, hostState) {
		*u = *c
	}
}

// SetHostname is the hostname setter.
func (u *URL) SetHostname(value string) {
	if u.Opaque {
		return
	}
	c := u.Clone()
	if parse(value, nil, c, hostnameState) {
		*u = *c
	}
}

// SetPort is the port setter.
func (u *URL) SetPort(value string) {
	if u.cannotHaveCredentialsOrPort() {
		return
	}
	if value == "" {
		u.Port = -1
		return
	}
	c := u.Clone()
	if parse(value, nil, c, portState) {
		*u = *c
	}
}

// SetPathname is the pathname setter.
func (u *URL) SetPathname(value string) {
	if u.Opaque {
		return
	}
	c := u.Clone()
	c.Path = nil
	if parse(value, nil, c, pathStart) {
		*u = *c
	}
}

// SetSearch is the search setter.
func (u *URL) SetSearch(value string) {
	if value == "" {
		u.Query = nil
		return
	}
	value = strings.TrimPrefix(value, "?")
	c := u.Clone()
	c.Query = strp("")
	if parse(value, nil, c, query) {
		*u = *c
	}
}

// SetHash is the hash setter.
func (u *URL) SetHash(value string) {
	if value == "" {
		u.Fragment = nil
		return
	}
	value = strings.TrimPrefix(value, "#")
	c := u.Clone()
	c.Fragment = strp("")
	if parse(value, nil, c, fragment) {
		*u = *c
	}
}

// percent-encode sets, as predicates on a code point.
type encodeSet func(c rune) bool

func c0ControlSet(c rune) bool { return c < 0x20 || c > 0x7e }

func fragmentSet(c rune) bool {
	return c0ControlSet(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}

func querySet(c rune) bool {
	return c0ControlSet(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}

func specialQuerySet(c rune) bool { return querySet(c) || c == '\'' }

func pathSet(c rune) bool { return querySet(c) || c == '?' || c == '`' || c == '{' || c == '}' }

func userinfoSet(c rune) bool {
	switch c {
	case '/', ':', ';', '=', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return pathSet(c)
}

// ComponentSet is encodeURIComponent's set minus what the standard leaves:
// the component percent-encode set.
func componentSet(c rune) bool {
	switch c {
	case '$', '%', '&', '+', ',':
		return true
	}
	return userinfoSet(c)
}

const upperHex = "0123456789ABCDEF"

func percentEncodeRune(c rune, set encodeSet) string {
	if !set(c) {
		return string(c)
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], c)
	out := make([]byte, 0, 3*n)
	for _, x := range b[:n] {
		out = append(out, '%', upperHex[x>>4], upperHex[x&15])
	}
	return string(out)
}

func percentEncodeString(s string, set encodeSet) string {
	var b strings.Builder
	for _, c := range s {
		b.WriteString(percentEncodeRune(c, set))
	}
	return b.String()
}

// PercentEncodeComponent percent-encodes s with the component set (what
// pathToFileURL and friends need).
func PercentEncodeComponent(s string) string { return percentEncodeString(s, componentSet) }

// PercentDecode decodes %XX sequences into bytes, leaving malformed ones.
func PercentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isASCIIHex(rune(s[i+1])) && isASCIIHex(rune(s[i+2])) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}
