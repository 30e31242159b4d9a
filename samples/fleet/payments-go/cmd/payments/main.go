package main

import (
	"net/http"

	"github.com/acme/go-kit/httpx"
	"github.com/google/uuid"
)

func main() {
	http.HandleFunc("/payments", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(uuid.NewString()))
	})
	if err := httpx.Serve(":8443", nil); err != nil {
		panic(err)
	}
}
