"""AV505 with httpx."""
import httpx


def client(key):
    return httpx.Client(base_url="https://api.example.com", params={"api_key": key})  # want: AV505


def module(token):
    return httpx.get("https://api.example.com/items", params={"token": token})  # want: AV505


def good(key):
    return httpx.get("https://api.example.com/items", headers={"X-API-Key": key}, params={"page": 1})  # ok: AV505
