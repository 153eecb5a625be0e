"""AV502 with httpx."""
import httpx


def module_function(token):
    return httpx.get("http://api.example.com/items", headers={"Authorization": f"Bearer {token}"})  # want: AV502


def client_with_base_url(user, pw):
    return httpx.Client(base_url="http://api.example.com", auth=(user, pw))  # want: AV502


async def async_client(token):
    async with httpx.AsyncClient() as client:
        return await client.get("http://api.example.com/items", headers={"X-Access-Token": token})  # want: AV502


def good(user, pw, token):
    httpx.Client(base_url="https://api.example.com", auth=(user, pw))  # ok: AV502
    httpx.Client(base_url="http://api.example.com")  # ok: AV502 (no credentials)
    httpx.get("http://127.0.0.1:8000/items", headers={"Authorization": f"Bearer {token}"})  # ok: AV502
