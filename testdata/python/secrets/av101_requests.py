"""Shipping client: calls a carrier's REST API with requests."""
import os

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

CARRIER_URL = "https://api.carrier.example.net/v2"

requests.get(CARRIER_URL + "/rates", auth=("shipping", "Qm8#vT2!pL9zX4wK"), timeout=10)  # want: AV101
requests.post(CARRIER_URL + "/labels", auth=HTTPBasicAuth("shipping", "Wz3$kN7@qP5mR2xV"), timeout=10)  # want: AV101
requests.get(CARRIER_URL + "/track", auth=HTTPDigestAuth(username="shipping", password="Dg6!hJ9#kL2$mN5p"))  # want: AV101
requests.get(
    CARRIER_URL + "/manifests",
    headers={"Authorization": "Bearer 4fK9xQ2mL7vR8tZ3wN6pB1cY5hJ0sD"},  # want: AV101
    timeout=10,
)
requests.get(CARRIER_URL + "/pickups", headers={"X-Carrier-Api-Key": "7c2e9a4f1b8d3e6a0c5f2b9d4e7a1c3f"})  # want: AV101

session = requests.Session()
session.auth = ("shipping", "Ps4$wD7!rD9@kM2z")  # want: AV101
session.headers["Authorization"] = "Token 3bX8kL1qW6mZ9vR2tY5nP7cH4jF0sG"  # want: AV101
session.headers.update({"Proxy-Authorization": "Bearer Nq5Tz8Kx2Lm9Vr4Wp7Yb3Hc6Jd1Fs0G"})  # want: AV101

# The user name of a pair is not a secret, and values read at run time are not findings.
requests.get(CARRIER_URL + "/rates", auth=("shipping-service-account", os.environ["CARRIER_PASSWORD"]))  # ok: AV101
requests.get(CARRIER_URL + "/rates", auth=HTTPBasicAuth(os.environ["CARRIER_USER"], os.environ["CARRIER_PASSWORD"]))  # ok: AV101
token = os.environ["CARRIER_TOKEN"]
requests.get(CARRIER_URL + "/rates", headers={"Authorization": f"Bearer {token}"})  # ok: AV101
requests.get(CARRIER_URL + "/rates", headers={"Authorization": "Bearer " + token})  # ok: AV101
requests.get(CARRIER_URL + "/rates", headers={"Content-Type": "application/json", "Accept": "application/json"})  # ok: AV101
requests.post(CARRIER_URL + "/oauth/token", data={"grant_type": "client_credentials", "scope": "labels"})  # ok: AV101
requests.get(CARRIER_URL + "/token/refresh", params={"token_type": "refresh_token"})  # ok: AV101
requests.get("https://api.carrier.example.net/v2/auth/token", "grant_type=password")  # ok: AV101
TOKEN_HEADER = "Authorization"  # ok: AV101
AUTH_SCHEME = "Bearer"  # ok: AV101
next_token = "eyJwYWdlIjogMn0"  # ok: AV101
token_fetch_errors = requests.Session  # ok: AV101
