from .helpers import parse_config

__all__ = ["parse_config"]
