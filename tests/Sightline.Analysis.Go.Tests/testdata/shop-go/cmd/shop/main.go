package main

import (
	"log"
	"net"
	"net/http"

	"github.com/acme/shop/handlers"
	"github.com/acme/shop/internal/store"
	h2 "golang.org/x/net/http2"
)

func main() {
	db := store.Open("shop.db")
	api := &handlers.API{Store: db}
	http.HandleFunc("/orders", api.Orders)
	http.HandleFunc("/health", handlers.Health)
	http.HandleFunc("/lang", func(w http.ResponseWriter, r *http.Request) {
		handlers.Negotiate(w, r)
	})
	http.Handle("/admin", http.HandlerFunc(handlers.Admin))
	srv := &http.Server{Addr: ":8080"}
	var conf h2.Server
	if err := h2.ConfigureServer(srv, &conf); err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	go serveRaw(&conf)
	log.Fatal(srv.ListenAndServe())
}

func serveRaw(s *h2.Server) {
	for c := range accept() {
		s.ServeConn(c, &h2.ServeConnOpts{})
	}
}

func accept() chan net.Conn {
	return make(chan net.Conn)
}
