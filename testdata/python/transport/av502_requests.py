"""AV502 with requests: credentials sent to plain http:// URLs."""
import os

import requests
from requests.auth import HTTPBasicAuth

API_URL = "http://api.example.com/v1"
SECURE_URL = "https://api.example.com/v1"
LOCAL_URL = "http://localhost:8080/v1"
api_key = os.environ["API_KEY"]


def basic_auth(user, pw):
    return requests.get("http://api.example.com/orders", auth=(user, pw))  # want: AV502


def through_a_constant(user, pw):
    return requests.post(API_URL + "/orders", json={}, auth=HTTPBasicAuth(user, pw))  # want: AV502


def fstring_url(host, token):
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(f"http://{host}/orders", headers=headers)  # want: AV502


def api_key_header(order_id):
    headers = {"X-API-Key": api_key, "Accept": "application/json"}
    return requests.get(f"{API_URL}/orders/{order_id}", headers=headers)  # want: AV502


def header_added_later(token):
    headers = {}
    headers["X-Auth-Token"] = token
    return requests.request("GET", API_URL, headers=headers)  # want: AV502


def cookies(session_id):
    return requests.get(API_URL, cookies={"sessionid": session_id})  # want: AV502


def userinfo_in_url():
    return requests.get("http://admin:s3cret@api.example.com/status")  # want: AV502


def session_credentials(user, pw):
    session = requests.Session()
    session.auth = (user, pw)
    return session.get(API_URL + "/me")  # want: AV502


def session_headers(token):
    with requests.Session() as s:
        s.headers.update({"Authorization": f"Bearer {token}"})
        return s.post("http://api.example.com/v1/orders", json={})  # want: AV502


class Client:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token

    def orders(self):
        return self.session.get("http://api.example.com/v1/orders")  # want: AV502


# --- Near misses ---


def over_https(user, pw):
    requests.get("https://api.example.com/orders", auth=(user, pw))  # ok: AV502
    requests.get(SECURE_URL + "/orders", headers={"Authorization": f"Bearer {api_key}"})  # ok: AV502


def loopback(user, pw, port):
    requests.get(LOCAL_URL, auth=(user, pw))  # ok: AV502 (loopback)
    requests.get("http://127.0.0.1:9000/x", auth=(user, pw))  # ok: AV502
    requests.get(f"http://localhost:{port}/x", auth=(user, pw))  # ok: AV502
    requests.get("http://[::1]:9000/x", auth=(user, pw))  # ok: AV502
    requests.get("http://api.localhost/x", auth=(user, pw))  # ok: AV502
    requests.get("http://host.docker.internal:8000/x", auth=(user, pw))  # ok: AV502


def no_credentials():
    requests.get("http://example.com/robots.txt")  # ok: AV502
    requests.get(API_URL, headers={"Accept": "application/json", "X-Request-Id": "1"})  # ok: AV502
    requests.get(API_URL, auth=None, cookies={})  # ok: AV502
    requests.get(API_URL, headers={"X-CSRF-Token": "abc"})  # ok: AV502 (not a credential)


def scheme_from_configuration(url, user, pw):
    requests.get(url, auth=(user, pw))  # ok: AV502 (the URL is not known)
    requests.get(os.environ["API_URL"] + "/x", auth=(user, pw))  # ok: AV502


def a_dict_named_like_a_session(cache):
    return cache.get("http://api.example.com/key", "default")  # ok: AV502


def reassigned(user, pw):
    url = "http://api.example.com"
    url = "https://api.example.com"
    return requests.get(url, auth=(user, pw))  # ok: AV502 (the last value is https)
