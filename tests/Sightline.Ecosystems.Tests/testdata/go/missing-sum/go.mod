module example.com/missing

go 1.20

require (
	github.com/stretchr/testify v1.9.0
	gopkg.in/yaml.v3 v3.0.1 // indirect
	github.com/davecgh/go-spew v1.1.1 // indirect
)
