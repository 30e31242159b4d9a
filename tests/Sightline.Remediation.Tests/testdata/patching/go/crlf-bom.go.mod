module example.com/app

go 1.22

require example.com/a v1.0.0 // keep this comment
