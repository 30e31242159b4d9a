package main

import h2 "golang.org/x/net/http2"

// relay embeds the HTTP/2 server: its ServeConn is promoted.
type relay struct {
	*h2.Server
	name string
}

func (r relay) run(v any) {
	switch s := v.(type) {
	case *h2.Server:
		s.ServeConn(nil, nil)
	case relay:
		s.ServeConn(nil, nil)
	}
	describe := relay.describe
	describe(r)
}

func (r relay) describe() string { return r.name }
