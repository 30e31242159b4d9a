module example.com/cached

go 1.22

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/spf13/cobra v1.8.0
	example.com/nocache v1.0.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
)
