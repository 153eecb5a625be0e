"""AV502 with aiohttp."""
import aiohttp


async def fetch(user, pw):
    async with aiohttp.ClientSession(auth=aiohttp.BasicAuth(user, pw)) as session:
        async with session.get("http://api.example.com/items") as resp:  # want: AV502
            return await resp.json()


async def fetch_header(token):
    async with aiohttp.ClientSession() as session:
        async with session.post("http://api.example.com/items", headers={"Authorization": token}) as resp:  # want: AV502
            return await resp.json()


async def base_url(token):
    return aiohttp.ClientSession("http://api.example.com", headers={"X-API-Key": token})  # want: AV502


async def module_request(user, pw):
    async with aiohttp.request("GET", "http://api.example.com/x", auth=aiohttp.BasicAuth(user, pw)) as r:  # want: AV502
        return await r.text()


async def good(user, pw):
    async with aiohttp.ClientSession(auth=aiohttp.BasicAuth(user, pw)) as session:
        async with session.get("https://api.example.com/items") as resp:  # ok: AV502
            return await resp.json()


async def no_credentials():
    async with aiohttp.ClientSession() as session:
        async with session.get("http://api.example.com/public") as resp:  # ok: AV502
            return await resp.json()
