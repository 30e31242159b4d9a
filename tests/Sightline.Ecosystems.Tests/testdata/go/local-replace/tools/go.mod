module example.com/service/tools

go 1.22
