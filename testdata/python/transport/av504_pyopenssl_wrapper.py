"""AV504: pyOpenSSL's constants through a module that re-exports SSL."""
from vendor.tls import SSL

legacy = SSL.Context(method=SSL.SSLv3_METHOD)  # want: AV504
negotiated = SSL.Context(method=SSL.SSLv23_METHOD)  # ok: AV504 (negotiates the highest version)
