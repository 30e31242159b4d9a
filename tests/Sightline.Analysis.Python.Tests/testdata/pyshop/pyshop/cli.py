import sys

from pyshop.helpers import parse_config


def main():
    return parse_config(sys.argv[1])


if __name__ == "__main__":
    main()
