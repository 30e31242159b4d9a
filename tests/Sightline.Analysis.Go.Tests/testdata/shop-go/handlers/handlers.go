package handlers

import (
	"fmt"
	"net/http"

	"github.com/acme/shop/internal/store"
	lang "golang.org/x/text/language"
)

type API struct {
	Store *store.DB
}

func (a *API) Orders(w http.ResponseWriter, r *http.Request) {
	rows := a.Store.Query(r.URL.Query().Get("q"))
	render := a.write
	render(w, rows)
}

func (a *API) write(w http.ResponseWriter, rows []string) {
	for _, row := range rows {
		fmt.Fprintln(w, row)
	}
}

func Health(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func Negotiate(w http.ResponseWriter, r *http.Request) {
	tag, err := lang.Parse(r.Header.Get("Accept-Language"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprint(w, tag.String())
}

func Admin(w http.ResponseWriter, r *http.Request) {
	Health(w, r)
}

// unusedReport is never called nor registered.
func unusedReport() string {
	return lang.MustParse("en").String()
}
