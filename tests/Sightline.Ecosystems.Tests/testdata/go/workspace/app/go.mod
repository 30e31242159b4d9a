module example.com/app

go 1.22

require (
	example.com/lib v0.0.0-00010101000000-000000000000
	example.com/old v1.0.0
	github.com/pkg/errors v0.9.1
)

// Overridden by the go.work replace in workspace mode.
replace example.com/old => example.com/other v2.0.0+incompatible
