module github.com/acme/go-kit

go 1.21

require golang.org/x/net v0.15.0

require golang.org/x/text v0.13.0 // indirect
