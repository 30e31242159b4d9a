module github.com/acme/payments-go

go 1.21

toolchain go1.21.4

require (
	github.com/acme/go-kit v1.2.0
	github.com/google/uuid v1.3.1
)

require (
	golang.org/x/net v0.15.0 // indirect
	golang.org/x/text v0.13.0 // indirect
)
