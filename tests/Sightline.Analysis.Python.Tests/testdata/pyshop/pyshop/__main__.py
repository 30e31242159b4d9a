from pyshop.cli import main

main()
