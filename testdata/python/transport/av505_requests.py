"""AV505 with requests: credentials in the query string."""
import os
from urllib.parse import urlencode

import requests

API = "https://api.example.com/v1"
api_key = os.environ["API_KEY"]


def params_dict():
    return requests.get(API + "/weather", params={"q": "Paris", "api_key": api_key})  # want: AV505


def params_variable(token):
    params = {"q": "Paris"}
    params["access_token"] = token  # want: AV505
    return requests.get(API, params=params)


def params_pairs(secret):
    return requests.get(API, params=[("client_secret", secret)])  # want: AV505


def camel_case(key):
    return requests.get(API, params=dict(apiKey=key))  # want: AV505


def fstring_url(key):
    return requests.get(f"{API}/weather?q=Paris&apikey={key}")  # want: AV505


def concatenated_url(token):
    url = API + "/me?access_token=" + token  # want: AV505
    return requests.get(url)


def formatted_url(password):
    return requests.get("https://api.example.com/login?user=me&password={}".format(password))  # want: AV505


def percent_url(token):
    return requests.get("%s/items?token=%s" % (API, token))  # want: AV505


def urlencoded(key):
    query = urlencode({"api_key": key, "q": "Paris"})  # want: AV505
    return requests.get(API + "/weather?" + query)


def session(token):
    s = requests.Session()
    return s.get(API, params={"auth_token": token})  # want: AV505


def constant_key():
    return requests.get("https://api.example.com/v1/items?api_key=abc123def456")  # want: AV505


# --- Near misses ---


def header_instead():
    return requests.get(API, headers={"X-API-Key": api_key})  # ok: AV505


def oauth_token_request(client_id, client_secret):
    # The client secret in a POST body is what OAuth prescribes: a body is not a URL.
    return requests.post(API + "/oauth/token", data={"grant_type": "client_credentials", "client_secret": client_secret})  # ok: AV505


def form_body(secret):
    body = urlencode({"client_secret": secret})  # ok: AV505 (a POST body)
    return requests.post(API + "/oauth/token", data=body)


def ordinary_params(page, sort_key, next_token):
    requests.get(API, params={"page": page, "key": sort_key})  # ok: AV505 (the bare name key is too common)
    requests.get(API, params={"next_page_token": next_token})  # ok: AV505 (pagination)
    requests.get(API, params={"token": None, "api_key": ""})  # ok: AV505 (no value)
    requests.get(API, params={"include_token": True})  # ok: AV505


def placeholders():
    template = "https://api.example.com/v1/items?api_key={api_key}"  # ok: AV505 (a template, filled elsewhere)
    log_line = "GET /items?token=%s"  # ok: AV505 (a format, not a URL)
    return template, log_line


def other_dicts(token):
    record = {"api_key": token}  # ok: AV505 (not query parameters)
    return requests.post(API, json=record)
