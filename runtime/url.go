package runtime

import (
	"github.com/dop251/goja"
	nodeurl "github.com/dop251/goja_nodejs/url"
	"github.com/loopviz/loopviz/runtime/weburl"
)

// The Go half of URL and URLSearchParams (lib/url.js). URL records are parsed
// by package weburl, which follows the WHATWG URL Standard as node does:
// goja_nodejs's URL class rests on Go's net/url and path.Clean, which drop
// trailing slashes and resolve "../c" against "http://h/a/b/" to "/c", so
// only its URLSearchParams (whose parsing and serializing match node's) is
// used, wrapped by lib/url.js.

// URL fields, as lib/url.js numbers them.
const (
	urlHref = iota
	urlOrigin
	urlProtocol
	urlUsername
	urlPassword
	urlHost
	urlHostname
	urlPort
	urlPathname
	urlSearch
	urlHash
)

// installURL adds the URL primitives to the internal object:
//
//	urlParse(input, base?) -> record or null
//	urlGet(record, field) -> string
//	urlSet(record, field, value) -> false when an href is not a URL
//	urlSearchParams() -> goja_nodejs's URLSearchParams constructor
func (r *runner) installURL(in *goja.Object) {
	rt := r.rt
	record := func(v goja.Value) *weburl.URL {
		u, _ := v.Export().(*weburl.URL)
		if u == nil {
			panic(rt.NewTypeError("loopviz: internal error: not a URL record"))
		}
		return u
	}
	_ = in.Set("urlParse", func(c goja.FunctionCall) goja.Value {
		var base *weburl.URL
		if b := c.Argument(1); !goja.IsUndefined(b) {
			var ok bool
			if base, ok = weburl.Parse(b.String(), nil); !ok {
				return goja.Null()
			}
		}
		u, ok := weburl.Parse(c.Argument(0).String(), base)
		if !ok {
			return goja.Null()
		}
		return rt.ToValue(u)
	})
	_ = in.Set("urlGet", func(c goja.FunctionCall) goja.Value {
		u := record(c.Argument(0))
		var s string
		switch c.Argument(1).ToInteger() {
		case urlHref:
			s = u.Href()
		case urlOrigin:
			s = u.Origin()
		case urlProtocol:
			s = u.Scheme + ":"
		case urlUsername:
			s = u.Username
		case urlPassword:
			s = u.Password
		case urlHost:
			s = u.HostPort()
		case urlHostname:
			s = u.Hostname()
		case urlPort:
			s = u.PortString()
		case urlPathname:
			s = u.Pathname()
		case urlSearch:
			s = u.Search()
		case urlHash:
			s = u.Hash()
		}
		return rt.ToValue(s)
	})
	_ = in.Set("urlSet", func(c goja.FunctionCall) goja.Value {
		u := record(c.Argument(0))
		v := c.Argument(2).String()
		switch c.Argument(1).ToInteger() {
		case urlHref:
			return rt.ToValue(u.SetHref(v))
		case urlProtocol:
			u.SetProtocol(v)
		case urlUsername:
			u.SetUsername(v)
		case urlPassword:
			u.SetPassword(v)
		case urlHost:
			u.SetHost(v)
		case urlHostname:
			u.SetHostname(v)
		case urlPort:
			u.SetPort(v)
		case urlPathname:
			u.SetPathname(v)
		case urlSearch:
			u.SetSearch(v)
		case urlHash:
			u.SetHash(v)
		}
		return rt.ToValue(true)
	})
	// urlIsSpecial(record): whether the scheme is special (pathToFileURL,
	// url.format need it).
	_ = in.Set("urlIsSpecial", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(weburl.IsSpecial(record(c.Argument(0)).Scheme))
	})
	_ = in.Set("domainToASCII", func(c goja.FunctionCall) goja.Value {
		s, ok := weburl.DomainToASCII(c.Argument(0).String())
		if !ok {
			return rt.ToValue("")
		}
		return rt.ToValue(s)
	})
	_ = in.Set("domainToUnicode", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(weburl.DomainToUnicode(c.Argument(0).String()))
	})
	var searchParams goja.Value
	_ = in.Set("urlSearchParams", func(goja.FunctionCall) goja.Value {
		if searchParams == nil {
			m := rt.NewObject()
			_ = m.Set("exports", rt.NewObject())
			nodeurl.Require(rt, m)
			searchParams = m.Get("exports").ToObject(rt).Get("URLSearchParams")
		}
		return searchParams
	})
}
