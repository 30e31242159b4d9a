module github.com/acme/shop

go 1.21

require (
	golang.org/x/net v0.15.0
	golang.org/x/text v0.13.0
)
