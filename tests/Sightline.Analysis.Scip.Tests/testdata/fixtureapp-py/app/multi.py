from yaml import (
    safe_load,
    dump,
)

DEFAULTS = safe_load("a: 1")
