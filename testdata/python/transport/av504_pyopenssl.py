"""AV504 with pyOpenSSL."""
from OpenSSL import SSL

ctx = SSL.Context(SSL.TLSv1_METHOD)  # want: AV504
ctx.set_min_proto_version(SSL.TLS1_1_VERSION)  # want: AV504


def client_context(method=SSL.TLSv1_1_METHOD):  # want: AV504
    return SSL.Context(method)


modern = SSL.Context(SSL.TLS_METHOD)  # ok: AV504
modern.set_min_proto_version(SSL.TLS1_2_VERSION)  # ok: AV504
