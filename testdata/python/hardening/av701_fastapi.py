"""Orders API on FastAPI: CORSMiddleware with and without credentials for any origin."""
import os

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()

app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)  # want: AV701
app.add_middleware(  # want: AV701
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True)  # want: AV701
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=True)  # want: AV701

app.add_middleware(CORSMiddleware, allow_origins=["*"])  # ok: AV701 (no credentials)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)  # ok: AV701
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)  # ok: AV701
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*\.example\.com", allow_credentials=True)  # ok: AV701
app.add_middleware(CORSMiddleware, allow_origins=os.environ["ORIGINS"].split(","), allow_credentials=True)  # ok: AV701
app.add_middleware(GZipMiddleware, allow_origins=["*"], allow_credentials=True)  # ok: AV701 (not CORS)


@app.middleware("http")
async def cors_by_hand(request: Request, call_next):
    response = await call_next(request)
    response.headers["access-control-allow-origin"] = request.headers.get("origin", "")  # want: AV701
    response.headers["access-control-allow-credentials"] = "true"
    return response


@app.get("/checked")
async def checked(request: Request, response: Response):
    origin = request.headers.get("origin")
    if origin is not None and origin.endswith(".example.com"):
        response.headers["Access-Control-Allow-Origin"] = origin  # ok: AV701 (checked)
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return {}
