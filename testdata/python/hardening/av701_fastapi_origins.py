"""The FastAPI documentation's layout: the origins in a list assigned before the middleware."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

origins = [
    "https://app.example.com",
    "*",
]
trusted = ["https://app.example.com", "https://admin.example.com"]
ANY_ORIGIN = ".*"

app = FastAPI()
app.add_middleware(  # want: AV701
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
)
app.add_middleware(CORSMiddleware, allow_origin_regex=ANY_ORIGIN, allow_credentials=True)  # want: AV701
app.add_middleware(CORSMiddleware, allow_origins=trusted, allow_credentials=True)  # ok: AV701


def build(origins: list[str]) -> FastAPI:
    api = FastAPI()
    api.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=True)  # ok: AV701 (a parameter)
    return api


def build_dev() -> FastAPI:
    api = FastAPI()
    allowed = ["https://localhost:3000"]
    if api.debug:
        allowed = ["*"]
    api.add_middleware(CORSMiddleware, allow_origins=allowed, allow_credentials=True)  # ok: AV701 (assigned twice)
    return api
