"""AV504 with the ssl module: TLS versions below 1.2."""
import ssl
from ssl import PROTOCOL_TLSv1_1, TLSVersion

legacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # want: AV504
older = ssl.SSLContext(PROTOCOL_TLSv1_1)  # want: AV504


def wrap(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)  # want: AV503 AV504


def context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # want: AV504
    ctx.maximum_version = TLSVersion.TLSv1_1  # want: AV504
    return ctx


def lowest():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED  # want: AV504
    return ctx


# --- Near misses ---

negotiated = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # ok: AV504
sslv23 = ssl.SSLContext(ssl.PROTOCOL_SSLv23)  # ok: AV504 (negotiates the highest version)
generic = ssl.SSLContext(ssl.PROTOCOL_TLS)  # ok: AV504


def modern(legacy_clients):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # ok: AV504
    ctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED  # ok: AV504
    if legacy_clients:
        ctx.minimum_version = ssl.TLSVersion.TLSv1  # ok: AV504 (chosen at run time)
    return ctx


def compare(ctx):
    return ctx.minimum_version == ssl.TLSVersion.TLSv1  # ok: AV504 (a comparison configures nothing)


# A default parameter is what every caller that leaves it out gets.
def open_legacy(sock, version=ssl.PROTOCOL_TLSv1):  # want: AV504
    return ssl.SSLContext(version).wrap_socket(sock)


def open_pinned(sock, minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_1):  # want: AV504
    ctx = ssl.create_default_context()
    ctx.minimum_version = minimum_version
    return ctx.wrap_socket(sock)


def open_modern(sock, version=ssl.PROTOCOL_TLS_CLIENT, minimum=ssl.TLSVersion.TLSv1_2):  # ok: AV504
    return ssl.SSLContext(version).wrap_socket(sock)
