"""AV505 with aiohttp."""
import aiohttp


async def fetch(key):
    async with aiohttp.ClientSession() as session:
        async with session.get("https://api.example.com/items", params={"apikey": key}) as r:  # want: AV505
            return await r.json()


async def good(key):
    async with aiohttp.ClientSession(headers={"X-API-Key": key}) as session:
        async with session.get("https://api.example.com/items", params={"limit": 10}) as r:  # ok: AV505
            return await r.json()
