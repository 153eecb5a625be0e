"""Async client for the ledger service, with httpx."""
import os

import httpx

ledger = httpx.Client(base_url="https://ledger.internal", auth=("ledger-sync", "Lg5#nV8!qK2@zX7$"))  # want: AV101
audit = httpx.AsyncClient(auth=httpx.BasicAuth("audit", "Au3$kM9!pQ6@wZ2x"))  # want: AV101
reports = httpx.Client(auth=httpx.DigestAuth(username="reports", password="Rp8#vC4!nK7@qW1$"))  # want: AV101
metrics = httpx.Client(headers={"Authorization": "Bearer Mx2Kq9Tz5Lv8Nr3Wb6Yp1Hd4Jc7Fs0G"})  # want: AV101

ledger_env = httpx.Client(auth=(os.environ["LEDGER_USER"], os.environ["LEDGER_PASSWORD"]))  # ok: AV101
audit_env = httpx.AsyncClient(auth=httpx.BasicAuth("audit", os.environ["AUDIT_PASSWORD"]))  # ok: AV101
public = httpx.Client(headers={"Accept": "application/json", "User-Agent": "ledger-sync/2.1"})  # ok: AV101
