module example.com/util

go 1.22

require (
	golang.org/x/sync v0.6.0
	github.com/not/needed v1.0.0
)

// Not the main module: the go command ignores this replace.
replace golang.org/x/sync => golang.org/x/sync v0.1.0
