"""Session and cache keys: the name a value is stored under, not a key that signs anything."""

NONCE_SESSION_KEY = "shop_checkout_nonce"  # ok: AV101
LANGUAGE_SESSION_KEY = "_language"  # ok: AV101
PROFILE_CACHE_KEY = "accounts.profile_v2"  # ok: AV101
STATE_COOKIE_KEY = "oauth_state"  # ok: AV101

# The same names holding key material are still reported.
SIGNING_SESSION_KEY = "kT9#vL2!xQ7@mZ4$"  # want: AV101
SESSION_KEY = "9f3Kx8Lq2Mz7Vw4Rt8YsB1nC"  # want: AV101

# A lexer's token pattern, written as a regular expression with a character class.
token = r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+"  # ok: AV101
