package handlers

import (
	"testing"

	"golang.org/x/text/language"
)

func TestNegotiate(t *testing.T) {
	if _, err := language.Parse("en"); err != nil {
		t.Fatal(err)
	}
}
