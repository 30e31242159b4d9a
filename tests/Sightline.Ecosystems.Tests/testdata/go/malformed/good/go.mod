module example.com/good

go 1.22

require github.com/ok/one v1.0.0
