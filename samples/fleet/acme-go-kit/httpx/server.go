// Package httpx wraps net/http with the company's HTTP/2 server defaults.
package httpx

import (
	"net/http"

	"golang.org/x/net/http2"
)

// Serve starts an HTTP/2 server on addr.
func Serve(addr string, handler http.Handler) error {
	server := &http.Server{Addr: addr, Handler: handler}
	if err := http2.ConfigureServer(server, &http2.Server{}); err != nil {
		return err
	}
	return server.ListenAndServe()
}
