module example.com/lib

go 1.21

require (
	github.com/pkg/errors v0.8.0
	golang.org/x/text v0.14.0 // indirect
)
