"""Authlib JsonWebToken instances that accept unsigned tokens."""
from authlib.jose import JsonWebToken

unsigned = JsonWebToken(["RS256", "none"])  # want: AV602
signed = JsonWebToken(["RS256"])  # ok: AV602
