"""AV503 with aiohttp."""
import ssl

import aiohttp


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:  # want: AV503
            return await resp.text()


async def connector():
    conn = aiohttp.TCPConnector(ssl=False)  # want: AV503
    legacy = aiohttp.TCPConnector(verify_ssl=False)  # want: AV503
    return aiohttp.ClientSession(connector=conn), legacy


async def good(url, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as session:  # ok: AV503
        async with session.get(url, ssl=True) as resp:  # ok: AV503
            return await resp.text()


async def database(asyncpg):
    return await asyncpg.connect("postgresql://db/app", ssl=False)  # ok: AV503 (not an HTTP client)
