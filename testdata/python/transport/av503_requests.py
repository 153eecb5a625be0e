"""AV503 with requests: certificate verification switched off."""
import argparse

import requests

API = "https://api.example.com"


def module_call(token):
    return requests.get(API, headers={"Authorization": f"Bearer {token}"}, verify=False)  # want: AV503


def session_method(user, pw):
    session = requests.Session()
    return session.post(API + "/login", auth=(user, pw), verify=False)  # want: AV503


def session_attribute():
    session = requests.Session()
    session.verify = False  # want: AV503
    return session


class ApiClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.verify = False  # want: AV503

    def fetch(self, path):
        return self.session.get(API + path, verify=False)  # want: AV503


def fallback_after_tls_error(url):
    try:
        return requests.get(url)
    except requests.exceptions.SSLError:
        session = requests.Session()
        session.verify = False  # want: AV503 (turning verification off after a TLS error)
        return session.get(url)


def fetch_with(client, url):
    # client is a parameter: the method name and the requests import tell it is a client call.
    return client.get(url, timeout=5, verify=False)  # want: AV503


# --- Near misses ---


def verified(ca_bundle):
    requests.get(API)  # ok: AV503
    requests.get(API, verify=True)  # ok: AV503
    requests.get(API, verify=ca_bundle)  # ok: AV503 (a private CA bundle)
    requests.get(API, verify="/etc/ssl/certs/internal-ca.pem")  # ok: AV503


def opt_in_flag():
    parser = argparse.ArgumentParser()
    parser.add_argument("--insecure", action="store_true")
    args = parser.parse_args()
    session = requests.Session()
    if args.insecure:
        session.verify = False  # ok: AV503 (an explicit opt-in, decided at run time)
    session.verify = not args.insecure  # ok: AV503
    return session


def not_a_client(token, options):
    options.get("verify", False)  # ok: AV503
    return jwt_decode(token, verify=False)  # ok: AV503 (not an HTTP client; the tokens family's)


def jwt_decode(token, verify):
    return token


# The switch held in a name that is False wherever the call is reached.
VERIFY_TLS = False


def through_constant():
    return requests.get(API, verify=VERIFY_TLS)  # want: AV503


def through_local():
    verify = False
    return requests.post(API, json={}, verify=verify)  # want: AV503


def through_flag(insecure):
    verify = True
    if insecure:
        verify = False
    requests.get(API, verify=verify)  # ok: AV503 (decided at run time)
    return requests.get(API, verify=insecure)  # ok: AV503 (a parameter)
