module example.com/bad

go 1.22

require (
	github.com/ok/one v1.0.0
	github.com/broken/two 1.0.0
)
