"""AV503 with httpx."""
import httpx

client = httpx.Client(verify=False)  # want: AV503
async_client = httpx.AsyncClient(base_url="https://api.example.com", verify=False)  # want: AV503


def fetch(url):
    return httpx.get(url, verify=False)  # want: AV503


def good(url, ctx):
    httpx.get(url)  # ok: AV503
    httpx.Client(verify=ctx)  # ok: AV503
    return httpx.Client(verify="/etc/ssl/certs/ca.pem")  # ok: AV503
