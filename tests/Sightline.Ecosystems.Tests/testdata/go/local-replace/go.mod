module example.com/service

go 1.22

require (
	example.com/util v0.0.0-00010101000000-000000000000
	example.com/gone v1.0.0
	example.com/elsewhere v1.0.0
	golang.org/x/sync v0.7.0 // indirect
	github.com/google/uuid v1.6.0
)

replace (
	example.com/util => ./util
	example.com/gone => ./gone
	example.com/elsewhere => /home/dev/elsewhere
)
