module example.com/versioned

go 1.21.0

require (
	example.com/a v1.2.3
	example.com/b v1.1.0
	"example.com/quoted" `v0.3.0`
)

replace example.com/a v1.2.3 => example.com/a-fork v1.4.0

replace example.com/b v1.0.0 => example.com/b-fork v1.0.1

exclude example.com/b v1.1.0

retract [v0.9.0, v0.9.5] // published by mistake
