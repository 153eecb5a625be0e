"""AV503 with the ssl module."""
import socket
import ssl
import urllib.request


def unverified(url):
    ctx = ssl._create_unverified_context()  # want: AV503
    return urllib.request.urlopen(url, context=ctx)


ssl._create_default_https_context = ssl._create_unverified_context  # want: AV503


def no_checks(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: AV503
    ctx.verify_mode = ssl.CERT_NONE  # want: AV503
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def wrap(sock):
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # want: AV503


def good(host, cafile, args):
    ctx = ssl.create_default_context(cafile=cafile)  # ok: AV503
    ctx.check_hostname = True  # ok: AV503
    ctx.verify_mode = ssl.CERT_REQUIRED  # ok: AV503
    if args.no_hostname_check:
        ctx.check_hostname = False  # ok: AV503 (opt-in)
    return ctx


def server_side(sock, certfile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile)
    ctx.check_hostname = False  # ok: AV503 (a server does not check host names)
    ctx.verify_mode = ssl.CERT_NONE  # ok: AV503 (no client certificates, the server default)
    purpose = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    purpose.verify_mode = ssl.CERT_NONE  # ok: AV503
    return ctx.wrap_socket(sock, server_side=True)


class FakeContext:
    def __init__(self):
        self.check_hostname = False  # ok: AV503 (a class implementing a context)
        self.verify_mode = ssl.CERT_NONE  # ok: AV503


# ssl.wrap_socket (removed in Python 3.12) defaults to cert_reqs=ssl.CERT_NONE on the client side.
def legacy_client(host):
    sock = socket.create_connection((host, 443))
    return ssl.wrap_socket(sock)  # want: AV503


def legacy_client_certificate(host):
    sock = socket.create_connection((host, 443))
    return ssl.wrap_socket(sock, keyfile="client.key", certfile="client.pem")  # want: AV503


def legacy_verified(host):
    sock = socket.create_connection((host, 443))
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs="ca.pem")  # ok: AV503


def legacy_server(conn):
    return ssl.wrap_socket(conn, server_side=True, certfile="server.pem", keyfile="server.key")  # ok: AV503
