"""AV501 with requests: Basic credentials written out instead of base64-encoded."""
import base64
import os

import requests
from requests.auth import HTTPBasicAuth

API = "https://api.example.com/v1"
username = os.environ["API_USER"]
api_key = os.environ["API_KEY"]


def fstring_in_headers():
    headers = {
        "Authorization": f"Basic {username}:{api_key}",  # want: AV501
        "Accept": "application/json",
    }
    return requests.get(API + "/orders", headers=headers)


def concatenation(user, pw):
    return requests.get(API, headers={"Authorization": "Basic " + user + ":" + pw})  # want: AV501


def percent_format(user, pw):
    return requests.get(API, headers={"Authorization": "Basic %s:%s" % (user, pw)})  # want: AV501


def str_format(user, pw):
    return requests.post(API, headers={"authorization": "Basic {}:{}".format(user, pw)})  # want: AV501


def through_a_variable(user, pw):
    credentials = f"{user}:{pw}"
    value = "Basic " + credentials  # want: AV501
    return requests.get(API, headers={"Authorization": value})


def subscript_assignment(user, pw):
    headers = {"Accept": "application/json"}
    headers["Authorization"] = f"Basic {user}:{pw}"  # want: AV501
    return requests.get(API, headers=headers)


def session_update(user, pw):
    session = requests.Session()
    session.headers.update({"Authorization": f"Basic {user}:{pw}"})  # want: AV501
    session.headers.update(Authorization=f"Basic {user}:{pw}")  # want: AV501
    return session.get(API)


def proxy_authorization(user, pw):
    proxy = {"Proxy-Authorization": f"Basic {user}:{pw}"}  # want: AV501
    return requests.get(API, headers=proxy)


def literal_credentials():
    return requests.get(API, headers={"Authorization": "Basic admin:admin"})  # want: AV501


# --- Near misses ---


def encoded_with_base64(user, pw):
    token = base64.b64encode(f"{user}:{pw}".encode()).decode()
    requests.get(API, headers={"Authorization": f"Basic {token}"})  # ok: AV501 (encoded)
    requests.get(API, headers={"Authorization": "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()})  # ok: AV501
    requests.get(API, headers={"Authorization": "Basic %s" % base64.b64encode(b"u:p").decode()})  # ok: AV501


def already_encoded_token(token):
    return requests.get(API, headers={"Authorization": f"Basic {token}"})  # ok: AV501 (one value, no colon)


def encoded_constant():
    return requests.get(API, headers={"Authorization": "Basic dXNlcjpwYXNz"})  # ok: AV501 (base64 has no colon)


def the_library_encodes(user, pw):
    requests.get(API, auth=(user, pw))  # ok: AV501
    requests.get(API, auth=HTTPBasicAuth(user, pw))  # ok: AV501


def bearer_and_other_headers(token, user, pw):
    requests.get(API, headers={"Authorization": f"Bearer {token}"})  # ok: AV501
    requests.get(API, headers={"X-Debug": f"Basic {user}:{pw}"})  # ok: AV501 (not an authorization header)
    print(f"Basic {user}:{pw}")  # ok: AV501 (not sent as a header)


def realm_challenge(response):
    response.headers["WWW-Authenticate"] = 'Basic realm="api", charset="UTF-8"'  # ok: AV501
