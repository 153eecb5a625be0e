import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy")
async def proxy(url: str):
    async with httpx.AsyncClient() as client:
        resp = await client.get(url)  # want: AV407
    return resp.text


@app.get("/weather")
async def weather(city: str):
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://api.weather.example/v1/{city}")  # ok: AV407
    return resp.json()


@app.get("/fetch")
def fetch(target: str):
    return httpx.get(target).text  # want: AV407


@app.get("/status")
def status():
    return httpx.get("https://status.example.com/api").text  # ok: AV407
