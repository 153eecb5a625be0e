"""AV501 with httpx."""
import httpx

BASE = "https://api.example.com"


async def fetch(user: str, secret: str):
    async with httpx.AsyncClient(headers={"Authorization": f"Basic {user}:{secret}"}) as client:  # want: AV501
        return await client.get(BASE + "/items")


def client_headers(user, secret):
    client = httpx.Client(base_url=BASE)
    client.headers["Authorization"] = "Basic " + user + ":" + secret  # want: AV501
    return client


def good(user, secret, token):
    httpx.get(BASE, auth=(user, secret))  # ok: AV501
    httpx.get(BASE, auth=httpx.BasicAuth(user, secret))  # ok: AV501
    client = httpx.Client(headers={"Authorization": f"Basic {token}"})  # ok: AV501
    return client
