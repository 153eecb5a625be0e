"""Test code talks to local servers with self-signed certificates: AV503 and AV504 leave it alone."""
import ssl

import requests


def test_self_signed(local_server):
    r = requests.get(local_server.url, verify=False)  # ok: AV503 (a test file)
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # ok: AV503
    ctx.verify_mode = ssl.CERT_NONE  # ok: AV503
    old = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # ok: AV504 (a test that old versions are refused)
    assert r.status_code == 200 and old


def test_parse_basic_auth(client, user, pw, token):
    # Malformed headers, fake hosts and tokens in URLs are what these tests exercise.
    client.get("http://example.com/", headers={"Authorization": f"Basic {user}:{pw}"})  # ok: AV501, AV502
    requests.get("http://example.com/me", params={"access_token": token}, auth=(user, pw))  # ok: AV502, AV505
