"""Scripts calling a partner API, with the credentials of its quick-start guide."""
import os

import requests
from requests.auth import HTTPBasicAuth

URL = "https://partner.example.net/api"

requests.get(URL, auth=("user", "pass"))  # want: AV103
requests.get(URL, auth=HTTPBasicAuth("admin", "admin"))  # want: AV103
requests.get(URL, headers={"Authorization": "Bearer <YOUR_TOKEN>"})  # want: AV103
requests.get(URL, headers={"X-API-Key": "INSERT_API_KEY_HERE"})  # want: AV103
API_TOKEN = "xxx"  # want: AV103

requests.get(URL, auth=("user", os.environ["PARTNER_PASSWORD"]))  # ok: AV103
requests.get(URL, headers={"Authorization": "Bearer " + os.environ["PARTNER_TOKEN"]})  # ok: AV103
requests.get(URL, params={"user": "admin", "format": "json"})  # ok: AV103
API_TOKEN_HEADER = "X-API-Key"  # ok: AV103
