module github.com/BurntSushi/toml

go 1.16

// Fixture only: gives the escaped path an edge to check.
require github.com/spf13/pflag v1.0.3
